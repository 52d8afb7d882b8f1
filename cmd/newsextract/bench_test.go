package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkBatchWARC runs the whole pipeline, with the real extractor, over
// a generated gzipped WARC of 200 pages.
func BenchmarkBatchWARC(b *testing.B) {
	var recs []warcRecord
	for i := range 200 {
		body := htmlPage(fmt.Sprintf("Story %d", i), strings.Repeat(fmt.Sprintf("Sentence %d of a news story. ", i), 200))
		recs = append(recs, warcRecord{typ: "response", id: i + 1, uri: fmt.Sprintf("https://example.com/%d", i), contentType: "text/html; charset=utf-8", body: body})
	}
	path := buildWARC(b, filepath.Join(b.TempDir(), "bench.warc.gz"), true, false, recs)
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	b.ReportAllocs()
	for b.Loop() {
		run(context.Background(), []string{"-keep-going", path}, nil, io.Discard, io.Discard)
	}
}
