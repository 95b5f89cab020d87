package main

// The start-up comparison (go run ./internal/bench -startup): the whole
// dria command, from process start to exit, against conftest evaluating the
// same policy on the same file.
//
// What is compared, exactly:
//
//   - dria: `dria assess --format json welfare-risk-scoring.yaml`, the
//     built-in rules (SOURCE_DATE_EPOCH set, report to a pipe);
//   - conftest: `conftest test --output json` of the same file with, as
//     policy, the Rego modules of the OPA bundle that `dria bundle build`
//     writes of the same rules (rules, library, engine and generated
//     catalog), the bundle's data.json as data, and a wrapper policy in
//     package main whose deny is one message per finding of data.dria.main,
//     so that conftest parses, compiles and evaluates the whole dria policy.
//
// Both read YAML, compile the same rules with the same OPA version (tools/
// conftest pins conftest to dria's OPA) and print JSON. The harness checks
// that conftest reports as many failures as dria reports findings. Runs are
// paired (one of each, alternating which goes first) after one warm-up run
// of each, so that a busy machine slows both alike; the ratio is the median
// of the pairs' ratios.

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

// wrapperPolicy turns every dria finding into a conftest deny.
const wrapperPolicy = `package main

# Every finding of the dria policy as a conftest deny, so that conftest
# evaluates data.dria.main on the input.
deny contains msg if {
	some f in data.dria.main.findings
	msg := sprintf("%s: %s", [f.ruleId, f.message])
}
`

// startupExample is the description both commands assess.
const startupExample = "welfare-risk-scoring.yaml"

// sourceDateEpoch fixes dria's clock (2026-01-01) for the runs.
const sourceDateEpoch = "SOURCE_DATE_EPOCH=1767225600"

// timing is one process run: wall-clock time and CPU time (user + system).
type timing struct{ wall, cpu time.Duration }

// startupCommand is one command line of the comparison and how to judge
// its output.
type startupCommand struct {
	name string
	args []string
	// okCodes are the exit codes of a good run (conftest exits 1 when it
	// has failures).
	okCodes []int
}

func (c startupCommand) run() (timing, []byte, error) {
	cmd := exec.Command(c.args[0], c.args[1:]...)
	cmd.Env = append(os.Environ(), sourceDateEpoch)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && slices.Contains(c.okCodes, exit.ExitCode())) {
		return timing{}, nil, fmt.Errorf("%s: %v: %s", c.name, err, errOut.Bytes()[:min(errOut.Len(), 300)])
	}
	st := cmd.ProcessState
	return timing{wall: wall, cpu: st.UserTime() + st.SystemTime()}, out.Bytes(), nil
}

// runStartup builds both commands, checks that they agree, times paired
// runs and prints the table.
func runStartup(runs int) error {
	dir, err := os.MkdirTemp("", "dria-startup")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	dria, conftest, err := startupCommands(dir)
	if err != nil {
		return err
	}
	version := startupCommand{name: "dria version", args: []string{dria.args[0], "version"}}
	if err := sameFindings(dria, conftest); err != nil {
		return err
	}
	pairs, floor, err := pairedRuns(dria, conftest, version, runs)
	if err != nil {
		return err
	}
	printStartup(pairs, floor)
	return nil
}

// startupCommands builds dria and conftest into dir and writes the policy
// conftest is given.
func startupCommands(dir string) (dria, conftest startupCommand, err error) {
	driaBin, conftestBin := filepath.Join(dir, "dria"), filepath.Join(dir, "conftest")
	if err = goBuild(root(), driaBin, "./cmd/dria"); err != nil {
		return
	}
	if err = goBuild(filepath.Join(root(), "tools", "conftest"), conftestBin, "github.com/open-policy-agent/conftest"); err != nil {
		return
	}
	policy := filepath.Join(dir, "policy")
	if err = writeBundlePolicy(driaBin, dir, policy); err != nil {
		return
	}
	wrapper := filepath.Join(dir, "wrapper.rego")
	if err = os.WriteFile(wrapper, []byte(wrapperPolicy), 0o644); err != nil {
		return
	}
	example := filepath.Join(root(), "examples", "systems", startupExample)
	dria = startupCommand{name: "dria assess", args: []string{driaBin, "assess", "--format", "json", example}}
	conftest = startupCommand{name: "conftest test", okCodes: []int{1}, args: []string{conftestBin, "test",
		"--policy", policy, "--policy", wrapper, "--data", filepath.Join(policy, "data.json"),
		"--output", "json", "--no-color", example}}
	return
}

func goBuild(dir, out, pkg string) error {
	fmt.Fprintf(os.Stderr, "building %s\n", pkg)
	build := exec.Command("go", "build", "-o", out, pkg)
	build.Dir = dir
	if msg, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("building %s: %v: %s", pkg, err, msg)
	}
	return nil
}

