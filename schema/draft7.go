package schema

import (
	"fmt"
	"slices"
	"strings"
)

// Draft7 returns the embedded schema of the given name rendered in JSON
// Schema draft-07, for editors and validators that do not support draft
// 2020-12 (yaml-language-server, which the YAML extensions of VS Code,
// Neovim, Helix and others use, is one). The rendering keeps every
// constraint of the schema and every title and description:
//
//   - $defs becomes definitions, and each $ref follows it;
//   - a $ref beside other keywords moves into allOf, since draft-07
//     ignores the keywords beside a $ref;
//   - dria's own formats (country-code, language-tag, date) stay, and a
//     pattern says the same, so that any draft-07 validator enforces them;
//   - a pattern gets dria's message for it as patternErrorMessage, which
//     editors built on VS Code's JSON language service show instead of
//     the pattern (validators ignore it);
//   - $schema names draft-07, and the root $id gets ".draft-07" before
//     ".json", since it is another document.
//
// The checks dria makes beyond JSON Schema (that the components, the
// mitigations and the systems of one file have different names) stay
// dria's: the rendering says so in its root $comment. A keyword that
// draft-07 does not have, or reads differently, is an error naming it, so
// a change to a schema cannot lose a constraint in its rendering. The
// schema directory holds each rendering as NAME.draft-07.schema.json,
// kept current by a test.
func Draft7(name string) ([]byte, error) {
	text, err := JSON(name)
	if err != nil {
		return nil, err
	}
	root, err := decodeOrdered(text)
	if err != nil {
		return nil, fmt.Errorf("schema %s: %w", name, err)
	}
	obj, ok := root.(*jsonObject)
	if !ok {
		return nil, fmt.Errorf("schema %s: the root must be an object", name)
	}
	out, err := draft7Object(obj, "")
	if err != nil {
		return nil, fmt.Errorf("schema %s has no draft-07 rendering: %w", name, err)
	}
	draft7Root(out, name)
	var b strings.Builder
	writeOrderedJSON(&b, out, "")
	b.WriteByte('\n')
	return []byte(b.String()), nil
}

// draft07URI is the $schema of a draft-07 schema.
const draft07URI = "http://json-schema.org/draft-07/schema#"

// draft7Root names draft-07 and the rendering's own $id, and says where it
// comes from and what only dria checks.
func draft7Root(out *jsonObject, name string) {
	out.set("$schema", draft07URI)
	if id, ok := out.vals["$id"].(string); ok {
		if base, found := strings.CutSuffix(id, ".json"); found {
			out.set("$id", base+".draft-07.json")
		}
	}
	note := "The draft-07 rendering of dria's " + name + ".schema.json (draft 2020-12), made by schema.Draft7: do not edit it, regenerate it."
	if name == Description {
		note += " dria also checks what JSON Schema cannot say: that components have different names, mitigations different ids, and the systems of one file different metadata.name."
	}
	if c, ok := out.vals["$comment"].(string); ok {
		note += " " + c
	}
	out.set("$comment", note)
	head := []string{"$schema", "$id", "$comment"}
	rest := slices.DeleteFunc(slices.Clone(out.keys), func(k string) bool { return slices.Contains(head, k) })
	out.keys = append(slices.DeleteFunc(head, func(k string) bool { return !out.has(k) }), rest...)
}

// The keywords of draft 2020-12 by what their value is, limited to those
// that draft-07 has and reads the same way.
var (
	// schemaKeywords hold one schema.
	schemaKeywords = []string{"additionalProperties", "items", "contains", "propertyNames", "not", "if", "then", "else"}
	// schemaListKeywords hold a list of schemas.
	schemaListKeywords = []string{"allOf", "anyOf", "oneOf"}
	// schemaMapKeywords hold schemas by name.
	schemaMapKeywords = []string{"properties", "patternProperties"}
	// plainKeywords hold values that are copied as they are (data, numbers,
	// names and annotations).
	plainKeywords = []string{
		"type", "enum", "const", "required", "minItems", "maxItems", "uniqueItems",
		"minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
		"multipleOf", "minProperties", "maxProperties", "format",
		"title", "description", "default", "examples", "readOnly", "writeOnly", "deprecated", "$comment",
		"contentMediaType", "contentEncoding",
	}
)

// draft7Schema renders a schema: an object or a boolean.
func draft7Schema(v any, at string) (any, error) {
	switch s := v.(type) {
	case bool:
		return s, nil
	case *jsonObject:
		return draft7Object(s, at)
	}
	return nil, fmt.Errorf("%s: a schema must be an object or true or false", pointerOrRoot(at))
}

