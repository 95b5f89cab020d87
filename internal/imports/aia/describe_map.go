package aia

import (
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// selfReported is the note on safeguards the AIA states: its answers are
// the institution's own, with no evidence anyone can check.
const selfReported = "stated in the AIA by the institution itself: claimed, not evidenced"

// decisions writes spec.decisions and spec.ai.used.
func (m *mapper) decisions() {
	if c, ok := m.choice("impact30"); ok {
		level := map[string]string{"item1-4": "full", "item2-2": "partial"}[c]
		m.d.set("/spec/decisions/automation", strNode(level), FieldSource{From: "impact30", Value: c,
			Note: map[string]string{"item1-4": "the system makes the administrative decision",
				"item2-2": "the system supports an officer's decision with assessments, recommendations or intermediate decisions"}[c]})
		m.d.set("/spec/decisions/legalEffect", boolNode(true), FieldSource{From: "impact30", Value: c,
			Note: "the system makes or supports administrative decisions, which affect legal rights, privileges or interests"})
		if c == "item2-2" {
			m.d.set("/spec/decisions/humanReview/available", boolNode(true), FieldSource{From: "impact30", Value: c, Note: "an officer takes the decision the system supports"})
		}
	}
	if cs, ok := m.choices("aboutAlgorithm3"); ok && len(cs) > 0 {
		var methods []string
		if slices.Contains(cs, "item1-0") {
			methods = append(methods, "eligibility-rules")
		}
		if slices.Contains(cs, "item2-1") {
			methods = append(methods, "machine-learning")
		}
		v := strings.Join(cs, ", ")
		m.d.set("/spec/decisions/methods", listNode(methods...), FieldSource{From: "aboutAlgorithm3", Value: v,
			Note: "rules from laws, policy or human expertise are read as eligibility rules; patterns found by an AI model as machine learning"})
		m.d.set("/spec/ai/used", boolNode(slices.Contains(cs, "item2-1")), FieldSource{From: "aboutAlgorithm3", Value: v})
	}
	if c, ok := m.choice("impact6"); ok {
		rev := map[string]string{"item1-1": "reversible", "item2-2": "reversible", "item3-3": "hard-to-reverse", "item4-4": "irreversible"}[c]
		note := ""
		if c == "item2-2" {
			note = "the AIA says likely reversible"
		}
		m.d.set("/spec/decisions/reversibility", strNode(rev), FieldSource{From: "impact6", Value: c, Note: note})
	}
	m.safeguard("fairnessImplementation10", "item1-2", "/spec/decisions/explanation/provided", "the system can give the reasons for its decisions or recommendations")
	m.safeguard("fairnessImplementation22A", "item1-2", "/spec/decisions/humanReview/trained", "training on the risks of automation bias")
	if m.d.has("/spec/decisions/humanReview") {
		m.d.set("/spec/decisions/humanReview/status", strNode("claimed"), FieldSource{From: "impact30", Note: selfReported})
	}
}

// data writes spec.data.
func (m *mapper) data() {
	if c, ok := m.choice("aboutDataSource1"); ok && c == "item2-0" {
		m.d.set("/spec/data/categories", listNode(), FieldSource{From: "aboutDataSource1", Value: c, Note: "the system uses no personal information as input"})
	}
	if c, ok := m.choice("aboutDataSource9"); ok {
		m.d.set("/spec/data/minimisation", boolNode(c == "item1-0"), FieldSource{From: "aboutDataSource9", Value: c})
	}
	var sources, from []string
	add := func(q, want, src string) {
		if c, ok := m.choice(q); ok && (c == want || want == "") {
			if !slices.Contains(sources, src) {
				sources = append(sources, src)
			}
			from = append(from, q+": "+c)
		}
	}
	for _, c := range []string{"item1-1", "item2-2", "item3-3"} {
		add("aboutDataSource8", c, "public-authority")
	}
	add("aboutDataSource4", "item1-2", "data-linkage")
	add("aboutDataSource5", "item1-4", "sensors")
	if len(sources) > 0 {
		m.d.set("/spec/data/sources", listNode(sources...), FieldSource{From: strings.Split(from[0], ":")[0], Value: strings.Join(from, "; "),
			Note: "input data collected by a government institution is from a public authority; data from several sources is data linkage; data from network-connected devices is from sensors"})
	}
	m.sharing()
}

// sharingRecipients maps aboutDataSource14's choices onto disclosures.
var sharingRecipients = []struct{ choice, recipient, kind string }{
	{"item3-1", "Another federal department", "other-public-body"},
	{"item4-3", "A government of another jurisdiction", "other-public-body"},
	{"item5-3", "A third party (private sector or non-governmental organisation)", "commercial"},
}

func (m *mapper) sharing() {
	cs, ok := m.choices("aboutDataSource14")
	if !ok || len(cs) == 0 {
		return
	}
	src := FieldSource{From: "aboutDataSource14", Value: strings.Join(cs, ", ")}
	if slices.Equal(cs, []string{"item1-0"}) {
		src.Note = "no sharing"
		m.d.set("/spec/data/sharing", &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}, src)
		return
	}
	list := &yaml.Node{Kind: yaml.SequenceNode}
	for _, r := range sharingRecipients {
		if slices.Contains(cs, r.choice) {
			list.Content = append(list.Content, objectNode(strNode("recipient"), strNode(r.recipient), strNode("type"), strNode(r.kind)))
		}
	}
	if len(list.Content) == 0 {
		return // sharing within the department, or "other", names no recipient
	}
	src.Note = "sharing within the department is not an onward disclosure; \"other\" names no recipient; a third party is read as commercial"
	m.d.set("/spec/data/sharing", list, src)
}

