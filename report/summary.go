package report

import (
	"slices"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/wording"
	"github.com/dria-project/dria/rules"
)

// This file derives, from an assessment, what its executive summary says
// in plain words: the verdict, what the impact level means, the status of
// each required safeguard and the questions to put to the vendor or the
// system owner.

// gapCategory is the category of the rules that find information gaps.
const gapCategory = "information-gap"

// verdict words the residual risk (and the questions left open) as what a
// committee should do.
func verdict(a *assess.Assessment) string {
	var s string
	switch rules.Severity(a.Summary.ResidualRisk) {
	case rules.Critical:
		s = "Do not go ahead as described: critical harm to people's rights remains after the safeguards in place."
	case rules.High:
		s = "Serious concerns: severe harm to people's rights remains after the safeguards in place; go ahead only once it is resolved."
	case rules.Medium:
		s = "Go ahead only with conditions: moderate harm to people's rights remains to be addressed."
	default:
		s = "No serious concern found in what was described."
	}
	if n := a.Summary.InformationGaps; n > 0 {
		s += " " + wording.Count(n, "question") + " went unanswered: ask them (below) before relying on this verdict."
	}
	return s
}

// impactMeanings say in one sentence what each impact level means, after
// the levels of Canada's Directive on Automated Decision-Making.
var impactMeanings = map[string]string{
	"I":   "little impact: harms are brief, reversible and touch few people",
	"II":  "moderate impact: harms are likely reversible and short-lived",
	"III": "high impact: harms are hard to reverse and can last",
	"IV":  "very high impact: harms can be irreversible and lasting",
}

// impactMeaning returns the sentence that explains an impact level.
func impactMeaning(level string) string {
	m, ok := impactMeanings[level]
	if !ok {
		return "the level sets which safeguards the system must have."
	}
	return m + "."
}

// impactExplained and riskExplained are the one-sentence explanations
// shown where the impact level and the risk appear, and in the glossary.
const (
	impactExplained = "The impact level, I (lowest) to IV (highest), says how much the system can affect people: how many, how vulnerable, how hard its decisions are to undo; it sets the safeguards required."
	riskExplained   = "Inherent risk is the most severe finding before safeguards; residual risk is what remains once the safeguards that are in place and evidenced are counted."
)

// safeguardStatus is what an assessment shows of one required safeguard.
type safeguardStatus string

const (
	safeguardMet     safeguardStatus = "Met"
	safeguardMissing safeguardStatus = "Missing"
	safeguardUnknown safeguardStatus = "Not known"
)

// safeguardCheck names the rules that check one required safeguard: a
// finding of a missing rule means it is missing, a finding of a gap rule
// means the description does not say.
type safeguardCheck struct {
	missing, gaps []string
}

// safeguardChecks maps each safeguard the engine requires (the texts of
// rules/engine/impact.rego) to the built-in rules that check it. A
// safeguard no rule checks is never reported as met.
var safeguardChecks = map[string]safeguardCheck{
	"Plain-language notice that the system is used": {
		missing: []string{"DRIA-TRANS-002", "DRIA-CHILD-003", "DRIA-AIA-008"}, gaps: []string{"DRIA-GAP-012"}},
	"A way for people to contest a decision and reach a person": {
		missing: []string{"DRIA-REM-001", "DRIA-REM-005", "DRIA-REM-006"}, gaps: []string{"DRIA-GAP-011", "DRIA-GAP-021"}},
	"Meaningful explanation of each decision to the person concerned": {
		missing: []string{"DRIA-DEC-003", "DRIA-EXP-011"}, gaps: []string{"DRIA-GAP-018"}},
	"Published documentation of purpose, logic and data": {
		missing: []string{"DRIA-TRANS-003", "DRIA-TRANS-006"}},
	"Peer review of the system by a qualified expert": {},
	"Training for the staff who operate it": {
		missing: []string{"DRIA-DEC-013"}},
	"A person can intervene in and override each decision": {
		missing: []string{"DRIA-DEC-001", "DRIA-DEC-004", "DRIA-DEC-014"}, gaps: []string{"DRIA-GAP-005"}},
	"Published impact assessment with affected groups consulted": {
		missing: []string{"DRIA-ACC-002", "DRIA-ACC-003", "DRIA-ACC-004", "DRIA-ACC-005", "DRIA-PRIV-002", "DRIA-PROC-002"}, gaps: []string{"DRIA-GAP-010"}},
	"Disaggregated bias testing before deployment and regularly after": {
		missing: []string{"DRIA-FAIR-003", "DRIA-FAIR-004", "DRIA-FAIR-007", "DRIA-FAIR-009"}, gaps: []string{"DRIA-GAP-009", "DRIA-FAIR-017"}},
	"Contingency plan to keep the service running without the system": {},
	"A person makes the final decision in every case": {
		missing: []string{"DRIA-DEC-001", "DRIA-DEC-004"}, gaps: []string{"DRIA-GAP-004", "DRIA-GAP-005"}},
	"Independent external audit with published results": {
		missing: []string{"DRIA-ACC-008", "DRIA-PROC-001"}},
	"Approval by the organisation's highest authority before deployment": {},
}

