package main

import "runtime/debug"

// compileMemoryLimit caps the heap while the garbage collector is off
// during start-up: past it the collector runs anyway. Loading the built-in
// rules peaks at about 85 MB this way (60 MB with the collector on).
const compileMemoryLimit = 512 << 20

// Bounds of a small run, which keeps the collector off to the end: a few
// files (no progress bar) of at most smallRunBytes together. Assessing one
// allocates a few MB, so collecting it costs more than it frees; the first
// collection after loading the rules took about a tenth of a one-file
// run's wall time.
const (
	smallRunFiles = 4
	smallRunBytes = 1 << 20
)

// smallRun reports whether the run is small enough to assess with the
// collector off.
func (r *assessRun) smallRun() bool {
	if len(r.inputs) > smallRunFiles {
		return false
	}
	var n int
	for _, in := range r.inputs {
		n += len(in.Data)
	}
	return n <= smallRunBytes
}

// collector holds the garbage collector's settings while dria assess
// turns it off: compiling the rules allocates a lot of short-lived data,
// and collecting it as it goes costs about a tenth of the command's CPU.
type collector struct {
	percent  int
	limit    int64
	restored bool
}

// collectorOff turns the collector off under compileMemoryLimit.
func collectorOff() *collector {
	c := &collector{limit: debug.SetMemoryLimit(compileMemoryLimit)}
	c.percent = debug.SetGCPercent(-1)
	return c
}

// afterLoad decides, once the rules are loaded, how the assessments run.
// A large run gets the collector back as it was, so the memory watch
// (which reads the live heap each collection finds) sees a normally
// collected heap. A small run keeps it off, under a memory limit of the
// evaluation's own (--max-memory) plus 64 MiB but at most
// compileMemoryLimit: a runaway evaluation then makes the collector run at
// that limit, the watch sees the live heap grow past --max-memory and
// stops it, as with the collector on.
func (c *collector) afterLoad(small bool, evalLimit uint64) {
	if !small {
		c.restore()
		return
	}
	debug.SetMemoryLimit(int64(min(evalLimit+64<<20, compileMemoryLimit)))
}

// restore gives the collector back its settings; calling it again does
// nothing.
func (c *collector) restore() {
	if c.restored {
		return
	}
	c.restored = true
	debug.SetGCPercent(c.percent)
	debug.SetMemoryLimit(c.limit)
}
