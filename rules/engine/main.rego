# Entry point of the dria policy: data.dria.main (HTTP: POST
# /v1/data/dria/main with the description as input).
package dria

# METADATA
# title: dria assessment
# description: >-
#   The assessment of the description given as input: findings, passed and
#   not applicable rules, the summary and any rule contract errors, with
#   valid: true. Served from the bundle, the policy checks its input first:
#   a description that is not valid gets valid: false and its problems
#   (JSON pointers and messages), and no findings and no summary, as the
#   dria command refuses it. The host validates before it evaluates, and
#   compiles the policy without the check (data.dria.engine.input_problems
#   is then undefined).
# entrypoint: true
main := {"valid": false, "problems": problems} if {
	problems := data.dria.engine.input_problems
	count(problems) > 0
} else := object.union(data.dria.engine.main, {"valid": true})
