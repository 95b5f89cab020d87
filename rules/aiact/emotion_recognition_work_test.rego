package dria.rules.aiact.emotion_recognition_work_test

import data.dria.rules.aiact.emotion_recognition_work as rule

base := {"spec": {
	"context": {"domains": ["employment"]},
	"affected": {"people": 650000},
	"ai": {
		"used": true,
		"techniques": ["profiling", "emotion-recognition"],
		"inputs": ["CV text", "facial action units", "vocal pitch and tone"],
	},
}}

test_fires_on_video_interview_emotion_scoring if {
	some f in rule.findings with input as base
	contains(f.msg, "`emotion-recognition`")
	contains(f.msg, "650,000 people")
	contains(f.msg, "`facial action units` and `vocal pitch and tone`")
	f.paths == ["/spec/ai/techniques/1", "/spec/context/domains", "/spec/ai/inputs/1", "/spec/ai/inputs/2"]
}

test_fires_without_inputs if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/ai/inputs"}])
	some f in rule.findings with input as inp
	endswith(f.msg, "Art 5(1)(f)")
}

test_quiet_without_emotion_recognition if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/ai/techniques",
		"value": ["profiling"],
	}])
}

test_not_applicable_outside_employment if {
	not rule.applies with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/context/domains",
		"value": ["health"],
	}])
}
