package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract"
)

// bigBody is larger than gowarc's read buffer (where its ErrIgnore policy
// cuts payloads) and than its 1 MiB in-memory block cache.
var bigBody = htmlPage("big", strings.Repeat("0123456789abcdef", 80_000))

func gzipBytes(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func chunked(s string, size int) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(size, len(s))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
		s = s[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

// testRecords is a crawl: a warcinfo, HTML responses in several shapes, and
// records that are not HTML pages. wantHTML lists the HTML responses'
// record numbers in file order with their expected body and charset.
func testRecords() (recs []warcRecord, want []wantPage) {
	page := func(n int) string { return htmlPage(fmt.Sprintf("page %d", n), "body") }
	recs = []warcRecord{
		{typ: "warcinfo", id: 1},
		{typ: "request", id: 2, uri: "https://example.com/one"},
		{typ: "response", id: 3, uri: "https://example.com/one", contentType: "text/html; charset=ISO-8859-1", body: page(3)},
		{typ: "response", id: 4, uri: "https://example.com/logo.png", contentType: "image/png", body: "\x89PNG\r\n\x1a\n"},
		{typ: "response", id: 5, uri: "https://example.com/big", contentType: "text/html", body: bigBody},
		{typ: "response", id: 6, uri: "https://example.com/enc", contentType: "application/xhtml+xml;charset=utf-8",
			headers: "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", body: chunked(gzipBytes(page(6)), 100)},
		{typ: "response", id: 7, uri: "https://example.com/data.json", contentType: "application/json", body: `{"a":1}`},
		{typ: "response", id: 8, uri: "https://example.com/bad", contentType: `text/html; charset="windows-1251"; foo`, body: page(8)},
	}
	want = []wantPage{
		{3, page(3), "ISO-8859-1"},
		{5, bigBody, ""},
		{6, page(6), "utf-8"},
		{8, page(8), "windows-1251"},
	}
	return recs, want
}

type wantPage struct {
	id      int
	body    string
	charset string
}

// collectWARC enumerates a WARC file the way the batch does.
func collectWARC(t *testing.T, path string) (pages []page, err error) {
	t.Helper()
	en := &enumerator{cfg: &config{}, maxBytes: newsextract.DefaultMaxBytes}
	err = en.warcFile(context.Background(), path, func(p page) error {
		pages = append(pages, p)
		return nil
	})
	return pages, err
}

func TestWARCPayloadsWhole(t *testing.T) {
	recs, want := testRecords()
	for _, compressed := range []bool{true, false} {
		t.Run(fmt.Sprintf("gzip=%v", compressed), func(t *testing.T) {
			path := buildWARC(t, filepath.Join(t.TempDir(), "crawl.warc.gz"), compressed, false, recs)
			pages, err := collectWARC(t, path)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != len(want) {
				t.Fatalf("%d pages, want %d", len(pages), len(want))
			}
			for i, p := range pages {
				w := want[i]
				if p.err != nil {
					t.Errorf("record %d: %v", w.id, p.err)
					continue
				}
				if len(p.data) != len(w.body) || string(p.data) != w.body {
					t.Errorf("record %d: payload %d bytes, want %d", w.id, len(p.data), len(w.body))
				}
				rec := recs[slices.IndexFunc(recs, func(r warcRecord) bool { return r.id == w.id })]
				if p.src.RecordID != rec.recordID() || p.src.URI != rec.uri || p.url != rec.uri || p.src.WARC != path {
					t.Errorf("record %d: source %+v url %q", w.id, p.src, p.url)
				}
				if p.charset != w.charset {
					t.Errorf("record %d: charset %q, want %q", w.id, p.charset, w.charset)
				}
			}
		})
	}
}

func TestWARCTruncatedLastRecord(t *testing.T) {
	recs, want := testRecords()
	recs = append(recs, warcRecord{typ: "response", id: 9, uri: "https://example.com/cut", contentType: "text/html", body: bigBody})
	for _, compressed := range []bool{true, false} {
		t.Run(fmt.Sprintf("gzip=%v", compressed), func(t *testing.T) {
			path := buildWARC(t, filepath.Join(t.TempDir(), "crawl.warc"), compressed, true, recs)
			pages, err := collectWARC(t, path)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != len(want)+1 {
				t.Fatalf("%d pages, want %d good and one failed", len(pages), len(want))
			}
			for _, p := range pages[:len(want)] {
				if p.err != nil {
					t.Errorf("%s: %v", p.src, p.err)
				}
			}
			last := pages[len(pages)-1]
			if last.err == nil || last.src.WARC != path || last.src.Offset == nil {
				t.Errorf("truncated record: err %v source %+v", last.err, last.src)
			}
		})
	}
}

func TestWARCBatch(t *testing.T) {
	recs, want := testRecords()
	recs = append(recs, warcRecord{typ: "response", id: 9, uri: "https://example.com/cut", contentType: "text/html", body: bigBody})
	dir := t.TempDir()
	path := buildWARC(t, filepath.Join(dir, "crawl.warc.gz"), true, true, recs)
	var first string
	for _, j := range []string{"1", "4"} {
		t.Run("j="+j, func(t *testing.T) {
			log := filepath.Join(t.TempDir(), "errors.jsonl")
			got := runFake(t, "-j", j, "-errors", log, path)
			if got.code != exitFailed {
				t.Errorf("exit %d, want %d for the truncated record", got.code, exitFailed)
			}
			envs := jsonLines[fakeEnvelope](t, got.stdout)
			var ids []string
			for _, e := range envs {
				ids = append(ids, e.Source.RecordID)
				if e.Source.WARC != path || e.Source.Path != "" || e.Article.URL != e.Source.URI || e.Source.Offset == nil {
					t.Errorf("bad source %+v for article URL %q", e.Source, e.Article.URL)
				}
			}
			var wantIDs []string
			for _, w := range want {
				wantIDs = append(wantIDs, warcRecord{id: w.id}.recordID())
			}
			if !slices.Equal(ids, wantIDs) {
				t.Errorf("records %q, want %q", ids, wantIDs)
			}
			fails := jsonLines[failure](t, readFile(t, log))
			if len(fails) != 1 || fails[0].Kind != "other" || fails[0].Source.WARC != path {
				t.Errorf("error log %+v", fails)
			}
			if first == "" {
				first = got.stdout
			} else if got.stdout != first {
				t.Errorf("-j %s output differs from -j 1", j)
			}
		})
	}
}

func TestWARCOutputDirectoryAndResume(t *testing.T) {
	recs, want := testRecords()
	path := buildWARC(t, filepath.Join(t.TempDir(), "Crawl-01.warc.gz"), true, false, recs)
	out := t.TempDir()
	first := runFake(t, "-o", out, path)
	files := listFiles(t, out)
	if first.code != exitOK || len(files) != len(want) {
		t.Fatalf("exit %d, files %q, stderr %q", first.code, files, first.stderr)
	}
	if files[0] != "Crawl-01/example.com_bad_00000000-0000-4000-8000-000000000008.json" {
		t.Errorf("unexpected name %q", files[0])
	}
	os.Remove(filepath.Join(out, files[0]))
	second := runFake(t, "-resume", "-o", out, path)
	if !strings.Contains(second.stderr, fmt.Sprintf("done 1, skipped %d, failed 0", len(want)-1)) {
		t.Errorf("resume: %q", second.stderr)
	}
}

func TestWARCOnStdin(t *testing.T) {
	recs, want := testRecords()
	path := buildWARC(t, filepath.Join(t.TempDir(), "x.warc.gz"), true, false, recs)
	got := runCtx(t, context.Background(), fakeExtract, readFile(t, path), "-")
	envs := jsonLines[fakeEnvelope](t, got.stdout)
	if len(envs) != len(want) || envs[0].Source.WARC != "-" {
		t.Errorf("got %d pages (%+v), stderr %q", len(envs), envs, got.stderr)
	}
}

func TestRecordName(t *testing.T) {
	tests := []struct {
		name, uri, id, want string
	}{
		{"plain", "https://example.com/a/b.html", "<urn:uuid:1234-ab>", "example.com_a_b.html_1234-ab"},
		{"query", "http://ex.com/?q=a b&c=../../etc", "<urn:uuid:x>", "ex.com_q_a_b_c_.._.._etc_x"},
		{"no uri", "", "<urn:uuid:abc>", "abc"},
		{"long", "https://ex.com/" + strings.Repeat("a", 300), "<urn:uuid:id>", "ex.com_" + strings.Repeat("a", 113) + "_id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := recordName(tc.uri, tc.id)
			if got != tc.want {
				t.Errorf("recordName = %q, want %q", got, tc.want)
			}
			if strings.Contains(got, "/") || strings.HasPrefix(got, ".") {
				t.Errorf("unsafe name %q", got)
			}
		})
	}
}

func TestDecodeBodyErrors(t *testing.T) {
	tests := []struct {
		name    string
		raw     string
		headers map[string]string
		want    error
	}{
		{"brotli unsupported", "x", map[string]string{"Content-Encoding": "br"}, nil},
		{"bad gzip", "not gzip", map[string]string{"Content-Encoding": "gzip"}, nil},
		{"over limit", strings.Repeat("x", 200), nil, newsextract.ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := httpHeader(tc.headers)
			body, err := decodeBody([]byte(tc.raw), h, 100)
			if tc.want != nil {
				// Over-limit bodies come back one byte long so that the
				// extractor, not the reader, reports the sentinel.
				if err != nil || len(body) != 101 {
					t.Errorf("body %d bytes, err %v", len(body), err)
				}
				return
			}
			if err == nil || errors.Is(err, newsextract.ErrTooLarge) {
				t.Errorf("want a decoding error, got %v", err)
			}
		})
	}
}