// safeguardRow is one required safeguard with its status and why.
type safeguardRow struct {
	name   string
	status safeguardStatus
	// rules are the ids of the rules whose findings or passes decided it.
	rules []string
	why   string
}

// safeguardRows gives each required safeguard of an assessment its status:
// missing when a rule that checks it found a problem (waived or not: a
// waiver accepts a missing safeguard, it does not supply it), not known when
// its question went unanswered or no rule that checks it applied, met when
// a rule that checks it passed.
func safeguardRows(a *assess.Assessment) []safeguardRow {
	fired := map[string]bool{}
	for _, f := range a.Findings {
		fired[f.RuleID] = true
	}
	rows := make([]safeguardRow, 0, len(a.Summary.RequiredSafeguards))
	for _, sg := range a.Summary.RequiredSafeguards {
		c := safeguardChecks[sg]
		row := safeguardRow{name: sg}
		if ids := filterIDs(c.missing, fired); len(ids) > 0 {
			row.status, row.rules, row.why = safeguardMissing, ids, "found missing"
		} else if ids := filterIDs(c.gaps, fired); len(ids) > 0 {
			row.status, row.rules, row.why = safeguardUnknown, ids, "not stated"
		} else if ids := filterIDs(c.missing, setOf(a.Passed)); len(ids) > 0 {
			row.status, row.rules, row.why = safeguardMet, ids, "checked"
		} else if len(c.missing)+len(c.gaps) == 0 {
			row.status, row.why = safeguardUnknown, "no rule checks it"
		} else {
			row.status, row.why = safeguardUnknown, "its rules did not apply"
		}
		rows = append(rows, row)
	}
	return rows
}

