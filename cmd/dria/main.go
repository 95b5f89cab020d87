// Command dria assesses the human-rights impact of digital systems from
// their descriptions: it validates descriptions, runs the rules and writes
// reports for people and pipelines.
//
// Exit codes: 0 done (and nothing at or above --fail-on); 1 findings at or
// above --fail-on; 2 bad input or usage; 3 a rule or internal error.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

// Exit codes of the command.
const (
	exitOK       = 0
	exitFindings = 1
	exitInput    = 2
	exitInternal = 3
)

// exitError carries an exit code with the error that caused it. A nil err
// with a code exits quietly (the output already said why).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, args ...any) error {
	return &exitError{code: exitInput, err: fmt.Errorf(format, args...)}
}

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit code.
//
// It is the one place where output is made safe for people: standard
// error, and standard output when it is a terminal, pass through a
// safetext.Writer, so no control character from a description, rule pack,
// waiver or configuration reaches a terminal or log raw, whichever message
// carried it. Reports written to a file or a pipe are not filtered: each
// format escapes for itself. Only the command's own control sequences
// bypass the filter, through a controlWriter: the progress bar's carriage
// returns and the colours of the text report.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	errOut := safetext.NewWriter(stderr)
	defer errOut.Flush()
	var errStream io.Writer = errOut
	if isTerminal(stderr) {
		errStream = terminal{Writer: errOut, raw: stderr}
	}
	if isTerminal(stdout) {
		t := newTerminal(stdout)
		defer t.Flush()
		stdout = t
	}
	root := newRootCommand(stdin, stdout, errStream)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	code := exitCode(err)
	var ee *exitError
	if errors.As(err, &ee) && ee.err == nil {
		return code
	}
	fmt.Fprintln(errOut, formatError(err))
	return code
}

// exitCode maps an error to the exit code the contract gives it.
func exitCode(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	var le *rules.LoadError
	var evalErr *assess.EvalError
	var ve *schema.ValidationError
	var fe *fileio.Error
	switch {
	case errors.Is(err, rules.ErrUnknownRule):
		return exitInput
	case errors.As(err, &le), errors.As(err, &evalErr):
		return exitInternal
	case errors.As(err, &ve), errors.As(err, &fe):
		return exitInput
	}
	return exitInternal
}

func formatError(err error) string {
	var le *rules.LoadError
	if errors.As(err, &le) {
		return "dria: cannot load rules:\n" + le.Error()
	}
	var ve *schema.ValidationError
	if errors.As(err, &ve) {
		return ve.Error()
	}
	return "dria: " + err.Error()
}

func newRootCommand(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "dria",
		Short: "Digital-rights impact assessment of systems described in YAML or JSON",
		Long: `dria checks descriptions of digital systems (what data they use, how they
decide, who is affected, what safeguards exist) against human-rights rules
and scores each finding by scale, scope and irremediability (UNGP 14).

Exit codes: 0 done; 1 findings at or above --fail-on; 2 bad input or usage;
3 a rule or internal error.`,
		Args:                       unknownCommand,
		RunE:                       func(c *cobra.Command, _ []string) error { return c.Help() },
		SilenceErrors:              true,
		SilenceUsage:               true,
		SuggestionsMinimumDistance: 2,
	}
	setVersionFlag(root)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError("%s (see %s --help)", flagMessage(err), c.CommandPath())
	})
	root.AddCommand(
		newValidateCommand(),
		newAssessCommand(),
		newRulesCommand(),
		newSchemaCommand(),
		newBundleCommand(),
		newDiffCommand(),
		newImportCommand(),
		newExportCommand(),
		newServeCommand(),
		newVersionCommand(),
	)
	addCompletionCommand(root)
	return root
}

// addCompletionCommand adds cobra's dria completion bash|zsh|fish|powershell
// now rather than when the command runs, so that it behaves as dria's
// other group commands do: alone it prints its help, and an unknown shell
// is a usage error (exit 2).
func addCompletionCommand(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Args = unknownCommand
			c.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
			c.SuggestionsMinimumDistance = 2
		}
	}
}

// groupCommand is a command that only groups others, such as dria rules:
// alone it prints its help, and a word that names none of its commands is
// a usage error.
func groupCommand(name, short string) *cobra.Command {
	return &cobra.Command{
		Use:                        name,
		Short:                      short,
		Args:                       unknownCommand,
		RunE:                       func(c *cobra.Command, _ []string) error { return c.Help() },
		SuggestionsMinimumDistance: 2,
	}
}

// unknownCommand is the Args of dria and of its group commands. Cobra
// leaves a word that names no subcommand to the command's Args, so this
// is where an unknown command becomes a usage error (exit 2), with
// cobra's suggestions.
func unknownCommand(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], c.CommandPath())
	if s := c.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return usageError("%s (see %s --help)", msg, c.CommandPath())
}

// minArgs and maxArgs make argument errors usage errors (exit 2).
func minArgs(n int, what string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) < n {
			return usageError("%s needs %s (see %s --help)", c.CommandPath(), what, c.CommandPath())
		}
		return nil
	}
}

func maxArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) > n {
			return usageError("%s takes at most %d argument(s), got %d (see %s --help)", c.CommandPath(), n, len(args), c.CommandPath())
		}
		return nil
	}
}
