# METADATA
# title: No policy on network shutdowns and blocking orders
# description: >-
#   A messaging or social-media service has no policy on how it responds when
#   a government orders it to shut down, throttle or block access, or to
#   suspend accounts, in a region or nationwide. Shutdowns and blocking cluster
#   around elections, protests and conflicts, exactly when people need to
#   organise, report and call for help; a provider without a policy complies
#   quietly, broadly and at once. Blanket shutdowns and blocking of whole
#   services are disproportionate restrictions on expression and on peaceful
#   assembly and association.
# custom:
#   id: DRIA-EXP-007
#   severity: medium
#   likelihood: possible
#   rights: [assembly-association, expression]
#   category: expression
#   references:
#     - {framework: ICCPR, ref: Art 19}
#     - {framework: ICCPR, ref: Art 21}
#     - {framework: ICCPR, ref: Art 22}
#     - {framework: UDHR, ref: Art 20}
#     - {framework: CPH-PLEDGE, ref: ""}
#   remediation: >-
#     Adopt and publish a policy for shutdown, throttling and blocking orders:
#     demand a written legal basis, interpret orders narrowly, challenge
#     unlawful or disproportionate ones, notify users and the public, publish
#     every order received, and support circumvention such as proxies and
#     censorship-resistant transports.
package dria.rules.expression.shutdown_policy

import data.dria.lib

applies if count(lib.domains & {"social-media", "messaging", "search", "news-media"}) > 0

applies if lib.stated(["spec", "expression"])

services := lib.domains & {"messaging", "social-media"}

at_risk := lib.groups & {"journalists", "activists", "human-rights-defenders"}

findings contains {"msg": msg, "paths": paths} if {
	count(services) > 0
	input.spec.expression.shutdownResistance.policy == false
	msg := sprintf(
		concat(" ", [
			"the %s service used by %s has no policy on network shutdown",
			"and blocking orders (`shutdownResistance.policy: false`)%s",
		]),
		[lib.quote_all(services), lib.people_text, groups_text],
	)
	paths := ["/spec/expression/shutdownResistance/policy", "/spec/context/domains"]
}

# Not stated: only for messaging used by people who are targeted when
# networks are cut.
findings contains {"msg": msg, "paths": paths} if {
	"messaging" in lib.domains
	lib.absent(["spec", "expression", "shutdownResistance", "policy"])
	count(at_risk) > 0
	msg := sprintf("no policy on network shutdown and blocking orders is stated for a `messaging` service used by %s%s", [
		lib.people_text,
		groups_text,
	])
	paths := ["/spec/expression/shutdownResistance", "/spec/context/domains", "/spec/affected/groups"]
}

default groups_text := ""

groups_text := sprintf(", including %s", [lib.quote_all(at_risk)]) if count(at_risk) > 0
