package report

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/internal/browsertest"
)

// These tests open HTML reports in headless Chromium through the DevTools
// protocol, started by internal/browsertest: Chromium at $DRIA_CHROMIUM or
// /usr/bin/chromium, axe-core at $DRIA_AXE_JS, skipped without them unless
// DRIA_REQUIRE_BROWSER=1 (set by .ci/run, which installs both).
// DRIA_SCREENSHOT_DIR keeps the screenshots.

// pageLog records what a page did: every network request, JavaScript
// dialog (alert, confirm, prompt), console message and uncaught exception.
type pageLog struct {
	mu         sync.Mutex
	requests   []string
	blocked    []string // requests the Content-Security-Policy stopped
	dialogs    []string
	console    []string
	exceptions []string
	ids        map[string]string // request id to URL
}

func (l *pageLog) add(list *[]string, s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	*list = append(*list, s)
}

func (l *pageLog) snapshot() (requests, dialogs, console, exceptions []string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.requests...), append([]string(nil), l.dialogs...),
		append([]string(nil), l.console...), append([]string(nil), l.exceptions...)
}

// browser starts headless Chromium with no network services of its own and
// a fresh profile, and returns a tab that records into the log.
func browser(t *testing.T) (context.Context, *pageLog) {
	t.Helper()
	ctx := browsertest.Start(t)

	log := &pageLog{ids: map[string]string{}}
	dialogs := make(chan struct{}, 16)
	err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			log.add(&log.requests, e.Request.URL)
			log.mu.Lock()
			log.ids[string(e.RequestID)] = e.Request.URL
			log.mu.Unlock()
		case *network.EventLoadingFailed:
			if e.BlockedReason == network.BlockedReasonCsp {
				log.mu.Lock()
				log.blocked = append(log.blocked, log.ids[string(e.RequestID)])
				log.mu.Unlock()
			}
		case *page.EventJavascriptDialogOpening:
			log.add(&log.dialogs, e.Message)
			dialogs <- struct{}{}
		case *runtime.EventConsoleAPICalled:
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, string(a.Value))
			}
			log.add(&log.console, strings.Join(parts, " "))
		case *runtime.EventExceptionThrown:
			log.add(&log.exceptions, e.ExceptionDetails.Text)
		}
	})
	require.NoError(t, err, "starting Chromium at %s", browsertest.ChromiumPath())
	// A dialog blocks the page until it is closed, from outside the
	// listener.
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-dialogs:
				_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
			}
		}
	}()
	_, err = chromedp.Call(ctx, network.Enable, network.EnableParams{})
	require.NoError(t, err, "starting Chromium at %s", browsertest.ChromiumPath())
	return ctx, log
}

// writePage writes a page into a temporary directory and returns its
// file:// URL.
func writePage(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

// open loads a page and waits for it, and a little longer, so that an
// injected script or a failed image would have run its handler.
func open(t *testing.T, ctx context.Context, pageURL string) {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(pageURL), chromedp.WaitReady(chromedp.CSS("body")), chromedp.Sleep(300*time.Millisecond)))
}

// assertLocalOnly checks that the page requested nothing but itself (and
// data: or about: URLs).
func assertLocalOnly(t *testing.T, log *pageLog, pageURL string) {
	t.Helper()
	requests, _, _, _ := log.snapshot()
	for _, r := range requests {
		u, err := url.Parse(r)
		require.NoError(t, err)
		assert.Contains(t, []string{"file", "data", "about"}, u.Scheme, "the page requested %s", r)
	}
	assert.Contains(t, requests, pageURL)
}

// distinctColours counts the colours of a sample of an image's pixels.
func distinctColours(img image.Image) int {
	seen := map[color.Color]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			seen[img.At(x, y)] = true
		}
	}
	return len(seen)
}

