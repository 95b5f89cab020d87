// Package safetext neutralises text that came from a user — a description,
// rule pack, waiver, configuration or file name — before dria writes it to
// a terminal or a log. Control characters, line breaks and the Unicode
// characters that reorder or hide text are shown as visible escapes, so a
// string can neither forge a line of output, move the cursor, clear the
// screen, open a hyperlink nor make a terminal display something other
// than what it holds.
//
// Inline is for a value quoted inside a message (it keeps the message on
// its line); Text is for a whole message, which may span lines; Writer
// filters everything written to a stream, as the last line of defence.
package safetext

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// unsafeRune reports whether r must not reach a terminal as itself: C0 and
// C1 control characters, DEL, the line and paragraph separators, and the
// bidirectional formatting characters (the "Trojan Source" set).
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r == 0x2028, r == 0x2029:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0xfeff:
		return true
	}
	return false
}

// escape writes the visible form of an unsafe rune.
func escape(b *strings.Builder, r rune) {
	switch r {
	case '\n':
		b.WriteString(`\n`)
	case '\r':
		b.WriteString(`\r`)
	case '\t':
		b.WriteString(`\t`)
	default:
		if r < 0x80 {
			fmt.Fprintf(b, `\x%02x`, r)
		} else {
			fmt.Fprintf(b, `\u%04x`, r)
		}
	}
}

// clean returns s with every unsafe rune (other than those keep allows)
// and every invalid UTF-8 byte escaped.
func clean(s string, keep func(rune) bool) string {
	if isClean(s, keep) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafeRune(r) && !keep(r):
			escape(&b, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func isClean(s string, keep func(rune) bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || (unsafeRune(r) && !keep(r)) {
			return false
		}
		i += size
	}
	return true
}

func keepNothing(rune) bool { return false }

func keepLines(r rune) bool { return r == '\n' || r == '\t' }

// Inline returns s safe to quote inside one line of output: every control
// character (line breaks and tabs included), bidirectional control and
// invalid byte is replaced by a visible escape such as \n, \x1b or \u202e.
func Inline(s string) string { return clean(s, keepNothing) }

// Text returns s safe to print as a message of one or more lines: line
// feeds and tabs are kept, every other control character, bidirectional
// control and invalid byte is escaped.
func Text(s string) string { return clean(s, keepLines) }

// Truncate shortens s to at most max runes, marking the cut with "…" and
// the number of characters left out, so that a huge value quoted in a
// message stays readable.
func Truncate(s string, max int) string {
	if max <= 0 || utf8.RuneCountInString(s) <= max {
		return s
	}
	n := 0
	for i := range s {
		if n == max {
			rest := utf8.RuneCountInString(s[i:])
			return fmt.Sprintf("%s… (%d more characters)", s[:i], rest)
		}
		n++
	}
	return s
}
