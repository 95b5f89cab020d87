package serve

import (
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// workspaceOf copies files of testdata into a new workspace.
func workspaceOf(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), b, 0o644))
	}
	return dir
}

// TestAnswersTheFormCannotShowAreKept: a value of the wrong kind is shown
// as its YAML with dria validate's message, and saving the page keeps it
// exactly.
func TestAnswersTheFormCannotShowAreKept(t *testing.T) {
	dir := workspaceOf(t, "unrepresentable.yaml")
	ts := newTestServer(t, dir)
	status, page := ts.get(t, editPath("unrepresentable.yaml", "decisions"))
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, page, "It is kept exactly as it is; change it in a text editor")
	assert.Contains(t, page, `<pre class="yaml">&#34;yes&#34; # a string, not true or false`)
	v := formValues(page)
	v.Set("spec.decisions.reversibility", "reversible")
	v.Set("action", "next")
	resp, body := ts.post(t, editPath("unrepresentable.yaml", "decisions"), v)
	assert.Equal(t, http.StatusUnprocessableEntity, resp.StatusCode, "the page's own problems stop the save")
	assert.Contains(t, body, `spec.decisions.legalEffect must be true or false, got &#34;yes&#34;`)
	before, err := os.ReadFile("testdata/unrepresentable.yaml")
	require.NoError(t, err)
	after, err := os.ReadFile(filepath.Join(dir, "unrepresentable.yaml"))
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after), "nothing was saved")
	// The other pages still save: the odd answers stay as written.
	_, page = ts.get(t, editPath("unrepresentable.yaml", "metadata"))
	v = formValues(page)
	v.Set("metadata.owner", "Someone")
	v.Set("action", "next")
	resp, _ = ts.post(t, editPath("unrepresentable.yaml", "metadata"), v)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	after, err = os.ReadFile(filepath.Join(dir, "unrepresentable.yaml"))
	require.NoError(t, err)
	for _, line := range []string{`legalEffect: "yes" # a string, not true or false`, "humanReview: true # a value where a group of questions belongs", "automation: sometimes", "groups: [low-income, martians]", "owner: Someone"} {
		assert.Contains(t, string(after), line)
	}
}

func TestFilesThePageCannotEditAreRefusedClearly(t *testing.T) {
	dir := workspaceOf(t, "two-documents.yaml", "not-a-mapping.yaml", "broken.yaml", "system.json")
	ts := newTestServer(t, dir)
	cases := map[string]string{
		"two-documents.yaml": "the file holds several YAML documents; the page edits a file of one description",
		"not-a-mapping.yaml": "the file is not a mapping of fields (apiVersion, kind, metadata, spec)",
		"broken.yaml":        "the file is not YAML the page can read: yaml: line 2",
		"system.json":        "is JSON: the workbench edits YAML descriptions (it can still assess and compare this one)",
		"missing.yaml":       `&#34;missing.yaml&#34; is not in the workspace.`,
		"notes.txt":          "is not a description file: its name must end in .yaml, .yml or .json.",
	}
	for name, msg := range cases {
		status, body := ts.get(t, editPath(name, "metadata"))
		assert.Contains(t, []int{http.StatusUnprocessableEntity, http.StatusNotFound, http.StatusBadRequest}, status, name)
		assert.Contains(t, body, msg, name)
	}
	// JSON and multi-document files are still assessed.
	status, body := ts.get(t, "/report?file=system.json&file=two-documents.yaml&format=text")
	assert.Equal(t, http.StatusOK, status)
	assert.Contains(t, body, "system.json")
	status, body = ts.get(t, editPath("system.json", "nowhere"))
	assert.Equal(t, http.StatusNotFound, status)
	assert.Contains(t, body, `There is no section &#34;nowhere&#34; in the questionnaire.`)
}

func TestStartingADescriptionRefusesAnExistingFile(t *testing.T) {
	dir := workspaceOf(t, "system.json")
	writeFile(t, filepath.Join(dir, "taken.yaml"), minimalYAML)
	ts := newTestServer(t, dir)
	resp, body := ts.post(t, "/new", map[string][]string{"csrf": {ts.srv.csrf()}, "file": {"taken.yaml"}})
	assert.Equal(t, http.StatusConflict, resp.StatusCode)
	assert.Contains(t, body, `&#34;taken.yaml&#34; already exists: open it, or choose another name.`)
	resp, _ = ts.post(t, "/new", map[string][]string{"csrf": {ts.srv.csrf()}, "file": {"fresh"}})
	assert.Equal(t, http.StatusSeeOther, resp.StatusCode)
	assert.Equal(t, "/edit?file=fresh.yaml&section=metadata", resp.Header.Get("Location"))
	b, err := os.ReadFile(filepath.Join(dir, "fresh.yaml"))
	require.NoError(t, err)
	assert.Equal(t, newDescription, string(b))
	resp, body = ts.post(t, "/new", map[string][]string{"csrf": {ts.srv.csrf()}, "file": {"new.json"}})
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Contains(t, body, "Start a new description as a .yaml file")
}

// TestChangingAnAliasedAnswerChangesOnlyThatAnswer: an answer written as
// an alias of another (*o) gets its own value when changed, and the
// anchored answer keeps its value.
func TestChangingAnAliasedAnswerChangesOnlyThatAnswer(t *testing.T) {
	dir := workspaceOf(t, "aliases.yaml")
	ts := newTestServer(t, dir)
	_, page := ts.get(t, editPath("aliases.yaml", "metadata"))
	v := formValues(page)
	assert.Equal(t, "Ministry", v.Get("metadata.contact"), "the alias shows its value")
	v.Set("action", "next")
	resp, _ := ts.post(t, editPath("aliases.yaml", "metadata"), v)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	v.Set("metadata.contact", "dpo@example.org")
	v.Set("metadata.version", "2")
	_, page = ts.get(t, editPath("aliases.yaml", "metadata"))
	v.Set("version", formValues(page).Get("version"))
	resp, body := ts.post(t, editPath("aliases.yaml", "metadata"), v)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode, body)
	after, err := os.ReadFile(filepath.Join(dir, "aliases.yaml"))
	require.NoError(t, err)
	assert.Contains(t, string(after), "owner: &o Ministry")
	assert.Contains(t, string(after), "contact: dpo@example.org")
	assert.Contains(t, string(after), "description: *o", "an alias left alone stays an alias")
}
