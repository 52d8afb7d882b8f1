package newsextract

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// Fuzz option bits: FuzzExtract turns each Options switch on and off.
const (
	fuzzComments = 1 << iota
	fuzzExplain
	fuzzKeepTracking
	fuzzNoFallback
)

// hostileSeeds are small pages built to reach each guard: bad bytes, lying
// charsets, other formats, scripts, deep nesting and unsafe URLs.
var hostileSeeds = []string{
	"",
	// streamed segments: one holding its own placeholder, one twice, one nested
	`<p>` + prose + `</p><template id="B:0"></template><div>Loading</div><!--/$--><div hidden id="S:0"><template id="P:0"></template><p>` + prose + `</p></div><div hidden id="S:0"><p>again</p></div><div hidden id="S:1"><div hidden id="S:2"><template id="B:1"></template></div></div>`,
	"<p>" + prose + "</p>",
	"<meta charset=utf-8><p>bad \xff\xfe\xc3 bytes " + prose + "</p>",
	"<meta charset=iso-8859-1><p>Caf\xc3\xa9 and caf\xe9 " + prose + "</p>",
	"<meta charset=shift_jis><p>\x82\xa0\x82\xa2 " + prose + "</p>",
	"<p>NUL\x00 in\x00 text\x01\x1b[31m " + prose + "</p>",
	"\xfe\xff\x00<\x00p\x00>\x00H\x00i",
	"<html><script>document.write('<p>" + prose + "</p>')</script></html>",
	`{"title": "<b>json</b>"}`,
	"%PDF-1.7\n<p>" + prose + "</p>",
	strings.Repeat("<div>", 600) + prose,
	strings.Repeat("<table><tr><td>", 100) + prose,
	`<article><p>` + prose + ` <a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a> <a href="/x?utm_source=a&id=1&fbclid=z">rel</a> <a href="mailto:a@b.example">mail</a></p><img src="vbscript:x"><div class="related"><a href="?gclid=1&a=b">A related story headline here</a></div></article>`,
	`<base href="javascript:alert(1)//"><p>` + prose + `<a href="x">x</a></p>`,
	`<title>t</title><p>` + prose + `<title>` + prose,
}

// fuzzSeeds adds the hand-written pages of testdata/pages and the hostile
// seeds to a fuzz target taking (page, url, flags).
func fuzzSeeds(f *testing.F) {
	for _, tc := range goldenPages {
		page, err := os.ReadFile(filepath.Join("testdata", "pages", tc.name+".html"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(page, tc.opts.URL, uint8(0))
		f.Add(page, "", uint8(0xff))
	}
	for i, s := range hostileSeeds {
		f.Add([]byte(s), "https://news.example/2024/05/01/story", uint8(i))
	}
	f.Add([]byte("<p>"+prose+`<a href="/a">a</a></p>`), "javascript:alert(1)", uint8(0))
	f.Add([]byte("<p>"+prose+`<a href="/a">a</a></p>`), "http://\xff.example/\x00", uint8(0))
}

// FuzzExtract runs the whole pipeline on arbitrary bytes, URLs and option
// switches. Extract must not panic or hang, must fail only with one of the
// sentinels inside an *Error, and whatever it returns must be clean: valid
// UTF-8 without control characters, only http(s)/mailto URLs, a JSON round
// trip to the same article, and an HTML rendering that passes the XSS check.
func FuzzExtract(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, page []byte, pageURL string, flags uint8) {
		opts := &Options{
			URL:          pageURL,
			Comments:     flags&fuzzComments != 0,
			Explain:      flags&fuzzExplain != 0,
			KeepTracking: flags&fuzzKeepTracking != 0,
			NoFallback:   flags&fuzzNoFallback != 0,
		}
		a := extractClean(t, page, opts)
		if a == nil {
			return
		}
		var out bytes.Buffer
		if err := RenderHTML(&out, a); err != nil {
			t.Fatal(err)
		}
		if err := checkSafeHTML(out.String()); err != nil {
			t.Fatalf("%v\n%s", err, out.String())
		}
	})
}

// FuzzDecodePage fuzzes the charset path on its own: the kind check and the
// decoder, with any transport charset name. A page that passes the kind
// check decodes to valid UTF-8 or fails with ErrNotHTML.
func FuzzDecodePage(f *testing.F) {
	for _, tc := range goldenPages {
		page, err := os.ReadFile(filepath.Join("testdata", "pages", tc.name+".html"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(page, "")
	}
	for _, s := range hostileSeeds {
		f.Add([]byte(s), "")
	}
	for _, cs := range []string{"utf-8", "windows-1252", "utf-16le", "shift_jis", "gb18030", "x-user-defined", "bogus", "utf-8; q=\"", ""} {
		f.Add([]byte("<p>caf\xe9 \x82\xa0 \xff\xfe \x00"+prose+"</p>"), cs)
	}
	f.Add(utf16LE("<p>"+prose+"</p>"), "utf-8")
	f.Add(append([]byte{0xfe, 0xff}, "\x00<\x00p"...), "")
	f.Fuzz(func(t *testing.T, page []byte, transport string) {
		if err := checkPageKind(page); err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrNotHTML) {
				t.Fatalf("checkPageKind: %v is neither ErrEmpty nor ErrNotHTML", err)
			}
			return
		}
		out, err := decodePage(page, transport, "")
		if err != nil {
			if !errors.Is(err, ErrNotHTML) {
				t.Fatalf("decodePage: %v does not wrap ErrNotHTML", err)
			}
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("decodePage(%q) is not valid UTF-8: %q", transport, out)
		}
		if bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) {
			t.Fatal("decoded page keeps its byte-order mark")
		}
	})
}

