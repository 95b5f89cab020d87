# Helpers shared by the built-in rules and available to rule packs as
# data.dria.lib. Everything here reads only the input and the evaluation's
# clock (which the host sets), so rules that use it stay deterministic.
package dria.lib

# Sets of enum values that rules treat alike.

# Groups in situations of vulnerability or marginalisation (UNGP 14 scope,
# UNGP 18 commentary).
vulnerable_groups := {
	"children", "elderly", "persons-with-disabilities", "ethnic-minorities",
	"religious-minorities", "indigenous-peoples", "migrants", "refugees-asylum-seekers",
	"low-income", "lgbtiq", "journalists", "human-rights-defenders", "activists", "detainees",
	"unemployed", "jobseekers", "single-parents", "people-with-migration-background",
	"benefit-claimants", "homeless",
}

# Special categories of personal data (GDPR Art 9) and criminal records
# (GDPR Art 10).
sensitive_categories := {
	"biometric", "health", "genetic", "ethnicity", "political-opinion", "religion",
	"trade-union", "sexual-orientation", "criminal-records",
}

# Domains where decisions bear on rights directly (EU AI Act Annex III and
# the public functions the OECD action plan names).
sensitive_domains := {
	"social-benefits", "law-enforcement", "migration-border", "justice", "elections",
	"surveillance", "health", "digital-identity", "education", "employment",
}

# Domains where a system's decisions decide people's access to benefits,
# liberty, residence, justice, education, work, care, credit, public
# services and identity (EU AI Act Annex III points 4 to 8, and point 1 for
# identity): where a model's errors and biases fall on individuals. A rule
# that also counts other domains adds them locally and says why.
decision_domains := {
	"social-benefits", "law-enforcement", "migration-border", "justice", "education",
	"employment", "health", "finance", "public-services", "digital-identity",
}

# Services people rely on, whoever runs them, so that they must be open to
# everyone (CRPD Art 9; the European Accessibility Act covers banking).
essential_domains := {
	"public-services", "social-benefits", "health", "digital-identity", "education",
	"justice", "migration-border", "finance",
}

# Presence of answers. A field that is absent means "not stated", never
# "no". Test presence with absent/stated: in Rego v1, `not f(input.x)` is
# undefined (not true) when input.x is absent, so never negate a call on a
# field that may be missing.

# absent holds when the field at path (keys from the document root, such as
# ["spec", "decisions", "legalEffect"]) is not stated.
absent(path) if object.get(input, path, null) == null

# stated holds when the field at path is present.
stated(path) if object.get(input, path, null) != null

# Facts about the system, defined only when stated.

people := input.spec.affected.people

groups := {g | some g in input.spec.affected.groups}

# affected_vulnerable are the vulnerable groups among the people affected,
# children included when they are likely users or affected whatever the
# groups list says.
affected_vulnerable := (groups & vulnerable_groups) | {"children" | children_users}

domains := {d | some d in input.spec.context.domains}

categories := {c | some c in input.spec.data.categories}

processed_sensitive := categories & sensitive_categories

techniques := {t | some t in input.spec.ai.techniques}

automation := input.spec.decisions.automation

# decides_about_people holds when the system takes part in decisions about
# individuals.
decides_about_people if input.spec.decisions.automation in {"assistive", "partial", "full"}

# automated_decisions holds when the system itself decides some or all cases.
automated_decisions if input.spec.decisions.automation in {"partial", "full"}

# ai_used holds when the description says a model is used or lists a
# technique.
ai_used if input.spec.ai.used == true

ai_used if count(techniques) > 0

is_public_sector if input.spec.context.sector in {"public", "public-service-contractor"}

# essential_services are the system's domains that are essential services;
# elections and civic participation count when a public body runs them.
essential_services := (domains & essential_domains) | public_civic_services

public_civic_services contains d if {
	is_public_sector
	some d in domains
	d in {"elections", "civic-participation"}
}

# may_process_personal_data holds unless the description says no personal
# data is processed (`data.categories: []`): unstated counts as processed.
may_process_personal_data if object.get(input, ["spec", "data", "categories"], null) != []

# may_have_legal_effect holds unless the description says the decisions
# have no legal or similarly significant effect (`decisions.legalEffect:
# false`): an unstated answer counts as a possible legal effect.
may_have_legal_effect if object.get(input, ["spec", "decisions", "legalEffect"], null) != false

# Formatting for messages.

# fmt_int writes a non-negative whole number with thousands separators:
# 300000 -> "300,000".
fmt_int(n) := digits if {
	digits := format_int(n, 10)
	count(digits) <= 3
}

fmt_int(n) := s if {
	digits := format_int(n, 10)
	len := count(digits)
	len > 3
	head := ((len - 1) % 3) + 1
	rest := [substring(digits, head + (3 * k), 3) | some k in numbers.range(0, ((len - head) / 3) - 1)]
	s := concat(",", array.concat([substring(digits, 0, head)], rest))
}

# people_text describes the scale for messages: "300,000 people" or
# "an unstated number of people".
default people_text := "an unstated number of people"

people_text := sprintf("%s people", [fmt_int(people)]) if is_number(people)

