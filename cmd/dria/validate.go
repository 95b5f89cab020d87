package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/internal/wording"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

func newValidateCommand() *cobra.Command {
	var fl validateFlags
	cmd := &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check system descriptions against the description schema",
		Long: `Validate checks each file (YAML or JSON; "-" reads standard input) against
the system description schema and prints every problem at once on standard
error, one per line, as FILE:LINE:COLUMN: message (at most --max-problems
per file, then how many more). A file or directory that cannot be read is
named and the others are still checked. Each valid file is named on
standard output ("FILE: valid (N systems)"), unless --quiet.

The facts rule packs ask for under spec.extensions.<namespace> are checked
against the schemas the packs declare: give the packs with --rules (or
rules: in .dria.yaml), as for dria assess. An extension that no loaded pack
declares is an error naming the packs that are loaded.

Exit codes: 0 all files valid; 2 a file is invalid or unreadable; 3 a rule
pack that does not load, or an internal error while checking a file (the
other files are still checked).`,
		Example: "  dria validate examples/systems/welfare-risk-scoring.yaml\n  dria validate examples/systems/\n  dria validate --rules examples/rulepack examples/rulepack/systems/",
		Args:    minArgs(1, "at least one file or directory"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := fl.rules.load(); err != nil {
				return err
			}
			v, err := fl.rules.descriptionValidator(cmd.Context())
			if err != nil {
				return err
			}
			code := checkEach(cmd.ErrOrStderr(), expandArgs(args), func(f string) error {
				return validateFile(cmd, f, &fl, v)
			})
			if code != exitOK {
				return &exitError{code: code}
			}
			return nil
		},
	}
	fl.rules.registerPacks(cmd)
	newIntFlag(cmd.Flags(), &fl.maxBytes, "max-bytes", source.DefaultMaxBytes, 1, maxInputBytes, "bytes", "largest accepted file in bytes")
	newIntFlag(cmd.Flags(), &fl.maxProblems, "max-problems", schema.DefaultMaxProblems, 1, maxProblemsLimit, "problems", "report at most this many problems per file, then how many more")
	cmd.Flags().BoolVarP(&fl.quiet, "quiet", "q", false, "print only the problems, not the files that are valid")
	return cmd
}

// validateFlags are the settings of dria validate.
type validateFlags struct {
	rules                 ruleFlags
	maxBytes, maxProblems int64
	quiet                 bool
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

// validateFile reads and checks one file, with the validator of the
// packs' description schema (nil: the built-in one), printing that it is
// valid unless quiet.
func validateFile(cmd *cobra.Command, path string, fl *validateFlags, v *schema.Validator) error {
	in, err := readInput(path, cmd.InOrStdin(), fl.maxBytes)
	if err != nil {
		return err
	}
	opts := []schema.Option{schema.WithMaxBytes(fl.maxBytes), schema.WithMaxProblems(int(fl.maxProblems))}
	if v != nil {
		opts = append(opts, schema.WithValidator(v))
	}
	docs, err := schema.LoadDescriptions(in.Path, in.Data, opts...)
	if err != nil {
		return err
	}
	if fl.quiet {
		return nil
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%s: valid (%s)\n", safetext.Inline(in.Path), wording.Count(len(docs), "system"))
	return nil
}
