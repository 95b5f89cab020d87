# METADATA
# title: Real-name identification forced on a service used by journalists, activists or defenders
# description: >-
#   People must identify themselves with their real name or an identity
#   document to use a messaging or social-media service that journalists,
#   activists or human-rights defenders rely on. Anonymity and pseudonymity
#   protect sources, whistle-blowers and dissidents; once every account is tied
#   to a legal identity, a single data request, breach or leak exposes who said
#   what and who organised with whom, and many stop speaking or organising at
#   all. UN special rapporteurs treat anonymity as a condition of free
#   expression online, and compulsory real-name registration as an interference
#   that needs strict justification.
# custom:
#   id: DRIA-EXP-006
#   severity: medium
#   likelihood: likely
#   rights: [expression, privacy, assembly-association]
#   category: expression
#   references:
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: UDHR, ref: Art 19}
#     - {framework: WARSAW, ref: P4}
#   remediation: >-
#     Allow use under a pseudonym without an identity document, verifying
#     identity only where a law that meets necessity and proportionality
#     demands it; if identity must be checked, keep only a yes/no result and
#     not the document, never show the real name to other users or the state
#     without a court order, and tell users what is kept.
package dria.rules.expression.real_name

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

at_risk := lib.groups & {"journalists", "activists", "human-rights-defenders"}

services := lib.domains & {"messaging", "social-media"}

findings contains {"msg": msg, "paths": paths} if {
	input.spec.expression.anonymousUse == false
	count(services) > 0
	count(at_risk) > 0
	msg := sprintf(
		concat(" ", [
			"the %s service cannot be used without real-name identification",
			"(`anonymousUse: false`), and its %s users include %s%s",
		]),
		[lib.quote_all(services), lib.people_text, lib.quote_all(at_risk), id_text],
	)
	paths := ["/spec/expression/anonymousUse", "/spec/context/domains", "/spec/affected/groups"]
}

default id_text := ""

id_text := "; identity documents are collected (`government-id`)" if "government-id" in lib.categories
