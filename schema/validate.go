package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/dria-project/dria/internal/source"
)

// Validator checks parsed documents against one of the embedded schemas. It
// is safe for concurrent use.
type Validator struct {
	name   string
	schema *jsonschema.Schema
	raw    map[string]any
	// uniqueKeys lists, by JSON pointer of a list, the member that must be
	// unique among its items (JSON Schema cannot say this).
	uniqueKeys map[string]string
}

// NewValidator compiles the embedded schema with the given name
// (Description, Waivers, Rules or Report).
func NewValidator(name string) (*Validator, error) {
	text, err := JSON(name)
	if err != nil {
		return nil, err
	}
	var raw map[string]any
	if err := json.Unmarshal(text, &raw); err != nil {
		return nil, fmt.Errorf("schema %s: %w", name, err)
	}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.Formats["date"] = isDate
	c.Formats["country-code"] = isCountryCode
	c.Formats["language-tag"] = isLanguageTag
	c.LoadURL = func(s string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("schema %s refers to %s: dria never loads schemas from outside its binary", name, s)
	}
	url := "dria:" + name + ".schema.json"
	if err := c.AddResource(url, bytes.NewReader(text)); err != nil {
		return nil, fmt.Errorf("schema %s: %w", name, err)
	}
	compiled, err := c.Compile(url)
	if err != nil {
		return nil, fmt.Errorf("schema %s: %w", name, err)
	}
	v := &Validator{name: name, schema: compiled, raw: raw}
	if name == Description {
		v.uniqueKeys = map[string]string{"/spec/components": "name", "/spec/mitigations": "id"}
	}
	return v, nil
}

// Validate returns every problem of the document, sorted by position; none
// means the document is valid.
func (v *Validator) Validate(doc *source.Document) []Problem {
	var problems []Problem
	if doc.Root.Kind != source.Object {
		return []Problem{{File: doc.File, Line: doc.Root.Pos.Line, Column: doc.Root.Pos.Column,
			Message: fmt.Sprintf("a %s must be an object (a mapping of keys to values), found a %s", v.documentNoun(), doc.Root.Kind)}}
	}
	err := v.schema.Validate(doc.Root.Interface())
	var ve *jsonschema.ValidationError
	if errors.As(err, &ve) {
		for _, leaf := range leaves(ve, nil) {
			problems = append(problems, v.explain(doc, leaf)...)
		}
	} else if err != nil {
		problems = append(problems, Problem{File: doc.File, Line: 1, Column: 1, Message: err.Error()})
	}
	for pointer, key := range v.uniqueKeys {
		problems = append(problems, duplicateMembers(doc, pointer, key)...)
	}
	return sortProblems(problems)
}

func (v *Validator) documentNoun() string {
	switch v.name {
	case Description:
		return "system description"
	case Waivers:
		return "waivers file"
	case Config:
		return "configuration file"
	case Pack:
		return "rule pack manifest"
	}
	return v.name + " document"
}

func leaves(e *jsonschema.ValidationError, out []*jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return append(out, e)
	}
	for _, c := range e.Causes {
		out = leaves(c, out)
	}
	return out
}

// schemaAt returns the schema object that holds the failing keyword, and
// the keyword's name.
func (v *Validator) schemaAt(absoluteKeywordLocation string) (map[string]any, string) {
	_, frag, _ := strings.Cut(absoluteKeywordLocation, "#")
	tokens := strings.Split(strings.TrimPrefix(frag, "/"), "/")
	keyword := tokens[len(tokens)-1]
	var cur any = v.raw
	for _, t := range tokens[:len(tokens)-1] {
		t = source.UnescapePointerToken(t)
		switch c := cur.(type) {
		case map[string]any:
			cur = c[t]
		case []any:
			i, _ := strconv.Atoi(t)
			if i >= 0 && i < len(c) {
				cur = c[i]
			} else {
				cur = nil
			}
		}
	}
	m, _ := cur.(map[string]any)
	return m, keyword
}

