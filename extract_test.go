package newsextract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenPages are the hand-written pages of testdata/pages with the options
// each is run with (testdata/pages/README.md says why).
var goldenPages = []struct {
	name string
	opts Options
}{
	{"wordpress-newspaper", Options{}},
	{"html5-article", Options{}},
	{"legacy-cp1252", Options{URL: "http://www.borderweekly.example/news/2003/01/14/euro.htm"}},
	{"visible-metadata", Options{URL: "https://notesfromtheallotment.example/2023/02/why-i-gave-up-on-raised-beds/"}},
}

// TestGolden runs every page and compares the JSON with its golden file;
// go test -update rewrites them (review the diff by eye before committing).
func TestGolden(t *testing.T) {
	for _, tc := range goldenPages {
		t.Run(tc.name, func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("testdata", "pages", tc.name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(page, &tc.opts)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", tc.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s; run go test -update and review the diff\n%s", path, firstDiff(string(want), string(got)))
			}
		})
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) && i < len(gl); i++ {
		if wl[i] != gl[i] {
			return "line " + strconv.Itoa(i+1) + ":\n want: " + wl[i] + "\n  got: " + gl[i]
		}
	}
	return "lengths differ"
}

// extractString runs Extract on an HTML string with a page URL.
func extractString(t *testing.T, page string) *Article {
	t.Helper()
	a, err := Extract([]byte(page), &Options{URL: "https://news.example/2024/05/01/story"})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return a
}

// prose is a paragraph long enough to count as article text.
const prose = "The council voted on Tuesday to approve the new budget, which expands bus service, repairs two bridges and funds a library branch, after a debate that lasted late into the evening."

func TestErrors(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		opts Options
		want error
	}{
		{"empty", nil, Options{}, ErrEmpty},
		{"whitespace", []byte(" \n\t "), Options{}, ErrEmpty},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), Options{}, ErrNotHTML},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Options{}, ErrNotHTML},
		{"json", []byte(`{"title": "<b>not a page</b>", "body": [1, 2]}`), Options{}, ErrNotHTML},
		{"plain text", []byte("Just some words, no markup at all."), Options{}, ErrNotHTML},
		{"binary", bytes.Repeat([]byte{0, 1, 2, 3, 4, 5, 6, 7}, 200), Options{}, ErrNotHTML},
		{"rss feed", []byte(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<rss version="2.0"><channel><title>News</title><item><title>Budget</title><description>` + prose + `</description></item></channel></rss>`), Options{}, ErrNotHTML},
		{"atom feed after a comment", []byte(`<?xml version="1.0"?><!-- generated --><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Budget</title><content type="html">&lt;p&gt;` + prose + `&lt;/p&gt;</content></entry></feed>`), Options{}, ErrNotHTML},
		{"sitemap", []byte(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/story</loc></url></urlset>`), Options{}, ErrNotHTML},
		{"no article", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), Options{}, ErrNoArticle},
		{"only script", []byte("<html><script>var x = 'lots of text in a script that nobody reads';</script></html>"), Options{}, ErrNoArticle},
		{"too large", []byte("<p>" + prose + "</p>"), Options{MaxBytes: 10}, ErrTooLarge},
		{"too many nodes", []byte(strings.Repeat("<p>"+prose+"</p>", 20)), Options{MaxNodes: 10}, ErrTooLarge},
		{"too deep", []byte(strings.Repeat("<div>", 600) + prose), Options{}, ErrTooDeep},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.in, &tc.opts)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if err := checkExtractError(a, err); err != nil {
				t.Error(err)
			}
			var e *Error
			if !errors.As(err, &e) || e.Op == "" {
				t.Errorf("error %v is not an *Error with an Op", err)
			}
		})
	}
}

