// Package source parses YAML and JSON documents into a tree of values that
// remembers where each value came from, so that validation problems and
// assessment evidence can be reported as FILE:LINE:COLUMN.
//
// The parser is defensive: it refuses invalid UTF-8, binary data, files over
// a size cap, nesting deeper than a cap, duplicate keys and YAML alias
// expansion beyond a cap (the "billion laughs" attack), always with an error
// that names the file and position.
//
// Positions are those an editor shows: lines end at LF, CRLF or a lone CR
// (old Mac files), and columns count characters. YAML files may not hold
// the other characters some YAML parsers take as line breaks (U+0085,
// U+2028, U+2029) outside escapes.
//
// Values are read the way every reader of the file would read them:
//
//   - Numbers, in YAML and JSON alike, may have at most MaxNumberLength
//     characters and must be finite and representable (up to about 1.8e308
//     in size, and not so close to zero that they round to it); the digits
//     are kept as written.
//   - YAML numbers follow the forms YAML 1.1 and YAML 1.2 agree on; a form
//     they read differently is refused with the value to write instead:
//     017 (octal in 1.1, decimal in 1.2), 0o17, 0b101, 0x1F and 1_200. See
//     yamlNumber in numbers.go.
//   - YAML tags other than the standard ones are refused, on scalars, lists,
//     mappings and keys alike.
//   - Each YAML document stands alone: an alias to an anchor of an earlier
//     document is refused.
package source

import (
	"encoding/json"
	"strconv"
	"strings"
)

// Pos is a 1-based line and column in a source file. Columns count
// characters (Unicode code points), as editors do.
type Pos struct {
	// Line is the 1-based line; lines end at LF, CRLF or a lone CR.
	Line int `json:"line"`
	// Column is the 1-based column, in characters.
	Column int `json:"column"`
}

// String formats the position as LINE:COLUMN.
func (p Pos) String() string { return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column) }

// Kind is the JSON type of a Node.
type Kind uint8

// The kinds of value a Node holds.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{"null", "boolean", "number", "string", "list", "object"}

// String names the kind in the words used in error messages.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Node is one value of a parsed document with its source position.
//
// Objects keep their keys in source order. A Node may be shared by several
// parents when a YAML alias refers to an anchor; it is never modified after
// parsing, so documents are safe to read from many goroutines.
type Node struct {
	// Kind is the JSON type of the value.
	Kind Kind
	// Pos is where the value starts.
	Pos Pos
	// KeyPos is where the key of this value starts, for members of objects;
	// it is the zero Pos for array items and roots.
	KeyPos Pos
	// Bool holds the value of a Bool node.
	Bool bool
	// Text holds the value of a String node and the literal of a Number
	// node (always valid JSON number syntax).
	Text string
	// Keys holds the member names of an Object node, in source order.
	Keys []string
	// Values holds the member values of an Object node (parallel to Keys)
	// or the items of an Array node.
	Values []*Node
}

// Get returns the member of an object with the given key, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != Object {
		return nil
	}
	for i, k := range n.Keys {
		if k == key {
			return n.Values[i]
		}
	}
	return nil
}

// Len returns the number of items or members of an array or object.
func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return len(n.Values)
}

// Interface converts the node into the plain Go values of encoding/json:
// map[string]any, []any, json.Number, string, bool and nil.
func (n *Node) Interface() any {
	if n == nil {
		return nil
	}
	switch n.Kind {
	case Bool:
		return n.Bool
	case Number:
		return json.Number(n.Text)
	case String:
		return n.Text
	case Array:
		out := make([]any, len(n.Values))
		for i, v := range n.Values {
			out[i] = v.Interface()
		}
		return out
	case Object:
		out := make(map[string]any, len(n.Keys))
		for i, k := range n.Keys {
			out[k] = n.Values[i].Interface()
		}
		return out
	}
	return nil
}

// Decode stores the node's value in v, as encoding/json would decode the
// same value written as JSON; use it after the document is validated.
func (n *Node) Decode(v any) error {
	raw, err := json.Marshal(n.Interface())
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, v)
}

// Resolve follows a JSON pointer (RFC 6901) from n. It returns the deepest
// node that exists along the pointer, the pointer of that node, and whether
// the whole pointer was found. A pointer into an absent field therefore
// resolves to its nearest present parent.
func (n *Node) Resolve(pointer string) (found *Node, at string, exact bool) {
	if n == nil {
		return nil, "", false
	}
	if pointer == "" {
		return n, "", true
	}
	if pointer[0] != '/' {
		return n, "", false
	}
	cur := n
	consumed := 0
	rest := pointer[1:]
	for {
		seg, tail, more := strings.Cut(rest, "/")
		token := UnescapePointerToken(seg)
		var next *Node
		switch cur.Kind {
		case Object:
			next = cur.Get(token)
		case Array:
			if i, err := strconv.Atoi(token); err == nil && i >= 0 && i < len(cur.Values) && strconv.Itoa(i) == token {
				next = cur.Values[i]
			}
		}
		if next == nil {
			return cur, pointer[:consumed], false
		}
		cur = next
		consumed += 1 + len(seg)
		if !more {
			return cur, pointer, true
		}
		rest = tail
	}
}

// EscapePointerToken escapes one reference token of a JSON pointer.
func EscapePointerToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// UnescapePointerToken reverses EscapePointerToken.
func UnescapePointerToken(s string) string {
	if !strings.Contains(s, "~") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}
