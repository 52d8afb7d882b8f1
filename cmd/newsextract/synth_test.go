package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// synthPage is a news page of the usual shape, different for every i:
// navigation, a headline, paras paragraphs of prose, a related-stories box
// and a footer. Its size grows with paras (about 450 bytes each).
func synthPage(i, paras int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story %d - The Synthetic Times</title>`, i)
	fmt.Fprintf(&b, `<meta property="og:title" content="Story %d"><meta property="article:published_time" content="2024-05-%02dT10:00:00Z"></head><body>`, i, 1+i%28)
	b.WriteString(`<header class="site-header"><nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>`)
	fmt.Fprintf(&b, `<main><article class="post"><h1>Council report number %d finds the bridge needs repair</h1><p class="byline">By Alex Writer</p><div class="entry-content">`, i)
	for p := range paras {
		fmt.Fprintf(&b, "<p>Paragraph %d of story %d: the council met on Tuesday, and members said the bridge over the river, which carries about %d vehicles a day, needs work before winter. Engineers, residents and shop owners spoke for two hours; the vote, delayed twice, is now set for next month, the clerk said.</p>\n", p, i, 1000+37*i+p)
	}
	b.WriteString(`</div></article><aside class="related-posts"><h2>Related stories</h2><ul>`)
	for r := range 5 {
		fmt.Fprintf(&b, `<li><a href="/story/%d">Another headline about the town, number %d</a></li>`, i*10+r, r)
	}
	b.WriteString(`</ul></aside></main><footer class="site-footer"><p>© 2024 The Synthetic Times. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

// writeSynthWARC streams n HTML response records made by synthPage to path,
// with a non-HTML record every 10th so that the reader also skips some.
func writeSynthWARC(tb testing.TB, path string, n, paras int) {
	tb.Helper()
	streamWARC(tb, path, n, func(i int) warcRecord {
		rec := warcRecord{typ: "response", id: i + 1, uri: fmt.Sprintf("https://synthetic.example/story/%d", i),
			contentType: "text/html; charset=utf-8", body: synthPage(i, paras)}
		if i%10 == 9 {
			rec.contentType, rec.body = "image/png", "\x89PNG\r\n\x1a\nnot really an image"
		}
		return rec
	})
}

// streamWARC writes the n records rec returns to path, each in its own gzip
// member as public crawls store them, without holding the archive in
// memory.
func streamWARC(tb testing.TB, path string, n int, rec func(i int) warcRecord) {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	zw, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
	for i := range n {
		zw.Reset(w)
		zw.Write(rec(i).bytes())
		if err := zw.Close(); err != nil {
			tb.Fatal(err)
		}
	}
	if err := firstErr(w.Flush(), f.Close()); err != nil {
		tb.Fatal(err)
	}
}

// fixtureNames are the hand-written pages of testdata/pages.
var fixtureNames = []string{"wordpress-newspaper", "html5-article", "legacy-cp1252", "visible-metadata"}

// fixtureRecords returns copies HTML response records of each fixture page,
// under distinct URIs, in a fixed interleaved order.
func fixtureRecords(tb testing.TB, copies int) []warcRecord {
	tb.Helper()
	var recs []warcRecord
	for c := range copies {
		for i, name := range fixtureNames {
			body, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pages", name+".html"))
			if err != nil {
				tb.Fatal(err)
			}
			recs = append(recs, warcRecord{typ: "response", id: len(recs) + 1,
				uri:         fmt.Sprintf("https://fixtures.example/%d/%s", c, name),
				contentType: fixtureContentType[i], body: string(body)})
		}
	}
	return recs
}

// fixtureContentType is each fixture's HTTP Content-Type as its server
// would send it; the legacy page is windows-1252.
var fixtureContentType = []string{"text/html; charset=UTF-8", "text/html; charset=utf-8", "text/html; charset=windows-1252", "text/html"}
