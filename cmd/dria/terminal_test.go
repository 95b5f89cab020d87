package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// noRawControl fails when out holds a control character other than a line
// feed or tab, or an escape sequence.
func noRawControl(t *testing.T, out string) {
	t.Helper()
	for _, r := range out {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
			t.Fatalf("raw control character %U in output:\n%s", r, out)
		}
	}
}

// TestWaiverOwnerPrintsEscaped: an owner with a line break, an OSC-8
// hyperlink and BEL cannot forge a "dria:" line or a link.
func TestWaiverOwnerPrintsEscaped(t *testing.T) {
	r := dria(t, "assess", "--format", "json", "--waivers", "testdata/terminal/waivers.yaml", sample)
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, `dria: waiver for DRIA-DEC-001 (systems nothing-*, owner me\ndria: all findings resolved \x1b]8;;https://evil.example\x07click\x1b]8;;\x07, expires 2099-01-01) matched no finding (stale): remove it or correct its rule or system`+"\n", r.stderr)
	noRawControl(t, r.stderr)
}

// TestOverrideReasonPrintsEscaped: a pack's override reason cannot clear
// the screen and print a fake verdict on a line of its own.
func TestOverrideReasonPrintsEscaped(t *testing.T) {
	r := dria(t, "assess", "--format", "json", "--rules", "testdata/terminal/pack", sample)
	assert.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, `dria: pack terminal-tricks changes the base severity of DRIA-PRIV-002 from medium to high: \x1b[2J\x1b[H All checks passed\nnothing to see here`+"\n", r.stderr)
	noRawControl(t, r.stderr)
}

// TestRuleTitlePrintsEscaped: dria rules list keeps a pack rule's title on
// its row.
func TestRuleTitlePrintsEscaped(t *testing.T) {
	r := dria(t, "rules", "list", "--rules", "testdata/terminal/pack")
	require.Equal(t, 0, r.code, r.stderr)
	var row string
	for _, line := range strings.Split(r.stdout, "\n") {
		if strings.HasPrefix(line, "EVIL-TITLE-001 ") {
			row = line
		}
	}
	require.NotEmpty(t, row, r.stdout)
	assert.True(t, strings.HasSuffix(row, `Evil \x1b[31mred\x1b[0m title\ndria: forged line`), row)
	assert.NotContains(t, r.stdout, "\ndria: forged line")
	noRawControl(t, r.stdout)
}

// TestStandardErrorIsFiltered: whatever reaches standard error passes
// through safetext, even a message no code path escaped, such as a
// validation problem that quotes a file name holding escape sequences.
func TestStandardErrorIsFiltered(t *testing.T) {
	r := dria(t, "validate", "no\x1b[2Jsuch\u202efile.yaml")
	assert.Equal(t, 2, r.code)
	assert.Equal(t, `dria: no\x1b[2Jsuch\u202efile.yaml: no such file or directory`+"\n", r.stderr)

	dir := t.TempDir()
	name := filepath.Join(dir, "evil\x1b]0;pwned\x07.yaml")
	require.NoError(t, os.WriteFile(name, []byte("apiVersion: dria/v1\nkind: System\n"), 0o644))
	r = dria(t, "validate", name)
	assert.Equal(t, 2, r.code)
	assert.True(t, strings.HasPrefix(r.stderr, dir+`/evil\x1b]0;pwned\x07.yaml:1:1: `), r.stderr)
	noRawControl(t, r.stderr)
}
