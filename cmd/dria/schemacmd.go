package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/schema"
)

func newSchemaCommand() *cobra.Command {
	var rf ruleFlags
	cmd := &cobra.Command{
		Use:   "schema [description|waivers|rules|report|config|pack]",
		Short: "Print one of dria's JSON Schemas",
		Long: `Schema prints the JSON Schema (draft 2020-12) of system descriptions (the
default), waivers files, rule metadata, the JSON report, the .dria.yaml
configuration or a rule pack manifest (pack.yaml).

With rule packs (--rules, or rules: in .dria.yaml), the description schema
is the one descriptions are validated against when the packs are loaded:
the built-in schema with the facts each pack asks for (the extensionSchema
of its pack.yaml) under spec.extensions.<namespace>, with their help text.`,
		Example: `  dria schema description > description.schema.json
  dria schema description --rules examples/rulepack`,
		Args:      maxArgs(1),
		ValidArgs: schema.Names(),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := schema.Description
			if len(args) == 1 {
				name = args[0]
			}
			text, err := schemaText(cmd, &rf, name)
			if err != nil {
				return err
			}
			out := string(text)
			if !strings.HasSuffix(out, "\n") {
				out += "\n"
			}
			_, err = cmd.OutOrStdout().Write([]byte(out))
			return err
		},
	}
	rf.registerPacks(cmd)
	return cmd
}

// schemaText is the text of the named schema: for descriptions, with the
// extensions of the packs the flags or the configuration name.
func schemaText(cmd *cobra.Command, rf *ruleFlags, name string) ([]byte, error) {
	text, err := schema.JSON(name)
	if err != nil {
		return nil, usageError("%v", err)
	}
	if name != schema.Description {
		if rf.flags.Changed("rules") {
			return nil, usageError("--rules changes only the description schema, not the %s schema", name)
		}
		return text, nil
	}
	if _, err := rf.load(); err != nil || len(rf.packs) == 0 {
		return text, err
	}
	set, err := rf.set(cmd.Context())
	if err != nil {
		return nil, err
	}
	return set.DescriptionSchema(), nil
}
