package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/dria-project/dria/internal/safetext"
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

// yamlBreaks are the characters other than LF and CR that the YAML parser
// takes as line breaks (as YAML 1.1 does) but editors and YAML 1.2 do not.
var yamlBreaks = []struct {
	seq, name, escape string
}{
	{"\u0085", "next-line character (U+0085)", `\N`},
	{"\u2028", "line separator (U+2028)", `\L`},
	{"\u2029", "paragraph separator (U+2029)", `\P`},
}

// checkYAMLBreaks refuses the characters of yamlBreaks: with them in a
// file, the parser's line numbers and some values would differ from what
// an editor shows.
func checkYAMLBreaks(name string, data []byte) error {
	first, what := -1, 0
	for i, b := range yamlBreaks {
		if j := bytes.Index(data, []byte(b.seq)); j >= 0 && (first < 0 || j < first) {
			first, what = j, i
		}
	}
	if first < 0 {
		return nil
	}
	b := yamlBreaks[what]
	return &Error{File: name, Pos: PosAt(data, first), Msg: fmt.Sprintf(
		"a %s: YAML parsers read it as a line break but editors do not, so lines and values would be misread; remove it, or write it as %s inside a double-quoted string", b.name, b.escape)}
}

// parseYAML reads every document of a YAML stream. Documents are
// independent: an alias may only refer to an anchor of its own document.
func parseYAML(name string, data []byte, limits Limits) ([]*Document, error) {
	if err := checkYAMLBreaks(name, data); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var docs []*Document
	c := &yamlConverter{name: name, limits: limits, sizes: map[*yaml.Node]int{}}
	for {
		var raw yaml.Node
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, yamlSyntaxError(name, data, err)
		}
		root := &raw
		c.docLine = raw.Line
		if root.Kind == yaml.DocumentNode {
			if len(root.Content) == 0 {
				continue
			}
			root = root.Content[0]
		}
		if c.docLine <= 0 || root.Line < c.docLine {
			c.docLine = root.Line
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
	return &Error{File: name, Pos: pos, Msg: "YAML syntax error: " + safetext.Inline(safetext.Truncate(msg, 2*MaxQuoted))}
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
	// docLine is the first line of the document being converted; an
	// anchor above it belongs to an earlier document.
	docLine int
}

// checkAnchorDocument refuses an alias to an anchor of an earlier
// document. The parser keeps anchors from one document to the next, but in
// YAML each document stands alone. Documents follow each other line by
// line (a "---" starts a line), so an anchor above the document's first
// line is in an earlier one.
func (c *yamlConverter) checkAnchorDocument(alias *yaml.Node) error {
	if alias.Alias.Line >= c.docLine {
		return nil
	}
	return c.errorAt(alias, "alias *%s refers to an anchor in an earlier YAML document (line %d); each document stands alone, so define the anchor again in this one",
		safetext.Inline(safetext.Truncate(alias.Value, MaxQuoted)), alias.Alias.Line)
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
			return nil, c.errorAt(n, "unknown alias *%s", safetext.Inline(safetext.Truncate(n.Value, MaxQuoted)))
		}
		if err := c.checkAnchorDocument(n); err != nil {
			return nil, err
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
		if tag := n.ShortTag(); tag != "!!seq" {
			return nil, c.errorAt(n, "unsupported YAML tag %s on a list; remove the tag", showTag(n.Tag))
		}
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
		if tag := n.ShortTag(); tag != "!!map" {
			return nil, c.errorAt(n, "unsupported YAML tag %s on a mapping; remove the tag", showTag(n.Tag))
		}
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
			return nil, c.errorAt(k, "duplicate key %s (first defined at line %d)", Quote(key), out.Values[first].KeyPos.Line)
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
		if err := c.checkAnchorDocument(k); err != nil {
			return "", err
		}
		k = k.Alias
	}
	if k.Kind != yaml.ScalarNode {
		return "", c.errorAt(k, "keys must be plain text, not a list or mapping")
	}
	switch k.ShortTag() {
	case "!!null":
		return "", c.errorAt(k, "empty key")
	case "!!str", "!!int", "!!float", "!!bool", "!!timestamp":
		return k.Value, nil // a key is text, kept as written
	}
	return "", c.errorAt(k, "unsupported YAML tag %s on a key; remove the tag", showTag(k.Tag))
}

// showTag quotes a tag from the file for a message.
func showTag(tag string) string { return safetext.Inline(safetext.Truncate(tag, MaxQuoted)) }

// scalar converts a scalar by its tag. Numbers follow the rules of
// yamlNumber (numbers.go): forms that YAML 1.1 and 1.2 read differently,
// such as 017, are refused with advice instead of being given a value.
func (c *yamlConverter) scalar(n *yaml.Node, pos Pos) (*Node, error) {
	tag := n.ShortTag()
	if tag == "!!str" && n.Style == 0 && looksNumeric(n.Value) {
		// A plain number the YAML library gave up on (1e400, a 5,000-digit
		// integer): refuse it as a number rather than read it as text.
		tag = "!!float"
	}
	switch tag {
	case "!!str", "!!timestamp":
		return &Node{Kind: String, Pos: pos, Text: n.Value}, nil
	case "!!null":
		return &Node{Kind: Null, Pos: pos}, nil
	case "!!bool":
		b, err := strconv.ParseBool(strings.ToLower(n.Value))
		if err != nil {
			return nil, c.errorAt(n, "%s is not a boolean (use true or false)", Quote(n.Value))
		}
		return &Node{Kind: Bool, Pos: pos, Bool: b}, nil
	case "!!int", "!!float":
		text, problem := yamlNumber(n.Value, tag == "!!int")
		if problem != "" {
			return nil, c.errorAt(n, "%s", problem)
		}
		return &Node{Kind: Number, Pos: pos, Text: text}, nil
	case "!!binary":
		return nil, c.errorAt(n, "binary values (!!binary) are not supported")
	default:
		return nil, c.errorAt(n, "unsupported YAML tag %s", showTag(n.Tag))
	}
}
