package nlregister

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

var day = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

func readTestdata(t *testing.T, name string) *File {
	t.Helper()
	path := filepath.Join("testdata", name)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	f, err := Read(path, data, source.Limits{})
	require.NoError(t, err)
	return f
}

// describeValid drafts the descriptions of a file and loads each as dria
// does: every draft is a valid description.
func describeValid(t *testing.T, f *File) map[string]*source.Node {
	t.Helper()
	out := map[string]*source.Node{}
	for _, d := range Describe(f, day) {
		docs, err := schema.LoadDescriptions(d.Name+".yaml", d.YAML)
		require.NoError(t, err, "%s:\n%s", d.Name, d.YAML)
		require.Len(t, docs, 1)
		out[d.Name] = docs[0].Root
	}
	return out
}

func at(t *testing.T, n *source.Node, ptr string) any {
	t.Helper()
	v, _, ok := n.Resolve(ptr)
	if !ok {
		return nil
	}
	return v.Interface()
}

func TestStandardRecordsMapWhatTheyState(t *testing.T) {
	f := readTestdata(t, "standard.json")
	require.Empty(t, f.Problems)
	require.Empty(t, f.Skipped)
	require.Len(t, f.Records, 2)
	assert.Equal(t, Standard, f.Records[0].Layout)
	ds := describeValid(t, f)
	require.Len(t, ds, 2)

	d := ds["toeslagen-risicoselectie"]
	require.NotNil(t, d)
	assert.Equal(t, "Gemeente Noorderhaaks", at(t, d, "/metadata/owner"))
	assert.Equal(t, "production", at(t, d, "/spec/context/lifecycle"))
	assert.Equal(t, []any{"social-benefits"}, at(t, d, "/spec/context/domains"), "Verkeer has no domain of its own")
	assert.Equal(t, true, at(t, d, "/spec/decisions/legalEffect"), "category B")
	assert.Equal(t, "Het doel is fouten in aanvragen vroeg te vinden.\nAanvragers merken dit door een brief.", at(t, d, "/spec/context/purpose"))
	assert.Equal(t, "claimed", at(t, d, "/spec/decisions/humanReview/status"))
	assert.Equal(t, true, at(t, d, "/spec/decisions/humanReview/available"))
	assert.Equal(t, []any{
		map[string]any{"type": "hria", "status": "claimed", "published": true, "statusSource": "https://noorderhaaks.example/dpia.pdf"},
		map[string]any{"type": "dpia", "status": "claimed", "published": true, "statusSource": "https://noorderhaaks.example/dpia.pdf"},
	}, at(t, d, "/spec/accountability/impactAssessments"))
	assert.Equal(t, "Participatiewet, artikel 17", at(t, d, "/spec/data/legalBasis"))
	assert.Equal(t, "Participatiewet", at(t, d, "/spec/data/nationalLaw"))
	assert.Equal(t, "open", at(t, d, "/spec/transparency/sourceCode"))
	assert.Nil(t, at(t, d, "/spec/ai/used"), "the standard does not say whether the algorithm learns")
	assert.Nil(t, at(t, d, "/spec/accountability/appeal"), "the standard has no objection procedure: an information gap")
	desc := at(t, d, "/metadata/description").(string)
	assert.True(t, strings.HasPrefix(desc, "Het algoritme selecteert aanvragen voor extra controle."), desc)
	assert.NotContains(t, desc, "<")
	assert.Equal(t, map[string]any{"kind": "nl-algorithm-register", "name": "Toeslagen risicoselectie",
		"organisation": "Gemeente Noorderhaaks", "recordId": "NH-042", "version": "1.0.0 (publication standard 1.0.0)", "retrieved": "2026-12-01"},
		at(t, d, "/spec/provenance/source"))
	assert.Contains(t, at(t, d, "/spec/provenance/fields"), map[string]any{"field": "/spec/context/lifecycle", "from": "status", "value": "In gebruik"})

	p := ds["parkeervergunning-toewijzing"]
	require.NotNil(t, p)
	assert.Equal(t, "design", at(t, p, "/spec/context/lifecycle"))
	assert.Equal(t, false, at(t, p, "/spec/decisions/humanReview/available"), "Er is geen menselijke tussenkomst")
	assert.Equal(t, []any{}, at(t, p, "/spec/accountability/impactAssessments"), "Geen")
	for _, absent := range []string{"/spec/decisions/legalEffect", "/spec/data", "/spec/context/purpose", "/metadata/contact", "/spec/transparency/sourceCode"} {
		assert.Nil(t, at(t, p, absent), "%s is not stated, so it stays absent", absent)
	}
}

