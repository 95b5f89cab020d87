package schema

import (
	"cmp"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/internal/suggest"
	"github.com/dria-project/dria/schema/source"
)

// quote is how every message quotes a value from a file: in double quotes,
// at most source.MaxQuoted characters, terminal-safe.
func quote(s string) string { return source.Quote(s) }

var equalItemsRE = regexp.MustCompile(`items at index (\d+) and (\d+) are equal`)

// expand turns one error of the JSON Schema validator, on the subtree n at
// pointer ptr, into faults: one per unknown key or missing key, one
// otherwise.
func (v *Validator) expand(n *source.Node, ptr string, e *jsonschema.ValidationError, c *collector) {
	at := plainPointer(e.InstanceLocation)
	node, _, _ := n.Resolve(at)
	s, keyword := v.schemaAt(e.AbsoluteKeywordLocation)
	f := fault{pos: node.Pos, pointer: ptr + at, node: node, keyword: keyword, keywordAt: e.AbsoluteKeywordLocation, detail: e.Message}
	switch keyword {
	case "additionalProperties":
		known, _ := s["properties"].(map[string]any)
		for i, key := range node.Keys {
			if _, ok := known[key]; ok {
				continue
			}
			g := f
			member := node.Values[i]
			g.pos, g.pointer, g.node, g.key = member.KeyPos, f.pointer+"/"+source.EscapePointerToken(key), member, key
			c.add(g)
		}
		return
	case "required":
		for _, req := range toStrings(s["required"]) {
			if node.Get(req) == nil {
				g := f
				g.key = req
				c.add(g)
			}
		}
		return
	case "uniqueItems":
		if m := equalItemsRE.FindStringSubmatch(e.Message); m != nil {
			i, _ := strconv.Atoi(m[1])
			j, _ := strconv.Atoi(m[2])
			if j < node.Len() {
				item := node.Values[j]
				f.pos, f.pointer, f.node, f.first, f.second = item.Pos, f.pointer+"/"+m[2], item, i, j
			}
		}
	}
	c.add(f)
}

// plainPointer undoes the URL escaping the JSON Schema library adds to
// each token of the pointers it reports (a key "a b" comes as "a%20b"),
// leaving an RFC 6901 pointer.
func plainPointer(p string) string {
	if !strings.Contains(p, "%") {
		return p
	}
	tokens := strings.Split(p, "/")
	for i, t := range tokens {
		if u, err := url.PathUnescape(t); err == nil {
			tokens[i] = u
		}
	}
	return strings.Join(tokens, "/")
}

