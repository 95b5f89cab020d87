package guard

import (
	"fmt"
	"math/big"

	"github.com/open-policy-agent/opa/v1/ast"
)

// OPA keeps numbers as decimal text and converts them to big.Int, big.Rat
// or big.Float for every operation and back to text afterwards. Reading
// decimal text into a big.Int takes time quadratic in its length, writing
// it out is super-linear, and a form like 1e-99999999 becomes a big.Rat
// with a denominator of 10^99999999: with numbers of millions of digits
// every arithmetic builtin runs for seconds or minutes and cannot be
// interrupted. OPA's parser refuses literals beyond 2^100000; dria applies
// the same bound to the numbers rules compute, on both sides of zero:
// operands and results must have a decimal exponent within ±maxMagnitude
// and a text of at most maxNumberText characters (a long fraction such as
// 0.000…1 is as slow as a large integer). One operation on such numbers
// takes milliseconds.
const (
	maxMagnitude  = 30103 // decimal digits of 2^100000
	maxNumberText = 40000
)

// magnitude returns the decimal exponent of the leading digit of the
// number written as s (2 for 345, -3 for 0.002, 7 for 1.5e7; 0 for zero),
// saturating far beyond any limit. It does not parse the digits, so it is
// linear in the text and allocates nothing.
func magnitude(s string) int64 {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	for i < len(s) && s[i] == '0' {
		i++
	}
	intDigits := int64(0)
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		intDigits++
		i++
	}
	zeros, nonzero := int64(0), intDigits > 0
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if !nonzero && s[i] == '0' {
				zeros++
			} else {
				nonzero = true
			}
			i++
		}
	}
	if !nonzero {
		return 0
	}
	exp := int64(0)
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		neg := false
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			neg = s[i] == '-'
			i++
		}
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			if exp < saturated/10 {
				exp = exp*10 + int64(s[i]-'0')
			}
		}
		if neg {
			exp = -exp
		}
	}
	if intDigits > 0 {
		return add(intDigits-1, exp)
	}
	return exp - zeros - 1
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// number is an operand of arithmetic: its text and magnitude.
type number struct {
	text string
	mag  int64
}

// numberOperand returns the operand as a number, refusing one too large to
// compute with; ok is false when the operand is not a number (the builtin
// then reports the type error itself).
func (c *call) numberOperand(i int) (n number, ok bool, err error) {
	return c.numberOf(c.ops[i])
}

// numberOf is numberOperand for any term, such as an element of an array.
func (c *call) numberOf(t *ast.Term) (n number, ok bool, err error) {
	v, isNum := t.Value.(ast.Number)
	if !isNum {
		return number{}, false, nil
	}
	n = number{text: string(v), mag: magnitude(string(v))}
	if len(v) > maxNumberText {
		return n, true, c.refuseLongNumber(int64(len(v)), fmt.Sprintf("compute with a number written with %s characters", count(int64(len(v)))))
	}
	if abs(n.mag) > maxMagnitude {
		return n, true, c.refuseNumber(abs(n.mag)+1, fmt.Sprintf("compute with a number of about 10^%d", n.mag))
	}
	return n, true, nil
}

// result refuses a result whose decimal exponent would be mag: first for
// memory (its text takes a byte a digit), then for its size as a number.
func (c *call) result(mag int64, what string) error {
	if err := c.needBytes(add(abs(mag), 2), fmt.Sprintf("make %s of about 10^%d, a text", what, mag)); err != nil {
		return err
	}
	if abs(mag) > maxMagnitude {
		return c.refuseNumber(abs(mag)+1, fmt.Sprintf("make %s of about 10^%d", what, mag))
	}
	return nil
}

func (c *call) refuseNumber(need int64, what string) error {
	return &LimitError{Kind: Number, Need: need, Limit: maxMagnitude, What: what}
}

func (c *call) refuseLongNumber(need int64, what string) error {
	return &LimitError{Kind: LongNumber, Need: need, Limit: maxNumberText, What: what}
}

// binaryNumbers checks the two number operands of an operation and its
// result, whose magnitude combine gives.
func binaryNumbers(combine func(a, b int64) int64) estimator {
	return func(c *call) error {
		a, okA, err := c.numberOperand(0)
		if err != nil || !okA {
			return err
		}
		b, okB, err := c.numberOperand(1)
		if err != nil || !okB {
			return err
		}
		return c.result(combine(a.mag, b.mag), "a number")
	}
}

// unaryNumber checks the one number operand of an operation whose result
// is no larger than it (abs, round, ...).
func unaryNumber(c *call) error {
	n, ok, err := c.numberOperand(0)
	if err != nil || !ok {
		return err
	}
	return c.result(n.mag+1, "a number")
}