func TestEarlierExportHeaderRowsAndBrokenRecords(t *testing.T) {
	f := readTestdata(t, "earlier-export.json")
	const file = "testdata/earlier-export.json"
	var skipped, problems []string
	for _, n := range f.Skipped {
		skipped = append(skipped, n.String())
	}
	for _, n := range f.Problems {
		problems = append(problems, n.String())
	}
	assert.Equal(t, []string{
		file + ":2:3: record 1: a header row (field status), not a record; skipped",
		file + ":3:3: record 2: a header row (field labels), not a record; skipped",
		file + ":4:3: record 3: a header row (field descriptions), not a record; skipped",
	}, skipped)
	assert.Equal(t, []string{
		file + ":27:3: record 5: a record is an object of register fields, not a string; not imported",
	}, problems)
	require.Len(t, f.Records, 3, "an object where the standard has text is read leniently")
	assert.Equal(t, 7, f.Entries(), "every entry is a record, a skipped header row or a problem")

	ds := describeValid(t, f)
	require.NotNil(t, ds["afvalroute-planning"])
	assert.Contains(t, at(t, ds["afvalroute-planning"], "/spec/context/purpose"), "Routes plannen", "the text of an object-valued field")
	d := ds["slimme-beoordeling-bijstand"]
	require.NotNil(t, d)
	assert.Equal(t, Earlier, f.Records[0].Layout)
	assert.Equal(t, true, at(t, d, "/spec/ai/used"), "Zelflerend")
	assert.Equal(t, "Onjuiste aanvragen vinden & voorkomen.", at(t, d, "/spec/context/purpose"))
	assert.Equal(t, []any{map[string]any{"type": "dpia", "status": "claimed", "published": true, "statusSource": "https://westerhaaks.example/dpia"}},
		at(t, d, "/spec/accountability/impactAssessments"), "DPIA Ja with a link, IAMA Nee")
	assert.Equal(t, true, at(t, d, "/spec/accountability/appeal/available"))
	assert.Equal(t, "Participatiewet art. 53a", at(t, d, "/spec/data/legalBasis"))
	assert.Equal(t, "https://algoritmes.overheid.nl/nl/algoritme/2087", at(t, d, "/spec/transparency/publicRegister/url"))
	assert.Equal(t, "2087", at(t, d, "/spec/provenance/source/recordId"))
	desc := at(t, d, "/metadata/description").(string)
	assert.NotContains(t, desc, "alert", "script content is dropped")
	assert.Contains(t, desc, "Voorspelt welke bijstandsaanvragen onjuist zijn.")

	second := ds["slimme-beoordeling-bijstand-2"]
	require.NotNil(t, second, "a second record of the same name gets a name of its own")
	assert.Equal(t, false, at(t, second, "/spec/ai/used"), "Rule based")
	assert.Equal(t, []any{}, at(t, second, "/spec/accountability/impactAssessments"), "IAMA Nee and DPIA Nee")
	assert.Equal(t, false, at(t, second, "/spec/accountability/appeal/available"), "Geen bezwaar mogelijk")
	assert.Nil(t, at(t, second, "/spec/decisions/humanReview"), "not stated")
}

func TestFilesThatCannotBeRead(t *testing.T) {
	for _, c := range []struct{ name, data, want string }{
		{"broken.json", "", "testdata/broken.json:4:1: "},
		{"s.json", `"just text"`, `s.json:1:1: a register file holds one record (an object) or a list of records, not a string`},
		{"e.json", `[]`, `e.json: the file holds no register records`},
	} {
		data := []byte(c.data)
		name := c.name
		if c.data == "" {
			name = filepath.Join("testdata", c.name)
			var err error
			data, err = os.ReadFile(name)
			require.NoError(t, err)
		}
		_, err := Read(name, data, source.Limits{})
		var ve *schema.ValidationError
		require.ErrorAs(t, err, &ve, c.name)
		require.Len(t, ve.Problems, 1)
		assert.True(t, strings.HasPrefix(ve.Problems[0].String(), c.want), "%s: %s", c.name, ve.Problems[0])
	}
}

