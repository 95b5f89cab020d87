package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/schema"
)

// defaultConfigFile is read from the working directory when --config is
// not given.
const defaultConfigFile = ".dria.yaml"

// fileConfig is the content of .dria.yaml; see `dria schema config`.
type fileConfig struct {
	Rules   []string `json:"rules"`
	Disable []string `json:"disable"`
	Waivers string   `json:"waivers"`
	FailOn  string   `json:"failOn"`
	Format  string   `json:"format"`
	Timeout string   `json:"timeout"`
}

// loadConfig reads the configuration named by --config, or .dria.yaml in
// the working directory when it exists. Relative paths in it are made
// relative to the file's directory. No file gives an empty configuration.
func loadConfig(path string) (fileConfig, error) {
	explicit := path != ""
	if !explicit {
		path = defaultConfigFile
	}
	data, err := os.ReadFile(path)
	if err != nil {
		if !explicit && errors.Is(err, fs.ErrNotExist) {
			return fileConfig{}, nil
		}
		return fileConfig{}, usageError("--config %s: %s", path, describeFSError(err))
	}
	docs, err := schema.Load(schema.Config, path, data)
	if err != nil {
		return fileConfig{}, err
	}
	if len(docs) != 1 {
		return fileConfig{}, usageError("%s: a configuration file holds one document, found %d", path, len(docs))
	}
	var cfg fileConfig
	if err := docs[0].Root.Decode(&cfg); err != nil {
		return fileConfig{}, fmt.Errorf("%s: %w", path, err)
	}
	dir := filepath.Dir(path)
	rel := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	for i := range cfg.Rules {
		cfg.Rules[i] = rel(cfg.Rules[i])
	}
	cfg.Waivers = rel(cfg.Waivers)
	return cfg, nil
}

// applyConfig fills the assess flags the user did not set from the
// configuration file; flags always win.
func applyConfig(cmd *cobra.Command, fl *assessFlags, cfg fileConfig) error {
	changed := cmd.Flags().Changed
	if !changed("rules") {
		fl.rules = cfg.Rules
	}
	if !changed("disable") {
		fl.disable = cfg.Disable
	}
	if !changed("waivers") {
		fl.waivers = cfg.Waivers
	}
	if !changed("fail-on") {
		fl.failOn = cfg.FailOn
	}
	if !changed("format") && cfg.Format != "" {
		fl.format = cfg.Format
	}
	if !changed("timeout") && cfg.Timeout != "" {
		d, err := time.ParseDuration(cfg.Timeout)
		if err != nil || d <= 0 {
			return usageError("configuration: timeout %q is not a positive duration", cfg.Timeout)
		}
		fl.timeout = d
	}
	return nil
}
