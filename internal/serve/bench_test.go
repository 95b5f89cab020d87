package serve

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkQuestionnairePage measures a page of questions of a bundled
// example, from request to the whole page (the bar: within a second).
func BenchmarkQuestionnairePage(b *testing.B) {
	dir := b.TempDir()
	data, err := os.ReadFile("../../examples/systems/welfare-risk-scoring.yaml")
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "w.yaml"), data, 0o644); err != nil {
		b.Fatal(err)
	}
	ts := newTestServer(b, dir)
	for _, sec := range []string{"decisions", "data", "accountability"} {
		b.Run(sec, func(b *testing.B) {
			for b.Loop() {
				req := httptest.NewRequest(http.MethodGet, "http://"+ts.Listener.Addr().String()+editPath("w.yaml", sec), nil)
				rec := httptest.NewRecorder()
				ts.srv.Handler().ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d", rec.Code)
				}
			}
		})
	}
}

// BenchmarkSaveSection measures saving a page of answers (apply, validate,
// write).
func BenchmarkSaveSection(b *testing.B) {
	dir := b.TempDir()
	data, err := os.ReadFile("../../examples/systems/welfare-risk-scoring.yaml")
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "w.yaml"), data, 0o644); err != nil {
		b.Fatal(err)
	}
	ts := newTestServer(b, dir)
	_, page := ts.get(b, editPath("w.yaml", "decisions"))
	v := formValues(page)
	v.Set("action", "next")
	for b.Loop() {
		resp, _ := ts.post(b, editPath("w.yaml", "decisions"), v)
		if resp.StatusCode != http.StatusSeeOther {
			b.Fatalf("status %d", resp.StatusCode)
		}
	}
}
