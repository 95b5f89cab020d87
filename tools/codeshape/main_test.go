package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReportsTheLongAndTheComplex: in testdata/shapes, a function of 81
// lines and one of cognitive complexity 41 are reported; those exactly at
// the limits (80 lines, 40), a test file, testdata and a nested module are
// not.
func TestReportsTheLongAndTheComplex(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"testdata/shapes"}, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (stderr: %s)", code, stderr.String())
	}
	want := "testdata/shapes/complex.go:49: complexityFortyOne has a cognitive complexity of 41 (at most 40)\n" +
		"testdata/shapes/long.go:90: (*counter).eightyOneLines is 81 lines long (at most 80)\n"
	if got := stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
	if got, want := stderr.String(), "codeshape: 2 function(s) over 80 lines or a cognitive complexity of 40; split them into named steps\n"; got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
}

// TestWithinRaisedLimitsPasses: the same files pass with limits above
// them, with nothing printed.
func TestWithinRaisedLimitsPasses(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-max-lines", "81", "-max-complexity", "41", "testdata/shapes"}, &stdout, &stderr); code != 0 {
		t.Errorf("exit code %d, want 0: %s%s", code, stdout.String(), stderr.String())
	}
	if stdout.Len()+stderr.Len() != 0 {
		t.Errorf("printed %q %q", stdout.String(), stderr.String())
	}
}

// TestBadUsageExits2: a missing directory and a limit below 1 are usage
// errors with a message.
func TestBadUsageExits2(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"testdata/no-such-dir"}, "codeshape: stat testdata/no-such-dir: no such file or directory\n"},
		{[]string{"main.go"}, "codeshape: main.go is not a directory\n"},
		{[]string{"-max-lines", "0", "."}, "codeshape: -max-lines and -max-complexity must be at least 1\n"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(c.args, &stdout, &stderr); code != 2 {
			t.Errorf("%v: exit code %d, want 2", c.args, code)
		}
		if stderr.String() != c.want {
			t.Errorf("%v: stderr %q, want %q", c.args, stderr.String(), c.want)
		}
	}
}

// TestUnparsableFileExits2: a Go file that does not parse is named with
// its position, and nothing is reported as passing.
func TestUnparsableFileExits2(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "broken.go"), []byte("package broken\n\nfunc f( {\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{dir}, &stdout, &stderr); code != 2 {
		t.Errorf("exit code %d, want 2", code)
	}
	if want := "codeshape: " + filepath.Join(dir, "broken.go") + ":3:9: "; !strings.HasPrefix(stderr.String(), want) {
		t.Errorf("stderr %q, want it to start with %q", stderr.String(), want)
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout %q, want nothing", stdout.String())
	}
}
