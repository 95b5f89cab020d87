package serve

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/report"
)

func TestAssessPageFramesTheReportAndOffersEveryFormat(t *testing.T) {
	dir, _ := copyExamples(t)
	ts := newTestServer(t, dir)
	status, page := ts.get(t, "/assess?file=welfare-risk-scoring.yaml")
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, page, `<iframe class="report" src="/report?file=welfare-risk-scoring.yaml&amp;format=html" title="Assessment report" sandbox=""></iframe>`)
	for _, f := range report.Formats() {
		assert.Contains(t, page, "/report?download=1&amp;file=welfare-risk-scoring.yaml&amp;format="+f+`" download>`+f+"</a>", f)
		status, body, h := ts.request(t, http.MethodGet, "/report?"+url.Values{"file": {"welfare-risk-scoring.yaml"}, "format": {f}, "download": {"1"}}.Encode(), nil, nil)
		assert.Equal(t, http.StatusOK, status, f)
		assert.NotEmpty(t, body, f)
		assert.Equal(t, `attachment; filename="welfare-risk-scoring-report.`+extension(f)+`"`, h.Get("Content-Disposition"), f)
		assert.Equal(t, contentType(f), h.Get("Content-Type"), f)
	}
	// The same input gives the same bytes.
	_, a := ts.get(t, "/report?file=welfare-risk-scoring.yaml&format=json")
	_, b := ts.get(t, "/report?file=welfare-risk-scoring.yaml&format=json")
	assert.Equal(t, a, b)
	assert.Contains(t, a, `"path": "welfare-risk-scoring.yaml"`, "paths are the workspace's")
}

func TestComparisonOfAnySetOfDescriptions(t *testing.T) {
	dir, _ := copyExamples(t)
	ts := newTestServer(t, dir)
	status, home := ts.get(t, "/")
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, home, `<input type="checkbox" id="cmp-0" name="file" value="border-risk-assessment.yaml">`)
	q := url.Values{"file": {"welfare-risk-scoring.yaml", "hiring-screener.yaml", "messaging-app.yaml"}}
	status, page := ts.get(t, "/assess?"+q.Encode())
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, page, "Comparison of 3 descriptions")
	q.Set("format", "html")
	status, rep := ts.get(t, "/report?"+q.Encode())
	require.Equal(t, http.StatusOK, status)
	for _, title := range []string{"Benefit Integrity Signal", "messaging"} {
		assert.True(t, strings.Contains(rep, title), "the comparison shows %s", title)
	}
	status, body := ts.get(t, "/assess")
	assert.Equal(t, http.StatusBadRequest, status)
	assert.Contains(t, body, "Choose at least one description to assess.")
}

func TestAnInvalidFileIsListedInItsReport(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/bad.yaml", "apiVersion: dria/v1\nkind: System\nmetadata:\n  name: Bad\n")
	ts := newTestServer(t, dir)
	status, body := ts.get(t, "/report?file=bad.yaml&format=text")
	assert.Equal(t, http.StatusOK, status)
	assert.Contains(t, body, "metadata.name must be a DNS-label slug")
	status, body = ts.get(t, "/check?file=bad.yaml")
	assert.Equal(t, http.StatusOK, status)
	assert.Contains(t, body, "Put right the problems listed above")
	assert.Contains(t, body, `metadata is missing the required key &#34;title&#34;`)
	assert.NotContains(t, body, `id="assess-link"`)
}

// TestCheckAnswersListsEveryProblem: each problem of the file links to its
// page and question; one of no page (apiVersion) links to the first page.
func TestCheckAnswersListsEveryProblem(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/p.yaml", "apiVersion: dria/v2\nkind: System\nmetadata:\n  name: p\n  title: P\nspec:\n  affected:\n    people: -1\n")
	ts := newTestServer(t, dir)
	status, body := ts.get(t, "/check?file=p.yaml")
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, body, `<a href="/edit?file=p.yaml&amp;section=affected#q-spec-affected-people">spec.affected.people`)
	assert.Contains(t, body, `<a href="/edit?file=p.yaml&amp;section=metadata">apiVersion`)
}
