package guard

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
)

// concatEstimate: concat(sep, xs) sums the lengths of the strings and
// separators and allocates the result at once (3.9 GiB for a comprehension
// that repeats one long string a thousand times); the sum is exact.
func concatEstimate(c *call) error {
	sep, ok := c.ops[0].Value.(ast.String)
	if !ok {
		return nil
	}
	n, total := int64(0), int64(0)
	each := func(t *ast.Term) {
		if s, ok := t.Value.(ast.String); ok {
			total = add(total, int64(len(s)))
		}
		n++
	}
	switch v := c.ops[1].Value.(type) {
	case *ast.Array:
		v.Foreach(each)
	case ast.Set:
		v.Foreach(each)
	default:
		return nil
	}
	if n > 1 {
		total = add(total, mul(int64(len(sep)), n-1))
	}
	return c.needBytes(total, fmt.Sprintf("join %s strings into one", count(n)))
}

// fmt refuses widths and precisions over a million (they print
// %!(BADWIDTH)), so one verb adds at most that much padding, but a format
// may hold thousands of verbs.
const fmtMaxWidth = 1_000_000

// sprintfEstimate: sprintf(format, args) bounds the output from the
// format: its own text, for every verb its width and precision (at most a
// million each) and its argument at its longest (numbers in binary or with
// 309 digits of %f, strings quoted or in hex, composite values written out
// with their shared parts repeated), and the arguments no verb uses (fmt
// appends them). With explicit argument indexes ("%[1]s%[1]s") any verb
// may print any argument, so each counts the largest.
func sprintfEstimate(c *call) error {
	format, ok := c.ops[0].Value.(ast.String)
	if !ok {
		return nil
	}
	args, ok := c.ops[1].Value.(*ast.Array)
	if !ok {
		return nil
	}
	for i := range args.Len() {
		if _, _, err := c.numberOf(args.Elem(i)); err != nil {
			return err // %d reads the whole number into a big.Int
		}
	}
	verbs := parseVerbs(string(format))
	total := int64(len(format))
	used := 0
	largest := int64(0)
	if verbs.indexed {
		for i := range args.Len() {
			largest = max(largest, c.argText(args.Elem(i), 'x'))
		}
	}
	for _, v := range verbs.list {
		total = add(total, v.padding+32)
		switch {
		case verbs.indexed:
			total = add(total, largest)
		case used+v.stars < args.Len():
			used += v.stars
			total = add(total, c.argText(args.Elem(used), v.verb))
			used++
		}
	}
	for ; used < args.Len(); used++ {
		total = add(total, c.argText(args.Elem(used), 'v')+32)
	}
	return c.needBytes(total, fmt.Sprintf("format %s verbs into a string", count(int64(len(verbs.list)))))
}

// argText bounds the text fmt writes for one argument with a verb.
func (c *call) argText(t *ast.Term, verb rune) int64 {
	switch v := t.Value.(type) {
	case ast.Number:
		// %b writes 3.33 bits per digit; %f of a float64 up to 309 digits.
		return max(mul(int64(len(v)), 4), 330)
	case ast.Boolean, ast.Null:
		return 16
	}
	n := c.m.of(t).text
	if verb == 'x' || verb == 'X' {
		n = mul(n, 3) // two hex digits a byte, and a space with "% x"
	}
	return n
}

type verb struct {
	verb    rune
	padding int64 // width and precision
	stars   int   // arguments taken by * widths and precisions
}

type verbs struct {
	list    []verb
	indexed bool
}

// parseVerbs reads the verbs of a fmt format the way fmt does, enough to
// bound their output: flags, [n] indexes, widths and precisions as digits
// or *, and the verb.
func parseVerbs(f string) verbs {
	var out verbs
	for i := 0; i < len(f); {
		if f[i] != '%' {
			i++
			continue
		}
		i++
		v := verb{}
		for i < len(f) && strings.IndexByte("#0+- ", f[i]) >= 0 {
			i++
		}
		i = out.index(f, i)
		i = v.number(f, i)
		if i < len(f) && f[i] == '.' {
			i = v.number(f, out.index(f, i+1))
		}
		i = out.index(f, i)
		if i >= len(f) {
			out.list = append(out.list, v)
			break
		}
		r, w := utf8.DecodeRuneInString(f[i:])
		i += w
		if r == '%' && v.padding == 0 {
			continue
		}
		v.verb = r
		out.list = append(out.list, v)
	}
	return out
}

// index skips an explicit argument index such as [2].
func (vs *verbs) index(f string, i int) int {
	if i < len(f) && f[i] == '[' {
		vs.indexed = true
		if j := strings.IndexByte(f[i:], ']'); j >= 0 {
			return i + j + 1
		}
		return len(f)
	}
	return i
}

// number reads a width or precision: digits, or * (an argument, at most a
// million). fmt gives up on the rest of the format after an overlong one.
func (v *verb) number(f string, i int) int {
	if i < len(f) && f[i] == '*' {
		v.stars++
		v.padding += fmtMaxWidth
		return i + 1
	}
	n := int64(0)
	for i < len(f) && f[i] >= '0' && f[i] <= '9' {
		n = n*10 + int64(f[i]-'0')
		if n > fmtMaxWidth {
			return len(f)
		}
		i++
	}
	v.padding += n
	return i
}

// replaceEstimate: replace(s, old, new) writes len(s) plus, for every
// occurrence of old, the difference in length; an empty old matches
// between every two characters. Counting is exact and linear.
func replaceEstimate(c *call) error {
	s, ok1 := c.ops[0].Value.(ast.String)
	old, ok2 := c.ops[1].Value.(ast.String)
	repl, ok3 := c.ops[2].Value.(ast.String)
	if !ok1 || !ok2 || !ok3 || len(repl) <= len(old) {
		return nil
	}
	n := occurrences(string(s), string(old))
	total := add(int64(len(s)), mul(n, int64(len(repl)-len(old))))
	return c.needBytes(total, fmt.Sprintf("replace %s occurrences, a string", count(n)))
}

