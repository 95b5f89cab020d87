package guard

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// The time builtins take a time as nanoseconds or as [ns, zone] (and
// [ns, zone, layout] for time.format). A zone other than UTC reads the
// host: "Local" its settings (TZ, /etc/localtime), a name such as
// "Europe/Paris" its time-zone database, whose rules change between
// versions. The same rules, input and date would then give different
// answers on different machines, so guarded evaluations accept only UTC
// (an empty zone means UTC too).

// utcOnly refuses a zone other than UTC in the operands at the indexes.
func utcOnly(indexes ...int) estimator {
	return func(c *call) error {
		for _, i := range indexes {
			a, ok := c.ops[i].Value.(*ast.Array)
			if !ok || a.Len() < 2 {
				continue
			}
			zone, ok := a.Elem(1).Value.(ast.String)
			if !ok || zone == "" || zone == "UTC" {
				continue
			}
			return &LimitError{Kind: TimeZone, What: "use the time zone " + shortText(string(zone))}
		}
		return nil
	}
}

// zoneLayouts are the named layouts OPA accepts that read a zone
// abbreviation.
var zoneLayouts = map[string]bool{"UnixDate": true, "RFC822": true, "RFC850": true, "RFC1123": true}

// parseNanosEstimate: time.parse_ns(layout, value) with a zone
// abbreviation in the layout (MST) uses the offset the host's own zone
// gives that abbreviation, if it knows it, and zero otherwise: "10:00 CET"
// is a different instant in Paris and in London. Numeric offsets (-0700,
// Z07:00) are read the same everywhere.
func parseNanosEstimate(c *call) error {
	layout, ok := c.ops[0].Value.(ast.String)
	if !ok || (!zoneLayouts[string(layout)] && !strings.Contains(string(layout), "MST")) {
		return nil
	}
	return &LimitError{Kind: TimeZone, What: "read a time-zone abbreviation with the layout " + shortText(string(layout)) + " (write the offset instead, as -0700 or Z07:00)"}
}
