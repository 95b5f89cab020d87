package serve

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v3"

	"github.com/dria-project/dria/schema"
)

// routes are the workbench's pages.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("POST /new", s.create)
	mux.HandleFunc("GET /edit", s.edit)
	mux.HandleFunc("POST /edit", s.saveSection)
	mux.HandleFunc("POST /live", s.live)
	mux.HandleFunc("GET /check", s.check)
	mux.HandleFunc("GET /assess", s.assessPage)
	mux.HandleFunc("GET /report", s.report)
	mux.HandleFunc("GET /assets/{name}", serveAsset)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, &pathError{http.StatusNotFound, "There is no such page in the workbench."})
	})
	return mux
}

// basePage is what every page's layout needs.
type basePage struct {
	Title  string
	CSRF   string
	File   string
	Errors []pageError
}

// fail shows an error page, with the status of a *pathError (else 500).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := http.StatusInternalServerError, "Something went wrong in the workbench: "+err.Error()
	var pe *pathError
	if errors.As(err, &pe) {
		status, msg = pe.Status, pe.Message
	}
	s.render(w, status, "error", struct {
		basePage
		Message string
	}{basePage{Title: "There is a problem", CSRF: s.csrf()}, msg})
}

// render executes a page template into a buffer, so that a failure sends
// a clear error, never half a page.
func (s *Server) render(w http.ResponseWriter, status int, name string, data any) {
	var b bytes.Buffer
	if err := s.pages.ExecuteTemplate(&b, name, data); err != nil {
		refuse(w, http.StatusInternalServerError, "The workbench could not make this page: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}

// home lists the workspace's descriptions, to open, start or compare.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	s.render(w, http.StatusOK, "home", struct {
		basePage
		Files []string
		Dir   string
	}{basePage{Title: "Assessor's workbench", CSRF: s.csrf()}, s.ws.list(), s.ws.dir})
}

// create starts a new description file and opens its first page.
func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PostForm.Get("file"))
	if name != "" && path.Ext(name) == "" {
		name += ".yaml"
	}
	if err := checkName(name); err != nil {
		s.fail(w, r, err)
		return
	}
	if strings.HasSuffix(strings.ToLower(name), ".json") {
		s.fail(w, r, &pathError{http.StatusBadRequest, "Start a new description as a .yaml file: the workbench saves YAML."})
		return
	}
	if err := s.ws.save(name, "", []byte(newDescription), true); err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, editURL(name, s.q.Sections[0].Slug, ""), http.StatusSeeOther)
}

// editURL is the address of a page of the questionnaire.
func editURL(file, section, fragment string) string {
	u := "/edit?" + url.Values{"file": {file}, "section": {section}}.Encode()
	if fragment != "" {
		u += "#" + fragment
	}
	return u
}

// openDocument reads a description of the workspace that the page can
// edit.
func (s *Server) openDocument(name string) (*document, error) {
	data, err := s.ws.read(name)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(strings.ToLower(name), ".json") {
		return nil, &pathError{http.StatusUnprocessableEntity, fmt.Sprintf("%q is JSON: the workbench edits YAML descriptions (it can still assess and compare this one).", name)}
	}
	d, err := parseDocument(data)
	if err != nil {
		return nil, &pathError{http.StatusUnprocessableEntity, fmt.Sprintf("%q: %s.", name, err.Error())}
	}
	return d, nil
}

// problems validates a description as dria validate does (with the packs'
// schemas); nil when it is valid.
func (s *Server) problems(name string, data []byte) []schema.Problem {
	_, err := schema.LoadDescriptions(name, data, schema.WithValidator(s.validator))
	if err == nil {
		return nil
	}
	var ve *schema.ValidationError
	if errors.As(err, &ve) {
		return ve.Problems
	}
	return []schema.Problem{{File: name, Message: err.Error()}}
}

// sectionPage is the data of a page of questions.
type sectionPage struct {
	basePage
	Section   *section
	Question  *question
	Number    int
	Total     int
	Sections  []*section
	Version   string
	Next      string
	Conflict  string
	Saved     bool
	ActionURL string
}

