# METADATA
# title: Emotion recognition in the workplace or in hiring (prohibited practice)
# description: >-
#   The system infers the emotions, moods or intentions of job applicants or
#   workers from their face, voice or body, which the AI Act prohibits in
#   the workplace (the exception is medical or safety reasons). Emotion
#   recognition has no sound scientific basis, reads people of different
#   cultures, ages and disabilities differently, and turns ordinary
#   expressions into scores that decide who gets or keeps a job, while
#   subjecting people to intimate surveillance they cannot refuse.
# custom:
#   id: DRIA-AIA-003
#   severity: critical
#   likelihood: likely
#   rights: [work, privacy, non-discrimination]
#   category: ai-act
#   references:
#     - {framework: EU-AIA, ref: Art 5(1)(f)}
#     - {framework: ICESCR, ref: Art 7}
#     - {framework: UDHR, ref: Art 23}
#     - {framework: EU-CFR, ref: Art 21}
#   remediation: >-
#     Switch off emotion, mood, personality and intent inference from faces,
#     voices and bodies for applicants and workers, delete the scores and
#     recordings made for it, and reassess past decisions that relied on
#     them. Keep only uses strictly for medical or safety reasons, with
#     their legal basis documented.
package dria.rules.aiact.emotion_recognition_work

import data.dria.lib

applies if "employment" in lib.domains

findings contains {"msg": msg, "paths": paths} if {
	"employment" in lib.domains
	some i, t in input.spec.ai.techniques
	t == "emotion-recognition"
	msg := sprintf(
		concat(" ", [
			"uses `emotion-recognition` on job applicants or workers (`employment`,",
			"%s), prohibited in the workplace by AI Act Art 5(1)(f)%s",
		]),
		[lib.people_text, inputs_text],
	)
	paths := array.concat([sprintf("/spec/ai/techniques/%d", [i]), "/spec/context/domains"], input_paths)
}

emotion_pattern := `(?i)facial|face|expression|vocal|voice|tone|pitch|emotion|mood|sentiment|eye.contact|gaze|micro`

emotion_inputs contains i if {
	some i, x in input.spec.ai.inputs
	regex.match(emotion_pattern, x)
}

default inputs_text := ""

inputs_text := sprintf("; inputs include %s", [lib.quote_all({input.spec.ai.inputs[i] |
	some i in emotion_inputs
})]) if {
	count(emotion_inputs) > 0
}

input_paths := [sprintf("/spec/ai/inputs/%d", [i]) | some i in sort([i | some i in emotion_inputs])]
