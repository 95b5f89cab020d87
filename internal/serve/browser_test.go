package serve

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/internal/browsertest"
	"github.com/dria-project/dria/schema"
)

// These tests drive the workbench in headless Chromium through the
// DevTools protocol, started by internal/browsertest as the report tests
// do: Chromium at $DRIA_CHROMIUM or /usr/bin/chromium, axe-core at
// $DRIA_AXE_JS, skipped without them unless DRIA_REQUIRE_BROWSER=1. Screenshots go to $DRIA_SCREENSHOT_DIR, or
// to the test's temporary folder.

// requestLog records the addresses the page asked for and script errors.
type requestLog struct {
	mu         sync.Mutex
	requests   []string
	exceptions []string
}

// browser starts headless Chromium with a fresh profile.
func browser(t *testing.T) (context.Context, *requestLog) {
	t.Helper()
	ctx := browsertest.Start(t)
	log := &requestLog{}
	err := chromedp.Listen(ctx, func(ev any) {
		log.mu.Lock()
		defer log.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			log.requests = append(log.requests, e.Request.URL)
		case *runtime.EventExceptionThrown:
			log.exceptions = append(log.exceptions, e.ExceptionDetails.Text)
		}
	})
	require.NoError(t, err, "starting Chromium at %s", browsertest.ChromiumPath())
	_, err = chromedp.Call(ctx, network.Enable, network.EnableParams{})
	require.NoError(t, err, "starting Chromium at %s", browsertest.ChromiumPath())
	return ctx, log
}

// assertLocal checks that every request went to the workbench.
func (l *requestLog) assertLocal(t *testing.T, base string) {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, r := range l.requests {
		assert.True(t, strings.HasPrefix(r, base+"/") || strings.HasPrefix(r, "data:"), "a request to another host: %s", r)
	}
	assert.Empty(t, l.exceptions, "script errors")
}

// activeID is the id of the focused element.
func activeID(t *testing.T, ctx context.Context) string {
	return browsertest.EvalJS[string](t, ctx, `document.activeElement ? document.activeElement.id : ""`)
}

// tabTo presses Tab until the element with id has the focus, proving it
// can be reached by keyboard.
func tabTo(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	for range 600 {
		if activeID(t, ctx) == id {
			return
		}
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)))
	}
	t.Fatalf("Tab never reached #%s", id)
}

// chooseRadio tabs into a group of radios and moves with the arrow keys to
// the answer with id.
func chooseRadio(t *testing.T, ctx context.Context, name, id string) {
	t.Helper()
	for range 600 {
		if browsertest.EvalJS[string](t, ctx, `document.activeElement ? document.activeElement.name || "" : ""`) == name {
			break
		}
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)))
	}
	for range 20 {
		if activeID(t, ctx) == id {
			assert.True(t, browsertest.EvalJS[bool](t, ctx, `document.activeElement.checked`))
			return
		}
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowDown)))
	}
	t.Fatalf("the arrow keys never reached #%s", id)
}

// typeInto tabs to a text box and types.
func typeInto(t *testing.T, ctx context.Context, id, text string) {
	t.Helper()
	tabTo(t, ctx, id)
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(text)))
}

// press presses Enter on the element with id and waits for the next page.
func press(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	tabTo(t, ctx, id)
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter), chromedp.Sleep(300*time.Millisecond), chromedp.WaitReady("body")))
}

