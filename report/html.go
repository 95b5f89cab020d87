package report

import (
	"bytes"
	"fmt"
	"html"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/gomarkdown/markdown"
	"github.com/gomarkdown/markdown/ast"
	mdhtml "github.com/gomarkdown/markdown/html"
	"github.com/gomarkdown/markdown/parser"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// HTML renders the Markdown report as one self-contained, accessible HTML
// page: inline CSS and nothing else (no scripts, fonts or images, and a
// Content-Security-Policy that forbids loading or running anything), one
// h1 and an ordered heading tree, tables with header cells and scopes,
// severities and safeguard statuses as words as well as colours with WCAG
// 2.1 AA contrast, pictures drawn as inline SVG next to the tables that
// hold the same facts (a heat map of rights × systems, and each system's
// findings by severity and likelihood), a layout for phones (tables scroll
// sideways in their own region) and for print (each system on a new page,
// the pictures left out for their tables).
type HTML struct {
	md *Markdown
}

// NewHTML returns the HTML renderer; it takes the options of NewMarkdown.
func NewHTML(opts ...Option) *HTML { return &HTML{md: NewMarkdown(opts...)} }

// contentSecurityPolicy lets the page use its own inline styles and data:
// images, and nothing else: no scripts, no network, no forms, no base URL.
const contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

// Render writes the report as an HTML page.
func (h *HTML) Render(w io.Writer, r *assess.Report) error {
	if h.md.o.err != nil {
		return h.md.o.err
	}
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString(`<meta http-equiv="Content-Security-Policy" content="` + contentSecurityPolicy + "\">\n")
	b.WriteString("<meta name=\"referrer\" content=\"no-referrer\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(&b, "<meta name=\"generator\" content=\"%s %s\">\n", html.EscapeString(r.Tool.Name), html.EscapeString(r.Tool.Version))
	b.WriteString("<title>" + html.EscapeString(cleanText(reportTitle(r))) + "</title>\n")
	b.WriteString("<style>\n" + styleSheet(len(r.Ruleset.Overrides) > 0) + reflowComparison(len(r.Assessments)) + "</style>\n</head>\n<body>\n<main>\n")
	var figures []string
	src := h.md.render(r, &figures)
	b.Write(markdownWithFigures(src, figures))
	b.WriteString("</main>\n</body>\n</html>\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("writing HTML report: %w", err)
	}
	return nil
}

// markdownToHTML renders the report's Markdown with gomarkdown in
// CommonMark mode with tables. Raw HTML and images are dropped and links
// render as their text only, although the Markdown renderer escapes every
// string from a description so that none can arise from one: the page
// never holds an <a href> at all.
func markdownToHTML(src []byte) []byte { return markdownWithFigures(src, nil) }

// markdownWithFigures is markdownToHTML with the report's pictures: a
// fenced block of info string figureInfo stands for the figure it numbers,
// which is written as it is (the renderer drew it). Other fenced blocks
// render as code.
func markdownWithFigures(src []byte, figures []string) []byte {
	p := parser.NewCommonMarkWithExtensions(parser.Tables | parser.FencedCode)
	doc := p.Parse(src)
	hk := &htmlHook{ids: map[string]int{}, figures: figures}
	r := mdhtml.NewRenderer(mdhtml.RendererOptions{
		Flags:          mdhtml.SkipHTML | mdhtml.Safelink | mdhtml.SkipImages | mdhtml.NofollowLinks | mdhtml.NoreferrerLinks | mdhtml.NoopenerLinks,
		RenderNodeHook: hk.render,
	})
	return markdown.Render(doc, r)
}

// htmlHook renders headings with stable ids, tables in a scrolling region
// with header scopes, and severities with their colour class.
type htmlHook struct {
	ids      map[string]int
	figures  []string
	headings [7]string // the id of the last heading of each level
	last     int       // the level of the last heading
}

func (h *htmlHook) render(w io.Writer, node ast.Node, entering bool) (ast.WalkStatus, bool) {
	switch n := node.(type) {
	case *ast.Heading:
		if entering {
			id := h.uniqueID(plainText(n))
			h.headings[n.Level], h.last = id, n.Level
			fmt.Fprintf(w, "<h%d id=\"%s\">", n.Level, id)
		} else {
			fmt.Fprintf(w, "</h%d>\n", n.Level)
		}
		return ast.GoToNext, true
	case *ast.Table:
		if entering {
			fmt.Fprintf(w, "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"%s\">\n<table>\n", h.tableLabel())
		} else {
			io.WriteString(w, "</table>\n</div>\n")
		}
		return ast.GoToNext, true
	case *ast.TableCell:
		tag, open := "td", "<td>"
		switch {
		case n.IsHeader:
			tag, open = "th", `<th scope="col">`
		case ast.GetPrevNode(n) == nil:
			tag, open = "th", `<th scope="row">`
		}
		if entering {
			io.WriteString(w, open)
		} else {
			io.WriteString(w, "</"+tag+">\n")
		}
		return ast.GoToNext, true
	case *ast.Link:
		// Links render as their text: a report links to nothing.
		return ast.GoToNext, true
	case *ast.CodeBlock:
		if string(n.Info) == figureInfo {
			if i, err := strconv.Atoi(strings.TrimSpace(string(n.Literal))); err == nil && i >= 0 && i < len(h.figures) {
				// The picture scales to the page, so its box never scrolls
				// and needs no name: the table next to it is the region.
				io.WriteString(w, "<div class=\"figure-box\">"+h.figures[i]+"</div>\n")
			}
			return ast.GoToNext, true
		}
	case *ast.Strong:
		if class, ok := strongClass(n); ok {
			if entering {
				fmt.Fprintf(w, `<strong class="%s">`, class)
			} else {
				io.WriteString(w, "</strong>")
			}
			return ast.GoToNext, true
		}
	}
	return ast.GoToNext, false
}

// tableLabel names a table's scrolling region by the ids of the heading
// above it and, below a system's heading, of the system's heading, so that
// each region has its own name (and no text from a description goes into
// an attribute).
func (h *htmlHook) tableLabel() string {
	if h.last > 2 && h.headings[2] != "" {
		return h.headings[h.last] + " " + h.headings[2]
	}
	return h.headings[h.last]
}

// strongClass returns the class of strong text that is exactly a severity
// word or a safeguard status.
func strongClass(n *ast.Strong) (string, bool) {
	if s, ok := severityOf(n); ok {
		return "sev sev-" + string(s), true
	}
	kids := n.GetChildren()
	if len(kids) != 1 {
		return "", false
	}
	if t, ok := kids[0].(*ast.Text); ok {
		if c, ok := statusClasses[safeguardStatus(t.Literal)]; ok {
			return "sev " + c, true
		}
	}
	return "", false
}

// statusClasses are the classes of the safeguard statuses.
var statusClasses = map[safeguardStatus]string{
	safeguardMet:     "st-met",
	safeguardMissing: "st-missing",
	safeguardUnknown: "st-unknown",
}

// statusColours holds the text, background and border colour of each
// safeguard status badge (not known has a dashed border as well).
var statusColours = map[string][3]string{
	"st-met":     {"#0b4d1e", "#dcf1e2", "#3c7d4f"},
	"st-missing": {"#ffffff", "#9b1c1c", "#5e0f0f"},
	"st-unknown": {"#303030", "#f4f4f4", "#6b6b6b"},
}

// severityOf reports whether strong text is exactly a severity word.
func severityOf(n *ast.Strong) (rules.Severity, bool) {
	kids := n.GetChildren()
	if len(kids) != 1 {
		return "", false
	}
	t, ok := kids[0].(*ast.Text)
	if !ok {
		return "", false
	}
	return severityByLabel(string(t.Literal))
}

// plainText returns the text inside a node.
func plainText(n ast.Node) string {
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
		}
		return ast.GoToNext
	})
	return b.String()
}

