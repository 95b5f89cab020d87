package guard

import (
	"math"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Values are immutable and share their parts: [x, x, x] holds three
// pointers to one x, and a chain of such arrays describes 2^n copies in n
// small arrays. Anything that writes a value out (json.marshal, sprintf's
// %v) or copies it (object.union) pays for every copy, so the sizes below
// count a shared part each time it appears, while measuring it only once
// (the memo), which keeps measuring linear in what is really in memory.

// size is what a value costs to write out or to copy, counting shared
// parts each time they appear.
type size struct {
	// nodes counts the values inside, the value itself included.
	nodes int64
	// text bounds the length of its JSON text and of OPA's own rendering
	// (strings at their worst escaping, ", " and ": " separators).
	text int64
	// depthSum sums, over the values inside, their depth below this one:
	// an indented rendering puts that many indents in front of its lines.
	depthSum int64
	// widest is the most elements of any array, set or object inside.
	widest int64
}

type stringKey struct {
	data *byte
	n    int
}

// measurer measures values, remembering the composites and long strings it
// has seen.
type measurer struct {
	composites map[any]size
	strs       map[stringKey]int64
}

// saturating arithmetic: counts of shared parts grow exponentially and
// must not wrap around.
const saturated = math.MaxInt64 / 4

func add(a, b int64) int64 {
	if a >= saturated-b {
		return saturated
	}
	return a + b
}

func mul(a, b int64) int64 {
	if a == 0 || b == 0 {
		return 0
	}
	if a >= saturated/b {
		return saturated
	}
	return a * b
}

func (m *measurer) of(t *ast.Term) size {
	switch v := t.Value.(type) {
	case ast.String:
		return size{nodes: 1, text: m.stringText(string(v))}
	case ast.Number:
		return size{nodes: 1, text: int64(len(v))}
	case ast.Boolean:
		return size{nodes: 1, text: 5}
	case ast.Null:
		return size{nodes: 1, text: 4}
	case *ast.Array:
		return m.composite(v, v.Len(), func(f func(*ast.Term)) { v.Foreach(f) }, nil)
	case ast.Set:
		return m.composite(v, v.Len(), v.Foreach, nil)
	case ast.Object:
		return m.composite(v, v.Len(), nil, v.Foreach)
	}
	// Anything else (a reference or a variable in a non-ground operand)
	// is written as its source text.
	return size{nodes: 1, text: int64(len(t.String()))}
}

// composite measures an array, set (elems) or object (entries), once.
func (m *measurer) composite(key any, n int, elems func(func(*ast.Term)), entries func(func(k, v *ast.Term))) size {
	if s, ok := m.composites[key]; ok {
		return s
	}
	s := size{nodes: 1, text: 2, widest: int64(n)}
	child := func(c size) {
		s.nodes = add(s.nodes, c.nodes)
		s.text = add(s.text, add(c.text, 2))
		s.depthSum = add(s.depthSum, add(c.depthSum, c.nodes))
		s.widest = max(s.widest, c.widest)
	}
	if elems != nil {
		elems(func(t *ast.Term) { child(m.of(t)) })
	} else {
		entries(func(k, v *ast.Term) {
			child(m.of(k))
			child(m.of(v))
		})
	}
	if m.composites == nil {
		m.composites = map[any]size{}
	}
	m.composites[key] = s
	return s
}

// longString is the length from which a string's measure is remembered.
const longString = 256

// stringText bounds the length of s quoted as JSON (HTML characters and
// controls as \u00XX, invalid bytes as \ufffd) or as Go (non-printable
// characters as \uXXXX or \UXXXXXXXX), whichever is longer.
func (m *measurer) stringText(s string) int64 {
	if len(s) >= longString {
		key := stringKey{unsafe.StringData(s), len(s)}
		if n, ok := m.strs[key]; ok {
			return n
		}
		n := quotedLen(s)
		if m.strs == nil {
			m.strs = map[stringKey]int64{}
		}
		m.strs[key] = n
		return n
	}
	return quotedLen(s)
}

func quotedLen(s string) int64 {
	n := int64(2)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x7f:
				n += 6
			case c == '"' || c == '\\':
				n += 2
			default:
				n++
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			n += 6
		case r == '\u2028' || r == '\u2029', !unicode.IsPrint(r) && r <= 0xffff:
			n += 6
		case !unicode.IsPrint(r):
			n += 10
		default:
			n += int64(w)
		}
		i += w
	}
	return n
}
