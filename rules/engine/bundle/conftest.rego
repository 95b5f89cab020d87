# conftest's view of the assessment (conftest test --policy BUNDLE
# --namespace dria): deny has one message per finding at high severity or
# above, the findings that make `dria assess --fail-on high` fail, and one
# per problem of an input that is not a valid description; warn has one
# per finding below high. Each message is an object with msg and the
# finding's rule id, severity and paths, which conftest shows as metadata.
# Written only into the bundle, like the input check.
package dria

# failing_levels are the severities that fail conftest (not named deny_…,
# which conftest would take for a deny rule).
failing_levels := {"high", "critical"}

deny contains {"msg": msg, "pointer": p.pointer} if {
	main.valid == false
	some p in main.problems
	msg := sprintf("not a valid dria description: %s: %s", [where(p.pointer), p.message])
}

deny contains finding_message(f) if {
	some f in main.findings
	f.severity in failing_levels
}

warn contains finding_message(f) if {
	some f in main.findings
	not f.severity in failing_levels
}

finding_message(f) := {
	"msg": sprintf("%s %s: %s — %s", [f.severity, f.ruleId, f.title, f.message]),
	"ruleId": f.ruleId,
	"severity": f.severity,
	"paths": f.paths,
}

where("") := "the input"

where(pointer) := pointer if pointer != ""
