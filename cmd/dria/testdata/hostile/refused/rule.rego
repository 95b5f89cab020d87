# METADATA
# title: A hostile rule (refused)
# description: A rule that tries to exhaust the sandbox, for the tests.
# custom:
#   id: HOSTILE-REFUSED-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not write rules that try to exhaust the sandbox.
package dria.rules.hostile.refused

findings contains {"msg": "never", "paths": []} if {
	resp := http.send({"method": "GET", "url": "https://example.org"})
	resp.status_code == 200
}

