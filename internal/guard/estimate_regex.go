package guard

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Go's regular expressions run in time linear in the text, but the factor
// is the size of the compiled pattern: "(a|b|c|d|e){1000}x" compiles to
// 3,003 instructions and takes 24 seconds on a megabyte, without looking
// at the deadline. A call may take (instructions + 1) × (characters + 1)
// steps at most; the number of matches (one new term each, more with
// submatches) is bounded separately, by counting them when a megabyte-size
// text could hold too many.

// cacheEntries bounds each cache; patterns longer than cachedPattern are
// not cached.
const (
	cacheEntries  = 512
	cachedPattern = 4096
)

type boundedCache struct {
	m sync.Map
	n atomic.Int64
}

func (c *boundedCache) load(key string) (any, bool) { return c.m.Load(key) }

func (c *boundedCache) store(key string, v any) {
	if len(key) <= cachedPattern && c.n.Add(1) <= cacheEntries {
		c.m.Store(key, v)
	}
}

var (
	programs boundedCache // pattern -> instructions (int64)
	compiled boundedCache // pattern -> *regexp.Regexp
)

// instructions is the size of the compiled pattern; ok is false when it
// does not compile (the builtin then reports why).
func instructions(pattern string) (int64, bool) {
	if v, ok := programs.load(pattern); ok {
		return v.(int64), true
	}
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return 0, false
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return 0, false
	}
	n := int64(len(prog.Inst))
	programs.store(pattern, n)
	return n, true
}

func compile(pattern string) (*regexp.Regexp, bool) {
	if v, ok := compiled.load(pattern); ok {
		return v.(*regexp.Regexp), true
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, false
	}
	compiled.store(pattern, re)
	return re, true
}

// matchSteps refuses matching a text against a pattern that would take
// too many steps; ok is false when the operands are not two strings or
// the pattern does not compile.
func (c *call) matchSteps(pattern, text int) (p, s string, ok bool, err error) {
	ps, ok1 := c.ops[pattern].Value.(ast.String)
	ts, ok2 := c.ops[text].Value.(ast.String)
	if !ok1 || !ok2 {
		return "", "", false, nil
	}
	n, compiles := instructions(string(ps))
	if !compiles {
		return "", "", false, nil
	}
	steps := mul(n+1, int64(len(ts))+1)
	return string(ps), string(ts), true, c.needSteps(steps, fmt.Sprintf("match %s characters against a pattern of %s instructions", count(int64(len(ts))), count(n)))
}

// regexMatchEstimate: regex.match(pattern, value) and re_match.
func regexMatchEstimate(pattern, text int) estimator {
	return func(c *call) error {
		_, _, _, err := c.matchSteps(pattern, text)
		return err
	}
}

// matches counts the non-overlapping matches of re in s, the way FindAll
// and ReplaceAll see them, without keeping them.
func matches(re *regexp.Regexp, s string) int64 {
	n := int64(0)
	re.ReplaceAllStringFunc(s, func(string) string { n++; return "" })
	return n
}

// resultTerms refuses a result of up to most matches of per terms each:
// cheaply when even a match at every character fits, by counting
// otherwise; what says what the call does with n matches.
func (c *call) resultTerms(pattern, text string, most, per int64, what func(n int64) string) error {
	if c.needBytes(mul(most, per*elementBytes), what(most)) == nil {
		return nil
	}
	re, ok := compile(pattern)
	if !ok {
		return nil
	}
	n := min(matches(re, text), most)
	return c.needBytes(mul(n, per*elementBytes), what(n))
}

// regexFindEstimate: regex.find_n(pattern, value, n) and
// regex.find_all_string_submatch_n(pattern, value, n) return up to n
// matches (all for n < 0), with their submatches for the latter.
func regexFindEstimate(submatches bool) estimator {
	return func(c *call) error {
		p, s, ok, err := c.matchSteps(0, 1)
		if err != nil || !ok {
			return err
		}
		most := int64(len(s)) + 1
		if n, isNum := c.ops[2].Value.(ast.Number); isNum {
			if limit, isInt := n.Int64(); isInt && limit >= 0 {
				most = min(most, limit)
			}
		}
		per := int64(1)
		if submatches {
			if re, ok := compile(p); ok {
				per = int64(re.NumSubexp()) + 2
			}
		}
		return c.resultTerms(p, s, most, per, func(n int64) string { return fmt.Sprintf("list %s matches in an array", count(n)) })
	}
}

// regexSplitEstimate: regex.split(pattern, value) makes a piece between
// every two matches.
func regexSplitEstimate(c *call) error {
	p, s, ok, err := c.matchSteps(0, 1)
	if err != nil || !ok {
		return err
	}
	return c.resultTerms(p, s, int64(len(s))+1, 1, func(n int64) string { return fmt.Sprintf("split a string at %s matches into an array", count(n)) })
}

// regexReplaceEstimate: regex.replace(value, pattern, repl) writes the
// unmatched text and, for every match, repl with each $n or ${name}
// expanded to a submatch, which is at most the match: "$1$1$1…" on one
// long match writes it a thousand times.
func regexReplaceEstimate(c *call) error {
	p, s, ok, err := c.matchSteps(1, 0)
	if err != nil || !ok {
		return err
	}
	repl, ok := c.ops[2].Value.(ast.String)
	if !ok {
		return nil
	}
	refs := int64(strings.Count(string(repl), "$"))
	n := int64(len(s))
	cheap := add(mul(n, refs+1), mul(n+1, int64(len(repl))))
	if c.needBytes(cheap, "replace the matches, a string") == nil {
		return nil
	}
	re, compiles := compile(p)
	if !compiles {
		return nil
	}
	total := n
	re.ReplaceAllStringFunc(s, func(m string) string {
		total = add(total, add(int64(len(repl)), mul(refs, int64(len(m)))))
		return ""
	})
	return c.needBytes(total, "replace the matches, a string")
}

// templateMatchEstimate: regex.template_match(template, value, start, end)
// turns the template into a pattern of about four instructions a
// character and matches it.
func templateMatchEstimate(c *call) error {
	tmpl, ok1 := c.ops[0].Value.(ast.String)
	s, ok2 := c.ops[1].Value.(ast.String)
	if !ok1 || !ok2 {
		return nil
	}
	steps := mul(mul(int64(len(tmpl)), 4)+16, int64(len(s))+1)
	return c.needSteps(steps, fmt.Sprintf("match %s characters against a template of %s", count(int64(len(s))), count(int64(len(tmpl)))))
}

// globMatchEstimate: glob.match(pattern, delimiters, value) backtracks over
// its wildcards; a pattern of n characters on a text of m takes up to
// about n × m steps (600 stars on a megabyte take seconds).
func globMatchEstimate(c *call) error {
	pattern, ok1 := c.ops[0].Value.(ast.String)
	s, ok2 := c.ops[2].Value.(ast.String)
	if !ok1 || !ok2 {
		return nil
	}
	steps := mul(int64(len(pattern))+1, int64(len(s))+1)
	return c.needSteps(steps, fmt.Sprintf("match %s characters against a glob of %s", count(int64(len(s))), count(int64(len(pattern)))))
}
