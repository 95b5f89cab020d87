package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v3"
)

// document is one description file held as YAML nodes, so that saving it
// keeps the order of its fields and its comments. Raw is what was read;
// Version is its digest, which a save must match.
type document struct {
	Raw     []byte
	Version string
	root    *yaml.Node // the mapping at the top of the document
	file    *yaml.Node // the document node (head and foot comments)
}

// newDescription is the content of a description started in the page.
const newDescription = "apiVersion: dria/v1\nkind: System\n"

// errNotOneDescription is returned for a file the page cannot edit as one
// description.
var errNotOneDescription = errors.New("not one description")

// version is the digest a page keeps in a hidden field, to tell on save
// whether the file changed since the page was made.
func version(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// parseDocument reads a file holding one description (an empty file is a
// new one).
func parseDocument(data []byte) (*document, error) {
	d := &document{Raw: data, Version: version(data)}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var file yaml.Node
	err := dec.Decode(&file)
	switch {
	case errors.Is(err, io.EOF):
		file = yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.MappingNode, Tag: "!!map"}}}
	case err != nil:
		return nil, fmt.Errorf("the file is not YAML the page can read: %w", err)
	}
	var more yaml.Node
	if err := dec.Decode(&more); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: the file holds several YAML documents; the page edits a file of one description (split it, or edit it in a text editor)", errNotOneDescription)
	}
	if len(file.Content) != 1 || file.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%w: the file is not a mapping of fields (apiVersion, kind, metadata, spec)", errNotOneDescription)
	}
	d.file, d.root = &file, file.Content[0]
	return d, nil
}

// encode writes the nodes back as YAML, two spaces to a level.
func (d *document) encode() ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(d.file); err != nil {
		return nil, fmt.Errorf("writing YAML: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("writing YAML: %w", err)
	}
	return b.Bytes(), nil
}

// splitPath splits a dotted path into its keys and list indexes.
func splitPath(p string) []string {
	if p == "" {
		return nil
	}
	return strings.Split(p, ".")
}

// deref follows an alias to the node it names.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 16; i++ {
		n = n.Alias
	}
	return n
}

// mapGet is the value of key in a mapping, or nil.
func mapGet(m *yaml.Node, key string) *yaml.Node {
	m = deref(m)
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return deref(m.Content[i+1])
		}
	}
	return nil
}

// mapSet puts value under key, in place of the old value or at the end.
func mapSet(m *yaml.Node, key string, value *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			m.Content[i+1] = value
			return
		}
	}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, value)
}

// mapDelete removes key from a mapping.
func mapDelete(m *yaml.Node, key string) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			m.Content = append(m.Content[:i], m.Content[i+2:]...)
			return
		}
	}
}

// lookup is the node at a dotted path (mapping keys and list indexes), or
// nil.
func lookup(n *yaml.Node, path string) *yaml.Node {
	for _, seg := range splitPath(path) {
		n = deref(n)
		if n == nil {
			return nil
		}
		switch n.Kind {
		case yaml.MappingNode:
			n = mapGet(n, seg)
		case yaml.SequenceNode:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(n.Content) {
				return nil
			}
			n = deref(n.Content[i])
		default:
			return nil
		}
	}
	return deref(n)
}

// scalarValue is a scalar's text and whether the node is a scalar.
func scalarValue(n *yaml.Node) (string, bool) {
	n = deref(n)
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return "", false
	}
	return n.Value, true
}

// boolValue is a scalar read as YAML 1.2 true or false.
func boolValue(n *yaml.Node) (value, ok bool) {
	v, isScalar := scalarValue(n)
	if !isScalar || n.Tag != "!!bool" {
		return false, false
	}
	b, err := strconv.ParseBool(strings.ToLower(v))
	return b, err == nil
}

// newScalar is a plain scalar with a tag; the encoder quotes it when its
// text would read as something else.
func newScalar(tag, value string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value}
	if tag == "!!str" && strings.Contains(strings.TrimRight(value, "\n"), "\n") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

// yamlText is the YAML of one node, for showing a value the form cannot
// edit.
func yamlText(n *yaml.Node) string {
	out, err := yaml.Marshal(n)
	if err != nil {
		return n.Value
	}
	return string(out)
}
