package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
)

// SARIFVersion and SARIFSchema identify the SARIF format written.
const (
	SARIFVersion = "2.1.0"
	SARIFSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

// SARIF renders a report as SARIF 2.1.0 for code-scanning tools: one run
// whose tool.driver.rules describe the rules with results (id, name,
// descriptions, help with the remediation, rights and references, rights
// and category as tags, and a security-severity from the base severity),
// and one result per finding with its level, message, the
// location of its first piece of evidence (file path relative to the base
// directory, line and column) and the others as related locations, stable
// partial fingerprints and, for waived findings, an accepted external
// suppression.
type SARIF struct {
	o options
}

// NewSARIF returns the SARIF renderer. WithRules describes the rules from
// their metadata (with the rule's full description and likelihood) rather
// than from their findings; WithBaseDir makes artifact paths relative to a
// directory.
func NewSARIF(opts ...Option) *SARIF { return &SARIF{o: newOptions(opts)} }

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool       `json:"tool"`
	Artifacts  []sarifArtifact `json:"artifacts"`
	Results    []sarifResult   `json:"results"`
	ColumnKind string          `json:"columnKind"`
	Properties sarifRunProps   `json:"properties"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name    string      `json:"name"`
	Version string      `json:"version"`
	Rules   []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifText       `json:"help"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           sarifRuleProps  `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
	// Enabled is false for a rule a rule pack turned off.
	Enabled *bool `json:"enabled,omitempty"`
}

type sarifRuleProps struct {
	// Tags are the rule's rights and category.
	Tags []string `json:"tags"`
	// SecuritySeverity is the score GitHub code scanning reads (0 to 10).
	SecuritySeverity string `json:"security-severity"`
	// ProblemSeverity is the level other tools read.
	ProblemSeverity string `json:"problem.severity"`
	// Severity and Likelihood are the rule's base severity and likelihood
	// (unknown for a rule a rule pack turned off).
	Severity   rules.Severity `json:"severity,omitempty"`
	Likelihood string         `json:"likelihood,omitempty"`
	// Overrides are the changes rule packs made to the rule.
	Overrides []sarifOverride `json:"overrides,omitempty"`
}

// sarifOverride is a change a rule pack made to a rule, in the
// properties of the run, of the rule's descriptor and of its results.
type sarifOverride struct {
	Rule             string         `json:"rule"`
	Title            string         `json:"title,omitempty"`
	Pack             string         `json:"pack"`
	Source           string         `json:"source"`
	Severity         rules.Severity `json:"severity,omitempty"`
	PreviousSeverity rules.Severity `json:"previousSeverity,omitempty"`
	Disabled         bool           `json:"disabled,omitempty"`
	Reason           string         `json:"reason"`
	// Text says it in words.
	Text string `json:"text"`
}

type sarifArtifact struct {
	Location sarifArtifactLocation `json:"location"`
	Hashes   map[string]string     `json:"hashes,omitempty"`
}

type sarifArtifactLocation struct {
	URI   string `json:"uri"`
	Index *int   `json:"index,omitempty"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          sarifResultProps   `json:"properties"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifText            `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Status        string `json:"status"`
	Justification string `json:"justification"`
}

type sarifResultProps struct {
	System           string         `json:"system"`
	Severity         rules.Severity `json:"severity"`
	BaseSeverity     rules.Severity `json:"baseSeverity"`
	ResidualSeverity rules.Severity `json:"residualSeverity,omitempty"`
	SeverityReasons  []string       `json:"severityReasons"`
	Rights           []string       `json:"rights"`
	Waived           bool           `json:"waived"`
	WaiverExpired    bool           `json:"waiverExpired,omitempty"`
	// Overrides are the changes rule packs made to the result's rule.
	Overrides []sarifOverride `json:"overrides,omitempty"`
}

type sarifRunProps struct {
	ReportVersion string        `json:"reportVersion"`
	RulesetDigest string        `json:"rulesetDigest"`
	Rules         int           `json:"rules"`
	Systems       []sarifSystem `json:"systems"`
	// Overrides lists the changes rule packs made to rules: with them, the
	// results are not dria's built-in assessment.
	Overrides []sarifOverride `json:"overrides,omitempty"`
}