// A WARC gzipped as a whole, one member for every record, yields every
// record too, not only the first.
func TestWARCWholeFileGzip(t *testing.T) {
	recs, want := testRecords()
	dir := t.TempDir()
	plain := buildWARC(t, filepath.Join(dir, "crawl.warc"), false, false, recs)
	whole := writeGzip(t, filepath.Join(dir, "whole.warc.gz"), readFile(t, plain))
	pages, err := collectWARC(t, whole)
	if err != nil || len(pages) != len(want) {
		t.Fatalf("%d pages (err %v), want %d", len(pages), err, len(want))
	}
	for i, p := range pages {
		if p.err != nil || string(p.data) != want[i].body || *p.src.Offset != 0 {
			t.Errorf("record %d: err %v, %d bytes, offset %d", want[i].id, p.err, len(p.data), *p.src.Offset)
		}
	}
}

// The offset of a record in a gzip-per-record WARC is where its member
// starts, so the record can be read back from there alone.
func TestWARCOffsetsLocateMembers(t *testing.T) {
	recs, want := testRecords()
	path := buildWARC(t, filepath.Join(t.TempDir(), "crawl.warc.gz"), true, false, recs)
	pages, err := collectWARC(t, path)
	if err != nil || len(pages) != len(want) {
		t.Fatalf("%d pages (err %v)", len(pages), err)
	}
	data := []byte(readFile(t, path))
	for _, p := range pages {
		zr, err := gzip.NewReader(bytes.NewReader(data[*p.src.Offset:]))
		if err != nil {
			t.Fatalf("%s: no gzip member at offset: %v", p.src, err)
		}
		zr.Multistream(false)
		member, _ := io.ReadAll(zr)
		if !bytes.HasPrefix(member, []byte("WARC/")) || !bytes.Contains(member, []byte(p.src.RecordID)) {
			t.Errorf("%s: member at offset is another record", p.src)
		}
	}
}

