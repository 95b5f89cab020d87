package serve

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v3"
)

// Names of the form's control fields, beside the dotted paths of the
// questions.
const (
	countSuffix = ".#count" // how many items a list shows
	noneSuffix  = ".#none"  // "none" ticked for a list: an empty list
	naPrefix    = "na:"     // "does not apply" ticked for a question
	reasonSufix = ".reason" // the reason it does not apply
	// maxListItems bounds the items a posted list may claim.
	maxListItems = 2000
)

// applier writes a page's answers into the document's nodes. A value the
// answer does not change keeps its node (its style and comments); a value
// the form cannot show is never touched.
type applier struct {
	form url.Values
}

// applySection writes the answers of one page into the document.
func applySection(d *document, q *questionnaire, s *section, form url.Values) {
	a := &applier{form: form}
	parent := d.root
	if strings.HasPrefix(s.Path, "spec.") {
		parent = mapGet(d.root, "spec")
		if parent == nil {
			parent = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
			defer func() {
				if len(parent.Content) > 0 {
					mapSet(d.root, "spec", parent)
				}
			}()
		}
	}
	if parent.Kind != yaml.MappingNode {
		return // spec is not a mapping: validation says so, nothing is changed
	}
	old := mapGet(parent, s.Field.Key)
	switch nv := a.apply(s.Field, s.Path, old); {
	case nv == nil && old != nil:
		mapDelete(parent, s.Field.Key)
	case nv != nil && nv != old:
		mapSet(parent, s.Field.Key, nv)
	}
	if strings.HasPrefix(s.Path, "spec.") {
		a.applyNotApplicable(parent, q, s)
	}
}

// apply returns the node of field f at path p given its old node (nil
// when absent): old itself, changed in place or not, a new node, or nil
// for an answer left out ("not known").
func (a *applier) apply(f *field, p string, old *yaml.Node) *yaml.Node {
	if old != nil && !representable(f, old) {
		return old
	}
	switch f.Kind {
	case kindObject:
		return a.object(f.Children, p, old, false)
	case kindEnumList:
		return a.enumList(f, p, old)
	case kindTextList:
		return a.textList(f, p, old)
	case kindObjectList:
		return a.objectList(f, p, old)
	case kindMap:
		return a.mapping(p, old)
	}
	return a.scalar(f, a.text(f, p), old)
}

// text is the posted answer at p, with a text area's line breaks as LF.
func (a *applier) text(f *field, p string) string {
	v := a.form.Get(p)
	if f.Kind == kindLongText || strings.Contains(v, "\r") {
		v = strings.ReplaceAll(v, "\r\n", "\n")
	}
	return v
}

// object applies the questions of a group. A group left with no answers
// is removed, unless it was empty before (an empty group is kept as the
// file had it); keepEmpty keeps even a new one (a list item).
func (a *applier) object(children []*field, p string, old *yaml.Node, keepEmpty bool) *yaml.Node {
	m, created := old, old == nil
	if created {
		m = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	}
	hadContent := len(m.Content) > 0
	for _, c := range children {
		co, alias := mapGetOwn(m, c.Key)
		nv := a.apply(c, p+"."+c.Key, co)
		if alias != nil && nv != nil && sameAsAlias(nv, alias) {
			continue // the alias still says the same: keep it
		}
		switch {
		case nv == nil && co != nil:
			mapDelete(m, c.Key)
		case nv != nil && (nv != co || alias != nil):
			mapSet(m, c.Key, nv)
		}
	}
	if len(m.Content) == 0 && !keepEmpty && (created || hadContent) {
		return nil
	}
	return m
}

// scalarTag is the YAML tag of an answer: a number or true/false when it
// reads as one for its question, else a string (which validation then
// names, in dria validate's words).
func scalarTag(k kind, v string) string {
	switch k {
	case kindBool:
		if v == "true" || v == "false" {
			return "!!bool"
		}
	case kindInteger, kindNumber:
		if _, err := strconv.ParseInt(v, 10, 64); err == nil {
			return "!!int"
		}
		if _, err := strconv.ParseFloat(v, 64); err == nil && !strings.ContainsAny(v, "xXpP_") {
			return "!!float"
		}
	}
	return "!!str"
}

// sameScalar says whether old already holds the answer v.
func sameScalar(k kind, old *yaml.Node, v string) bool {
	ov, ok := scalarValue(old)
	if !ok {
		return false
	}
	switch k {
	case kindBool:
		b, isBool := boolValue(old)
		return isBool && strconv.FormatBool(b) == v
	case kindInteger, kindNumber:
		if ov == v {
			return true
		}
		x, err1 := strconv.ParseFloat(ov, 64)
		y, err2 := strconv.ParseFloat(v, 64)
		return err1 == nil && err2 == nil && x == y && old.Tag != "!!str"
	}
	return ov == v
}

