package serve

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

// schemaLeaves lists the dotted path of every field of a description
// schema below metadata and spec (list items as "*"), except
// spec.notApplicable, which is asked with each question.
func schemaLeaves(t *testing.T, schemaJSON []byte) []string {
	t.Helper()
	var root map[string]any
	require.NoError(t, json.Unmarshal(schemaJSON, &root))
	defs, _ := root["$defs"].(map[string]any)
	var out []string
	var walk func(n map[string]any, path string, depth int)
	walk = func(n map[string]any, path string, depth int) {
		if ref, ok := n["$ref"].(string); ok {
			n = defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
		}
		out = append(out, path)
		if depth > 10 {
			return
		}
		if props, ok := n["properties"].(map[string]any); ok {
			for k, v := range props {
				walk(v.(map[string]any), path+"."+k, depth+1)
			}
		}
		if items, ok := n["items"].(map[string]any); ok {
			if ref, ok := items["$ref"].(string); ok {
				items = defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
			}
			if props, ok := items["properties"].(map[string]any); ok {
				for k, v := range props {
					walk(v.(map[string]any), path+".*."+k, depth+1)
				}
			}
		}
	}
	props := root["properties"].(map[string]any)
	walk(props["metadata"].(map[string]any), "metadata", 0)
	for k, v := range props["spec"].(map[string]any)["properties"].(map[string]any) {
		if k != "notApplicable" {
			walk(v.(map[string]any), "spec."+k, 0)
		}
	}
	return out
}

// fieldPaths lists the paths of the questionnaire's fields.
func fieldPaths(q *questionnaire) map[string]bool {
	out := map[string]bool{}
	var walk func(f *field, path string)
	walk = func(f *field, path string) {
		out[path] = true
		sub := path
		if f.Kind == kindObjectList {
			sub = path + ".*"
		}
		for _, c := range f.Children {
			walk(c, sub+"."+c.Key)
		}
	}
	for _, s := range q.Sections {
		walk(s.Field, s.Path)
	}
	return out
}

func TestQuestionnaireAsksEveryFieldOfTheSchema(t *testing.T) {
	set := builtinRules(t)
	q, err := newQuestionnaire(set.DescriptionSchema())
	require.NoError(t, err)
	have := fieldPaths(q)
	leaves := schemaLeaves(t, set.DescriptionSchema())
	require.Greater(t, len(leaves), 250, "the walk found the schema's fields")
	for _, p := range leaves {
		if p == "spec.extensions" {
			continue // asked only when a pack declares extensions
		}
		assert.True(t, have[p], "no question for %s", p)
	}
	assert.NotNil(t, q.section("scope"))
	assert.Equal(t, "scope", q.Sections[1].Slug, "whom the system touches is asked first")
	assert.Nil(t, q.section("notApplicable"), "asked with each question instead")
	assert.True(t, q.NotApplicable["decisions.humanReview"])
}

// TestEveryQuestionIsOnItsPage renders every page of an empty description
// and finds a control for every question outside lists.
func TestEveryQuestionIsOnItsPage(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "new.yaml"), newDescription)
	ts := newTestServer(t, dir)
	pages := ""
	for _, s := range ts.srv.q.Sections {
		status, body := ts.get(t, editPath("new.yaml", s.Slug))
		require.Equal(t, http.StatusOK, status)
		pages += body
	}
	for p := range fieldPaths(ts.srv.q) {
		if strings.Contains(p, "*") {
			continue
		}
		assert.True(t, strings.Contains(pages, `id="`+htmlID("q-", p)+`"`), "no control for %s", p)
	}
	for name := range ts.srv.q.NotApplicable {
		assert.True(t, strings.Contains(pages, `name="`+naPrefix+name+`"`), "no does-not-apply for %s", name)
	}
}