func TestRecordsWithoutKnownFields(t *testing.T) {
	f, err := Read("x.json", []byte(`[{"naam": "x"}, {"name": "Alleen een naam"}, {}]`), source.Limits{})
	require.NoError(t, err)
	require.Len(t, f.Records, 1, "a record with only a name is read leniently")
	require.Len(t, f.Problems, 2)
	assert.Equal(t, "x.json:1:2: record 1: no field of the register (such as name, organization or description_short) is given; not imported", f.Problems[0].String())
	ds := describeValid(t, f)
	assert.Equal(t, "Alleen een naam", at(t, ds["alleen-een-naam"], "/metadata/title"))
}

func TestCleanText(t *testing.T) {
	for in, want := range map[string]string{
		"<p>Een</p><p>Twee &amp; drie</p>":          "Een\n\nTwee & drie",
		"a<br/>b":                                   "a\nb",
		"<style>p{}</style>tekst<!-- x -->":         "tekst",
		"  veel    ruimte \t ":                      "veel ruimte",
		"regel\r\nnieuw\u2028en\u202eomgekeerd\x1b": "regel\nnieuw enomgekeerd",
		"5 < 6 en 7 > 3":                            "5 < 6 en 7 > 3",
	} {
		assert.Equal(t, want, cleanText(in), "%q", in)
	}
}

func TestSlugsAreUniqueDNSLabels(t *testing.T) {
	n := namer{}
	assert.Equal(t, "beoordeling-aanvraag-ijsselmonde", n.name("Beoordeling áánvraag – IJsselmonde!", "record-1"))
	assert.Equal(t, "beoordeling-aanvraag-ijsselmonde-2", n.name("Beoordeling aanvraag IJsselmonde", "record-2"))
	assert.Equal(t, "record-3", n.name("???", "record-3"))
	long := n.name(strings.Repeat("lang ", 30), "x")
	assert.LessOrEqual(t, len(long), 63)
	long2 := n.name(strings.Repeat("lang ", 30), "x")
	assert.LessOrEqual(t, len(long2), 63)
	assert.True(t, strings.HasSuffix(long2, "-2"), long2)
}

// standardSchema compiles the test copy of the standard's JSON Schema.
func standardSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "publicatiestandaard-v1.0.0.schema.json"))
	require.NoError(t, err)
	defer f.Close()
	c := jsonschema.NewCompiler()
	c.AssertFormat = true
	require.NoError(t, c.AddResource("standard.json", f))
	s, err := c.Compile("standard.json")
	require.NoError(t, err)
	return s
}

func exportOf(t *testing.T, file string, data []byte) *Export {
	t.Helper()
	docs, err := schema.LoadDescriptions(file, data)
	require.NoError(t, err)
	x, err := ExportDescription(docs[0], day)
	require.NoError(t, err)
	return x
}

func validAgainstStandard(t *testing.T, s *jsonschema.Schema, x *Export) map[string]any {
	t.Helper()
	js, err := x.JSON()
	require.NoError(t, err)
	var v map[string]any
	require.NoError(t, json.Unmarshal(js, &v))
	require.NoError(t, s.Validate(v), "%s", js)
	return v
}

func TestExportValidatesAgainstTheStandard(t *testing.T) {
	s := standardSchema(t)
	data, err := os.ReadFile("../../../examples/systems/welfare-risk-scoring.yaml")
	require.NoError(t, err)
	v := validAgainstStandard(t, s, exportOf(t, "welfare.yaml", data))
	assert.Equal(t, "nld", v["language"])
	assert.Equal(t, "1.0.0", v["schema"])

	minimal := exportOf(t, "min.yaml", []byte("apiVersion: dria/v1\nkind: System\nmetadata: {name: m, title: M}\nspec: {}\n"))
	validAgainstStandard(t, s, minimal)
	assert.Equal(t, []string{"considerations", "contact", "data", "description_short", "human_intervention", "impact_assessments",
		"organization", "publication_category", "purpose_and_impact", "risk_management", "start_date", "status", "supplier", "technical_operation"},
		minimal.Placeholders)
	assert.Equal(t, "2026-12", minimal.Record.StartDate)
}

