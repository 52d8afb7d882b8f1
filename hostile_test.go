package newsextract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
)

// article wraps body markup in a page with a headline.
func article(body string) string {
	return "<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>" + body + "</article></body></html>"
}

// TestDeepNesting: 100,000 nested <div>s fail fast with ErrTooDeep (the
// HTML parser stops at 512 open elements; it took 12 ms and 1 MB here),
// whatever the element; shallower nesting is read.
func TestDeepNesting(t *testing.T) {
	for _, tag := range []string{"div", "span", "blockquote", "ul", "section"} {
		t.Run(tag, func(t *testing.T) {
			page := strings.Repeat("<"+tag+">", 100_000) + "<p>" + prose + "</p>" + strings.Repeat("</"+tag+">", 100_000)
			a, err := Extract([]byte(page), nil)
			if !errors.Is(err, ErrTooDeep) {
				t.Fatalf("err = %v, want ErrTooDeep", err)
			}
			if err := checkExtractError(a, err); err != nil {
				t.Error(err)
			}
		})
	}
	t.Run("400 deep is read", func(t *testing.T) {
		a := extractString(t, strings.Repeat("<div>", 400)+"<p>"+prose+"</p>")
		if !strings.Contains(a.Text, "council voted") {
			t.Errorf("text = %q", a.Text)
		}
	})
}

func TestSizeLimits(t *testing.T) {
	t.Run("default 50 MiB", func(t *testing.T) {
		page := bytes.Repeat([]byte("<p>"+prose+"</p>\n"), DefaultMaxBytes/len(prose)+1)
		_, err := Extract(page, nil)
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("%d bytes: err = %v, want ErrTooLarge", len(page), err)
		}
	})
	t.Run("reader stops at the limit", func(t *testing.T) {
		r := &countingReader{}
		_, err := ExtractReader(context.Background(), r, &Options{MaxBytes: 1 << 20})
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("err = %v, want ErrTooLarge", err)
		}
		if r.n > 1<<20+64<<10 {
			t.Errorf("read %d bytes of an endless stream for a 1 MiB limit", r.n)
		}
	})
	t.Run("element limit", func(t *testing.T) {
		_, err := Extract([]byte(strings.Repeat("<p>"+prose+"</p>", 200)), &Options{MaxNodes: 100})
		if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("err = %v, want ErrTooLarge", err)
		}
	})
}

// countingReader is an endless page.
type countingReader struct{ n int }

func (r *countingReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = "<p>x</p>"[(r.n+i)%8]
	}
	r.n += len(b)
	return len(b), nil
}

