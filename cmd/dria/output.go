package main

import (
	"io"

	"github.com/dria-project/dria/internal/fileio"
)

// outputHelp says, in every command's --help, how an output file is
// written.
const outputHelp = `An output file is written atomically and never destroys data: the result
goes to a temporary file beside it that replaces the file only when it is
complete, so a failed run leaves the old file (or none) and no temporary
file. An existing file keeps its permissions; a new one is created with
the umask's. An output that is one of the inputs is refused. A symbolic
link stays a link: the file it points to is replaced. A character device
(such as /dev/null) or a named pipe is written in place, never replaced.`

// checkOutput refuses, before any work is done, an output that cannot be
// written or that is one of the inputs; writeReport checks again when it
// writes.
func checkOutput(flag, path string, inputs []string) error {
	if path == "" || path == "-" {
		return nil
	}
	if err := fileio.CheckWrite(path, fileio.Protect(nonEmpty(inputs)...)); err != nil {
		return outputError(flag, err)
	}
	return nil
}

// writeReport renders to stdout, or to the file at path through
// fileio.Write (see outputHelp), refusing to write over any of inputs. A
// problem with the path is a usage error (exit 2); a failed render is an
// internal error (exit 3).
func writeReport(stdout io.Writer, flag, path string, inputs []string, render func(io.Writer) error) error {
	if path == "" || path == "-" {
		if err := render(stdout); err != nil {
			return &exitError{code: exitInternal, err: err}
		}
		return nil
	}
	if err := fileio.Write(path, render, fileio.Protect(nonEmpty(inputs)...)); err != nil {
		return outputError(flag, err)
	}
	return nil
}

// outputError makes a write failure a usage error when the path is at
// fault and an internal error otherwise; flag, when not empty, names the
// option that gave the path.
func outputError(flag string, err error) error {
	if _, ok := err.(*fileio.Error); ok {
		if flag == "" {
			return usageError("%w", err)
		}
		return usageError("%s %w", flag, err)
	}
	return &exitError{code: exitInternal, err: err}
}

func nonEmpty(paths []string) []string {
	out := make([]string, 0, len(paths))
	for _, p := range paths {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}