// edit shows a page of questions with the file's answers.
func (s *Server) edit(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	sec, err := s.sectionOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d, err := s.openDocument(name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.showSection(w, http.StatusOK, name, sec, d, nil, "")
}

// sectionOf is the page named in the address (the first by default).
func (s *Server) sectionOf(r *http.Request) (*section, error) {
	slug := r.URL.Query().Get("section")
	if slug == "" {
		return s.q.Sections[0], nil
	}
	if sec := s.q.section(slug); sec != nil {
		return sec, nil
	}
	return nil, &pathError{http.StatusNotFound, fmt.Sprintf("There is no section %q in the questionnaire.", slug)}
}

// showSection renders a page of questions; problems are shown on their
// questions and in the error summary.
func (s *Server) showSection(w http.ResponseWriter, status int, name string, sec *section, d *document, problems []schema.Problem, conflict string) {
	b := newPageBuilder(s.q, d)
	q := b.build(sec.Field, sec.Path, lookup(d.root, sec.Path), 2)
	errs := b.attach(problems, d)
	b.setErrors(errs)
	i := s.q.index(sec.Slug)
	next := "check"
	if i+1 < len(s.q.Sections) {
		next = s.q.Sections[i+1].Slug
	}
	s.render(w, status, "section", sectionPage{
		basePage: basePage{Title: sec.Field.Label, CSRF: s.csrf(), File: name, Errors: errs},
		Section:  sec, Question: q, Number: i + 1, Total: len(s.q.Sections), Sections: s.q.Sections,
		Version: d.Version, Next: next, Conflict: conflict,
		ActionURL: editURL(name, sec.Slug, ""),
	})
}

// saveSection applies a page's answers: an add or remove button shows the
// page again with the list changed; else the answers are validated and,
// when this page has no problem, saved and the next page shown.
func (s *Server) saveSection(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	sec, err := s.sectionOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d, err := s.openDocument(name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	conflict := ""
	if posted := r.PostForm.Get("version"); posted != d.Version {
		conflict = string(d.Raw)
	}
	applySection(d, s.q, sec, r.PostForm)
	if act := r.PostForm.Get("action"); strings.HasPrefix(act, "add:") || strings.HasPrefix(act, "remove:") {
		listAction(d, act)
		s.showSection(w, http.StatusOK, name, sec, d, nil, conflict)
		return
	}
	data, err := s.encodeChanged(d)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	problems := s.problems(name, data)
	if conflict != "" || hasProblemsIn(s, sec, d, problems) {
		status := http.StatusUnprocessableEntity
		if conflict != "" {
			status = http.StatusConflict
		}
		s.showSection(w, status, name, sec, d, problems, conflict)
		return
	}
	if err := s.ws.save(name, d.Version, data, false); errors.Is(err, errConflict) {
		s.edit(w, r)
		return
	} else if err != nil {
		s.fail(w, r, err)
		return
	}
	s.afterSave(w, r, name, sec)
}

// afterSave goes where the button pressed says: the next page, or the
// check-answers page.
func (s *Server) afterSave(w http.ResponseWriter, r *http.Request, name string, sec *section) {
	i := s.q.index(sec.Slug)
	if r.PostForm.Get("action") == "check" || i+1 >= len(s.q.Sections) {
		http.Redirect(w, r, "/check?"+url.Values{"file": {name}}.Encode(), http.StatusSeeOther)
		return
	}
	http.Redirect(w, r, editURL(name, s.q.Sections[i+1].Slug, ""), http.StatusSeeOther)
}

// encodeChanged is the file's new content: the bytes as read when no
// answer changed (so saving a page unchanged changes nothing), else the
// nodes written back.
func (s *Server) encodeChanged(d *document) ([]byte, error) {
	out, err := d.encode()
	if err != nil {
		return nil, err
	}
	orig, err := parseDocument(d.Raw)
	if err != nil {
		return out, nil
	}
	before, err := orig.encode()
	if err == nil && bytes.Equal(before, out) {
		return d.Raw, nil
	}
	return out, nil
}

// hasProblemsIn says whether a problem is on this page's questions.
func hasProblemsIn(s *Server, sec *section, d *document, problems []schema.Problem) bool {
	b := newPageBuilder(s.q, d)
	b.build(sec.Field, sec.Path, lookup(d.root, sec.Path), 2)
	return len(b.attach(problems, d)) > 0
}

// listAction adds an empty entry to a list, or removes one.
func listAction(d *document, act string) {
	if p, ok := strings.CutPrefix(act, "add:"); ok {
		parent, key := lookupParent(d, p)
		if parent == nil {
			return
		}
		list := mapGet(parent, key)
		switch {
		case list == nil:
			list = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
			mapSet(parent, key, list)
		case list.Kind == yaml.MappingNode: // free pairs: a row with no key
			list.Content = append(list.Content, newScalar("!!str", ""), newScalar("!!str", ""))
			return
		case list.Kind != yaml.SequenceNode:
			return
		}
		list.Content = append(list.Content, &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"})
		return
	}
	p := strings.TrimPrefix(act, "remove:")
	i, err := strconv.Atoi(p[strings.LastIndexByte(p, '.')+1:])
	list := lookup(d.root, parentPath(p))
	if err != nil || list == nil || i < 0 {
		return
	}
	switch {
	case list.Kind == yaml.SequenceNode && i < len(list.Content):
		list.Content = slices.Delete(list.Content, i, i+1)
	case list.Kind == yaml.MappingNode && 2*i+1 < len(list.Content):
		list.Content = slices.Delete(list.Content, 2*i, 2*i+2)
	}
}

// lookupParent is the mapping holding the last key of p, made when
// missing, and that key.
func lookupParent(d *document, p string) (*yaml.Node, string) {
	segs := splitPath(p)
	if len(segs) == 0 {
		return nil, ""
	}
	n := d.root
	for _, seg := range segs[:len(segs)-1] {
		next := lookup(n, seg)
		if next == nil && n.Kind == yaml.MappingNode {
			next = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
			mapSet(n, seg, next)
		}
		if next == nil {
			return nil, ""
		}
		n = next
	}
	if n.Kind != yaml.MappingNode {
		return nil, ""
	}
	return n, segs[len(segs)-1]
}

// liveProblem is one problem for the page's script.
type liveProblem struct {
	Target  string `json:"target"`
	Message string `json:"message"`
}

// live validates a page's answers without saving them, for the script
// that shows mistakes as they are made.
func (s *Server) live(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	sec, err := s.sectionOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d, err := s.openDocument(name)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	applySection(d, s.q, sec, r.PostForm)
	data, err := d.encode()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b := newPageBuilder(s.q, d)
	b.build(sec.Field, sec.Path, lookup(d.root, sec.Path), 2)
	out := []liveProblem{}
	for _, e := range b.attach(s.problems(name, data), d) {
		out = append(out, liveProblem{Target: e.Target, Message: e.Message})
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(out)
}
