package schema

import (
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dria-project/dria/schema/source"
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
func checkLoad(t *testing.T, data []byte) { checkLoadAs(t, "input.yaml", data) }

// checkLoadAs is checkLoad for a file of the given name.
func checkLoadAs(t *testing.T, name string, data []byte) {
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

// numberAlphabet is what FuzzNumbers writes literals with: digits (twice
// as likely) and every other character of YAML and JSON number forms.
const numberAlphabet = "01234567890123456789.eE+-_xXoObBaAfF.in"

// numberLiteral turns fuzz bytes into a number-like literal, grown by
// extra repeated digits after its first character.
func numberLiteral(raw []byte, grow uint16) string {
	var b strings.Builder
	for i, c := range raw {
		b.WriteByte(numberAlphabet[int(c)%len(numberAlphabet)])
		if i == 0 && grow > 0 {
			b.WriteString(strings.Repeat(string(numberAlphabet[int(grow)%10]), int(grow)))
		}
	}
	return b.String()
}

// FuzzNumbers writes random number literals where descriptions hold
// numbers (a count, a rate, a list, a unique list), in YAML and JSON:
// every file loads or is refused with located problems, never a panic;
// and a literal JSON accepts is the same number, with the same digits, in
// YAML. Its seed corpus (testdata/fuzz/FuzzNumbers) runs in plain go test.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"1e-1000001", "017", "0x1F", "1_200", "1.5e308", "1e400", ".5", "-0", "+5", "1e-400", "00", "0o17", "0b1", ".inf", ".nan", "1.", "1e", "--1", "0e-99999"} {
		f.Add([]byte(s), uint16(0), uint8(0))
	}
	f.Add([]byte("0.3"), uint16(5000), uint8(0))
	f.Add([]byte("99"), uint16(3000), uint8(1))
	f.Add([]byte("1e5"), uint16(200), uint8(2))
	f.Fuzz(func(t *testing.T, raw []byte, grow uint16, tag uint8) {
		lit := numberLiteral(raw, grow)
		if lit == "" {
			t.Skip()
		}
		yamlLit := lit
		switch tag % 4 {
		case 1:
			yamlLit = "!!int " + lit
		case 2:
			yamlLit = "!!float " + lit
		}
		head := "apiVersion: dria/v1\nkind: System\nmetadata: {name: a, title: A}\nspec:\n"
		yamlDoc := head + "  affected:\n    people: " + yamlLit + "\n  ai:\n    accuracy: {falsePositiveRate: " + yamlLit +
			"}\n  data:\n    retentionDays: " + yamlLit + "\n    categories: [" + yamlLit + ", " + yamlLit + "]\n"
		jsonDoc := `{"apiVersion": "dria/v1", "kind": "System", "metadata": {"name": "a", "title": "A"}, "spec": {"affected": {"people": ` + lit +
			`}, "ai": {"accuracy": {"falsePositiveRate": ` + lit + `}}, "data": {"retentionDays": ` + lit + `, "categories": [` + lit + `, ` + lit + `]}}}`
		checkLoad(t, []byte(yamlDoc))
		checkLoadAs(t, "input.json", []byte(jsonDoc))

		jsonDocs, err := source.Parse("n.json", []byte(`{"n": `+lit+`}`), source.Auto, source.Limits{})
		if err != nil || tag%4 != 0 {
			return
		}
		yamlDocs, err := source.Parse("n.yaml", []byte("n: "+lit+"\n"), source.Auto, source.Limits{})
		if err != nil {
			t.Fatalf("JSON reads %s, YAML refuses it: %v", lit, err)
		}
		j, y := jsonDocs[0].Root.Get("n"), yamlDocs[0].Root.Get("n")
		if y.Kind != source.Number || y.Text != j.Text {
			t.Fatalf("JSON reads %s as %s, YAML as a %s %q", lit, j.Text, y.Kind, y.Text)
		}
	})
}
