package schema

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/schema/source"
)

// Rule packs can ask their own questions. A pack declares, in the
// extensionSchema of its pack.yaml, a JSON Schema (draft 2020-12) fragment
// for the facts it reads under spec.extensions.<namespace>. The fragment is
// checked on its own (CheckExtension) and then placed in the description
// schema at /properties/spec/properties/extensions/properties/<namespace>,
// its $refs rewritten to point to where it now is, so that descriptions are
// validated, located and explained like every other field, and the merged
// schema is one self-contained document (DescriptionJSON).

// RulePack is a loaded rule pack as the description schema sees it.
type RulePack struct {
	// Name names the pack in messages: its pack.yaml name, or the path it
	// was loaded from.
	Name string
	// Namespace is the pack's namespace, the key of its facts under
	// spec.extensions.
	Namespace string
	// Extension is the schema of spec.extensions.<Namespace> as parsed from
	// pack.yaml (see CheckExtension); nil when the pack asks for no facts.
	Extension *source.Node
}

// ExtensionsPointer is where the packs' extensions are in a description.
const ExtensionsPointer = "/spec/extensions"

// extensionsAt is where the extensions object is in the description schema.
const extensionsAt = "/properties/spec/properties/extensions"

// extensionAt is where a pack's fragment goes in the description schema.
func extensionAt(namespace string) string {
	return extensionsAt + "/properties/" + source.EscapePointerToken(namespace)
}

// namespacePattern is the form of a namespace (rules/namespace.go has the
// same, and the description schema's propertyNames of spec.extensions).
var namespacePattern = regexp.MustCompile(`^[a-z][a-z0-9_]{0,62}$`)

// The keywords of JSON Schema 2020-12 (and their older spellings) whose
// values are schemas: one schema, an object of schemas, a list of schemas.
var (
	schemaValued = map[string]bool{"additionalProperties": true, "items": true, "contains": true, "propertyNames": true,
		"not": true, "if": true, "then": true, "else": true, "unevaluatedItems": true, "unevaluatedProperties": true,
		"additionalItems": true, "contentSchema": true}
	schemaMapValued  = map[string]bool{"properties": true, "patternProperties": true, "$defs": true, "definitions": true, "dependentSchemas": true}
	schemaListValued = map[string]bool{"allOf": true, "anyOf": true, "oneOf": true, "prefixItems": true}
)

// refusedKeywords would make a fragment a resource of its own or let it
// refer to schemas outside itself.
var refusedKeywords = []string{"$id", "$anchor", "$dynamicAnchor", "$dynamicRef", "$recursiveAnchor", "$recursiveRef", "$vocabulary"}

// draft2020 is the only $schema a fragment may name.
const draft2020 = "https://json-schema.org/draft/2020-12/schema"

// eachSchema calls f on s and on every schema inside it (the values of the
// keywords that hold schemas), with its JSON pointer below the fragment.
// Boolean schemas have nothing to check and are not visited.
func eachSchema(s *source.Node, ptr string, f func(s *source.Node, ptr string)) {
	if s.Kind != source.Object {
		return
	}
	f(s, ptr)
	for i, k := range s.Keys {
		v, p := s.Values[i], ptr+"/"+source.EscapePointerToken(k)
		switch {
		case schemaValued[k]:
			eachSchema(v, p, f)
		case schemaMapValued[k] && v.Kind == source.Object:
			for j, name := range v.Keys {
				eachSchema(v.Values[j], p+"/"+source.EscapePointerToken(name), f)
			}
		case schemaListValued[k] && v.Kind == source.Array:
			for j, item := range v.Values {
				eachSchema(item, p+"/"+strconv.Itoa(j), f)
			}
		}
	}
}

// extensionChecker collects the problems of one fragment.
type extensionChecker struct {
	file     string
	root     *source.Node
	problems []Problem
}

func (c *extensionChecker) add(pos source.Pos, ptr, msg string) {
	c.problems = append(c.problems, Problem{File: c.file, Line: pos.Line, Column: pos.Column, Pointer: "/extensionSchema" + ptr, Message: msg})
}

