package guard

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// An estimator looks at a call's operands before the builtin runs and
// returns a *LimitError when the call would pass a limit. Operands of the
// wrong type are left alone: the builtin reports them itself.
type estimator func(c *call) error

// call is one builtin call being estimated.
type call struct {
	st  *state
	ops []*ast.Term
	m   measurer
}

// calls recycles the call records of estimates, which most builtin calls
// make.
var calls = sync.Pool{New: func() any { return new(call) }}

// needBytes refuses a call whose result would take n bytes, more than one
// call may build; what says what it would do ("build a string").
func (c *call) needBytes(n int64, what string) error {
	if n <= c.st.limits.MaxBytes {
		return nil
	}
	return &LimitError{Kind: Memory, Need: n, Limit: c.st.limits.MaxBytes, What: fmt.Sprintf("%s of %s", what, Bytes(n))}
}

// needSteps refuses a call that would take n steps; what says what it would
// do.
func (c *call) needSteps(n int64, what string) error {
	if n <= c.st.limits.MaxSteps {
		return nil
	}
	return &LimitError{Kind: Steps, Need: n, Limit: c.st.limits.MaxSteps, What: fmt.Sprintf("%s, about %s steps", what, count(n))}
}

// estimators lists every builtin dria wraps, with its estimator. The
// reasoning for each is at the estimator; the builtins not listed here
// either cannot build more than their operands hold in linear time (allowed
// as they are) or are refused when rules load (rules/sandbox.go).
var estimators = map[string]estimator{
	// Numbers (numbers.go).
	"plus":               binaryNumbers(plusMagnitude),
	"minus":              minusEstimate,
	"mul":                binaryNumbers(mulMagnitude),
	"div":                binaryNumbers(divMagnitude),
	"rem":                binaryNumbers(sameMagnitude),
	"abs":                unaryNumber,
	"ceil":               unaryNumber,
	"floor":              unaryNumber,
	"round":              unaryNumber,
	"sum":                aggregateNumbers(false),
	"product":            aggregateNumbers(true),
	"bits.and":           binaryNumbers(sameMagnitude),
	"bits.or":            binaryNumbers(sameMagnitude),
	"bits.xor":           binaryNumbers(sameMagnitude),
	"bits.negate":        unaryNumber,
	"bits.rsh":           unaryNumber,
	"bits.lsh":           bitsShiftLeft,
	"format_int":         formatInt,
	"to_number":          numberText,
	"units.parse":        numberText,
	"units.parse_bytes":  numberText,
	"numbers.range":      numbersRange,
	"numbers.range_step": numbersRange,

	// Text (estimate_text.go).
	"concat":                   concatEstimate,
	"sprintf":                  sprintfEstimate,
	"replace":                  replaceEstimate,
	"strings.replace_n":        replaceNEstimate,
	"split":                    splitEstimate,
	"strings.split_n":          splitEstimate,
	"indexof_n":                indexOfNEstimate,
	"upper":                    scaledText(0, 3, 2, 0),
	"lower":                    scaledText(0, 3, 2, 0),
	"base64.encode":            scaledText(0, 4, 3, 4),
	"base64url.encode":         scaledText(0, 4, 3, 4),
	"base64url.encode_no_pad":  scaledText(0, 4, 3, 4),
	"hex.encode":               scaledText(0, 2, 1, 0),
	"urlquery.encode":          scaledText(0, 3, 1, 0),
	"glob.quote_meta":          scaledText(0, 2, 1, 0),
	"internal.template_string": templateStringEstimate,
	"internal.print":           printEstimate,

	// Patterns (estimate_regex.go).
	"regex.match":                      regexMatchEstimate(0, 1),
	"regex.find_n":                     regexFindEstimate(false),
	"regex.find_all_string_submatch_n": regexFindEstimate(true),
	"regex.split":                      regexSplitEstimate,
	"regex.replace":                    regexReplaceEstimate,
	"regex.template_match":             templateMatchEstimate,
	"glob.match":                       globMatchEstimate,

	// Values (estimate_values.go).
	"array.concat":              arrayConcatEstimate,
	"array.flatten":             arrayFlattenEstimate,
	"object.union":              objectUnionEstimate,
	"object.union_n":            objectUnionNEstimate,
	"object.subset":             objectSubsetEstimate,
	"json.patch":                jsonPatchEstimate,
	"json.marshal":              jsonMarshalEstimate,
	"json.marshal_with_options": jsonMarshalEstimate,
	"json.unmarshal":            jsonUnmarshalEstimate,
	"urlquery.encode_object":    urlqueryEncodeObjectEstimate,
	"urlquery.decode_object":    urlqueryDecodeObjectEstimate,

	// Time (estimate_time.go).
	"time.date":     utcOnly(0),
	"time.clock":    utcOnly(0),
	"time.weekday":  utcOnly(0),
	"time.format":   utcOnly(0),
	"time.diff":     utcOnly(0, 1),
	"time.parse_ns": parseNanosEstimate,
}