// uniqueID makes a heading id from its text: lower-case letters, digits
// and hyphens, numbered when it repeats.
func (h *htmlHook) uniqueID(text string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(text) {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	id := b.String()
	if id == "" || id[0] >= '0' && id[0] <= '9' {
		id = "s-" + id
	}
	h.ids[id]++
	if n := h.ids[id]; n > 1 {
		id += "-" + strconv.Itoa(n)
	}
	return id
}

// overridesHeadingID is the id (before numbering) of the headings of the
// sections listing the changes rule packs made.
const overridesHeadingID = "rule-changes-made-by-rule-packs"

// colours holds the text, background and border colour of each severity
// badge; a test checks each text colour on its background against WCAG
// 2.1 AA (4.5:1).
var colours = map[string][3]string{
	"critical": {"#ffffff", "#7a1010", "#4d0808"},
	"high":     {"#ffffff", "#a3360b", "#6b2206"},
	"medium":   {"#3b2700", "#ffd978", "#8a6400"},
	"low":      {"#0d3a63", "#dcebfa", "#5b89b8"},
	"info":     {"#303030", "#ececec", "#8c8c8c"},
}

// Base colours of the page, also checked for contrast.
const (
	colourText    = "#1b1b1b"
	colourBack    = "#ffffff"
	colourCode    = "#f1f1f1"
	colourHead    = "#e9e9e9"
	colourLine    = "#8c8c8c"
	colourFocus   = "#0b57d0"
	colourRowHead = "#f7f7f7"
)

// reflowMaxSystems is the most systems whose comparison reflows on a
// phone; a wider comparison scrolls sideways in its own region.
const reflowMaxSystems = 4

// reflowComparison returns the CSS that reflows the comparison of n
// systems on a phone, so that no column is cut off: each aspect's name on
// a line of its own across the table, the systems' values side by side
// below it, under the systems' titles. Pages without a comparison, or with
// one too wide to reflow, get none.
func reflowComparison(n int) string {
	if n < 2 || n > reflowMaxSystems {
		return ""
	}
	const t = ".scroll[aria-labelledby=comparison]"
	return fmt.Sprintf("@media (max-width:40rem){%[1]s table,%[1]s thead,%[1]s tbody{display:block}%[1]s tr{display:grid;grid-template-columns:repeat(%[2]d,minmax(0,1fr))}"+
		"%[1]s tr>:first-child{grid-column:1/-1;border-bottom:0}%[1]s th,%[1]s td{overflow-wrap:anywhere}}\n", t, n)
}

// styleSheet returns the page's CSS; withOverrides adds the rule that marks
// the sections listing the changes rule packs made (only pages that have
// them carry it, so other pages stay as they were).
func styleSheet(withOverrides bool) string {
	var b strings.Builder
	b.WriteString(`*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:` + colourBack + `;color:` + colourText + `;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:62rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.8rem;line-height:1.25;margin:1rem 0 .75rem}
h2{font-size:1.45rem;line-height:1.3;margin:2.5rem 0 .75rem;padding-top:1rem;border-top:3px solid ` + colourLine + `}
h3{font-size:1.2rem;margin:2rem 0 .5rem}
h4{font-size:1.05rem;margin:1.75rem 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid ` + colourLine + `}
h5{font-size:1rem;margin:1.5rem 0 .4rem}
h1,h2,h3,h4,h5,p,li{overflow-wrap:anywhere}
ul,ol{padding-left:1.5rem}
li{margin:.15rem 0}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em;background:` + colourCode + `;color:` + colourText + `;padding:0 .25em;border-radius:3px;overflow-wrap:anywhere;white-space:pre-wrap}
.scroll{overflow-x:auto;margin:0 0 1rem;max-width:100%}
.scroll:focus-visible{outline:3px solid ` + colourFocus + `;outline-offset:2px}
table{border-collapse:collapse}
th,td{border:1px solid ` + colourLine + `;padding:.35rem .6rem;text-align:left;vertical-align:top;overflow-wrap:break-word;min-width:4.5rem}
thead th{background:` + colourHead + `}
tbody th{font-weight:600;background:` + colourRowHead + `}
strong.sev{display:inline-block;padding:0 .4em;border-radius:3px;border:1px solid;line-height:1.4;white-space:nowrap}
.figure-box{margin:0 0 .75rem;max-width:100%}
svg.figure{display:block;max-width:100%;height:auto}
`)
	names := make([]string, 0, len(colours))
	for k := range colours {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		c := colours[k]
		fmt.Fprintf(&b, ".sev-%s{color:%s;background:%s;border-color:%s}\n", k, c[0], c[1], c[2])
	}
	statuses := make([]string, 0, len(statusColours))
	for k := range statusColours {
		statuses = append(statuses, k)
	}
	sort.Strings(statuses)
	for _, k := range statuses {
		c := statusColours[k]
		fmt.Fprintf(&b, ".%s{color:%s;background:%s;border-color:%s}\n", k, c[0], c[1], c[2])
	}
	b.WriteString(".st-unknown{border-style:dashed}\n")
	if withOverrides {
		fmt.Fprintf(&b, "h2[id^=%[1]s],h3[id^=%[1]s]{border-left:.4rem solid %[2]s;padding-left:.6rem}\n", overridesHeadingID, colours["high"][1])
	}
	b.WriteString(`@media (max-width:40rem){main{padding:.75rem .75rem 2rem}h1{font-size:1.45rem}h2{font-size:1.25rem}th,td{padding:.3rem .4rem}
.scroll[aria-labelledby=comparison] th,.scroll[aria-labelledby=comparison] td{min-width:0;padding:.25rem .3rem;font-size:.85rem;hyphens:auto}
.scroll{background:linear-gradient(to right,` + colourBack + ` 30%,rgba(255,255,255,0)) left/2rem 100% no-repeat local,linear-gradient(to left,` + colourBack + ` 30%,rgba(255,255,255,0)) right/2rem 100% no-repeat local,radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.35),transparent) left/.8rem 100% no-repeat scroll,radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.35),transparent) right/.8rem 100% no-repeat scroll}}
@media print{@page{margin:12mm 12mm}body{font-size:9pt;line-height:1.3}main{max-width:none;padding:0}.scroll{overflow:visible}.figure-box{display:none}h2{break-before:page;border-top:0;margin-top:0;padding-top:0}h2:first-of-type,h2#glossary,h2#technical-details{break-before:auto}h3{margin:.8rem 0 .3rem}h3[id^=findings-]:not([id^=findings-0]){break-before:page}li{margin:0}h4{margin:1rem 0 .3rem}h1,h2,h3,h4,h5{break-after:avoid}tr,li{break-inside:avoid}th,td{padding:.1rem .35rem;font-size:.9em}ol,ul{margin:.3rem 0}p{margin:.4rem 0}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`)
	return b.String()
}
