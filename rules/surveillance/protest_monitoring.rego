# METADATA
# title: Identifying monitoring of public spaces or protests affecting activists, journalists or defenders
# description: >-
#   The system watches publicly accessible spaces or assemblies, the people
#   affected include activists, journalists or human rights defenders (or its
#   purpose names protests and demonstrations), and it can single people out:
#   by face or other biometrics, by location, or by linking them to their
#   social-media or political data. Knowing that taking part in a protest can
#   put one's name on a police file deters people from assembling, organising
#   and speaking. The UN Human Rights Committee (General Comment 37) warns
#   that recording and identifying assembly participants has a chilling
#   effect; the European Court of Human Rights found violations of Art 8 and
#   Art 10 where facial recognition identified a peaceful protester (Glukhin
#   v Russia, 2023) and of Art 8 where police kept a database on a
#   protester's attendance at demonstrations (Catt v UK, 2019).
# custom:
#   id: DRIA-SURV-003
#   severity: high
#   likelihood: likely
#   rights: [assembly-association, expression, privacy]
#   category: surveillance
#   references:
#     - {framework: ICCPR, ref: Art 21}
#     - {framework: ICCPR, ref: Art 22}
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: ECHR, ref: Art 11}
#     - {framework: ECHR, ref: Art 10}
#     - {framework: UDHR, ref: Art 20}
#     - {framework: EU-CFR, ref: Art 12}
#   remediation: >-
#     Do not use identification technology on people taking part in, observing
#     or reporting on assemblies. Limit monitoring of assemblies to what is
#     needed for public safety, without identifying individuals; delete
#     footage of peaceful participants promptly; require prior authorisation
#     by a judge for any identification linked to a specific serious crime;
#     and consult journalists' and civil-society organisations on the rules.
package dria.rules.surveillance.protest_monitoring

import data.dria.lib

civil_society := {"activists", "journalists", "human-rights-defenders"}

identifying_techniques := {
	"facial-recognition",
	"remote-biometric-identification",
	"biometric-categorisation",
	"emotion-recognition",
	"profiling",
}

identifying_categories := {"biometric", "location", "social-media", "political-opinion"}

protest_pattern := `(?i)protest|demonstration|demonstrator|\bassembl(y|ies)\b|\brall(y|ies)\b|\briots?\b|picket`

applies if lib.stated(["spec", "surveillance"])

applies if count(lib.domains & {"surveillance", "law-enforcement"}) > 0

applies if protest_purpose

protest_purpose if regex.match(protest_pattern, input.spec.context.purpose)

findings contains {"msg": msg, "paths": paths} if {
	count(identification_means) > 0
	some where in setting
	some who in affected
	msg := sprintf(
		concat(" ", [
			"the system monitors %s, affects %s, and can identify individuals",
			"(%s), which deters people from protesting, organising and reporting",
		]),
		[where.text, who.text, concat(", ", sort([m.text | some m in identification_means]))],
	)
	paths := array.concat(
		sort({where.path, who.path}),
		sort({m.path | some m in identification_means}),
	)
}

setting contains {
	"text": "publicly accessible spaces (`publicSpaces: true`)",
	"path": "/spec/surveillance/publicSpaces",
} if {
	input.spec.surveillance.publicSpaces == true
}

setting contains {"text": "protests or assemblies (stated purpose)", "path": "/spec/context/purpose"} if {
	object.get(input, ["spec", "surveillance", "publicSpaces"], false) != true
	protest_purpose
}

affected contains {"text": lib.quote_all(lib.groups & civil_society), "path": "/spec/affected/groups"} if {
	count(lib.groups & civil_society) > 0
}

affected contains {"text": "people taking part in protests or assemblies", "path": "/spec/context/purpose"} if {
	count(lib.groups & civil_society) == 0
	protest_purpose
}

# Facial recognition stated to serve only one-to-one verification does not
# single people out in a crowd.
identifying_used := (lib.techniques & identifying_techniques) - verification_only

default verification_only := set()

verification_only := {"facial-recognition"} if not lib.biometric_identifies

identification_means contains {"text": lib.quote_all(identifying_used), "path": "/spec/ai/techniques"} if {
	count(identifying_used) > 0
}

identification_means contains {
	"text": "`biometricFunctions: identification`",
	"path": "/spec/ai/biometricFunctions",
} if {
	"identification" in lib.biometric_functions
}

identification_means contains {
	"text": sprintf("%s data", [lib.quote_all(lib.categories & identifying_categories)]),
	"path": "/spec/data/categories",
} if {
	count(lib.categories & identifying_categories) > 0
}

identification_means contains {"text": "`locationTracking: true`", "path": "/spec/surveillance/locationTracking"} if {
	input.spec.surveillance.locationTracking == true
}
