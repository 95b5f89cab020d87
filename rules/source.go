package rules

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/schema"
)

// Where rules come from. Every rule set — the built-in set embedded in the
// binary, a pack directory (or any fs.FS) and a pack tarball — is a
// ruleSource, and reading any of them gives the same thing: its Rego files
// by clean relative path and its pack.yaml, if it has one.

// sourceKind says what a rule set is read from.
type sourceKind int

const (
	fromBuiltin sourceKind = iota // the embedded built-in set
	fromFS                        // a pack directory or file system
	fromTarball                   // a pack as a gzipped tarball
)

// builtinDir prefixes the names of built-in files: rules/<family>/<file>.rego.
const builtinDir = "rules"

// Limits on what one rule pack may hold, directory or tarball, against
// archive bombs and runaway directories.
const (
	maxPackFile  = 5 << 20
	maxPackTotal = 50 << 20
	maxPackFiles = 10000
	// maxPackArchive caps a tarball's entries unpacked, those skipped
	// (not Rego) included, so that a gzip bomb ends in seconds.
	maxPackArchive = 4 * maxPackTotal
)

// ruleSource is one rule set to load.
type ruleSource struct {
	// name is the path or name the user gave; Rule.Source and the prefix
	// of the pack's file names in messages.
	name string
	kind sourceKind
	fsys fs.FS  // fromBuiltin and fromFS
	file string // fromTarball: the tarball's path
}

// sourceFile is one file of a rule set.
type sourceFile struct {
	rel  string // clean, slash-separated path inside the rule set
	data []byte
}

// sourceContent is what reading a rule set gives.
type sourceContent struct {
	files    []sourceFile // .rego files, sorted by path
	manifest []byte       // pack.yaml at the root; nil when there is none
	// manifestName names pack.yaml in messages.
	manifestName string
	// problems are files that could not be read and duplicate entries.
	problems []schema.Problem
}

// read reads the rule set's Rego files and manifest, through the bounded
// reader: regular files only, each and all of them under the pack limits.
func (s ruleSource) read(ctx context.Context) (sourceContent, error) {
	if err := ctx.Err(); err != nil {
		return sourceContent{}, err
	}
	if s.kind == fromTarball {
		data, err := fileio.Read(s.file, maxPackTotal)
		if err != nil {
			return sourceContent{}, fmt.Errorf("rule bundle: %w", err)
		}
		return readTarball(s, data)
	}
	return readFS(ctx, s)
}

// fileName names a file of the rule set in messages and as its compiled
// module. Built-in files are rules/<family>/<file>.rego; a pack's files are
// the path the user gave joined with the path inside the pack (for a
// tarball, TARBALL!/path). A pack's name never takes the form of a
// built-in one, whatever its directory is called: rules/x.rego of a pack
// given as "." is named ./rules/x.rego, which is the same file.
func (s ruleSource) fileName(rel string) string {
	var name string
	switch s.kind {
	case fromBuiltin:
		return builtinDir + "/" + rel
	case fromTarball:
		name = s.name + "!/" + rel
	default:
		name = path.Join(s.name, rel)
	}
	name = safetext.Inline(name)
	if strings.HasPrefix(name, builtinDir+"/") || strings.HasPrefix(name, BundleRoot+"/") {
		name = "./" + name
	}
	return name
}

// budget counts what a pack has read against the pack limits.
type budget struct {
	name         string
	files, bytes int
}

func (b *budget) add(n int) error {
	b.files++
	b.bytes += n
	switch {
	case b.files > maxPackFiles:
		return fmt.Errorf("rule pack %s: more than %d Rego files", safetext.Inline(b.name), maxPackFiles)
	case b.bytes > maxPackTotal:
		return fmt.Errorf("rule pack %s: more than %s of Rego", safetext.Inline(b.name), fileio.HumanBytes(maxPackTotal))
	}
	return nil
}

