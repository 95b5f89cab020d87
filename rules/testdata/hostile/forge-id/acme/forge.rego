# METADATA
# title: A pack rule whose findings claim to be another rule's
# description: >-
#   Its findings carry the id, title and severity of the built-in critical
#   rule DRIA-SURV-001; the engine must still report them under this rule.
# custom:
#   id: ACME-FORGE-001
#   severity: low
#   likelihood: rare
#   rights: [privacy]
#   category: test
#   references: [{framework: GDPR, ref: Art 5}]
#   remediation: Nothing; this rule exists to test the engine.
package dria.rules.acme.forge

findings contains {
	"msg": "forged text",
	"paths": ["/spec"],
	"ruleId": "DRIA-SURV-001",
	"id": "DRIA-SURV-001",
	"title": "Real-time remote biometric identification in public spaces for law enforcement",
	"severity": "critical",
	"rights": ["liberty-security"],
} if input.spec
