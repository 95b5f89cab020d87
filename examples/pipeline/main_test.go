package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPipelineFailsOnHighFindings(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"-fail-on", "high", "../systems"}, &out, &errOut)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "welfare-risk-scoring.yaml:") || !strings.Contains(out.String(), "12 systems assessed") {
		t.Errorf("unexpected output:\n%s", out.String())
	}
}

func TestPipelinePassesOnAWellRunSystem(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../systems/participatory-budgeting.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "system.yaml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d, want 0:\n%s%s", code, out.String(), errOut.String())
	}
	if !strings.Contains(out.String(), "1 systems assessed, 0 findings at or above high") {
		t.Errorf("unexpected output: %s", out.String())
	}
}

func TestPipelineReportsInvalidDescriptions(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte("apiVersion: dria/v1\nkind: System\nmetadata: {name: x, title: X}\nspec: {data: {retentonDays: 1}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{dir}, &out, &errOut); code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if !strings.Contains(errOut.String(), `bad.yaml:4:15: unknown key "retentonDays"`) {
		t.Errorf("stderr: %s", errOut.String())
	}
}

func TestPipelineRefusesAnUnknownSeverity(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"-fail-on", "severe", "../systems"}, &out, &errOut); code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	want := `invalid value "severe" for flag -fail-on: "severe" is not a severity; use info, low, medium, high or critical`
	if !strings.HasPrefix(errOut.String(), want+"\n") || !strings.Contains(errOut.String(), "usage: pipeline [-fail-on SEVERITY] DIR") {
		t.Errorf("stderr:\n%s", errOut.String())
	}
	if out.Len() > 0 {
		t.Errorf("nothing is assessed, got:\n%s", out.String())
	}
}
