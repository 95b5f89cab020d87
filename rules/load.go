package rules

import (
	"cmp"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/internal/suggest"
	"github.com/dria-project/dria/schema"
)

//go:embed */*.rego
var builtinFS embed.FS

// Support packages ship with the built-in set and are trusted: the engine
// that scores findings and the library of helpers rules may import.
const (
	catalogFile   = "dria/catalog.rego"
	builtinSource = "builtin"
)

// ErrUnknownRule is wrapped by errors about a rule id that no loaded rule
// has, such as one given to WithDisabled.
var ErrUnknownRule = errors.New("unknown rule")

func isSupportDir(dir string) bool { return dir == "lib" || dir == "engine" }

// parserOptions parse every module as Rego v1 with its METADATA.
var parserOptions = ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true}

// Option configures Load. Options check their own arguments.
type Option func(*config) error

type config struct {
	extra    []ruleSource
	disabled []string
	builtins bool
	tests    bool
	// fullChecks gives the built-in set every check even without tests,
	// for the test that holds the start-up shortcuts to the full load.
	fullChecks bool
}

// WithDir adds the rules (and their tests) found under a directory, a
// rule pack. Its files are named by their path under dir in messages.
func WithDir(dir string) Option {
	return func(c *config) error {
		info, err := os.Stat(dir)
		if err != nil {
			return fmt.Errorf("rules directory: %w", &fileio.Error{Path: dir, Reason: fileio.Describe(err), Err: err})
		}
		if !info.IsDir() {
			return fmt.Errorf("rules directory %s is not a directory", safetext.Inline(dir))
		}
		c.extra = append(c.extra, ruleSource{name: filepath.ToSlash(filepath.Clean(dir)), kind: fromFS, fsys: os.DirFS(dir)})
		return nil
	}
}

// WithPath adds a rule pack from a directory or a gzipped tarball,
// whichever path names.
func WithPath(p string) Option {
	return func(c *config) error {
		info, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("rule pack: %w", &fileio.Error{Path: p, Reason: fileio.Describe(err), Err: err})
		}
		if info.IsDir() {
			return WithDir(p)(c)
		}
		return WithBundle(p)(c)
	}
}

// WithBundle adds the rules of a rule pack packed as a gzipped tarball
// (an OPA bundle, or any .tar.gz of a pack directory): its .rego files, with
// their tests, and its pack.yaml. The tarball is read when the rules load.
func WithBundle(file string) Option {
	return func(c *config) error {
		if file == "" {
			return errors.New("rules: WithBundle needs a file name")
		}
		c.extra = append(c.extra, ruleSource{name: filepath.ToSlash(filepath.Clean(file)), kind: fromTarball, file: file})
		return nil
	}
}

// WithFS adds the rules found in a file system, a rule pack; name
// prefixes their file names in messages.
func WithFS(name string, fsys fs.FS) Option {
	return func(c *config) error {
		if fsys == nil {
			return errors.New("rules: WithFS needs a file system")
		}
		c.extra = append(c.extra, ruleSource{name: name, kind: fromFS, fsys: fsys})
		return nil
	}
}

// WithDisabled turns rules off by id. Naming an id that no loaded rule has
// is an error, so that a typo does not leave a rule running.
func WithDisabled(ids ...string) Option {
	return func(c *config) error {
		for _, id := range ids {
			if strings.TrimSpace(id) == "" {
				return errors.New("rules: empty rule id to disable")
			}
		}
		c.disabled = append(c.disabled, ids...)
		return nil
	}
}

// WithoutBuiltins loads only the extra rule sets (with the engine and the
// library), to test a rule pack on its own. The built-in families stay
// reserved: a pack may not use one as its namespace.
func WithoutBuiltins() Option {
	return func(c *config) error { c.builtins = false; return nil }
}

// WithTests also loads the *_test.rego files, for Test.
func WithTests() Option {
	return func(c *config) error { c.tests = true; return nil }
}

