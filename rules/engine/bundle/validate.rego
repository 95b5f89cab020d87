# The policy checks its own input when it is served from the bundle: an
# OPA server receives whatever a client sends, while the dria host
# validates every description before it evaluates the policy. This module
# is written only into the bundle (dria bundle build), never compiled by
# the host, whose sandbox refuses json.match_schema to rules; the schema
# it reads, data.dria.input_schema, is the description schema the bundle
# carries (its draft-07 rendering, which OPA's JSON Schema validator reads
# fully), with only local references.
package dria.engine

# input_problems are the problems of the input as a dria description, each
# with a JSON pointer and a message; empty when it is valid. When the input
# cannot be checked at all the answer is a problem, never an empty list, so
# that the policy fails closed.
default input_problems := [{
	"pointer": "",
	"message": "the input could not be checked: data.dria.input_schema is missing or not a schema",
}]

input_problems := whole_input("no input: send the system description as \"input\"") if {
	not input_given
} else := whole_input(sprintf(
	"the input is %s, not a description (an object with apiVersion, kind, metadata and spec)",
	[type_name(input)],
)) if {
	not is_object(input)
} else := problems if {
	# regal ignore:unresolved-reference
	[_, errors] := json.match_schema(input, data.dria.input_schema)
	problems := sort([problem(e) | some e in errors])
}

# input_given is true when there is an input, whatever its value.
input_given if is_string(type_name(input))

# whole_input is the one problem of an input that is no description at all.
whole_input(message) := [{"pointer": "", "message": message}]

# problem is one error of the JSON Schema validator as a JSON pointer and
# a message; an unknown key is pointed at itself, not at its parent.
problem(e) := {"pointer": concat("", [pointer(e.field), "/", key]), "message": e.desc} if {
	e.type == "additional_property_not_allowed"
	[[_, key]] := regex.find_all_string_submatch_n(`^Additional property (.+) is not allowed$`, e.desc, 1)
} else := {"pointer": pointer(e.field), "message": e.desc}

# pointer turns the validator's dotted field ("spec.data", "(root)") into a
# JSON pointer ("/spec/data", "").
pointer(field) := "" if {
	lower(field) == "(root)"
} else := concat("", ["/", replace(field, ".", "/")])
