package assess

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/dria-project/dria/schema"
)

// lineIndex finds the text of a source line quickly; it is built lazily,
// only for inputs with findings.
type lineIndex struct {
	data   []byte
	starts []int
}

func newLineIndex(data []byte) *lineIndex { return &lineIndex{data: data} }

// line returns line n (1-based) without its line break.
func (l *lineIndex) line(n int) string {
	if l.starts == nil {
		l.starts = []int{0}
		for i, b := range l.data {
			if b == '\n' {
				l.starts = append(l.starts, i+1)
			}
		}
	}
	if n < 1 || n > len(l.starts) {
		return ""
	}
	start := l.starts[n-1]
	end := len(l.data)
	if n < len(l.starts) {
		end = l.starts[n] - 1
	}
	return string(bytes.TrimRight(l.data[start:end], "\r"))
}

const maxSnippet = 160

// snippet returns a source line trimmed for quoting in reports.
func (l *lineIndex) snippet(n int) string {
	s := strings.TrimSpace(l.line(n))
	if utf8.RuneCountInString(s) > maxSnippet {
		r := []rune(s)
		s = string(r[:maxSnippet-1]) + "…"
	}
	return s
}

// locate resolves the JSON pointers a rule gave as evidence to lines and
// columns. A pointer to an absent field resolves to its nearest present
// parent, which FoundAt names.
func locate(doc *schema.Document, paths []string, lines *lineIndex, intern stringSet) []Evidence {
	out := make([]Evidence, 0, len(paths))
	for _, p := range paths {
		n, at, exact := doc.Root.Resolve(p)
		pos := n.Pos
		if n.KeyPos.Line > 0 {
			pos = n.KeyPos
		}
		e := Evidence{Path: intern.of(p), Line: pos.Line, Column: pos.Column, Snippet: intern.of(lines.snippet(pos.Line))}
		if !exact {
			found := intern.of(at)
			e.FoundAt = &found
		}
		out = append(out, e)
	}
	return out
}
