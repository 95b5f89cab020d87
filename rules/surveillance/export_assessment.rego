# METADATA
# title: Dual-use surveillance technology supplied without an export or end-use assessment
# description: >-
#   A provider supplies surveillance technology (interception, bulk access,
#   remote biometric identification or location tracking) and has not done a
#   dual-use export control and end-use assessment. Such tools sold to
#   governments without checking the buyer's human-rights record and legal
#   safeguards have been used to hunt down journalists, dissidents and
#   defenders, as the spread of spyware and intrusion tools has shown.
#   Providers must identify and prevent the impacts their products are linked
#   to through their customers (UNGP 17 to 19); dual-use export regimes such
#   as the EU Dual-Use Regulation require an assessment before cyber-
#   surveillance items are exported.
# custom:
#   id: DRIA-SURV-006
#   severity: medium
#   likelihood: possible
#   rights: [privacy, expression, assembly-association, liberty-security]
#   category: surveillance
#   references:
#     - {framework: UNGP, ref: "17"}
#     - {framework: UNGP, ref: "19"}
#     - {framework: ICCPR, ref: Art 17}
#     - {framework: ICCPR, ref: Art 19}
#   remediation: >-
#     Classify the product under the applicable dual-use export rules and
#     obtain the licences they require; before each sale, assess the end user,
#     the end use and the destination's legal safeguards (judicial
#     authorisation, oversight, record of targeting civil society); write
#     human-rights clauses, audit rights and a kill switch into contracts; and
#     refuse or end sales where the risk cannot be prevented.
package dria.rules.surveillance.export_assessment

import data.dria.lib

surveillance_techniques := {
	"remote-biometric-identification",
	"facial-recognition",
	"emotion-recognition",
	"biometric-categorisation",
	"predictive-policing",
}

applies if count(capabilities) > 0

capabilities contains {"text": "`lawfulInterception: true`", "path": "/spec/surveillance/lawfulInterception"} if {
	input.spec.surveillance.lawfulInterception == true
}

capabilities contains {"text": lib.quote_all(ts), "path": "/spec/ai/techniques"} if {
	ts := lib.techniques & surveillance_techniques
	count(ts) > 0
	count(lib.domains & {"surveillance", "law-enforcement", "migration-border"}) > 0
}

capabilities contains {"text": "`locationTracking: true`", "path": "/spec/surveillance/locationTracking"} if {
	input.spec.surveillance.locationTracking == true
	"surveillance" in lib.domains
}

# A provider that states no export assessment was done.
findings contains {"msg": msg, "paths": paths} if {
	input.spec.surveillance.exportControlled == false
	supplier
	count(capabilities) > 0
	msg := sprintf(
		concat(" ", [
			"%s surveillance technology (%s) and no dual-use export or",
			"end-use assessment has been done (`exportControlled: false`)",
		]),
		[role_text, concat(", ", sort([c.text | some c in capabilities]))],
	)
	paths := array.concat(
		["/spec/surveillance/exportControlled", "/spec/context/role"],
		sort({c.path | some c in capabilities}),
	)
}

# A provider of interception or remote biometric identification technology
# that does not say whether it assessed exports.
findings contains {"msg": msg, "paths": paths} if {
	lib.absent(["spec", "surveillance", "exportControlled"])
	lib.stated(["spec", "context", "role"])
	supplier
	caps := {c | some c in capabilities; c.path != "/spec/surveillance/locationTracking"}
	count(caps) > 0
	msg := sprintf(
		"%s surveillance technology (%s) and whether a dual-use export or end-use assessment was done is not stated",
		[role_text, concat(", ", sort([c.text | some c in caps]))],
	)
	paths := array.concat(["/spec/surveillance/exportControlled", "/spec/context/role"], sort({c.path | some c in caps}))
}

# supplier holds when the organisation assessed sells or supplies the
# technology to others: a provider, or a private provider that also runs it.
supplier if input.spec.context.role == "provider"

supplier if {
	input.spec.context.role == "provider-and-deployer"
	not lib.is_public_sector
}

supplier if lib.absent(["spec", "context", "role"])

default role_text := "the system's role is not stated and it provides"

role_text := sprintf("the organisation assessed supplies (`role: %s`)", [input.spec.context.role]) if {
	input.spec.context.role
}
