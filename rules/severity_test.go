package rules_test

import (
	"context"
	"encoding/json"
	"flag"
	"io"
	"sort"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

// pflagValue is the interface of github.com/spf13/pflag's Value, which
// cobra's flags take.
type pflagValue interface {
	String() string
	Set(string) error
	Type() string
}

var (
	_ flag.Value = new(rules.Severity)
	_ pflagValue = new(rules.Severity)
)

func TestSeveritiesAreOrderedAndFresh(t *testing.T) {
	want := []rules.Severity{rules.Info, rules.Low, rules.Medium, rules.High, rules.Critical}
	got := rules.Severities()
	assert.Equal(t, want, got)
	got[0] = "changed"
	assert.Equal(t, want, rules.Severities(), "changing the returned slice changes nothing else")
	for i, s := range want {
		assert.Equal(t, i, s.Rank(), s)
		assert.True(t, s.Valid(), s)
		assert.True(t, s.AtLeast(s), s)
		assert.Zero(t, s.Compare(s), s)
		if i > 0 {
			assert.Positive(t, s.Compare(want[i-1]), "%s above %s", s, want[i-1])
			assert.Negative(t, want[i-1].Compare(s), "%s below %s", want[i-1], s)
			assert.True(t, s.AtLeast(want[i-1]))
			assert.False(t, want[i-1].AtLeast(s))
		}
	}
}

// A value that is not a severity, such as an absent one, ranks below every
// severity and is at or above nothing.
func TestNotASeverityRanksBelowAll(t *testing.T) {
	for _, s := range []rules.Severity{"", "High", "severe"} {
		assert.Equal(t, -1, s.Rank(), s)
		assert.False(t, s.Valid(), s)
		assert.False(t, s.AtLeast(rules.Info), s)
		assert.Negative(t, s.Compare(rules.Info), s)
	}
}

func TestParseSeverity(t *testing.T) {
	for _, s := range rules.Severities() {
		got, err := rules.ParseSeverity(s.String())
		require.NoError(t, err)
		assert.Equal(t, s, got)
	}
	for in, msg := range map[string]string{
		"":                      `"" is not a severity; use info, low, medium, high or critical`,
		"High":                  `"High" is not a severity; use info, low, medium, high or critical`,
		"high ":                 `"high " is not a severity; use info, low, medium, high or critical`,
		"\x1b[2Jhigh\nlow":      `"\x1b[2Jhigh\nlow" is not a severity; use info, low, medium, high or critical`,
		strings.Repeat("x", 50): `"` + strings.Repeat("x", 40) + `… (10 more characters)" is not a severity; use info, low, medium, high or critical`,
	} {
		_, err := rules.ParseSeverity(in)
		assert.EqualError(t, err, msg, "%q", in)
	}
}

// A *Severity is a flag: it takes a severity and refuses anything else
// with the plain message, keeping its value.
func TestSeverityIsAFlag(t *testing.T) {
	level := rules.High
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(&level, "fail-on", "threshold")
	require.NoError(t, fs.Parse([]string{"-fail-on", "medium"}))
	assert.Equal(t, rules.Medium, level)
	err := fs.Parse([]string{"-fail-on", "severe"})
	assert.EqualError(t, err, `invalid value "severe" for flag -fail-on: "severe" is not a severity; use info, low, medium, high or critical`)
	assert.Equal(t, rules.Medium, level, "a refused value leaves the flag as it was")
	assert.Equal(t, "severity", level.Type())
	assert.Equal(t, "medium", level.String())
}

// The engine orders severities itself (data.dria.engine.severities and
// rank); its order is the one of Severities.
func TestEngineSeverityOrderIsRules(t *testing.T) {
	set, err := rules.Load(context.Background())
	require.NoError(t, err)
	eval := func(query string) any {
		rs, err := rego.New(rego.Compiler(set.Compiler()), rego.Query(query)).Eval(context.Background())
		require.NoError(t, err, query)
		require.Len(t, rs, 1, query)
		return rs[0].Expressions[0].Value
	}
	want := make([]any, 0, 5)
	wantRank := map[string]any{}
	for _, s := range rules.Severities() {
		want = append(want, s.String())
		wantRank[s.String()] = json.Number(string(rune('0' + s.Rank())))
	}
	assert.Equal(t, want, eval("data.dria.engine.severities"))
	assert.Equal(t, wantRank, eval("data.dria.engine.rank"))
}

// Every list of severities in the embedded JSON Schemas (a rule's base
// severity, a pack's override, the report's findings, the configuration's
// failOn) is the one of Severities, in its order.
func TestSchemaSeverityEnumsAreRules(t *testing.T) {
	want := make([]any, 0, 5)
	for _, s := range rules.Severities() {
		want = append(want, s.String())
	}
	found := map[string]bool{}
	for _, name := range schema.Names() {
		text, err := schema.JSON(name)
		require.NoError(t, err)
		var doc any
		require.NoError(t, json.Unmarshal(text, &doc))
		for at, enum := range severityEnums(doc, name) {
			assert.Equal(t, want, enum, at)
			found[at] = true
		}
	}
	var where []string
	for at := range found {
		where = append(where, at)
	}
	sort.Strings(where)
	for _, at := range []string{"config:/properties/failOn", "pack:/$defs/override/properties/severity", "report:/$defs/severity", "rules:/properties/custom/properties/severity"} {
		assert.Contains(t, where, at)
	}
}

// severityEnums finds, by JSON pointer, each enum held by a member whose
// name speaks of severity (severity, previousSeverity, failOn ...) and
// each enum that lists "info", so that a severity list under another name
// is found too (the risk lists, low to critical, are not severities).
func severityEnums(v any, at string) map[string][]any {
	out := map[string][]any{}
	var walk func(v any, ptr, key string)
	walk = func(v any, ptr, key string) {
		switch x := v.(type) {
		case map[string]any:
			if enum, ok := x["enum"].([]any); ok && (isSeverityName(key) || mentionsSeverity(enum)) {
				out[at+":"+ptr] = enum
			}
			for k, sub := range x {
				walk(sub, ptr+"/"+k, k)
			}
		case []any:
			for _, sub := range x {
				walk(sub, ptr+"/[]", key)
			}
		}
	}
	walk(v, "", "")
	return out
}

func isSeverityName(key string) bool {
	k := strings.ToLower(key)
	return strings.Contains(k, "severity") || k == "failon"
}

func mentionsSeverity(enum []any) bool {
	for _, e := range enum {
		if e == "info" {
			return true
		}
	}
	return false
}
