package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
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
// descriptions, help with the remediation, rights and references, a link
// to the rule's entry in the catalogue for built-in rules, rights and
// category as tags, and a security-severity), and one result per finding
// with its level, message, the location of its first piece of evidence
// (file path relative to the repository root under %SRCROOT%, line and
// column) and the others as related locations, stable partial
// fingerprints and, for waived findings, an accepted external suppression.
//
// GitHub code scanning shows the security-severity of a result's rule
// descriptor and reads it nowhere else, while dria rates each finding for
// its system. So a finding whose severity differs from its rule's base
// severity points to a descriptor of its own for that severity, with the
// id RULE-ID/SEVERITY (such as DRIA-DEC-001/critical, a hierarchical
// SARIF rule id), whose security-severity and level are that severity:
// code scanning then shows the severity dria computed. A finding at the
// base severity keeps the plain rule id.
//
// The run's invocation records the working directory and whether every
// input was assessed; an input that could not be assessed is a tool
// execution notification located at the file (and at each problem of an
// invalid description), and makes executionSuccessful false.
type SARIF struct {
	o options
}

// NewSARIF returns the SARIF renderer. WithRules describes the rules from
// their metadata (with the rule's full description and likelihood) rather
// than from their findings; WithBaseDir and WithRepoRoot make artifact
// paths relative to the repository; WithRulesDocURL and WithCategory set
// helpUri and automationDetails.
func NewSARIF(opts ...Option) *SARIF { return &SARIF{o: newOptions(opts)} }

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool               `json:"tool"`
	AutomationDetails  *sarifAutomation        `json:"automationDetails,omitempty"`
	Invocations        []sarifInvocation       `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifBaseURI `json:"originalUriBaseIds,omitempty"`
	Artifacts          []sarifArtifact         `json:"artifacts"`
	Results            []sarifResult           `json:"results"`
	ColumnKind         string                  `json:"columnKind"`
	Properties         sarifRunProps           `json:"properties"`
}

// sarifAutomation identifies the run's category (see WithCategory).
type sarifAutomation struct {
	ID string `json:"id"`
}

// sarifInvocation records how dria ran: where, and whether every input
// was assessed.
type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	WorkingDirectory           *sarifBaseURI       `json:"workingDirectory,omitempty"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

// sarifBaseURI is a directory as an absolute file URI.
type sarifBaseURI struct {
	URI         string     `json:"uri"`
	Description *sarifText `json:"description,omitempty"`
}

// sarifNotification is an input that could not be assessed.
type sarifNotification struct {
	Level      string                      `json:"level"`
	Message    sarifText                   `json:"message"`
	Descriptor sarifDescriptorRef          `json:"descriptor"`
	Locations  []sarifLocation             `json:"locations"`
	Properties sarifNotificationProperties `json:"properties"`
}

type sarifDescriptorRef struct {
	ID    string `json:"id"`
	Index int    `json:"index"`
}

type sarifNotificationProperties struct {
	Path string             `json:"path"`
	Kind assess.FailureKind `json:"kind"`
}

// sarifNotificationDescriptor describes a kind of input failure.
type sarifNotificationDescriptor struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name          string                        `json:"name"`
	Version       string                        `json:"version"`
	Rules         []sarifRule                   `json:"rules"`
	Notifications []sarifNotificationDescriptor `json:"notifications,omitempty"`
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
	HelpURI              string          `json:"helpUri,omitempty"`
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
	// (unknown for a rule a rule pack turned off); on the descriptor of a
	// computed severity (RULE-ID/SEVERITY), Severity is that severity and
	// BaseRule and BaseSeverity name the rule and its base severity.
	Severity     rules.Severity `json:"severity,omitempty"`
	BaseRule     string         `json:"baseRule,omitempty"`
	BaseSeverity rules.Severity `json:"baseSeverity,omitempty"`
	Likelihood   string         `json:"likelihood,omitempty"`
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
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
	Index     *int   `json:"index,omitempty"`
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

