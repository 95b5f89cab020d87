package nlregister

import (
	"regexp"
	"strings"
	"unicode"
)

// notStated reports whether a free-text answer says nothing: empty, "not
// applicable", "unknown" or a dash.
func notStated(s string) bool {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return true
	}
	switch strings.Trim(strings.ToLower(oneLine(s)), " .:;-–—") {
	case "", "n.v.t", "nvt", "n.v.t.", "niet van toepassing", "onbekend", "nog niet bekend", "nog in te vullen",
		"n/a", "na", "not applicable", "unknown", "tbd", "?":
		return true
	}
	return false
}

// negation is an answer that says there is none.
var negation = regexp.MustCompile(`(?i)^\s*(nee|no|none|geen|er is geen|er zijn geen|er vindt geen|er wordt geen|niet)\b`)

// saysNone reports whether a free-text answer says there is none.
func saysNone(s string) bool { return no(s) || negation.MatchString(s) }

// yes and no are the register's Ja/Nee answers.
func yes(s string) bool {
	switch strings.ToLower(strings.Trim(oneLine(s), " .")) {
	case "ja", "yes", "true", "waar":
		return true
	}
	return false
}

func no(s string) bool {
	switch strings.ToLower(strings.Trim(oneLine(s), " .")) {
	case "nee", "no", "false", "onwaar":
		return true
	}
	return false
}

// humanReview maps human_intervention: a description of how people use
// and check the outcomes is a claimed human review; an answer that says
// there is none is no human review.
func (m *mapper) humanReview() {
	s := m.r.Value("human_intervention")
	switch {
	case notStated(s):
	case saysNone(s):
		m.fact("/spec/decisions/humanReview/available", false, "human_intervention", "The record says there is no human intervention.")
	default:
		m.fact("/spec/decisions/humanReview/available", true, "human_intervention",
			"The record describes how people use and check the outcomes; whether they can override them is not read from the text.")
		m.fact("/spec/decisions/humanReview/status", "claimed", "human_intervention", "Stated in the register, without evidence anyone can check.")
	}
}

// assessmentNames recognises the impact assessments a record names.
var assessmentNames = []struct {
	re   *regexp.Regexp
	kind string
}{
	{regexp.MustCompile(`(?i)\bIAMA\b|impact\s*assessment\s+mensenrechten|mensenrechten`), "hria"},
	{regexp.MustCompile(`(?i)\bDPIA\b|data\s*protection\s*impact|gegevensbeschermingseffectbeoordeling|\bGEB\b`), "dpia"},
	{regexp.MustCompile(`(?i)\bFRIA\b|fundamental\s*rights\s*impact|grondrechten`), "fria"},
}

// impactAssessments maps the assessments a record names: the standard's
// impact_assessments (with its link) or the earlier IAMA and DPIA answers.
func (m *mapper) impactAssessments() {
	const ptr = "/spec/accountability/impactAssessments"
	if m.r.Layout == Earlier {
		m.earlierAssessments(ptr)
		return
	}
	s := m.r.Value("impact_assessments")
	link := m.r.Value("impact_assessment_link")
	var list []any
	for _, a := range assessmentNames {
		if a.re.MatchString(s) {
			list = append(list, m.assessment(a.kind, link))
		}
	}
	switch {
	case len(list) > 0:
		m.fact(ptr, list, "impact_assessments", "The assessments the record names; stated in the register, without evidence anyone can check unless linked.")
	case notStated(s):
	case saysNone(s):
		m.fact(ptr, []any{}, "impact_assessments", "The record says no impact assessment was made.")
	default:
		m.fact(ptr, []any{m.assessment("other", link)}, "impact_assessments", "The record names an assessment that is neither a DPIA nor an IAMA.")
	}
}

func (m *mapper) assessment(kind, link string) *object {
	a := newObject()
	a.put("type", kind)
	a.put("status", "claimed")
	if isURL(link) {
		a.put("published", true)
		a.put("statusSource", cut(oneLine(link), 2000))
	}
	return a
}

