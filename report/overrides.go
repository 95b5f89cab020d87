package report

import (
	"fmt"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/wording"
	"github.com/dria-project/dria/rules"
)

// A rule pack can change another rule's base severity or turn it off
// (rules.Override). Such a report is not dria's built-in assessment, and
// every format says so: the reports for people in a section right after
// each system's summary and on each affected finding, SARIF in run, rule
// and result properties, JUnit in suite and test-case properties.

// overrideSet holds a report's overrides by rule id, in the order the
// packs made them (a rule can be changed by more than one pack), and the
// titles of the rules they change.
type overrideSet struct {
	list   []rules.Override
	byRule map[string][]rules.Override
	titles map[string]string
}

// overridesOf indexes the overrides of a report. Titles come from the
// overrides themselves, else from the rules given with WithRules, else
// from a finding of the rule.
func overridesOf(o options, r *assess.Report) overrideSet {
	s := overrideSet{list: r.Ruleset.Overrides, byRule: map[string][]rules.Override{}, titles: map[string]string{}}
	for _, ov := range r.Ruleset.Overrides {
		s.byRule[ov.Rule] = append(s.byRule[ov.Rule], ov)
		if _, ok := s.titles[ov.Rule]; ok {
			continue
		}
		if ov.Title != "" {
			s.titles[ov.Rule] = ov.Title
			continue
		}
		if ru, ok := o.rules[ov.Rule]; ok {
			s.titles[ov.Rule] = ru.Title
			continue
		}
		s.titles[ov.Rule] = findingTitle(r, ov.Rule)
	}
	return s
}

// findingTitle returns the title of a finding of a rule in any system.
func findingTitle(r *assess.Report, id string) string {
	for i := range r.Assessments {
		for _, f := range r.Assessments[i].Findings {
			if f.RuleID == id {
				return f.Title
			}
		}
	}
	return ""
}

// counts returns how many rules were turned off and how many had their
// base severity changed.
func (s overrideSet) counts() (off, changed int) {
	for _, ov := range s.list {
		if ov.Disabled {
			off++
		} else {
			changed++
		}
	}
	return off, changed
}

// ruleName names a rule in plain text: its id, and its title when known.
func (s overrideSet) ruleName(id string) string {
	if t := s.titles[id]; t != "" {
		return id + " (" + t + ")"
	}
	return id
}

// severityChange says how an override moved a base severity: "raised",
// "lowered" or "changed" (to the same level).
func severityChange(ov rules.Override) string {
	switch c := ov.Severity.Compare(ov.PreviousSeverity); {
	case c > 0:
		return "raised"
	case c < 0:
		return "lowered"
	}
	return "changed"
}

// overrideText describes an override in one line of plain text (for SARIF
// and JUnit; strings from the pack are cleaned of control characters).
func (s overrideSet) overrideText(ov rules.Override) string {
	what := fmt.Sprintf("base severity %s from %s to %s", severityChange(ov), ov.PreviousSeverity, ov.Severity)
	if ov.Disabled {
		what = "turned off"
	}
	return cleanText(fmt.Sprintf("%s: %s by rule pack %s (%s); reason given: %s", s.ruleName(ov.Rule), what, ov.Pack, ov.Source, ov.Reason))
}

// changesPhrase says what the overrides did: "turned off 1 rule and
// changed the base severity of 2 rules".
func changesPhrase(off, changed int) string {
	var parts []string
	if off > 0 {
		parts = append(parts, "turned off "+wording.Count(off, "rule"))
	}
	if changed > 0 {
		parts = append(parts, "changed the base severity of "+wording.Count(changed, "rule"))
	}
	return strings.Join(parts, " and ")
}
