package report

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanText makes a string from a description safe to place on one line:
// line and paragraph breaks (including U+0085, next line) and tabs become
// spaces, and other control
// characters, the noncharacters U+FFFE and U+FFFF (not allowed in XML),
// invalid UTF-8 and the bidirectional formatting characters (which can
// make text display in a different order than it reads) become U+FFFD.
func cleanText(s string) string {
	if utf8.ValidString(s) && !strings.ContainsFunc(s, needsCleaning) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch {
		case r == '\r' && strings.HasPrefix(s[i+1:], "\n"):
			// a CRLF break: the '\n' that follows becomes the space
		case r == '\n' || r == '\r' || r == '\t' || r == '\u0085' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f':
			b.WriteByte(' ')
		case needsCleaning(r):
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsCleaning(r rune) bool {
	switch {
	case r == '\u2028' || r == '\u2029':
		return true
	case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return true
	case r == '\uFFFE' || r == '\uFFFF':
		return true
	}
	return unicode.IsControl(r)
}

// mdSpecial are the characters that mdText always escapes with a
// backslash: every character that can start Markdown structure in the
// middle of a line (emphasis, code, links, images, raw HTML, tables,
// strikethrough, headings) and the backslash itself.
const mdSpecial = "\\`*_[]<>()#!~|"

// entity matches an HTML character reference, which Markdown decodes.
var entity = regexp.MustCompile(`^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// listStart matches the start of an ordered list item, which Markdown
// reads at the start of a line.
var listStart = regexp.MustCompile(`^[0-9]{1,9}[.)]([ \t]|$)`)

// mdText escapes a string from a description (or any other text that must
// not become Markdown) so that Markdown renders it literally, as inline text
// or as a table cell: it backslash-escapes Markdown punctuation, HTML
// character references and, at its start, what would begin a list, a
// heading, a quote or a rule; it defuses bare URLs, www. addresses and
// e-mail addresses that GitHub would link; it puts everything on one line
// and trims surrounding space.
func mdText(s string) string {
	return lineStart(escapeInline(cleanText(strings.TrimSpace(s))))
}

// escapeInline backslash-escapes the characters of mdSpecial and the '&'
// of character references in one line of text, and defuses what GitHub
// Flavored Markdown's autolink extension would turn into a link (as the
// comment below explains).
func escapeInline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	mail := strings.IndexByte(s, '@') >= 0
	for i := 0; i < len(s); i++ {
		if mail {
			if n := mailLike(s, i); n > 0 {
				b.WriteString(codeSpan(s[i : i+n]))
				i += n - 1
				continue
			}
		}
		c := s[i]
		switch {
		case strings.IndexByte(mdSpecial, c) >= 0:
			b.WriteByte('\\')
		case c == '&' && entity.MatchString(s[i:]):
			b.WriteByte('\\')
		case c == ':' && schemeColon(s, i), c == '.' && wwwDot(s, i):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Bare URLs, www. addresses and e-mail addresses become links in GitHub
// Flavored Markdown (the autolink extension of cmark-gfm, which GitHub,
// GitLab and most code-review tools render with), without any Markdown
// punctuation. escapeInline defuses each kind without changing the text a
// reader sees or copies:
//
//   - a URL (http://, https://, ftp://; gomarkdown's autolink also reads
//     mailto:) is recognised at a ':' followed by "//", in the source text:
//     the ':' is backslash-escaped ("https\://"), which the parser consumes
//     as an escape before the autolink extension can see the ':';
//   - a www. address is recognised at "www." in the source: its '.' is
//     backslash-escaped ("www\.");
//   - an e-mail address is recognised after parsing, in the text of
//     consecutive text nodes merged, so no backslash escape (or entity)
//     can defuse it: the address is shown as a code span instead, which
//     the extension does not look into, and which shows the same
//     characters.
//
// A ':' after mailto or xmpp is escaped too, for renderers that link those
// schemes.

// schemeColon reports whether the ':' at s[i] could start an autolink: it
// is followed by "//", or it ends the word mailto or xmpp.
func schemeColon(s string, i int) bool {
	if strings.HasPrefix(s[i+1:], "//") {
		return true
	}
	for _, scheme := range []string{"mailto", "xmpp"} {
		if i >= len(scheme) && strings.EqualFold(s[i-len(scheme):i], scheme) {
			return true
		}
	}
	return false
}

// wwwDot reports whether the '.' at s[i] ends a word "www" (in any case).
func wwwDot(s string, i int) bool {
	return i >= 3 && strings.EqualFold(s[i-3:i], "www") && (i == 3 || !isAlnumByte(s[i-4]))
}

// mailLike returns the length of the e-mail-like run of text that starts
// at s[i], or 0: a run of the characters an address can hold (ASCII
// letters and digits, . + - _ and @), not preceded by one of them, with an
// '@' that has one before and one after it; trailing characters other than
// letters and digits are left out. This is broader than GFM's rule (which
// also wants a '.' after the '@'), so that every address it would link is
// caught.
func mailLike(s string, i int) int {
	if i > 0 && isMailByte(s[i-1]) {
		return 0
	}
	end := i
	for end < len(s) && isMailByte(s[end]) {
		end++
	}
	for end > i && !isAlnumByte(s[end-1]) {
		end--
	}
	at := strings.IndexByte(s[i:end], '@')
	if at <= 0 || i+at >= end-1 {
		return 0
	}
	return end - i
}

func isMailByte(c byte) bool {
	return isAlnumByte(c) || c == '.' || c == '+' || c == '-' || c == '_' || c == '@'
}

func isAlnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// lineStart escapes the first character of an escaped string when it
// would start a block at the beginning of a line: a bullet or ordered list
// item, a thematic break or a setext underline. (#, >, *, _, ~ and ` are
// escaped everywhere already.)
func lineStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '-', '+':
		if len(s) == 1 || s[1] == ' ' || s[1] == '\t' || strings.Trim(s, "-+ \t") == "" {
			return `\` + s
		}
	case '=':
		if strings.Trim(s, "= \t") == "" {
			return `\` + s
		}
	}
	if m := listStart.FindString(s); m != "" {
		i := strings.IndexAny(m, ".)")
		return m[:i] + `\` + s[i:]
	}
	return s
}

// codeSpan renders text as a Markdown code span, which shows its content
// literally: the fence is one backtick longer than the longest run of
// backticks inside, and the content is padded with a space when it starts
// or ends with a backtick or would lose a space. It must not be used in
// table cells (where a | would still split the cell).
func codeSpan(s string) string {
	s = cleanText(s)
	if strings.Trim(s, " ") == "" {
		return escapeInline("`" + s + "`")
	}
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if s[0] == '`' || s[len(s)-1] == '`' || (s[0] == ' ' && s[len(s)-1] == ' ') {
		s = " " + s + " "
	}
	return fence + s + fence
}

// mdRich renders a rule's text (a message, title or remediation) that
// quotes values between backticks: everything is escaped as by mdText,
// and each quoted value becomes a code span, so "uses `nationality`" stays
// readable while the value (which may come from a description) shows
// literally. Other backticks show as backticks.
//
// Rules quote a value by putting one backtick on each side, even when the
// value holds backticks itself, so quotes are found by their context: a
// quote opens at a backtick at the start or after a character that is not
// part of a word, and closes where the backticks that open (a non-word
// character before, a word character after) and close (the reverse)
// balance; see quoteEnd.
func mdRich(s string) string {
	s = cleanText(strings.TrimSpace(s))
	var b, text strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); i++ {
		if s[i] == '`' && (i == 0 || !isWordByte(s[i-1])) {
			if end := quoteEnd(s, i); end > 0 {
				b.WriteString(escapeInline(text.String()))
				text.Reset()
				b.WriteString(codeSpan(s[i+1 : end]))
				i = end
				continue
			}
		}
		text.WriteByte(s[i])
	}
	b.WriteString(escapeInline(text.String()))
	return lineStart(b.String())
}

// quoteEnd returns the index of the backtick that closes the quote opened
// at s[open], or -1. Each later backtick opens a nested quote when a word
// character follows it and not precedes it, and closes one in the reverse
// case; the quote ends where they balance. A backtick with no word
// character on either side is taken as part of the value, or, when that
// leaves the quote open, as closing (unless another backtick follows it).
func quoteEnd(s string, open int) int {
	for _, loose := range []bool{false, true} {
		depth := 1
		for j := open + 1; j < len(s); j++ {
			if s[j] != '`' {
				continue
			}
			before := isWordByte(s[j-1])
			after := j+1 < len(s) && isWordByte(s[j+1])
			switch {
			case !before && after:
				depth++
			case before && !after:
				depth--
			case !before && !after && loose && (j+1 == len(s) || s[j+1] != '`'):
				depth--
			}
			if depth == 0 {
				if j > open+1 {
					return j
				}
				break
			}
		}
	}
	return -1
}

// isWordByte reports whether a byte is part of a word: an ASCII letter,
// digit or underscore, or a byte of a non-ASCII character.
func isWordByte(c byte) bool {
	return c >= 0x80 || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
