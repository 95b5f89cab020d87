# METADATA
# title: Consent is the only lawful basis of an employer's processing of workers' data
# description: >-
#   An organisation uses the system on its own workers, platform workers or
#   job applicants and states consent as the only lawful basis for
#   processing their data. People who need the job or the next assignment
#   can rarely refuse their employer freely, so such consent is seldom
#   valid: European data protection authorities hold that, given the
#   dependence of workers on their employer, consent is valid only in
#   exceptional cases where refusing has no consequence at all. Monitoring,
#   scoring and allocation of work then rest on nothing.
# custom:
#   id: DRIA-PRIV-018
#   severity: medium
#   likelihood: likely
#   rights: [privacy, work]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 4(11)}
#     - {framework: GDPR, ref: Art 7(4)}
#     - {framework: GDPR, ref: Art 88}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: ICESCR, ref: Art 7}
#   remediation: >-
#     Rest the processing on the employment contract or a legal obligation
#     for what is strictly needed to employ people, consult workers'
#     representatives on any monitoring, drop what is not needed, and keep
#     consent only for optional extras that workers can refuse or withdraw
#     without any consequence; state the bases in lawfulBases.
package dria.rules.privacy.consent_employer

import data.dria.lib

worker_groups := {"workers", "gig-workers", "jobseekers"}

# The organisation assessed uses the system on the people it employs or
# hires; a provider that only sells it is not their employer.
employer if {
	"employment" in lib.domains
	count(lib.groups & worker_groups) > 0
	object.get(input, ["spec", "context", "role"], "deployer") != "provider"
}

applies if {
	employer
	count(lib.lawful_bases) > 0
}

findings contains {"msg": msg, "paths": paths} if {
	employer
	lib.lawful_bases == {"consent"}
	msg := sprintf(
		concat(" ", [
			"the system is used on %s (%s, in `employment`) and rests the processing of their data on",
			"consent alone (`lawfulBases: [consent]`), though people cannot freely refuse the",
			"organisation they work for or want to work for",
		]),
		[lib.quote_all(lib.groups & worker_groups), lib.people_text],
	)
	paths := ["/spec/affected/groups", "/spec/context/domains", "/spec/data/lawfulBases"]
}
