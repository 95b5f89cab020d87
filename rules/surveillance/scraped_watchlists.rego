# METADATA
# title: Facial recognition databases or watchlists built from scraped images
# description: >-
#   The system runs facial recognition on biometric data and draws on images
#   scraped from the internet, social media or camera footage, or gathered
#   from public websites, for
#   identification or watchlist matching. Untargeted scraping turns everyone
#   who ever posted or appeared in a photo into a searchable face in a
#   database they never agreed to, and a false match can bring the police to
#   the wrong door. The EU AI Act prohibits creating or expanding facial
#   recognition databases through untargeted scraping of facial images
#   (Art 5(1)(e)); data protection authorities in France, Italy, Greece, the
#   Netherlands and the UK fined Clearview AI and ordered deletion of the
#   faces it had scraped.
# custom:
#   id: DRIA-SURV-008
#   severity: critical
#   likelihood: likely
#   rights: [privacy, liberty-security, non-discrimination]
#   category: surveillance
#   references:
#     - {framework: EU-AIA, ref: Art 5(1)(e)}
#     - {framework: GDPR, ref: Art 9}
#     - {framework: GDPR, ref: Art 5}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: ICCPR, ref: Art 17}
#   remediation: >-
#     Stop collecting facial images by scraping and delete the scraped images
#     and the templates derived from them. Build reference sets only from
#     images lawfully held for a specific purpose (for example custody images
#     of people charged with a serious offence), with a documented legal
#     basis, retention limits and independent review of who is put on a
#     watchlist and why.
package dria.rules.surveillance.scraped_watchlists

import data.dria.lib

face_techniques := {"facial-recognition", "remote-biometric-identification"}

scrape_pattern := `(?i)scrap|crawl|internet|\bweb\b|social.?media|open.?source|online`

applies if count(lib.techniques & face_techniques) > 0

# Images scraped from the web or social media, or gathered from public
# websites.
scraped_sources := {s | some s in input.spec.data.sources} & {"scraped", "public-web"}

findings contains {"msg": msg, "paths": paths} if {
	techniques := lib.techniques & face_techniques
	count(techniques) > 0
	"biometric" in lib.categories
	count(scraped_sources) > 0
	some use in scraped_face_use
	msg := sprintf(
		concat(" ", [
			"facial recognition (%s) on `biometric` data draws on %s sources for",
			"%s, which builds or expands a face database through untargeted scraping",
		]),
		[lib.quote_all(techniques), lib.quote_all(scraped_sources), use.text],
	)
	paths := ["/spec/ai/techniques", "/spec/data/categories", "/spec/data/sources", use.path]
}

# scraped_face_use gives the strongest sign that scraped images feed face
# matching: an input or a component named for it, or police identification.
scraped_face_use := {{
	"text": sprintf("the model input %s", [lib.quote(x)]),
	"path": sprintf("/spec/ai/inputs/%d", [i]),
} |
	some i, x in input.spec.ai.inputs
	regex.match(scrape_pattern, x)
} if {
	some x in input.spec.ai.inputs
	regex.match(scrape_pattern, x)
} else := {{"text": sprintf("the component %s", [lib.quote(c.name)]), "path": sprintf("/spec/components/%d", [i])} |
	some i, c in input.spec.components
	scraping_component(c)
} if {
	some c in input.spec.components
	scraping_component(c)
} else := {{
	"text": sprintf("identification in %s", [lib.quote_all(lib.domains & {"law-enforcement", "surveillance"})]),
	"path": "/spec/context/domains",
}} if {
	count(lib.domains & {"law-enforcement", "surveillance"}) > 0
}

scraping_component(c) if {
	"biometric" in c.dataCategories
	"social-media" in c.dataCategories
}

scraping_component(c) if {
	"biometric" in c.dataCategories
	regex.match(scrape_pattern, sprintf("%s %s", [c.name, object.get(c, "provider", "")]))
}
