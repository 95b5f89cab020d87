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