// Estimators of the arithmetic builtins: the magnitude of the result from
// those of the operands.
var (
	// x + y, x - y: one digit more than the larger.
	plusMagnitude = func(a, b int64) int64 { return max(a, b) + 1 }
	// x * y: the magnitudes add.
	mulMagnitude = func(a, b int64) int64 { return add(a, b) + 1 }
	// x / y: they subtract (dividing by 1e-30000 multiplies by 1e30000).
	divMagnitude = func(a, b int64) int64 { return a - b + 1 }
	// x % y, bits.and, bits.or, bits.xor: no larger than the larger.
	sameMagnitude = func(a, b int64) int64 { return max(a, b) + 1 }
)

// minusEstimate: minus is also set difference, which needs no check.
func minusEstimate(c *call) error {
	return binaryNumbers(plusMagnitude)(c)
}

// bitsShiftLeft estimates bits.lsh(x, s): x times 2^s, which has about
// 0.30103 s more decimal digits; a shift of a billion asks for a number of
// 300 million digits (and its text in memory) before any check inside.
func bitsShiftLeft(c *call) error {
	x, okX, err := c.numberOperand(0)
	if err != nil || !okX {
		return err
	}
	s, okS := c.ops[1].Value.(ast.Number)
	if !okS {
		return nil
	}
	shift, isInt := s.Int64()
	if !isInt {
		if magnitude(string(s)) > 18 && string(s)[0] != '-' {
			return c.needBytes(saturated, "shift a number left by "+shortText(string(s))+" bits, a number")
		}
		return nil
	}
	if shift <= 0 {
		return nil
	}
	return c.result(add(x.mag, int64(float64(shift)*0.30103))+1, "a number")
}

// aggregateNumbers estimates sum and product over an array or set of
// numbers: a sum has at most the largest magnitude plus the digits of the
// count; a product the sum of the magnitudes.
func aggregateNumbers(product bool) estimator {
	return func(c *call) error {
		var elems []*ast.Term
		switch v := c.ops[0].Value.(type) {
		case *ast.Array:
			v.Foreach(func(t *ast.Term) { elems = append(elems, t) })
		case ast.Set:
			elems = v.Slice()
		default:
			return nil
		}
		total, largest := int64(0), int64(0)
		for _, t := range elems {
			num, ok, err := c.numberOf(t)
			if err != nil || !ok {
				return err
			}
			total = add(total, max(num.mag, 0)+1)
			largest = max(largest, num.mag)
		}
		if product {
			return c.result(total, "a number")
		}
		return c.result(largest+int64(len(fmt.Sprint(len(elems)))), "a number")
	}
}

// formatInt checks format_int's number; its text in base 2 is at most 3.33
// times its decimal text, and one conversion of an allowed number is fast.
func formatInt(c *call) error {
	_, _, err := c.numberOperand(0)
	return err
}

// numberText checks the string that to_number, units.parse and
// units.parse_bytes read as a number: its length bounds the number's.
func numberText(c *call) error {
	s, ok := c.ops[0].Value.(ast.String)
	if !ok || len(s) <= maxNumberText {
		return nil
	}
	return c.refuseLongNumber(int64(len(s)), fmt.Sprintf("read a number from a text of %s characters", count(int64(len(s)))))
}

// elementBytes is what OPA spends on one new element of an array it
// builds: a term (24 bytes), its boxed value (16 or more), the array's
// pointer and hash slots (16) and allocation overhead.
const elementBytes = 64

// numbersRange estimates numbers.range(a, b) and numbers.range_step(a, b,
// s): |b - a| / s + 1 new numbers, built in one call (OPA checks the
// deadline inside, but not memory: a range of a billion asks for 64 GiB).
func numbersRange(c *call) error {
	a, okA, err := c.numberOperand(0)
	if err != nil || !okA {
		return err
	}
	b, okB, err := c.numberOperand(1)
	if err != nil || !okB {
		return err
	}
	x, okX := new(big.Int).SetString(a.text, 10)
	y, okY := new(big.Int).SetString(b.text, 10)
	if !okX || !okY {
		return nil // not integers: the builtin says so
	}
	n := new(big.Int).Abs(new(big.Int).Sub(y, x))
	if len(c.ops) > 2 {
		step, ok := c.ops[2].Value.(ast.Number)
		if !ok {
			return nil
		}
		s, okS := new(big.Int).SetString(string(step), 10)
		if !okS || s.Sign() <= 0 || len(step) > maxNumberText {
			return nil
		}
		n.Quo(n, s)
	}
	elems := int64(saturated)
	if n.IsInt64() {
		elems = add(n.Int64(), 1)
	}
	return c.needBytes(mul(elems, elementBytes), fmt.Sprintf("build %s numbers, an array", count(elems)))
}