// FuzzResolveURL fuzzes the URL surface on its own: the caller's URL, a
// <base href> and a link. Whatever comes out is empty or an absolute
// http(s) URL with a host (mailto: only where allowed), valid UTF-8
// without control characters or white space, and without a tracking
// parameter unless the caller keeps them.
func FuzzResolveURL(f *testing.F) {
	for _, s := range [][3]string{
		{"https://news.example/2024/05/01/story", "", "/a?utm_source=x&id=1"},
		{"https://news.example/story", "javascript:alert(1)//", "x"},
		{"", "https://cdn.example/base/", "../img.png"},
		{"http://\xff.example/\x00", "", "mailto:a@b.example"},
		{"https://news.example/", "", " java\tscript:alert(1)"},
		{"https://news.example/", "//evil.example", "data:text/html,x"},
		{"https://news.example/", "", "HTTPS://Other.Example/%zz?fbclid=1;a=b&gclid=2"},
		{"https://news.example/", "", "#top"},
	} {
		f.Add(s[0], s[1], s[2], false, false)
		f.Add(s[0], s[1], s[2], true, true)
	}
	f.Fuzz(func(t *testing.T, caller, baseHref, ref string, mailto, keepTracking bool) {
		p := newPage(context.Background(), &Options{URL: caller, KeepTracking: keepTracking})
		p.resolveBase(baseHref)
		if p.base != nil && !isWebScheme(p.base.Scheme) {
			t.Fatalf("base %q is not http(s)", p.base)
		}
		if c := callerURL(caller); c != "" {
			if err := checkOutputURL(c, ".URL"); err != nil {
				t.Fatal(err)
			}
		}
		got := p.absURL(ref, mailto)
		if got == "" {
			return
		}
		path := ".Links[0].URL" // where mailto: may stand
		if !mailto {
			path = ".URL"
		}
		if err := checkOutputURL(got, path); err != nil {
			t.Fatal(err)
		}
		if err := checkString(got, "url", ""); err != nil {
			t.Fatal(err)
		}
		if keepTracking {
			return
		}
		u, _ := url.Parse(got)
		for _, pair := range strings.Split(u.RawQuery, "&") {
			key, _, _ := strings.Cut(pair, "=")
			if k, err := url.QueryUnescape(key); err == nil && isTrackingParam(k) {
				t.Fatalf("absURL(%q) = %q keeps tracking parameter %q", ref, got, k)
			}
		}
	})
}

// FuzzJSONLD fuzzes the structured-data surface: any script body, as the
// page's only JSON-LD beside a short article. Decoding and every reader of
// its fields (title, authors, dates, image, publisher, articleBody) must
// not panic, and the article must stay clean.
func FuzzJSONLD(f *testing.F) {
	for _, s := range []string{
		`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council extends library hours","datePublished":"2024-05-01T09:30:00+02:00","author":[{"@type":"Person","name":"Sam Roe"},"Ana Diaz"],"image":{"url":"/i.jpg"},"publisher":{"name":"Daily"}}`,
		`{"@graph":[{"@type":"WebPage","name":"x"},{"@type":["Article"],"headline":["a","b"],"author":{"name":{"x":1}},"datePublished":20240501}]}`,
		`[{"@type":"BlogPosting","articleBody":"` + prose + `","dateModified":"not a date","author":null}]`,
		"<!--{\"@type\":\"Article\",\"headline\":\"raw\nnewline\"}-->",
		`{"@type":"Article","author":[[[[[[[[[[{"name":"deep"}]]]]]]]]]]}`,
		`{"@type":"Article","headline":"\u0000\ud800","image":["javascript:alert(1)",{"url":"data:x"}]}`,
		`{"@type":`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		_ = parseJSONLD(body)
		if strings.Contains(strings.ToLower(body), "</script") {
			return // it would end the script element: not a JSON-LD body
		}
		page := `<html><head><script type="application/ld+json">` + body + `</script></head><body><article><p>` + prose + `</p></article></body></html>`
		extractClean(t, []byte(page), &Options{URL: "https://news.example/2024/05/01/story"})
	})
}
