package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/schema/source"
)

// Validator checks parsed documents against one of the embedded schemas. It
// is safe for concurrent use.
type Validator struct {
	name   string
	schema *jsonschema.Schema
	raw    map[string]any
	// uniqueKeys lists the lists whose items must differ in one member
	// (JSON Schema cannot say this).
	uniqueKeys []uniqueKey
	// packs are the loaded rule packs, which a description validator names
	// for an extension that none of them declares.
	packs []RulePack
}

// uniqueKeysOf finds the lists the schema marks with "x-unique-key" (the
// member whose value must differ between items), next to "x-message",
// following properties from the root; a list inside another list's items
// cannot carry the mark.
func uniqueKeysOf(s map[string]any, pointer string, depth int) []uniqueKey {
	if depth > 8 {
		return nil
	}
	var out []uniqueKey
	if member, ok := s["x-unique-key"].(string); ok {
		out = append(out, uniqueKey{pointer, member})
	}
	props, _ := s["properties"].(map[string]any)
	for _, key := range slices.Sorted(maps.Keys(props)) {
		if sub, ok := props[key].(map[string]any); ok {
			out = append(out, uniqueKeysOf(sub, pointer+"/"+source.EscapePointerToken(key), depth+1)...)
		}
	}
	return out
}

// uniqueKey names a list, by JSON pointer, and the member that must be
// unique among its items.
type uniqueKey struct{ list, member string }

// NewValidator compiles the embedded schema with the given name
// (Description, Waivers, Rules or Report).
func NewValidator(name string) (*Validator, error) {
	text, err := JSON(name)
	if err != nil {
		return nil, err
	}
	return compileValidator(name, text)
}

// NewDescriptionValidator returns a validator of system descriptions that
// knows the loaded rule packs: the description schema with each pack's
// extension schema under spec.extensions.<namespace> (see DescriptionJSON),
// and, for a description using an extension no pack declares, an error
// naming the packs. Without extensions it shares the compiled embedded
// schema (ValidatorFor), so it costs nothing to build.
func NewDescriptionValidator(packs []RulePack) (*Validator, error) {
	packs = slices.Clone(packs)
	if !slices.ContainsFunc(packs, func(p RulePack) bool { return p.Extension != nil }) {
		shared, err := ValidatorFor(Description)
		if err != nil {
			return nil, err
		}
		v := *shared
		v.packs = packs
		return &v, nil
	}
	text, err := DescriptionJSON(packs)
	if err != nil {
		return nil, err
	}
	v, err := compileValidator(Description, text)
	if err != nil {
		return nil, err
	}
	v.packs = packs
	return v, nil
}

// newCompiler is the JSON Schema compiler every schema dria validates with
// is compiled by: draft 2020-12, formats asserted (dria's own among them),
// and nothing loaded from outside the binary. name names the schema in the
// error for a reference to another one.
func newCompiler(name string) *jsonschema.Compiler {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.Formats["date"] = isDate
	c.Formats["country-code"] = isCountryCode
	c.Formats["language-tag"] = isLanguageTag
	c.LoadURL = func(s string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("%s refers to %s: dria never loads schemas from outside its binary", name, s)
	}
	return c
}

// compileValidator compiles a schema's text as the validator named name.
func compileValidator(name string, text []byte) (*Validator, error) {
	var raw map[string]any
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.UseNumber() // bounds are quoted as the schema writes them
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("schema %s: %w", name, err)
	}
	c := newCompiler("schema " + name)
	url := "dria:" + name + ".schema.json"
	if err := c.AddResource(url, bytes.NewReader(text)); err != nil {
		return nil, fmt.Errorf("schema %s: %w", name, err)
	}
	compiled, err := c.Compile(url)
	if err != nil {
		return nil, fmt.Errorf("schema %s: %w", name, err)
	}
	v := &Validator{name: name, schema: compiled, raw: raw, uniqueKeys: uniqueKeysOf(raw, "", 0)}
	return v, nil
}

