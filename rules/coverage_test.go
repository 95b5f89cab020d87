package rules

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema"
)

func builtinSet(t *testing.T) *Set {
	t.Helper()
	set, err := Load(context.Background())
	require.NoError(t, err)
	return set
}

func TestEveryRightHasThreeRules(t *testing.T) {
	count := map[string]int{}
	for _, r := range builtinSet(t).Rules() {
		for _, right := range r.Rights {
			count[right]++
		}
	}
	for _, right := range Rights() {
		assert.GreaterOrEqual(t, count[right], 3, "right %s is protected by %d rules", right, count[right])
	}
}

func TestEveryFrameworkIsCited(t *testing.T) {
	cited := map[string]bool{}
	for _, r := range builtinSet(t).Rules() {
		for _, ref := range r.References {
			cited[ref.Framework] = true
		}
	}
	for _, f := range strings.Fields("UNGP UDHR ICCPR ICESCR ECHR CRC CRPD EU-CFR OECD-DD WARSAW GDPR EU-AIA EU-DSA EU-TTPA COE-AI COE-HUDERIA CA-DADM CPH-PLEDGE") {
		assert.True(t, cited[f], "framework %s is cited by no rule", f)
	}
}

// TestEverySectionIsReadByTwoRules walks each rule's Rego for references
// to input.spec.<section>. spec.extensions is left out (its fields are
// those of the loaded rule packs, see rules/extension.go), and so is
// spec.provenance (where an imported description's facts came from).
func TestEverySectionIsReadByTwoRules(t *testing.T) {
	set := builtinSet(t)
	text, err := schema.JSON(schema.Description)
	require.NoError(t, err)
	var desc struct {
		Properties struct {
			Spec struct {
				Properties map[string]any `json:"properties"`
			} `json:"spec"`
		} `json:"properties"`
	}
	require.NoError(t, json.Unmarshal(text, &desc))
	readers := map[string]map[string]bool{}
	for _, r := range set.Rules() {
		m := set.modules[r.File]
		ast.WalkRefs(m, func(ref ast.Ref) bool {
			if len(ref) >= 3 && ref[0].Equal(ast.InputRootDocument) && ref[1].Value.Compare(ast.String("spec")) == 0 {
				if s, ok := ref[2].Value.(ast.String); ok {
					if readers[string(s)] == nil {
						readers[string(s)] = map[string]bool{}
					}
					readers[string(s)][r.ID] = true
				}
			}
			return false
		})
	}
	for section := range desc.Properties.Spec.Properties {
		switch section {
		case "extensions":
			continue // the facts rule packs ask for: read by packs, never by built-in rules
		case "provenance":
			continue // where imported facts came from: for readers, not a fact about the system
		}
		assert.GreaterOrEqual(t, len(readers[section]), 2, "spec.%s is read by %d rules", section, len(readers[section]))
	}
}

func TestEnoughRulesInFamilies(t *testing.T) {
	rs := builtinSet(t).Rules()
	assert.GreaterOrEqual(t, len(rs), 70)
	families := map[string]bool{}
	for _, r := range rs {
		families[r.Family()] = true
	}
	for _, f := range []string{"privacy", "decisions", "fairness", "transparency", "accountability", "remedy", "expression", "elections", "surveillance", "security", "accessibility", "identity", "children", "procurement", "aiact", "gaps"} {
		assert.True(t, families[f], "no rules in family %s", f)
	}
}
