package rules_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

// TestBundleServedByOPAMatchesLibrary builds the bundle, serves it with a
// stock OPA server (`go tool opa run --server`, from the OPA module in
// go.mod) on 127.0.0.1, and checks that its answer over HTTP equals the
// library's for every bundled example, locations excepted.
func TestBundleServedByOPAMatchesLibrary(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an OPA server; skipped with -short")
	}
	set, err := rules.Load(context.Background())
	require.NoError(t, err)
	bundle := filepath.Join(t.TempDir(), "dria.tar.gz")
	var buf bytes.Buffer
	require.NoError(t, set.WriteBundle(&buf, time.Unix(0, 0)))
	require.NoError(t, os.WriteFile(bundle, buf.Bytes(), 0o644))

	var again bytes.Buffer
	require.NoError(t, set.WriteBundle(&again, time.Unix(0, 0)))
	assert.Equal(t, buf.Bytes(), again.Bytes(), "the bundle is reproducible")

	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())

	// `go tool -n opa` builds OPA from the module in go.mod (once; the
	// build cache keeps it) and prints the binary's path, so the server
	// runs as a direct child that the test can stop.
	build := exec.Command("go", "tool", "-n", "opa")
	build.Dir = ".."
	out, err := build.CombinedOutput()
	require.NoError(t, err, "building OPA: %s", out)
	opa := string(bytes.TrimSpace(out))

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, opa, "run", "--server", "--addr", addr, "--bundle", bundle, "--log-level", "error")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.WaitDelay = 5 * time.Second
	require.NoError(t, cmd.Start())
	defer func() { cancel(); _ = cmd.Wait() }()

	base := "http://" + addr
	deadline := time.Now().Add(time.Minute)
	for {
		resp, err := http.Get(base + "/health?bundles")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("OPA server did not become healthy: %s", stderr.String())
		}
		time.Sleep(200 * time.Millisecond)
	}

	a, err := assess.New(context.Background(), assess.WithRuleSet(set))
	require.NoError(t, err)
	files, err := filepath.Glob("../examples/systems/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		docs, err := schema.LoadDescriptions(f, data)
		require.NoError(t, err)
		body, err := json.Marshal(map[string]any{"input": docs[0].Root.Interface()})
		require.NoError(t, err)
		resp, err := http.Post(base+"/v1/data/dria/main", "application/json", bytes.NewReader(body))
		require.NoError(t, err)
		var served struct {
			Result struct {
				Findings []struct {
					RuleID           string   `json:"ruleId"`
					Severity         string   `json:"severity"`
					BaseSeverity     string   `json:"baseSeverity"`
					SeverityReasons  []string `json:"severityReasons"`
					Message          string   `json:"message"`
					Paths            []string `json:"paths"`
					ResidualSeverity string   `json:"residualSeverity"`
					MitigatedBy      []string `json:"mitigatedBy"`
				} `json:"findings"`
				Passed        []string       `json:"passed"`
				NotApplicable []string       `json:"notApplicable"`
				Summary       assess.Summary `json:"summary"`
			} `json:"result"`
		}
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&served))
		resp.Body.Close()

		rep, err := a.Assess(context.Background(), assess.Input{Path: f, Data: data})
		require.NoError(t, err)
		lib := rep.Assessments[0]
		total += len(lib.Findings)
		require.Len(t, served.Result.Findings, len(lib.Findings), f)
		for i, want := range lib.Findings {
			got := served.Result.Findings[i]
			paths := make([]string, len(want.Evidence))
			for j, e := range want.Evidence {
				paths[j] = e.Path
			}
			assert.Equal(t,
				fmt.Sprint(want.RuleID, want.Severity, want.BaseSeverity, want.SeverityReasons, want.Message, paths, want.ResidualSeverity, want.MitigatedBy),
				fmt.Sprint(got.RuleID, got.Severity, got.BaseSeverity, got.SeverityReasons, got.Message, got.Paths, got.ResidualSeverity, got.MitigatedBy),
				"%s finding %d", f, i)
		}
		assert.Equal(t, lib.Passed, served.Result.Passed, f)
		assert.Equal(t, lib.NotApplicable, served.Result.NotApplicable, f)
		assert.Equal(t, lib.Summary, served.Result.Summary, f)
	}
	assert.Greater(t, total, 100, "the examples exercise many rules")
}
