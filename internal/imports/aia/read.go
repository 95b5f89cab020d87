// Package aia reads the answers that the Government of Canada's
// Algorithmic Impact Assessment tool saves ("AIA Results.json"), computes
// the AIA's own score and impact level from them exactly as the tool does,
// and drafts a dria system description from them in which every imported
// field names the AIA question it came from.
package aia

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/dria-project/dria/internal/suggest"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// Answer is one question's answer.
type Answer struct {
	// Question is the question's name, such as impact6.
	Question string
	// Choice is the answer of a radio group or dropdown, such as
	// "item3-3"; Choices the answers of a checkbox question; Text the
	// answer of a text question. Only one is set.
	Choice  string
	Choices []string
	Text    string
	// Pointer is the answer's JSON pointer in the file it was read from
	// (its old name's, for an answer the conversions moved), and Pos its
	// position there.
	Pointer string
	Pos     source.Pos
}

// Record is an AIA tool's saved result, after the tool's own conversions
// of older files.
type Record struct {
	// File is the name the file was read under.
	File string
	// Version is the questionnaire version the file names ("" if none).
	Version string
	// Answers holds the answers in questionnaire order.
	Answers []Answer
	// Conversions says, in plain words, which conversions of older files
	// were applied.
	Conversions []string
}

// Answer returns the answer to the named question, if there is one.
func (r *Record) Answer(name string) (Answer, bool) {
	for _, a := range r.Answers {
		if a.Question == name {
			return a, true
		}
	}
	return Answer{}, false
}

// Read reads the AIA tool's saved result: an object with version,
// currentPage, data (question name to answer) and translationsOnResult.
// Every problem is reported, located by line, column and JSON pointer, in
// a *schema.ValidationError.
func Read(file string, data []byte) (*Record, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, problems(schema.Problem{File: file, Line: 1, Column: 1,
			Message: "file is empty: expected the AIA tool's saved result (an object with version, data and translationsOnResult)"})
	}
	docs, err := source.Parse(file, data, source.JSON, source.Limits{})
	if err != nil {
		if se, ok := err.(*source.Error); ok {
			return nil, problems(schema.Problem{File: file, Line: se.Pos.Line, Column: se.Pos.Column, Message: se.Msg})
		}
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	r := reader{file: file, rec: &Record{File: file}}
	r.record(docs[0].Root)
	if len(r.problems) > 0 {
		return nil, &schema.ValidationError{Problems: schema.SortProblems(r.problems)}
	}
	slices.SortStableFunc(r.rec.Answers, func(a, b Answer) int {
		return questionOrder[a.Question] - questionOrder[b.Question]
	})
	return r.rec, nil
}

func problems(ps ...schema.Problem) error { return &schema.ValidationError{Problems: ps} }

// reader collects a record and the problems found on the way.
type reader struct {
	file     string
	rec      *Record
	problems []schema.Problem
}

func (r *reader) problem(n *source.Node, pos source.Pos, pointer, format string, args ...any) {
	if n != nil && pos == (source.Pos{}) {
		pos = n.Pos
	}
	r.problems = append(r.problems, schema.Problem{File: r.file, Line: pos.Line, Column: pos.Column,
		Pointer: pointer, Message: fmt.Sprintf(format, args...)})
}

// record reads the top-level object.
func (r *reader) record(root *source.Node) {
	if root.Kind != source.Object {
		r.problem(root, source.Pos{}, "", "expected the AIA tool's saved result, an object with version, data and translationsOnResult; found %s", root.Kind)
		return
	}
	for i, key := range root.Keys {
		v := root.Values[i]
		ptr := "/" + source.EscapePointerToken(key)
		switch key {
		case "version":
			if v.Kind != source.String {
				r.problem(v, source.Pos{}, ptr, "version must be text, such as \"v0.11.0\"; found %s", v.Kind)
			}
			r.rec.Version = v.Text
		case "currentPage":
			if v.Kind != source.Number && v.Kind != source.String {
				r.problem(v, source.Pos{}, ptr, "currentPage must be a page number; found %s", v.Kind)
			}
		case "data", "translationsOnResult":
			if v.Kind != source.Object {
				r.problem(v, source.Pos{}, ptr, "%s must be an object of question names and answers; found %s", key, v.Kind)
			}
		default:
			r.problem(v, v.KeyPos, ptr, "unknown key %s: the AIA tool saves version, currentPage, data and translationsOnResult", source.Quote(key))
		}
	}
	data := root.Get("data")
	if data == nil {
		r.problem(root, source.Pos{}, "", "there is no data: the AIA tool saves the answers under data")
		return
	}
	if data.Kind == source.Object {
		r.answers(data)
	}
	if tr := root.Get("translationsOnResult"); tr != nil && tr.Kind == source.Object {
		for i, key := range tr.Keys {
			if v := tr.Values[i]; v.Kind != source.String {
				r.problem(v, source.Pos{}, "/translationsOnResult/"+source.EscapePointerToken(key), "a translation must be text; found %s", v.Kind)
			}
		}
	}
}

