package schema

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/dria-project/dria/schema/source"
)

// writeJSON writes n as indented JSON (two spaces a level, as dria's
// schema files are written), keys in source order, with the nodes in
// replace written in place of the originals. Strings escape every control,
// format and bidirectional character, so that text from a rule pack is the
// same JSON value but cannot act on a terminal it is printed to.
func writeJSON(b *strings.Builder, n *source.Node, indent string, replace map[*source.Node]*source.Node) {
	if r, ok := replace[n]; ok {
		n = r
	}
	switch n.Kind {
	case source.Null:
		b.WriteString("null")
	case source.Bool:
		b.WriteString(strconv.FormatBool(n.Bool))
	case source.Number:
		b.WriteString(n.Text)
	case source.String:
		writeJSONString(b, n.Text)
	case source.Array:
		if len(n.Values) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[")
		for i, v := range n.Values {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n" + indent + "  ")
			writeJSON(b, v, indent+"  ", replace)
		}
		b.WriteString("\n" + indent + "]")
	case source.Object:
		if len(n.Keys) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{")
		for i, k := range n.Keys {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n" + indent + "  ")
			writeJSONString(b, k)
			b.WriteString(": ")
			writeJSON(b, n.Values[i], indent+"  ", replace)
		}
		b.WriteString("\n" + indent + "}")
	}
}

// writeJSONString writes s as a JSON string.
func writeJSONString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20, r >= 0x7f && r < 0xa0, r == 0x2028, r == 0x2029, unicode.Is(unicode.Cf, r):
			if r > 0xffff {
				hi, lo := utf16.EncodeRune(r)
				writeUnicodeEscape(b, hi)
				writeUnicodeEscape(b, lo)
				continue
			}
			writeUnicodeEscape(b, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}

func writeUnicodeEscape(b *strings.Builder, r rune) {
	const hex = "0123456789abcdef"
	b.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		b.WriteByte(hex[(r>>shift)&0xf])
	}
}