// scalar applies one value.
func (a *applier) scalar(f *field, v string, old *yaml.Node) *yaml.Node {
	if old != nil && sameScalar(f.Kind, old, v) {
		return old
	}
	if f.Kind != kindLongText {
		v = strings.TrimSpace(v)
	}
	if v == "" {
		return nil
	}
	tag := scalarTag(f.Kind, v)
	if old == nil || old.Kind != yaml.ScalarNode {
		return newScalar(tag, v)
	}
	old.Value, old.Tag = v, tag
	multiline := strings.Contains(strings.TrimRight(v, "\n"), "\n")
	switch {
	case tag != "!!str":
		old.Style = 0
	case multiline && old.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0:
		old.Style = yaml.LiteralStyle
	case !multiline && old.Style&yaml.LiteralStyle != 0:
		old.Style = 0
	}
	return old
}

// enumList applies a group of checkboxes.
func (a *applier) enumList(f *field, p string, old *yaml.Node) *yaml.Node {
	picked := slices.DeleteFunc(slices.Clone(a.form[p]), func(s string) bool { return s == "" })
	if len(picked) == 0 && a.form.Get(p+noneSuffix) == "" {
		return nil
	}
	if old != nil {
		have := make([]string, 0, len(old.Content))
		for _, c := range old.Content {
			v, _ := scalarValue(c)
			have = append(have, v)
		}
		if sameSet(have, picked) {
			return old
		}
	}
	items := make([]*yaml.Node, len(picked))
	for i, v := range picked {
		items[i] = newScalar("!!str", v)
	}
	return replaceItems(old, items)
}

// sameSet says whether two lists hold the same values, in any order.
func sameSet(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// replaceItems puts items in the old list (keeping its style and
// comments) or a new one.
func replaceItems(old *yaml.Node, items []*yaml.Node) *yaml.Node {
	if old == nil {
		return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: items}
	}
	old.Content = items
	return old
}

// count is how many items the page showed for the list at p.
func (a *applier) count(p string) int {
	n, err := strconv.Atoi(a.form.Get(p + countSuffix))
	if err != nil || n < 0 {
		return 0
	}
	return min(n, maxListItems)
}

// textList applies a list of texts; emptied entries are dropped.
func (a *applier) textList(f *field, p string, old *yaml.Node) *yaml.Node {
	n := a.count(p)
	items := make([]*yaml.Node, 0, n)
	same := old != nil && n == len(old.Content)
	for i := range n {
		v := a.text(f.Item, p+"."+strconv.Itoa(i))
		if old != nil && i < len(old.Content) && sameScalar(f.Item.Kind, old.Content[i], v) {
			items = append(items, old.Content[i])
			continue
		}
		same = false
		if v = strings.TrimSpace(v); v != "" {
			items = append(items, newScalar(scalarTag(f.Item.Kind, v), v))
		}
	}
	switch {
	case same:
		return old
	case len(items) == 0 && a.form.Get(p+noneSuffix) == "":
		return nil
	}
	return replaceItems(old, items)
}

// objectList applies a list of groups; a new item left empty is dropped.
func (a *applier) objectList(f *field, p string, old *yaml.Node) *yaml.Node {
	n := a.count(p)
	items := make([]*yaml.Node, 0, n)
	same := old != nil && n == len(old.Content)
	for i := range n {
		var oi, alias *yaml.Node
		if old != nil && i < len(old.Content) {
			oi = deref(old.Content[i])
			if old.Content[i].Kind == yaml.AliasNode {
				alias, oi = old.Content[i], cloneNode(oi)
			}
		}
		nv := a.object(f.Children, p+"."+strconv.Itoa(i), oi, oi != nil)
		if nv == nil {
			continue
		}
		if alias != nil && sameAsAlias(nv, alias) {
			nv, oi = alias, alias
		}
		items = append(items, nv)
		same = same && nv == oi
	}
	switch {
	case same:
		return old
	case len(items) == 0 && a.form.Get(p+noneSuffix) == "":
		return nil
	}
	return replaceItems(old, items)
}

// mapping applies free key/value pairs; a row without a key is dropped.
func (a *applier) mapping(p string, old *yaml.Node) *yaml.Node {
	n := a.count(p)
	out := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	if old != nil {
		out.Style = old.Style
	}
	for i := range n {
		k := strings.TrimSpace(a.form.Get(p + "." + strconv.Itoa(i) + ".key"))
		v := a.form.Get(p + "." + strconv.Itoa(i) + ".value")
		if k == "" {
			continue
		}
		if ov := mapGet(old, k); ov != nil && sameScalar(kindText, ov, v) {
			mapSet(out, k, ov)
			continue
		}
		mapSet(out, k, newScalar("!!str", v))
	}
	if old != nil && sameMapping(old, out) {
		return old
	}
	if len(out.Content) == 0 {
		return nil
	}
	if old != nil {
		old.Content = out.Content
		return old
	}
	return out
}

