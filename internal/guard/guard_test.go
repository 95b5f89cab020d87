package guard

import (
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update-guard", false, "rewrite the expected refusals (testdata/refused/*.err)")

// small limits keep the hostile inputs small and the tests fast.
var small = Limits{MaxBytes: 1 << 20, MaxSteps: 1_000_000}

// eval evaluates data.t.x of one module, guarded by limits when guarded,
// and returns the result's value, the error and the refusal recorded.
func eval(t *testing.T, module string, limits *Limits) (any, error, *LimitError) {
	t.Helper()
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	if limits != nil {
		ctx = With(ctx, *limits, cancel)
	}
	ctx, stop := context.WithTimeout(ctx, time.Minute)
	defer stop()
	q, err := rego.New(rego.Query("x := data.t.x"), rego.Module("t.rego", module), rego.StrictBuiltinErrors(true),
		rego.EnablePrintStatements(true), rego.PrintHook(topdown.NewPrintHook(io.Discard))).PrepareForEval(ctx)
	require.NoError(t, err)
	rs, err := q.Eval(ctx)
	var v any
	if err == nil && len(rs) == 1 {
		v = rs[0].Bindings["x"]
	}
	return v, err, Refusal(ctx)
}

// Every guarded builtin has a hostile call under testdata/refused, which
// the guard refuses before it runs, with the message in its .err file.
func TestHostileCallsAreRefused(t *testing.T) {
	files, err := filepath.Glob("testdata/refused/*.rego")
	require.NoError(t, err)
	have := map[string]bool{}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".rego")
		have[name] = true
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			_, evalErr, refusal := eval(t, string(src), &small)
			require.NotNil(t, refusal, "not refused: %v", evalErr)
			assert.Equal(t, name, refusal.Builtin)
			var le *LimitError
			assert.True(t, errors.As(evalErr, &le), "the evaluation ends with the refusal: %v", evalErr)
			golden := strings.TrimSuffix(f, ".rego") + ".err"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(refusal.Error()+"\n"), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, strings.TrimSpace(string(want)), refusal.Error())
		})
	}
	for _, name := range Guarded() {
		assert.True(t, have[name], "no hostile call for %s in testdata/refused", name)
	}
}

// Without limits in its context an evaluation is not guarded: OPA used
// elsewhere in a program behaves as before.
func TestUnguardedEvaluationsAreUntouched(t *testing.T) {
	src, err := os.ReadFile("testdata/refused/concat.rego")
	require.NoError(t, err)
	v, err, refusal := eval(t, string(src), nil)
	require.NoError(t, err)
	assert.Nil(t, refusal)
	assert.Len(t, v, 2_000_000)
}

// Ordinary calls of guarded builtins pass and give what OPA gives without
// the guard.
func TestOrdinaryCallsPassUnchanged(t *testing.T) {
	calls := []string{
		`1 + 2`, `10 - 2.5`, `3 * 4`, `7 / 2`, `7 % 3`, `abs(-2)`, `ceil(1.5)`, `floor(1.5)`, `round(2.5)`,
		`sum([1, 2, 3])`, `product([2, 3])`, `bits.and(6, 3)`, `bits.or(6, 3)`, `bits.xor(6, 3)`, `bits.negate(6)`,
		`bits.rsh(8, 1)`, `bits.lsh(1, 70)`, `format_int(255, 16)`, `to_number("12.5")`, `units.parse("10K")`,
		`units.parse_bytes("10KiB")`, `numbers.range(1, 5)`, `numbers.range_step(1, 10, 3)`, `{1, 2} - {1}`,
		`concat(", ", ["a", "b"])`, `sprintf("%s has %d people (%.1f%%) %v", ["x", 300000, 12.5, {"a": [1]}])`,
		`sprintf("%[2]s %[1]s", ["a", "b"])`, `replace("a-b", "-", "--")`, `strings.replace_n({"<": "&lt;"}, "a<b")`,
		`split("a,b", ",")`, `strings.split_n("a,b,c", ",", 2)`, `indexof_n("abab", "b")`, `upper("ǆa")`, `lower("ÀB")`,
		`base64.encode("hi")`, `base64url.encode("hi?")`, `base64url.encode_no_pad("hi?")`, `hex.encode("hi")`,
		`urlquery.encode("a b")`, `glob.quote_meta("*.x")`, `$"{1} and {"b"}"`,
		`regex.match("^a+$", "aaa")`, `regex.find_n("a", "banana", -1)`,
		`regex.find_all_string_submatch_n("(a)(n)?", "banana", 2)`, `regex.split(",+", "a,,b")`,
		`regex.replace("banana", "(an)", "[$1]")`, `regex.template_match("urn:foo:{.*}", "urn:foo:bar", "{", "}")`,
		`glob.match("*.example.org", ["."], "www.example.org")`, `array.concat([1], [2])`, `array.flatten([[1], 2, [3, [4]]])`,
		`object.union({"a": {"b": 1}}, {"a": {"c": 2}})`, `object.union_n([{"a": 1}, {"b": 2}])`,
		`object.subset({"a": [1, 2, 3]}, {"a": [2, 3]})`, `json.patch({"a": 1}, [{"op": "copy", "from": "/a", "path": "/b"}, {"op": "add", "path": "/c", "value": [1]}])`,
		`json.marshal({"a": [1, "<x>"]})`, `json.marshal_with_options({"a": [1]}, {"indent": "  ", "prefix": "#"})`,
		`json.unmarshal("{\"a\": [1, 2]}")`, `urlquery.encode_object({"a": "b c"})`, `urlquery.decode_object("a=1&b=2")`,
		`time.date([0, "UTC"])`, `time.clock(0)`, `time.weekday([0, ""])`, `time.format([0, "UTC", "2006-01-02"])`,
		`time.diff(0, [86400000000000, "UTC"])`, `time.add_date(0, 1, 0, 0)`, `time.parse_ns("2006-01-02 15:04 -0700", "2026-01-01 10:00 +0100")`,
	}
	guarded := Limits{MaxBytes: 128 << 20, MaxSteps: 125_000_000}
	for _, call := range calls {
		module := "package t\n\nx := " + call + "\n"
		want, err, _ := eval(t, module, nil)
		require.NoError(t, err, call)
		got, err, refusal := eval(t, module, &guarded)
		require.NoError(t, err, call)
		assert.Nil(t, refusal, call)
		assert.Equal(t, want, got, call)
	}
}

func TestMagnitudeReadsTheExponentOfTheLeadingDigit(t *testing.T) {
	for text, want := range map[string]int64{
		"0": 0, "-0.0": 0, "7": 0, "345": 2, "-345.6": 2, "0.002": -3, "1.5e7": 7, "15e-3": -2,
		"0.0001e4": 0, "1e30103": 30103, "000120": 2,
	} {
		assert.Equal(t, want, magnitude(text), text)
	}
	assert.Less(t, magnitude("1e-99999999999999999999999"), int64(-maxMagnitude), "saturates")
	assert.Greater(t, magnitude("1e99999999999999999999999"), int64(maxMagnitude), "saturates")
}

func TestParseVerbsBoundsWidthsLikeFmt(t *testing.T) {
	v := parseVerbs("%s %5d %-*.*f %% %[2]q %01000001d rest")
	assert.True(t, v.indexed)
	require.Len(t, v.list, 5)
	assert.Equal(t, verb{verb: 's'}, v.list[0])
	assert.Equal(t, verb{verb: 'd', padding: 5}, v.list[1])
	assert.Equal(t, verb{verb: 'f', padding: 2 * fmtMaxWidth, stars: 2}, v.list[2])
	assert.Equal(t, verb{verb: 'q'}, v.list[3])
	assert.Equal(t, verb{}, v.list[4], "fmt gives up on a width over a million, and on the rest of the format")
}

func TestLimitsFollowTheMemoryLimitAndTheDeadline(t *testing.T) {
	assert.Equal(t, Limits{MaxBytes: 128 << 20, MaxSteps: 125_000_000}, LimitsFor(512<<20, 5*time.Second))
	assert.Equal(t, Limits{MaxBytes: 16 << 20, MaxSteps: minSteps}, LimitsFor(64<<20, time.Millisecond))
}

func TestSizesAndCountsReadForPeople(t *testing.T) {
	assert.Equal(t, "512 bytes", Bytes(512))
	assert.Equal(t, "64 KiB", Bytes(64<<10))
	assert.Equal(t, "3.7 GiB", Bytes(4_000_000_000))
	assert.Equal(t, "1,234,567", count(1234567))
	assert.Equal(t, "3.0e+12", count(3e12))
}

// A refusal says where the call is, with the file name made safe for a
// terminal.
func TestLimitErrorLocatesTheCallSafely(t *testing.T) {
	e := &LimitError{Builtin: "concat", File: "pack/evil\x1b[2J.rego", Line: 3, Column: 7, Kind: Memory, Need: 1 << 30, Limit: 1 << 20, What: "join 2 strings into one of 1 GiB"}
	assert.Equal(t, `concat (pack/evil\x1b[2J.rego:3:7) would join 2 strings into one of 1 GiB; one builtin call may build at most 1 MiB`, e.Error())
}
