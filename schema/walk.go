package schema

import (
	"errors"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/dria-project/dria/schema/source"
)

// wholeLimit is the largest subtree, in values, handed to the JSON Schema
// validator in one piece. A larger list or object is walked here, member by
// member, so that the validator never builds an error for each of a
// million bad items at once: every fault goes to the collector, which keeps
// only those it will report.
var wholeLimit = 256

// maxRefChain bounds how many $ref a walk follows without descending into
// the document, in case a schema refers to itself.
const maxRefChain = 32

// maxMemo bounds how many scalar results a walk remembers.
const maxMemo = 10_000

// walker checks one document against a compiled schema.
type walker struct {
	v *Validator
	c *collector
	// sizes memoises the size of lists and objects.
	sizes map[*source.Node]int
	// memo remembers the validator's errors for scalar values, which
	// repeat: a list of a million bad values is often one value repeated.
	memo map[scalarKey][]*jsonschema.ValidationError
}

// scalarKey is a scalar value checked against a schema.
type scalarKey struct {
	schema *jsonschema.Schema
	kind   source.Kind
	text   string
	b      bool
}

// check adds every fault of node n (at pointer ptr) against s.
func (w *walker) check(s *jsonschema.Schema, n *source.Node, ptr string, refs int) {
	if !w.splittable(s, n) || refs > maxRefChain {
		w.whole(s, n, ptr)
		return
	}
	if s.Ref != nil {
		w.check(s.Ref, n, ptr, refs+1)
	}
	if n.Kind == source.Object {
		w.object(s, n, ptr)
	} else {
		w.array(s, n, ptr)
	}
}

// splittable reports whether n is a list or object large enough to walk
// and s uses only keywords that the walk implements; otherwise the
// validator checks n whole.
func (w *walker) splittable(s *jsonschema.Schema, n *source.Node) bool {
	if n.Kind != source.Object && n.Kind != source.Array || w.size(n) <= wholeLimit {
		return false
	}
	if len(s.Types) > 0 && !hasType(s.Types, n.Kind) {
		return false // the validator reports the type at once
	}
	return s.Always == nil && s.RecursiveRef == nil && s.DynamicRef == nil && s.Format == "" &&
		len(s.Constant) == 0 && len(s.Enum) == 0 && s.Not == nil && len(s.AllOf) == 0 && len(s.AnyOf) == 0 &&
		len(s.OneOf) == 0 && s.If == nil && s.PropertyNames == nil && !s.RegexProperties &&
		len(s.PatternProperties) == 0 && len(s.Dependencies) == 0 && len(s.DependentRequired) == 0 &&
		len(s.DependentSchemas) == 0 && s.UnevaluatedProperties == nil && s.Items == nil &&
		s.AdditionalItems == nil && len(s.PrefixItems) == 0 && s.Contains == nil &&
		s.UnevaluatedItems == nil && len(s.Extensions) == 0
}

func hasType(types []string, k source.Kind) bool {
	want := "array"
	if k == source.Object {
		want = "object"
	}
	for _, t := range types {
		if t == want {
			return true
		}
	}
	return false
}

// size counts the values in n, itself included.
func (w *walker) size(n *source.Node) int {
	if len(n.Values) == 0 {
		return 1
	}
	if s, ok := w.sizes[n]; ok {
		return s
	}
	size := 1
	for _, v := range n.Values {
		size += w.size(v)
	}
	w.sizes[n] = size
	return size
}

func (w *walker) object(s *jsonschema.Schema, n *source.Node, ptr string) {
	at := func(keyword string) fault {
		return fault{pos: n.Pos, pointer: ptr, node: n, keyword: keyword, keywordAt: s.Location + "/" + keyword}
	}
	if s.MinProperties >= 0 && n.Len() < s.MinProperties {
		w.c.add(at("minProperties"))
	}
	if s.MaxProperties >= 0 && n.Len() > s.MaxProperties {
		w.c.add(at("maxProperties"))
	}
	if len(s.Required) > 0 {
		present := make(map[string]bool, len(n.Keys))
		for _, k := range n.Keys {
			present[k] = true
		}
		for _, req := range s.Required {
			if !present[req] {
				f := at("required")
				f.key = req
				w.c.add(f)
			}
		}
	}
	for i, key := range n.Keys {
		member := n.Values[i]
		mptr := ptr + "/" + source.EscapePointerToken(key)
		if sub, ok := s.Properties[key]; ok {
			w.check(sub, member, mptr, 0)
			continue
		}
		switch extra := s.AdditionalProperties.(type) {
		case bool:
			if !extra {
				f := at("additionalProperties")
				f.pos, f.pointer, f.node, f.key = member.KeyPos, mptr, member, key
				w.c.add(f)
			}
		case *jsonschema.Schema:
			w.check(extra, member, mptr, 0)
		}
	}
}

