# METADATA
# title: Voter data shared commercially or with political actors
# description: >-
#   Voter registration data, or data revealing people's political opinions, is
#   passed to companies, data brokers, parties, candidates or campaigns. The
#   register was collected to let people vote, not to profile them; once it is
#   matched with commercial data it feeds voter profiling and micro-targeting,
#   exposes people's addresses and views to harassment, and can be used to
#   intimidate or purge voters. Political opinions are special-category data,
#   voters are entitled to a secret ballot and to form their will free of
#   undue influence, and personal data may not be reused for incompatible
#   purposes.
# custom:
#   id: DRIA-ELEC-007
#   severity: medium
#   likelihood: likely
#   rights: [privacy, participation]
#   category: elections
#   references:
#     - {framework: ICCPR, ref: Art 25}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: GDPR, ref: Art 5}
#     - {framework: GDPR, ref: Art 9}
#   remediation: >-
#     Stop disclosing voter registration data to commercial recipients and limit
#     any statutory access by parties or candidates to the minimum fields, for
#     electoral purposes only, under a written undertaking, with logging and
#     the possibility for voters to opt out; never sell or pass on data on
#     political opinions, and delete copies held by recipients without a legal
#     basis.
package dria.rules.elections.voter_data_sharing

import data.dria.lib

applies if count(lib.domains & {"elections", "political-advertising"}) > 0

applies if lib.stated(["spec", "elections"])

political_actor := `(?i)(political|part(y|ies)|candidate|campaign)`

# Recipients that are companies or political actors, and get the data:
# a disclosure stated to include no personal data (`dataCategories: []`), or
# only data other than political opinions where the register is not at
# stake, is left out.
flagged contains i if {
	some i, s in input.spec.data.sharing
	s.type == "commercial"
	receives(s)
}

flagged contains i if {
	some i, s in input.spec.data.sharing
	regex.match(political_actor, s.recipient)
	receives(s)
}

receives(s) if not is_array(object.get(s, "dataCategories", null))

receives(s) if {
	voter_register
	count(s.dataCategories) > 0
}

receives(s) if "political-opinion" in s.dataCategories

voter_register if "voter-registration" in input.spec.elections.functions

political_data if "political-opinion" in lib.categories

what := "voter registration data (`voter-registration`)" if {
	voter_register
} else := "data on political opinions (`political-opinion`)" if {
	political_data
}

findings contains {"msg": msg, "paths": paths} if {
	count(flagged) > 0
	recipients := {sprintf("%s (%s)", [lib.quote(input.spec.data.sharing[i].recipient), input.spec.data.sharing[i].type]) |
		some i in flagged
	}
	msg := sprintf("%s of %s is shared with %s", [what, lib.people_text, lib.join_and(sort(recipients))])
	paths := array.concat(
		["/spec/elections/functions", "/spec/data/categories"],
		[sprintf("/spec/data/sharing/%d", [i]) | some i in sort(flagged)],
	)
}
