package rules

import (
	"encoding/json"
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/dria-project/dria/schema"
)

// A rule pack can ask its own questions: the extensionSchema of its
// pack.yaml is the JSON Schema of the facts it reads under
// spec.extensions.<namespace>. Once every pack has its namespace, each
// schema is checked (schema.CheckExtension) and placed in the description
// schema, and the merged schema is what the pack's rules are type-checked
// against, what descriptions are validated with (Set.DescriptionValidator)
// and what a bundle carries as data.dria.schemas.description.

// extensionKey is the key of the extension schema in pack.yaml.
const extensionKey = "extensionSchema"

// packName names a pack in messages about descriptions: its pack.yaml name,
// or else the path it was loaded from.
func (p *pack) packName() string {
	if p.manifest != nil && p.manifest.Name != "" {
		return p.manifest.Name
	}
	return p.src.name
}

// checkExtensions checks the extension schema of every pack that declares
// one, once the packs have their namespaces, and returns the packs as the
// description schema sees them (an extension with problems left out).
func checkExtensions(packs []*pack) ([]schema.RulePack, []schema.Problem) {
	out := make([]schema.RulePack, 0, len(packs))
	var problems []schema.Problem
	for _, p := range packs {
		rp := schema.RulePack{Name: p.packName(), Namespace: p.namespace}
		if m := p.manifest; m != nil && m.extension != nil {
			switch ps := extensionProblems(p); {
			case len(ps) > 0:
				problems = append(problems, ps...)
			case p.namespace != "":
				rp.Extension = m.extension
			}
		}
		out = append(out, rp)
	}
	return out, problems
}

// extensionProblems are the problems of the pack's extension schema. A pack
// whose declared namespace was refused has that problem already.
func extensionProblems(p *pack) []schema.Problem {
	m := p.manifest
	switch {
	case p.namespace == "" && p.declared == "":
		at := m.extension.KeyPos
		return []schema.Problem{{File: m.file, Line: at.Line, Column: at.Column, Pointer: "/" + extensionKey,
			Message: "extensionSchema needs the pack's namespace, the key of its facts under spec.extensions: declare it with namespace: in pack.yaml"}}
	case p.namespace == "":
		return nil
	}
	return schema.CheckExtension(m.file, m.extension)
}

// hasExtensions reports whether a pack asks for facts of its own.
func hasExtensions(packs []schema.RulePack) bool {
	for _, p := range packs {
		if p.Extension != nil {
			return true
		}
	}
	return false
}

// descriptionSchema is the description schema with the packs' extensions,
// and, when there are any, its compiled validator.
func descriptionSchema(packs []schema.RulePack) ([]byte, *schema.Validator, error) {
	text, err := schema.DescriptionJSON(packs)
	if err != nil || !hasExtensions(packs) {
		return text, nil, err
	}
	v, err := schema.NewDescriptionValidator(packs)
	if err != nil {
		return nil, nil, fmt.Errorf("the description schema with the rule packs' extensions: %w", err)
	}
	return text, v, nil
}

// DescriptionSchema returns the JSON Schema that descriptions assessed
// with the set are validated against: the built-in description schema
// with the extension schema of every loaded pack under
// spec.extensions.<namespace> (without extensions, the built-in schema
// itself). The slice is a copy.
func (s *Set) DescriptionSchema() []byte {
	return append([]byte(nil), s.description...)
}

// DescriptionValidator returns the validator of descriptions for the set
// (see schema.NewDescriptionValidator): it knows the packs' extensions
// and names the loaded packs to a description using one that none of them
// declares. Give it to schema.Load with schema.WithValidator.
func (s *Set) DescriptionValidator() (*schema.Validator, error) {
	if s.validator != nil {
		return s.validator, nil
	}
	return schema.NewDescriptionValidator(s.packs)
}

// inputSchema is a description schema in the form OPA's type checker
// reads, so that a rule reading a misspelt field, in the built-in format
// or in a pack's extension, is a load error.
func inputSchema(description []byte) (*ast.SchemaSet, error) {
	var raw any
	if err := json.Unmarshal(description, &raw); err != nil {
		return nil, fmt.Errorf("description schema: %w", err)
	}
	ss := ast.NewSchemaSet()
	ss.Put(ast.SchemaRootRef, raw)
	return ss, nil
}
