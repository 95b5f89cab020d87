// Package serve is dria's assessor's workbench: a web page, served on the
// user's machine by dria serve, where people who do not write YAML answer
// the questions of a system description section by section, save it as
// YAML in a workspace folder, assess it and compare descriptions, with the
// same engine as the command line.
//
// The questionnaire is generated from the description schema of the rule
// set (rules.Set.DescriptionSchema, packs' extensions included). Answers
// are written into the file's YAML nodes, so a hand-written file keeps its
// field order and comments; docs/serve.md says what is lost. The page
// works without JavaScript and loads nothing from any other host.
package serve

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"time"

	"github.com/dria-project/dria/assess"
	"github.com/dria-project/dria/internal/fileio"
	"github.com/dria-project/dria/internal/safetext"
	"github.com/dria-project/dria/rules"
	"github.com/dria-project/dria/schema"
)

// DefaultMaxBodyBytes bounds a request's body: a page of answers is far
// smaller.
const DefaultMaxBodyBytes = 1 << 20

// Server is the workbench. It is safe for concurrent use.
type Server struct {
	ws        *workspace
	q         *questionnaire
	set       *rules.Set
	validator *schema.Validator
	assessor  *assess.Assessor
	pages     *template.Template
	handler   http.Handler
}

// config holds the options of New.
type config struct {
	dir      string
	addr     string
	token    string
	set      *rules.Set
	clock    func() time.Time
	maxBody  int64
	maxBytes int64
}

// Option configures New. Options check their own arguments.
type Option func(*config) error

// WithDir names the workspace folder (required).
func WithDir(dir string) Option {
	return func(c *config) error {
		if dir == "" {
			return errors.New("serve: WithDir needs a folder")
		}
		c.dir = dir
		return nil
	}
}

// WithAddress gives the address the server listens on (host:port, the
// port resolved), whose names are the only Host headers answered
// (required).
func WithAddress(addr string) Option {
	return func(c *config) error {
		if _, err := allowedHosts(addr); err != nil {
			return err
		}
		c.addr = addr
		return nil
	}
}

// WithToken requires this access token of every request (for a server
// bound beyond loopback); see NewToken.
func WithToken(token string) Option {
	return func(c *config) error {
		if len(token) < 16 {
			return errors.New("serve: WithToken needs a token of at least 16 characters")
		}
		c.token = token
		return nil
	}
}

// WithRuleSet assesses with this rule set, loaded once (default: the
// built-in rules). Its description schema makes the questionnaire.
func WithRuleSet(s *rules.Set) Option {
	return func(c *config) error {
		if s == nil {
			return errors.New("serve: WithRuleSet needs a rule set")
		}
		c.set = s
		return nil
	}
}

// WithClock sets the assessment date's clock (default time.Now).
func WithClock(now func() time.Time) Option {
	return func(c *config) error {
		if now == nil {
			return errors.New("serve: WithClock needs a clock")
		}
		c.clock = now
		return nil
	}
}

// WithMaxBodyBytes bounds the size of a request's body (default
// DefaultMaxBodyBytes).
func WithMaxBodyBytes(n int64) Option {
	return func(c *config) error {
		if n < 1024 {
			return errors.New("serve: WithMaxBodyBytes needs at least 1024 bytes")
		}
		c.maxBody = n
		return nil
	}
}

// NewToken makes a random access token.
func NewToken() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// New builds the workbench: it opens the workspace, generates the
// questionnaire and prepares the assessor once.
func New(ctx context.Context, opts ...Option) (*Server, error) {
	c := config{clock: time.Now, maxBody: DefaultMaxBodyBytes, maxBytes: fileio.DefaultMaxBytes}
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	if c.dir == "" || c.addr == "" {
		return nil, errors.New("serve: New needs WithDir and WithAddress")
	}
	if c.set == nil {
		set, err := rules.Load(ctx)
		if err != nil {
			return nil, err
		}
		c.set = set
	}
	ws, err := openWorkspace(c.dir, c.maxBytes)
	if err != nil {
		return nil, err
	}
	s := &Server{ws: ws, set: c.set}
	if s.q, err = newQuestionnaire(c.set.DescriptionSchema()); err != nil {
		return nil, err
	}
	if s.validator, err = c.set.DescriptionValidator(); err != nil {
		return nil, err
	}
	if s.assessor, err = assess.New(ctx, assess.WithRuleSet(c.set), assess.WithClock(c.clock)); err != nil {
		return nil, err
	}
	if s.pages, err = parseTemplates(); err != nil {
		return nil, err
	}
	hosts, _ := allowedHosts(c.addr)
	cop := http.NewCrossOriginProtection()
	g := &guard{hosts: hosts, token: c.token, csrf: NewToken(), maxBody: c.maxBody, next: s.routes(), sameSite: cop}
	s.handler = g
	return s, nil
}

// Handler is the workbench's HTTP handler, with its security checks.
func (s *Server) Handler() http.Handler { return s.handler }

// csrf is the token every form carries.
func (s *Server) csrf() string { return s.handler.(*guard).csrf }

// Close releases the workspace.
func (s *Server) Close() error { return s.ws.root.Close() }

// Describe is a one-line account of the workspace and questionnaire, for
// the command's start-up message.
func (s *Server) Describe() string {
	word := "descriptions"
	if n := len(s.ws.list()); n == 1 {
		word = "description"
	}
	return fmt.Sprintf("workspace %s, %d %s, %d sections of questions", safetext.Inline(s.ws.dir), len(s.ws.list()), word, len(s.q.Sections))
}
