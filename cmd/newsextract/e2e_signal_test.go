//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// repeatList writes a -list file naming the fixture directory n times: 4n
// pages, enough that a run is still going when the test interrupts it.
func repeatList(t *testing.T, n int) string {
	t.Helper()
	abs, err := filepath.Abs(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	return writeFile(t, filepath.Join(t.TempDir(), "list.txt"), strings.Repeat(abs+"\n", n))
}

// waitFor polls until ok returns true or the deadline passes.
func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Minute); !ok(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
	}
}

// interrupt starts the command, sends SIGINT once started reports true,
// and returns the exit status, stdout and stderr.
func interrupt(t *testing.T, started func(stdout *syncBuffer) bool, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(binPath, args...)
	var out syncBuffer
	var errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	waitFor(t, "the first pages", func() bool { return started(&out) })
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case <-exited:
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatal("the command did not stop after SIGINT")
	}
	return cmd.ProcessState.ExitCode(), out.String(), errOut.String()
}

// syncBuffer is a bytes.Buffer the test may read while the command writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var summaryDone = regexp.MustCompile(`done (\d+), skipped 0, failed 0, elapsed \S+ \(interrupted\)`)

// doneCount reads N from the interrupted summary, failing without one.
func doneCount(t *testing.T, stderr string) int {
	t.Helper()
	m := summaryDone.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no interrupted summary in %q", stderr)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// Ctrl-C during a batch: the pages in flight finish, no other starts, the
// exit status is 130, and every output is whole.
func TestBinaryInterrupt(t *testing.T) {
	const pages = 4 * 1000
	list := repeatList(t, pages/4)
	t.Run("-o DIR", func(t *testing.T) {
		out := t.TempDir()
		code, _, stderr := interrupt(t, func(*syncBuffer) bool {
			entries, _ := os.ReadDir(out)
			return len(entries) > 0
		}, "-j", "2", "-o", out, "-list", list)
		if code != exitInterrupted {
			t.Errorf("exit %d, want %d: %s", code, exitInterrupted, stderr)
		}
		files := listFiles(t, out)
		t.Logf("%d of %d pages written before the interrupt took effect", len(files), pages)
		if len(files) == 0 || len(files) >= pages {
			t.Fatalf("%d outputs of %d pages: not interrupted mid-run", len(files), pages)
		}
		// Every page counted as done is on disk, and nothing else is:
		// the pages in flight finished and no file is partial.
		if n := doneCount(t, stderr); n != len(files) {
			t.Errorf("summary says %d done, %d files written", n, len(files))
		}
		for _, f := range files {
			if !strings.HasSuffix(f, ".json") || !json.Valid([]byte(readFile(t, filepath.Join(out, f)))) {
				t.Errorf("partial or temporary file %s", f)
			}
		}
	})
	t.Run("stdout", func(t *testing.T) {
		code, stdout, stderr := interrupt(t, func(out *syncBuffer) bool {
			return strings.Count(out.String(), "\n") > 0
		}, "-j", "2", "-list", list)
		if code != exitInterrupted {
			t.Errorf("exit %d, want %d: %s", code, exitInterrupted, stderr)
		}
		envs := jsonLines[fakeEnvelope](t, stdout) // fails on a cut line
		if len(envs) == 0 || len(envs) >= pages || !strings.HasSuffix(stdout, "\n") {
			t.Fatalf("%d articles of %d pages", len(envs), pages)
		}
		// stdout is an unbroken prefix of the input, one line per page done.
		want := fixturePaths()
		for i, e := range envs {
			if filepath.Base(e.Source.Path) != filepath.Base(want[i%4]) {
				t.Fatalf("line %d is %s: not an in-order prefix", i, e.Source.Path)
			}
		}
		if n := doneCount(t, stderr); n != len(envs) {
			t.Errorf("summary says %d done, %d lines written", n, len(envs))
		}
	})
}
