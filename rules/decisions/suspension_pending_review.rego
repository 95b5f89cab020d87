# METADATA
# title: Benefits suspended or people struck off a register without a prior hearing or a suspensive appeal
# description: >-
#   The system's output suspends a benefit, or removes people from a
#   register or the voter roll (`decisions.effects`), and the measure takes
#   effect while the case is still open: there is no appeal, the appeal does
#   not put the measure on hold (`appeal.suspendsDecision: false`), or the
#   description does not say that it does. A suspended benefit means rent
#   and food go unpaid while the person waits; a removal from the voter roll
#   before an election cannot be undone after it. Taking away a benefit or a
#   registration pending review requires that the person is heard first
#   (`decisions.priorHearing`) or can stop the measure until an appeal is
#   decided. Not applicable when
#   the suspensive effect of an appeal is marked not applicable or the
#   system decides nothing about people.
# custom:
#   id: DRIA-DEC-019
#   severity: high
#   likelihood: likely
#   rights: [social-security, participation, fair-trial, remedy]
#   category: automated-decisions
#   references:
#     - {framework: ICESCR, ref: Art 9}
#     - {framework: ICCPR, ref: Art 25}
#     - {framework: EU-CFR, ref: Art 41}
#     - {framework: EU-CFR, ref: Art 47}
#   remediation: >-
#     Keep paying, and keep people on the register, until they have been told
#     what was found and heard, and while an appeal is pending; where a
#     measure cannot wait, limit it to what is strictly needed and decide the
#     appeal within days. State `accountability.appeal.suspendsDecision`.
package dria.rules.decisions.suspension_pending_review

import data.dria.lib

removals := lib.effects & {"benefit-suspension", "register-removal", "voter-roll-removal"}

applies if {
	count(removals) > 0
	lib.decision_question_applies("accountability.appeal.suspendsDecision")
}

findings contains {"msg": msg, "paths": paths} if {
	count(removals) > 0
	not heard_first
	msg := sprintf("%s on the system's output (%s, affecting %s) before the case is settled: %s, and %s", [
		what_text,
		lib.quote_all(removals),
		lib.people_text,
		hearing_text,
		appeal_text,
	])
	paths := ["/spec/decisions/effects", "/spec/decisions/priorHearing", "/spec/accountability/appeal"]
}

# heard_first holds when people are heard before the measure takes effect
# (`decisions.priorHearing: true`): then an appeal need not suspend it.
heard_first if input.spec.decisions.priorHearing == true

default hearing_text := "no hearing before the measure is stated"

hearing_text := "people are not heard first (`priorHearing: false`)" if input.spec.decisions.priorHearing == false

default what_text := "people are removed from a register"

what_text := "benefits are suspended" if "benefit-suspension" in removals

appeal := object.get(input, ["spec", "accountability", "appeal"], {})

appeal_text := "there is no appeal (`appeal.available: false`)" if {
	appeal.available == false
} else := "an appeal does not put it on hold (`appeal.suspendsDecision: false`)" if {
	appeal.suspendsDecision == false
} else := "whether an appeal puts it on hold is not stated" if {
	appeal.available == true
	lib.absent(["spec", "accountability", "appeal", "suspendsDecision"])
} else := "no appeal is stated" if {
	lib.absent(["spec", "accountability", "appeal", "available"])
	lib.absent(["spec", "accountability", "appeal", "suspendsDecision"])
}
