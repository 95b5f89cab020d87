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
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/dria-project/dria/internal/source"
	"github.com/dria-project/dria/schema"
)

//go:embed */*.rego
var builtinFS embed.FS

// Support packages ship with the built-in set and are trusted: the engine
// that scores findings and the library of helpers rules may import.
const (
	rulesPrefix   = "data.dria.rules."
	catalogFile   = "dria/catalog.rego"
	builtinSource = "builtin"
)

// ErrUnknownRule is wrapped by errors about a rule id that no loaded rule
// has, such as one given to WithDisabled.
var ErrUnknownRule = errors.New("unknown rule")

func isSupportDir(dir string) bool { return dir == "lib" || dir == "engine" }

// Option configures Load. Options check their own arguments.
type Option func(*config) error

type ruleSource struct {
	name  string
	fsys  fs.FS
	files map[string][]byte // for tarballs: path inside -> content
}

type config struct {
	extra    []ruleSource
	disabled []string
	builtins bool
	tests    bool
}

// WithDir adds the rules (and their tests) found under a directory.
func WithDir(dir string) Option {
	return func(c *config) error {
		info, err := os.Stat(dir)
		if err != nil {
			return fmt.Errorf("rules directory: %w", err)
		}
		if !info.IsDir() {
			return fmt.Errorf("rules directory %s is not a directory", dir)
		}
		c.extra = append(c.extra, ruleSource{name: filepath.ToSlash(filepath.Clean(dir)), fsys: os.DirFS(dir)})
		return nil
	}
}

// WithPath adds a rule pack from a directory or a gzipped tarball,
// whichever path names.
func WithPath(p string) Option {
	return func(c *config) error {
		info, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("rule pack: %w", err)
		}
		if info.IsDir() {
			return WithDir(p)(c)
		}
		return WithBundle(p)(c)
	}
}

// WithBundle adds the rules of a rule pack packed as a gzipped tarball
// (an OPA bundle, or any .tar.gz of a pack directory): its .rego files, with
// their tests.
func WithBundle(file string) Option {
	return func(c *config) error {
		f, err := os.Open(file)
		if err != nil {
			return fmt.Errorf("rule bundle: %w", err)
		}
		defer f.Close()
		files, err := readBundle(file, f)
		if err != nil {
			return err
		}
		c.extra = append(c.extra, ruleSource{name: filepath.ToSlash(file), files: files})
		return nil
	}
}

// WithFS adds the rules found in a file system; name prefixes their file
// names in messages.
func WithFS(name string, fsys fs.FS) Option {
	return func(c *config) error {
		if fsys == nil {
			return errors.New("rules: WithFS needs a file system")
		}
		c.extra = append(c.extra, ruleSource{name: name, fsys: fsys})
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
// library), to test a rule pack on its own.
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
	compiler  *ast.Compiler
	digest    string
	overrides []Override
}

// Overrides lists the changes rule packs made to other rules' severity or
// enablement, in load order.
func (s *Set) Overrides() []Override { return slices.Clone(s.overrides) }

// Rules returns the enabled rules, sorted by id.
func (s *Set) Rules() []Rule { return slices.Clone(s.rules) }

// Compiler returns the compiled policy: rules, library, engine and catalog.
func (s *Set) Compiler() *ast.Compiler { return s.compiler }

// Digest identifies the policy: a SHA-256 over every module that takes
// part in an assessment, as "sha256:<hex>".
func (s *Set) Digest() string { return s.digest }

// Sources returns the text of every module of the policy by file name,
// including the generated catalog (for building bundles).
func (s *Set) Sources() map[string]string {
	out := make(map[string]string, len(s.texts))
	for k, v := range s.texts {
		out[k] = v
	}
	return out
}

type loadedFile struct {
	name   string // as shown in messages
	source string // "builtin" or the rule set name
	text   string
	test   bool

	// Filled by checkFiles.
	module   *ast.Module
	rule     *Rule
	problems []Problem
}

// checkFiles parses every file and checks it on its own — syntax, sandbox
// and, for rules, metadata — spreading the work over the CPUs, since this
// is most of the start-up time of the command.
func checkFiles(files []*loadedFile, popts ast.ParserOptions) {
	next := make(chan *loadedFile)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for f := range next {
				m, err := ast.ParseModuleWithOpts(f.name, f.text, popts)
				if err != nil {
					f.problems = astProblems(err)
					continue
				}
				f.module = m
				f.problems = checkSandbox(m)
				if !f.test && !isHelperModule(m) {
					var ps []Problem
					f.rule, ps = ruleOf(f, m)
					f.problems = append(f.problems, ps...)
				}
			}
		})
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
}

