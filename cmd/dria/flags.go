package main

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"
)

// Numeric flags check their values as they are parsed, before anything
// loads, so a bad value is a usage error (exit 2) naming the flag.

// durationFlag is a duration above zero, such as --timeout 5s.
type durationFlag struct{ v *time.Duration }

func newDurationFlag(f *pflag.FlagSet, p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	f.Var(durationFlag{p}, name, usage)
}

func (d durationFlag) String() string {
	if d.v == nil {
		return ""
	}
	return d.v.String()
}

func (d durationFlag) Type() string { return "duration" }

func (d durationFlag) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		return errors.New("is not a duration; write it like 500ms, 5s or 1m")
	}
	if v <= 0 {
		return errors.New("must be more than zero, such as 5s")
	}
	*d.v = v
	return nil
}

// intFlag is a whole number between min and max, such as --max-bytes.
type intFlag struct {
	v        *int64
	min, max int64
	unit     string
}

func newIntFlag(f *pflag.FlagSet, p *int64, name string, value, min, max int64, unit, usage string) {
	*p = value
	f.Var(intFlag{v: p, min: min, max: max, unit: unit}, name, usage)
}

func (n intFlag) String() string {
	if n.v == nil {
		return ""
	}
	return strconv.FormatInt(*n.v, 10)
}

func (n intFlag) Type() string { return "int" }

func (n intFlag) Set(s string) error {
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v < n.min || v > n.max {
		return fmt.Errorf("must be a whole number of %s from %d to %d", n.unit, n.min, n.max)
	}
	*n.v = v
	return nil
}

// percentFlag is a percentage from 0 to 100, such as --min-coverage.
type percentFlag struct{ v *float64 }

func newPercentFlag(f *pflag.FlagSet, p *float64, name string, value float64, usage string) {
	*p = value
	f.Var(percentFlag{p}, name, usage)
}

func (p percentFlag) String() string {
	if p.v == nil {
		return ""
	}
	return strconv.FormatFloat(*p.v, 'g', -1, 64)
}

func (p percentFlag) Type() string { return "percent" }

func (p percentFlag) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || v < 0 || v > 100 {
		return errors.New("must be a percentage from 0 to 100")
	}
	*p.v = v
	return nil
}

// invalidFlagValue matches pflag's message for a value its flag refused.
var invalidFlagValue = regexp.MustCompile(`^invalid argument ("(?:[^"\\]|\\.)*") for "(?:-[^,]+, )?(--[^"]+)" flag: (.*)$`)

// quotedPrefix matches a Go-quoted string and a space at the start of a
// reason.
var quotedPrefix = regexp.MustCompile(`^"(?:[^"\\]|\\.)*" `)

// flagMessage rewords pflag's "invalid argument "0s" for "--timeout" flag:
// ..." as `--timeout "0s" must be ...`; other flag errors are kept. The
// value keeps pflag's Go quoting, so it is safe to print.
func flagMessage(err error) string {
	m := invalidFlagValue.FindStringSubmatch(err.Error())
	if m == nil {
		return err.Error()
	}
	// A reason that quotes the value again (rules.Severity's does) drops
	// that quote: the value is already said.
	reason := quotedPrefix.ReplaceAllString(m[3], "")
	switch {
	case strings.HasPrefix(reason, "strconv.ParseBool"):
		reason = "must be true or false"
	case strings.HasPrefix(reason, "strconv."), strings.HasPrefix(reason, "time:"):
		reason = "is not a valid value"
	}
	return m[2] + " " + m[1] + " " + reason
}
