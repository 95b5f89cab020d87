package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/report"
	"github.com/dria-project/dria/rules"
)

// Shell completion (dria completion bash|zsh|fish|powershell, cobra's)
// offers the values of the flags that take one of a known set: the report
// formats, the severities and the ids of the loaded rules.

// registerAssessCompletions completes dria assess's --format (the
// library's report formats) and --fail-on (the severities).
// (--disable is completed by ruleFlags.register.)
func registerAssessCompletions(cmd *cobra.Command) {
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(report.Formats(), cobra.ShellCompDirectiveNoFileComp))
	completeSeverity(cmd, "fail-on")
	_ = cmd.RegisterFlagCompletionFunc("detail", cobra.FixedCompletions(detailNames(), cobra.ShellCompDirectiveNoFileComp))
}

// completeSeverity completes a flag whose value is a severity, least
// severe first, as --help lists them.
func completeSeverity(cmd *cobra.Command, flag string) {
	levels := rules.Severities()
	names := make([]string, len(levels))
	for i, s := range levels {
		names[i] = string(s)
	}
	_ = cmd.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(names, cobra.ShellCompDirectiveNoFileComp))
}

// completeChoices completes a flag whose value is one of a few words.
func completeChoices(cmd *cobra.Command, flag string, choices ...string) {
	_ = cmd.RegisterFlagCompletionFunc(flag, cobra.FixedCompletions(choices, cobra.ShellCompDirectiveNoFileComp))
}

// completeRuleIDs completes --disable with the ids of the rules that the
// command line would load (the built-ins, the packs of --rules or the
// configuration file, and for rules test its arguments), each with its
// title, leaving out the ids already disabled on the line. A pack that
// does not load leaves the built-in ids. Loading takes a few tenths of a
// second.
func (rf *ruleFlags) completeRuleIDs(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	cfg, err := loadConfig(rf.config)
	if err != nil {
		cfg = fileConfig{}
	}
	packs := rf.packs
	if !rf.flags.Changed("rules") {
		packs = cfg.Rules
	}
	if rf.packArgs {
		packs = append(append([]string(nil), args...), packs...)
	}
	opts := make([]rules.Option, 0, len(packs))
	for _, p := range unique(packs) { // cobra parses the flags of a completion twice
		opts = append(opts, rules.WithPath(p))
	}
	ctx := cmd.Context()
	if ctx == nil {
		ctx = context.Background()
	}
	set, err := rules.Load(ctx, opts...)
	if err != nil {
		if set, err = rules.Load(ctx); err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
	}
	given := map[string]bool{}
	if rf.flags.Changed("disable") {
		for _, id := range rf.disable {
			given[id] = true
		}
	}
	var out []cobra.Completion
	for _, r := range set.Rules() {
		if given[r.ID] || !strings.HasPrefix(r.ID, toComplete) {
			continue
		}
		out = append(out, cobra.CompletionWithDesc(safetext.Inline(r.ID), safetext.Inline(r.Title)))
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// unique drops the repeats of a list, keeping the first of each.
func unique(list []string) []string {
	seen := make(map[string]bool, len(list))
	out := make([]string, 0, len(list))
	for _, s := range list {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