# quote wraps a value in backticks, as messages quote description values.
quote(x) := sprintf("`%v`", [x])

# join_and joins texts as "a, b and c", in the order given.
join_and(xs) := xs[0] if count(xs) == 1

join_and(xs) := sprintf("%s and %s", [
	concat(", ", array.slice(xs, 0, count(xs) - 1)),
	xs[count(xs) - 1],
]) if {
	count(xs) > 1
}

# quote_all lists values as `a`, `b` and `c`, in sorted order.
quote_all(xs) := join_and([quote(x) | some x in sort([x | some x in xs])]) if count(xs) > 0

quote_all(xs) := "none" if count(xs) == 0

# Where the system is deployed.

# eea holds the EU member states and the other EEA states (Iceland,
# Liechtenstein, Norway), where the GDPR applies and which the rules treat
# as the reach of the EU's digital regulations.
eea := {
	"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
	"IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
	"IS", "LI", "NO",
}

# in_eea holds when the system is deployed in the EEA, or where it is
# deployed is not stated (unknown is not safe).
in_eea if absent(["spec", "context", "jurisdictions"])

in_eea if {
	some j in input.spec.context.jurisdictions
	j in eea
}

# Children, and identity systems.

# children_affected holds when children are among the people affected or
# their data is processed.
children_affected if "children" in groups

children_affected if "children" in categories

children_affected if children_users

# children_paths points at the fields that say children are involved.
children_paths := sort({path |
	some path, values in {"/spec/affected/groups": groups, "/spec/data/categories": categories}
	"children" in values
} | {"/spec/children" | children_users})

# id_pattern matches a purpose that describes an identity system.
id_pattern := concat("|", [
	`(?i)\b(digital|national|legal|foundational|unique|biometric|civil)[ -](id|identity|identification|identifier)\b`,
	`\bidentity (card|number|register|registry|scheme|system|document)s?\b|\be-?id\b`,
])

# id_system holds for digital or national identity systems, by domain or
# by purpose.
id_system if "digital-identity" in domains

id_system if regex.match(id_pattern, input.spec.context.purpose)

# id_path points at the field that makes the system an identity system.
default id_path := "/spec/context/purpose"

id_path := "/spec/context/domains" if "digital-identity" in domains

# Onward disclosure.

# processor_pattern matches the wording of a recipient bound as a processor
# (GDPR Art 28) in a sharing entry's legal basis or purpose.
processor_pattern := concat("", [
	`(?i)(processor|art(icle)?\.?\s*28([^0-9]|$)|outsourc|`,
	`on (our|its|the controller'?s) behalf|sub-?contract)`,
])

# acts_as_processor holds when a sharing entry says its recipient processes
# the data on the system's behalf rather than for its own purposes.
acts_as_processor(s) if regex.match(processor_pattern, s.legalBasis)

acts_as_processor(s) if regex.match(processor_pattern, s.purpose)

# Time, from the evaluation clock (the host's clock option, or the server's
# time when the policy runs in OPA).

today_ns := time.now_ns()

today := substring(time.format([today_ns, "UTC", "2006-01-02"]), 0, 10)

# days_since gives the whole days from a YYYY-MM-DD date to today: negative
# for future dates. Dates OPA's clock cannot represent (before 1700 or after
# 2200) count as four centuries ago or in the future.
days_since(date) := floor((today_ns - time.parse_ns("2006-01-02", date)) / ((24 * 3600) * 1000000000)) if {
	year := to_number(substring(date, 0, 4))
	year >= 1700
	year <= 2200
}

days_since(date) := 146000 if to_number(substring(date, 0, 4)) < 1700

days_since(date) := -146000 if to_number(substring(date, 0, 4)) > 2200

# Matching model inputs against protected traits and their proxies.

# proxy_patterns maps a trait to a pattern of feature names that encode it
# directly or by proxy (postcode for ethnicity, first name for gender...).
proxy_patterns := {
	"nationality or ethnic origin": concat("|", [
		`(?i)nationalit|citizenship|ethnic|race|racial|country.of.birth`,
		`birth.?country|immigra|migration.background|dual.national|foreign`,
	]),
	"address or neighbourhood": `(?i)post.?code|zip.?code|postal|neighbou?rhood|address|district|area.code`,
	"name": `(?i)(^|[^a-z])(first.?name|surname|last.?name|family.?name)`,
	"sex or gender": `(?i)(^|[^a-z])(sex|gender|pregnan|maternity)`,
	"age": `(?i)(^|[^a-z])(age|date.of.birth|birth.?date|year.of.birth)([^a-z]|$)`,
	"disability or health": `(?i)disab|health|medical|illness|diagnos`,
	"religion or belief": `(?i)religio|faith|church|mosque`,
	"language": `(?i)(^|[^a-z])(language|mother.tongue|accent)`,
	"family status": `(?i)marital|single.parent|household.composition|number.of.children`,
}

# proxy_inputs maps each model input that matches a protected trait or a
# proxy to the set of traits it stands for.
proxy_inputs[feature] := traits if {
	some feature in input.spec.ai.inputs
	traits := {trait | some trait, pattern in proxy_patterns; regex.match(pattern, feature)}
	count(traits) > 0
}
