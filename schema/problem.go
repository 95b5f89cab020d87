package schema

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dria-project/dria/internal/safetext"
)

// Problem is one thing wrong with a file (a description, waivers,
// configuration, rule or rule pack manifest), at a place in it.
type Problem struct {
	// File is the name the file was given under.
	File string `json:"file"`
	// Line and Column locate the problem (1-based; columns count
	// characters). Line is 0 for a problem of the whole file, such as one
	// that cannot be read.
	Line   int `json:"line"`
	Column int `json:"column"`
	// Pointer is the JSON pointer (RFC 6901) of the value at fault; it is
	// empty for a file that cannot be parsed and for problems of rules.
	Pointer string `json:"pointer"`
	// Message says what is wrong in plain language.
	Message string `json:"message"`
}

// String formats the problem as FILE:LINE:COLUMN: message, or FILE:
// message for a problem of a whole file (Line 0). The file name and
// message are made safe to print: control characters are escaped, and a
// message of several lines has every line after the first indented, so
// that it cannot pass for another problem.
func (p Problem) String() string {
	msg := safetext.Text(p.Message)
	if strings.Contains(msg, "\n") {
		lines := strings.Split(msg, "\n")
		for i := 1; i < len(lines); i++ {
			if !strings.HasPrefix(lines[i], "\t") && !strings.HasPrefix(lines[i], " ") {
				lines[i] = "\t" + lines[i]
			}
		}
		msg = strings.Join(lines, "\n")
	}
	if p.Line <= 0 {
		return fmt.Sprintf("%s: %s", safetext.Inline(p.File), msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", safetext.Inline(p.File), p.Line, max(p.Column, 1), msg)
}

// ValidationError reports every problem found in one or more input files.
// Callers reach it with errors.As.
type ValidationError struct {
	// Problems are sorted by file and position.
	Problems []Problem
}

// Error lists the problems, one FILE:LINE:COLUMN: message per line.
func (e *ValidationError) Error() string { return joinProblems(e.Problems) }

// joinProblems writes problems one per line.
func joinProblems(ps []Problem) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// SortProblems orders problems by file, line, column, then message (and
// pointer), and drops exact duplicates. It sorts ps in place and returns
// the shortened slice.
func SortProblems(ps []Problem) []Problem {
	slices.SortFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Message, b.Message), cmp.Compare(a.Pointer, b.Pointer))
	})
	return slices.Compact(ps)
}
