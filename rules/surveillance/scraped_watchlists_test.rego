package dria.rules.surveillance.scraped_watchlists_test

import data.dria.rules.surveillance.scraped_watchlists as rule

base := {"spec": {
	"context": {"role": "provider", "domains": ["other"]},
	"ai": {"techniques": ["facial-recognition"], "inputs": ["face embedding", "images scraped from public web pages"]},
	"data": {"categories": ["biometric"], "sources": ["scraped"]},
}}

test_fires_on_scraped_face_inputs if {
	some f in rule.findings with input as base
	contains(f.msg, "`facial-recognition`")
	contains(f.msg, "`images scraped from public web pages`")
	"/spec/ai/inputs/1" in f.paths
	"/spec/data/sources" in f.paths
}

test_fires_on_collector_component if {
	inp := json.patch(base, [
		{"op": "replace", "path": "/spec/ai/inputs", "value": ["face embedding"]},
		{"op": "add", "path": "/spec/components", "value": [
			{"name": "matcher", "kind": "model", "dataCategories": ["biometric"]},
			{"name": "open-source-image-collector", "kind": "service", "dataCategories": ["biometric", "social-media"]},
		]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "`open-source-image-collector`")
	"/spec/components/1" in f.paths
}

test_fires_for_police_watchlists_with_scraped_sources if {
	inp := json.patch(base, [
		{"op": "remove", "path": "/spec/ai/inputs"},
		{"op": "replace", "path": "/spec/context/domains", "value": ["law-enforcement"]},
	])
	some f in rule.findings with input as inp
	contains(f.msg, "identification in `law-enforcement`")
}

test_quiet_without_scraped_sources if {
	count(rule.findings) == 0 with input as json.patch(base, [{
		"op": "replace",
		"path": "/spec/data/sources",
		"value": ["data-subject"],
	}])
}

test_quiet_when_scraped_data_is_not_about_faces if {
	inp := json.patch(base, [{"op": "replace", "path": "/spec/ai/inputs", "value": ["face embedding", "travel history"]}])
	count(rule.findings) == 0 with input as inp
}

test_not_applicable_without_facial_recognition if {
	not rule.applies with input as {"spec": {"ai": {"techniques": ["profiling"]}}}
}

test_fires_on_images_gathered_from_public_websites if {
	some f in rule.findings with input as {"spec": {
		"context": {"domains": ["law-enforcement"]},
		"ai": {"techniques": ["facial-recognition"]},
		"data": {"categories": ["biometric"], "sources": ["public-web"]},
	}}
	contains(f.msg, "draws on `public-web` sources for identification in `law-enforcement`")
}
