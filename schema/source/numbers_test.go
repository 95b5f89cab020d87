package source

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestYAMLNumbersKeepTheirDigits checks the number forms dria accepts in
// YAML and the JSON text each is stored as: every digit as written.
func TestYAMLNumbersKeepTheirDigits(t *testing.T) {
	cases := map[string]string{
		"0":                               "0",
		"-0":                              "-0",
		"17":                              "17",
		"5":                               "+5",
		"-12":                             "-12",
		"0.5":                             ".5",
		"1.5e308":                         "1.5e308",
		"1e300":                           "1e300",
		"1E+300":                          "1E+300",
		"-1.25e-3":                        "-1.25e-3",
		"123456789012345678901234567890":  "123456789012345678901234567890",
		"0.1000000000000000000000000001":  "0.1000000000000000000000000001",
		"4.9e-324":                        "4.9e-324",
		"1e-320":                          "1e-320",
		"1e307":                           "1e307",
		"1e3":                             "1e3",
		"1":                               "1.",
		"1e5":                             "1.e5",
		"-0.5":                            "-.5",
		"2.5":                             "!!float 2.5",
		"3":                               "!!int 3",
		"7":                               "!!float 7",
		"123456789012345678901234567891":  "!!int 123456789012345678901234567891",
		"1234567890123456789012345678900": "1234567890123456789012345678900",
	}
	for want, literal := range cases {
		want, _, _ = strings.Cut(want, " ")
		root := parseOne(t, "n.yaml", "n: "+literal+"\n")
		n := root.Get("n")
		require.Equal(t, Number, n.Kind, literal)
		assert.Equal(t, want, n.Text, literal)
	}
}

// TestJSONNumbersKeepTheirDigits: the JSON parser stores the literal.
func TestJSONNumbersKeepTheirDigits(t *testing.T) {
	for _, literal := range []string{"0", "-0", "1.5e308", "1e300", "1E+300", "-1.25e-3", "4.9e-324", "123456789012345678901234567890"} {
		root := parseOne(t, "n.json", `{"n": `+literal+`}`)
		assert.Equal(t, literal, root.Get("n").Text)
	}
}

// TestNumberLimits checks each limit on both sides, in YAML and JSON.
func TestNumberLimits(t *testing.T) {
	long := "1" + strings.Repeat("0", MaxNumberLength-1)
	cases := []struct{ literal, want string }{
		{long, ""},
		{long + "0", "number 1000000000000000000000000000000000000000… (61 more characters) is 101 characters long, more than the limit of 100; write it with fewer digits"},
		{"1.7976931348623157e308", ""},
		{"1.8e308", "number 1.8e308 is too large: dria accepts numbers up to about 1.8e308 in size"},
		{"-1e309", "number -1e309 is too large: dria accepts numbers up to about 1.8e308 in size"},
		{"5e-324", ""},
		{"1e-400", "number 1e-400 is too close to zero to be represented; the smallest accepted size is about 5e-324 (write 0 if you mean zero)"},
		{"0e-1000001", "number 0e-1000001 has an exponent beyond the limit of 400; write it with a smaller exponent"},
		{"0." + strings.Repeat("0", 92) + "1e400", ""},
		{"0." + strings.Repeat("0", 92) + "1e401", "number 0.00000000000000000000000000000000000000… (59 more characters) has an exponent beyond the limit of 400; write it with a smaller exponent"},
		{"1e00000000000000000000000000000000000000001", ""},
	}
	for _, c := range cases {
		for _, f := range []struct{ name, text string }{{"n.yaml", "n: " + c.literal + "\n"}, {"n.json", `{"n": ` + c.literal + `}`}} {
			docs, err := Parse(f.name, []byte(f.text), Auto, Limits{})
			if c.want == "" {
				require.NoError(t, err, f.text)
				assert.Equal(t, c.literal, docs[0].Root.Get("n").Text)
				continue
			}
			col := map[string]string{"n.yaml": ":1:4: ", "n.json": ":1:7: "}[f.name]
			assert.EqualError(t, err, f.name+col+c.want)
		}
	}
}

// TestYAMLNumberFormsThatReadersDisagreeOn: the advice names the value to
// write.
func TestYAMLNumberFormsThatReadersDisagreeOn(t *testing.T) {
	cases := map[string]string{
		"017":      "number 017 has a leading zero: YAML 1.1 reads it as the octal number 15, YAML 1.2 as 17; write 17, or put it in quotes if it is a code rather than a number",
		"-017":     "number -017 has a leading zero: YAML 1.1 reads it as the octal number -15, YAML 1.2 as -17; write -17, or put it in quotes if it is a code rather than a number",
		"00":       "number 00 has a leading zero: YAML 1.1 reads it as the octal number 0, YAML 1.2 as 0; write 0, or put it in quotes if it is a code rather than a number",
		"08":       "number 08 has a leading zero, which YAML readers do not agree on; write 8, or put it in quotes if it is a code rather than a number",
		"007.50":   "number 007.50 has a leading zero, which YAML readers do not agree on; write 7.50, or put it in quotes if it is a code rather than a number",
		"0x1f":     "number 0x1f is written in hexadecimal; write it in decimal, as 31",
		"+0X10":    "number +0X10 is written in hexadecimal; write it in decimal, as 16",
		"0o17":     "number 0o17 is written in octal; write it in decimal, as 15",
		"0b101":    "number 0b101 is written in binary; write it in decimal, as 5",
		"1_200":    `number 1_200 uses "_" to group digits, which YAML 1.1 reads as a number and YAML 1.2 as text; write 1200`,
		"0x_ff":    `number 0x_ff uses "_" to group digits, which YAML 1.1 reads as a number and YAML 1.2 as text; write 255`,
		"1_000.5":  `number 1_000.5 uses "_" to group digits, which YAML 1.1 reads as a number and YAML 1.2 as text; write 1000.5`,
		".nan":     `".nan" is not a finite number (infinity and NaN are not accepted)`,
		"!!int x":  `"x" is not a valid whole number`,
		"!!float":  `"" is not a valid number`,
		"!!int 1.": `"1." is not a valid whole number`,
	}
	for literal, want := range cases {
		_, err := Parse("n.yaml", []byte("n: "+literal+"\n"), Auto, Limits{})
		assert.EqualError(t, err, "n.yaml:1:4: "+want, literal)
	}
}

// TestQuotedNumbersAreText: quotes and !!str keep any digits as text.
func TestQuotedNumbersAreText(t *testing.T) {
	root := parseOne(t, "q.yaml", "a: \"017\"\nb: '0x1F'\nc: !!str 1_200\nd: 1-800-555\n")
	for key, want := range map[string]string{"a": "017", "b": "0x1F", "c": "1_200", "d": "1-800-555"} {
		n := root.Get(key)
		assert.Equal(t, String, n.Kind, key)
		assert.Equal(t, want, n.Text, key)
	}
}

func BenchmarkLongNumberLiteral(b *testing.B) {
	for _, c := range []struct{ name, text string }{
		{"yaml-decimal-1MB", "n: 0." + strings.Repeat("7", 1<<20) + "\n"},
		{"yaml-int-tag-1MB", "n: !!int " + strings.Repeat("7", 1<<20) + "\n"},
		{"json-decimal-1MB", `{"n": 0.` + strings.Repeat("7", 1<<20) + `}`},
	} {
		data := []byte(c.text)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse("n"+c.name[:5], data, Auto, Limits{}); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}
