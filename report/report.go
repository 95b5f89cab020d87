// Package report renders assessment reports for people and pipelines. Each
// format is a Renderer writing to an io.Writer; the same report always
// renders to the same bytes.
//
// The formats are:
//
//   - json: dria's stable JSON report (schema/report.schema.json);
//   - markdown: a report for people, the terminal default;
//   - html: the same report as one self-contained, accessible HTML page;
//   - text: one line per finding, FILE:LINE:COL: SEVERITY RULE-ID title —
//     message, grouped by system with a summary line each, for terminals
//     and logs (in colour with WithColour);
//   - sarif: SARIF 2.1.0 for code-scanning tools, one result per finding
//     located at the evidence's line;
//   - junit: JUnit XML, one test suite per system and one test case per rule;
//   - github: GitHub Actions workflow commands, one ::error, ::warning or
//     ::notice annotation per finding;
//   - gitlab: a GitLab Code Quality report, one issue per finding.
//
// docs/report-formats.md describes each pipeline format and its mappings.
//
// Every string that comes from a description, a rule pack, a waiver or a
// configuration is treated as text: it is escaped for the format, so that
// it can never add Markdown or HTML structure, links (bare URLs and e-mail
// addresses that GitHub would link included), scripts, workflow commands
// or terminal control sequences to a report.
//
// When rule packs changed built-in rules (rules.Override), every format
// says so, so that nobody mistakes the result for dria's built-in
// assessment. Inputs that could not be assessed (assess.Report.Errors) are
// listed by every format too. WriteCatalog renders the Markdown catalogue
// of rules with the same escaping.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
	"text":     func(o ...Option) Renderer { return NewText(o...) },
	"sarif":    func(o ...Option) Renderer { return NewSARIF(o...) },
	"junit":    func(o ...Option) Renderer { return NewJUnit(o...) },
	"github":   func(o ...Option) Renderer { return NewGitHub(o...) },
	"gitlab":   func(o ...Option) Renderer { return NewGitLab(o...) },
	// the register-wide view of an assessed register (register.go)
	"register":     func(o ...Option) Renderer { return NewRegister(o...) },
	"register-csv": func(o ...Option) Renderer { return NewRegisterCSV(o...) },
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
// options (formats ignore the options they have no use for). An unknown
// format or an invalid option is an error.
func ForFormat(name string, opts ...Option) (Renderer, error) {
	mk, ok := renderers[name]
	if !ok {
		return nil, fmt.Errorf("unknown report format %q (known: %v)", name, Formats())
	}
	if err := newOptions(opts).err; err != nil {
		return nil, err
	}
	return mk(opts...), nil
}

// HasFormat reports whether a format name is known.
func HasFormat(name string) bool { return slices.Contains(Formats(), name) }

// Option configures a renderer. An option given an invalid value makes
// ForFormat return an error, and Render of a renderer built with New...
// return it.
type Option func(*options)

type options struct {
	rules       map[string]rules.Rule
	ruleIDs     []string
	baseDir     string
	repoRoot    string
	colour      bool
	failOn      rules.Severity
	rulesDocURL string
	category    string
	detail      Detail
	// err is the first invalid option.
	err error
}

func newOptions(opts []Option) options {
	o := options{rulesDocURL: RulesDocURL, detail: DetailFull}
	for _, f := range opts {
		f(&o)
	}
	return o
}

// fail records the first invalid option.
func (o *options) fail(format string, args ...any) {
	if o.err == nil {
		o.err = fmt.Errorf("report: "+format, args...)
	}
}

// WithRules gives renderers the metadata of the rules the report was made
// with (assess.Assessor.Rules). SARIF then describes each rule with its
// full description and likelihood and links each built-in rule to its
// entry in the catalogue, JUnit names every test case by its rule's title,
// and Markdown and HTML list passed and not-applicable rules by title.
// Without it, rule metadata comes from the findings.
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

