package serve

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// kind is how a question is asked.
type kind int

const (
	kindObject     kind = iota // a group of questions (fieldset)
	kindText                   // one line of text
	kindLongText               // several lines of text
	kindEnum                   // one of a list (radios)
	kindBool                   // yes / no / not known (radios)
	kindNumber                 // a number
	kindInteger                // a whole number
	kindDate                   // a date, YYYY-MM-DD
	kindEnumList               // any of a list (checkboxes)
	kindTextList               // a list of texts, with add and remove
	kindObjectList             // a list of groups, with add and remove
	kindMap                    // free key/value pairs (labels)
)

// field is one question of the questionnaire, generated from the
// description schema: its key in the YAML mapping, its wording and what
// answers it takes. Paths are not stored: a field inside a list item is
// asked once per item, so the path is built while walking.
type field struct {
	Key      string
	Kind     kind
	Label    string
	Hint     string
	Enum     []string
	Required bool
	// Children are the questions of a group, or of each item of a list
	// of groups.
	Children []*field
	// Item is the item of a text or enum list (its enum and limits).
	Item      *field
	Min, Max  *float64
	MaxLength int
	Pattern   string
	Example   string
}

// section is one page of the questionnaire: metadata, or a section of
// spec.
type section struct {
	// Slug names the page in addresses: metadata or the key under spec.
	Slug  string
	Field *field
	// Path is the field's dotted path from the document root.
	Path string
}

// questionnaire is the whole form: its pages in order and the fields that
// may be marked "does not apply" (spec.notApplicable's enum, as dotted
// names under spec).
type questionnaire struct {
	Sections      []*section
	NotApplicable map[string]bool
}

// section returns the page named slug, or nil.
func (q *questionnaire) section(slug string) *section {
	for _, s := range q.Sections {
		if s.Slug == slug {
			return s
		}
	}
	return nil
}

// index is the position of the page named slug, or -1.
func (q *questionnaire) index(slug string) int {
	return slices.IndexFunc(q.Sections, func(s *section) bool { return s.Slug == slug })
}

// schemaNode is the part of a JSON Schema the questionnaire reads.
type schemaNode struct {
	Ref         string                 `json:"$ref"`
	Title       string                 `json:"title"`
	Description string                 `json:"description"`
	Type        string                 `json:"type"`
	Enum        []any                  `json:"enum"`
	Const       any                    `json:"const"`
	Format      string                 `json:"format"`
	Pattern     string                 `json:"pattern"`
	Properties  orderedProps           `json:"properties"`
	Required    []string               `json:"required"`
	Items       *schemaNode            `json:"items"`
	Additional  json.RawMessage        `json:"additionalProperties"`
	Minimum     *float64               `json:"minimum"`
	Maximum     *float64               `json:"maximum"`
	MaxLength   int                    `json:"maxLength"`
	Examples    []any                  `json:"examples"`
	Defs        map[string]*schemaNode `json:"$defs"`
}

// orderedProps keeps the properties of a schema in the order the schema
// lists them, which is the order of the questions.
type orderedProps struct {
	keys []string
	vals map[string]*schemaNode
}

// UnmarshalJSON reads an object keeping its key order.
func (o *orderedProps) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	if _, err := dec.Token(); err != nil {
		return err
	}
	o.vals = map[string]*schemaNode{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		var n schemaNode
		if err := dec.Decode(&n); err != nil {
			return fmt.Errorf("property %s: %w", key, err)
		}
		o.keys = append(o.keys, key)
		o.vals[key] = &n
	}
	return nil
}

// maxSchemaDepth bounds the nesting the generator follows, against a
// schema that refers to itself.
const maxSchemaDepth = 12

// longTextLength is the maxLength from which text gets a text area.
const longTextLength = 500

// newQuestionnaire generates the questionnaire from a description schema
// (rules.Set.DescriptionSchema: the built-in one with the packs'
// extensions).
func newQuestionnaire(schemaJSON []byte) (*questionnaire, error) {
	var root schemaNode
	if err := json.Unmarshal(schemaJSON, &root); err != nil {
		return nil, fmt.Errorf("serve: reading the description schema: %w", err)
	}
	g := &generator{defs: root.Defs}
	q := &questionnaire{NotApplicable: map[string]bool{}}
	meta, ok := root.Properties.vals["metadata"]
	spec, ok2 := root.Properties.vals["spec"]
	if !ok || !ok2 {
		return nil, fmt.Errorf("serve: the description schema has no metadata or spec")
	}
	q.Sections = append(q.Sections, &section{Slug: "metadata", Path: "metadata", Field: g.field("metadata", meta, false, 0)})
	order := slices.Clone(spec.Properties.keys)
	// Whom the system touches decides which questions apply: ask it first.
	if i := slices.Index(order, "scope"); i > 0 {
		order = append([]string{"scope"}, slices.Delete(order, i, i+1)...)
	}
	for _, key := range order {
		s := spec.Properties.vals[key]
		if key == "notApplicable" {
			for _, v := range g.resolve(s.Items).Properties.vals["field"].Enum {
				if name, ok := v.(string); ok {
					q.NotApplicable[name] = true
				}
			}
			continue // asked with each question ("does not apply")
		}
		f := g.field(key, s, false, 0)
		if key == "extensions" && len(f.Children) == 0 {
			continue // no pack asks for anything
		}
		q.Sections = append(q.Sections, &section{Slug: key, Path: "spec." + key, Field: f})
	}
	return q, nil
}

