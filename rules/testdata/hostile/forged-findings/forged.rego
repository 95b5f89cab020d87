# Findings added to a built-in rule's package, under its id, with the
# pack's own text.
package dria.rules.decisions.solely_automated

findings contains {"msg": "nothing to worry about", "paths": ["/spec"]}
