package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract"
)

// runBinary runs the real newsextract binary.
func runBinary(t *testing.T, stdin string, args ...string) outcome {
	t.Helper()
	cmd := exec.Command(binPath, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return outcome{code: code, stdout: out.String(), stderr: errOut.String()}
}

func TestBinarySinglePageContract(t *testing.T) {
	path := writeFile(t, filepath.Join(t.TempDir(), "p.html"), htmlPage("Headline", strings.Repeat("Words of the story. ", 40)))
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"file", "", []string{"-url", "https://example.com/p", "-charset", "utf-8", "-format", "json", path}},
		{"stdin", readFile(t, path), []string{"-url", "https://example.com/p", "-charset", "utf-8", "-format", "json", "-"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runBinary(t, tc.stdin, tc.args...)
			switch got.code {
			case exitOK:
				var a newsextract.Article
				if err := json.Unmarshal([]byte(got.stdout), &a); err != nil {
					t.Errorf("stdout is not an Article: %v", err)
				}
			case exitFailed:
				if got.stdout != "" || !strings.HasPrefix(got.stderr, "newsextract: ") {
					t.Errorf("stdout %q stderr %q", got.stdout, got.stderr)
				}
			default:
				t.Errorf("exit %d: %s", got.code, got.stderr)
			}
		})
	}
}

func TestBinaryUsageError(t *testing.T) {
	if got := runBinary(t, "", "-format", "docx", "x.html"); got.code != exitUsage {
		t.Errorf("exit %d, want %d", got.code, exitUsage)
	}
}

// With the real extractor, every HTML record of a WARC ends up exactly once
// either as an output file or as an error log entry, whatever extraction
// makes of it.
func TestBinaryWARCAccountsForEveryRecord(t *testing.T) {
	recs, want := testRecords()
	dir := t.TempDir()
	path := buildWARC(t, filepath.Join(dir, "crawl.warc.gz"), true, false, recs)
	out, log := filepath.Join(dir, "out"), filepath.Join(dir, "errors.jsonl")
	got := runBinary(t, "", "-j", "2", "-keep-going", "-o", out, "-errors", log, path)
	if got.code != exitOK {
		t.Fatalf("exit %d with -keep-going: %s", got.code, got.stderr)
	}
	seen := map[string]int{}
	for _, f := range listFiles(t, out) {
		seen[strings.TrimSuffix(filepath.Base(f), ".json")]++
	}
	if _, err := os.Stat(log); err == nil {
		for _, f := range jsonLines[failure](t, readFile(t, log)) {
			seen[recordName(f.Source.URI, f.Source.RecordID)]++
		}
	}
	for _, w := range want {
		r := recs[w.id-1]
		if n := seen[recordName(r.uri, r.recordID())]; n != 1 {
			t.Errorf("record %d accounted for %d times", w.id, n)
		}
	}
	if len(seen) != len(want) {
		t.Errorf("%d pages seen, want %d", len(seen), len(want))
	}
}
