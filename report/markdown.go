package report

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/wording"
	"github.com/dria-project/dria/rules"
)

// Markdown renders a report for people as CommonMark with GitHub tables.
// A side-by-side comparison comes first when the report holds several
// systems (columns headed by the systems' titles). Each system then has an
// executive summary (the verdict in plain words, what its impact level
// means, the safeguards the level requires marked met, missing or not
// known, the most serious findings, the questions to put to the vendor or
// system owner, and the findings by severity and likelihood), the rights
// at risk, the findings grouped by right with the most severe first, an
// action plan and waived findings. A glossary follows; with DetailFull an
// appendix gives every finding's evidence, severity reasons and
// references and what was checked; the technical details (files, digests,
// rule set) come last. Every string from a description is escaped, so it
// renders literally.
type Markdown struct {
	o options
}

// NewMarkdown returns the Markdown renderer. WithRules adds rule titles to
// the lists of passed and not-applicable rules and likelihoods to the
// matrix of findings; WithDetail chooses the short or the full print.
func NewMarkdown(opts ...Option) *Markdown {
	return &Markdown{o: newOptions(opts)}
}

// Render writes the report as Markdown.
func (m *Markdown) Render(w io.Writer, r *assess.Report) error {
	if m.o.err != nil {
		return m.o.err
	}
	if _, err := w.Write(m.markdown(r)); err != nil {
		return fmt.Errorf("writing Markdown report: %w", err)
	}
	return nil
}

// reportTitle is the title of the whole report.
func reportTitle(r *assess.Report) string {
	switch len(r.Assessments) {
	case 0:
		return "Digital-rights impact assessment"
	case 1:
		return "Digital-rights impact assessment: " + displayTitle(r.Assessments[0].System)
	}
	return fmt.Sprintf("Digital-rights impact assessment: %d systems", len(r.Assessments))
}

// md accumulates a Markdown document.
type md struct {
	bytes.Buffer
	o  options
	ov overrideSet
	// figures collects the inline SVG pictures of an HTML page, each
	// written into the Markdown as a placeholder the HTML renderer
	// replaces; it is nil for a Markdown report, which has the tables only.
	figures *[]string
}

// figureInfo is the info string of the fenced blocks that stand for a
// figure. No string from a description can make a fenced block (they are
// escaped), and a placeholder only names a figure the renderer drew.
const figureInfo = "dria-figure"

// figure writes the placeholder of an SVG picture, in HTML only.
func (b *md) figure(svg string) {
	if b.figures == nil {
		return
	}
	*b.figures = append(*b.figures, svg)
	fmt.Fprintf(b, "```%s\n%d\n```\n\n", figureInfo, len(*b.figures)-1)
}

func (b *md) line(parts ...string) {
	for _, p := range parts {
		b.WriteString(p)
	}
	b.WriteByte('\n')
}

func (b *md) heading(level int, text string) {
	b.line(strings.Repeat("#", level), " ", text)
	b.WriteByte('\n')
}

func (b *md) para(parts ...string) {
	b.line(parts...)
	b.WriteByte('\n')
}

// table writes a table whose first column holds row headers.
func (b *md) table(header []string, rows [][]string) {
	b.line("| ", strings.Join(header, " | "), " |")
	b.line(strings.Repeat("|---", len(header)), "|")
	for _, r := range rows {
		b.line("| ", strings.Join(r, " | "), " |")
	}
	b.WriteByte('\n')
}

// sev renders a severity or risk as strong text, which the HTML renderer
// also colours.
func sev[S ~string](s S) string { return "**" + mdText(severityLabel(s)) + "**" }

func (m *Markdown) markdown(r *assess.Report) []byte { return m.render(r, nil) }

