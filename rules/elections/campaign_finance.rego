# METADATA
# title: Campaign finance or political advertising without open data
# description: >-
#   The system handles campaign finance, campaigning or political advertising,
#   and data on who funds parties and campaigns and what they spend is not
#   published as open data. Voters, journalists and competitors then cannot
#   follow the money behind candidates and messages, spending limits and
#   donation bans cannot be checked, and undue influence by wealthy or foreign
#   donors stays hidden. The OECD digital democracy action plan calls for open
#   data on parties and campaign finance to protect election integrity.
# custom:
#   id: DRIA-ELEC-008
#   severity: medium
#   likelihood: possible
#   rights: [participation, expression]
#   category: elections
#   references:
#     - {framework: OECD-DD, ref: Key area 1}
#     - {framework: WARSAW, ref: P16}
#     - {framework: UDHR, ref: Art 21}
#     - {framework: ICCPR, ref: Art 25}
#   remediation: >-
#     Publish donations, loans and campaign and advertising spending per party,
#     candidate and third-party campaigner as machine-readable open data under
#     an open licence, updated during the campaign and not only after it, with
#     donor identities above the legal threshold.
package dria.rules.elections.campaign_finance

import data.dria.lib

applies if count(lib.domains & {"elections", "political-advertising"}) > 0

applies if lib.stated(["spec", "elections"])

money := {f | some f in input.spec.elections.functions} & {"campaign-finance", "campaigning"}

activities contains lib.quote(f) if some f in money

activities contains "`political-advertising`" if "political-advertising" in lib.domains

findings contains {"msg": msg, "paths": paths} if {
	count(activities) > 0
	input.spec.elections.campaignFinanceOpenData == false
	msg := sprintf(
		"the system supports %s but campaign-finance data is not published as open data (`campaignFinanceOpenData: false`)",
		[concat(" and ", sort(activities))],
	)
	paths := ["/spec/elections/campaignFinanceOpenData", "/spec/elections/functions", "/spec/context/domains"]
}

findings contains {"msg": msg, "paths": paths} if {
	"campaign-finance" in money
	lib.absent(["spec", "elections", "campaignFinanceOpenData"])
	msg := "the system handles `campaign-finance` but publication of campaign-finance open data is not stated"
	paths := ["/spec/elections/functions", "/spec/elections"]
}
