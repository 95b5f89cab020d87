package rules

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/dria-project/dria/schema"
)

// loadedFile is one Rego file of a rule set on its way into the policy.
type loadedFile struct {
	// name is the file's name in messages and its module's name.
	name string
	// rel is its path inside its rule set.
	rel string
	// source names the rule set, "builtin" or the pack as given.
	source string
	// pack is the pack it belongs to; nil for built-in files.
	pack *pack
	text string
	test bool
	// support marks the built-in library and engine: trusted modules
	// that are not rules.
	support bool
	// checked marks a built-in file loaded without the tests: its
	// metadata is read from OPA's annotations (see startup.go).
	checked bool

	// Filled by checkFiles.
	module   *ast.Module
	rule     *Rule
	problems []schema.Problem
	// uses are the features of a checked module that compiler stages of
	// their own rewrite.
	uses moduleUses
}

// checkFiles parses every file and checks it on its own — syntax, sandbox
// and, for rules, metadata — spreading the work over the CPUs, since this
// is most of the start-up time of the command.
func checkFiles(files []*loadedFile) {
	next := make(chan *loadedFile)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for f := range next {
				f.check()
			}
		})
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
}

// check parses the file and checks it on its own.
func (f *loadedFile) check() {
	opts := parserOptions
	if f.checked {
		opts = checkedParserOptions
	}
	m, err := ast.ParseModuleWithOpts(f.name, f.text, opts)
	if err != nil {
		f.problems = astProblems(err)
		return
	}
	f.module = m
	if f.checked {
		f.uses = usesOf(m)
	}
	if f.support {
		return // trusted: the library reads the host's clock
	}
	f.problems = checkSandbox(m)
	if !f.test && !f.isHelper() {
		var ps []schema.Problem
		f.rule, ps = ruleOf(f, m)
		f.problems = append(f.problems, ps...)
	}
}

// policy is the checked files sorted into what the policy is made of.
type policy struct {
	rules   []Rule
	modules map[string]*ast.Module // rules, helpers, library and engine
	texts   map[string]string      // their text, by module name
	tests   map[string]*ast.Module
	// entries names each module in a bundle.
	entries  map[string]string
	problems []schema.Problem
	// uses are the features of a checked module that compiler stages of
	// their own rewrite.
	uses moduleUses
}

// classify sorts the files into rules, helpers and tests, leaving out (and
// reporting) those the namespace check refused and those with problems.
func classify(files []*loadedFile, refused map[*loadedFile]schema.Problem) *policy {
	p := &policy{modules: map[string]*ast.Module{}, texts: map[string]string{}, tests: map[string]*ast.Module{}, entries: map[string]string{}}
	byPackage := map[string]*loadedFile{}
	for _, f := range files {
		if pr, ok := refused[f]; ok {
			p.problems = append(p.problems, pr) // the package line says it all
			continue
		}
		p.problems = append(p.problems, f.problems...)
		switch {
		case f.module == nil:
		case f.test:
			p.tests[f.name] = f.module
		case f.support || f.isHelper():
			// A module with neither metadata nor findings holds helpers
			// for rules; it is compiled (and sandboxed) but is not a rule.
			p.add(f)
		case f.rule != nil:
			if other, dup := byPackage[f.rule.Package]; dup {
				loc := f.module.Package.Location
				p.problems = append(p.problems, schema.Problem{File: f.name, Line: loc.Row, Column: loc.Col,
					Message: fmt.Sprintf("package %s is also declared in %s; each rule is one package in one file", f.rule.Package, other.name)})
				continue
			}
			byPackage[f.rule.Package] = f
			p.rules = append(p.rules, *f.rule)
			p.add(f)
		}
	}
	return p
}

func (p *policy) add(f *loadedFile) {
	p.modules[f.name] = f.module
	p.texts[f.name] = f.text
	p.entries[f.name] = bundleEntry(f)
	p.uses = p.uses.or(f.uses)
}

// isHelper reports whether the file's module has no package METADATA and
// defines no findings: a library of helpers rather than a rule.
func (f *loadedFile) isHelper() bool {
	return f.metadataStart() == 0 && !definesRule(f.module, "findings")
}

// metadataStart is the line of the "# METADATA" that starts the module's
// package-scoped METADATA block, or 0 when it has none.
func (f *loadedFile) metadataStart() int {
	if f.checked {
		return packageMetadataRow(f.module) // parsed without annotations
	}
	if ann := packageAnnotations(f.module); ann != nil {
		return ann.Location.Row
	}
	return 0
}

// packageAnnotations is the module's package-scoped METADATA, or nil.
func packageAnnotations(m *ast.Module) *ast.Annotations {
	for _, a := range m.Annotations {
		if a.Scope == "package" {
			return a
		}
	}
	return nil
}

// definesRule reports whether the module defines a rule of that name.
func definesRule(m *ast.Module, name string) bool {
	for _, r := range m.Rules {
		if r.Head.Ref()[0].Value.String() == name {
			return true
		}
	}
	return false
}

// ruleOf checks a rule module and reads its metadata.
func ruleOf(f *loadedFile, m *ast.Module) (*Rule, []schema.Problem) {
	pkgLoc := m.Package.Location
	at := func(msg string) schema.Problem {
		return schema.Problem{File: f.name, Line: pkgLoc.Row, Column: pkgLoc.Col, Message: msg}
	}
	pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
	if segs := packageSegments(m.Package.Path); len(segs) < 4 || segs[0] != "dria" || segs[1] != "rules" {
		return nil, []schema.Problem{at(fmt.Sprintf("rule package %s must be dria.rules.<family or namespace>.<name>", pkg))}
	}
	var problems []schema.Problem
	if !definesRule(m, "findings") {
		problems = append(problems, at("rule package defines no findings (a set of objects with msg and paths)"))
	}
	start := f.metadataStart()
	if start == 0 {
		return nil, append(problems, at("rule has no # METADATA block before its package line (title, description and custom: id, severity, likelihood, rights, category, references, remediation)"))
	}
	var rule *Rule
	var ps []schema.Problem
	if f.checked {
		rule, ps = decodeMetadata(f, newMetadataBlock(m, start))
	} else {
		rule, ps = readMetadata(f, m, start)
	}
	problems = append(problems, ps...)
	if rule == nil || len(problems) > 0 {
		return nil, problems
	}
	rule.Package = pkg
	rule.Conditional = definesRule(m, "applies")
	rule.Source = f.source
	return rule, nil
}
