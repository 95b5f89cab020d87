package main

import (
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressMinFiles is the smallest batch that gets a progress bar: a few
// files are done before a bar would be worth reading.
const progressMinFiles = 8

// progress is the progress bar of dria assess on standard error: files
// done of the total, the rate and the time left. It is drawn by
// schollz/progressbar with carriage returns only (no cursor movement and
// no colour codes), through a controlWriter that lets the carriage returns
// reach the terminal and passes the bar's text through the safetext
// filter. The bar's text is dria's own (a word and numbers): no file name
// or other user string is ever part of it. A nil *progress draws nothing.
//
// Its methods are safe to call from several goroutines: done may come
// from the runaway handler while the batch goes on.
type progress struct {
	mu      sync.Mutex
	bar     *progressbar.ProgressBar
	out     *controlWriter
	stopped bool
}

// newProgress returns the bar for a batch of total files, or nil when no
// bar is wanted: standard error is not a terminal, the run is quiet, or
// the batch is small.
func newProgress(stderr io.Writer, total int, quiet bool) *progress {
	t, ok := stderr.(terminal)
	if !ok || quiet || total < progressMinFiles {
		return nil
	}
	out := &controlWriter{t: t, allow: carriageReturn}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(out),
		progressbar.OptionSetDescription("assessing"),
		progressbar.OptionSetWidth(barWidth(terminalWidth(t, 80))),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("files"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{bar: bar, out: out}
}

// barWidth fits the bar to a terminal of cols columns, leaving room for
// the word before it and the figures after it.
func barWidth(cols int) int {
	const besides = 60 // "assessing 100% |" and "| (10000/10000, 120 files/s) [1m40s:0s]"
	return min(max(cols-besides, 10), 40)
}

// add moves the bar on by n files.
func (p *progress) add(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.stopped {
		_ = p.bar.Add(n)
	}
}

// done erases the bar from its line, whether the batch finished or not,
// so that whatever is printed next starts on a clean line.
func (p *progress) done() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	p.stopped = true
	if !p.bar.IsFinished() {
		_ = p.bar.Clear()
	}
	_ = p.bar.Exit()
	_ = p.out.Flush()
}
