// Package suggest finds the likely intended word for a misspelt one, for
// messages that say "did you mean ...?": a key of a description, a field
// a rule reads, a rule id.
package suggest

import (
	"strings"
	"unicode/utf8"
)

// Closest returns the candidate nearest to word by edit distance, ignoring
// case, when it is near enough to be a likely typo; otherwise "". Messages
// use it for "did you mean ...?".
func Closest(word string, candidates []string) string {
	best, bestDist := "", -1
	lw := strings.ToLower(word)
	limit := max(1, min(3, len([]rune(word))/3))
	n := utf8.RuneCountInString(lw)
	for _, c := range candidates {
		if m := utf8.RuneCountInString(c); n > m+limit || m > n+limit {
			continue // too different in length to be a typo (and a long word stays cheap)
		}
		d := editDistance(lw, strings.ToLower(c))
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	if bestDist < 0 || bestDist > limit {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, counting an
// adjacent transposition as one edit (so "decisons" is one step from
// "decisions" and "retnetionDays" one from "retentionDays").
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
