package nlregister

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dria-project/dria/schema/source"
)

// StandardRecord is a record of the publication standard v1.0.0, in the
// standard's field order. Fields the standard makes optional are left out
// when empty.
type StandardRecord struct {
	Name                        string   `json:"name"`
	DescriptionShort            string   `json:"description_short"`
	Organization                string   `json:"organization"`
	Theme                       []string `json:"theme"`
	Status                      string   `json:"status"`
	StartDate                   string   `json:"start_date"`
	Contact                     string   `json:"contact"`
	Link                        string   `json:"link,omitempty"`
	PublicationCategory         string   `json:"publication_category"`
	PurposeAndImpact            string   `json:"purpose_and_impact"`
	Considerations              string   `json:"considerations"`
	HumanIntervention           string   `json:"human_intervention"`
	RiskManagement              string   `json:"risk_management"`
	LegalBasis                  string   `json:"legal_basis,omitempty"`
	LegalBasisTitle             string   `json:"legal_basis_title,omitempty"`
	ImpactAssessments           string   `json:"impact_assessments"`
	ImpactAssessmentLink        string   `json:"impact_assessment_link,omitempty"`
	ImpactAssessmentExplanation string   `json:"impact_assessment_explanation,omitempty"`
	Data                        string   `json:"data"`
	TechnicalOperation          string   `json:"technical_operation"`
	Supplier                    string   `json:"supplier"`
	Language                    string   `json:"language"`
	Schema                      string   `json:"schema"`
	SourceID                    string   `json:"source_id,omitempty"`
}

// Export is a register record drafted from a description.
type Export struct {
	// Record is the drafted record.
	Record StandardRecord
	// Placeholders names the fields the standard requires that the
	// description could not fill: they hold a placeholder (or, for status,
	// start_date and publication_category, a value to check) and must be
	// completed before the record is published.
	Placeholders []string
}

// placeholder is the text of a required field the description cannot
// fill ("to be completed").
const placeholder = "Nog in te vullen."

// description holds the facts of a description an export uses.
type description struct {
	Metadata struct {
		Name, Title, Owner, Contact, Description string
	}
	Spec struct {
		Context struct {
			Purpose, Lifecycle string
			Domains            []string
		}
		AI struct {
			Used          *bool
			ModelProvider string
		}
		Decisions struct {
			Automation  string
			LegalEffect *bool
			Methods     []string
			HumanReview *struct{ Available, CanOverride *bool }
		}
		Data struct {
			LegalBasis, NationalLaw string
			Categories, Sources     []string
		}
		Accountability struct {
			ImpactAssessments []struct {
				Type, StatusSource string
				Published          *bool
			}
		}
		Mitigations []struct{ Description, Status string }
		Components  []struct{ Provider string }
		Provenance  struct {
			Source struct{ Organisation string }
		}
	}
}

// ExportDescription drafts a register record in the publication standard
// v1.0.0 from a validated description. Every field the standard requires
// is present, so the record validates against the standard's schema;
// those the description cannot fill are listed in Placeholders. now gives
// the month used as start_date when nothing better is known.
func ExportDescription(doc *source.Document, now time.Time) (*Export, error) {
	var d description
	if err := doc.Root.Decode(&d); err != nil {
		return nil, fmt.Errorf("reading the description: %w", err)
	}
	x := &exporter{d: &d}
	rec := StandardRecord{
		Name:                cut(oneLine(x.or("name", d.Metadata.Title, "")), 99),
		DescriptionShort:    cut(x.or("description_short", firstParagraph(d.Metadata.Description), d.Spec.Context.Purpose), 399),
		Organization:        cut(oneLine(x.or("organization", d.Metadata.Owner, d.Spec.Provenance.Source.Organisation)), 99),
		Theme:               themesOf(d.Spec.Context.Domains),
		Status:              x.status(),
		StartDate:           x.mark("start_date", now.UTC().Format("2006-01")),
		Contact:             x.or("contact", d.Metadata.Contact, ""),
		PublicationCategory: x.category(),
		PurposeAndImpact:    cut(x.or("purpose_and_impact", d.Spec.Context.Purpose, ""), 2499),
		Considerations:      x.mark("considerations", placeholder),
		HumanIntervention:   cut(x.or("human_intervention", x.humanIntervention(), ""), 2499),
		RiskManagement:      cut(x.or("risk_management", x.riskManagement(), ""), 2499),
		LegalBasis:          cut(d.Spec.Data.LegalBasis, 2499),
		LegalBasisTitle:     cut(oneLine(d.Spec.Data.NationalLaw), 99),
		Data:                cut(x.or("data", x.data(), ""), 2499),
		TechnicalOperation:  cut(x.or("technical_operation", x.technical(), ""), 4999),
		Supplier:            cut(x.or("supplier", x.supplier(), ""), 199),
		Language:            "nld",
		Schema:              "1.0.0",
		SourceID:            d.Metadata.Name,
	}
	rec.ImpactAssessments, rec.ImpactAssessmentLink = x.assessments()
	sort.Strings(x.placeholders)
	return &Export{Record: rec, Placeholders: x.placeholders}, nil
}

