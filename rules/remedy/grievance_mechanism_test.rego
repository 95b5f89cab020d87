package dria.rules.remedy.grievance_mechanism_test

import data.dria.rules.remedy.grievance_mechanism as rule

base := {"spec": {
	"affected": {"people": 210000},
	"decisions": {"automation": "partial", "legalEffect": true},
	"accountability": {"grievance": {"available": false}},
}}

test_fires_without_grievance if {
	some f in rule.findings with input as base
	contains(f.msg, "`grievance.available: false`")
	contains(f.msg, "(`automation: partial`) on 210,000 people")
	"/spec/accountability/grievance/available" in f.paths
	"/spec/decisions/legalEffect" in f.paths
}

test_fires_for_public_space_monitoring if {
	inp := {"spec": {
		"affected": {"people": 2400000},
		"surveillance": {"publicSpaces": true},
		"accountability": {"grievance": {"available": false}},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "monitors public spaces used by 2,400,000 people")
}

test_fires_for_mandatory_vulnerable if {
	inp := {"spec": {
		"affected": {"people": 32000000, "groups": ["elderly", "refugees-asylum-seekers"], "mandatory": true},
		"data": {"categories": ["biometric"]},
		"accountability": {"grievance": {"available": false}},
	}}
	some f in rule.findings with input as inp
	contains(f.msg, "including `elderly` and `refugees-asylum-seekers`, who cannot opt out")
	"/spec/affected" in f.paths
}

test_fires_low_stakes_when_explicitly_absent if {
	inp := {"spec": {"ai": {"used": true}, "accountability": {"grievance": {"available": false}}}}
	some f in rule.findings with input as inp
	endswith(f.msg, "affects an unstated number of people")
}

test_fires_not_stated_with_legal_effect if {
	inp := json.patch(base, [{"op": "remove", "path": "/spec/accountability"}])
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
	"/spec/accountability/grievance" in f.paths
}

test_quiet_not_stated_low_stakes if {
	inp := {"spec": {"ai": {"used": true}, "affected": {"groups": ["children"], "mandatory": false}}}
	count(rule.findings) == 0 with input as inp
}

test_quiet_with_grievance if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/accountability/grievance/available", "value": true}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_people_processing if {
	not rule.applies with input as {"spec": {"decisions": {"automation": "none"}}}
}

test_applies_for_public_space_monitoring if {
	rule.applies with input as {"spec": {"surveillance": {"publicSpaces": true}}}
}

test_applies_for_personal_data if {
	rule.applies with input as {"spec": {"data": {"categories": ["contact"]}}}
}

test_applies_for_decisions if {
	rule.applies with input as {"spec": {"decisions": {"automation": "assistive"}}}
}

test_not_stated_for_civil_society_targeting if {
	inp := {"spec": {"surveillance": {"lawfulInterception": true, "targetsIncludeCivilSociety": true}}}
	rule.applies with input as inp
	some f in rule.findings with input as inp
	contains(f.msg, "not stated")
	contains(f.msg, "`targetsIncludeCivilSociety: true`")
	"/spec/surveillance/targetsIncludeCivilSociety" in f.paths
}

test_fires_on_a_home_visit_flag_when_not_stated if {
	inp := {"spec": {
		"affected": {"people": 30000},
		"decisions": {"automation": "assistive", "legalEffect": false, "effects": ["home-visit"]},
	}}
	some f in rule.findings with input as inp
	f.msg == concat(" ", [
		"whether the people affected can raise a complaint is not stated, although the system takes",
		"part in decisions leading to `home-visit` (`automation: assistive`) on 30,000 people",
	])
	"/spec/decisions/effects" in f.paths
}

test_not_applicable_when_no_one_is_touched_or_marked if {
	not rule.applies with input as {"spec": {
		"data": {"categories": []},
		"decisions": {"automation": "none", "legalEffect": false},
		"ai": {"used": false},
	}}
	marked := {"field": "accountability.grievance", "reason": "r"}
	not rule.applies with input as object.union(base, {"spec": {"notApplicable": [marked]}})
}
