# METADATA
# title: Hard-to-reverse decisions carried out before an appeal is decided
# description: >-
#   People can appeal, but the decision takes effect while the appeal is
#   pending, although its effects are irreversible or hard to reverse and
#   fall in an area where they strike at livelihood, liberty or safety:
#   removal of a migrant or asylum seeker, suspension of benefits or debt
#   recovery, loss of a digital identity needed for services, police or court
#   measures. By the time the appeal succeeds the person may have been
#   deported, evicted or gone without food or care. The European Court of
#   Human Rights holds that a remedy against removal where there is a risk of
#   ill-treatment is effective only if it has automatic suspensive effect; the
#   right to an effective remedy requires relief that can still prevent the
#   harm.
# custom:
#   id: DRIA-REM-008
#   severity: medium
#   likelihood: likely
#   rights: [remedy, fair-trial]
#   category: remedy
#   references:
#     - {framework: ECHR, ref: Art 13}
#     - {framework: EU-CFR, ref: Art 47}
#     - {framework: ICCPR, ref: Art 2(3)}
#   remediation: >-
#     Suspend the decision while an appeal is pending wherever its effects are
#     hard to undo: no removal before the appeal is decided, benefit payments
#     and identity credentials maintained, recovery paused. Where suspension
#     is refused, let a judge decide on interim relief quickly, and tell
#     people of this right with the decision.
package dria.rules.remedy.suspensive_appeal

import data.dria.lib

grave_domains := {"migration-border", "social-benefits", "digital-identity", "justice", "law-enforcement"}

applies if {
	lib.decides_about_people
	lib.significant_decision
	lib.decision_question_applies("accountability.appeal.suspendsDecision")
	input.spec.accountability.appeal.available == true
	input.spec.decisions.reversibility in {"irreversible", "hard-to-reverse"}
	count(lib.domains & grave_domains) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.accountability.appeal.suspendsDecision == false
	msg := sprintf(
		"decisions in %s with %s effects on %s are carried out while an appeal is pending (`appeal.suspendsDecision: false`)",
		[lib.quote_all(lib.domains & grave_domains), lib.quote(input.spec.decisions.reversibility), lib.people_text],
	)
	paths := [
		"/spec/accountability/appeal/suspendsDecision",
		"/spec/decisions/reversibility",
		lib.effect_path,
		"/spec/context/domains",
	]
}
