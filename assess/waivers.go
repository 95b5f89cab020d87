package assess

import (
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/schema"
)

// LoadWaivers reads a waivers file (YAML or JSON, see `dria schema
// waivers`). Problems, including a bad system glob, come back as a
// *schema.ValidationError with their locations.
func LoadWaivers(file string, data []byte) ([]Waiver, error) {
	docs, err := schema.Load(schema.Waivers, file, data)
	if err != nil {
		return nil, err
	}
	var out []Waiver
	var problems []schema.Problem
	for _, d := range docs {
		list, _, _ := d.Root.Resolve("/waivers")
		for i, item := range list.Values {
			var w Waiver
			if err := item.Decode(&w); err != nil {
				return nil, fmt.Errorf("%s: waiver %d: %w", file, i+1, err)
			}
			if w.System != "" {
				if _, err := path.Match(w.System, ""); err != nil {
					n := item.Get("system")
					problems = append(problems, schema.Problem{File: file, Line: n.Pos.Line, Column: n.Pos.Column,
						Pointer: fmt.Sprintf("/waivers/%d/system", i),
						Message: fmt.Sprintf("waivers[%d].system %q is not a valid glob (use * and ? as wildcards)", i, w.System)})
				}
			}
			out = append(out, w)
		}
	}
	if len(problems) > 0 {
		return nil, &schema.ValidationError{Problems: problems}
	}
	return out, nil
}

// matches reports whether the waiver covers a rule's findings in a system.
func (w Waiver) matches(ruleID, system string) bool {
	if w.Rule != ruleID {
		return false
	}
	if w.System == "" {
		return true
	}
	ok, _ := path.Match(w.System, system)
	return ok
}

// expired reports whether the waiver's last day is before today. Both are
// compared as dates, so a year past 9999 (written with five digits) comes
// after every four-digit year. A date that cannot be read counts as
// expired: a waiver applies only when it is known to be in force.
func (w Waiver) expired(today string) bool {
	last, ok1 := dayNumber(w.Expires)
	now, ok2 := dayNumber(today)
	return !ok1 || !ok2 || last < now
}

// dayNumber turns a date written YEAR-MM-DD (the year with four or more
// digits, possibly negative, as time.Time formats it) into a number that
// orders as the dates do.
func dayNumber(date string) (int64, bool) {
	neg := strings.HasPrefix(date, "-")
	parts := strings.Split(strings.TrimPrefix(date, "-"), "-")
	if len(parts) != 3 || len(parts[0]) < 4 || len(parts[1]) != 2 || len(parts[2]) != 2 {
		return 0, false
	}
	var n [3]int64
	for i, p := range parts {
		v, err := strconv.ParseInt(p, 10, 64)
		if err != nil || v < 0 || strings.ContainsAny(p, "+-") {
			return 0, false
		}
		n[i] = v
	}
	year, month, day := n[0], n[1], n[2]
	if month < 1 || month > 12 || day < 1 || day > 31 || year > 1<<40 {
		return 0, false
	}
	if neg {
		year = -year
	}
	return (year*100+month)*100 + day, true
}

// applyWaivers marks the findings that active waivers accept and the ones
// that expired waivers matched, returning which waivers matched anything.
func applyWaivers(as *Assessment, waivers []Waiver, used []bool) {
	for i := range as.Findings {
		f := &as.Findings[i]
		for j, w := range waivers {
			if !w.matches(f.RuleID, as.System.Name) {
				continue
			}
			used[j] = true
			wc := w
			if w.expired(as.AssessedOn) {
				if f.ExpiredWaiver == nil {
					f.ExpiredWaiver = &wc
				}
				continue
			}
			if !f.Waived {
				f.Waived = true
				f.Waiver = &wc
			}
		}
		if f.Waived {
			f.ExpiredWaiver = nil
		}
	}
}

// summariseWaivers reports how the waivers were used across a report.
func summariseWaivers(r *Report, waivers []Waiver, used []bool, today string) *WaiverSummary {
	if waivers == nil {
		return nil
	}
	s := &WaiverSummary{Expired: []Waiver{}, Stale: []Waiver{}}
	for _, a := range r.Assessments {
		for _, f := range a.Findings {
			if f.Waived {
				s.Applied++
			}
		}
	}
	for j, w := range waivers {
		switch {
		case w.expired(today):
			s.Expired = append(s.Expired, w)
		case !used[j]:
			s.Stale = append(s.Stale, w)
		}
	}
	return s
}

// String describes the waiver for messages: rule, systems, owner and
// expiry, on one line with every control character shown as an escape
// (the values come from a waivers file and must not forge output).
func (w Waiver) String() string {
	systems := "all systems"
	if w.System != "" {
		systems = "systems " + w.System
	}
	return safetext.Inline(fmt.Sprintf("waiver for %s (%s, owner %s, expires %s)", w.Rule, systems, w.Owner, w.Expires))
}
