package schema

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Problem is one thing wrong with an input file, at a place in it.
type Problem struct {
	// File is the name the file was given under.
	File string `json:"file"`
	// Line and Column locate the problem (1-based; columns count characters).
	Line   int `json:"line"`
	Column int `json:"column"`
	// Pointer is the JSON pointer (RFC 6901) of the value at fault; for a
	// file that cannot be parsed it is empty.
	Pointer string `json:"pointer"`
	// Message says what is wrong in plain language.
	Message string `json:"message"`
}

// String formats the problem as FILE:LINE:COLUMN: message.
func (p Problem) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Column, p.Message)
}

// ValidationError reports every problem found in one or more input files.
// Callers reach it with errors.As.
type ValidationError struct {
	Problems []Problem
}

// Error lists the problems, one FILE:LINE:COLUMN: message per line.
func (e *ValidationError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// sortProblems orders problems by file, line, column, then message, and
// drops exact duplicates.
func sortProblems(ps []Problem) []Problem {
	slices.SortFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column), cmp.Compare(a.Message, b.Message))
	})
	return slices.Compact(ps)
}
