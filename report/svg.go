package report

import (
	"fmt"
	"html"
	"strings"
	"unicode/utf8"

	"github.com/dria-project/dria/rules"
)

// The pictures of the HTML report are inline SVG drawn here: no script, no
// style element, no link, only shapes and text. Each cell says its value
// in words or numbers as well as by colour, and each picture has a table
// with the same facts next to it, for screen readers and print (the
// pictures are hidden from assistive technology and from print).

// svgText escapes a string for SVG text content: control characters are
// removed and markup characters escaped.
func svgText(s string) string { return html.EscapeString(cleanText(s)) }

// clipRunes shortens s to at most n runes, marking the cut with "…".
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// wrap splits s into at most lines lines of at most width runes, at
// spaces where it can; the last line is clipped.
func wrap(s string, width, lines int) []string {
	words := strings.Fields(s)
	var out []string
	cur := ""
	for i, w := range words {
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= width:
			cur += " " + w
		default:
			out = append(out, cur)
			cur = w
		}
		if len(out) == lines-1 {
			cur = strings.Join(append([]string{cur}, words[i+1:]...), " ")
			break
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	for i := range out {
		out[i] = clipRunes(out[i], width)
	}
	return out
}

// svgCell draws one cell: a rectangle coloured by severity (white when
// there is none) with its value as text in the matching AA colour.
func svgCell(b *strings.Builder, x, y, w, h int, s rules.Severity, text string) {
	fill, fg, stroke := colourBack, colourText, colourLine
	if c, ok := colours[string(s)]; ok {
		fg, fill, stroke = c[0], c[1], c[2]
	}
	fmt.Fprintf(b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s" stroke="%s"/>`, x, y, w, h, fill, stroke)
	fmt.Fprintf(b, `<text x="%d" y="%d" fill="%s" text-anchor="middle">%s</text>`, x+w/2, y+h/2+5, fg, svgText(text))
	b.WriteByte('\n')
}

// svgOpen starts a picture of the given size.
func svgOpen(b *strings.Builder, width, height int) {
	fmt.Fprintf(b, `<svg class="figure" viewBox="0 0 %d %d" width="%d" height="%d" aria-hidden="true" focusable="false" font-family="system-ui,sans-serif" font-size="14">`,
		width, height, width, height)
	b.WriteByte('\n')
}

// heatMapSVG draws the comparison: a row per right, a column per system
// (headed by its title, clipped), each cell the highest severity of the
// findings about that right and how many.
func heatMapSVG(titles []string, rights []rightRow) string {
	const labelW, colW, headH, rowH = 330, 190, 52, 30
	width := labelW + colW*len(titles) + 2
	height := headH + rowH*len(rights) + 2
	var b strings.Builder
	svgOpen(&b, width, height)
	for i, t := range titles {
		x := labelW + colW*i + colW/2
		for j, line := range wrap(t, 20, 2) {
			fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s" text-anchor="middle" font-weight="600">%s</text>`, x, 20+18*j, colourText, svgText(line))
		}
		b.WriteByte('\n')
	}
	for r, row := range rights {
		y := headH + rowH*r
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s">%s</text>`, 4, y+rowH/2+5, colourText, svgText(clipRunes(rightLabel(row.right), 42)))
		b.WriteByte('\n')
		for i := range titles {
			text := "none"
			if row.counts[i] > 0 {
				text = fmt.Sprintf("%s (%d)", severityLabel(row.highest[i]), row.counts[i])
			}
			svgCell(&b, labelW+colW*i, y, colW, rowH, row.highest[i], text)
		}
	}
	b.WriteString("</svg>")
	return b.String()
}

// riskMatrixSVG draws a system's findings by severity (rows, most severe
// first) and likelihood (columns, least likely first); a cell with
// findings has the colour of its severity and says how many.
func riskMatrixSVG(cols []string, sevs []rules.Severity, counts [][]int) string {
	const labelW, colW, headH, rowH = 90, 120, 30, 30
	width := labelW + colW*len(cols) + 2
	height := headH + rowH*len(sevs) + 24
	var b strings.Builder
	svgOpen(&b, width, height)
	for i, c := range cols {
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s" text-anchor="middle" font-weight="600">%s</text>`, labelW+colW*i+colW/2, 20, colourText, svgText(likelihoodLabel(c)))
	}
	b.WriteByte('\n')
	for r, s := range sevs {
		y := headH + rowH*r
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s" font-weight="600">%s</text>`, 4, y+rowH/2+5, colourText, svgText(severityLabel(s)))
		b.WriteByte('\n')
		for i := range cols {
			n, cell := counts[r][i], rules.Severity("")
			text := "–"
			if n > 0 {
				cell, text = s, fmt.Sprint(n)
			}
			svgCell(&b, labelW+colW*i, y, colW, rowH, cell, text)
		}
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s" text-anchor="middle">likelihood →</text>`, labelW+colW*len(cols)/2, height-6, colourText)
	b.WriteString("\n</svg>")
	return b.String()
}
