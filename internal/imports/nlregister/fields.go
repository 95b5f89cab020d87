package nlregister

import (
	"strings"
	"unicode/utf8"
)

// standardFields are the fields of the publication standard v1.0.0 with
// their labels (the standard's "name" of each field) and the start of
// their description, as a header row of an export would give them.
var standardFields = map[string][2]string{
	"name":                          {"Naam", "De naam die gebruikt wordt om het algoritme"},
	"description_short":             {"Korte omschrijving", "Een korte beschrijving van het algoritme"},
	"organization":                  {"Organisatie", "De volledige naam van de organisatie"},
	"theme":                         {"Thema", "Het beleidsterrein waarin het algoritme"},
	"status":                        {"Status", "De status van het algoritme"},
	"start_date":                    {"Begindatum", "Maand waarin het algoritme in gebruik"},
	"end_date":                      {"Einddatum", "Maand waarin het algoritme buiten gebruik"},
	"contact":                       {"Contactgegevens", "Gebruik algemene contactgegevens"},
	"link":                          {"Link naar publiekspagina", "Een URL naar een publiekspagina"},
	"publication_category":          {"Publicatiecategorie", "Om te bepalen welke algoritmes"},
	"source_link":                   {"Link naar bronregistratie", "De URL van de locatie waar dit algoritme"},
	"purpose_and_impact":            {"Doel en impact", "Het doel waarvoor het algoritme"},
	"considerations":                {"Afwegingen", "Een afweging van de voor- en nadelen"},
	"human_intervention":            {"Menselijke tussenkomst", "Een omschrijving van hoe uitkomsten"},
	"risk_management":               {"Risicobeheer", "Een overzicht van hoe omgegaan wordt"},
	"legal_basis":                   {"Wettelijke basis", "Een omschrijving van de wettelijke basis"},
	"legal_basis_link":              {"Link naar wettelijke basis", "Een link naar de wettelijke grondslag"},
	"legal_basis_title":             {"Titel van wettelijke basis", "Titel van de gelinkte wettelijke"},
	"processing_register_link":      {"Link naar verwerkingsregister", "Link naar een openbaar deel"},
	"impact_assessments":            {"Impacttoetsen", "Welke impacttoetsen zijn gebruikt"},
	"impact_assessment_link":        {"Link naar impacttoets", "Link naar de resultaten van een"},
	"impact_assessment_explanation": {"Toelichting op impacttoetsen", "Toelichting waarom bepaalde impacttoetsen"},
	"data":                          {"Gegevens", "Een overzicht van de gegevens die"},
	"data_source_link":              {"Link naar gegevensbronnen", "Link naar aanvullende informatie"},
	"data_source_title":             {"Titel van gegevensbron", "Titel van de gelinkte gegevensbron"},
	"technical_operation":           {"Technische werking", "Uitleg van hoe het algoritme werkt"},
	"supplier":                      {"Leverancier", "Indien van toepassing, de externe leverancier"},
	"source_code_link":              {"Link naar broncode", "Een URL naar de codepagina"},
	"language":                      {"Taal", "De taal waarin deze registratie"},
	"schema":                        {"Schema", "De versie van de Publicatiestandaard"},
	"source_id":                     {"Bron-ID", "Indien van toepassing, de unieke identificatie"},
	"search_terms":                  {"Zoektermen", "Trefwoorden over het algoritme"},
}

// earlierFields are the fields of the register's earlier exports with
// the Dutch labels their header rows use.
var earlierFields = map[string]string{
	"name": "Naam", "organization": "Organisatie", "department": "Afdeling",
	"description_short": "Korte omschrijving", "type": "Type algoritme", "category": "Categorie",
	"website": "Website", "status": "Status", "goal": "Doel", "impact": "Impact",
	"proportionality": "Proportionaliteit", "decision_making_process": "Besluitvormingsproces",
	"documentation": "Documentatie", "description": "Beschrijving", "application_url": "Applicatie URL",
	"publiccode": "Publiccode", "MPRD": "MPRD", "source_data": "Brondata",
	"methods_and_models": "Methoden en modellen", "monitoring": "Monitoring",
	"human_intervention": "Menselijke tussenkomst", "risks": "Risico's",
	"performance_standard": "Prestatienorm", "competent_authority": "Bevoegde autoriteit",
	"lawful_basis": "Wettelijke grondslag", "IAMA": "IAMA", "IAMA_description": "IAMA omschrijving",
	"DPIA": "DPIA", "DPIA_description": "DPIA omschrijving", "objection_procedure": "Bezwaarprocedure",
	"schema": "Schema", "id": "ID", "url": "URL", "contact_email": "Contact e-mail",
	"area": "Gebied", "lang": "Taal", "revision_date": "Revisiedatum",
}