func TestQuestionnaireAsksForAPacksExtensions(t *testing.T) {
	set, err := rules.Load(context.Background(), rules.WithPath("../../examples/rulepack"))
	require.NoError(t, err)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "k.yaml"), minimalYAML)
	ts := newTestServer(t, dir, WithRuleSet(set))
	sec := ts.srv.q.section("extensions")
	require.NotNil(t, sec, "the pack's extensions are a section")
	status, page := ts.get(t, editPath("k.yaml", "extensions"))
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, page, `name="spec.extensions.kenya_dpa.registeredWithDataCommissioner"`)
	assert.Contains(t, page, `name="spec.extensions.kenya_dpa.dataProtectionOfficer.contact"`)
	assert.Contains(t, page, "registered with Kenya")
	// Without the pack there is no such section.
	plain, err := newQuestionnaire(builtinRules(t).DescriptionSchema())
	require.NoError(t, err)
	assert.Nil(t, plain.section("extensions"))
	// An answer to it is saved and validates with the pack.
	v := formValues(page)
	v.Set("spec.extensions.kenya_dpa.registeredWithDataCommissioner", "true")
	v.Set("action", "next")
	resp, body := ts.post(t, editPath("k.yaml", "extensions"), v)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, body)
	data, err := os.ReadFile(filepath.Join(dir, "k.yaml"))
	require.NoError(t, err)
	assert.Contains(t, string(data), "kenya_dpa:\n      registeredWithDataCommissioner: true")
	val, err := set.DescriptionValidator()
	require.NoError(t, err)
	_, err = schema.LoadDescriptions("k.yaml", data, schema.WithValidator(val))
	assert.NoError(t, err)
}

func TestErrorsAppearOnTheirQuestionsInValidatesWords(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), minimalYAML)
	ts := newTestServer(t, dir)
	_, page := ts.get(t, editPath("a.yaml", "affected"))
	v := formValues(page)
	v.Set("spec.affected.people", "about ten")
	v.Set("action", "next")
	resp, body := ts.post(t, editPath("a.yaml", "affected"), v)
	assert.Equal(t, http.StatusUnprocessableEntity, resp.StatusCode)
	msg := `spec.affected.people must be a whole number, got &#34;about ten&#34;`
	assert.Contains(t, body, `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>`)
	assert.Contains(t, body, `<a href="#q-spec-affected-people">`+msg+`</a>`, "the summary links to the question")
	assert.Contains(t, body, `<p class="error-message" id="q-spec-affected-people-error"><span class="visually-hidden">Error:</span> `+msg+`</p>`)
	assert.Contains(t, body, `aria-describedby="q-spec-affected-people-hint q-spec-affected-people-error" aria-invalid="true"`)
	assert.Contains(t, body, `value="about ten"`, "the answer is kept in the form")
	assert.Contains(t, body, "<title>Error: ")
	data, err := os.ReadFile(filepath.Join(dir, "a.yaml"))
	require.NoError(t, err)
	assert.Equal(t, minimalYAML, string(data), "nothing saved")

	// The same words as dria validate.
	_, err = schema.LoadDescriptions("a.yaml", []byte(minimalYAML+"spec:\n  affected:\n    people: about ten\n"))
	var ve *schema.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, strings.ReplaceAll(msg, "&#34;", `"`), ve.Problems[0].Message)

	// A radio question's error links to its first answer; the live check
	// says the same without saving.
	_, page = ts.get(t, editPath("a.yaml", "metadata"))
	v = formValues(page)
	v.Set("metadata.name", "Not A Slug")
	resp, body = ts.post(t, "/live?file=a.yaml&section=metadata", v)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var live []liveProblem
	require.NoError(t, json.Unmarshal([]byte(body), &live))
	require.Len(t, live, 1)
	assert.Equal(t, "q-metadata-name", live[0].Target)
	assert.Contains(t, live[0].Message, "metadata.name must be a DNS-label slug")
}

func TestVersionCheckStopsASilentOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	writeFile(t, path, minimalYAML)
	ts := newTestServer(t, dir)
	_, tab1 := ts.get(t, editPath("a.yaml", "metadata"))
	_, tab2 := ts.get(t, editPath("a.yaml", "metadata"))
	v2 := formValues(tab2)
	v2.Set("metadata.owner", "Second tab")
	v2.Set("action", "next")
	resp, _ := ts.post(t, editPath("a.yaml", "metadata"), v2)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	saved, _ := os.ReadFile(path)

	v1 := formValues(tab1)
	v1.Set("metadata.owner", "First tab")
	v1.Set("action", "next")
	resp, body := ts.post(t, editPath("a.yaml", "metadata"), v1)
	assert.Equal(t, http.StatusConflict, resp.StatusCode)
	assert.Contains(t, body, "This file was changed while you were answering")
	assert.Contains(t, body, "your answers were <strong>not saved</strong>")
	assert.Contains(t, body, "owner: Second tab", "the other version is offered")
	assert.Contains(t, body, `value="First tab"`, "this tab's answers are kept in the form")
	now, _ := os.ReadFile(path)
	assert.Equal(t, string(saved), string(now), "the other tab's save is not overwritten")

	// Saving again, knowingly, keeps this tab's answers.
	again := formValues(body)
	again.Set("action", "next")
	resp, _ = ts.post(t, editPath("a.yaml", "metadata"), again)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	now, _ = os.ReadFile(path)
	assert.Contains(t, string(now), "owner: First tab")
}

