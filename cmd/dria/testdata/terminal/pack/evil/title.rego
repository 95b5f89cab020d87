# METADATA
# title: "Evil \e[31mred\e[0m title\ndria: forged line"
# description: >-
#   A rule whose title carries escape sequences and a line break, to check
#   that dria rules list prints it escaped.
# custom:
#   id: EVIL-TITLE-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: evil
#   references:
#     - {framework: GDPR, ref: Art 5}
#   remediation: >-
#     Nothing to do; this rule exists only to test terminal safety.
package dria.rules.evil.title

import data.dria.lib

applies if count(lib.categories) > 0

findings contains {"msg": "never", "paths": ["/spec/data/categories"]} if {
	"never-a-category" in lib.categories
}