// Load reads, checks and compiles the built-in rules and any extra rule
// sets. Every problem found is returned at once as a *LoadError.
func Load(ctx context.Context, opts ...Option) (*Set, error) {
	cfg := config{builtins: true}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	var files []*loadedFile
	var problems []Problem
	support := map[string]string{}

	// The built-in set: support packages always, rules unless left out.
	err := fs.WalkDir(builtinFS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		data, err := builtinFS.ReadFile(p)
		if err != nil {
			return err
		}
		name := "rules/" + p
		isTest := strings.HasSuffix(p, "_test.rego")
		if isSupportDir(path.Dir(p)) {
			if !isTest {
				support[name] = string(data)
			} else if cfg.tests && cfg.builtins {
				files = append(files, &loadedFile{name: name, source: builtinSource, text: string(data), test: true})
			}
			return nil
		}
		if cfg.builtins && (!isTest || cfg.tests) {
			files = append(files, &loadedFile{name: name, source: builtinSource, text: string(data), test: isTest})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading built-in rules: %w", err)
	}
	for _, src := range cfg.extra {
		if src.files != nil {
			names := make([]string, 0, len(src.files))
			for n := range src.files {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, n := range names {
				if n == PackManifest {
					continue
				}
				isTest := strings.HasSuffix(n, "_test.rego")
				if isTest && !cfg.tests {
					continue
				}
				files = append(files, &loadedFile{name: src.name + "!/" + n, source: src.name, text: string(src.files[n]), test: isTest})
			}
			continue
		}
		err := fs.WalkDir(src.fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if p != "." && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(p, ".rego") {
				return nil
			}
			isTest := strings.HasSuffix(p, "_test.rego")
			if isTest && !cfg.tests {
				return nil
			}
			data, err := fs.ReadFile(src.fsys, p)
			if err != nil {
				return err
			}
			files = append(files, &loadedFile{name: path.Join(src.name, p), source: src.name, text: string(data), test: isTest})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("reading rules from %s: %w", src.name, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var manifests []packManifest
	for _, src := range cfg.extra {
		m, ps, err := readManifest(src)
		if err != nil {
			return nil, err
		}
		problems = append(problems, ps...)
		if m != nil {
			manifests = append(manifests, *m)
		}
	}

	popts := ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true}
	modules := map[string]*ast.Module{}
	texts := map[string]string{}
	tests := map[string]*ast.Module{}
	for name, text := range support {
		m, err := ast.ParseModuleWithOpts(name, text, popts)
		if err != nil {
			return nil, fmt.Errorf("built-in support module %s: %w", name, err)
		}
		modules[name] = m
		texts[name] = text
	}
	var rules []Rule
	byPackage := map[string]*Rule{}
	checkFiles(files, popts)
	for _, f := range files {
		problems = append(problems, f.problems...)
		m := f.module
		if m == nil {
			continue
		}
		pkg := m.Package.Path.String()
		if f.test {
			if !strings.HasPrefix(pkg, rulesPrefix) {
				problems = append(problems, Problem{File: f.name, Line: m.Package.Location.Row, Column: m.Package.Location.Col,
					Message: fmt.Sprintf("test package %s must be under dria.rules (dria.rules.<namespace>.<name>_test)", strings.TrimPrefix(pkg, "data."))})
				continue
			}
			tests[f.name] = m
			continue
		}
		if isHelperModule(m) {
			// A module with neither metadata nor findings holds helpers
			// for a pack's rules; it is compiled (and sandboxed) but is
			// not a rule.
			if !strings.HasPrefix(m.Package.Path.String(), rulesPrefix) {
				problems = append(problems, Problem{File: f.name, Line: m.Package.Location.Row, Column: m.Package.Location.Col,
					Message: fmt.Sprintf("package %s must be under dria.rules (dria.rules.<namespace>...)", strings.TrimPrefix(m.Package.Path.String(), "data."))})
				continue
			}
			modules[f.name] = m
			texts[f.name] = f.text
			continue
		}
		rule := f.rule
		if rule == nil {
			continue
		}
		if other, dup := byPackage[rule.Package]; dup {
			problems = append(problems, Problem{File: f.name, Line: m.Package.Location.Row, Column: m.Package.Location.Col,
				Message: fmt.Sprintf("package %s is also declared in %s; each rule is one package in one file", rule.Package, other.File)})
			continue
		}
		byPackage[rule.Package] = rule
		rules = append(rules, *rule)
		modules[f.name] = m
		texts[f.name] = f.text
	}
	problems = append(problems, duplicateIDs(rules)...)
	var overrides []Override
	if len(problems) == 0 {
		var ps []Problem
		rules, overrides, ps = applyOverrides(rules, manifests)
		problems = append(problems, ps...)
	}

	// Disabled rules leave the catalog; their modules stay compiled so
	// that packs and tests that import them still work.
	if len(cfg.disabled) > 0 && len(problems) == 0 {
		known := map[string]bool{}
		for _, r := range rules {
			known[r.ID] = true
		}
		off := map[string]bool{}
		for _, id := range cfg.disabled {
			if !known[id] {
				msg := fmt.Sprintf("cannot disable %s: no loaded rule has that id", id)
				if best := closestID(id, rules); best != "" {
					msg += fmt.Sprintf("; did you mean %s?", best)
				}
				return nil, fmt.Errorf("%w: %s", ErrUnknownRule, msg)
			}
			off[id] = true
		}
		rules = slices.DeleteFunc(rules, func(r Rule) bool { return off[r.ID] })
	}
	if len(problems) > 0 {
		return nil, &LoadError{Problems: sortProblems(problems)}
	}
	slices.SortFunc(rules, func(a, b Rule) int { return cmp.Compare(a.ID, b.ID) })

	catalog, err := catalogModule(rules)
	if err != nil {
		return nil, err
	}
	cm, err := ast.ParseModuleWithOpts(catalogFile, catalog, popts)
	if err != nil {
		return nil, fmt.Errorf("generated catalog: %w", err)
	}
	modules[catalogFile] = cm
	texts[catalogFile] = catalog

	compiler, err := compile(modules, len(cfg.extra) > 0 || cfg.tests)
	if err != nil {
		return nil, err
	}
	return &Set{rules: rules, modules: modules, texts: texts, tests: tests, compiler: compiler, digest: digest(texts), overrides: overrides}, nil
}

// newCompiler returns a compiler with dria's sandbox capabilities and, when
// typed, the description schema as the type of input. Print statements are
// kept only for tests, where their output helps rule authors.
func newCompiler(prints, typed bool) (*ast.Compiler, error) {
	_, caps := sandbox()
	c := ast.NewCompiler().
		WithCapabilities(caps).
		WithEnablePrintStatements(prints).
		WithDefaultRegoVersion(ast.RegoV1)
	if typed {
		schemas, err := inputSchema()
		if err != nil {
			return nil, err
		}
		c = c.WithSchemas(schemas)
	}
	return c, nil
}

// compile compiles the policy. Rules from outside the binary are always
// type-checked against the description schema; the built-in set on its own
// is not, because its tests (go test ./rules/, which loads it with its tests
// and so with the schema) already check exactly these modules, and
// checking them again would cost a tenth of the command's start-up.
func compile(modules map[string]*ast.Module, typed bool) (*ast.Compiler, error) {
	c, err := newCompiler(false, typed)
	if err != nil {
		return nil, err
	}
	c.Compile(modules)
	if c.Failed() {
		return nil, &LoadError{Problems: sortProblems(astProblems(c.Errors))}
	}
	return c, nil
}

// inputSchema is the description schema in the form OPA's type checker
// reads, so that a rule reading a misspelt field is a load error.
func inputSchema() (*ast.SchemaSet, error) {
	text, err := schema.JSON(schema.Description)
	if err != nil {
		return nil, err
	}
	var raw any
	if err := json.Unmarshal(text, &raw); err != nil {
		return nil, fmt.Errorf("description schema: %w", err)
	}
	ss := ast.NewSchemaSet()
	ss.Put(ast.SchemaRootRef, raw)
	return ss, nil
}

// isHelperModule reports whether a module has no package METADATA and
// defines no findings: a library of helpers rather than a rule.
func isHelperModule(m *ast.Module) bool {
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			return false
		}
	}
	for _, r := range m.Rules {
		if r.Head.Ref()[0].Value.String() == "findings" {
			return false
		}
	}
	return true
}

// ruleOf checks a rule module and reads its metadata.
func ruleOf(f *loadedFile, m *ast.Module) (*Rule, []Problem) {
	pkgLoc := m.Package.Location
	at := func(msg string) Problem {
		return Problem{File: f.name, Line: pkgLoc.Row, Column: pkgLoc.Col, Message: msg}
	}
	pkg := m.Package.Path.String()
	segments := len(m.Package.Path) - 3 // data.dria.rules.<...>
	if !strings.HasPrefix(pkg, rulesPrefix) || segments < 2 {
		return nil, []Problem{at(fmt.Sprintf("rule package %s must be dria.rules.<family or namespace>.<name>", strings.TrimPrefix(pkg, "data.")))}
	}
	var hasFindings, hasApplies bool
	for _, r := range m.Rules {
		switch r.Head.Ref()[0].Value.String() {
		case "findings":
			hasFindings = true
		case "applies":
			hasApplies = true
		}
	}
	var problems []Problem
	if !hasFindings {
		problems = append(problems, at("rule package defines no findings (a set of objects with msg and paths)"))
	}
	var ann *ast.Annotations
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			ann = a
			break
		}
	}
	if ann == nil {
		return nil, append(problems, at("rule has no # METADATA block before its package line (title, description and custom: id, severity, likelihood, rights, category, references, remediation)"))
	}
	rule, ps := readMetadata(f, m, ann)
	problems = append(problems, ps...)
	if rule == nil || len(problems) > 0 {
		return nil, problems
	}
	rule.Package = strings.TrimPrefix(pkg, "data.")
	rule.Conditional = hasApplies
	rule.Source = f.source
	return rule, nil
}

