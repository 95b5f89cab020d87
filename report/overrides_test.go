package report

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

// The lenient pack (testdata/packs/lenient), loaded after the test pack
// without the built-in rules, turns TEST-DEC-001 off and lowers
// TEST-DEC-002 from high to low. The override report is the rich pair of
// systems assessed so: the first system has a finding of TEST-DEC-002 and,
// without the lenient pack, one of TEST-DEC-001; the second has neither.
const (
	offRule     = "TEST-DEC-001"
	offTitle    = "Solely automated decisions with legal effect"
	changedRule = "TEST-DEC-002"
	lenientSrc  = "testdata/packs/lenient/pack.yaml"
)

// overrideReport is the report made with the lenient pack's overrides.
func overrideReport(t testing.TB) *assess.Report { return caseReport(t, goldenCase(t, "overrides")) }

func renderOverrides(t *testing.T, format string) string {
	t.Helper()
	return string(renderCase(t, format, goldenCase(t, "overrides")))
}

// TestTheOverrideReportHasBothKindsOfOverride makes sure the tests below
// test what they say.
func TestTheOverrideReportHasBothKindsOfOverride(t *testing.T) {
	r := overrideReport(t)
	require.Len(t, r.Ruleset.Overrides, 2)
	off, changed := r.Ruleset.Overrides[0], r.Ruleset.Overrides[1]
	assert.Equal(t, offRule, off.Rule)
	assert.True(t, off.Disabled)
	assert.Equal(t, changedRule, changed.Rule)
	assert.Equal(t, rules.High, changed.PreviousSeverity)
	assert.Equal(t, rules.Low, changed.Severity)
	assert.Equal(t, "lenient-vendor", changed.Pack)
	assert.Equal(t, lenientSrc, changed.Source)
	f := findingByRule(t, r.Assessments[0], changedRule)
	assert.Equal(t, rules.Low, f.BaseSeverity)
	for _, f := range r.Assessments[0].Findings {
		assert.NotEqual(t, offRule, f.RuleID)
	}
	findingByRule(t, richReport(t).Assessments[0], offRule)
}

// TestMarkdownShowsOverridesRightAfterTheSummary checks the warning at the
// top, the line in the summary, the section right after the summary with
// each change, its pack and its reason (escaped), and the line under the
// affected finding.
func TestMarkdownShowsOverridesRightAfterTheSummary(t *testing.T) {
	md := renderOverrides(t, "markdown")
	heads := sections(md)
	i := indexOf(heads, "### Summary")
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, "### Rule changes made by rule packs", heads[i+1], "the section comes right after the summary")

	top := md[:strings.Index(md, "\n## ")]
	contains(t, top, "**This is not dria's built-in assessment: rule packs turned off 1 rule and changed the base severity of 1 rule.**")
	summary := md[strings.Index(md, "### Summary"):strings.Index(md, "### Rule changes made by rule packs")]
	contains(t, summary, "- Rule changes: rule packs turned off 1 rule and changed the base severity of 1 rule, so this is not dria's built-in assessment")

	section := md[strings.Index(md, "### Rule changes made by rule packs"):strings.Index(md, "### Rights at risk")]
	contains(t, section, "**This is not dria's built-in assessment.**")
	contains(t, section, "- TEST-DEC-001 Solely automated decisions with legal effect: **turned off** by rule pack lenient-vendor (`"+lenientSrc+"`); whatever it would find is missing from this report. "+
		"Reason given: Our \\<b\\>legal\\</b\\> team reads Art 22 differently \\| see https\\://vendor.example/memo or `legal@vendor.example`\n")
	contains(t, section, "- TEST-DEC-002 People must disprove an automated decision: base severity lowered from **High** to **Low** by rule pack lenient-vendor (`"+
		lenientSrc+"`); 1 finding of this system, marked below. Reason given: Customers can ask for a review by e-mail; see www\\.vendor.example/appeals.\n")
	second := systemSection(t, md, overrideReport(t).Assessments[1])
	contains(t, second, "- TEST-DEC-002 People must disprove an automated decision: base severity lowered from **High** to **Low** by rule pack lenient-vendor (`"+
		lenientSrc+"`); no finding of this system. Reason given: Customers", "a system without a finding of the changed rule says so")

	finding := md[strings.Index(md, "** TEST-DEC-002: "):]
	finding = finding[:strings.Index(finding, "\n\n#####")]
	contains(t, finding, "\n- Severity: **Low** (base Low)\n- Changed by a rule pack: base severity lowered from **High** to **Low** by rule pack lenient-vendor (`"+lenientSrc+"`); reason given: Customers")
	assert.Equal(t, 1, strings.Count(md, "- Changed by a rule pack: "), "only the affected finding is marked")
	contains(t, md, "13 rules with the changes rule packs made")
	assertNoLinks(t, md, "override report")
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// TestReportsWithoutOverridesSayNothingAboutThem checks every format of
// reports made without overrides: with the test pack and with the built-in
// rules.
func TestReportsWithoutOverridesSayNothingAboutThem(t *testing.T) {
	for _, c := range []reportCase{goldenCase(t, "rich"), builtinCase(t, "welfare-risk-scoring")} {
		for _, format := range Formats() {
			out := string(renderCase(t, format, c))
			for _, s := range []string{"rule pack", "Rule changes", "ruleChangedByPack", `"overrides"`, "built-in assessment", "rule-changes"} {
				notContains(t, out, s, "%s in %s", c.name, format)
			}
		}
	}
}

