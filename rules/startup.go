package rules

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"go.yaml.in/yaml/v3"

	"github.com/dria-project/dria/schema"
)

// Start-up work saved for the built-in rule set on its own (no rule pack,
// no tests): the set the command loads at every start. Its modules are
// fixed in the binary, and `go test ./rules/` loads exactly these files
// with their tests, and so with every check below, the description schema
// and the full metadata validation. What the checks would say at run time
// is therefore already known; leaving them out changes no finding (see
// TestFastLoadIsTheCheckedLoad). Rule packs and tests always get every
// check. docs/performance.md has the figures.

// checkOnlyStages are the OPA compiler stages that only report errors
// (none changes a module or anything evaluation reads), and SetGraph, whose
// dependency graph only CheckRecursion and CheckTypes read. CheckTypes is
// also where OPA v1.22.3 spends most of its time on dria's rules: with no
// `with` modifier in the compiled modules its replacedRules finds nothing,
// and because nothing is not remembered it walks every module again for
// each rule whose type holds an empty collection. Evaluation reads the type
// environment only to tell replaced functions from data under `with`, so
// the stages are skipped only for a set without `with` (see
// moduleUses.skippedStages).
var checkOnlyStages = []ast.StageID{
	ast.StageCheckUnusedImports,
	ast.StageCheckKeywordOverrides,
	ast.StageCheckDuplicateImports,
	ast.StageCheckVoidCalls,
	ast.StageCheckRuleConflicts,
	ast.StageCheckUndefinedFuncs,
	ast.StageCheckSafetyRuleHeads,
	ast.StageCheckRecursion,
	ast.StageCheckTypes,
	ast.StageCheckUnsafeBuiltins,
	ast.StageCheckDeprecatedBuiltins,
	ast.StageBuildRequiredCapabilities,
	ast.StageRewriteTestRulesForTracing,
	ast.StageSetGraph,
}

// moduleUses are the language features of a checked module that compiler
// stages of their own rewrite: without any of them in the whole set, those
// stages have nothing to do but walk every module, and are skipped.
type moduleUses struct {
	with      bool // with modifiers (they also keep the checking stages)
	print     bool // print calls, which the compiler erases
	metadata  bool // rego.metadata.chain or rego.metadata.rule calls
	templates bool // template strings
}

// usesOf finds the features a module uses, in calls written as
// expressions and as terms alike.
func usesOf(m *ast.Module) moduleUses {
	var u moduleUses
	call := func(op ast.Ref) {
		u.print = u.print || op.Equal(ast.Print.Ref())
		u.metadata = u.metadata || op.Equal(ast.RegoMetadataChain.Ref()) || op.Equal(ast.RegoMetadataRule.Ref())
	}
	ast.NewGenericVisitor(func(x any) bool {
		switch x := x.(type) {
		case *ast.With:
			u.with = true
		case *ast.Expr:
			if x.IsCall() {
				call(x.Operator())
			}
		case ast.Call:
			if len(x) > 0 {
				if op, ok := x[0].Value.(ast.Ref); ok {
					call(op)
				}
			}
		case *ast.TemplateString:
			u.templates = true
		}
		return false
	}).Walk(m)
	return u
}

// or is what either set of uses has.
func (u moduleUses) or(v moduleUses) moduleUses {
	return moduleUses{u.with || v.with, u.print || v.print, u.metadata || v.metadata, u.templates || v.templates}
}

// compileModeFor is the compilation a set needs: every stage, and types
// checked against the description schema (with the packs' extensions),
// for one with packs or tests;
// the built-in set on its own skips the stages it does not need.
func compileModeFor(typed bool, uses moduleUses, description []byte) compileMode {
	if typed {
		return compileMode{typed: true, description: description}
	}
	return compileMode{skip: uses.skippedStages()}
}

// skippedStages are the compiler stages a checked set does not need: the
// checks, when it has no with modifier, and the rewriting of features it
// does not use.
func (u moduleUses) skippedStages() []ast.StageID {
	if u.with {
		return nil // see checkOnlyStages
	}
	skip := slices.Concat(checkOnlyStages, []ast.StageID{ast.StageRewriteWithValues})
	if !u.print {
		skip = append(skip, ast.StageRewritePrintCalls)
	}
	if !u.metadata {
		skip = append(skip, ast.StageParseMetadataBlocks, ast.StageRewriteRegoMetadataCalls)
	}
	if !u.templates {
		skip = append(skip, ast.StageRewriteTemplateStrings)
	}
	return skip
}

// checkedParserOptions parse a checked built-in file without reading its
// METADATA blocks, which costs OPA's parser almost half its time on dria's
// rules (it reads the YAML and converts it through JSON); decodeMetadata
// reads the one block dria needs.
var checkedParserOptions = ast.ParserOptions{RegoVersion: ast.RegoV1}

