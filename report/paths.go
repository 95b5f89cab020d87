package report

import (
	"net/url"
	"path/filepath"
	"strings"
)

// Pipelines name files relative to the repository: GitHub annotations and
// code scanning, GitLab's Code Quality and JUnit file links all match a
// path against the files of the commit. The report holds each source path
// as the caller gave it (relative to the working directory, or absolute);
// repoPath turns it into the repository's spelling.

// root is the directory report paths are made relative to: the repository
// root, or else the base (working) directory, or "" when neither is known.
func (o options) root() string {
	if o.repoRoot != "" {
		return o.repoRoot
	}
	return o.baseDir
}

// repoPath returns a source path relative to the root (with forward
// slashes, cleaned) and true, or, for a file outside the root, its
// absolute path and false. A relative path is taken as relative to the
// base directory, or else to the root. Without a root, relative paths are
// kept (cleaned) and absolute ones are outside.
func (o options) repoPath(path string) (string, bool) {
	root := o.root()
	if root == "" {
		return filepath.ToSlash(filepath.Clean(path)), !filepath.IsAbs(path)
	}
	rootAbs := absDir(root)
	abs := path
	if !filepath.IsAbs(abs) {
		base := rootAbs
		if o.baseDir != "" {
			base = absDir(o.baseDir)
		}
		abs = filepath.Join(base, path)
	}
	rel, err := filepath.Rel(rootAbs, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(filepath.Clean(abs)), false
	}
	return filepath.ToSlash(rel), true
}

// absDir makes a directory absolute (against the process's working
// directory, which only matters for a relative directory option) and
// cleans it.
func absDir(dir string) string {
	if a, err := filepath.Abs(dir); err == nil {
		return a
	}
	return filepath.Clean(dir)
}

// fileURI returns the file:// URI of an absolute path; asDir adds the
// trailing slash SARIF wants on a base URI.
func fileURI(path string, asDir bool) string {
	s := filepath.ToSlash(path)
	if !strings.HasPrefix(s, "/") {
		s = "/" + s
	}
	if asDir && !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return (&url.URL{Scheme: "file", Path: s}).String()
}

// relativeURI percent-encodes a relative path as a URI reference (a
// first segment with a colon gets "./" in front, so that it cannot read
// as a scheme).
func relativeURI(path string) string {
	return (&url.URL{Path: path}).String()
}