// TestHTMLShowsOverrides checks the marked section and that the page
// links nowhere.
func TestHTMLShowsOverrides(t *testing.T) {
	page := renderOverrides(t, "html")
	contains(t, page, `<h3 id="rule-changes-made-by-rule-packs">Rule changes made by rule packs</h3>`)
	contains(t, page, "h3[id^=rule-changes-made-by-rule-packs]{border-left:")
	contains(t, page, "<li>TEST-DEC-001 Solely automated decisions with legal effect: <strong>turned off</strong> by rule pack lenient-vendor (<code>"+lenientSrc+"</code>)")
	contains(t, page, `base severity lowered from <strong class="sev sev-high">High</strong> to <strong class="sev sev-low">Low</strong>`)
	contains(t, page, "Our &lt;b&gt;legal&lt;/b&gt; team")
	contains(t, page, "<code>legal@vendor.example</code>")
	notContains(t, page, "<a ")
	notContains(t, page, "href")
	notContains(t, string(renderCase(t, "html", goldenCase(t, "rich"))), "rule-changes", "the style rule is only on pages with overrides")
}

// TestSARIFShowsOverrides checks the run's list, the descriptor and
// results of the changed rule, and the disabled descriptor of the rule
// turned off.
func TestSARIFShowsOverrides(t *testing.T) {
	out := renderOverrides(t, "sarif")
	require.NoError(t, validateSARIF(t, []byte(out)))
	run := decodeSARIF(t, []byte(out)).Runs[0]

	require.Len(t, run.Properties.Overrides, 2)
	off, changed := run.Properties.Overrides[0], run.Properties.Overrides[1]
	assert.Equal(t, sarifOverride{Rule: offRule, Title: offTitle, Pack: "lenient-vendor", Source: lenientSrc, Disabled: true,
		Reason: "Our <b>legal</b> team reads Art 22 differently | see https://vendor.example/memo or legal@vendor.example",
		Text:   "TEST-DEC-001 (Solely automated decisions with legal effect): turned off by rule pack lenient-vendor (" + lenientSrc + "); reason given: Our <b>legal</b> team reads Art 22 differently | see https://vendor.example/memo or legal@vendor.example"}, off)
	assert.Equal(t, "TEST-DEC-002 (People must disprove an automated decision): base severity lowered from high to low by rule pack lenient-vendor ("+
		lenientSrc+"); reason given: Customers can ask for a review by e-mail; see www.vendor.example/appeals.", changed.Text)
	assert.Equal(t, rules.High, changed.PreviousSeverity)
	assert.Equal(t, rules.Low, changed.Severity)

	descs := map[string]sarifRule{}
	for _, d := range run.Tool.Driver.Rules {
		descs[d.ID] = d
	}
	assert.Equal(t, []sarifOverride{changed}, descs[changedRule].Properties.Overrides)
	assert.True(t, strings.HasPrefix(descs[changedRule].Help.Text, "(Not dria's built-in assessment: TEST-DEC-002 "), descs[changedRule].Help.Text)
	assert.Equal(t, rules.Low, descs[changedRule].Properties.Severity)
	require.Contains(t, descs, offRule, "the rule turned off is described, disabled")
	require.NotNil(t, descs[offRule].DefaultConfiguration.Enabled)
	assert.False(t, *descs[offRule].DefaultConfiguration.Enabled)
	assert.Equal(t, []sarifOverride{off}, descs[offRule].Properties.Overrides)
	for id, d := range descs {
		if id != offRule && id != changedRule {
			assert.Nil(t, d.DefaultConfiguration.Enabled, id)
			assert.Empty(t, d.Properties.Overrides, id)
		}
	}

	marked := 0
	for _, res := range run.Results {
		assert.Equal(t, descs[res.RuleID].ID, run.Tool.Driver.Rules[res.RuleIndex].ID, "rule indexes still match")
		if res.RuleID == changedRule {
			marked++
			assert.Equal(t, []sarifOverride{changed}, res.Properties.Overrides)
			assert.True(t, strings.HasSuffix(res.Message.Text, " (Not dria's built-in assessment: "+changed.Text+")"), res.Message.Text)
		} else {
			assert.Empty(t, res.Properties.Overrides, res.RuleID)
			assert.NotContains(t, res.Message.Text, "built-in assessment")
		}
	}
	assert.Equal(t, 1, marked)
}

