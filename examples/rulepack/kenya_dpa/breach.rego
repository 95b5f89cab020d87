# METADATA
# title: No process to notify personal data breaches in Kenya
# description: >-
#   Section 43 of Kenya's Data Protection Act, 2019 requires a data controller
#   to notify the Data Commissioner of a breach within 72 hours of becoming
#   aware of it, and to tell the people affected. Without a process, breaches
#   go unreported and people cannot protect themselves.
# custom:
#   id: KE-DPA-005
#   severity: medium
#   likelihood: possible
#   rights: [privacy, remedy]
#   category: kenya-dpa
#   references:
#     - {framework: KE-DPA, ref: s.43}
#   remediation: >-
#     Set up a breach-notification process that reaches the Office of the Data
#     Protection Commissioner within 72 hours and tells the people affected,
#     and record it in security.breachNotification.
package dria.rules.kenya_dpa.breach

import data.dria.lib
import data.dria.rules.kenya_dpa.lib as ke

applies if {
	ke.deployed_in_kenya
	count(lib.categories) > 0
}

findings contains {"msg": msg, "paths": ["/spec/security/breachNotification"]} if {
	input.spec.security.breachNotification == false
	msg := sprintf("no breach-notification process for the personal data of %s in Kenya", [lib.people_text])
}

findings contains {"msg": msg, "paths": ["/spec/security/breachNotification"]} if {
	lib.absent(["spec", "security", "breachNotification"])
	count(lib.processed_sensitive) > 0
	msg := sprintf("whether breaches of sensitive data (%s) are notified in Kenya is not stated", [concat(
		", ",
		sort(lib.processed_sensitive),
	)])
}
