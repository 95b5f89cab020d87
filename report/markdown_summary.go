package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// This file writes the parts of the Markdown report a committee reads
// first (the comparison and each system's executive summary) and the parts
// at the end (glossary, appendix, technical details).

// rightRow is one right of the comparison: the highest severity of the
// findings about it that are not waived in each system, and how many.
type rightRow struct {
	right   string
	highest []rules.Severity
	counts  []int
}

// comparisonRights returns the rights any system has findings about, in
// the specification's order.
func comparisonRights(r *assess.Report) []rightRow {
	byRight := map[string]*rightRow{}
	var out []*rightRow
	for i := range r.Assessments {
		for _, f := range activeFindings(&r.Assessments[i]) {
			for _, right := range f.Rights {
				row, ok := byRight[right]
				if !ok {
					row = &rightRow{right: right, highest: make([]rules.Severity, len(r.Assessments)), counts: make([]int, len(r.Assessments))}
					byRight[right] = row
					out = append(out, row)
				}
				if f.Severity.Compare(row.highest[i]) > 0 {
					row.highest[i] = f.Severity
				}
				row.counts[i]++
			}
		}
	}
	slices.SortFunc(out, func(a, b *rightRow) int { return rightOrder(a.right, b.right) })
	rows := make([]rightRow, len(out))
	for i, r := range out {
		rows[i] = *r
	}
	return rows
}

// comparison writes the side-by-side view of several systems: a heat map
// of rights × systems (HTML only) and the same facts as a table, headed by
// the systems' titles.
func (b *md) comparison(r *assess.Report) {
	b.heading(2, "Comparison")
	b.para("The systems side by side. ", impactExplained, " ", riskExplained)
	rights := comparisonRights(r)
	titles := make([]string, len(r.Assessments))
	for i := range r.Assessments {
		titles[i] = displayTitle(r.Assessments[i].System)
	}
	if len(rights) > 0 {
		b.figure(heatMapSVG(titles, rights))
	}
	b.para("Each right shows the highest severity of the findings about it that are not waived, and how many there are.")
	header := []string{"Aspect"}
	rows := [][]string{{"Verdict"}, {"Impact level"}, {"Inherent risk"}, {"Residual risk"}, {"Findings"}, {"Information gaps"}}
	for i := range r.Assessments {
		a := &r.Assessments[i]
		header = append(header, mdText(titles[i]))
		rows[0] = append(rows[0], verdictWord(a))
		rows[1] = append(rows[1], mdText(a.Summary.ImpactLevel))
		rows[2] = append(rows[2], sev(a.Summary.InherentRisk))
		rows[3] = append(rows[3], sev(a.Summary.ResidualRisk))
		rows[4] = append(rows[4], strconv.Itoa(len(activeFindings(a))))
		rows[5] = append(rows[5], strconv.Itoa(a.Summary.InformationGaps))
	}
	for _, right := range rights {
		row := []string{mdText(rightLabel(right.right))}
		for i := range r.Assessments {
			if right.counts[i] == 0 {
				row = append(row, "none")
			} else {
				row = append(row, fmt.Sprintf("%s (%d)", sev(right.highest[i]), right.counts[i]))
			}
		}
		rows = append(rows, row)
	}
	b.table(header, rows)
}

// verdictWord is the verdict in a word or two, for the comparison.
func verdictWord(a *assess.Assessment) string {
	switch rules.Severity(a.Summary.ResidualRisk) {
	case rules.Critical:
		return "Do not go ahead"
	case rules.High:
		return "Serious concerns"
	case rules.Medium:
		return "With conditions"
	}
	return "No serious concern"
}

// summary writes a system's executive summary, meant to print on one page.
func (b *md) summary(a *assess.Assessment) {
	s := a.Summary
	active := activeFindings(a)
	b.heading(3, "Summary")
	b.para("**Verdict:** ", verdict(a))
	impact := "- Impact level: **" + mdText(s.ImpactLevel) + "** (of I to IV): " + impactMeaning(s.ImpactLevel)
	if len(s.ImpactReasons) > 0 {
		esc := make([]string, len(s.ImpactReasons))
		for i, it := range s.ImpactReasons {
			esc[i] = mdText(it)
		}
		impact += " Why: " + strings.Join(esc, "; ") + "."
	}
	b.line(impact)
	risk := "- Risk: inherent " + sev(s.InherentRisk) + " → residual " + sev(s.ResidualRisk) +
		" after implemented, evidenced mitigations (inherent: the most severe finding before any safeguard; residual: what remains after them)"
	if len(s.RiskReasons) > 0 {
		esc := make([]string, len(s.RiskReasons))
		for i, it := range s.RiskReasons {
			esc[i] = mdText(it)
		}
		risk += ". Why: " + strings.Join(esc, "; ") + "."
	}
	b.line(risk)
	if len(b.ov.list) > 0 {
		b.line("- Rule changes: rule packs ", changesPhrase(b.ov.counts()), ", so this is not dria's built-in assessment (see “", overridesHeading, "” below)")
	}
	findings := fmt.Sprintf("- Findings: %d", len(a.Findings))
	if waived := len(a.Findings) - len(active); waived > 0 {
		findings += fmt.Sprintf(", %d of them waived", waived)
	}
	b.line(findings, fmt.Sprintf("; information gaps: %d", s.InformationGaps))
	b.WriteByte('\n')

	safeguards := safeguardRows(a)
	b.safeguards(s.ImpactLevel, safeguards)
	b.mostSerious(a)
	b.questions(questions(a, safeguards))
}