// Guarded lists, sorted, the builtins whose calls dria bounds.
func Guarded() []string {
	out := make([]string, 0, len(estimators))
	for name := range estimators {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

// missing lists the guarded builtins this OPA version does not have.
var missing []string

func init() {
	for name, est := range estimators {
		orig := topdown.GetBuiltin(name)
		decl := ast.BuiltinMap[name]
		if orig == nil || decl == nil {
			missing = append(missing, name)
			continue
		}
		// OPA gives builtins that declare they need nothing from it an
		// empty context; the wrapper needs the evaluation's.
		decl.CanSkipBctx = false
		topdown.RegisterBuiltinFunc(name, wrap(name, decl.Decl.Arity(), orig, est))
	}
	slices.Sort(missing)
}

// Missing lists the guarded builtins that this OPA version does not
// provide (a test keeps it empty).
func Missing() []string { return slices.Clone(missing) }

// wrap returns the builtin guarded by its estimator in evaluations that
// carry limits, and unchanged in any other; arity is its number of
// arguments.
func wrap(name string, arity int, orig topdown.BuiltinFunc, est estimator) topdown.BuiltinFunc {
	return func(bctx topdown.BuiltinContext, operands []*ast.Term, iter func(*ast.Term) error) error {
		st := stateOf(bctx.Context)
		if st == nil {
			return orig(bctx, operands, iter)
		}
		// OPA passes the output term after the arguments; estimators see
		// the arguments only.
		args := operands[:min(len(operands), arity)]
		if !alwaysEstimate[name] && smallScalars(args) {
			return orig(bctx, operands, iter)
		}
		c := calls.Get().(*call)
		*c = call{st: st, ops: args}
		err := est(c)
		*c = call{}
		calls.Put(c)
		if err != nil {
			le, ok := err.(*LimitError)
			if !ok {
				return err
			}
			le.locate(name, bctx.Location)
			st.refuse(le)
			// Halt ends the evaluation even where builtin errors are
			// otherwise only collected, so no rule silently passes.
			return topdown.Halt{Err: le}
		}
		return orig(bctx, operands, iter)
	}
}

// smallScalar is the longest string or number that smallScalars lets
// through without an estimate.
const smallScalar = 64

// alwaysEstimate lists the builtins whose cost a short operand can still
// make huge: a count (numbers.range(1, 1e10)), a shift (bits.lsh(1, 1e10))
// or a layout (time.parse_ns("… MST", …)).
var alwaysEstimate = map[string]bool{"numbers.range": true, "numbers.range_step": true, "bits.lsh": true, "time.parse_ns": true}

// smallScalars reports whether every argument is a string of at most
// smallScalar bytes, a number of at most 20 digits without an exponent, a
// boolean or null: the most common calls (1 + 2,
// replace on a short text) then skip the estimate, since no estimator can
// refuse them (a 64-character pattern on a 64-character text is under a
// million steps, the least a call may take).
func smallScalars(args []*ast.Term) bool {
	for _, t := range args {
		switch v := t.Value.(type) {
		case ast.String:
			if len(v) > smallScalar {
				return false
			}
		case ast.Number:
			if len(v) > 20 || strings.ContainsAny(string(v), "eE") {
				return false // 1e20000 is short but huge
			}
		case ast.Boolean, ast.Null:
		default:
			return false
		}
	}
	return true
}

// shortText quotes a user's text briefly, for a message.
func shortText(s string) string {
	if len(s) > 40 {
		return fmt.Sprintf("%q… (%s characters)", s[:40], count(int64(len(s))))
	}
	return fmt.Sprintf("%q", s)
}
