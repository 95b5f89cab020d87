# Entry point of the dria policy: data.dria.main (HTTP: POST
# /v1/data/dria/main with the description as input).
package dria

main := data.dria.engine.main
