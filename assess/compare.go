package assess

import (
	"cmp"
	"slices"
	"strings"
)

// Comparison is what changed between two reports of the same systems: the
// findings that are new, resolved or changed in severity, and each
// system's change in impact level and risk.
type Comparison struct {
	Systems  []SystemChange  `json:"systems"`
	New      []FindingChange `json:"new"`
	Resolved []FindingChange `json:"resolved"`
	Changed  []FindingChange `json:"changed"`
}

// SystemChange is one system's summary before and after. Old or New is
// empty when the system appears in only one report.
type SystemChange struct {
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
	System      string   `json:"system"`
	RuleID      string   `json:"ruleId"`
	Title       string   `json:"title"`
	Message     string   `json:"message"`
	OldSeverity string   `json:"oldSeverity,omitempty"`
	NewSeverity string   `json:"newSeverity,omitempty"`
	Paths       []string `json:"paths"`
	Waived      bool     `json:"waived"`
}

// Worsened reports whether the change is a new finding or a higher
// severity.
func (c FindingChange) Worsened() bool {
	return c.OldSeverity == "" || SeverityRank(c.NewSeverity) > SeverityRank(c.OldSeverity)
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
// are matched by metadata.name.
func Compare(old, new *Report) *Comparison {
	c := &Comparison{Systems: []SystemChange{}, New: []FindingChange{}, Resolved: []FindingChange{}, Changed: []FindingChange{}}
	type entry struct {
		system string
		f      Finding
	}
	oldFindings := map[string]entry{}
	oldSystems := map[string]Assessment{}
	for _, a := range old.Assessments {
		oldSystems[a.System.Name] = a
		for _, f := range a.Findings {
			oldFindings[findingKey(a.System.Name, f)] = entry{a.System.Name, f}
		}
	}
	seen := map[string]bool{}
	newSystems := map[string]bool{}
	for _, a := range new.Assessments {
		newSystems[a.System.Name] = true
		sc := SystemChange{System: a.System.Name, NewImpactLevel: a.Summary.ImpactLevel, NewResidualRisk: a.Summary.ResidualRisk, NewInherentRisk: a.Summary.InherentRisk}
		if o, ok := oldSystems[a.System.Name]; ok {
			sc.OldImpactLevel, sc.OldResidualRisk, sc.OldInherentRisk = o.Summary.ImpactLevel, o.Summary.ResidualRisk, o.Summary.InherentRisk
		}
		c.Systems = append(c.Systems, sc)
		for _, f := range a.Findings {
			k := findingKey(a.System.Name, f)
			fc := changeOf(a.System.Name, f)
			fc.NewSeverity = f.Severity
			o, ok := oldFindings[k]
			switch {
			case !ok:
				c.New = append(c.New, fc)
			case o.f.Severity != f.Severity:
				fc.OldSeverity = o.f.Severity
				c.Changed = append(c.Changed, fc)
			}
			seen[k] = true
		}
	}
	for _, a := range old.Assessments {
		if !newSystems[a.System.Name] {
			c.Systems = append(c.Systems, SystemChange{System: a.System.Name, OldImpactLevel: a.Summary.ImpactLevel, OldResidualRisk: a.Summary.ResidualRisk, OldInherentRisk: a.Summary.InherentRisk})
		}
		for _, f := range a.Findings {
			if k := findingKey(a.System.Name, f); !seen[k] {
				fc := changeOf(a.System.Name, f)
				fc.OldSeverity = f.Severity
				c.Resolved = append(c.Resolved, fc)
			}
		}
	}
	bySeverity := func(a, b FindingChange) int {
		return cmp.Or(
			cmp.Compare(SeverityRank(b.NewSeverity), SeverityRank(a.NewSeverity)),
			cmp.Compare(SeverityRank(b.OldSeverity), SeverityRank(a.OldSeverity)),
			cmp.Compare(a.System, b.System), cmp.Compare(a.RuleID, b.RuleID),
			cmp.Compare(strings.Join(a.Paths, ","), strings.Join(b.Paths, ",")))
	}
	slices.SortFunc(c.New, bySeverity)
	slices.SortFunc(c.Resolved, bySeverity)
	slices.SortFunc(c.Changed, bySeverity)
	slices.SortFunc(c.Systems, func(a, b SystemChange) int { return cmp.Compare(a.System, b.System) })
	return c
}

// Regressions returns the new or worsened findings at or above the
// severity that no waiver accepts: what a gate on changes should fail on.
func (c *Comparison) Regressions(level string) []FindingChange {
	threshold := SeverityRank(level)
	var out []FindingChange
	for _, f := range append(slices.Clone(c.New), c.Changed...) {
		if f.Worsened() && !f.Waived && SeverityRank(f.NewSeverity) >= threshold {
			out = append(out, f)
		}
	}
	return out
}
