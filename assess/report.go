package assess

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/imports/aia"
	"github.com/dria-project/dria/internal/wording"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// ReportVersion is the version of the JSON report's shape.
const ReportVersion = "1"

// Report is the result of assessing one or more system descriptions. Its
// JSON form is dria's stable report format.
type Report struct {
	// ReportVersion is ReportVersion, the version of this shape.
	ReportVersion string `json:"reportVersion"`
	// Tool and Ruleset say what made the report, with which rules.
	Tool    Tool    `json:"tool"`
	Ruleset Ruleset `json:"ruleset"`
	// Assessments holds one assessment per system, in input order.
	Assessments []Assessment `json:"assessments"`
	// Waivers reports on the waivers file, when one was given.
	Waivers *WaiverSummary `json:"waivers,omitempty"`
	// Errors lists the inputs that could not be assessed, in input order.
	// Their systems are missing from Assessments: nothing is known about
	// them, which is never compliance, and every format says so.
	Errors []InputFailure `json:"errors,omitempty"`
}

// FailureKind says why an input could not be assessed.
type FailureKind string

// The reasons an input can fail to be assessed.
const (
	// KindInvalidInput is a description that could not be read, parsed or
	// validated (or reuses a system name); InputFailure.Problems locates
	// every problem.
	KindInvalidInput FailureKind = "invalid-input"
	// KindRules is a rule that failed while it was evaluated, or a builtin
	// call the sandbox refused for a reason other than time or memory.
	KindRules FailureKind = "rules-error"
	// KindDeadline is an evaluation that ran, or would have run, past the
	// deadline (or the caller's context deadline).
	KindDeadline FailureKind = "deadline"
	// KindMemory is an evaluation stopped at the memory limit.
	KindMemory FailureKind = "memory"
	// KindCanceled is an input left unassessed because the caller
	// canceled the batch.
	KindCanceled FailureKind = "canceled"
	// KindInternal is a fault inside dria or a library it uses.
	KindInternal FailureKind = "internal"
)

// InputFailure records an input that could not be assessed.
type InputFailure struct {
	// Path is the input's Path.
	Path string `json:"path"`
	// Kind says why it failed.
	Kind FailureKind `json:"kind"`
	// Message says why in plain words (without the path in front).
	Message string `json:"message"`
	// Problems locates every problem of an invalid input.
	Problems []schema.Problem `json:"problems,omitempty"`
}

// NewInputFailure describes why the input at path could not be assessed,
// from the error Assess (or reading the file) returned: a
// *schema.ValidationError or a *fileio.Error is invalid input, an
// *EvalError a rule error, a deadline or the memory limit, a *PanicError
// or any other error internal; a canceled or expired context is canceled
// or a deadline.
func NewInputFailure(path string, err error) InputFailure {
	f := InputFailure{Path: path, Kind: KindInternal}
	if err == nil {
		f.Message = "it could not be assessed, for a reason not given"
		return f
	}
	var ve *schema.ValidationError
	var fe *fileio.Error
	var ee *EvalError
	var pe *PanicError
	switch {
	case errors.As(err, &fe):
		f.Kind, f.Message = KindInvalidInput, fe.Reason
		return f
	case errors.As(err, &ve):
		f.Kind = KindInvalidInput
		f.Problems = slices.Clone(ve.Problems)
		f.Message = fmt.Sprintf("the description is not valid (%s)", countProblems(len(ve.Problems)))
		return f
	case errors.As(err, &pe):
		f.Kind = KindInternal
	case errors.As(err, &ee):
		f.Kind = evalKind(ee)
	case errors.Is(err, context.Canceled):
		f.Kind = KindCanceled
	case errors.Is(err, context.DeadlineExceeded):
		f.Kind = KindDeadline
	}
	msg := err.Error()
	if rest, ok := strings.CutPrefix(msg, path+": "); ok {
		msg = rest
	}
	f.Message = msg
	return f
}

// evalKind classifies an evaluation failure.
func evalKind(e *EvalError) FailureKind {
	switch {
	case e.MemoryLimit > 0:
		return KindMemory
	case e.Deadline > 0:
		return KindDeadline
	}
	return KindRules
}

func countProblems(n int) string {
	if n == 1 {
		return "1 problem"
	}
	return fmt.Sprintf("%d problems", n)
}

