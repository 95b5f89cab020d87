package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScaffoldedPackPassesStockOPATest follows the README that dria
// rules new writes into a new pack: stock opa test fails on the pack alone
// (its rules import dria's library), and passes with the bundle dria
// bundle build writes, with the command the README gives.
func TestScaffoldedPackPassesStockOPATest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs OPA; skipped with -short")
	}
	build := exec.Command("go", "tool", "-n", "opa")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "building OPA: %s", out)
	opa := string(bytes.TrimSpace(out))

	dir := t.TempDir()
	r := dria(t, "rules", "new", "acme/no_dpia", "--dir", dir)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "README.md: how to test the pack, with dria and with stock opa test")
	readme, err := os.ReadFile(filepath.Join(dir, "README.md"))
	require.NoError(t, err)
	assert.Contains(t, string(readme), "    dria bundle build -o dria.tar.gz\n    opa test dria.tar.gz .\n")
	assert.Contains(t, string(readme), "    dria rules test .\n")

	alone := exec.Command(opa, "test", ".")
	alone.Dir = dir
	out, err = alone.CombinedOutput()
	require.Error(t, err, "without dria's library: %s", out)
	assert.Contains(t, string(out), "data.dria.lib")

	r = dria(t, "bundle", "build", "-o", filepath.Join(dir, "dria.tar.gz"))
	require.Equal(t, 0, r.code, r.stderr)
	withLib := exec.Command(opa, "test", "dria.tar.gz", ".")
	withLib.Dir = dir
	out, err = withLib.CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Contains(t, string(out), "PASS: 3/3")

	r = dria(t, "rules", "new", "acme/second", "--dir", dir)
	require.Equal(t, 0, r.code, r.stderr)
	assert.NotContains(t, r.stdout, "README.md", "the README is written once")
	again, err := os.ReadFile(filepath.Join(dir, "README.md"))
	require.NoError(t, err)
	assert.Equal(t, readme, again)
	r = dria(t, "rules", "test", dir)
	assert.Equal(t, 0, r.code, "the bundle in the pack's directory does not disturb dria: %s", r.stdout+r.stderr)
}
