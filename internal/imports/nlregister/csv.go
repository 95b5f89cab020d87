package nlregister

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// isCSV reports whether a file is a CSV export: by its extension, or,
// when the extension says nothing, by a first line that is not JSON.
func isCSV(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return true
	case ".json", ".yaml", ".yml":
		return false
	}
	first, _, _ := bytes.Cut(bytes.TrimPrefix(data, []byte("\ufeff")), []byte("\n"))
	first = bytes.TrimSpace(first)
	return len(first) > 0 && first[0] != '{' && first[0] != '[' && bytes.ContainsAny(first, ",;")
}

// readCSV reads a CSV export: the first row names the fields.
func readCSV(name string, data []byte, limits source.Limits) (*File, error) {
	if max := limits.MaxBytes; max > 0 && int64(len(data)) > max {
		return nil, &schema.ValidationError{Problems: []schema.Problem{{File: name, Line: 1, Column: 1,
			Message: fmt.Sprintf("the file is larger than %d bytes", max)}}}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	first, _, _ := bytes.Cut(data, []byte("\n"))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		r.Comma = ';'
	}
	header, err := r.Read()
	if err != nil {
		return nil, csvError(name, err)
	}
	f := &File{Name: name}
	for i := 1; ; i++ {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			p := csvError(name, err).Problems[0]
			p.Message = fmt.Sprintf("record %d: %s; the rest of the file cannot be read", i, p.Message)
			f.Problems = append(f.Problems, p)
			break
		}
		line, _ := r.FieldPos(0)
		rec := &Record{Index: i, Pos: source.Pos{Line: line, Column: 1}, fields: map[string]field{}}
		for j, v := range row {
			if j < len(header) && strings.TrimSpace(v) != "" {
				l, c := r.FieldPos(j)
				rec.fields[strings.TrimSpace(header[j])] = field{text: cleanText(v), pos: source.Pos{Line: l, Column: c}}
			}
		}
		if len(rec.fields) == 0 {
			f.Skipped = append(f.Skipped, f.noticer(i)(rec.Pos, "an empty row, not a record; skipped"))
			continue
		}
		f.classify(rec, f.noticer(i))
	}
	if f.Entries() == 0 {
		return nil, &schema.ValidationError{Problems: []schema.Problem{{File: name, Message: "the file holds no register records"}}}
	}
	return f, nil
}

// csvError locates an error of the CSV reader.
func csvError(name string, err error) *schema.ValidationError {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		msg := pe.Err.Error()
		switch {
		case errors.Is(pe.Err, csv.ErrQuote):
			msg = `a quoted field is not closed, or holds a " that is not doubled`
		case errors.Is(pe.Err, csv.ErrBareQuote):
			msg = `a field that is not quoted holds a "`
		}
		return &schema.ValidationError{Problems: []schema.Problem{{File: name, Line: pe.Line, Column: max(pe.Column, 1), Message: msg}}}
	}
	if errors.Is(err, io.EOF) {
		return &schema.ValidationError{Problems: []schema.Problem{{File: name, Message: "the file holds no register records"}}}
	}
	return &schema.ValidationError{Problems: []schema.Problem{{File: name, Message: err.Error()}}}
}
