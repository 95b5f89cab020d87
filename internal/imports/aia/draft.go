package aia

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/dria-project/dria/internal/safetext"
)

// FieldSource records where one field of a drafted description came from:
// spec.provenance.fields of the description.
type FieldSource struct {
	// Field is the field's JSON pointer in the description.
	Field string
	// From is the AIA question (or, for facts the record gives as a
	// whole, the record's key) it was taken from.
	From string
	// Value is the original answer when it is not the value written.
	Value string
	// Note says how the answer was read, when it took judgement.
	Note string
}

// draft builds a description as a YAML node tree, in the order fields are
// set, with a comment on every imported field naming its AIA question.
type draft struct {
	root   *yaml.Node
	fields []FieldSource
}

func newDraft() *draft { return &draft{root: &yaml.Node{Kind: yaml.MappingNode}} }

// mapping returns the mapping at the keys under root, creating it.
func (d *draft) mapping(keys ...string) *yaml.Node {
	n := d.root
	for _, k := range keys {
		next := lookup(n, k)
		if next == nil {
			next = &yaml.Node{Kind: yaml.MappingNode}
			n.Content = append(n.Content, strNode(k), next)
		}
		n = next
	}
	return n
}

// lookup returns the value of key in the mapping n, or nil.
func lookup(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// has reports whether the field at the pointer is set.
func (d *draft) has(pointer string) bool {
	keys := strings.Split(strings.TrimPrefix(pointer, "/"), "/")
	n := d.root
	for _, k := range keys {
		if n = lookup(n, k); n == nil {
			return false
		}
	}
	return true
}

// set writes value at the pointer (a path of mapping keys), replacing an
// earlier value, and records its source. The key gets a comment naming
// the question and the answer.
func (d *draft) set(pointer string, value *yaml.Node, src FieldSource) {
	keys := strings.Split(strings.TrimPrefix(pointer, "/"), "/")
	parent := d.mapping(keys[:len(keys)-1]...)
	last := keys[len(keys)-1]
	key := strNode(last)
	if value.Kind == yaml.SequenceNode && value.Style == yaml.FlowStyle {
		value.LineComment = comment(src) // on the key, yaml.v3 writes it after the list, on the next line
	} else {
		key.LineComment = comment(src)
	}
	replaced := false
	for i := 0; i+1 < len(parent.Content); i += 2 {
		if parent.Content[i].Value == last {
			parent.Content[i], parent.Content[i+1] = key, value
			replaced = true
		}
	}
	if !replaced {
		parent.Content = append(parent.Content, key, value)
	}
	src.Field = pointer
	for i, f := range d.fields {
		if f.Field == pointer {
			d.fields[i] = src
			return
		}
	}
	d.fields = append(d.fields, src)
}

// comment is the YAML comment that names a field's source.
func comment(src FieldSource) string {
	c := "AIA " + src.From
	if src.Value != "" && len(src.Value) <= 60 && !strings.Contains(src.Value, "\n") {
		c += ": " + src.Value
	}
	return "# " + safetext.Inline(c)
}

func strNode(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

func boolNode(b bool) *yaml.Node {
	v := "false"
	if b {
		v = "true"
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: v}
}

func listNode(items ...string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range items {
		n.Content = append(n.Content, strNode(s))
	}
	return n
}

// objectNode is a mapping of the keys and values given in pairs.
func objectNode(pairs ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Content: pairs}
}

// cleanText makes a free-text answer safe to write: line ends are
// normalised, control characters and invisible formatting characters are
// escaped, and the text is cut to limit characters.
func cleanText(s string, limit int) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = safetext.Text(s)
	return safetext.Truncate(s, limit-40)
}