// sarifRegion is where a field starts, to the end of its line (the
// source gives no end positions).
type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
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
	// CanadaAIA is the Canadian AIA's own result (summary.aia).
	CanadaAIA *assess.CanadaAIA `json:"canadaAIA,omitempty"`
}

// FingerprintKey names dria's partial fingerprint in SARIF results. Its
// value depends on the system's name, the rule and the evidence's JSON
// pointers, and not on line numbers, so a result keeps its identity when
// the description is edited elsewhere.
const FingerprintKey = "driaFinding/v1"

// srcRoot is the base id of artifact paths relative to the repository
// root.
const srcRoot = "%SRCROOT%"

// Render writes the report as a SARIF 2.1.0 log.
func (s *SARIF) Render(w io.Writer, r *assess.Report) error {
	if s.o.err != nil {
		return s.o.err
	}
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
	descs := s.rules(r, ov)
	run := sarifRun{
		Tool:        sarifTool{Driver: sarifDriver{Name: r.Tool.Name, Version: r.Tool.Version, Rules: descs.list}},
		Invocations: []sarifInvocation{s.invocation()},
		Artifacts:   []sarifArtifact{},
		Results:     []sarifResult{},
		ColumnKind:  "unicodeCodePoints",
		Properties: sarifRunProps{ReportVersion: r.ReportVersion, RulesetDigest: r.Ruleset.Digest, Rules: r.Ruleset.Rules, Systems: []sarifSystem{},
			Overrides: sarifOverrides(ov, ov.list)},
	}
	if s.o.category != "" {
		run.AutomationDetails = &sarifAutomation{ID: s.o.category + "/"}
	}
	if root := s.o.root(); root != "" {
		run.OriginalURIBaseIDs = map[string]sarifBaseURI{srcRoot: {URI: fileURI(absDir(root), true),
			Description: &sarifText{Text: "The root of the repository (or working directory) the descriptions are in."}}}
	}
	arts := &sarifArtifacts{o: s.o, list: []sarifArtifact{}, index: map[string]int{}}
	for i := range r.Assessments {
		a := &r.Assessments[i]
		art := arts.location(a.Source.Path, a.Source.Digest)
		run.Properties.Systems = append(run.Properties.Systems, sarifSystem{
			Name: a.System.Name, Title: a.System.Title, Source: art.URI, Document: a.Source.Document, AssessedOn: a.AssessedOn,
			ImpactLevel: a.Summary.ImpactLevel, InherentRisk: a.Summary.InherentRisk, ResidualRisk: a.Summary.ResidualRisk,
			CanadaAIA: a.Summary.AIA,
		})
		for _, f := range a.Findings {
			id := descs.idOf(f)
			res := sarifResultOf(a, f, art, id, descs.index[id])
			if changes := ov.byRule[f.RuleID]; len(changes) > 0 {
				res.Properties.Overrides = sarifOverrides(ov, changes)
				res.Message.Text += " " + overridesSentence(ov, changes)
			}
			run.Results = append(run.Results, res)
		}
	}
	s.notifications(&run, r.Errors, arts)
	run.Artifacts = arts.list
	return sarifLog{Schema: SARIFSchema, Version: SARIFVersion, Runs: []sarifRun{run}}
}

// invocation records the working directory, when known.
func (s *SARIF) invocation() sarifInvocation {
	inv := sarifInvocation{ExecutionSuccessful: true}
	if s.o.baseDir != "" {
		inv.WorkingDirectory = &sarifBaseURI{URI: fileURI(absDir(s.o.baseDir), true)}
	}
	return inv
}

// sarifArtifacts lists the files of a run, once each, in order of first
// mention.
type sarifArtifacts struct {
	o     options
	list  []sarifArtifact
	index map[string]int
}

// location returns the artifact location of a source path, adding the
// file to the list (with its digest, when known) the first time.
func (as *sarifArtifacts) location(path, digest string) sarifArtifactLocation {
	loc := as.o.artifactLocation(path)
	key := loc.URIBaseID + "|" + loc.URI
	i, ok := as.index[key]
	if !ok {
		i = len(as.list)
		as.index[key] = i
		as.list = append(as.list, sarifArtifact{Location: loc})
	}
	if d, ok := strings.CutPrefix(digest, "sha256:"); ok && as.list[i].Hashes == nil {
		as.list[i].Hashes = map[string]string{"sha-256": d}
	}
	loc.Index = &i
	return loc
}

