package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// GitLab renders a report as a GitLab Code Quality report (the
// artifacts:reports:codequality of a CI job, which GitLab shows in merge
// requests and on the changed lines): a JSON array with one issue per
// finding, holding the fields GitLab reads — description, check_name (the
// rule id), fingerprint, severity, location.path (relative to the
// repository root) and location.lines.begin (the line of the first
// evidence, or 1 for a finding without evidence).
//
// Severities map one to one: critical → blocker, high → critical, medium →
// major, low → minor, info → info. A waived finding is info whatever its
// severity, and its description says it is waived. Each input that could
// not be assessed is a blocker issue at the file (one per located problem
// of an invalid description): nothing is known about its systems.
//
// The fingerprint identifies an issue across pipelines, as GitLab compares
// a merge request's report with its target branch's: a hash of the
// system's name, the rule and the evidence's JSON pointers (not line
// numbers, so an edit elsewhere in the file keeps it), made unique within
// the report by counting repeats.
type GitLab struct {
	o options
}

// NewGitLab returns the GitLab Code Quality renderer; WithRepoRoot and
// WithBaseDir make paths relative to the repository.
func NewGitLab(opts ...Option) *GitLab { return &GitLab{o: newOptions(opts)} }

type gitlabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
}

// gitlabSeverity maps a finding to a Code Quality severity.
func gitlabSeverity(f assess.Finding) string {
	if f.Waived {
		return "info"
	}
	switch f.Severity {
	case rules.Critical:
		return "blocker"
	case rules.High:
		return "critical"
	case rules.Medium:
		return "major"
	case rules.Low:
		return "minor"
	}
	return "info"
}

// Render writes the Code Quality report.
func (g *GitLab) Render(w io.Writer, r *assess.Report) error {
	if g.o.err != nil {
		return g.o.err
	}
	issues := []gitlabIssue{}
	seen := map[string]int{}
	for i := range r.Assessments {
		a := &r.Assessments[i]
		path, _ := g.o.repoPath(a.Source.Path)
		for _, f := range a.Findings {
			line := 1
			if len(f.Evidence) > 0 && f.Evidence[0].Line > 0 {
				line = f.Evidence[0].Line
			}
			issues = append(issues, gitlabIssue{
				Description: gitlabDescription(f),
				CheckName:   f.RuleID,
				Fingerprint: uniqueFingerprint(seen, fingerprint(a.System.Name, f)),
				Severity:    gitlabSeverity(f),
				Location:    gitlabLocation{Path: cleanText(path), Lines: gitlabLines{Begin: line}},
			})
		}
	}
	for _, f := range r.Errors {
		issues = append(issues, g.failureIssues(f, seen)...)
	}
	data, err := json.MarshalIndent(issues, "", "  ")
	if err != nil {
		return fmt.Errorf("writing GitLab Code Quality report: %w", err)
	}
	if _, err := w.Write(append(data, '\n')); err != nil {
		return fmt.Errorf("writing GitLab Code Quality report: %w", err)
	}
	return nil
}

// gitlabDescription is an issue's text: the rule, its title and the
// finding's message, on one line.
func gitlabDescription(f assess.Finding) string {
	d := fmt.Sprintf("%s (%s): %s — %s", f.RuleID, f.Severity, f.Title, f.Message)
	if f.Waived {
		d += " [waived: " + waiverText(f.Waiver) + "]"
	}
	return cleanText(d)
}

// failureIssues are the blocker issues of an input that could not be
// assessed: one per located problem, or one at the top of the file.
func (g *GitLab) failureIssues(f assess.InputFailure, seen map[string]int) []gitlabIssue {
	path, _ := g.o.repoPath(f.Path)
	check := "dria/" + string(f.Kind)
	issue := func(line int, text string) gitlabIssue {
		return gitlabIssue{
			Description: cleanText(text),
			CheckName:   check,
			Fingerprint: uniqueFingerprint(seen, hashParts("unassessed", f.Path, string(f.Kind), text)),
			Severity:    "blocker",
			Location:    gitlabLocation{Path: cleanText(path), Lines: gitlabLines{Begin: max(line, 1)}},
		}
	}
	if len(f.Problems) == 0 {
		return []gitlabIssue{issue(1, failureSentence(f))}
	}
	out := make([]gitlabIssue, len(f.Problems))
	for i, p := range f.Problems {
		out[i] = issue(p.Line, fmt.Sprintf("%s could not be assessed (%s): %s", f.Path, failureLabel(f.Kind), p.Message))
	}
	return out
}

// uniqueFingerprint returns fp, or for its n-th repeat in a report a hash
// of fp and n, so that no two issues share a fingerprint (GitLab would
// show them as one).
func uniqueFingerprint(seen map[string]int, fp string) string {
	n := seen[fp]
	seen[fp]++
	if n == 0 {
		return fp
	}
	return hashParts(fp, strconv.Itoa(n))
}

// hashParts hashes strings, each ended by a NUL, to 32 hex digits.
func hashParts(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}
