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
// numbers, rates at the thresholds the rules compare, dates far in the
// past and future, empty lists, odd text. It honours the schema's enums,
// minimum and maximum, minLength, uniqueItems, minItems, required members
// and x-unique-key (a list whose items need that member unique).
type generator struct {
	r    *rand.Rand
	root map[string]any
}

var oddText = []string{"", "x", "Ünïcödé ✓", "a `quoted` value", "<script>alert(1)</script>", "line\nbreak", "| pipe |", "[x](javascript:alert(1))", "1e309", "null"}
var edgeDates = []string{"1000-01-01", "1970-01-01", "2025-12-31", "2026-01-01", "2262-04-12", "9999-12-31"}
var edgeInts = []float64{0, 1, 29, 30, 999, 9999, 10000, 99999, 100000, 999999, 1000000, 1e12}

// edgeRates are shares between 0 and 1 on both sides of the thresholds the
// rules use (four-fifths, half, 5% false positives).
var edgeRates = []float64{0, 0.04, 0.05, 0.4, 0.5, 0.79, 0.8, 1}

// namedStrings gives members whose values the rules compare across items
// a few realistic values, so that per-group results share attributes.
var namedStrings = map[string][]string{
	"attribute": {"sex", "nationality"},
	"group":     {"women", "men", "EU nationals", "non-EU nationals"},
}

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
		return g.object(s)
	case "array":
		return g.array(name, s)
	case "boolean":
		return g.r.Intn(2) == 0
	case "integer":
		return bounded(s, edgeInts[g.r.Intn(len(edgeInts))])
	case "number":
		return bounded(s, edgeRates[g.r.Intn(len(edgeRates))])
	case "string":
		return g.text(name, s)
	}
	return nil
}

func (g *generator) object(s map[string]any) map[string]any {
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
}

// array makes up to three items. Items repeated in a uniqueItems list are
// dropped; in a list marked x-unique-key the member is numbered when it is
// free text and an item repeating an enum value is dropped.
func (g *generator) array(name string, s map[string]any) []any {
	items := s["items"].(map[string]any)
	key, _ := s["x-unique-key"].(string)
	keyIsEnum := key != "" && g.memberHasEnum(items, key)
	n := g.r.Intn(4)
	out := []any{}
	seen := map[string]bool{}
	seenKey := map[any]bool{}
	for i := range n {
		v := g.value(name, items)
		if m, ok := v.(map[string]any); ok && key != "" {
			if !keyIsEnum {
				m[key] = fmt.Sprintf("%s-%d", key, i)
			} else if seenKey[m[key]] {
				continue
			}
			seenKey[m[key]] = true
		}
		text := fmt.Sprint(v)
		if s["uniqueItems"] == true && seen[text] {
			continue
		}
		seen[text] = true
		out = append(out, v)
	}
	if min, ok := s["minItems"].(float64); ok && len(out) < int(min) {
		out = append(out, g.value(name, items))
	}
	return out
}

func (g *generator) memberHasEnum(items map[string]any, key string) bool {
	props, _ := g.resolve(items)["properties"].(map[string]any)
	member, ok := props[key].(map[string]any)
	if !ok {
		return false
	}
	_, ok = g.resolve(member)["enum"]
	return ok
}

func (g *generator) text(name string, s map[string]any) string {
	switch s["format"] {
	case "date":
		return edgeDates[g.r.Intn(len(edgeDates))]
	case "country-code":
		return []string{"NL", "KE", "US", "BR", "IN", "DE"}[g.r.Intn(6)]
	case "language-tag":
		return []string{"en", "fr-CA", "sw", "ar"}[g.r.Intn(4)]
	}
	if values, ok := namedStrings[name]; ok {
		return values[g.r.Intn(len(values))]
	}
	if _, ok := s["pattern"]; ok {
		if name == "addresses" {
			return []string{"privacy", "DRIA-DEC-001", "DRIA-NOPE-999", "remedy"}[g.r.Intn(4)]
		}
		if examples, ok := s["examples"].([]any); ok && len(examples) > 0 {
			if e, ok := examples[g.r.Intn(len(examples))].(string); ok {
				return e // a value the schema itself gives as fitting its pattern
			}
		}
		return "generated-system"
	}
	t := oddText[g.r.Intn(len(oddText))]
	if min, ok := s["minLength"].(float64); ok && len([]rune(t)) < int(min) {
		t = "generated text"
	}
	return t
}

