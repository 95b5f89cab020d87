package rules

import (
	"errors"
	"fmt"
	"slices"

	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// PackManifest is the file at the root of a rule pack that names it and
// holds its overrides (see `dria schema pack`).
const PackManifest = "pack.yaml"

// Override is a change a rule pack made to another rule: a new base
// severity, or turning it off. Overrides are explicit and always reported.
type Override struct {
	// Rule is the id of the changed rule.
	Rule string `json:"rule"`
	// Title is the changed rule's title, so that a rule turned off can
	// still be named in reports.
	Title string `json:"title,omitempty"`
	// Pack names the pack that made the change; Source is its manifest.
	Pack   string `json:"pack"`
	Source string `json:"source"`
	// Severity and PreviousSeverity are set when the base severity changed.
	Severity         Severity `json:"severity,omitempty"`
	PreviousSeverity Severity `json:"previousSeverity,omitempty"`
	// Disabled is true when the pack turned the rule off.
	Disabled bool `json:"disabled,omitempty"`
	// Reason is the pack's reason for the change, as it gave it.
	Reason string `json:"reason"`
}

// String describes the override for messages.
func (o Override) String() string {
	pack, reason := safetext.Inline(o.Pack), safetext.Inline(o.Reason)
	if o.Disabled {
		return fmt.Sprintf("pack %s turns off %s: %s", pack, o.Rule, reason)
	}
	return fmt.Sprintf("pack %s changes the base severity of %s from %s to %s: %s", pack, o.Rule, o.PreviousSeverity, o.Severity, reason)
}

type packOverride struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Disable  bool     `json:"disable"`
	Reason   string   `json:"reason"`
	line     int
	column   int
}

type packManifest struct {
	Name string `json:"name"`
	// Namespace is the one the pack's packages are under,
	// dria.rules.<namespace>; when empty it is taken from the modules.
	Namespace string         `json:"namespace"`
	Overrides []packOverride `json:"overrides"`
	file      string
	// namespaceLine and namespaceColumn locate the namespace key.
	namespaceLine, namespaceColumn int
	// extension is the extensionSchema: the JSON Schema of the facts the
	// pack asks for under spec.extensions.<namespace>, as parsed (with its
	// positions in pack.yaml); nil when the pack asks for none.
	extension *source.Node
}

// readManifest reads a pack's pack.yaml, named file in messages. Problems
// with its content are returned as problems; the manifest is then nil.
func readManifest(file string, data []byte) (*packManifest, []schema.Problem, error) {
	docs, err := schema.Load(schema.Pack, file, data)
	if err != nil {
		var ve *schema.ValidationError
		if errors.As(err, &ve) {
			return nil, ve.Problems, nil
		}
		return nil, nil, err
	}
	m := &packManifest{file: file}
	root := docs[0].Root
	if err := root.Decode(m); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	if list := root.Get("overrides"); list != nil {
		for i, item := range list.Values {
			m.Overrides[i].line, m.Overrides[i].column = item.Pos.Line, item.Pos.Column
		}
	}
	if ns := root.Get("namespace"); ns != nil {
		m.namespaceLine, m.namespaceColumn = ns.Pos.Line, ns.Pos.Column
	}
	m.extension = root.Get(extensionKey)
	return m, nil, nil
}

// applyOverrides changes the severity of, or removes, the rules the packs'
// manifests name, and records each change.
func applyOverrides(rs []Rule, manifests []packManifest) ([]Rule, []Override, []schema.Problem) {
	var out []Override
	var problems []schema.Problem
	off := map[string]bool{}
	for _, m := range manifests {
		for _, o := range m.Overrides {
			i := slices.IndexFunc(rs, func(r Rule) bool { return r.ID == o.Rule })
			if i < 0 {
				msg := fmt.Sprintf("override of %s: no loaded rule has that id", o.Rule)
				if best := closestID(o.Rule, rs); best != "" {
					msg += fmt.Sprintf("; did you mean %s?", best)
				}
				problems = append(problems, schema.Problem{File: m.file, Line: o.line, Column: o.column, Message: msg})
				continue
			}
			if o.Severity == "" && !o.Disable {
				problems = append(problems, schema.Problem{File: m.file, Line: o.line, Column: o.column, Message: fmt.Sprintf("override of %s changes nothing: give a severity or disable: true", o.Rule)})
				continue
			}
			rec := Override{Rule: o.Rule, Title: rs[i].Title, Pack: m.Name, Source: m.file, Reason: o.Reason}
			if o.Disable {
				rec.Disabled = true
				off[o.Rule] = true
			} else {
				rec.Severity, rec.PreviousSeverity = o.Severity, rs[i].Severity
				rs[i].Severity = o.Severity
			}
			out = append(out, rec)
		}
	}
	rs = slices.DeleteFunc(rs, func(r Rule) bool { return off[r.ID] })
	return rs, out, problems
}
