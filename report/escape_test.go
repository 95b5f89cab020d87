package report

import (
	"strings"
	"testing"

	"github.com/gomarkdown/markdown/ast"
	"github.com/gomarkdown/markdown/parser"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMDTextEscapesExactly(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain words, 185,000 people", "plain words, 185,000 people"},
		{"a | b", `a \| b`},
		{"uses `nationality`", "uses \\`nationality\\`"},
		{"<script>alert(1)</script>", `\<script\>alert\(1\)\</script\>`},
		{"<img src=x onerror=alert(1)>", `\<img src=x onerror=alert\(1\)\>`},
		{"[x](javascript:alert(1))", `\[x\]\(javascript:alert\(1\)\)`},
		{"![i](http://example.invalid/t.png)", `\!\[i\]\(http\://example.invalid/t.png\)`},
		{"**bold** _em_ ~~del~~", `\*\*bold\*\* \_em\_ \~\~del\~\~`},
		{`back\slash \| \`, `back\\slash \\\| \\`},
		{"# heading", `\# heading`},
		{"> quote", `\> quote`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"---", `\---`},
		{"===", `\===`},
		{"-5 degrees", "-5 degrees"},
		{"1. first", `1\. first`},
		{"12) twelfth", `12\) twelfth`},
		{"3.1", "3.1"},
		{"0.1.0-dev", "0.1.0-dev"},
		{"R&D and &amp; and &#60; and &#x3C;", `R&D and \&amp; and \&\#60; and \&\#x3C;`},
		{"two\nlines\r\nand\ttab", "two lines and tab"},
		{"  padded  ", "padded"},
		{"bell\a and \u202Ereversed\u202C", "bell\uFFFD and \uFFFDreversed\uFFFD"},
		{"see https://evil.example/x?y=1 now", `see https\://evil.example/x?y=1 now`},
		{"FTP://evil.example", `FTP\://evil.example`},
		{"ratio 3:2 and 10:30", "ratio 3:2 and 10:30"},
		{"www.evil.example and WWW.Evil.example", `www\.evil.example and WWW\.Evil.example`},
		{"awww.example", "awww.example"},
		{"mailto:x and XMPP:y", `mailto\:x and XMPP\:y`},
		{"write to dpo@city.example.", "write to `dpo@city.example`."},
		{"a.b+c-d_e@x-y.example, or", "`a.b+c-d_e@x-y.example`, or"},
		{"(x_y@evil.example)", "\\(`x_y@evil.example`\\)"},
		{"mailto:a@b.example", "mailto\\:`a@b.example`"},
		{"@handle and a@ and @", "@handle and a@ and @"},
		{"", ""},
	} {
		assert.Equal(t, c.want, mdText(c.in), "mdText(%q)", c.in)
	}
}

func TestCodeSpanExactly(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"nationality", "`nationality`"},
		{"a | <b>", "`a | <b>`"},
		{"x`y", "``x`y``"},
		{"`starts", "`` `starts ``"},
		{"ends`", "`` ends` ``"},
		{"a``b", "```a``b```"},
		{" both ", "`  both  `"},
		{" left", "` left`"},
		{"two\nlines", "`two lines`"},
		{"   ", "\\`   \\`"},
	} {
		assert.Equal(t, c.want, codeSpan(c.in), "codeSpan(%q)", c.in)
	}
}

func TestMDRichQuotesValuesAsCode(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"uses `nationality` as input", "uses `nationality` as input"},
		{"(`automation: full`) on 185,000 people", "\\(`automation: full`\\) on 185,000 people"},
		{"`a`, `b` and `c`", "`a`, `b` and `c`"},
		{"recipient `x <script>` | more", "recipient `x <script>` \\| more"},
		{"shares with `Intel `svc` tick`s` now", "shares with ``Intel `svc` tick`s`` now"},
		{"inputs `postcode | household `size`` (address), shape `full` decisions", "inputs `` postcode | household `size` `` \\(address\\), shape `full` decisions"},
		{"(purpose: `a | `` b `` and ```c``` end`)", "\\(purpose: ````a | `` b `` and ```c``` end````\\)"},
		{"value `x`y` here", "value ``x`y`` here"},
		{"unmatched ` tick", "unmatched \\` tick"},
		{"word`inside`word", "word\\`inside\\`word"},
		{"empty `` pair", "empty \\`\\` pair"},
		{"- leading dash `x`", "\\- leading dash `x`"},
		{"link [x](javascript:alert(1)) `[y](javascript:z)`", "link \\[x\\]\\(javascript:alert\\(1\\)\\) `[y](javascript:z)`"},
	} {
		assert.Equal(t, c.want, mdRich(c.in), "mdRich(%q)", c.in)
	}
}

// hostileStrings try every way a string could add structure to Markdown.
var hostileStrings = []string{
	"a | b | c",
	"<script>alert('x')</script>",
	"<img src=x onerror=alert(1)>",
	"[x](javascript:alert(1))",
	"![i](http://example.invalid/t.png)",
	"<http://example.invalid>",
	"<javascript:alert(1)>",
	"**bold** *em* _em_ __strong__ ~~del~~",
	"`code` ``double`` ```triple```",
	`\` + "`" + `escaped\*`,
	"# heading",
	"> quote",
	"- item",
	"* item",
	"+ item",
	"1. item",
	"1) item",
	"---",
	"***",
	"___",
	"===",
	"    indented code",
	"```fence",
	"~~~fence",
	"&amp; &lt;b&gt; &#60;script&#62; &#x3C;",
	"[ref]: http://example.invalid",
	"[ref]",
	"<!-- comment -->",
	"<![CDATA[x]]>",
	"trailing backslash\\",
	"trailing spaces  ",
	"www.example.invalid http://example.invalid",
	"https://evil.example/login?next=/admin",
	"HTTPS://EVIL.EXAMPLE",
	"ftp://evil.example/x",
	"(www.evil.example) *www.evil.example* _www.evil.example_ ~www.evil.example~",
	"www.evil.example",
	"dpo@evil.example",
	"Write to first.last+tag@evil-mail.example.",
	"mailto:victim@evil.example xmpp:victim@evil.example",
	"user\\@evil.example &#64; a&#64;b.example",
	"| a@b.example | www.x.example | https://x.example |",
	"VERY-LONG-WORD-" + strings.Repeat("x", 300),
}

