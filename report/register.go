package report

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/wording"
	"github.com/dria-project/dria/rules"
)

// Register renders the register-wide view of an assessed register (such
// as the descriptions dria import nl-register drafts): per organisation
// (metadata.owner), a Markdown table of which records lack an impact
// assessment, an objection route, human intervention or a legal basis,
// most serious first. What a record lacks is read from its findings:
// "missing" when a finding says it is absent or inadequate, "not stated"
// when only information gaps do.
type Register struct{ o options }

// NewRegister returns the register view renderer.
func NewRegister(opts ...Option) *Register { return &Register{o: newOptions(opts)} }

// RegisterCSV renders the register-wide view as CSV for spreadsheets, one
// row per record. Cells that a spreadsheet would read as a formula
// (starting with =, +, -, @, a tab or a carriage return) are prefixed with
// a single quote.
type RegisterCSV struct{ o options }

// NewRegisterCSV returns the register CSV renderer.
func NewRegisterCSV(opts ...Option) *RegisterCSV { return &RegisterCSV{o: newOptions(opts)} }

// registerAspect is one thing a register record may lack.
type registerAspect struct {
	label string
	// rules are the built-in rules that say it is lacking; pointers are
	// the description fields whose findings (from any rule, a pack's
	// included) say so: evidence at exactly one of them, not at a field
	// below it (an assessment's consultation is not the assessment).
	rules    []string
	pointers []string
}

// registerAspects are the columns of the view.
var registerAspects = []registerAspect{
	{"Impact assessment", []string{"DRIA-ACC-002", "DRIA-ACC-003", "DRIA-ACC-013", "DRIA-PRIV-002", "DRIA-PROC-002", "DRIA-CHILD-002", "DRIA-GAP-010"},
		[]string{"/spec/accountability/impactAssessments"}},
	{"Objection route", []string{"DRIA-REM-005", "DRIA-GAP-021"},
		[]string{"/spec/accountability/appeal", "/spec/accountability/appeal/available", "/spec/data/subjectRights/objection"}},
	{"Human intervention", []string{"DRIA-DEC-001", "DRIA-DEC-004", "DRIA-DEC-014", "DRIA-DEC-015", "DRIA-GAP-005"},
		[]string{"/spec/decisions/humanReview", "/spec/decisions/humanReview/available", "/spec/decisions/humanReview/canOverride"}},
	{"Legal basis", []string{"DRIA-GAP-007", "DRIA-PRIV-006"},
		[]string{"/spec/data/legalBasis", "/spec/data/lawfulBases", "/spec/data/nationalLaw"}},
}

// aspectState is what the findings say of one aspect of one record.
type aspectState struct {
	severity rules.Severity // "" when no finding
	gapOnly  bool
	// asked is whether a rule of the aspect applied to the record (it
	// found something, or passed); a record about which none was asked
	// (no decision about people is stated, say) is "not asked", never
	// read as having the safeguard.
	asked bool
}

func (s aspectState) text() string {
	switch {
	case s.severity == "" && !s.asked:
		return "not asked"
	case s.severity == "":
		return "no finding"
	case s.gapOnly:
		return "not stated (" + string(s.severity) + ")"
	}
	return "missing (" + string(s.severity) + ")"
}

// registerRow is one record of the view.
type registerRow struct {
	org, name, title, path string
	aspects                []aspectState
	worst                  rules.Severity
	lacking                int
	impactLevel            string
	gaps                   int
	failure                string
}

func registerRows(r *assess.Report) []registerRow {
	rows := make([]registerRow, 0, len(r.Assessments)+len(r.Errors))
	for i := range r.Assessments {
		a := &r.Assessments[i]
		row := registerRow{org: a.System.Owner, name: a.System.Name, title: displayTitle(a.System), path: a.Source.Path,
			impactLevel: a.Summary.ImpactLevel, gaps: a.Summary.InformationGaps}
		for _, asp := range registerAspects {
			st := aspectOf(asp, activeFindings(a), a.Passed)
			if st.severity != "" {
				row.lacking++
				if row.worst == "" || st.severity.Compare(row.worst) > 0 {
					row.worst = st.severity
				}
			}
			row.aspects = append(row.aspects, st)
		}
		rows = append(rows, row)
	}
	for _, f := range r.Errors {
		rows = append(rows, registerRow{path: f.Path, failure: failureSentence(f)})
	}
	slices.SortStableFunc(rows, compareRows)
	return rows
}

