package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/schema"
)

func newValidateCommand() *cobra.Command {
	var maxBytes int64
	cmd := &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check system descriptions against the description schema",
		Long: `Validate checks each file (YAML or JSON; "-" reads standard input) against
the system description schema and prints every problem at once on standard
error, one per line, as FILE:LINE:COLUMN: message.

Exit codes: 0 all files valid; 2 a file is invalid or unreadable.`,
		Example: "  dria validate examples/systems/welfare-risk-scoring.yaml\n  dria validate examples/systems/",
		Args:    minArgs(1, "at least one file or directory"),
		RunE: func(cmd *cobra.Command, args []string) error {
			files, err := expandArgs(args)
			if err != nil {
				return err
			}
			failed := false
			for _, f := range files {
				in, err := readInput(f, cmd.InOrStdin(), maxBytes)
				if err == nil {
					var docs []*schema.Document
					docs, err = schema.LoadDescriptions(in.Path, in.Data, schema.WithMaxBytes(maxBytesOrDefault(maxBytes)))
					if err == nil {
						fmt.Fprintf(cmd.OutOrStdout(), "%s: valid (%s)\n", in.Path, plural(len(docs), "system"))
						continue
					}
				}
				var ve *schema.ValidationError
				if !errors.As(err, &ve) {
					return err
				}
				fmt.Fprintln(cmd.ErrOrStderr(), ve.Error())
				failed = true
			}
			if failed {
				return &exitError{code: exitInput}
			}
			return nil
		},
	}
	cmd.Flags().Int64Var(&maxBytes, "max-bytes", 0, "largest accepted file in bytes (default 10 MiB)")
	return cmd
}

func maxBytesOrDefault(n int64) int64 {
	if n <= 0 {
		return 10 << 20
	}
	return n
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