// TestXHTMLPage: an XHTML page opens like an XML document, with a
// declaration and a doctype, and is still a page (unlike the feeds and
// sitemaps TestErrors refuses).
func TestXHTMLPage(t *testing.T) {
	page := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">` +
		`<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Budget passes</title></head><body><p>` + prose + `</p></body></html>`
	a, err := Extract([]byte(page), nil)
	if err != nil || !strings.Contains(a.Text, "council voted") {
		t.Fatalf("Extract = %+v, %v; want the page's text", a, err)
	}
}

func TestCharsetDecoding(t *testing.T) {
	body := "<p>Caf\xe9 cr\xe8me, \x93quoted\x94 and 5 \x80 " + prose + "</p>"
	cases := []struct {
		name      string
		page      []byte
		transport string
		want      string
	}{
		{"meta windows-1252", []byte(`<html><head><meta charset="windows-1252"></head><body>` + body + "</body></html>"), "", "Café crème, “quoted” and 5 €"},
		{"transport outranks meta", []byte(`<html><head><meta charset="iso-8859-1"></head><body><p>Café crème ` + prose + "</p></body></html>"), "utf-8", "Café crème"},
		{"utf-8 bytes under a latin meta", []byte(`<html><head><meta charset="iso-8859-1"></head><body><p>Café crème ` + prose + "</p></body></html>"), "", "Café crème"},
		{"utf-8 bytes under a korean meta", []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head><body><p>독자권익보호위원회 정례회의 ` + prose + "</p></body></html>"), "", "독자권익보호위원회 정례회의"},
		{"euc-kr bytes under a korean meta", []byte(`<html><head><meta charset="euc-kr"></head><body><p>` + "\xb5\xb6\xc0\xda \xc0\xa7\xbf\xf8\xc8\xb8 " + prose + "</p></body></html>"), "", "독자 위원회"},
		{"BOM outranks transport", append([]byte("\xef\xbb\xbf"), []byte("<p>Grüße "+prose+"</p>")...), "windows-1252", "Grüße"},
		{"utf-16 with BOM", utf16LE("<html><body><p>Ünïcödé " + prose + "</p></body></html>"), "", "Ünïcödé"},
		{"transport utf-8: invalid bytes replaced", []byte("<p>Grüße \xff\xfe byte " + prose + "</p>"), "utf-8", "Grüße \uFFFD byte"},
		{"meta utf-8 over latin bytes", []byte("<meta charset=utf-8><p>bad \xff\xfe byte " + prose + "</p>"), "", "bad ÿþ byte"},
		{"russian page without a charset, by its lang", []byte("<html lang=\"ru\"><body><p>\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe4\xed\xff " + prose + "</p></body></html>"), "", "Новости дня"},
		{"lang with a region", []byte("<html lang=\"pl-PL\"><body><p>Za\xbf\xf3\xb3\xe6 g\xea\x9cl\xb9 ja\x9f\xf1 " + prose + "</p></body></html>"), "", "Zażółć gęślą jaźń"},
		{"russian page without a charset or lang, by its domain", []byte("<html><body><p>\xcd\xee\xe2\xee\xf1\xf2\xe8 \xe4\xed\xff " + prose + "</p></body></html>"), "", "Новости дня"},
		{"declared charset outranks lang", []byte("<html lang=\"ru\"><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 " + prose + "</p></body></html>"), "", "Café"},
		{"japanese page without a charset, shift_jis", []byte("<html lang=\"ja\"><body><p>\x93\x8c\x8b\x9e\x82\xc5\x90\x56\x82\xb5\x82\xa2\x90\x7d\x8f\x91\x8a\xd9\x82\xaa\x8a\x4a\x8a\xd9\x82\xb5\x82\xbd " + prose + "</p></body></html>"), "", "東京で新しい図書館が開館した"},
		{"japanese page without a charset, euc-jp", []byte("<html lang=\"ja\"><body><p>\xc5\xec\xb5\xfe\xa4\xc7\xbf\xb7\xa4\xb7\xa4\xa4\xbf\xde\xbd\xf1\xb4\xdb\xa4\xac\xb3\xab\xb4\xdb\xa4\xb7\xa4\xbf " + prose + "</p></body></html>"), "", "東京で新しい図書館が開館した"},
		{"lang without a legacy default", []byte("<html lang=\"de\"><body><p>Gr\xfc\xdfe " + prose + "</p></body></html>"), "", "Grüße"},
		{"meta after an archive toolbar", []byte(`<html><head><script src="/_static/js/wombat.js" charset="utf-8"></script>` + strings.Repeat("<!-- toolbar -->\n", 80) + `<meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>` + "\xd2\xbb\xb8\xf6\xd4\xbc\xb6\xa8 " + prose + "</p></body></html>"), "", "一个约定"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(tc.page, &Options{Charset: tc.transport, URL: "https://news.example.ru/story"})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("text %q does not contain %q", truncate(a.Text, 80), tc.want)
			}
		})
	}
}

func utf16LE(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestMetadataPriority(t *testing.T) {
	head := func(h string) string {
		return "<html><head>" + h + "</head><body><article><h1>Visible Headline Here</h1><p>" + prose + "</p><p>" + prose + "</p></article></body></html>"
	}
	cases := []struct {
		name  string
		page  string
		field func(*Article) string
		want  string
	}{
		{"json-ld beats og for date", head(`<meta property="article:published_time" content="2021-01-01T00:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-03T04:05:06Z"}</script>`), pubDay, "2020-02-03"},
		{"json-ld inside @graph", head(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"Article","datePublished":"2019-07-08","author":{"@type":"Person","name":"Ann Lee"}}]}</script>`), pubDay, "2019-07-08"},
		{"og date without json-ld", head(`<meta property="article:published_time" content="2021-01-01T10:00:00+02:00">`), pubDay, "2021-01-01"},
		{"future date rejected", head(`<meta property="article:published_time" content="2999-01-01T00:00:00Z"><meta name="date" content="2018-03-04">`), pubDay, "2018-03-04"},
		{"author from json-ld array", head(`<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}]}</script>`), authors, "Ann Lee; Bo Chen"},
		{"organisation is not an author", head(`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Example Media"}}</script><meta name="author" content="By Carla Diaz">`), authors, "Carla Diaz"},
		{"byline split", head(`<meta name="author" content="Ann Lee and Bo Chen">`), authors, "Ann Lee; Bo Chen"},
		{"url author ignored", head(`<meta property="article:author" content="https://facebook.com/someone">`), authors, ""},
		{"h1 agreeing with og:title wins", head(`<meta property="og:title" content="Visible Headline Here | Example News">`), title, "Visible Headline Here"},
		{"site suffix stripped", "<html><head><title>Budget passes after long debate | Example News</title><meta property=\"og:site_name\" content=\"Example News\"></head><body><p>" + prose + "</p></body></html>", title, "Budget passes after long debate"},
		{"description from og", head(`<meta name="description" content="plain"><meta property="og:description" content="from og">`), func(a *Article) string { return a.Description }, "from og"},
		{"language from html lang", strings.Replace(head(""), "<html>", `<html lang="de_AT">`, 1), func(a *Article) string { return a.Language }, "de-AT"},
		{"canonical resolves relative image", head(`<link rel="canonical" href="https://site.example/a/b"><meta property="og:image" content="/img/x.jpg">`), func(a *Article) string { return a.Image }, "https://site.example/img/x.jpg"},
		{"RDFa list of properties", head(`<meta property="og:image twitter:image" content="https://cdn.example/x.jpg"><meta property="dc:date article:published_time" content="2022-06-07">`), func(a *Article) string { return a.Image + " " + pubDay(a) }, "https://cdn.example/x.jpg 2022-06-07"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := tc.field(a); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func pubDay(a *Article) string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Time.Format(time.DateOnly)
}
func authors(a *Article) string { return strings.Join(a.Authors, "; ") }
func title(a *Article) string   { return a.Title }

