package report

import (
	"slices"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// severityLabel returns the word the reports for people use for a
// severity or a risk (risks are named like severities): "High" for high.
// Each is always shown as text, so severity never relies on colour alone.
// Any other value is returned as it is.
func severityLabel[S ~string](s S) string {
	if !rules.Severity(s).Valid() {
		return string(s)
	}
	return strings.ToUpper(string(s[:1])) + string(s[1:])
}

// severityByLabel maps a display word back to its severity.
func severityByLabel(label string) (rules.Severity, bool) {
	for _, s := range rules.Severities() {
		if severityLabel(s) == label {
			return s, true
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

// rightIDs are the right ids of the specification, in its order.
var rightIDs = rules.Rights()

// rightOrder sorts right ids in the specification's order, unknown ids
// last and alphabetically.
func rightOrder(a, b string) int {
	ia, ib := slices.Index(rightIDs, a), slices.Index(rightIDs, b)
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
func moreSevere(a, b rules.Severity) int { return b.Compare(a) }

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
