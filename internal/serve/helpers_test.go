package serve

import (
	"context"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/rules"
)

// fixedClock makes assessments reproducible.
func fixedClock() time.Time { return time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC) }

var (
	builtinOnce *rules.Set
)

// builtinRules loads the built-in rules once for the package's tests.
func builtinRules(t testing.TB) *rules.Set {
	t.Helper()
	if builtinOnce == nil {
		set, err := rules.Load(context.Background())
		require.NoError(t, err)
		builtinOnce = set
	}
	return builtinOnce
}

// testServer is a workbench on a real loopback listener.
type testServer struct {
	*httptest.Server
	srv    *Server
	dir    string
	client *http.Client
}

// newTestServer serves dir (a new temporary folder when empty) with the
// built-in rules and any further options.
func newTestServer(t testing.TB, dir string, opts ...Option) *testServer {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	ts := httptest.NewUnstartedServer(nil)
	all := append([]Option{WithDir(dir), WithAddress(ts.Listener.Addr().String()), WithRuleSet(builtinRules(t)), WithClock(fixedClock)}, opts...)
	srv, err := New(context.Background(), all...)
	require.NoError(t, err)
	ts.Config.Handler = srv.Handler()
	ts.Start()
	t.Cleanup(func() { ts.Close(); srv.Close() })
	client := ts.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &testServer{Server: ts, srv: srv, dir: dir, client: client}
}

// get fetches a page and returns its status and body.
func (ts *testServer) get(t testing.TB, path string) (int, string) {
	t.Helper()
	resp, err := ts.client.Get(ts.URL + path)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

// post sends a form as the page would (same origin).
func (ts *testServer) post(t testing.TB, path string, form url.Values) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, ts.URL+path, strings.NewReader(form.Encode()))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", ts.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, err := ts.client.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, string(b)
}

var (
	inputTag    = regexp.MustCompile(`<input\b[^>]*>`)
	textareaTag = regexp.MustCompile(`(?s)<textarea\b([^>]*)>\n?(.*?)</textarea>`)
	attrRe      = regexp.MustCompile(`([a-z-]+)(?:="([^"]*)")?`)
)

// attrs reads the attributes of a tag.
func attrs(tag string) map[string]string {
	out := map[string]string{}
	for _, m := range attrRe.FindAllStringSubmatch(strings.TrimPrefix(tag, "<input"), -1) {
		out[m[1]] = html.UnescapeString(m[2])
	}
	return out
}

// formValues is what a browser would send for the page's form as it is:
// text and hidden inputs, ticked boxes and radios, text areas.
func formValues(page string) url.Values {
	v := url.Values{}
	for _, tag := range inputTag.FindAllString(page, -1) {
		a := attrs(tag)
		_, checked := a["checked"]
		switch a["type"] {
		case "radio", "checkbox":
			if checked {
				v.Add(a["name"], a["value"])
			}
		default:
			v.Add(a["name"], a["value"])
		}
	}
	for _, m := range textareaTag.FindAllStringSubmatch(page, -1) {
		v.Add(attrs(m[1])["name"], html.UnescapeString(m[2]))
	}
	return v
}

// copyExamples copies the bundled examples into a new workspace.
func copyExamples(t *testing.T) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob("../../examples/systems/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var names []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644))
		names = append(names, filepath.Base(f))
	}
	return dir, names
}

// editPath is the address of a page of questions.
func editPath(file, section string) string {
	return "/edit?" + url.Values{"file": {file}, "section": {section}}.Encode()
}