// fillNew fills a new description through the pages, as the form sends
// it.
func fillNew(t *testing.T, ts *testServer, name string, answers map[string]map[string][]string) {
	t.Helper()
	resp, body := ts.post(t, "/new", url.Values{"csrf": {ts.srv.csrf()}, "file": {name}})
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, body)
	for _, s := range ts.srv.q.Sections {
		_, page := ts.get(t, editPath(name, s.Slug))
		v := formValues(page)
		for k, vals := range answers[s.Slug] {
			v[k] = vals
		}
		v.Set("action", "next")
		resp, body := ts.post(t, editPath(name, s.Slug), v)
		require.Equal(t, http.StatusSeeOther, resp.StatusCode, "%s: %s", s.Slug, body)
	}
}

// handWritten is the same facts as formAnswers, written by hand.
const handWritten = `apiVersion: dria/v1
kind: System
metadata:
  name: benefit-triage
  title: Benefit triage
  owner: Ministry of Work
spec:
  context:
    sector: public
    jurisdictions: [NL, DE]
  affected:
    people: 12000
    groups: [low-income, migrants]
    mandatory: true
  decisions:
    automation: full
    legalEffect: true
    humanReview:
      available: false
  components:
    - name: scorer
      kind: model
  notApplicable:
    - field: elections
      reason: The system plays no part in elections.
`

var formAnswers = map[string]map[string][]string{
	"metadata": {"metadata.name": {"benefit-triage"}, "metadata.title": {"Benefit triage"}, "metadata.owner": {"Ministry of Work"}},
	"context": {"spec.context.sector": {"public"}, "spec.context.jurisdictions.#count": {"2"},
		"spec.context.jurisdictions.0": {"NL"}, "spec.context.jurisdictions.1": {"DE"}},
	"affected": {"spec.affected.people": {"12000"}, "spec.affected.groups": {"low-income", "migrants"}, "spec.affected.mandatory": {"true"}},
	"decisions": {"spec.decisions.automation": {"full"}, "spec.decisions.legalEffect": {"true"},
		"spec.decisions.humanReview.available": {"false"}},
	"elections":  {"na:elections": {"yes"}, "na:elections.reason": {"The system plays no part in elections."}},
	"components": {"spec.components.#count": {"1"}, "spec.components.0.name": {"scorer"}, "spec.components.0.kind": {"model"}},
}

func TestAFormFilledDescriptionAssessesAsTheHandWrittenOne(t *testing.T) {
	ts := newTestServer(t, "")
	fillNew(t, ts, "triage.yaml", formAnswers)
	data, err := os.ReadFile(filepath.Join(ts.dir, "triage.yaml"))
	require.NoError(t, err)
	_, err = schema.LoadDescriptions("triage.yaml", data)
	require.NoError(t, err, "the description validates:\n%s", data)
	assert.Equal(t, decoded(t, []byte(handWritten)), decoded(t, data))
	a, err := assess.New(context.Background(), assess.WithRuleSet(builtinRules(t)), assess.WithClock(fixedClock))
	require.NoError(t, err)
	r1, err := a.Assess(context.Background(), assess.Input{Path: "x.yaml", Data: []byte(handWritten)})
	require.NoError(t, err)
	r2, err := a.Assess(context.Background(), assess.Input{Path: "x.yaml", Data: data})
	require.NoError(t, err)
	assert.Equal(t, findingKeys(r1), findingKeys(r2))
	assert.NotEmpty(t, r1.Assessments[0].Findings)
	status, check := ts.get(t, "/check?file=triage.yaml")
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, check, `<dt>The whole section</dt><dd class="">Does not apply: The system plays no part in elections.</dd>`)
	assert.Contains(t, check, `<dt>People</dt><dd class="">12000</dd>`)
	assert.Contains(t, check, `<dt>Human review: Available</dt><dd class="">No</dd>`)
	assert.Contains(t, check, `<dt>Purpose</dt><dd class="missing">Not known</dd>`)
}