// readMetadata parses the METADATA comment block again with source
// positions and validates it against the rule metadata schema, so that
// each problem names the line of the field at fault.
func readMetadata(f *loadedFile, m *ast.Module, ann *ast.Annotations) (*Rule, []Problem) {
	start := ann.Location.Row
	end := m.Package.Location.Row
	var lines []string
	var offsets []int // column offset of each YAML line in the file
	for _, c := range m.Comments {
		row := c.Location.Row
		if row <= start || row >= end {
			continue
		}
		for len(lines) < row-start-1 {
			lines = append(lines, "")
			offsets = append(offsets, 0)
		}
		text := string(c.Text)
		off := c.Location.Col
		if strings.HasPrefix(text, " ") {
			text = text[1:]
			off++
		}
		lines = append(lines, text)
		offsets = append(offsets, off)
	}
	block := strings.Join(lines, "\n")
	toFile := func(line, col int) (int, int) {
		if line >= 1 && line <= len(offsets) {
			return start + line, col + offsets[line-1]
		}
		return start, 1
	}
	docs, err := source.Parse(f.name, []byte(block), source.YAML, source.Limits{})
	if err != nil {
		var se *source.Error
		if errors.As(err, &se) {
			l, c := toFile(se.Pos.Line, se.Pos.Column)
			return nil, []Problem{{File: f.name, Line: l, Column: c, Message: "METADATA: " + se.Msg}}
		}
		return nil, []Problem{{File: f.name, Line: start, Column: 1, Message: "METADATA: " + err.Error()}}
	}
	v, err := schema.ValidatorFor(schema.Rules)
	if err != nil {
		return nil, []Problem{{File: f.name, Line: start, Column: 1, Message: err.Error()}}
	}
	doc := docs[0]
	if ps := v.Validate(doc); len(ps) > 0 {
		out := make([]Problem, len(ps))
		for i, p := range ps {
			l, c := toFile(p.Line, p.Column)
			out[i] = Problem{File: f.name, Line: l, Column: c, Message: "METADATA: " + p.Message}
		}
		return nil, out
	}
	// The custom block has the Rule's own field names.
	var md struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Custom      Rule   `json:"custom"`
	}
	if err := doc.Root.Decode(&md); err != nil {
		return nil, []Problem{{File: f.name, Line: start, Column: 1, Message: "METADATA: " + err.Error()}}
	}
	r := md.Custom
	r.Title, r.Description = strings.TrimSpace(md.Title), strings.TrimSpace(md.Description)
	r.Remediation = strings.TrimSpace(r.Remediation)
	r.File, r.Line = f.name, start
	return &r, nil
}

