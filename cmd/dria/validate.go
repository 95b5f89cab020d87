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
	cmd := &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check system descriptions against the description schema",
		Long: `Validate checks each file (YAML or JSON; "-" reads standard input) against
the system description schema and prints every problem at once on standard
error, one per line, as FILE:LINE:COLUMN: message (at most --max-problems
per file, then how many more). A file or directory that cannot be read is
named and the others are still checked.

Exit codes: 0 all files valid; 2 a file is invalid or unreadable; 3 an
internal error while checking a file (the other files are still checked).`,
		Example: "  dria validate examples/systems/welfare-risk-scoring.yaml\n  dria validate examples/systems/",
		Args:    minArgs(1, "at least one file or directory"),
		RunE: func(cmd *cobra.Command, args []string) error {
			files, problems := expandArgs(args)
			code := checkEach(cmd.ErrOrStderr(), files, problems, func(f string) error {
				return validateFile(cmd, f, maxBytes, int(maxProblems))
			})
			if code != exitOK {
				return &exitError{code: code}
			}
			return nil
		},
	}
	newIntFlag(cmd.Flags(), &maxBytes, "max-bytes", source.DefaultMaxBytes, 1, maxInputBytes, "bytes", "largest accepted file in bytes")
	newIntFlag(cmd.Flags(), &maxProblems, "max-problems", schema.DefaultMaxProblems, 1, maxProblemsLimit, "problems", "report at most this many problems per file, then how many more")
	return cmd
}

// checkEach reports the problems met while expanding the arguments, then
// checks every file whatever happened to the others, printing each error.
// It returns the worst outcome's exit code (an internal error is 3).
func checkEach(stderr io.Writer, files []string, problems []error, check func(string) error) int {
	code := exitOK
	report := func(err error) {
		fmt.Fprintln(stderr, formatError(err))
		code = max(code, exitCode(err))
	}
	for _, err := range problems {
		report(err)
	}
	for _, f := range files {
		if err := check(f); err != nil {
			report(err)
		}
	}
	return code
}

// maxProblemsLimit bounds --max-problems: more is never readable.
const maxProblemsLimit = 1_000_000

// validateFile reads and checks one file, printing that it is valid.
func validateFile(cmd *cobra.Command, path string, maxBytes int64, maxProblems int) error {
	in, err := readInput(path, cmd.InOrStdin(), maxBytes)
	if err != nil {
		return err
	}
	docs, err := schema.LoadDescriptions(in.Path, in.Data, schema.WithMaxBytes(maxBytes), schema.WithMaxProblems(maxProblems))
	if err != nil {
		return err
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
