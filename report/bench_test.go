package report

import (
	"io"
	"testing"
)

// BenchmarkRender renders the report of the bundled example with the most
// findings in each format.
func BenchmarkRender(b *testing.B) {
	var largest reportCase
	most := -1
	for _, c := range reportCases(b) {
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
