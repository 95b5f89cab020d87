package main

import "github.com/spf13/cobra"

// newExportCommand is dria export (placeholder).
func newExportCommand() *cobra.Command {
	return &cobra.Command{
		Use:    "export",
		Short:  "Draft records for other registers from a description",
		Hidden: true,
		RunE:   func(*cobra.Command, []string) error { return usageError("dria export is not available yet") },
	}
}
