package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const aiaResults = "testdata/import-aia/AIA Results.json"

// TestImportCanadaAIA imports an older AIA file. By hand: raw impact score
// aboutSystem1 [item3, item6 (was item6-1)] 0 + decisionSector1 [item4-1] 1
// + impact30 item2-2 2 + impact6 item2-2 2 + impact9 item3-3 3 +
// aboutDataSource1 item1-2 2 = 10; mitigation fairnessImplementation13 2 +
// fairnessImplementation10 2 = 4 < 61.6; final 10 ≤ 41.75: level I.
func TestImportCanadaAIA(t *testing.T) {
	out := filepath.Join(t.TempDir(), "system.yaml")
	r := dria(t, "import", "canada-aia", aiaResults, "-o", out)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.Empty(t, r.stdout)
	assert.Equal(t, strings.Join([]string{
		`dria: testdata/import-aia/AIA Results.json: aboutSystem1 "item6-1" (from files saved before the tool's change #622) was read as "item6", as the AIA tool does`,
		`dria: testdata/import-aia/AIA Results.json: impact4 (the description of the decision, from older versions) was moved to decisionSector3, as the AIA tool does`,
		`dria: testdata/import-aia/AIA Results.json: 11 answers, 17 fields imported; the AIA's own impact level is I (score 10 of 167: raw impact score 10, mitigation score 4 of 154)`,
	}, "\n")+"\n", r.stderr)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	text := string(data)
	assert.Contains(t, text, "purpose: Sorts visitor visa applications into processing streams. # AIA decisionSector3\n")
	assert.Contains(t, text, "title: Visa Application Sorting \\x1b[31m # AIA projectDetailsTitle\n")
	assert.Contains(t, text, "reversibility: reversible # AIA impact6: item2-2\n")
	assert.Contains(t, text, "- question: aboutSystem1\n          choices: [item3, item6]\n")
	v := dria(t, "validate", out)
	assert.Equal(t, exitOK, v.code, v.stderr)
	a := dria(t, "assess", "--format", "json", out)
	assert.Equal(t, exitOK, a.code, a.stderr)
}

func TestImportCanadaAIAToStandardOutput(t *testing.T) {
	r := dria(t, "import", "canada-aia", aiaResults)
	require.Equal(t, exitOK, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "# Drafted by dria import canada-aia from AIA Results.json.\n"), r.stdout)
	assert.Contains(t, r.stdout, "\napiVersion: dria/v1\nkind: System\n")
}

func TestImportCanadaAIABadAnswers(t *testing.T) {
	out := filepath.Join(t.TempDir(), "system.yaml")
	r := dria(t, "import", "canada-aia", "testdata/import-aia/bad.json", "-o", out)
	assert.Equal(t, exitInput, r.code)
	assert.Equal(t, strings.Join([]string{
		`testdata/import-aia/bad.json:4:16: "item5-5" is not a choice of impact6: the choices are item1-1, item2-2, item3-3, item4-4`,
		`testdata/import-aia/bad.json:5:5: unknown question "fairnesImplementation13": it is not a question of the AIA questionnaire (did you mean fairnessImplementation13?)`,
	}, "\n")+"\n", r.stderr)
	assert.NoFileExists(t, out, "nothing is written from a bad file")
}

func TestImportCanadaAIAUsage(t *testing.T) {
	r := dria(t, "import", "canada-aia")
	assert.Equal(t, exitInput, r.code)
	assert.Equal(t, "dria: dria import canada-aia needs an AIA results file (FILE.json) (see dria import canada-aia --help)\n", r.stderr)

	r = dria(t, "import", "canada-aia", "testdata/import-aia/missing.json")
	assert.Equal(t, exitInput, r.code)
	assert.Equal(t, "dria: testdata/import-aia/missing.json: no such file or directory\n", r.stderr)

	r = dria(t, "import", "canada-aia", aiaResults, "-o", aiaResults)
	assert.Equal(t, exitInput, r.code)
	assert.Contains(t, r.stderr, "dria: -o ")

	h := dria(t, "import", "canada-aia", "--help")
	assert.Equal(t, exitOK, h.code)
	assert.Contains(t, h.stdout, "Usage:\n  dria import canada-aia FILE.json [flags]")
}
