package source

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonParser is a strict RFC 8259 parser that records positions, refuses
// duplicate keys and bounds nesting.
type jsonParser struct {
	name   string
	data   []byte
	off    int
	line   int
	col    int // 1-based column of data[off]
	limits Limits
}

func parseJSON(name string, data []byte, limits Limits) (*Node, error) {
	p := &jsonParser{name: name, data: data, line: 1, col: 1, limits: limits}
	p.skipSpace()
	root, err := p.value(1)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.off < len(p.data) {
		return nil, p.errorf("unexpected %s after the end of the JSON value", p.describeHere())
	}
	return root, nil
}

func (p *jsonParser) pos() Pos { return Pos{Line: p.line, Column: p.col} }

func (p *jsonParser) errorf(format string, args ...any) error {
	return &Error{File: p.name, Pos: p.pos(), Msg: fmt.Sprintf(format, args...)}
}

// advance moves past n bytes that hold no newline.
func (p *jsonParser) advance(n int) {
	p.col += utf8.RuneCount(p.data[p.off : p.off+n])
	p.off += n
}

func (p *jsonParser) skipSpace() {
	for p.off < len(p.data) {
		switch p.data[p.off] {
		case ' ', '\t', '\r':
			p.off++
			p.col++
		case '\n':
			p.off++
			p.line++
			p.col = 1
		default:
			return
		}
	}
}

func (p *jsonParser) describeHere() string {
	if p.off >= len(p.data) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(p.data[p.off:])
	return fmt.Sprintf("character %q", r)
}

func (p *jsonParser) value(depth int) (*Node, error) {
	if depth > p.limits.MaxDepth {
		return nil, p.errorf("nesting is deeper than the limit of %d levels", p.limits.MaxDepth)
	}
	if p.off >= len(p.data) {
		return nil, p.errorf("unexpected end of file, expected a value")
	}
	start := p.pos()
	switch c := p.data[p.off]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return &Node{Kind: String, Pos: start, Text: s}, nil
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case c == 't' || c == 'f' || c == 'n':
		for _, lit := range []string{"true", "false", "null"} {
			if strings.HasPrefix(string(p.data[p.off:min(len(p.data), p.off+5)]), lit) {
				p.advance(len(lit))
				switch lit {
				case "true":
					return &Node{Kind: Bool, Pos: start, Bool: true}, nil
				case "false":
					return &Node{Kind: Bool, Pos: start}, nil
				}
				return &Node{Kind: Null, Pos: start}, nil
			}
		}
	}
	return nil, p.errorf("unexpected %s, expected a value (object, list, string, number, true, false or null)", p.describeHere())
}

func (p *jsonParser) object(depth int) (*Node, error) {
	n := &Node{Kind: Object, Pos: p.pos()}
	p.advance(1)
	p.skipSpace()
	if p.off < len(p.data) && p.data[p.off] == '}' {
		p.advance(1)
		return n, nil
	}
	seen := map[string]Pos{}
	for {
		p.skipSpace()
		if p.off >= len(p.data) || p.data[p.off] != '"' {
			if p.off < len(p.data) && p.data[p.off] == '}' {
				return nil, p.errorf("trailing comma before \"}\"")
			}
			return nil, p.errorf("unexpected %s, expected a quoted key", p.describeHere())
		}
		keyPos := p.pos()
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		if first, dup := seen[key]; dup {
			return nil, &Error{File: p.name, Pos: keyPos, Msg: fmt.Sprintf("duplicate key %s (first defined at line %d)", Quote(key), first.Line)}
		}
		seen[key] = keyPos
		p.skipSpace()
		if p.off >= len(p.data) || p.data[p.off] != ':' {
			return nil, p.errorf("unexpected %s, expected \":\" after key %s", p.describeHere(), Quote(key))
		}
		p.advance(1)
		p.skipSpace()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		v.KeyPos = keyPos
		n.Keys = append(n.Keys, key)
		n.Values = append(n.Values, v)
		p.skipSpace()
		if p.off >= len(p.data) {
			return nil, p.errorf("unexpected end of file, expected \",\" or \"}\" (the object opened at line %d is not closed)", n.Pos.Line)
		}
		switch p.data[p.off] {
		case ',':
			p.advance(1)
		case '}':
			p.advance(1)
			return n, nil
		default:
			return nil, p.errorf("unexpected %s, expected \",\" or \"}\"", p.describeHere())
		}
	}
}