type sarifSystem struct {
	Name         string `json:"name"`
	Title        string `json:"title"`
	Source       string `json:"source"`
	Document     int    `json:"document,omitempty"`
	AssessedOn   string `json:"assessedOn"`
	ImpactLevel  string `json:"impactLevel"`
	InherentRisk string `json:"inherentRisk"`
	ResidualRisk string `json:"residualRisk"`
}

// FingerprintKey names dria's partial fingerprint in SARIF results. Its
// value depends on the system's name, the rule and the evidence's JSON
// pointers, and not on line numbers, so a result keeps its identity when
// the description is edited elsewhere.
const FingerprintKey = "driaFinding/v1"

// Render writes the report as a SARIF 2.1.0 log.
func (s *SARIF) Render(w io.Writer, r *assess.Report) error {
	log := s.build(r)
	data, err := json.MarshalIndent(log, "", "  ")
	if err != nil {
		return fmt.Errorf("writing SARIF report: %w", err)
	}
	if _, err := w.Write(append(data, '\n')); err != nil {
		return fmt.Errorf("writing SARIF report: %w", err)
	}
	return nil
}

func (s *SARIF) build(r *assess.Report) sarifLog {
	ov := overridesOf(s.o, r)
	descs, index := s.rules(r, ov)
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: r.Tool.Name, Version: r.Tool.Version, Rules: descs}},
		Artifacts:  []sarifArtifact{},
		Results:    []sarifResult{},
		ColumnKind: "unicodeCodePoints",
		Properties: sarifRunProps{ReportVersion: r.ReportVersion, RulesetDigest: r.Ruleset.Digest, Rules: r.Ruleset.Rules, Systems: []sarifSystem{},
			Overrides: sarifOverrides(ov, ov.list)},
	}
	artifacts := map[string]int{}
	for i := range r.Assessments {
		a := &r.Assessments[i]
		uri := artifactURI(s.o.baseDir, a.Source.Path)
		ai, ok := artifacts[uri]
		if !ok {
			ai = len(run.Artifacts)
			artifacts[uri] = ai
			art := sarifArtifact{Location: sarifArtifactLocation{URI: uri}}
			if d, ok := strings.CutPrefix(a.Source.Digest, "sha256:"); ok {
				art.Hashes = map[string]string{"sha-256": d}
			}
			run.Artifacts = append(run.Artifacts, art)
		}
		run.Properties.Systems = append(run.Properties.Systems, sarifSystem{
			Name: a.System.Name, Title: a.System.Title, Source: uri, Document: a.Source.Document, AssessedOn: a.AssessedOn,
			ImpactLevel: a.Summary.ImpactLevel, InherentRisk: a.Summary.InherentRisk, ResidualRisk: a.Summary.ResidualRisk,
		})
		for _, f := range a.Findings {
			res := sarifResultOf(a, f, uri, ai, index[f.RuleID])
			if changes := ov.byRule[f.RuleID]; len(changes) > 0 {
				res.Properties.Overrides = sarifOverrides(ov, changes)
				res.Message.Text += " " + overridesSentence(ov, changes)
			}
			run.Results = append(run.Results, res)
		}
	}
	return sarifLog{Schema: SARIFSchema, Version: SARIFVersion, Runs: []sarifRun{run}}
}

func sarifResultOf(a *assess.Assessment, f assess.Finding, uri string, artifact, ruleIndex int) sarifResult {
	art := sarifArtifactLocation{URI: uri, Index: &artifact}
	res := sarifResult{
		RuleID:              f.RuleID,
		RuleIndex:           ruleIndex,
		Level:               sarifLevel(f.Severity),
		Message:             sarifText{Text: cleanText(f.Message)},
		PartialFingerprints: map[string]string{FingerprintKey: fingerprint(a.System.Name, f)},
		Properties: sarifResultProps{
			System: a.System.Name, Severity: f.Severity, BaseSeverity: f.BaseSeverity, ResidualSeverity: f.ResidualSeverity,
			SeverityReasons: nonNil(f.SeverityReasons), Rights: nonNil(f.Rights),
			Waived: f.Waived, WaiverExpired: f.ExpiredWaiver != nil,
		},
	}
	for i, e := range f.Evidence {
		id := i + 1
		loc := sarifLocation{ID: &id, PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art}, Message: &sarifText{Text: evidenceText(e)}}
		if e.Line > 0 {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: e.Line, StartColumn: max(e.Column, 1)}
		}
		if i == 0 {
			primary := loc
			primary.ID = nil
			res.Locations = append(res.Locations, primary)
		}
		res.RelatedLocations = append(res.RelatedLocations, loc)
	}
	if len(res.Locations) == 0 {
		res.Locations = []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art}}}
	}
	if f.Waived && f.Waiver != nil {
		res.Suppressions = []sarifSuppression{{Kind: "external", Status: "accepted",
			Justification: fmt.Sprintf("%s (owner: %s; expires %s)", cleanText(f.Waiver.Reason), cleanText(f.Waiver.Owner), f.Waiver.Expires)}}
	}
	return res
}

