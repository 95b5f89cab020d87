# Helpers shared by the Kenya Data Protection Act rules.
package dria.rules.kenya_dpa.lib

import data.dria.lib

deployed_in_kenya if "KE" in {j | some j in input.spec.context.jurisdictions}

# Processing the Act treats as high risk: sensitive personal data (s.2,
# s.44), data about children (s.33), profiling or automated decisions.
high_risk contains sprintf("sensitive data (%s)", [concat(", ", sort(lib.processed_sensitive))]) if {
	count(lib.processed_sensitive) > 0
}

high_risk contains "children's data" if "children" in lib.categories

high_risk contains "automated decisions" if lib.automated_decisions

high_risk contains "profiling" if "profiling" in lib.techniques

# Personal data is, or may be, processed (unless the description says
# there is none).
processes_personal_data if not lib.no_personal_data

# What makes section 24 of the Act call for a data protection officer:
# processing by a public body, core activities of systematic monitoring
# (profiling) or of sensitive personal data; each with the field that says so.
dpo_grounds contains {"text": "processing by a public body", "path": "/spec/context/sector"} if lib.is_public_sector

dpo_grounds contains {
	"text": sprintf("sensitive personal data (%s)", [concat(", ", sort(lib.processed_sensitive))]),
	"path": "/spec/data/categories",
} if {
	count(lib.processed_sensitive) > 0
}

dpo_grounds contains {
	"text": "systematic monitoring of people (profiling)",
	"path": "/spec/ai/techniques",
} if {
	"profiling" in lib.techniques
}
