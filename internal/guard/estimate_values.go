package guard

import (
	"fmt"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// A new array slot costs a pointer and a hash (16 bytes); a value OPA
// copies or converts costs about a term, its boxed value and a map or
// slice entry: nodeBytes. encoding/json first converts a value to Go maps
// and slices, about as much again.
const (
	slotBytes = 16
	nodeBytes = 64
)

func arrayLen(t *ast.Term) (int64, bool) {
	a, ok := t.Value.(*ast.Array)
	if !ok {
		return 0, false
	}
	return int64(a.Len()), true
}

// arrayConcatEstimate: array.concat(a, b) copies both into one new slice;
// doubling an array thirty times in thirty calls asks for 16 GiB in the
// last one.
func arrayConcatEstimate(c *call) error {
	a, ok1 := arrayLen(c.ops[0])
	b, ok2 := arrayLen(c.ops[1])
	if !ok1 || !ok2 {
		return nil
	}
	n := add(a, b)
	return c.needBytes(mul(n, slotBytes), fmt.Sprintf("join arrays into one of %s elements, an array", count(n)))
}

// arrayFlattenEstimate: array.flatten(a) allocates one slot for every
// element of every nested array; a thousand references to one array of a
// million elements make a billion.
func arrayFlattenEstimate(c *call) error {
	a, ok := c.ops[0].Value.(*ast.Array)
	if !ok {
		return nil
	}
	n := int64(0)
	a.Foreach(func(t *ast.Term) {
		if inner, ok := arrayLen(t); ok {
			n = add(n, inner)
		} else {
			n++
		}
	})
	return c.needBytes(mul(n, slotBytes), fmt.Sprintf("flatten into %s elements, an array", count(n)))
}

// objectUnionEstimate: object.union(a, b) compares a and b and merges
// nested objects into new copies: both cost the values counted with their
// shared parts repeated, which nested sharing makes exponential.
func objectUnionEstimate(c *call) error {
	if _, ok := c.ops[0].Value.(ast.Object); !ok {
		return nil
	}
	if _, ok := c.ops[1].Value.(ast.Object); !ok {
		return nil
	}
	return c.copies(add(c.m.of(c.ops[0]).nodes, c.m.of(c.ops[1]).nodes), "merge objects")
}

// objectUnionNEstimate: object.union_n(xs) merges every object of xs into
// a copy, one after the other.
func objectUnionNEstimate(c *call) error {
	a, ok := c.ops[0].Value.(*ast.Array)
	if !ok {
		return nil
	}
	n := int64(0)
	a.Foreach(func(t *ast.Term) { n = add(n, c.m.of(t).nodes) })
	return c.copies(n, fmt.Sprintf("merge %s objects", count(int64(a.Len()))))
}

// copies refuses copying or comparing n values: memory and steps.
func (c *call) copies(n int64, what string) error {
	if err := c.needBytes(mul(n, nodeBytes), fmt.Sprintf("%s of %s values into a copy", what, count(n))); err != nil {
		return err
	}
	return c.needSteps(n, fmt.Sprintf("%s of %s values", what, count(n)))
}

// objectSubsetEstimate: object.subset(super, sub) compares sub with super,
// and looks for a sub-array at every position of an array: up to the
// values of sub times the widest array of super, plus super.
func objectSubsetEstimate(c *call) error {
	sup, sub := c.m.of(c.ops[0]), c.m.of(c.ops[1])
	steps := add(sup.nodes, mul(sub.nodes, max(sup.widest, 1)))
	return c.needSteps(steps, fmt.Sprintf("compare values of %s and %s values", count(sup.nodes), count(sub.nodes)))
}

// jsonPatchEstimate: json.patch(doc, ops) applies the operations one by
// one inside a single call. "copy" renders a copy of a subtree, so forty
// copies of the root double the document forty times; "move" and "test"
// render one too, and every operation walks its path. The bound follows
// the document's size (with shared parts repeated) through the
// operations: it doubles on copy and grows by the value on add and
// replace.
func jsonPatchEstimate(c *call) error {
	ops, ok := c.ops[1].Value.(*ast.Array)
	if !ok {
		return nil
	}
	size := c.m.of(c.ops[0]).nodes
	steps := size
	for i := range ops.Len() {
		op, ok := ops.Elem(i).Value.(ast.Object)
		if !ok {
			return nil
		}
		steps = add(steps, pathLength(op.Get(ast.InternedTerm("path"))))
		var kind ast.String
		if t := op.Get(ast.InternedTerm("op")); t != nil {
			kind, _ = t.Value.(ast.String)
		}
		switch kind {
		case "add", "replace":
			if v := op.Get(ast.InternedTerm("value")); v != nil {
				size = add(size, c.m.of(v).nodes)
			}
		case "copy":
			steps = add(steps, size)
			size = mul(size, 2)
		case "move", "test":
			steps = add(steps, size)
		}
		what := fmt.Sprintf("apply %s patch operations to a document that may grow to %s values, a tree", count(int64(ops.Len())), count(size))
		if err := c.needBytes(mul(size, nodeBytes), what); err != nil {
			return err
		}
		if err := c.needSteps(steps, what); err != nil {
			return err
		}
	}
	return nil
}

func pathLength(t *ast.Term) int64 {
	if t == nil {
		return 0
	}
	switch p := t.Value.(type) {
	case ast.String:
		return int64(strings.Count(string(p), "/")) + 1
	case *ast.Array:
		return int64(p.Len())
	}
	return 0
}

// jsonMarshalEstimate: json.marshal(x) and json.marshal_with_options(x,
// opts) convert x to Go values (one per value, shared parts repeated) and
// write its JSON text; with an indent, every line starts with the prefix
// and one indent per level, so an indent of a megabyte on a thousand
// values asks for a gigabyte.
func jsonMarshalEstimate(c *call) error {
	s := c.m.of(c.ops[0])
	total := add(s.text, mul(s.nodes, nodeBytes))
	if len(c.ops) > 1 {
		if opts, ok := c.ops[1].Value.(ast.Object); ok {
			prefix, indent, pretty := marshalOptions(opts)
			if pretty {
				total = add(total, add(mul(s.nodes, prefix+1), mul(s.depthSum, indent)))
			}
		}
	}
	return c.needBytes(total, fmt.Sprintf("write %s values as a JSON text", count(s.nodes)))
}

// marshalOptions reads json.marshal_with_options' prefix and indent (a
// tab when pretty is asked for without one).
func marshalOptions(opts ast.Object) (prefix, indent int64, pretty bool) {
	indent = 1
	if v := opts.Get(ast.InternedTerm("pretty")); v != nil {
		pretty = v.Value.Compare(ast.Boolean(true)) == 0
	}
	if v, ok := stringOption(opts, "prefix"); ok {
		prefix, pretty = int64(len(v)), true
	}
	if v, ok := stringOption(opts, "indent"); ok {
		indent, pretty = int64(len(v)), true
	}
	return prefix, indent, pretty
}

func stringOption(opts ast.Object, key string) (string, bool) {
	v := opts.Get(ast.InternedTerm(key))
	if v == nil {
		return "", false
	}
	s, ok := v.Value.(ast.String)
	return string(s), ok
}

// jsonUnmarshalEstimate: json.unmarshal(s) decodes into Go values and
// converts them to OPA's: two copies of the strings and, for every value
// (at most one per comma, colon or opening bracket, plus one), a Go value
// and a term; "[[],[],…]" of 100 MiB makes 50 million values, several
// gigabytes, in one call.
func jsonUnmarshalEstimate(c *call) error {
	s, ok := c.ops[0].Value.(ast.String)
	if !ok {
		return nil
	}
	values := int64(1)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', ':', '[', '{':
			values++
		}
	}
	return c.needBytes(add(mul(int64(len(s)), 2), mul(values, 2*nodeBytes)), fmt.Sprintf("decode up to %s JSON values into a tree", count(values)))
}

// urlqueryEncodeObjectEstimate: urlquery.encode_object(obj) escapes every
// key and value, up to three bytes for one.
func urlqueryEncodeObjectEstimate(c *call) error {
	return c.needBytes(mul(c.m.of(c.ops[0]).text, 3), "write a query string")
}

// urlqueryDecodeObjectEstimate: urlquery.decode_object(s) makes a key and
// an array for every parameter (one per & or ;).
func urlqueryDecodeObjectEstimate(c *call) error {
	s, ok := c.ops[0].Value.(ast.String)
	if !ok {
		return nil
	}
	params := int64(strings.Count(string(s), "&")+strings.Count(string(s), ";")) + 1
	return c.needBytes(add(mul(int64(len(s)), 2), mul(params, 3*nodeBytes)), fmt.Sprintf("decode %s query parameters into an object", count(params)))
}
