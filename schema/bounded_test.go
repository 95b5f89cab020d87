package schema

import (
	"errors"
	"fmt"
	"math/rand"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/schema/source"
)

// allProblems loads a description with the walk split at every list and
// object (limit 0) or never (a huge limit), listing every problem.
func allProblems(t *testing.T, limit int, data []byte) []string {
	t.Helper()
	saved := wholeLimit
	wholeLimit = limit
	defer func() { wholeLimit = saved }()
	_, err := LoadDescriptions("in.yaml", data, WithMaxProblems(1<<30), WithMaxBytes(1<<20))
	if err == nil {
		return nil
	}
	var ve *ValidationError
	require.True(t, errors.As(err, &ve), "%v", err)
	out := make([]string, len(ve.Problems))
	for i, p := range ve.Problems {
		out[i] = p.String() + " @" + p.Pointer
	}
	return out
}

// TestWalkMatchesWholeValidation checks that checking a description
// member by member finds exactly the problems the JSON Schema validator
// finds on the whole document, on the examples, big generated
// descriptions and thousands of broken variants of them.
func TestWalkMatchesWholeValidation(t *testing.T) {
	seeds := seedDescriptions(t)
	bad, err := os.ReadFile("testdata/many-bad-items.yaml")
	require.NoError(t, err)
	seeds = append(seeds, bigDescription(300), bad,
		[]byte(strings.Replace(string(bigDescription(200)), "kind: service", "kind: servise\n      extra: 1", 7)))
	for _, s := range seeds {
		assert.Equal(t, allProblems(t, 1<<30, s), allProblems(t, 0, s))
	}
	const specials = "{}[],:-\n \"'"
	r := rand.New(rand.NewSource(2))
	for range 1500 {
		d := append([]byte(nil), seeds[r.Intn(len(seeds))]...)
		for range 1 + r.Intn(6) {
			p := r.Intn(len(d))
			switch r.Intn(3) {
			case 0:
				d = append(d[:p], d[min(len(d), p+r.Intn(12)):]...)
			case 1:
				q := r.Intn(len(d))
				ins := append([]byte(nil), d[q:q+min(r.Intn(80), len(d)-q)]...)
				d = append(d[:p], append(ins, d[p:]...)...)
			case 2:
				d[p] = specials[r.Intn(len(specials))]
			}
			if len(d) == 0 {
				d = []byte("a")
			}
		}
		whole := allProblems(t, 1<<30, d)
		require.Equal(t, whole, allProblems(t, 0, d), "input:\n%s", d)
	}
}

// TestProblemsAreCapped: a file lists its first 100 problems by position,
// then how many more there are, at the first one left out.
func TestProblemsAreCapped(t *testing.T) {
	data, err := os.ReadFile("testdata/many-bad-items.yaml")
	require.NoError(t, err)
	_, err = LoadDescriptions("many.yaml", data)
	var ve *ValidationError
	require.True(t, errors.As(err, &ve))
	require.Len(t, ve.Problems, 101)
	assert.Equal(t, `many.yaml:6:3: unknown key "colour" in metadata; known keys: contact, description, labels, name, owner, title, version`, ve.Problems[0].String())
	assert.Equal(t, `many.yaml:108:9: "not-a-category-098" is not an allowed value for spec.data.categories[98]; allowed: contact, identity, government-id, financial, location, biometric, health, genetic, ethnicity, nationality, political-opinion, religion, trade-union, sexual-orientation, criminal-records, communications-content, communications-metadata, browsing-behaviour, social-media, children, employment, education, household`, ve.Problems[99].String())
	last := ve.Problems[100]
	assert.Equal(t, "many.yaml:109:9: and 152 more problems in this file", last.String())
	assert.Equal(t, "/spec/data/categories/99", last.Pointer)

	_, err = LoadDescriptions("many.yaml", data, WithMaxProblems(2))
	require.True(t, errors.As(err, &ve))
	require.Len(t, ve.Problems, 3)
	assert.Equal(t, "many.yaml:11:9: and 250 more problems in this file", ve.Problems[2].String())

	_, err = LoadDescriptions("many.yaml", data, WithMaxProblems(251))
	require.True(t, errors.As(err, &ve))
	require.Len(t, ve.Problems, 252)
	assert.Equal(t, "many.yaml:261:17: and 1 more problem in this file", ve.Problems[251].String())

	_, err = LoadDescriptions("many.yaml", data, WithMaxProblems(252))
	require.True(t, errors.As(err, &ve))
	require.Len(t, ve.Problems, 252, "all problems, no summary")
	assert.Equal(t, `many.yaml:261:17: "ful" is not an allowed value for spec.decisions.automation; allowed: none, assistive, partial, full (did you mean "full"?)`, ve.Problems[251].String())

	_, err = LoadDescriptions("many.yaml", data, WithMaxProblems(-1))
	assert.EqualError(t, err, "schema: maximum number of problems must not be negative, got -1")
}

// TestAMillionBadItemsAreCountedNotDescribed: a 200,000-item list of bad
// values gives 100 problems and a count, without building a message, or
// a validator error tree, for each item. Checking it all at once took
// 2.7 GB of allocations; the bound below is a fifth of that.
func TestAMillionBadItemsAreCountedNotDescribed(t *testing.T) {
	var b strings.Builder
	b.WriteString("apiVersion: dria/v1\nkind: System\nmetadata: {name: a, title: A}\nspec:\n  data:\n    categories: [")
	for i := range 200_000 {
		fmt.Fprintf(&b, "x%d,", i%1000)
	}
	b.WriteString("]\n")
	data := []byte(b.String())
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := LoadDescriptions("big.yaml", data)
	runtime.ReadMemStats(&after)
	var ve *ValidationError
	require.True(t, errors.As(err, &ve))
	require.Len(t, ve.Problems, 101)
	// The 200,001st problem: the list repeats x0 (item 1000).
	assert.Equal(t, "big.yaml:6:408: and 199901 more problems in this file", ve.Problems[100].String())
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(500<<20))
}

