package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// WriteFormatReference writes the field reference of the description
// format as Markdown, from the description schema's JSON (the text of
// `dria schema description`): one table per section of spec (and one for
// metadata and for each kind of list item), each field with its type, its
// allowed values and its description — the same help text editors and
// forms show. docs/description-format.md embeds it; a test keeps it
// current.
func WriteFormatReference(w io.Writer, schemaJSON []byte) error {
	var root map[string]any
	if err := json.Unmarshal(schemaJSON, &root); err != nil {
		return fmt.Errorf("description schema: %w", err)
	}
	ref := formatRef{defs: asMap(root["$defs"]), done: map[string]bool{}}
	var b strings.Builder
	props := asMap(root["properties"])
	ref.section(&b, "metadata", asMap(props["metadata"]))
	spec := asMap(asMap(props["spec"])["properties"])
	for _, name := range orderedKeys(asMap(props["spec"])) {
		ref.section(&b, "spec."+name, asMap(spec[name]))
	}
	for len(ref.items) > 0 {
		next := ref.items[0]
		ref.items = ref.items[1:]
		ref.section(&b, next.name, next.schema)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

type formatRef struct {
	defs  map[string]any
	done  map[string]bool
	items []namedSchema
}

type namedSchema struct {
	name   string
	schema map[string]any
}

// resolve follows $ref into $defs.
func (r *formatRef) resolve(s map[string]any) map[string]any {
	for range 8 {
		ref, ok := s["$ref"].(string)
		if !ok {
			return s
		}
		merged := asMap(r.defs[strings.TrimPrefix(ref, "#/$defs/")])
		if d, ok := s["description"]; ok {
			merged = cloneMap(merged)
			merged["description"] = d
		}
		s = merged
	}
	return s
}

// section writes the table of one object (its fields), or one line for a
// list or a value.
func (r *formatRef) section(b *strings.Builder, name string, s map[string]any) {
	s = r.resolve(s)
	if r.done[name] {
		return
	}
	r.done[name] = true
	fmt.Fprintf(b, "\n### `%s`\n\n", name)
	if d, ok := s["description"].(string); ok {
		fmt.Fprintf(b, "%s\n\n", mdText(d))
	}
	props := asMap(s["properties"])
	if len(props) == 0 {
		fmt.Fprintf(b, "Type: %s.\n", r.typeOf(name, s))
		return
	}
	required := map[string]bool{}
	for _, x := range asList(s["required"]) {
		required[fmt.Sprint(x)] = true
	}
	b.WriteString("| field | type | meaning |\n|---|---|---|\n")
	for _, key := range orderedKeys(s) {
		field := r.resolve(asMap(props[key]))
		label := "`" + key + "`"
		if required[key] {
			label += " (required)"
		}
		desc, _ := field["description"].(string)
		fmt.Fprintf(b, "| %s | %s | %s%s |\n", label, r.typeOf(name+"."+key, field), mdText(desc), examplesText(field))
	}
}

// examplesText words a field's examples (the schema's examples keyword,
// which editors offer too) as " Example: `x`." or " Examples: `x`, `y`.",
// each value written as JSON (YAML reads it the same); "" without any.
func examplesText(s map[string]any) string {
	list := asList(s["examples"])
	if len(list) == 0 {
		return ""
	}
	vals := make([]string, len(list))
	for i, v := range list {
		text, err := json.Marshal(v)
		if err != nil {
			text = []byte(fmt.Sprint(v))
		}
		if str, ok := v.(string); ok {
			text = []byte(str)
		}
		vals[i] = "`" + strings.ReplaceAll(string(text), "|", "\\|") + "`"
	}
	word := " Example: "
	if len(vals) > 1 {
		word = " Examples: "
	}
	return word + strings.Join(vals, ", ") + "."
}

// typeOf words a field's type: its values for an enum, "list of …" for
// arrays, and a link to the table of a nested object.
func (r *formatRef) typeOf(name string, s map[string]any) string {
	s = r.resolve(s)
	if enum := asList(s["enum"]); len(enum) > 0 {
		if len(enum) > 40 {
			return fmt.Sprintf("one of %d field names", len(enum))
		}
		vals := make([]string, len(enum))
		for i, v := range enum {
			vals[i] = "`" + fmt.Sprint(v) + "`"
		}
		return strings.Join(vals, ", ")
	}
	if c, ok := s["const"]; ok {
		return fmt.Sprintf("`%v`", c)
	}
	switch t, _ := s["type"].(string); t {
	case "array":
		item := r.resolve(asMap(s["items"]))
		if len(asMap(item["properties"])) > 0 {
			r.items = append(r.items, namedSchema{name + "[]", item})
			return fmt.Sprintf("list of objects (see `%s[]`)", name)
		}
		return "list of " + r.typeOf(name+"[]", item)
	case "object":
		if len(asMap(s["properties"])) > 0 {
			r.items = append(r.items, namedSchema{name, s})
			return fmt.Sprintf("object (see `%s`)", name)
		}
		return "object"
	case "string":
		switch s["format"] {
		case "date":
			return "date (YYYY-MM-DD)"
		case "country-code":
			return "country code (ISO 3166-1 alpha-2)"
		case "language-tag":
			return "language tag (BCP 47)"
		}
		return "text"
	case "integer":
		return bounds("whole number", s)
	case "number":
		return bounds("number", s)
	case "boolean":
		return "true or false"
	}
	return "value"
}

func bounds(word string, s map[string]any) string {
	lo, hasLo := s["minimum"]
	hi, hasHi := s["maximum"]
	switch {
	case hasLo && hasHi:
		return fmt.Sprintf("%s from %v to %v", word, lo, hi)
	case hasLo:
		return fmt.Sprintf("%s ≥ %v", word, lo)
	}
	return word
}

// orderedKeys lists an object schema's properties in the schema's own
// order when it can be recovered, else sorted: encoding/json loses order,
// so keys are sorted, which keeps the reference deterministic.
func orderedKeys(s map[string]any) []string {
	props := asMap(s["properties"])
	keys := make([]string, 0, len(props))
	for k := range props {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func cloneMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
