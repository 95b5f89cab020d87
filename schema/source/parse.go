package source

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dria-project/dria/internal/safetext"
)

// Default limits applied when a Limits field is zero.
const (
	// DefaultMaxBytes is the largest accepted file: 10 MiB.
	DefaultMaxBytes = 10 << 20
	// DefaultMaxDepth is the deepest accepted nesting of lists and objects.
	DefaultMaxDepth = 64
	// DefaultMaxAliasNodes caps the values YAML aliases may add.
	DefaultMaxAliasNodes = 100_000
)

// Limits bound the resources a single file may consume while it is parsed.
// A zero field takes its default.
type Limits struct {
	// MaxBytes is the largest accepted file, in bytes (default 10 MiB).
	MaxBytes int64
	// MaxDepth is the deepest accepted nesting of lists and objects
	// (default 64; a system description needs fewer than 8).
	MaxDepth int
	// MaxAliasNodes caps the number of values that YAML aliases may add to
	// a file by expansion (default 100,000), which stops "billion laughs"
	// alias bombs before they allocate.
	MaxAliasNodes int
}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxAliasNodes <= 0 {
		l.MaxAliasNodes = DefaultMaxAliasNodes
	}
	return l
}

// Format is the syntax of a source file.
type Format uint8

// The supported formats. Auto picks JSON for ".json" files and for content
// that starts with "{" or "[" when the extension says nothing, YAML otherwise.
const (
	Auto Format = iota
	YAML
	JSON
)

// Error is a problem found while reading a file, at a position in it.
// schema.Load returns it as a problem of a *schema.ValidationError.
type Error struct {
	// File is the name the file was given under.
	File string
	// Pos is where the problem is.
	Pos Pos
	// Msg says what is wrong in plain language; values from the file are
	// quoted with Quote.
	Msg string
}

// Error formats the problem as FILE:LINE:COLUMN: message.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Column, e.Msg)
}

// Document is one parsed document of a file.
type Document struct {
	// File is the name the file was given under (a path or "-").
	File string
	// Index is the 0-based position of the document in a multi-document
	// YAML stream; it is 0 for JSON.
	Index int
	// Root is the document's top-level value.
	Root *Node
}

// Parse reads every document of a YAML or JSON file. The name is used in
// errors and to choose the format when format is Auto. Every returned error
// is an *Error naming the file and position.
func Parse(name string, data []byte, format Format, limits Limits) ([]*Document, error) {
	limits = limits.withDefaults()
	if int64(len(data)) > limits.MaxBytes {
		return nil, tooLarge(name, -1, limits.MaxBytes)
	}
	data, err := checkEncoding(name, data)
	if err != nil {
		return nil, err
	}
	data = normaliseLineBreaks(data)
	if format == Auto {
		format = detectFormat(name, data)
	}
	if isBlank(data, format) {
		return nil, &Error{File: name, Pos: Pos{1, 1}, Msg: "file is empty: expected a system description (an object with apiVersion, kind, metadata and spec)"}
	}
	if format == JSON {
		root, err := parseJSON(name, data, limits)
		if err != nil {
			return nil, err
		}
		return []*Document{{File: name, Root: root}}, nil
	}
	return parseYAML(name, data, limits)
}

func detectFormat(name string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return JSON
	case ".yaml", ".yml":
		return YAML
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		return JSON
	}
	return YAML
}

// isBlank reports whether the file holds no content: only white space, and
// for YAML also comments and document markers.
func isBlank(data []byte, format Format) bool {
	for _, line := range bytes.Split(data, []byte("\n")) {
		t := bytes.TrimSpace(line)
		if len(t) == 0 {
			continue
		}
		if format == JSON {
			return false
		}
		if t[0] == '#' || bytes.Equal(t, []byte("---")) || bytes.Equal(t, []byte("...")) {
			continue
		}
		return false
	}
	return true
}

// checkEncoding refuses content that is not UTF-8 text and strips a UTF-8
// byte order mark.
func checkEncoding(name string, data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0x00, 0x00, 0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0x00, 0x00}):
		return nil, &Error{File: name, Pos: Pos{1, 1}, Msg: "file is UTF-32 encoded; save it as UTF-8"}
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return nil, &Error{File: name, Pos: Pos{1, 1}, Msg: "file is UTF-16 encoded; save it as UTF-8"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, &Error{File: name, Pos: PosAt(data, i), Msg: "file holds binary data (a NUL byte), not YAML or JSON text"}
	}
	if !utf8.Valid(data) {
		i := firstInvalidUTF8(data)
		return nil, &Error{File: name, Pos: PosAt(data, i), Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02X); save the file as UTF-8", data[i])}
	}
	return data, nil
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// normaliseLineBreaks turns CRLF and lone CR (old Mac) line endings into
// LF before anything else reads the file, so that every position the
// parsers report, and every line they count, is the one of the same file
// with LF endings: what an editor shows. Values do not change: YAML reads
// every line break as LF, and JSON allows line breaks only between tokens.
// Readers of the raw bytes (assess quotes evidence lines from them) must
// break lines at the same three endings; PosAt does.
func normaliseLineBreaks(data []byte) []byte {
	if bytes.IndexByte(data, '\r') < 0 {
		return data
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(data) && data[i+1] == '\n' {
				i++
			}
		}
		out = append(out, c)
	}
	return out
}

// PosAt converts a byte offset in data into a line and column. Lines end
// at LF, CRLF or a lone CR; columns count characters.
func PosAt(data []byte, offset int) Pos {
	offset = min(max(offset, 0), len(data))
	line, start := 1, 0
	for i := 0; i < offset; i++ {
		switch data[i] {
		case '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				continue
			}
			line, start = line+1, i+1
		case '\n':
			line, start = line+1, i+1
		}
	}
	return Pos{Line: line, Column: 1 + utf8.RuneCount(data[start:offset])}
}

// MaxQuoted is the most characters of a value that a message quotes.
const MaxQuoted = 200

// Quote returns s in double quotes for a message: cut to MaxQuoted
// characters (saying how many were left out) and with every control,
// line-breaking and bidirectional character escaped, so that it stays on
// its line and shows what it holds on any terminal.
func Quote(s string) string {
	return safetext.Inline(strconv.Quote(safetext.Truncate(s, MaxQuoted)))
}

// tooLarge is the error for a file over the size limit; size is the file's
// size when known, or negative.
func tooLarge(name string, size, limit int64) *Error {
	msg := fmt.Sprintf("file is larger than the limit of %s", humanBytes(limit))
	if size >= 0 {
		msg += fmt.Sprintf(" (it is %s)", humanBytes(size))
	}
	return &Error{File: name, Pos: Pos{1, 1}, Msg: msg}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