// TestImportedRecordsExportAgain drafts descriptions from records and
// exports each again: the record validates and keeps the facts.
func TestImportedRecordsExportAgain(t *testing.T) {
	s := standardSchema(t)
	for _, name := range []string{"standard.json", "earlier-export.json"} {
		f := readTestdata(t, name)
		for _, d := range Describe(f, day) {
			v := validAgainstStandard(t, s, exportOf(t, d.Name+".yaml", d.YAML))
			assert.Equal(t, oneLine(d.Record.Value("name")), v["name"])
			assert.Equal(t, d.Record.Value("organization"), v["organization"])
		}
	}
	f := readTestdata(t, "standard.json")
	x := exportOf(t, "t.yaml", Describe(f, day)[0].YAML)
	assert.Equal(t, "In gebruik", x.Record.Status)
	assert.Equal(t, "Impactvolle algoritmes (Categorie B)", x.Record.PublicationCategory)
	assert.Equal(t, "Impact Assessment Mensenrechten en Algoritmes (IAMA), Data Protection Impact Assessment (DPIA)", x.Record.ImpactAssessments)
	assert.Equal(t, "https://noorderhaaks.example/dpia.pdf", x.Record.ImpactAssessmentLink)
	assert.Equal(t, []string{"Sociale zekerheid"}, x.Record.Theme)
}

func TestCSVExportWithHeaderRows(t *testing.T) {
	f := readTestdata(t, "earlier-export.csv")
	const file = "testdata/earlier-export.csv"
	var notices []string
	for _, n := range append(f.Skipped, f.Problems...) {
		notices = append(notices, n.String())
	}
	assert.Equal(t, []string{
		file + ":2:1: record 1: a header row (field status), not a record; skipped",
		file + ":3:1: record 2: a header row (field labels), not a record; skipped",
		file + ":5:1: record 4: an empty row, not a record; skipped",
		file + `:7:29: record 6: a quoted field is not closed, or holds a " that is not doubled; the rest of the file cannot be read`,
	}, notices)
	require.Len(t, f.Records, 2)
	assert.Equal(t, Earlier, f.Records[0].Layout)
	ds := describeValid(t, f)
	d := ds["camera-s-parkeercontrole"]
	require.NotNil(t, d)
	assert.Equal(t, "production", at(t, d, "/spec/context/lifecycle"), "Operationeel")
	assert.Equal(t, true, at(t, d, "/spec/ai/used"))
	assert.Equal(t, []any{map[string]any{"type": "dpia", "status": "claimed"}}, at(t, d, "/spec/accountability/impactAssessments"))
	assert.Equal(t, true, at(t, d, "/spec/decisions/humanReview/available"), "Ja")
	assert.Equal(t, "Scanauto herkent kentekens; een handhaver controleert.", strings.SplitN(at(t, d, "/metadata/description").(string), "\n", 2)[0])
	c := ds["chatbot-vragen"]
	require.NotNil(t, c)
	assert.Equal(t, false, at(t, c, "/spec/decisions/humanReview/available"), "false says there is none")
	assert.Equal(t, "design", at(t, c, "/spec/context/lifecycle"))
}

func TestWrappedListsAndUnknownFields(t *testing.T) {
	f, err := Read("w.json", []byte(`{"count": 1, "results": [{"name": "Een", "organization": "Gemeente Een", "_links": {"self": "x"}, "lars": 12}]}`), source.Limits{})
	require.NoError(t, err)
	require.Len(t, f.Records, 1, "an unknown field holding an object does not stop the record")
	assert.Empty(t, f.Problems)
	ds := describeValid(t, f)
	assert.Equal(t, "Gemeente Een", at(t, ds["een"], "/metadata/owner"))
}

func TestAnswersThatSayNothing(t *testing.T) {
	for _, s := range []string{"", "n.v.t.", "Niet van toepassing", "~", "-", " ? ", "Onbekend."} {
		assert.True(t, notStated(s), "%q", s)
	}
	for _, s := range []string{"Nee", "Geen bezwaar mogelijk", "false", "Er is geen menselijke tussenkomst."} {
		assert.True(t, saysNone(s), "%q", s)
	}
	assert.False(t, saysNone("Een medewerker controleert; er is geen automatisch besluit."))
	f, err := Read("y.json", []byte(`{"name": "yes", "organization": "No", "human_intervention": "~"}`), source.Limits{})
	require.NoError(t, err)
	d := Describe(f, day)[0]
	assert.Contains(t, string(d.YAML), "  title: \"yes\"\n  owner: \"No\"\n", "YAML 1.1 booleans are quoted")
	ds := describeValid(t, f)
	assert.Nil(t, at(t, ds["yes"], "/spec/decisions/humanReview"), "~ says nothing")
}