// TestJUnitShowsOverrides checks the suite's properties, the properties of
// the changed rule's test case, and the skipped test case of the rule
// turned off.
func TestJUnitShowsOverrides(t *testing.T) {
	out := renderOverrides(t, "junit")
	root := checkJUnitStructure(t, "overrides", []byte(out))
	suite := root.Nodes[0]
	var props []string
	for _, p := range suite.children("properties")[0].Nodes {
		if n, _ := p.attr("name"); n == overrideProperty {
			v, _ := p.attr("value")
			props = append(props, v)
		}
	}
	require.Len(t, props, 2)
	assert.True(t, strings.HasPrefix(props[0], "TEST-DEC-001 (Solely automated decisions with legal effect): turned off by rule pack lenient-vendor"), props[0])
	assert.True(t, strings.HasPrefix(props[1], "TEST-DEC-002 (People must disprove an automated decision): base severity lowered from high to low"), props[1])

	cases := map[string]xmlNode{}
	for _, tc := range suite.children("testcase") {
		name, _ := tc.attr("name")
		cases[strings.SplitN(name, ":", 2)[0]] = tc
	}
	off := cases[offRule]
	require.Len(t, off.Nodes, 2, "the rule turned off is a skipped test case with properties")
	assert.Equal(t, "properties", off.Nodes[0].XMLName.Local)
	msg, _ := off.children("skipped")[0].attr("message")
	assert.Equal(t, "not run: "+props[0], msg)

	changed := cases[changedRule]
	require.Len(t, changed.Nodes, 2)
	v, _ := changed.Nodes[0].Nodes[0].attr("value")
	assert.Equal(t, props[1], v)
	fail := changed.children("failure")[0]
	contains(t, fail.Text, "not dria's built-in assessment: "+props[1]+"\n")
	for id, tc := range cases {
		if id != offRule && id != changedRule {
			assert.Empty(t, tc.children("properties"), id)
		}
	}
	skipped, _ := suite.attr("skipped")
	a := overrideReport(t).Assessments[0]
	_, waivedOnly := rulesWithFindings(a)
	assert.Equal(t, strconv.Itoa(len(a.NotApplicable)+len(waivedOnly)+1), skipped, "the rule turned off counts as skipped")

	// The second system has no finding of the changed rule: its test case
	// passes, with the change in its properties.
	second := map[string]xmlNode{}
	for _, tc := range root.Nodes[1].children("testcase") {
		name, _ := tc.attr("name")
		second[strings.SplitN(name, ":", 2)[0]] = tc
	}
	require.Len(t, second[changedRule].Nodes, 1)
	assert.Equal(t, "properties", second[changedRule].Nodes[0].XMLName.Local)
	require.Len(t, second[offRule].Nodes, 2)
	msg, _ = second[offRule].children("skipped")[0].attr("message")
	assert.Equal(t, "not run: "+props[0], msg, "the rule turned off is not run for any system")
}

// TestJSONKeepsOverrides checks the JSON report's ruleset.overrides
// against the report schema.
func TestJSONKeepsOverrides(t *testing.T) {
	out := renderOverrides(t, "json")
	_, err := schema.Load(schema.Report, "overrides.json", []byte(out))
	require.NoError(t, err)
	var r assess.Report
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.Equal(t, overrideReport(t).Ruleset.Overrides, r.Ruleset.Overrides)
}
