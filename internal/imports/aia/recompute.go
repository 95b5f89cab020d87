package aia

import (
	"fmt"

	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// AnswersPointer is where a description keeps the AIA answers it was
// drafted from.
const AnswersPointer = "/spec/provenance/canadaAIA/answers"

// FromDescription recomputes the AIA's score from the answers a
// description keeps under spec.provenance.canadaAIA (see Describe). It
// returns nil and no problems when the description has none. The answers
// are checked against the questionnaire as Read checks a file: an unknown
// question, a question listed twice, an answer of the wrong kind or a
// choice the question does not offer is a problem located in file, and
// then there is no score: a score from some of the answers would mislead.
// The description is expected to be valid against the description schema
// already.
func FromDescription(file string, root *source.Node) (*Score, []schema.Problem) {
	list, _, ok := root.Resolve(AnswersPointer)
	if !ok || list.Kind != source.Array {
		return nil, nil
	}
	r := reader{file: file, rec: &Record{File: file}}
	seen := map[string]bool{}
	for i, item := range list.Values {
		ptr := fmt.Sprintf("%s/%d", AnswersPointer, i)
		name := item.Get("question")
		if item.Kind != source.Object || name == nil || name.Kind != source.String {
			continue // the schema reports it
		}
		q, known := questions[name.Text]
		switch {
		case !known:
			r.problem(name, source.Pos{}, ptr+"/question", "unknown AIA question %s: it is not a question of the AIA questionnaire", source.Quote(name.Text))
			continue
		case seen[q.name]:
			r.problem(name, source.Pos{}, ptr+"/question", "the AIA question %s is listed twice", q.name)
			continue
		}
		seen[q.name] = true
		r.recomputed(q, item, ptr)
	}
	if len(r.problems) > 0 {
		return nil, schema.SortProblems(r.problems)
	}
	s := Compute(r.rec.Answers)
	return &s, nil
}

// recomputed checks one answer of a description against its question
// and keeps it.
func (r *reader) recomputed(q *question, item *source.Node, ptr string) {
	want := map[kind]string{kindText: "text", kindComment: "text", kindRadio: "choice", kindDropdown: "choice", kindCheckbox: "choices"}[q.kind]
	for _, k := range []string{"text", "choice", "choices"} {
		if other := item.Get(k); other != nil && k != want {
			r.problem(other, other.KeyPos, ptr+"/"+k, "the AIA question %s is answered with %s, not %s", q.name, want, k)
			return
		}
	}
	v := item.Get(want)
	if v == nil {
		r.problem(item, source.Pos{}, ptr, "the AIA question %s has no answer: give its %s", q.name, want)
		return
	}
	if a, ok := r.answer(q, v, ptr+"/"+want); ok {
		r.rec.Answers = append(r.rec.Answers, a)
	}
}