// packageMetadataRow is the line of the first "# METADATA" comment above
// the package line, which starts the block OPA scopes to the package (blank
// lines and other comments may come between it and the package line), or 0
// when there is none.
func packageMetadataRow(m *ast.Module) int {
	for _, c := range m.Comments {
		if c.Location.Row >= m.Package.Location.Row {
			break
		}
		if strings.TrimSpace(string(c.Text)) == "METADATA" {
			return c.Location.Row
		}
	}
	return 0
}

// decodeMetadata reads a built-in rule's metadata from its METADATA block
// without source positions or the rule metadata schema: positions only
// serve messages about bad metadata, and the built-in metadata is validated
// by the tests. The result is the Rule readMetadata gives.
func decodeMetadata(f *loadedFile, b metadataBlock) (*Rule, []schema.Problem) {
	fail := func(err error) (*Rule, []schema.Problem) {
		return nil, []schema.Problem{{File: f.name, Line: b.start, Column: 1, Message: "METADATA: " + err.Error()}}
	}
	var md struct {
		Title       string         `yaml:"title"`
		Description string         `yaml:"description"`
		Custom      map[string]any `yaml:"custom"`
	}
	if err := yaml.Unmarshal([]byte(b.yaml), &md); err != nil {
		return fail(err)
	}
	// The custom block has the Rule's own (JSON) field names.
	raw, err := json.Marshal(md.Custom)
	if err != nil {
		return fail(err)
	}
	var r Rule
	if err := json.Unmarshal(raw, &r); err != nil {
		return fail(err)
	}
	r.Title, r.Description = strings.TrimSpace(md.Title), strings.TrimSpace(md.Description)
	r.Remediation = strings.TrimSpace(r.Remediation)
	r.File, r.Line = f.name, b.start
	return &r, nil
}

// catalogMeta is the catalog's meta object as an OPA value, built directly
// from the rules: the value the parser reads from the JSON that
// catalogModule writes (TestCatalogMetaIsTheParsedOne holds them equal),
// without parsing it.
func catalogMeta(rules []Rule) ast.Value {
	items := make([][2]*ast.Term, 0, len(rules))
	for _, r := range rules {
		refs := make([]*ast.Term, len(r.References))
		for i, ref := range r.References {
			refs[i] = ast.ObjectTerm(
				ast.Item(ast.StringTerm("framework"), ast.StringTerm(ref.Framework)),
				ast.Item(ast.StringTerm("ref"), ast.StringTerm(ref.Ref)))
		}
		m := ast.NewObject(
			ast.Item(ast.StringTerm("title"), ast.StringTerm(r.Title)),
			ast.Item(ast.StringTerm("severity"), ast.StringTerm(string(r.Severity))),
			ast.Item(ast.StringTerm("likelihood"), ast.StringTerm(r.Likelihood)),
			ast.Item(ast.StringTerm("rights"), stringsTerm(r.Rights)),
			ast.Item(ast.StringTerm("category"), ast.StringTerm(r.Category)),
			ast.Item(ast.StringTerm("references"), listTerm(r.References == nil, refs)),
			ast.Item(ast.StringTerm("remediation"), ast.StringTerm(r.Remediation)))
		items = append(items, [2]*ast.Term{ast.StringTerm(r.ID), ast.NewTerm(m)})
	}
	return ast.NewObject(items...)
}

// stringsTerm is a list of strings as JSON writes it: null when nil.
func stringsTerm(ss []string) *ast.Term {
	terms := make([]*ast.Term, len(ss))
	for i, s := range ss {
		terms[i] = ast.StringTerm(s)
	}
	return listTerm(ss == nil, terms)
}

func listTerm(null bool, terms []*ast.Term) *ast.Term {
	if null {
		return ast.NullTerm()
	}
	return ast.ArrayTerm(terms...)
}

// metaPlaceholder stands for the meta object in the catalog text that is
// parsed; the value of catalogMeta takes its place in the module.
const metaPlaceholder = "meta := {}"

// parseCatalog builds the catalog module: the generated text with its meta
// object left out is parsed (the references to the rules' findings), and
// the meta rule gets the value built from the rules.
func parseCatalog(rules []Rule, text string) (*ast.Module, error) {
	start := strings.Index(text, "\nmeta := ")
	end := strings.Index(text, "\n\nconditional := ")
	if start < 0 || end < start {
		return nil, fmt.Errorf("generated catalog: no meta object")
	}
	// Blank lines keep every later line, and so every location in the
	// module, where the full text has it.
	short := text[:start+1] + metaPlaceholder + strings.Repeat("\n", strings.Count(text[start+1:end], "\n")) + text[end:]
	m, err := ast.ParseModuleWithOpts(catalogFile, short, parserOptions)
	if err != nil {
		return nil, fmt.Errorf("generated catalog: %w", err)
	}
	for _, r := range m.Rules {
		if r.Head.Name == "meta" && r.Head.Value != nil {
			loc := r.Head.Value.Location
			r.Head.Value = ast.NewTerm(catalogMeta(rules))
			r.Head.Value.Location = loc
			return m, nil
		}
	}
	return nil, fmt.Errorf("generated catalog: no meta rule")
}