// bounded keeps v within the schema's minimum and maximum.
func bounded(s map[string]any, v float64) float64 {
	if min, ok := s["minimum"].(float64); ok && v < min {
		v = min
	}
	if max, ok := s["maximum"].(float64); ok && v > max {
		v = max
	}
	return v
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

// TestGeneratorCoversFormat11 checks that the generator reaches the fields
// of format 1.1 with values the rules act on, so the properties below are
// exercised on them and not only on v1 facts.
func TestGeneratorCoversFormat11(t *testing.T) {
	seen := map[string]bool{}
	for _, data := range randomDescriptions(t, 300, 1) {
		var d map[string]any
		require.NoError(t, json.Unmarshal(data, &d))
		for _, p := range [][]string{
			{"scope"}, {"notApplicable"}, {"children"}, {"decisions", "criteria"}, {"decisions", "effects"},
			{"decisions", "matching"}, {"decisions", "methods"}, {"data", "consent", "status"},
			{"ai", "biasTesting", "results"}, {"ai", "biometricFunctions"}, {"security", "status"},
		} {
			if _, ok := lookup(d, append([]string{"spec"}, p...)...); ok {
				seen[fmt.Sprint(p)] = true
			}
		}
	}
	require.Len(t, seen, 11, "fields reached: %v", seen)
}

func lookup(d map[string]any, path ...string) (any, bool) {
	var cur any = d
	for _, p := range path {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[p]; !ok {
			return nil, false
		}
	}
	return cur, true
}

// maxSeverity maps each rule to the highest severity of its findings.
func maxSeverity(as assess.Assessment) map[string]int {
	out := map[string]int{}
	for _, f := range as.Findings {
		out[f.RuleID] = max(out[f.RuleID], f.Severity.Rank()+1)
	}
	return out
}

var (
	levels    = map[string]int{"I": 1, "II": 2, "III": 3, "IV": 4}
	riskRanks = map[string]int{"low": 1, "medium": 2, "high": 3, "critical": 4}
)

// propertyDocs are the bundled examples and n random descriptions of the
// given seed, as plain JSON values that a variant may change.
func propertyDocs(t *testing.T, n int, seed int64) []map[string]any {
	t.Helper()
	var docs []map[string]any
	files, err := filepath.Glob("../examples/systems/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		parsed, err := schema.LoadDescriptions(f, data)
		require.NoError(t, err)
		docs = append(docs, clone(t, parsed[0].Root.Interface().(map[string]any)))
	}
	for _, data := range randomDescriptions(t, n, seed) {
		var d map[string]any
		require.NoError(t, json.Unmarshal(data, &d))
		docs = append(docs, d)
	}
	return docs
}

func clone(t *testing.T, d map[string]any) map[string]any {
	t.Helper()
	raw, err := json.Marshal(d)
	require.NoError(t, err)
	var out map[string]any
	require.NoError(t, json.Unmarshal(raw, &out))
	return out
}

func assessDoc(t *testing.T, a *assess.Assessor, d map[string]any) assess.Assessment {
	t.Helper()
	data, err := json.Marshal(d)
	require.NoError(t, err)
	rep, err := a.Assess(context.Background(), assess.Input{Path: "x.json", Data: data})
	require.NoError(t, err, "%s", data)
	return rep.Assessments[0]
}

// section returns the object at path under spec, creating it (and the
// objects on the way) when absent.
func section(d map[string]any, path ...string) map[string]any {
	cur := d["spec"].(map[string]any)
	for _, p := range path {
		next, ok := cur[p].(map[string]any)
		if !ok {
			next = map[string]any{}
			cur[p] = next
		}
		cur = next
	}
	return cur
}

// addTo appends value to the list at key of m unless it is there; it
// reports whether it changed anything.
func addTo(m map[string]any, key, value string) bool {
	list, _ := m[key].([]any)
	if slices.Contains(list, any(value)) {
		return false
	}
	m[key] = append(slices.Clone(list), value)
	return true
}

// setTrue sets key of m to true and reports whether it was not true.
func setTrue(m map[string]any, key string) bool {
	if m[key] == true {
		return false
	}
	m[key] = true
	return true
}

// addVulnerable adds the first of groups the description does not list; a
// description without groups counts as including vulnerable ones already.
func addVulnerable(d map[string]any, groups ...string) bool {
	aff := section(d, "affected")
	if _, ok := aff["groups"].([]any); !ok {
		return false
	}
	for _, g := range groups {
		if addTo(aff, "groups", g) {
			return true
		}
	}
	return false
}

// aggravations are changes that make a system's potential harm larger:
// more people, more vulnerable people, less reversible decisions, and more
// direct interference (monitoring public spaces, interception, targeting
// civil society, biometric identification). Each returns whether it
// changed the description.
var aggravations = map[string]func(d map[string]any) bool{
	"ten times the people": func(d map[string]any) bool {
		aff := section(d, "affected")
		n, ok := aff["people"].(float64)
		if ok {
			aff["people"] = n*10 + 1
		}
		return ok
	},
	"a vulnerable group more": func(d map[string]any) bool {
		return addVulnerable(d, "children", "migrants", "persons-with-disabilities")
	},
	"a group of format 1.1 in situations of vulnerability more": func(d map[string]any) bool {
		return addVulnerable(d, "benefit-claimants", "people-with-migration-background", "jobseekers",
			"unemployed", "single-parents", "homeless")
	},
	"less reversible": func(d map[string]any) bool {
		dec := section(d, "decisions")
		next, ok := map[any]string{"reversible": "hard-to-reverse", "hard-to-reverse": "irreversible"}[dec["reversibility"]]
		if ok {
			dec["reversibility"] = next
		}
		return ok
	},
	"monitors public spaces": func(d map[string]any) bool {
		return setTrue(section(d, "surveillance"), "publicSpaces")
	},
	"can intercept communications": func(d map[string]any) bool {
		return setTrue(section(d, "surveillance"), "lawfulInterception")
	},
	"may target journalists, activists or defenders": func(d map[string]any) bool {
		return setTrue(section(d, "surveillance"), "targetsIncludeCivilSociety")
	},
	// Only where a model is stated to be used: elsewhere the technique
	// would also answer whether one is (an information gap).
	"facial recognition": func(d map[string]any) bool {
		ai := section(d, "ai")
		return ai["used"] == true && addTo(ai, "techniques", "facial-recognition")
	},
	"one-to-many biometric identification": func(d map[string]any) bool {
		return addTo(section(d, "ai"), "biometricFunctions", "identification")
	},
	"biometric identification in real time": func(d map[string]any) bool {
		ai := section(d, "ai")
		if ai["biometricMode"] == "real-time" {
			return false
		}
		ai["biometricMode"] = "real-time"
		return true
	},
}

// TestSeverityIsMonotonic checks UNGP 14's property on real and random
// descriptions: more people, more vulnerable groups, less reversibility or
// more direct interference never lower any finding's severity, never make
// a finding disappear, and never lower the impact level or the inherent
// or residual risk.
func TestSeverityIsMonotonic(t *testing.T) {
	a := assessor(t)
	docs := propertyDocs(t, 40, 2)
	changed := map[string]int{}
	for i, d := range docs {
		base := assessDoc(t, a, d)
		for _, name := range sortedKeys(aggravations) {
			v := clone(t, d)
			if !aggravations[name](v) {
				continue
			}
			changed[name]++
			after := assessDoc(t, a, v)
			before, now := maxSeverity(base), maxSeverity(after)
			for rule, sev := range before {
				if now[rule] < sev {
					t.Errorf("document %d (%s), %s: %s went from %s to %s", i, base.System.Name, name, rule, sevName(sev), sevName(now[rule]))
				}
			}
			notLower(t, fmt.Sprintf("document %d (%s), %s", i, base.System.Name, name), base, after)
		}
	}
	for _, name := range sortedKeys(aggravations) {
		require.Positive(t, changed[name], "%q changed no description", name)
	}
}

// notLower fails when after's impact level, inherent or residual risk is
// below before's.
func notLower(t *testing.T, what string, before, after assess.Assessment) {
	t.Helper()
	b, n := before.Summary, after.Summary
	if levels[n.ImpactLevel] < levels[b.ImpactLevel] {
		t.Errorf("%s: impact level fell from %s to %s", what, b.ImpactLevel, n.ImpactLevel)
	}
	if riskRanks[n.InherentRisk] < riskRanks[b.InherentRisk] {
		t.Errorf("%s: inherent risk fell from %s to %s", what, b.InherentRisk, n.InherentRisk)
	}
	if riskRanks[n.ResidualRisk] < riskRanks[b.ResidualRisk] {
		t.Errorf("%s: residual risk fell from %s to %s", what, b.ResidualRisk, n.ResidualRisk)
	}
}

// rightsNotLower fails when a right flagged in before is flagged at a
// lower highest severity (or not at all) in after.
func rightsNotLower(t *testing.T, what string, before, after assess.Assessment) {
	t.Helper()
	now := map[string]int{}
	for _, r := range after.Summary.Rights {
		now[r.Right] = r.Highest.Rank() + 1
	}
	for _, r := range before.Summary.Rights {
		if was := r.Highest.Rank() + 1; now[r.Right] < was {
			t.Errorf("%s: %s fell from %s to %s", what, r.Right, sevName(was), sevName(now[r.Right]))
		}
	}
}

// safeguard is a place in a description that holds a safeguard with a
// status: ensure returns it, adding a plain one when the description has
// none (so that only the status differs between the compared versions).
type safeguard struct {
	name   string
	ensure func(d map[string]any) map[string]any
}

func ensureObject(path []string, plain map[string]any) func(d map[string]any) map[string]any {
	return func(d map[string]any) map[string]any {
		s := section(d, path...)
		if len(s) == 0 {
			for k, v := range plain {
				s[k] = v
			}
		}
		return s
	}
}

var safeguards = []safeguard{
	{"impact assessment", func(d map[string]any) map[string]any {
		acc := section(d, "accountability")
		list, _ := acc["impactAssessments"].([]any)
		if len(list) == 0 {
			list = []any{map[string]any{"type": "dpia", "date": "2025-06-01", "published": true}}
			acc["impactAssessments"] = list
		}
		return list[0].(map[string]any)
	}},
	{"human review", ensureObject([]string{"decisions", "humanReview"},
		map[string]any{"available": true, "canOverride": true, "trained": true})},
	{"bias testing", ensureObject([]string{"ai", "biasTesting"},
		map[string]any{"performed": true, "lastRun": "2025-06-01"})},
	{"security", ensureObject([]string{"security"},
		map[string]any{"accessControl": true, "accessLogging": true, "breachNotification": true})},
	{"consent", ensureObject([]string{"data", "consent"},
		map[string]any{"used": true, "freelyGiven": true, "informed": true, "withdrawable": true})},
}

// withStatus returns a copy of d whose safeguard s has the status (none
// when status is empty) and a matching statusSource.
func withStatus(t *testing.T, d map[string]any, s safeguard, status string) map[string]any {
	t.Helper()
	v := clone(t, d)
	obj := s.ensure(v)
	delete(obj, "status")
	delete(obj, "statusSource")
	switch status {
	case "":
	case "evidenced":
		obj["status"], obj["statusSource"] = status, "evidence: https://example.org/audit-report.pdf"
	case "found-inadequate":
		obj["status"], obj["statusSource"] = status, "District Court, judgment of 1 June 2025"
	default:
		obj["status"] = status
	}
	return v
}

// TestFoundInadequateNeverLowersRisk marks each kind of safeguard (impact
// assessment, human review, bias testing, security, consent) found
// inadequate in descriptions where it is unset, claimed or evidenced: the
// impact level, the inherent and residual risk and the highest severity of
// each right never fall, because a safeguard an authority found inadequate
// weighs at least as heavily as one that is only stated.
func TestFoundInadequateNeverLowersRisk(t *testing.T) {
	a := assessor(t)
	differs := map[string]int{}
	for i, d := range propertyDocs(t, 12, 3) {
		for _, s := range safeguards {
			inadequate := assessDoc(t, a, withStatus(t, d, s, "found-inadequate"))
			for _, from := range []string{"", "claimed", "evidenced"} {
				before := assessDoc(t, a, withStatus(t, d, s, from))
				what := fmt.Sprintf("document %d (%s), %s %q -> found-inadequate", i, before.System.Name, s.name, from)
				notLower(t, what, before, inadequate)
				rightsNotLower(t, what, before, inadequate)
				if findingsKey(before) != findingsKey(inadequate) {
					differs[s.name]++
				}
			}
		}
	}
	// The property must be able to fail: marking a safeguard found
	// inadequate has to change some assessments.
	t.Logf("assessments changed by found-inadequate, by safeguard: %v", differs)
	require.NotEmpty(t, differs)
}

// findingsKey words an assessment's findings and summary, to tell whether
// two assessments differ.
func findingsKey(as assess.Assessment) string {
	var parts []string
	for _, f := range as.Findings {
		parts = append(parts, f.RuleID+"="+f.Severity.String()+"/"+f.ResidualSeverity.String())
	}
	slices.Sort(parts)
	s := as.Summary
	return fmt.Sprint(parts, s.ImpactLevel, s.InherentRisk, s.ResidualRisk)
}

// TestEvidenceNeverRaisesRisk checks that evidence only helps: a safeguard
// whose status goes from unset or claimed to evidenced, or an implemented
// mitigation with evidence for a rule that fired, never raises the impact
// level or the inherent or residual risk; the status never raises a
// right's highest severity, and the mitigation never raises the residual
// severity of the finding it addresses.
func TestEvidenceNeverRaisesRisk(t *testing.T) {
	a := assessor(t)
	lowered := 0
	for i, d := range propertyDocs(t, 12, 4) {
		for _, s := range safeguards {
			evidenced := assessDoc(t, a, withStatus(t, d, s, "evidenced"))
			for _, from := range []string{"", "claimed"} {
				before := assessDoc(t, a, withStatus(t, d, s, from))
				what := fmt.Sprintf("document %d (%s), %s %q -> evidenced", i, before.System.Name, s.name, from)
				notLower(t, what, evidenced, before)
				rightsNotLower(t, what, evidenced, before)
			}
		}
		base := assessDoc(t, a, d)
		for _, f := range base.Findings {
			if f.Category == "information-gap" {
				continue
			}
			v := clone(t, d)
			spec := v["spec"].(map[string]any)
			list, _ := spec["mitigations"].([]any)
			spec["mitigations"] = append(slices.Clone(list), map[string]any{
				"id": "M-property", "addresses": []any{f.RuleID}, "status": "implemented",
				"description": "A measure against the finding", "evidence": "https://example.org/evidence",
			})
			after := assessDoc(t, a, v)
			notLower(t, fmt.Sprintf("document %d (%s), evidenced mitigation for %s", i, base.System.Name, f.RuleID), after, base)
			got := highestResidual(after, f.RuleID)
			if got > f.ResidualSeverity.Rank() {
				t.Errorf("document %d: mitigation for %s raised its residual severity from %s to %s",
					i, f.RuleID, f.ResidualSeverity, rules.Severities()[got])
			}
			if got < f.ResidualSeverity.Rank() {
				lowered++
			}
			break
		}
	}
	// The property must be able to fail: the mitigations have to lower some
	// residual severities.
	require.Positive(t, lowered, "no evidenced mitigation lowered a residual severity")
}

func highestResidual(as assess.Assessment, rule string) int {
	out := -1
	for _, f := range as.Findings {
		if f.RuleID == rule {
			out = max(out, f.ResidualSeverity.Rank())
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func sevName(rank int) string {
	if rank == 0 {
		return "no finding"
	}
	return rules.Severities()[rank-1].String()
}
