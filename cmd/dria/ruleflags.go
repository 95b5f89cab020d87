package main

import (
	"context"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

// ruleFlags are the flags of every command that loads rules (assess, rules
// list, rules doc, rules test and bundle build; validate and schema take
// only the packs), with the same names, help and meaning everywhere:
// --rules adds a rule pack, --disable turns a rule off, and --config names
// the settings file whose rules and disable lists apply when the flags are
// not given (flags win).
type ruleFlags struct {
	packs   []string
	disable []string
	config  string
	flags   *pflag.FlagSet
	// packArgs says that the command's arguments are rule packs too
	// (rules test), for completing --disable.
	packArgs bool
}

// register adds --rules, --disable and --config to the command, with
// completion of --disable by the loaded rules' ids.
func (rf *ruleFlags) register(cmd *cobra.Command) {
	rf.registerPacks(cmd)
	rf.flags.StringArrayVar(&rf.disable, "disable", nil, "turn off the rule with this id (repeatable; default: disable in the config file)")
	_ = cmd.RegisterFlagCompletionFunc("disable", rf.completeRuleIDs)
}

// registerPacks adds only --rules and --config, for the commands that
// need the packs but run no rule (validate and schema, for the facts the
// packs ask for under spec.extensions).
func (rf *ruleFlags) registerPacks(cmd *cobra.Command) {
	f := cmd.Flags()
	rf.flags = f
	f.StringArrayVar(&rf.packs, "rules", nil, "add the rule pack in this directory or .tar.gz bundle (repeatable; default: rules in the config file)")
	f.StringVar(&rf.config, "config", "", "read settings from this file instead of .dria.yaml in the working directory")
}

// load reads the configuration file, takes its rules and disable lists
// for the flags that were not given, and checks the packs, all before any
// rule loads; the command's other settings are in the configuration
// returned.
func (rf *ruleFlags) load() (fileConfig, error) {
	cfg, err := loadConfig(rf.config)
	if err != nil {
		return fileConfig{}, err
	}
	rf.merge(cfg)
	return cfg, checkRuleDirs(rf.packs)
}

// merge fills the rule flags the user did not give from cfg. Packs given
// otherwise (the arguments of rules test) count as given.
func (rf *ruleFlags) merge(cfg fileConfig) {
	if !rf.flags.Changed("rules") && len(rf.packs) == 0 {
		rf.packs = cfg.Rules
	}
	if !rf.flags.Changed("disable") {
		rf.disable = cfg.Disable
	}
}

// set loads the built-in rules with the packs and without the disabled
// rules, and any further options.
func (rf *ruleFlags) set(ctx context.Context, opts ...rules.Option) (*rules.Set, error) {
	return rules.Load(ctx, append(opts, rf.ruleOptions()...)...)
}

// ruleOptions are the packs and disabled rules as options of rules.Load.
func (rf *ruleFlags) ruleOptions() []rules.Option {
	opts := rf.packOptions()
	if len(rf.disable) > 0 {
		opts = append(opts, rules.WithDisabled(rf.disable...))
	}
	return opts
}

// packOptions are the packs alone as options of rules.Load.
func (rf *ruleFlags) packOptions() []rules.Option {
	opts := make([]rules.Option, 0, len(rf.packs)+1)
	for _, p := range rf.packs {
		opts = append(opts, rules.WithPath(p))
	}
	return opts
}

// descriptionValidator is the validator of descriptions for the packs:
// nil (the built-in schema) without any, else that of the rule set the
// packs load into, with the extensions they declare. Disabled rules change
// nothing in it and are not applied.
func (rf *ruleFlags) descriptionValidator(ctx context.Context) (*schema.Validator, error) {
	if len(rf.packs) == 0 {
		return nil, nil
	}
	set, err := rules.Load(ctx, rf.packOptions()...)
	if err != nil {
		return nil, err
	}
	return set.DescriptionValidator()
}

// assessOptions are the packs and disabled rules as options of assess.New.
func (rf *ruleFlags) assessOptions() []assess.Option {
	opts := make([]assess.Option, 0, len(rf.packs)+1)
	for _, p := range rf.packs {
		opts = append(opts, assess.WithRules(p))
	}
	if len(rf.disable) > 0 {
		opts = append(opts, assess.WithDisabled(rf.disable...))
	}
	return opts
}

// inputs are the files the rules come from (the configuration and the
// packs), which no output may overwrite.
func (rf *ruleFlags) inputs(cfg fileConfig) []string {
	return append([]string{cfg.path}, rf.packs...)
}

// checkRuleDirs refuses --rules arguments that are neither directories
// nor .tar.gz bundles, as usage errors.
func checkRuleDirs(paths []string) error {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return usageError("--rules %s: %s", safetext.Inline(p), fileio.Describe(err))
		}
		if !info.IsDir() && !info.Mode().IsRegular() {
			return usageError("--rules %s: is %s, not a directory or a .tar.gz bundle", safetext.Inline(p), fileio.Kind(info.Mode()))
		}
		if !info.IsDir() && !strings.HasSuffix(p, ".tar.gz") && !strings.HasSuffix(p, ".tgz") {
			return usageError("--rules %s: not a directory or a .tar.gz bundle", safetext.Inline(p))
		}
	}
	return nil
}