// artifactLocation names a source file in SARIF: relative to the
// repository root (or the base directory) under %SRCROOT% when it is
// inside, else by an absolute file URI.
func (o options) artifactLocation(path string) sarifArtifactLocation {
	p, inside := o.repoPath(path)
	if !inside {
		return sarifArtifactLocation{URI: fileURI(p, false)}
	}
	return sarifArtifactLocation{URI: relativeURI(p), URIBaseID: srcRoot}
}

func sarifResultOf(a *assess.Assessment, f assess.Finding, art sarifArtifactLocation, ruleID string, ruleIndex int) sarifResult {
	res := sarifResult{
		RuleID:              ruleID,
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
		loc := sarifLocation{ID: &id, PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art, Region: regionOf(e.Line, e.Column)}, Message: &sarifText{Text: evidenceText(e)}}
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

// regionOf is the region of a position, or nil for none (line 0).
func regionOf(line, column int) *sarifRegion {
	if line <= 0 {
		return nil
	}
	return &sarifRegion{StartLine: line, StartColumn: max(column, 1), EndLine: line}
}

// notifications records the inputs that could not be assessed as tool
// execution notifications, with a descriptor for each kind of failure,
// and marks the run unsuccessful when there are any.
func (s *SARIF) notifications(run *sarifRun, failures []assess.InputFailure, arts *sarifArtifacts) {
	if len(failures) == 0 {
		return
	}
	inv := &run.Invocations[0]
	inv.ExecutionSuccessful = false
	kinds := map[assess.FailureKind]int{}
	for _, f := range failures {
		i, ok := kinds[f.Kind]
		if !ok {
			i = len(run.Tool.Driver.Notifications)
			kinds[f.Kind] = i
			run.Tool.Driver.Notifications = append(run.Tool.Driver.Notifications, sarifNotificationDescriptor{
				ID: string(f.Kind), Name: ruleName(string(f.Kind), string(f.Kind)),
				ShortDescription:     sarifText{Text: failureKindText(f.Kind)},
				DefaultConfiguration: sarifRuleConfig{Level: "error"},
			})
		}
		art := arts.location(f.Path, "")
		n := sarifNotification{
			Level: "error", Message: sarifText{Text: cleanText(failureSentence(f))},
			Descriptor: sarifDescriptorRef{ID: string(f.Kind), Index: i},
			Locations:  []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art}}},
			Properties: sarifNotificationProperties{Path: cleanText(f.Path), Kind: f.Kind},
		}
		for _, p := range f.Problems {
			n.Locations = append(n.Locations, sarifLocation{
				PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: art, Region: regionOf(p.Line, p.Column)},
				Message:          &sarifText{Text: cleanText(p.Message)},
			})
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
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
	return hashParts(append([]string{system, f.RuleID}, paths...)...)
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

// sarifRules are the rule descriptors of a run and the index of each
// descriptor id in them, and each rule's base severity, which decides
// whether a finding uses the rule's descriptor or one of its severity.
type sarifRules struct {
	list  []sarifRule
	index map[string]int
	base  map[string]rules.Severity
}

// idOf returns the id of the descriptor a finding's result points to: the
// rule id when the finding is at the rule's base severity, else
// RULE-ID/SEVERITY.
func (d sarifRules) idOf(f assess.Finding) string {
	if b, ok := d.base[f.RuleID]; !ok || f.Severity == b || !f.Severity.Valid() {
		return f.RuleID
	}
	return f.RuleID + "/" + f.Severity.String()
}

