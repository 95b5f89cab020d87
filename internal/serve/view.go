package serve

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	yaml "go.yaml.in/yaml/v3"

	"github.com/dria-project/dria/schema"
)

// question is one question as the template shows it.
type question struct {
	ID, Name     string
	Path         string
	Label, Hint  string
	Kind         string // group, text, textarea, radios, checkboxes, textlist, objectlist, map, raw
	Value        string
	InputType    string
	InputMode    string
	Min, Max     string
	Step         string
	MaxLength    int
	Options      []option
	Items        []listItem
	Count        int
	None         bool
	AllowNone    bool
	Children     []*question
	Error        string
	NA           *naView
	Raw          string
	Required     bool
	Level        int
	ItemLabel    string
	CountName    string
	NoneName     string
	NoneID       string
	AddAction    string
	DescribedBy  string
	DescribedFor bool
}

// option is one radio or checkbox, with what the value means when the
// question's help explains it.
type option struct {
	ID, Value, Label string
	Hint             string
	Checked          bool
}

// optionHint finds the explanation of an enum value in the question's
// help, written as "value (what it means)".
func optionHint(help, value string) string {
	re, err := regexp.Compile(`(?:^|[\s,:;])` + regexp.QuoteMeta(value) + ` \(([^()]{3,300})\)`)
	if err != nil {
		return ""
	}
	if m := re.FindStringSubmatch(help); m != nil {
		return m[1]
	}
	return ""
}

// listItem is one entry of a list question.
type listItem struct {
	Index        int
	ID, Name     string
	Value        string
	KeyID        string
	KeyName      string
	Key          string
	Children     []*question
	RemoveAction string
	Label        string
}

// naView is the "does not apply" control of a question.
type naView struct {
	ID, Name             string
	ReasonID, ReasonName string
	Reason               string
	Checked              bool
	Error                string
}

// htmlID turns a dotted path into an element id.
func htmlID(prefix, path string) string {
	return prefix + strings.NewReplacer(".", "-", ":", "-", "#", "").Replace(path)
}

// pageBuilder builds the questions of one page from the document.
type pageBuilder struct {
	q       *questionnaire
	na      map[string]string // field under spec → reason, for entries of spec.notApplicable
	byPath  map[string]*question
	naByKey map[string]*naView
}

func newPageBuilder(q *questionnaire, d *document) *pageBuilder {
	b := &pageBuilder{q: q, na: map[string]string{}, byPath: map[string]*question{}, naByKey: map[string]*naView{}}
	if seq := lookup(d.root, "spec.notApplicable"); seq != nil && seq.Kind == yaml.SequenceNode {
		for _, item := range seq.Content {
			f, _ := scalarValue(mapGet(item, "field"))
			r, _ := scalarValue(mapGet(item, "reason"))
			if f != "" {
				b.na[f] = r
			}
		}
	}
	return b
}

// build makes the question of field f at path p from its node.
func (b *pageBuilder) build(f *field, p string, n *yaml.Node, level int) *question {
	q := &question{ID: htmlID("q-", p), Name: p, Path: p, Label: f.Label, Hint: f.Hint, Required: f.Required, Level: min(level, 6)}
	b.byPath[p] = q
	if name := strings.TrimPrefix(p, "spec."); strings.HasPrefix(p, "spec.") && b.q.NotApplicable[name] {
		reason, ticked := b.na[name]
		q.NA = &naView{ID: htmlID("na-", name), Name: naPrefix + name, ReasonID: htmlID("na-", name) + "-reason", ReasonName: naPrefix + name + reasonSufix, Reason: reason, Checked: ticked}
		b.naByKey[name] = q.NA
	}
	if n != nil && !representable(f, n) {
		q.Kind, q.Raw = "raw", yamlText(n)
		return q
	}
	switch f.Kind {
	case kindObject:
		q.Kind = "group"
		for _, c := range f.Children {
			q.Children = append(q.Children, b.build(c, p+"."+c.Key, mapGet(n, c.Key), level+1))
		}
	case kindEnum, kindBool:
		b.radios(q, f, n)
	case kindEnumList:
		b.checkboxes(q, f, n)
	case kindTextList:
		b.textList(q, f, n)
	case kindObjectList:
		b.objectList(q, f, n, level)
	case kindMap:
		b.mapping(q, n)
	default:
		b.input(q, f, n)
	}
	return q
}