// render writes the document; figures is non-nil for an HTML page.
func (m *Markdown) render(r *assess.Report, figures *[]string) []byte {
	b := &md{o: m.o, ov: overridesOf(m.o, r), figures: figures}
	b.heading(1, "Digital-rights impact assessment")
	n := len(r.Assessments)
	b.para(introduction(r))
	if len(b.ov.list) > 0 {
		b.para("**This is not dria's built-in assessment: rule packs ", changesPhrase(b.ov.counts()),
			".** Each change is listed with the pack that made it and its reason under “", overridesHeading, "”.")
		if n == 0 {
			b.overrides(2, nil)
		}
	}
	if len(r.Errors) > 0 {
		b.failures(r.Errors)
	}
	if n > 1 {
		b.comparison(r)
	}
	for i := range r.Assessments {
		b.assessment(&r.Assessments[i])
	}
	b.glossary()
	if b.o.detail == DetailFull && n > 0 {
		b.appendix(r)
	}
	if r.Waivers != nil {
		b.waiverSummary(r.Waivers)
	}
	b.technical(r)
	return append(bytes.TrimRight(b.Bytes(), "\n"), '\n')
}

// introduction says what the report holds and how to read it.
func introduction(r *assess.Report) string {
	n := len(r.Assessments)
	systems := "1 system"
	if n != 1 {
		systems = fmt.Sprintf("%d systems", n)
	}
	return fmt.Sprintf("%s assessed with %s %s and %d rules. Each system starts with a summary: the verdict, what its impact level means, "+
		"the safeguards that level requires, the most serious findings and the questions to put to its vendor or owner. "+
		"Findings are listed most severe first (UNGP 24); the terms are explained in the glossary, and the files and rule set under “%s” at the end.",
		systems, mdText(r.Tool.Name), mdText(r.Tool.Version), r.Ruleset.Rules, technicalHeading)
}

// failures writes the section listing the inputs that could not be
// assessed, each with why and, for an invalid description, every located
// problem.
func (b *md) failures(fs []assess.InputFailure) {
	b.heading(2, failuresHeading)
	b.para("**", mdText(failuresIntro(len(fs))), "**")
	for _, f := range fs {
		b.line("- ", codeSpan(f.Path), " (", mdText(failureLabel(f.Kind)), "): ", mdText(f.Message))
		for _, p := range f.Problems {
			file := p.File
			if file == "" {
				file = f.Path
			}
			where := file
			if p.Line > 0 {
				where = fmt.Sprintf("%s:%d:%d", file, p.Line, max(p.Column, 1))
			}
			b.line("  - ", codeSpan(where), ": ", mdText(p.Message))
		}
	}
	b.WriteByte('\n')
}

func (b *md) assessment(a *assess.Assessment) {
	b.heading(2, mdText(displayTitle(a.System)))
	var about []string
	if a.System.Owner != "" {
		about = append(about, "Owned by "+mdText(a.System.Owner))
	}
	if a.System.Version != "" {
		about = append(about, "version "+mdText(a.System.Version))
	}
	about = append(about, "assessed on "+mdText(a.AssessedOn))
	about[0] = strings.ToUpper(about[0][:1]) + about[0][1:]
	b.para(strings.Join(about, ", "), ".")
	b.draftedFrom(a.System.DraftedFrom)
	b.summary(a)
	b.canadaAIA(a)
	b.overrides(3, a)
	if b.o.detail == DetailFull {
		b.rights(a)
	}
	b.findings(a)
	if b.o.detail == DetailFull {
		b.actionPlan(a)
	}
	b.waived(a)
}

func (b *md) rights(a *assess.Assessment) {
	b.heading(3, "Rights at risk")
	if len(a.Summary.Rights) == 0 {
		b.para("No right is at risk from the findings.")
		return
	}
	rows := make([][]string, 0, len(a.Summary.Rights))
	for _, r := range a.Summary.Rights {
		rows = append(rows, []string{mdText(rightLabel(r.Right)), sev(r.Highest), strconv.Itoa(r.Findings)})
	}
	b.table([]string{"Right", "Highest severity", "Findings"}, rows)
}

// primaryRight is the right a finding is listed under: its first.
func primaryRight(f assess.Finding) string {
	if len(f.Rights) == 0 {
		return ""
	}
	return f.Rights[0]
}

