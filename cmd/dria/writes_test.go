package main

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const refusedInput = "; writing there would destroy it, so choose another output file\n"

func TestOutputThatIsTheInputIsRefused(t *testing.T) {
	dir := t.TempDir()
	desc := copySample(t, dir, "system.yaml")
	before, err := os.ReadFile(desc)
	require.NoError(t, err)

	r := dria(t, "assess", "-o", desc, desc)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+desc+": is one of the inputs"+refusedInput, r.stderr)

	// Another spelling, with the input found in a directory argument.
	require.NoError(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	other := dir + "/./sub/../system.yaml"
	r = dria(t, "assess", "--output", other, dir)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+other+": is one of the inputs"+refusedInput, r.stderr)

	// A hard link is the same file under another name.
	hard := filepath.Join(t.TempDir(), "report.json")
	require.NoError(t, os.Link(desc, hard))
	r = dria(t, "assess", "--output", hard, desc)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+hard+": is the same file as the input "+desc+refusedInput, r.stderr)

	after, err := os.ReadFile(desc)
	require.NoError(t, err)
	assert.Equal(t, before, after, "the description is untouched")
}

func TestOutputThroughASymlinkToTheInputIsRefused(t *testing.T) {
	dir := t.TempDir()
	desc := copySample(t, dir, "system.yaml")
	link := filepath.Join(dir, "report.json")
	require.NoError(t, os.Symlink("system.yaml", link))
	r := dria(t, "assess", "-o", link, desc)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+link+": is the same file as the input "+desc+refusedInput, r.stderr)
	data, err := os.ReadFile(desc)
	require.NoError(t, err)
	assert.Contains(t, string(data), "kind: System")
}

func TestOutputThatIsTheWaiversOrConfigIsRefused(t *testing.T) {
	dir := t.TempDir()
	waivers := filepath.Join(dir, "waivers.yaml")
	require.NoError(t, os.WriteFile(waivers, []byte("apiVersion: dria/v1\nkind: Waivers\nwaivers: []\n"), 0o644))
	r := dria(t, "assess", "--waivers", waivers, "-o", waivers, sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+waivers+": is one of the inputs"+refusedInput, r.stderr)

	cfg := filepath.Join(dir, "dria.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("apiVersion: dria/v1\nkind: Config\n"), 0o644))
	r = dria(t, "assess", "--config", cfg, "-o", cfg, sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+cfg+": is one of the inputs"+refusedInput, r.stderr)
}

func TestDiffOutputThatIsAnInputIsRefused(t *testing.T) {
	rep := validReport(t, t.TempDir())
	r := dria(t, "diff", "-o", rep, rep, rep)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+rep+": is one of the inputs"+refusedInput, r.stderr)
	var v map[string]any
	data, err := os.ReadFile(rep)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &v), "the report is untouched")
	assert.Equal(t, "1", v["reportVersion"])
}

// TestOutputOntoASymlinkReplacesItsTarget: the link stays a link and the
// file it points to gets the report.
func TestOutputOntoASymlinkReplacesItsTarget(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := t.TempDir()
	target := filepath.Join(dir, "reports", "latest.json")
	require.NoError(t, os.Mkdir(filepath.Dir(target), 0o755))
	require.NoError(t, os.WriteFile(target, []byte("old"), 0o640))
	link := filepath.Join(dir, "report.json")
	require.NoError(t, os.Symlink("reports/latest.json", link))

	r := dria(t, "assess", "--format", "json", "-o", link, sample)
	require.Equal(t, 0, r.code, r.stderr)
	info, err := os.Lstat(link)
	require.NoError(t, err)
	assert.Equal(t, fs.ModeSymlink, info.Mode().Type(), "still a link")
	dest, err := os.Readlink(link)
	require.NoError(t, err)
	assert.Equal(t, "reports/latest.json", dest)
	data, err := os.ReadFile(target)
	require.NoError(t, err)
	assert.Contains(t, findingIDs(t, string(data)), "DRIA-DEC-003")
	tinfo, err := os.Stat(target)
	require.NoError(t, err)
	assert.Equal(t, fs.FileMode(0o640), tinfo.Mode().Perm(), "the target keeps its mode")
	entries, err := os.ReadDir(filepath.Dir(target))
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file is left behind")
}

func TestOutputOntoADanglingSymlinkIsRefused(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "report.json")
	require.NoError(t, os.Symlink("nowhere/report.json", link))
	r := dria(t, "assess", "-o", link, sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+link+": is a symbolic link to a file that does not exist\n", r.stderr)
}

// TestOutputToDevNullWritesThroughIt: a character device is written, not
// replaced by a regular file (which root could do).
func TestOutputToDevNullWritesThroughIt(t *testing.T) {
	r := dria(t, "assess", "--format", "json", "-o", "/dev/null", sample)
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Empty(t, r.stdout)
	info, err := os.Lstat("/dev/null")
	require.NoError(t, err)
	assert.NotZero(t, info.Mode()&fs.ModeCharDevice, "/dev/null is still a character device")
}

