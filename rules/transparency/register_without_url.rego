# METADATA
# title: Algorithm-register listing claimed without a valid web address
# description: >-
#   The description says the system is listed in a public algorithm register
#   but gives no address for the entry, or something that is not a web
#   address. A listing nobody can find gives the public nothing to scrutinise
#   and cannot be verified; open registries of algorithms serve accountability
#   only when people can reach the entry.
# custom:
#   id: DRIA-TRANS-005
#   severity: low
#   likelihood: possible
#   rights: [participation]
#   category: transparency
#   references:
#     - {framework: OECD-DD, ref: Key area 2}
#     - {framework: WARSAW, ref: P16}
#   remediation: >-
#     Record the full https address of the register entry in
#     transparency.publicRegister.url, check that it is publicly reachable
#     without login, and keep it pointing at the current entry.
package dria.rules.transparency.register_without_url

import data.dria.lib

applies if {
	input.spec.transparency.publicRegister.listed == true
	lib.question_applies("transparency.publicRegister.url")
}

findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "transparency", "publicRegister", "url"])
	msg := concat(" ", [
		"the system is said to be listed in a public algorithm register",
		"(`publicRegister.listed: true`), but no address of the entry is given",
	])
	paths := ["/spec/transparency/publicRegister/listed", "/spec/transparency/publicRegister/url"]
}

findings contains {"msg": msg, "paths": paths} if {
	url := input.spec.transparency.publicRegister.url
	not web_address(url)
	msg := sprintf(
		concat(" ", [
			"the system is said to be listed in a public algorithm register",
			"(`publicRegister.listed: true`), but the entry's address %s is not a web address",
		]),
		[lib.quote(url)],
	)
	paths := ["/spec/transparency/publicRegister/listed", "/spec/transparency/publicRegister/url"]
}

web_address(url) if regex.match(`^https?://[^\s/.]+(\.[^\s/.]+)+(/\S*)?$`, trim_space(url))
