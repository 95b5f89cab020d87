package fileio

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func text(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func TestWriteCreatesAFileUnderTheUmask(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	p := filepath.Join(t.TempDir(), "out.txt")
	require.NoError(t, Write(p, text("hello")))
	info, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, fs.FileMode(0o640), info.Mode().Perm())
	data, _ := os.ReadFile(p)
	assert.Equal(t, "hello", string(data))
}

func TestWriteKeepsTheModeOfAnExistingFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "out.txt")
	require.NoError(t, os.WriteFile(p, []byte("old"), 0o600))
	require.NoError(t, os.Chmod(p, 0o604))
	require.NoError(t, Write(p, text("new")))
	info, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, fs.FileMode(0o604), info.Mode().Perm())
}

func TestWriteLeavesNothingWhenRenderFails(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	boom := errors.New("boom")
	err := Write(p, func(w io.Writer) error { _, _ = io.WriteString(w, "half"); return boom })
	assert.ErrorIs(t, err, boom)
	assert.EqualError(t, err, "writing "+p+": boom")
	entries, _ := os.ReadDir(dir)
	assert.Empty(t, entries)
}

func TestWriteRefusesAProtectedFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.yaml")
	require.NoError(t, os.WriteFile(in, []byte("keep"), 0o644))
	link := filepath.Join(dir, "link.json")
	require.NoError(t, os.Symlink("in.yaml", link))
	err := Write(link, text("x"), Protect("-", in))
	assert.ErrorIs(t, err, ErrIsInput)
	assert.EqualError(t, err, link+": is the same file as the input "+in+"; writing there would destroy it, so choose another output file")
	assert.ErrorIs(t, CheckWrite(in, Protect(in)), ErrIsInput)
	data, _ := os.ReadFile(in)
	assert.Equal(t, "keep", string(data))
	assert.EqualError(t, Write(in, text("x"), Protect("")), "fileio: Protect needs non-empty paths")
}

func TestWriteNoOverwrite(t *testing.T) {
	p := filepath.Join(t.TempDir(), "rule.rego")
	require.NoError(t, Write(p, text("first"), NoOverwrite()))
	err := Write(p, text("second"), NoOverwrite())
	assert.ErrorIs(t, err, ErrExists)
	assert.EqualError(t, err, p+": already exists; it is not overwritten")
	data, _ := os.ReadFile(p)
	assert.Equal(t, "first", string(data))
}

func TestWriteReplacesTheTargetOfASymlink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target.txt")
	require.NoError(t, os.WriteFile(target, []byte("old"), 0o644))
	link := filepath.Join(dir, "link.txt")
	require.NoError(t, os.Symlink("target.txt", link))
	require.NoError(t, Write(link, text("new")))
	info, err := os.Lstat(link)
	require.NoError(t, err)
	assert.Equal(t, fs.ModeSymlink, info.Mode().Type())
	data, _ := os.ReadFile(target)
	assert.Equal(t, "new", string(data))

	dangling := filepath.Join(dir, "dangling.txt")
	require.NoError(t, os.Symlink("missing/x.txt", dangling))
	assert.EqualError(t, Write(dangling, text("x")), dangling+": is a symbolic link to a file that does not exist")
}

func TestWriteThroughSpecialFiles(t *testing.T) {
	require.NoError(t, Write("/dev/null", text("discarded")))
	info, err := os.Stat("/dev/null")
	require.NoError(t, err)
	assert.NotZero(t, info.Mode()&fs.ModeCharDevice)

	fifo := filepath.Join(t.TempDir(), "pipe")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	assert.EqualError(t, Write(fifo, text("x")), fifo+": is a named pipe (FIFO) that no process is reading")
}

func TestWriteRefusesBadTargets(t *testing.T) {
	dir := t.TempDir()
	assert.EqualError(t, Write(dir, text("x")), dir+": is a directory; give a file to write")
	missing := filepath.Join(dir, "no", "out.txt")
	assert.EqualError(t, Write(missing, text("x")), missing+": the directory "+filepath.Dir(missing)+" does not exist")
	file := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	under := filepath.Join(file, "out.txt")
	assert.EqualError(t, Write(under, text("x")), under+": "+file+" is not a directory")
	var fe *Error
	assert.True(t, errors.As(Write(missing, text("x")), &fe))
}

// BenchmarkWrite writes a 1 MiB report over an existing file, the usual
// -o case (temporary file, fsync, rename).
func BenchmarkWrite(b *testing.B) {
	p := filepath.Join(b.TempDir(), "report.json")
	body := strings.Repeat("x", 1<<20)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if err := Write(p, text(body)); err != nil {
			b.Fatal(err)
		}
	}
}
