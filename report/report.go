// Package report renders assessment reports for people and pipelines. Each
// format is a Renderer writing to an io.Writer; the same report always
// renders to the same bytes.
//
// The formats are:
//
//   - json: dria's stable JSON report (schema/report.schema.json);
//   - markdown: a report for people, the terminal default;
//   - html: the same report as one self-contained, accessible HTML page;
//   - sarif: SARIF 2.1.0 for code-scanning tools, one result per finding
//     located at the evidence's line;
//   - junit: JUnit XML, one test suite per system and one test case per rule.
//
// Every string that comes from a description, a rule pack, a waiver or a
// configuration is treated as text: it is escaped for the format, so that
// it can never add Markdown or HTML structure, links (bare URLs and e-mail
// addresses that GitHub would link included) or scripts to a report.
//
// When rule packs changed built-in rules (rules.Override), every format
// says so, so that nobody mistakes the result for dria's built-in
// assessment. WriteCatalog renders the Markdown catalogue of rules with the
// same escaping.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// Renderer writes a report in one format.
type Renderer interface {
	Render(w io.Writer, r *assess.Report) error
}

// RendererFunc adapts a function to Renderer.
type RendererFunc func(w io.Writer, r *assess.Report) error

// Render calls f.
func (f RendererFunc) Render(w io.Writer, r *assess.Report) error { return f(w, r) }

// renderers builds the renderer of each format from options.
var renderers = map[string]func(...Option) Renderer{
	"json":     func(...Option) Renderer { return RendererFunc(JSON) },
	"markdown": func(o ...Option) Renderer { return NewMarkdown(o...) },
	"html":     func(o ...Option) Renderer { return NewHTML(o...) },
	"sarif":    func(o ...Option) Renderer { return NewSARIF(o...) },
	"junit":    func(o ...Option) Renderer { return NewJUnit(o...) },
}

// Formats lists the names of the available formats, sorted.
func Formats() []string {
	out := make([]string, 0, len(renderers))
	for k := range renderers {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ForFormat returns the renderer of a format by name, configured by the
// options (formats ignore the options they have no use for).
func ForFormat(name string, opts ...Option) (Renderer, error) {
	mk, ok := renderers[name]
	if !ok {
		return nil, fmt.Errorf("unknown report format %q (known: %v)", name, Formats())
	}
	return mk(opts...), nil
}

// HasFormat reports whether a format name is known.
func HasFormat(name string) bool { return slices.Contains(Formats(), name) }

// Option configures a renderer.
type Option func(*options)

type options struct {
	rules   map[string]rules.Rule
	ruleIDs []string
	baseDir string
}

func newOptions(opts []Option) options {
	var o options
	for _, f := range opts {
		f(&o)
	}
	return o
}

// WithRules gives renderers the metadata of the rules the report was made
// with (assess.Assessor.Rules). SARIF then describes each rule with its
// full description and likelihood, JUnit names every test case by its
// rule's title, and Markdown and HTML list passed and not-applicable rules
// by title. Without it, rule metadata comes from the findings.
func WithRules(rs []rules.Rule) Option {
	return func(o *options) {
		o.rules = make(map[string]rules.Rule, len(rs))
		o.ruleIDs = o.ruleIDs[:0]
		for _, r := range rs {
			if _, dup := o.rules[r.ID]; !dup {
				o.ruleIDs = append(o.ruleIDs, r.ID)
			}
			o.rules[r.ID] = r
		}
		sort.Strings(o.ruleIDs)
	}
}

// WithBaseDir makes the source paths in SARIF relative to dir (the
// repository or working directory), so that code-scanning tools find the
// files. Relative source paths are taken as relative to dir already.
func WithBaseDir(dir string) Option {
	return func(o *options) { o.baseDir = dir }
}

// JSON writes the report in dria's stable JSON form, indented by two
// spaces, with a final newline.
func JSON(w io.Writer, r *assess.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("writing JSON report: %w", err)
	}
	return nil
}
