# METADATA
# title: Privacy-protective settings are not the default
# description: >-
#   The description says the most privacy-protective settings do not apply
#   by default (`privacyByDefault: false`): data are collected, shared or
#   made visible unless each person finds the setting and turns it off. Most
#   people never change defaults, so the default decides what happens to
#   their data; the GDPR requires that, by default, only the data necessary
#   for each purpose are processed and that data are not made accessible to
#   an indefinite number of people without the person's intervention.
# custom:
#   id: DRIA-PRIV-032
#   severity: medium
#   likelihood: possible
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 25(2)}
#     - {framework: GDPR, ref: Art 5(1)(c)}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: ECHR, ref: Art 8}
#   remediation: >-
#     Make the most protective option the default for every setting (no
#     public profiles, no sharing with third parties, no tracking or
#     profiling that the service does not need), let people opt in with
#     clear information, and set privacyByDefault to true once that holds.
package dria.rules.privacy.no_privacy_by_default

import data.dria.lib

applies if {
	lib.may_process_personal_data
	not lib.no_personal_data
}

findings contains {"msg": msg, "paths": paths} if {
	lib.may_process_personal_data
	not lib.no_personal_data
	input.spec.data.privacyByDefault == false
	msg := sprintf("the most privacy-protective settings are not the default (`privacyByDefault: false`) for %s%s", [
		lib.people_text,
		data_text,
	])
	paths := array.concat(["/spec/data/privacyByDefault"], data_paths)
}

exposed := lib.processed_sensitive | (lib.categories & {"children", "location", "communications-content"})

default data_text := ""

data_text := sprintf(", whose data include %s", [lib.quote_all(exposed)]) if count(exposed) > 0

default data_paths := []

data_paths := ["/spec/data/categories"] if count(exposed) > 0
