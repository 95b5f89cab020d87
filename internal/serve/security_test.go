package serve

import (
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// request sends a request with the given headers and form.
func (ts *testServer) request(t *testing.T, method, path string, form url.Values, headers map[string]string) (int, string, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, strings.NewReader(form.Encode()))
	require.NoError(t, err)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for k, v := range headers {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	resp, err := ts.client.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b), resp.Header
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
}

const minimalYAML = "apiVersion: dria/v1\nkind: System\nmetadata:\n  name: a\n  title: A\n"

func TestRefusesAForeignHost(t *testing.T) {
	ts := newTestServer(t, "")
	for _, host := range []string{"evil.example", "evil.example:80", "127.0.0.1:1"} {
		status, body, _ := ts.request(t, http.MethodGet, "/", nil, map[string]string{"Host": host})
		assert.Equal(t, http.StatusMisdirectedRequest, status, host)
		assert.Contains(t, body, "This workbench does not answer to the host", host)
	}
	status, _, _ := ts.request(t, http.MethodGet, "/", nil, nil)
	assert.Equal(t, http.StatusOK, status)
	_, port, _ := strings.Cut(ts.Listener.Addr().String(), ":")
	status, _, _ = ts.request(t, http.MethodGet, "/", nil, map[string]string{"Host": "localhost:" + port})
	assert.Equal(t, http.StatusOK, status, "localhost names a loopback server")
}

func TestRefusesACrossOriginPost(t *testing.T) {
	ts := newTestServer(t, "")
	form := url.Values{"file": {"x.yaml"}, "csrf": {ts.srv.csrf()}}
	for name, h := range map[string]map[string]string{
		"Sec-Fetch-Site": {"Sec-Fetch-Site": "cross-site"},
		"Origin":         {"Origin": "http://evil.example"},
	} {
		status, body, _ := ts.request(t, http.MethodPost, "/new", form, h)
		assert.Equal(t, http.StatusForbidden, status, name)
		assert.Contains(t, body, "Refused: the form was sent from another site.", name)
	}
	_, err := os.Stat(filepath.Join(ts.dir, "x.yaml"))
	assert.ErrorIs(t, err, os.ErrNotExist, "nothing was created")
}

func TestRefusesAPostWithoutTheCSRFToken(t *testing.T) {
	ts := newTestServer(t, "")
	for _, token := range []string{"", "0123456789abcdef"} {
		status, body, _ := ts.request(t, http.MethodPost, "/new", url.Values{"file": {"x.yaml"}, "csrf": {token}}, map[string]string{"Sec-Fetch-Site": "same-origin"})
		assert.Equal(t, http.StatusForbidden, status)
		assert.Contains(t, body, "Refused: the form has no valid security token.")
	}
	resp, _ := ts.post(t, "/new", url.Values{"file": {"x.yaml"}, "csrf": {ts.srv.csrf()}})
	assert.Equal(t, http.StatusSeeOther, resp.StatusCode, "with the token")
}

func TestRefusesAPathOutsideTheWorkspace(t *testing.T) {
	outside := t.TempDir()
	writeFile(t, filepath.Join(outside, "secret.yaml"), minimalYAML)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "sub", "ok.yaml"), minimalYAML)
	require.NoError(t, os.Symlink(filepath.Join(outside, "secret.yaml"), filepath.Join(dir, "link.yaml")))
	require.NoError(t, os.Symlink(outside, filepath.Join(dir, "linkdir")))
	ts := newTestServer(t, dir)
	cases := map[string]string{
		"../secret.yaml":         "is outside the workspace",
		"sub/../../secret.yaml":  "is outside the workspace",
		outside + "/secret.yaml": "is outside the workspace",
		`sub\..\..\secret.yaml`:  "is outside the workspace",
		"link.yaml":              "leads outside the workspace (through a symbolic link)",
		"linkdir/secret.yaml":    "leads outside the workspace (through a symbolic link)",
		".hidden.yaml":           "is a hidden file",
	}
	for name, msg := range cases {
		for _, page := range []string{"/edit", "/check", "/report"} {
			status, body, _ := ts.request(t, http.MethodGet, page+"?"+url.Values{"file": {name}}.Encode(), nil, nil)
			assert.Equal(t, http.StatusForbidden, status, "%s %s", page, name)
			assert.Contains(t, body, msg, "%s %s", page, name)
		}
	}
	// Saving through a link that leads outside is refused and writes nothing.
	resp, body := ts.post(t, editPath("link.yaml", "metadata"), url.Values{"csrf": {ts.srv.csrf()}, "metadata.name": {"changed"}})
	assert.Equal(t, http.StatusForbidden, resp.StatusCode)
	assert.Contains(t, body, "leads outside the workspace")
	resp, body = ts.post(t, "/new", url.Values{"csrf": {ts.srv.csrf()}, "file": {"linkdir/new.yaml"}})
	assert.Equal(t, http.StatusForbidden, resp.StatusCode)
	assert.Contains(t, body, "leads outside the workspace")
	b, err := os.ReadFile(filepath.Join(outside, "secret.yaml"))
	require.NoError(t, err)
	assert.Equal(t, minimalYAML, string(b))
	_, err = os.Stat(filepath.Join(outside, "new.yaml"))
	assert.ErrorIs(t, err, os.ErrNotExist)
	// The file inside is served.
	status, _ := ts.get(t, editPath("sub/ok.yaml", "metadata"))
	assert.Equal(t, http.StatusOK, status)
}

