package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/schema"
)

func newSchemaCommand() *cobra.Command {
	return &cobra.Command{
		Use:       "schema [description|waivers|rules|report|config|pack]",
		Short:     "Print one of dria's JSON Schemas",
		Long:      "Schema prints the JSON Schema (draft 2020-12) of system descriptions (the default), waivers files, rule metadata, the JSON report, the .dria.yaml configuration or a rule pack manifest (pack.yaml).",
		Example:   "  dria schema description > description.schema.json",
		Args:      maxArgs(1),
		ValidArgs: schema.Names(),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := schema.Description
			if len(args) == 1 {
				name = args[0]
			}
			text, err := schema.JSON(name)
			if err != nil {
				return usageError("%v", err)
			}
			out := string(text)
			if !strings.HasSuffix(out, "\n") {
				out += "\n"
			}
			_, err = cmd.OutOrStdout().Write([]byte(out))
			return err
		},
	}
}
