package nlregister

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/dria-project/dria/internal/safetext"
)

// Draft is a description drafted from one record.
type Draft struct {
	// Record is the record it was drafted from.
	Record *Record
	// Name is its metadata.name, unique among the drafts of a file.
	Name string
	// YAML is the description, one YAML document.
	YAML []byte
}

// Describe drafts one description per record of the file, named after
// the record (slugified, unique), with the day the file was read as the
// provenance's retrieved date.
func Describe(f *File, retrieved time.Time) []Draft {
	names := namer{}
	out := make([]Draft, 0, len(f.Records))
	for _, r := range f.Records {
		m := &mapper{r: r, doc: newObject()}
		name := names.name(oneLine(r.Value("name")), "record-"+strconv.Itoa(r.Index))
		m.describe(f.Name, name, retrieved.UTC().Format(time.DateOnly))
		out = append(out, Draft{Record: r, Name: name, YAML: m.yaml(f.Name)})
	}
	return out
}

// mapper drafts the description of one record.
type mapper struct {
	r    *Record
	doc  *object
	prov []any
}

// fact writes a value of the description and records where it came from:
// the register field, its original text when it differs, and a note on
// how it was read.
func (m *mapper) fact(ptr string, v any, from, note string) {
	m.record(ptr, v, from, m.r.Value(from), note)
}

// inferred writes a value the record states by being in the register,
// not in the words of a field.
func (m *mapper) inferred(ptr string, v any, from, note string) { m.record(ptr, v, from, "", note) }

func (m *mapper) record(ptr string, v any, from, orig, note string) {
	m.doc.set(ptr, v)
	p := newObject()
	p.put("field", ptr)
	p.put("from", from)
	if orig != "" && orig != fmt.Sprint(v) {
		p.put("value", cut(orig, 20000))
	}
	if note != "" {
		p.put("note", cut(note, 2000))
	}
	m.prov = append(m.prov, p)
}

// describe maps the record, section by section.
func (m *mapper) describe(file, name, retrieved string) {
	m.doc.put("apiVersion", "dria/v1")
	m.doc.put("kind", "System")
	m.doc.set("/metadata/name", name)
	m.metadata()
	m.context()
	m.technique()
	m.humanReview()
	m.impactAssessments()
	m.appeal()
	m.legalBasis()
	m.transparency()
	m.provenance(file, retrieved)
}

func (m *mapper) metadata() {
	r := m.r
	title := cut(oneLine(r.Value("name")), 200)
	if title == "" {
		m.doc.set("/metadata/title", fmt.Sprintf("Record %d of the Algorithm Register (no name given)", r.Index))
	} else {
		m.fact("/metadata/title", title, "name", "")
	}
	if org := cut(oneLine(r.Value("organization")), 200); org != "" {
		m.fact("/metadata/owner", org, "organization", "")
	}
	contact := "contact"
	if r.Layout == Earlier {
		contact = "contact_email"
	}
	if c := cut(oneLine(r.Value(contact)), 200); c != "" {
		m.fact("/metadata/contact", c, contact, "")
	}
	if d := m.narrative(); d != "" {
		m.doc.set("/metadata/description", cut(d, 20000))
	}
}

// narrative is the record's free text that has no field of its own in a
// description, each part under its register label, so a reader of the
// description still has it.
func (m *mapper) narrative() string {
	var parts []string
	if s := m.r.Value("description_short"); s != "" {
		parts = append(parts, s)
	}
	for _, k := range narrativeFields[m.r.Layout] {
		if s := m.r.Value(k); s != "" {
			parts = append(parts, labelOf(m.r.Layout, k)+" ("+k+"): "+s)
		}
	}
	return strings.Join(parts, "\n\n")
}

// narrativeFields are the free-text fields kept in metadata.description.
var narrativeFields = map[Layout][]string{
	Standard: {"considerations", "risk_management", "data", "technical_operation", "supplier", "impact_assessment_explanation"},
	Earlier: {"description", "department", "category", "impact", "proportionality", "decision_making_process",
		"documentation", "source_data", "methods_and_models", "monitoring", "risks", "performance_standard",
		"competent_authority", "IAMA_description", "DPIA_description", "area"},
}

func labelOf(l Layout, k string) string {
	if l == Standard {
		return standardFields[k][0]
	}
	return earlierFields[k]
}

// registerNote explains the facts every record of the register states by
// being in it.
const registerNote = "The Algorithm Register lists algorithms that Dutch government organisations use."

