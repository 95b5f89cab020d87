package source

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"github.com/dria-project/dria/internal/safetext"
)

// Limits on number literals, the same for YAML and JSON. They are far
// beyond what a description needs (a count of people, a rate, a number of
// days) and keep every later step cheap: validation compares numbers as
// exact fractions (math/big), whose cost grows with the digits and the
// exponent written, and which cannot represent exponents of a million or
// more at all.
const (
	// MaxNumberLength is the longest accepted number literal, in
	// characters as written.
	MaxNumberLength = 100
	// MaxExponent bounds the exponent written in a number literal whose
	// value is in range (0.000…01e401); values out of the range of a
	// float64 (1e400, 1e-1000001) are refused as too large or too small.
	MaxExponent = 400
)

// numberQuoteLength is how much of a refused number literal a message
// quotes.
const numberQuoteLength = 40

// jsonNumberRE is the number grammar of RFC 8259, the only form a Number
// node's Text ever takes.
var jsonNumberRE = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

// quoteNumber shows a refused literal in a message: short and terminal-safe.
func quoteNumber(text string) string {
	return safetext.Inline(safetext.Truncate(text, numberQuoteLength))
}

// checkNumber applies the limits above to a literal in JSON number syntax.
// It returns a plain-language problem, or "" when the number is accepted.
func checkNumber(text string) string {
	if n := len(text); n > MaxNumberLength {
		return fmt.Sprintf("number %s is %d characters long, more than the limit of %d; write it with fewer digits", quoteNumber(text), n, MaxNumberLength)
	}
	f, err := strconv.ParseFloat(text, 64)
	if errors.Is(err, strconv.ErrRange) && f != 0 {
		return fmt.Sprintf("number %s is too large: dria accepts numbers up to about 1.8e308 in size", quoteNumber(text))
	}
	if f == 0 && strings.ContainsAny(mantissa(text), "123456789") {
		return fmt.Sprintf("number %s is too close to zero to be represented; the smallest accepted size is about 5e-324 (write 0 if you mean zero)", quoteNumber(text))
	}
	if i := strings.IndexAny(text, "eE"); i >= 0 {
		// In range, but written with many digits and a large exponent
		// (0.000…01e401): refused, so that exact arithmetic stays cheap.
		exp := strings.TrimLeft(strings.TrimLeft(text[i+1:], "+-"), "0")
		if v, err := strconv.Atoi(exp); len(exp) > 4 || err == nil && v > MaxExponent {
			return fmt.Sprintf("number %s has an exponent beyond the limit of %d; write it with a smaller exponent", quoteNumber(text), MaxExponent)
		}
	}
	return ""
}

// mantissa is the part of a number literal before its exponent.
func mantissa(text string) string {
	if i := strings.IndexAny(text, "eE"); i >= 0 {
		return text[:i]
	}
	return text
}

// YAML number forms. dria reads a YAML number only when every YAML reader
// reads it the same way, and refuses, with advice, the forms that YAML 1.1
// (PyYAML, Ruby, older Go libraries) and YAML 1.2 (JavaScript, newer
// libraries) read differently:
//
//   - leading zeros (017: octal 15 in YAML 1.1, 17 in YAML 1.2);
//   - 0o17 and 0b101 (numbers in one version, text in the other) and, for
//     consistency, 0x1F (write numbers in decimal, as JSON does);
//   - digit separators (1_200: a number in YAML 1.1, text in YAML 1.2).
//
// Accepted forms are normalised to JSON syntax without changing a digit:
// a leading "+" is dropped, ".5" becomes "0.5" and "1." becomes "1".
// Exponents without a decimal point (1e3) are read as numbers, as YAML 1.2
// and JSON do. Infinity and NaN (.inf, .nan) are refused.
var (
	yamlPrefixedRE    = regexp.MustCompile(`^[-+]?0[xXoObB]`)
	yamlLeadingZeroRE = regexp.MustCompile(`^[-+]?0[0-9]`)
	yamlOctalRE       = regexp.MustCompile(`^[-+]?0[0-7]+$`)
	yamlDecimalRE     = regexp.MustCompile(`^([-+]?)([0-9]*)(?:\.([0-9]*))?([eE][-+]?[0-9]+)?$`)
	yamlSpecialRE     = regexp.MustCompile(`^[-+]?(\.inf|\.Inf|\.INF)$|^\.(nan|NaN|NAN)$`)
)

var yamlPrefixedNumberRE = regexp.MustCompile(`^[-+]?0(?:[xX][0-9a-fA-F_]+|[oO][0-7_]+|[bB][01_]+)$`)