func (p *jsonParser) array(depth int) (*Node, error) {
	n := &Node{Kind: Array, Pos: p.pos()}
	p.advance(1)
	p.skipSpace()
	if p.off < len(p.data) && p.data[p.off] == ']' {
		p.advance(1)
		return n, nil
	}
	for {
		p.skipSpace()
		if p.off < len(p.data) && p.data[p.off] == ']' {
			return nil, p.errorf("trailing comma before \"]\"")
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Values = append(n.Values, v)
		p.skipSpace()
		if p.off >= len(p.data) {
			return nil, p.errorf("unexpected end of file, expected \",\" or \"]\" (the list opened at line %d is not closed)", n.Pos.Line)
		}
		switch p.data[p.off] {
		case ',':
			p.advance(1)
		case ']':
			p.advance(1)
			return n, nil
		default:
			return nil, p.errorf("unexpected %s, expected \",\" or \"]\"", p.describeHere())
		}
	}
}

func (p *jsonParser) number() (*Node, error) {
	start := p.off
	pos := p.pos()
	i := p.off
	if i < len(p.data) && p.data[i] == '-' {
		i++
	}
	digits := func() int {
		j := i
		for i < len(p.data) && p.data[i] >= '0' && p.data[i] <= '9' {
			i++
		}
		return i - j
	}
	intStart := i
	if n := digits(); n == 0 {
		p.advance(i - p.off)
		return nil, p.errorf("invalid number: expected a digit")
	} else if n > 1 && p.data[intStart] == '0' {
		return nil, p.errorf("invalid number: leading zeros are not allowed")
	}
	if i < len(p.data) && p.data[i] == '.' {
		i++
		if digits() == 0 {
			p.advance(i - p.off)
			return nil, p.errorf("invalid number: expected a digit after the decimal point")
		}
	}
	if i < len(p.data) && (p.data[i] == 'e' || p.data[i] == 'E') {
		i++
		if i < len(p.data) && (p.data[i] == '+' || p.data[i] == '-') {
			i++
		}
		if digits() == 0 {
			p.advance(i - p.off)
			return nil, p.errorf("invalid number: expected a digit in the exponent")
		}
	}
	text := string(p.data[start:i])
	if problem := checkNumber(text); problem != "" {
		return nil, &Error{File: p.name, Pos: pos, Msg: problem}
	}
	p.advance(i - p.off)
	return &Node{Kind: Number, Pos: pos, Text: text}, nil
}

// str parses a string literal at p.off and returns its value.
func (p *jsonParser) str() (string, error) {
	p.advance(1) // opening quote
	var b strings.Builder
	for {
		if p.off >= len(p.data) {
			return "", p.errorf("unexpected end of file inside a string")
		}
		c := p.data[p.off]
		switch {
		case c == '"':
			p.advance(1)
			return b.String(), nil
		case c == '\\':
			if p.off+1 >= len(p.data) {
				return "", p.errorf("unexpected end of file inside a string")
			}
			esc := p.data[p.off+1]
			switch esc {
			case '"', '\\', '/':
				b.WriteByte(esc)
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 't':
				b.WriteByte('\t')
			case 'u':
				r, size, err := p.unicodeEscape()
				if err != nil {
					return "", err
				}
				b.WriteRune(r)
				p.advance(size)
				continue
			default:
				return "", p.errorf("invalid escape \\%c in a string", esc)
			}
			p.advance(2)
		case c < 0x20:
			if c == '\n' {
				return "", p.errorf("line break inside a string (write it as \\n)")
			}
			return "", p.errorf("control character 0x%02X inside a string", c)
		default:
			_, size := utf8.DecodeRune(p.data[p.off:])
			b.Write(p.data[p.off : p.off+size])
			p.advance(size)
		}
	}
}

// unicodeEscape decodes \uXXXX (and a following low surrogate) at p.off.
func (p *jsonParser) unicodeEscape() (rune, int, error) {
	hex := func(at int) (rune, bool) {
		if at+6 > len(p.data) || p.data[at] != '\\' || p.data[at+1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(string(p.data[at+2:at+6]), 16, 16)
		return rune(v), err == nil
	}
	r, ok := hex(p.off)
	if !ok {
		return 0, 0, p.errorf("invalid \\u escape: expected four hex digits")
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex(p.off + 6); ok {
			if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
				return dec, 12, nil
			}
		}
		return utf8.RuneError, 6, nil
	}
	return r, 6, nil
}