// TestPanicsBecomeErrors: a panic while checking a file, whoever raises
// it, comes back as an *InternalError naming the file from Load, and as a
// problem from Validate; the next file is checked normally.
func TestPanicsBecomeErrors(t *testing.T) {
	testHookCollect = func(*source.Document) { panic("boom \x1b[2J") }
	doc := "apiVersion: dria/v1\nkind: System\nmetadata: {name: a, title: A}\nspec: {}\n"
	_, err := LoadDescriptions("p.yaml", []byte(doc))
	testHookCollect = nil
	var ie *InternalError
	require.True(t, errors.As(err, &ie), "%v", err)
	assert.Equal(t, `p.yaml: internal error while checking this file (please report it): boom \x1b[2J`, err.Error())
	assert.Equal(t, "p.yaml", ie.File)
	assert.Contains(t, string(ie.Stack), "schema.(*Validator).collect")
	var ve *ValidationError
	assert.False(t, errors.As(err, &ve), "not the file's fault")

	_, err = LoadDescriptions("next.yaml", []byte(doc))
	assert.NoError(t, err)

	// A value the parser would refuse, handed to Validate directly, makes
	// the JSON Schema library panic (math/big cannot read the number).
	v, err := ValidatorFor(Description)
	require.NoError(t, err)
	root := &source.Node{Kind: source.Object, Pos: source.Pos{Line: 1, Column: 1}, Keys: []string{"spec"}, Values: []*source.Node{
		{Kind: source.Object, Keys: []string{"affected"}, Values: []*source.Node{
			{Kind: source.Object, Keys: []string{"people"}, Values: []*source.Node{{Kind: source.Number, Text: "1e-1000001"}}}}}}}
	problems := v.Validate(&source.Document{File: "direct.yaml", Root: root})
	require.Len(t, problems, 1)
	assert.True(t, strings.HasPrefix(problems[0].String(), "direct.yaml:1:1: internal error while checking this file (please report it): runtime error: invalid memory address"), problems[0].String())
}

// TestMessagesQuoteValuesShortAndSafe: keys, values and field names from a
// file are cut to 200 characters and cannot reach a terminal raw.
func TestMessagesQuoteValuesShortAndSafe(t *testing.T) {
	long := strings.Repeat("é", 300)
	got := problemsOf(t, "q.yaml", "apiVersion: dria/v1\nkind: System\nmetadata:\n  name: a\n  title: A\n  labels:\n    \"\\e[31mk\\u202e\": 1\n"+
		"spec:\n  decisions: {automation: \"\\e]0;x\\a"+long+"\"}\n  data:\n    \"r\\u2028\": 1\n")
	assert.Equal(t, []string{
		`q.yaml:7:22: metadata.labels.\x1b[31mk\u202e must be text (a string), got the whole number 1`,
		`q.yaml:9:27: "\x1b]0;x\a` + strings.Repeat("é", 194) + `… (106 more characters)" is not an allowed value for spec.decisions.automation; allowed: none, assistive, partial, full`,
		`q.yaml:11:5: unknown key "r\u2028" in spec.data; known keys: categories, consent, criminalDataAuthority, encryption, lawfulBases, legalBasis, minimisation, nationalLaw, privacyByDefault, retentionDays, sharing, sources, specialCategoryConditions, subjectRights, transfers`,
	}, got)
}

// TestNumbersAreQuotedAsWritten: a message shows a number with the digits
// of the file, whatever its size.
func TestNumbersAreQuotedAsWritten(t *testing.T) {
	got := problemsOf(t, "n.yaml", "apiVersion: dria/v1\nkind: System\nmetadata: {name: a, title: A}\n"+
		"spec:\n  affected: {people: -1e300}\n  ai:\n    accuracy: {falsePositiveRate: 1.0000000000000000000001}\n  data: {retentionDays: 2.50}\n")
	assert.Equal(t, []string{
		"n.yaml:5:22: spec.affected.people must be at least 0, got -1e300",
		"n.yaml:7:35: spec.ai.accuracy.falsePositiveRate must be at most 1, got 1.0000000000000000000001",
		"n.yaml:8:25: spec.data.retentionDays must be a whole number, got the number 2.50",
	}, got)
	_, err := LoadDescriptions("big.yaml", []byte("apiVersion: dria/v1\nkind: System\nmetadata: {name: a, title: A}\nspec:\n  affected: {people: 1.5e308}\n"))
	assert.NoError(t, err, "1.5e308 is a finite whole number")
}

func BenchmarkMillionBadItems(b *testing.B) {
	for _, distinct := range []int{1, 1_000_000} {
		var s strings.Builder
		s.WriteString("apiVersion: dria/v1\nkind: System\nmetadata: {name: a, title: A}\nspec:\n  data:\n    categories: [")
		for i := range 1_000_000 {
			fmt.Fprintf(&s, "x%d,", i%distinct)
		}
		s.WriteString("]\n")
		data := []byte(s.String())
		b.Run(fmt.Sprintf("distinct-%d", distinct), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := LoadDescriptions("big.yaml", data); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}