func TestBoilerplateRemoved(t *testing.T) {
	cases := []struct {
		name, furniture string
	}{
		{"nav", `<nav><a href="/">Home</a> <a href="/world">World furniture</a></nav>`},
		{"ad label", `<div class="td-a-rec"><span>- Advertisement -</span></div>`},
		{"share bar", `<div class="share-buttons"><a href="#">Share on furniture</a></div>`},
		{"comment form", `<div id="respond"><h3>LEAVE A REPLY</h3><p>Please enter your comment furniture!</p></div>`},
		{"latest news widget", `<div class="block"><h4>Latest News</h4><div><a href="/x">Other story furniture</a><p>An excerpt of another story that is long enough to look like a paragraph of furniture.</p></div></div>`},
		{"cookie banner", `<div class="cookie-notice">We use cookies furniture to improve your experience.</div>`},
		{"hidden", `<div style="display: none">hidden furniture text</div>`},
		{"aside", `<aside><p>Sidebar furniture paragraph that is long enough to count as prose in the page.</p></aside>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><body>"+tc.furniture+"<article><p>"+prose+"</p><p>"+prose+"</p></article>"+tc.furniture+"</body></html>")
			if strings.Contains(a.Text, "furniture") {
				t.Errorf("furniture left in body: %q", a.Text)
			}
			if !strings.Contains(a.Text, "council voted") {
				t.Errorf("article text lost: %q", a.Text)
			}
		})
	}
}

func TestListNesting(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`</p><ol><li>First<ul><li>First A</li><li>First B</li></ul></li><li><p>Second para one.</p><p>Second para two.</p></li></ol></article>`)
	var list *Block
	for _, s := range a.Sections {
		for i := range s.Blocks {
			if s.Blocks[i].Type == List {
				list = &s.Blocks[i]
			}
		}
	}
	if list == nil {
		t.Fatal("no list block")
	}
	if !list.Ordered || len(list.Items) != 2 {
		t.Fatalf("list = %+v, want ordered with 2 items", list)
	}
	if got := list.Items[0]; got.Text != "First" || len(got.Items) != 2 || got.Items[1].Text != "First B" {
		t.Errorf("first item = %+v", got)
	}
	if got := list.Items[1].Text; got != "Second para one.\n\nSecond para two." {
		t.Errorf("second item text = %q", got)
	}
}

func TestSectionsAndHeadline(t *testing.T) {
	a := extractString(t, `<html><head><title>The Story | Site</title></head><body><article><h1>The Story</h1><p>`+prose+`</p><h2>Part one</h2><p>`+prose+`</p><h3>Detail</h3><blockquote><p>A quote.</p></blockquote><h2>Part two</h2><pre>x := 1
y := 2</pre></article></body></html>`)
	var got []string
	for _, s := range a.Sections {
		got = append(got, s.Heading+"/"+strconv.Itoa(s.Level))
	}
	want := "/0 Part one/2 Detail/3 Part two/2"
	if strings.Join(got, " ") != want {
		t.Errorf("sections = %q, want %q", strings.Join(got, " "), want)
	}
	last := a.Sections[len(a.Sections)-1].Blocks
	if len(last) != 1 || last[0].Type != Code || last[0].Text != "x := 1\ny := 2" {
		t.Errorf("code block = %+v", last)
	}
}

func TestRelatedLinks(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`</p>
<p><strong>See also:</strong> <a href="/2024/04/30/other-story?utm_source=x&id=7">Another story about the budget</a></p>
<p>`+prose+`</p>
<div class="related-posts"><h3>Related</h3><ul><li><a href="https://news.example/a">First related story title</a></li><li><a href="https://news.example/a">First related story title</a></li><li><a href="javascript:alert(1)">A script link, not a story</a></li></ul></div>
</article><div class="widget"><h3>Latest News</h3><a href="/latest">A latest news headline here</a></div>`)
	want := []Related{
		{Title: "Another story about the budget", URL: "https://news.example/2024/04/30/other-story?id=7"},
		{Title: "First related story title", URL: "https://news.example/a"},
		{Title: "A script link, not a story"}, // the title stays, the javascript: URL never does
	}
	if len(a.Related) != len(want) {
		t.Fatalf("related = %+v, want %+v", a.Related, want)
	}
	for i := range want {
		if a.Related[i] != want[i] {
			t.Errorf("related[%d] = %+v, want %+v", i, a.Related[i], want[i])
		}
	}
	if strings.Contains(a.Text, "See also") || strings.Contains(a.Text, "First related") {
		t.Errorf("related promo left in body: %q", a.Text)
	}
}

func TestDateJSON(t *testing.T) {
	cases := []struct {
		name string
		d    Date
		want string
	}{
		{"day", Date{Time: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay}, `"2024-03-05"`},
		{"time", Date{Time: time.Date(2024, 3, 5, 10, 15, 0, 0, time.FixedZone("", 3600)), Precision: PrecisionTime}, `"2024-03-05T10:15:00+01:00"`},
		{"zero", Date{}, `""`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.d)
			if err != nil || string(b) != tc.want {
				t.Fatalf("Marshal = %s, %v; want %s", b, err, tc.want)
			}
			var back Date
			if err := json.Unmarshal(b, &back); err != nil || back.String() != tc.d.String() {
				t.Errorf("round trip = %v, %v", back, err)
			}
		})
	}
}

// TestConcurrentExtract shares one Options value between goroutines; run
// under -race it shows Extract keeps no shared mutable state.
func TestConcurrentExtract(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "pages", "wordpress-newspaper.html"))
	if err != nil {
		t.Fatal(err)
	}
	opts := &Options{Explain: true}
	want, err := Extract(page, opts)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := json.Marshal(want)
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			a, err := Extract(page, opts)
			if err == nil {
				if got, _ := json.Marshal(a); !bytes.Equal(got, wantJSON) {
					err = errors.New("concurrent result differs")
				}
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestRunawayTitle(t *testing.T) {
	a, err := Extract([]byte("<html><head><title>Site | A story headline that is long enough here\n<script>x()</script></head><body><p>"+prose+"</p></body></html>"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "A story headline that is long enough here" || !strings.Contains(a.Text, "council voted") {
		t.Errorf("title %q, text %q", a.Title, truncate(a.Text, 40))
	}
}

// TestNoArticleKeepsMetadata: a page whose body a script builds still has a
// title and a date a batch wants; they come back beside ErrNoArticle.
func TestNoArticleKeepsMetadata(t *testing.T) {
	page := []byte(`<html><head><title>Chef says goodbye after two weeks</title>
<meta property="article:published_time" content="2019-11-04T08:00:00Z">
<meta name="author" content="Ana Ruiz"></head>
<body><div id="app"></div><script>render()</script></body></html>`)
	a, err := Extract(page, &Options{URL: "https://example.com/chef"})
	if !errors.Is(err, ErrNoArticle) {
		t.Fatalf("err = %v, want ErrNoArticle", err)
	}
	if a == nil {
		t.Fatal("no article beside ErrNoArticle")
	}
	if a.Title != "Chef says goodbye after two weeks" || a.Published.String() != "2019-11-04T08:00:00Z" || len(a.Authors) != 1 {
		t.Errorf("metadata = %q %q %v", a.Title, a.Published.String(), a.Authors)
	}
	if a.Text != "" || len(a.Sections) != 0 {
		t.Errorf("body beside ErrNoArticle: %q", a.Text)
	}
}

// TestHeadlineAfterLeadLines checks that the h1 equal to the title is the
// headline, not a section, also after short lead lines (section label,
// date, reading time), and that a heading after a paragraph of prose
// stays a section even when it repeats the title.
func TestHeadlineAfterLeadLines(t *testing.T) {
	cases := []struct {
		name, lead, want string
	}{
		{"short lead lines", `<p>Blog Insights</p><p>Published on: June 25, 2024</p><p>5 min read</p>`, "/0 Part one/2"},
		{"prose before", `<p>Blog Insights</p><p>Published on: June 25, 2024</p><p>` + prose + `</p>`, "/0 The Story/1 Part one/2"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><head><title>The Story | Site</title></head><body><article>`+tc.lead+`<h1>The Story</h1><p>`+prose+`</p><h2>Part one</h2><p>`+prose+`</p></article></body></html>`)
			var got []string
			for _, s := range a.Sections {
				got = append(got, s.Heading+"/"+strconv.Itoa(s.Level))
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("sections = %q, want %q", strings.Join(got, " "), tc.want)
			}
		})
	}
}

