package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/internal/serve"
)

// serveFlags are the settings of dria serve.
type serveFlags struct {
	rules ruleFlags
	addr  string
	dir   string
}

// defaultServeAddr is where dria serve listens by default: this machine
// only.
const defaultServeAddr = "127.0.0.1:8470"

// serveShutdownGrace is how long requests under way may finish after
// SIGINT or SIGTERM.
const serveShutdownGrace = 5 * time.Second

// newServeCommand is dria serve.
func newServeCommand() *cobra.Command {
	var fl serveFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the assessor's workbench in a browser",
		Long: `Serve starts the assessor's workbench: a web page where a description is
written by answering questions, section by section, saved as YAML in the
workspace folder (--dir), assessed and compared with others, without
writing YAML. It prints the address to open. Nothing leaves the machine:
the page loads nothing from any other host.

The rules load once, with the packs of --rules (or rules: in .dria.yaml),
whose extension fields become questions too.

By default the workbench listens on 127.0.0.1 only. Bound to any other
address (--addr 0.0.0.0:8470), it requires an access token, printed once
in the address to open. Stop it with Ctrl-C (SIGINT) or SIGTERM.

docs/serve.md describes the workbench, its security and what saving
through the page changes in a hand-written file.

Exit codes: 0 stopped; 2 bad usage (a bad address or folder); 3 rules that
do not load, or an internal error.`,
		Example: "  dria serve --dir examples/systems\n  dria serve --addr 127.0.0.1:9000 --dir ./assessments --rules examples/rulepack",
		Args:    maxArgs(0),
		RunE:    func(cmd *cobra.Command, _ []string) error { return runServe(cmd, &fl) },
	}
	fl.rules.register(cmd)
	cmd.Flags().StringVar(&fl.addr, "addr", defaultServeAddr, "listen on this host:port (port 0 picks a free one); beyond loopback an access token is required")
	cmd.Flags().StringVar(&fl.dir, "dir", ".", "the workspace folder the descriptions are read from and saved in")
	return cmd
}

// runServe loads the rules, listens and serves until a signal, then
// shuts down gracefully.
func runServe(cmd *cobra.Command, fl *serveFlags) error {
	if _, err := fl.rules.load(); err != nil {
		return err
	}
	if info, err := os.Stat(fl.dir); err != nil {
		return usageError("--dir %s: %s", safetext.Inline(fl.dir), fileio.Describe(err))
	} else if !info.IsDir() {
		return usageError("--dir %s: not a folder", safetext.Inline(fl.dir))
	}
	if _, _, err := net.SplitHostPort(fl.addr); err != nil {
		return usageError("--addr %s: give host:port, such as 127.0.0.1:8470", safetext.Inline(fl.addr))
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	set, err := fl.rules.set(ctx)
	if err != nil {
		return err
	}
	clock, err := clockFromEnv()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", fl.addr)
	if err != nil {
		return usageError("--addr %s: cannot listen there: %v", safetext.Inline(fl.addr), err)
	}
	defer ln.Close()
	addr := ln.Addr().String()
	opts := []serve.Option{serve.WithDir(fl.dir), serve.WithAddress(addr), serve.WithRuleSet(set), serve.WithClock(clock)}
	token := ""
	if !serve.IsLoopback(addr) {
		token = serve.NewToken()
		opts = append(opts, serve.WithToken(token))
	}
	srv, err := serve.New(ctx, opts...)
	if err != nil {
		return &exitError{code: exitInternal, err: err}
	}
	defer srv.Close()
	announce(cmd.OutOrStdout(), cmd.ErrOrStderr(), addr, token, srv)
	return listenUntilDone(ctx, ln, srv.Handler())
}

// announce prints the address to open, with the token when one is needed.
func announce(stdout, stderr io.Writer, addr, token string, srv *serve.Server) {
	u := "http://" + addr + "/"
	if token != "" {
		u += "?token=" + token
		fmt.Fprintf(stderr, "dria serve: listening on %s, beyond this machine: every request needs the access token in this address (printed once)\n", addr)
	}
	fmt.Fprintf(stderr, "dria serve: %s; stop with Ctrl-C\n", safetext.Inline(srv.Describe()))
	fmt.Fprintf(stdout, "dria serve: open %s\n", u)
}

// listenUntilDone serves on ln until ctx ends, then lets requests under
// way finish.
func listenUntilDone(ctx context.Context, ln net.Listener, h http.Handler) error {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		if !errors.Is(err, http.ErrServerClosed) {
			return &exitError{code: exitInternal, err: fmt.Errorf("serving: %w", err)}
		}
		return nil
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), serveShutdownGrace)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		return &exitError{code: exitInternal, err: fmt.Errorf("stopping: %w", err)}
	}
	return nil
}
