package nlregister

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// BenchmarkImportRegister reads, drafts and validates a register of 1,000
// records in the publication standard (each with a long, marked-up
// technical description), as dria import nl-register does.
func BenchmarkImportRegister(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "standard.json"))
	if err != nil {
		b.Fatal(err)
	}
	var recs []map[string]any
	if err := json.Unmarshal(raw, &recs); err != nil {
		b.Fatal(err)
	}
	var register []map[string]any
	for i := range 1000 {
		r := map[string]any{}
		for k, v := range recs[i%len(recs)] {
			r[k] = v
		}
		r["name"] = fmt.Sprintf("%v %d", r["name"], i)
		r["technical_operation"] = "<p>Een beslisboom met regels over de aanvraag.</p>"
		register = append(register, r)
	}
	data, err := json.Marshal(register)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		f, err := Read("register.json", data, source.Limits{MaxBytes: 64 << 20})
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range Describe(f, day) {
			if _, err := schema.LoadDescriptions(d.Name+".yaml", d.YAML); err != nil {
				b.Fatal(err)
			}
		}
	}
}
