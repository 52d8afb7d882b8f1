package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// FuzzWARCReader feeds damaged archives to the WARC enumerator: whatever the
// bytes, it must return pages or errors, never panic or hang, and never hand
// out a page larger than the limit it was given. Run it with
// -fuzzminimizetime=1s: minimising each new interesting input otherwise
// stalls the engine for minutes on inputs of a few kilobytes.
func FuzzWARCReader(f *testing.F) {
	recs, _ := testRecords()
	recs[4].body = "<html><title>small</title></html>" // keep seeds small
	dir := f.TempDir()
	for i, compressed := range []bool{false, true} {
		for _, cut := range []bool{false, true} {
			path := buildWARC(f, filepath.Join(dir, "seed"+string(rune('a'+i))+".warc"), compressed, cut, recs)
			b, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Fuzz(func(t *testing.T, data []byte) {
		en := &enumerator{cfg: &config{}, maxBytes: 1 << 16}
		n := 0
		err := en.warc(context.Background(), bytes.NewReader(data), "fuzz.warc", "fuzz", func(p page) error {
			n++
			if int64(len(p.data)) > en.maxBytes+1 {
				t.Fatalf("page of %d bytes over the %d limit", len(p.data), en.maxBytes)
			}
			if p.err == nil && p.src.Offset == nil {
				t.Fatalf("page without offset: %+v", p.src)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("warc returned %v; damage must be reported as a failed page", err)
		}
	})
}
