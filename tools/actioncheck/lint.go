package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/rhysd/actionlint"
	"gopkg.in/yaml.v3"
)

// stepsIndent is how much deeper the action's steps sit in the job of the
// generated workflow than in action.yml.
const stepsIndent = 4

// lintAction runs actionlint on two workflows made from the action: one
// that calls it (uses: ./) with every input, for its metadata, and one job
// made of its steps, for expressions and shell. Problems are located in
// action.yml.
func lintAction(dir string, a *action, shellcheck string) ([]Problem, error) {
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	project, err := actionlint.NewProject(root)
	if err != nil {
		return nil, fmt.Errorf("actionlint: %w", err)
	}
	linter, err := actionlint.NewLinter(io.Discard, &actionlint.LinterOptions{Shellcheck: shellcheck})
	if err != nil {
		return nil, fmt.Errorf("actionlint: %w", err)
	}
	workflows := filepath.Join(root, ".github", "workflows")
	callErrs, err := linter.Lint(filepath.Join(workflows, "actioncheck-call.yml"), a.callWorkflow(), project)
	if err != nil {
		return nil, fmt.Errorf("actionlint: %w", err)
	}
	stepErrs, err := linter.Lint(filepath.Join(workflows, "actioncheck-steps.yml"), a.stepsWorkflow(), project)
	if err != nil {
		return nil, fmt.Errorf("actionlint: %w", err)
	}
	var out []Problem
	for _, e := range callErrs {
		line, col := a.locateMetadata(e.Message)
		out = append(out, Problem{Line: line, Column: col, Message: e.Message, Kind: e.Kind})
	}
	for _, e := range stepErrs {
		line, col := a.locateStep(e.Line, e.Column)
		p := Problem{Line: line, Column: col, Message: e.Message, Kind: e.Kind}
		if e.Kind == "shellcheck" {
			p = a.locateShellcheck(p)
		} else {
			p = a.locateInBlock(p)
		}
		out = append(out, p)
	}
	return out, nil
}

// callWorkflow is a workflow that calls the action with every input set.
func (a *action) callWorkflow() []byte {
	with := map[string]string{}
	for _, in := range a.inputs {
		with[in.Value] = "x"
	}
	call := "on: push\njobs:\n  call:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./\n"
	if len(with) > 0 {
		w, _ := json.Marshal(with)
		call += "        with: " + string(w) + "\n"
	}
	return []byte(call)
}

// stepsHeader is the number of lines stepsWorkflow puts before the steps.
const stepsHeader = 7

// stepsWorkflow is a workflow of one job: the action's steps, each line
// stepsIndent deeper, behind a workflow_dispatch trigger whose string
// inputs are the action's.
func (a *action) stepsWorkflow() []byte {
	inputs := map[string]map[string]string{}
	for _, in := range a.inputs {
		inputs[in.Value] = map[string]string{"type": "string"}
	}
	in, _ := json.Marshal(inputs)
	var b strings.Builder
	b.WriteString("on:\n  workflow_dispatch:\n    inputs: " + string(in) + "\njobs:\n  action:\n    runs-on: ubuntu-latest\n    steps:\n")
	for _, line := range a.src[a.stepsKey.Line:min(a.stepsEnd, len(a.src))] {
		if strings.TrimSpace(line) != "" {
			b.WriteString(strings.Repeat(" ", stepsIndent))
		}
		b.WriteString(line + "\n")
	}
	return []byte(b.String())
}

// locateStep turns a position in stepsWorkflow into one in action.yml.
func (a *action) locateStep(line, col int) (int, int) {
	if line <= stepsHeader {
		return a.stepsKey.Line, a.stepsKey.Column
	}
	return a.stepsKey.Line + line - stepsHeader, max(col-stepsIndent, 1)
}

// locateMetadata finds the key of action.yml an actionlint message about
// the metadata is about: an input it names, branding or runs; else the
// start of the file.
func (a *action) locateMetadata(msg string) (int, int) {
	for _, in := range a.inputs {
		if strings.Contains(msg, fmt.Sprintf("input %q", in.Value)) {
			return in.Line, in.Column
		}
	}
	switch {
	case strings.Contains(msg, "branding") && a.branding != nil:
		return a.branding.Line, a.branding.Column
	case strings.Contains(msg, "runs") && a.runs != nil:
		return a.runs.Line, a.runs.Column
	}
	return 1, 1
}

// shellcheckMessage is how actionlint words a shellcheck finding: at the
// run key, with the line and column in the script.
var shellcheckMessage = regexp.MustCompile(`^shellcheck reported issue in this script: SC(\d+):(\w+):(\d+):(\d+): (.*)$`)

// locateShellcheck moves a shellcheck finding, which actionlint puts at the
// run key, to its line and column in action.yml, for a script written as a
// literal block (run: |) or on the key's line; others stay at the key.
func (a *action) locateShellcheck(p Problem) Problem {
	m := shellcheckMessage.FindStringSubmatch(p.Message)
	if m == nil {
		return p
	}
	p.Message = fmt.Sprintf("shellcheck SC%s (%s): %s", m[1], m[2], m[5])
	line, _ := strconv.Atoi(m[3])
	col, _ := strconv.Atoi(m[4])
	for _, s := range a.scripts {
		if s.key.Line != p.Line || s.key.Column != p.Column {
			continue
		}
		switch {
		case s.value.Style&yaml.LiteralStyle != 0 && s.value.Line+line <= len(a.src):
			text := a.src[s.value.Line+line-1]
			p.Line, p.Column = s.value.Line+line, blockIndent(a.src, s.value.Line)+col
			if strings.TrimSpace(text) == "" {
				p.Column = 1
			}
		case s.value.Style&yaml.FoldedStyle == 0 && line == 1:
			p.Line, p.Column = s.value.Line, s.value.Column+col-1
		}
	}
	return p
}

// blockIndent is the indentation of a block scalar's content: that of its
// first line that is not blank, after the indicator's line.
func blockIndent(src []string, indicator int) int {
	for _, text := range src[min(indicator, len(src)):] {
		if trimmed := strings.TrimLeft(text, " "); trimmed != "" {
			return len(text) - len(trimmed)
		}
	}
	return 0
}

// locateInBlock moves a problem that actionlint puts on the indicator line
// of a literal block script (run: |), at the column of the indicator plus
// the offset in the script, to its line and column in the script.
func (a *action) locateInBlock(p Problem) Problem {
	for _, s := range a.scripts {
		v := s.value
		if v.Style&yaml.LiteralStyle == 0 || p.Line != v.Line || p.Column <= v.Column {
			continue
		}
		offset := p.Column - v.Column
		if offset > len(v.Value) {
			return p
		}
		before := v.Value[:offset]
		nl := strings.Count(before, "\n")
		p.Line = v.Line + 1 + nl
		p.Column = blockIndent(a.src, v.Line) + len(before) - (strings.LastIndex(before, "\n") + 1) + 1
	}
	return p
}
