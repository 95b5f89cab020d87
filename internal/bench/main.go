// Command bench measures dria end to end and prints one Markdown table:
// parse+validate and assessment time for descriptions with 10 to 10,000
// components, a raw OPA prepared evaluation of the same policy entry point
// on the same already-parsed input (and dria's ratio to it), allocations,
// peak memory of each scenario (in a child process), a batch of 10,000
// descriptions on one worker and on all cores, and the dria command from
// process start to exit.
//
//	go run ./internal/bench            # the whole table (a few minutes)
//	go run ./internal/bench -quick     # fewer sizes and a smaller batch
//	go run ./internal/bench -startup   # dria assess start to exit against conftest
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/schema"
	"github.com/dria-project/dria/schema/source"
)

var clock = func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }

func main() {
	quick := flag.Bool("quick", false, "smaller sizes and batch, for a fast look")
	child := flag.String("child", "", "internal: run one scenario and exit (for peak memory)")
	startup := flag.Bool("startup", false, "only compare the start-up of dria assess with conftest's on the same rules (startup.go)")
	runs := flag.Int("runs", 21, "paired runs of -startup")
	flag.Parse()
	if *child != "" {
		runChild(*child)
		return
	}
	if *startup {
		if err := runStartup(max(*runs, 1)); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*quick); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// root finds the module root from the working directory.
func root() string {
	dir, _ := os.Getwd()
	for d := dir; d != "/"; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
	}
	return dir
}

func examples() ([]assess.Input, error) {
	files, err := filepath.Glob(filepath.Join(root(), "examples", "systems", "*.yaml"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no examples found: %v", err)
	}
	var out []assess.Input
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, assess.Input{Path: filepath.Base(f), Data: data})
	}
	return out, nil
}

// withComponents returns the welfare example with n generated components.
func withComponents(n int) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(root(), "examples", "systems", "welfare-risk-scoring.yaml"))
	if err != nil {
		return nil, err
	}
	text := string(data)
	start := strings.Index(text, "\n  components:\n")
	end := strings.Index(text, "\n  mitigations:\n")
	if start < 0 || end < start {
		return nil, fmt.Errorf("welfare example has no components section to replace")
	}
	var b strings.Builder
	b.WriteString(text[:start])
	b.WriteString("\n  components:\n")
	kinds := []string{"service", "model", "database", "website", "dataset", "third-party-api"}
	countries := []string{"NL", "DE", "IE", "US"}
	for i := range n {
		fmt.Fprintf(&b, "    - name: component-%05d\n      kind: %s\n      provider: Vendor %d\n      location: %s\n      dataCategories: [identity, financial]\n",
			i, kinds[i%len(kinds)], i%17, countries[i%len(countries)])
	}
	b.WriteString(text[end:])
	return []byte(b.String()), nil
}

type row struct {
	name     string
	validate testing.BenchmarkResult
	assess   testing.BenchmarkResult
	raw      testing.BenchmarkResult
	peakMB   float64
	note     string
}

func run(quick bool) error {
	sizes := []int{10, 100, 1000, 10000}
	batch := 10000
	if quick {
		sizes = []int{10, 100, 1000}
		batch = 1000
	}
	a, err := assess.New(context.Background(), assess.WithClock(clock))
	if err != nil {
		return err
	}
	raw, err := rego.New(rego.Compiler(a.RuleSet().Compiler()), rego.Store(inmem.New()), rego.Query(assess.Query), rego.StrictBuiltinErrors(true)).PrepareForEval(context.Background())
	if err != nil {
		return err
	}
	var rows []row
	for _, n := range sizes {
		r, err := measureSize(a, raw, n)
		if err != nil {
			return err
		}
		rows = append(rows, r)
		fmt.Fprintf(os.Stderr, "measured %s\n", r.name)
	}
	b, err := measureBatch(a, batch)
	if err != nil {
		return err
	}
	fmt.Fprintln(os.Stderr, "measured the batch")
	startup, err := commandTime()
	if err != nil {
		return err
	}
	printSizes(rows)
	printBatch(b)
	fmt.Printf("\n`dria assess` of one example, process start to exit (median of 10): %s (target < 300 ms).\n", startup.Round(time.Millisecond))
	return nil
}

