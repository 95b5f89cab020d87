package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// startServe runs dria serve with the arguments until the test ends and
// returns the address it printed, its exit code channel and stop.
func startServe(t *testing.T, args ...string) (string, <-chan int, context.CancelFunc) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	outR, outW := io.Pipe()
	var errOut strings.Builder
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, append([]string{"serve"}, args...), strings.NewReader(""), outW, &errOut)
		outW.Close()
	}()
	t.Cleanup(cancel)
	lines := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(outR).ReadString('\n')
		lines <- line
		_, _ = io.Copy(io.Discard, outR)
	}()
	select {
	case line := <-lines:
		addr, ok := strings.CutPrefix(strings.TrimSpace(line), "dria serve: open ")
		require.True(t, ok, "printed %q (stderr %q)", line, errOut.String())
		return addr, code, cancel
	case c := <-code:
		t.Fatalf("dria serve exited %d: %s", c, errOut.String())
	case <-time.After(20 * time.Second):
		t.Fatal("dria serve printed no address")
	}
	return "", nil, cancel
}

// TestServeAnswersWithinASecond is the bar: dria serve --addr
// 127.0.0.1:PORT --dir DIR serves a questionnaire page (how fast is logged
// here and measured by BenchmarkQuestionnairePage), refuses a foreign Host, a cross-origin POST and a path outside the
// workspace, and stops cleanly.
func TestServeAnswersWithinASecond(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../examples/systems/hiring-screener.yaml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "h.yaml"), data, 0o644))
	addr, code, stop := startServe(t, "--addr", "127.0.0.1:0", "--dir", dir)
	require.True(t, strings.HasPrefix(addr, "http://127.0.0.1:"), addr)
	// The timeout only keeps a hung server from hanging the test; the
	// speed is measured by BenchmarkQuestionnairePage (internal/serve).
	client := &http.Client{Timeout: 10 * time.Second}

	start := time.Now()
	resp, err := client.Get(addr + "edit?file=h.yaml&section=decisions")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	t.Logf("questionnaire page in %v", time.Since(start))
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(body), `name="spec.decisions.automation"`)

	req, _ := http.NewRequest(http.MethodGet, addr, nil)
	req.Host = "rebound.example"
	resp, err = client.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMisdirectedRequest, resp.StatusCode, "foreign Host")

	req, _ = http.NewRequest(http.MethodPost, addr+"new", strings.NewReader("file=x.yaml"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://evil.example")
	resp, err = client.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusForbidden, resp.StatusCode, "cross-origin POST")

	resp, err = client.Get(addr + "edit?file=../h.yaml")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusForbidden, resp.StatusCode, "outside the workspace")

	stop()
	select {
	case c := <-code:
		assert.Equal(t, exitOK, c, "a graceful stop")
	case <-time.After(10 * time.Second):
		t.Fatal("dria serve did not stop")
	}
}

func TestServeBeyondLoopbackNeedsTheToken(t *testing.T) {
	addr, _, _ := startServe(t, "--addr", "0.0.0.0:0", "--dir", t.TempDir())
	base, token, ok := strings.Cut(addr, "?token=")
	require.True(t, ok, "the address carries the token: %s", addr)
	assert.Len(t, token, 48)
	port := base[strings.LastIndexByte(strings.TrimSuffix(base, "/"), ':'):]
	local := "http://127.0.0.1" + port
	client := &http.Client{Timeout: 5 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(local)
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
	assert.Contains(t, string(b), "needs its access token")
	resp, err = client.Get(local + "?token=" + token)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusSeeOther, resp.StatusCode)
}

func TestServeRefusesBadUsage(t *testing.T) {
	r := dria(t, "serve", "--dir", filepath.Join(t.TempDir(), "missing"))
	assert.Equal(t, exitInput, r.code)
	assert.Contains(t, r.stderr, "--dir")
	file := filepath.Join(t.TempDir(), "f")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	r = dria(t, "serve", "--dir", file)
	assert.Equal(t, exitInput, r.code)
	assert.Contains(t, r.stderr, "not a folder")
	r = dria(t, "serve", "--addr", "no-port", "--dir", t.TempDir())
	assert.Equal(t, exitInput, r.code)
	assert.Contains(t, r.stderr, "--addr no-port: give host:port")
	r = dria(t, "serve", "extra")
	assert.Equal(t, exitInput, r.code)
}
