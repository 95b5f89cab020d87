package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gomarkdown/markdown/ast"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/rules"
)

// TestCatalogIsCurrent fails when docs/rules.md no longer matches the
// built-in rules; `go test ./report/ -run CatalogIsCurrent -update`
// regenerates it (as does `dria rules doc > docs/rules.md`).
func TestCatalogIsCurrent(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteCatalog(&buf, testAssessor(t).Rules()))
	path := filepath.Join(repoRoot, "docs", "rules.md")
	if *update {
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
	}
	current, err := os.ReadFile(path)
	require.NoError(t, err, "docs/rules.md is missing: run go test ./report/ -run CatalogIsCurrent -update")
	assert.True(t, bytes.Equal(current, buf.Bytes()), "docs/rules.md is stale: run go test ./report/ -run CatalogIsCurrent -update (or dria rules doc > docs/rules.md)")
}

// hostileDocsPack is a rule pack whose title, description, remediation and
// reference try to add HTML, links, images and table cells to the
// catalogue.
const hostileDocsPack = "testdata/packs/hostile-docs"

// hostileCatalog loads the hostile pack and returns its catalogue and rule.
func hostileCatalog(t *testing.T) (string, rules.Rule) {
	t.Helper()
	set, err := rules.Load(context.Background(), rules.WithoutBuiltins(), rules.WithDir(hostileDocsPack))
	require.NoError(t, err)
	require.Len(t, set.Rules(), 1)
	var buf bytes.Buffer
	require.NoError(t, WriteCatalog(&buf, set.Rules()))
	return buf.String(), set.Rules()[0]
}

// TestCatalogOfAHostilePackHasNoLiveMarkup renders the catalogue of the
// hostile pack and checks that it holds no HTML, link, image or extra table
// cell for gomarkdown, no autolink for GitHub, and that each text reads
// back the same.
func TestCatalogOfAHostilePackHasNoLiveMarkup(t *testing.T) {
	doc, r := hostileCatalog(t)

	n := parseGFM(doc)
	var links []string
	ast.WalkFunc(n, func(node ast.Node, entering bool) ast.WalkStatus {
		switch x := node.(type) {
		case *ast.Link:
			if entering {
				links = append(links, string(x.Destination))
			}
		case *ast.Image, *ast.HTMLSpan, *ast.HTMLBlock, *ast.CodeBlock, *ast.BlockQuote:
			t.Errorf("the catalogue has a %T", node)
		}
		return ast.GoToNext
	})
	assert.Equal(t, []string{"#hostile_docs"}, links, "the only link is the family's table-of-contents entry")
	for _, line := range strings.Split(doc, "\n") {
		if strings.HasPrefix(line, "- [") {
			continue // the table of contents
		}
		assert.Empty(t, gfmAutolinks(line), "GitHub would link part of %q", line)
	}

	text := textOf(n)
	for _, s := range []string{r.Title, r.Description, r.Remediation, r.References[0].String()} {
		// Backticks quote values (shown as code), the rest reads back as is.
		assert.Contains(t, text, strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "`", ""), "the text reads back literally")
	}
	contains(t, doc, "#### HOSTILE-DOCS-001 — Looks \\<img src=x onerror=alert\\(1\\)\\> harmless, see www\\.evil.example \\| col\n")
	contains(t, doc, "an e-mail address `phish@evil.example`,")
	contains(t, doc, "bare links https\\://evil.example/login and www\\.evil.example,")
	contains(t, doc, "**Remediation.** Write to `security@evil.example` or visit www\\.evil.example/fix, and \\[click here\\]\\(javascript:alert\\(6\\)\\).\n")
	contains(t, doc, "**References.** HOSTILE \\<a href=javascript:alert\\(5\\)\\>Art 1\\</a\\> https\\://evil.example/ref.\n")
}

// TestCatalogOfAHostilePackAsHTML renders the catalogue the way the HTML
// report renders Markdown and checks that no element or attribute beyond
// text structure appears.
func TestCatalogOfAHostilePackAsHTML(t *testing.T) {
	doc, _ := hostileCatalog(t)
	page := string(markdownToHTML([]byte(doc)))
	for _, bad := range []string{"<img", "<script", "<a ", "<a>", ` href="`, "onerror=alert(2)>"} {
		notContains(t, page, bad)
	}
	contains(t, page, "&lt;img src=x onerror=alert(2)&gt;")
	contains(t, page, "<code>phish@evil.example</code>")
}

// TestGitHubSlug follows GitHub's heading fragments.
func TestGitHubSlug(t *testing.T) {
	for in, want := range map[string]string{
		"privacy":                         "privacy",
		"Rights covered, by family":       "rights-covered-by-family",
		"DRIA-DEC-001 — Solely automated": "dria-dec-001--solely-automated",
		"x)(javascript:alert(1)":          "xjavascriptalert1",
		"Ünïcode_name":                    "ünïcode_name",
		"<>":                              "",
	} {
		assert.Equal(t, want, githubSlug(in), in)
	}
}

// TestCatalogAnchorsAreNumberedLikeGitHubs checks that a family named like
// a heading before it links to its own heading.
func TestCatalogAnchorsAreNumberedLikeGitHubs(t *testing.T) {
	fams := []string{"rules", "x"}
	by := map[string][]rules.Rule{"rules": {{ID: "A-1", Title: "t"}}, "x": {{ID: "B-1", Title: "u"}}}
	assert.Equal(t, map[string]string{"rules": "rules-1", "x": "x"}, catalogAnchors(fams, by))
	assert.Equal(t, map[string]string{}, catalogAnchors([]string{"<>"}, map[string][]rules.Rule{"<>": {{ID: "C-1", Title: "v"}}}))
}
