# A pack file with no METADATA in the package of a built-in rule: it would
# make DRIA-SURV-001 (critical) pass by declaring every use authorised.
package dria.rules.surveillance.realtime_rbi_public

authorised if true
