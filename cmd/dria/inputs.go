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
	"github.com/dria-project/dria/internal/source"
	"github.com/dria-project/dria/schema"
)

// descriptionExts are the file extensions read from directories.
var descriptionExts = map[string]bool{".yaml": true, ".yml": true, ".json": true}

// expandArgs turns file and directory arguments into files to read:
// directories contribute their YAML and JSON files, recursively, sorted.
func expandArgs(args []string) ([]string, error) {
	var out []string
	for _, arg := range args {
		if arg == "-" {
			out = append(out, arg)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			return nil, usageError("%s: %v", arg, describeFSError(err))
		}
		if !info.IsDir() {
			out = append(out, arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && p != arg && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			if !d.IsDir() && descriptionExts[strings.ToLower(filepath.Ext(p))] {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, usageError("%s: %v", arg, describeFSError(err))
		}
		if len(found) == 0 {
			return nil, usageError("%s: no .yaml, .yml or .json files in this directory", arg)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

func describeFSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// readInput reads one file, refusing more than maxBytes without reading
// the rest: the parser then reports the size with the file's name.
func readInput(path string, stdin io.Reader, maxBytes int64) (assess.Input, error) {
	if maxBytes <= 0 {
		maxBytes = source.DefaultMaxBytes
	}
	var r io.Reader
	if path == "-" {
		r = stdin
		path = "<stdin>"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return assess.Input{}, usageError("%s: %v", path, describeFSError(err))
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.Size() > maxBytes {
			e := source.TooLarge(path, info.Size(), maxBytes)
			return assess.Input{}, &schema.ValidationError{Problems: []schema.Problem{{File: e.File, Line: e.Pos.Line, Column: e.Pos.Column, Message: e.Msg}}}
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return assess.Input{}, usageError("%s: %v", path, err)
	}
	return assess.Input{Path: path, Data: data}, nil
}
