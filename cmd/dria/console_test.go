package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeTerminal stands in for a terminal: isTerminal says yes, as it does
// for a terminal file.
type fakeTerminal struct{ bytes.Buffer }

func (*fakeTerminal) isTerminal() bool { return true }

// onTerminal says which of dria's output streams are terminals in a run.
type onTerminal struct{ stdout, stderr bool }

// driaOn runs dria with the streams that on says are terminals standing
// in for terminals, and checks that the only raw control characters that
// reach them are dria's own: SGR colour sequences on standard output, and
// carriage returns (the progress bar) on standard error.
func driaOn(t *testing.T, on onTerminal, args ...string) result {
	t.Helper()
	out, errOut := stream(on.stdout), stream(on.stderr)
	code := run(context.Background(), args, strings.NewReader(""), out, errOut)
	assertSafeForATerminal(t, sgr.ReplaceAllString(out.String(), ""))
	assertSafeForATerminal(t, strings.ReplaceAll(errOut.String(), "\r", ""))
	assert.NotContains(t, errOut.String(), "goroutine ", "no panic or stack reaches the user")
	return result{code, out.String(), errOut.String()}
}

// buffer is an output stream a test reads back.
type buffer interface {
	io.Writer
	String() string
}

// stream is a buffer that is a terminal or not.
func stream(terminal bool) buffer {
	if terminal {
		return &fakeTerminal{}
	}
	return &bytes.Buffer{}
}

// sgr matches an SGR (colour) sequence.
var sgr = regexp.MustCompile(`\x1b\[[0-9;]*m`)

func TestControlWriterPassesOnlyItsOwnSequences(t *testing.T) {
	for _, c := range []struct {
		name   string
		allow  func([]byte) (int, bool)
		writes []string
		want   string
	}{
		{"colour passes, other escapes are shown", selectGraphicRendition,
			[]string{"\x1b[1;31mhigh\x1b[0m \x1b[2J\x1b]8;;https://x\x07 \r\n"},
			"\x1b[1;31mhigh\x1b[0m \\x1b[2J\\x1b]8;;https://x\\x07 \\r\n"},
		{"a colour split across writes", selectGraphicRendition,
			[]string{"a\x1b", "[3", "1mb\x1b[0", "m"},
			"a\x1b[31mb\x1b[0m"},
		{"a sequence cut off at the end is shown", selectGraphicRendition,
			[]string{"a\x1b[31"},
			"a\\x1b[31"},
		{"an overlong sequence is shown", selectGraphicRendition,
			[]string{"\x1b[" + strings.Repeat("1;", 10) + "m"},
			"\\x1b[" + strings.Repeat("1;", 10) + "m"},
		{"carriage returns pass, escapes are shown", carriageReturn,
			[]string{"\rassessing 50%\x1b[31m\r    \r"},
			"\rassessing 50%\\x1b[31m\r    \r"},
		{"text split inside a character", carriageReturn,
			[]string{"\xc3", "\xa9\r"},
			"é\r"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var raw bytes.Buffer
			w := &controlWriter{t: newTerminal(&raw), allow: c.allow}
			for _, s := range c.writes {
				n, err := w.Write([]byte(s))
				require.NoError(t, err)
				assert.Equal(t, len(s), n)
			}
			require.NoError(t, w.Flush())
			assert.Equal(t, c.want, raw.String())
		})
	}
}

// TestTextIsTheDefaultOnATerminal: a person at a terminal gets the text
// report in colour; NO_COLOR, a file or a pipe turn colour off; a pipe
// gets JSON.
func TestTextIsTheDefaultOnATerminal(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	t.Setenv("NO_COLOR", "")
	r := driaOn(t, onTerminal{stdout: true}, "assess", sample)
	require.Equal(t, 0, r.code, r.stderr)
	lines := strings.Split(r.stdout, "\n")
	assert.Regexp(t, `^dria \S+, rule set sha256:[0-9a-f]{64} \(\d+ rules\): 1 system assessed$`, lines[0])
	assert.Equal(t, "\x1b[1m== cv-screening-assistant (CV screening and candidate ranking assistant), "+sample+": impact level III, risk high → high, 22 findings: 0 critical, 1 high, 17 medium, 4 low, 0 info\x1b[0m", lines[2])
	assert.Equal(t, sample+":54:3: \x1b[31mhigh\x1b[0m DRIA-REM-005 "+builtinTitle(t, "DRIA-REM-005")+" — whether people can appeal decisions with legal effect (`automation: partial`) on 120,000 people in `employment` is not stated", lines[3])

	t.Setenv("NO_COLOR", "1")
	plain := driaOn(t, onTerminal{stdout: true}, "assess", sample)
	require.Equal(t, 0, plain.code, plain.stderr)
	assert.NotContains(t, plain.stdout, "\x1b")
	assert.Equal(t, sgr.ReplaceAllString(r.stdout, ""), plain.stdout, "the same report without colour")

	t.Setenv("NO_COLOR", "")
	t.Setenv("TERM", "dumb")
	assert.Equal(t, plain.stdout, driaOn(t, onTerminal{stdout: true}, "assess", sample).stdout, "a dumb terminal gets no colour")

	piped := driaOn(t, onTerminal{}, "assess", sample)
	assert.True(t, json.Valid([]byte(piped.stdout)), "a pipe gets JSON")
}

// TestColourNeverReachesAFile: with --output the default is JSON, and
// --format text writes no colour to the file even from a terminal.
func TestColourNeverReachesAFile(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	t.Setenv("NO_COLOR", "")
	dir := t.TempDir()
	out := filepath.Join(dir, "report")
	r := driaOn(t, onTerminal{stdout: true, stderr: true}, "assess", "-o", out, sample)
	require.Equal(t, 0, r.code, r.stderr)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.True(t, json.Valid(data))

	r = driaOn(t, onTerminal{stdout: true}, "assess", "--format", "text", "-o", out, sample)
	require.Equal(t, 0, r.code, r.stderr)
	data, err = os.ReadFile(out)
	require.NoError(t, err)
	assert.Contains(t, string(data), "DRIA-REM-005")
	assert.NotContains(t, string(data), "\x1b")
}

// TestConfigFormatWinsOverTheTerminalDefault: format: in .dria.yaml is
// used on a terminal too.
func TestConfigFormatWinsOverTheTerminalDefault(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	abs, err := filepath.Abs(sample)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".dria.yaml"), []byte("apiVersion: dria/v1\nkind: Config\nformat: markdown\n"), 0o644))
	t.Chdir(dir)
	r := driaOn(t, onTerminal{stdout: true}, "assess", abs)
	require.Equal(t, 0, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "# Digital-rights impact assessment\n"), r.stdout[:min(80, len(r.stdout))])
}

// TestColouredTextKeepsDescriptionsInert: in a coloured report on a
// terminal, a title's escape sequences (clear the screen, a hyperlink,
// concealed text) and line break are shown, not obeyed; only the
// renderer's colours are raw.
func TestColouredTextKeepsDescriptionsInert(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	t.Setenv("NO_COLOR", "")
	r := driaOn(t, onTerminal{stdout: true}, "assess", "testdata/terminal/hostile-title.yaml")
	require.Equal(t, 0, r.code, r.stderr)
	lines := strings.Split(r.stdout, "\n")
	assert.Equal(t, "\x1b[1m== cv-screening-assistant (CV \\x1b[2J\\x1b]8;;https://evil.example\\x07click\\x1b]8;;\\x07 \\x1b[8mhidden\\x1b[0m\\ndria: all clear), testdata/terminal/hostile-title.yaml: impact level III, risk high → high, 22 findings: 0 critical, 1 high, 17 medium, 4 low, 0 info\x1b[0m", lines[2])
	assert.NotContains(t, r.stdout, "\ndria: all clear")
	assert.NotContains(t, r.stdout, "\x1b[8m")
	assert.NotContains(t, r.stdout, "\x1b[2J")
}
