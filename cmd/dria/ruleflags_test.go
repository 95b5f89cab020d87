package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

// ruleCommands are the commands that load rules, each with the same rule
// flags.
var ruleCommands = [][]string{{"assess"}, {"rules", "list"}, {"rules", "doc"}, {"rules", "test"}, {"bundle", "build"}}

func findCommand(t *testing.T, path ...string) *cobra.Command {
	t.Helper()
	var out bytes.Buffer
	cmd, rest, err := newRootCommand(strings.NewReader(""), &out, &out).Find(path)
	require.NoError(t, err)
	require.Empty(t, rest, path)
	return cmd
}

// TestRuleFlagsAreOneSet: every command that loads rules has --rules,
// --disable and --config with the same help.
func TestRuleFlagsAreOneSet(t *testing.T) {
	want := map[string]string{
		"rules":   "add the rule pack in this directory or .tar.gz bundle (repeatable; default: rules in the config file)",
		"disable": "turn off the rule with this id (repeatable; default: disable in the config file)",
		"config":  "read settings from this file instead of .dria.yaml in the working directory",
	}
	for _, path := range ruleCommands {
		cmd := findCommand(t, path...)
		for name, usage := range want {
			f := cmd.Flags().Lookup(name)
			if assert.NotNil(t, f, "%v --%s", path, name) {
				assert.Equal(t, usage, f.Usage, "%v --%s", path, name)
				assert.Contains(t, []string{"", "[]"}, f.DefValue, "%v --%s has no default of its own", path, name)
			}
		}
	}
}

// TestNumericDefaultsComeFromTheLibrary: the command shows the library's
// defaults, never numbers of its own.
func TestNumericDefaultsComeFromTheLibrary(t *testing.T) {
	a := findCommand(t, "assess").Flags()
	assert.Equal(t, assess.DefaultTimeout.String(), a.Lookup("timeout").DefValue)
	assert.Equal(t, strconv.Itoa(assess.DefaultMemoryLimit>>20), a.Lookup("max-memory").DefValue)
	assert.Equal(t, strconv.Itoa(schema.DefaultMaxProblems), a.Lookup("max-problems").DefValue)
	v := findCommand(t, "validate").Flags()
	assert.Equal(t, strconv.Itoa(schema.DefaultMaxProblems), v.Lookup("max-problems").DefValue)
	assert.Equal(t, a.Lookup("max-bytes").DefValue, v.Lookup("max-bytes").DefValue)
	rt := findCommand(t, "rules", "test").Flags()
	assert.Equal(t, rules.DefaultTestTimeout.String(), rt.Lookup("timeout").DefValue)
	assert.Equal(t, strconv.Itoa(rules.DefaultTestMemoryLimit>>20), rt.Lookup("max-memory").DefValue)
}

// ruleIDs lists the ids in the output of dria rules list --format json.
func ruleIDs(t *testing.T, args ...string) map[string]bool {
	t.Helper()
	r := dria(t, append([]string{"rules", "list", "--format", "json"}, args...)...)
	require.Equal(t, 0, r.code, r.stderr)
	ids := map[string]bool{}
	for _, line := range strings.Split(r.stdout, "\n") {
		if id, ok := strings.CutPrefix(strings.TrimSpace(line), `"id": "`); ok {
			ids[strings.TrimSuffix(id, `",`)] = true
		}
	}
	require.NotEmpty(t, ids, r.stdout)
	return ids
}

// writeConfig writes a configuration file and returns its path.
func writeConfig(t *testing.T, dir, name, body string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte("apiVersion: dria/v1\nkind: Config\n"+body), 0o644))
	return path
}