// findings writes the findings that are not waived, grouped by right:
// one line each (severity, rule, title and message); with detail, each
// with its severity reasons, evidence, references and what to do, under
// headings one level lower.
func (b *md) findings(a *assess.Assessment) {
	active := activeFindings(a)
	b.heading(3, fmt.Sprintf("Findings (%d)", len(active)))
	if len(active) == 0 {
		b.para("No findings.")
		return
	}
	intro := "Grouped by right, the right with the most severe finding first, and most severe first within each right. A finding that concerns several rights is listed under the first and named under the others."
	if b.o.detail == DetailFull {
		intro += " The evidence, the reasons for each severity and the references are in the appendix."
	}
	b.riskMatrix(a)
	b.para(intro)
	b.findingGroups(a, active, 4, func(f assess.Finding) {
		line := "- " + sev(f.Severity) + " " + mdText(f.RuleID) + " " + mdRich(f.Title) + ": " + mdRich(f.Message)
		if f.ResidualSeverity != "" && f.ResidualSeverity != f.Severity {
			line += " (" + sev(f.ResidualSeverity) + " after mitigation)"
		}
		if w := f.ExpiredWaiver; w != nil {
			line += " (its waiver expired on " + mdText(w.Expires) + ")"
		}
		b.line(line)
	})
}

// findingDetails writes every finding that is not waived in full, grouped
// by right, for the appendix.
func (b *md) findingDetails(a *assess.Assessment) {
	active := activeFindings(a)
	if len(active) == 0 {
		return
	}
	b.heading(3, mdText(displayTitle(a.System))+": findings in detail")
	b.findingGroups(a, active, 4, func(f assess.Finding) { b.finding(a, f) })
}

// findingGroups writes a heading for each right (at level) with the
// findings listed under it, the right with the most severe finding first.
func (b *md) findingGroups(a *assess.Assessment, active []assess.Finding, level int, write func(assess.Finding)) {
	var order []string
	groups := map[string][]assess.Finding{}
	for _, f := range active {
		p := primaryRight(f)
		if _, ok := groups[p]; !ok {
			order = append(order, p)
		}
		groups[p] = append(groups[p], f)
	}
	for _, right := range order {
		fs := groups[right]
		label := "Other findings"
		if right != "" {
			label = rightLabel(right)
		}
		b.heading(level, mdText(label))
		var also []string
		for _, f := range active {
			if primaryRight(f) != right && slices.Contains(f.Rights, right) {
				also = append(also, fmt.Sprintf("%s %s", mdText(f.RuleID), sev(f.Severity)))
			}
		}
		line := fmt.Sprintf("%s listed here, most severe %s.", wording.Count(len(fs), "finding"), sev(fs[0].Severity))
		if len(also) > 0 && b.o.detail == DetailFull {
			line += " Also concerning this right, listed under another: " + strings.Join(also, ", ") + "."
		}
		b.para(line)
		for _, f := range fs {
			write(f)
		}
		if b.Len() > 0 && !bytes.HasSuffix(b.Bytes(), []byte("\n\n")) {
			b.WriteByte('\n')
		}
	}
}

func (b *md) finding(a *assess.Assessment, f assess.Finding) {
	b.heading(5, sev(f.Severity)+" "+mdText(f.RuleID)+": "+mdRich(f.Title))
	b.para(mdRich(f.Message))
	sevLine := "- Severity: " + sev(f.Severity) + " (base " + mdText(severityLabel(f.BaseSeverity)) + ")"
	if f.ResidualSeverity != "" && f.ResidualSeverity != f.Severity {
		mit := make([]string, len(f.MitigatedBy))
		for i, x := range f.MitigatedBy {
			mit[i] = codeSpan(x)
		}
		sevLine += "; " + sev(f.ResidualSeverity) + " after mitigation " + strings.Join(mit, ", ")
	}
	b.line(sevLine)
	for _, ov := range b.ov.byRule[f.RuleID] {
		b.line("- Changed by a rule pack: ", b.overrideChange(ov), "; reason given: ", mdText(ov.Reason))
	}
	rights := make([]string, len(f.Rights))
	for i, r := range f.Rights {
		rights[i] = mdText(rightLabel(r))
	}
	b.line("- Rights: ", strings.Join(rights, "; "))
	if f.Category != "" {
		b.line("- Category: ", mdText(f.Category))
	}
	if len(f.SeverityReasons) > 0 {
		b.line("- Why this severity:")
		for _, r := range f.SeverityReasons {
			b.line("  - ", mdText(r))
		}
	}
	if len(f.Evidence) > 0 {
		b.line("- Evidence:")
		for _, e := range f.Evidence {
			b.line("  - ", evidence(a.Source.Path, e))
		}
	}
	if len(f.References) > 0 {
		refs := make([]string, len(f.References))
		for i, r := range f.References {
			refs[i] = mdText(r.String())
		}
		b.line("- References: ", strings.Join(refs, "; "))
	}
	if f.Remediation != "" {
		b.line("- What to do: ", mdRich(f.Remediation))
	}
	if w := f.ExpiredWaiver; w != nil {
		b.line("- Waiver expired on ", mdText(w.Expires), " (owner ", mdText(w.Owner), ": ", mdText(w.Reason), "); the finding counts again.")
	}
	b.WriteByte('\n')
}

