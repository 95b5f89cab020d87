package main

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// stepScript returns the run script of the step with the given id in the
// repository's action.yml.
func stepScript(t *testing.T, id string) string {
	t.Helper()
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var meta struct {
		Runs struct {
			Steps []struct{ ID, Run string }
		}
	}
	if err := yaml.Unmarshal(data, &meta); err != nil {
		t.Fatal(err)
	}
	for _, s := range meta.Runs.Steps {
		if s.ID == id {
			return s.Run
		}
	}
	t.Fatalf("action.yml has no step %q", id)
	return ""
}

// runnerBash is the command the runner runs a bash step with (bash
// --noprofile --norc -eo pipefail FILE), with only PATH and env set.
func runnerBash(t *testing.T, script string, env map[string]string) *exec.Cmd {
	t.Helper()
	file := filepath.Join(t.TempDir(), "step.sh")
	if err := os.WriteFile(file, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", file)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	return cmd
}

// assessStep runs the action's assess step with bash, the given inputs (as
// the runner passes them, in env) and a stand-in dria that prints each
// argument on a line and exits with $FAKE_EXIT. It returns the arguments,
// the step's outputs and its exit code.
func assessStep(t *testing.T, env map[string]string) (args []string, outputs string, code int) {
	t.Helper()
	dir := t.TempDir()
	fake := filepath.Join(dir, "dria")
	script := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\nexit \"${FAKE_EXIT:-0}\"\n"
	if err := os.WriteFile(fake, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "github-output")
	inputs := map[string]string{}
	for _, name := range []string{"PATHS", "FAIL_ON", "FORMAT", "OUTPUT", "CATEGORY", "RULES", "DISABLE", "WAIVERS", "CONFIG"} {
		inputs["DRIA_"+name] = "" // the runner sets every env: entry, empty or not
	}
	maps.Copy(inputs, env)
	cmd := runnerBash(t, stepScript(t, "assess"), inputs)
	cmd.Dir = dir
	cmd.Env = append(cmd.Env, "DRIA="+fake, "GITHUB_OUTPUT="+out)
	stdout, err := cmd.Output()
	if exit, ok := err.(*exec.ExitError); ok {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	written, _ := os.ReadFile(out)
	return strings.Split(strings.TrimSuffix(string(stdout), "\n"), "\n"), string(written), code
}

func TestAssessStepPassesEachInputAsOneArgument(t *testing.T) {
	args, outputs, code := assessStep(t, map[string]string{
		"DRIA_PATHS":    "  systems/  \n\nmy systems/a b.yaml\n-looks-like-a-flag.yaml\n$(touch pwned) `id`;x\n",
		"DRIA_FAIL_ON":  "high",
		"DRIA_FORMAT":   "sarif",
		"DRIA_CATEGORY": "dria/hr",
		"DRIA_RULES":    "./packs/kenya\n ./packs/with space \n",
		"DRIA_DISABLE":  "DRIA-AIA-006",
		"DRIA_WAIVERS":  "waivers; rm -rf.yaml",
		"DRIA_CONFIG":   "",
	})
	want := []string{"assess", "--format", "sarif", "--output", "dria.sarif", "--sarif-category", "dria/hr",
		"--fail-on", "high", "--waivers", "waivers; rm -rf.yaml",
		"--rules", "./packs/kenya", "--rules", "./packs/with space", "--disable", "DRIA-AIA-006",
		"--", "systems/", "my systems/a b.yaml", "-looks-like-a-flag.yaml", "$(touch pwned) `id`;x"}
	if strings.Join(args, "\n") != strings.Join(want, "\n") {
		t.Errorf("dria got\n%q\nwant\n%q", args, want)
	}
	if code != 0 || outputs != "exit-code=0\n" {
		t.Errorf("exit %d, outputs %q; want 0 and exit-code=0 (no report file was written)", code, outputs)
	}
}

func TestAssessStepKeepsDriasExitCode(t *testing.T) {
	for _, exit := range []string{"1", "2", "3"} {
		_, outputs, code := assessStep(t, map[string]string{"DRIA_PATHS": ".", "DRIA_FORMAT": "github", "FAKE_EXIT": exit})
		if want := "exit-code=" + exit + "\n"; outputs != want || code != int(exit[0]-'0') {
			t.Errorf("dria exit %s: step exit %d, outputs %q; want %s and %q", exit, code, outputs, exit, want)
		}
	}
}

func TestAssessStepFormatsOtherThanSarifGoToTheLog(t *testing.T) {
	args, _, _ := assessStep(t, map[string]string{"DRIA_PATHS": "systems", "DRIA_FORMAT": "github", "DRIA_CATEGORY": "dria"})
	want := []string{"assess", "--format", "github", "--", "systems"}
	if strings.Join(args, "\n") != strings.Join(want, "\n") {
		t.Errorf("dria got %q, want %q", args, want)
	}
}

func TestAssessStepRefusesBadInputs(t *testing.T) {
	cases := map[string]map[string]string{
		"::error title=dria::the paths input names no file or directory":    {"DRIA_PATHS": " \n \n"},
		"::error title=dria::the output input must be one path on one line": {"DRIA_PATHS": ".", "DRIA_OUTPUT": "a.sarif\nsarif=/etc/passwd"},
	}
	for want, env := range cases {
		args, outputs, code := assessStep(t, env)
		if code != 2 || strings.Join(args, "\n") != want || outputs != "" {
			t.Errorf("%q: exit %d, printed %q, outputs %q; want exit 2, %q and no outputs", env, code, args, outputs, want)
		}
	}
}

func TestInstallStepRefusesAVersionThatIsNotARef(t *testing.T) {
	for _, version := range []string{"latest; curl evil", "-x", "v1.0.0\nGOFLAGS=-x"} {
		cmd := runnerBash(t, stepScript(t, "install"), map[string]string{"DRIA_VERSION": version, "ACTION_REF": "", "GOFLAGS": "", "RUNNER_TEMP": t.TempDir()})
		out, err := cmd.Output()
		exit, ok := err.(*exec.ExitError)
		if !ok || exit.ExitCode() != 2 || string(out) != "::error title=dria::the version input must be a tag, a commit or latest\n" {
			t.Errorf("version %q: %v, printed %q; want exit 2 and the version error", version, err, out)
		}
	}
}