// measureSize benchmarks validation, assessment and raw OPA evaluation of
// the welfare example with n components, and its peak memory.
func measureSize(a *assess.Assessor, raw rego.PreparedEvalQuery, n int) (row, error) {
	data, err := withComponents(n)
	if err != nil {
		return row{}, err
	}
	in := assess.Input{Path: "system.yaml", Data: data}
	docs, err := schema.LoadDescriptions(in.Path, data)
	if err != nil {
		return row{}, err
	}
	value := nodeValue(docs[0].Root)
	r := row{name: fmt.Sprintf("%d components (%s)", n, sizeText(len(data)))}
	r.validate = testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := schema.LoadDescriptions(in.Path, data); err != nil {
				b.Fatal(err)
			}
		}
	})
	r.assess = testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := a.Assess(context.Background(), in); err != nil {
				b.Fatal(err)
			}
		}
	})
	r.raw = testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := raw.Eval(context.Background(), rego.EvalParsedInput(value), rego.EvalTime(clock())); err != nil {
				b.Fatal(err)
			}
		}
	})
	r.peakMB, err = childPeak(fmt.Sprintf("components:%d", n))
	return r, err
}

// batchRun is the timing of a batch of example descriptions on one worker
// and on all cores.
type batchRun struct {
	size             int
	single, parallel time.Duration
	peakMB           float64
}

// measureBatch times a batch of n example descriptions on one worker and
// on all of a's workers, and its peak memory.
func measureBatch(a *assess.Assessor, n int) (batchRun, error) {
	exs, err := examples()
	if err != nil {
		return batchRun{}, err
	}
	inputs := batchInputs(exs, n)
	one, err := assess.New(context.Background(), assess.WithClock(clock), assess.WithWorkers(1))
	if err != nil {
		return batchRun{}, err
	}
	b := batchRun{size: n}
	start := time.Now()
	if _, err := one.AssessBatch(context.Background(), inputs); err != nil {
		return batchRun{}, err
	}
	b.single = time.Since(start)
	start = time.Now()
	if _, err := a.AssessBatch(context.Background(), inputs); err != nil {
		return batchRun{}, err
	}
	b.parallel = time.Since(start)
	b.peakMB, err = childPeak(fmt.Sprintf("batch:%d", n))
	return b, err
}

// printSizes prints the machine and the table of input sizes.
func printSizes(rows []row) {
	fmt.Printf("Measured %s on %s, %d CPUs, %s.\n\n", time.Now().UTC().Format(time.DateOnly), cpuModel(), runtime.NumCPU(), runtime.Version())
	fmt.Println("| input | parse + validate | assess (dria) | raw OPA eval | dria ÷ OPA | allocs/assess | MB/assess | peak RSS |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range rows {
		fmt.Printf("| %s | %s | %s | %s | %.2f× | %d | %.1f | %.0f MB |\n", r.name, dur(r.validate.NsPerOp()), dur(r.assess.NsPerOp()), dur(r.raw.NsPerOp()),
			float64(r.assess.NsPerOp())/float64(r.raw.NsPerOp()), r.assess.AllocsPerOp(), float64(r.assess.AllocedBytesPerOp())/1e6, r.peakMB)
	}
	if len(rows) == 4 {
		fmt.Printf("\n10,000 components take %.1f× the time of 1,000 (target ≤ 12×).\n", float64(rows[3].assess.NsPerOp())/float64(rows[2].assess.NsPerOp()))
	}
}