// TestBrowserShowsTheSummary opens reports (the rich pair of systems and
// the vendors with the test pack, the welfare example and the vendors with
// the built-in rules) at desktop and phone widths, checks that the summary
// is shown, takes a screenshot and checks that the page loaded nothing from
// the network.
func TestBrowserShowsTheSummary(t *testing.T) {
	ctx, log := browser(t)
	for _, c := range []reportCase{goldenCase(t, "rich"), goldenCase(t, "vendors"), builtinCase(t, "welfare-risk-scoring"), builtinCase(t, "vendors")} {
		r := caseReport(t, c)
		pageURL := writePage(t, c.name+".html", renderCase(t, "html", c))
		for _, width := range []int64{1280, 390} {
			require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(width, 900)))
			open(t, ctx, pageURL)
			assert.Equal(t, "Digital-rights impact assessment", browsertest.EvalJS[string](t, ctx, `document.querySelector('h1').textContent`))
			assert.Equal(t, "en", browsertest.EvalJS[string](t, ctx, `document.documentElement.lang`))
			summaries := browsertest.EvalJS[[]string](t, ctx, `[...document.querySelectorAll('h3')].filter(h => h.textContent === 'Summary').map(h => {
				const r = h.getBoundingClientRect(); return r.width > 0 && r.height > 0 ? 'visible' : 'hidden' })`)
			assert.Len(t, summaries, len(r.Assessments), c.name)
			for _, s := range summaries {
				assert.Equal(t, "visible", s)
			}
			text := browsertest.EvalJS[string](t, ctx, `document.body.innerText`)
			a := r.Assessments[0]
			assert.Contains(t, text, "Impact level: "+a.Summary.ImpactLevel)
			assert.Contains(t, text, "Risk: inherent "+severityLabel(a.Summary.InherentRisk)+" → residual "+severityLabel(a.Summary.ResidualRisk))
			if width == 390 {
				overflow := browsertest.EvalJS[bool](t, ctx, `document.documentElement.scrollWidth > document.documentElement.clientWidth + 1`)
				assert.False(t, overflow, "%s: the page scrolls sideways on a phone (only tables may)", c.name)
				if n := len(r.Assessments); n > 1 && n <= reflowMaxSystems {
					cut := browsertest.EvalJS[int](t, ctx, `[...document.querySelectorAll('.scroll[aria-labelledby=comparison] th, .scroll[aria-labelledby=comparison] td')]
						.filter(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length`)
					assert.Zero(t, cut, "%s: no cell of the comparison is cut off on a phone (it reflows)", c.name)
				}
			}
			shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			require.NoError(t, err)
			img, err := png.Decode(bytes.NewReader(shot))
			require.NoError(t, err)
			assert.Equal(t, int(width), img.Bounds().Dx())
			assert.Equal(t, 900, img.Bounds().Dy())
			assert.Greater(t, distinctColours(img), 4, "the screenshot shows text and badges")
			if dir := os.Getenv("DRIA_SCREENSHOT_DIR"); dir != "" {
				require.NoError(t, os.WriteFile(filepath.Join(dir, c.name+"-"+map[int64]string{1280: "desktop", 390: "phone"}[width]+".png"), shot, 0o644))
			}
		}
		assertLocalOnly(t, log, pageURL)
	}
	_, dialogs, _, exceptions := log.snapshot()
	assert.Empty(t, dialogs)
	assert.Empty(t, exceptions)
}

