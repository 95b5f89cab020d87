package assess_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

// generator makes random descriptions that are valid against the embedded
// description schema, with values chosen to hit edges: zero and huge
// numbers, dates far in the past and future, empty lists, odd text.
type generator struct {
	r    *rand.Rand
	root map[string]any
}

var oddText = []string{"", "x", "Ünïcödé ✓", "a `quoted` value", "<script>alert(1)</script>", "line\nbreak", "| pipe |", "[x](javascript:alert(1))", "1e309", "null"}
var edgeDates = []string{"1000-01-01", "1970-01-01", "2025-12-31", "2026-01-01", "2262-04-12", "9999-12-31"}
var edgeInts = []float64{0, 1, 999, 9999, 10000, 999999, 1000000, 1e12}

func (g *generator) resolve(s map[string]any) map[string]any {
	for {
		ref, ok := s["$ref"].(string)
		if !ok {
			return s
		}
		s = g.root["$defs"].(map[string]any)[filepath.Base(ref)].(map[string]any)
	}
}

func (g *generator) value(name string, s map[string]any) any {
	s = g.resolve(s)
	if c, ok := s["const"]; ok {
		return c
	}
	if enum, ok := s["enum"].([]any); ok {
		return enum[g.r.Intn(len(enum))]
	}
	switch s["type"] {
	case "object":
		out := map[string]any{}
		props, _ := s["properties"].(map[string]any)
		required := map[string]bool{}
		for _, r := range toList(s["required"]) {
			required[r] = true
		}
		keys := make([]string, 0, len(props))
		for k := range props {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if required[k] || g.r.Float64() < 0.6 {
				out[k] = g.value(k, props[k].(map[string]any))
			}
		}
		return out
	case "array":
		items := s["items"].(map[string]any)
		n := g.r.Intn(4)
		var out []any
		seen := map[string]bool{}
		for i := range n {
			v := g.value(name, items)
			if m, ok := v.(map[string]any); ok {
				switch name {
				case "components":
					m["name"] = fmt.Sprintf("c%d", i)
				case "mitigations":
					m["id"] = fmt.Sprintf("M-%d", i)
				}
			}
			key := fmt.Sprint(v)
			if s["uniqueItems"] == true && seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, v)
		}
		if min, ok := s["minItems"].(float64); ok && len(out) < int(min) {
			out = append(out, g.value(name, items))
		}
		if out == nil {
			out = []any{}
		}
		return out
	case "boolean":
		return g.r.Intn(2) == 0
	case "integer":
		v := edgeInts[g.r.Intn(len(edgeInts))]
		if min, ok := s["minimum"].(float64); ok && v < min {
			v = min
		}
		return v
	case "number":
		return []float64{0, 0.05, 0.5, 1}[g.r.Intn(4)]
	case "string":
		switch s["format"] {
		case "date":
			return edgeDates[g.r.Intn(len(edgeDates))]
		case "country-code":
			return []string{"NL", "KE", "US", "BR", "IN", "DE"}[g.r.Intn(6)]
		case "language-tag":
			return []string{"en", "fr-CA", "sw", "ar"}[g.r.Intn(4)]
		}
		if _, ok := s["pattern"]; ok {
			if name == "addresses" {
				return []string{"privacy", "DRIA-DEC-001", "DRIA-NOPE-999", "remedy"}[g.r.Intn(4)]
			}
			return "generated-system"
		}
		t := oddText[g.r.Intn(len(oddText))]
		if min, ok := s["minLength"].(float64); ok && len([]rune(t)) < int(min) {
			t = "generated text"
		}
		return t
	}
	return nil
}

func toList(v any) []string {
	var out []string
	list, _ := v.([]any)
	for _, x := range list {
		out = append(out, x.(string))
	}
	return out
}

func randomDescriptions(t *testing.T, n int, seed int64) [][]byte {
	text, err := schema.JSON(schema.Description)
	require.NoError(t, err)
	g := &generator{r: rand.New(rand.NewSource(seed))}
	require.NoError(t, json.Unmarshal(text, &g.root))
	var out [][]byte
	for range n {
		d := g.value("", g.root).(map[string]any)
		d["metadata"] = map[string]any{"name": "generated-system", "title": "Generated"}
		data, err := json.Marshal(d)
		require.NoError(t, err)
		out = append(out, data)
	}
	return out
}