// safeguards writes the table of the safeguards the impact level requires.
func (b *md) safeguards(level string, rows []safeguardRow) {
	if len(rows) == 0 {
		return
	}
	b.para("**Safeguards that impact level ", mdText(level), " requires:**")
	cells := make([][]string, len(rows))
	for i, r := range rows {
		checked := strings.Join(r.rules, ", ")
		if checked == "" {
			checked = r.why
		}
		cells[i] = []string{mdText(r.name), "**" + string(r.status) + "**", mdText(checked)}
	}
	b.table([]string{"Safeguard", "Status", "Decided by"}, cells)
}

// mostSeriousCount is how many findings the summary names.
const mostSeriousCount = 5

// mostSerious lists the most severe findings, one per rule.
func (b *md) mostSerious(a *assess.Assessment) {
	top := mostSerious(a, mostSeriousCount)
	if len(top) == 0 {
		return
	}
	b.para("**Most serious findings:**")
	for i, f := range top {
		b.line(strconv.Itoa(i+1), ". ", sev(f.Severity), " ", mdText(f.RuleID), " ", mdRich(f.Title))
	}
	b.WriteByte('\n')
}

// questions lists the questions to put to the vendor or the system owner.
func (b *md) questions(qs []string) {
	b.para("**Questions to put to the vendor or system owner:**")
	if len(qs) == 0 {
		b.para("None: the description answers every question the rules ask.")
		return
	}
	for i, q := range qs {
		b.line(strconv.Itoa(i+1), ". ", mdRich(q))
	}
	b.WriteByte('\n')
}

// riskMatrix writes the findings by severity and likelihood: a picture in
// HTML and the same counts as a table.
func (b *md) riskMatrix(a *assess.Assessment) {
	if len(activeFindings(a)) == 0 {
		return
	}
	cols, sevs, counts := riskMatrix(b.o, a)
	b.para("**Findings by severity and likelihood** (waived findings left out):")
	b.figure(riskMatrixSVG(cols, sevs, counts))
	header := []string{"Severity"}
	for _, c := range cols {
		header = append(header, likelihoodLabel(c))
	}
	header = append(header, "All")
	rows := make([][]string, len(sevs))
	for i, s := range sevs {
		rows[i] = []string{sev(s)}
		total := 0
		for _, n := range counts[i] {
			rows[i] = append(rows[i], strconv.Itoa(n))
			total += n
		}
		rows[i] = append(rows[i], strconv.Itoa(total))
	}
	b.table(header, rows)
}

// glossary explains the terms of the report, one sentence each.
func (b *md) glossary() {
	b.heading(2, "Glossary")
	for _, t := range [][2]string{
		{"Impact level", impactExplained},
		{"Inherent and residual risk", riskExplained},
		{"Severity", "How serious a finding's harm to people's rights is, from Info to Critical, after UN Guiding Principle 14: how many people, how vulnerable, how hard the harm is to remedy."},
		{"Likelihood", "How likely the harm a rule looks for is to happen: rare, possible, likely or almost certain."},
		{"Information gap", "A question the description leaves unanswered. It is never counted as compliance: ask it of the vendor or system owner."},
		{"Safeguard status", "**Met**: a rule that checks the safeguard found nothing wrong; **Missing**: a rule found it missing or inadequate; **Not known**: the description does not say, or no rule checks it."},
		{"Waiver", "A finding accepted on the record, with an owner, a reason and an expiry date; it no longer counts toward the verdict."},
	} {
		b.line("- **", t[0], "**: ", t[1])
	}
	b.WriteByte('\n')
}

// appendix writes the full detail: each system's findings with evidence,
// severity reasons and references, what was checked, and the methodology.
func (b *md) appendix(r *assess.Report) {
	b.heading(2, appendixHeading)
	b.para("The evidence, the reasons for each severity and the references of every finding, and every rule that was checked. A short print can leave this appendix out (the summary level of detail).")
	for i := range r.Assessments {
		b.findingDetails(&r.Assessments[i])
		b.checked(&r.Assessments[i])
	}
	b.methodology()
}

// appendixHeading is the heading of the appendix of full detail.
const appendixHeading = "Appendix: full detail"

// technicalHeading is the heading of the technical details at the end.
const technicalHeading = "Technical details"

// technical writes where each description came from, its digest, and the
// rule set and tool that made the report.
func (b *md) technical(r *assess.Report) {
	b.heading(2, technicalHeading)
	changed := ""
	if len(r.Ruleset.Overrides) > 0 {
		changed = " with the changes rule packs made (see “" + overridesHeading + "”)"
	}
	b.para(fmt.Sprintf("Rule set: %s, %d rules%s. Report version %s, made by %s %s. The same descriptions, rules and date give the same report.",
		codeSpan(r.Ruleset.Digest), r.Ruleset.Rules, changed, mdText(r.ReportVersion), mdText(r.Tool.Name), mdText(r.Tool.Version)))
	if len(r.Assessments) == 0 {
		return
	}
	rows := make([][]string, len(r.Assessments))
	for i := range r.Assessments {
		a := &r.Assessments[i]
		file := codeSpan(a.Source.Path)
		if a.Source.Document > 0 {
			file += fmt.Sprintf(" (document %d)", a.Source.Document)
		}
		rows[i] = []string{mdText(displayTitle(a.System)), codeSpan(a.System.Name), file, codeSpan(a.Source.Digest)}
	}
	b.table([]string{"System", "Name", "Described in", "Digest of the description"}, rows)
}
