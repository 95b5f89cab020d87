package schema

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"

	"github.com/dria-project/dria/schema/source"
)

// DefaultMaxProblems is how many problems Load reports per file when
// WithMaxProblems is not given (or given 0).
const DefaultMaxProblems = 100

// fault is one problem found but not yet put into words: messages are
// written only for the problems that are reported, so a file with a
// million mistakes costs a million small records at most briefly, never a
// million messages.
type fault struct {
	pos     source.Pos
	pointer string
	// node is the value at fault (for unknown keys, the member's value).
	node *source.Node
	// keyword is the failed JSON Schema keyword, and keywordAt its
	// absolute location in the schema.
	keyword, keywordAt string
	// key is the key concerned by "required" and "additionalProperties".
	key string
	// first and second are the equal items of "uniqueItems" (0-based).
	first, second int
	// detail is the validator's own message, for keywords without a
	// message of dria's.
	detail string
	// message, when set, writes the message itself (checks of dria's own).
	message func() string
}

// compare orders faults by position, then by what they are about, so that
// the faults kept are always the same whatever order they were found in.
func (f *fault) compare(g *fault) int {
	return cmp.Or(cmp.Compare(f.pos.Line, g.pos.Line), cmp.Compare(f.pos.Column, g.pos.Column),
		cmp.Compare(f.pointer, g.pointer), cmp.Compare(f.keyword, g.keyword), cmp.Compare(f.key, g.key),
		cmp.Compare(f.keywordAt, g.keywordAt), cmp.Compare(f.second, g.second))
}

// faultHeap is a max-heap: its top is the last of the faults kept.
type faultHeap []fault

func (h faultHeap) Len() int           { return len(h) }
func (h faultHeap) Less(i, j int) bool { return h[i].compare(&h[j]) > 0 }
func (h faultHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *faultHeap) Push(x any)        { *h = append(*h, x.(fault)) }
func (h *faultHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// collector keeps the first max faults of a file by position, plus the
// next one (where "and N more problems" is located), and counts the rest.
type collector struct {
	max   int
	total int
	kept  faultHeap
}

func newCollector(max int) *collector {
	if max <= 0 {
		max = DefaultMaxProblems
	}
	return &collector{max: max}
}

func (c *collector) add(f fault) {
	c.total++
	if len(c.kept) <= c.max {
		heap.Push(&c.kept, f)
		return
	}
	if f.compare(&c.kept[0]) < 0 {
		c.kept[0] = f
		heap.Fix(&c.kept, 0)
	}
}

// problems writes the kept faults of the file as problems, in order, and
// when some were left out a last one saying how many, at the first of them.
func (c *collector) problems(v *Validator, file string) []Problem {
	kept := slices.Clone(c.kept)
	slices.SortFunc(kept, func(a, b fault) int { return a.compare(&b) })
	reported := kept[:min(len(kept), c.max)]
	out := make([]Problem, 0, len(reported)+1)
	for i := range reported {
		out = append(out, v.describe(file, &reported[i]))
	}
	out = SortProblems(out)
	if rest := c.total - len(reported); rest > 0 {
		next := kept[len(reported)]
		noun := "problems"
		if rest == 1 {
			noun = "problem"
		}
		out = append(out, Problem{File: file, Line: next.pos.Line, Column: next.pos.Column, Pointer: next.pointer,
			Message: fmt.Sprintf("and %d more %s in this file", rest, noun)})
	}
	return out
}
