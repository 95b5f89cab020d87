package source

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

var (
	yamlLineRE   = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	yamlAnchorRE = regexp.MustCompile(`^yaml: unknown anchor '(.*)' referenced$`)
)

// yamlParserProblems are the problems yaml.v3's parser (not its scanner)
// reports with a context (the collection being parsed); for these it prints
// the 0-based line of the context, so 1 is added. ("did not find expected
// node content" has no context and its line is already 1-based.)
var yamlParserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected key":              true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

// parseYAML reads every document of a YAML stream.
func parseYAML(name string, data []byte, limits Limits) ([]*Document, error) {
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	var docs []*Document
	c := &yamlConverter{name: name, limits: limits, sizes: map[*yaml.Node]int{}}
	for i := 0; ; i++ {
		var raw yaml.Node
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, yamlSyntaxError(name, data, err)
		}
		root := &raw
		if root.Kind == yaml.DocumentNode {
			if len(root.Content) == 0 {
				continue
			}
			root = root.Content[0]
		}
		if root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null" && root.Value == "" {
			continue // an empty document, such as after a trailing ---
		}
		n, err := c.convert(root, 1)
		if err != nil {
			return nil, err
		}
		docs = append(docs, &Document{File: name, Index: len(docs), Root: n})
	}
	if len(docs) == 0 {
		return nil, &Error{File: name, Pos: Pos{1, 1}, Msg: "file is empty: expected a system description (an object with apiVersion, kind, metadata and spec)"}
	}
	return docs, nil
}

// yamlSyntaxError turns a yaml.v3 error into a located Error, with a hint
// for the most common cause of each message.
func yamlSyntaxError(name string, data []byte, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	pos := Pos{1, 1}
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		msg = m[2]
		if yamlParserProblems[msg] {
			line++
		}
		pos = Pos{Line: line, Column: firstNonSpaceColumn(data, line)}
	} else if m := yamlAnchorRE.FindStringSubmatch(err.Error()); m != nil {
		if i := strings.Index(string(data), "*"+m[1]); i >= 0 {
			pos = PosAt(data, i)
		}
	}
	if strings.Contains(msg, "found character that cannot start any token") && lineHasTab(data, pos.Line) {
		msg += " (YAML does not allow tabs for indentation; use spaces)"
		pos.Column = 1 + len([]rune(lineText(data, pos.Line)[:strings.Index(lineText(data, pos.Line), "\t")]))
	}
	return &Error{File: name, Pos: pos, Msg: "YAML syntax error: " + msg}
}

func lineText(data []byte, line int) string {
	lines := strings.SplitN(string(data), "\n", line+1)
	if line-1 < len(lines) {
		return lines[line-1]
	}
	return ""
}

func lineHasTab(data []byte, line int) bool { return strings.Contains(lineText(data, line), "\t") }

func firstNonSpaceColumn(data []byte, line int) int {
	text := lineText(data, line)
	trimmed := strings.TrimLeft(text, " \t")
	if trimmed == "" {
		return 1
	}
	return 1 + len([]rune(text)) - len([]rune(trimmed))
}

type yamlConverter struct {
	name   string
	limits Limits
	// aliasNodes counts the values that aliases have added by expansion.
	aliasNodes int
	// sizes memoises the expanded size of anchored nodes.
	sizes map[*yaml.Node]int
	// shared memoises the conversion of anchored nodes, so that an alias
	// shares its anchor's Node instead of copying it.
	shared map[*yaml.Node]*Node
}

func (c *yamlConverter) errorAt(n *yaml.Node, format string, args ...any) error {
	return &Error{File: c.name, Pos: Pos{Line: n.Line, Column: n.Column}, Msg: fmt.Sprintf(format, args...)}
}

// expandedSize counts the values a node stands for once every alias in it
// is expanded, stopping early once the count passes limit.
func (c *yamlConverter) expandedSize(n *yaml.Node, limit int, depth int) int {
	if s, ok := c.sizes[n]; ok {
		return s
	}
	if depth > c.limits.MaxDepth {
		return limit + 1
	}
	size := 1
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias != nil {
			size = c.expandedSize(n.Alias, limit, depth+1)
		}
	case yaml.MappingNode, yaml.SequenceNode, yaml.DocumentNode:
		for _, ch := range n.Content {
			size += c.expandedSize(ch, limit, depth+1)
			if size > limit {
				break
			}
		}
	}
	if size > limit {
		size = limit + 1
	}
	c.sizes[n] = size
	return size
}

