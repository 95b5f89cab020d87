package report

import (
	"fmt"
	"strconv"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/wording"
)

// The Canadian Algorithmic Impact Assessment's own result (summary.aia),
// shown beside dria's impact level in every format. Its texts name files
// and questions from the description: each format escapes them.

// canadaAIALine words the AIA's result in one line, unescaped.
func canadaAIALine(c *assess.CanadaAIA, driaLevel string) string {
	if c.CanadaAIAScore == nil {
		return "Canadian AIA: no result: the AIA questionnaire has no such question or choice for " + wording.Count(len(c.Problems), "answer") + " under spec.provenance.canadaAIA"
	}
	line := fmt.Sprintf("Canadian AIA: level %s (final score %d of %d; raw impact score %d, mitigation score %d of %d",
		c.Level, c.FinalScore, c.MaxRawScore, c.RawScore, c.MitigationScore, c.MaxMitigationScore)
	if c.Reduced {
		line += ", which took 15% off the raw impact score"
	}
	if c.SameAsDria {
		return line + "), the same as dria's impact level"
	}
	return line + "); dria's impact level is " + driaLevel
}

// canadaAIANotes are the reasons the AIA's level differs from dria's and
// the problems with the AIA answers, unescaped.
func canadaAIANotes(c *assess.CanadaAIA) []string {
	return append(append([]string(nil), c.Differences...), c.Problems...)
}

// canadaAIA writes the AIA's result under a system's heading line.
func (b *textWriter) canadaAIA(a *assess.Assessment) {
	c := a.Summary.AIA
	if c == nil {
		return
	}
	b.line(termText(canadaAIALine(c, a.Summary.ImpactLevel)))
	for _, n := range canadaAIANotes(c) {
		b.line("  ", termText(n))
	}
}

// canadaAIA writes the AIA's result after a system's summary.
func (b *md) canadaAIA(a *assess.Assessment) {
	c := a.Summary.AIA
	if c == nil {
		return
	}
	b.para("**", mdText(canadaAIALine(c, a.Summary.ImpactLevel)), "**")
	notes := canadaAIANotes(c)
	for _, n := range notes {
		b.line("- ", mdText(n))
	}
	if len(notes) > 0 {
		b.WriteByte('\n')
	}
}

// canadaAIAProperties are the JUnit properties of the AIA's result.
func canadaAIAProperties(a *assess.Assessment) []junitProperty {
	c := a.Summary.AIA
	if c == nil {
		return nil
	}
	ps := []junitProperty{{"canadaAIA", cleanText(canadaAIALine(c, a.Summary.ImpactLevel))}}
	if c.CanadaAIAScore != nil {
		ps = append(ps, junitProperty{"canadaAIALevel", c.Level}, junitProperty{"canadaAIAScore", strconv.Itoa(c.FinalScore)},
			junitProperty{"canadaAIAMaxScore", strconv.Itoa(c.MaxRawScore)})
	}
	return ps
}
