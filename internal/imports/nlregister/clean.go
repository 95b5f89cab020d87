package nlregister

import (
	"html"
	"regexp"
	"strings"
)

var (
	// hiddenElement is an element whose content is never text.
	hiddenElement = regexp.MustCompile(`(?is)<(script|style|head|template)\b[^>]*>.*?</(script|style|head|template)\s*>`)
	// blockTag is a tag that ends a line or paragraph.
	blockTag = regexp.MustCompile(`(?i)<\s*(br|/p|/div|/li|/h[1-6]|/tr|p|div|li|h[1-6]|tr|ul|ol|/ul|/ol)\b[^>]*>`)
	// anyTag is any other tag or comment.
	anyTag = regexp.MustCompile(`(?s)<!--.*?-->|</?[a-zA-Z][^>]*>`)
	// blankRun is a run of spaces and tabs.
	blankRun = regexp.MustCompile(`[ \t\f\v]+`)
	// blankLines is a run of more than one empty line.
	blankLines = regexp.MustCompile(`\n{3,}`)
)

// cleanText strips HTML markup from a register's free text and tidies
// its whitespace: block elements become line breaks, entities their
// characters, control characters and the separators YAML refuses a space.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if strings.ContainsAny(s, "<&") {
		s = hiddenElement.ReplaceAllString(s, " ")
		s = blockTag.ReplaceAllString(s, "\n")
		s = anyTag.ReplaceAllString(s, "")
		s = html.UnescapeString(s)
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\r':
			return '\n'
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0, r == 0x2028, r == 0x2029, r == 0xfeff:
			return ' '
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
			return -1
		}
		return r
	}, s)
	s = blankRun.ReplaceAllString(s, " ")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	s = blankLines.ReplaceAllString(strings.Join(lines, "\n"), "\n\n")
	return strings.TrimSpace(s)
}

// oneLine is text on a single line, for names and titles.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