func TestListsAddAndRemoveWithoutJavaScript(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	writeFile(t, path, minimalYAML)
	ts := newTestServer(t, dir)
	_, page := ts.get(t, editPath("a.yaml", "components"))
	v := formValues(page)
	v.Set("action", "add:spec.components")
	resp, page := ts.post(t, editPath("a.yaml", "components"), v)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, page, `name="spec.components.0.name"`, "a new empty entry")
	unchanged, _ := os.ReadFile(path)
	assert.Equal(t, minimalYAML, string(unchanged), "adding an entry saves nothing yet")
	v = formValues(page)
	v.Set("spec.components.0.name", "db")
	v.Set("spec.components.0.kind", "database")
	v.Set("action", "add:spec.components")
	_, page = ts.post(t, editPath("a.yaml", "components"), v)
	v = formValues(page)
	v.Set("spec.components.1.name", "api")
	v.Set("spec.components.1.kind", "service")
	v.Set("action", "remove:spec.components.0")
	_, page = ts.post(t, editPath("a.yaml", "components"), v)
	v = formValues(page)
	assert.Equal(t, "1", v.Get("spec.components.#count"))
	assert.Equal(t, "api", v.Get("spec.components.0.name"))
	v.Set("action", "next")
	resp, _ = ts.post(t, editPath("a.yaml", "components"), v)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	data, _ := os.ReadFile(path)
	assert.Contains(t, string(data), "components:\n    - name: api\n      kind: service\n")
}

func TestNotApplicableIsWrittenAndTakenBack(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	writeFile(t, path, minimalYAML)
	ts := newTestServer(t, dir)
	_, page := ts.get(t, editPath("a.yaml", "decisions"))
	v := formValues(page)
	v.Set("na:decisions.humanReview", "yes")
	v.Set("na:decisions.humanReview.reason", "No decision is about a person.")
	v.Set("action", "next")
	resp, _ := ts.post(t, editPath("a.yaml", "decisions"), v)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	data, _ := os.ReadFile(path)
	assert.Contains(t, string(data), "notApplicable:\n    - field: decisions.humanReview\n      reason: No decision is about a person.\n")
	// Ticked without a reason: dria validate's message, on the reason.
	_, page = ts.get(t, editPath("a.yaml", "decisions"))
	v = formValues(page)
	v.Set("na:decisions.humanReview.reason", "")
	v.Set("action", "next")
	resp, body := ts.post(t, editPath("a.yaml", "decisions"), v)
	assert.Equal(t, http.StatusUnprocessableEntity, resp.StatusCode)
	assert.Contains(t, body, `<a href="#na-decisions-humanReview-reason">spec.notApplicable[0].reason`)
	// Unticked: the entry goes.
	v.Del("na:decisions.humanReview")
	resp, _ = ts.post(t, editPath("a.yaml", "decisions"), v)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	data, _ = os.ReadFile(path)
	assert.NotContains(t, string(data), "notApplicable")
}

func TestChoicesCarryTheMeaningTheHelpGivesThem(t *testing.T) {
	assert.Equal(t, "the system informs a person who decides", optionHint("How much of the decision is automated: none, assistive (the system informs a person who decides), partial (the system decides some cases or steps).", "assistive"))
	assert.Equal(t, "", optionHint("No explanation here.", "none"))
	assert.Equal(t, "", optionHint("partial (x y z)", "art"), "a value inside another word is not matched")
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), minimalYAML)
	ts := newTestServer(t, dir)
	_, page := ts.get(t, editPath("a.yaml", "decisions"))
	assert.Contains(t, page, `value="assistive" aria-describedby="q-spec-decisions-automation-1-hint"><label for="q-spec-decisions-automation-1">assistive<span class="hint option-hint" id="q-spec-decisions-automation-1-hint">the system informs a person who decides</span>`)
}