// TestBadBytes: each kind of broken or foreign input gives a typed error
// or a best-effort article, as SECURITY.md documents, and never unclean
// output.
func TestBadBytes(t *testing.T) {
	cases := []struct {
		name    string
		page    []byte
		want    error  // the error, or nil for an article
		hasText string // best effort: this text is in the article
	}{
		{"invalid utf-8, no charset", []byte(article("<p>bad \xff\xfe\xc0\x80 bytes " + prose + "</p>")), nil, "bad ÿþÀ€ bytes"},
		{"lying meta: utf-8 under latin-1", []byte(`<meta charset="iso-8859-1">` + article("<p>Grüße aus Köln "+prose+"</p>")), nil, "Grüße aus Köln"},
		{"lying meta: latin-1 under utf-8", []byte(`<meta charset="utf-8">` + article("<p>Gr\xfc\xdfe aus K\xf6ln "+prose+"</p>")), nil, "Grüße aus Köln"},
		{"meta says utf-16", []byte(`<meta charset="utf-16">` + article("<p>Grüße "+prose+"</p>")), nil, "Grüße"},
		{"mixed encodings", []byte(article("<p>UTF-8 Grüße and cp1252 caf\xe9 " + prose + "</p>")), nil, "UTF-8 Grüße and cp1252 café"},
		{"NUL bytes", []byte(article("<p>nul\x00 in\x00side " + prose + "</p>")), nil, "council voted"},
		{"utf-16le with BOM", utf16LE(article("<p>Ünïcödé " + prose + "</p>")), nil, "Ünïcödé"},
		{"utf-16be with BOM", utf16BE(article("<p>Ünïcödé " + prose + "</p>")), nil, "Ünïcödé"},
		{"utf-16 without BOM", utf16LE(article("<p>" + prose + "</p>"))[2:], ErrNotHTML, ""},
		{"only script", []byte("<html><head><script>var article = '" + prose + "';</script></head></html>"), ErrNoArticle, ""},
		{"only style and comments", []byte("<style>p{}</style><!-- " + prose + " -->"), ErrNoArticle, ""},
		{"json", []byte(`{"title":"x","body":"<p>` + prose + `</p>"}`), ErrNotHTML, ""},
		{"json array", []byte(`[{"html":"<p>x</p>"}]`), ErrNotHTML, ""},
		{"pdf", []byte("%PDF-1.4\n<p>" + prose + "</p>"), ErrNotHTML, ""},
		{"gzip not decompressed", []byte("\x1f\x8b\x08\x00<p>x</p>"), ErrNotHTML, ""},
		{"plain text", []byte(prose), ErrNotHTML, ""},
		{"empty", nil, ErrEmpty, ""},
		{"byte-order marks only", []byte("\xef\xbb\xbf\xef\xbb\xbf  "), ErrEmpty, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.page, nil)
			if err := checkExtractError(a, err); err != nil {
				t.Fatal(err)
			}
			if tc.want != nil {
				if !errors.Is(err, tc.want) {
					t.Fatalf("err = %v, want %v", err, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v, want an article", err)
			}
			if err := checkArticle(a); err != nil {
				t.Error(err)
			}
			if !strings.Contains(a.Text, tc.hasText) {
				t.Errorf("text %q lacks %q", truncate(a.Text, 80), tc.hasText)
			}
		})
	}
}

func utf16BE(s string) []byte {
	le := utf16LE(s)
	out := []byte{0xfe, 0xff}
	for i := 2; i+1 < len(le); i += 2 {
		out = append(out, le[i+1], le[i])
	}
	return out
}

// TestControlCharactersStripped puts C0, DEL and C1 controls into every
// text-bearing field; the output keeps the words and none of the controls.
func TestControlCharactersStripped(t *testing.T) {
	const ctl = "\x01\x07\x1b\x7f\u0080\u009b" // U+0085 is left out: it is a line break
	page := `<html lang="en` + ctl + `"><head><title>Title` + ctl + ` here</title>
<meta name="description" content="Desc` + ctl + `ription">
<meta name="author" content="Ann` + ctl + ` Lee">
<meta property="og:site_name" content="Site` + ctl + `">
<meta name="keywords" content="tag` + ctl + `one, two">
</head><body><nav id="n` + ctl + `">menu</nav><article>
<h1>Title` + ctl + ` here</h1>
<p>Para` + ctl + `graph ` + prose + `</p>
<h2>Sec` + ctl + `tion</h2>
<ul><li>It` + ctl + `em</li></ul>
<table><tr><th>H` + ctl + `</th><th>B</th></tr><tr><td>c` + ctl + `ell</td><td>d</td></tr><tr><td>e</td><td>f</td></tr></table>
<pre>co` + ctl + "de\n\tindented</pre>" + `
<figure><img src="/i.jpg" alt="al` + ctl + `t"><figcaption>Cap` + ctl + `tion</figcaption></figure>
<blockquote>Quo` + ctl + `te</blockquote>
<div class="related"><a href="/other">Bridge` + ctl + ` repairs start in spring</a></div>
</article><div class="comments"><p>Com` + ctl + `ment text</p></div></body></html>`
	a, err := Extract([]byte(page), &Options{URL: "https://news.example/a", Explain: true, Comments: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := checkArticle(a); err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(a)
	for _, word := range []string{"Paragraph", "Section", "Item", "cell", "Caption", "Quote", "code\\n\\tindented", "Ann Lee", "Description"} {
		if !bytes.Contains(js, []byte(word)) {
			t.Errorf("%q lost from the output", word)
		}
	}
	if len(a.Removed) == 0 || len(a.Related) == 0 || len(a.Comments) == 0 {
		t.Errorf("removed %d, related %d, comments %d: the test page does not reach every field", len(a.Removed), len(a.Related), len(a.Comments))
	}
}

// TestTrackingParameters: utm_*, fbclid, gclid and the like are stripped
// from inline and related links by default, the other parameters keep
// their order and spelling, and Options.KeepTracking keeps everything.
func TestTrackingParameters(t *testing.T) {
	const query = "?b=2&utm_source=news&a=1;x&fbclid=abc&UTM_Medium=m&gclid=9&q=a%20b"
	page := article(`<p>` + prose + ` Read <a href="/inline` + query + `">the inline report</a> today.</p>
<p>` + prose + `</p>
<div class="related-posts"><a href="/related` + query + `">A related story about the budget</a></div>`)
	cases := []struct {
		name  string
		keep  bool
		query string
	}{
		{"stripped", false, "?b=2&a=1;x&q=a%20b"},
		{"kept", true, query},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(page), &Options{URL: "https://news.example/story", KeepTracking: tc.keep})
			if err != nil {
				t.Fatal(err)
			}
			inline := findLink(a, "the inline report")
			if want := "https://news.example/inline" + tc.query; inline != want {
				t.Errorf("inline link = %q, want %q", inline, want)
			}
			if len(a.Related) != 1 || a.Related[0].URL != "https://news.example/related"+tc.query {
				t.Errorf("related = %+v, want one with query %q", a.Related, tc.query)
			}
		})
	}
	t.Run("only tracking leaves no question mark", func(t *testing.T) {
		a := extractString(t, article(`<p>`+prose+` See <a href="/x?utm_campaign=a&gclid=b">the report</a>.</p>`))
		if got := findLink(a, "the report"); got != "https://news.example/x" {
			t.Errorf("link = %q", got)
		}
	})
}

