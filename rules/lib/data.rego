# Helpers for the data facts of description format 1.1: lawful bases and
# conditions for sensitive data, consent, what each recipient of a
# disclosure gets, and what biometric processing is for. Part of
# data.dria.lib.
package dria.lib

# Lawful bases and conditions.

# lawful_bases are the stated lawful bases (GDPR Art 6(1)).
lawful_bases := {b | some b in input.spec.data.lawfulBases}

# special_conditions are the stated conditions for special categories of
# data (GDPR Art 9(2)).
special_conditions := {c | some c in input.spec.data.specialCategoryConditions}

# Special categories of data (GDPR Art 9), without criminal records, whose
# condition is GDPR Art 10.
special_categories := sensitive_categories - {"criminal-records"}

# processed_special are the special categories the system processes.
processed_special := categories & special_categories

# bases_structured holds when the description states its lawful basis as
# structure (lawfulBases, specialCategoryConditions, criminalDataAuthority
# or nationalLaw) rather than only in the words of legalBasis.
bases_structured if {
	some field in ["lawfulBases", "specialCategoryConditions", "criminalDataAuthority", "nationalLaw"]
	stated(["spec", "data", field])
}

# law_named holds when the description names the law the processing rests
# on: nationalLaw, or a legal basis whose words name an act, law, code,
# decree or statute, or a section.
law_named if non_blank(input.spec.data.nationalLaw)

law_named if regex.match(law_pattern, input.spec.data.legalBasis)

law_pattern := `(?i)(\b(act|law|code|decree|statute|ordinance|wet|loi|ley)\b|gesetz|\bs\.\s*\d|\bsection\s+\d|§)`

# non_blank holds for a string with more than white space in it.
non_blank(x) if trim_space(x) != ""

# Consent.

# consent_relied_on holds when the processing rests on people's consent:
# consent.used, consent among the lawful bases, explicit consent among the
# conditions for special categories, or a consent section that does not say
# whether consent is used (and no lawful basis stated without consent).
consent_relied_on if input.spec.data.consent.used == true

consent_relied_on if consent_implied

consent_relied_on if "consent" in lawful_bases

consent_relied_on if "explicit-consent" in special_conditions

# consent_paths point at the fields that say consent is relied on.
consent_paths contains "/spec/data/consent/used" if input.spec.data.consent.used == true

consent_paths contains "/spec/data/lawfulBases" if "consent" in lawful_bases

consent_paths contains "/spec/data/specialCategoryConditions" if "explicit-consent" in special_conditions

consent_paths contains "/spec/data/consent" if consent_implied

# consent_implied holds for a consent section that does not say whether
# consent is used, where no lawful basis is stated either.
consent_implied if {
	is_object(input.spec.data.consent)
	absent(["spec", "data", "consent", "used"])
	count(lawful_bases) == 0
}

# consent_data_text names the special categories consent is relied on for,
# for a message: " for `biometric` data (explicit consent)", or "".
default consent_data_text := ""

consent_data_text := sprintf(" for %s data (explicit consent)", [quote_all(processed_special)]) if {
	"explicit-consent" in special_conditions
	count(processed_special) > 0
}

# Disclosures.

# recipient_categories(s) are the categories of personal data the sharing
# entry s discloses: its own dataCategories when stated, otherwise every
# category the system processes (what is not said to be held back may go).
recipient_categories(s) := {c | some c in s.dataCategories} if is_array(s.dataCategories)

else := categories

# recipient_categories_path(i, s) points at the field that says what the
# sharing entry at index i discloses.
recipient_categories_path(i, s) := sprintf("/spec/data/sharing/%d/dataCategories", [i]) if {
	is_array(s.dataCategories)
} else := "/spec/data/categories"

# recipient_sensitive(s) are the special-category and criminal-record data
# the sharing entry s discloses.
recipient_sensitive(s) := recipient_categories(s) & sensitive_categories

# recipient_gets_children_data(s) holds when the sharing entry s discloses
# data about children: when it states what it receives, the `children`
# category, or any personal data where children are among the people the
# system serves; when it does not, whenever children are affected.
recipient_gets_children_data(s) if {
	not is_array(object.get(s, "dataCategories", null))
	children_affected
}

recipient_gets_children_data(s) if "children" in recipient_categories(s)

recipient_gets_children_data(s) if {
	is_array(s.dataCategories)
	count(s.dataCategories) > 0
	children_among_people
}

