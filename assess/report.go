package assess

import (
	"fmt"

	"github.com/dria-project/dria/rules"
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