// TestSubtitleIsLead checks that a heading classed as the headline's
// subtitle is read as a lead paragraph before the story starts, and as a
// section heading after it.
func TestSubtitleIsLead(t *testing.T) {
	cases := []struct {
		name, body, want string
	}{
		{"under the headline", `<h1>The Story</h1><h3 class="subtitle">What the council decided and why</h3><p>` + prose + `</p><h2>Part one</h2><p>` + prose + `</p>`, "/0 Part one/2"},
		{"after the story starts", `<h1>The Story</h1><p>` + prose + `</p><h3 class="subtitle">Part one</h3><p>` + prose + `</p>`, "/0 Part one/2"},
		{"rubric named by a test id", `<h1>The Story</h1><h2 class="css-1cx4fq2" data-test-id="Rubric">What the council decided and why</h2><p>` + prose + `</p><h2>Part one</h2><p>` + prose + `</p>`, "/0 Part one/2"},
		{"bare heading giving the description", `<h1>The Story</h1><h2>What the council decided on Tuesday night and why it matters to the city</h2><p>` + prose + `</p><h2>Part one</h2><p>` + prose + `</p>`, "/0 Part one/2"},
		{"short heading giving the description", `<h1>The Story</h1><h2>Call for proposals is open</h2><p>` + prose + `</p><h2>Part one</h2><p>` + prose + `</p>`, "Call for proposals is open/2 Part one/2"},
		{"lead classed on the heading", `<h1>The Story</h1><h2 class="article__lead">What the council decided and why</h2><p>` + prose + `</p><h3>Part one</h3><p>` + prose + `</p>`, "/0 Part one/3"},
		{"excerpt row of the header", `<h1>The Story</h1><h2 class="l-article-header__row l-article-header__row--excerpt">What the council decided and why</h2><p>` + prose + `</p><h2>Part one</h2><p>` + prose + `</p>`, "/0 Part one/2"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			desc := "" // the first bare subhead's text, as sites copy it into the description
			if i := strings.Index(tc.body, "<h2>"); i >= 0 {
				desc = tc.body[i+len("<h2>") : i+strings.Index(tc.body[i:], "</h2>")]
			}
			a := extractNoFallback(t, `<html><head><title>The Story | Site</title><meta name="description" content="`+desc+`"></head><body><article>`+tc.body+`</article></body></html>`)
			var got []string
			for _, s := range a.Sections {
				got = append(got, s.Heading+"/"+strconv.Itoa(s.Level))
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("sections = %q, want %q", strings.Join(got, " "), tc.want)
			}
			if !strings.Contains(a.Text, "council decided") && strings.Contains(tc.body, "council decided") {
				t.Errorf("subtitle lost from the text: %q", a.Text)
			}
		})
	}
	// The description is often the subtitle cut short, or reworded at
	// its end.
	for _, desc := range []string{"What the council decided on Tuesday night and why…", "What the council decided on Tuesday night and what it means"} {
		t.Run("description "+desc, func(t *testing.T) {
			a := extractNoFallback(t, `<html><head><title>The Story | Site</title><meta name="description" content="`+desc+`"></head><body><article><h1>The Story</h1><h2>What the council decided on Tuesday night and why it matters to the city</h2><p>`+prose+`</p><h2>Part one</h2><p>`+prose+`</p></article></body></html>`)
			if len(a.Sections) == 0 || a.Sections[0].Heading != "" {
				t.Errorf("the subtitle heads a section: %+v", a.Sections)
			}
		})
	}
}

