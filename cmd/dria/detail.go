package main

import (
	"fmt"
	"slices"

	"github.com/dria-project/dria/report"
)

// detailValue is the value of --detail: how much the Markdown and HTML
// reports print (report.WithDetail). An unknown value is refused when the
// flag is parsed, so nothing is assessed or written.
type detailValue report.Detail

// String returns the level of detail, "" when not given.
func (d *detailValue) String() string { return string(*d) }

// Type names the value in --help.
func (d *detailValue) Type() string { return "summary|full" }

// Set accepts summary or full.
func (d *detailValue) Set(s string) error {
	if !slices.Contains(report.Details(), report.Detail(s)) {
		return fmt.Errorf("%q is not a level of detail: want summary (the short print for a committee) or full", s)
	}
	*d = detailValue(s)
	return nil
}

// detailNames lists the levels of detail for completion.
func detailNames() []string {
	var out []string
	for _, d := range report.Details() {
		out = append(out, string(d))
	}
	return out
}