// Set is a loaded, checked and compiled set of rules. It is immutable and
// safe for concurrent use.
type Set struct {
	rules     []Rule
	modules   map[string]*ast.Module
	texts     map[string]string
	tests     map[string]*ast.Module
	entries   map[string]string // module name -> its name in a bundle
	compiler  *ast.Compiler
	digest    string
	overrides []Override
	// packs are the loaded packs as the description schema sees them;
	// description is that schema (with their extensions) and validator its
	// compiled form when some pack declares an extension (else nil: the
	// built-in schema's shared one).
	packs       []schema.RulePack
	description []byte
	validator   *schema.Validator
}

// Overrides lists the changes rule packs made to other rules' severity or
// enablement, in load order.
func (s *Set) Overrides() []Override { return slices.Clone(s.overrides) }

// Rules returns the enabled rules, sorted by id. The rules and their
// lists are copies: changing them changes nothing in the set.
func (s *Set) Rules() []Rule {
	out := make([]Rule, len(s.rules))
	for i, r := range s.rules {
		r.Rights, r.References = slices.Clone(r.Rights), slices.Clone(r.References)
		out[i] = r
	}
	return out
}

// Compiler returns the compiled policy: rules, library, engine and catalog.
func (s *Set) Compiler() *ast.Compiler { return s.compiler }

// Digest identifies the policy: a SHA-256 over every module that takes
// part in an assessment, as "sha256:<hex>".
func (s *Set) Digest() string { return s.digest }

// Load reads, checks and compiles the built-in rules and any rule packs.
// Every problem found is returned at once as a *LoadError. The steps:
// collect the files of every rule set; check each file on its own (syntax,
// sandbox, metadata); give each pack its namespace and refuse its modules
// outside it; classify the rest into rules, helpers and tests; apply the
// packs' overrides and the disabled ids; generate the catalog and compile.
func Load(ctx context.Context, opts ...Option) (*Set, error) {
	cfg := config{builtins: true}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	return load(ctx, cfg)
}

// load is Load with its configuration read.
func load(ctx context.Context, cfg config) (*Set, error) {
	in, err := collect(ctx, cfg)
	if err != nil {
		return nil, err
	}
	checkFiles(in.files)
	refused, nsProblems := checkNamespaces(in.files, in.packs)
	packs, extProblems := checkExtensions(in.packs)
	pol := classify(in.files, refused)
	problems := slices.Concat(in.problems, nsProblems, extProblems, pol.problems, duplicateIDs(pol.rules))
	if len(problems) > 0 {
		return nil, &LoadError{Problems: schema.SortProblems(problems)}
	}
	rules, overrides, problems := applyOverrides(pol.rules, in.manifests())
	if len(problems) > 0 {
		return nil, &LoadError{Problems: schema.SortProblems(problems)}
	}
	if rules, err = disable(rules, cfg.disabled); err != nil {
		return nil, err
	}
	desc := descriptionInfo{packs: packs}
	if desc.text, desc.validator, err = descriptionSchema(packs); err != nil {
		return nil, err
	}
	// Rules from outside the binary are type-checked (see compile).
	typed := len(in.packs) > 0 || cfg.tests || cfg.fullChecks
	return pol.build(rules, overrides, compileModeFor(typed, pol.uses, desc.text), desc)
}

// descriptionInfo is the description schema of a set: the loaded packs as
// it sees them, its text, and its validator when packs extend it.
type descriptionInfo struct {
	packs     []schema.RulePack
	text      []byte
	validator *schema.Validator
}

// descriptionEntry names the description schema among the texts the
// digest covers, when packs extend it (no module can have the name: a
// module's ends in .rego).
const descriptionEntry = "schemas/description.schema.json"