// answers reads data, applying the tool's conversions of older files
// first, as the tool does when it loads a file: an aboutSystem1 answer
// "item6-1" (its first occurrence) becomes "item6", and an impact4 answer
// moves to decisionSector3, replacing any answer there.
func (r *reader) answers(data *source.Node) {
	moved := data.Get("impact4") != nil
	for i, key := range data.Keys {
		v := data.Values[i]
		ptr := "/data/" + source.EscapePointerToken(key)
		name := key
		switch {
		case key == "impact4":
			name = "decisionSector3"
			r.rec.Conversions = append(r.rec.Conversions, "impact4 (the description of the decision, from older versions) was moved to decisionSector3, as the AIA tool does")
		case key == "decisionSector3" && moved:
			continue // the tool overwrites it with impact4's answer
		}
		q, ok := questions[name]
		if !ok {
			msg := fmt.Sprintf("unknown question %s: it is not a question of the AIA questionnaire", source.Quote(key))
			if s := suggest.Closest(key, questionNames); s != "" {
				msg += fmt.Sprintf(" (did you mean %s?)", s)
			}
			r.problem(v, v.KeyPos, ptr, "%s", msg)
			continue
		}
		if a, ok := r.answer(q, v, ptr); ok {
			r.rec.Answers = append(r.rec.Answers, a)
		}
	}
}

// answer reads one answer and checks it against its question.
func (r *reader) answer(q *question, v *source.Node, ptr string) (Answer, bool) {
	a := Answer{Question: q.name, Pointer: ptr, Pos: v.Pos}
	switch q.kind {
	case kindText, kindComment:
		if v.Kind != source.String {
			r.problem(v, source.Pos{}, ptr, "%s is a text question: its answer must be text; found %s", q.name, v.Kind)
			return a, false
		}
		a.Text = v.Text
	case kindRadio, kindDropdown:
		if v.Kind != source.String {
			r.problem(v, source.Pos{}, ptr, "%s takes one choice, such as %s; found %s", q.name, source.Quote(q.choices[0]), v.Kind)
			return a, false
		}
		if !q.hasChoice(v.Text) {
			r.problem(v, source.Pos{}, ptr, "%s is not a choice of %s: %s", source.Quote(v.Text), q.name, choiceList(q))
			return a, false
		}
		a.Choice = v.Text
	case kindCheckbox:
		choices, ok := r.checkbox(q, v, ptr)
		if !ok {
			return a, false
		}
		a.Choices = choices
	}
	return a, true
}

// checkbox reads the list of choices of a checkbox question.
func (r *reader) checkbox(q *question, v *source.Node, ptr string) ([]string, bool) {
	if v.Kind != source.Array {
		r.problem(v, source.Pos{}, ptr, "%s is a checkbox question: its answer must be a list of choices; found %s", q.name, v.Kind)
		return nil, false
	}
	out := make([]string, 0, len(v.Values))
	ok := true
	converted := false
	for j, item := range v.Values {
		iptr := fmt.Sprintf("%s/%d", ptr, j)
		if item.Kind != source.String {
			r.problem(item, source.Pos{}, iptr, "a choice of %s must be text; found %s", q.name, item.Kind)
			ok = false
			continue
		}
		c := item.Text
		if q.name == "aboutSystem1" && c == "item6-1" && !converted {
			c, converted = "item6", true
			r.rec.Conversions = append(r.rec.Conversions, `aboutSystem1 "item6-1" (from files saved before the tool's change #622) was read as "item6", as the AIA tool does`)
		}
		switch {
		case !q.hasChoice(c):
			r.problem(item, source.Pos{}, iptr, "%s is not a choice of %s: %s", source.Quote(c), q.name, choiceList(q))
			ok = false
		case slices.Contains(out, c):
			r.problem(item, source.Pos{}, iptr, "%s is chosen twice in %s", source.Quote(c), q.name)
			ok = false
		default:
			out = append(out, c)
		}
	}
	return out, ok
}

// choiceList names a question's choices for a message.
func choiceList(q *question) string {
	const shown = 12
	cs := q.choices
	if len(cs) > shown {
		return "the choices are " + strings.Join(cs[:shown], ", ") + fmt.Sprintf(" and %d more", len(cs)-shown)
	}
	return "the choices are " + strings.Join(cs, ", ")
}