// evidenceText names the field a location points at.
func evidenceText(e assess.Evidence) string {
	if e.FoundAt != nil {
		at := *e.FoundAt
		if at == "" {
			at = "the document"
		}
		return fmt.Sprintf("%s is not stated; nearest stated field: %s", e.Path, at)
	}
	return e.Path
}

// fingerprint identifies a finding independently of line numbers.
func fingerprint(system string, f assess.Finding) string {
	paths := make([]string, len(f.Evidence))
	for i, e := range f.Evidence {
		paths[i] = e.Path
	}
	slices.Sort(paths)
	h := sha256.New()
	for _, p := range append([]string{system, f.RuleID}, paths...) {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// sarifOverrides converts overrides for SARIF properties.
func sarifOverrides(s overrideSet, list []rules.Override) []sarifOverride {
	if len(list) == 0 {
		return nil
	}
	out := make([]sarifOverride, len(list))
	for i, ov := range list {
		out[i] = sarifOverride{
			Rule: ov.Rule, Title: cleanText(s.titles[ov.Rule]), Pack: cleanText(ov.Pack), Source: cleanText(ov.Source),
			Severity: ov.Severity, PreviousSeverity: ov.PreviousSeverity, Disabled: ov.Disabled, Reason: cleanText(ov.Reason),
			Text: s.overrideText(ov),
		}
	}
	return out
}

// overridesSentence says in a sentence that a rule was changed, for
// result messages and rule help.
func overridesSentence(s overrideSet, list []rules.Override) string {
	texts := make([]string, len(list))
	for i, ov := range list {
		texts[i] = s.overrideText(ov)
	}
	return "(Not dria's built-in assessment: " + strings.Join(texts, "; ") + ")"
}

// rules returns the descriptors of the rules with results and of the rules
// rule packs turned off (with enabled false), sorted by id, and the index
// of each rule id in them. A rule is described from the metadata given
// with WithRules, or else from its first finding or its override.
func (s *SARIF) rules(r *assess.Report, ov overrideSet) ([]sarifRule, map[string]int) {
	descs := map[string]sarifRule{}
	for _, a := range r.Assessments {
		for _, f := range a.Findings {
			if _, ok := descs[f.RuleID]; ok {
				continue
			}
			if ru, ok := s.o.rules[f.RuleID]; ok {
				descs[f.RuleID] = sarifRuleOf(ru.ID, ru.Title, ru.Description, ru.Severity, ru.Likelihood, ru.Category, ru.Remediation, ru.Rights, referenceStrings(ru.References))
			} else {
				descs[f.RuleID] = sarifRuleOf(f.RuleID, f.Title, "", f.BaseSeverity, "", f.Category, f.Remediation, f.Rights, referenceStrings(f.References))
			}
		}
	}
	for _, o := range ov.list {
		if _, ok := descs[o.Rule]; !ok && o.Disabled {
			descs[o.Rule] = disabledRule(o, ov.titles[o.Rule])
		}
	}
	for id, d := range descs {
		if changes := ov.byRule[id]; len(changes) > 0 {
			d.Properties.Overrides = sarifOverrides(ov, changes)
			note := overridesSentence(ov, changes)
			d.Help.Text = note + "\n\n" + d.Help.Text
			d.Help.Markdown = mdText(note) + "\n\n" + d.Help.Markdown
			descs[id] = d
		}
	}
	ids := make([]string, 0, len(descs))
	for id := range descs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := make([]sarifRule, len(ids))
	index := make(map[string]int, len(ids))
	for i, id := range ids {
		out[i] = descs[id]
		index[id] = i
	}
	return out, index
}

// disabledRule describes a rule a rule pack turned off: it has no results,
// and its default configuration is disabled.
func disabledRule(o rules.Override, title string) sarifRule {
	if title == "" {
		title = o.Rule + ", turned off by a rule pack"
	}
	d := sarifRuleOf(o.Rule, title, "", o.PreviousSeverity, "", "", "", nil, nil)
	off := false
	d.DefaultConfiguration.Enabled = &off
	return d
}

func referenceStrings[T fmt.Stringer](refs []T) []string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = r.String()
	}
	return out
}

