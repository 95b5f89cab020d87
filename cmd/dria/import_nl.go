package main

import "github.com/spf13/cobra"

// newImportNLRegisterCommand is dria import nl-register (placeholder).
func newImportNLRegisterCommand() *cobra.Command {
	return &cobra.Command{
		Use:    "nl-register FILE.json",
		Short:  "Draft descriptions from records of the Dutch Algorithm Register",
		Hidden: true,
		RunE:   func(*cobra.Command, []string) error { return usageError("dria import nl-register is not available yet") },
	}
}
