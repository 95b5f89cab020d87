package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
)

// benchInputs are 48 descriptions, the examples repeated under names of
// their own.
func benchInputs(b *testing.B) []assess.Input {
	b.Helper()
	files, err := filepath.Glob("../../examples/systems/*.yaml")
	require.NoError(b, err)
	var in []assess.Input
	for i := 0; len(in) < 48; i++ {
		f := files[i%len(files)]
		data, err := os.ReadFile(f)
		require.NoError(b, err)
		text := strings.Replace(string(data), "\n  name: ", fmt.Sprintf("\n  name: copy%02d-", i), 1)
		in = append(in, assess.Input{Path: fmt.Sprintf("%s#%d", f, i), Data: []byte(text)})
	}
	return in
}

// BenchmarkBatchWhole and BenchmarkBatchChunked compare one AssessBatch
// of 48 files with the chunks that move the progress bar (the chunk size
// dria uses on this machine): the difference is what the bar costs.
func BenchmarkBatchWhole(b *testing.B) { benchmarkBatch(b, 0) }

func BenchmarkBatchChunked(b *testing.B) { benchmarkBatch(b, chunkSize(48)) }

func benchmarkBatch(b *testing.B, size int) {
	in := benchInputs(b)
	a, err := assess.New(context.Background())
	require.NoError(b, err)
	b.ResetTimer()
	for b.Loop() {
		var rep *assess.Report
		if size == 0 {
			rep, err = a.AssessBatch(context.Background(), in)
		} else {
			rep, err = assessInChunks(context.Background(), a, in, nil, size, func(int) {})
		}
		require.NoError(b, err)
		require.Len(b, rep.Assessments, len(in))
	}
}
