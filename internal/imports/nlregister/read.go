package nlregister

import (
	"fmt"
	"strings"

	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// Layout is the field layout a record is written in.
type Layout int

// The layouts the reader knows.
const (
	// Standard is the publication standard v1.0.0.
	Standard Layout = iota
	// Earlier is the layout of the register's earlier exports.
	Earlier
)

// String names the layout in messages and provenance.
func (l Layout) String() string {
	if l == Earlier {
		return "earlier export layout"
	}
	return "publication standard 1.0.0"
}

// field is one value of a record, as text, with where it was written.
type field struct {
	text string
	pos  source.Pos
}

// Record is one register record as read: its fields as text (markup
// stripped), its layout and where it starts in the file.
type Record struct {
	// Index is the 1-based position of the record in the file.
	Index int
	// Pos is where the record starts.
	Pos source.Pos
	// Layout is the layout its fields are written in.
	Layout Layout
	fields map[string]field
}

// Value is the text of a field, markup stripped; "" when absent or empty.
func (r *Record) Value(name string) string { return r.fields[name].text }

// Has reports whether the record states a field (not empty).
func (r *Record) Has(name string) bool { return r.fields[name].text != "" }

// Notice is something said about a part of a file: a header row skipped,
// or a record that could not be read.
type Notice = schema.Problem

// File is what was read from a register file.
type File struct {
	// Name is the name the file was given under.
	Name string
	// Records are the records read, in file order.
	Records []*Record
	// Skipped lists the header rows skipped, each at its position.
	Skipped []Notice
	// Problems lists the records that could not be read, each at its
	// position; the other records are still in Records.
	Problems []Notice
}

// Entries is the number of entries the file holds: records read, header
// rows skipped and records that could not be read.
func (f *File) Entries() int { return len(f.Records) + len(f.Skipped) + len(f.Problems) }

// Read parses a register file: one record (an object) or an array of
// records, in JSON or YAML, or a spreadsheet export in CSV (a first row of
// field names, then one record per row, separated by commas or
// semicolons). A file that cannot be parsed at all, or whose top level is
// neither, is a *schema.ValidationError with the position of the fault;
// problems of single records are in File.Problems.
func Read(name string, data []byte, limits source.Limits) (*File, error) {
	if isCSV(name, data) {
		return readCSV(name, data, limits)
	}
	docs, err := source.Parse(name, data, source.Auto, limits)
	if err != nil {
		if se, ok := err.(*source.Error); ok {
			return nil, &schema.ValidationError{Problems: []schema.Problem{{File: se.File, Line: se.Pos.Line, Column: se.Pos.Column, Message: se.Msg}}}
		}
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	f := &File{Name: name}
	var items []*source.Node
	for _, d := range docs {
		switch root := d.Root; {
		case root == nil || root.Kind == source.Null:
		case root.Kind == source.Array:
			items = append(items, root.Values...)
		case root.Kind == source.Object && wrapped(root) != nil:
			items = append(items, wrapped(root).Values...)
		case root.Kind == source.Object:
			items = append(items, root)
		default:
			return nil, &schema.ValidationError{Problems: []schema.Problem{{File: name, Line: root.Pos.Line, Column: root.Pos.Column,
				Message: fmt.Sprintf("a register file holds one record (an object) or a list of records, not a %s", root.Kind)}}}
		}
	}
	if len(items) == 0 {
		return nil, &schema.ValidationError{Problems: []schema.Problem{{File: name, Message: "the file holds no register records"}}}
	}
	for i, n := range items {
		f.add(i+1, n)
	}
	return f, nil
}

// add reads the i-th item of the file as a record, a header row or a
// problem.
func (f *File) add(i int, n *source.Node) {
	at := f.noticer(i)
	if n.Kind != source.Object {
		f.Problems = append(f.Problems, at(n.Pos, "a record is an object of register fields, not a %s; not imported", n.Kind))
		return
	}
	r := &Record{Index: i, Pos: n.Pos, fields: map[string]field{}}
	for k, key := range n.Keys {
		v := n.Values[k]
		text, ok := textOf(v)
		switch {
		case !ok && knownField(key):
			f.Problems = append(f.Problems, at(v.Pos, "field %s holds an object, not text; the record is not imported", source.Quote(key)))
			return
		case ok:
			r.fields[key] = field{text: text, pos: v.Pos}
		}
	}
	f.classify(r, at)
}

// noticer makes the notices about the i-th entry of the file.
func (f *File) noticer(i int) func(source.Pos, string, ...any) Notice {
	return func(p source.Pos, format string, args ...any) Notice {
		return Notice{File: f.Name, Line: p.Line, Column: p.Column, Message: fmt.Sprintf("record %d: ", i) + fmt.Sprintf(format, args...)}
	}
}

// classify files a record read as a record, a header row or a problem.
func (f *File) classify(r *Record, at func(source.Pos, string, ...any) Notice) {
	if len(r.fields) == 0 || !r.anyKnown() {
		f.Problems = append(f.Problems, at(r.Pos, "no field of the register (such as name, organization or description_short) is given; not imported"))
		return
	}
	if kind, ok := r.headerRow(); ok {
		f.Skipped = append(f.Skipped, at(r.Pos, "a header row (%s), not a record; skipped", kind))
		return
	}
	r.Layout = r.layout()
	f.Records = append(f.Records, r)
}

// wrapped is the list of records an object wraps, as some exports do
// ({"records": [...]}, {"data": [...]}): its only member that is a list of
// objects, when it has no field of a record itself.
func wrapped(root *source.Node) *source.Node {
	var list *source.Node
	for i, k := range root.Keys {
		v := root.Values[i]
		if knownField(k) {
			return nil
		}
		if v.Kind == source.Array && v.Len() > 0 && v.Values[0].Kind == source.Object {
			if list != nil {
				return nil
			}
			list = v
		}
	}
	return list
}

// textOf is a value as text: strings cleaned of markup, numbers and
// booleans as written, lists and objects (their values in order) joined
// by "; ".
func textOf(v *source.Node) (string, bool) {
	switch v.Kind {
	case source.Null:
		return "", true
	case source.String:
		return cleanText(v.Text), true
	case source.Number:
		return v.Text, true
	case source.Bool:
		if v.Bool {
			return "true", true
		}
		return "false", true
	case source.Array, source.Object:
		// A list, or an object such as {"nl": "…"} or {"title": "…",
		// "link": "…"} where the standard has text: read leniently, its
		// texts in order.
		parts := make([]string, 0, len(v.Values))
		for _, item := range v.Values {
			t, ok := textOf(item)
			if !ok {
				return "", false
			}
			if t != "" {
				parts = append(parts, t)
			}
		}
		return strings.Join(parts, "; "), true
	}
	return "", false
}

// anyKnown reports whether the record has a field of either layout.
func (r *Record) anyKnown() bool {
	for k := range r.fields {
		if knownField(k) {
			return true
		}
	}
	return false
}

// layout tells the two layouts apart by the fields only one of them has.
func (r *Record) layout() Layout {
	std, old := 0, 0
	for k := range r.fields {
		switch {
		case standardOnly[k]:
			std++
		case earlierOnly[k]:
			old++
		}
	}
	if old > std {
		return Earlier
	}
	return Standard
}
