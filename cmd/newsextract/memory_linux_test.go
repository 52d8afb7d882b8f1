//go:build linux

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// peakRSS runs the built command and returns its exit status, stderr and
// peak resident set size in MiB. It measures through GNU time when
// /usr/bin/time exists: the rusage Go gets from wait4 is no good here,
// because Linux carries the parent's peak across the vfork and exec that
// start the child, so it reports at least the test process's own RSS.
// Without GNU time that inflated figure is returned, still an upper bound.
func peakRSS(tb testing.TB, args ...string) (code int, stderr string, mib float64) {
	tb.Helper()
	report := filepath.Join(tb.TempDir(), "rss")
	cmd := exec.Command(binPath, args...)
	version, _ := exec.Command("/usr/bin/time", "--version").CombinedOutput()
	gnuTime := bytes.Contains(version, []byte("GNU"))
	if gnuTime {
		cmd = exec.Command("/usr/bin/time", append([]string{"-f", "%M", "-o", report, binPath}, args...)...)
	}
	cmd.Stdout = io.Discard
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	err := cmd.Run()
	if _, isExit := err.(*exec.ExitError); err != nil && !isExit {
		tb.Fatal(err)
	}
	kib := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
	if gnuTime {
		raw, err := os.ReadFile(report)
		if err != nil {
			tb.Fatal(err)
		}
		fields := strings.Fields(string(raw)) // a killed child adds a line first
		if kib, err = strconv.ParseInt(fields[len(fields)-1], 10, 64); err != nil {
			tb.Fatalf("GNU time wrote %q: %v", raw, err)
		}
	}
	return cmd.ProcessState.ExitCode(), errOut.String(), float64(kib) / 1024
}

// maxRSSMiB is a generous bound on the command's peak memory over 10,000
// records. The figure measured is far lower (README, "Batch"); the bound
// only catches memory that grows with the number of records, which at
// 10,000 pages of this size would pass it.
const maxRSSMiB = 512

// TestBoundedMemory10kRecords runs the real command over a synthetic
// 10,000-record WARC.gz, to stdout and to -o DIR, and checks that every
// HTML record was extracted and that peak memory stayed bounded.
func TestBoundedMemory10kRecords(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 10,000 pages through the real command")
	}
	dir := t.TempDir()
	warc := filepath.Join(dir, "synthetic.warc.gz")
	writeSynthWARC(t, warc, 10_000, 4)
	tests := []struct {
		name string
		args []string
	}{
		{"stdout", []string{"-j", "2", warc}},
		{"-o DIR", []string{"-j", "2", "-o", filepath.Join(dir, "out"), warc}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stderr, mib := peakRSS(t, tc.args...)
			if code != exitOK || !strings.Contains(stderr, "done 9000, skipped 0, failed 0") {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			t.Logf("peak RSS %.1f MiB", mib)
			if mib > maxRSSMiB {
				t.Errorf("peak RSS %.1f MiB over %d MiB", mib, maxRSSMiB)
			}
		})
	}
}

// BenchmarkPeakRSS10k runs the built command once per iteration over a
// 10,000-record WARC.gz and reports its peak RSS and throughput: records
// are synthPage pages of about 10 KB, or the four fixture pages in turn
// (34 KB on average, the largest 100 KB). Run it with -benchtime 1x.
func BenchmarkPeakRSS10k(b *testing.B) {
	fixtures := fixtureRecords(b, 1)
	sources := []struct {
		name string
		rec  func(i int) warcRecord
	}{
		{"synthetic", func(i int) warcRecord {
			return warcRecord{typ: "response", id: i + 1, uri: fmt.Sprintf("https://synthetic.example/story/%d", i),
				contentType: "text/html; charset=utf-8", body: synthPage(i, 20)}
		}},
		{"fixtures", func(i int) warcRecord {
			r := fixtures[i%len(fixtures)]
			r.id, r.uri = i+1, fmt.Sprintf("%s/%d", r.uri, i)
			return r
		}},
	}
	for _, src := range sources {
		path := filepath.Join(b.TempDir(), src.name+".warc.gz")
		streamWARC(b, path, 10_000, src.rec)
		for _, jobs := range []string{"1", "2"} {
			b.Run(src.name+"/j="+jobs, func(b *testing.B) {
				var peak float64
				start := time.Now()
				for b.Loop() {
					out := filepath.Join(b.TempDir(), "out")
					code, stderr, mib := peakRSS(b, "-j", jobs, "-keep-going", "-o", out, path)
					if code != exitOK {
						b.Fatalf("exit %d: %s", code, stderr)
					}
					peak = max(peak, mib)
				}
				b.ReportMetric(peak, "peak-RSS-MiB")
				b.ReportMetric(float64(10_000*b.N)/time.Since(start).Seconds(), "pages/s")
			})
		}
	}
}
