# METADATA
# title: Automated decisions stop or reclaim social benefits with a due-process safeguard missing
# description: >-
#   A system (a model, a rule in code or record matching) decides on its
#   own, or largely on its own, to suspend, reduce or reclaim social
#   benefits, and a safeguard of due process is missing: nobody with
#   authority reviews the decision first (or the review was found
#   inadequate), the person is not told the reasons, the person must
#   disprove the finding, there is no appeal, or payments stay stopped while
#   an appeal is pending; the finding names which. For people who depend on
#   benefits for rent and food, a stopped payment is immediate hardship and
#   debt; this is how Australia's Robodebt scheme, the Dutch
#   childcare-benefits scandal and Serbia's Social Card pushed people into
#   poverty. Social security and an adequate standard of living are rights,
#   and taking them away requires due process. A safeguard marked not
#   applicable is not asked.
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

applies if {
	benefits
	lib.decision_question_applies("decisions")
}

# Social benefits, by domain or because benefit claimants are among the
# people affected.
benefits if "social-benefits" in lib.domains

benefits if "benefit-claimants" in lib.groups

findings contains {"msg": msg, "paths": paths} if {
	benefits
	lib.automated_decisions
	stops_payments
	count(unheard) > 0
	msg := sprintf(
		"%s automated decisions%s on social benefits %s affect %s%s, and people are not heard before payments stop: %s",
		[
			lib.quote(lib.automation), lib.methods_text, effect_text, lib.people_text, groups_text,
			concat("; ", sort(unheard)),
		],
	)
	paths := array.concat(
		[benefits_path, "/spec/decisions/automation", effect_path],
		sort(unheard_paths),
	)
}

default benefits_path := "/spec/affected/groups"

benefits_path := "/spec/context/domains" if "social-benefits" in lib.domains

payment_effects := lib.effects & {"benefit-suspension", "benefit-reduction", "debt-recovery"}

# The decisions stop, cut or reclaim payments: a legal effect, or a stated
# suspension, reduction or recovery.
stops_payments if input.spec.decisions.legalEffect == true

stops_payments if count(payment_effects) > 0

default effect_text := "with legal effect"

effect_text := sprintf("leading to %s", [lib.quote_all(payment_effects)]) if {
	not input.spec.decisions.legalEffect == true
}

default effect_path := "/spec/decisions/legalEffect"

effect_path := "/spec/decisions/effects" if not input.spec.decisions.legalEffect == true

poor_groups := lib.groups & {
	"low-income", "persons-with-disabilities", "elderly", "children", "single-parents",
	"homeless", "unemployed",
}

default groups_text := ""

groups_text := sprintf(" (including %s)", [lib.quote_all(poor_groups)]) if count(poor_groups) > 0

hr := lib.human_review

appeal := input.spec.accountability.appeal

# Each safeguard is asked unless its question is marked not applicable.
asked(field) if lib.decision_question_applies(field)

unheard contains "they must disprove the finding (`burdenOfProof: individual`)" if {
	input.spec.decisions.burdenOfProof == "individual"
	asked("decisions.burdenOfProof")
}

unheard contains "no one reviews the decision first (`humanReview.available: false`)" if {
	hr.available == false
	asked("decisions.humanReview")
}

unheard contains "reviewers cannot override the system (`canOverride: false`)" if {
	hr.available == true
	hr.canOverride == false
	asked("decisions.humanReview")
}

unheard contains sprintf("the review cannot be counted on%s", [lib.review_note]) if {
	lib.found_inadequate(hr)
	asked("decisions.humanReview")
}

unheard contains "no human review is stated" if {
	lib.automation == "full"
	lib.absent(["spec", "decisions", "humanReview"])
	asked("decisions.humanReview")
}

unheard contains "payments stay stopped during an appeal (`suspendsDecision: false`)" if {
	appeal.available == true
	appeal.suspendsDecision == false
	asked("accountability.appeal.suspendsDecision")
}

unheard contains "there is no appeal (`appeal.available: false`)" if {
	appeal.available == false
	asked("accountability.appeal")
}

# A person cannot answer a finding whose reasons they are not told.
unheard contains "they are not told the reasons (`explanation.provided: false`)" if {
	input.spec.decisions.explanation.provided == false
	asked("decisions.explanation")
}

unheard_paths contains "/spec/decisions/burdenOfProof" if {
	some s in unheard
	contains(s, "burdenOfProof")
}

unheard_paths contains "/spec/decisions/humanReview" if {
	some s in unheard
	contains(s, "review")
}

unheard_paths contains "/spec/decisions/explanation" if {
	some s in unheard
	contains(s, "reasons")
}

unheard_paths contains "/spec/accountability/appeal" if {
	some s in unheard
	contains(s, "appeal")
}