// rules returns the descriptors of the rules with results (and of their
// computed severities other than the base severity) and of the rules rule
// packs turned off (with enabled false), sorted by id. A rule is
// described from the metadata given with WithRules, or else from its
// first finding or its override.
func (s *SARIF) rules(r *assess.Report, ov overrideSet) sarifRules {
	descs := map[string]sarifRule{}
	d := sarifRules{base: map[string]rules.Severity{}}
	for _, a := range r.Assessments {
		for _, f := range a.Findings {
			if _, ok := descs[f.RuleID]; !ok {
				descs[f.RuleID] = s.ruleDescriptor(f)
				d.base[f.RuleID] = descs[f.RuleID].Properties.Severity
			}
			if id := d.idOf(f); id != f.RuleID {
				if _, ok := descs[id]; !ok {
					descs[id] = severityDescriptor(descs[f.RuleID], f.Severity)
				}
			}
		}
	}
	for _, o := range ov.list {
		if _, ok := descs[o.Rule]; !ok && o.Disabled {
			descs[o.Rule] = disabledRule(o, ov.titles[o.Rule])
		}
	}
	anchors := s.anchors()
	for id, desc := range descs {
		rule, _, _ := strings.Cut(id, "/")
		if a, ok := anchors[rule]; ok {
			desc.HelpURI = s.o.rulesDocURL + "#" + url.PathEscape(a)
		}
		if changes := ov.byRule[rule]; len(changes) > 0 {
			desc.Properties.Overrides = sarifOverrides(ov, changes)
			note := overridesSentence(ov, changes)
			desc.Help.Text = note + "\n\n" + desc.Help.Text
			desc.Help.Markdown = mdText(note) + "\n\n" + desc.Help.Markdown
		}
		descs[id] = desc
	}
	ids := make([]string, 0, len(descs))
	for id := range descs {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	d.list = make([]sarifRule, len(ids))
	d.index = make(map[string]int, len(ids))
	for i, id := range ids {
		d.list[i] = descs[id]
		d.index[id] = i
	}
	return d
}

// ruleDescriptor describes a finding's rule from the rules' metadata, or
// else from the finding.
func (s *SARIF) ruleDescriptor(f assess.Finding) sarifRule {
	if ru, ok := s.o.rules[f.RuleID]; ok {
		return sarifRuleOf(ru.ID, ru.Title, ru.Description, ru.Severity, ru.Likelihood, ru.Category, ru.Remediation, ru.Rights, referenceStrings(ru.References))
	}
	return sarifRuleOf(f.RuleID, f.Title, "", f.BaseSeverity, "", f.Category, f.Remediation, f.Rights, referenceStrings(f.References))
}

// severityDescriptor is the descriptor of a rule's findings that dria
// rated at another severity than the rule's base: the rule's descriptor
// with the id RULE-ID/SEVERITY and that severity's level and
// security-severity, so that code scanning shows the computed severity.
func severityDescriptor(base sarifRule, severity rules.Severity) sarifRule {
	d := base
	d.ID = base.ID + "/" + severity.String()
	d.Properties.Tags = slices.Clone(base.Properties.Tags)
	d.Properties.BaseRule, d.Properties.BaseSeverity = base.ID, base.Properties.Severity
	d.Properties.Severity = severity
	d.Properties.SecuritySeverity = securitySeverity(severity)
	d.Properties.ProblemSeverity = problemSeverity(severity)
	d.DefaultConfiguration.Level = sarifLevel(severity)
	note := fmt.Sprintf("Findings of %s that dria rated %s (base severity %s) for their system's scale, scope and irremediability and the rule's likelihood; each result gives the reasons.",
		base.ID, severity, base.Properties.Severity)
	d.FullDescription.Text = base.FullDescription.Text + " " + note
	d.Help.Text = note + "\n\n" + base.Help.Text
	d.Help.Markdown = mdText(note) + "\n\n" + base.Help.Markdown
	return d
}

// anchors returns the catalogue fragment of each built-in rule given with
// WithRules, when a catalogue URL is set: the helpUri of its descriptors.
// Pack rules are not in dria's catalogue and get none.
func (s *SARIF) anchors() map[string]string {
	if s.o.rulesDocURL == "" {
		return nil
	}
	var builtin []rules.Rule
	for _, id := range s.o.ruleIDs {
		if r := s.o.rules[id]; r.Source == "builtin" {
			builtin = append(builtin, r)
		}
	}
	return ruleAnchors(builtin)
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

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