// disable leaves the rules with the given ids out of the catalog; their
// modules stay compiled, so that packs and tests that import them still
// work.
func disable(rules []Rule, ids []string) ([]Rule, error) {
	if len(ids) == 0 {
		return rules, nil
	}
	known := map[string]bool{}
	for _, r := range rules {
		known[r.ID] = true
	}
	off := map[string]bool{}
	for _, id := range ids {
		if !known[id] {
			msg := fmt.Sprintf("cannot disable %s: no loaded rule has that id", safetext.Inline(id))
			if best := closestID(id, rules); best != "" {
				msg += fmt.Sprintf("; did you mean %s?", best)
			}
			return nil, fmt.Errorf("%w: %s", ErrUnknownRule, msg)
		}
		off[id] = true
	}
	return slices.DeleteFunc(rules, func(r Rule) bool { return off[r.ID] }), nil
}

// build generates the catalog of the enabled rules and compiles the
// policy.
func (p *policy) build(rules []Rule, overrides []Override, mode compileMode, desc descriptionInfo) (*Set, error) {
	slices.SortFunc(rules, func(a, b Rule) int { return cmp.Compare(a.ID, b.ID) })
	catalog, err := catalogModule(rules)
	if err != nil {
		return nil, err
	}
	cm, err := parseCatalog(rules, catalog)
	if err != nil {
		return nil, err
	}
	p.modules[catalogFile] = cm
	p.texts[catalogFile] = catalog
	p.entries[catalogFile] = catalogFile
	compiler, err := compile(p.modules, mode)
	if err != nil {
		return nil, err
	}
	texts := p.texts
	if desc.validator != nil {
		// The facts a pack asks for are part of the policy.
		texts = maps.Clone(p.texts)
		texts[descriptionEntry] = string(desc.text)
	}
	return &Set{rules: rules, modules: p.modules, texts: p.texts, tests: p.tests, entries: p.entries,
		compiler: compiler, digest: digest(texts), overrides: overrides,
		packs: desc.packs, description: desc.text, validator: desc.validator}, nil
}

// newCompiler returns a compiler with dria's sandbox capabilities and,
// unless description is nil, that description schema as the type of input.
// Print statements are kept only for tests, where their output helps rule
// authors.
func newCompiler(prints bool, description []byte) (*ast.Compiler, error) {
	_, caps := sandbox()
	c := ast.NewCompiler().
		WithCapabilities(caps).
		WithEnablePrintStatements(prints).
		WithDefaultRegoVersion(ast.RegoV1)
	if description != nil {
		schemas, err := inputSchema(description)
		if err != nil {
			return nil, err
		}
		c = c.WithSchemas(schemas)
	}
	return c, nil
}

// compileMode says how much checking a compilation needs.
type compileMode struct {
	// typed checks the rules' types against the description schema, with
	// the packs' extensions.
	typed       bool
	description []byte
	// skip are the compiler stages a checked built-in set does without
	// (see moduleUses.skippedStages).
	skip []ast.StageID
}

// compile compiles the policy. Rules from outside the binary are always
// type-checked against the description schema; the built-in set on its own
// is not, and skips every checking stage of the compiler, because its tests
// (go test ./rules/, which loads it with its tests and so with every check
// and the schema) already check exactly these modules, and checking them
// again would cost half of the command's start-up.
func compile(modules map[string]*ast.Module, mode compileMode) (*ast.Compiler, error) {
	var description []byte
	if mode.typed {
		description = mode.description
	}
	c, err := newCompiler(false, description)
	if err != nil {
		return nil, err
	}
	if len(mode.skip) > 0 {
		c = c.WithSkipStages(mode.skip...)
	}
	c.Compile(modules)
	if c.Failed() {
		return nil, &LoadError{Problems: schema.SortProblems(astProblems(c.Errors))}
	}
	return c, nil
}

func duplicateIDs(rules []Rule) []schema.Problem {
	var out []schema.Problem
	first := map[string]Rule{}
	for _, r := range rules {
		if f, dup := first[r.ID]; dup {
			out = append(out, schema.Problem{File: r.File, Line: r.Line, Column: 1,
				Message: fmt.Sprintf("rule id %s is already used by %s:%d; rule ids must be unique across all loaded rule sets", r.ID, f.File, f.Line)})
			continue
		}
		first[r.ID] = r
	}
	return out
}

func closestID(id string, rules []Rule) string {
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.ID
	}
	return suggest.Closest(id, ids)
}

