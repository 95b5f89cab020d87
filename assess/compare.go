package assess

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dria-project/dria/rules"
)

// Comparison is what changed between two reports of the same systems: the
// findings that are new, resolved or changed in severity, and each
// system's change in impact level and risk.
type Comparison struct {
	// Systems holds each system's summary before and after, by name.
	Systems []SystemChange `json:"systems"`
	// New, Resolved and Changed are the findings only in the new report,
	// only in the old one, and in both with another severity; each list
	// is sorted most severe first.
	New      []FindingChange `json:"new"`
	Resolved []FindingChange `json:"resolved"`
	Changed  []FindingChange `json:"changed"`
}

// SystemChange is one system's summary before and after. Old or New is
// empty when the system appears in only one report.
type SystemChange struct {
	// System is the system's metadata.name; the other fields are its
	// impact level and risks in the old and the new report.
	System          string `json:"system"`
	OldImpactLevel  string `json:"oldImpactLevel,omitempty"`
	NewImpactLevel  string `json:"newImpactLevel,omitempty"`
	OldResidualRisk string `json:"oldResidualRisk,omitempty"`
	NewResidualRisk string `json:"newResidualRisk,omitempty"`
	OldInherentRisk string `json:"oldInherentRisk,omitempty"`
	NewInherentRisk string `json:"newInherentRisk,omitempty"`
}

// FindingChange is one finding that appeared, disappeared or changed.
type FindingChange struct {
	// System, RuleID, Title and Message identify the finding (from the
	// new report, or the old one for a resolved finding).
	System      string         `json:"system"`
	RuleID      string         `json:"ruleId"`
	Title       string         `json:"title"`
	Message     string         `json:"message"`
	OldSeverity rules.Severity `json:"oldSeverity,omitempty"`
	// OldSeverity and NewSeverity are its severity in each report; one is
	// empty for a new or a resolved finding.
	NewSeverity rules.Severity `json:"newSeverity,omitempty"`
	// Paths are the JSON pointers of its evidence.
	Paths []string `json:"paths"`
	// Waived is true when a waiver accepts the finding.
	Waived bool `json:"waived"`
}

// Worsened reports whether the change is a new finding or a higher
// severity.
func (c FindingChange) Worsened() bool {
	return c.OldSeverity == "" || c.NewSeverity.Compare(c.OldSeverity) > 0
}

// findingKey identifies a finding across runs by system, rule and the
// evidence it points at; messages may quote numbers that change.
func findingKey(system string, f Finding) string {
	paths := make([]string, len(f.Evidence))
	for i, e := range f.Evidence {
		paths[i] = e.Path
	}
	slices.Sort(paths)
	return system + "\x00" + f.RuleID + "\x00" + strings.Join(paths, "\x00")
}

func changeOf(system string, f Finding) FindingChange {
	paths := make([]string, len(f.Evidence))
	for i, e := range f.Evidence {
		paths[i] = e.Path
	}
	return FindingChange{System: system, RuleID: f.RuleID, Title: f.Title, Message: f.Message, Paths: paths, Waived: f.Waived}
}

// Compare lists what changed from the old report to the new one. Systems
// are matched by metadata.name. Findings are matched by system, rule and
// evidence; a rule's findings whose evidence changed are then paired in
// order, so a finding that merely cites one field more or less is the same
// finding, not one resolved and one new.
func Compare(old, new *Report) *Comparison {
	c := &Comparison{Systems: []SystemChange{}, New: []FindingChange{}, Resolved: []FindingChange{}, Changed: []FindingChange{}}
	oldSystems := map[string]Assessment{}
	for _, a := range old.Assessments {
		oldSystems[a.System.Name] = a
	}
	newSystems := map[string]bool{}
	for _, a := range new.Assessments {
		newSystems[a.System.Name] = true
		sc := SystemChange{System: a.System.Name, NewImpactLevel: a.Summary.ImpactLevel, NewResidualRisk: a.Summary.ResidualRisk, NewInherentRisk: a.Summary.InherentRisk}
		o, had := oldSystems[a.System.Name]
		if had {
			sc.OldImpactLevel, sc.OldResidualRisk, sc.OldInherentRisk = o.Summary.ImpactLevel, o.Summary.ResidualRisk, o.Summary.InherentRisk
		}
		c.Systems = append(c.Systems, sc)
		c.compareFindings(a.System.Name, o.Findings, a.Findings)
	}
	for _, a := range old.Assessments {
		if !newSystems[a.System.Name] {
			c.Systems = append(c.Systems, SystemChange{System: a.System.Name, OldImpactLevel: a.Summary.ImpactLevel, OldResidualRisk: a.Summary.ResidualRisk, OldInherentRisk: a.Summary.InherentRisk})
			c.compareFindings(a.System.Name, a.Findings, nil)
		}
	}
	bySeverity := func(a, b FindingChange) int {
		return cmp.Or(
			b.NewSeverity.Compare(a.NewSeverity),
			b.OldSeverity.Compare(a.OldSeverity),
			cmp.Compare(a.System, b.System), cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(strings.Join(a.Paths, ","), strings.Join(b.Paths, ",")))
	}
	slices.SortFunc(c.New, bySeverity)
	slices.SortFunc(c.Resolved, bySeverity)
	slices.SortFunc(c.Changed, bySeverity)
	slices.SortFunc(c.Systems, func(a, b SystemChange) int { return cmp.Compare(a.System, b.System) })
	return c
}

// compareFindings matches one system's old and new findings.
func (c *Comparison) compareFindings(system string, old, new []Finding) {
	oldLeft := map[string][]int{} // key -> indexes of unmatched old findings
	for i, f := range old {
		k := findingKey(system, f)
		oldLeft[k] = append(oldLeft[k], i)
	}
	matched := make([]bool, len(old))
	var unmatchedNew []Finding
	for _, f := range new {
		k := findingKey(system, f)
		if idx := oldLeft[k]; len(idx) > 0 {
			oldLeft[k] = idx[1:]
			matched[idx[0]] = true
			c.noteChange(system, old[idx[0]], f)
			continue
		}
		unmatchedNew = append(unmatchedNew, f)
	}
	// Second pass: the same rule with different evidence.
	for _, f := range unmatchedNew {
		j := -1
		for i, o := range old {
			if !matched[i] && o.RuleID == f.RuleID {
				j = i
				break
			}
		}
		if j < 0 {
			fc := changeOf(system, f)
			fc.NewSeverity = f.Severity
			c.New = append(c.New, fc)
			continue
		}
		matched[j] = true
		c.noteChange(system, old[j], f)
	}
	for i, o := range old {
		if !matched[i] {
			fc := changeOf(system, o)
			fc.OldSeverity = o.Severity
			c.Resolved = append(c.Resolved, fc)
		}
	}
}

// noteChange records a matched finding whose severity changed.
func (c *Comparison) noteChange(system string, old, new Finding) {
	if old.Severity == new.Severity {
		return
	}
	fc := changeOf(system, new)
	fc.OldSeverity, fc.NewSeverity = old.Severity, new.Severity
	c.Changed = append(c.Changed, fc)
}

// Regressions returns the new or worsened findings at or above the
// severity that no waiver accepts: what a gate on changes should fail on.
func (c *Comparison) Regressions(level rules.Severity) []FindingChange {
	var out []FindingChange
	for _, f := range append(slices.Clone(c.New), c.Changed...) {
		if f.Worsened() && !f.Waived && f.NewSeverity.AtLeast(level) {
			out = append(out, f)
		}
	}
	return out
}
