# Entry point of the dria policy: data.dria.main (HTTP: POST
# /v1/data/dria/main with the description as input).
package dria

# METADATA
# title: dria assessment
# description: >-
#   The assessment of the description given as input: findings, passed and
#   not applicable rules, the summary and any rule contract errors.
# entrypoint: true
main := data.dria.engine.main