func setOf(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// filterIDs returns the ids in the set, in their order.
func filterIDs(ids []string, set map[string]bool) []string {
	var out []string
	for _, id := range ids {
		if set[id] {
			out = append(out, id)
		}
	}
	return out
}

// gapQuestions are the questions to put to the vendor or the system owner
// when a built-in gap rule fires, in plain words.
var gapQuestions = map[string]string{
	"DRIA-GAP-001":  "How many people does the system affect each year?",
	"DRIA-GAP-002":  "Which groups of people does the system affect (for example children, migrants, persons with disabilities)?",
	"DRIA-GAP-003":  "What is the system for, and in which areas (such as benefits, health or policing) is it used?",
	"DRIA-GAP-004":  "What part does the system play in decisions about people: does it decide alone, do the decisions have legal or similar effects, and can they be undone?",
	"DRIA-GAP-005":  "Does a person review the system's decisions, and can that person change the outcome?",
	"DRIA-GAP-006":  "Which personal data does the system process?",
	"DRIA-GAP-007":  "On what legal basis is the personal data processed, and under which law?",
	"DRIA-GAP-008":  "Does the system use AI or statistical models, and for what?",
	"DRIA-GAP-009":  "Has the model or score been tested for bias against the groups it affects, and with what results?",
	"DRIA-GAP-010":  "Which impact assessments were done (data protection, human rights), when, were they published, and who was consulted?",
	"DRIA-GAP-011":  "How can people complain about the system, and who answers?",
	"DRIA-GAP-012":  "Are people told that the system is used on them, and how?",
	"DRIA-GAP-013":  "How is the personal data secured: who can access it, are accesses logged, and how are breaches reported?",
	"DRIA-GAP-014":  "What safeguards does the content moderation have: notice, reasons, human review and appeal?",
	"DRIA-GAP-015":  "How can voters and observers verify the election system's results?",
	"DRIA-GAP-016":  "Who authorises each use of the surveillance capability, and is that authorisation independent?",
	"DRIA-GAP-017":  "How accessible is the service: which accessibility standard does it meet, in which languages, and is there a non-digital alternative?",
	"DRIA-GAP-018":  "Are people given the reasons for the decisions made about them?",
	"DRIA-GAP-019":  "How long is the personal data kept?",
	"DRIA-GAP-020":  "How often is the model or score wrong, for each group it affects?",
	"DRIA-GAP-021":  "Can people appeal the decisions made about them, and to whom?",
	"DRIA-FAIR-017": "Can the bias test be repeated on enough people (at least 30 in each group) for its results to be conclusive?",
}

// questions returns the questions to put to the vendor or the system
// owner: one for each information gap that is not waived (the gap rule's
// question, or its message for a rule that has none), without repeats,
// then one asking for evidence of the required safeguards whose status is
// not known and that no gap question covers (no rule checks them, or the
// rules that do did not apply).
func questions(a *assess.Assessment, safeguards []safeguardRow) []string {
	var out []string
	seen := map[string]bool{}
	add := func(q string) {
		if q = strings.TrimSpace(q); q != "" && !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	for _, f := range activeFindings(a) {
		if f.Category != gapCategory {
			continue
		}
		if q, ok := gapQuestions[f.RuleID]; ok {
			add(q)
		} else {
			add("Please tell us: " + f.Message)
		}
	}
	var unchecked []string
	for _, s := range safeguards {
		if s.status == safeguardUnknown && len(s.rules) == 0 {
			unchecked = append(unchecked, strings.ToLower(s.name[:1])+s.name[1:])
		}
	}
	switch len(unchecked) {
	case 0:
	case 1:
		add("What evidence is there of this required safeguard: " + unchecked[0] + "?")
	default:
		add("What evidence is there of these required safeguards: " + strings.Join(unchecked, "; ") + "?")
	}
	return out
}

// mostSerious returns up to n findings that are not waived, most severe
// first (then by rule id), one per rule.
func mostSerious(a *assess.Assessment, n int) []assess.Finding {
	var out []assess.Finding
	seen := map[string]bool{}
	for _, f := range activeFindings(a) {
		if !seen[f.RuleID] {
			seen[f.RuleID] = true
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(x, y assess.Finding) int {
		if c := moreSevere(x.Severity, y.Severity); c != 0 {
			return c
		}
		return strings.Compare(x.RuleID, y.RuleID)
	})
	return out[:min(n, len(out))]
}

// likelihoods are the likelihoods of rules, least likely first, and the
// column for findings whose rule's likelihood is not known.
var likelihoods = []string{"rare", "possible", "likely", "almost-certain"}

// likelihoodUnknown is the column of findings whose likelihood is not known.
const likelihoodUnknown = "not known"

// likelihoodLabel names a likelihood in the reports.
func likelihoodLabel(l string) string {
	switch l {
	case "almost-certain":
		return "Almost certain"
	case likelihoodUnknown:
		return "Not known"
	case "":
		return ""
	}
	return strings.ToUpper(l[:1]) + l[1:]
}

// riskMatrix counts the findings that are not waived by severity (most
// severe first) and likelihood (the columns it returns, least likely
// first; a column "not known" only when some rule's likelihood is not).
func riskMatrix(o options, a *assess.Assessment) (cols []string, sevs []rules.Severity, counts [][]int) {
	sevs = slices.Collect(func(yield func(rules.Severity) bool) {
		for _, s := range slices.Backward(rules.Severities()) {
			if !yield(s) {
				return
			}
		}
	})
	cols = slices.Clone(likelihoods)
	counts = make([][]int, len(sevs))
	for i := range counts {
		counts[i] = make([]int, len(cols)+1)
	}
	for _, f := range activeFindings(a) {
		col := slices.Index(cols, o.rules[f.RuleID].Likelihood)
		if col < 0 {
			col = len(cols)
		}
		if row := slices.Index(sevs, f.Severity); row >= 0 {
			counts[row][col]++
		}
	}
	unknown := 0
	for _, row := range counts {
		unknown += row[len(cols)]
	}
	if unknown > 0 {
		return append(cols, likelihoodUnknown), sevs, counts
	}
	for i := range counts {
		counts[i] = counts[i][:len(cols)]
	}
	return cols, sevs, counts
}
