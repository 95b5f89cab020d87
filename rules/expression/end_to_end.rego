# METADATA
# title: Private messages without end-to-end encryption where journalists or activists are affected
# description: >-
#   The service carries private messages of journalists, activists or
#   human-rights defenders but does not encrypt them end to end, so the
#   provider, anyone who breaches it and any authority that compels it can
#   read their content. Sources, contacts and plans then reach those they were
#   hidden from, and people censor themselves. Encryption is a recognised
#   enabler of the rights to privacy and to freedom of opinion and expression,
#   and the protection of journalists' sources is a core part of press
#   freedom.
# custom:
#   id: DRIA-EXP-008
#   severity: medium
#   likelihood: possible
#   rights: [privacy, expression]
#   category: expression
#   references:
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: WARSAW, ref: P7}
#     - {framework: GDPR, ref: Art 32}
#   remediation: >-
#     Encrypt one-to-one and group messages end to end by default with an
#     audited, open protocol, keep keys only on users' devices, minimise the
#     metadata kept on servers, and do not build or accept mechanisms that
#     scan or give access to message content.
package dria.rules.expression.end_to_end

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

at_risk := lib.groups & {"journalists", "activists", "human-rights-defenders"}

# Private communications: a messaging service, or a social network that
# processes message content (direct messages).
carries_messages := "`messaging` service" if "messaging" in lib.domains

else := "`social-media` service with direct messages (`communications-content`)" if {
	"social-media" in lib.domains
	"communications-content" in lib.categories
}

findings contains {"msg": msg, "paths": paths} if {
	count(at_risk) > 0
	msg := sprintf("%s on a %s used by %s, including %s", [
		e2e_state,
		carries_messages,
		lib.people_text,
		lib.quote_all(at_risk),
	])
	paths := ["/spec/data/encryption/endToEnd", "/spec/context/domains", "/spec/affected/groups"]
}

e2e_state := "messages are not end-to-end encrypted (`endToEnd: false`)" if {
	input.spec.data.encryption.endToEnd == false
	carries_messages
} else := "end-to-end encryption of messages is not stated" if {
	"messaging" in lib.domains
	lib.absent(["spec", "data", "encryption", "endToEnd"])
}
