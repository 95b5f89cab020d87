package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/version"
)

// versionLine is what dria version and dria --version print.
func versionLine() string { return fmt.Sprintf("dria %s\n", version.Version) }

func newVersionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print dria's version (the same as dria --version)",
		Args:  maxArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprint(cmd.OutOrStdout(), versionLine())
			return err
		},
	}
}

// setVersionFlag gives the root command --version, printing the same line
// as dria version. The line goes through cobra's template, so its braces
// are escaped: a version string is never a template.
func setVersionFlag(root *cobra.Command) {
	root.Version = version.Version
	root.SetVersionTemplate(`{{printf "%s" ` + fmt.Sprintf("%q", versionLine()) + `}}`)
}