// screenshot keeps a picture of the page at desktop and phone width.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("DRIA_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	for width, label := range map[int64]string{1280: "desktop", 390: "phone"} {
		require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(width, 900), chromedp.Sleep(100*time.Millisecond)))
		shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "serve-"+name+"-"+label+".png"), shot, 0o644))
		scroll := browsertest.EvalJS[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`)
		assert.False(t, scroll, "%s at %dpx scrolls sideways", name, width)
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)))
}

// TestBrowserFillsADescriptionByKeyboardAlone starts a description, answers
// questions, sees a mistake on its question, puts it right, checks the
// answers and assesses, pressing only keys.
func TestBrowserFillsADescriptionByKeyboardAlone(t *testing.T) {
	ctx, log := browser(t)
	ts := newTestServer(t, "")
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitReady(chromedp.CSS("body"))))
	typeInto(t, ctx, "new-file", "keyboard")
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter), chromedp.Sleep(300*time.Millisecond), chromedp.WaitReady("#questions")))
	assert.Equal(t, "Metadata", browsertest.EvalJS[string](t, ctx, `document.querySelector("h1").textContent`))

	// A mistake: the live check shows it on the question before saving...
	typeInto(t, ctx, "q-metadata-name", "Keyboard System")
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab), chromedp.WaitVisible(chromedp.ID("q-metadata-name-error"))))
	assert.Contains(t, browsertest.EvalJS[string](t, ctx, `document.getElementById("q-metadata-name-error").textContent`), "metadata.name must be a DNS-label slug")
	assert.Contains(t, browsertest.EvalJS[string](t, ctx, `document.getElementById("q-metadata-name").getAttribute("aria-describedby")`), "q-metadata-name-error")
	// ...and saving shows the error summary, with the focus on it.
	press(t, ctx, "save-next")
	assert.Equal(t, "Error: Metadata – dria workbench", browsertest.EvalJS[string](t, ctx, `document.title`))
	assert.True(t, browsertest.EvalJS[bool](t, ctx, `document.activeElement.classList.contains("error-summary")`), "the focus is on the error summary")
	assert.Contains(t, browsertest.EvalJS[string](t, ctx, `[...document.querySelectorAll(".error-summary a")].map(a => a.getAttribute("href")).join(" ")`), "#q-metadata-name")
	assert.Contains(t, browsertest.EvalJS[string](t, ctx, `document.getElementById("q-metadata-title-error").textContent`), `metadata is missing the required key "title"`)
	screenshot(t, ctx, "errors")

	// Put right: select the name, type over it, answer the title.
	tabTo(t, ctx, "q-metadata-name")
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent("a", chromedp.KeyModifiers(2 /* ctrl */)), chromedp.KeyEvent("keyboard-system")))
	typeInto(t, ctx, "q-metadata-title", "Keyboard system")
	press(t, ctx, "save-next")
	assert.Equal(t, "Whom the system touches", browsertest.EvalJS[string](t, ctx, `document.querySelector("h1").textContent`))
	chooseRadio(t, ctx, "spec.scope.personalData", "q-spec-scope-personalData-0")
	chooseRadio(t, ctx, "spec.scope.decisionsAboutPeople", "q-spec-scope-decisionsAboutPeople-0")
	press(t, ctx, "save-check")
	assert.Equal(t, "Check your answers", browsertest.EvalJS[string](t, ctx, `document.querySelector("h1").textContent`))
	press(t, ctx, "assess-link")
	assert.Contains(t, browsertest.EvalJS[string](t, ctx, `document.querySelector("h1").textContent`), "Assessment of keyboard.yaml")
	press(t, ctx, "report-link")
	assert.Contains(t, browsertest.EvalJS[string](t, ctx, `document.body.textContent`), "Keyboard system")

	data, err := os.ReadFile(filepath.Join(ts.dir, "keyboard.yaml"))
	require.NoError(t, err)
	_, err = schema.LoadDescriptions("keyboard.yaml", data)
	require.NoError(t, err, "%s", data)
	assert.Contains(t, string(data), "name: keyboard-system")
	assert.Contains(t, string(data), "personalData: true")
	log.assertLocal(t, ts.URL)
}

// TestBrowserAccessibility runs axe-core on every kind of page at desktop
// and phone width: no serious or critical violation.
func TestBrowserAccessibility(t *testing.T) {
	axe := browsertest.AxeScript(t)
	ctx, log := browser(t)
	dir, _ := copyExamples(t)
	ts := newTestServer(t, dir)
	compare := "file=welfare-risk-scoring.yaml&file=hiring-screener.yaml&file=messaging-app.yaml"
	pages := map[string]string{
		"home":              "/",
		"questionnaire":     editPath("welfare-risk-scoring.yaml", "decisions"),
		"questionnaire-new": editPath("welfare-risk-scoring.yaml", "components"),
		"errors":            "/edit?file=welfare-risk-scoring.yaml&section=metadata",
		"check-answers":     "/check?file=welfare-risk-scoring.yaml",
		"assess":            "/assess?file=welfare-risk-scoring.yaml",
		"report":            "/report?file=welfare-risk-scoring.yaml&format=html",
		"comparison":        "/assess?" + compare,
		"comparison-report": "/report?format=html&" + compare,
	}
	for name, p := range pages {
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL+p), chromedp.WaitReady(chromedp.CSS("body")), chromedp.Sleep(200*time.Millisecond)))
		if name == "errors" { // a page with an error summary and errors on questions
			require.NoError(t, chromedp.Do(ctx, chromedp.SetValue(chromedp.ID("q-metadata-name"), "Not A Slug"), chromedp.Submit(chromedp.ID("questions")), chromedp.Sleep(300*time.Millisecond), chromedp.WaitReady(chromedp.CSS(".error-summary"))))
		}
		for _, width := range []int64{1280, 390} {
			require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(width, 900)))
			for _, v := range browsertest.Axe(t, ctx, axe) {
				msg := fmt.Sprintf("%s at %dpx: %s violation %s (%s) at %v", name, width, v.Impact, v.ID, v.Help, v.Nodes)
				if v.Serious() {
					t.Error(msg)
				} else {
					t.Log(msg)
				}
			}
		}
		screenshot(t, ctx, name)
	}
	log.assertLocal(t, ts.URL)
}
