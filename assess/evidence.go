package assess

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/dria-project/dria/schema/source"
)

// lineIndex finds the text of a source line quickly; it is built lazily,
// only for inputs with findings. Lines end at LF, CRLF or a lone CR (old
// Mac files), as the parser counts them, so that evidence quotes the line
// its position names whatever the file's line endings.
type lineIndex struct {
	data []byte
	// starts and ends are the byte offsets where each line's text begins
	// and ends (before its line break).
	starts, ends []int
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func newLineIndex(data []byte) *lineIndex { return &lineIndex{data: data} }

func (l *lineIndex) build() {
	l.starts = []int{0}
	if bytes.HasPrefix(l.data, utf8BOM) {
		l.starts[0] = len(utf8BOM) // the parser skips it too
	}
	for i := l.starts[0]; i < len(l.data); i++ {
		switch l.data[i] {
		case '\r':
			l.ends = append(l.ends, i)
			if i+1 < len(l.data) && l.data[i+1] == '\n' {
				i++
			}
			l.starts = append(l.starts, i+1)
		case '\n':
			l.ends = append(l.ends, i)
			l.starts = append(l.starts, i+1)
		}
	}
	l.ends = append(l.ends, len(l.data))
}

// line returns line n (1-based) without its line break.
func (l *lineIndex) line(n int) string {
	if l.starts == nil {
		l.build()
	}
	if n < 1 || n > len(l.starts) {
		return ""
	}
	return string(l.data[l.starts[n-1]:l.ends[n-1]])
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
func locate(doc *source.Document, paths []string, lines *lineIndex, intern stringSet) []Evidence {
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
