package assess_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/schema"
)

// FuzzAssess feeds descriptions to the whole engine. Whatever the input, an
// assessment either succeeds or is refused as invalid with located
// problems: a valid description must never make a rule fail (builtin errors
// are strict), and nothing may panic. The seed corpus (the bundled
// examples and testdata/fuzz/FuzzAssess) runs in plain go test.
func FuzzAssess(f *testing.F) {
	files, _ := filepath.Glob("../examples/systems/*.yaml")
	vendors, _ := filepath.Glob("../examples/procurement/vendors/*.yaml")
	for _, p := range append(files, vendors...) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(emptySpec))
	a := assessor(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := a.Assess(context.Background(), assess.Input{Path: "fuzz.yaml", Data: data})
		if err == nil {
			for _, as := range rep.Assessments {
				for _, fd := range as.Findings {
					for _, e := range fd.Evidence {
						if e.Line < 1 || e.Column < 1 {
							t.Fatalf("%s: evidence %s not located", fd.RuleID, e.Path)
						}
					}
				}
			}
			return
		}
		var ve *schema.ValidationError
		if !errors.As(err, &ve) {
			t.Fatalf("a description that is not refused as invalid failed: %v", err)
		}
	})
}
