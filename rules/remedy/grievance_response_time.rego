# METADATA
# title: Complaints answered only after more than 30 days
# description: >-
#   The grievance mechanism takes longer than 30 days to answer. Where the
#   system suspends benefits, blocks an identity or refuses a job, people
#   bear the harm in full while they wait, and delay turns a correctable
#   error into debt, eviction or a missed deadline for appeal. UNGP 31 makes
#   predictability (a clear procedure with an indicative time frame for
#   each stage) a criterion of effective grievance mechanisms, and GDPR
#   gives one month to answer a person exercising their data rights.
# custom:
#   id: DRIA-REM-004
#   severity: low
#   likelihood: likely
#   rights: [remedy]
#   category: remedy
#   references:
#     - {framework: UNGP, ref: "31"}
#     - {framework: GDPR, ref: Art 12}
#   remediation: >-
#     Answer complaints within 30 days at most, and much faster (days) where
#     a decision has already cut off income, identity or access to services;
#     acknowledge receipt at once, give a date for the answer, and allow
#     urgent interim measures such as resuming a payment while a complaint is
#     examined.
package dria.rules.remedy.grievance_response_time

import data.dria.lib

applies if {
	input.spec.accountability.grievance.available == true
	lib.question_applies("accountability.grievance.responseDays")
}

findings contains {"msg": msg, "paths": paths} if {
	days := input.spec.accountability.grievance.responseDays
	days > 30
	msg := sprintf(
		"complaints are answered within %d days (`grievance.responseDays: %d`), more than the 30-day maximum%s",
		[days, days, stakes_text],
	)
	paths := array.concat(["/spec/accountability/grievance/responseDays"], stakes_paths)
}

default stakes_text := ""

stakes_text := sprintf(", while decisions %s on %s take effect in the meantime", [
	lib.effect_text,
	lib.people_text,
]) if {
	lib.decides_about_people
	lib.significant_decision
}

default stakes_paths := []

stakes_paths := [lib.effect_path] if {
	lib.decides_about_people
	lib.significant_decision
}
