package rules

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/internal/fileio"
)

// packDir writes a pack with one valid rule in namespace acme and returns
// its directory.
func packDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "acme"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "acme", "r.rego"), []byte(rule("TEST-ACME-001", "dria.rules.acme.r", "\ttrue")), 0o644))
	return dir
}

// loadWithin loads, failing the test (rather than hanging it) when Load
// does not return within a minute, such as when it blocks on a FIFO.
func loadWithin(t *testing.T, opts ...Option) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := Load(context.Background(), opts...)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Minute):
		t.Fatal("Load did not return: it blocked on a file of the pack")
		return nil
	}
}

func TestFIFOInPackIsRefused(t *testing.T) {
	dir := packDir(t)
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "acme", "pipe.rego"), 0o600))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, PackManifest), 0o600))
	err := loadWithin(t, WithDir(dir))
	require.Error(t, err)
	assert.Equal(t, dir+"/acme/pipe.rego: is a named pipe (FIFO), not a regular file\n"+
		dir+"/pack.yaml: is a named pipe (FIFO), not a regular file", err.Error())

	bundle := filepath.Join(t.TempDir(), "pack.tar.gz")
	require.NoError(t, syscall.Mkfifo(bundle, 0o600))
	err = loadWithin(t, WithPath(bundle))
	assert.EqualError(t, err, "rule bundle: "+bundle+": is a named pipe (FIFO), not a regular file")
	assert.ErrorIs(t, err, fileio.ErrNotRegular)
}

func TestPackFileOverTheLimitIsRefused(t *testing.T) {
	dir := packDir(t)
	big := "package dria.rules.acme.big\n\n# " + strings.Repeat("x", 6<<20) + "\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "acme", "big.rego"), []byte(big), 0o644))
	assert.Equal(t, []string{dir + "/acme/big.rego: file is larger than the limit of 5.0 MiB (it is 6.0 MiB)"}, problemsOf(t, WithDir(dir)))
}

func TestDuplicateTarballEntriesNameBoth(t *testing.T) {
	bundle := hostile + "dup-entries.tar.gz"
	got := problemsOf(t, WithBundle(bundle))
	assert.Equal(t, []string{
		bundle + `: entries "acme/\x1b[2Jevil.rego" and "acme//\x1b[2Jevil.rego" are both acme/\x1b[2Jevil.rego once their paths are cleaned; a pack holds each file once`,
		bundle + `: entries "acme/r.rego" and "./acme/r.rego" are both acme/r.rego once their paths are cleaned; a pack holds each file once`,
	}, got)
	for _, p := range got {
		assert.NotContains(t, p, "\x1b", "no raw escape reaches a terminal")
	}
}

func TestPackNamesAndTextsAreEscapedInMessages(t *testing.T) {
	dir := t.TempDir()
	evil := "a\x1b]8;;evil\x07b.rego"
	require.NoError(t, os.WriteFile(filepath.Join(dir, evil), []byte("package dria.rules.acme.x\n\nx := \n"), 0o644))
	got := problemsOf(t, WithDir(dir))
	require.NotEmpty(t, got)
	for _, p := range got {
		assert.True(t, strings.HasPrefix(p, dir+`/a\x1b]8;;evil\x07b.rego:4:1: unexpected eof token`), p)
		assert.NotContains(t, p, "\x1b")
		assert.NotContains(t, p, "\x07")
	}

	o := Override{Rule: "DRIA-PRIV-002", Pack: "p", Severity: "high", PreviousSeverity: "medium", Reason: "because\x1b[2J\nrules ok"}
	assert.Equal(t, `pack p changes the base severity of DRIA-PRIV-002 from medium to high: because\x1b[2J\nrules ok`, o.String())
}

func TestPackFileNamesNeverTakeABuiltinsName(t *testing.T) {
	base, err := Load(context.Background())
	require.NoError(t, err)
	// A pack file system named "dria" whose file would be named like the
	// generated catalog, and one named "" holding rules/… paths.
	catalogLike := fstest.MapFS{"catalog.rego": {Data: []byte(rule("TEST-ACME-001", "dria.rules.acme.catalog", "\ttrue"))}}
	rulesLike := fstest.MapFS{"rules/decisions/solely_automated.rego": {Data: []byte(rule("TEST-ZED-001", "dria.rules.zed.x", "\ttrue"))}}
	set, err := Load(context.Background(), WithFS("dria", catalogLike), WithFS("", rulesLike))
	require.NoError(t, err)
	assert.Len(t, set.Rules(), len(base.Rules())+2)
	files := map[string]string{}
	for _, r := range set.Rules() {
		files[r.ID] = r.File
	}
	assert.Equal(t, "./dria/catalog.rego", files["TEST-ACME-001"])
	assert.Equal(t, "./rules/decisions/solely_automated.rego", files["TEST-ZED-001"])
	assert.Equal(t, "rules/decisions/solely_automated.rego", files["DRIA-DEC-001"])
	assert.Contains(t, set.texts[catalogFile], `findings["TEST-ACME-001"]`, "the catalog is the generated one")

	// Two file systems with the same name would give their files the
	// same names.
	other := fstest.MapFS{"r.rego": {Data: []byte(rule("TEST-YOU-001", "dria.rules.you.r", "\ttrue"))}}
	assert.Equal(t, []string{"dria: this rule pack is given twice; give each pack once"},
		problemsOf(t, WithFS("dria", catalogLike), WithFS("dria", other)))
}

// TestTarballBombEndsAtTheArchiveCap gives a tarball whose one entry (not
// Rego, so it would be skipped) claims 300 MiB: it is refused from its
// header, without unpacking it.
func TestTarballBombEndsAtTheArchiveCap(t *testing.T) {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	require.NoError(t, tw.WriteHeader(&tar.Header{Name: "data.bin", Mode: 0o644, Size: 300 << 20, Typeflag: tar.TypeReg}))
	require.NoError(t, gz.Close())
	bomb := filepath.Join(t.TempDir(), "bomb.tar.gz")
	require.NoError(t, os.WriteFile(bomb, buf.Bytes(), 0o644))
	assert.EqualError(t, loadWithin(t, WithBundle(bomb)), "rule bundle "+bomb+": more than 200.0 MiB unpacked")
}

func TestPackOverTheFileCountIsRefused(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range maxPackFiles + 1 {
		fsys["acme/h"+strconv.Itoa(i)+".rego"] = &fstest.MapFile{Data: []byte("package dria.rules.acme.h\n")}
	}
	_, err := Load(context.Background(), WithFS("big", fsys))
	assert.EqualError(t, err, "rule pack big: more than 10000 Rego files")
}
