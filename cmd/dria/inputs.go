package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/schema"
)

// descriptionExts are the file extensions read from directories.
var descriptionExts = map[string]bool{".yaml": true, ".yml": true, ".json": true}

// expandArgs turns file and directory arguments into files to read:
// directories contribute their YAML and JSON files, recursively, sorted.
// An argument or a subdirectory that cannot be read is a problem of its
// own, named, and the rest is still expanded; whatever a listed file turns
// out to be (a named pipe, say) is found when it is read.
func expandArgs(args []string) (files []string, problems []error) {
	for _, arg := range args {
		if arg == "-" {
			files = append(files, arg)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			problems = append(problems, usageError("%s: %s", safetext.Inline(arg), fileio.Describe(err)))
			continue
		}
		if !info.IsDir() {
			files = append(files, arg)
			continue
		}
		found, errs := walkDescriptions(arg)
		problems = append(problems, errs...)
		if len(found) == 0 && len(errs) == 0 {
			problems = append(problems, usageError("%s: no .yaml, .yml or .json files in this directory", safetext.Inline(arg)))
		}
		files = append(files, found...)
	}
	return files, problems
}

// walkDescriptions lists the description files under dir, skipping hidden
// subdirectories, with a problem for each entry that cannot be read.
func walkDescriptions(dir string) ([]string, []error) {
	var found []string
	var problems []error
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			problems = append(problems, usageError("%s: %s", safetext.Inline(p), fileio.Describe(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() && p != dir && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		if !d.IsDir() && descriptionExts[strings.ToLower(filepath.Ext(p))] {
			found = append(found, p)
		}
		return nil
	})
	sort.Strings(found)
	return found, problems
}

// readInput reads one file ("-" is standard input) through fileio, so
// only a regular file is read, never more than maxBytes. A file over the
// cap is a located problem like any other of its content; any other
// failure is a usage error naming the file.
func readInput(path string, stdin io.Reader, maxBytes int64) (assess.Input, error) {
	var data []byte
	var err error
	if path == "-" {
		path = "<stdin>"
		data, err = fileio.ReadStream(path, stdin, maxBytes)
	} else {
		data, err = fileio.Read(path, maxBytes)
	}
	if err != nil {
		var fe *fileio.Error
		if errors.As(err, &fe) && errors.Is(err, fileio.ErrTooLarge) {
			return assess.Input{}, &schema.ValidationError{Problems: []schema.Problem{{File: fe.Path, Line: 1, Column: 1, Message: fe.Reason}}}
		}
		return assess.Input{}, &exitError{code: exitInput, err: err}
	}
	return assess.Input{Path: path, Data: data}, nil
}