// Tool names the program that made the report.
type Tool struct {
	// Name is "dria" and Version its version.
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Ruleset identifies the policy the systems were assessed with.
type Ruleset struct {
	// Digest is a SHA-256 over every rule, the library and the engine.
	Digest string `json:"digest"`
	// Rules is the number of enabled rules.
	Rules int `json:"rules"`
	// Overrides lists the changes rule packs made to other rules.
	Overrides []rules.Override `json:"overrides,omitempty"`
}

// Assessment is the assessment of one system.
type Assessment struct {
	// Source is the file that describes the system, and System its name.
	Source Source `json:"source"`
	System System `json:"system"`
	// AssessedOn is the assessment date (YYYY-MM-DD, UTC) from the clock.
	AssessedOn string `json:"assessedOn"`
	// Summary sums the findings up: impact level, risks and counts.
	Summary Summary `json:"summary"`
	// Findings are what the rules found, most severe first.
	Findings []Finding `json:"findings"`
	// Passed lists the applicable rules that found nothing.
	Passed []string `json:"passed"`
	// NotApplicable lists the rules whose applies was false.
	NotApplicable []string `json:"notApplicable"`

	namePos source.Pos
}

// Source identifies the file a system was described in.
type Source struct {
	// Path is the file's name as the caller gave it (Input.Path).
	Path string `json:"path"`
	// Digest is the SHA-256 of the file's bytes, as "sha256:<hex>".
	Digest string `json:"digest"`
	// Document is the 1-based position of the system in a multi-document
	// YAML file; it is omitted for single-document files.
	Document int `json:"document,omitempty"`
}

// System names the assessed system, from the description's metadata.
type System struct {
	// Name, Title, Version and Owner are metadata.name, .title, .version
	// and .owner; Name is unique within a report.
	Name    string `json:"name"`
	Title   string `json:"title"`
	Version string `json:"version,omitempty"`
	Owner   string `json:"owner,omitempty"`
	// DraftedFrom is the record a description was drafted from
	// (spec.provenance.source), when it was imported; nil otherwise.
	DraftedFrom *DraftSource `json:"draftedFrom,omitempty"`
}

// DraftSource is the record an imported description was drafted from, as
// spec.provenance.source states it: its facts are that record's own
// statements, and what it does not say is an information gap.
type DraftSource struct {
	// Kind is canada-aia, nl-algorithm-register or other.
	Kind string `json:"kind"`
	// Name, Organisation, RecordID, URL, Version and Retrieved are the
	// record's name, publisher, identifier, address, format version and
	// the date it was read, when stated.
	Name         string `json:"name,omitempty"`
	Organisation string `json:"organisation,omitempty"`
	RecordID     string `json:"recordId,omitempty"`
	URL          string `json:"url,omitempty"`
	Version      string `json:"version,omitempty"`
	Retrieved    string `json:"retrieved,omitempty"`
}

// Summary sums an assessment up.
type Summary struct {
	// ImpactLevel is I, II, III or IV, after Canada's Directive on
	// Automated Decision-Making.
	ImpactLevel string `json:"impactLevel"`
	// ImpactReasons explains the level in plain words.
	ImpactReasons []string `json:"impactReasons"`
	// RequiredSafeguards are the safeguards the impact level calls for.
	RequiredSafeguards []string `json:"requiredSafeguards"`
	// InherentRisk is the risk before mitigations: low, medium, high or
	// critical.
	InherentRisk string `json:"inherentRisk"`
	// ResidualRisk is the risk after implemented, evidenced mitigations.
	ResidualRisk string `json:"residualRisk"`
	// RiskReasons explains both risks.
	RiskReasons []string `json:"riskReasons"`
	// Counts holds the number of findings at each severity.
	Counts Counts `json:"counts"`
	// Rights lists each right with findings, most severe first.
	Rights []RightSummary `json:"rights"`
	// InformationGaps counts the findings of category information-gap.
	InformationGaps int `json:"informationGaps"`
	// AIA is the result of the Canadian Algorithmic Impact Assessment the
	// description was drafted from, recomputed from the answers it keeps
	// under spec.provenance.canadaAIA exactly as the AIA tool computes it;
	// nil when the description keeps none.
	AIA *CanadaAIA `json:"aia,omitempty"`
}

// CanadaAIA is the Canadian Algorithmic Impact Assessment's own result,
// shown beside dria's impact level. When the description's AIA answers
// are not all the questionnaire's, there is no result (Score is nil) and
// Problems says which answers are at fault.
type CanadaAIA struct {
	// Score is the AIA's result; its fields are written at this level of
	// the JSON.
	*CanadaAIAScore
	// SameAsDria is true when the AIA's level is dria's impact level;
	// Differences says why the two differ, when they do.
	SameAsDria  bool     `json:"sameAsDria"`
	Differences []string `json:"differences,omitempty"`
	// Problems locates, as FILE:LINE:COLUMN: message, each answer under
	// spec.provenance.canadaAIA that is not the questionnaire's.
	Problems []string `json:"problems,omitempty"`
}

// CanadaAIAScore is the AIA's score and level, computed as the AIA tool
// computes them.
type CanadaAIAScore struct {
	// Level is the AIA's impact level, I to IV.
	Level string `json:"level"`
	// RawScore is the raw impact score (the answers to -RS questions) and
	// MaxRawScore its maximum.
	RawScore    int `json:"rawScore"`
	MaxRawScore int `json:"maxRawScore"`
	// MitigationScore is the mitigation score (the answers to -MS
	// questions) and MaxMitigationScore its maximum over the design and
	// implementation questions both.
	MitigationScore    int `json:"mitigationScore"`
	MaxMitigationScore int `json:"maxMitigationScore"`
	// MitigationThreshold is 80% of half MaxMitigationScore; Reduced is
	// true when MitigationScore reached it, so that FinalScore is
	// RawScore less 15%, rounded.
	MitigationThreshold float64 `json:"mitigationThreshold"`
	Reduced             bool    `json:"reduced"`
	FinalScore          int     `json:"finalScore"`
	// LevelBounds are the highest final scores of levels I, II and III
	// (25%, 50% and 75% of MaxRawScore).
	LevelBounds []float64 `json:"levelBounds"`
}

// attachCanadaAIA recomputes the AIA result of a description that keeps
// AIA answers under spec.provenance.canadaAIA and puts it in the
// assessment's summary, beside dria's level, with the reasons the two
// differ. Answers that are not the questionnaire's give no result but
// their located problems, shown in every report: the description is valid,
// and its assessment goes on.
func attachCanadaAIA(as *Assessment, doc *source.Document) {
	s, problems := aia.FromDescription(doc.File, doc.Root)
	if len(problems) > 0 {
		c := &CanadaAIA{Differences: []string{fmt.Sprintf("the AIA result could not be recomputed: %s under spec.provenance.canadaAIA %s not the AIA questionnaire's",
			wording.Count(len(problems), "answer"), map[bool]string{true: "is", false: "are"}[len(problems) == 1])}}
		for _, p := range problems {
			c.Problems = append(c.Problems, p.String())
		}
		as.Summary.AIA = c
		return
	}
	if s == nil {
		return
	}
	c := &CanadaAIA{CanadaAIAScore: &CanadaAIAScore{Level: aia.LevelName(s.Level), RawScore: s.Raw, MaxRawScore: s.MaxRaw,
		MitigationScore: s.Mitigation, MaxMitigationScore: s.MaxMitigation, MitigationThreshold: s.Threshold,
		Reduced: s.Reduced, FinalScore: s.Final, LevelBounds: s.Bounds[:]}}
	c.SameAsDria = c.Level == as.Summary.ImpactLevel
	if !c.SameAsDria {
		c.Differences = aiaDifferences(*s, as.Summary)
	}
	as.Summary.AIA = c
}

// aiaDifferences explains, in plain words, why the AIA's level is not
// dria's.
func aiaDifferences(s aia.Score, dria Summary) []string {
	out := []string{fmt.Sprintf("the AIA gives level %s from its answers: a final score of %d of %d, where level I ends at %g, II at %g and III at %g",
		aia.LevelName(s.Level), s.Final, s.MaxRaw, s.Bounds[0], s.Bounds[1], s.Bounds[2])}
	if s.Reduced {
		out = append(out, fmt.Sprintf("the AIA takes 15%% off its raw impact score of %d because its mitigation score of %d reached %g; dria never lowers an impact level for safeguards, it lowers the residual risk of the findings they address",
			s.Raw, s.Mitigation, s.Threshold))
	}
	var top []string
	for _, c := range s.Contributions {
		if !c.Mitigation && len(top) < 5 {
			top = append(top, fmt.Sprintf("%s (%d)", c.Question, c.Points))
		}
	}
	if len(top) > 0 {
		out = append(out, "the AIA answers that weigh most: "+strings.Join(top, ", "))
	}
	return append(out, fmt.Sprintf("dria gives level %s from the facts of the description: %s", dria.ImpactLevel, strings.Join(dria.ImpactReasons, "; ")))
}

// Counts holds the number of findings at each severity.
type Counts struct {
	// Critical, High, Medium, Low and Info count the findings of each
	// severity, waived ones included.
	Critical int `json:"critical"`
	High     int `json:"high"`
	Medium   int `json:"medium"`
	Low      int `json:"low"`
	Info     int `json:"info"`
}

// Of returns the number of findings at severity s (0 for a value that is
// not a severity).
func (c Counts) Of(s rules.Severity) int {
	switch s {
	case rules.Critical:
		return c.Critical
	case rules.High:
		return c.High
	case rules.Medium:
		return c.Medium
	case rules.Low:
		return c.Low
	case rules.Info:
		return c.Info
	}
	return 0
}

// RightSummary is one right's line in the summary.
type RightSummary struct {
	// Right is the right's id, such as privacy.
	Right string `json:"right"`
	// Highest is the highest severity of the findings about the right.
	Highest rules.Severity `json:"highest"`
	// Findings counts the findings about the right.
	Findings int `json:"findings"`
}

// Finding is one problem a rule found in a system.
type Finding struct {
	// RuleID and Title name the rule that found it.
	RuleID string `json:"ruleId"`
	Title  string `json:"title"`
	// Severity is the base severity adjusted by scale, scope,
	// irremediability and likelihood.
	Severity rules.Severity `json:"severity"`
	// BaseSeverity is the rule's base severity.
	BaseSeverity rules.Severity `json:"baseSeverity"`
	// SeverityReasons explains Severity in plain words.
	SeverityReasons []string `json:"severityReasons"`
	// Rights, Category, Remediation and References are the rule's; the
	// lists are the finding's own copies.
	Rights   []string `json:"rights"`
	Category string   `json:"category"`
	// Message says what was found, quoting the values that triggered it.
	Message     string            `json:"message"`
	Remediation string            `json:"remediation"`
	References  []rules.Reference `json:"references"`
	// Evidence locates the fields that made the rule fire.
	Evidence []Evidence `json:"evidence"`
	// ResidualSeverity is the severity after implemented, evidenced
	// mitigations that address the rule or one of its rights.
	ResidualSeverity rules.Severity `json:"residualSeverity"`
	// MitigatedBy lists the ids of those mitigations.
	MitigatedBy []string `json:"mitigatedBy"`
	// Waived is true when a waiver accepts the finding; a waived finding
	// does not count toward --fail-on.
	Waived bool `json:"waived"`
	// Waiver is the waiver that accepts the finding, when Waived.
	Waiver *Waiver `json:"waiver,omitempty"`
	// ExpiredWaiver is a waiver that matched the finding but has expired;
	// the finding counts again.
	ExpiredWaiver *Waiver `json:"expiredWaiver,omitempty"`
}

// Waiver accepts the findings of one rule, on the record.
type Waiver struct {
	// Rule is the id of the rule whose findings are accepted.
	Rule string `json:"rule"`
	// System is a glob on metadata.name; empty means every system.
	System string `json:"system,omitempty"`
	// Reason says why the finding is accepted.
	Reason string `json:"reason"`
	// Owner is who owns the decision.
	Owner string `json:"owner"`
	// Expires is the last day (YYYY-MM-DD) the waiver applies.
	Expires string `json:"expires"`
}

// WaiverSummary reports how the waivers of a run were used.
type WaiverSummary struct {
	// Applied counts the findings that active waivers accept.
	Applied int `json:"applied"`
	// Expired lists waivers past their expiry date that matched findings.
	Expired []Waiver `json:"expired"`
	// Stale lists waivers that matched no finding of any system.
	Stale []Waiver `json:"stale"`
}

// Evidence points at a field of the description that made a rule fire.
type Evidence struct {
	// Path is the JSON pointer the rule named.
	Path string `json:"path"`
	// Line and Column locate the field in the source file. When the field
	// is absent, they locate its nearest present parent, named by FoundAt.
	Line   int `json:"line"`
	Column int `json:"column"`
	// FoundAt is the pointer actually located when Path is absent.
	FoundAt *string `json:"foundAt,omitempty"`
	// Snippet is the source line, trimmed.
	Snippet string `json:"snippet,omitempty"`
}

// Failure is a finding at or above a failure threshold, with the system
// it was found in; see Report.FailsOn.
type Failure struct {
	// Source is the file (and document) that describes the system.
	Source Source
	// System is the system's metadata.name.
	System string
	// Finding is the finding itself.
	Finding Finding
}

// Where locates the failure as FILE:LINE:COLUMN, at its first evidence,
// or as FILE when it has none. The file name comes from the caller and
// the input; escape it before printing it on a terminal.
func (f Failure) Where() string {
	if len(f.Finding.Evidence) == 0 {
		return f.Source.Path
	}
	e := f.Finding.Evidence[0]
	return fmt.Sprintf("%s:%d:%d", f.Source.Path, e.Line, e.Column)
}

// FailsOn returns the findings that no waiver accepts at or above level,
// in report order: what a gate such as dria assess --fail-on fails on.
// An empty result means the report passes.
func (r *Report) FailsOn(level rules.Severity) []Failure {
	var out []Failure
	for _, a := range r.Assessments {
		for _, f := range a.Findings {
			if !f.Waived && f.Severity.AtLeast(level) {
				out = append(out, Failure{Source: a.Source, System: a.System.Name, Finding: f})
			}
		}
	}
	return out
}
