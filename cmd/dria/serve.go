package main

import "github.com/spf13/cobra"

// newServeCommand is dria serve (placeholder).
func newServeCommand() *cobra.Command {
	return &cobra.Command{
		Use:    "serve",
		Short:  "Serve the assessor's workbench in a browser",
		Hidden: true,
		RunE:   func(*cobra.Command, []string) error { return usageError("dria serve is not available yet") },
	}
}
