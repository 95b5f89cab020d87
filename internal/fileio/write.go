package fileio

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"syscall"

	"github.com/dria-project/dria/internal/safetext"
)

// ErrIsInput is wrapped by errors for an output that is the same file as
// one of the protected inputs (see Protect).
var ErrIsInput = errors.New("output is an input")

// ErrExists is wrapped by errors for an output that already exists when
// NoOverwrite was given.
var ErrExists = errors.New("file exists")

// WriteOption configures Write. Options check their own arguments.
type WriteOption func(*writeConfig) error

type writeConfig struct {
	protected   []string
	noOverwrite bool
}

// Protect makes Write refuse an output that is the same file as one of
// paths (compared with os.SameFile, so a different spelling, a symbolic
// link or a hard link is caught too). Paths that do not exist, and "-"
// (standard input), are ignored.
func Protect(paths ...string) WriteOption {
	return func(c *writeConfig) error {
		for _, p := range paths {
			if p == "" {
				return errors.New("fileio: Protect needs non-empty paths")
			}
		}
		c.protected = append(c.protected, paths...)
		return nil
	}
}

// NoOverwrite makes Write refuse an output that already exists, checked
// atomically when the file is put in place.
func NoOverwrite() WriteOption {
	return func(c *writeConfig) error {
		c.noOverwrite = true
		return nil
	}
}

// Write puts what render produces into the file at path without
// destroying data:
//
//   - a regular file (new or existing) is written atomically: render writes
//     into a temporary file beside it, which replaces the target only when
//     rendering succeeded, so a failure leaves neither a partial file nor a
//     temporary one. An existing file keeps its permissions; a new one gets
//     0666 less the umask.
//   - a symbolic link keeps being a link: the file it points to is replaced
//     as above. A link to nothing is refused.
//   - a character device (such as /dev/null) or a named pipe is opened and
//     written, never replaced; the output is rendered first, so a failed
//     render writes nothing. A named pipe nobody reads is refused.
//   - a directory, socket or block device is refused.
//
// Problems with the path come back as *Error (its Reason in plain words);
// an error from render is returned wrapped.
func Write(path string, render func(io.Writer) error, opts ...WriteOption) error {
	info, cfg, err := check(path, opts)
	if err != nil {
		return err
	}
	switch {
	case info == nil:
		return writeAtomic(path, path, nil, render, cfg.noOverwrite)
	case info.Mode().IsRegular():
		real, err := filepath.EvalSymlinks(path)
		if err != nil {
			return &Error{Path: path, Reason: Describe(err), Err: err}
		}
		return writeAtomic(path, real, info, render, false)
	}
	return writeSpecial(path, info, render)
}

// CheckWrite reports the problem Write would find with path, without
// writing anything, so a command can refuse a bad output before it does
// its work. Write checks again.
func CheckWrite(path string, opts ...WriteOption) error {
	_, _, err := check(path, opts)
	return err
}

// check applies the options and describes the target, refusing what Write
// must not write to. It returns nil info for a file yet to be created.
func check(path string, opts []WriteOption) (fs.FileInfo, writeConfig, error) {
	var cfg writeConfig
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, cfg, err
		}
	}
	if path == "" {
		return nil, cfg, errors.New("fileio: Write needs a path")
	}
	info, err := targetInfo(path)
	if err != nil {
		return nil, cfg, err
	}
	if info == nil {
		// Early word of a directory the file cannot be created in; the
		// creation itself decides (access uses the real user id).
		dir := filepath.Dir(path)
		if err := canCreateIn(dir); err != nil {
			return nil, cfg, &Error{Path: path, Reason: cannotCreate(dir, err), Err: err}
		}
		return nil, cfg, nil
	}
	if err := cfg.checkProtected(path, info); err != nil {
		return nil, cfg, err
	}
	if cfg.noOverwrite {
		return nil, cfg, &Error{Path: path, Reason: "already exists; it is not overwritten", Err: ErrExists}
	}
	if !info.Mode().IsRegular() && info.Mode()&(fs.ModeCharDevice|fs.ModeNamedPipe) == 0 {
		return nil, cfg, &Error{Path: path, Reason: "is " + kind(info.Mode()) + "; give a file to write", Err: ErrNotRegular}
	}
	return info, cfg, nil
}

// targetInfo describes what path names after following symbolic links, or
// nil when nothing is there yet. A link to nothing is an error.
func targetInfo(path string) (fs.FileInfo, error) {
	info, err := os.Stat(path)
	if err == nil {
		return info, nil
	}
	if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
		return nil, &Error{Path: path, Reason: Describe(err), Err: err}
	}
	if l, lerr := os.Lstat(path); lerr == nil && l.Mode()&fs.ModeSymlink != 0 {
		return nil, &Error{Path: path, Reason: "is a symbolic link to a file that does not exist", Err: err}
	}
	dir := filepath.Dir(path)
	d, derr := os.Stat(dir)
	switch {
	case derr != nil && errors.Is(derr, fs.ErrNotExist):
		return nil, &Error{Path: path, Reason: "the directory " + safetext.Inline(dir) + " does not exist", Err: derr}
	case derr != nil:
		return nil, &Error{Path: path, Reason: "the directory " + safetext.Inline(dir) + ": " + Describe(derr), Err: derr}
	case !d.IsDir():
		return nil, &Error{Path: path, Reason: safetext.Inline(dir) + " is not a directory", Err: syscall.ENOTDIR}
	}
	return nil, nil
}

