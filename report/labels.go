package report

import (
	"slices"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// severityLabels are the words the reports for people use for severities
// and risks. Each is always shown as text, so severity never relies on
// colour alone.
var severityLabels = map[string]string{
	"critical": "Critical",
	"high":     "High",
	"medium":   "Medium",
	"low":      "Low",
	"info":     "Info",
}

// severityLabel returns the display word of a severity or risk.
func severityLabel(s string) string {
	if l, ok := severityLabels[s]; ok {
		return l
	}
	return s
}

// severityByLabel maps a display word back to its severity.
func severityByLabel(label string) (string, bool) {
	for k, v := range severityLabels {
		if v == label {
			return k, true
		}
	}
	return "", false
}

// rightLabels name the rights of the specification in plain words.
var rightLabels = map[string]string{
	"privacy":              "Privacy and data protection",
	"expression":           "Freedom of expression and information",
	"assembly-association": "Peaceful assembly and association",
	"participation":        "Participation in public affairs and elections",
	"non-discrimination":   "Equality and non-discrimination",
	"remedy":               "Effective remedy",
	"fair-trial":           "Due process and fair hearing",
	"liberty-security":     "Liberty and security of person",
	"social-security":      "Social security and an adequate standard of living",
	"child-rights":         "Rights of the child",
	"movement-asylum":      "Freedom of movement and asylum",
	"accessibility":        "Accessibility and equal access",
	"thought-religion":     "Thought, conscience and religion",
	"education":            "Education",
	"work":                 "Work and just conditions of work",
	"health":               "Health",
}

// rightLabel returns the plain name of a right id.
func rightLabel(id string) string {
	if l, ok := rightLabels[id]; ok {
		return l
	}
	return id
}

// rightOrder sorts right ids in the specification's order, unknown ids
// last and alphabetically.
func rightOrder(a, b string) int {
	ia, ib := slices.Index(rules.Rights, a), slices.Index(rules.Rights, b)
	switch {
	case ia >= 0 && ib >= 0:
		return ia - ib
	case ia >= 0:
		return -1
	case ib >= 0:
		return 1
	}
	return strings.Compare(a, b)
}

// moreSevere orders severities from most to least severe.
func moreSevere(a, b string) int {
	return assess.SeverityRank(b) - assess.SeverityRank(a)
}

// displayTitle is what a system is called in headings: its title, or its
// name when it has none.
func displayTitle(s assess.System) string {
	if strings.TrimSpace(s.Title) != "" {
		return s.Title
	}
	return s.Name
}

// ruleTitle returns a rule's title from the options' metadata, or from
// one of its findings.
func ruleTitle(o options, a *assess.Assessment, id string) string {
	if r, ok := o.rules[id]; ok {
		return r.Title
	}
	for _, f := range a.Findings {
		if f.RuleID == id {
			return f.Title
		}
	}
	return ""
}

// activeFindings returns the findings that are not waived.
func activeFindings(a *assess.Assessment) []assess.Finding {
	out := make([]assess.Finding, 0, len(a.Findings))
	for _, f := range a.Findings {
		if !f.Waived {
			out = append(out, f)
		}
	}
	return out
}