// standardOnly and earlierOnly are the fields only one layout has; they
// tell the layouts apart.
var standardOnly, earlierOnly = map[string]bool{}, map[string]bool{}

func init() {
	for k := range standardFields {
		if _, both := earlierFields[k]; !both {
			standardOnly[k] = true
		}
	}
	for k := range earlierFields {
		if _, both := standardFields[k]; !both {
			earlierOnly[k] = true
		}
	}
}

// knownField reports whether a field belongs to either layout.
func knownField(k string) bool {
	_, std := standardFields[k]
	_, old := earlierFields[k]
	return std || old
}

// statusWords are what a "field status" header row says of each field.
var statusWords = []string{"verplicht", "optioneel", "aanbevolen", "verborgen", "mandatory", "optional",
	"recommended", "required", "hidden", "niet verplicht", "indien van toepassing"}

// shortFields never hold a sentence in a real record: when all of those
// a row gives read as sentences, the row describes the fields.
var shortFields = []string{"organization", "status", "type", "lang", "language", "schema", "id",
	"revision_date", "start_date", "end_date", "publication_category", "contact_email", "url", "website"}

// headerRow reports whether the record is a header row of an export
// (field status, labels or descriptions) and which.
func (r *Record) headerRow() (string, bool) {
	statuses, labels, descriptions, filled := 0, 0, 0, 0
	for k, f := range r.fields {
		v := strings.ToLower(strings.TrimSpace(f.text))
		if v == "" {
			continue
		}
		filled++
		switch {
		case isStatusWord(v):
			statuses++
		case isLabel(k, v):
			labels++
		case isFieldDescription(k, v):
			descriptions++
		}
	}
	need := max(3, (filled+1)/2)
	switch {
	case filled < 3:
		return "", false
	case statuses >= need:
		return "field status", true
	case labels >= need:
		return "field labels", true
	case descriptions >= need || r.shortFieldsAreSentences() || r.namesAreSentences():
		return "field descriptions", true
	case r.namesAreLabels():
		return "field labels", true
	}
	return "", false
}

// namesAreLabels reports whether name and organization hold the labels
// of those fields, in any of the layouts' words.
func (r *Record) namesAreLabels() bool {
	name := strings.ToLower(oneLine(r.Value("name")))
	org := strings.ToLower(oneLine(r.Value("organization")))
	return (name == "naam" || name == "name" || strings.HasPrefix(name, "naam van") || strings.HasPrefix(name, "naam algoritme")) &&
		(strings.HasPrefix(org, "organisatie") || strings.HasPrefix(org, "organization") || strings.HasPrefix(org, "responsible"))
}

// namesAreSentences reports whether name and organization both read as
// sentences (four words or more, ending in a full stop or a question
// mark): a real organisation's name does not.
func (r *Record) namesAreSentences() bool {
	for _, k := range []string{"name", "organization"} {
		v := oneLine(r.Value(k))
		if len(strings.Fields(v)) < 4 || !strings.HasSuffix(v, ".") && !strings.HasSuffix(v, "?") {
			return false
		}
	}
	return true
}

func isStatusWord(v string) bool {
	for _, w := range statusWords {
		if v == w || strings.HasPrefix(v, w+" ") || strings.HasPrefix(v, w+",") || strings.HasPrefix(v, w+" (") {
			return utf8.RuneCountInString(v) <= 40
		}
	}
	return false
}

func isLabel(k, v string) bool {
	if v == strings.ToLower(k) || v == strings.ToLower(strings.ReplaceAll(k, "_", " ")) {
		return true
	}
	if l, ok := standardFields[k]; ok && v == strings.ToLower(l[0]) {
		return true
	}
	return v == strings.ToLower(earlierFields[k]) && v != ""
}

func isFieldDescription(k, v string) bool {
	l, ok := standardFields[k]
	return ok && strings.HasPrefix(v, strings.ToLower(l[1]))
}

// shortFieldsAreSentences reports whether at least two of the short
// fields are given and every one given reads as a sentence.
func (r *Record) shortFieldsAreSentences() bool {
	given := 0
	for _, k := range shortFields {
		v := r.Value(k)
		if v == "" {
			continue
		}
		given++
		if len(strings.Fields(v)) < 5 {
			return false
		}
	}
	return given >= 2
}
