package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/version"
)

func newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print dria's version",
		Args:  maxArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "dria %s\n", version.Version)
			return err
		},
	}
}