// TestBrowserRunsNoInjectedScript opens the reports of the hostile
// description (with the test pack and with the built-in rules), whose
// title, purpose and other strings hold scripts, event handlers and
// javascript: links, and checks that nothing ran, nothing was requested and
// the strings show as text. Two control pages show that the recorder does
// see a script that runs and a request that leaves.
func TestBrowserRunsNoInjectedScript(t *testing.T) {
	ctx, log := browser(t)
	for _, c := range []reportCase{goldenCase(t, "hostile"), builtinCase(t, "hostile")} {
		r := caseReport(t, c)
		before, _, _, _ := log.snapshot()
		pageURL := writePage(t, c.name+".html", renderCase(t, "html", c))
		open(t, ctx, pageURL)
		requests, dialogs, console, exceptions := log.snapshot()
		assert.Empty(t, dialogs, "%s: an injected script ran", c.name)
		assert.Empty(t, console, c.name)
		assert.Empty(t, exceptions, c.name)
		assertLocalOnly(t, log, pageURL)
		assert.Equal(t, 0, browsertest.EvalJS[int](t, ctx, `document.querySelectorAll('script, img, iframe, a, link, object, embed, form, input, body style, foreignObject, use, image, [onerror], [onload], [onclick], [href]').length`), c.name)
		assert.Equal(t, 0, browsertest.EvalJS[int](t, ctx, `[...document.querySelectorAll('svg *')].filter(e => !['rect', 'text'].includes(e.localName)).length`), "%s: the pictures hold only rectangles and text", c.name)
		text := browsertest.EvalJS[string](t, ctx, `document.body.innerText`)
		assert.Contains(t, text, r.Assessments[0].System.Title, c.name)
		assert.Contains(t, text, r.Assessments[0].System.Owner, c.name)
		assert.Contains(t, text, "<script>alert('recipient')</script>", c.name)
		assert.Equal(t, "Digital-rights impact assessment: "+r.Assessments[0].System.Title, browsertest.EvalJS[string](t, ctx, `document.title`), c.name)
		assert.Len(t, requests, len(before)+1, "%s: the page requested only itself", c.name)
	}

	// Controls: the same kind of payload as real markup, without the
	// report's Content-Security-Policy, is seen by the recorder.
	control := writePage(t, "control.html", []byte(`<!DOCTYPE html><html lang="en"><title>c</title>
<img src="x" onerror="alert('control')"><img src="http://127.0.0.1:9/beacon.png">`))
	open(t, ctx, control)
	requests, dialogs, _, _ := log.snapshot()
	assert.Equal(t, []string{"control"}, dialogs, "the recorder sees a dialog")
	assert.Contains(t, requests, "http://127.0.0.1:9/beacon.png", "the recorder sees a request")

	// And with the report's policy, the same markup runs nothing, and its
	// request is stopped before it leaves.
	guarded := writePage(t, "guarded.html", []byte(`<!DOCTYPE html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="`+contentSecurityPolicy+`"><title>g</title></head>
<body><img src="x" onerror="alert('guarded')"><img src="http://127.0.0.1:9/guarded.png"><script>alert('inline')</script></body></html>`))
	open(t, ctx, guarded)
	_, dialogs, _, _ = log.snapshot()
	assert.Equal(t, []string{"control"}, dialogs, "the policy blocks scripts and handlers")
	log.mu.Lock()
	assert.Contains(t, log.blocked, "http://127.0.0.1:9/guarded.png", "the policy blocks requests")
	assert.NotContains(t, log.blocked, "http://127.0.0.1:9/beacon.png")
	log.mu.Unlock()
}

// TestBrowserShowsBareLinksAsText opens the reports of the description
// full of bare URLs and e-mail addresses (with the test pack and with the
// built-in rules): the page has no link, and shows them as written.
func TestBrowserShowsBareLinksAsText(t *testing.T) {
	ctx, _ := browser(t)
	for _, c := range []reportCase{goldenCase(t, "bare-links"), builtinCase(t, "bare-links")} {
		r := caseReport(t, c)
		open(t, ctx, writePage(t, c.name+".html", renderCase(t, "html", c)))
		assert.Equal(t, 0, browsertest.EvalJS[int](t, ctx, `document.querySelectorAll('a, [href]').length`), c.name)
		text := browsertest.EvalJS[string](t, ctx, `document.body.innerText`)
		assert.Contains(t, text, r.Assessments[0].System.Title, c.name)
		assert.Contains(t, text, r.Assessments[0].System.Owner, c.name)
	}
}

// axeViolation is one rule axe-core found broken.
// TestBrowserAccessibility runs axe-core (WCAG 2.0, 2.1 A and AA and best
// practices) at desktop and phone widths in the page of every golden case
// (waivers and overrides among them) and of a few reports made with the
// built-in rules, and expects no serious or critical violations.
func TestBrowserAccessibility(t *testing.T) {
	axe := browsertest.AxeScript(t)
	ctx, log := browser(t)
	cases := append(goldenCases(t), builtinCase(t, "welfare-risk-scoring"), builtinCase(t, "hostile"),
		builtinCase(t, "messaging-app"), builtinCase(t, "vendors"))
	pages := map[string][]byte{}
	for _, c := range cases {
		pages[c.name] = renderCase(t, "html", c)
	}
	for name, html := range pages {
		pageURL := writePage(t, name+".html", html)
		for _, width := range []int64{1280, 390} {
			require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(width, 900)))
			open(t, ctx, pageURL)
			for _, v := range browsertest.Axe(t, ctx, axe) {
				if v.Serious() {
					t.Errorf("%s at %dpx: %s violation %s (%s) at %v", name, width, v.Impact, v.ID, v.Help, v.Nodes)
				} else {
					t.Logf("%s at %dpx: %s violation %s (%s) at %v", name, width, v.Impact, v.ID, v.Help, v.Nodes)
				}
			}
			assert.Equal(t, "function", browsertest.EvalJS[string](t, ctx, `typeof axe.run`))
		}
	}
	_, dialogs, _, _ := log.snapshot()
	assert.Empty(t, dialogs)
}

