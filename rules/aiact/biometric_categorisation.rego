# METADATA
# title: Biometric categorisation inferring sensitive traits (prohibited practice)
# description: >-
#   The system sorts people by their biometric data (face, voice, gait) and
#   the description shows it deals in race or ethnic origin, political
#   opinions, trade-union membership, religious or philosophical beliefs or
#   sexual orientation. The AI Act prohibits categorising individuals on
#   biometric data to deduce or infer these traits. Inferring them from a
#   body is pseudo-science that nonetheless labels people as belonging to a
#   group, exposing them to discrimination and persecution on the basis of
#   traits they never disclosed.
# custom:
#   id: DRIA-AIA-005
#   severity: critical
#   likelihood: likely
#   rights: [privacy, non-discrimination, thought-religion]
#   category: ai-act
#   references:
#     - {framework: EU-AIA, ref: Art 5(1)(g)}
#     - {framework: GDPR, ref: Art 9}
#     - {framework: ICCPR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#   remediation: >-
#     Remove any function that infers ethnic origin, political opinion,
#     trade-union membership, religion or belief, or sexual orientation from
#     biometric data, delete the inferred labels, and document which traits
#     the remaining categorisation produces and why each is lawful.
package dria.rules.aiact.biometric_categorisation

import data.dria.lib

applies if lib.biometric_categorises

# Traits whose inference from biometric data Art 5(1)(g) prohibits, as data
# categories.
prohibited_traits := {"ethnicity", "political-opinion", "trade-union", "religion", "sexual-orientation"}

processing_kinds := {"model", "third-party-api", "service", "device"}

# Evidence that the categorisation deals in a prohibited trait: the trait is
# a direct model input, or a processing component handles it together with
# biometric data, or (when no component is described as handling biometric
# data) the system processes both.
evidence[trait] := path if {
	some i, trait in input.spec.ai.protectedAttributes
	trait in prohibited_traits
	path := sprintf("/spec/ai/protectedAttributes/%d", [i])
}

evidence[trait] := path if {
	some c in input.spec.components
	c.kind in processing_kinds
	"biometric" in c.dataCategories
	some trait in c.dataCategories
	trait in prohibited_traits
	not declared(trait)
	path := min({sprintf("/spec/components/%d", [k]) |
		some k, d in input.spec.components
		d.kind in processing_kinds
		"biometric" in d.dataCategories
		trait in d.dataCategories
	})
}

evidence[trait] := "/spec/data/categories" if {
	not biometric_component
	some trait in (lib.categories & prohibited_traits)
	not declared(trait)
}

declared(trait) if trait in input.spec.ai.protectedAttributes

biometric_component if {
	some c in input.spec.components
	"biometric" in c.dataCategories
}

findings contains {"msg": msg, "paths": paths} if {
	count(evidence) > 0
	some use in categorisation
	msg := sprintf(
		concat(" ", [
			"uses %s on %s and deals in %s; categorising people",
			"on biometric data to infer these traits is prohibited by AI Act Art 5(1)(g)",
		]),
		[use.text, lib.people_text, lib.quote_all(object.keys(evidence))],
	)
	paths := array.concat([use.path], sort({p | some p in evidence}))
}

# categorisation gives the fact that says people are categorised: the
# technique, or else the stated biometric function.
categorisation := {{"text": "`biometric-categorisation`", "path": sprintf("/spec/ai/techniques/%d", [i])} |
	some i, t in input.spec.ai.techniques
	t == "biometric-categorisation"
} if {
	"biometric-categorisation" in lib.techniques
} else := {{"text": function_text, "path": sprintf("/spec/ai/biometricFunctions/%d", [i])} |
	some i, f in input.spec.ai.biometricFunctions
	f == "categorisation"
}

function_text := "biometric categorisation (`biometricFunctions: categorisation`)"