// consultedGroups maps the external consultees of consultation…4 onto
// the groups consulted.
var consultedGroups = []struct{ choice, group string }{
	{"item14", "affected-groups"}, {"item15", "affected-groups"}, {"item16", "civil-society"},
	{"item7", "experts"}, {"item11", "workers"},
}

// accountability writes spec.accountability and the notice to people.
func (m *mapper) accountability() {
	list := &yaml.Node{Kind: yaml.SequenceNode}
	aia := objectNode(strNode("type"), strNode("aia"), strNode("status"), strNode("claimed"))
	var consulted, from []string
	if m.phase == phaseImplementation {
		for _, q := range []string{"consultationImplementation6", "consultationImplementation7"} {
			if c, ok := m.choice(q); ok && c == "item1-3" && !slices.Contains(consulted, "affected-groups") {
				consulted = append(consulted, "affected-groups")
				from = append(from, q+": "+c)
			}
		}
		if cs, ok := m.choices("consultationImplementation4"); ok {
			for _, g := range consultedGroups {
				if slices.Contains(cs, g.choice) && !slices.Contains(consulted, g.group) {
					consulted = append(consulted, g.group)
				}
			}
			from = append(from, "consultationImplementation4: "+strings.Join(cs, ", "))
		}
	}
	if len(consulted) > 0 {
		aia.Content = append(aia.Content, strNode("consulted"), listNode(consulted...))
	}
	list.Content = append(list.Content, aia)
	src := FieldSource{From: "version", Value: m.rec.Version, Note: "this AIA itself; " + selfReported}
	if len(from) > 0 {
		src.Note += "; consulted from " + strings.Join(from, "; ")
	}
	if c, ok := m.choice("privacyImplementation1"); ok && c == "item1-2" && m.phase == phaseImplementation {
		list.Content = append(list.Content, objectNode(strNode("type"), strNode("dpia"), strNode("status"), strNode("claimed")))
		src.Note += "; a privacy impact assessment (privacyImplementation1: item1-2) is read as a data protection impact assessment"
	}
	m.d.set("/spec/accountability/impactAssessments", list, src)
	m.safeguard("fairnessImplementation13", "item1-2", "/spec/accountability/appeal/available", "a recourse process for clients to challenge the decision")
	if m.phase == phaseImplementation {
		if cs, ok := m.choices("fairnessImplementation21"); ok {
			v := strings.Join(cs, ", ")
			if slices.Contains(cs, "item4-1") {
				m.d.set("/spec/accountability/grievance/available", boolNode(true), FieldSource{From: "fairnessImplementation21", Value: v, Note: "a mechanism for assessing and responding to client feedback"})
			}
			if slices.Contains(cs, "item2-1") {
				m.d.set("/spec/transparency/noticeToAffected", boolNode(true), FieldSource{From: "fairnessImplementation21", Value: v, Note: "clients are given adequate information about the decision-making process"})
			}
		}
	}
}