// writeBundlePolicy writes the bundle of the built-in rules with dria
// bundle build and unpacks its modules and data.json into policy.
func writeBundlePolicy(dria, dir, policy string) error {
	tarball := filepath.Join(dir, "dria.tar.gz")
	build := exec.Command(dria, "bundle", "build", "-o", tarball)
	build.Env = append(os.Environ(), sourceDateEpoch)
	if msg, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("dria bundle build: %v: %s", err, msg)
	}
	data, err := os.ReadFile(tarball)
	if err != nil {
		return err
	}
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := unpackEntry(policy, hdr, tr); err != nil {
			return err
		}
	}
}

// unpackEntry writes one .rego or data.json entry of the bundle under dir.
func unpackEntry(dir string, hdr *tar.Header, r io.Reader) error {
	name := filepath.FromSlash(hdr.Name)
	if hdr.Typeflag != tar.TypeReg || !filepath.IsLocal(name) ||
		(!strings.HasSuffix(name, ".rego") && name != "data.json") {
		return nil
	}
	text, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	out := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(out, text, 0o644)
}

// sameFindings runs both commands once and checks that conftest denies
// once per dria finding: that both evaluate the same policy.
func sameFindings(dria, conftest startupCommand) error {
	_, out, err := dria.run()
	if err != nil {
		return err
	}
	var rep struct {
		Assessments []struct {
			Findings []json.RawMessage `json:"findings"`
		} `json:"assessments"`
	}
	if err := json.Unmarshal(out, &rep); err != nil || len(rep.Assessments) != 1 {
		return fmt.Errorf("dria assess: no report of one system (%v)", err)
	}
	_, out, err = conftest.run()
	if err != nil {
		return err
	}
	var results []struct {
		Failures []json.RawMessage `json:"failures"`
	}
	if err := json.Unmarshal(out, &results); err != nil || len(results) != 1 {
		return fmt.Errorf("conftest test: no result for one file (%v)", err)
	}
	if got, want := len(results[0].Failures), len(rep.Assessments[0].Findings); got != want || want == 0 {
		return fmt.Errorf("conftest reports %d failures and dria %d findings: they do not evaluate the same policy", got, want)
	}
	fmt.Fprintf(os.Stderr, "both report %d findings\n", len(results[0].Failures))
	return nil
}

// startupPair is one run of each command.
type startupPair struct{ dria, conftest timing }

// pairedRuns runs the two commands in pairs, alternating which goes first,
// and dria version (the floor: a process that loads no rules) once a pair.
func pairedRuns(dria, conftest, version startupCommand, runs int) ([]startupPair, []timing, error) {
	pairs := make([]startupPair, 0, runs)
	floor := make([]timing, 0, runs)
	for i := range runs {
		var p startupPair
		order := []struct {
			c  startupCommand
			to *timing
		}{{dria, &p.dria}, {conftest, &p.conftest}}
		if i%2 == 1 {
			slices.Reverse(order)
		}
		for _, o := range order {
			t, _, err := o.c.run()
			if err != nil {
				return nil, nil, err
			}
			*o.to = t
		}
		v, _, err := version.run()
		if err != nil {
			return nil, nil, err
		}
		pairs, floor = append(pairs, p), append(floor, v)
	}
	return pairs, floor, nil
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// quartiles are the first quartile, median and third quartile of rs.
func quartiles(rs []float64) (q1, q2, q3 float64) {
	s := slices.Clone(rs)
	slices.Sort(s)
	return s[len(s)/4], s[len(s)/2], s[len(s)*3/4]
}

// printStartup prints the medians of the paired runs as a Markdown table.
func printStartup(pairs []startupPair, floor []timing) {
	var dw, dc, cw, cc, fw, fc []time.Duration
	var rw, rc []float64
	for i, p := range pairs {
		dw, dc = append(dw, p.dria.wall), append(dc, p.dria.cpu)
		cw, cc = append(cw, p.conftest.wall), append(cc, p.conftest.cpu)
		fw, fc = append(fw, floor[i].wall), append(fc, floor[i].cpu)
		rw = append(rw, p.dria.wall.Seconds()/p.conftest.wall.Seconds())
		rc = append(rc, p.dria.cpu.Seconds()/p.conftest.cpu.Seconds())
	}
	ms := func(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d)/1e6) }
	fmt.Printf("Measured %s on %s, %d CPUs, %s; %d paired runs, medians.\n\n", time.Now().UTC().Format(time.DateOnly), cpuModel(), runtime.NumCPU(), runtime.Version(), len(pairs))
	fmt.Println("| process, start to exit | wall | CPU (user + system) |")
	fmt.Println("|---|---:|---:|")
	fmt.Printf("| `dria assess --format json` (%s) | %s | %s |\n", startupExample, ms(median(dw)), ms(median(dc)))
	fmt.Printf("| `conftest test` of the same rules and file | %s | %s |\n", ms(median(cw)), ms(median(cc)))
	fmt.Printf("| `dria version` (a process that loads no rules) | %s | %s |\n", ms(median(fw)), ms(median(fc)))
	w1, w2, w3 := quartiles(rw)
	c1, c2, c3 := quartiles(rc)
	fmt.Printf("\ndria ÷ conftest, median of the pairs: %.2f× wall, %.2f× CPU (target ≤ 0.5× wall); middle half of the pairs: %.2f–%.2f× wall, %.2f–%.2f× CPU.\n", w2, c2, w1, w3, c1, c3)
}