// TestConfiguredPacksReachEveryCommand: rules list, rules doc and bundle
// build read the configuration file's rules and disable lists, as assess
// does, and their flags win over it.
func TestConfiguredPacksReachEveryCommand(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	pack, err := filepath.Abs("testdata/terminal/pack")
	require.NoError(t, err)
	dir := t.TempDir()
	cfg := writeConfig(t, dir, "dria.yaml", "rules: ["+pack+"]\ndisable: [DRIA-DEC-001]\n")

	ids := ruleIDs(t, "--config", cfg)
	assert.True(t, ids["EVIL-TITLE-001"], "the configured pack is loaded")
	assert.False(t, ids["DRIA-DEC-001"], "the configured rule is disabled")
	ids = ruleIDs(t, "--config", cfg, "--rules", "../../examples/rulepack", "--disable", "DRIA-DEC-002")
	assert.True(t, ids["KE-DPA-002"] && ids["DRIA-DEC-001"], "flags win")
	assert.False(t, ids["EVIL-TITLE-001"] || ids["DRIA-DEC-002"], "flags win")

	doc := dria(t, "rules", "doc", "--config", cfg)
	require.Equal(t, 0, doc.code, doc.stderr)
	assert.True(t, strings.Contains(doc.stdout, "\n#### EVIL-TITLE-001 — "), "the configured pack is documented")
	assert.False(t, strings.Contains(doc.stdout, "\n#### DRIA-DEC-001 — "), "the configured rule is left out")

	bundle := func(args ...string) []byte {
		out := filepath.Join(t.TempDir(), "dria.tar.gz")
		r := dria(t, append([]string{"bundle", "build", "-o", out}, args...)...)
		require.Equal(t, 0, r.code, r.stderr)
		data, err := os.ReadFile(out)
		require.NoError(t, err)
		return data
	}
	configured := bundle("--config", cfg)
	assert.Equal(t, bundle("--rules", pack, "--disable", "DRIA-DEC-001"), configured, "the configuration gives the same bundle as the flags")
	assert.NotEqual(t, bundle(), configured)

	r := dria(t, "bundle", "build", "-o", cfg, "--config", cfg)
	assert.Equal(t, 2, r.code, "the configuration is an input the bundle may not overwrite")
	assert.Contains(t, r.stderr, "dria: -o ")
}

// TestDefaultConfigFileReachesRulesList: .dria.yaml in the working
// directory is read without --config, its paths relative to it.
func TestDefaultConfigFileReachesRulesList(t *testing.T) {
	pack, err := filepath.Abs("testdata/terminal/pack")
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.Symlink(pack, filepath.Join(dir, "pack")))
	writeConfig(t, dir, ".dria.yaml", "rules: [pack]\n")
	t.Chdir(dir)
	assert.True(t, ruleIDs(t)["EVIL-TITLE-001"])
}

// TestConfiguredPacksAreTested: rules test tests the configuration's packs
// when given none, relative to the file.
func TestConfiguredPacksAreTested(t *testing.T) {
	dir := t.TempDir()
	r := dria(t, "rules", "new", "acme/no_dpia", "--dir", filepath.Join(dir, "pack"))
	require.Equal(t, 0, r.code, r.stderr)
	cfg := writeConfig(t, dir, "dria.yaml", "rules: [pack]\n")
	r = dria(t, "rules", "test", "--builtins=false", "--config", cfg)
	assert.Equal(t, 0, r.code, r.stdout+r.stderr)
	assert.Contains(t, r.stdout, "ACME-NO-DPIA")
	assert.Contains(t, r.stdout, "coverage of the given packs")
}

// TestBadConfigStopsEveryRuleCommand: a configuration problem is located
// by every command that reads the file, not only by assess.
func TestBadConfigStopsEveryRuleCommand(t *testing.T) {
	const want = `testdata/config/zero-timeout.yaml:3:10: timeout "0s" must be a duration above zero, such as 5s` + "\n"
	for _, path := range ruleCommands {
		args := append(append([]string{}, path...), "--config", "testdata/config/zero-timeout.yaml")
		switch path[0] {
		case "assess":
			args = append(args, sample)
		case "bundle":
			args = append(args, "-o", filepath.Join(t.TempDir(), "b.tar.gz"))
		}
		r := dria(t, args...)
		assert.Equal(t, 2, r.code, args)
		assert.Equal(t, want, r.stderr, args)
		assert.Empty(t, r.stdout, args)
	}
}
