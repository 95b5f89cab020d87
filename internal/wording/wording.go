// Package wording holds the small rules of English that dria's messages
// and reports share.
package wording

import (
	"strconv"
	"strings"
)

// Count words a number of things: "1 rule", "3 rules", "2 entries",
// "0 keys". The noun is given in the singular.
func Count(n int, noun string) string {
	return strconv.Itoa(n) + " " + plural(n, noun)
}

// plural is the noun for n things: the singular for one, else its plural
// (an s, or ies for a consonant and y: entry → entries, key → keys).
func plural(n int, noun string) string {
	if n == 1 {
		return noun
	}
	if stem, ok := strings.CutSuffix(noun, "y"); ok && stem != "" && !strings.ContainsAny(stem[len(stem)-1:], "aeiou") {
		return stem + "ies"
	}
	return noun + "s"
}