// CheckExtension checks the extensionSchema of a rule pack's manifest,
// file, before it is used: it must be an object schema (type: object) that
// says additionalProperties wherever it describes an object, so that a
// misspelt key is reported instead of ignored; its $refs may only point
// inside it ("#/$defs/name"), and keywords that would make it a schema of
// its own ($id, $anchor, $dynamicRef, ...) are refused, since dria never
// loads schemas from files or the network; and it must compile as JSON
// Schema 2020-12 with the library and formats dria validates with. Each
// problem is located in file; none means the fragment can be merged.
func CheckExtension(file string, n *source.Node) []Problem {
	c := &extensionChecker{file: file, root: n}
	c.structure()
	if len(c.problems) == 0 {
		c.compile()
	}
	return SortProblems(c.problems)
}

// structure makes the checks that need no compilation: the ones the merge
// relies on.
func (c *extensionChecker) structure() {
	n := c.root
	if n.Kind != source.Object {
		c.add(n.Pos, "", fmt.Sprintf("extensionSchema must be a JSON Schema object describing the facts the pack asks for under spec.extensions.<namespace>, found a %s", n.Kind))
		return
	}
	if t := n.Get("type"); t == nil || t.Kind != source.String || t.Text != "object" {
		pos := n.KeyPos
		if t != nil {
			pos = t.Pos
		}
		c.add(pos, "", "extensionSchema must describe an object (the facts under spec.extensions.<namespace>): give it type: object, its properties and additionalProperties: false")
	}
	eachSchema(n, "", c.keywords)
}

// keywords checks one schema of the fragment, at ptr.
func (c *extensionChecker) keywords(s *source.Node, ptr string) {
	where := fieldName("/extensionSchema" + ptr)
	for _, k := range refusedKeywords {
		if v := s.Get(k); v != nil {
			c.add(v.KeyPos, ptr+"/"+source.EscapePointerToken(k), fmt.Sprintf("%s uses %s, which an extension schema may not: dria places it in the description schema under spec.extensions.<namespace> and never loads other schemas; refer to definitions of this schema with \"$ref\": \"#/$defs/<name>\"", where, k))
		}
	}
	if v := s.Get("$schema"); v != nil && (ptr != "" || v.Kind != source.String || v.Text != draft2020) {
		c.add(v.Pos, ptr+"/$schema", fmt.Sprintf("%s.$schema must be %s (JSON Schema 2020-12, at the top of extensionSchema only), got %s", where, draft2020, quoteValue(v)))
	}
	if ref := s.Get("$ref"); ref != nil {
		c.ref(ref, ptr+"/$ref")
	}
	if describesObject(s) && s.Get("additionalProperties") == nil && s.Get("unevaluatedProperties") == nil {
		pos := s.Pos
		if ptr == "" {
			pos = s.KeyPos
		}
		c.add(pos, ptr, fmt.Sprintf("%s describes an object but does not say additionalProperties: give additionalProperties: false, so that a misspelt key in a description is reported instead of ignored", where))
	}
}

// describesObject reports whether a schema is about an object: its type
// is (or includes) object, or it lists properties.
func describesObject(s *source.Node) bool {
	if s.Get("properties") != nil {
		return true
	}
	t := s.Get("type")
	switch {
	case t == nil:
		return false
	case t.Kind == source.String:
		return t.Text == "object"
	case t.Kind == source.Array:
		return slices.ContainsFunc(t.Values, func(v *source.Node) bool { return v.Kind == source.String && v.Text == "object" })
	}
	return false
}