// input is a text box or text area.
func (b *pageBuilder) input(q *question, f *field, n *yaml.Node) {
	q.Kind, q.InputType, q.MaxLength = "text", "text", f.MaxLength
	q.Value, _ = scalarValue(n)
	switch f.Kind {
	case kindLongText:
		q.Kind = "textarea"
	case kindInteger:
		q.InputMode, q.Step = "numeric", "1"
	case kindNumber:
		q.InputMode = "decimal"
	case kindDate:
		q.Hint = strings.TrimSpace(q.Hint + " For example 2026-03-31.")
	}
	if f.Min != nil {
		q.Min = strconv.FormatFloat(*f.Min, 'f', -1, 64)
	}
	if f.Max != nil {
		q.Max = strconv.FormatFloat(*f.Max, 'f', -1, 64)
	}
}

// radios are the answers of a yes/no or one-of question, with "not known".
func (b *pageBuilder) radios(q *question, f *field, n *yaml.Node) {
	q.Kind = "radios"
	current, ok := scalarValue(n)
	values, labels := f.Enum, make([]string, len(f.Enum))
	for i, v := range values {
		labels[i] = optionLabel(v)
	}
	if f.Kind == kindBool {
		values, labels = []string{"true", "false"}, []string{"Yes", "No"}
		if bv, isBool := boolValue(n); isBool {
			current = strconv.FormatBool(bv)
		}
	}
	for i, v := range values {
		q.Options = append(q.Options, option{ID: q.ID + "-" + strconv.Itoa(i), Value: v, Label: labels[i], Hint: optionHint(f.Hint, v), Checked: ok && current == v})
	}
	q.Options = append(q.Options, option{ID: q.ID + "-unknown", Value: "", Label: "Not known", Checked: n == nil})
}

// checkboxes are the answers of an any-of question, with "none of these".
func (b *pageBuilder) checkboxes(q *question, f *field, n *yaml.Node) {
	q.Kind = "checkboxes"
	var have []string
	if n != nil {
		for _, c := range n.Content {
			v, _ := scalarValue(c)
			have = append(have, v)
		}
	}
	for i, v := range f.Item.Enum {
		q.Options = append(q.Options, option{ID: q.ID + "-" + strconv.Itoa(i), Value: v, Label: optionLabel(v), Hint: optionHint(f.Hint, v), Checked: slices.Contains(have, v)})
	}
	b.noneControl(q, n)
}

// noneControl is the "none" box of a list: ticked, it saves an empty list
// (none), which differs from nothing ticked (not known).
func (b *pageBuilder) noneControl(q *question, n *yaml.Node) {
	q.AllowNone, q.NoneName, q.NoneID = true, q.Name+noneSuffix, q.ID+"-none"
	q.None = n != nil && len(n.Content) == 0
}

// textList is a list of text boxes, with add and remove.
func (b *pageBuilder) textList(q *question, f *field, n *yaml.Node) {
	q.Kind, q.CountName, q.AddAction = "textlist", q.Name+countSuffix, "add:"+q.Path
	q.MaxLength = f.Item.MaxLength
	if n != nil {
		for i, c := range n.Content {
			v, _ := scalarValue(c)
			idx := strconv.Itoa(i)
			q.Items = append(q.Items, listItem{Index: i, ID: q.ID + "-" + idx, Name: q.Path + "." + idx, Value: v, RemoveAction: "remove:" + q.Path + "." + idx, Label: q.Label + " " + strconv.Itoa(i+1)})
		}
	}
	q.Count = len(q.Items)
	b.noneControl(q, n)
}

// objectList is a list of groups of questions, with add and remove.
func (b *pageBuilder) objectList(q *question, f *field, n *yaml.Node, level int) {
	q.Kind, q.CountName, q.AddAction = "objectlist", q.Name+countSuffix, "add:"+q.Path
	if n != nil {
		for i, c := range n.Content {
			idx := strconv.Itoa(i)
			item := listItem{Index: i, ID: q.ID + "-" + idx, RemoveAction: "remove:" + q.Path + "." + idx, Label: q.Label + " " + strconv.Itoa(i+1)}
			for _, cf := range f.Children {
				item.Children = append(item.Children, b.build(cf, q.Path+"."+idx+"."+cf.Key, mapGet(c, cf.Key), level+2))
			}
			q.Items = append(q.Items, item)
		}
	}
	q.Count = len(q.Items)
	b.noneControl(q, n)
}