// earlierAssessments maps the Ja/Nee answers IAMA and DPIA.
func (m *mapper) earlierAssessments(ptr string) {
	iama, dpia := m.r.Value("IAMA"), m.r.Value("DPIA")
	var list []any
	var from []string
	if yes(iama) {
		list = append(list, m.assessment("hria", firstURL(m.r.Value("IAMA_description"))))
		from = append(from, "IAMA")
	}
	if yes(dpia) {
		list = append(list, m.assessment("dpia", firstURL(m.r.Value("DPIA_description"))))
		from = append(from, "DPIA")
	}
	switch {
	case len(list) > 0:
		m.fact(ptr, list, strings.Join(from, ", "), "Answered Ja (yes); stated in the register, without evidence anyone can check unless linked.")
	case no(iama) && no(dpia):
		m.fact(ptr, []any{}, "IAMA, DPIA", "Both answered Nee (no).")
	}
}

var urlRE = regexp.MustCompile(`https?://[^\s<>"']+`)

func isURL(s string) bool { s = oneLine(s); return urlRE.MatchString(s) && urlRE.FindString(s) == s }

func firstURL(s string) string { return strings.TrimRight(urlRE.FindString(s), ".,;)") }

// appeal maps the earlier layout's objection_procedure: a described
// procedure is an appeal; an answer that says there is none is none.
func (m *mapper) appeal() {
	s := m.r.Value("objection_procedure")
	switch {
	case notStated(s):
	case saysNone(s):
		m.fact("/spec/accountability/appeal/available", false, "objection_procedure", "The record says there is no objection procedure.")
	default:
		m.fact("/spec/accountability/appeal/available", true, "objection_procedure", "The record describes an objection procedure (bezwaar).")
	}
}

// legalBasis keeps the stated legal basis as the description's note and
// the title of the linked law as the national law.
func (m *mapper) legalBasis() {
	from := "legal_basis"
	if m.r.Layout == Earlier {
		from = "lawful_basis"
	}
	if s := m.r.Value(from); !notStated(s) && !saysNone(s) {
		m.fact("/spec/data/legalBasis", cut(s, 2000), from, "")
	}
	if t := oneLine(m.r.Value("legal_basis_title")); !notStated(t) {
		m.fact("/spec/data/nationalLaw", cut(t, 2000), "legal_basis_title", "")
	}
}

// transparency: the record is in the register; source code is open when
// the record links to it.
func (m *mapper) transparency() {
	m.inferred("/spec/transparency/publicRegister/listed", true, "name", "The record is published in the Algorithm Register.")
	if u := m.r.Value("url"); isURL(u) {
		m.fact("/spec/transparency/publicRegister/url", cut(u, 2000), "url", "")
	}
	code := "source_code_link"
	if m.r.Layout == Earlier {
		code = "publiccode"
	}
	if isURL(firstURL(m.r.Value(code))) {
		m.fact("/spec/transparency/sourceCode", "open", code, "The record links to the source code.")
	}
}

// provenance names the record and lists where each fact came from.
func (m *mapper) provenance(file, retrieved string) {
	r := m.r
	src := newObject()
	src.put("kind", "nl-algorithm-register")
	if n := cut(oneLine(r.Value("name")), 500); n != "" {
		src.put("name", n)
	}
	if o := cut(oneLine(r.Value("organization")), 500); o != "" {
		src.put("organisation", o)
	}
	id := oneLine(r.Value("id"))
	if id == "" {
		id = oneLine(r.Value("source_id"))
	}
	if id == "" {
		id = "record " + itoa(r.Index) + " of " + oneLine(file)
	}
	src.put("recordId", cut(id, 500))
	if u := oneLine(r.Value("url")); isURL(u) {
		src.put("url", cut(u, 2000))
	} else if u := oneLine(r.Value("source_link")); isURL(u) {
		src.put("url", cut(u, 2000))
	}
	version := r.Layout.String()
	if v := oneLine(r.Value("schema")); v != "" {
		version = v + " (" + version + ")"
	}
	src.put("version", cut(version, 100))
	src.put("retrieved", retrieved)
	m.doc.set("/spec/provenance/source", src)
	m.doc.set("/spec/provenance/fields", m.prov)
}
