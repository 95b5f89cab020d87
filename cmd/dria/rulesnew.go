package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
)

var regoIdent = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

func newRulesNewCommand() *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "new NAMESPACE/NAME",
		Short: "Scaffold a rule and its test in a rule pack",
		Long: `New writes DIR/NAMESPACE/NAME.rego (package dria.rules.NAMESPACE.NAME) with
its metadata and a working example check, and NAME_test.rego with a case that
fires and one that does not, so that 'dria rules test DIR' passes at once.
Edit the metadata, the check and the tests to make the rule yours. A pack
without a README.md gets one saying how to test it, with dria and with stock
opa test. Existing files are never overwritten; new ones get the umask's
permissions.`,
		Example: "  dria rules new kenya/dpia_required --dir ./kenya-pack\n  dria rules test ./kenya-pack",
		Args:    minArgs(1, "NAMESPACE/NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageError("dria rules new takes one NAMESPACE/NAME")
			}
			return scaffoldRule(cmd.OutOrStdout(), args[0], dir)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", ".", "rule pack directory to write into")
	return cmd
}

// scaffoldRule writes the rule NAMESPACE/NAME that spec names, and its
// test, into the pack at dir; it overwrites nothing, and checks both files
// before it writes either.
func scaffoldRule(stdout io.Writer, spec, dir string) error {
	ns, name, ok := strings.Cut(spec, "/")
	if !ok || !regoIdent.MatchString(ns) || !regoIdent.MatchString(name) {
		return usageError("%q is not NAMESPACE/NAME with lower-case letters, digits and underscores, such as kenya/dpia_required", spec)
	}
	rulePath := filepath.Join(dir, ns, name+".rego")
	testPath := filepath.Join(dir, ns, name+"_test.rego")
	if err := os.MkdirAll(filepath.Join(dir, ns), 0o777); err != nil {
		return usageError("--dir %s: %s", safetext.Inline(dir), fileio.Describe(err))
	}
	files := []struct{ path, text string }{{rulePath, ruleTemplate}, {testPath, testTemplate}}
	// A pack's README is written once, with its first rule.
	readme := filepath.Join(dir, "README.md")
	if _, err := os.Lstat(readme); errors.Is(err, fs.ErrNotExist) {
		files = append(files, struct{ path, text string }{readme, readmeTemplate})
	}
	// Every file is checked before any is written, so a refusal leaves
	// nothing half scaffolded.
	for _, f := range files {
		if err := fileio.CheckWrite(f.path, fileio.NoOverwrite()); err != nil {
			return outputError("", err)
		}
	}
	id := strings.ToUpper(ns + "-" + strings.ReplaceAll(name, "_", "-"))
	title := strings.ToUpper(name[:1]) + strings.ReplaceAll(name[1:], "_", " ")
	repl := strings.NewReplacer("{{NS}}", ns, "{{NAME}}", name, "{{ID}}", id, "{{TITLE}}", title)
	for _, f := range files {
		write := func(w io.Writer) error { _, err := io.WriteString(w, repl.Replace(f.text)); return err }
		if err := fileio.Write(f.path, write, fileio.NoOverwrite()); err != nil {
			return outputError("", err)
		}
	}
	fmt.Fprintf(stdout, "wrote %s and %s (rule id %s)\n", safetext.Inline(rulePath), safetext.Inline(testPath), id)
	if len(files) > 2 {
		fmt.Fprintf(stdout, "wrote %s: how to test the pack, with dria and with stock opa test\n", safetext.Inline(readme))
	}
	fmt.Fprintf(stdout, "next: edit them, then run dria rules test %s\n", safetext.Inline(dir))
	return nil
}

// readmeTemplate is the README.md of a new pack: how to test it with dria
// and with stock OPA, which needs dria's library (data.dria.lib) from the
// bundle.
const readmeTemplate = `# A dria rule pack

Rules under package dria.rules.{{NS}}, one per file, each with its tests
beside it (*_test.rego). Add a rule with

    dria rules new {{NS}}/another_rule --dir .

## Testing

With dria: the pack's tests, whether each rule has a firing test, and the
lines no test ran (exit 1 below 80% coverage):

    dria rules test .

With stock OPA (opa test, or an editor running it): the rules import dria's
library, data.dria.lib, which is in dria's bundle. Build the bundle without
this pack (no --rules, and no .dria.yaml naming it) and give it to opa test
with the pack:

    dria bundle build -o dria.tar.gz
    opa test dria.tar.gz .

## Using it

    dria assess --rules . system.yaml
`

const ruleTemplate = `# METADATA
# title: {{TITLE}}
# description: >-
#   Say what this rule checks and which harm to people it prevents, in plain
#   language. This example flags health data processed without a published
#   data-protection impact assessment.
# custom:
#   id: {{ID}}
#   severity: medium
#   likelihood: likely
#   rights: [privacy, health]
#   category: {{NS}}
#   references:
#     - {framework: GDPR, ref: Art 35}
#   remediation: >-
#     Say what to do about a finding, concretely: here, carry out and publish
#     a data-protection impact assessment before processing health data.
package dria.rules.{{NS}}.{{NAME}}

import data.dria.lib

# The rule is relevant only when the system processes personal data.
applies if count(lib.categories) > 0

findings contains {"msg": msg, "paths": paths} if {
	"health" in lib.categories
	not published_dpia
	msg := sprintf("processes %s about %s without a published DPIA", [lib.quote("health"), lib.people_text])
	paths := ["/spec/data/categories", "/spec/accountability/impactAssessments"]
}

published_dpia if {
	some ia in input.spec.accountability.impactAssessments
	ia.type == "dpia"
	ia.published == true
}
`

const testTemplate = `package dria.rules.{{NS}}.{{NAME}}_test

import data.dria.rules.{{NS}}.{{NAME}} as rule

health := {"spec": {"affected": {"people": 5000}, "data": {"categories": ["health"]}}}

test_fires_without_a_published_dpia if {
	some f in rule.findings with input as health
	contains(f.msg, "5,000 people")
	"/spec/data/categories" in f.paths
}

test_quiet_with_a_published_dpia if {
	count(rule.findings) == 0 with input as json.patch(health, [{"op": "add", "path": "/spec/accountability", "value": {"impactAssessments": [{"type": "dpia", "published": true}]}}])
}

test_not_applicable_without_personal_data if {
	not rule.applies with input as {"spec": {"data": {"categories": []}}}
}
`
