# METADATA
# title: Emotion recognition in education (prohibited practice)
# description: >-
#   The system infers the emotions, attention or intentions of pupils or
#   students from their face, voice or body (for example in exam proctoring
#   or classroom "engagement" monitoring), which the AI Act prohibits in
#   education institutions except for medical or safety reasons. Such
#   inference is scientifically unsound, misreads neurodivergent, disabled
#   and minority students, and turns nervousness into suspicion of cheating
#   or into marks, while subjecting children and young people to intimate
#   surveillance in a setting they cannot leave.
# custom:
#   id: DRIA-AIA-004
#   severity: critical
#   likelihood: likely
#   rights: [education, privacy, non-discrimination]
#   category: ai-act
#   references:
#     - {framework: EU-AIA, ref: Art 5(1)(f)}
#     - {framework: ICESCR, ref: Art 13}
#     - {framework: UDHR, ref: Art 26}
#     - {framework: EU-CFR, ref: Art 21}
#   remediation: >-
#     Switch off emotion, attention and intent inference for pupils and
#     students, delete the scores and recordings made for it, and review any
#     grade, flag or sanction that relied on it; use proctoring only with
#     human invigilation and an alternative way to sit the exam.
package dria.rules.aiact.emotion_recognition_education

import data.dria.lib

applies if "education" in lib.domains

findings contains {"msg": msg, "paths": paths} if {
	"education" in lib.domains
	some i, t in input.spec.ai.techniques
	t == "emotion-recognition"
	msg := sprintf(
		"uses `emotion-recognition` on pupils or students (`education`, %s%s), prohibited in education by AI Act Art 5(1)(f)",
		[lib.people_text, children_text],
	)
	paths := [sprintf("/spec/ai/techniques/%d", [i]), "/spec/context/domains"]
}

default children_text := ""

children_text := ", including `children`" if "children" in lib.groups
