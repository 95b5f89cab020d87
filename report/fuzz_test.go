package report

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dria-project/dria/assess"
)

// FuzzRenderers renders every format for any description the engine
// accepts: no renderer may fail or panic; JSON, SARIF and GitLab must be
// JSON, JUnit must be XML, text may hold no control character, each GitHub
// line must be one workflow command or log line, HTML may hold only the
// allowed elements and attributes, and the Markdown may hold no raw HTML,
// link or image, nor anything GitHub would autolink. The seed corpus (the
// bundled examples, the hostile and terminal descriptions and
// testdata/fuzz) runs in plain go test.
func FuzzRenderers(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(repoRoot, "examples", "systems", "*.yaml"))
	seeds = append(seeds, filepath.Join(repoRoot, "report", "testdata", "systems", "hostile.yaml"),
		filepath.Join(repoRoot, "report", "testdata", "systems", "bare-links.yaml"),
		filepath.Join(repoRoot, "report", "testdata", "systems", "terminal.yaml"))
	for _, p := range seeds {
		rel, _ := filepath.Rel(repoRoot, p)
		f.Add(input(f, filepath.ToSlash(rel)).Data)
	}
	a := testAssessor(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := a.Assess(context.Background(), assess.Input{Path: "fuzz.yaml", Data: data})
		if err != nil {
			return // refusals are FuzzAssess's business
		}
		for _, format := range Formats() {
			r, err := ForFormat(format, WithRules(a.Rules()))
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := r.Render(&buf, rep); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			out := buf.Bytes()
			switch format {
			case "json", "sarif", "gitlab":
				if !json.Valid(out) {
					t.Fatalf("%s: not JSON", format)
				}
			case "text":
				if bytes.ContainsAny(out, "\x1b\r\a") {
					t.Fatalf("text: a control character reached the output")
				}
			case "github":
				for _, l := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
					if !githubLine.MatchString(l) {
						t.Fatalf("github: not one command or log line: %q", l)
					}
				}
			case "junit":
				var v any
				if err := xml.Unmarshal(out, &v); err != nil {
					t.Fatalf("junit: not XML: %v", err)
				}
			case "html":
				for _, m := range tagRE.FindAllStringSubmatch(string(out), -1) {
					tag := strings.ToLower(m[1])
					if !allowedTags[tag] && !svgTags[tag] {
						t.Fatalf("html: element <%s>", tag)
					}
					allowed := allowedAttrs
					if svgTags[tag] {
						allowed = svgAttrs
					}
					for _, at := range attrRE.FindAllStringSubmatch(m[2], -1) {
						if !allowed[strings.ToLower(at[1])] {
							t.Fatalf("html: attribute %s on <%s>", at[1], tag)
						}
					}
				}
			case "markdown":
				assertNoLinks(t, string(out), "markdown")
			}
		}
	})
}
