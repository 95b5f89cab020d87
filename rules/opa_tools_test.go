package rules_test

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/rules"
)

var updateOPACatalog = flag.Bool("update-opa-catalog", false, "rewrite "+opaTestCatalog+" from the built-in rules")

// opaTestCatalog is the catalog of the built-in rules, checked in so that
// stock `opa test` can run the built-in tests (dria generates it when
// rules load; the engine and some tests read it). It is under testdata so
// that neither the loader nor Regal takes it for a module of the policy.
const opaTestCatalog = "engine/testdata/catalog.rego"

// TestCheckedInCatalogIsCurrent keeps the catalog that stock `opa test`
// reads equal to the one dria generates for the built-in rules. After a
// change to the rules' ids or metadata:
//
//	go test ./rules/ -run TestCheckedInCatalogIsCurrent -update-opa-catalog
func TestCheckedInCatalogIsCurrent(t *testing.T) {
	set, err := rules.Load(context.Background())
	require.NoError(t, err)
	want := rules.CatalogText(set)
	if *updateOPACatalog {
		require.NoError(t, os.WriteFile(opaTestCatalog, []byte(want), 0o644))
	}
	got, err := os.ReadFile(opaTestCatalog)
	require.NoError(t, err)
	assert.Equal(t, want, string(got), "%s is stale: go test ./rules/ -run TestCheckedInCatalogIsCurrent -update-opa-catalog", opaTestCatalog)
}

// runOPA runs the stock OPA of go.mod with the arguments from the
// repository root and returns its combined output.
func runOPA(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(opaBinary(t), args...)
	cmd.Dir = ".."
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// TestStockOPATestRunsTheRules runs the command docs/opa.md gives rule
// authors, from the repository root: every built-in test passes under
// stock `opa test`, as under dria rules test.
func TestStockOPATestRunsTheRules(t *testing.T) {
	if testing.Short() {
		t.Skip("runs opa test; skipped with -short")
	}
	out, err := runOPA(t, "test", "rules/", "rules/"+opaTestCatalog, "--ignore", "testdata")
	require.NoError(t, err, "%s", out)
	m := regexp.MustCompile(`(?m)^PASS: (\d+)/(\d+)$`).FindStringSubmatch(out)
	require.NotNil(t, m, "%s", out)
	assert.Equal(t, m[1], m[2], "every test passes")
	n, _ := strconv.Atoi(m[2])
	assert.Greater(t, n, 900, "the built-in tests run")
	assert.NotContains(t, out, "FAIL")
}

// tarEntry is the content of the named entry of a gzipped tarball
// (whatever leading slash OPA gives the name).
func tarEntry(t *testing.T, file, name string) []byte {
	t.Helper()
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	gz, err := gzip.NewReader(f)
	require.NoError(t, err)
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		require.NoError(t, err, "no entry %s in %s", name, file)
		if strings.TrimPrefix(hdr.Name, "/") == name {
			data, err := io.ReadAll(tr)
			require.NoError(t, err)
			return data
		}
	}
}

// TestOptimisedBundleGivesTheSameAnswers builds the bundle that dria
// bundle build writes with `opa build -O=1` (as bundle servers and
// fleets do) and checks that the optimised policy answers as the bundle
// does, for valid descriptions and an invalid one, and for conftest's
// deny and warn.
func TestOptimisedBundleGivesTheSameAnswers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs opa build and opa eval; skipped with -short")
	}
	set, err := rules.Load(context.Background())
	require.NoError(t, err)
	bundle := writeBundleFile(t, set)
	optimised := filepath.Join(t.TempDir(), "optimised.tar.gz")
	// opa build drops the revision of the bundle it reads; docs/opa.md
	// says to give it again with --revision.
	out, err := runOPA(t, "build", "-O=1", "-b", bundle, "--revision", set.Digest(), "-o", optimised)
	require.NoError(t, err, "opa build -O=1: %s", out)
	manifest := tarEntry(t, optimised, ".manifest")
	var m struct{ Revision string }
	require.NoError(t, json.Unmarshal(manifest, &m))
	assert.Equal(t, set.Digest(), m.Revision)

	for _, input := range []string{"examples/systems/welfare-risk-scoring.yaml", "examples/systems/participatory-budgeting.yaml", "rules/testdata/opa/misspelt-key.yaml"} {
		query := "[data.dria.main, data.dria.deny, data.dria.warn]"
		want, err := runOPA(t, "eval", "-f", "json", "-b", bundle, "-i", input, query)
		require.NoError(t, err, "%s", want)
		got, err := runOPA(t, "eval", "-f", "json", "-b", optimised, "-i", input, query)
		require.NoError(t, err, "%s", got)
		assert.JSONEq(t, want, got, input)
		assert.True(t, bytes.Contains([]byte(want), []byte(`"valid"`)), input)
	}
}