// TestRandomValidDescriptionsNeverBreakRules assesses hundreds of random
// descriptions that the schema accepts: no rule may fail on any of them.
func TestRandomValidDescriptionsNeverBreakRules(t *testing.T) {
	a := assessor(t)
	for i, data := range randomDescriptions(t, 300, 1) {
		_, err := a.Assess(context.Background(), assess.Input{Path: fmt.Sprintf("random-%d.json", i), Data: data})
		require.NoError(t, err, "description:\n%s", data)
	}
}

// maxSeverity maps each rule to the highest severity of its findings.
func maxSeverity(as assess.Assessment) map[string]int {
	out := map[string]int{}
	for _, f := range as.Findings {
		out[f.RuleID] = max(out[f.RuleID], f.Severity.Rank()+1)
	}
	return out
}

// TestSeverityIsMonotonic checks UNGP 14's property on real and random
// descriptions: more people, more vulnerable groups or less reversibility
// never lower any finding's severity, never make a finding disappear and
// never lower the impact level.
func TestSeverityIsMonotonic(t *testing.T) {
	a := assessor(t)
	var docs []map[string]any
	files, _ := filepath.Glob("../examples/systems/*.yaml")
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		parsed, err := schema.LoadDescriptions(f, data)
		require.NoError(t, err)
		docs = append(docs, parsed[0].Root.Interface().(map[string]any))
	}
	for _, data := range randomDescriptions(t, 40, 2) {
		var d map[string]any
		require.NoError(t, json.Unmarshal(data, &d))
		docs = append(docs, d)
	}
	assessDoc := func(d map[string]any) assess.Assessment {
		data, err := json.Marshal(d)
		require.NoError(t, err)
		rep, err := a.Assess(context.Background(), assess.Input{Path: "x.json", Data: data})
		require.NoError(t, err, "%s", data)
		return rep.Assessments[0]
	}
	section := func(d map[string]any, name string) map[string]any {
		spec := d["spec"].(map[string]any)
		s, ok := spec[name].(map[string]any)
		if !ok {
			s = map[string]any{}
			spec[name] = s
		}
		return s
	}
	variants := map[string]func(d map[string]any){
		"ten times the people": func(d map[string]any) {
			aff := section(d, "affected")
			if n, ok := aff["people"].(json.Number); ok {
				v, _ := n.Float64()
				aff["people"] = v*10 + 1
			} else if n, ok := aff["people"].(float64); ok {
				aff["people"] = n*10 + 1
			}
		},
		"a vulnerable group more": func(d map[string]any) {
			aff := section(d, "affected")
			groups, ok := aff["groups"].([]any)
			if !ok {
				return // not stated counts as vulnerable already
			}
			for _, g := range []string{"children", "migrants", "persons-with-disabilities"} {
				if !slices.Contains(groups, any(g)) {
					aff["groups"] = append(slices.Clone(groups), g)
					return
				}
			}
		},
		"less reversible": func(d map[string]any) {
			dec := section(d, "decisions")
			switch dec["reversibility"] {
			case "reversible":
				dec["reversibility"] = "hard-to-reverse"
			case "hard-to-reverse":
				dec["reversibility"] = "irreversible"
			}
		},
	}
	levels := map[string]int{"I": 1, "II": 2, "III": 3, "IV": 4}
	for i, d := range docs {
		base := assessDoc(d)
		for name, change := range variants {
			raw, _ := json.Marshal(d)
			var v map[string]any
			require.NoError(t, json.Unmarshal(raw, &v))
			change(v)
			after := assessDoc(v)
			before, now := maxSeverity(base), maxSeverity(after)
			for rule, sev := range before {
				if now[rule] < sev {
					t.Errorf("document %d (%s), %s: %s went from %s to %s", i, base.System.Name, name, rule, sevName(sev), sevName(now[rule]))
				}
			}
			if levels[after.Summary.ImpactLevel] < levels[base.Summary.ImpactLevel] {
				t.Errorf("document %d, %s: impact level fell from %s to %s", i, name, base.Summary.ImpactLevel, after.Summary.ImpactLevel)
			}
		}
	}
}

func sevName(rank int) string {
	if rank == 0 {
		return "no finding"
	}
	return rules.Severities()[rank-1].String()
}
