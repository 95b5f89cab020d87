package rules

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/dria-project/dria/internal/safetext"
)

// Severity is how serious a finding is: a rule's base severity, or a
// finding's severity after the engine adjusted it. Its text form, the one
// in rules, reports and settings, is one of the constants below.
//
// A *Severity is a command-line flag value (flag.Value and pflag.Value):
// it accepts only a known severity, with a plain error otherwise.
type Severity string

// The severities, from least to most severe. The engine's order
// (data.dria.engine.severities) is the same; a test ties the two.
const (
	Info     Severity = "info"
	Low      Severity = "low"
	Medium   Severity = "medium"
	High     Severity = "high"
	Critical Severity = "critical"
)

// severities is the order of Severity, least severe first.
var severities = [...]Severity{Info, Low, Medium, High, Critical}

// Severities returns the severities from least to most severe, in a new
// slice the caller may change.
func Severities() []Severity { return slices.Clone(severities[:]) }

// ParseSeverity returns the severity named by s. Anything else, including
// the empty string, is an error that lists the severities.
func ParseSeverity(s string) (Severity, error) {
	if sev := Severity(s); sev.Rank() >= 0 {
		return sev, nil
	}
	return "", fmt.Errorf("%q is not a severity; use info, low, medium, high or critical", safetext.Truncate(s, 40))
}

// Rank is the position of the severity from least severe: 0 for info to 4
// for critical, or -1 for a value that is not a severity (such as "", an
// absent severity), which ranks below every severity.
func (s Severity) Rank() int { return slices.Index(severities[:], s) }

// Valid reports whether s is one of the severities.
func (s Severity) Valid() bool { return s.Rank() >= 0 }

// Compare orders two severities from least to most severe: negative when
// s is less severe than t, zero when equal, positive when more severe.
func (s Severity) Compare(t Severity) int { return cmp.Compare(s.Rank(), t.Rank()) }

// AtLeast reports whether s is a severity at or above level. A value that
// is not a severity is never at or above anything.
func (s Severity) AtLeast(level Severity) bool { return s.Valid() && s.Rank() >= level.Rank() }

// String returns the severity's text, such as "high".
func (s Severity) String() string { return string(s) }

// Set parses text into the severity, for command-line flags; the severity
// is unchanged when text is not a severity.
func (s *Severity) Set(text string) error {
	sev, err := ParseSeverity(text)
	if err != nil {
		return err
	}
	*s = sev
	return nil
}

// Type names the flag's kind of value in help texts.
func (s *Severity) Type() string { return "severity" }
