package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/imports/nlregister"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/internal/wording"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// maxRegisterBytes is the largest register file read: a whole register
// exported at once is bigger than one description.
const maxRegisterBytes = 64 << 20

// newImportNLRegisterCommand is dria import nl-register.
func newImportNLRegisterCommand() *cobra.Command {
	var outDir string
	cmd := &cobra.Command{
		Use:   "nl-register FILE.json",
		Short: "Draft descriptions from records of the Dutch Algorithm Register",
		Long: `Import nl-register drafts one system description per record of the Dutch
Algorithm Register (algoritmeregister). FILE holds one record or a list of
records (JSON or YAML; also a list wrapped in an object) or a spreadsheet
export in CSV (a first row of field names, commas or semicolons), in the
register's publication standard 1.0.0 or in the layout of its earlier
exports (name, organization, goal, lawful_basis, IAMA, DPIA,
objection_procedure, ...); "-" reads standard input.

Only what a record states unambiguously is mapped: status, publication
category, rule-based or self-learning, the impact assessments it names, its
human intervention, objection procedure, legal basis and source code. What
it does not state stays out of the description, so the assessment reports
it as an information gap, never as compliance. Free text is kept, markup
stripped, in metadata.description. spec.provenance names the record and,
for every fact, the register field it came from. The organisation is
metadata.owner, so that dria assess --format register of the descriptions
lists, per organisation, what each record lacks.

Header rows of an export (field status, labels, descriptions) are skipped
with a notice naming their position. A record that cannot be read is
reported at its position and the others are still imported; the exit code
is then 2.`,
		Example: `  dria import nl-register register.json -o systems/
  dria assess --format register systems/`,
		Args: cobra.MatchAll(minArgs(1, "a register file (FILE.json)"), maxArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return importNLRegister(cmd, args[0], outDir)
		},
	}
	cmd.Flags().StringVarP(&outDir, "output", "o", "", "directory to write one description per record to, named after the record (default: all to standard output)")
	return cmd
}

// importNLRegister reads the file, drafts and checks the descriptions and
// writes them.
func importNLRegister(cmd *cobra.Command, path, outDir string) error {
	clock, err := clockFromEnv()
	if err != nil {
		return err
	}
	in, err := readInput(path, cmd.InOrStdin(), maxRegisterBytes)
	if err != nil {
		return err
	}
	f, err := nlregister.Read(in.Path, in.Data, source.Limits{MaxBytes: maxRegisterBytes})
	if err != nil {
		return err
	}
	drafts, problems := checkedDrafts(f, nlregister.Describe(f, clock()))
	stderr := cmd.ErrOrStderr()
	for _, n := range f.Skipped {
		fmt.Fprintln(stderr, n.String())
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, p.String())
	}
	if err := writeDrafts(cmd.OutOrStdout(), outDir, path, drafts); err != nil {
		return err
	}
	where := "standard output"
	if outDir != "" {
		where = safetext.Inline(outDir)
	}
	fmt.Fprintf(stderr, "dria: %s: %s: %s written to %s, %s skipped, %s not imported\n",
		safetext.Inline(in.Path), wording.Count(f.Entries(), "entry"), wording.Count(len(drafts), "description"), where,
		wording.Count(len(f.Skipped), "header row"), wording.Count(len(problems), "record"))
	if len(problems) > 0 {
		return &exitError{code: exitInput}
	}
	return nil
}

// checkedDrafts validates every draft; one that is not a valid
// description (a fault of the mapping) is reported at its record instead
// of being written. The file's unreadable records come first.
func checkedDrafts(f *nlregister.File, drafts []nlregister.Draft) ([]nlregister.Draft, []schema.Problem) {
	problems := append([]schema.Problem(nil), f.Problems...)
	ok := drafts[:0:0]
	for _, d := range drafts {
		if _, err := schema.LoadDescriptions(d.Name+".yaml", d.YAML); err != nil {
			problems = append(problems, schema.Problem{File: f.Name, Line: d.Record.Pos.Line, Column: d.Record.Pos.Column,
				Message: fmt.Sprintf("record %d: the description drafted from it is not valid, so it is not written (a fault in dria; please report it):\n%s", d.Record.Index, err)})
			continue
		}
		ok = append(ok, d)
	}
	return ok, schema.SortProblems(problems)
}

// writeDrafts writes each draft to DIR/<name>.yaml, or all of them to
// stdout as one YAML stream.
func writeDrafts(stdout io.Writer, dir, input string, drafts []nlregister.Draft) error {
	if dir == "" {
		docs := make([]string, len(drafts))
		for i, d := range drafts {
			docs[i] = string(d.YAML)
		}
		_, err := io.WriteString(stdout, strings.Join(docs, "---\n"))
		return err
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return usageError("-o: cannot create the directory %s: %s", safetext.Inline(dir), fileio.Describe(err))
	}
	for _, d := range drafts {
		yaml := d.YAML
		render := func(w io.Writer) error { _, err := w.Write(yaml); return err }
		if err := fileio.Write(filepath.Join(dir, d.Name+".yaml"), render, fileio.Protect(nonEmpty([]string{input})...)); err != nil {
			return outputError("-o", err)
		}
	}
	return nil
}