// evidence renders one piece of evidence: the file, line and column, the
// field, and the source line quoted.
func evidence(path string, e assess.Evidence) string {
	loc := path
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d:%d", path, e.Line, max(e.Column, 1))
	}
	s := "line " + strconv.Itoa(e.Line) + ", " + codeSpan(e.Path)
	if e.Line <= 0 {
		s = codeSpan(e.Path)
	}
	if e.FoundAt != nil {
		at := "the document"
		if *e.FoundAt != "" {
			at = codeSpan(*e.FoundAt)
		}
		s += " is not stated; nearest stated field " + at
	}
	if e.Snippet != "" {
		s += ": " + codeSpan(e.Snippet)
	}
	return s + " (" + codeSpan(loc) + ")"
}

func (b *md) actionPlan(a *assess.Assessment) {
	b.heading(3, "Action plan")
	active := activeFindings(a)
	if len(active) == 0 {
		b.para("Nothing to do: no findings that are not waived.")
		return
	}
	b.para("One action per rule, in order of priority: the most severe first (UNGP 24), then by residual severity and rule id.")
	type action struct {
		f     assess.Finding
		count int
	}
	var acts []*action
	byRule := map[string]*action{}
	for _, f := range active {
		if x, ok := byRule[f.RuleID]; ok {
			x.count++
			if f.ResidualSeverity.Compare(x.f.ResidualSeverity) > 0 && f.Severity == x.f.Severity {
				x.f.ResidualSeverity = f.ResidualSeverity
			}
			continue
		}
		x := &action{f: f, count: 1}
		byRule[f.RuleID] = x
		acts = append(acts, x)
	}
	slices.SortStableFunc(acts, func(x, y *action) int {
		if c := moreSevere(x.f.Severity, y.f.Severity); c != 0 {
			return c
		}
		if c := moreSevere(x.f.ResidualSeverity, y.f.ResidualSeverity); c != 0 {
			return c
		}
		return strings.Compare(x.f.RuleID, y.f.RuleID)
	})
	for i, x := range acts {
		what := x.f.Remediation
		if strings.TrimSpace(what) == "" {
			what = "Address the finding."
		}
		n := ""
		if x.count > 1 {
			n = fmt.Sprintf(" (%d findings)", x.count)
		}
		b.line(strconv.Itoa(i+1), ". ", sev(x.f.Severity), " ", mdText(x.f.RuleID), " ", mdRich(x.f.Title), n, ": ", mdRich(what))
	}
	b.WriteByte('\n')
}

func (b *md) waived(a *assess.Assessment) {
	var waived, expired []assess.Finding
	for _, f := range a.Findings {
		if f.Waived {
			waived = append(waived, f)
		}
		if f.ExpiredWaiver != nil {
			expired = append(expired, f)
		}
	}
	if len(waived)+len(expired) == 0 {
		return
	}
	b.heading(3, "Waived findings")
	if len(waived) > 0 {
		b.para("Accepted on the record by a waiver; they do not count toward --fail-on.")
		for _, f := range waived {
			b.line("- ", sev(f.Severity), " ", mdText(f.RuleID), " ", mdRich(f.Title), ": ", mdRich(f.Message))
			if w := f.Waiver; w != nil {
				b.line("  - Reason: ", mdText(w.Reason))
				b.line("  - Owner: ", mdText(w.Owner))
				b.line("  - Expires: ", mdText(w.Expires))
			}
		}
		b.WriteByte('\n')
	}
	if len(expired) > 0 {
		b.para("**Expired waivers** (these findings count again):")
		for _, f := range expired {
			w := f.ExpiredWaiver
			b.line("- ", mdText(f.RuleID), " ", mdRich(f.Title), ": expired on ", mdText(w.Expires), "; owner ", mdText(w.Owner), "; reason: ", mdText(w.Reason))
		}
		b.WriteByte('\n')
	}
}

