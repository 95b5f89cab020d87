package nlregister

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// object is a mapping that keeps its keys in insertion order, so that a
// drafted description always comes out in the same order.
type object struct {
	keys []string
	vals map[string]any
}

func newObject() *object { return &object{vals: map[string]any{}} }

// set writes v at a slash-separated path below o, making the objects on
// the way.
func (o *object) set(path string, v any) {
	parts := strings.Split(strings.TrimPrefix(path, "/"), "/")
	cur := o
	for _, p := range parts[:len(parts)-1] {
		next, ok := cur.vals[p].(*object)
		if !ok {
			next = newObject()
			cur.put(p, next)
		}
		cur = next
	}
	cur.put(parts[len(parts)-1], v)
}

func (o *object) put(k string, v any) {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

// yaml11Bool are the words YAML 1.1 reads as booleans.
var yaml11Bool = map[string]bool{"y": true, "n": true, "yes": true, "no": true, "on": true, "off": true, "true": true, "false": true}

// node converts a value of the tree into a YAML node.
func node(v any) *yaml.Node {
	switch t := v.(type) {
	case *object:
		n := &yaml.Node{Kind: yaml.MappingNode}
		for _, k := range t.keys {
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}, node(t.vals[k]))
		}
		return n
	case []any:
		n := &yaml.Node{Kind: yaml.SequenceNode}
		if len(t) == 0 {
			n.Style = yaml.FlowStyle
		}
		for _, item := range t {
			n.Content = append(n.Content, node(item))
		}
		return n
	case []string:
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, s := range t {
			n.Content = append(n.Content, node(s))
		}
		return n
	case bool:
		if t {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"}
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "false"}
	case string:
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: t}
		switch {
		case strings.Contains(t, "\n"):
			n.Style = yaml.LiteralStyle
		case yaml11Bool[strings.ToLower(t)]:
			// YAML 1.1 readers take these for booleans
			n.Style = yaml.DoubleQuotedStyle
		}
		return n
	}
	panic("nlregister: no YAML form for a value of this type")
}