func (w *walker) array(s *jsonschema.Schema, n *source.Node, ptr string) {
	at := func(keyword string) fault {
		return fault{pos: n.Pos, pointer: ptr, node: n, keyword: keyword, keywordAt: s.Location + "/" + keyword}
	}
	if s.MinItems >= 0 && n.Len() < s.MinItems {
		w.c.add(at("minItems"))
	}
	if s.MaxItems >= 0 && n.Len() > s.MaxItems {
		w.c.add(at("maxItems"))
	}
	if s.UniqueItems {
		if i, j, dup := firstRepeat(n.Values); dup {
			f := at("uniqueItems")
			item := n.Values[j]
			f.pos, f.pointer, f.node, f.first, f.second = item.Pos, ptr+"/"+strconv.Itoa(j), item, i, j
			w.c.add(f)
		}
	}
	if s.Items2020 == nil {
		return
	}
	for i, item := range n.Values {
		w.check(s.Items2020, item, ptr+"/"+strconv.Itoa(i), 0)
	}
}

// firstRepeat finds the first item equal to an earlier one, comparing
// values as JSON Schema does (1 and 1.0 are equal).
func firstRepeat(items []*source.Node) (int, int, bool) {
	seen := make(map[string]int, len(items))
	var b strings.Builder
	for j, item := range items {
		b.Reset()
		canonical(&b, item)
		if i, dup := seen[b.String()]; dup {
			return i, j, true
		}
		seen[b.String()] = j
	}
	return 0, 0, false
}

// whole hands n to the JSON Schema validator and adds its faults.
func (w *walker) whole(s *jsonschema.Schema, n *source.Node, ptr string) {
	scalar := n.Kind != source.Object && n.Kind != source.Array
	key := scalarKey{s, n.Kind, n.Text, n.Bool}
	found, known := w.memo[key]
	if !scalar || !known {
		var err error
		if found, err = validateWhole(s, n); err != nil {
			w.c.add(fault{pos: n.Pos, pointer: ptr, node: n, detail: err.Error()})
			return
		}
		if scalar && len(w.memo) < maxMemo {
			w.memo[key] = found
		}
	}
	for _, leaf := range found {
		w.v.expand(n, ptr, leaf, w.c)
	}
}

// validateWhole returns the failed keywords of n against s, or an error
// that is not about n (a loop in the schema).
func validateWhole(s *jsonschema.Schema, n *source.Node) ([]*jsonschema.ValidationError, error) {
	err := s.Validate(n.Interface())
	if err == nil {
		return nil, nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return nil, err
	}
	return leaves(ve, nil), nil
}

func leaves(e *jsonschema.ValidationError, out []*jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return append(out, e)
	}
	for _, c := range e.Causes {
		out = leaves(c, out)
	}
	return out
}

// canonical writes a form of n that two values share exactly when JSON
// Schema calls them equal: numbers by value, objects whatever their key
// order.
func canonical(b *strings.Builder, n *source.Node) {
	switch n.Kind {
	case source.Null:
		b.WriteString("n")
	case source.Bool:
		b.WriteString(strconv.FormatBool(n.Bool))
	case source.Number:
		b.WriteString("#")
		if r, ok := new(big.Rat).SetString(n.Text); ok {
			b.WriteString(r.RatString())
		} else {
			b.WriteString(n.Text)
		}
	case source.String:
		b.WriteString(strconv.Quote(n.Text))
	case source.Array:
		b.WriteString("[")
		for _, v := range n.Values {
			canonical(b, v)
			b.WriteString(",")
		}
		b.WriteString("]")
	case source.Object:
		order := make([]int, len(n.Keys))
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(i, j int) bool { return n.Keys[order[i]] < n.Keys[order[j]] })
		b.WriteString("{")
		for _, i := range order {
			b.WriteString(strconv.Quote(n.Keys[i]) + ":")
			canonical(b, n.Values[i])
			b.WriteString(",")
		}
		b.WriteString("}")
	}
}
