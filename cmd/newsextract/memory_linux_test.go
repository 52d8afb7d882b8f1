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
// records, and maxGrowthMiB on how much more it may use for 10,000 records
// than for 1,000. The figures measured are far lower (README, "Batch": 18.8
// and 19.1 MiB); the bounds catch memory that grows with the number of
// records, without depending on the garbage collector's timing.
const (
	maxRSSMiB    = 512
	maxGrowthMiB = 32
)

// TestBoundedMemory10kRecords runs the real command over synthetic WARC.gz
// files of 1,000 and 10,000 records and checks that every HTML record was
// extracted and that peak memory did not grow with the record count.
func TestBoundedMemory10kRecords(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 11,000 pages through the real command")
	}
	var peaks []float64
	for _, n := range []int{1_000, 10_000} {
		warc := filepath.Join(t.TempDir(), "synthetic.warc.gz")
		writeSynthWARC(t, warc, n, 4)
		code, stderr, mib := peakRSS(t, "-j", "2", warc)
		if want := fmt.Sprintf("done %d, skipped 0, failed 0", n/10*9); code != exitOK || !strings.Contains(stderr, want) {
			t.Fatalf("%d records: exit %d: %s", n, code, stderr)
		}
		t.Logf("%d records: peak RSS %.1f MiB", n, mib)
		if mib > maxRSSMiB {
			t.Errorf("%d records: peak RSS %.1f MiB over %d MiB", n, mib, maxRSSMiB)
		}
		peaks = append(peaks, mib)
	}
	if peaks[1]-peaks[0] > maxGrowthMiB {
		t.Errorf("peak RSS grew from %.1f to %.1f MiB with ten times the records", peaks[0], peaks[1])
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
