package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/report"
)

// batchDir writes n copies of the sample, each with a system name of its
// own, into a new directory.
func batchDir(t *testing.T, n int) string {
	t.Helper()
	data, err := os.ReadFile(sample)
	require.NoError(t, err)
	dir := t.TempDir()
	for i := range n {
		text := strings.Replace(string(data), "name: cv-screening-assistant", fmt.Sprintf("name: cv-%02d", i), 1)
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%02d.yaml", i)), []byte(text), 0o644))
	}
	return dir
}

// withProcs runs the test with GOMAXPROCS at n, which sets the chunk
// size (4 per processor) and so how often the bar moves.
func withProcs(t *testing.T, n int) {
	t.Helper()
	old := runtime.GOMAXPROCS(n)
	t.Cleanup(func() { runtime.GOMAXPROCS(old) })
}

// barLine matches one drawing of the bar after the first chunk of 8 of
// 12 files: the count, the rate and the elapsed and remaining time.
var barLine = regexp.MustCompile(`\rassessing  66% \|█+ +\| \(8/12, \d+ files/(s|min|hr)\) \[\d+s:\d+s\]`)

// TestProgressBarOnATerminal: a batch of 12 files on a terminal shows the
// bar on standard error, drawn with carriage returns only, and erases it
// before anything else is printed; the report is complete.
func TestProgressBarOnATerminal(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	withProcs(t, 2)
	dir := batchDir(t, 12)
	r := driaOn(t, onTerminal{stderr: true}, "assess", "--format", "json", dir)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Regexp(t, barLine, r.stderr)
	assert.True(t, strings.HasSuffix(r.stderr, "\r"+strings.Repeat(" ", utf8.RuneCountInString(barLine.FindString(r.stderr))-1)+"\r"), "the bar is erased at the end: %q", r.stderr)
	assert.Equal(t, "", strings.TrimSpace(strings.ReplaceAll(barLine.ReplaceAllString(r.stderr, ""), "\r", "")), "nothing but the bar")
	var rep assess.Report
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rep))
	assert.Len(t, rep.Assessments, 12)
}

// TestNoProgressBarWhenQuietSmallOrLogged: --quiet, a small batch and a
// standard error that is not a terminal (a CI log) get no bar.
func TestNoProgressBarWhenQuietSmallOrLogged(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	withProcs(t, 2)
	dir, small := batchDir(t, 12), batchDir(t, progressMinFiles-1)
	for _, c := range []struct {
		name string
		on   onTerminal
		args []string
	}{
		{"quiet", onTerminal{stderr: true}, []string{"assess", "--quiet", "--format", "json", dir}},
		{"a log", onTerminal{}, []string{"assess", "--format", "json", dir}},
		{"seven files", onTerminal{stderr: true}, []string{"assess", "--format", "json", small}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := driaOn(t, c.on, c.args...)
			require.Equal(t, 0, r.code, r.stderr)
			assert.Empty(t, r.stderr)
		})
	}
	assert.Contains(t, dria(t, "assess", "--help").stdout, fmt.Sprintf("On a terminal, a batch of %d or more files shows a progress bar", progressMinFiles))
}

// TestChunksGiveTheReportOfOneBatch: assessed in chunks for the bar, a
// batch gives the same report bytes as in one AssessBatch: with a file
// that fails, waivers applied, stale and expired across chunks, and a
// system name reused in a later chunk.
func TestChunksGiveTheReportOfOneBatch(t *testing.T) {
	dir := batchDir(t, 7)
	data, err := os.ReadFile(sample)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "s03.yaml"), []byte("apiVersion: dria/v1\nkind: System\nspec: []\n"), 0o644))
	waivers := []assess.Waiver{
		{Rule: "DRIA-REM-005", System: "cv-05", Reason: "r", Owner: "o", Expires: "2099-01-01"},
		{Rule: "DRIA-REM-005", System: "cv-00", Reason: "r", Owner: "o", Expires: "2099-01-01"},
		{Rule: "DRIA-REM-005", System: "nothing", Reason: "r", Owner: "o", Expires: "2099-01-01"},
		{Rule: "DRIA-REM-005", System: "nothing", Reason: "r", Owner: "o", Expires: "2099-01-01"},
		{Rule: "DRIA-REM-005", System: "cv-01", Reason: "r", Owner: "o", Expires: "2000-01-01"},
		{Rule: "DRIA-REM-005", System: "nothing", Reason: "r", Owner: "o", Expires: "2000-01-01"},
	}
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	a, err := assess.New(context.Background(), assess.WithWaivers(waivers...), assess.WithClock(func() time.Time { return day }))
	require.NoError(t, err)
	read := func(extra ...string) []assess.Input {
		var in []assess.Input
		for _, f := range expandArgs(append([]string{dir}, extra...)) {
			x, err := readInput(f.path, nil, 1<<20)
			require.NoError(t, err)
			in = append(in, x)
		}
		return in
	}
	reused := filepath.Join(t.TempDir(), "reused.yaml")
	require.NoError(t, os.WriteFile(reused, []byte(strings.Replace(string(data), "name: cv-screening-assistant", "name: cv-00", 1)), 0o644))

	for name, inputs := range map[string][]assess.Input{"distinct names": read(), "a name reused": read(reused)} {
		t.Run(name, func(t *testing.T) {
			whole, wholeErr := a.AssessBatch(context.Background(), inputs)
			for _, size := range []int{1, 2, 3} {
				var chunks []int
				bar := &progress{}
				bar.stopped = true // counts nothing, draws nothing
				got, err := assessBatch(context.Background(), a, inputs, waivers, bar, size)
				assert.Equal(t, wholeErr.Error(), err.Error(), "size %d", size)
				assert.Equal(t, renderJSON(t, whole), renderJSON(t, got), "size %d", size)
				_, _ = assessInChunks(context.Background(), a, inputs, waivers, size, func(n int) { chunks = append(chunks, n) })
				if name == "distinct names" {
					assert.Len(t, chunks, (len(inputs)+size-1)/size, "size %d: every chunk moves the bar", size)
				}
			}
		})
	}
	rep, _ := a.AssessBatch(context.Background(), read())
	require.NotNil(t, rep)
	assert.Len(t, rep.Errors, 1, "s03.yaml fails")
	assert.Equal(t, 2, rep.Waivers.Applied)
	assert.Equal(t, []assess.Waiver{waivers[2], waivers[3]}, rep.Waivers.Stale)
	assert.Equal(t, []assess.Waiver{waivers[4], waivers[5]}, rep.Waivers.Expired)
}

func renderJSON(t *testing.T, rep *assess.Report) string {
	t.Helper()
	var b strings.Builder
	require.NoError(t, report.JSON(&b, rep))
	return b.String()
}
