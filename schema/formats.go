package schema

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"
)

// countryCodes holds the ISO 3166-1 alpha-2 codes, plus XK (Kosovo), which
// the European Commission and many registries use.
var countryCodes = func() map[string]bool {
	const list = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
		"CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
		"GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
		"KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
		"MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
		"SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
		"UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK"
	m := map[string]bool{}
	for _, c := range strings.Fields(list) {
		m[c] = true
	}
	return m
}()

// isCountryCode reports whether v is an upper-case ISO 3166-1 alpha-2 code.
// Values of other types pass: the "type" keyword reports those.
func isCountryCode(v any) bool {
	s, ok := v.(string)
	return !ok || countryCodes[s]
}

// languageTagPattern matches well-formed BCP 47 (RFC 5646) language tags:
// language, extlang, script, region, variants, extensions and private use,
// in either case. It is written for both Go and ECMA-262 regular
// expressions, letters as ASCII ranges rather than a case-insensitive flag
// (Go's folds the Kelvin sign into k and the long s into s), so that the
// draft-07 rendering of the schema (Draft7) carries the very same check.
const languageTagPattern = `^(?:` +
	`(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4}|[A-Za-z]{5,8})` +
	`(?:-[A-Za-z]{4})?` +
	`(?:-(?:[A-Za-z]{2}|[0-9]{3}))?` +
	`(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*` +
	`(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*` +
	`(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?` +
	`|[Xx](?:-[A-Za-z0-9]{1,8})+)$`

var languageTagRE = regexp.MustCompile(languageTagPattern)

// isLanguageTag reports whether v is a well-formed BCP 47 language tag.
func isLanguageTag(v any) bool {
	s, ok := v.(string)
	return !ok || languageTagRE.MatchString(s)
}

// isDate reports whether v is a calendar date written YYYY-MM-DD.
func isDate(v any) bool {
	s, ok := v.(string)
	if !ok {
		return true
	}
	if len(s) != 10 {
		return false
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// datePattern matches the dates isDate accepts: YYYY-MM-DD of the
// proleptic Gregorian calendar from 0000 to 9999, February 29 in leap
// years only (years divisible by 4, except centuries not divisible by 400;
// 0000 is one).
const datePattern = `^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))` +
	`|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$`

// countryCodePattern matches the codes of countryCodes, and nothing else.
var countryCodePattern = "^(?:" + strings.Join(slices.Sorted(maps.Keys(countryCodes)), "|") + ")$"

// formatPatterns says each of dria's own formats as a pattern, for the
// draft-07 rendering of the schemas (Draft7); the tests hold each pattern
// to the format's check.
var formatPatterns = map[string]string{
	"date":         datePattern,
	"country-code": countryCodePattern,
	"language-tag": languageTagPattern,
}

// formatHelp explains each format in the words of an error message.
var formatHelp = map[string]string{
	"date":         "a date written YYYY-MM-DD, such as 2025-03-31",
	"country-code": "an upper-case ISO 3166-1 alpha-2 country code, such as DE, KE or BR",
	"language-tag": "a BCP 47 language tag, such as en, fr-CA or sw",
	"uri":          "an absolute URI",
	"email":        "an e-mail address",
}
