package dria.rules.transparency.notice_to_affected_test

import data.dria.rules.transparency.notice_to_affected as rule

base := {"spec": {
	"affected": {"people": 185000},
	"decisions": {"automation": "full", "legalEffect": true},
	"ai": {"used": true, "techniques": ["risk-scoring"]},
	"transparency": {"noticeToAffected": false},
}}

test_fires_when_not_told if {
	some f in rule.findings with input as base
	contains(f.msg, "`noticeToAffected: false`")
	contains(f.msg, "decisions with legal effect (`automation: full`) about 185,000 people")
	"/spec/transparency/noticeToAffected" in f.paths
	"/spec/decisions/legalEffect" in f.paths
}

test_fires_for_profiling_without_legal_effect if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false}])
	some f in rule.findings with input as inp
	contains(f.msg, "applies `risk-scoring` to 185,000 people")
	"/spec/ai/techniques" in f.paths
}

test_fires_for_public_space_monitoring if {
	inp := {"spec": {"surveillance": {"publicSpaces": true}, "transparency": {"noticeToAffected": false}}}
	some f in rule.findings with input as inp
	contains(f.msg, "monitors public spaces")
	"/spec/surveillance/publicSpaces" in f.paths
}

test_fires_for_assistive_decisions if {
	inp := {"spec": {
		"decisions": {"automation": "assistive", "legalEffect": false},
		"transparency": {"noticeToAffected": false},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "takes part in decisions (`automation: assistive`)")
}

test_fires_for_plain_model if {
	inp := {"spec": {"ai": {"used": true}, "transparency": {"noticeToAffected": false}}}
	some f in rule.findings with input as inp
	contains(f.msg, "uses a model")
}

test_not_stated_in_high_stakes if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/transparency"}])
	some f in rule.findings with input as inp
	contains(f.msg, "is not stated")
	"/spec/transparency" in f.paths
}

test_not_stated_for_biometric_technique if {
	inp := {"spec": {"ai": {"techniques": ["facial-recognition"]}}}
	count(rule.findings) == 1 with input as inp
}

test_quiet_not_stated_low_stakes if {
	inp := {"spec": {"ai": {"used": true, "techniques": ["translation"]}}}
	count(rule.findings) == 0 with input as inp
}

test_quiet_when_told if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/transparency/noticeToAffected", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_people_processing if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}, "ai": {"used": false}}}
}

test_fires_for_interception_without_later_notice if {
	inp := {"spec": {
		"affected": {"people": 50000},
		"surveillance": {"lawfulInterception": true, "targetsIncludeCivilSociety": true},
		"transparency": {"noticeToAffected": false},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "not even after the surveillance has ended")
	contains(f.msg, "intercepts communications of, or tracks the location of, 50,000 people")
	"/spec/surveillance" in f.paths
}

test_not_stated_for_location_tracking if {
	inp := {"spec": {"surveillance": {"locationTracking": true}}}
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
}

test_no_after_text_without_covert_monitoring if {
	some f in rule.findings with input as base
	not contains(f.msg, "not even after")
}

test_no_after_text_when_decisions_come_first if {
	inp := json.patch(base, [{"op": "add", "path": "/spec/surveillance", "value": {"locationTracking": true}}])
	some f in rule.findings with input as inp
	not contains(f.msg, "not even after")
	contains(f.msg, "decisions with legal effect")
}

test_fires_on_a_home_visit_flag if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/decisions/legalEffect", "value": false},
		{"op": "add", "path": "/spec/decisions/effects", "value": ["home-visit"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "decisions leading to `home-visit` (`automation: full`) about 185,000 people")
	"/spec/decisions/effects" in f.paths
}

test_unstated_notice_matters_for_a_points_system if {
	inp := {"spec": {"decisions": {"automation": "assistive", "legalEffect": false, "methods": ["points-system"]}}}
	some f in rule.findings with input as inp
	contains(f.msg, "whether they are told it is used on them is not stated")
}

test_not_applicable_when_no_one_is_touched_or_marked if {
	not rule.applies with input as {"spec": {"scope": {
		"personalData": false,
		"decisionsAboutPeople": false,
		"profiling": false,
	}}}
	marked := {"field": "transparency.noticeToAffected", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