func sarifRuleOf(id, title, description string, severity rules.Severity, likelihood, category, remediation string, rights, refs []string) sarifRule {
	title, description, remediation = cleanText(title), cleanText(description), cleanText(remediation)
	if description == "" {
		description = title
	}
	rightNames := make([]string, len(rights))
	for i, r := range rights {
		rightNames[i] = rightLabel(r)
	}
	help := []string{}
	helpMD := []string{}
	if remediation != "" {
		help = append(help, "What to do: "+remediation)
		helpMD = append(helpMD, "**What to do:** "+mdRich(remediation))
	}
	if len(rights) > 0 {
		help = append(help, "Rights: "+strings.Join(rightNames, "; "))
		esc := make([]string, len(rightNames))
		for i, n := range rightNames {
			esc[i] = mdText(n)
		}
		helpMD = append(helpMD, "**Rights:** "+strings.Join(esc, "; "))
	}
	if len(refs) > 0 {
		help = append(help, "References: "+strings.Join(refs, "; "))
		esc := make([]string, len(refs))
		for i, r := range refs {
			esc[i] = mdText(r)
		}
		helpMD = append(helpMD, "**References:** "+strings.Join(esc, "; "))
	}
	if len(help) == 0 {
		help = append(help, title)
		helpMD = append(helpMD, mdRich(title))
	}
	tags := append(slices.Clone(rights), "human-rights")
	if category != "" {
		tags = append(tags, category)
	}
	slices.Sort(tags)
	tags = slices.Compact(tags)
	return sarifRule{
		ID:                   id,
		Name:                 ruleName(id, title),
		ShortDescription:     sarifText{Text: title},
		FullDescription:      sarifText{Text: description},
		Help:                 sarifText{Text: strings.Join(help, "\n\n"), Markdown: strings.Join(helpMD, "\n\n")},
		DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(severity)},
		Properties: sarifRuleProps{
			Tags: tags, SecuritySeverity: securitySeverity(severity), ProblemSeverity: problemSeverity(severity),
			Severity: severity, Likelihood: likelihood,
		},
	}
}

// ruleName turns a title into the identifier-like name SARIF asks for
// ("SolelyAutomatedDecisionsWithLegalEffect").
func ruleName(id, title string) string {
	var b strings.Builder
	for _, word := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		rs := []rune(word)
		b.WriteRune(unicode.ToUpper(rs[0]))
		b.WriteString(string(rs[1:]))
	}
	if b.Len() == 0 {
		return strings.ReplaceAll(id, "-", "")
	}
	return b.String()
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(severity rules.Severity) string {
	switch severity {
	case rules.Critical, rules.High:
		return "error"
	case rules.Medium:
		return "warning"
	}
	return "note"
}

func problemSeverity(severity rules.Severity) string {
	switch severity {
	case rules.Critical, rules.High:
		return "error"
	case rules.Medium:
		return "warning"
	}
	return "recommendation"
}

// securitySeverity maps a severity to the score GitHub code scanning reads:
// over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low.
func securitySeverity(severity rules.Severity) string {
	switch severity {
	case rules.Critical:
		return "9.5"
	case rules.High:
		return "8.0"
	case rules.Medium:
		return "5.5"
	case rules.Low:
		return "3.0"
	}
	return "0.0"
}

// artifactURI turns a source path into a SARIF artifact URI: relative to
// baseDir when the path is inside it, with forward slashes and no leading
// "./", percent-encoded; other absolute paths become file:// URIs.
func artifactURI(baseDir, path string) string {
	p := path
	if baseDir != "" && filepath.IsAbs(p) {
		if base, err := filepath.Abs(baseDir); err == nil {
			if rel, err := filepath.Rel(base, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				p = rel
			}
		}
	}
	if filepath.IsAbs(p) {
		s := filepath.ToSlash(p)
		if !strings.HasPrefix(s, "/") {
			s = "/" + s
		}
		return (&url.URL{Scheme: "file", Path: s}).String()
	}
	p = filepath.ToSlash(filepath.Clean(p))
	return (&url.URL{Path: p}).String()
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
