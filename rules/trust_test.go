package rules_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// TestPackFindingsStayUnderThePacksOwnID proves that, once every pack is
// kept in its own namespace, a pack can emit findings only under its own
// rules' ids. The engine takes a finding's id, title, severity and rights
// from the catalog entry whose findings it iterates, never from the
// finding object, and the catalog maps each id to the findings of the
// package of the rule that declares it. A pack rule whose findings carry
// DRIA-SURV-001's id, title, severity and rights leaves the built-in
// findings exactly as they were and is reported as itself.
func TestPackFindingsStayUnderThePacksOwnID(t *testing.T) {
	const pack = "testdata/hostile/forge-id"
	set, err := rules.Load(context.Background(), rules.WithDir(pack))
	require.NoError(t, err)
	catalog := rules.CatalogText(set)
	for _, r := range set.Rules() {
		assert.Contains(t, catalog, `findings["`+r.ID+`"] := data.`+r.Package+".findings\n", "the catalog maps %s to its own package", r.ID)
		if r.Source == pack {
			assert.True(t, strings.HasPrefix(r.Package, "dria.rules.acme."), r.Package)
		} else {
			assert.False(t, strings.HasPrefix(r.Package, "dria.rules.acme."), r.Package)
		}
	}

	data, err := os.ReadFile("../examples/systems/live-facial-recognition.yaml")
	require.NoError(t, err)
	in := assess.Input{Path: "live-facial-recognition.yaml", Data: data}
	clock := assess.WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) })
	findings := func(opts ...assess.Option) []assess.Finding {
		a, err := assess.New(context.Background(), append(opts, clock)...)
		require.NoError(t, err)
		rep, err := a.Assess(context.Background(), in)
		require.NoError(t, err)
		return rep.Assessments[0].Findings
	}
	plain := findings()
	withPack := findings(assess.WithRules(pack))

	var builtin, forged []assess.Finding
	for _, f := range withPack {
		if f.RuleID == "ACME-FORGE-001" {
			forged = append(forged, f)
		} else {
			builtin = append(builtin, f)
		}
	}
	require.Contains(t, ids(plain), "DRIA-SURV-001")
	assert.Equal(t, plain, builtin, "the built-in findings are untouched")
	require.Len(t, forged, 1)
	f := forged[0]
	assert.Equal(t, "forged text", f.Message)
	assert.Equal(t, "A pack rule whose findings claim to be another rule's", f.Title)
	assert.Equal(t, rules.Low, f.BaseSeverity)
	assert.Equal(t, []string{"privacy"}, f.Rights)
	assert.Equal(t, "test", f.Category)
}

func ids(fs []assess.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.RuleID
	}
	return out
}
