package rules

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/internal/version"
	"github.com/dria-project/dria/schema"
)

// bundleOnlyFS holds the modules written only into the bundle: the check
// of the input against the description schema, which an OPA server needs
// (it receives whatever a client sends) and the host does not (it
// validates every description first, and its sandbox refuses
// json.match_schema to rules).
//
//go:embed engine/bundle/*.rego
var bundleOnlyFS embed.FS

// InputSchemaKey is where a bundle carries, as data under data.dria, the
// schema its policy validates its input against.
const InputSchemaKey = "input_schema"

// BundleRoot is the only root of a dria OPA bundle: every package is under
// dria, and the schemas are data under data.dria.schemas.
const BundleRoot = "dria"

// WriteBundle writes the set as a standard OPA bundle (a gzipped tarball):
// a .manifest with the rule set digest as revision and "dria" as root, every
// module of the policy (rules, library, engine and the generated catalog),
// and the embedded JSON Schemas as data (the description schema with the
// packs' extensions, as the set validates descriptions). Its entry point is data.dria.main
// (HTTP: POST /v1/data/dria/main with the description as input), which in
// the bundle checks its input first: an input that is not a valid
// description is answered {"valid": false, "problems": [...]}, with no
// findings (see InputSchemaKey and rules/engine/bundle). Modules
// are under dria/: the built-in ones as dria/<family>/<file>.rego, a
// pack's as dria/packs/<namespace>/<path in the pack>, whatever path the
// pack was loaded from. Entries are sorted and stamped with modTime, so the
// same set and time give the same bytes.
func (s *Set) WriteBundle(w io.Writer, modTime time.Time) error {
	files, err := s.bundleFiles()
	if err != nil {
		return err
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

// bundleFiles gives the content of every entry of the bundle by name.
func (s *Set) bundleFiles() (map[string][]byte, error) {
	manifest := map[string]any{
		"revision":     s.digest,
		"roots":        []string{BundleRoot},
		"rego_version": 1,
		"metadata":     map[string]any{"dria": map[string]any{"version": version.Version, "rules": len(s.rules)}},
	}
	schemas := map[string]any{}
	for _, name := range schema.Names() {
		text, err := schema.JSON(name)
		if name == schema.Description && s.description != nil {
			text = s.description // with the packs' extensions
		}
		if err != nil {
			return nil, err
		}
		var v any
		if err := json.Unmarshal(text, &v); err != nil {
			return nil, fmt.Errorf("schema %s: %w", name, err)
		}
		schemas[name] = v
	}
	input, err := s.inputSchema()
	if err != nil {
		return nil, err
	}
	data := map[string]any{BundleRoot: map[string]any{"schemas": schemas, InputSchemaKey: input}}

	files := map[string][]byte{}
	if files[".manifest"], err = json.MarshalIndent(manifest, "", "  "); err != nil {
		return nil, err
	}
	if files["data.json"], err = json.MarshalIndent(data, "", "  "); err != nil {
		return nil, err
	}
	for _, name := range slices.Sorted(maps.Keys(s.texts)) {
		text, entry := s.texts[name], s.entries[name]
		if err := checkEntry(entry); err != nil {
			return nil, fmt.Errorf("writing bundle: module %s: %w", safetext.Inline(name), err)
		}
		if _, dup := files[entry]; dup {
			return nil, fmt.Errorf("writing bundle: module %s: entry %s is already taken", safetext.Inline(name), entry)
		}
		files[entry] = []byte(text)
	}
	if err := addBundleOnly(files); err != nil {
		return nil, err
	}
	return files, nil
}

// inputSchema is the schema the bundle's policy validates its input
// against: the draft-07 rendering of the description schema, which OPA's
// validator (draft 4 to 7) reads fully, or, when packs ask their own
// questions, the description schema with their extensions, which has no
// draft-07 rendering yet (OPA then reads it as draft-07: every keyword it
// uses means the same there, but the formats country-code and
// language-tag go unchecked).
func (s *Set) inputSchema() (any, error) {
	text := s.description
	if !hasExtensions(s.packs) {
		var err error
		if text, err = schema.Draft7(schema.Description); err != nil {
			return nil, err
		}
	}
	var v any
	if err := json.Unmarshal(text, &v); err != nil {
		return nil, fmt.Errorf("the bundle's input schema: %w", err)
	}
	return v, nil
}

// addBundleOnly adds the modules of bundleOnlyFS as dria/engine/bundle/*.
func addBundleOnly(files map[string][]byte) error {
	for _, name := range bundleOnlyNames() {
		text, err := bundleOnlyFS.ReadFile(name)
		if err != nil {
			return fmt.Errorf("writing bundle: %w", err)
		}
		entry := path.Join(BundleRoot, name)
		if _, dup := files[entry]; dup {
			return fmt.Errorf("writing bundle: entry %s is already taken", entry)
		}
		files[entry] = text
	}
	return nil
}

// bundleOnlyNames are the paths of the bundle-only modules in
// bundleOnlyFS (engine/bundle/NAME.rego), sorted; in the bundle each is
// under dria/.
func bundleOnlyNames() []string {
	names, err := fs.Glob(bundleOnlyFS, "engine/bundle/*.rego")
	if err != nil {
		panic(err) // the pattern is constant and valid
	}
	return names
}

// checkEntry makes sure a module's entry name is a clean relative path
// under dria/, so that unpacking the bundle writes nowhere else.
func checkEntry(entry string) error {
	if !strings.HasPrefix(entry, BundleRoot+"/") || path.Clean(entry) != entry || !fs.ValidPath(entry) {
		return fmt.Errorf("entry name \"%s\" is not a clean relative path under %s/", safetext.Inline(entry), BundleRoot)
	}
	return nil
}

// bundleEntry is the name of a module in the bundle: a built-in one's
// path under rules/ (the catalog's is already dria/catalog.rego), or, for
// a pack's, its path inside the pack under dria/packs/<namespace>/.
func bundleEntry(f *loadedFile) string {
	if f.pack == nil {
		return path.Join(BundleRoot, strings.TrimPrefix(f.name, builtinDir+"/"))
	}
	return path.Join(BundleRoot, "packs", f.pack.namespace, safetext.Inline(f.rel))
}

// readTarball reads the Rego files (and the pack manifest) of a gzipped
// tarball (an OPA bundle or a plain archive of a rule pack), by their
// cleaned path inside it. Two entries with the same cleaned path are a
// problem naming both: neither may silently shadow the other.
func readTarball(s ruleSource, data []byte) (sourceContent, error) {
	name := safetext.Inline(s.name)
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return sourceContent{}, fmt.Errorf("rule bundle %s: not a gzipped tarball: %w", name, err)
	}
	defer gz.Close()
	c := sourceContent{manifestName: s.fileName(PackManifest)}
	tr := tar.NewReader(gz)
	b := budget{name: s.name}
	seen := map[string]string{} // cleaned path -> the entry's own name
	var unpacked int64          // every entry, read or skipped
	for entries := 1; ; entries++ {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return c, fmt.Errorf("rule bundle %s: %w", name, err)
		}
		if entries > maxPackFiles {
			return c, fmt.Errorf("rule bundle %s: more than %d entries", name, maxPackFiles)
		}
		if unpacked += max(hdr.Size, 0); unpacked > maxPackArchive {
			return c, fmt.Errorf("rule bundle %s: more than %s unpacked", name, fileio.HumanBytes(maxPackArchive))
		}
		clean := strings.TrimPrefix(path.Clean("/"+hdr.Name), "/")
		if hdr.Typeflag != tar.TypeReg || (!strings.HasSuffix(clean, ".rego") && clean != PackManifest) {
			continue
		}
		if first, dup := seen[clean]; dup {
			c.problems = append(c.problems, schema.Problem{File: name, Message: fmt.Sprintf(
				"entries \"%s\" and \"%s\" are both %s once their paths are cleaned; a pack holds each file once",
				safetext.Inline(first), safetext.Inline(hdr.Name), safetext.Inline(clean))})
			continue
		}
		seen[clean] = hdr.Name
		data, err := readEntry(name, clean, hdr, tr)
		if err != nil {
			return c, err
		}
		if err := b.add(len(data)); err != nil {
			return c, err
		}
		if clean == PackManifest {
			c.manifest = data
			continue
		}
		c.files = append(c.files, sourceFile{rel: clean, data: data})
	}
	slices.SortFunc(c.files, func(a, b sourceFile) int { return strings.Compare(a.rel, b.rel) })
	return c, nil
}

// readEntry reads one tar entry, refusing one over the per-file limit.
func readEntry(bundle, clean string, hdr *tar.Header, r io.Reader) ([]byte, error) {
	tooLarge := fmt.Errorf("rule bundle %s: %s is larger than %s", bundle, safetext.Inline(clean), fileio.HumanBytes(maxPackFile))
	if hdr.Size > maxPackFile {
		return nil, tooLarge
	}
	data, err := io.ReadAll(io.LimitReader(r, maxPackFile+1))
	if err != nil {
		return nil, fmt.Errorf("rule bundle %s: %s: %w", bundle, safetext.Inline(clean), err)
	}
	if len(data) > maxPackFile {
		return nil, tooLarge
	}
	return data, nil
}