// TestURLsWithoutWhiteSpace: a query or mailto: address the page wrote
// with spaces or quotes comes out percent-encoded as a browser sends it,
// so a URL never ends early in Markdown, a log line or a shell.
func TestURLsWithoutWhiteSpace(t *testing.T) {
	cases := []struct{ name, href, want string }{
		{"query with a space", `/search?q=library hours`, "https://news.example/search?q=library%20hours"},
		{"query with quotes and brackets", `/s?q="a"<b>'c'`, "https://news.example/s?q=%22a%22%3Cb%3E%27c%27"},
		{"mailto subject", `mailto:desk@news.example?subject=Library hours`, "mailto:desk@news.example?subject=Library%20hours"},
		{"already encoded", `/search?q=a%20b`, "https://news.example/search?q=a%20b"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, article(`<p>`+prose+` Write to <a href="`+attrEscape(tc.href)+`">the desk</a>.</p>`))
			if got := findLink(a, "the desk"); got != tc.want {
				t.Errorf("link = %q, want %q", got, tc.want)
			}
		})
	}
	if got := callerURL("https://news.example/story?from=front page"); got != "https://news.example/story?from=front%20page" {
		t.Errorf("callerURL = %q", got)
	}
	t.Run("host no parser takes back", func(t *testing.T) {
		a := extractString(t, `<html><head><base href="//::"></head><body><article><p>`+prose+` Write to <a href="/desk">the desk</a>.</p></article></body></html>`)
		if got := findLink(a, "the desk"); got != "" {
			t.Errorf("link = %q, want none", got)
		}
	})
}

func findLink(a *Article, text string) string {
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			for _, l := range b.Links {
				if l.Text == text {
					return l.URL
				}
			}
		}
	}
	return ""
}

