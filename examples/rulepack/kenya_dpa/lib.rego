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
