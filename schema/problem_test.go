package schema

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestProblemString(t *testing.T) {
	for _, c := range []struct {
		name string
		p    Problem
		want string
	}{
		{"located", Problem{File: "a.yaml", Line: 3, Column: 7, Message: "bad value"}, "a.yaml:3:7: bad value"},
		{"a problem of the whole file has no position", Problem{File: "a.yaml", Message: "cannot be read"}, "a.yaml: cannot be read"},
		{"a line without a column is at column 1", Problem{File: "a.yaml", Line: 3, Message: "bad"}, "a.yaml:3:1: bad"},
		{"control characters in the file name are escaped", Problem{File: "a\x1b]8;;evil\x07.yaml", Line: 1, Column: 1, Message: "bad"}, `a\x1b]8;;evil\x07.yaml:1:1: bad`},
		{"a line break in the file name cannot start a line", Problem{File: "a\nb.yaml:9:9: fine\r", Line: 1, Column: 1, Message: "bad"}, `a\nb.yaml:9:9: fine\r:1:1: bad`},
		{"a second line of the message cannot pass for a problem", Problem{File: "x.rego", Line: 1, Column: 1, Message: "bad\nother.rego:1:1: all fine\x1b[2J"}, "x.rego:1:1: bad\n\tother.rego:1:1: all fine\\x1b[2J"},
		{"indented lines stay as they are", Problem{File: "x.rego", Line: 2, Column: 1, Message: "bad\n  detail\n\tmore"}, "x.rego:2:1: bad\n  detail\n\tmore"},
	} {
		assert.Equal(t, c.want, c.p.String(), c.name)
	}
}

// A file name given by the user is escaped in the problems of Load too.
func TestLoadProblemsEscapeTheFileName(t *testing.T) {
	got := problemsOf(t, "evil\x1b[2J.yaml", "apiVersion: dria/v1\nkind: System\n")
	assert.NotEmpty(t, got)
	for _, p := range got {
		assert.Regexp(t, `^evil\\x1b\[2J\.yaml:\d+:\d+: `, p)
	}
}

func TestSortProblems(t *testing.T) {
	ps := []Problem{
		{File: "b", Line: 1, Column: 1, Message: "x"},
		{File: "a", Line: 2, Column: 1, Message: "x"},
		{File: "a", Line: 1, Column: 2, Message: "y", Pointer: "/b"},
		{File: "a", Line: 1, Column: 2, Message: "y", Pointer: "/a"},
		{File: "a", Line: 1, Column: 2, Message: "x"},
		{File: "a", Line: 2, Column: 1, Message: "x"},
	}
	assert.Equal(t, []Problem{
		{File: "a", Line: 1, Column: 2, Message: "x"},
		{File: "a", Line: 1, Column: 2, Message: "y", Pointer: "/a"},
		{File: "a", Line: 1, Column: 2, Message: "y", Pointer: "/b"},
		{File: "a", Line: 2, Column: 1, Message: "x"},
		{File: "b", Line: 1, Column: 1, Message: "x"},
	}, SortProblems(ps), "sorted by file, position, message and pointer; the exact duplicate dropped")
}
