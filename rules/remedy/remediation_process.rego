# METADATA
# title: No process, or none stated, to remedy harm the system has done
# description: >-
#   The system decides about people, watches them or operates in a
#   rights-sensitive domain, but there is no process to remedy harm once it
#   has happened (`remediation: false`), or, for automated decisions with
#   legal effect or measures weighing like it, the description does not say
#   there is one: a process to find everyone wrongly affected, reverse
#   decisions, repay money, correct records, compensate and apologise. Appeals help
#   one person at a time; systemic errors need systemic repair. The Dutch
#   childcare-benefits and Australian Robodebt schemes left hundreds of
#   thousands of people waiting years for repayment and compensation. UNGP
#   22 requires organisations that have caused or contributed to adverse
#   impacts to provide for or cooperate in their remediation, and the right
#   to an effective remedy includes reparation. Not applicable to a system
#   that touches no one, or when remediation is marked not applicable.
# custom:
#   id: DRIA-REM-007
#   severity: medium
#   likelihood: likely
#   rights: [remedy]
#   category: remedy
#   references:
#     - {framework: UNGP, ref: "22"}
#     - {framework: UDHR, ref: Art 8}
#     - {framework: ICCPR, ref: Art 2(3)}
#     - {framework: COE-AI, ref: ""}
#   remediation: >-
#     Adopt a remediation process: criteria and a budget to identify
#     everyone affected by an error or unlawful use (not only those who
#     complained), reverse or re-take their decisions, repay and compensate,
#     correct and delete wrong records including those shared with other
#     bodies, and report publicly on progress. Involve the people affected in
#     designing the remedy.
package dria.rules.remedy.remediation_process

import data.dria.lib

applies if {
	touches_people
	lib.question_applies("accountability.remediation")
}

touches_people if lib.decides_about_people

touches_people if lib.ai_used

touches_people if input.spec.surveillance.publicSpaces == true

touches_people if input.spec.surveillance.lawfulInterception == true

touches_people if count(lib.categories) > 0

legal_effect if {
	lib.decides_about_people
	lib.significant_decision
}

high_stakes if legal_effect

high_stakes if count(lib.domains & lib.sensitive_domains) > 0

high_stakes if input.spec.surveillance.publicSpaces == true

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.remediation == false
	high_stakes
	msg := sprintf(
		"there is no process to remedy harm the system has done (`remediation: false`), although it %s",
		[context_text],
	)
	paths := array.concat(["/spec/accountability/remediation"], context_paths)
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "accountability", "remediation"])
	legal_effect
	lib.automated_decisions
	msg := sprintf(
		"whether there is a process to remedy harm the system has done is not stated, although it %s",
		[context_text],
	)
	paths := array.concat(["/spec/accountability"], context_paths)
}

context_text := sprintf("takes part in decisions %s (`automation: %s`) on %s", [
	lib.effect_text,
	lib.automation,
	lib.people_text,
]) if {
	legal_effect
} else := sprintf("operates in %s and affects %s", [
	lib.quote_all(lib.domains & lib.sensitive_domains),
	lib.people_text,
]) if {
	count(lib.domains & lib.sensitive_domains) > 0
} else := sprintf("monitors public spaces used by %s", [lib.people_text])

default context_paths := ["/spec/surveillance/publicSpaces"]

context_paths := ["/spec/decisions/automation", lib.effect_path] if {
	legal_effect
} else := ["/spec/context/domains"] if {
	count(lib.domains & lib.sensitive_domains) > 0
}