// ref checks a $ref: a JSON pointer into the fragment, to a value there.
func (c *extensionChecker) ref(ref *source.Node, ptr string) {
	if ref.Kind != source.String {
		return // the compiler reports the type
	}
	outside := fmt.Sprintf("%s %s points outside the extension schema; dria never loads schemas from files or the network: put the definition under $defs and refer to it as \"#/$defs/<name>\"", fieldName("/extensionSchema"+ptr), quote(ref.Text))
	target, ok := strings.CutPrefix(ref.Text, "#")
	switch {
	case !ok:
		c.add(ref.Pos, ptr, outside)
		return
	case target != "" && !strings.HasPrefix(target, "/"):
		c.add(ref.Pos, ptr, fmt.Sprintf("%s %s names an anchor; refer to a definition by its JSON pointer, such as \"#/$defs/<name>\"", fieldName("/extensionSchema"+ptr), quote(ref.Text)))
		return
	}
	pointer, err := url.PathUnescape(target)
	if err != nil {
		c.add(ref.Pos, ptr, fmt.Sprintf("%s %s is not a valid reference: %v", fieldName("/extensionSchema"+ptr), quote(ref.Text), err))
		return
	}
	if _, _, found := c.root.Resolve(pointer); !found {
		c.add(ref.Pos, ptr, fmt.Sprintf("%s %s points to nothing in the extension schema", fieldName("/extensionSchema"+ptr), quote(ref.Text)))
	}
}

// compile compiles the fragment on its own, as the description schema will
// hold it, and locates what the JSON Schema library refuses (a wrong type,
// an unknown format, a bad pattern).
func (c *extensionChecker) compile() {
	var b strings.Builder
	writeJSON(&b, c.root, "", nil)
	comp := newCompiler("the extension schema")
	const url = "dria:extension.schema.json"
	if err := comp.AddResource(url, strings.NewReader(b.String())); err != nil {
		c.add(c.root.KeyPos, "", "extensionSchema: "+safetext.Inline(err.Error()))
		return
	}
	_, err := comp.Compile(url)
	if err == nil {
		return
	}
	var se *jsonschema.SchemaError
	var ve *jsonschema.ValidationError
	if !errors.As(err, &se) || !errors.As(se.Err, &ve) {
		msg := err.Error()
		if se != nil {
			msg = se.Err.Error()
		}
		c.add(c.root.KeyPos, "", "extensionSchema is not a valid JSON Schema (draft 2020-12): "+safetext.Inline(safetext.Truncate(strings.ReplaceAll(msg, url, "extensionSchema"), 2*source.MaxQuoted)))
		return
	}
	seen := map[string]bool{}
	for _, leaf := range leaves(ve, nil) {
		at := plainPointer(leaf.InstanceLocation)
		if seen[at] {
			continue // one problem per place: the first reason is enough
		}
		seen[at] = true
		node, _, _ := c.root.Resolve(at)
		c.add(node.Pos, at, fmt.Sprintf("%s is not valid JSON Schema (draft 2020-12): %s", fieldName("/extensionSchema"+at), safetext.Inline(safetext.Truncate(leaf.Message, 2*source.MaxQuoted))))
	}
}

// DescriptionJSON returns the description schema with every pack's
// extension schema placed under spec.extensions, as one self-contained
// JSON Schema: the fragments' $refs are rewritten to where they now are.
// Without any extension it is the embedded schema, byte for byte. Packs
// must have distinct namespaces, and their fragments must have passed
// CheckExtension.
func DescriptionJSON(packs []RulePack) ([]byte, error) {
	base, err := JSON(Description)
	if err != nil {
		return nil, err
	}
	places := map[*source.Node]*source.Node{}
	var extensions []string
	for _, p := range packs {
		if p.Extension == nil {
			continue
		}
		if !namespacePattern.MatchString(p.Namespace) {
			return nil, fmt.Errorf("schema: rule pack %s has no valid namespace (%s) for its extension", safetext.Inline(p.Name), quote(p.Namespace))
		}
		if slices.Contains(extensions, p.Namespace) {
			return nil, fmt.Errorf("schema: two rule packs declare the extension %s", p.Namespace)
		}
		c := &extensionChecker{file: p.Name, root: p.Extension}
		if c.structure(); len(c.problems) > 0 {
			return nil, fmt.Errorf("schema: the extension schema of rule pack %s: %w", safetext.Inline(p.Name), &ValidationError{Problems: c.problems})
		}
		extensions = append(extensions, p.Namespace)
		places[p.Extension] = described(relocate(p.Extension, extensionAt(p.Namespace)), p)
	}
	if len(extensions) == 0 {
		return base, nil
	}
	docs, err := source.Parse("description.schema.json", base, source.JSON, source.Limits{})
	if err != nil {
		return nil, fmt.Errorf("schema: the description schema: %w", err)
	}
	root := docs[0].Root
	ext, _, found := root.Resolve(extensionsAt)
	if !found {
		return nil, errors.New("schema: the description schema has no spec.extensions")
	}
	props := &source.Node{Kind: source.Object}
	for _, p := range packs {
		if p.Extension != nil {
			props.Keys = append(props.Keys, p.Namespace)
			props.Values = append(props.Values, places[p.Extension])
		}
	}
	var b strings.Builder
	writeJSON(&b, root, "", map[*source.Node]*source.Node{ext: withMember(ext, "properties", props)})
	b.WriteByte('\n')
	return []byte(b.String()), nil
}

