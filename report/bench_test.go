package report

import (
	"io"
	"testing"
)

// BenchmarkRender renders the report of the bundled example with the most
// findings under the built-in rules in each format.
func BenchmarkRender(b *testing.B) {
	var largest reportCase
	most := -1
	for _, c := range builtinCases(b) {
		if len(c.paths) != 1 || c.paths[0][:8] != "examples" {
			continue
		}
		if n := len(caseReport(b, c).Assessments[0].Findings); n > most {
			largest, most = c, n
		}
	}
	r := caseReport(b, largest)
	opts := []Option{WithRules(testAssessor(b).Rules()), WithBaseDir(repoRoot)}
	for _, format := range Formats() {
		rn, err := ForFormat(format, opts...)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				if err := rn.Render(io.Discard, r); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(most), "findings")
		})
	}
}

// BenchmarkEscape escapes a typical rule message, and one that quotes bare
// links and an e-mail address (which become escapes and a code span).
func BenchmarkEscape(b *testing.B) {
	for name, s := range map[string]string{
		"plain": "decisions are fully automated (`automation: full`) with legal effect on 185,000 people, including migrants and children; " +
			"the model uses nationality, postcode and household size as inputs, and no human reviews a decision before it takes effect",
		"links": "the only oversight, `Board`, answers at board@evil.example, https://evil.example/appeal or www.evil.example, " +
			"and is not independent of the organisation running the system (`oversight.independent: false`)",
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				_ = mdRich(s)
			}
		})
	}
}