// procurementVendors are the three vendors of examples/procurement.
var procurementVendors = []string{
	"examples/procurement/vendors/vendor-a.yaml",
	"examples/procurement/vendors/vendor-b.yaml",
	"examples/procurement/vendors/vendor-c.yaml",
}

// printedPages prints the page open in the tab to PDF (A4, the page's own
// print styles, backgrounds) and counts its pages.
func printedPages(t *testing.T, ctx context.Context) int {
	t.Helper()
	yes := true
	res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: 8.27, PaperHeight: 11.69, PrintBackground: &yes})
	require.NoError(t, err, "printing to PDF")
	pdf := res.Data
	require.True(t, bytes.HasPrefix(pdf, []byte("%PDF-")), "Chromium printed a PDF")
	if dir := os.Getenv("DRIA_SCREENSHOT_DIR"); dir != "" {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "print-"+strings.ReplaceAll(t.Name(), "/", "-")+".pdf"), pdf, 0o644))
	}
	return len(pdfPage.FindAll(pdf, -1))
}

// pdfPage matches the dictionary of one page of a PDF (not of the page
// tree, /Type /Pages).
var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// TestBrowserPrintsTheVendorsShort prints the comparison of the three
// bundled vendors (examples/procurement, the built-in rules) in headless
// Chromium: in summary mode it fits in 12 A4 pages, the full print is
// longer (it has the appendix), each system starts on a page of its own,
// and each system's summary fits on one page.
func TestBrowserPrintsTheVendorsShort(t *testing.T) {
	ctx, _ := browser(t)
	c := reportCase{name: "procurement", paths: procurementVendors, rules: builtinRules}
	r := caseReport(t, c)
	require.Len(t, r.Assessments, 3)
	pages := map[Detail]int{}
	for _, d := range Details() {
		rn, err := ForFormat("html", WithRules(caseRules(t, c)), WithDetail(d))
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, rn.Render(&buf, r))
		open(t, ctx, writePage(t, "procurement-"+string(d)+".html", buf.Bytes()))
		pages[d] = printedPages(t, ctx)
		t.Logf("the three vendors print on %d pages with detail %s", pages[d], d)
	}
	assert.LessOrEqual(t, pages[DetailSummary], 12, "the summary print of the three vendors")
	// Each system's heading and summary fit on one A4 page: in print
	// media at the width of the page inside its margins (210 mm less 2 ×
	// 12 mm at 96 px an inch), the summary ends within the page's height.
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(703, 1000)))
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	require.NoError(t, err)
	heights := browsertest.EvalJS[[]int](t, ctx, `[...document.querySelectorAll('h2')].filter(h => h.nextElementSibling && h.nextElementSibling.nextElementSibling &&
		h.nextElementSibling.nextElementSibling.id.startsWith('summary')).map(h => {
			let e = h.nextElementSibling.nextElementSibling.nextElementSibling;
			while (e && e.tagName !== 'H3' && e.tagName !== 'H2') e = e.nextElementSibling;
			return Math.round(e.getBoundingClientRect().top - h.getBoundingClientRect().top) })`)
	require.Len(t, heights, 3)
	for i, h := range heights {
		assert.LessOrEqual(t, h, 1032, "the summary of %s fits on one printed page", r.Assessments[i].System.Name)
	}
	t.Logf("the summaries print %v px high, of 1032", heights)
	assert.GreaterOrEqual(t, pages[DetailSummary], 4, "the comparison and each system start on a page of their own")
	assert.Greater(t, pages[DetailFull], pages[DetailSummary], "the full print adds the appendix")
}
