package report

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/gomarkdown/markdown/ast"
	"github.com/gomarkdown/markdown/parser"
	"github.com/stretchr/testify/assert"
)

// gfmAutolinks models the autolink extension of GitHub Flavored Markdown
// (cmark-gfm's extensions/autolink.c) on the inline source of one line of
// Markdown, and returns what it would turn into links. It errs on the side
// of finding links (a test oracle must not miss one):
//
//   - an extended URL autolink starts at a ':' that the inline parser sees
//     (not backslash-escaped, not in a code span) with "//" after it and
//     http, https or ftp (any case) as the whole word before it, and a
//     character after "//" that is not space or punctuation;
//   - an extended www autolink starts at "www." that the inline parser sees,
//     at the start or after white space, '*', '_', '~' or '(' in the source;
//   - an extended e-mail autolink is found after parsing, in the text of
//     consecutive text nodes merged (cmark_consolidate_text_nodes), so
//     backslash escapes and character references do not interrupt it: an
//     '@' with one of [A-Za-z0-9.+-_] before it and ".<letter or digit>"
//     after it, in the same merged text.
//
// Code spans end merged text, and their content is never linked.
func gfmAutolinks(src string) []string {
	var found []string
	var text strings.Builder // the merged text of the current run of text nodes
	flush := func() {
		found = append(found, gfmMails(text.String())...)
		text.Reset()
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src) && isASCIIPunct(src[i+1]):
			text.WriteByte(src[i+1])
			i++
			continue
		case c == '`':
			if end, ok := codeSpanEnd(src, i); ok {
				flush()
				i = end - 1
				continue
			}
			n := backtickRun(src, i)
			text.WriteString(src[i : i+n])
			i += n - 1
			continue
		case c == '&':
			if m := gfmEntity.FindString(src[i:]); m != "" {
				text.WriteString(html.UnescapeString(m))
				i += len(m) - 1
				continue
			}
		case c == ':' && strings.HasPrefix(src[i+1:], "//"):
			start := i
			for start > 0 && isASCIILetter(src[start-1]) {
				start--
			}
			scheme := strings.ToLower(src[start:i])
			if (scheme == "http" || scheme == "https" || scheme == "ftp") && i+3 < len(src) && !isASCIIPunct(src[i+3]) && src[i+3] != ' ' {
				found = append(found, src[start:])
			}
		case c == 'w' && strings.HasPrefix(src[i:], "www.") && (i == 0 || strings.IndexByte(" \t*_~(", src[i-1]) >= 0):
			found = append(found, src[i:])
		}
		text.WriteByte(c)
	}
	flush()
	return found
}

// gfmEntity matches an HTML character reference.
var gfmEntity = regexp.MustCompile(`^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// gfmMail matches what cmark-gfm's postprocess_text links as an e-mail
// address, a little more broadly.
var gfmMail = regexp.MustCompile(`[A-Za-z0-9.+_-]@[A-Za-z0-9@_.-]*\.[A-Za-z0-9]`)

func gfmMails(text string) []string { return gfmMail.FindAllString(text, -1) }

// codeSpanEnd returns the index after the code span that opens at src[i],
// if the backtick run there has a closing run of the same length.
func codeSpanEnd(src string, i int) (int, bool) {
	n := backtickRun(src, i)
	for j := i + n; j < len(src); j++ {
		if src[j] != '`' {
			continue
		}
		m := backtickRun(src, j)
		if m == n {
			return j + m, true
		}
		j += m - 1
	}
	return 0, false
}

func backtickRun(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	return n
}

func isASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !isAlnumByte(c)
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// TestGFMModelMatchesCmarkGFM checks the model against what cmark-gfm
// 0.29.0.gfm.13 (`cmark-gfm -e autolink`) does with each line: the
// expectations were taken from its output.
func TestGFMModelMatchesCmarkGFM(t *testing.T) {
	for _, c := range []struct {
		src    string
		linked bool
	}{
		{"www.evil.example", true},
		{"x www.a", true},
		{"(www.evil.example)", true},
		{`\(www.evil.example`, true},
		{`a\_www.evil.example`, true},
		{"awww.evil.example", false},
		{`www\.evil.example`, false},
		{"WWW.evil.example", false},
		{"https://evil.example", true},
		{"HTTP://evil.example", true},
		{"FTP://x.y", true},
		{"see (https://x.example)", true},
		{`https\://evil.example`, false},
		{`https:\/\/evil.example`, false},
		{"xhttps://evil.example", false},
		{"javascript://x.example", false},
		{"https://", false},
		{"a@b.example", true},
		{`a\@b.example`, true},
		{`a@b\.example`, true},
		{"a&#64;b.example", true},
		{"x_y@evil.example", true},
		{"a@b", false},
		{"a @ b", false},
		{"a`@`b.example", false},
		{"`a@b.example` `https://x.example` `www.x.example`", false},
	} {
		got := gfmAutolinks(c.src)
		assert.Equal(t, c.linked, len(got) > 0, "%q: %q", c.src, got)
	}
}

// parseGFM parses Markdown with gomarkdown as the HTML report does, plus
// its autolink extension (bare http://, https://, ftp:// and mailto:).
func parseGFM(doc string) ast.Node {
	return parser.NewCommonMarkWithExtensions(parser.Tables | parser.Autolink).Parse([]byte(doc))
}

// assertNoLinks fails when Markdown would hold a link: for gomarkdown with
// autolinks, or for the model of GitHub's autolink extension.
func assertNoLinks(t testing.TB, md, what string) {
	t.Helper()
	ast.WalkFunc(parseGFM(md), func(node ast.Node, entering bool) ast.WalkStatus {
		switch node.(type) {
		case *ast.Link, *ast.Image, *ast.HTMLSpan, *ast.HTMLBlock:
			if entering {
				t.Errorf("%s: gomarkdown finds a %T in %q", what, node, md)
			}
		}
		return ast.GoToNext
	})
	for _, line := range strings.Split(md, "\n") {
		if l := gfmAutolinks(line); len(l) > 0 {
			t.Errorf("%s: GitHub would link %q in %q", what, l, line)
		}
	}
}