func duplicateIDs(rules []Rule) []Problem {
	var out []Problem
	first := map[string]Rule{}
	for _, r := range rules {
		if f, dup := first[r.ID]; dup {
			out = append(out, Problem{File: r.File, Line: r.Line, Column: 1,
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
	return schema.Closest(id, ids)
}

// catalogModule generates the dria.catalog package: the metadata of every
// enabled rule and a reference to its findings (and applies), which the
// engine iterates over.
func catalogModule(rules []Rule) (string, error) {
	type meta struct {
		Title       string      `json:"title"`
		Severity    string      `json:"severity"`
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

// packageRef writes a package path as a data reference that parses back,
// quoting segments that are not plain identifiers.
func packageRef(pkg string) string {
	ref := ast.MustParseRef("data." + pkg)
	return ref.String()
}

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
func astProblems(err error) []Problem {
	var errs ast.Errors
	if !errors.As(err, &errs) {
		return []Problem{{File: "(rules)", Line: 1, Column: 1, Message: err.Error()}}
	}
	out := make([]Problem, 0, len(errs))
	for _, e := range errs {
		p := Problem{Message: explainASTError(e)}
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
		if best := schema.Closest(have, names); best != "" {
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

func sortProblems(ps []Problem) []Problem {
	slices.SortFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column), cmp.Compare(a.Message, b.Message))
	})
	return slices.Compact(ps)
}