// printBatch prints the table of the batch on one worker and on all cores.
func printBatch(b batchRun) {
	fmt.Printf("\n| batch of %d example descriptions | time | per system | throughput |\n|---|---:|---:|---:|\n", b.size)
	fmt.Printf("| 1 worker | %s | %s | %.0f/s |\n", b.single.Round(time.Millisecond), dur(b.single.Nanoseconds()/int64(b.size)), float64(b.size)/b.single.Seconds())
	fmt.Printf("| %d workers | %s | %s | %.0f/s |\n", runtime.GOMAXPROCS(0), b.parallel.Round(time.Millisecond), dur(b.parallel.Nanoseconds()/int64(b.size)), float64(b.size)/b.parallel.Seconds())
	fmt.Printf("\nBatch speed-up on %d cores: %.2f× (target ≥ 1.7×); peak RSS of the batch: %.0f MB.\n", runtime.GOMAXPROCS(0), b.single.Seconds()/b.parallel.Seconds(), b.peakMB)
}

func batchInputs(exs []assess.Input, n int) []assess.Input {
	out := make([]assess.Input, n)
	for i := range n {
		ex := exs[i%len(exs)]
		// Each system in a batch needs its own name.
		data := bytes.Replace(ex.Data, []byte("\n  name: "), []byte(fmt.Sprintf("\n  name: b%05d-", i)), 1)
		out[i] = assess.Input{Path: fmt.Sprintf("%05d-%s", i, ex.Path), Data: data}
	}
	return out
}

// childPeak runs one scenario in a child process and returns its peak
// resident memory in MB.
func childPeak(scenario string) (float64, error) {
	exe, err := os.Executable()
	if err != nil {
		return 0, err
	}
	cmd := exec.Command(exe, "-child", scenario)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("scenario %s: %w", scenario, err)
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, nil
	}
	return float64(ru.Maxrss) / 1024, nil // Linux reports KiB
}

func runChild(scenario string) {
	kind, arg, _ := strings.Cut(scenario, ":")
	n, _ := strconv.Atoi(arg)
	a, err := assess.New(context.Background(), assess.WithClock(clock))
	if err != nil {
		panic(err)
	}
	switch kind {
	case "components":
		data, err := withComponents(n)
		if err != nil {
			panic(err)
		}
		if _, err := a.Assess(context.Background(), assess.Input{Path: "system.yaml", Data: data}); err != nil {
			panic(err)
		}
	case "batch":
		exs, err := examples()
		if err != nil {
			panic(err)
		}
		if _, err := a.AssessBatch(context.Background(), batchInputs(exs, n)); err != nil {
			panic(err)
		}
	}
}

// commandTime builds the dria command and times `dria assess` of one
// example from process start to exit, the median of 10 runs.
func commandTime() (time.Duration, error) {
	dir, err := os.MkdirTemp("", "dria-bench")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "dria")
	build := exec.Command("go", "build", "-o", bin, "./cmd/dria")
	build.Dir = root()
	if out, err := build.CombinedOutput(); err != nil {
		return 0, fmt.Errorf("building dria: %v: %s", err, out)
	}
	example := filepath.Join(root(), "examples", "systems", "welfare-risk-scoring.yaml")
	var times []time.Duration
	for range 10 {
		cmd := exec.Command(bin, "assess", "--format", "json", example)
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1767225600")
		start := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			return 0, fmt.Errorf("dria assess: %v: %s", err, out[:min(len(out), 300)])
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	return times[len(times)/2], nil
}

func nodeValue(n *source.Node) ast.Value {
	v, err := ast.InterfaceToValue(n.Interface())
	if err != nil {
		panic(err)
	}
	return v
}

func dur(ns int64) string {
	d := time.Duration(ns)
	switch {
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	case d >= time.Millisecond:
		return fmt.Sprintf("%.2f ms", float64(d)/1e6)
	}
	return fmt.Sprintf("%.0f µs", float64(d)/1e3)
}

func sizeText(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
}

func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "model name") {
			if _, v, ok := strings.Cut(line, ":"); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	return runtime.GOARCH
}
