# METADATA
# title: Design nudges children to stay or share more
# description: >-
#   The service's design nudges minors to stay longer or share more
#   (`children.nudging: true`): streaks, autoplay, endless feeds, variable
#   rewards, notifications at night. Such designs work on children's
#   developing self-control and need for approval, take time from sleep,
#   play and school, and push them to disclose more than they would. Online
#   platforms may not design their interfaces to deceive or manipulate
#   users, must protect minors' privacy, safety and security to a high
#   level, and children have the right to rest and leisure; an AI system
#   that exploits the vulnerabilities of age to distort behaviour in a way
#   that causes significant harm is prohibited.
# custom:
#   id: DRIA-CHILD-011
#   severity: medium
#   likelihood: likely
#   rights: [child-rights, health]
#   category: children
#   references:
#     - {framework: EU-DSA, ref: Art 25}
#     - {framework: EU-DSA, ref: Art 28}
#     - {framework: CRC, ref: Art 31}
#     - {framework: CRC, ref: General Comment No. 25}
#     - {framework: EU-AIA, ref: Art 5(1)(b)}
#   remediation: >-
#     Switch off streaks, autoplay, infinite scroll, variable rewards and
#     night-time notifications for minors by default, give them easy ways to
#     pause and set limits, and test the design with children and
#     child-rights experts for what it makes them do.
package dria.rules.children.nudging_children

import data.dria.lib

applies if lib.children_among_people

applies if lib.stated(["spec", "children", "nudging"])

findings contains {"msg": msg, "paths": paths} if {
	input.spec.children.nudging == true
	msg := sprintf("the design nudges minors to stay or share more (`children.nudging: true`) on a service used by %s%s", [
		lib.people_text,
		ai_text,
	])
	paths := array.concat(["/spec/children/nudging"], ai_paths)
}

engagement_techniques := lib.techniques & {"recommender", "targeting", "chatbot", "generative"}

default ai_text := ""

ai_text := sprintf(", with %s shaping what they see", [lib.quote_all(engagement_techniques)]) if {
	count(engagement_techniques) > 0
}

default ai_paths := []

ai_paths := ["/spec/ai/techniques"] if count(engagement_techniques) > 0
