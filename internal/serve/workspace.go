package serve

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
)

// workspace is the folder the page reads and writes descriptions in. No
// name leaves it: names are checked (relative, no ..), and files are
// opened through an os.Root, which refuses a symbolic link that leads
// outside.
type workspace struct {
	dir      string // as given
	real     string // with symbolic links resolved
	root     *os.Root
	maxBytes int64
	mu       sync.Mutex // one save at a time: check the version, then write
}

// Limits of the workspace listing.
const (
	maxListed    = 1000
	maxListDepth = 4
)

// openWorkspace opens dir as the workspace.
func openWorkspace(dir string, maxBytes int64) (*workspace, error) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, fmt.Errorf("the workspace %s: %s", safetext.Inline(dir), fileio.Describe(err))
	}
	root, err := os.OpenRoot(real)
	if err != nil {
		return nil, fmt.Errorf("the workspace %s: %s", safetext.Inline(dir), fileio.Describe(err))
	}
	return &workspace{dir: dir, real: real, root: root, maxBytes: maxBytes}, nil
}

// pathError is a refused or failed file name, with the HTTP status it
// gets.
type pathError struct {
	Status  int
	Message string
}

func (e *pathError) Error() string { return e.Message }

// descriptionExt says whether a name is a description file's.
func descriptionExt(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

// checkName refuses a name that is not a description file inside the
// workspace: empty, absolute, with .. or a backslash, hidden, or of
// another kind of file.
func checkName(name string) error {
	switch {
	case name == "":
		return &pathError{http.StatusBadRequest, "No file was named: choose a description from the workspace."}
	case !fs.ValidPath(name) || strings.Contains(name, `\`) || !filepath.IsLocal(filepath.FromSlash(name)):
		return &pathError{http.StatusForbidden, fmt.Sprintf("%q is outside the workspace: give a file name inside the workspace folder.", name)}
	case strings.HasPrefix(path.Base(name), "."):
		return &pathError{http.StatusForbidden, fmt.Sprintf("%q is a hidden file: the workbench opens only descriptions.", name)}
	case !descriptionExt(name):
		return &pathError{http.StatusBadRequest, fmt.Sprintf("%q is not a description file: its name must end in .yaml, .yml or .json.", name)}
	}
	return nil
}

// rootError words an error of the os.Root for people.
func rootError(name string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &pathError{http.StatusNotFound, fmt.Sprintf("%q is not in the workspace.", name)}
	case strings.Contains(err.Error(), "escapes") || strings.Contains(err.Error(), "path escapes from parent"):
		return &pathError{http.StatusForbidden, fmt.Sprintf("%q leads outside the workspace (through a symbolic link): the workbench opens only files inside it.", name)}
	}
	var fe *fileio.Error
	if errors.As(err, &fe) {
		return &pathError{http.StatusUnprocessableEntity, fmt.Sprintf("%q: %s.", name, fe.Reason)}
	}
	return &pathError{http.StatusInternalServerError, fmt.Sprintf("%q: %s.", name, fileio.Describe(err))}
}

// read reads a description file of the workspace.
func (w *workspace) read(name string) ([]byte, error) {
	if err := checkName(name); err != nil {
		return nil, err
	}
	if _, err := w.root.Stat(name); err != nil {
		return nil, rootError(name, err)
	}
	data, err := fileio.ReadFS(w.root.FS(), name, w.maxBytes)
	if err != nil {
		return nil, rootError(name, err)
	}
	return data, nil
}

// errConflict is returned by save when the file changed since the page
// read it.
var errConflict = errors.New("the file changed since the page was opened")

// save writes data atomically over the file, if it still has the version
// the page read (create: if it does not exist yet).
func (w *workspace) save(name, wantVersion string, data []byte, create bool) error {
	if err := checkName(name); err != nil {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	target, err := w.writablePath(name)
	if err != nil {
		return err
	}
	if !create {
		current, err := w.read(name)
		if err != nil {
			return err
		}
		if version(current) != wantVersion {
			return errConflict
		}
	}
	opts := []fileio.WriteOption{}
	if create {
		opts = append(opts, fileio.NoOverwrite())
	}
	err = fileio.Write(target, func(out io.Writer) error { _, err := out.Write(data); return err }, opts...)
	if errors.Is(err, fileio.ErrExists) {
		return &pathError{http.StatusConflict, fmt.Sprintf("%q already exists: open it, or choose another name.", name)}
	}
	if err != nil {
		return rootError(name, err)
	}
	return nil
}

// writablePath is the file's path on disk, once checked to be inside the
// workspace with every symbolic link resolved (a file to be created: its
// folder).
func (w *workspace) writablePath(name string) (string, error) {
	p := filepath.Join(w.real, filepath.FromSlash(name))
	real, err := filepath.EvalSymlinks(p)
	if errors.Is(err, fs.ErrNotExist) {
		if _, lerr := os.Lstat(p); lerr == nil {
			return "", &pathError{http.StatusForbidden, fmt.Sprintf("%q is a symbolic link to nothing: the workbench does not write through it.", name)}
		}
		dir, derr := filepath.EvalSymlinks(filepath.Dir(p))
		if derr != nil {
			return "", rootError(name, derr)
		}
		real = filepath.Join(dir, filepath.Base(p))
	} else if err != nil {
		return "", rootError(name, err)
	}
	if rel, err := filepath.Rel(w.real, real); err != nil || !filepath.IsLocal(rel) {
		return "", &pathError{http.StatusForbidden, fmt.Sprintf("%q leads outside the workspace (through a symbolic link): the workbench writes only inside it.", name)}
	}
	return real, nil
}

// list names the description files of the workspace (a few levels deep,
// hidden folders left out), sorted.
func (w *workspace) list() []string {
	var out []string
	_ = fs.WalkDir(w.root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") || strings.Count(p, "/") >= maxListDepth || len(out) >= maxListed {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && descriptionExt(p) {
			out = append(out, p)
		}
		return nil
	})
	slices.Sort(out)
	return out
}