func (m *mapper) context() {
	r := m.r
	m.inferred("/spec/context/sector", "public", "organization", registerNote)
	m.inferred("/spec/context/jurisdictions", []string{"NL"}, "organization", registerNote)
	purpose := "purpose_and_impact"
	if r.Layout == Earlier {
		purpose = "goal"
	}
	if p := r.Value(purpose); p != "" {
		m.fact("/spec/context/purpose", cut(p, 20000), purpose, "")
	}
	if lc, ok := lifecycles[strings.ToLower(oneLine(r.Value("status")))]; ok {
		m.fact("/spec/context/lifecycle", lc, "status", "")
	}
	if d := domainsOf(r.Value("theme")); len(d) > 0 {
		m.fact("/spec/context/domains", d, "theme", "Only the themes with a clear counterpart among the domains are mapped.")
	}
}

// lifecycles maps the register's statuses.
var lifecycles = map[string]string{
	"in gebruik": "production", "in ontwikkeling": "design", "buiten gebruik": "retired",
	"in use": "production", "in development": "design", "out of use": "retired",
	"operationeel": "production", "operational": "production", "pilot": "pilot",
	"ontwerp": "design", "ontwikkeling": "design", "gepland": "design", "planned": "design", "development": "design",
	"beëindigd": "retired", "retired": "retired",
}

// themeDomains maps themes of the government's list (OWMS) that have one
// clear counterpart among the description's domains.
var themeDomains = map[string]string{
	"sociale zekerheid": "social-benefits", "migratie en integratie": "migration-border",
	"onderwijs en wetenschap": "education", "zorg en gezondheid": "health", "werk": "employment",
	"recht": "justice", "openbare orde en veiligheid": "law-enforcement", "financiën": "finance",
	"verkiezingen": "elections",
}

func domainsOf(themes string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range strings.Split(themes, ";") {
		if d, ok := themeDomains[strings.ToLower(strings.TrimSpace(t))]; ok && !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// technique maps whether the algorithm learns (earlier layout: type) and
// the publication category.
func (m *mapper) technique() {
	r := m.r
	t := strings.ToLower(oneLine(r.Value("type")))
	switch {
	case strings.Contains(t, "zelflerend"), strings.Contains(t, "self-learning"), strings.Contains(t, "machine learning"):
		m.fact("/spec/ai/used", true, "type", "A self-learning algorithm is a machine-learning model.")
	case t == "rule based" || t == "rule-based" || t == "regelgebaseerd" || t == "regel gebaseerd":
		m.fact("/spec/ai/used", false, "type", "A rule-based algorithm uses no machine-learning or statistical model.")
	}
	cat := strings.ToLower(r.Value("publication_category"))
	switch {
	case strings.Contains(cat, "categorie a") || strings.Contains(cat, "hoog-risico"):
		m.fact("/spec/ai/used", true, "publication_category", "A high-risk AI system (category A) is an AI system.")
	case strings.Contains(cat, "categorie b") || strings.HasPrefix(cat, "impactvol"):
		m.fact("/spec/decisions/legalEffect", true, "publication_category",
			"Impactful algorithms (category B) have legal effects on people or affect them significantly.")
	}
	if s := oneLine(r.Value("supplier")); s != "" && !inHouse(s) && !notStated(s) {
		if used, _ := m.lookup("/spec/ai/used").(bool); used {
			m.fact("/spec/ai/modelProvider", cut(s, 200), "supplier", "")
		}
	}
}

// lookup is the value at a path of the description being drafted.
func (m *mapper) lookup(path string) any {
	cur := m.doc
	parts := strings.Split(strings.TrimPrefix(path, "/"), "/")
	for _, p := range parts[:len(parts)-1] {
		next, ok := cur.vals[p].(*object)
		if !ok {
			return nil
		}
		cur = next
	}
	return cur.vals[parts[len(parts)-1]]
}

func inHouse(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "intern ontwikkeld") || strings.Contains(s, "eigen beheer") || s == "intern" || s == "in-house"
}

// yaml renders the description with a comment naming its source.
func (m *mapper) yaml(file string) []byte {
	n := node(m.doc)
	n.HeadComment = fmt.Sprintf("Drafted by dria import nl-register from record %d of %s (%s).\nCheck every fact against the record; what the record does not say is left out.",
		m.r.Index, safetext.Inline(file), m.r.Layout)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{n}}); err != nil {
		panic(err) // the tree holds only maps, lists, strings and booleans
	}
	_ = enc.Close()
	return b.Bytes()
}

// cut shortens s to at most n characters, marking the cut with "…".
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func itoa(i int) string { return strconv.Itoa(i) }