var equalItemsRE = regexp.MustCompile(`items at index (\d+) and (\d+) are equal`)

// explain turns one failed keyword into plain-language problems located in
// the source file.
func (v *Validator) explain(doc *source.Document, e *jsonschema.ValidationError) []Problem {
	node, _, _ := doc.Root.Resolve(e.InstanceLocation)
	at := func(n *source.Node, pointer, msg string) Problem {
		return Problem{File: doc.File, Line: n.Pos.Line, Column: n.Pos.Column, Pointer: pointer, Message: msg}
	}
	field := FieldName(e.InstanceLocation)
	s, keyword := v.schemaAt(e.AbsoluteKeywordLocation)
	if custom, ok := s["x-message"].(string); ok && keyword != "additionalProperties" && keyword != "required" {
		return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s %s, got %s", field, custom, quoteValue(node)))}
	}
	switch keyword {
	case "additionalProperties":
		known := sortedKeys(s["properties"])
		var out []Problem
		for i, key := range node.Keys {
			if _, ok := s["properties"].(map[string]any)[key]; ok {
				continue
			}
			member := node.Values[i]
			msg := fmt.Sprintf("unknown key %q in %s", key, field)
			if best := Closest(key, known); best != "" {
				msg += fmt.Sprintf("; did you mean %q?", best)
			} else if len(known) > 0 {
				msg += "; known keys: " + strings.Join(known, ", ")
			}
			p := at(member, e.InstanceLocation+"/"+source.EscapePointerToken(key), msg)
			p.Line, p.Column = member.KeyPos.Line, member.KeyPos.Column
			out = append(out, p)
		}
		return out
	case "required":
		var out []Problem
		for _, req := range toStrings(s["required"]) {
			if node.Get(req) == nil {
				out = append(out, at(node, e.InstanceLocation, fmt.Sprintf("%s is missing the required key %q", field, req)))
			}
		}
		return out
	case "enum":
		allowed := toStrings(s["enum"])
		msg := fmt.Sprintf("%s is not an allowed value for %s; allowed: %s", quoteValue(node), field, strings.Join(allowed, ", "))
		if node.Kind == source.String {
			if best := Closest(node.Text, allowed); best != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", best)
			}
		}
		return []Problem{at(node, e.InstanceLocation, msg)}
	case "const":
		want, _ := json.Marshal(s["const"])
		return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s must be %s, got %s", field, want, quoteValue(node)))}
	case "type":
		return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s must be %s, got %s", field, typeNoun(s["type"]), describeValue(node)))}
	case "format":
		format, _ := s["format"].(string)
		help := formatHelp[format]
		if help == "" {
			help = "in the format " + format
		}
		return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s must be %s, got %s", field, help, quoteValue(node)))}
	case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
		words := map[string]string{"minimum": "at least", "maximum": "at most", "exclusiveMinimum": "more than", "exclusiveMaximum": "less than"}
		return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s must be %s %v, got %s", field, words[keyword], s[keyword], node.Text))}
	case "minLength", "maxLength":
		words := map[string]string{"minLength": "at least", "maxLength": "at most"}
		return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s must be %s %v characters long, got %d", field, words[keyword], s[keyword], len([]rune(node.Text))))}
	case "minItems", "maxItems":
		words := map[string]string{"minItems": "at least", "maxItems": "at most"}
		return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s must list %s %v items, got %d", field, words[keyword], s[keyword], node.Len()))}
	case "minProperties", "maxProperties":
		words := map[string]string{"minProperties": "at least", "maxProperties": "at most"}
		return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s must have %s %v keys, got %d", field, words[keyword], s[keyword], node.Len()))}
	case "uniqueItems":
		if m := equalItemsRE.FindStringSubmatch(e.Message); m != nil {
			i, _ := strconv.Atoi(m[1])
			j, _ := strconv.Atoi(m[2])
			if j < node.Len() {
				item := node.Values[j]
				return []Problem{at(item, e.InstanceLocation+"/"+m[2], fmt.Sprintf("%s lists %s twice (items %d and %d)", field, quoteValue(item), i+1, j+1))}
			}
		}
		return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s lists the same item more than once", field))}
	case "pattern":
		return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s does not have the expected form (%v), got %s", field, s["pattern"], quoteValue(node)))}
	case "false":
		return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s is not allowed here", field))}
	}
	return []Problem{at(node, e.InstanceLocation, fmt.Sprintf("%s: %s", field, e.Message))}
}

