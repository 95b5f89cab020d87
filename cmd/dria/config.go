package main

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/rules"
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

	// path is the file the configuration came from ("" for none); timeout
	// and failOn are Timeout and FailOn parsed.
	path    string
	timeout time.Duration
	failOn  rules.Severity
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
	root, err := configDocument(path, data)
	if err != nil {
		return fileConfig{}, err
	}
	cfg := fileConfig{path: path}
	if err := root.Decode(&cfg); err != nil {
		return fileConfig{}, fmt.Errorf("%s: %w", path, err)
	}
	if err := cfg.parse(root); err != nil {
		return fileConfig{}, err
	}
	cfg.relativeToFile()
	return cfg, nil
}

// configDocument checks the file against the configuration schema and
// returns its one document.
func configDocument(path string, data []byte) (*source.Node, error) {
	docs, err := schema.Load(schema.Config, path, data)
	if err != nil {
		return nil, err
	}
	switch {
	case len(docs) == 0:
		return nil, configProblem(path, source.Pos{Line: 1, Column: 1}, "", "the configuration file holds no document")
	case len(docs) > 1:
		return nil, configProblem(path, docs[1].Root.Pos, "", fmt.Sprintf("a configuration file holds one document, found %d; remove the extra ones from here on", len(docs)))
	}
	return docs[0].Root, nil
}

// parse reads the settings that have a type of their own, the same way
// as their flags do, locating a bad value in the file.
func (c *fileConfig) parse(root *source.Node) error {
	if c.Timeout != "" {
		d, err := time.ParseDuration(c.Timeout)
		if err != nil || d <= 0 {
			return configProblem(c.path, root.Get("timeout").Pos, "/timeout", fmt.Sprintf("timeout %q must be a duration above zero, such as 5s", c.Timeout))
		}
		c.timeout = d
	}
	if c.FailOn != "" {
		if err := c.failOn.Set(c.FailOn); err != nil {
			return configProblem(c.path, root.Get("failOn").Pos, "/failOn", "failOn "+err.Error())
		}
	}
	return nil
}

// relativeToFile makes the relative paths of the configuration relative
// to the directory of its file.
func (c *fileConfig) relativeToFile() {
	dir := filepath.Dir(c.path)
	rel := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	for i := range c.Rules {
		c.Rules[i] = rel(c.Rules[i])
	}
	c.Waivers = rel(c.Waivers)
}

// configProblem is one located problem of a configuration file.
func configProblem(file string, pos source.Pos, pointer, msg string) error {
	return &schema.ValidationError{Problems: []schema.Problem{{File: file, Line: pos.Line, Column: pos.Column, Pointer: pointer, Message: msg}}}
}

// applyConfig fills the settings of dria assess the user did not give as
// flags from the configuration file; flags always win. (The rule flags
// merge themselves: ruleFlags.load.)
func applyConfig(cmd *cobra.Command, fl *assessFlags, cfg fileConfig) {
	changed := cmd.Flags().Changed
	if !changed("waivers") {
		fl.waivers = cfg.Waivers
	}
	if !changed("fail-on") {
		fl.failOn = cfg.failOn
	}
	if !changed("format") && cfg.Format != "" {
		fl.format = cfg.Format
	}
	if !changed("timeout") && cfg.timeout > 0 {
		fl.timeout = cfg.timeout
	}
}
