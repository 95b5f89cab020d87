# METADATA
# title: Reads the world outside the description
# description: Calls every kind of builtin that would make findings depend on the machine, to test the sandbox.
# custom:
#   id: SANDBOX-CLOCK-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: hostile
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Use data.dria.lib.today and the description only.
package dria.rules.sandboxtest.clock

findings contains {"msg": "never", "paths": []} if {
	time.now_ns() < 0
	crypto.x509.parse_and_verify_certificates("")[0]
	io.jwt.decode_verify("", {})[0]
	uuid.rfc4122("x") == ""
	rand.intn("x", 10) < 0
	opa.runtime().env.HOME == ""
	http.send({"method": "GET", "url": "https://example.org"}).status_code == 200
	net.lookup_ip_addr("example.org") == set()
	json.match_schema({}, {"$ref": "file:///etc/passwd"})[0]
}