// Two archives with the same base name write to two directories, and the
// table of names taken holds one entry per archive, none per record.
func TestWARCSameBaseNameTwice(t *testing.T) {
	recs, want := testRecords()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "a"), 0o755); err != nil {
		t.Fatal(err)
	}
	a := buildWARC(t, filepath.Join(dir, "a", "crawl.warc.gz"), true, false, recs)
	b := buildWARC(t, filepath.Join(dir, "crawl.warc"), false, false, recs)
	out := t.TempDir()
	if got := runFake(t, "-o", out, a, b); got.code != exitOK {
		t.Fatalf("exit %d: %s", got.code, got.stderr)
	}
	perDir := map[string]int{}
	for _, f := range listFiles(t, out) {
		perDir[strings.SplitN(f, "/", 2)[0]]++
	}
	if perDir["crawl"] != len(want) || perDir["crawl~2"] != len(want) || len(perDir) != 2 {
		t.Errorf("files per directory %v, want %d in crawl and crawl~2", perDir, len(want))
	}
	en := &enumerator{cfg: &config{outDir: out}, maxBytes: newsextract.DefaultMaxBytes}
	for _, path := range []string{a, b} {
		en.warcFile(context.Background(), path, func(page) error { return nil })
	}
	if len(en.names) != 2 {
		t.Errorf("%d names remembered for two archives of %d records: %v", len(en.names), len(recs), en.names)
	}
}