// checkProtected refuses an output that is one of the protected files.
func (c *writeConfig) checkProtected(path string, info fs.FileInfo) error {
	if info == nil {
		return nil
	}
	for _, p := range c.protected {
		if p == "-" {
			continue
		}
		pi, err := os.Stat(p)
		if err != nil || !os.SameFile(info, pi) {
			continue
		}
		reason := "is one of the inputs; writing there would destroy it, so choose another output file"
		if filepath.Clean(p) != filepath.Clean(path) {
			reason = "is the same file as the input " + safetext.Inline(p) + "; writing there would destroy it, so choose another output file"
		}
		return &Error{Path: path, Reason: reason, Err: ErrIsInput}
	}
	return nil
}

// writeAtomic renders into a temporary file in the directory of real and
// renames it over real (or links it there, refusing an existing file, when
// exclusive). old is the file being replaced, whose permissions the new
// one keeps, or nil.
func writeAtomic(path, real string, old fs.FileInfo, render func(io.Writer) error, exclusive bool) error {
	dir := filepath.Dir(real)
	tmp, err := createTemp(dir, filepath.Base(real))
	if err != nil {
		return &Error{Path: path, Reason: cannotCreate(dir, err), Err: err}
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := render(tmp); err != nil {
		return fmt.Errorf("writing %s: %w", safetext.Inline(path), err)
	}
	if old != nil {
		if err := tmp.Chmod(old.Mode().Perm()); err != nil {
			return &Error{Path: path, Reason: "cannot keep its permissions: " + Describe(err), Err: err}
		}
	}
	if err := tmp.Sync(); err != nil {
		return &Error{Path: path, Reason: Describe(err), Err: err}
	}
	if err := tmp.Close(); err != nil {
		return &Error{Path: path, Reason: Describe(err), Err: err}
	}
	if err := place(tmp.Name(), real, exclusive); err != nil {
		var fe *Error
		if errors.As(err, &fe) {
			fe.Path = path
			return fe
		}
		return &Error{Path: path, Reason: Describe(err), Err: err}
	}
	done = true
	return nil
}

// place moves the finished temporary file to its name.
func place(tmp, real string, exclusive bool) error {
	if !exclusive {
		return os.Rename(tmp, real)
	}
	// A hard link fails when the name is taken, so an existing file is
	// never replaced, even one created since it was checked.
	err := os.Link(tmp, real)
	switch {
	case err == nil:
		os.Remove(tmp)
		return nil
	case errors.Is(err, fs.ErrExist):
		return &Error{Path: real, Reason: "already exists; it is not overwritten", Err: ErrExists}
	}
	// No hard links on this file system: check, then rename.
	if _, lerr := os.Lstat(real); lerr == nil {
		return &Error{Path: real, Reason: "already exists; it is not overwritten", Err: ErrExists}
	}
	return os.Rename(tmp, real)
}

// cannotCreate words why no file can be created in dir.
func cannotCreate(dir string, err error) string {
	if errors.Is(err, syscall.EROFS) {
		return "the directory " + safetext.Inline(dir) + " is on a read-only file system"
	}
	return "cannot create a file in the directory " + safetext.Inline(dir) + ": " + Describe(err)
}

// createTemp creates a new hidden file beside base in dir with mode 0666,
// which the umask reduces as for any new file.
func createTemp(dir, base string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fs.ErrExist
}

// writeSpecial writes to a character device or named pipe in place, after
// rendering everything, so a failed render writes nothing.
func writeSpecial(path string, info fs.FileInfo, render func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return fmt.Errorf("writing %s: %w", safetext.Inline(path), err)
	}
	// O_NONBLOCK: opening a named pipe nobody reads fails at once instead
	// of waiting; Go still waits for room in the pipe while writing.
	f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		reason := Describe(err)
		if errors.Is(err, syscall.ENXIO) && info.Mode()&fs.ModeNamedPipe != 0 {
			reason = "is a named pipe (FIFO) that no process is reading"
		}
		return &Error{Path: path, Reason: reason, Err: err}
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return &Error{Path: path, Reason: Describe(err), Err: err}
	}
	if err := f.Close(); err != nil {
		return &Error{Path: path, Reason: Describe(err), Err: err}
	}
	return nil
}

// Kind names what a file that is not a regular file is, such as "a named
// pipe (FIFO)" or "a character device".
func Kind(m fs.FileMode) string { return kind(m) }