// checked writes, for the appendix, how many rules were checked and which
// found nothing or did not apply. A rule that found nothing is named by
// what it looked for, not as the problem its title names.
func (b *md) checked(a *assess.Assessment) {
	b.heading(3, mdText(displayTitle(a.System))+": what was checked")
	failed := map[string]bool{}
	for _, f := range a.Findings {
		failed[f.RuleID] = true
	}
	total := len(failed) + len(a.Passed) + len(a.NotApplicable)
	b.para(fmt.Sprintf("%s: %d with findings, %d passed, %d not applicable to this system.",
		wording.Count(total, "rule"), len(failed), len(a.Passed), len(a.NotApplicable)))
	b.ruleList(a, "Passed: looked for and not found", a.Passed, true)
	b.ruleList(a, "Not applicable to this system", a.NotApplicable, false)
}

func (b *md) ruleList(a *assess.Assessment, label string, ids []string, passed bool) {
	if len(ids) == 0 {
		return
	}
	if len(b.o.rules) == 0 {
		esc := make([]string, len(ids))
		for i, id := range ids {
			esc[i] = mdText(id)
		}
		b.para("**", label, fmt.Sprintf(" (%d):** ", len(ids)), strings.Join(esc, ", "))
		return
	}
	b.para("**", label, fmt.Sprintf(" (%d):**", len(ids)))
	for _, id := range ids {
		t := ruleTitle(b.o, a, id)
		switch {
		case t == "":
			b.line("- ", mdText(id))
		case passed:
			b.line("- ", mdText(id), ": checked for “", mdRich(t), "”: not found")
		default:
			b.line("- ", mdText(id), ": ", mdRich(t))
		}
	}
	b.WriteByte('\n')
}

func (b *md) waiverSummary(ws *assess.WaiverSummary) {
	b.heading(2, "Waivers")
	b.para(fmt.Sprintf("%s accepted by active waivers.", wording.Count(ws.Applied, "finding")))
	waivers := func(label string, list []assess.Waiver) {
		if len(list) == 0 {
			return
		}
		b.para("**", label, "**")
		for _, w := range list {
			sys := "every system"
			if w.System != "" {
				sys = "systems " + codeSpan(w.System)
			}
			b.line("- ", mdText(w.Rule), " for ", sys, ", expires ", mdText(w.Expires), "; owner ", mdText(w.Owner), "; reason: ", mdText(w.Reason))
		}
		b.WriteByte('\n')
	}
	waivers(fmt.Sprintf("Expired waivers (%d): they no longer apply, and the findings they match count again.", len(ws.Expired)), ws.Expired)
	waivers(fmt.Sprintf("Stale waivers (%d): they matched no finding; remove them or correct the rule id or system.", len(ws.Stale)), ws.Stale)
}

// methodology writes how the assessment is made, for the appendix.
func (b *md) methodology() {
	b.heading(3, "Methodology")
	b.para("Each rule checks the description of a system against human-rights standards (the UN Guiding Principles on Business and Human Rights, the GDPR, the EU AI Act and Digital Services Act, the Council of Europe AI convention, Canada's Directive on Automated Decision-Making and others, cited with each finding). A finding quotes the fields of the description that made the rule fire. A question the description leaves unanswered is an information gap, never compliance.")
	b.para("Severity follows UNGP 14. Each rule has a base severity and a likelihood; the assessment adds the scale of the system (people affected), its scope (vulnerable groups, mandatory use), how hard its harms are to remedy and the rule's likelihood. A low total lowers the base one level and a high total raises it one level; critical rules are never lowered. More people, more vulnerable groups or less reversibility never lower a severity.")
	b.para("The impact level I to IV, after Canada's Directive on Automated Decision-Making, adds irreversibility, scale, scope, mandatory use, automation, legal effect and sensitive domains; each level lists the safeguards it requires. Inherent risk is the highest finding severity (at least high when five or more information gaps of medium severity or above remain); residual risk is the same after implemented mitigations with evidence have lowered the findings they address by one level.")
	b.para("A required safeguard is marked missing when a rule that checks it found a problem, not known when the description leaves its question unanswered or no rule checks it, and met when a rule that checks it found nothing.")
}

