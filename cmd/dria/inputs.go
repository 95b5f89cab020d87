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
	"github.com/dria-project/dria/schema"
)

// descriptionExts are the file extensions read from directories.
var descriptionExts = map[string]bool{".yaml": true, ".yml": true, ".json": true}

// argFile is one file named by the arguments, or an argument or
// directory entry that could not be read (err, a usage error wrapping a
// *fileio.Error that names it).
type argFile struct {
	path string
	err  error
}

// expandArgs turns file and directory arguments into files to read, in
// the order of the arguments: directories contribute their YAML and JSON
// files, recursively, sorted. An argument or a directory entry that
// cannot be read is listed in its place with its problem, and the rest is
// still expanded; whatever a listed file turns out to be (a named pipe,
// say) is found when it is read.
func expandArgs(args []string) []argFile {
	var out []argFile
	for _, arg := range args {
		if arg == "-" {
			out = append(out, argFile{path: arg})
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			out = append(out, unreadable(arg, fileio.Describe(err), err))
			continue
		}
		if !info.IsDir() {
			out = append(out, argFile{path: arg})
			continue
		}
		found := walkDescriptions(arg)
		if len(found) == 0 {
			found = append(found, unreadable(arg, "no .yaml, .yml or .json files in this directory", nil))
		}
		out = append(out, found...)
	}
	return out
}

// unreadable is a path that names nothing dria can read, with the reason.
func unreadable(path, reason string, err error) argFile {
	return argFile{path: path, err: &exitError{code: exitInput, err: &fileio.Error{Path: path, Reason: reason, Err: err}}}
}

// walkDescriptions lists the description files under dir, sorted by path,
// skipping hidden subdirectories, with each entry that cannot be read in
// its place.
func walkDescriptions(dir string) []argFile {
	var found []argFile
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			found = append(found, unreadable(p, fileio.Describe(err), err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() && p != dir && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		if !d.IsDir() && descriptionExts[strings.ToLower(filepath.Ext(p))] {
			found = append(found, argFile{path: p})
		}
		return nil
	})
	sort.SliceStable(found, func(i, j int) bool { return found[i].path < found[j].path })
	return found
}

// readInput reads one file ("-" is standard input) through fileio, so
// only a regular file is read, never more than maxBytes. A file over the
// cap is a located problem like any other of its content; any other
// failure is a usage error naming the file.
func readInput(path string, stdin io.Reader, maxBytes int64) (assess.Input, error) {
	var data []byte
	var err error
	if path == "-" {
		path = inputName(path)
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

// inputName is the name an argument's input goes by in messages and
// reports: "<stdin>" for "-", else the path itself.
func inputName(arg string) string {
	if arg == "-" {
		return "<stdin>"
	}
	return arg
}
