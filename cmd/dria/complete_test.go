package main

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/report"
	"github.com/dria-project/dria/rules"
)

// complete runs cobra's hidden completion command, as a shell does, and
// returns the values offered; the last line is cobra's directive (":4",
// no file completion).
func complete(t *testing.T, args ...string) []string {
	t.Helper()
	r := dria(t, append([]string{"__complete"}, args...)...)
	require.Equal(t, 0, r.code, r.stderr)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	require.NotEmpty(t, lines)
	assert.Equal(t, ":4", lines[len(lines)-1], "no file names are offered")
	return lines[:len(lines)-1]
}

func TestCompletionOffersFormatsAndSeverities(t *testing.T) {
	assert.Equal(t, report.Formats(), complete(t, "assess", "--format", ""))
	assert.Equal(t, []string{"github", "gitlab", "html", "json", "junit", "markdown", "register", "register-csv", "sarif", "text"}, complete(t, "assess", "--format", ""))
	severities := []string{"info", "low", "medium", "high", "critical"}
	assert.Equal(t, severities, complete(t, "assess", "--fail-on", ""))
	assert.Equal(t, severities, complete(t, "diff", "--fail-on", ""))
	assert.Equal(t, []string{"markdown", "json"}, complete(t, "diff", "--format", ""))
	assert.Equal(t, []string{"table", "json"}, complete(t, "rules", "list", "--format", ""))
	assert.Equal(t, []string{"text", "json"}, complete(t, "rules", "test", "--format", ""))
}

// TestCompletionOffersTheLoadedRuleIDs: --disable offers the ids of the
// rules the command line loads, with their titles (escaped), without the
// ones already disabled.
func TestCompletionOffersTheLoadedRuleIDs(t *testing.T) {
	var want []string
	for _, r := range builtinRules(t) {
		if strings.HasPrefix(r.ID, "DRIA-DEC-00") && r.ID != "DRIA-DEC-002" {
			want = append(want, r.ID+"\t"+r.Title)
		}
	}
	require.NotEmpty(t, want)
	assert.Equal(t, want, complete(t, "assess", sample, "--disable", "DRIA-DEC-002", "--disable", "DRIA-DEC-00"))

	all := complete(t, "assess", "--disable", "")
	assert.Greater(t, len(all), 100)
	assert.NotContains(t, strings.Join(all, "\n"), "EVIL-TITLE-001")

	evil := []string{`EVIL-TITLE-001` + "\t" + `Evil \x1b[31mred\x1b[0m title\ndria: forged line`}
	assert.Equal(t, evil, complete(t, "assess", "--rules", "testdata/terminal/pack", "--disable", "EVIL"))
	assert.Equal(t, evil, complete(t, "rules", "list", "--rules", "testdata/terminal/pack", "--disable", "EVIL"))
	assert.Equal(t, evil, complete(t, "rules", "test", "testdata/terminal/pack", "--disable", "EVIL"), "rules test's arguments are packs")
	assert.Empty(t, complete(t, "assess", "--rules", "testdata/no-such-pack", "--disable", "EVIL"), "a pack that does not load leaves the built-ins")
	assert.Len(t, complete(t, "assess", "--rules", "testdata/no-such-pack", "--disable", "DRIA-DEC-00"), 9)
}

func TestCompletionScripts(t *testing.T) {
	for shell, first := range map[string]string{
		"bash": "# bash completion V2 for dria",
		"zsh":  "#compdef dria",
		"fish": "# fish completion for dria",
	} {
		r := dria(t, "completion", shell)
		assert.Equal(t, 0, r.code, shell)
		assert.True(t, strings.HasPrefix(r.stdout, first), "%s: %.60q", shell, r.stdout)
		assert.Contains(t, r.stdout, "__complete", shell)
	}
	r := dria(t, "completion", "tcsh")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: unknown command \"tcsh\" for \"dria completion\"; did you mean bash or zsh or fish? (see dria completion --help)\n", r.stderr)
	assert.Empty(t, r.stdout)
	r = dria(t, "completion")
	assert.Equal(t, 0, r.code)
	assert.Contains(t, r.stdout, "Generate the autocompletion script for dria for the specified shell.")
}

// builtinRules loads the built-in rules, for expectations that name their
// titles (which change with the rules).
func builtinRules(t *testing.T) []rules.Rule {
	t.Helper()
	set, err := rules.Load(context.Background())
	require.NoError(t, err)
	return set.Rules()
}

// builtinTitle is the title of one built-in rule.
func builtinTitle(t *testing.T, id string) string {
	t.Helper()
	for _, r := range builtinRules(t) {
		if r.ID == id {
			return r.Title
		}
	}
	t.Fatalf("no built-in rule %s", id)
	return ""
}