// sameMapping says whether two mappings hold the same keys, in the same
// order, with the same value nodes.
func sameMapping(a, b *yaml.Node) bool {
	if len(a.Content) != len(b.Content) {
		return false
	}
	for i := 0; i < len(a.Content); i += 2 {
		if a.Content[i].Value != b.Content[i].Value || deref(a.Content[i+1]) != b.Content[i+1] {
			return false
		}
	}
	return true
}

// representable says whether the form can show old as f's answer; a value
// it cannot show is kept as it is and shown as YAML.
func representable(f *field, old *yaml.Node) bool {
	old = deref(old)
	switch f.Kind {
	case kindObject:
		return old.Kind == yaml.MappingNode
	case kindMap:
		return old.Kind == yaml.MappingNode && allItems(old, 2, func(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode })
	case kindEnumList, kindTextList:
		return old.Kind == yaml.SequenceNode && allItems(old, 1, func(n *yaml.Node) bool { return representable(f.Item, n) })
	case kindObjectList:
		return old.Kind == yaml.SequenceNode && allItems(old, 1, func(n *yaml.Node) bool { return n.Kind == yaml.MappingNode })
	case kindBool:
		_, ok := boolValue(old)
		return ok
	case kindEnum:
		v, ok := scalarValue(old)
		return ok && slices.Contains(f.Enum, v)
	}
	_, ok := scalarValue(old)
	return ok || old.Kind == yaml.ScalarNode
}

// allItems applies ok to every step-th item of a node's content (the
// values of a mapping with step 2).
func allItems(n *yaml.Node, step int, ok func(*yaml.Node) bool) bool {
	for i := step - 1; i < len(n.Content); i += step {
		if !ok(deref(n.Content[i])) {
			return false
		}
	}
	return true
}

// naFields are the questions of a page that can be marked "does not
// apply", as dotted names under spec.
func naFields(q *questionnaire, s *section) []string {
	var out []string
	var walk func(f *field, name string)
	walk = func(f *field, name string) {
		if q.NotApplicable[name] {
			out = append(out, name)
		}
		if f.Kind == kindObject {
			for _, c := range f.Children {
				walk(c, name+"."+c.Key)
			}
		}
	}
	walk(s.Field, strings.TrimPrefix(s.Path, "spec."))
	return out
}

// applyNotApplicable writes the page's "does not apply" answers into
// spec.notApplicable, keeping the entries of other pages and the nodes of
// entries that did not change.
func (a *applier) applyNotApplicable(spec *yaml.Node, q *questionnaire, s *section) {
	old := mapGet(spec, "notApplicable")
	if old != nil && (old.Kind != yaml.SequenceNode || !allItems(old, 1, func(n *yaml.Node) bool { return n.Kind == yaml.MappingNode })) {
		return
	}
	names := naFields(q, s)
	var items []*yaml.Node
	if old != nil {
		items = slices.Clone(old.Content)
	}
	changed := false
	for _, name := range names {
		ticked := a.form.Get(naPrefix+name) != ""
		reason := strings.TrimSpace(strings.ReplaceAll(a.form.Get(naPrefix+name+reasonSufix), "\r\n", "\n"))
		i := slices.IndexFunc(items, func(n *yaml.Node) bool { v, _ := scalarValue(mapGet(n, "field")); return v == name })
		switch {
		case ticked && i < 0:
			items = append(items, &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{
				newScalar("!!str", "field"), newScalar("!!str", name), newScalar("!!str", "reason"), newScalar("!!str", reason)}})
			changed = true
		case ticked:
			if r := mapGet(items[i], "reason"); r == nil || !sameScalar(kindLongText, r, reason) {
				nv := a.scalar(&field{Kind: kindLongText}, reason, r)
				if nv == nil {
					nv = newScalar("!!str", "")
				}
				mapSet(items[i], "reason", nv)
				changed = true
			}
		case i >= 0:
			items = slices.Delete(items, i, i+1)
			changed = true
		}
	}
	switch {
	case !changed:
	case len(items) == 0:
		mapDelete(spec, "notApplicable")
	default:
		mapSet(spec, "notApplicable", replaceItems(old, items))
	}
}

// mapGetOwn is the value of key for changing it: the node itself, or a
// copy of what an alias names (so that a change does not reach the
// anchor's other uses) with the alias.
func mapGetOwn(m *yaml.Node, key string) (value, alias *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != key {
			continue
		}
		if v := m.Content[i+1]; v.Kind == yaml.AliasNode {
			return cloneNode(deref(v)), v
		}
		return m.Content[i+1], nil
	}
	return nil, nil
}

// sameAsAlias says whether a value is what an alias names.
func sameAsAlias(n, alias *yaml.Node) bool {
	return yamlText(n) == yamlText(cloneNode(deref(alias)))
}

// cloneNode copies a node and everything under it (aliases stay aliases).
func cloneNode(n *yaml.Node) *yaml.Node {
	if n == nil {
		return nil
	}
	c := *n
	c.Anchor = ""
	c.Content = make([]*yaml.Node, len(n.Content))
	for i, child := range n.Content {
		c.Content[i] = cloneNode(child)
	}
	return &c
}
