// Command codeshape fails when a function of the main module is too long
// or too hard to follow: it lists every function longer than -max-lines
// lines and every function whose cognitive complexity (as computed by
// github.com/uudashr/gocognit) is above -max-complexity. Test files, testdata
// and hidden directories are skipped, and so is every directory holding a
// go.mod of its own (another module, such as tools/).
//
//	cd tools && go run ./codeshape ..     # check the main module
//
// Exit codes: 0 nothing too long or too complex; 1 offenders, one per line
// as FILE:LINE: message; 2 bad usage or a file that cannot be parsed.
package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/uudashr/gocognit"
)

// Limits are the largest length and cognitive complexity a function may
// have.
type Limits struct {
	Lines      int
	Complexity int
}

// Offender is a function over one of the limits.
type Offender struct {
	Pos     token.Position
	Message string
}

// String locates the offence as FILE:LINE: message.
func (o Offender) String() string {
	return fmt.Sprintf("%s:%d: %s", filepath.ToSlash(o.Pos.Filename), o.Pos.Line, o.Message)
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run checks the directories named by args and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("codeshape", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var limits Limits
	fl.IntVar(&limits.Lines, "max-lines", 80, "longest function allowed, in lines")
	fl.IntVar(&limits.Complexity, "max-complexity", 40, "highest cognitive complexity allowed")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if limits.Lines < 1 || limits.Complexity < 1 {
		fmt.Fprintln(stderr, "codeshape: -max-lines and -max-complexity must be at least 1")
		return 2
	}
	roots := fl.Args()
	if len(roots) == 0 {
		roots = []string{"."}
	}
	var all []Offender
	for _, root := range roots {
		found, err := Check(root, limits)
		if err != nil {
			fmt.Fprintln(stderr, "codeshape:", err)
			return 2
		}
		all = append(all, found...)
	}
	for _, o := range all {
		fmt.Fprintln(stdout, o)
	}
	if len(all) > 0 {
		fmt.Fprintf(stderr, "codeshape: %d function(s) over %d lines or a cognitive complexity of %d; split them into named steps\n", len(all), limits.Lines, limits.Complexity)
		return 1
	}
	return 0
}

// Check walks the module rooted at root and returns the functions of its
// non-test Go files that are over the limits, sorted by file and line.
func Check(root string, limits Limits) ([]Offender, error) {
	files, err := goFiles(root)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var out []Offender
	for _, path := range files {
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		out = append(out, checkFile(fset, f, limits)...)
	}
	slices.SortFunc(out, func(a, b Offender) int {
		return cmp.Or(cmp.Compare(a.Pos.Filename, b.Pos.Filename), cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Message, b.Message))
	})
	return out, nil
}

// goFiles lists the non-test Go files of the module at root, leaving out
// testdata, hidden and underscore directories and nested modules.
func goFiles(root string) ([]string, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", root)
	}
	var files []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != root && skipDir(p, d.Name()) {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}

// skipDir reports whether the go command leaves the directory out of the
// module, or it is a module of its own.
func skipDir(path, name string) bool {
	if name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
		return true
	}
	_, err := os.Stat(filepath.Join(path, "go.mod"))
	return !errors.Is(err, fs.ErrNotExist)
}

// checkFile returns the functions of one file that are over the limits.
func checkFile(fset *token.FileSet, f *ast.File, limits Limits) []Offender {
	var out []Offender
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body == nil {
			continue
		}
		start := fset.Position(fn.Pos())
		name := funcName(fn)
		if lines := fset.Position(fn.End()).Line - start.Line + 1; lines > limits.Lines {
			out = append(out, Offender{start, fmt.Sprintf("%s is %d lines long (at most %d)", name, lines, limits.Lines)})
		}
		if c := gocognit.Complexity(fn); c > limits.Complexity {
			out = append(out, Offender{start, fmt.Sprintf("%s has a cognitive complexity of %d (at most %d)", name, c, limits.Complexity)})
		}
	}
	return out
}

// funcName names a function as Go documentation does: F, T.M or (*T).M.
func funcName(fn *ast.FuncDecl) string {
	if fn.Recv == nil || len(fn.Recv.List) == 0 {
		return fn.Name.Name
	}
	typ := fn.Recv.List[0].Type
	if star, ok := typ.(*ast.StarExpr); ok {
		return "(*" + typeName(star.X) + ")." + fn.Name.Name
	}
	return typeName(typ) + "." + fn.Name.Name
}

// typeName is the name of a receiver's type, without its type parameters
// (T for T[P]).
func typeName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return typeName(t.X)
	case *ast.IndexListExpr:
		return typeName(t.X)
	}
	return "?"
}
