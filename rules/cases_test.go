package rules_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// The case corpus in testdata/cases holds descriptions of real systems:
// harmful/ those that courts, regulators or inquiries found to violate
// rights (each with a sidecar <slug>.expect (YAML) naming the rights found
// violated and the central ones), respecting/ well-documented systems that
// respect rights. TestRealCases holds the built-in rules to the bars:
//
//   - harmful: every violated right is flagged by some finding at medium or
//     above, every central right at high or above;
//   - respecting: at most one finding at high or above, and residual risk
//     low or medium.
//
// touches-no-one/ holds real systems that process no personal data, decide
// nothing about anyone and score no one (open-data services, a legislation
// database); their bar:
//
//   - touches no one: impact level I, residual risk low, and no finding at
//     high or above.
//
// limits/ holds real systems that show a limitation of the format or the
// engine; they are assessed and logged but not held to a bar.

type caseExpect struct {
	Violated []string `yaml:"violated"`
	Central  []string `yaml:"central"`
}

func caseAssessor(t *testing.T) *assess.Assessor {
	t.Helper()
	a, err := assess.New(context.Background(), assess.WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }))
	require.NoError(t, err)
	return a
}

func caseFiles(t *testing.T, dir string) []string {
	t.Helper()
	all, err := filepath.Glob(filepath.Join("testdata", "cases", dir, "*.yaml"))
	require.NoError(t, err)
	var out []string
	for _, f := range all {
		if !strings.HasSuffix(f, ".expect") {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}

func assessCase(t *testing.T, a *assess.Assessor, path string) assess.Assessment {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	rep, err := a.Assess(context.Background(), assess.Input{Path: path, Data: data})
	require.NoError(t, err, "%s must be a valid description", path)
	require.Len(t, rep.Assessments, 1, path)
	return rep.Assessments[0]
}

// highestByRight gives, for each right, the highest severity of the
// findings that name it.
func highestByRight(as assess.Assessment) map[string]rules.Severity {
	out := map[string]rules.Severity{}
	for _, f := range as.Findings {
		for _, r := range f.Rights {
			if cur, ok := out[r]; !ok || f.Severity.Compare(cur) > 0 {
				out[r] = f.Severity
			}
		}
	}
	return out
}

func TestRealCases(t *testing.T) {
	a := caseAssessor(t)
	var table []string
	table = append(table, fmt.Sprintf("%-30s %-5s %s", "case", "ok", "expected right: highest severity flagged"))

	harmful := caseFiles(t, "harmful")
	require.Len(t, harmful, 26, "twenty-six harmful cases")
	for _, path := range harmful {
		slug := strings.TrimSuffix(filepath.Base(path), ".yaml")
		raw, err := os.ReadFile(strings.TrimSuffix(path, ".yaml") + ".expect")
		require.NoError(t, err, "%s needs a sidecar %s.expect", path, slug)
		var exp caseExpect
		require.NoError(t, yaml.Unmarshal(raw, &exp), slug)
		require.NotEmpty(t, exp.Violated, slug)
		for _, c := range exp.Central {
			require.Contains(t, exp.Violated, c, "%s: central rights are also violated rights", slug)
		}

		as := assessCase(t, a, path)
		got := highestByRight(as)
		ok := true
		var cells []string
		for _, r := range exp.Violated {
			want := rules.Medium
			if slices.Contains(exp.Central, r) {
				want = rules.High
			}
			sev, flagged := got[r]
			mark := ""
			if !flagged || !sev.AtLeast(want) {
				ok = false
				mark = "!"
				if !flagged {
					sev = "none"
				}
				t.Errorf("%s: %s flagged at %s, want %s or above", slug, r, sev, want)
			}
			star := ""
			if want == rules.High {
				star = "*"
			}
			cells = append(cells, fmt.Sprintf("%s%s:%s%s", r, star, sev, mark))
		}
		table = append(table, fmt.Sprintf("%-30s %-5s %s", slug, passText(ok), strings.Join(cells, " ")))
	}

	respecting := caseFiles(t, "respecting")
	require.GreaterOrEqual(t, len(respecting), 6, "six rights-respecting cases")
	for _, path := range respecting {
		slug := strings.TrimSuffix(filepath.Base(path), ".yaml")
		as := assessCase(t, a, path)
		s := as.Summary
		high := s.Counts.High + s.Counts.Critical
		ok := high <= 1 && (s.ResidualRisk == "low" || s.ResidualRisk == "medium")
		if !ok {
			var hs []string
			for _, f := range as.Findings {
				if f.Severity.AtLeast(rules.High) {
					hs = append(hs, f.RuleID)
				}
			}
			t.Errorf("%s: %d findings at high or above %v (want at most 1), residual risk %s (want low or medium); %v",
				slug, high, hs, s.ResidualRisk, s.RiskReasons)
		}
		table = append(table, fmt.Sprintf("%-30s %-5s high+=%d residual=%s inherent=%s gaps=%d findings=%d",
			slug, passText(ok), high, s.ResidualRisk, s.InherentRisk, s.InformationGaps, len(as.Findings)))
	}
	table = append(table, touchesNoOneRows(t, a)...)
	// limits/ holds real systems the format or the engine cannot yet rate
	// fairly; they are logged, not held to a bar (see each file's header).
	for _, path := range caseFiles(t, "limits") {
		slug := strings.TrimSuffix(filepath.Base(path), ".yaml")
		s := assessCase(t, a, path).Summary
		table = append(table, fmt.Sprintf("%-30s %-5s high+=%d residual=%s inherent=%s gaps=%d (limits case, not asserted)",
			slug, "-", s.Counts.High+s.Counts.Critical, s.ResidualRisk, s.InherentRisk, s.InformationGaps))
	}
	t.Log("real cases (* central, must be high+; others medium+):\n" + strings.Join(table, "\n"))
}

// touchesNoOneRows holds the systems under touches-no-one/ to their bar
// (impact level I, residual risk low, nothing at high or above) and gives
// their rows of the table.
func touchesNoOneRows(t *testing.T, a *assess.Assessor) []string {
	t.Helper()
	files := caseFiles(t, "touches-no-one")
	require.GreaterOrEqual(t, len(files), 3, "three systems that touch no one")
	var rows []string
	for _, path := range files {
		slug := strings.TrimSuffix(filepath.Base(path), ".yaml")
		as := assessCase(t, a, path)
		s := as.Summary
		var high []string
		for _, f := range as.Findings {
			if f.Severity.AtLeast(rules.High) {
				high = append(high, f.RuleID)
			}
		}
		// The engine must recognise the system as touching no one, not
		// merely rate it low.
		recognised := slices.ContainsFunc(s.ImpactReasons, func(r string) bool { return strings.Contains(r, "touches no one") })
		require.True(t, recognised, "%s: the engine does not see a system that touches no one: %v", slug, s.ImpactReasons)
		ok := s.ImpactLevel == "I" && s.ResidualRisk == "low" && len(high) == 0
		if !ok {
			var medium []string
			for _, f := range as.Findings {
				if f.ResidualSeverity.AtLeast(rules.Medium) {
					medium = append(medium, f.RuleID+" "+f.ResidualSeverity.String())
				}
			}
			t.Errorf("%s touches no one: impact level %s (want I), residual risk %s (want low), "+
				"findings at high or above %v (want none); residual medium or above: %v; %v",
				slug, s.ImpactLevel, s.ResidualRisk, high, medium, s.ImpactReasons)
		}
		rows = append(rows, fmt.Sprintf("%-30s %-5s impact=%s residual=%s high+=%d findings=%d",
			slug, passText(ok), s.ImpactLevel, s.ResidualRisk, len(high), len(as.Findings)))
	}
	return rows
}

func passText(ok bool) string {
	if ok {
		return "pass"
	}
	return "FAIL"
}