// safeguards writes bias testing, access control, source code and
// accessibility.
func (m *mapper) safeguards() {
	if c, ok := m.choice("impact18"); ok {
		m.d.set("/spec/ai/biasTesting/performed", boolNode(c != "item1-3"), FieldSource{From: "impact18", Value: c,
			Note: "performance assessed for clients with a range of identity factors"})
		m.d.set("/spec/ai/biasTesting/status", strNode("claimed"), FieldSource{From: "impact18", Note: selfReported})
	}
	if c, ok := m.choice("aboutSystem10A"); ok {
		m.d.set("/spec/security/accessControl", boolNode(c == "item1-0"), FieldSource{From: "aboutSystem10A", Value: c, Note: "a process to grant, monitor and revoke access to the system"})
		m.d.set("/spec/security/status", strNode("claimed"), FieldSource{From: "aboutSystem10A", Note: selfReported})
	}
	if c, ok := m.choice("aboutAlgorithm1"); ok && c == "item1-1" {
		m.d.set("/spec/transparency/sourceCode", strNode("closed"), FieldSource{From: "aboutAlgorithm1", Value: c, Note: "the algorithm is a (trade) secret"})
	} else if c, ok := m.choice("aboutSystem5"); ok && c == "item1-0" {
		m.d.set("/spec/transparency/sourceCode", strNode("open"), FieldSource{From: "aboutSystem5", Value: c, Note: "the system is open source"})
	}
	if c, ok := m.choice("aboutSystem8"); ok && c == "item1-0" {
		m.d.set("/spec/accessibility/wcag", strNode("2.1-AA"), FieldSource{From: "aboutSystem8", Value: c,
			Note: "conformance with CAN/ASC EN 301 549, whose web requirements are WCAG 2.1 level AA"})
	}
}

// provenance writes spec.provenance: the source record, every answer of
// the record (spec.provenance.canadaAIA) and the source of every field.
func (m *mapper) provenance() {
	p := m.d.mapping("spec", "provenance")
	src := objectNode(strNode("kind"), strNode("canada-aia"))
	if t, ok := m.text("projectDetailsTitle", 500); ok {
		src.Content = append(src.Content, strNode("name"), strNode(strings.Join(strings.Fields(t), " ")))
	}
	src.Content = append(src.Content, strNode("organisation"), strNode("Government of Canada"))
	id := cleanText(filepath.Base(m.rec.File), 500)
	if n, ok := m.text("projectAIAnumber", 500); ok {
		id = n
	}
	src.Content = append(src.Content, strNode("recordId"), strNode(id))
	if m.rec.Version != "" {
		src.Content = append(src.Content, strNode("version"), strNode(cleanText(m.rec.Version, 100)))
	}
	answers := &yaml.Node{Kind: yaml.SequenceNode}
	for _, a := range m.rec.Answers {
		item := objectNode(strNode("question"), strNode(a.Question))
		switch {
		case a.Choices != nil:
			item.Content = append(item.Content, strNode("choices"), listNode(a.Choices...))
		case questions[a.Question].isChoice():
			item.Content = append(item.Content, strNode("choice"), strNode(a.Choice))
		default:
			item.Content = append(item.Content, strNode("text"), strNode(cleanText(a.Text, textLimit)))
		}
		answers.Content = append(answers.Content, item)
	}
	fields := &yaml.Node{Kind: yaml.SequenceNode}
	for _, f := range m.d.fields {
		item := objectNode(strNode("field"), strNode(f.Field), strNode("from"), strNode(f.From))
		if f.Value != "" {
			item.Content = append(item.Content, strNode("value"), strNode(cleanText(f.Value, textLimit)))
		}
		if f.Note != "" {
			item.Content = append(item.Content, strNode("note"), strNode(f.Note))
		}
		fields.Content = append(fields.Content, item)
	}
	aia := objectNode(strNode("answers"), answers)
	if len(m.rec.Conversions) > 0 {
		notes := listNode(m.rec.Conversions...)
		notes.Style = 0
		aia.Content = append(aia.Content, strNode("conversions"), notes)
	}
	p.Content = append(p.Content, strNode("source"), src, strNode("canadaAIA"), aia, strNode("fields"), fields)
}