// WithBaseDir names the working directory the source paths of the report
// are relative to (as the command gives them). SARIF records it as the
// invocation's working directory; without WithRepoRoot, the paths in
// SARIF, GitHub, GitLab and JUnit reports are made relative to it.
func WithBaseDir(dir string) Option {
	return func(o *options) { o.baseDir = dir }
}

// WithRepoRoot names the root of the repository the descriptions are in
// (the command finds it by walking up from the working directory to the
// directory holding .git). The paths in SARIF (under the base id
// %SRCROOT%, which SARIF's originalUriBaseIds sets to this directory),
// GitHub annotations, GitLab issues and JUnit file attributes are then
// relative to it, so that a run from a subdirectory names files as the
// repository does. Relative source paths are resolved against the base
// directory (WithBaseDir), or else against dir.
func WithRepoRoot(dir string) Option {
	return func(o *options) {
		if strings.TrimSpace(dir) == "" {
			o.fail("WithRepoRoot needs a directory")
			return
		}
		o.repoRoot = dir
	}
}

// WithColour makes the text format colour severities and headings with
// ANSI SGR sequences. The caller decides: dria asks for colour on a
// terminal when NO_COLOR is not set. Other formats ignore it.
func WithColour(on bool) Option {
	return func(o *options) { o.colour = on }
}

// WithFailOn gives the threshold of dria assess --fail-on: JUnit then
// fails only the test cases of rules with unwaived findings at or above
// it; a rule whose findings are all below it passes, with its findings in
// the test case's system-out. Without it, every unwaived finding fails.
func WithFailOn(level rules.Severity) Option {
	return func(o *options) {
		if !level.Valid() {
			o.fail("WithFailOn: %q is not a severity (want one of %v)", string(level), rules.Severities())
			return
		}
		o.failOn = level
	}
}

// RulesDocURL is where the catalogue of built-in rules (docs/rules.md, as
// dria rules doc writes it) is published; SARIF links each built-in rule's
// descriptor (helpUri) to its entry there.
const RulesDocURL = "https://github.com/dria-project/dria/blob/main/docs/rules.md"

// WithRulesDocURL replaces RulesDocURL, for example with the catalogue of
// the release in use ("https://github.com/dria-project/dria/blob/v1.4.0/docs/rules.md");
// an empty url leaves helpUri out. The url must be absolute http or https
// without a fragment.
func WithRulesDocURL(url string) Option {
	return func(o *options) {
		if url == "" {
			o.rulesDocURL = ""
			return
		}
		if err := checkDocURL(url); err != nil {
			o.fail("WithRulesDocURL: %v", err)
			return
		}
		o.rulesDocURL = url
	}
}

// WithCategory sets the category of a SARIF run (runAutomationDetails.id
// is the category and a slash), which GitHub code scanning uses to tell
// apart several analyses by dria of one commit. Without it the run has no
// automationDetails, and github/codeql-action/upload-sarif fills in its
// own category input or one it derives from the workflow job: a category
// in the file would override both.
func WithCategory(category string) Option {
	return func(o *options) {
		c := strings.TrimSuffix(strings.TrimSpace(category), "/")
		switch {
		case c == "":
			o.fail("WithCategory needs a category, such as dria or dria/frontend")
		case strings.ContainsFunc(c, unicode.IsControl) || !utf8.ValidString(c):
			o.fail("WithCategory: %q may not hold control characters", category)
		default:
			o.category = c
		}
	}
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

// checkDocURL checks the base URL of the rules catalogue.
func checkDocURL(s string) error {
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return fmt.Errorf("%q is not a URL: %w", s, err)
	case u.Scheme != "https" && u.Scheme != "http", u.Host == "":
		return fmt.Errorf("%q is not an absolute http or https URL", s)
	case u.Fragment != "" || strings.HasSuffix(s, "#"):
		return fmt.Errorf("%q has a fragment; the rule's anchor is added to it", s)
	}
	return nil
}
