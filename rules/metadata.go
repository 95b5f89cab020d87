package rules

import (
	"errors"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

// metadataBlock is a rule's METADATA comment block as YAML, with the way
// back from a position in the YAML to one in the file.
type metadataBlock struct {
	yaml    string
	start   int   // the file's line of "# METADATA"
	offsets []int // column offset of each YAML line in the file
}

// newMetadataBlock gathers the comment lines between the METADATA marker
// on line start and the package line.
func newMetadataBlock(m *ast.Module, start int) metadataBlock {
	b := metadataBlock{start: start}
	end := m.Package.Location.Row
	var lines []string
	for _, c := range m.Comments {
		row := c.Location.Row
		if row <= b.start || row >= end {
			continue
		}
		for len(lines) < row-b.start-1 {
			lines = append(lines, "")
			b.offsets = append(b.offsets, 0)
		}
		text := string(c.Text)
		off := c.Location.Col
		if strings.HasPrefix(text, " ") {
			text = text[1:]
			off++
		}
		lines = append(lines, text)
		b.offsets = append(b.offsets, off)
	}
	b.yaml = strings.Join(lines, "\n")
	return b
}

// at is a problem at a position of the YAML, placed in the file.
func (b metadataBlock) at(file string, line, col int, msg string) schema.Problem {
	if line >= 1 && line <= len(b.offsets) {
		return schema.Problem{File: file, Line: b.start + line, Column: col + b.offsets[line-1], Message: "METADATA: " + msg}
	}
	return schema.Problem{File: file, Line: b.start, Column: 1, Message: "METADATA: " + msg}
}

// readMetadata parses the METADATA comment block again with source
// positions and validates it against the rule metadata schema, so that
// each problem names the line of the field at fault.
func readMetadata(f *loadedFile, m *ast.Module, start int) (*Rule, []schema.Problem) {
	b := newMetadataBlock(m, start)
	docs, err := source.Parse(f.name, []byte(b.yaml), source.YAML, source.Limits{})
	if err != nil {
		var se *source.Error
		if errors.As(err, &se) {
			return nil, []schema.Problem{b.at(f.name, se.Pos.Line, se.Pos.Column, se.Msg)}
		}
		return nil, []schema.Problem{b.at(f.name, 0, 0, err.Error())}
	}
	v, err := schema.ValidatorFor(schema.Rules)
	if err != nil {
		return nil, []schema.Problem{{File: f.name, Line: b.start, Column: 1, Message: err.Error()}}
	}
	doc := docs[0]
	if ps := v.Validate(doc); len(ps) > 0 {
		out := make([]schema.Problem, len(ps))
		for i, p := range ps {
			out[i] = b.at(f.name, p.Line, p.Column, p.Message)
		}
		return nil, out
	}
	// The custom block has the Rule's own field names.
	var md struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Custom      Rule   `json:"custom"`
	}
	if err := doc.Root.Decode(&md); err != nil {
		return nil, []schema.Problem{b.at(f.name, 0, 0, err.Error())}
	}
	r := md.Custom
	r.Title, r.Description = strings.TrimSpace(md.Title), strings.TrimSpace(md.Description)
	r.Remediation = strings.TrimSpace(r.Remediation)
	r.File, r.Line = f.name, b.start
	return &r, nil
}
