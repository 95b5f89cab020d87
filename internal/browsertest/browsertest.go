// Package browsertest is what dria's browser tests share: finding
// Chromium, skipping (or, in CI, failing) when it or axe-core is missing,
// starting a headless Chromium with a fresh profile and no network
// services of its own, evaluating JavaScript and running axe-core. The
// report tests and the workbench tests use it; it is imported only by
// tests.
//
// Chromium is found at $DRIA_CHROMIUM or in the usual places; axe-core's
// axe.min.js at $DRIA_AXE_JS. DRIA_REQUIRE_BROWSER=1 (set by .ci/run,
// which installs both) turns a missing tool into a failure.
package browsertest

import (
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// ChromiumPath is the Chromium to run: $DRIA_CHROMIUM, else the first of
// the usual install paths that exists, else "".
func ChromiumPath() string {
	if p := os.Getenv("DRIA_CHROMIUM"); p != "" {
		return p
	}
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// Required reports whether a missing tool fails the test instead of
// skipping it (DRIA_REQUIRE_BROWSER=1, as in CI).
func Required() bool { return os.Getenv("DRIA_REQUIRE_BROWSER") == "1" }

// SkipOrFail skips a test that needs a missing tool, or fails it when the
// tools are required.
func SkipOrFail(t testing.TB, format string, args ...any) {
	t.Helper()
	if Required() {
		t.Fatalf(format+" (DRIA_REQUIRE_BROWSER=1 makes this a failure)", args...)
	}
	t.Skipf(format, args...)
}

// Start starts headless Chromium at 1280 × 900 with a fresh profile and
// none of its own network services (updates, sync, QUIC), and returns a
// tab with a four-minute deadline; everything is stopped when the test
// ends. Without Chromium the test is skipped or failed.
func Start(t *testing.T) context.Context {
	t.Helper()
	path := ChromiumPath()
	if path == "" {
		SkipOrFail(t, "Chromium not found at $DRIA_CHROMIUM or /usr/bin/chromium (apt-get install chromium)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 4*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	return ctx
}

// EvalJS evaluates js in the tab's page and returns its value.
func EvalJS[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	out, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	require.NoError(t, err, js)
	return out
}

// Violation is one rule axe-core found broken on a page.
type Violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// Serious reports whether the violation is serious or critical, the
// impacts the accessibility bar does not allow.
func (v Violation) Serious() bool { return v.Impact == "serious" || v.Impact == "critical" }

// AxeScript reads axe-core's axe.min.js from $DRIA_AXE_JS; without it the
// test is skipped or failed.
func AxeScript(t *testing.T) []byte {
	t.Helper()
	path := os.Getenv("DRIA_AXE_JS")
	if path == "" {
		SkipOrFail(t, "DRIA_AXE_JS is not set to axe-core's axe.min.js (npm install axe-core)")
	}
	axe, err := os.ReadFile(path)
	require.NoError(t, err)
	return axe
}

// axeRun runs axe-core on the WCAG 2.0 and 2.1 A and AA rules and best
// practice, and gives each violation with at most five of its elements.
const axeRun = `axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}, resultTypes: ['violations']})
	.then(r => JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))`

// Axe loads axe (the text of AxeScript) into the page open in the tab and
// returns what it finds. DevTools evaluation is not subject to the page's
// Content-Security-Policy, so axe runs in the real page.
func Axe(t *testing.T, ctx context.Context, axe []byte) []Violation {
	t.Helper()
	_, err := chromedp.Run(ctx, chromedp.Evaluate[*runtime.RemoteObject](string(axe)))
	require.NoError(t, err, "loading axe-core")
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](axeRun, chromedp.EvalAwaitPromise))
	require.NoError(t, err, "running axe-core")
	var violations []Violation
	require.NoError(t, json.Unmarshal([]byte(raw), &violations))
	return violations
}
