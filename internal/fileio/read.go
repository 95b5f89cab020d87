// Package fileio is the one way dria reads and writes the files a user
// names. Reads are bounded: only regular files are read (a FIFO, device or
// socket would block forever or never end), and never more than a size
// cap. Writes (see WriteAtomic) never destroy data they should not.
package fileio

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"github.com/dria-project/dria/internal/safetext"
)

// DefaultMaxBytes caps a read when no limit is given.
const DefaultMaxBytes = 10 << 20

// ErrNotRegular is wrapped by errors for paths that name something other
// than a regular file (a directory, FIFO, device or socket).
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge is wrapped by errors for files over the size cap.
var ErrTooLarge = errors.New("file too large")

// Error is a file that could not be read, with the reason in plain words.
type Error struct {
	Path string
	// Reason says what is wrong, such as "no such file or directory".
	Reason string
	// Size and Limit are set for a file over the cap (Size is -1 when the
	// file grew while it was read).
	Size, Limit int64
	Err         error
}

// Error formats the failure as "PATH: reason", with the path made safe to
// print.
func (e *Error) Error() string { return safetext.Inline(e.Path) + ": " + e.Reason }

// Unwrap returns the underlying error (ErrNotRegular, ErrTooLarge or an
// fs error).
func (e *Error) Unwrap() error { return e.Err }

// Describe words a file system error for a person.
func Describe(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, syscall.EISDIR):
		return "is a directory, not a file"
	case errors.Is(err, syscall.ELOOP):
		return "too many levels of symbolic links"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// kind names what a non-regular file is.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

// Read returns the content of the regular file at path, refusing anything
// else and any file larger than limit bytes (limit <= 0 means
// DefaultMaxBytes). Symbolic links are followed; what they point to must
// be a regular file. The file is opened without blocking, so a FIFO put in
// place of a file is refused instead of waiting for a writer.
func Read(path string, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &Error{Path: path, Reason: Describe(err), Err: err}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &Error{Path: path, Reason: Describe(err), Err: err}
	}
	if !info.Mode().IsRegular() {
		return nil, &Error{Path: path, Reason: "is " + kind(info.Mode()) + ", not a regular file", Err: ErrNotRegular}
	}
	if info.Size() > limit {
		return nil, tooLarge(path, info.Size(), limit)
	}
	return readLimited(path, f, limit)
}

// ReadFS is Read for a file of an fs.FS (such as a rule pack given as a
// file system): it refuses non-regular files and files over limit.
func ReadFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, &Error{Path: name, Reason: Describe(err), Err: err}
	}
	if !info.Mode().IsRegular() {
		return nil, &Error{Path: name, Reason: "is " + kind(info.Mode()) + ", not a regular file", Err: ErrNotRegular}
	}
	if info.Size() > limit {
		return nil, tooLarge(name, info.Size(), limit)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, &Error{Path: name, Reason: Describe(err), Err: err}
	}
	defer f.Close()
	return readLimited(name, f, limit)
}

// ReadStream reads at most limit bytes from r (standard input), refusing
// a stream that goes on past the cap.
func ReadStream(name string, r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	return readLimited(name, r, limit)
}

func readLimited(name string, r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, &Error{Path: name, Reason: Describe(err), Err: err}
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(name, -1, limit)
	}
	return data, nil
}

func tooLarge(name string, size, limit int64) *Error {
	reason := fmt.Sprintf("file is larger than the limit of %s", HumanBytes(limit))
	if size >= 0 {
		reason += fmt.Sprintf(" (it is %s)", HumanBytes(size))
	}
	return &Error{Path: name, Reason: reason, Size: size, Limit: limit, Err: ErrTooLarge}
}

// HumanBytes writes a byte count for people: "10.0 MiB".
func HumanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