func (c *yamlConverter) convert(n *yaml.Node, depth int) (*Node, error) {
	if depth > c.limits.MaxDepth {
		return nil, c.errorAt(n, "nesting is deeper than the limit of %d levels", c.limits.MaxDepth)
	}
	pos := Pos{Line: n.Line, Column: n.Column}
	switch n.Kind {
	case yaml.AliasNode:
		if n.Alias == nil {
			return nil, c.errorAt(n, "unknown alias *%s", n.Value)
		}
		budget := c.limits.MaxAliasNodes - c.aliasNodes
		size := c.expandedSize(n.Alias, budget, depth)
		c.aliasNodes += size
		if c.aliasNodes > c.limits.MaxAliasNodes {
			return nil, c.errorAt(n, "YAML aliases expand to more than %d values (an alias bomb?); write the values out or raise the limit", c.limits.MaxAliasNodes)
		}
		if c.shared == nil {
			c.shared = map[*yaml.Node]*Node{}
		}
		if done, ok := c.shared[n.Alias]; ok {
			return done, nil
		}
		out, err := c.convert(n.Alias, depth)
		if err != nil {
			return nil, err
		}
		c.shared[n.Alias] = out
		return out, nil
	case yaml.ScalarNode:
		return c.scalar(n, pos)
	case yaml.SequenceNode:
		out := &Node{Kind: Array, Pos: pos, Values: make([]*Node, 0, len(n.Content))}
		for _, item := range n.Content {
			v, err := c.convert(item, depth+1)
			if err != nil {
				return nil, err
			}
			out.Values = append(out.Values, v)
		}
		return out, nil
	case yaml.MappingNode:
		return c.mapping(n, pos, depth)
	}
	return nil, c.errorAt(n, "unsupported YAML node")
}

func (c *yamlConverter) mapping(n *yaml.Node, pos Pos, depth int) (*Node, error) {
	out := &Node{Kind: Object, Pos: pos}
	index := map[string]int{}
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
			merges = append(merges, v)
			continue
		}
		key, err := c.key(k)
		if err != nil {
			return nil, err
		}
		if first, dup := index[key]; dup {
			return nil, c.errorAt(k, "duplicate key %q (first defined at line %d)", key, out.Values[first].KeyPos.Line)
		}
		val, err := c.convert(v, depth+1)
		if err != nil {
			return nil, err
		}
		if val.KeyPos != (Pos{}) {
			// Shared through an alias: give this member its own key position.
			cp := *val
			val = &cp
		}
		val.KeyPos = Pos{Line: k.Line, Column: k.Column}
		index[key] = len(out.Keys)
		out.Keys = append(out.Keys, key)
		out.Values = append(out.Values, val)
	}
	// Merge keys (<<) add the members of other mappings that the mapping
	// does not set itself; earlier merged mappings win over later ones.
	for _, m := range merges {
		sources := []*yaml.Node{m}
		if m.Kind == yaml.SequenceNode {
			sources = m.Content
		}
		for _, src := range sources {
			merged, err := c.convert(src, depth)
			if err != nil {
				return nil, err
			}
			if merged.Kind != Object {
				return nil, c.errorAt(src, "a merge key (<<) needs a mapping, found a %s", merged.Kind)
			}
			for i, key := range merged.Keys {
				if _, ok := index[key]; ok {
					continue
				}
				index[key] = len(out.Keys)
				out.Keys = append(out.Keys, key)
				out.Values = append(out.Values, merged.Values[i])
			}
		}
	}
	return out, nil
}

func (c *yamlConverter) key(k *yaml.Node) (string, error) {
	if k.Kind == yaml.AliasNode && k.Alias != nil {
		k = k.Alias
	}
	if k.Kind != yaml.ScalarNode {
		return "", c.errorAt(k, "keys must be plain text, not a list or mapping")
	}
	if k.ShortTag() == "!!null" {
		return "", c.errorAt(k, "empty key")
	}
	return k.Value, nil
}

var jsonNumberRE = regexp.MustCompile(`^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

func (c *yamlConverter) scalar(n *yaml.Node, pos Pos) (*Node, error) {
	switch tag := n.ShortTag(); tag {
	case "!!str", "!!timestamp":
		return &Node{Kind: String, Pos: pos, Text: n.Value}, nil
	case "!!null":
		return &Node{Kind: Null, Pos: pos}, nil
	case "!!bool":
		b, err := strconv.ParseBool(strings.ToLower(n.Value))
		if err != nil {
			return nil, c.errorAt(n, "%q is not a boolean (use true or false)", n.Value)
		}
		return &Node{Kind: Bool, Pos: pos, Bool: b}, nil
	case "!!int":
		text := strings.ReplaceAll(n.Value, "_", "")
		var z big.Int
		if _, ok := z.SetString(strings.TrimPrefix(text, "+"), 0); !ok {
			return nil, c.errorAt(n, "%q is not a valid integer", n.Value)
		}
		return &Node{Kind: Number, Pos: pos, Text: z.String()}, nil
	case "!!float":
		text := strings.TrimPrefix(strings.ReplaceAll(n.Value, "_", ""), "+")
		f, err := strconv.ParseFloat(text, 64)
		if err != nil || f != f || f > 1e308 || f < -1e308 {
			return nil, c.errorAt(n, "%q is not a finite number", n.Value)
		}
		if !jsonNumberRE.MatchString(text) {
			text = strconv.FormatFloat(f, 'g', -1, 64)
		}
		return &Node{Kind: Number, Pos: pos, Text: text}, nil
	case "!!binary":
		return nil, c.errorAt(n, "binary values (!!binary) are not supported")
	default:
		return nil, c.errorAt(n, "unsupported YAML tag %s", n.Tag)
	}
}
