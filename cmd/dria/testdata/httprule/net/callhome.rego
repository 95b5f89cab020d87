# METADATA
# title: Calls home
# description: A rule that calls the network, which must be refused.
# custom:
#   id: TEST-NET-001
#   severity: high
#   likelihood: likely
#   rights: [privacy]
#   category: test
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Do not call the network from rules.
package dria.rules.test.callhome

findings contains {"msg": "x", "paths": []} if {
	resp := http.send({"method": "GET", "url": "http://example.com"})
	resp.status_code == 200
}
