package main

import (
	"os"
	"path/filepath"
)

// repoRoot is the root of the repository that holds dir: the nearest of
// dir and its parents with a .git entry (a directory, or a file as in a
// worktree or submodule), or "" when there is none. Reports name files
// relative to it, as the repository does (report.WithRepoRoot), whatever
// subdirectory dria runs in.
func repoRoot(dir string) string {
	if dir == "" {
		return ""
	}
	for {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
