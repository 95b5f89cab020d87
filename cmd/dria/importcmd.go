package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/imports/aia"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// newImportCommand is dria import: descriptions drafted from records that
// other tools and registers publish. Each kind of record is a subcommand.
func newImportCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Draft system descriptions from records other tools publish",
		Long: `Import drafts dria system descriptions from records other tools and registers
publish: Canada's Algorithmic Impact Assessments (canada-aia) and the Dutch
Algorithm Register (nl-register). Only what a record states is mapped;
what it leaves unsaid stays out, so dria assess reports it as an
information gap. spec.provenance names the record and, for every fact, the
question or field it came from.`,
		Args: unknownCommand,
		RunE: func(c *cobra.Command, _ []string) error { return c.Help() },
	}
	cmd.AddCommand(newImportCanadaAIACommand(), newImportNLRegisterCommand())
	return cmd
}

// newImportCanadaAIACommand is dria import canada-aia.
func newImportCanadaAIACommand() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "canada-aia FILE.json",
		Short: "Draft a description from a Canadian Algorithmic Impact Assessment",
		Long: `Import canada-aia drafts a system description from the file the Government
of Canada's Algorithmic Impact Assessment tool saves ("AIA Results.json":
version, currentPage, data and translationsOnResult); "-" reads standard
input. The tool's conversions of older files are applied (an aboutSystem1
answer "item6-1" is "item6"; an impact4 answer moves to decisionSector3).

Every answer with a counterpart in the description format is mapped:
purpose, domains, automation, methods, reversibility, personal data, data
sources and sharing, consultation, human review, explanation, recourse,
bias testing, access control, source code, accessibility. Safeguards the
AIA states are "claimed": its answers are the institution's own. At the
design phase a promised safeguard ("will you ...? yes") is not written; a
"no" is. Each imported field carries a comment naming its AIA question,
and spec.provenance.fields says the same; every answer is kept under
spec.provenance.canadaAIA, from which dria assess recomputes the AIA's own
score and level, exactly as the tool does, and shows them beside its own.

Standard error gives the AIA's result. An unknown question or a choice the
questionnaire does not offer is reported as FILE:LINE:COLUMN and nothing is
written (exit 2).

` + outputHelp,
		Example: `  dria import canada-aia "AIA Results.json" -o system.yaml
  dria assess system.yaml`,
		Args: cobra.MatchAll(minArgs(1, "an AIA results file (FILE.json)"), maxArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return importCanadaAIA(cmd, args[0], out)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "file to write the description to (default standard output)")
	return cmd
}

// importCanadaAIA reads the AIA file, drafts the description, checks it
// and writes it.
func importCanadaAIA(cmd *cobra.Command, path, out string) error {
	if err := checkOutput("-o", out, []string{path}); err != nil {
		return err
	}
	in, err := readInput(path, cmd.InOrStdin(), source.DefaultMaxBytes)
	if err != nil {
		return err
	}
	rec, err := aia.Read(in.Path, in.Data)
	if err != nil {
		return err
	}
	d, err := aia.Describe(rec)
	if err != nil {
		return &exitError{code: exitInternal, err: err}
	}
	if _, err := schema.LoadDescriptions(in.Path+".yaml", d.YAML); err != nil {
		return &exitError{code: exitInternal, err: fmt.Errorf("the description drafted from %s is not valid (a fault in dria; please report it):\n%w", safetext.Inline(in.Path), err)}
	}
	if err := writeReport(cmd.OutOrStdout(), "-o", out, []string{path}, func(w io.Writer) error {
		_, err := w.Write(d.YAML)
		return err
	}); err != nil {
		return err
	}
	stderr := cmd.ErrOrStderr()
	for _, c := range rec.Conversions {
		fmt.Fprintf(stderr, "dria: %s: %s\n", safetext.Inline(in.Path), c)
	}
	fmt.Fprintf(stderr, "dria: %s: %d answers, %d fields imported; %s\n", safetext.Inline(in.Path), len(rec.Answers), len(d.Fields), aiaResult(d.Score))
	return nil
}

// aiaResult words the AIA's own result in one line.
func aiaResult(s aia.Score) string {
	var b strings.Builder
	fmt.Fprintf(&b, "the AIA's own impact level is %s (score %d of %d: raw impact score %d, mitigation score %d of %d",
		aia.LevelName(s.Level), s.Final, s.MaxRaw, s.Raw, s.Mitigation, s.MaxMitigation)
	if s.Reduced {
		fmt.Fprintf(&b, ", at least %g, so the raw score is reduced by 15%%", s.Threshold)
	}
	b.WriteString(")")
	return b.String()
}