// generator turns schema nodes into fields, resolving $refs.
type generator struct {
	defs map[string]*schemaNode
}

// resolve follows a local $ref, keeping the referring node's own title
// and description, which say what the field means where it is used.
func (g *generator) resolve(n *schemaNode) *schemaNode {
	if n == nil || n.Ref == "" {
		return n
	}
	def, ok := g.defs[strings.TrimPrefix(n.Ref, "#/$defs/")]
	if !ok {
		return n
	}
	out := *g.resolve(def)
	if n.Description != "" {
		out.Description = n.Description
	}
	if n.Title != "" {
		out.Title = n.Title
	}
	return &out
}

// field generates the question for key from its schema.
func (g *generator) field(key string, raw *schemaNode, required bool, depth int) *field {
	n := g.resolve(raw)
	f := &field{Key: key, Label: label(key, n.Title), Hint: n.Description, Required: required, Min: n.Minimum, Max: n.Maximum, MaxLength: n.MaxLength, Pattern: n.Pattern}
	if len(n.Examples) > 0 {
		if s, ok := n.Examples[0].(string); ok {
			f.Example = s
		}
	}
	switch {
	case n.Type == "object" && len(n.Properties.keys) == 0 && len(n.Additional) > 0 && string(n.Additional) != "false":
		f.Kind = kindMap
	case n.Type == "object":
		f.Kind = kindObject
		if depth < maxSchemaDepth {
			f.Children = g.children(n, depth)
		}
	case n.Type == "array":
		g.list(f, n, depth)
	default:
		g.scalar(f, n)
	}
	return f
}

// children generates the questions of an object, in the schema's order.
func (g *generator) children(n *schemaNode, depth int) []*field {
	out := make([]*field, 0, len(n.Properties.keys))
	for _, k := range n.Properties.keys {
		out = append(out, g.field(k, n.Properties.vals[k], slices.Contains(n.Required, k), depth+1))
	}
	return out
}

// list generates a list question: checkboxes for an enum, a list of groups
// for objects, else a list of texts.
func (g *generator) list(f *field, n *schemaNode, depth int) {
	item := g.resolve(n.Items)
	if item == nil {
		item = &schemaNode{Type: "string"}
	}
	switch {
	case len(item.Enum) > 0:
		f.Kind = kindEnumList
		f.Item = g.field("", item, false, depth+1)
	case item.Type == "object":
		f.Kind = kindObjectList
		if depth < maxSchemaDepth {
			f.Children = g.children(item, depth)
		}
	default:
		f.Kind = kindTextList
		f.Item = g.field("", item, false, depth+1)
	}
}

// scalar sets the kind and answers of a single value.
func (g *generator) scalar(f *field, n *schemaNode) {
	for _, v := range n.Enum {
		f.Enum = append(f.Enum, fmt.Sprint(v))
	}
	switch {
	case n.Const != nil:
		f.Kind, f.Enum = kindEnum, []string{fmt.Sprint(n.Const)}
	case len(f.Enum) > 0:
		f.Kind = kindEnum
	case n.Type == "boolean":
		f.Kind = kindBool
	case n.Type == "integer":
		f.Kind = kindInteger
	case n.Type == "number":
		f.Kind = kindNumber
	case n.Format == "date":
		f.Kind = kindDate
	case n.MaxLength >= longTextLength || n.MaxLength == 0 && n.Type == "string" && f.Key == "description":
		f.Kind = kindLongText
	default:
		f.Kind = kindText
	}
}

// label is the question's heading: the schema's title, else the key in
// words ("humanReview" is "Human review").
func label(key, title string) string {
	if title != "" {
		return title
	}
	if key == "" {
		return "Entry"
	}
	var b strings.Builder
	for i, r := range key {
		switch {
		case i == 0:
			b.WriteRune(unicode.ToUpper(r))
		case unicode.IsUpper(r):
			b.WriteRune(' ')
			b.WriteRune(unicode.ToLower(r))
		case r == '_' || r == '-':
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// optionLabel is an enum value in words: "hard-to-reverse" is "hard to
// reverse"; codes in capitals stay as they are.
func optionLabel(v string) string {
	return strings.ReplaceAll(v, "-", " ")
}
