package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

func newValidateCommand() *cobra.Command {
	var maxBytes, maxProblems int64
	var quiet bool
	cmd := &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check system descriptions against the description schema",
		Long: `Validate checks each file (YAML or JSON; "-" reads standard input) against
the system description schema and prints every problem at once on standard
error, one per line, as FILE:LINE:COLUMN: message (at most --max-problems
per file, then how many more). A file or directory that cannot be read is
named and the others are still checked. Each valid file is named on
standard output ("FILE: valid (N systems)"), unless --quiet.

Exit codes: 0 all files valid; 2 a file is invalid or unreadable; 3 an
internal error while checking a file (the other files are still checked).`,
		Example: "  dria validate examples/systems/welfare-risk-scoring.yaml\n  dria validate examples/systems/",
		Args:    minArgs(1, "at least one file or directory"),
		RunE: func(cmd *cobra.Command, args []string) error {
			code := checkEach(cmd.ErrOrStderr(), expandArgs(args), func(f string) error {
				return validateFile(cmd, f, maxBytes, int(maxProblems), quiet)
			})
			if code != exitOK {
				return &exitError{code: code}
			}
			return nil
		},
	}
	newIntFlag(cmd.Flags(), &maxBytes, "max-bytes", source.DefaultMaxBytes, 1, maxInputBytes, "bytes", "largest accepted file in bytes")
	newIntFlag(cmd.Flags(), &maxProblems, "max-problems", schema.DefaultMaxProblems, 1, maxProblemsLimit, "problems", "report at most this many problems per file, then how many more")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print only the problems, not the files that are valid")
	return cmd
}

// checkEach checks every file in the order of the arguments, whatever
// happened to the others, printing each error (an argument or directory
// entry that could not be read is one). It returns the worst outcome's
// exit code (an internal error is 3).
func checkEach(stderr io.Writer, files []argFile, check func(string) error) int {
	code := exitOK
	for _, f := range files {
		err := f.err
		if err == nil {
			err = check(f.path)
		}
		if err != nil {
			fmt.Fprintln(stderr, formatError(err))
			code = max(code, exitCode(err))
		}
	}
	return code
}

// maxProblemsLimit bounds --max-problems: more is never readable.
const maxProblemsLimit = 1_000_000

// validateFile reads and checks one file, printing that it is valid
// unless quiet.
func validateFile(cmd *cobra.Command, path string, maxBytes int64, maxProblems int, quiet bool) error {
	in, err := readInput(path, cmd.InOrStdin(), maxBytes)
	if err != nil {
		return err
	}
	docs, err := schema.LoadDescriptions(in.Path, in.Data, schema.WithMaxBytes(maxBytes), schema.WithMaxProblems(maxProblems))
	if err != nil {
		return err
	}
	if quiet {
		return nil
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%s: valid (%s)\n", safetext.Inline(in.Path), plural(len(docs), "system"))
	return nil
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