// compareRows puts failures last, then the most serious first: highest
// severity, most aspects lacking, then by name.
func compareRows(a, b registerRow) int {
	return cmp.Or(cmp.Compare(boolRank(a.failure != ""), boolRank(b.failure != "")), severityRank(b.worst)-severityRank(a.worst),
		cmp.Compare(b.lacking, a.lacking), cmp.Compare(b.gaps, a.gaps), cmp.Compare(a.name, b.name), cmp.Compare(a.path, b.path))
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

func severityRank(s rules.Severity) int {
	if s == "" {
		return -1
	}
	return s.Rank()
}

// aspectOf is the state of an aspect: the most severe finding of its
// rules or at its fields, whether all of them are information gaps, and
// whether any rule of the aspect applied (it found something or passed).
func aspectOf(asp registerAspect, findings []assess.Finding, passed []string) aspectState {
	st := aspectState{gapOnly: true, asked: slices.ContainsFunc(asp.rules, func(id string) bool { return slices.Contains(passed, id) })}
	for _, f := range findings {
		if !aspectFinding(asp, f) {
			continue
		}
		if st.severity == "" || f.Severity.Compare(st.severity) > 0 {
			st.severity = f.Severity
		}
		st.gapOnly = st.gapOnly && f.Category == "information-gap"
		st.asked = true
	}
	return st
}

func aspectFinding(asp registerAspect, f assess.Finding) bool {
	if slices.Contains(asp.rules, f.RuleID) {
		return true
	}
	for _, e := range f.Evidence {
		if slices.Contains(asp.pointers, e.Path) {
			return true
		}
	}
	return false
}

// organisations groups rows by organisation, the most serious first.
func organisations(rows []registerRow) (orgs []string, byOrg map[string][]registerRow, failed []registerRow) {
	byOrg = map[string][]registerRow{}
	for _, row := range rows {
		if row.failure != "" {
			failed = append(failed, row)
			continue
		}
		if _, ok := byOrg[row.org]; !ok {
			orgs = append(orgs, row.org)
		}
		byOrg[row.org] = append(byOrg[row.org], row)
	}
	// rows are sorted, so each organisation's first row is its worst
	return orgs, byOrg, failed
}

// orgLabel names an organisation, or says none is stated.
func orgLabel(org string) string {
	if strings.TrimSpace(org) == "" {
		return "Organisation not stated"
	}
	return org
}

// Render writes the view.
func (g *Register) Render(w io.Writer, r *assess.Report) error {
	if g.o.err != nil {
		return g.o.err
	}
	var b strings.Builder
	rows := registerRows(r)
	orgs, byOrg, failed := organisations(rows)
	b.WriteString("# Register-wide view: what each record lacks\n\n")
	fmt.Fprintf(&b, "%s assessed, %s could not be assessed, with rule set %s (%s). ",
		wording.Count(len(rows)-len(failed), "record"), wording.Count(len(failed), "record"), mdText(r.Ruleset.Digest), wording.Count(r.Ruleset.Rules, "rule"))
	b.WriteString("A cell says what the findings show: **missing** when the record states none (or one found inadequate), " +
		"**not stated** when the record does not say (an information gap), with the most severe finding's severity; " +
		"no finding when the rules that ask for it found nothing lacking; " +
		"**not asked** when none of them applied (they ask for these safeguards where a system decides about people, " +
		"so a record that says too little about its decisions shows many information gaps instead): not asked is never a safeguard in place.\n")
	if len(r.Ruleset.Overrides) > 0 {
		off, changed := overridesOf(g.o, r).counts()
		fmt.Fprintf(&b, "\n**This is not dria's built-in assessment.** Rule packs %s.\n", changesPhrase(off, changed))
	}
	header := "| Record | " + strings.Join(aspectLabels(), " | ") + " | Most serious | Impact level | Information gaps |\n|---|" +
		strings.Repeat("---|", len(registerAspects)+3) + "\n"
	for _, org := range orgs {
		list := byOrg[org]
		fmt.Fprintf(&b, "\n## %s\n\n%s, %d lacking something.\n\n%s", mdText(orgLabel(org)), wording.Count(len(list), "record"), lackingCount(list), header)
		for _, row := range list {
			cells := []string{mdText(row.title) + " (" + codeSpan(row.name) + ", " + codeSpan(row.path) + ")"}
			for _, st := range row.aspects {
				cells = append(cells, st.text())
			}
			cells = append(cells, cmp.Or(severityLabel(row.worst), "None"), mdText(row.impactLevel), strconv.Itoa(row.gaps))
			b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		}
	}
	if len(failed) > 0 {
		b.WriteString("\n## Records that could not be assessed\n\n| File | Problem |\n|---|---|\n")
		for _, row := range failed {
			fmt.Fprintf(&b, "| %s | %s |\n", codeSpan(row.path), mdText(row.failure))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func aspectLabels() []string {
	out := make([]string, len(registerAspects))
	for i, a := range registerAspects {
		out[i] = a.label
	}
	return out
}

func lackingCount(rows []registerRow) int {
	n := 0
	for _, r := range rows {
		if r.lacking > 0 {
			n++
		}
	}
	return n
}

// Render writes the view as CSV: a header line, then one row per record
// in the order of the Markdown view.
func (g *RegisterCSV) Render(w io.Writer, r *assess.Report) error {
	if g.o.err != nil {
		return g.o.err
	}
	var b strings.Builder
	cw := csv.NewWriter(&b)
	head := append([]string{"organisation", "record", "title", "file"}, aspectLabels()...)
	head = append(head, "most serious", "aspects lacking", "impact level", "information gaps", "could not be assessed")
	_ = cw.Write(head)
	for _, row := range registerRows(r) {
		cells := []string{row.org, row.name, row.title, row.path}
		for _, st := range row.aspects {
			cells = append(cells, st.text())
		}
		if row.failure != "" {
			cells = append(cells, make([]string, len(registerAspects))...)
		}
		cells = append(cells, cmp.Or(string(row.worst), "none"), strconv.Itoa(row.lacking), row.impactLevel, strconv.Itoa(row.gaps), row.failure)
		for i, c := range cells {
			cells[i] = csvCell(c)
		}
		_ = cw.Write(cells)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// csvCell cleans a cell of control characters and defuses spreadsheet
// formulas: a cell starting with =, +, -, @, a tab or a carriage return
// gets a leading single quote.
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		s = "'" + s
	}
	return cleanText(s)
}
