package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
)

var updateBad = flag.Bool("update-bad", false, "rewrite the expected errors of testdata/bad")

// TestBadInputCorpus runs every file of testdata/bad through validate and
// assess: each must exit 2 with exactly the located message of its
// .golden file (go test ./cmd/dria -update-bad rewrites them), never
// panic, hang or exit 0, and assess must print the same problems and a
// report that lists the file as not assessed, with every problem.
func TestBadInputCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "bad")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	n := 0
	for _, e := range entries {
		if e.IsDir() || strings.HasSuffix(e.Name(), ".golden") {
			continue
		}
		n++
		path := filepath.Join(dir, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			r := dria(t, "validate", path)
			assert.Equal(t, 2, r.code)
			assert.Empty(t, r.stdout)
			golden := path + ".golden"
			got := strings.ReplaceAll(r.stderr, filepath.ToSlash(dir)+"/", "")
			if *updateBad {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./cmd/dria -run BadInput -update-bad")
			assert.Equal(t, string(want), got)
			for _, line := range strings.Split(strings.TrimSpace(got), "\n") {
				assert.Regexp(t, `^[^:]+:\d+:\d+: \S`, line, "every problem is located")
			}

			a := dria(t, "assess", "--format", "json", path)
			assert.Equal(t, 2, a.code)
			assert.Equal(t, r.stderr, a.stderr, "assess reports the same problems")
			failed := unassessed(t, a.stdout)
			require.Len(t, failed, 1)
			assert.Equal(t, path, failed[0].Path)
			assert.Equal(t, assess.KindInvalidInput, failed[0].Kind)
			assert.Len(t, failed[0].Problems, strings.Count(got, "\n"), "every problem is in the report")
		})
	}
	assert.GreaterOrEqual(t, n, 30)
}

// TestFiftyMegabyteFile is refused from its size alone, without reading it
// whole.
func TestFiftyMegabyteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.yaml")
	f, err := os.Create(path)
	require.NoError(t, err)
	line := []byte("    - {name: component, kind: service}\n")
	_, err = f.WriteString("apiVersion: dria/v1\nkind: System\nmetadata: {name: huge, title: Huge}\nspec:\n  components:\n")
	require.NoError(t, err)
	for written := 0; written < 50<<20; written += len(line) {
		_, err = f.Write(line)
		require.NoError(t, err)
	}
	require.NoError(t, f.Close())
	r := dria(t, "validate", path)
	assert.Equal(t, 2, r.code)
	assert.Equal(t, path+":1:1: file is larger than the limit of 10.0 MiB (it is 50.0 MiB)\n", r.stderr)
	r = dria(t, "assess", path)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "file is larger than the limit of 10.0 MiB")
}