func TestRefusesAnOversizedRequest(t *testing.T) {
	ts := newTestServer(t, "", WithMaxBodyBytes(4096))
	form := url.Values{"csrf": {ts.srv.csrf()}, "file": {"x.yaml"}, "padding": {strings.Repeat("x", 5000)}}
	resp, body := ts.post(t, "/new", form)
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)
	assert.Contains(t, body, "Refused: the request is larger than the workbench accepts (4096 bytes).")
	_, err := os.Stat(filepath.Join(ts.dir, "x.yaml"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestRequiresTheTokenBeyondLoopback(t *testing.T) {
	token := NewToken()
	ts := newTestServer(t, "", WithToken(token))
	status, body, _ := ts.request(t, http.MethodGet, "/", nil, nil)
	assert.Equal(t, http.StatusUnauthorized, status)
	assert.Contains(t, body, "This workbench needs its access token")
	status, _, _ = ts.request(t, http.MethodGet, "/?token=wrong-token-0123456789", nil, nil)
	assert.Equal(t, http.StatusUnauthorized, status)
	status, _, h := ts.request(t, http.MethodGet, "/?token="+token, nil, nil)
	assert.Equal(t, http.StatusSeeOther, status)
	assert.Equal(t, "/", h.Get("Location"), "the token leaves the address")
	cookie := h.Get("Set-Cookie")
	assert.Contains(t, cookie, "HttpOnly")
	assert.Contains(t, cookie, "SameSite=Strict")
	status, _, _ = ts.request(t, http.MethodGet, "/", nil, map[string]string{"Cookie": strings.Split(cookie, ";")[0]})
	assert.Equal(t, http.StatusOK, status)
	status, _, _ = ts.request(t, http.MethodGet, "/", nil, map[string]string{"Authorization": "Bearer " + token})
	assert.Equal(t, http.StatusOK, status)
}

func TestSetsTheSecurityHeaders(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), minimalYAML)
	ts := newTestServer(t, dir)
	_, _, h := ts.request(t, http.MethodGet, "/", nil, nil)
	assert.Equal(t, "nosniff", h.Get("X-Content-Type-Options"))
	assert.Equal(t, "no-referrer", h.Get("Referrer-Policy"))
	assert.Equal(t, "DENY", h.Get("X-Frame-Options"))
	assert.Equal(t, pageCSP, h.Get("Content-Security-Policy"))
	assert.NotContains(t, pageCSP, "unsafe-inline")
	assert.Contains(t, pageCSP, "frame-ancestors 'none'")
	_, body, h := ts.request(t, http.MethodGet, "/report?file=a.yaml&format=html", nil, nil)
	assert.Equal(t, reportCSP, h.Get("Content-Security-Policy"), "the report keeps its own policy")
	assert.Equal(t, "SAMEORIGIN", h.Get("X-Frame-Options"))
	assert.Contains(t, body, "<html")
	status, _, _ := ts.request(t, http.MethodPut, "/", nil, nil)
	assert.Equal(t, http.StatusMethodNotAllowed, status)
}

func TestEscapesEveryStringOfADescription(t *testing.T) {
	dir := t.TempDir()
	hostile, err := os.ReadFile("testdata/hostile.yaml")
	require.NoError(t, err)
	writeFile(t, filepath.Join(dir, "h.yaml"), string(hostile))
	ts := newTestServer(t, dir)
	for _, p := range []string{editPath("h.yaml", "metadata"), editPath("h.yaml", "context"), "/check?file=h.yaml"} {
		status, body := ts.get(t, p)
		require.Equal(t, http.StatusOK, status)
		for _, raw := range []string{"<script>alert", `" onfocus="`, "<img src=x>", "<iframe src=//evil", "</textarea><script>"} {
			assert.NotContains(t, body, raw, p)
		}
	}
	_, body := ts.get(t, editPath("h.yaml", "metadata"))
	assert.Contains(t, body, "&lt;script&gt;alert(1)&lt;/script&gt;")
	// Saved unchanged, the file is byte for byte the same.
	v := formValues(body)
	v.Set("action", "next")
	resp, _ := ts.post(t, editPath("h.yaml", "metadata"), v)
	require.Equal(t, http.StatusSeeOther, resp.StatusCode)
	after, err := os.ReadFile(filepath.Join(dir, "h.yaml"))
	require.NoError(t, err)
	assert.Equal(t, string(hostile), string(after))
}
