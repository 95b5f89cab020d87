package aia

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// The AIA tool's scoring constants (calculateFinalScore in its store.ts).
const (
	// mitigationShare of half the maximum mitigation score is what the
	// mitigation score must reach for the raw score to be reduced. The
	// maximum is halved because a file answers either the design or the
	// implementation questions, and both count towards the maximum.
	mitigationShare = 0.8
	// deduction is the share taken off the raw score then.
	deduction = 0.15
)

// levelShares are the boundaries of levels I, II and III as shares of the
// maximum raw score: a final score up to 25% is level I, up to 50% level
// II, up to 75% level III, above it level IV.
var levelShares = [3]float64{0.25, 0.5, 0.75}

// Score is the AIA's own result for a set of answers, as the AIA tool
// computes it.
type Score struct {
	// Raw is the raw impact score: the sum of the scores of the answers
	// to questions whose name, or whose panel's name, ends in -RS. MaxRaw
	// is its maximum over the whole questionnaire.
	Raw, MaxRaw int
	// Mitigation is the mitigation score: the same sum over -MS
	// questions. MaxMitigation is its maximum over the whole
	// questionnaire, design and implementation questions both.
	Mitigation, MaxMitigation int
	// Threshold is the mitigation score at which the raw score is
	// reduced: 80% of half of MaxMitigation.
	Threshold float64
	// Reduced is true when Mitigation reached Threshold, so that Final is
	// Raw less 15%, rounded; otherwise Final is Raw.
	Reduced bool
	Final   int
	// Level is the impact level, 1 to 4 (I to IV): Final against 25%, 50%
	// and 75% of MaxRaw.
	Level int
	// Bounds are the highest final scores of levels I, II and III.
	Bounds [3]float64
	// Contributions lists the answers that added to a score, the largest
	// first.
	Contributions []Contribution
}

// Contribution is what one answer added to a score.
type Contribution struct {
	// Question is the question's name; Points what its answer added.
	Question string
	Points   int
	// Mitigation is true for the mitigation score, false for the raw
	// impact score.
	Mitigation bool
}

// maxScores are the questionnaire's maximum raw and mitigation scores.
var maxRaw, maxMitigation = func() (int, int) {
	r, m := 0, 0
	for i := range questionnaire {
		switch q := &questionnaire[i]; q.score {
		case scoreRaw:
			r += q.maxScore()
		case scoreMitigation:
			m += q.maxScore()
		}
	}
	return r, m
}()

// Compute scores the answers exactly as the AIA tool does: an answer's
// score is the number after the last hyphen of its choice value (checkbox
// answers add up); when the mitigation score reaches 80% of half the
// maximum mitigation score, the raw score is reduced by 15% and rounded
// (halves up); the level is I up to 25% of the maximum raw score, II up to
// 50%, III up to 75%, IV above. Answers to unscored or text questions add
// nothing; unanswered questions add nothing.
func Compute(answers []Answer) Score {
	s := Score{MaxRaw: maxRaw, MaxMitigation: maxMitigation}
	for _, a := range answers {
		q, ok := questions[a.Question]
		if !ok || !q.isChoice() || q.score == scoreNone {
			continue
		}
		points := choiceScore(a.Choice)
		for _, c := range a.Choices {
			points += choiceScore(c)
		}
		if q.score == scoreRaw {
			s.Raw += points
		} else {
			s.Mitigation += points
		}
		if points != 0 {
			s.Contributions = append(s.Contributions, Contribution{Question: a.Question, Points: points, Mitigation: q.score == scoreMitigation})
		}
	}
	slices.SortStableFunc(s.Contributions, func(a, b Contribution) int { return cmp.Compare(b.Points, a.Points) })
	// The arithmetic is the tool's, in float64 as JavaScript does it.
	share, cut := mitigationShare, deduction
	s.Threshold = share * (float64(s.MaxMitigation) / 2)
	s.Final = s.Raw
	if float64(s.Mitigation) >= s.Threshold {
		s.Reduced = true
		s.Final = roundHalfUp((1 - cut) * float64(s.Raw))
	}
	for i, sh := range levelShares {
		s.Bounds[i] = float64(s.MaxRaw) * sh
	}
	s.Level = 4
	for i, b := range s.Bounds {
		if float64(s.Final) <= b {
			s.Level = i + 1
			break
		}
	}
	return s
}

// roundHalfUp rounds as JavaScript's Math.round does: to the nearest
// integer, halves up.
func roundHalfUp(x float64) int {
	f := math.Floor(x)
	if x-f >= 0.5 {
		f++
	}
	return int(f)
}

// LevelName is the impact level in Roman numerals, I to IV.
func LevelName(level int) string {
	if level < 1 || level > 4 {
		return fmt.Sprintf("level %d", level)
	}
	return [...]string{"I", "II", "III", "IV"}[level-1]
}
