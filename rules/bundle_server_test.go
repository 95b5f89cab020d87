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
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
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

	base := serveBundle(t, bundle)

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
				Valid    bool `json:"valid"`
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
		assert.True(t, served.Result.Valid, "%s is valid", f)
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

// serveBundle serves the bundle file with a stock OPA server on
// 127.0.0.1 until the test ends, and returns its base URL.
func serveBundle(t *testing.T, bundle string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())

	// The server runs as a direct child that the test can stop.
	opa := opaBinary(t)

	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	cmd := exec.CommandContext(ctx, opa, "run", "--server", "--addr", addr, "--bundle", bundle, "--log-level", "error")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.WaitDelay = 5 * time.Second
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { cancel(); _ = cmd.Wait() })

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

	return base
}

// opaBinary builds OPA from the module in go.mod (once; the build cache
// keeps it) with `go tool -n opa` and returns the binary's path.
func opaBinary(t *testing.T) string {
	t.Helper()
	build := exec.Command("go", "tool", "-n", "opa")
	build.Dir = ".."
	out, err := build.CombinedOutput()
	require.NoError(t, err, "building OPA: %s", out)
	return string(bytes.TrimSpace(out))
}

// writeBundleFile writes the set's bundle into the test's temporary
// directory and returns its path.
func writeBundleFile(t *testing.T, set *rules.Set) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, set.WriteBundle(&buf, time.Unix(0, 0)))
	bundle := filepath.Join(t.TempDir(), "dria.tar.gz")
	require.NoError(t, os.WriteFile(bundle, buf.Bytes(), 0o644))
	return bundle
}

// servedAnswer is data.dria.main as an OPA server answers it.
type servedAnswer struct {
	Valid    *bool `json:"valid"`
	Problems []struct {
		Pointer string `json:"pointer"`
		Message string `json:"message"`
	} `json:"problems"`
	Findings []map[string]any `json:"findings"`
	Summary  map[string]any   `json:"summary"`
	Errors   []string         `json:"errors"`
}

// askServer posts the body to /v1/data/dria/main and decodes the result.
func askServer(t *testing.T, base, body string) servedAnswer {
	t.Helper()
	resp, err := http.Post(base+"/v1/data/dria/main", "application/json", bytes.NewReader([]byte(body)))
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var out struct {
		Result *servedAnswer `json:"result"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
	require.NotNil(t, out.Result, "the policy answers every input: %s", body)
	return *out.Result
}

// descriptionBody is the request body with the description in file (YAML
// read as dria reads it, but without validation) as input.
func descriptionBody(t *testing.T, file string) string {
	t.Helper()
	body, err := json.Marshal(map[string]any{"input": parseUnchecked(t, file)})
	require.NoError(t, err)
	return string(body)
}

// TestBundleServedByOPAFailsClosed checks that a stock OPA server running
// the bundle refuses what the dria command refuses: garbage, and a
// description with a misspelt key, get valid: false with their problems
// and no findings, no summary; the same description spelt right gets
// findings and valid: true.
func TestBundleServedByOPAFailsClosed(t *testing.T) {
	if testing.Short() {
		t.Skip("starts an OPA server; skipped with -short")
	}
	set, err := rules.Load(context.Background())
	require.NoError(t, err)
	base := serveBundle(t, writeBundleFile(t, set))

	refused := []struct{ name, body, pointer, message string }{
		{"a string", `{"input": "garbage"}`, "", "the input is string, not a description"},
		{"a number", `{"input": 42}`, "", "the input is number, not a description"},
		{"null, which OPA takes for no input", `{"input": null}`, "", "no input"},
		{"an array", `{"input": [{"apiVersion": "dria/v1"}]}`, "", "the input is array, not a description"},
		{"no input", `{}`, "", "no input: send the system description as \"input\""},
		{"an empty object", `{"input": {}}`, "", "apiVersion is required"},
		{"a bad enum", `{"input": {"apiVersion": "dria/v1", "kind": "System", "metadata": {"name": "x", "title": "X"}, "spec": {"decisions": {"automation": "fulll"}}}}`,
			"/spec/decisions/automation", `must be one of the following: "none", "assistive", "partial", "full"`},
		{"a misspelt key", descriptionBody(t, "testdata/opa/misspelt-key.yaml"), "/spec/data/retentonDays", "Additional property retentonDays is not allowed"},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			got := askServer(t, base, tc.body)
			require.NotNil(t, got.Valid)
			assert.False(t, *got.Valid)
			assert.Empty(t, got.Findings, "no findings for an invalid input")
			assert.Nil(t, got.Summary, "no risk summary for an invalid input")
			found := false
			for _, p := range got.Problems {
				if p.Pointer == tc.pointer && strings.Contains(p.Message, tc.message) {
					found = true
				}
			}
			assert.True(t, found, "a problem at %q saying %q among %+v", tc.pointer, tc.message, got.Problems)
		})
	}

	// The library refuses the misspelt key too, and accepts it spelt right.
	data, err := os.ReadFile("testdata/opa/misspelt-key.yaml")
	require.NoError(t, err)
	_, err = schema.LoadDescriptions("misspelt-key.yaml", data)
	require.ErrorContains(t, err, `unknown key "retentonDays"`)

	got := askServer(t, base, descriptionBody(t, "testdata/opa/valid.yaml"))
	require.NotNil(t, got.Valid)
	assert.True(t, *got.Valid)
	assert.Empty(t, got.Problems)
	assert.NotEmpty(t, got.Findings)
	assert.NotEmpty(t, got.Summary["residualRisk"])
	assert.Empty(t, got.Errors)
}

// parseUnchecked reads the first document of a YAML or JSON file as dria
// does (dates stay strings), without validating it.
func parseUnchecked(tb testing.TB, file string) any {
	tb.Helper()
	data, err := os.ReadFile(file)
	require.NoError(tb, err)
	docs, err := source.Parse(file, data, source.Auto, source.Limits{})
	require.NoError(tb, err)
	return docs[0].Root.Interface()
}
