package aia

import (
	"strconv"
	"strings"
)

// kind is how a question is answered.
type kind uint8

const (
	kindText     kind = iota // one line of text
	kindComment              // free text of several lines
	kindRadio                // one choice
	kindDropdown             // one choice from a list
	kindCheckbox             // any number of choices
)

// scoreType says to which AIA score a question's answer adds.
type scoreType uint8

const (
	scoreNone       scoreType = iota // not scored (-NS, or no suffix)
	scoreRaw                         // the raw impact score (-RS)
	scoreMitigation                  // the mitigation score (-MS)
)

// question is one question of the AIA questionnaire.
type question struct {
	name    string
	kind    kind
	score   scoreType
	page    string
	panel   string
	choices []string
}

// isChoice reports whether the question is answered with choices.
func (q *question) isChoice() bool { return q.kind >= kindRadio }

// hasChoice reports whether v is one of the question's choice values.
func (q *question) hasChoice(v string) bool {
	for _, c := range q.choices {
		if c == v {
			return true
		}
	}
	return false
}

// maxScore is the most the question can add to its score, as the tool
// counts it: the highest choice of a radio group or dropdown, the sum of
// all choices of a checkbox.
func (q *question) maxScore() int {
	best := 0
	for _, c := range q.choices {
		v := choiceScore(c)
		if q.kind == kindCheckbox {
			best += v
		} else {
			best = max(best, v)
		}
	}
	return best
}

// choiceScore is the score a choice value carries: the number after its
// last hyphen ("item3-2" scores 2), 0 when there is none ("item6").
func choiceScore(value string) int {
	i := strings.LastIndexByte(value, '-')
	if i < 0 {
		return 0
	}
	n, err := strconv.Atoi(value[i+1:])
	if err != nil {
		return 0
	}
	return n
}

// questions indexes the questionnaire by question name.
var questions = func() map[string]*question {
	m := make(map[string]*question, len(questionnaire))
	for i := range questionnaire {
		m[questionnaire[i].name] = &questionnaire[i]
	}
	return m
}()

// questionOrder is each question's position in the questionnaire.
var questionOrder = func() map[string]int {
	m := make(map[string]int, len(questionnaire))
	for i, q := range questionnaire {
		m[q.name] = i
	}
	return m
}()

// questionNames lists every question name, for suggestions.
var questionNames = func() []string {
	out := make([]string, len(questionnaire))
	for i, q := range questionnaire {
		out[i] = q.name
	}
	return out
}()
