package assess_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/guard"
	"github.com/dria-project/dria/report"
)

// Each hostile pack asks one builtin call for far more than the sandbox
// allows; the evaluation ends with one clear error naming the builtin, its
// place and the limit, instead of exhausting the machine or the deadline.
// The deadline is long (and -race slow) so that only the sandbox can stop
// these.
func TestSandboxStopsHugeBuiltinCalls(t *testing.T) {
	cases := []struct {
		pack string
		kind guard.Kind
		want string
	}{
		{"concat", guard.Memory, "empty.yaml: rule evaluation stopped when it grew memory use past the limit of 512 MiB: concat (testdata/hostile/concat/rule.rego:17:10) would join 400 strings into one of 3.7 GiB; one builtin call may build at most 128 MiB"},
		{"sprintf", guard.Memory, "empty.yaml: rule evaluation stopped when it grew memory use past the limit of 512 MiB: sprintf (testdata/hostile/sprintf/rule.rego:17:8) would format 4,000 verbs into a string of 3.7 GiB; one builtin call may build at most 128 MiB"},
		{"shift", guard.Memory, "empty.yaml: rule evaluation stopped when it grew memory use past the limit of 512 MiB: bits.lsh (testdata/hostile/shift/rule.rego:15:2) would make a number of about 10^12041200001, a text of 11.2 GiB; one builtin call may build at most 128 MiB"},
		{"patch", guard.Memory, "empty.yaml: rule evaluation stopped when it grew memory use past the limit of 512 MiB: json.patch (testdata/hostile/patch/rule.rego:16:8) would apply 60 patch operations to a document that may grow to 3,145,728 values, a tree of 192 MiB; one builtin call may build at most 128 MiB"},
		{"flatten", guard.Memory, "empty.yaml: rule evaluation stopped when it grew memory use past the limit of 512 MiB: array.flatten (testdata/hostile/flatten/rule.rego:16:8) would flatten into 1,000,000,000 elements, an array of 14.9 GiB; one builtin call may build at most 128 MiB"},
		{"regex", guard.Steps, "empty.yaml: rule evaluation would not finish within the 30s deadline: regex.match (testdata/hostile/regex/rule.rego:17:2) would match 1,000,000 characters against a pattern of 3,003 instructions, about 3,004,003,004 steps; one builtin call may take at most 750,000,000 steps within the deadline"},
		{"bignum", guard.Number, "empty.yaml: rule evaluation stopped: mul (testdata/hostile/bignum/rule.rego:16:2) would make a number of about 10^60001; dria computes with numbers of at most 30,103 digits, as large as OPA accepts in a policy, because larger ones take too long"},
		{"timezone", guard.TimeZone, `empty.yaml: rule evaluation stopped: time.date (testdata/hostile/timezone/rule.rego:15:2) would use the time zone "Local"; rules may use only UTC: named time zones come from the host's time-zone files and "Local" from its settings, so results would differ between machines`},
	}
	for _, c := range cases {
		t.Run(c.pack, func(t *testing.T) {
			a, err := assess.New(context.Background(), assess.WithRules("testdata/hostile/"+c.pack), assess.WithTimeout(30*time.Second))
			require.NoError(t, err)
			_, err = a.Assess(context.Background(), assess.Input{Path: "empty.yaml", Data: []byte(emptySpec)})
			var ee *assess.EvalError
			require.True(t, errors.As(err, &ee), "%v", err)
			require.NotNil(t, ee.Refused, "%v", err)
			assert.Equal(t, c.kind, ee.Refused.Kind)
			assert.Equal(t, c.want, err.Error())
		})
	}
}

// Rules see the assessment date, never the moment: two assessments a few
// hours apart on the same day give the same bytes, even for a rule that
// quotes every reading of the clock it can make.
func TestSameDateGivesTheSameBytes(t *testing.T) {
	render := func(at time.Time) string {
		a, err := assess.New(context.Background(), assess.WithRules("testdata/dates"), assess.WithClock(func() time.Time { return at }))
		require.NoError(t, err)
		rep, err := a.Assess(context.Background(), assess.Input{Path: "empty.yaml", Data: []byte(emptySpec)})
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, report.JSON(&buf, rep))
		return buf.String()
	}
	first := render(time.Date(2026, 1, 1, 0, 0, 1, 0, time.UTC))
	assert.True(t, strings.Contains(first, "today 2026-01-01, clock 1767225600000000000, time [0, 0, 0], 2026-01-01T00:00:00Z, days since 2025-01-01: 365"), "the rule sees the start of the day")
	assert.Equal(t, first, render(time.Date(2026, 1, 1, 0, 0, 2, 0, time.UTC)), "a second later")
	assert.Equal(t, first, render(time.Date(2026, 1, 1, 23, 59, 59, 0, time.UTC)), "at the end of the day")
}
