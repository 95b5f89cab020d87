// Command actioncheck lints a composite GitHub Action (the action.yml of a
// directory) with actionlint, which by itself lints only workflows:
//
//   - the action's metadata (name, description, branding, runs, inputs), as
//     actionlint checks a local action that a workflow calls with every
//     input;
//   - its steps, moved into a workflow job whose workflow_dispatch inputs
//     are the action's: expressions, contexts, step ids, the inputs of
//     popular actions and, through shellcheck, the shell of every run step;
//   - two rules of its own: no ${{ }} expression inside a run script (an
//     input must reach the shell through env: and be quoted there), and no
//     input that nothing uses.
//
// Problems are printed as FILE:LINE:COL: message [kind], located in
// action.yml itself.
//
//	cd tools && go run ./actioncheck ..     # the action at the repository root
//
// Exit codes: 0 no problem; 1 problems; 2 bad usage, an unreadable or
// unparsable action.yml, or no shellcheck (install it, or pass
// -shellcheck= to lint without it).
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// Problem is one thing wrong with the action, located in its file.
type Problem struct {
	File    string
	Line    int
	Column  int
	Message string
	// Kind names the check: an actionlint rule, shellcheck's, or
	// "interpolation" and "unused-input".
	Kind string
}

// String locates the problem as FILE:LINE:COL: message [kind].
func (p Problem) String() string {
	return fmt.Sprintf("%s:%d:%d: %s [%s]", filepath.ToSlash(p.File), p.Line, p.Column, p.Message, p.Kind)
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run lints the action of the directory args names and returns the exit
// code.
func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("actioncheck", flag.ContinueOnError)
	fl.SetOutput(stderr)
	shellcheck := fl.String("shellcheck", "shellcheck", "shellcheck command for the run steps (empty: do not run shellcheck)")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: actioncheck [-shellcheck CMD] [DIR]   (lints DIR/action.yml; DIR defaults to .)")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 1 {
		fl.Usage()
		return 2
	}
	dir := cmp.Or(fl.Arg(0), ".")
	if *shellcheck != "" {
		if _, err := exec.LookPath(*shellcheck); err != nil {
			fmt.Fprintf(stderr, "actioncheck: shellcheck (%s) is not installed: install it (apt-get install shellcheck) or pass -shellcheck= to lint without it\n", *shellcheck)
			return 2
		}
	}
	problems, err := Check(dir, *shellcheck)
	if err != nil {
		fmt.Fprintln(stderr, "actioncheck:", err)
		return 2
	}
	for _, p := range problems {
		fmt.Fprintln(stdout, p)
	}
	if len(problems) > 0 {
		fmt.Fprintf(stderr, "actioncheck: %d problem(s) in %s\n", len(problems), filepath.ToSlash(filepath.Join(dir, actionFile)))
		return 1
	}
	return 0
}

// actionFile is the name of the metadata file actioncheck reads.
const actionFile = "action.yml"

// Check lints dir/action.yml and returns its problems sorted by position.
// shellcheck is the command actionlint runs on each run step ("" for
// none). An error means the file could not be read or parsed, or
// actionlint failed.
func Check(dir, shellcheck string) ([]Problem, error) {
	path := filepath.Join(dir, actionFile)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the action: %w", err)
	}
	act, err := parseAction(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.ToSlash(path), err)
	}
	problems := append(act.interpolations(), act.unusedInputs()...)
	linted, err := lintAction(dir, act, shellcheck)
	if err != nil {
		return nil, err
	}
	problems = append(problems, linted...)
	abs, _ := filepath.Abs(dir)
	names := strings.NewReplacer(filepath.Join(abs, actionFile), filepath.ToSlash(path), abs, filepath.ToSlash(dir))
	for i := range problems {
		problems[i].File = path
		problems[i].Message = names.Replace(problems[i].Message)
	}
	slices.SortStableFunc(problems, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column), cmp.Compare(a.Message, b.Message))
	})
	return slices.Compact(problems), nil
}

// errNotComposite is returned for an action that has no composite steps to
// lint.
var errNotComposite = errors.New(`not a composite action: runs.using must be "composite" with a list of steps`)
