package schema

import (
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

func seedDescriptions(t testing.TB) [][]byte {
	files, _ := filepath.Glob("../examples/systems/*.yaml")
	files = append(files, "../testdata/sample/cv-screening-assistant.yaml")
	var out [][]byte
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

// checkLoad asserts the contract of LoadDescriptions on any input: it
// loads, or it is refused with problems that each name the file, a line, a
// column and a message.
func checkLoad(t *testing.T, data []byte) {
	const name = "input.yaml"
	docs, err := LoadDescriptions(name, data, WithMaxBytes(1<<20))
	if err == nil {
		if len(docs) == 0 {
			t.Fatal("no documents and no error")
		}
		return
	}
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error is not a *ValidationError: %v", err)
	}
	if len(ve.Problems) == 0 {
		t.Fatal("validation error without problems")
	}
	for _, p := range ve.Problems {
		if p.File != name || p.Line < 1 || p.Column < 1 || p.Message == "" {
			t.Fatalf("problem not located: %+v\ninput: %q", p, data)
		}
	}
}

// FuzzLoadDescriptions checks that any input either loads or is refused
// with located problems, never a panic. Its seed corpus (the bundled
// examples, the illustration and testdata/fuzz) runs in plain go test.
func FuzzLoadDescriptions(f *testing.F) {
	for _, s := range seedDescriptions(f) {
		f.Add(s)
	}
	f.Add([]byte(`{"apiVersion":"dria/v1","kind":"System","metadata":{"name":"a","title":"A"},"spec":{}}`))
	f.Add([]byte("a: &a [*a]\n"))
	f.Add([]byte("- 1\n- 2\n"))
	f.Add([]byte("a: b\n---\nc: d\n"))
	f.Fuzz(checkLoad)
}

// TestMutatedDescriptions runs a fixed, seeded set of byte-level mutations
// of the examples through the same checks as the fuzz target, so that plain
// go test covers broken descriptions of every shape.
func TestMutatedDescriptions(t *testing.T) {
	seeds := seedDescriptions(t)
	const specials = "{}[],:-&*!|>#\n\t \"'"
	r := rand.New(rand.NewSource(1))
	for range 3000 {
		d := append([]byte(nil), seeds[r.Intn(len(seeds))]...)
		for range 1 + r.Intn(8) {
			p := r.Intn(len(d))
			switch r.Intn(4) {
			case 0:
				d[p] = byte(r.Intn(256))
			case 1:
				d = append(d[:p], d[min(len(d), p+r.Intn(20)):]...)
			case 2:
				q := r.Intn(len(d))
				ins := append([]byte(nil), d[q:q+min(r.Intn(200), len(d)-q)]...)
				d = append(d[:p], append(ins, d[p:]...)...)
			case 3:
				d[p] = specials[r.Intn(len(specials))]
			}
			if len(d) == 0 {
				d = []byte("a")
			}
		}
		checkLoad(t, d)
	}
}