// withMember is a copy of the object n with the member key set to v, put
// before additionalProperties (where a reader looks for it).
func withMember(n *source.Node, key string, v *source.Node) *source.Node {
	out := &source.Node{Kind: source.Object, Pos: n.Pos, KeyPos: n.KeyPos}
	placed := false
	for i, k := range n.Keys {
		if k == key {
			continue
		}
		if k == "additionalProperties" && !placed {
			out.Keys, out.Values, placed = append(out.Keys, key), append(out.Values, v), true
		}
		out.Keys, out.Values = append(out.Keys, k), append(out.Values, n.Values[i])
	}
	if !placed {
		out.Keys, out.Values = append(out.Keys, key), append(out.Values, v)
	}
	return out
}

// described is the fragment with a description, so that the merged schema
// says where its facts come from: its own, or one naming the pack.
func described(n *source.Node, p RulePack) *source.Node {
	if n.Get("description") != nil {
		return n
	}
	text := &source.Node{Kind: source.String, Text: fmt.Sprintf("Facts that the rule pack %s asks for.", p.Name)}
	return &source.Node{Kind: source.Object, Pos: n.Pos, KeyPos: n.KeyPos,
		Keys: append([]string{"description"}, n.Keys...), Values: append([]*source.Node{text}, n.Values...)}
}

// relocate is a copy of the fragment s as it is placed at base in the
// description schema: every $ref "#/x" becomes "#<base>/x", and $schema,
// which belongs at the top of a document, is left out.
func relocate(s *source.Node, base string) *source.Node {
	moved := map[*source.Node]*source.Node{}
	eachSchema(s, "", func(n *source.Node, ptr string) {
		if ref := n.Get("$ref"); ref != nil && ref.Kind == source.String {
			r := *ref
			r.Text = "#" + base + strings.TrimPrefix(ref.Text, "#")
			moved[ref] = &r
		}
	})
	if s.Get("$schema") != nil {
		out := &source.Node{Kind: source.Object, Pos: s.Pos, KeyPos: s.KeyPos}
		for i, k := range s.Keys {
			if k != "$schema" {
				out.Keys, out.Values = append(out.Keys, k), append(out.Values, s.Values[i])
			}
		}
		moved[s] = out
	}
	return rewritten(s, moved)
}

// rewritten is a copy of n with the nodes in moved replaced, or n itself
// when nothing in it is.
func rewritten(n *source.Node, moved map[*source.Node]*source.Node) *source.Node {
	if m, ok := moved[n]; ok && m.Kind != source.Object {
		return m
	} else if ok {
		n = m
	}
	if n.Kind != source.Object && n.Kind != source.Array {
		return n
	}
	var out *source.Node
	for i, v := range n.Values {
		w := rewritten(v, moved)
		if w == v {
			continue
		}
		if out == nil {
			c := *n
			c.Values = slices.Clone(n.Values)
			out = &c
		}
		out.Values[i] = w
	}
	if out == nil {
		return n
	}
	return out
}