// Validate returns the problems of the document, sorted by position; none
// means the document is valid. Like Load, it lists at most
// DefaultMaxProblems, then one saying how many more there are. A fault
// inside the validator comes back as a problem, never a panic.
func (v *Validator) Validate(doc *source.Document) (problems []Problem) {
	defer func() {
		if r := recover(); r != nil {
			problems = []Problem{{File: doc.File, Line: 1, Column: 1, Message: internalError(doc.File, r).message()}}
		}
	}()
	c := newCollector(0)
	v.collect(doc, c)
	return c.problems(v, doc.File)
}

// collect adds every fault of the document to c.
func (v *Validator) collect(doc *source.Document, c *collector) {
	if testHookCollect != nil {
		testHookCollect(doc)
	}
	root := doc.Root
	if root.Kind != source.Object {
		c.add(fault{pos: root.Pos, node: root, message: func() string {
			return fmt.Sprintf("a %s must be an object (a mapping of keys to values), found a %s", v.documentNoun(), root.Kind)
		}})
		return
	}
	w := &walker{v: v, c: c, sizes: map[*source.Node]int{}, memo: map[scalarKey][]*jsonschema.ValidationError{}}
	w.check(v.schema, root, "", 0)
	for _, u := range v.uniqueKeys {
		duplicateMembers(doc, u.list, u.member, c)
	}
}

// testHookCollect, when set by a test, runs as each document is checked
// (a test makes it panic).
var testHookCollect func(*source.Document)

// internalError records a panic met while checking file.
func internalError(file string, r any) *InternalError {
	return &InternalError{File: file, Panic: r, Stack: debug.Stack()}
}

// InternalError is a fault inside dria or a library it uses, met while
// checking one file: a bug, not a problem of the file. The dria command
// reports it and exits 3; other files of a batch are still checked.
type InternalError struct {
	// File is the file being checked.
	File string
	// Panic is the value the fault panicked with.
	Panic any
	// Stack is where it happened, for a bug report.
	Stack []byte
}

// Error names the file and the fault.
func (e *InternalError) Error() string { return e.File + ": " + e.message() }

func (e *InternalError) message() string {
	return "internal error while checking this file (please report it): " + safetext.Inline(safetext.Truncate(fmt.Sprint(e.Panic), 2*source.MaxQuoted))
}

func (v *Validator) documentNoun() string {
	switch v.name {
	case Description:
		return "system description"
	case Waivers:
		return "waivers file"
	case Config:
		return "configuration file"
	case Pack:
		return "rule pack manifest"
	}
	return v.name + " document"
}

// duplicateMembers reports items of the list at pointer whose key member
// repeats an earlier item's.
func duplicateMembers(doc *source.Document, pointer, key string, c *collector) {
	list, _, exact := doc.Root.Resolve(pointer)
	if !exact || list.Kind != source.Array {
		return
	}
	first := map[string]int{}
	for i, item := range list.Values {
		v := item.Get(key)
		if v == nil || v.Kind != source.String {
			continue
		}
		j, dup := first[v.Text]
		if !dup {
			first[v.Text] = i
			continue
		}
		at := fmt.Sprintf("%s/%d/%s", pointer, i, key)
		c.add(fault{pos: v.Pos, pointer: at, node: v, keyword: "x-unique", key: key, message: func() string {
			return fmt.Sprintf("%s %s is used twice (items %d and %d); each %s must be unique", fieldName(at), quote(v.Text), j+1, i+1, key)
		}})
	}
}

// fieldName turns a JSON pointer into the dotted name users write, such as
// spec.data.transfers[0].country. Keys from a file are shortened and
// terminal-safe, as everywhere in messages.
func fieldName(pointer string) string {
	if pointer == "" {
		return "the document"
	}
	var b strings.Builder
	for _, tok := range strings.Split(strings.TrimPrefix(pointer, "/"), "/") {
		tok = safetext.Inline(safetext.Truncate(source.UnescapePointerToken(tok), source.MaxQuoted))
		if _, err := strconv.Atoi(tok); err == nil {
			b.WriteString("[" + tok + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(tok)
	}
	return b.String()
}