// TestOutputToANamedPipeWritesThroughIt: a reader of the pipe gets the
// whole report, and the pipe stays a pipe.
func TestOutputToANamedPipeWritesThroughIt(t *testing.T) {
	fifo := mkfifo(t, filepath.Join(t.TempDir(), "report.json"))
	// Opened read-write so it neither waits for a writer nor sees the end
	// of the stream between writers.
	reader, err := os.OpenFile(fifo, os.O_RDWR, 0)
	require.NoError(t, err)
	defer reader.Close()
	require.NoError(t, reader.SetReadDeadline(time.Now().Add(time.Minute)))
	got := make(chan error, 1)
	var rep map[string]any
	go func() { got <- json.NewDecoder(reader).Decode(&rep) }()

	r := driaReturns(t, "assess", "--format", "json", "-o", fifo, sample)
	assert.Equal(t, 0, r.code, r.stderr)
	require.NoError(t, <-got)
	assert.Equal(t, "1", rep["reportVersion"])
	info, err := os.Lstat(fifo)
	require.NoError(t, err)
	assert.NotZero(t, info.Mode()&fs.ModeNamedPipe, "still a named pipe")
}

func TestOutputToANamedPipeNobodyReadsIsRefused(t *testing.T) {
	fifo := mkfifo(t, filepath.Join(t.TempDir(), "report.json"))
	r := driaReturns(t, "assess", "--format", "json", "-o", fifo, sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+fifo+": is a named pipe (FIFO) that no process is reading\n", r.stderr)
}

func TestOutputKeepsTheModeOfAnExistingFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.json")
	require.NoError(t, os.WriteFile(out, []byte("old"), 0o600))
	require.NoError(t, os.Chmod(out, 0o600))
	r := dria(t, "assess", "--format", "json", "-o", out, sample)
	require.Equal(t, 0, r.code, r.stderr)
	info, err := os.Stat(out)
	require.NoError(t, err)
	assert.Equal(t, fs.FileMode(0o600), info.Mode().Perm())
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.NotEqual(t, "old", string(data))
}

func TestNewOutputHonoursTheUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	dir := t.TempDir()
	out := filepath.Join(dir, "report.json")
	r := dria(t, "assess", "--format", "json", "-o", out, sample)
	require.Equal(t, 0, r.code, r.stderr)
	info, err := os.Stat(out)
	require.NoError(t, err)
	assert.Equal(t, fs.FileMode(0o600), info.Mode().Perm())

	syscall.Umask(0o022)
	bundle := filepath.Join(dir, "dria.tar.gz")
	r = dria(t, "bundle", "build", "-o", bundle)
	require.Equal(t, 0, r.code, r.stderr)
	info, err = os.Stat(bundle)
	require.NoError(t, err)
	assert.Equal(t, fs.FileMode(0o644), info.Mode().Perm())
}

func TestOutputIntoAMissingDirectoryIsAUsageError(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing")
	out := filepath.Join(missing, "report.json")
	r := dria(t, "assess", "-o", out, sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+out+": the directory "+missing+" does not exist\n", r.stderr)
	r = dria(t, "bundle", "build", "-o", out)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: -o "+out+": the directory "+missing+" does not exist\n", r.stderr)
}

func TestOutputIntoAReadOnlyDirectoryIsAUsageError(t *testing.T) {
	ro := filepath.Join(t.TempDir(), "read-only")
	require.NoError(t, os.Mkdir(ro, 0o555))
	t.Cleanup(func() { os.Chmod(ro, 0o755) })
	out := filepath.Join(ro, "report.json")
	var r result
	require.NoError(t, withoutFilePermissionOverride(func() { r = dria(t, "assess", "--format", "json", "-o", out, sample) }))
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+out+": cannot create a file in the directory "+ro+": permission denied\n", r.stderr)
	entries, err := os.ReadDir(ro)
	require.NoError(t, err)
	assert.Empty(t, entries)
}

func TestOutputOntoADirectoryIsRefused(t *testing.T) {
	dir := t.TempDir()
	r := dria(t, "assess", "-o", dir, sample)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: --output "+dir+": is a directory; give a file to write\n", r.stderr)
}

// TestARenderingErrorLeavesNoReport: a renderer that fails half-way leaves
// neither a new file nor a temporary one, and an existing report as it
// was; the failure is an internal error.
func TestARenderingErrorLeavesNoReport(t *testing.T) {
	dir := t.TempDir()
	failing := func(w io.Writer) error {
		_, _ = io.WriteString(w, "<!DOCTYPE html>\n<html lang=\"en\">")
		return errors.New("disk full")
	}
	out := filepath.Join(dir, "report.html")
	err := writeReport(io.Discard, "--output", out, nil, failing)
	assert.EqualError(t, err, "writing "+out+": disk full")
	assert.Equal(t, exitInternal, exitCode(err))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries)

	require.NoError(t, os.WriteFile(out, []byte("the old report"), 0o644))
	require.Error(t, writeReport(io.Discard, "--output", out, nil, failing))
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, "the old report", string(data))
	entries, err = os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1)
}

func TestRulesNewRefusesToOverwriteAndHonoursTheUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	dir := t.TempDir()
	r := dria(t, "rules", "new", "acme/no_dpia", "--dir", dir)
	require.Equal(t, 0, r.code, r.stderr)
	info, err := os.Stat(filepath.Join(dir, "acme", "no_dpia.rego"))
	require.NoError(t, err)
	assert.Equal(t, fs.FileMode(0o640), info.Mode().Perm())

	test := filepath.Join(dir, "acme", "other_test.rego")
	require.NoError(t, os.WriteFile(test, []byte("mine"), 0o644))
	r = dria(t, "rules", "new", "acme/other", "--dir", dir)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, "dria: "+test+": already exists; it is not overwritten\n", r.stderr)
	_, err = os.Stat(filepath.Join(dir, "acme", "other.rego"))
	assert.ErrorIs(t, err, fs.ErrNotExist, "nothing is half scaffolded")
	data, err := os.ReadFile(test)
	require.NoError(t, err)
	assert.Equal(t, "mine", string(data))
}