// xssPagePlacements put a payload where a page can carry a URL or text
// that reaches the output: links, images, metadata, JSON-LD, the base.
var xssPagePlacements = map[string]func(v string) string{
	"inline href": func(v string) string {
		return article(`<p>` + prose + ` <a href="` + attrEscape(v) + `">click here</a></p>`)
	},
	"img src": func(v string) string {
		return article(`<p>` + prose + `</p><figure><img src="` + attrEscape(v) + `" alt="a"><figcaption>c</figcaption></figure>`)
	},
	"lazy img": func(v string) string {
		return article(`<p>` + prose + `</p><img data-src="` + attrEscape(v) + `" srcset="` + attrEscape(v) + ` 2x">`)
	},
	"related href": func(v string) string {
		return article(`<p>` + prose + `</p><div class="related"><a href="` + attrEscape(v) + `">A related story headline</a></div>`)
	},
	"og:image and canonical": func(v string) string {
		return `<link rel="canonical" href="` + attrEscape(v) + `"><meta property="og:image" content="` + attrEscape(v) + `">` + article(`<p>`+prose+`</p>`)
	},
	"base href": func(v string) string {
		return `<base href="` + attrEscape(v) + `">` + article(`<p>`+prose+` <a href="x">rel</a></p><img src="y.png">`)
	},
	"json-ld": func(v string) string {
		js, _ := json.Marshal(map[string]any{"@type": "NewsArticle", "image": v, "headline": v, "author": map[string]string{"name": v}})
		return `<script type="application/ld+json">` + string(js) + `</script>` + article(`<p>`+prose+`</p>`)
	},
	"text": func(v string) string {
		return article(`<h2>` + v + `</h2><p>` + prose + v + `</p><ul><li>` + v + `</li></ul><pre>` + v + `</pre>`)
	},
}

func attrEscape(s string) string { return strings.ReplaceAll(s, `"`, "&quot;") }

// TestXSSThroughPipeline runs the OWASP-style vectors of render_test.go
// through Extract and RenderHTML: no output URL is anything but http(s)
// (or mailto in links), and the HTML passes the same safety check as the
// renderer's own tests.
func TestXSSThroughPipeline(t *testing.T) {
	for place, build := range xssPagePlacements {
		for i, v := range xssVectors {
			t.Run(fmt.Sprintf("%s/%d", place, i), func(t *testing.T) {
				t.Parallel()
				a, err := Extract([]byte(build(v)), &Options{URL: "https://news.example/story"})
				if err := checkExtractError(a, err); err != nil {
					t.Fatal(err)
				}
				if err != nil {
					return
				}
				if err := checkArticle(a); err != nil {
					t.Fatalf("vector %q: %v", v, err)
				}
				var out bytes.Buffer
				if err := RenderHTML(&out, a); err != nil {
					t.Fatal(err)
				}
				if err := checkSafeHTML(out.String()); err != nil {
					t.Errorf("vector %q: %v\n%s", v, err, out.String())
				}
			})
		}
	}
}

// TestConcurrentMixed shares Options values between goroutines that extract
// and render different pages at once; under -race it shows no call writes
// shared state, and every result equals the sequential one.
func TestConcurrentMixed(t *testing.T) {
	shared := []*Options{{}, {Explain: true, Comments: true}, {KeepTracking: true, NoFallback: true}}
	pages := [][]byte{sizedPage(t, 20_000), []byte(article("<p>" + prose + "</p>")), []byte(xssPagePlacements["inline href"]("javascript:alert(1)"))}
	want := make(map[[2]int]string)
	for i, p := range pages {
		for j, o := range shared {
			want[[2]int{i, j}] = renderAll(t, p, o)
		}
	}
	var wg sync.WaitGroup
	for g := range 12 {
		wg.Go(func() {
			for k := range 6 {
				i, j := (g+k)%len(pages), (g*k)%len(shared)
				if got := renderAll(t, pages[i], shared[j]); got != want[[2]int{i, j}] {
					t.Errorf("page %d options %d: concurrent result differs", i, j)
				}
			}
		})
	}
	wg.Wait()
}

// renderAll extracts page and renders it every way, as one string.
func renderAll(t *testing.T, page []byte, opts *Options) string {
	a, err := Extract(page, opts)
	if err != nil {
		t.Error(err)
		return ""
	}
	var b strings.Builder
	js, _ := json.Marshal(a)
	b.Write(js)
	for _, render := range []func(io.Writer, *Article) error{RenderHTML, RenderMarkdown, RenderText} {
		if err := render(&b, a); err != nil {
			t.Error(err)
		}
	}
	return b.String()
}