// mapping is a list of key and value boxes.
func (b *pageBuilder) mapping(q *question, n *yaml.Node) {
	q.Kind, q.CountName, q.AddAction = "map", q.Name+countSuffix, "add:"+q.Path
	if n != nil {
		for i := 0; i+1 < len(n.Content); i += 2 {
			idx := strconv.Itoa(i / 2)
			v, _ := scalarValue(n.Content[i+1])
			q.Items = append(q.Items, listItem{Index: i / 2, ID: q.ID + "-" + idx + "-value", Name: q.Path + "." + idx + ".value", Value: v,
				KeyID: q.ID + "-" + idx + "-key", KeyName: q.Path + "." + idx + ".key", Key: n.Content[i].Value,
				RemoveAction: "remove:" + q.Path + "." + idx, Label: "Pair " + strconv.Itoa(i/2+1)})
		}
	}
	q.Count = len(q.Items)
}

// pageError is one entry of the error summary: the message and the id of
// the question it is about.
type pageError struct {
	Message string
	// Target is the id of the question; Link that of the control to
	// focus (the first answer of a set of radios or checkboxes).
	Target, Link string
}

// attach puts each problem on the question it is about (the deepest
// question of the page at or above its pointer) and returns those of this
// page, in file order, for the error summary.
func (b *pageBuilder) attach(problems []schema.Problem, d *document) []pageError {
	var out []pageError
	for _, p := range problems {
		target := b.target(p, d)
		if target == "" {
			continue
		}
		out = append(out, pageError{Message: p.Message, Target: target, Link: b.link(target)})
	}
	return out
}

// target finds the question of a JSON pointer and adds the message to it;
// it returns the id to link to, or "" for a problem of another page.
func (b *pageBuilder) target(p schema.Problem, d *document) string {
	path := pointerPath(p.Pointer)
	if m := missingKey.FindStringSubmatch(p.Message); m != nil {
		if q := b.byPath[path+"."+m[1]]; q != nil {
			return q.ID // a missing answer is shown on its question
		}
	}
	if rest, ok := strings.CutPrefix(path, "spec.notApplicable."); ok {
		idx, _, _ := strings.Cut(rest, ".")
		name, _ := scalarValue(lookup(d.root, "spec.notApplicable."+idx+".field"))
		if na := b.naByKey[name]; na != nil {
			return na.ReasonID
		}
		return ""
	}
	for at := path; at != ""; at = parentPath(at) {
		if q := b.byPath[at]; q != nil {
			return q.ID
		}
	}
	return ""
}

// link is the id of the control the error summary moves focus to.
func (b *pageBuilder) link(target string) string {
	for _, q := range b.byPath {
		if q.ID == target && len(q.Options) > 0 {
			return q.Options[0].ID
		}
		if q.ID == target && len(q.Items) > 0 && q.Items[0].KeyID == "" && q.Items[0].Children == nil {
			return q.Items[0].ID
		}
	}
	return target
}

// missingKey finds the key of schema's message for a required field.
var missingKey = regexp.MustCompile(`is missing the required key "([^"]+)"`)

// pointerPath turns a JSON pointer into a dotted path.
func pointerPath(pointer string) string {
	segs := strings.Split(strings.TrimPrefix(pointer, "/"), "/")
	for i, s := range segs {
		segs[i] = strings.NewReplacer("~1", "/", "~0", "~").Replace(s)
	}
	return strings.Join(segs, ".")
}

// parentPath is the path one level up, or "".
func parentPath(p string) string {
	i := strings.LastIndexByte(p, '.')
	if i < 0 {
		return ""
	}
	return p[:i]
}

// setErrors writes the messages onto the questions, after attach.
func (b *pageBuilder) setErrors(errs []pageError) {
	msgs := map[string][]string{}
	for _, e := range errs {
		msgs[e.Target] = append(msgs[e.Target], e.Message)
	}
	for _, q := range b.byPath {
		if m := msgs[q.ID]; len(m) > 0 {
			q.Error = strings.Join(m, " ")
		}
		if q.NA != nil {
			if m := msgs[q.NA.ReasonID]; len(m) > 0 {
				q.NA.Error = strings.Join(m, " ")
			}
		}
	}
}
