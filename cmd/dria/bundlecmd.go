package main

import (
	"io"
	"time"

	"github.com/spf13/cobra"
)

func newBundleCommand() *cobra.Command {
	cmd := groupCommand("bundle", "Build an OPA bundle of the dria policy")
	var output string
	var rf ruleFlags
	build := &cobra.Command{
		Use:   "build -o FILE.tar.gz",
		Short: "Write the rules, engine and schemas as a standard OPA bundle",
		Long: `Build writes the built-in rules (plus any --rules packs, minus --disable, or
else the configuration file's), the engine and the JSON Schemas as a
standard OPA bundle. Any OPA serves it: its entry point data.dria.main
(HTTP: POST /v1/data/dria/main with the system description as "input")
returns the same findings and summary as dria assess, without source
locations. The manifest's revision is the rule set digest;
SOURCE_DATE_EPOCH sets the archive's timestamps.

` + outputHelp,
		Example: "  dria bundle build -o dria.tar.gz\n  opa run --server --bundle dria.tar.gz",
		Args:    maxArgs(0),
		RunE:    func(cmd *cobra.Command, _ []string) error { return buildBundle(cmd, &rf, output) },
	}
	build.Flags().StringVarP(&output, "output", "o", "", "bundle file to write")
	rf.register(build)
	cmd.AddCommand(build)
	return cmd
}

// buildBundle writes the bundle of the rules the flags name to output,
// dated by SOURCE_DATE_EPOCH (or 1970 when it is not set).
func buildBundle(cmd *cobra.Command, rf *ruleFlags, output string) error {
	if output == "" {
		return usageError("dria bundle build needs -o FILE.tar.gz")
	}
	cfg, err := rf.load()
	if err != nil {
		return err
	}
	inputs := rf.inputs(cfg)
	if err := checkOutput("-o", output, inputs); err != nil {
		return err
	}
	stamp := time.Unix(0, 0)
	if clock, err := clockFromEnv(); err != nil {
		return err
	} else if envSet() {
		stamp = clock()
	}
	set, err := rf.set(cmd.Context())
	if err != nil {
		return err
	}
	return writeReport(cmd.OutOrStdout(), "-o", output, inputs, func(w io.Writer) error { return set.WriteBundle(w, stamp) })
}
