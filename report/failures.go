package report

import (
	"fmt"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/wording"
)

// Inputs that could not be assessed (assess.Report.Errors) are in every
// format, so that a batch with a bad file never reads as complete: a
// section of the reports for people, SARIF tool execution notifications,
// an errored JUnit test case, a GitHub error annotation and a GitLab
// issue. The texts below are shared; each format escapes them.

// failuresHeading is the heading of the section that lists them.
const failuresHeading = "Files that could not be assessed"

// failureLabel names a kind of failure in a few words.
func failureLabel(k assess.FailureKind) string {
	switch k {
	case assess.KindInvalidInput:
		return "invalid input"
	case assess.KindRules:
		return "rules error"
	case assess.KindDeadline:
		return "deadline"
	case assess.KindMemory:
		return "memory limit"
	case assess.KindCanceled:
		return "canceled"
	}
	return "internal error"
}

// failureKindText describes a kind of failure in a sentence.
func failureKindText(k assess.FailureKind) string {
	switch k {
	case assess.KindInvalidInput:
		return "The file could not be read, parsed or validated as a system description."
	case assess.KindRules:
		return "A rule failed while it was evaluated, or the sandbox refused one of its calls."
	case assess.KindDeadline:
		return "Evaluating the rules ran past the deadline."
	case assess.KindMemory:
		return "Evaluating the rules grew memory use past the limit."
	case assess.KindCanceled:
		return "The run was stopped before the file was assessed."
	}
	return "An internal error in dria or a library it uses stopped the assessment of the file."
}

// failureSentence says in one line which file could not be assessed and
// why (unescaped: the caller escapes it for its format).
func failureSentence(f assess.InputFailure) string {
	return fmt.Sprintf("%s could not be assessed (%s): %s", f.Path, failureLabel(f.Kind), f.Message)
}

// failuresIntro says what the list of failures means for the report.
func failuresIntro(n int) string {
	what := wording.Count(n, "file") + " could not be assessed, so the systems they describe are"
	if n == 1 {
		what = "1 file could not be assessed, so the systems it describes are"
	}
	return what + " missing from this report. Nothing is known about them, which is never compliance."
}
