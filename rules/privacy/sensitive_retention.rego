# METADATA
# title: Sensitive data kept for years
# description: >-
#   Special-category or criminal-record data are kept far longer than any
#   single decision needs: biometric or genetic data for more than a year, or
#   other sensitive data for more than five years. (A large system that
#   states no limit at all has its own rule, DRIA-PRIV-034.) Storage
#   limitation is a core principle of data protection; the European
#   Court of Human Rights has held that blanket and indefinite retention
#   of fingerprints, DNA profiles and photographs breaches the right to
#   private life. The longer such data are kept, the more people a breach,
#   a change of government or function creep can harm.
# custom:
#   id: DRIA-PRIV-003
#   severity: medium
#   likelihood: likely
#   rights: [privacy]
#   category: privacy
#   references:
#     - {framework: GDPR, ref: Art 5(1)(e)}
#     - {framework: GDPR, ref: Art 25(2)}
#     - {framework: ECHR, ref: Art 8}
#     - {framework: EU-CFR, ref: Art 8}
#     - {framework: ICCPR, ref: Art 17}
#   remediation: >-
#     Set a retention period per data category tied to the purpose (for
#     example, delete biometric templates of people who did not match, and
#     case data a fixed time after the case closes), enforce it with automatic
#     deletion, review longer retention for individuals case by case, and
#     state the periods in the description and the privacy notice.
package dria.rules.privacy.sensitive_retention

import data.dria.lib

applies if count(lib.processed_sensitive) > 0

# Retention above which keeping the category is flagged, in days.
limit_days := {"biometric": 365, "genetic": 365}

default_limit_days := 1825

limit(c) := object.get(limit_days, c, default_limit_days)

over_limit contains c if {
	some c in lib.processed_sensitive
	input.spec.data.retentionDays > limit(c)
}

years_text(days) := sprintf("about %d years", [round(days / 365)]) if days >= 548

else := sprintf("about %d months", [round(days / 30)])

findings contains {"msg": msg, "paths": paths} if {
	count(over_limit) > 0
	days := input.spec.data.retentionDays
	msg := sprintf("keeps %s data of %s for up to %s days (%s), beyond %s", [
		lib.quote_all(over_limit),
		lib.people_text,
		lib.fmt_int(days),
		years_text(days),
		limit_text,
	])
	paths := ["/spec/data/categories", "/spec/data/retentionDays"]
}

default limit_text := "five years"

limit_text := "one year for biometric or genetic data" if {
	count(over_limit & {"biometric", "genetic"}) > 0
	count(over_limit - {"biometric", "genetic"}) == 0
} else := "one year for biometric or genetic data and five years for other sensitive data" if {
	count(over_limit & {"biometric", "genetic"}) > 0
}
