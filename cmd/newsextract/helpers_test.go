package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/newsextract/newsextract"
)

// binPath is the real binary, built once by TestMain for end-to-end cases.
var binPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newsextract-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binPath = filepath.Join(dir, "newsextract")
	build := exec.Command("go", "build", "-o", binPath, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building newsextract:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// Markers a test page carries to make fakeExtract fail with that sentinel.
var fakeFailures = map[string]error{
	"FAIL:not_html":   newsextract.ErrNotHTML,
	"FAIL:no_article": newsextract.ErrNoArticle,
	"FAIL:too_large":  newsextract.ErrTooLarge,
	"FAIL:too_deep":   newsextract.ErrTooDeep,
	"FAIL:empty":      newsextract.ErrEmpty,
}

// fakeExtract stands in for the extractor so the plumbing can be checked
// exactly: the title is the page's <title>, URL and SiteName echo the
// options (SiteName carries the charset), Text is the page length, and
// with Options.Explain the explanation is one kept block, the title.
// Like the library, a page without an article still returns its metadata
// beside ErrNoArticle.
// A page holding "spin:N" burns N iterations first to scramble the order
// in which workers finish.
func fakeExtract(_ context.Context, page []byte, opts *newsextract.Options) (*newsextract.Article, error) {
	s := string(page)
	for marker, sentinel := range fakeFailures {
		if !strings.Contains(s, marker) {
			continue
		}
		err := &newsextract.Error{Op: "extract", URL: opts.URL, Err: sentinel}
		if sentinel == newsextract.ErrNoArticle {
			return &newsextract.Article{URL: opts.URL, Title: between(s, "<title>", "</title>")}, err
		}
		return nil, err
	}
	if _, rest, ok := strings.Cut(s, "spin:"); ok {
		var n int
		fmt.Sscanf(rest, "%d", &n)
		spin(n)
	}
	a := &newsextract.Article{
		URL:      opts.URL,
		Title:    between(s, "<title>", "</title>"),
		SiteName: opts.Charset,
		Text:     fmt.Sprint(len(page)),
	}
	if opts.Explain {
		a.Explanation = &newsextract.Explanation{Blocks: []newsextract.PageBlock{
			{Verdict: newsextract.VerdictKept, Tag: "title", Path: "html > head > title", Excerpt: a.Title},
		}}
	}
	return a, nil
}

var spinSink atomic.Int64

func spin(n int) {
	x := 0
	for i := range n {
		x += i ^ (x >> 3)
	}
	spinSink.Store(int64(x))
}

func between(s, open, close string) string {
	_, rest, ok := strings.Cut(s, open)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, close)
	return v
}

func htmlPage(title, body string) string {
	return "<!doctype html><html><head><title>" + title + "</title></head><body><article><p>" + body + "</p></article></body></html>"
}

// outcome is what one invocation of run produced.
type outcome struct {
	code   int
	stdout string
	stderr string
}

func runFake(t *testing.T, args ...string) outcome {
	t.Helper()
	return runCtx(t, context.Background(), fakeExtract, "", args...)
}

func runCtx(t *testing.T, ctx context.Context, extract extractFunc, stdin string, args ...string) outcome {
	t.Helper()
	var out, errOut bytes.Buffer
	code := runWith(ctx, extract, args, strings.NewReader(stdin), &out, &errOut)
	return outcome{code: code, stdout: out.String(), stderr: errOut.String()}
}

func writeFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func writeGzip(t *testing.T, path, content string) string {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(content))
	zw.Close()
	return writeFile(t, path, buf.String())
}

// jsonLines decodes every line of s into a value of type T.
func jsonLines[T any](t *testing.T, s string) []T {
	t.Helper()
	var out []T
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("line %q is not JSON: %v", sc.Text(), err)
		}
		out = append(out, v)
	}
	return out
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// warcRecord is one record for buildWARC; its block is made up from the
// type, and for a response from the HTTP fields and body.
type warcRecord struct {
	typ         string // response, request, warcinfo
	uri         string
	id          int
	contentType string // the HTTP Content-Type of a response
	headers     string // extra HTTP header lines, each ending in \r\n
	body        string
}

func (r warcRecord) recordID() string {
	return fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", r.id)
}

func (r warcRecord) block() (string, string) {
	switch r.typ {
	case "warcinfo":
		return "application/warc-fields", "software: newsextract-test\r\nformat: WARC File Format 1.1\r\n"
	case "request":
		return "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"
	}
	head := "HTTP/1.1 200 OK\r\nContent-Type: " + r.contentType + "\r\n" + r.headers
	return "application/http; msgtype=response", head + "\r\n" + r.body
}

func (r warcRecord) bytes() []byte {
	ct, block := r.block()
	var b bytes.Buffer
	b.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", r.typ)
	fmt.Fprintf(&b, "WARC-Record-ID: %s\r\n", r.recordID())
	b.WriteString("WARC-Date: 2024-05-01T12:00:00Z\r\n")
	if r.uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\n", ct)
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(block))
	b.WriteString(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// buildWARC writes records, each its own gzip member when compressed, and
// cuts the last one to half its length when truncateLast is set.
func buildWARC(t testing.TB, path string, compressed, truncateLast bool, recs []warcRecord) string {
	t.Helper()
	var out bytes.Buffer
	for i, r := range recs {
		raw := r.bytes()
		if compressed {
			var member bytes.Buffer
			zw := gzip.NewWriter(&member)
			zw.Write(raw)
			zw.Close()
			raw = member.Bytes()
		}
		if truncateLast && i == len(recs)-1 {
			raw = raw[:len(raw)/2]
		}
		out.Write(raw)
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func httpHeader(m map[string]string) http.Header {
	h := http.Header{}
	for k, v := range m {
		h.Set(k, v)
	}
	return h
}

func openTemp(t *testing.T) (*os.File, error) {
	f, err := os.CreateTemp(t.TempDir(), "f")
	if err == nil {
		t.Cleanup(func() { f.Close() })
	}
	return f, err
}
