package aia

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Description is a dria description drafted from an AIA record.
type Description struct {
	// YAML is the description, with a comment on every imported field
	// naming its AIA question.
	YAML []byte
	// Fields says where each imported field came from (also written to
	// spec.provenance.fields).
	Fields []FieldSource
	// Score is the AIA's own result for the record's answers.
	Score Score
}

// Text limits of the description format.
const (
	titleLimit = 200
	textLimit  = 20000
)

// Describe drafts a dria description from an AIA record. Every answer with
// a counterpart in the description format is mapped, and every answer of
// the record is kept under spec.provenance.canadaAIA, so that each field
// can be traced to its question and the AIA's score recomputed. What the
// AIA does not say stays absent: an information gap, never compliance. An
// answer to a design-phase question that only promises a safeguard ("will
// you ...? yes") is kept as provenance but not written as the safeguard.
func Describe(rec *Record) (*Description, error) {
	d := newDraft()
	m := mapper{rec: rec, d: d, phase: phaseOf(rec)}
	m.envelope()
	m.context()
	m.decisions()
	m.data()
	m.accountability()
	m.safeguards()
	m.provenance()
	var buf bytes.Buffer
	buf.WriteString("# Drafted by dria import canada-aia from " + strings.ReplaceAll(filepath.Base(rec.File), "\n", " ") + ".\n")
	buf.WriteString("# Each imported field names the AIA question it came from; what the AIA does not\n")
	buf.WriteString("# say is left out (an information gap). Check every field before relying on it.\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{d.root}}); err != nil {
		return nil, fmt.Errorf("writing the description: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("writing the description: %w", err)
	}
	return &Description{YAML: buf.Bytes(), Fields: d.fields, Score: Compute(rec.Answers)}, nil
}

// phase is which half of the mitigation questions a record answers.
type phase uint8

const (
	phaseDesign phase = iota
	phaseImplementation
)

// phaseOf is the record's project phase: projectDetailsPhase, else the
// half of the mitigation questions it answers (implementation if any).
func phaseOf(rec *Record) phase {
	if a, ok := rec.Answer("projectDetailsPhase"); ok {
		if a.Choice == "item2" {
			return phaseImplementation
		}
		return phaseDesign
	}
	for _, a := range rec.Answers {
		if strings.HasSuffix(questions[a.Question].page, "Implementation") {
			return phaseImplementation
		}
	}
	return phaseDesign
}

// mapper maps a record's answers onto a draft.
type mapper struct {
	rec   *Record
	d     *draft
	phase phase
}

// choice returns the choice answered to a radio or dropdown question.
func (m *mapper) choice(name string) (string, bool) {
	a, ok := m.rec.Answer(name)
	return a.Choice, ok && a.Choice != ""
}

// choices returns the choices answered to a checkbox question.
func (m *mapper) choices(name string) ([]string, bool) {
	a, ok := m.rec.Answer(name)
	return a.Choices, ok
}

// text returns a text answer, cleaned and cut to limit.
func (m *mapper) text(name string, limit int) (string, bool) {
	a, ok := m.rec.Answer(name)
	if !ok || strings.TrimSpace(a.Text) == "" {
		return "", false
	}
	return cleanText(strings.TrimSpace(a.Text), limit), true
}

// phased is the name of a mitigation question in the record's phase:
// name is given with "Implementation" (fairnessImplementation13), which
// becomes "Design" for a design-phase record.
func (m *mapper) phased(name string) string {
	if m.phase == phaseDesign {
		return strings.Replace(name, "Implementation", "Design", 1)
	}
	return name
}

// safeguard maps a yes/no mitigation question onto a true/false field.
// At the design phase a "yes" is a promise, not a safeguard: it is not
// written (the field stays a gap); a "no" is written as false.
func (m *mapper) safeguard(name, yes, pointer, note string) {
	q := m.phased(name)
	c, ok := m.choice(q)
	if !ok {
		return
	}
	switch {
	case c == yes && m.phase == phaseDesign:
		return
	case c == yes:
		m.d.set(pointer, boolNode(true), FieldSource{From: q, Value: c, Note: note})
	default:
		m.d.set(pointer, boolNode(false), FieldSource{From: q, Value: c, Note: note})
	}
}

// envelope writes apiVersion, kind and metadata.
func (m *mapper) envelope() {
	m.d.root.Content = append(m.d.root.Content, strNode("apiVersion"), strNode("dria/v1"), strNode("kind"), strNode("System"))
	title, ok := m.text("projectDetailsTitle", titleLimit)
	if ok {
		title = strings.Join(strings.Fields(title), " ")
		m.d.set("/metadata/name", strNode(slug(title)), FieldSource{From: "projectDetailsTitle", Note: "a name made from the project title"})
		m.d.set("/metadata/title", strNode(title), FieldSource{From: "projectDetailsTitle"})
	} else {
		m.d.set("/metadata/name", strNode("canada-aia-system"), FieldSource{From: "projectDetailsTitle", Note: "the AIA gives no project title"})
		m.d.set("/metadata/title", strNode("Untitled system from a Canadian Algorithmic Impact Assessment"), FieldSource{From: "projectDetailsTitle", Note: "the AIA gives no project title"})
	}
	owner := "Government of Canada"
	if dept, ok := m.choice("projectDetailsDepartment-NS"); ok {
		m.d.set("/metadata/owner", strNode(owner), FieldSource{From: "projectDetailsDepartment-NS", Value: dept,
			Note: "the AIA names the federal institution by its code in the questionnaire's list of departments"})
	}
	if desc, ok := m.text("projectDetailsDescription", textLimit); ok {
		m.d.set("/metadata/description", strNode(desc), FieldSource{From: "projectDetailsDescription"})
	}
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// slug makes a DNS label of a title.
func slug(title string) string {
	s := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(title), "-"), "-")
	if len(s) > 63 {
		s = strings.TrimRight(s[:63], "-")
	}
	if s == "" {
		return "canada-aia-system"
	}
	return s
}

