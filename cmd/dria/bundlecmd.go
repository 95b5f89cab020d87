package main

import (
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/rules"
)

func newBundleCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bundle",
		Short: "Build an OPA bundle of the dria policy",
		Args:  maxArgs(0),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var output string
	var packs, disable []string
	build := &cobra.Command{
		Use:   "build -o FILE.tar.gz",
		Short: "Write the rules, engine and schemas as a standard OPA bundle",
		Long: `Build writes the built-in rules (plus any --rules packs, minus --disable), the
engine and the JSON Schemas as a standard OPA bundle. Any OPA serves it: its
entry point data.dria.main (HTTP: POST /v1/data/dria/main with the system
description as "input") returns the same findings and summary as dria
assess, without source locations. The manifest's revision is the rule set
digest; SOURCE_DATE_EPOCH sets the archive's timestamps.

` + outputHelp,
		Example: "  dria bundle build -o dria.tar.gz\n  opa run --server --bundle dria.tar.gz",
		Args:    maxArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if output == "" {
				return usageError("dria bundle build needs -o FILE.tar.gz")
			}
			if err := checkRuleDirs(packs); err != nil {
				return err
			}
			if err := checkOutput("-o", output, packs); err != nil {
				return err
			}
			stamp := time.Unix(0, 0)
			if clock, err := clockFromEnv(); err != nil {
				return err
			} else if envSet() {
				stamp = clock()
			}
			set, err := rules.Load(cmd.Context(), ruleOptions(packs, disable)...)
			if err != nil {
				return err
			}
			return writeReport(cmd.OutOrStdout(), "-o", output, packs, func(w io.Writer) error { return set.WriteBundle(w, stamp) })
		},
	}
	build.Flags().StringVarP(&output, "output", "o", "", "bundle file to write")
	build.Flags().StringArrayVar(&packs, "rules", nil, "also include the rules of this directory or bundle (repeatable)")
	build.Flags().StringArrayVar(&disable, "disable", nil, "leave out the rule with this id (repeatable)")
	cmd.AddCommand(build)
	return cmd
}
