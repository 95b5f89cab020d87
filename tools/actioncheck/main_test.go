package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// requireShellcheck skips a test that needs shellcheck when it is not
// installed, except in CI (CI set), where .ci/run installs it.
func requireShellcheck(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("shellcheck"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("shellcheck is not installed (apt-get install shellcheck)")
		}
		t.Skip("shellcheck is not installed")
	}
}

func TestTheRepositoryActionHasNoProblem(t *testing.T) {
	requireShellcheck(t)
	problems, err := Check("../..", "shellcheck")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// TestProblemsAreLocatedInTheAction holds each kind of problem to its
// message and its line and column in the action's own file.
func TestProblemsAreLocatedInTheAction(t *testing.T) {
	requireShellcheck(t)
	const interpolation = `a ${{ }} expression inside a run script is pasted into the script before the shell reads it: pass the value through env: and quote "$VAR" in the script [interpolation]`
	cases := map[string][]string{
		"clean": nil,
		"interpolated": {
			"testdata/interpolated/action.yml:10:24: " + interpolation,
			"testdata/interpolated/action.yml:14:27: " + interpolation,
			"testdata/interpolated/action.yml:15:15: " + interpolation,
			`testdata/interpolated/action.yml:15:19: "github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details [expression]`,
			"testdata/interpolated/action.yml:15:49: " + interpolation,
		},
		"shell": {
			"testdata/shell/action.yml:15:12: shellcheck SC2068 (error): Double quote array expansions to avoid re-splitting elements [shellcheck]",
			"testdata/shell/action.yml:17:15: shellcheck SC2086 (info): Double quote to prevent globbing and word splitting [shellcheck]",
		},
		"expression": {
			`testdata/expression/action.yml:13:20: property "levle" is not defined in object type {level: string} [expression]`,
			`testdata/expression/action.yml:15:11: property "frist" is not defined in object type {first: {conclusion: string; outcome: string; outputs: {string => string}}} [expression]`,
		},
		"unused-input": {
			`testdata/unused-input/action.yml:6:3: input "forgotten" is declared but nothing reads it (no inputs.forgotten in the action) [unused-input]`,
		},
		"metadata": {
			`testdata/metadata/action.yml:3:1: incorrect icon name "not-an-icon" at branding.icon in metadata of "metadata" action at "testdata/metadata/action.yml". see the official document to know the exhaustive list of supported icons: https://docs.github.com/en/actions/creating-actions/metadata-syntax-for-github-actions#brandingicon [action]`,
		},
	}
	for dir, want := range cases {
		problems, err := Check("testdata/"+dir, "shellcheck")
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		var got []string
		for _, p := range problems {
			got = append(got, p.String())
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", dir, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func TestExitCodesAndMessages(t *testing.T) {
	requireShellcheck(t)
	cases := []struct {
		args           []string
		code           int
		stdout, stderr string
	}{
		{[]string{"testdata/clean"}, 0, "", ""},
		{[]string{"testdata/unused-input"}, 1,
			`testdata/unused-input/action.yml:6:3: input "forgotten" is declared but nothing reads it (no inputs.forgotten in the action) [unused-input]` + "\n",
			"actioncheck: 1 problem(s) in testdata/unused-input/action.yml\n"},
		{[]string{"testdata/not-composite"}, 2, "",
			`actioncheck: testdata/not-composite/action.yml: not a composite action: runs.using must be "composite" with a list of steps` + "\n"},
		{[]string{"testdata/no-such-dir"}, 2, "",
			"actioncheck: reading the action: open testdata/no-such-dir/action.yml: no such file or directory\n"},
		{[]string{"-shellcheck", "/no/such/shellcheck", "testdata/clean"}, 2, "",
			"actioncheck: shellcheck (/no/such/shellcheck) is not installed: install it (apt-get install shellcheck) or pass -shellcheck= to lint without it\n"},
		{[]string{"-shellcheck=", "testdata/shell"}, 0, "", ""},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		code := run(c.args, &stdout, &stderr)
		if code != c.code || stdout.String() != c.stdout || stderr.String() != c.stderr {
			t.Errorf("actioncheck %q: exit %d, stdout %q, stderr %q; want exit %d, stdout %q, stderr %q",
				c.args, code, stdout.String(), stderr.String(), c.code, c.stdout, c.stderr)
		}
	}
}

func TestUnparsableActionIsAnError(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/action.yml", []byte("name: [unclosed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Check(dir, "")
	if err == nil || !strings.Contains(err.Error(), "action.yml: yaml: line 1:") {
		t.Fatalf("got %v, want a YAML error naming action.yml and its line", err)
	}
}