// duplicateMembers reports items of the list at pointer whose key member
// repeats an earlier item's.
func duplicateMembers(doc *source.Document, pointer, key string) []Problem {
	list, _, exact := doc.Root.Resolve(pointer)
	if !exact || list.Kind != source.Array {
		return nil
	}
	var out []Problem
	first := map[string]int{}
	for i, item := range list.Values {
		v := item.Get(key)
		if v == nil || v.Kind != source.String {
			continue
		}
		if j, dup := first[v.Text]; dup {
			out = append(out, Problem{File: doc.File, Line: v.Pos.Line, Column: v.Pos.Column,
				Pointer: fmt.Sprintf("%s/%d/%s", pointer, i, key),
				Message: fmt.Sprintf("%s %q is used twice (items %d and %d); each %s must be unique", FieldName(pointer+"/"+strconv.Itoa(i)+"/"+key), v.Text, j+1, i+1, key)})
			continue
		}
		first[v.Text] = i
	}
	return out
}

// FieldName turns a JSON pointer into the dotted name users write, such as
// spec.data.transfers[0].country.
func FieldName(pointer string) string {
	if pointer == "" {
		return "the document"
	}
	var b strings.Builder
	for _, tok := range strings.Split(strings.TrimPrefix(pointer, "/"), "/") {
		tok = source.UnescapePointerToken(tok)
		if _, err := strconv.Atoi(tok); err == nil {
			b.WriteString("[" + tok + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(tok)
	}
	return b.String()
}

func typeNoun(t any) string {
	nouns := map[string]string{"object": "an object", "array": "a list", "string": "text (a string)", "integer": "a whole number", "number": "a number", "boolean": "true or false", "null": "null"}
	switch t := t.(type) {
	case string:
		return nouns[t]
	case []any:
		var parts []string
		for _, x := range t {
			if s, ok := x.(string); ok {
				parts = append(parts, nouns[s])
			}
		}
		return strings.Join(parts, " or ")
	}
	return "another type"
}

// describeValue names a value's type and quotes short scalars.
func describeValue(n *source.Node) string {
	switch n.Kind {
	case source.Object, source.Array, source.Null:
		return "a " + n.Kind.String()
	case source.Number:
		if strings.ContainsAny(n.Text, ".eE") {
			return "the number " + n.Text
		}
		return "the whole number " + n.Text
	}
	return quoteValue(n)
}

// quoteValue quotes a scalar for a message, shortening long text.
func quoteValue(n *source.Node) string {
	switch n.Kind {
	case source.String:
		s := n.Text
		if r := []rune(s); len(r) > 60 {
			s = string(r[:57]) + "..."
		}
		return strconv.Quote(s)
	case source.Number:
		return n.Text
	case source.Bool:
		return strconv.FormatBool(n.Bool)
	}
	return "a " + n.Kind.String()
}

func sortedKeys(m any) []string {
	mm, _ := m.(map[string]any)
	out := make([]string, 0, len(mm))
	for k := range mm {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func toStrings(v any) []string {
	arr, _ := v.([]any)
	out := make([]string, 0, len(arr))
	for _, x := range arr {
		out = append(out, fmt.Sprint(x))
	}
	return out
}
