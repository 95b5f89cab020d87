package schema

import (
	"regexp"
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

// languageTagRE matches well-formed BCP 47 (RFC 5646) language tags:
// language, extlang, script, region, variants, extensions and private use.
var languageTagRE = regexp.MustCompile(`^(?i:` +
	`(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})` +
	`(?:-[a-z]{4})?` +
	`(?:-(?:[a-z]{2}|[0-9]{3}))?` +
	`(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*` +
	`(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*` +
	`(?:-x(?:-[a-z0-9]{1,8})+)?` +
	`|x(?:-[a-z0-9]{1,8})+)$`)

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

// formatHelp explains each format in the words of an error message.
var formatHelp = map[string]string{
	"date":         "a date written YYYY-MM-DD, such as 2025-03-31",
	"country-code": "an upper-case ISO 3166-1 alpha-2 country code, such as DE, KE or BR",
	"language-tag": "a BCP 47 language tag, such as en, fr-CA or sw",
	"uri":          "an absolute URI",
	"email":        "an e-mail address",
}