# children_among_people holds when children are among the people affected
# or the likely users, not only a category of data.
children_among_people if "children" in groups

children_among_people if children_users

# Biometrics.

# biometric_functions are what biometric processing is for: verification
# (one-to-one), identification and deduplication (one-to-many),
# categorisation.
biometric_functions := {f | some f in input.spec.ai.biometricFunctions}

# biometric_identifies holds when the system identifies people one-to-many
# from their biometric data: identification is a stated function, remote
# biometric identification is a technique, or facial recognition is used
# and what it is for is not stated. Facial recognition stated to be only for
# verification (a one-to-one check that a person is who they claim to be)
# or deduplication does not identify people in the sense of the rules on
# remote biometric identification.
biometric_identifies if "identification" in biometric_functions

biometric_identifies if "remote-biometric-identification" in techniques

biometric_identifies if {
	"facial-recognition" in techniques
	absent(["spec", "ai", "biometricFunctions"])
}

# biometric_one_to_many holds when biometric data are searched against a
# database of other people's: identification or deduplication.
biometric_one_to_many if biometric_identifies

biometric_one_to_many if "deduplication" in biometric_functions

# biometric_categorises holds when people are sorted by traits inferred
# from their biometric data.
biometric_categorises if "biometric-categorisation" in techniques

biometric_categorises if "categorisation" in biometric_functions

# biometric_functions_text quotes the stated biometric functions for a
# message (", `biometricFunctions: identification`"), or is empty.
default biometric_functions_text := ""

biometric_functions_text := sprintf(", `biometricFunctions: %s`", [concat(", ", sort(biometric_functions))]) if {
	count(biometric_functions) > 0
}

# Safeguards found inadequate.

# inadequate_assessment_notes(types) word the impact assessments of the
# given types that were found inadequate, one text each, sorted: "the
# `dpia` of 2019-05-01 was found inadequate by `the court`".
inadequate_assessment_notes(types) := sort([note |
	some a in inadequate_assessments
	a.type in types
	note := sprintf("the %s%s was found inadequate%s", [quote(a.type), assessment_date_text(a), source_text(a)])
])

# inadequate_assessment_paths(types) point at the status of each impact
# assessment of the given types found inadequate.
inadequate_assessment_paths(types) := sort([sprintf("/spec/accountability/impactAssessments/%d/status", [i]) |
	some i, a in inadequate_assessments
	a.type in types
])

assessment_date_text(a) := sprintf(" of %s", [a.date]) if is_string(a.date)

else := ""

# source_text(x) names who found the safeguard x inadequate or disputes it,
# for a message: " by `the court`", or " (by whom is not stated)".
source_text(x) := sprintf(" by %s", [quote(x.statusSource)]) if non_blank(x.statusSource)

else := " (by whom is not stated)"

# security_found_inadequate holds when an authority, audit or court found
# the system's security inadequate: its stated measures count as not stated.
security_found_inadequate if found_inadequate(input.spec.security)

# security_unstated(field) holds when the security measure field is not
# stated, or is stated but security was found inadequate.
security_unstated(field) if absent(["spec", "security", field])

security_unstated(field) if {
	security_found_inadequate
	input.spec.security[field] != false
}

# security_unstated_text(field, what) words why the measure what counts as
# not stated: "access logging is not stated", or "access logging is stated,
# but security was found inadequate by `the authority`".
security_unstated_text(field, what) := sprintf("%s is not stated", [what]) if {
	absent(["spec", "security", field])
} else := sprintf("%s is stated, but security was found inadequate%s", [what, source_text(input.spec.security)])

# biometric_id_evidence are the facts that say the system identifies people
# by their biometric data: the face identification techniques, and
# identification among the stated functions.
biometric_id_evidence contains {"order": 1, "text": quote_all(ts), "path": "/spec/ai/techniques"} if {
	ts := techniques & {"facial-recognition", "remote-biometric-identification"}
	count(ts) > 0
}

biometric_id_evidence contains {
	"order": 2,
	"text": "`biometricFunctions: identification`",
	"path": "/spec/ai/biometricFunctions",
} if {
	"identification" in biometric_functions
}

# biometric_id_text quotes that evidence for a message: "`facial-recognition`,
# `biometricFunctions: identification`".
biometric_id_text := concat(", ", [e[1] | some e in sort([[e.order, e.text] | some e in biometric_id_evidence])])

# biometric_id_paths point at that evidence.
biometric_id_paths := sort([e.path | some e in biometric_id_evidence])
