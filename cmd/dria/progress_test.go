package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
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

// barLine matches one drawing of the bar for a batch of 12 files: the
// share, the count, the rate and the elapsed and remaining time.
var barLine = regexp.MustCompile(`\rassessing +\d+% \|[█ ]+\| \(\d+/12, \d+ files/(s|min|hr)\) \[\d+s:\d+s\]`)

// eraseLine matches the bar erased from its line.
var eraseLine = regexp.MustCompile(`\r +\r`)

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
	assert.NotEmpty(t, barLine.FindAllString(r.stderr, -1), "the bar is drawn (throttled, so how often depends on speed)")
	assert.Regexp(t, `\r +\r$`, r.stderr, "the bar is erased at the end")
	rest := eraseLine.ReplaceAllString(barLine.ReplaceAllString(r.stderr, ""), "")
	assert.Equal(t, "", strings.Trim(rest, "\r"), "nothing but the bar")
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
