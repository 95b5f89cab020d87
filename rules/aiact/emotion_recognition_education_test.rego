package dria.rules.aiact.emotion_recognition_education_test

import data.dria.rules.aiact.emotion_recognition_education as rule

base := {"spec": {
	"context": {"domains": ["education"]},
	"affected": {"people": 80000, "groups": ["students", "children"]},
	"ai": {"used": true, "techniques": ["emotion-recognition", "facial-recognition"]},
}}

test_fires_on_proctoring_emotion_analysis if {
	some f in rule.findings with input as base
	contains(f.msg, "80,000 people, including `children`")
	contains(f.msg, "Art 5(1)(f)")
	f.paths == ["/spec/ai/techniques/0", "/spec/context/domains"]
}

test_fires_for_adult_students if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/affected/groups", "value": ["students"]}])
	some f in rule.findings with input as inp
	not contains(f.msg, "children")
}

test_quiet_without_emotion_recognition if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/techniques",
		"value": ["facial-recognition"],
	}])
}

test_not_applicable_outside_education if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["employment"],
	}])
}
