# METADATA
# title: Personal data processed is not stated
# description: >-
#   The description does not list the categories of personal data the system
#   processes. Whether it handles special categories such as health, biometric
#   or ethnicity data changes the legal basis needed and the risk to privacy.
#   The question is asked of every description, because its answer is how a
#   description says the system touches no one: `data.categories: []`, or
#   `scope.personalData: false` (which settles it, like a question marked
#   not applicable).
# custom:
#   id: DRIA-GAP-006
#   severity: medium
#   likelihood: possible
#   rights: [privacy]
#   category: information-gap
#   references:
#     - {framework: GDPR, ref: "Art 9"}
#     - {framework: GDPR, ref: "Art 30"}
#   remediation: >-
#     List `data.categories` (use an empty list only if the system processes
#     no personal data at all), with `data.sources`.
package dria.rules.gaps.data_categories

import data.dria.lib

# Which personal data a system processes is asked of every description: it
# is how a description says that the system touches no one. The answer
# `scope.personalData: false` (no personal data at all) settles it, and so
# does a question marked not applicable; the rule then passes.
findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "data", "categories"])
	object.get(input, ["spec", "scope", "personalData"], null) != false
	not lib.not_applicable("data.categories")
	msg := concat(" ", [
		"the categories of personal data processed (`data.categories`) are not",
		"stated, so the privacy risk and any special-category data cannot be assessed",
	])
	paths := ["/spec/data/categories"]
}
