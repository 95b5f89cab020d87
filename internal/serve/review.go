package serve

import (
	"bytes"
	"fmt"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/report"
	"github.com/dria-project/dria/schema"
)

// answerRow is one line of the check-answers page.
type answerRow struct {
	Question string
	Answer   string
	Link     string
	Missing  bool
}

// reviewSection is one section of the check-answers page.
type reviewSection struct {
	Title    string
	Link     string
	Rows     []answerRow
	Answered int
	Asked    int
}

// check is the check-answers page: every answer by section, with a link
// to change it, and every problem of the file in dria validate's words.
func (s *Server) check(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	d, err := s.openDocument(name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	problems := s.problems(name, d.Raw)
	var sections []reviewSection
	builders := make([]*pageBuilder, len(s.q.Sections))
	for i, sec := range s.q.Sections {
		b := newPageBuilder(s.q, d)
		q := b.build(sec.Field, sec.Path, lookup(d.root, sec.Path), 2)
		rs := reviewSection{Title: sec.Field.Label, Link: editURL(name, sec.Slug, "")}
		if q.NA != nil && q.NA.Checked {
			rs.add(answerRow{Question: "The whole section", Answer: "Does not apply: " + q.NA.Reason, Link: editURL(name, sec.Slug, q.NA.ID)})
		} else {
			for _, c := range topQuestions(q) {
				rs.rows(c, "", name, sec.Slug)
			}
		}
		builders[i] = b
		sections = append(sections, rs)
	}
	s.render(w, http.StatusOK, "check", struct {
		basePage
		Sections []reviewSection
		Valid    bool
		Assess   string
	}{basePage{Title: "Check your answers", CSRF: s.csrf(), File: name, Errors: s.reviewErrors(name, d, problems, builders)}, sections, len(problems) == 0,
		"/assess?" + url.Values{"file": {name}}.Encode()})
}

// reviewErrors links every problem of the file to the page and question it
// is about; a problem of no page (such as apiVersion) links to the first.
func (s *Server) reviewErrors(name string, d *document, problems []schema.Problem, builders []*pageBuilder) []pageError {
	var errs []pageError
	for _, p := range problems {
		link := editURL(name, s.q.Sections[0].Slug, "")
		for i, b := range builders {
			if target := b.target(p, d); target != "" {
				link = editURL(name, s.q.Sections[i].Slug, b.link(target))
				break
			}
		}
		errs = append(errs, pageError{Message: p.Message, Target: link, Link: link})
	}
	return errs
}

// topQuestions are the questions a section's page asks at its top level
// (the section's own group unfolded).
func topQuestions(q *question) []*question {
	if q.Kind == "group" {
		return q.Children
	}
	return []*question{q}
}

// rows adds the answers of q (and of its group's questions) to the
// section, labelled by the path of headings.
func (rs *reviewSection) rows(q *question, prefix, file, slug string) {
	label := q.Label
	if prefix != "" {
		label = prefix + ": " + q.Label
	}
	if q.NA != nil && q.NA.Checked {
		rs.add(answerRow{Question: label, Answer: "Does not apply: " + q.NA.Reason, Link: editURL(file, slug, q.NA.ID)})
		return
	}
	if q.Kind == "group" {
		for _, c := range q.Children {
			rs.rows(c, label, file, slug)
		}
		return
	}
	ans := answerText(q)
	rs.add(answerRow{Question: label, Answer: ans, Link: editURL(file, slug, q.ID), Missing: ans == ""})
}

func (rs *reviewSection) add(row answerRow) {
	rs.Asked++
	if row.Missing {
		row.Answer = "Not known"
	} else {
		rs.Answered++
	}
	rs.Rows = append(rs.Rows, row)
}

// answerText is an answer in words, "" when not known.
func answerText(q *question) string {
	switch q.Kind {
	case "radios", "checkboxes":
		var picked []string
		for _, o := range q.Options {
			if o.Checked && o.Value != "" {
				picked = append(picked, o.Label)
			}
		}
		if q.None && len(picked) == 0 {
			return "None"
		}
		return strings.Join(picked, ", ")
	case "textlist":
		var vals []string
		for _, it := range q.Items {
			vals = append(vals, it.Value)
		}
		if q.None {
			return "None"
		}
		return strings.Join(vals, ", ")
	case "objectlist":
		if q.None {
			return "None"
		}
		if len(q.Items) == 0 {
			return ""
		}
		return fmt.Sprintf("%d entries", len(q.Items))
	case "map":
		var vals []string
		for _, it := range q.Items {
			vals = append(vals, it.Key+": "+it.Value)
		}
		return strings.Join(vals, ", ")
	case "raw":
		return strings.TrimSpace(q.Raw)
	}
	return q.Value
}

// assessPage shows the report of one or more descriptions (several are a
// comparison) in a frame, with a download in every format.
func (s *Server) assessPage(w http.ResponseWriter, r *http.Request) {
	files := r.URL.Query()["file"]
	if len(files) == 0 {
		s.fail(w, r, &pathError{http.StatusBadRequest, "Choose at least one description to assess."})
		return
	}
	for _, f := range files {
		if err := checkName(f); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	type download struct{ Format, URL string }
	var downloads []download
	for _, f := range report.Formats() {
		q := url.Values{"file": files, "format": {f}, "download": {"1"}}
		downloads = append(downloads, download{f, "/report?" + q.Encode()})
	}
	title, file := "Assessment of "+files[0], files[0]
	if len(files) > 1 {
		title, file = fmt.Sprintf("Comparison of %d descriptions", len(files)), ""
	}
	s.render(w, http.StatusOK, "assess", struct {
		basePage
		Files     []string
		Report    string
		Downloads []download
	}{basePage{Title: title, CSRF: s.csrf(), File: file}, files, "/report?" + url.Values{"file": files, "format": {"html"}}.Encode(), downloads})
}

// contentTypes are the media types of the report formats.
var contentTypes = map[string]string{
	"json": "application/json", "markdown": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8",
	"text": "text/plain; charset=utf-8", "sarif": "application/sarif+json", "junit": "application/xml",
	"github": "text/plain; charset=utf-8", "gitlab": "application/json",
	"register": "text/markdown; charset=utf-8", "register-csv": "text/csv; charset=utf-8",
}

// extensions are the file extensions of downloaded reports.
var extensions = map[string]string{
	"json": "json", "markdown": "md", "html": "html", "text": "txt", "sarif": "sarif", "junit": "xml", "github": "txt", "gitlab": "json",
	"register": "md", "register-csv": "csv",
}

// contentType is a format's media type (plain text for one this list
// does not know yet).
func contentType(format string) string {
	if ct, ok := contentTypes[format]; ok {
		return ct
	}
	return "text/plain; charset=utf-8"
}

// extension is a downloaded report's file extension.
func extension(format string) string {
	if e, ok := extensions[format]; ok {
		return e
	}
	return "txt"
}

// report assesses the files and sends the report in a format: HTML as a
// document of its own with its own policy, any format as a download.
func (s *Server) report(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	files, format := q["file"], q.Get("format")
	if format == "" {
		format = "html"
	}
	renderer, err := report.ForFormat(format, report.WithRules(s.assessor.Rules()), report.WithBaseDir(s.ws.real))
	if err != nil || len(files) == 0 {
		s.fail(w, r, &pathError{http.StatusBadRequest, fmt.Sprintf("Choose one or more descriptions and a report format (%s).", strings.Join(report.Formats(), ", "))})
		return
	}
	inputs := make([]assess.Input, 0, len(files))
	for _, f := range files {
		data, err := s.ws.read(f)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		inputs = append(inputs, assess.Input{Path: f, Data: data})
	}
	rep, err := s.assessor.AssessBatch(r.Context(), inputs)
	if rep == nil {
		s.fail(w, r, err)
		return
	}
	var b bytes.Buffer
	if err := renderer.Render(&b, rep); err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", contentType(format))
	if format == "html" {
		h.Set("Content-Security-Policy", reportCSP)
		h.Set("X-Frame-Options", "SAMEORIGIN")
	}
	if q.Get("download") != "" || format != "html" {
		base := strings.TrimSuffix(path.Base(files[0]), path.Ext(files[0]))
		if len(files) > 1 {
			base = "comparison"
		}
		h.Set("Content-Disposition", `attachment; filename="`+safeFileName(base)+"-report."+extension(format)+`"`)
	}
	_, _ = w.Write(b.Bytes())
}

// safeFileName keeps the letters, digits, dots, hyphens and underscores of
// a name, for a download's file name.
func safeFileName(s string) string {
	out := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			return r
		}
		return '_'
	}, s)
	if out == "" {
		return "description"
	}
	return out
}
