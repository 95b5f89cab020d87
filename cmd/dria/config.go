package main

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// defaultConfigFile is read from the working directory when --config is
// not given.
const defaultConfigFile = ".dria.yaml"

// maxConfigBytes caps the size of a configuration or waivers file.
const maxConfigBytes = 1 << 20

// fileConfig is the content of .dria.yaml; see `dria schema config`.
type fileConfig struct {
	Rules   []string `json:"rules"`
	Disable []string `json:"disable"`
	Waivers string   `json:"waivers"`
	FailOn  string   `json:"failOn"`
	Format  string   `json:"format"`
	Timeout string   `json:"timeout"`

	// path is the file the configuration came from ("" for none) and
	// timeout the parsed Timeout.
	path    string
	timeout time.Duration
}

// loadConfig reads the configuration named by --config, or .dria.yaml in
// the working directory when it exists. Relative paths in it are made
// relative to the file's directory. No file gives an empty configuration.
// Every problem in the file is located as FILE:LINE:COL.
func loadConfig(path string) (fileConfig, error) {
	explicit := path != ""
	if !explicit {
		path = defaultConfigFile
	}
	data, err := fileio.Read(path, maxConfigBytes)
	if err != nil {
		if !explicit && errors.Is(err, fs.ErrNotExist) {
			return fileConfig{}, nil
		}
		if explicit {
			return fileConfig{}, usageError("--config %w", err)
		}
		return fileConfig{}, usageError("%w", err)
	}
	docs, err := schema.Load(schema.Config, path, data)
	if err != nil {
		return fileConfig{}, err
	}
	switch {
	case len(docs) == 0:
		return fileConfig{}, configProblem(path, source.Pos{Line: 1, Column: 1}, "", "the configuration file holds no document")
	case len(docs) > 1:
		return fileConfig{}, configProblem(path, docs[1].Root.Pos, "", fmt.Sprintf("a configuration file holds one document, found %d; remove the extra ones from here on", len(docs)))
	}
	cfg := fileConfig{path: path}
	if err := docs[0].Root.Decode(&cfg); err != nil {
		return fileConfig{}, fmt.Errorf("%s: %w", path, err)
	}
	if cfg.Timeout != "" {
		d, err := time.ParseDuration(cfg.Timeout)
		if err != nil || d <= 0 {
			return fileConfig{}, configProblem(path, docs[0].Root.Get("timeout").Pos, "/timeout", fmt.Sprintf("timeout %q must be a duration above zero, such as 5s", cfg.Timeout))
		}
		cfg.timeout = d
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

// configProblem is one located problem of a configuration file.
func configProblem(file string, pos source.Pos, pointer, msg string) error {
	return &schema.ValidationError{Problems: []schema.Problem{{File: file, Line: pos.Line, Column: pos.Column, Pointer: pointer, Message: msg}}}
}

// applyConfig fills the assess flags the user did not set from the
// configuration file; flags always win.
func applyConfig(cmd *cobra.Command, fl *assessFlags, cfg fileConfig) {
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
	if !changed("timeout") && cfg.timeout > 0 {
		fl.timeout = cfg.timeout
	}
}