// schemaAt returns the schema object that holds the failing keyword, and
// the keyword's name.
func (v *Validator) schemaAt(absoluteKeywordLocation string) (map[string]any, string) {
	_, frag, _ := strings.Cut(absoluteKeywordLocation, "#")
	tokens := strings.Split(strings.TrimPrefix(frag, "/"), "/")
	keyword := tokens[len(tokens)-1]
	var cur any = v.raw
	for _, t := range tokens[:len(tokens)-1] {
		t = source.UnescapePointerToken(plainPointer(t))
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

// describe puts a fault into plain words, located in the source file.
func (v *Validator) describe(file string, f *fault) Problem {
	p := Problem{File: file, Line: f.pos.Line, Column: f.pos.Column, Pointer: f.pointer}
	switch {
	case f.message != nil:
		p.Message = f.message()
	case f.keyword == "":
		p.Message = safetext.Inline(safetext.Truncate(f.detail, 2*source.MaxQuoted))
	default:
		p.Message = v.explain(f)
	}
	return p
}

// explain writes the message for a failed keyword.
func (v *Validator) explain(f *fault) string {
	node := f.node
	s, keyword := v.schemaAt(f.keywordAt)
	field := fieldName(f.pointer)
	if custom, ok := s["x-message"].(string); ok && keyword != "additionalProperties" && keyword != "required" {
		return fmt.Sprintf("%s %s, got %s", field, custom, quoteValue(node))
	}
	switch keyword {
	case "additionalProperties":
		if v.name == Description && parentPointer(f.pointer) == ExtensionsPointer {
			return v.unknownExtension(f)
		}
		return unknownKey(s, f)
	case "required":
		return fmt.Sprintf("%s is missing the required key %s", field, quote(f.key))
	case "enum":
		allowed := toStrings(s["enum"])
		msg := fmt.Sprintf("%s is not an allowed value for %s; allowed: %s", quoteValue(node), field, strings.Join(allowed, ", "))
		if node.Kind == source.String {
			if best := suggest.Closest(node.Text, allowed); best != "" {
				msg += fmt.Sprintf(" (did you mean %s?)", quote(best))
			}
		}
		return msg
	case "const":
		want, _ := json.Marshal(s["const"])
		return fmt.Sprintf("%s must be %s, got %s", field, safetext.Inline(string(want)), quoteValue(node))
	case "type":
		return fmt.Sprintf("%s must be %s, got %s", field, typeNoun(s["type"]), describeValue(node))
	case "format":
		format, _ := s["format"].(string)
		help := formatHelp[format]
		if help == "" {
			help = "in the format " + format
		}
		return fmt.Sprintf("%s must be %s, got %s", field, help, quoteValue(node))
	case "uniqueItems":
		if f.second > 0 {
			return fmt.Sprintf("%s lists %s twice (items %d and %d)", fieldName(parentPointer(f.pointer)), quoteValue(node), f.first+1, f.second+1)
		}
		return fmt.Sprintf("%s lists the same item more than once", field)
	case "pattern":
		return fmt.Sprintf("%s does not have the expected form (%v), got %s", field, s["pattern"], quoteValue(node))
	case "false":
		return fmt.Sprintf("%s is not allowed here", field)
	}
	return bounds(s, keyword, field, node, f.detail)
}

// bounds explains the keywords that set a limit (minimum, maxLength, ...)
// and, for any other keyword, quotes the validator's message.
func bounds(s map[string]any, keyword, field string, node *source.Node, detail string) string {
	words := map[string]string{"minimum": "at least", "maximum": "at most", "exclusiveMinimum": "more than", "exclusiveMaximum": "less than",
		"minLength": "at least", "maxLength": "at most", "minItems": "at least", "maxItems": "at most", "minProperties": "at least", "maxProperties": "at most"}
	switch keyword {
	case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
		return fmt.Sprintf("%s must be %s %v, got %s", field, words[keyword], s[keyword], quoteValue(node))
	case "minLength", "maxLength":
		return fmt.Sprintf("%s must be %s %v characters long, got %d", field, words[keyword], s[keyword], len([]rune(node.Text)))
	case "minItems", "maxItems":
		return fmt.Sprintf("%s must list %s %v items, got %d", field, words[keyword], s[keyword], node.Len())
	case "minProperties", "maxProperties":
		return fmt.Sprintf("%s must have %s %v keys, got %d", field, words[keyword], s[keyword], node.Len())
	}
	return fmt.Sprintf("%s: %s", field, safetext.Inline(safetext.Truncate(detail, 2*source.MaxQuoted)))
}

// unknownKey explains a key the schema does not know, suggesting the
// nearest known one.
func unknownKey(s map[string]any, f *fault) string {
	known := sortedKeys(s["properties"])
	msg := fmt.Sprintf("unknown key %s in %s", quote(f.key), fieldName(parentPointer(f.pointer)))
	if best := suggest.Closest(f.key, known); best != "" {
		msg += fmt.Sprintf("; did you mean %s?", quote(best))
	} else if len(known) > 0 {
		msg += "; known keys: " + strings.Join(known, ", ")
	}
	return msg
}

// unknownExtension explains a key of spec.extensions that no loaded rule
// pack declares, naming the packs that are loaded.
func (v *Validator) unknownExtension(f *fault) string {
	field, ns := fieldName(f.pointer), quote(f.key)
	if len(v.packs) == 0 {
		return fmt.Sprintf("%s: no loaded rule pack declares the extension %s; no rule pack is loaded: add one with --rules", field, ns)
	}
	loaded := make([]string, len(v.packs))
	var declared []string
	for i, p := range v.packs {
		name := safetext.Inline(safetext.Truncate(p.Name, source.MaxQuoted))
		loaded[i] = fmt.Sprintf("%s (%s)", name, cmp.Or(p.Namespace, "no namespace"))
		if p.Extension != nil {
			declared = append(declared, p.Namespace)
		}
		if p.Namespace == f.key && p.Extension == nil {
			return fmt.Sprintf("%s: rule pack %s has the namespace %s but declares no extension (its pack.yaml has no extensionSchema), so it asks for no facts here", field, name, p.Namespace)
		}
	}
	msg := fmt.Sprintf("%s: no loaded rule pack declares the extension %s", field, ns)
	if best := suggest.Closest(f.key, declared); best != "" {
		msg += fmt.Sprintf(" (did you mean %s?)", quote(best))
	}
	return msg + "; loaded packs: " + strings.Join(loaded, ", ")
}

// parentPointer drops the last token of a JSON pointer.
func parentPointer(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[:i]
	}
	return ""
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
			return "the number " + quoteValue(n)
		}
		return "the whole number " + quoteValue(n)
	}
	return quoteValue(n)
}

// quoteValue quotes a scalar for a message: text in quotes, numbers as
// written, both shortened and terminal-safe.
func quoteValue(n *source.Node) string {
	switch n.Kind {
	case source.String:
		return quote(n.Text)
	case source.Number:
		return safetext.Inline(safetext.Truncate(n.Text, source.MaxQuoted))
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
