package fileio

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.yaml")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	cases := map[string]string{
		fifo:        "is a named pipe (FIFO), not a regular file",
		"/dev/zero": "is a character device, not a regular file",
		dir:         "is a directory, not a regular file",
	}
	for path, reason := range cases {
		_, err := Read(path, 0)
		var fe *Error
		require.True(t, errors.As(err, &fe), path)
		assert.Equal(t, reason, fe.Reason)
		assert.ErrorIs(t, err, ErrNotRegular)
	}
}

func TestReadCapsTheSize(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.yaml")
	require.NoError(t, os.WriteFile(p, []byte(strings.Repeat("x", 2048)), 0o600))
	_, err := Read(p, 1024)
	assert.ErrorIs(t, err, ErrTooLarge)
	assert.EqualError(t, err, p+": file is larger than the limit of 1.0 KiB (it is 2.0 KiB)")
	data, err := Read(p, 4096)
	require.NoError(t, err)
	assert.Len(t, data, 2048)
}

func TestReadNamesAMissingFile(t *testing.T) {
	_, err := Read("no/such\x1bfile", 0)
	assert.EqualError(t, err, `no/such\x1bfile: no such file or directory`)
}

func TestReadStreamStopsAtTheCap(t *testing.T) {
	_, err := ReadStream("<stdin>", strings.NewReader(strings.Repeat("y", 100)), 10)
	assert.EqualError(t, err, "<stdin>: file is larger than the limit of 10 bytes")
}