// TestVisibleTags: an article:tag meta listing every tag gives each;
// without a meta or JSON-LD naming the tags, the
// article's rel=tag links give them, from the first list of such links
// after the headline; categories, a CMS's default category and the tags
// of teasers further down do not.
func TestVisibleTags(t *testing.T) {
	tagLine := `<p class="tags">Tags: <a href="/tag/floods/" rel="tag">Floods</a>, <a href="/tag/dairy/" rel="tag">#Dairy</a>, <a href="/category/uncategorized/" rel="tag">Uncategorized</a></p>`
	teaser := `<div class="related"><h3><a href="/other/">Rivers peak in the north</a></h3><a href="/tag/rivers/" rel="tag">Rivers</a></div>`
	cases := []struct {
		name, head, body string
		want             []string
	}{
		{"tag line under the story", "", `<a href="/category/news/" rel="category tag">News</a>` + tagLine + teaser, []string{"Floods", "Dairy"}},
		{"meta tags win", `<meta property="article:tag" content="Agriculture">`, tagLine, []string{"Agriculture"}},
		{"one meta listing all", `<meta property="article:tag" content="Agriculture,Floods, Rural affairs">`, "", []string{"Agriculture", "Floods", "Rural affairs"}},
		{"one tag a meta, with a comma", `<meta property="article:tag" content="Trump, Donald J"><meta property="article:tag" content="Mergers, Acquisitions and Divestitures">`, "", []string{"Trump, Donald J", "Mergers, Acquisitions and Divestitures"}},
		{"no tag links", "", teaser[:0], nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><title>Farmers count cost</title>`+tc.head+`</head><body><article><h1>Farmers count cost</h1><p>`+prose+`</p><p>`+prose+`</p>`+tc.body+`</article></body></html>`)
			if strings.Join(a.Tags, "|") != strings.Join(tc.want, "|") {
				t.Errorf("tags = %q, want %q", a.Tags, tc.want)
			}
		})
	}
}

// TestUndeclaredJapanese: a page that names neither its charset nor its
// language is read as Japanese where one of Japan's legacy encodings
// reads it so (hiragana among its characters); a European page stays
// windows-1252.
func TestUndeclaredJapanese(t *testing.T) {
	sjis := "\x93\x8c\x8b\x9e\x82\xc5\x90\x56\x82\xb5\x82\xa2\x90\x7d\x8f\x91\x8a\xd9\x82\xaa\x8a\x4a\x8a\xd9\x82\xb5\x82\xbd"
	eucjp := "\xc5\xec\xb5\xfe\xa4\xc7\xbf\xb7\xa4\xb7\xa4\xa4\xbf\xde\xbd\xf1\xb4\xdb\xa4\xac\xb3\xab\xb4\xdb\xa4\xb7\xa4\xbf"
	cases := []struct{ name, para, want string }{
		{"shift_jis", strings.Repeat(sjis, 5), "東京で新しい図書館が開館した"},
		{"euc-jp", strings.Repeat(eucjp, 5), "東京で新しい図書館が開館した"},
		{"windows-1252", strings.Repeat("Caf\xe9 cr\xe8me, \x93quoted\x94 \xe0 la fran\xe7aise. ", 6), "Café crème, “quoted” à la française."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte("<html><body><p>"+tc.para+" "+prose+"</p></body></html>"), &Options{URL: "https://news.example.com/story"})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("text %q does not contain %q", truncate(a.Text, 80), tc.want)
			}
		})
	}
}