// draft7Object renders the schema object s found at the JSON pointer at.
func draft7Object(s *jsonObject, at string) (*jsonObject, error) {
	out := newJSONObject()
	var allOf []any // schemas to add to allOf: a $ref with siblings, a format's pattern
	for _, key := range s.keys {
		val, here := s.vals[key], at+"/"+key
		var err error
		switch {
		case key == "$schema" || (key == "$id" && at == ""):
			out.set(key, val)
		case key == "$defs":
			var defs any
			defs, err = draft7Map(val, here)
			out.set("definitions", defs)
		case key == "$ref":
			ref, rerr := draft7Ref(val, here)
			if err = rerr; len(s.keys) == 1 {
				out.set("$ref", ref)
			} else {
				allOf = append(allOf, &jsonObject{keys: []string{"$ref"}, vals: map[string]any{"$ref": ref}})
			}
		case key == "items" && isList(val):
			err = fmt.Errorf("%s: a list of item schemas means something else in draft-07 (use prefixItems)", here)
		case slices.Contains(schemaKeywords, key):
			var sub any
			sub, err = draft7Schema(val, here)
			out.set(key, sub)
		case slices.Contains(schemaListKeywords, key):
			var list any
			list, err = draft7List(val, here)
			out.set(key, list)
		case slices.Contains(schemaMapKeywords, key):
			var m any
			m, err = draft7Map(val, here)
			out.set(key, m)
		case slices.Contains(plainKeywords, key) || strings.HasPrefix(key, "x-"):
			out.set(key, val)
		default:
			err = fmt.Errorf("%s: keyword %s has no draft-07 rendering known to mean the same (schema/draft7.go lists those it renders)", here, key)
		}
		if err != nil {
			return nil, err
		}
	}
	allOf = append(allOf, formatPattern(s, out)...)
	if msg, ok := s.vals["x-message"].(string); ok && out.has("pattern") {
		out.set("patternErrorMessage", sentence(msg))
	}
	if len(allOf) > 0 {
		existing, _ := out.vals["allOf"].([]any)
		out.set("allOf", append(allOf, existing...))
	}
	return out, nil
}

// formatPattern adds the pattern that says what a format of dria's says:
// as the pattern keyword when the schema has none, else as a schema to add
// to allOf.
func formatPattern(s, out *jsonObject) []any {
	format, _ := s.vals["format"].(string)
	pattern, ok := formatPatterns[format]
	if !ok {
		return nil
	}
	message := sentence("must be " + formatHelp[format])
	if !out.has("pattern") {
		out.set("pattern", pattern)
		out.set("patternErrorMessage", message)
		return nil
	}
	return []any{&jsonObject{keys: []string{"pattern", "patternErrorMessage"}, vals: map[string]any{"pattern": pattern, "patternErrorMessage": message}}}
}

// sentence turns one of dria's messages ("must be ...") into the sentence
// an editor shows when a value does not match a pattern.
func sentence(msg string) string {
	if msg == "" {
		return msg
	}
	return strings.ToUpper(msg[:1]) + msg[1:] + "."
}

// draft7Map renders an object of schemas by name.
func draft7Map(v any, at string) (any, error) {
	m, ok := v.(*jsonObject)
	if !ok {
		return nil, fmt.Errorf("%s: must be an object of schemas", at)
	}
	out := newJSONObject()
	for _, k := range m.keys {
		s, err := draft7Schema(m.vals[k], at+"/"+k)
		if err != nil {
			return nil, err
		}
		out.set(k, s)
	}
	return out, nil
}

// draft7List renders a list of schemas.
func draft7List(v any, at string) (any, error) {
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%s: must be a list of schemas", at)
	}
	out := make([]any, len(list))
	for i, item := range list {
		s, err := draft7Schema(item, fmt.Sprintf("%s/%d", at, i))
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

// draft7Ref rewrites a reference within the document for definitions.
// References to other documents are refused: dria's schemas have none.
func draft7Ref(v any, at string) (string, error) {
	ref, ok := v.(string)
	if !ok || !strings.HasPrefix(ref, "#") {
		return "", fmt.Errorf("%s: only references within the schema (#/...) can be rendered, found %v", at, v)
	}
	tokens := strings.Split(strings.TrimPrefix(ref, "#"), "/")
	name := false // whether the token is a name (after properties, ...), not a keyword
	for i := 1; i < len(tokens); i++ {
		if name {
			name = false
			continue
		}
		if tokens[i] == "$defs" {
			tokens[i] = "definitions"
		}
		name = slices.Contains([]string{"properties", "patternProperties", "definitions"}, tokens[i])
	}
	return "#" + strings.Join(tokens, "/"), nil
}

func isList(v any) bool {
	_, ok := v.([]any)
	return ok
}

func pointerOrRoot(at string) string {
	if at == "" {
		return "the root"
	}
	return at
}
