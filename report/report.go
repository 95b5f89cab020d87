// Package report renders assessment reports for people and pipelines. Each
// format is a Renderer writing to an io.Writer; the same report always
// renders to the same bytes.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/dria-project/dria/assess"
)

// Renderer writes a report in one format.
type Renderer interface {
	Render(w io.Writer, r *assess.Report) error
}

// RendererFunc adapts a function to Renderer.
type RendererFunc func(w io.Writer, r *assess.Report) error

// Render calls f.
func (f RendererFunc) Render(w io.Writer, r *assess.Report) error { return f(w, r) }

var renderers = map[string]Renderer{
	"json": RendererFunc(JSON),
}

// Formats lists the names of the available formats, sorted.
func Formats() []string {
	out := make([]string, 0, len(renderers))
	for k := range renderers {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ForFormat returns the renderer of a format by name.
func ForFormat(name string) (Renderer, error) {
	r, ok := renderers[name]
	if !ok {
		return nil, fmt.Errorf("unknown report format %q (known: %v)", name, Formats())
	}
	return r, nil
}

// HasFormat reports whether a format name is known.
func HasFormat(name string) bool { return slices.Contains(Formats(), name) }

// JSON writes the report in dria's stable JSON form, indented by two
// spaces, with a final newline.
func JSON(w io.Writer, r *assess.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("writing JSON report: %w", err)
	}
	return nil
}
