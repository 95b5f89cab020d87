package report

// Detail is how much of an assessment the reports for people (Markdown and
// HTML) print.
type Detail string

const (
	// DetailFull prints the summary and the findings, then an appendix with
	// the full detail of each finding (why its severity, evidence,
	// references) and what was checked. It is the default.
	DetailFull Detail = "full"
	// DetailSummary prints the summary and the findings only: the short
	// print for a committee.
	DetailSummary Detail = "summary"
)

// Details lists the levels of detail.
func Details() []Detail { return []Detail{DetailSummary, DetailFull} }

// WithDetail sets how much the Markdown and HTML reports print:
// DetailSummary leaves out the appendix of full detail, DetailFull (the
// default) keeps it. Other formats ignore it; any other value is an error.
func WithDetail(d Detail) Option {
	return func(o *options) {
		switch d {
		case DetailSummary, DetailFull:
			o.detail = d
		default:
			o.fail("WithDetail: %q is not a level of detail (want summary or full)", string(d))
		}
	}
}
