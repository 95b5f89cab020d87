package safetext

import (
	"io"
	"unicode/utf8"
)

// Writer passes text on to an underlying writer with every unsafe
// character escaped as Text does, keeping line feeds and tabs. A UTF-8
// sequence split across two writes is held back until it is complete.
// dria wraps standard error (and standard output on a terminal) in one, so
// that no string reaches a terminal raw, whichever path printed it.
type Writer struct {
	w       io.Writer
	pending []byte
}

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write escapes p and writes it. It reports len(p) on success, as callers
// of an io.Writer expect, although more bytes may reach the underlying
// writer.
func (s *Writer) Write(p []byte) (int, error) {
	data := p
	if len(s.pending) > 0 {
		data = append(s.pending, p...)
		s.pending = nil
	}
	// Hold back an incomplete UTF-8 sequence at the end.
	cut := len(data)
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				cut = i
			}
			break
		}
	}
	if cut < len(data) {
		s.pending = append([]byte(nil), data[cut:]...)
		data = data[:cut]
	}
	if _, err := io.WriteString(s.w, Text(string(data))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes out a held-back incomplete sequence (escaped as invalid
// bytes).
func (s *Writer) Flush() error {
	if len(s.pending) == 0 {
		return nil
	}
	rest := s.pending
	s.pending = nil
	_, err := io.WriteString(s.w, Text(string(rest)))
	return err
}
