package main

import "github.com/spf13/cobra"

// newImportCommand is dria import: descriptions drafted from records that
// other tools and registers publish. Each kind of record is a subcommand.
func newImportCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Draft system descriptions from records other tools publish",
	}
	cmd.AddCommand(newImportCanadaAIACommand(), newImportNLRegisterCommand())
	return cmd
}

// newImportCanadaAIACommand is dria import canada-aia (placeholder).
func newImportCanadaAIACommand() *cobra.Command {
	return &cobra.Command{
		Use:    "canada-aia FILE.json",
		Short:  "Draft a description from a Canadian Algorithmic Impact Assessment",
		Hidden: true,
		RunE:   func(*cobra.Command, []string) error { return usageError("dria import canada-aia is not available yet") },
	}
}
