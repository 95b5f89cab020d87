package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
)

// driaReturns runs dria like dria does, but fails the test if the command
// has not returned within a minute: the commands under test must refuse
// a file that would block them, not wait for it. The minute is only there
// to fail the test instead of hanging it; it does not time the command.
func driaReturns(t *testing.T, args ...string) result {
	t.Helper()
	ch := make(chan result, 1)
	go func() { ch <- dria(t, args...) }()
	select {
	case r := <-ch:
		return r
	case <-time.After(time.Minute):
		t.Fatalf("dria %s did not return: it blocked", strings.Join(args, " "))
		return result{}
	}
}

// mkfifo makes a named pipe that nothing writes to.
func mkfifo(t *testing.T, path string) string {
	t.Helper()
	require.NoError(t, syscall.Mkfifo(path, 0o600))
	return path
}

// copySample copies the sample description into dir under name.
func copySample(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(sample)
	require.NoError(t, err)
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, data, 0o644))
	return p
}

// validReport writes a JSON report of the sample to dir/report.json.
func validReport(t *testing.T, dir string) string {
	t.Helper()
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	out := filepath.Join(dir, "report.json")
	r := dria(t, "assess", "--format", "json", "-o", out, sample)
	require.Equal(t, 0, r.code, r.stderr)
	return out
}

func TestFIFOAsInputIsRefused(t *testing.T) {
	fifo := mkfifo(t, filepath.Join(t.TempDir(), "system.yaml"))
	for _, cmd := range []string{"validate", "assess"} {
		r := driaReturns(t, cmd, fifo)
		assert.Equal(t, 2, r.code, cmd)
		assert.Equal(t, "dria: "+fifo+": is a named pipe (FIFO), not a regular file\n", r.stderr, cmd)
		if cmd == "validate" {
			assert.Empty(t, r.stdout, cmd)
			continue
		}
		assert.Equal(t, []assess.InputFailure{{Path: fifo, Kind: assess.KindInvalidInput, Message: "is a named pipe (FIFO), not a regular file"}}, unassessed(t, r.stdout), "the report names the pipe")
	}
}

func TestFIFOInADirectoryIsNamedAndTheOthersAreAssessed(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := t.TempDir()
	good := copySample(t, dir, "a.yaml")
	fifo := mkfifo(t, filepath.Join(dir, "b.yaml"))

	r := driaReturns(t, "validate", dir)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, good+": valid (1 system)\n", r.stdout)
	assert.Equal(t, "dria: "+fifo+": is a named pipe (FIFO), not a regular file\n", r.stderr)

	r = driaReturns(t, "assess", "--format", "json", dir)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: "+fifo+": is a named pipe (FIFO), not a regular file\n", r.stderr)
	assert.Contains(t, findingIDs(t, r.stdout), "DRIA-DEC-003", "the regular file is still assessed")
}

func TestFIFOAsConfigIsRefused(t *testing.T) {
	fifo := mkfifo(t, filepath.Join(t.TempDir(), "dria.yaml"))
	r := driaReturns(t, "assess", "--config", fifo, sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --config "+fifo+": is a named pipe (FIFO), not a regular file\n", r.stderr)
	assert.Empty(t, r.stdout)
}

func TestFIFOAsDefaultConfigIsRefused(t *testing.T) {
	abs, err := filepath.Abs(sample)
	require.NoError(t, err)
	dir := t.TempDir()
	mkfifo(t, filepath.Join(dir, ".dria.yaml"))
	t.Chdir(dir)
	r := driaReturns(t, "assess", abs)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: .dria.yaml: is a named pipe (FIFO), not a regular file\n", r.stderr)
}

func TestFIFOAsWaiversIsRefused(t *testing.T) {
	fifo := mkfifo(t, filepath.Join(t.TempDir(), "waivers.yaml"))
	r := driaReturns(t, "assess", "--waivers", fifo, sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --waivers "+fifo+": is a named pipe (FIFO), not a regular file\n", r.stderr)
	assert.Empty(t, r.stdout)
}

func TestFIFOAsDiffArgumentIsRefused(t *testing.T) {
	dir := t.TempDir()
	rep := validReport(t, dir)
	fifo := mkfifo(t, filepath.Join(dir, "new.json"))
	for _, args := range [][]string{{rep, fifo}, {fifo, rep}} {
		r := driaReturns(t, append([]string{"diff"}, args...)...)
		assert.Equal(t, 2, r.code)
		assert.Equal(t, "dria: "+fifo+": is a named pipe (FIFO), not a regular file\n", r.stderr)
		assert.Empty(t, r.stdout)
	}
}

func TestDevZeroIsRefusedWithoutReadingIt(t *testing.T) {
	rep := validReport(t, t.TempDir())
	const zero = "is a character device, not a regular file\n"
	for _, c := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"assess", "--config", "/dev/zero", sample}, "dria: --config /dev/zero: " + zero},
		{[]string{"assess", "--waivers", "/dev/zero", sample}, "dria: --waivers /dev/zero: " + zero},
		{[]string{"diff", "/dev/zero", rep}, "dria: /dev/zero: " + zero},
		{[]string{"diff", rep, "/dev/zero"}, "dria: /dev/zero: " + zero},
		{[]string{"validate", "/dev/zero"}, "dria: /dev/zero: " + zero},
	} {
		r := driaReturns(t, c.args...)
		assert.Equal(t, 2, r.code, c.args)
		assert.Equal(t, c.stderr, r.stderr, c.args)
	}
}

func TestFIFOAsRulePackIsRefused(t *testing.T) {
	fifo := mkfifo(t, filepath.Join(t.TempDir(), "pack.tar.gz"))
	r := driaReturns(t, "assess", "--rules", fifo, sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --rules "+fifo+": is a named pipe (FIFO), not a directory or a .tar.gz bundle\n", r.stderr)
}

// TestUnreadableSubdirectoryIsNamedAndTheRestAssessed: the message names
// the subdirectory, not the argument, and the other files still count.
func TestUnreadableSubdirectoryIsNamedAndTheRestAssessed(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := t.TempDir()
	good := copySample(t, dir, "a.yaml")
	sub := filepath.Join(dir, "locked")
	require.NoError(t, os.Mkdir(sub, 0o755))
	copySample(t, sub, "b.yaml")
	require.NoError(t, os.Chmod(sub, 0))
	t.Cleanup(func() { os.Chmod(sub, 0o755) })

	var v, a result
	require.NoError(t, withoutFilePermissionOverride(func() {
		v = dria(t, "validate", dir)
		a = dria(t, "assess", "--format", "json", dir)
	}))
	assert.Equal(t, 2, v.code)
	assert.Equal(t, good+": valid (1 system)\n", v.stdout)
	assert.Equal(t, "dria: "+sub+": permission denied\n", v.stderr)

	assert.Equal(t, 2, a.code)
	assert.Equal(t, "dria: "+sub+": permission denied\n", a.stderr)
	assert.Contains(t, findingIDs(t, a.stdout), "DRIA-DEC-003", "the readable file is still assessed")
}

// TestOneMissingArgumentDoesNotStopTheOthers: each argument is its own
// problem.
func TestOneMissingArgumentDoesNotStopTheOthers(t *testing.T) {
	r := dria(t, "validate", "missing.yaml", sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: missing.yaml: no such file or directory\n", r.stderr)
	assert.Equal(t, sample+": valid (1 system)\n", r.stdout)
}
