//go:build unix

package main

import (
	"context"
	"io"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// cpuSeconds is the user and system CPU time this process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// BenchmarkBatchWARC runs the whole command in-process, with the real
// extractor, over a gzip-per-record WARC of 100 copies of the four fixture
// pages (400 pages, 13 MiB of HTML), at -j 1 and -j 2. Besides ns/op it
// reports pages/s (wall clock) and CPU seconds per 1,000 pages, the figure
// that stays comparable when cores are shared (see README, "Batch").
func BenchmarkBatchWARC(b *testing.B) {
	recs := fixtureRecords(b, 100)
	path := buildWARC(b, filepath.Join(b.TempDir(), "fixtures.warc.gz"), true, false, recs)
	for _, jobs := range []string{"1", "2"} {
		b.Run("j="+jobs, func(b *testing.B) {
			pages, cpu0, start := 0, cpuSeconds(), time.Now()
			for b.Loop() {
				if code := run(context.Background(), []string{"-j", jobs, "-keep-going", path}, nil, io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit %d", code)
				}
				pages += len(recs)
			}
			b.ReportMetric(float64(pages)/time.Since(start).Seconds(), "pages/s")
			b.ReportMetric((cpuSeconds()-cpu0)/float64(pages)*1000, "cpu-s/1000pages")
		})
	}
}
