package rules

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/bundle"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tarNames lists the entry names of a gzipped tarball.
func tarNames(t *testing.T, data []byte) []string {
	t.Helper()
	gz, err := gzip.NewReader(bytes.NewReader(data))
	require.NoError(t, err)
	tr := tar.NewReader(gz)
	var out []string
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
		out = append(out, hdr.Name)
	}
}

// TestBundleEntriesAreCleanWhateverThePackPath builds a bundle with a pack
// loaded through a path full of "..", and the Kenya pack: every module's
// entry is a clean relative path under dria/, once, and OPA reads the
// bundle with every module of the set.
func TestBundleEntriesAreCleanWhateverThePackPath(t *testing.T) {
	dir := packDir(t)
	wd, err := os.Getwd()
	require.NoError(t, err)
	up, err := filepath.Rel(wd, dir)
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(up, ".."), up)
	set, err := Load(context.Background(), WithDir(up), WithDir("../examples/rulepack"))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, set.WriteBundle(&buf, time.Unix(0, 0)))

	names := tarNames(t, buf.Bytes())
	seen := map[string]bool{}
	for _, n := range names {
		assert.False(t, seen[n], "entry %s twice", n)
		seen[n] = true
		if n == ".manifest" || n == "data.json" {
			continue
		}
		assert.True(t, fs.ValidPath(n) && strings.HasPrefix(n, "dria/"), "entry %q is a clean relative path under dria/", n)
	}
	assert.Len(t, names, len(set.texts)+2+len(bundleOnlyNames()), "the rule set's modules, the bundle-only ones (input check, conftest), .manifest and data.json")
	assert.True(t, seen["dria/packs/acme/acme/r.rego"], "a pack's module is under dria/packs/<namespace>/")
	assert.True(t, seen["dria/packs/kenya_dpa/kenya_dpa/dpia.rego"])
	assert.True(t, seen["dria/decisions/solely_automated.rego"], "built-in modules keep their place")
	assert.True(t, seen["dria/catalog.rego"])

	b, err := bundle.NewCustomReader(bundle.NewTarballLoaderWithBaseURL(bytes.NewReader(buf.Bytes()), "")).Read()
	require.NoError(t, err)
	assert.Len(t, b.Modules, len(set.texts)+len(bundleOnlyNames()))
}

func TestWriteBundleRefusesAnEntryOutsideDria(t *testing.T) {
	set, err := Load(context.Background())
	require.NoError(t, err)
	for _, bad := range []string{"dria/../../x.rego", "/dria/x.rego", "x.rego", "dria/./x.rego"} {
		s := *set
		s.entries = map[string]string{}
		for k, v := range set.entries {
			s.entries[k] = v
		}
		s.entries["rules/lib/lib.rego"] = bad
		err := s.WriteBundle(io.Discard, time.Unix(0, 0))
		assert.EqualError(t, err, `writing bundle: module rules/lib/lib.rego: entry name "`+bad+`" is not a clean relative path under dria/`)
	}
	s := *set
	s.entries = map[string]string{}
	for k, v := range set.entries {
		s.entries[k] = v
	}
	s.entries["rules/lib/lib.rego"] = "dria/catalog.rego"
	err = s.WriteBundle(io.Discard, time.Unix(0, 0))
	assert.ErrorContains(t, err, "entry dria/catalog.rego is already taken")
}
