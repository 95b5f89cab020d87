package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/schema"
)

// draftFlag is --draft: which JSON Schema draft to print.
type draftFlag string

const (
	draft202012 draftFlag = "2020-12"
	draft07     draftFlag = "7"
)

func (d *draftFlag) String() string { return string(*d) }
func (d *draftFlag) Type() string   { return "DRAFT" }

// Set accepts 2020-12 and 7 (also written 07 or draft-07).
func (d *draftFlag) Set(v string) error {
	switch strings.TrimPrefix(strings.ToLower(v), "draft-") {
	case "2020-12":
		*d = draft202012
	case "7", "07":
		*d = draft07
	default:
		return fmt.Errorf("%q is not 2020-12 or 7", v)
	}
	return nil
}

func newSchemaCommand() *cobra.Command {
	var rf ruleFlags
	draft := draft202012
	cmd := &cobra.Command{
		Use:   "schema [description|waivers|rules|report|config|pack]",
		Short: "Print one of dria's JSON Schemas",
		Long: `Schema prints the JSON Schema (draft 2020-12) of system descriptions (the
default), waivers files, rule metadata, the JSON report, the .dria.yaml
configuration or a rule pack manifest (pack.yaml).

With rule packs (--rules, or rules: in .dria.yaml), the description schema
is the one descriptions are validated against when the packs are loaded:
the built-in schema with the facts each pack asks for (the extensionSchema
of its pack.yaml) under spec.extensions.<namespace>, with their help text.

--draft 7 prints the draft-07 rendering instead (the files
schema/NAME.draft-07.schema.json), for editors and validators without draft
2020-12, such as yaml-language-server. It keeps every constraint; it is
made of the built-in schemas only, so it takes no rule packs.`,
		Example: `  dria schema description > description.schema.json
  dria schema description --rules examples/rulepack
  dria schema description --draft 7 > description.draft-07.schema.json`,
		Args:      maxArgs(1),
		ValidArgs: schema.Names(),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := schema.Description
			if len(args) == 1 {
				name = args[0]
			}
			text, err := schemaText(cmd, &rf, name, draft)
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
	cmd.Flags().Var(&draft, "draft", "JSON Schema draft: 2020-12, or 7 for the draft-07 rendering")
	completeChoices(cmd, "draft", string(draft202012), string(draft07))
	return cmd
}

// schemaText is the text of the named schema: for descriptions, with the
// extensions of the packs the flags or the configuration name; in draft
// 7, the rendering of the built-in schema.
func schemaText(cmd *cobra.Command, rf *ruleFlags, name string, draft draftFlag) ([]byte, error) {
	if draft == draft07 {
		return draft7Text(rf, name)
	}
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

// draft7Text is the draft-07 rendering of the named schema. It exists for
// the built-in schemas only: packs named by --rules or the configuration
// are a usage error, rather than a schema silently without their facts.
func draft7Text(rf *ruleFlags, name string) ([]byte, error) {
	if rf.flags.Changed("rules") {
		return nil, usageError("--draft 7 takes no --rules: the draft-07 rendering is of the built-in schemas only; print the schema with the packs' extensions without --draft")
	}
	if _, err := schema.JSON(name); err != nil {
		return nil, usageError("%v", err)
	}
	if name == schema.Description {
		if _, err := rf.load(); err != nil {
			return nil, err
		}
		if len(rf.packs) > 0 {
			return nil, usageError("--draft 7 takes no rule packs, and the configuration file names %d (rules:); the draft-07 rendering is of the built-in schema only: use --config with another file, or print the schema with the packs' extensions without --draft", len(rf.packs))
		}
	}
	return schema.Draft7(name)
}
