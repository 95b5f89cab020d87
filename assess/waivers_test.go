package assess_test

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/schema"
)

func loadTestWaivers(t *testing.T) []assess.Waiver {
	t.Helper()
	data, err := os.ReadFile("testdata/waivers.yaml")
	require.NoError(t, err)
	ws, err := assess.LoadWaivers("testdata/waivers.yaml", data)
	require.NoError(t, err)
	require.Len(t, ws, 3)
	return ws
}

func findingOf(a assess.Assessment, rule string) *assess.Finding {
	for i := range a.Findings {
		if a.Findings[i].RuleID == rule {
			return &a.Findings[i]
		}
	}
	return nil
}

func TestWaiversApplyUntilTheyExpire(t *testing.T) {
	ws := loadTestWaivers(t)
	at := func(day string) *assess.Report {
		d, err := time.Parse(time.DateOnly, day)
		require.NoError(t, err)
		a, err := assess.New(context.Background(), assess.WithClock(func() time.Time { return d }), assess.WithWaivers(ws...))
		require.NoError(t, err)
		rep, err := a.Assess(context.Background(), assess.Input{Path: "empty.yaml", Data: []byte(emptySpec)})
		require.NoError(t, err)
		return rep
	}

	before := at("2026-06-30")
	f := findingOf(before.Assessments[0], "DRIA-GAP-001")
	require.NotNil(t, f)
	assert.True(t, f.Waived, "active on its expiry day")
	require.NotNil(t, f.Waiver)
	assert.Equal(t, "privacy-office@example.org", f.Waiver.Owner)
	assert.Nil(t, f.ExpiredWaiver)

	gap2 := findingOf(before.Assessments[0], "DRIA-GAP-002")
	require.NotNil(t, gap2)
	assert.False(t, gap2.Waived, "an expired waiver no longer applies")
	require.NotNil(t, gap2.ExpiredWaiver)
	assert.Equal(t, "2025-12-31", gap2.ExpiredWaiver.Expires)

	require.NotNil(t, before.Waivers)
	assert.Equal(t, 1, before.Waivers.Applied)
	require.Len(t, before.Waivers.Expired, 1)
	assert.Equal(t, "DRIA-GAP-002", before.Waivers.Expired[0].Rule)
	require.Len(t, before.Waivers.Stale, 1, "the welfare waiver matches no finding of this system")
	assert.Equal(t, "DRIA-DEC-001", before.Waivers.Stale[0].Rule)

	after := at("2026-07-01")
	f = findingOf(after.Assessments[0], "DRIA-GAP-001")
	assert.False(t, f.Waived)
	require.NotNil(t, f.ExpiredWaiver)
	assert.Len(t, after.Waivers.Expired, 2)
	assert.Equal(t, 0, after.Waivers.Applied)
}

func TestWaiverGlobMatchesSystemName(t *testing.T) {
	ws := loadTestWaivers(t)
	a, err := assess.New(context.Background(), assess.WithClock(fixedClock), assess.WithWaivers(ws...))
	require.NoError(t, err)
	other := []byte("apiVersion: dria/v1\nkind: System\nmetadata: {name: other, title: Other}\nspec: {}\n")
	rep, err := a.Assess(context.Background(), assess.Input{Path: "other.yaml", Data: other})
	require.NoError(t, err)
	assert.False(t, findingOf(rep.Assessments[0], "DRIA-GAP-001").Waived, "empty* does not match other")
}

func TestBadWaiversFile(t *testing.T) {
	_, err := assess.LoadWaivers("w.yaml", []byte(`apiVersion: dria/v1
kind: Waivers
waivers:
  - rule: dria-dec-001
    system: "welfare-["
    reason: short
    expires: 2027-02-30
`))
	var ve *schema.ValidationError
	require.True(t, errors.As(err, &ve), "%v", err)
	assert.Equal(t, `w.yaml:4:5: waivers[0] is missing the required key "owner"
w.yaml:4:11: waivers[0].rule must be a rule id such as DRIA-DEC-001, got "dria-dec-001"
w.yaml:6:13: waivers[0].reason must be at least 10 characters long, got 5
w.yaml:7:14: waivers[0].expires must be a date written YYYY-MM-DD, such as 2025-03-31, got "2027-02-30"`, err.Error())

	_, err = assess.LoadWaivers("w.yaml", []byte("apiVersion: dria/v1\nkind: Waivers\nwaivers:\n  - {rule: DRIA-X-001, system: \"a[\", reason: long enough reason, owner: me@x.org, expires: 2027-01-01}\n"))
	assert.EqualError(t, err, `w.yaml:4:32: waivers[0].system "a[" is not a valid glob (use * and ? as wildcards)`)
}

func TestWaiverOptionValidates(t *testing.T) {
	_, err := assess.New(context.Background(), assess.WithWaivers(assess.Waiver{Rule: "X-1", Reason: "r", Owner: "o", Expires: "soon"}))
	assert.EqualError(t, err, `assess: waiver 1: expiry "soon" is not a YYYY-MM-DD date`)
}

// TestWaiversExpireAfterTheYear9999 compares dates as dates: on 1 January
// 10000 (a five-digit year, which sorts before "2026" as a string) every
// waiver of the file has expired and none applies.
func TestWaiversExpireAfterTheYear9999(t *testing.T) {
	ws := loadTestWaivers(t)
	day := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
	a, err := assess.New(context.Background(), assess.WithClock(func() time.Time { return day }), assess.WithWaivers(ws...))
	require.NoError(t, err)
	rep, err := a.Assess(context.Background(), assess.Input{Path: "empty.yaml", Data: []byte(emptySpec)})
	require.NoError(t, err)
	assert.Equal(t, "10000-01-01", rep.Assessments[0].AssessedOn)
	f := findingOf(rep.Assessments[0], "DRIA-GAP-001")
	require.NotNil(t, f)
	assert.False(t, f.Waived, "a waiver that expired in 2026 does not apply in 10000")
	require.NotNil(t, f.ExpiredWaiver)
	assert.Equal(t, 0, rep.Waivers.Applied)
	assert.Len(t, rep.Waivers.Expired, 3, "all three waivers have expired")
	assert.Empty(t, rep.Waivers.Stale)
}

// TestWaiverStringEscapesControlCharacters keeps a waiver's description on
// one line: an owner with a line break and an escape sequence cannot forge
// a line of output or drive the terminal.
func TestWaiverStringEscapesControlCharacters(t *testing.T) {
	w := assess.Waiver{Rule: "DRIA-DEC-001", System: "welfare-*", Reason: "reason", Expires: "2027-01-01",
		Owner: "me\ndria: all findings resolved \x1b]8;;https://evil.example\x07click\x1b]8;;\x07"}
	assert.Equal(t, `waiver for DRIA-DEC-001 (systems welfare-*, owner me\ndria: all findings resolved \x1b]8;;https://evil.example\x07click\x1b]8;;\x07, expires 2027-01-01)`, w.String())
}
