package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// action is a parsed composite action.yml with the positions actioncheck
// needs.
type action struct {
	// src holds the file's lines.
	src []string
	// inputs are the keys of the inputs mapping, in file order.
	inputs []*yaml.Node
	// branding and runs are the top-level keys of those sections (nil when
	// absent).
	branding, runs *yaml.Node
	// stepsKey is the runs.steps key; the steps are the lines after it up
	// to stepsEnd (1-based, inclusive).
	stepsKey *yaml.Node
	stepsEnd int
	// scripts are the run steps' keys and scripts.
	scripts []keyValue
}

type keyValue struct{ key, value *yaml.Node }

// parseAction reads action.yml, which must be a composite action.
func parseAction(data []byte) (*action, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("an action must be a mapping of keys to values")
	}
	a := &action{src: strings.Split(string(data), "\n")}
	root := doc.Content[0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, value := root.Content[i], root.Content[i+1]
		switch key.Value {
		case "inputs":
			for j := 0; value.Kind == yaml.MappingNode && j+1 < len(value.Content); j += 2 {
				a.inputs = append(a.inputs, value.Content[j])
			}
		case "branding":
			a.branding = key
		case "runs":
			a.runs = key
			end := len(a.src)
			if i+2 < len(root.Content) {
				end = root.Content[i+2].Line - 1
			}
			a.findSteps(value, end)
		}
	}
	if a.stepsKey == nil {
		return nil, errNotComposite
	}
	return a, nil
}

// findSteps records runs.steps of a composite action and its run scripts;
// end is the last line of the runs section.
func (a *action) findSteps(runs *yaml.Node, end int) {
	if runs.Kind != yaml.MappingNode || mappingValue(runs, "using") == nil || mappingValue(runs, "using").Value != "composite" {
		return
	}
	for i := 0; i+1 < len(runs.Content); i += 2 {
		key, value := runs.Content[i], runs.Content[i+1]
		if key.Value != "steps" || value.Kind != yaml.SequenceNode {
			continue
		}
		a.stepsKey, a.stepsEnd = key, end
		if i+2 < len(runs.Content) && runs.Content[i+2].Line > key.Line {
			a.stepsEnd = runs.Content[i+2].Line - 1
		}
		for _, step := range value.Content {
			for j := 0; step.Kind == yaml.MappingNode && j+1 < len(step.Content); j += 2 {
				if step.Content[j].Value == "run" {
					a.scripts = append(a.scripts, keyValue{step.Content[j], step.Content[j+1]})
				}
			}
		}
	}
}

// mappingValue returns the value of key in a mapping node, or nil.
func mappingValue(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// interpolations reports every ${{ }} expression inside a run script: the
// runner pastes its value into the script before the shell reads it, so an
// input could run as commands.
func (a *action) interpolations() []Problem {
	var out []Problem
	for _, s := range a.scripts {
		first, last := a.extent(s)
		for line := first; line <= last; line++ {
			text := a.src[line-1]
			for off := 0; ; {
				i := strings.Index(text[off:], "${{")
				if i < 0 {
					break
				}
				out = append(out, Problem{
					Line: line, Column: off + i + 1, Kind: "interpolation",
					Message: "a ${{ }} expression inside a run script is pasted into the script before the shell reads it: pass the value through env: and quote \"$VAR\" in the script",
				})
				off += i + 3
			}
		}
	}
	return out
}

// extent returns the first and last source lines of a run script: from its
// key to the line before the next one indented no deeper than the key.
func (a *action) extent(s keyValue) (first, last int) {
	indent := s.key.Column - 1
	last = s.value.Line
	for line := s.value.Line + 1; line <= a.stepsEnd && line <= len(a.src); line++ {
		text := a.src[line-1]
		trimmed := strings.TrimLeft(text, " ")
		if trimmed == "" {
			continue
		}
		if len(text)-len(trimmed) <= indent {
			break
		}
		last = line
	}
	return s.key.Line, last
}

// unusedInputs reports every input that no expression of the file reads.
func (a *action) unusedInputs() []Problem {
	text := strings.Join(a.src, "\n")
	var out []Problem
	for _, in := range a.inputs {
		name := regexp.QuoteMeta(in.Value)
		used := regexp.MustCompile(`(?i)inputs(?:\.` + name + `|\[\s*'` + name + `'\s*\])(?:[^A-Za-z0-9_-]|$)`)
		if !used.MatchString(text) {
			out = append(out, Problem{
				Line: in.Line, Column: in.Column, Kind: "unused-input",
				Message: fmt.Sprintf("input %q is declared but nothing reads it (no inputs.%s in the action)", in.Value, in.Value),
			})
		}
	}
	return out
}
