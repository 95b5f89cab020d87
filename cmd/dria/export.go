package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/imports/nlregister"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/schema"
)

// newExportCommand is dria export: records for other registers drafted
// from a description. Each register is a subcommand.
func newExportCommand() *cobra.Command {
	cmd := groupCommand("export", "Draft records for other registers from a description")
	cmd.AddCommand(newExportNLRegisterCommand())
	return cmd
}

// newExportNLRegisterCommand is dria export nl-register.
func newExportNLRegisterCommand() *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "nl-register DESCRIPTION.yaml",
		Short: "Draft a Dutch Algorithm Register record from a description",
		Long: `Export nl-register drafts a record of the Dutch Algorithm Register in its
publication standard 1.0.0 (JSON) from a system description, so that an
organisation that assessed a system can publish it. The record has every
field the standard requires and validates against the standard's schema.

Fields the description cannot fill hold "Nog in te vullen." (to be
completed), and status, start_date and publication_category a value to
check; standard error lists them. A file of several descriptions gives a
list of records.`,
		Example: `  dria export nl-register systems/welfare.yaml -o welfare.register.json`,
		Args:    cobra.MatchAll(minArgs(1, "a description (DESCRIPTION.yaml)"), maxArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return exportNLRegister(cmd, args[0], output)
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "", "write the record to this file, atomically (default stdout)")
	return cmd
}

func exportNLRegister(cmd *cobra.Command, path, output string) error {
	clock, err := clockFromEnv()
	if err != nil {
		return err
	}
	if err := checkOutput("-o", output, []string{path}); err != nil {
		return err
	}
	in, err := readInput(path, cmd.InOrStdin(), maxRegisterBytes)
	if err != nil {
		return err
	}
	docs, err := schema.LoadDescriptions(in.Path, in.Data)
	if err != nil {
		return err
	}
	var parts []string
	for _, d := range docs {
		x, err := nlregister.ExportDescription(d, clock())
		if err != nil {
			return &exitError{code: exitInternal, err: err}
		}
		js, err := x.JSON()
		if err != nil {
			return &exitError{code: exitInternal, err: err}
		}
		parts = append(parts, strings.TrimSuffix(string(js), "\n"))
		if len(x.Placeholders) > 0 {
			fmt.Fprintf(cmd.ErrOrStderr(), "dria: %s (document %d): complete or check before publishing: %s\n",
				safetext.Inline(in.Path), d.Index+1, strings.Join(x.Placeholders, ", "))
		}
	}
	out := parts[0] + "\n"
	if len(parts) > 1 {
		out = "[\n" + indent(strings.Join(parts, ",\n")) + "\n]\n"
	}
	return writeReport(cmd.OutOrStdout(), "-o", output, []string{path}, func(w io.Writer) error {
		_, err := io.WriteString(w, out)
		return err
	})
}

// indent indents every line by two spaces.
func indent(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }
