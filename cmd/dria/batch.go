package main

import (
	"context"
	"errors"
	"runtime"

	"github.com/dria-project/dria/assess"
)

// The assess library has no progress hook, so to move a progress bar the
// command assesses a large batch in chunks, each with AssessBatch (which
// keeps every core busy within a chunk), and merges the chunks' reports
// into the report one AssessBatch of every input would give, byte for
// byte: assessments and errors in input order, and the waiver summary
// judged across all systems. Two things a whole batch decides across its
// inputs are handled here: the waiver summary is merged (applied findings
// add up; a waiver is stale when it is stale in every chunk; expired
// waivers are listed once), and a system name reused in a later chunk,
// which only a whole batch can report as AssessBatch does, makes the
// command assess the whole batch again at once (that batch fails with
// exit 2 anyway).

// errNameInTwoChunks says that two chunks hold systems of the same name.
var errNameInTwoChunks = errors.New("a system name is used in two chunks")

// chunkSize is how many inputs one chunk holds: enough for every worker
// to have several (so that a chunk's slowest file idles few cores), and
// at most about a hundredth of the batch (so that the bar moves).
func chunkSize(total int) int {
	return max(4*runtime.GOMAXPROCS(0), (total+99)/100)
}

// assessBatch assesses the inputs, in chunks of size that move the bar
// when there is one, or else in one batch. It returns what
// assess.AssessBatch does. waivers are the assessor's waivers, in their
// file's order.
func assessBatch(ctx context.Context, a *assess.Assessor, inputs []assess.Input, waivers []assess.Waiver, bar *progress, size int) (*assess.Report, error) {
	if bar == nil || size >= len(inputs) {
		rep, err := a.AssessBatch(ctx, inputs)
		bar.add(len(inputs))
		return rep, err
	}
	rep, err := assessInChunks(ctx, a, inputs, waivers, size, bar.add)
	if errors.Is(err, errNameInTwoChunks) {
		return a.AssessBatch(ctx, inputs)
	}
	return rep, err
}

// chunkMerge accumulates the chunks' reports into one.
type chunkMerge struct {
	rep      *assess.Report
	failures []assess.InputError
	names    map[string]bool
	waivers  []assess.Waiver
	expired  map[assess.Waiver]bool
	// stale counts, for each waiver, the chunks it was stale in.
	stale  map[assess.Waiver]int
	chunks int
}

// assessInChunks assesses the inputs size at a time, calling done with
// the number of inputs of each chunk assessed.
func assessInChunks(ctx context.Context, a *assess.Assessor, inputs []assess.Input, waivers []assess.Waiver, size int, done func(int)) (*assess.Report, error) {
	m := &chunkMerge{rep: a.NewReport(), names: map[string]bool{}, waivers: waivers,
		expired: map[assess.Waiver]bool{}, stale: map[assess.Waiver]int{}}
	for start := 0; start < len(inputs); start += size {
		chunk := inputs[start:min(start+size, len(inputs))]
		rep, err := a.AssessBatch(ctx, chunk)
		if err := m.add(rep, err); err != nil {
			return nil, err
		}
		done(len(chunk))
	}
	return m.result()
}

// add merges one chunk's report and error.
func (m *chunkMerge) add(rep *assess.Report, err error) error {
	var be *assess.BatchError
	if rep == nil || (err != nil && !errors.As(err, &be)) {
		return err
	}
	chunkNames := make(map[string]bool, len(rep.Assessments))
	for _, x := range rep.Assessments {
		if m.names[x.System.Name] {
			return errNameInTwoChunks
		}
		chunkNames[x.System.Name] = true
	}
	for n := range chunkNames {
		m.names[n] = true
	}
	m.rep.Assessments = append(m.rep.Assessments, rep.Assessments...)
	m.rep.Errors = append(m.rep.Errors, rep.Errors...)
	if be != nil {
		m.failures = append(m.failures, be.Failures...)
	}
	m.addWaivers(rep.Waivers)
	return nil
}

// addWaivers merges one chunk's waiver summary.
func (m *chunkMerge) addWaivers(s *assess.WaiverSummary) {
	if s == nil {
		return
	}
	m.chunks++
	if m.rep.Waivers == nil {
		m.rep.Waivers = &assess.WaiverSummary{Expired: []assess.Waiver{}, Stale: []assess.Waiver{}}
	}
	m.rep.Waivers.Applied += s.Applied
	for _, w := range s.Expired {
		m.expired[w] = true
	}
	for _, w := range uniqueWaivers(s.Stale) {
		m.stale[w]++
	}
}

// result is the merged report, with a *assess.BatchError of every failed
// input when there is one, like AssessBatch's.
func (m *chunkMerge) result() (*assess.Report, error) {
	if s := m.rep.Waivers; s != nil {
		for _, w := range m.waivers {
			switch {
			case m.expired[w]:
				s.Expired = append(s.Expired, w)
			case m.stale[w] == m.chunks:
				s.Stale = append(s.Stale, w)
			}
		}
	}
	if len(m.failures) > 0 {
		return m.rep, &assess.BatchError{Failures: m.failures}
	}
	return m.rep, nil
}

// uniqueWaivers drops repeats of a waiver (two identical waivers are
// stale in the same chunks).
func uniqueWaivers(ws []assess.Waiver) []assess.Waiver {
	seen := make(map[assess.Waiver]bool, len(ws))
	out := ws[:0:0]
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}