func occurrences(s, sub string) int64 {
	if sub == "" {
		return int64(utf8.RuneCountInString(s)) + 1
	}
	return int64(strings.Count(s, sub))
}

// replaceNEstimate: strings.replace_n(patterns, s) replaces every key of
// patterns by its value, through a strings.Replacer. At most len(s) /
// (shortest key) replacements happen, each writing the longest value (an
// empty key writes between every two characters); the replacer tries
// every key at every position, up to len(s) × longest key steps.
func replaceNEstimate(c *call) error {
	patterns, ok1 := c.ops[0].Value.(ast.Object)
	s, ok2 := c.ops[1].Value.(ast.String)
	if !ok1 || !ok2 {
		return nil
	}
	shortest, longestKey, longestValue := int64(-1), int64(0), int64(0)
	patterns.Foreach(func(k, v *ast.Term) {
		ks, _ := k.Value.(ast.String)
		vs, _ := v.Value.(ast.String)
		if shortest < 0 || int64(len(ks)) < shortest {
			shortest = int64(len(ks))
		}
		longestKey = max(longestKey, int64(len(ks)))
		longestValue = max(longestValue, int64(len(vs)))
	})
	if shortest < 0 {
		return nil
	}
	n := int64(len(s))
	matches := n + 1
	if shortest > 0 {
		matches = n / shortest
	}
	if err := c.needBytes(add(n, mul(matches, longestValue)), fmt.Sprintf("replace up to %s occurrences, a string", count(matches))); err != nil {
		return err
	}
	return c.needSteps(mul(n, max(longestKey, 1)), fmt.Sprintf("look for %s patterns in %s characters", count(int64(patterns.Len())), count(n)))
}

// splitEstimate: split(s, sep) and strings.split_n(s, sep, n) make one new
// string term per piece (the pieces share the text): splitting 100 MiB
// on "" makes 100 million terms, about 6 GiB, in one call.
func splitEstimate(c *call) error {
	s, ok1 := c.ops[0].Value.(ast.String)
	sep, ok2 := c.ops[1].Value.(ast.String)
	if !ok1 || !ok2 {
		return nil
	}
	pieces := occurrences(string(s), string(sep)) + 1
	if len(c.ops) > 2 {
		if n, ok := c.ops[2].Value.(ast.Number); ok {
			if limit, ok := n.Int64(); ok && limit >= 0 {
				pieces = min(pieces, limit)
			}
		}
	}
	return c.needBytes(mul(pieces, elementBytes), fmt.Sprintf("split a string into %s pieces, an array", count(pieces)))
}

// indexOfNEstimate: indexof_n(s, sub) makes one number per occurrence.
func indexOfNEstimate(c *call) error {
	s, ok1 := c.ops[0].Value.(ast.String)
	sub, ok2 := c.ops[1].Value.(ast.String)
	if !ok1 || !ok2 {
		return nil
	}
	n := occurrences(string(s), string(sub))
	return c.needBytes(mul(n, elementBytes), fmt.Sprintf("list %s positions, an array", count(n)))
}

// scaledText bounds builtins whose result is at most num/den times the
// string operand at index i, plus extra bytes: upper and lower (3/2: some
// letters take three bytes in one case and two in the other), base64
// (4/3), hex (2), URL query escaping (3), glob quoting (2). They run in
// linear time; the bound keeps one call from doubling a string that is
// already a quarter of the memory limit.
func scaledText(i int, num, den, extra int64) estimator {
	return func(c *call) error {
		s, ok := c.ops[i].Value.(ast.String)
		if !ok {
			return nil
		}
		return c.needBytes(add(mul(int64(len(s)), num)/den, extra), "write a string")
	}
}

// templateStringEstimate: a template string $"…{x}…" joins its parts,
// composite values written out in full; each part is a set of the values
// its expression can take (OPA stops at a second one).
func templateStringEstimate(c *call) error {
	parts, ok := c.ops[0].Value.(*ast.Array)
	if !ok {
		return nil
	}
	total := int64(0)
	parts.Foreach(func(t *ast.Term) { total = add(total, c.largestElement(t)) })
	return c.needBytes(total, "fill in a template string")
}

// largestElement is the text of a value, or of the longest element of a set.
func (c *call) largestElement(t *ast.Term) int64 {
	set, ok := t.Value.(ast.Set)
	if !ok {
		return c.m.of(t).text
	}
	n := int64(0)
	set.Foreach(func(e *ast.Term) { n = max(n, c.m.of(e).text) })
	return n
}

// printEstimate: print(a, b, …) prints one line for every combination of
// the values its arguments can take (each is a set): three arguments of a
// thousand values print a billion lines, which rule tests keep in memory.
func printEstimate(c *call) error {
	args, ok := c.ops[0].Value.(*ast.Array)
	if !ok {
		return nil
	}
	lines, width := int64(1), int64(0)
	args.Foreach(func(t *ast.Term) {
		if set, ok := t.Value.(ast.Set); ok && set.Len() > 1 {
			lines = mul(lines, int64(set.Len()))
		}
		width = add(width, c.largestElement(t)+1)
	})
	what := fmt.Sprintf("print %s lines", count(lines))
	if lines == 1 {
		what = "print a line"
	}
	if err := c.needBytes(mul(lines, width), what); err != nil {
		return err
	}
	return c.needSteps(mul(lines, int64(args.Len())+1), what)
}
