package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dria-project/dria/assess"
)

// ComparisonJSON writes a comparison of two reports as indented JSON.
func ComparisonJSON(w io.Writer, c *assess.Comparison) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(c); err != nil {
		return fmt.Errorf("writing JSON comparison: %w", err)
	}
	return nil
}

// ComparisonMarkdown writes what changed between two reports for people:
// each system's impact level and risks before and after, then the new,
// worsened, improved and resolved findings, most severe first. Strings
// from descriptions are escaped as everywhere else.
func ComparisonMarkdown(w io.Writer, c *assess.Comparison) error {
	var b strings.Builder
	b.WriteString("# dria assessment changes\n\n")
	fmt.Fprintf(&b, "%d new, %d changed in severity, %d resolved.\n\n", len(c.New), len(c.Changed), len(c.Resolved))
	b.WriteString("## Systems\n\n| system | impact level | inherent risk | residual risk |\n|---|---|---|---|\n")
	for _, s := range c.Systems {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", mdText(s.System), mdText(change(s.OldImpactLevel, s.NewImpactLevel)),
			mdText(change(severityLabel(s.OldInherentRisk), severityLabel(s.NewInherentRisk))), mdText(change(severityLabel(s.OldResidualRisk), severityLabel(s.NewResidualRisk))))
	}
	var worse, better []assess.FindingChange
	for _, f := range c.Changed {
		if f.Worsened() {
			worse = append(worse, f)
		} else {
			better = append(better, f)
		}
	}
	section := func(title string, fs []assess.FindingChange) {
		if len(fs) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n## %s (%d)\n\n| severity | rule | system | finding |\n|---|---|---|---|\n", title, len(fs))
		for _, f := range fs {
			sev := mdText(change(severityLabel(f.OldSeverity), severityLabel(f.NewSeverity)))
			if f.Waived {
				sev += " (waived)"
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", sev, mdText(f.RuleID+" "+f.Title), mdText(f.System), mdText(f.Message))
		}
	}
	section("New findings", c.New)
	section("Worse", worse)
	section("Better", better)
	section("Resolved findings", c.Resolved)
	_, err := io.WriteString(w, b.String())
	return err
}

// change shows a value before and after: "high → critical", "new: high",
// "gone (was high)" or the value when it did not change.
func change(old, new string) string {
	switch {
	case old == new:
		return old
	case old == "":
		return "new: " + new
	case new == "":
		return "gone (was " + old + ")"
	}
	return old + " → " + new
}
