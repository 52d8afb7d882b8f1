package newsextract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// sizedPage builds a page of at least size bytes from the hand-written blog
// post in testdata/pages: its head, header, sidebar, comments and footer
// once, and its article's sections (paragraphs, a heading, a list) repeated
// inside the article container, so every stage sees a real page's shape.
func sizedPage(tb testing.TB, size int) []byte {
	tb.Helper()
	page, err := os.ReadFile(filepath.Join("testdata", "pages", "visible-metadata.html"))
	if err != nil {
		tb.Fatal(err)
	}
	open := []byte(`<div class="entry">`)
	start := bytes.Index(page, open) + len(open)
	end := start + bytes.Index(page[start:], []byte("\n    </div>"))
	if start < len(open) || end < start {
		tb.Fatal("visible-metadata.html: article container not found")
	}
	unit := page[start:end]
	out := make([]byte, 0, size+len(page))
	out = append(out, page[:end]...)
	for len(out)+len(page)-end < size {
		out = append(out, unit...)
	}
	return append(out, page[end:]...)
}

// BenchmarkExtractSize shows cost against input size: ns/op and B/op grow
// by the same factor as the input (MB/s and B/op per byte stay flat) from
// 10 KB to 10 MB.
func BenchmarkExtractSize(b *testing.B) {
	for _, sz := range []struct {
		name string
		size int
	}{
		{"10KB", 10 << 10},
		{"1MB", 1 << 20},
		{"10MB", 10 << 20},
	} {
		b.Run(sz.name, func(b *testing.B) {
			page := sizedPage(b, sz.size)
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Extract(page, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRenderManyLinks renders one paragraph holding n links with the
// same text: ns/op grows with n, not n³ as it did when every link searched
// the text from the start and checked every earlier link.
func BenchmarkRenderManyLinks(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			links := make([]Link, n)
			for i := range links {
				links[i] = Link{Text: "word", URL: "https://x.example/" + strconv.Itoa(i)}
			}
			a := body(Block{Type: Paragraph, Text: strings.Repeat("word ", n), Links: links})
			b.ReportAllocs()
			for b.Loop() {
				if err := RenderMarkdown(io.Discard, a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestAllocationsGrowLinearly is the benchmark's claim as a test, on
// allocation counts (deterministic, unlike time): ten times the input may
// cost at most 13 times the allocations, which a quadratic step anywhere
// in the pipeline would exceed.
func TestAllocationsGrowLinearly(t *testing.T) {
	allocs := func(size int) float64 {
		page := sizedPage(t, size)
		return testing.AllocsPerRun(1, func() {
			if _, err := Extract(page, &Options{Explain: true, Comments: true}); err != nil {
				t.Fatal(err)
			}
		})
	}
	small, large := allocs(64<<10), allocs(640<<10)
	t.Logf("allocations: %.0f at 64 KB, %.0f at 640 KB", small, large)
	if large > 13*small {
		t.Errorf("allocations: %.0f at 64 KB, %.0f at 640 KB (%.1f×)", small, large, large/small)
	}
}

// TestAllocationsGrowLinearlyInRuns: the same claim for page shapes
// that rules read as runs (a column of headline links after a short
// story, teaser boxes, one-row tables side by side), where a rule that
// rescans the run from each of its members is quadratic.
func TestAllocationsGrowLinearlyInRuns(t *testing.T) {
	story := `<p>` + prose + `</p>`
	shapes := []struct {
		name string
		unit func(i int) string
	}{
		{"headline links", func(i int) string {
			return `<div><a href="/n/` + strconv.Itoa(i) + `.html">Headline number ` + strconv.Itoa(i) + ` of the long list of stories</a></div>`
		}},
		{"teaser boxes", func(i int) string {
			return `<div class="row"><h3><a href="/i/` + strconv.Itoa(i) + `">The ultimate checklist number ` + strconv.Itoa(i) + `</a></h3><p>A breakdown of the costs.</p></div>`
		}},
		{"one-row tables", func(i int) string {
			return `<table><tr><td><b>Part ` + strconv.Itoa(i) + `.</b> ` + prose + `</td></tr></table>`
		}},
	}
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			allocs := func(n int) float64 {
				var b strings.Builder
				b.WriteString(`<html><body><div>` + story)
				for i := range n {
					b.WriteString(sh.unit(i))
				}
				b.WriteString(`</div></body></html>`)
				page := []byte(b.String())
				return testing.AllocsPerRun(1, func() {
					if _, err := Extract(page, &Options{URL: "https://news.example/2024/05/01/story", Explain: true}); err != nil {
						t.Fatal(err)
					}
				})
			}
			small, large := allocs(300), allocs(3000)
			if large > 13*small {
				t.Errorf("allocations: %.0f at 300, %.0f at 3,000 (%.1f×)", small, large, large/small)
			}
		})
	}
}

// BenchmarkRepeatedShapes runs Extract, with Explain, on three shapes at
// two sizes, for the time per page to show linear growth: one paragraph
// said again and again on a responsive page (dropRepeatedRuns tries every
// run length at each block), streamed parts whose fallbacks lost their end
// marks (dropFallback looks for the mark among the siblings after each),
// and a hundred headings nested around a run of links (each heading's text
// is read, as go-readability reads it, from the whole run).
func BenchmarkRepeatedShapes(b *testing.B) {
	const head = `<html><head><title>Story</title><meta name="viewport" content="width=device-width"></head><body><main><article>`
	shapes := []struct {
		name string
		page func(n int) string
	}{
		{"one paragraph again", func(n int) string {
			return head + strings.Repeat(`<p>`+prose+`</p>`, n) + `</article></main></body></html>`
		}},
		{"streamed parts", func(n int) string {
			var holders, parts strings.Builder
			for i := range n {
				id := strconv.FormatInt(int64(i), 36)
				holders.WriteString(`<template id="B:` + id + `"></template><div>Loading paragraph...</div>`)
				parts.WriteString(`<div hidden id="S:` + id + `"><p>Part ` + id + `: ` + prose + `</p></div>`)
			}
			return head + holders.String() + `</article></main>` + parts.String() + `</body></html>`
		}},
		{"headings nested around links", func(n int) string {
			const depth = 100
			var links strings.Builder
			for i := range n {
				links.WriteString(`<span><a href="/s/` + strconv.Itoa(i) + `">Story ` + strconv.Itoa(i) + `</a></span>`)
			}
			return head + strings.Repeat(`<h2><div>`, depth) + links.String() + strings.Repeat(`</div></h2>`, depth) + `</article></main></body></html>`
		}},
	}
	for _, sh := range shapes {
		for _, n := range []int{1000, 10000} {
			page := []byte(sh.page(n))
			b.Run(sh.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				b.SetBytes(int64(len(page)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Extract(page, &Options{Explain: true}); err != nil && !errors.Is(err, ErrNoArticle) {
						b.Fatal(err) // a page of links alone holds no article
					}
				}
			})
		}
	}
}

// BenchmarkExtractPages runs the whole pipeline on each hand-written page
// of testdata/pages, the shapes of real news pages (a tagDiv WordPress
// theme, an HTML5 article, a legacy windows-1252 table layout, a blog).
func BenchmarkExtractPages(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no pages: %v", err)
	}
	for _, path := range paths {
		page, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(path), ".html"), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Extract(page, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExtractCorpus runs the whole pipeline over every page of a
// corpus set, the way the evaluation reads it (page URL and transport
// charset from the manifest): NEWSEXTRACT_CORPUS names the set's folder,
// for example ../shared/corpus/wcxb-dev. It is skipped when that is unset.
// One op is the whole set; MB/s is over the pages' bytes.
func BenchmarkExtractCorpus(b *testing.B) {
	dir := os.Getenv("NEWSEXTRACT_CORPUS")
	if dir == "" {
		b.Skip("NEWSEXTRACT_CORPUS is unset")
	}
	pages, opts := loadCorpus(b, dir)
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, p := range pages {
			Extract(p, opts[i]) // errors (pages without an article) are part of the work
		}
	}
}

// loadCorpus reads a corpus manifest and its gzip-compressed pages.
func loadCorpus(b *testing.B, dir string) ([][]byte, []*Options) {
	b.Helper()
	manifest, err := os.ReadFile(filepath.Join(dir, "manifest.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var pages [][]byte
	var opts []*Options
	for line := range bytes.SplitSeq(bytes.TrimSpace(manifest), []byte("\n")) {
		var rec struct{ HTML, URL, Encoding string }
		if err := json.Unmarshal(line, &rec); err != nil {
			b.Fatal(err)
		}
		page, err := readGzip(filepath.Join(dir, rec.HTML))
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
		opts = append(opts, &Options{URL: rec.URL, Charset: rec.Encoding})
	}
	return pages, opts
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(z)
}