// JSON is the record as indented JSON, ending in a new line.
func (e *Export) JSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e.Record); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

type exporter struct {
	d            *description
	placeholders []string
}

// or is the first non-empty value, or the placeholder (noted).
func (x *exporter) or(field string, vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return x.mark(field, placeholder)
}

// mark notes that a field holds a placeholder or a value to check.
func (x *exporter) mark(field, v string) string {
	x.placeholders = append(x.placeholders, field)
	return v
}

func firstParagraph(s string) string {
	p, _, _ := strings.Cut(strings.TrimSpace(s), "\n\n")
	return p
}

func (x *exporter) status() string {
	switch x.d.Spec.Context.Lifecycle {
	case "production":
		return "In gebruik"
	case "retired":
		return "Buiten gebruik"
	case "design", "procurement", "pilot":
		return "In ontwikkeling"
	}
	return x.mark("status", "In ontwikkeling")
}

// category is B for decisions with legal or similarly significant effect,
// A is never claimed (it needs the AI Act's classification), C otherwise.
func (x *exporter) category() string {
	if le := x.d.Spec.Decisions.LegalEffect; le != nil && *le {
		return "Impactvolle algoritmes (Categorie B)"
	}
	if x.d.Spec.Decisions.LegalEffect == nil {
		x.mark("publication_category", "")
	}
	return "Overige algoritmes (Categorie C)"
}

var assessmentTitles = map[string]string{
	"dpia": "Data Protection Impact Assessment (DPIA)",
	"hria": "Impact Assessment Mensenrechten en Algoritmes (IAMA)",
	"fria": "Fundamental Rights Impact Assessment (FRIA)",
	"aia":  "Algorithmic Impact Assessment (AIA)",
}

// assessments names the impact assessments and links the first published
// one whose source is an address.
func (x *exporter) assessments() (names, link string) {
	var out []string
	for _, a := range x.d.Spec.Accountability.ImpactAssessments {
		t, ok := assessmentTitles[a.Type]
		if !ok {
			t = "Andere impacttoets"
		}
		out = append(out, t)
		if link == "" && a.Published != nil && *a.Published && isURL(a.StatusSource) {
			link = oneLine(a.StatusSource)
		}
	}
	if x.d.Spec.Accountability.ImpactAssessments == nil {
		return x.mark("impact_assessments", placeholder), ""
	}
	if len(out) == 0 {
		return "Geen", ""
	}
	return strings.Join(out, ", "), link
}

func (x *exporter) humanIntervention() string {
	h := x.d.Spec.Decisions.HumanReview
	switch {
	case h == nil || h.Available == nil:
		return ""
	case !*h.Available:
		return "Er is geen menselijke tussenkomst."
	case h.CanOverride != nil && *h.CanOverride:
		return "Een medewerker beoordeelt de uitkomst en kan het besluit aanpassen of terugdraaien."
	}
	return "Een medewerker beoordeelt de uitkomst."
}

func (x *exporter) riskManagement() string {
	var out []string
	for _, m := range x.d.Spec.Mitigations {
		out = append(out, "- "+oneLine(m.Description)+" ("+m.Status+")")
	}
	return strings.Join(out, "\n")
}

func (x *exporter) data() string {
	var parts []string
	if c := x.d.Spec.Data.Categories; len(c) > 0 {
		parts = append(parts, "Categorieën persoonsgegevens: "+strings.Join(c, ", ")+".")
	}
	if s := x.d.Spec.Data.Sources; len(s) > 0 {
		parts = append(parts, "Herkomst: "+strings.Join(s, ", ")+".")
	}
	return strings.Join(parts, " ")
}

func (x *exporter) technical() string {
	var parts []string
	if u := x.d.Spec.AI.Used; u != nil {
		if *u {
			parts = append(parts, "Het algoritme gebruikt een zelflerend (machine learning) of statistisch model.")
		} else {
			parts = append(parts, "Het algoritme gebruikt geen zelflerend of statistisch model.")
		}
	}
	if m := x.d.Spec.Decisions.Methods; len(m) > 0 {
		parts = append(parts, "Werkwijze: "+strings.Join(m, ", ")+".")
	}
	if a := x.d.Spec.Decisions.Automation; a != "" {
		parts = append(parts, "Mate van automatisering: "+a+".")
	}
	return strings.Join(parts, " ")
}

func (x *exporter) supplier() string {
	if p := x.d.Spec.AI.ModelProvider; p != "" {
		return p
	}
	for _, c := range x.d.Spec.Components {
		if c.Provider != "" {
			return c.Provider
		}
	}
	return ""
}

// themesOf maps the description's domains back to the government's
// themes; unmapped domains give no theme.
func themesOf(domains []string) []string {
	out := []string{}
	for _, d := range domains {
		for theme, dom := range themeDomains {
			if dom == d {
				out = append(out, strings.ToUpper(theme[:1])+theme[1:])
			}
		}
	}
	sort.Strings(out)
	return out
}