// overridesHeading is the heading of the section that lists the changes
// rule packs made to rules.
const overridesHeading = "Rule changes made by rule packs"

// overrides writes the section that lists the changes rule packs made to
// rules, for a system (with how many of its findings each change affects)
// or, when a is nil, for the report. It writes nothing when there are none.
func (b *md) overrides(level int, a *assess.Assessment) {
	if len(b.ov.list) == 0 {
		return
	}
	b.heading(level, overridesHeading)
	what := "the results of this system"
	if a == nil {
		what = "the results"
	}
	b.para("**This is not dria's built-in assessment.** Rule packs loaded for it changed the rules below, so ", what,
		" (findings, their severities, the impact on rights and the risk) can differ from what dria's own rules give. Each change names the pack that made it and the reason the pack gives.")
	for _, ov := range b.ov.list {
		line := "- " + b.ruleRef(ov.Rule) + ": " + b.overrideChange(ov)
		switch {
		case ov.Disabled:
			line += "; whatever it would find is missing from this report"
		case a != nil:
			line += "; " + findingsAffected(a, ov.Rule)
		}
		b.line(line, ". Reason given: ", mdText(ov.Reason))
	}
	b.WriteByte('\n')
}

// ruleRef names a rule: its id, and its title when known.
func (b *md) ruleRef(id string) string {
	if t := b.ov.titles[id]; t != "" {
		return mdText(id) + " " + mdRich(t)
	}
	return mdText(id)
}

// overrideChange says what an override did and which pack did it.
func (b *md) overrideChange(ov rules.Override) string {
	what := "**turned off**"
	if !ov.Disabled {
		what = "base severity " + severityChange(ov) + " from " + sev(ov.PreviousSeverity) + " to " + sev(ov.Severity)
	}
	return what + " by rule pack " + mdText(ov.Pack) + " (" + codeSpan(ov.Source) + ")"
}

// findingsAffected says how many of a system's findings a rule made.
func findingsAffected(a *assess.Assessment, id string) string {
	n := 0
	for _, f := range a.Findings {
		if f.RuleID == id {
			n++
		}
	}
	if n == 0 {
		return "no finding of this system"
	}
	return wording.Count(n, "finding") + " of this system, marked below"
}

// draftSourceKinds words the kinds of record a description can be drafted
// from.
var draftSourceKinds = map[string]string{
	"canada-aia":            "a Canadian Algorithmic Impact Assessment",
	"nl-algorithm-register": "an entry of the Dutch Algorithm Register",
}

// draftedFrom says, for an imported description, which record it was
// drafted from and what that means for the reader: the facts are the
// record's own statements, not checked, and what it leaves out is a gap.
func (b *md) draftedFrom(src *assess.DraftSource) {
	if src == nil {
		return
	}
	kind, ok := draftSourceKinds[src.Kind]
	if !ok {
		kind = "another record"
	}
	var parts []string
	if src.Name != "" {
		parts = append(parts, "“"+mdText(src.Name)+"”")
	}
	if src.Organisation != "" {
		parts = append(parts, "published by "+mdText(src.Organisation))
	}
	if src.RecordID != "" {
		parts = append(parts, "record "+mdText(src.RecordID))
	}
	if src.Retrieved != "" {
		parts = append(parts, "read on "+mdText(src.Retrieved))
	}
	if src.URL != "" {
		parts = append(parts, "at "+codeSpan(src.URL))
	}
	text := "Drafted from " + kind
	if len(parts) > 0 {
		text += " (" + strings.Join(parts, ", ") + ")"
	}
	b.para(text, ": its facts are that record's own statements, not checked by dria, and what the record does not say is reported as an information gap.")
}