// catalogModule generates the dria.catalog package: the metadata of every
// enabled rule and a reference to its findings (and applies), which the
// engine iterates over.
func catalogModule(rules []Rule) (string, error) {
	type meta struct {
		Title       string      `json:"title"`
		Severity    Severity    `json:"severity"`
		Likelihood  string      `json:"likelihood"`
		Rights      []string    `json:"rights"`
		Category    string      `json:"category"`
		References  []Reference `json:"references"`
		Remediation string      `json:"remediation"`
	}
	metas := map[string]meta{}
	var conditional []string
	for _, r := range rules {
		metas[r.ID] = meta{r.Title, r.Severity, r.Likelihood, r.Rights, r.Category, r.References, r.Remediation}
		if r.Conditional {
			conditional = append(conditional, r.ID)
		}
	}
	metaJSON, err := json.MarshalIndent(metas, "", "\t")
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("# Generated by dria when rules load: the enabled rules, their metadata,\n# and references to their findings. Do not edit.\npackage dria.catalog\n\n")
	b.WriteString("meta := ")
	b.Write(metaJSON)
	b.WriteString("\n\n")
	if len(conditional) == 0 {
		b.WriteString("conditional := set()\n\n")
	} else {
		q := make([]string, len(conditional))
		for i, id := range conditional {
			q[i] = fmt.Sprintf("%q", id)
		}
		fmt.Fprintf(&b, "conditional := {%s}\n\n", strings.Join(q, ", "))
	}
	for _, r := range rules {
		ref := packageRef(r.Package)
		fmt.Fprintf(&b, "findings[%q] := %s.findings\n", r.ID, ref)
		if r.Conditional {
			fmt.Fprintf(&b, "applies[%q] := %s.applies\n", r.ID, ref)
		}
	}
	return b.String(), nil
}

// packageRef writes a package path as a data reference that parses back.
// A rule's Package is its module's package path as OPA writes it (segments
// that are not plain identifiers quoted), without the leading data, so
// putting data back is the reference; parsing it again, once per rule at
// every start, gave the same text.
func packageRef(pkg string) string { return "data." + pkg }

func digest(texts map[string]string) string {
	names := make([]string, 0, len(texts))
	for n := range texts {
		names = append(names, n)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		h.Write([]byte(n))
		h.Write([]byte{0})
		h.Write([]byte(texts[n]))
		h.Write([]byte{0})
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}

// astProblems turns OPA parse, compile and type errors into problems.
func astProblems(err error) []schema.Problem {
	var errs ast.Errors
	if !errors.As(err, &errs) {
		return []schema.Problem{{File: "(rules)", Line: 1, Column: 1, Message: err.Error()}}
	}
	out := make([]schema.Problem, 0, len(errs))
	for _, e := range errs {
		p := schema.Problem{Message: explainASTError(e)}
		if e.Location != nil {
			p.File, p.Line, p.Column = e.Location.File, e.Location.Row, e.Location.Col
		}
		out = append(out, p)
	}
	return out
}

// explainASTError words OPA's error for a rule author, naming the fields
// the description schema has where a rule reads one it does not.
func explainASTError(e *ast.Error) string {
	msg := e.Message
	if d, ok := e.Details.(*ast.RefErrInvalidDetail); ok && d.Pos < len(d.Ref) {
		have := strings.Trim(d.Ref[d.Pos].String(), `"`)
		var names []string
		for _, v := range d.OneOf {
			names = append(names, strings.Trim(v.String(), `"`))
		}
		sort.Strings(names)
		msg = fmt.Sprintf("%s: the description schema has no field %q at %s", e.Message, have, d.Ref[:d.Pos].String())
		if best := suggest.Closest(have, names); best != "" {
			msg += fmt.Sprintf("; did you mean %q?", best)
		} else if len(names) > 0 {
			msg += "; fields there: " + strings.Join(names, ", ")
		}
	}
	if e.Code == ast.TypeErr && !strings.HasPrefix(msg, "type") {
		msg = "type error: " + msg
	}
	return msg
}