// looksNumeric reports whether a plain YAML scalar is written as a number
// (in any of the forms YAML 1.1 or 1.2 know), whatever value the YAML
// library gave it.
func looksNumeric(value string) bool {
	if value == "" || !strings.ContainsRune("0123456789+-.", rune(value[0])) {
		return false // most text: no regular expression to run
	}
	if yamlPrefixedNumberRE.MatchString(value) {
		return true
	}
	m := yamlDecimalRE.FindStringSubmatch(strings.ReplaceAll(value, "_", ""))
	return m != nil && (m[2] != "" || m[3] != "")
}

var baseNames = map[byte]string{'x': "hexadecimal", 'o': "octal", 'b': "binary"}

// yamlNumber turns the text of a YAML scalar that resolved to a number
// (integer says it must be a whole number) into JSON number syntax, or
// explains why dria refuses it.
func yamlNumber(value string, integer bool) (string, string) {
	if yamlSpecialRE.MatchString(value) {
		return "", fmt.Sprintf("%s is not a finite number (infinity and NaN are not accepted)", Quote(value))
	}
	if len(value) > MaxNumberLength {
		return "", checkNumber(value)
	}
	if strings.Contains(value, "_") {
		plain := strings.ReplaceAll(value, "_", "")
		return "", fmt.Sprintf("number %s uses \"_\" to group digits, which YAML 1.1 reads as a number and YAML 1.2 as text; write %s", quoteNumber(value), suggestion(plain))
	}
	if yamlPrefixedRE.MatchString(value) {
		base := baseNames[strings.ToLower(strings.TrimLeft(value, "+-"))[1]]
		return "", fmt.Sprintf("number %s is written in %s; write it in decimal, as %s", quoteNumber(value), base, suggestion(value))
	}
	if yamlLeadingZeroRE.MatchString(value) {
		return "", leadingZero(value)
	}
	text, ok := normaliseDecimal(value)
	if !ok || integer && strings.ContainsAny(value, ".eE") {
		noun := "number"
		if integer {
			noun = "whole number"
		}
		return "", fmt.Sprintf("%s is not a valid %s", Quote(value), noun)
	}
	if msg := checkNumber(text); msg != "" {
		return "", msg
	}
	return text, ""
}

// leadingZero explains why 017 is refused and how to write it.
func leadingZero(value string) string {
	decimal := suggestion(value)
	var octal big.Int
	if _, ok := octal.SetString(strings.TrimLeft(value, "+-"), 8); ok && yamlOctalRE.MatchString(value) {
		if strings.HasPrefix(value, "-") {
			octal.Neg(&octal)
		}
		return fmt.Sprintf("number %s has a leading zero: YAML 1.1 reads it as the octal number %s, YAML 1.2 as %s; write %s, or put it in quotes if it is a code rather than a number",
			quoteNumber(value), octal.String(), decimal, decimal)
	}
	return fmt.Sprintf("number %s has a leading zero, which YAML readers do not agree on; write %s, or put it in quotes if it is a code rather than a number", quoteNumber(value), decimal)
}

// normaliseDecimal rewrites a decimal YAML number (no leading zeros, no
// separators) in JSON syntax, keeping every digit as written.
func normaliseDecimal(value string) (string, bool) {
	m := yamlDecimalRE.FindStringSubmatch(value)
	if m == nil || m[2] == "" && m[3] == "" {
		return "", false
	}
	sign, whole, frac, exp := m[1], m[2], m[3], m[4]
	if sign == "+" {
		sign = ""
	}
	if whole == "" {
		whole = "0"
	}
	text := sign + whole
	if frac != "" {
		text += "." + frac
	}
	text += exp
	if !jsonNumberRE.MatchString(text) {
		return "", false
	}
	return text, true
}

// suggestion gives the decimal form of a YAML number that dria refuses,
// for "write ..." advice: 017 → 17, 0x1F → 31, 1_200 → 1200.
func suggestion(value string) string {
	if yamlPrefixedRE.MatchString(value) {
		var z big.Int
		if _, ok := z.SetString(strings.TrimPrefix(value, "+"), 0); ok {
			return z.String()
		}
		return "a decimal number"
	}
	sign := ""
	if strings.HasPrefix(value, "-") {
		sign = "-"
	}
	digits := strings.TrimLeft(strings.TrimLeft(value, "+-"), "0")
	if digits == "" || digits[0] == '.' || digits[0] == 'e' || digits[0] == 'E' {
		digits = "0" + digits
	}
	if text, ok := normaliseDecimal(sign + digits); ok {
		return text
	}
	return "a decimal number"
}
