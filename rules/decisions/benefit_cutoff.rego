# METADATA
# title: Automated decisions stop or reclaim social benefits before the person is heard
# description: >-
#   A system decides on its own, or largely on its own, to suspend, reduce or
#   reclaim social benefits, and the person is not heard before the money
#   stops: nobody with authority reviews the decision first, the person is
#   not told the reasons, the person must disprove the finding, or payments
#   stay stopped while an appeal is pending. For people who depend on
#   benefits for rent and food, a stopped payment is immediate hardship and
#   debt; this is how Australia's Robodebt scheme, the Dutch
#   childcare-benefits scandal and Serbia's Social Card pushed people into
#   poverty. Social security and an adequate standard of living are rights,
#   and taking them away requires due process.
# custom:
#   id: DRIA-DEC-007
#   severity: high
#   likelihood: likely
#   rights: [social-security, fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: ICESCR, ref: Art 9}
#     - {framework: ICESCR, ref: Art 11}
#     - {framework: UDHR, ref: Art 22}
#     - {framework: EU-CFR, ref: Art 41}
#     - {framework: GDPR, ref: Art 22}
#     - {framework: CA-DADM, ref: ""}
#   remediation: >-
#     Never suspend, cut or reclaim a benefit on the system's output alone:
#     have a caseworker with authority to override check each case, tell the
#     person what was found and hear them before any change takes effect, keep
#     paying while an appeal is pending, and leave the burden of proving an
#     overpayment with the authority. Review and refund past decisions taken
#     without these safeguards.
package dria.rules.decisions.benefit_cutoff

import data.dria.lib

applies if "social-benefits" in lib.domains

findings contains {"msg": msg, "paths": paths} if {
	"social-benefits" in lib.domains
	lib.automated_decisions
	input.spec.decisions.legalEffect == true
	count(unheard) > 0
	msg := sprintf(
		"%s automated decisions on social benefits affect %s%s, and people are not heard before payments stop: %s",
		[lib.quote(lib.automation), lib.people_text, groups_text, concat("; ", sort(unheard))],
	)
	paths := array.concat(
		["/spec/context/domains", "/spec/decisions/automation", "/spec/decisions/legalEffect"],
		sort(unheard_paths),
	)
}

poor_groups := lib.groups & {"low-income", "persons-with-disabilities", "elderly", "children"}

default groups_text := ""

groups_text := sprintf(" (including %s)", [lib.quote_all(poor_groups)]) if count(poor_groups) > 0

hr := input.spec.decisions.humanReview

appeal := input.spec.accountability.appeal

can_override if {
	hr.available == true
	hr.canOverride == true
}

unheard contains "they must disprove the finding (`burdenOfProof: individual`)" if {
	input.spec.decisions.burdenOfProof == "individual"
}

unheard contains "no one reviews the decision first (`humanReview.available: false`)" if hr.available == false

unheard contains "reviewers cannot override the system (`canOverride: false`)" if {
	hr.available == true
	hr.canOverride == false
}

unheard contains "no human review is stated" if {
	lib.automation == "full"
	lib.absent(["spec", "decisions", "humanReview"])
}

unheard contains "payments stay stopped during an appeal (`suspendsDecision: false`)" if {
	appeal.available == true
	appeal.suspendsDecision == false
}

unheard contains "there is no appeal (`appeal.available: false`)" if appeal.available == false

# A person cannot answer a finding whose reasons they are not told.
unheard contains "they are not told the reasons (`explanation.provided: false`)" if {
	input.spec.decisions.explanation.provided == false
}

unheard_paths contains "/spec/decisions/burdenOfProof" if input.spec.decisions.burdenOfProof == "individual"

unheard_paths contains "/spec/decisions/humanReview" if {
	some s in unheard
	contains(s, "review")
}

unheard_paths contains "/spec/decisions/explanation" if input.spec.decisions.explanation.provided == false

unheard_paths contains "/spec/accountability/appeal" if {
	some s in unheard
	contains(s, "appeal")
}
