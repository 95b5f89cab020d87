package main

import (
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/dria-project/dria/assess"
)

// The collector is off while the rules load; a large run gets it back
// before assessing, a small one at the end, under a memory limit tied to
// --max-memory; either way the settings are restored once.
func TestCollectorSettings(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	limit := debug.SetMemoryLimit(-1)

	c := collectorOff()
	assert.Equal(t, -1, debug.SetGCPercent(-1), "off while the rules load")
	assert.Equal(t, int64(compileMemoryLimit), debug.SetMemoryLimit(-1))
	c.afterLoad(true, 64<<20)
	assert.Equal(t, int64(128<<20), debug.SetMemoryLimit(-1), "a small run: --max-memory plus 64 MiB")
	assert.Equal(t, -1, debug.SetGCPercent(-1), "still off for a small run")
	c.restore()
	assert.Equal(t, 100, debug.SetGCPercent(100))
	assert.Equal(t, limit, debug.SetMemoryLimit(-1))

	c = collectorOff()
	c.afterLoad(false, 512<<20)
	assert.Equal(t, 100, debug.SetGCPercent(100), "a large run gets the collector back before assessing")
	debug.SetGCPercent(50)
	c.restore() // a second restore changes nothing
	assert.Equal(t, 50, debug.SetGCPercent(100))

	c = collectorOff()
	c.afterLoad(true, 4<<30)
	assert.Equal(t, int64(compileMemoryLimit), debug.SetMemoryLimit(-1), "never above the start-up limit")
	c.restore()
}

func TestSmallRun(t *testing.T) {
	small := &assessRun{inputs: []assess.Input{{Data: make([]byte, 1000)}}}
	assert.True(t, small.smallRun())
	many := &assessRun{inputs: make([]assess.Input, smallRunFiles+1)}
	assert.False(t, many.smallRun(), "more files than a small run")
	big := &assessRun{inputs: []assess.Input{{Data: make([]byte, smallRunBytes+1)}}}
	assert.False(t, big.smallRun(), "more bytes than a small run")
}
