package rules

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/dria-project/dria/internal/version"
	"github.com/dria-project/dria/schema"
)

// BundleRoot is the only root of a dria OPA bundle: every package is under
// dria, and the schemas are data under data.dria.schemas.
const BundleRoot = "dria"

// WriteBundle writes the set as a standard OPA bundle (a gzipped tarball):
// a .manifest with the rule set digest as revision and "dria" as root, every
// module of the policy (rules, library, engine and the generated catalog),
// and the embedded JSON Schemas as data. Its entry point is data.dria.main
// (HTTP: POST /v1/data/dria/main with the description as input). Entries
// are sorted and stamped with modTime, so the same set and time give the
// same bytes.
func (s *Set) WriteBundle(w io.Writer, modTime time.Time) error {
	manifest := map[string]any{
		"revision":     s.digest,
		"roots":        []string{BundleRoot},
		"rego_version": 1,
		"metadata":     map[string]any{"dria": map[string]any{"version": version.Version, "rules": len(s.rules)}},
	}
	schemas := map[string]any{}
	for _, name := range schema.Names {
		text, err := schema.JSON(name)
		if err != nil {
			return err
		}
		var v any
		if err := json.Unmarshal(text, &v); err != nil {
			return fmt.Errorf("schema %s: %w", name, err)
		}
		schemas[name] = v
	}
	data := map[string]any{BundleRoot: map[string]any{"schemas": schemas}}

	files := map[string][]byte{}
	var err error
	if files["/.manifest"], err = json.MarshalIndent(manifest, "", "  "); err != nil {
		return err
	}
	if files["/data.json"], err = json.MarshalIndent(data, "", "  "); err != nil {
		return err
	}
	for name, text := range s.texts {
		rel := strings.TrimPrefix(strings.TrimPrefix(name, "rules/"), BundleRoot+"/")
		files["/"+path.Join(BundleRoot, rel)] = []byte(text)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)

	var buf bytes.Buffer
	gz, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	gz.ModTime = modTime.UTC()
	tw := tar.NewWriter(gz)
	for _, n := range names {
		hdr := &tar.Header{Name: n, Mode: 0o644, Size: int64(len(files[n])), ModTime: modTime.UTC(), Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if err := tw.WriteHeader(hdr); err != nil {
			return fmt.Errorf("writing bundle: %w", err)
		}
		if _, err := tw.Write(files[n]); err != nil {
			return fmt.Errorf("writing bundle: %w", err)
		}
	}
	if err := tw.Close(); err != nil {
		return fmt.Errorf("writing bundle: %w", err)
	}
	if err := gz.Close(); err != nil {
		return fmt.Errorf("writing bundle: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// Limits on rule pack tarballs, against archive bombs.
const (
	maxBundleFile  = 5 << 20
	maxBundleTotal = 50 << 20
	maxBundleFiles = 10000
)

// readBundle reads the Rego files (and the pack manifest) of a gzipped
// tarball (an OPA bundle or a plain archive of a rule pack), keyed by their
// path inside it.
func readBundle(name string, r io.Reader) (map[string][]byte, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("rule bundle %s: not a gzipped tarball: %w", name, err)
	}
	defer gz.Close()
	tr := tar.NewReader(gz)
	out := map[string][]byte{}
	total, entries := 0, 0
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("rule bundle %s: %w", name, err)
		}
		if entries++; entries > maxBundleFiles {
			return nil, fmt.Errorf("rule bundle %s: more than %d entries", name, maxBundleFiles)
		}
		clean := strings.TrimPrefix(path.Clean("/"+hdr.Name), "/")
		if hdr.Typeflag != tar.TypeReg || (!strings.HasSuffix(clean, ".rego") && clean != PackManifest) {
			continue
		}
		if hdr.Size > maxBundleFile {
			return nil, fmt.Errorf("rule bundle %s: %s is larger than %d bytes", name, clean, maxBundleFile)
		}
		data, err := io.ReadAll(io.LimitReader(tr, maxBundleFile+1))
		if err != nil {
			return nil, fmt.Errorf("rule bundle %s: %s: %w", name, clean, err)
		}
		if len(data) > maxBundleFile {
			return nil, fmt.Errorf("rule bundle %s: %s is larger than %d bytes", name, clean, maxBundleFile)
		}
		if total += len(data); total > maxBundleTotal {
			return nil, fmt.Errorf("rule bundle %s: more than %d bytes of Rego", name, maxBundleTotal)
		}
		out[clean] = data
	}
	return out, nil
}
