package rules

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/schema"
)

// The trust boundary between the built-in rules and rule packs. A pack
// defines packages only under its own namespace, dria.rules.<namespace>:
// never in a built-in family (even when the built-in rules are not
// loaded), in dria's own packages (dria, dria.lib, dria.engine,
// dria.catalog) or in another pack's namespace. So a pack can add rules
// and findings of its own, and change built-in rules only through the
// overrides of its pack.yaml, which are reported; it cannot redefine a
// built-in rule's helper rules, add to its findings or replace its module.

// namespacePattern is what a namespace may look like: it names a Rego
// package segment and, later, a key of the description's extensions.
var namespacePattern = regexp.MustCompile(`^[a-z][a-z0-9_]{0,62}$`)

// driaOwn are the packages of dria itself beside dria.rules: the entry
// point (package dria), the library, the engine and the generated catalog.
var driaOwn = map[string]bool{"lib": true, "engine": true, "catalog": true, "main": true}

// pack is a rule set loaded from outside the binary.
type pack struct {
	src      ruleSource
	manifest *packManifest // nil when the pack has no (valid) pack.yaml
	// namespace is the one the pack's packages must be under; from names
	// where it comes from, for messages.
	namespace, from string
	// declared is the namespace pack.yaml declares, even one refused.
	declared string
}

// label names the pack in messages (nil is the built-in set).
func (p *pack) label() string {
	if p == nil {
		return "the built-in rules"
	}
	return "rule pack " + safetext.Inline(p.src.name)
}

// reservedNamespaces are the namespaces of the built-in set, which no pack
// may use, whether or not the built-in rules are loaded: each family (a
// folder of rules/) as "a built-in rule family", and the library's and
// engine's as reserved (their tests are dria.rules.lib_test and
// dria.rules.engine_test).
var reservedNamespaces = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	entries, err := fs.ReadDir(builtinFS, ".")
	if err != nil {
		panic("rules: the embedded rules cannot be listed: " + err.Error())
	}
	for _, e := range entries {
		switch {
		case !e.IsDir():
		case isSupportDir(e.Name()):
			out[e.Name()] = e.Name() + " is reserved for the built-in rules"
			out[e.Name()+"_test"] = e.Name() + "_test is reserved for the built-in rules"
		default:
			out[e.Name()] = e.Name() + " is a built-in rule family"
		}
	}
	return out
})

// packageSegments returns a package path without its leading data, as
// plain strings (quoted segments such as ["decisions"] included).
func packageSegments(pkg ast.Ref) []string {
	out := make([]string, 0, len(pkg))
	for _, t := range pkg[1:] {
		s, ok := t.Value.(ast.String)
		if !ok {
			out = append(out, t.String())
			continue
		}
		out = append(out, string(s))
	}
	return out
}

// packageNamespace is the namespace segment of a package under
// dria.rules, or "" for any other package.
func packageNamespace(pkg ast.Ref) string {
	segs := packageSegments(pkg)
	if len(segs) < 3 || segs[0] != "dria" || segs[1] != "rules" {
		return ""
	}
	return segs[2]
}

// checkNamespaces gives each pack its namespace and refuses every pack
// module whose package is outside it, with a problem at its package line.
// It returns the refused modules' problems by file, and the problems of
// namespaces that pack.yaml files declare but may not have.
func checkNamespaces(files []*loadedFile, packs []*pack) (map[*loadedFile]schema.Problem, []schema.Problem) {
	owners := map[string]*pack{}
	var problems []schema.Problem
	for _, p := range packs {
		if p.manifest != nil && p.manifest.Namespace != "" {
			problems = append(problems, p.declare(owners)...)
			continue
		}
		p.infer(files, owners)
	}
	refused := map[*loadedFile]schema.Problem{}
	for _, f := range files {
		if f.pack == nil || f.module == nil {
			continue
		}
		if reason := f.pack.refusal(f.module.Package.Path, owners); reason != "" {
			refused[f] = schema.Problem{File: f.name, Line: f.module.Package.Location.Row, Column: f.module.Package.Location.Col,
				Message: fmt.Sprintf("package %s is not allowed in %s: %s; %s",
					safetext.Inline(strings.TrimPrefix(f.module.Package.Path.String(), "data.")), f.pack.label(), reason, f.pack.allowed())}
		}
	}
	return refused, problems
}

// declare takes the namespace the pack's manifest declares, unless a
// built-in family or an earlier pack has it; then the pack has none.
func (p *pack) declare(owners map[string]*pack) []schema.Problem {
	m := p.manifest
	p.declared = m.Namespace
	at := func(msg string) []schema.Problem {
		return []schema.Problem{{File: m.file, Line: m.namespaceLine, Column: m.namespaceColumn, Message: msg}}
	}
	if reason, reserved := reservedNamespaces()[m.Namespace]; reserved {
		return at(fmt.Sprintf("namespace %s; a pack needs a namespace of its own", reason))
	}
	if owner := owners[m.Namespace]; owner != nil {
		return at(fmt.Sprintf("namespace %s is already the namespace of %s; each pack needs its own", m.Namespace, owner.label()))
	}
	p.namespace, p.from = m.Namespace, fmt.Sprintf("declared in %s:%d", m.file, m.namespaceLine)
	owners[m.Namespace] = p
	return nil
}

// infer takes the namespace of the pack's first module whose package is
// under dria.rules in a namespace no built-in family or earlier pack has.
func (p *pack) infer(files []*loadedFile, owners map[string]*pack) {
	for _, f := range files {
		if f.pack != p || f.module == nil {
			continue
		}
		ns := packageNamespace(f.module.Package.Path)
		if namespacePattern.MatchString(ns) && reservedNamespaces()[ns] == "" && owners[ns] == nil {
			p.namespace, p.from = ns, "taken from "+f.name+", its first module"
			owners[ns] = p
			return
		}
	}
}

// refusal says why a module of the pack may not have the package, or ""
// when it may.
func (p *pack) refusal(pkg ast.Ref, owners map[string]*pack) string {
	segs := packageSegments(pkg)
	switch {
	case len(segs) == 0 || segs[0] != "dria":
		return "it is outside dria.rules"
	case len(segs) == 1 || driaOwn[segs[1]]:
		return strings.Join(segs[:min(2, len(segs))], ".") + " is dria's own package"
	case segs[1] != "rules":
		return "it is outside dria.rules"
	case len(segs) == 2:
		return "dria.rules is the root of every rule set, not a namespace"
	}
	ns := segs[2]
	owner := owners[ns]
	switch reserved := reservedNamespaces()[ns]; {
	case reserved != "":
		return reserved
	case owner != nil && owner != p:
		return ns + " is the namespace of " + owner.label()
	case p.namespace == "" && p.declared != "":
		return "it is outside the namespace pack.yaml declares, " + p.declared
	case p.namespace == "":
		return fmt.Sprintf("\"%s\" is not a namespace (lower-case letters, digits and underscores, starting with a letter)", safetext.Inline(ns))
	case ns != p.namespace:
		return fmt.Sprintf("the pack's namespace is %s (%s)", p.namespace, p.from)
	}
	return ""
}

// allowed says where the pack's packages may be.
func (p *pack) allowed() string {
	if p.namespace == "" {
		return "a pack's packages (rules, helpers and tests) must be under a namespace of its own, dria.rules.<namespace>, that no built-in family or other pack uses"
	}
	return "a pack's packages (rules, helpers and tests) must be under its namespace, dria.rules." + p.namespace
}
