package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestProcurementComparison(t *testing.T) {
	out := filepath.Join(t.TempDir(), "comparison.html")
	vendors, _ := filepath.Glob("vendors/*.yaml")
	if len(vendors) != 3 {
		t.Fatalf("want 3 vendor descriptions, got %d", len(vendors))
	}
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), append([]string{"-o", out}, vendors...), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	html, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	page := string(html)
	for _, want := range []string{"<!DOCTYPE html>", "vendor-a-triage", "vendor-b-triage", "vendor-c-triage", "Comparison"} {
		if !strings.Contains(page, want) {
			t.Errorf("the HTML lacks %q", want)
		}
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("stdout:\n%s", stdout.String())
	}
	// The well-safeguarded vendor must compare better than the one that
	// decides automatically with nationality as input.
	if !strings.Contains(lines[0], "vendor-a-triage") || !strings.Contains(lines[2], "vendor-c-triage") || !strings.Contains(lines[2], "critical") {
		t.Errorf("unexpected ranking lines:\n%s", stdout.String())
	}
	if strings.Contains(lines[0], "residual critical") || strings.Contains(lines[0], "residual high") {
		t.Errorf("vendor A should not carry high residual risk: %s", lines[0])
	}
}

// TestProcurementShortPrintAndMarkdown checks the default short print (no
// appendix), -detail full (with it), the Markdown output for a .md file,
// and the refusal of an unknown level of detail.
func TestProcurementShortPrintAndMarkdown(t *testing.T) {
	vendors, _ := filepath.Glob("vendors/*.yaml")
	dir := t.TempDir()
	render := func(t *testing.T, args ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), append(args, vendors...), &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		data, err := os.ReadFile(args[1])
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	short := render(t, "-o", filepath.Join(dir, "short.md"))
	full := render(t, "-o", filepath.Join(dir, "full.md"), "-detail", "full")
	for _, want := range []string{"| Aspect | Vendor A — caseworker triage assistant |", "**Questions to put to the vendor or system owner:**", "## Technical details"} {
		if !strings.Contains(short, want) || !strings.Contains(full, want) {
			t.Errorf("a report lacks %q", want)
		}
	}
	if strings.Contains(short, "## Appendix: full detail") || !strings.Contains(full, "## Appendix: full detail") {
		t.Error("the appendix belongs to -detail full only")
	}
	if strings.Contains(short, "<!DOCTYPE") {
		t.Error("a .md file gets Markdown")
	}

	var stdout, stderr bytes.Buffer
	code := run(context.Background(), append([]string{"-o", filepath.Join(dir, "x.html"), "-detail", "brief"}, vendors...), &stdout, &stderr)
	if code != 2 || !strings.Contains(stderr.String(), `procurement: report: WithDetail: "brief" is not a level of detail (want summary or full)`) {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "x.html")); err == nil {
		t.Error("nothing is written for a bad option")
	}
}
