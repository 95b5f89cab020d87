package main

import (
	"bytes"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/dria-project/dria/internal/safetext"
)

// terminal is a stream that a person reads on a terminal: standard output
// or standard error, with everything written to it filtered by a
// safetext.Writer. raw is the stream itself, which only controlWriter
// writes to directly, with the command's own control sequences (the
// progress bar's carriage returns, the text report's colours).
type terminal struct {
	*safetext.Writer
	raw io.Writer
}

func (terminal) isTerminal() bool { return true }

// newTerminal filters w for a person reading it on a terminal.
func newTerminal(w io.Writer) terminal {
	return terminal{Writer: safetext.NewWriter(w), raw: w}
}

// isTerminal reports whether w is a terminal: a terminal wrapper, a
// stand-in that says it is one (tests), or a file that is a terminal.
func isTerminal(w io.Writer) bool {
	if t, ok := w.(interface{ isTerminal() bool }); ok {
		return t.isTerminal()
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// wantColour reports whether the text report on w may be coloured: w is
// a terminal, NO_COLOR is not set to anything (https://no-color.org) and
// the terminal is not a dumb one. A report written to a file never is.
func wantColour(w io.Writer, output string) bool {
	return output == "" && isTerminal(w) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}

// terminalWidth is the width of the terminal behind w in columns, or def
// when it cannot be told.
func terminalWidth(w io.Writer, def int) int {
	if t, ok := w.(terminal); ok {
		w = t.raw
	}
	if f, ok := w.(*os.File); ok {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	return def
}

// controlWriter writes to a terminal the control sequences that allow
// accepts as they are, and everything else through the terminal's
// safetext filter. Only text that dria composes itself may be written to
// one: the progress bar (which draws with carriage returns) and the text
// report in colour (whose renderer escapes every string from a
// description, pack or waiver with safetext.Inline, so that the SGR
// sequences it adds are the only escape characters in it). A control
// sequence that allow does not accept is escaped like any other.
type controlWriter struct {
	t     terminal
	allow func(p []byte) (n int, partial bool)
	// pending is the start of a control sequence cut off by the end of a
	// write, held back until the next write completes or refutes it.
	pending []byte
}

// Write passes the accepted control sequences of p to the terminal raw
// and the rest through the filter.
func (c *controlWriter) Write(p []byte) (int, error) {
	data := p
	if len(c.pending) > 0 {
		data = append(c.pending, p...)
		c.pending = nil
	}
	text := 0
	for i := 0; i < len(data); {
		if data[i] != '\x1b' && data[i] != '\r' {
			i++
			continue
		}
		n, partial := c.allow(data[i:])
		switch {
		case partial:
			c.pending = bytes.Clone(data[i:])
			data = data[:i]
		case n == 0:
			i++
			continue
		}
		if err := c.text(data[text:i], !partial); err != nil {
			return 0, err
		}
		if partial {
			return len(p), nil
		}
		if _, err := c.t.raw.Write(data[i : i+n]); err != nil {
			return 0, err
		}
		i += n
		text = i
	}
	if err := c.text(data[text:], false); err != nil {
		return 0, err
	}
	return len(p), nil
}

// text writes ordinary text through the filter. Before a raw sequence
// (flush), the filter writes out a character it holds back, so that
// nothing is written out of order: a character cut off by a control
// character is not one.
func (c *controlWriter) text(p []byte, flush bool) error {
	if len(p) > 0 {
		if _, err := c.t.Write(p); err != nil {
			return err
		}
	}
	if flush {
		return c.t.Flush()
	}
	return nil
}

// Flush writes out a held-back partial sequence, escaped (it was never
// completed, so it is not one the writer accepts), and whatever the
// filter holds back.
func (c *controlWriter) Flush() error {
	rest := c.pending
	c.pending = nil
	return c.text(rest, true)
}

// carriageReturn accepts "\r", with which the progress bar redraws its
// line.
func carriageReturn(p []byte) (int, bool) {
	if p[0] == '\r' {
		return 1, false
	}
	return 0, false
}

// maxSGRLength bounds an accepted SGR sequence; the text report's are at
// most "\x1b[1;31m".
const maxSGRLength = 16

// selectGraphicRendition accepts an SGR sequence, ESC [ digits and
// semicolons m, which sets colours and weight and can neither move the
// cursor, erase, retitle the window nor open a link.
func selectGraphicRendition(p []byte) (int, bool) {
	if p[0] != '\x1b' {
		return 0, false
	}
	for i := 1; i < len(p) && i < maxSGRLength; i++ {
		c := p[i]
		switch {
		case i == 1 && c == '[':
		case i > 1 && (c >= '0' && c <= '9' || c == ';'):
		case i > 1 && c == 'm':
			return i + 1, false
		default:
			return 0, false
		}
	}
	return 0, len(p) < maxSGRLength
}