// context writes spec.context and spec.scope.
func (m *mapper) context() {
	why := "the AIA is the Government of Canada's assessment for automated decision systems of federal institutions"
	if c, ok := m.choice("aboutSystem3"); !ok {
		m.d.set("/spec/context/role", strNode("deployer"), FieldSource{From: "version", Value: m.rec.Version, Note: "a federal institution uses the system"})
	} else {
		role, note := "deployer", "the system was developed outside the institution"
		if c == "item1-0" {
			role, note = "provider-and-deployer", "the institution developed the system itself"
		}
		m.d.set("/spec/context/role", strNode(role), FieldSource{From: "aboutSystem3", Value: c, Note: note})
	}
	m.d.set("/spec/context/sector", strNode("public"), FieldSource{From: "version", Value: m.rec.Version, Note: why})
	m.d.set("/spec/context/jurisdictions", listNode("CA"), FieldSource{From: "version", Value: m.rec.Version, Note: why})
	if c, ok := m.choice("projectDetailsPhase"); ok {
		stage, note := "design", ""
		if c == "item2" {
			stage, note = "production", "the AIA's implementation phase: the system is built and about to be, or being, used"
		}
		m.d.set("/spec/context/lifecycle", strNode(stage), FieldSource{From: "projectDetailsPhase", Value: c, Note: note})
	}
	for _, q := range []string{"decisionSector3", "impact31", "projectDetailsDescription"} {
		if t, ok := m.text(q, textLimit); ok {
			m.d.set("/spec/context/purpose", strNode(t), FieldSource{From: q})
			break
		}
	}
	if cs, ok := m.choices("decisionSector1"); ok {
		m.domains(cs)
	}
	if c, ok := m.choice("aboutDataSource1"); ok {
		m.d.set("/spec/scope/personalData", boolNode(c == "item1-2"), FieldSource{From: "aboutDataSource1", Value: c})
	}
	if c, ok := m.choice("aboutDataSource10"); ok && c == "item1-2" {
		m.d.set("/spec/scope/decisionsAboutPeople", boolNode(true), FieldSource{From: "aboutDataSource10", Value: c})
	}
}

// sectorDomains maps decisionSector1's choices onto domains.
var sectorDomains = map[string]string{
	"item1-1": "health", "item2-1": "finance", "item3-1": "social-benefits", "item4-1": "migration-border",
	"item5-1": "public-services", "item7-1": "employment", "item8-1": "law-enforcement", "item6-1": "other",
}

func (m *mapper) domains(cs []string) {
	var out []string
	for _, c := range cs {
		if d := sectorDomains[c]; d != "" && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	if len(out) > 0 {
		m.d.set("/spec/context/domains", listNode(out...), FieldSource{From: "decisionSector1", Value: strings.Join(cs, ", ")})
	}
}