// TestEscapedTextRendersLiterally parses Markdown built with mdText as
// paragraphs, list items and table cells, and checks that each string comes
// back as plain text: the same characters, and no link, image, HTML, code,
// emphasis or other structure.
func TestEscapedTextRendersLiterally(t *testing.T) {
	for _, s := range hostileStrings {
		want := strings.TrimSpace(cleanText(s))
		docs := map[string]string{
			"paragraph":  mdText(s) + "\n",
			"list item":  "- " + mdText(s) + "\n",
			"table head": "| " + mdText(s) + " |\n|---|\n",
			"table cell": "| h | h |\n|---|---|\n| x | " + mdText(s) + " |\n",
			"heading":    "## " + mdText(s) + "\n",
		}
		for where, doc := range docs {
			n := parseMarkdown(doc)
			got := textOf(n)
			if where == "table cell" {
				got = strings.TrimPrefix(got, "hhx")
			}
			assert.Equal(t, want, got, "%s: %q as %q", where, s, doc)
			assertOnlyText(t, n, where+": "+s)
			assertNoLinks(t, doc, where+": "+s)
		}
	}
}

// TestRichTextHasNoStructureButCode checks that mdRich yields only text and
// code spans, whatever the quoted values hold.
func TestRichTextHasNoStructureButCode(t *testing.T) {
	for _, s := range hostileStrings {
		for _, msg := range []string{s, "value `" + s + "` quoted", "`" + s + "`"} {
			n := parseMarkdown(mdRich(msg) + "\n")
			ast.WalkFunc(n, func(node ast.Node, entering bool) ast.WalkStatus {
				switch node.(type) {
				case *ast.Document, *ast.Paragraph, *ast.Text, *ast.Code:
				default:
					t.Errorf("mdRich(%q) = %q has a %T", msg, mdRich(msg), node)
				}
				return ast.GoToNext
			})
			got := textOf(n)
			for _, part := range []string{"script", "javascript:alert(1)", "onerror"} {
				if strings.Contains(msg, part) {
					assert.Contains(t, got, part)
				}
			}
		}
	}
}

// FuzzMDText checks the literal-rendering property on any string.
func FuzzMDText(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isPrintableText(s) {
			t.Skip()
		}
		want := strings.TrimSpace(cleanText(s))
		n := parseMarkdown("- " + mdText(s) + "\n")
		got := textOf(n)
		if got != want {
			t.Fatalf("mdText(%q) = %q renders as %q", s, mdText(s), got)
		}
		assertOnlyText(t, n, s)
		assertNoLinks(t, "- "+mdText(s)+"\n", s)
	})
}

// isPrintableText keeps the fuzzer to strings a description can hold after
// cleaning: CommonMark itself replaces NUL, and collapses nothing else.
func isPrintableText(s string) bool {
	return !strings.ContainsRune(s, 0) && !strings.ContainsRune(s, '\uFFFD')
}

func parseMarkdown(doc string) ast.Node {
	return parser.NewCommonMarkWithExtensions(parser.Tables).Parse([]byte(doc))
}

// textOf concatenates the text of a document.
func textOf(n ast.Node) string {
	var b strings.Builder
	ast.WalkFunc(n, func(node ast.Node, entering bool) ast.WalkStatus {
		if !entering {
			return ast.GoToNext
		}
		switch x := node.(type) {
		case *ast.Text:
			b.Write(x.Literal)
		case *ast.Code:
			b.Write(x.Literal)
		case *ast.Hardbreak, *ast.Softbreak:
			b.WriteString("\n")
		}
		return ast.GoToNext
	})
	return b.String()
}

// assertOnlyText fails on any node that is not structure the test built
// (document, paragraph, list, table, heading) or text, or a code span
// holding an e-mail address (which is how mdText keeps it from becoming a
// link).
func assertOnlyText(t testing.TB, n ast.Node, what string) {
	t.Helper()
	ast.WalkFunc(n, func(node ast.Node, entering bool) ast.WalkStatus {
		switch x := node.(type) {
		case *ast.Document, *ast.Paragraph, *ast.Text, *ast.List, *ast.ListItem, *ast.Heading,
			*ast.Table, *ast.TableHeader, *ast.TableBody, *ast.TableRow, *ast.TableCell:
		case *ast.Code:
			if !strings.Contains(string(x.Literal), "@") {
				t.Errorf("%s: unexpected code span %q", what, x.Literal)
			}
		default:
			t.Errorf("%s: unexpected %T", what, node)
		}
		return ast.GoToNext
	})
}

func TestCleanText(t *testing.T) {
	require.Equal(t, "a b c d", cleanText("a\r\nb\nc\td"))
	require.Equal(t, "x\uFFFDy", cleanText("x\x00y"))
	require.Equal(t, "x\uFFFDy", cleanText("x\xffy"))
	require.Equal(t, "x\uFFFDy", cleanText("x\uFFFEy"))
	require.Equal(t, "plain", cleanText("plain"))
}