// readFS reads a rule set from a file system: every .rego file outside
// hidden directories, and pack.yaml at the root.
func readFS(ctx context.Context, s ruleSource) (sourceContent, error) {
	c := sourceContent{manifestName: s.fileName(PackManifest)}
	b := budget{name: s.name}
	unreadable := func(p string, err error) {
		c.problems = append(c.problems, schema.Problem{File: s.fileName(p), Message: readReason(err)})
	}
	err := fs.WalkDir(s.fsys, ".", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil && p == ".":
			return fmt.Errorf("reading rules from %s: %w", safetext.Inline(s.name), err)
		case err != nil:
			unreadable(p, err)
			return nil
		case d.IsDir() && p != "." && strings.HasPrefix(d.Name(), "."):
			return fs.SkipDir
		case d.IsDir() || !strings.HasSuffix(p, ".rego"):
			return nil
		}
		data, err := fileio.ReadFS(s.fsys, p, maxPackFile)
		if err != nil {
			unreadable(p, err)
			return nil
		}
		c.files = append(c.files, sourceFile{rel: p, data: data})
		// Stop when the pack is over a limit or the load is cancelled.
		return cmp.Or(b.add(len(data)), ctx.Err())
	})
	if err != nil || s.kind == fromBuiltin {
		return c, err
	}
	data, err := fileio.ReadFS(s.fsys, PackManifest, maxPackFile)
	switch {
	case err == nil:
		c.manifest = data
	case !errors.Is(err, fs.ErrNotExist):
		unreadable(PackManifest, err)
	}
	return c, nil
}

// readReason words why a file of a pack could not be read.
func readReason(err error) string {
	var fe *fileio.Error
	if errors.As(err, &fe) {
		return fe.Reason
	}
	return fileio.Describe(err)
}

// loadInput is everything read from the rule sets: their files, the packs
// they belong to, and what could not be read.
type loadInput struct {
	files    []*loadedFile
	packs    []*pack
	problems []schema.Problem
}

// manifests lists the packs' manifests, in load order.
func (in *loadInput) manifests() []packManifest {
	var out []packManifest
	for _, p := range in.packs {
		if p.manifest != nil {
			out = append(out, *p.manifest)
		}
	}
	return out
}

// collect reads the built-in set (its library and engine always, its rules
// unless left out) and every pack.
func collect(ctx context.Context, cfg config) (*loadInput, error) {
	in := &loadInput{}
	builtin := ruleSource{name: builtinSource, kind: fromBuiltin, fsys: builtinFS}
	c, err := builtin.read(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading built-in rules: %w", err)
	}
	for _, sf := range c.files {
		if f := builtinFile(sf, cfg); f != nil {
			in.files = append(in.files, f)
		}
	}
	given := map[string]bool{}
	for _, src := range cfg.extra {
		if given[src.name] {
			in.problems = append(in.problems, schema.Problem{File: safetext.Inline(src.name), Message: "this rule pack is given twice; give each pack once"})
			continue
		}
		given[src.name] = true
		if err := in.addPack(ctx, src, cfg.tests); err != nil {
			return nil, err
		}
	}
	in.problems = append(in.problems, sameNames(in.files)...)
	return in, nil
}

// builtinFile is the loaded form of a built-in file, or nil when the
// configuration leaves it out.
func builtinFile(sf sourceFile, cfg config) *loadedFile {
	isTest := strings.HasSuffix(sf.rel, "_test.rego")
	f := &loadedFile{name: builtinDir + "/" + sf.rel, rel: sf.rel, source: builtinSource, text: string(sf.data), test: isTest, checked: !cfg.tests && !cfg.fullChecks}
	switch {
	case isTest && !(cfg.tests && cfg.builtins):
		return nil
	case isSupportDir(path.Dir(sf.rel)):
		f.support = !isTest
		return f
	case !cfg.builtins:
		return nil
	}
	return f
}

// addPack reads one pack: its files and its manifest.
func (in *loadInput) addPack(ctx context.Context, src ruleSource, tests bool) error {
	c, err := src.read(ctx)
	if err != nil {
		return err
	}
	in.problems = append(in.problems, c.problems...)
	p := &pack{src: src}
	if c.manifest != nil {
		m, ps, err := readManifest(c.manifestName, c.manifest)
		if err != nil {
			return err
		}
		in.problems = append(in.problems, ps...)
		p.manifest = m
	}
	in.packs = append(in.packs, p)
	for _, sf := range c.files {
		isTest := strings.HasSuffix(sf.rel, "_test.rego")
		if isTest && !tests {
			continue
		}
		in.files = append(in.files, &loadedFile{name: src.fileName(sf.rel), rel: sf.rel, source: src.name, pack: p, text: string(sf.data), test: isTest})
	}
	return nil
}

// sameNames reports files of different packs that would have the same
// name (such as a directory given both as "." and as "sub"), so that no
// module replaces another.
func sameNames(files []*loadedFile) []schema.Problem {
	first := map[string]*loadedFile{}
	var out []schema.Problem
	for _, f := range files {
		if g, dup := first[f.name]; dup {
			out = append(out, schema.Problem{File: f.name, Message: fmt.Sprintf("is loaded twice, by %s and by %s; load each rule file once", g.pack.label(), f.pack.label())})
			continue
		}
		first[f.name] = f
	}
	return out
}
