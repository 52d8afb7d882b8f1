package newsextract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// body wraps blocks in one untitled lead section.
func body(blocks ...Block) *Article {
	return &Article{Sections: []Section{{Blocks: blocks}}}
}

func renderMD(t *testing.T, a *Article) string {
	t.Helper()
	var b bytes.Buffer
	if err := RenderMarkdown(&b, a); err != nil {
		t.Fatalf("RenderMarkdown: %v", err)
	}
	return b.String()
}

func TestRenderMarkdown(t *testing.T) {
	day := Date{Time: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay}
	tests := []struct {
		name string
		in   *Article
		want string
	}{
		{"nil article", nil, ""},
		{"empty article", &Article{}, ""},
		{"empty blocks are skipped", body(Block{Type: Paragraph}, Block{Type: List}, Block{Type: Code, Text: "\n\n"},
			Block{Type: Figure}, Block{Type: Table}, Block{Type: Quote, Text: "  "}), ""},
		{"title and metadata", &Article{Title: "Rates rise", Authors: []string{"Ann Lee", " ", "Bo Chan"}, Published: day},
			"# Rates rise\n\nBy Ann Lee, Bo Chan · 2024-05-01\n"},
		{"date without authors", &Article{Published: day}, "2024-05-01\n"},
		{"heading levels clamp to h2..h6", &Article{Title: "T", Sections: []Section{
			{Heading: "Lead", Level: 0}, {Heading: "One", Level: 1}, {Heading: "Three", Level: 3}, {Heading: "Deep", Level: 9}}},
			"# T\n\n## Lead\n\n## One\n\n#### Three\n\n###### Deep\n"},
		{"body h1 and h2 move down one", &Article{Title: "T", Sections: []Section{{Heading: "Big", Level: 1}, {Heading: "Small", Level: 2}}},
			"# T\n\n## Big\n\n### Small\n"},
		{"body from h2 stays", &Article{Title: "T", Sections: []Section{{Heading: "Part", Level: 2}, {Heading: "Sub", Level: 3}}},
			"# T\n\n## Part\n\n### Sub\n"},
		{"untitled lead has no heading", body(Block{Type: Paragraph, Text: "Lead text."}), "Lead text.\n"},
		{"paragraphs separated", body(Block{Type: Paragraph, Text: "One."}, Block{Type: Paragraph, Text: "Two.\n\n\n\nThree."}),
			"One.\n\nTwo.\n\nThree.\n"},
		{"unordered list", body(Block{Type: List, Items: []ListItem{{Text: "a"}, {Text: "b"}}}), "- a\n- b\n"},
		{"ordered list", body(Block{Type: List, Ordered: true, Items: []ListItem{{Text: "a"}, {Text: "b"}}}), "1. a\n2. b\n"},
		{"nested list indented by marker width", body(Block{Type: List, Ordered: true, Items: []ListItem{
			{Text: "a", Ordered: true, Items: []ListItem{{Text: "a1", Ordered: true, Items: []ListItem{{Text: "deep"}}}}}, {Text: "b"}}}),
			"1. a\n   1. a1\n      1. deep\n2. b\n"},
		{"nested lists of their own kind", body(Block{Type: List, Ordered: true, Items: []ListItem{
			{Text: "a", Items: []ListItem{{Text: "a1", Ordered: true, Items: []ListItem{{Text: "deep"}}}}}, {Text: "b"}}}),
			"1. a\n   - a1\n     1. deep\n2. b\n"},
		{"item with several paragraphs", body(Block{Type: List, Items: []ListItem{{Text: "first\n\nsecond\nline"}, {Text: "next"}}}),
			"- first\n\n  second\n  line\n- next\n"},
		{"item with only children", body(Block{Type: List, Items: []ListItem{{Items: []ListItem{{Text: "x"}}}}}),
			"-\n  - x\n"},
		{"adjacent lists do not merge", body(
			Block{Type: List, Items: []ListItem{{Text: "a"}}},
			Block{Type: List, Items: []ListItem{{Text: "b"}}},
			Block{Type: List, Items: []ListItem{{Text: "c"}}},
			Block{Type: Paragraph, Text: "p"},
			Block{Type: List, Ordered: true, Items: []ListItem{{Text: "d"}}},
			Block{Type: List, Ordered: true, Items: []ListItem{{Text: "e"}}}),
			"- a\n\n* b\n\n- c\n\np\n\n1. d\n\n1) e\n"},
		{"quote with paragraphs", body(Block{Type: Quote, Text: "One line\nnext\n\nSecond"}),
			"> One line\\\n> next\n>\n> Second\n"},
		{"quote with link", body(Block{Type: Quote, Text: "said the minister", Links: []Link{{Text: "minister", URL: "https://gov.example/m"}}}),
			"> said the [minister](https://gov.example/m)\n"},
		{"code fenced with three backticks", body(Block{Type: Code, Text: "\nif x {\n\treturn\n}\n"}),
			"```\nif x {\n\treturn\n}\n```\n"},
		{"code fence outgrows backtick run", body(Block{Type: Code, Text: "a ```` b\n`c`"}),
			"`````\na ```` b\n`c`\n`````\n"},
		{"code is not escaped", body(Block{Type: Code, Text: "# *x* [y] <z>"}), "```\n# *x* [y] <z>\n```\n"},
		{"figure with caption", body(Block{Type: Figure, Src: "https://img.example/a.jpg", Alt: "A [cat]", Text: "The cat, 2024"}),
			"![A \\[cat\\]](https://img.example/a.jpg)\\\nThe cat, 2024\n"},
		{"figure without caption", body(Block{Type: Figure, Src: "http://img.example/a(1).jpg", Alt: "x"}),
			"![x](http://img.example/a\\(1\\).jpg)\n"},
		{"figure caption at line start escaped", body(Block{Type: Figure, Src: "https://i.example/a.png", Text: "===\n# x"}),
			"![](https://i.example/a.png)\\\n\\===\n\\# x\n"},
		{"figure with unsafe src keeps words", body(Block{Type: Figure, Src: "javascript:alert(1)", Alt: "alt words"}),
			"alt words\n"},
		{"table with header", body(Block{Type: Table, Header: [][]string{{"Name", "Age"}}, Rows: [][]string{{"Ann", "31"}, {"Bo", "28"}}}),
			"| Name | Age |\n| --- | --- |\n| Ann | 31 |\n| Bo | 28 |\n"},
		{"table without header gets empty one", body(Block{Type: Table, Rows: [][]string{{"a", "b"}}}),
			"|  |  |\n| --- | --- |\n| a | b |\n"},
		{"table pipes and newlines escaped", body(Block{Type: Table, Header: [][]string{{"a|b"}}, Rows: [][]string{{"x\ny|z"}}}),
			"| a\\|b |\n| --- |\n| x<br>y\\|z |\n"},
		{"table ragged rows padded", body(Block{Type: Table, Header: [][]string{{"h"}}, Rows: [][]string{{"1", "2", "3"}}}),
			"| h |  |  |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n"},
		{"table header rows folded into one", body(Block{Type: Table, Caption: "Results",
			Header: [][]string{{"Team", "Home", "Home"}, {"Team", "W", "D"}}, Rows: [][]string{{"Ajax", "5", "1"}}}),
			"Results\n\n| Team | Home W | Home D |\n| --- | --- | --- |\n| Ajax | 5 | 1 |\n"},
		{"related links", &Article{Related: []Related{{Title: "Other [story]", URL: "https://n.example/2"},
			{Title: "Dead", URL: "javascript:void(0)"}, {URL: "https://n.example/3"}, {}}},
			"## Related\n\n- [Other \\[story\\]](https://n.example/2)\n- Dead\n- [https://n.example/3](https://n.example/3)\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := renderMD(t, tc.in); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestRenderMarkdownInlineLinks(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		links []Link
		want  string
	}{
		{"first occurrence linked", "see the report and the report", []Link{{Text: "the report", URL: "https://a.example/r"}},
			"see [the report](https://a.example/r) and the report\n"},
		{"repeated link text takes next occurrence", "here or here", []Link{{Text: "here", URL: "https://a.example/1"}, {Text: "here", URL: "https://a.example/2"}},
			"[here](https://a.example/1) or [here](https://a.example/2)\n"},
		{"links out of order", "alpha beta", []Link{{Text: "beta", URL: "https://b.example/"}, {Text: "alpha", URL: "https://a.example/"}},
			"[alpha](https://a.example/) [beta](https://b.example/)\n"},
		{"absent link text leaves text alone", "plain words", []Link{{Text: "missing", URL: "https://a.example/"}}, "plain words\n"},
		{"unsafe url leaves text alone", "click me", []Link{{Text: "click", URL: "javascript:alert(1)"}}, "click me\n"},
		{"relative url leaves text alone", "click me", []Link{{Text: "click", URL: "/local"}}, "click me\n"},
		{"empty link text ignored", "text", []Link{{Text: "", URL: "https://a.example/"}}, "text\n"},
		{"link text escaped", "the [draft] *memo*", []Link{{Text: "[draft] *memo*", URL: "https://a.example/d"}},
			"the [\\[draft\\] \\*memo\\*](https://a.example/d)\n"},
		{"link at line start", "Budget passed", []Link{{Text: "Budget", URL: "https://a.example/b"}},
			"[Budget](https://a.example/b) passed\n"},
		{"text after link on new line escaped", "a link\n# not heading", []Link{{Text: "link", URL: "https://a.example/"}},
			"a [link](https://a.example/)\\\n\\# not heading\n"},
		{"mailto allowed", "write to us", []Link{{Text: "us", URL: "mailto:desk@news.example"}},
			"write to [us](mailto:desk@news.example)\n"},
		{"parens in url escaped", "wiki", []Link{{Text: "wiki", URL: "https://w.example/A_(b)"}},
			"[wiki](https://w.example/A_\\(b\\))\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := renderMD(t, body(Block{Type: Paragraph, Text: tc.text, Links: tc.links}))
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRenderMarkdownEscaping(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"leading hash", "# Not a heading", `\# Not a heading`},
		{"ordered marker", "1. Not a list", `1\. Not a list`},
		{"ordered paren marker", "2024) was a year", `2024\) was a year`},
		{"number with decimals untouched", "3.5 million", "3.5 million"},
		{"dash bullet", "- not a list", `\- not a list`},
		{"plus bullet", "+ not a list", `\+ not a list`},
		{"star bullet", "* not a list", `\* not a list`},
		{"thematic break", "***", `\*\*\*`},
		{"underscore break", "___", `\_\_\_`},
		{"quote marker", "> not a quote", `\> not a quote`},
		{"setext underline on next line", "Title\n===", "Title\\\n\\==="},
		{"setext dash underline", "Title\n---", "Title\\\n\\---"},
		{"marker on later line", "ok\n- not a list", "ok\\\n\\- not a list"},
		{"indentation would make code", "    indented", "indented"},
		{"backticks", "use `code` here", "use \\`code\\` here"},
		{"fence", "```go", "\\`\\`\\`go"},
		{"brackets", "[a](b) and [c]", `\[a\](b) and \[c\]`},
		{"emphasis", "*a* _b_ **c**", `\*a\* \_b\_ \*\*c\*\*`},
		{"snake case kept", "snake_case_name", "snake_case_name"},
		{"html tag", "<b>bold</b>", `\<b>bold\</b>`},
		{"entity", "&amp; &#38; AT&T & co", `\&amp; \&#38; AT&T & co`},
		{"backslash", `C:\dir\`, `C:\\dir\\`},
		{"pipe", "a | b", `a \| b`},
		{"strikethrough", "~~gone~~", `\~\~gone\~\~`},
		{"hash inside text", "C# and #tag", "C# and #tag"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.TrimSuffix(renderMD(t, body(Block{Type: Paragraph, Text: tc.text})), "\n")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			// Dropping the escapes must give back the text as a reader sees it.
			if back := unescapeMarkdown(got); back != strings.TrimSpace(tc.text) {
				t.Errorf("reads back as %q, want %q", back, strings.TrimSpace(tc.text))
			}
		})
	}
}

func TestRenderMarkdownHeadingEscaping(t *testing.T) {
	tests := []struct{ name, heading, want string }{
		{"closing sequence", "Learn C #", "## Learn C \\#\n"},
		{"emphasis", "*Breaking*", "## \\*Breaking\\*\n"},
		{"newline folded", "Two\nlines", "## Two lines\n"},
		{"leading marker", "1. First", "## 1. First\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := renderMD(t, &Article{Sections: []Section{{Heading: tc.heading, Level: 2}}})
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

var markdownEscape = regexp.MustCompile(`\\([!-/:-@\[-` + "`" + `{-~])`)

// unescapeMarkdown undoes backslash escapes of ASCII punctuation, as a
// CommonMark reader does.
// unescapeMarkdown drops the escapes and hard-break backslashes.
func unescapeMarkdown(s string) string {
	return markdownEscape.ReplaceAllString(strings.ReplaceAll(s, "\\\n", "\n"), "$1")
}

func TestRenderText(t *testing.T) {
	tests := []struct {
		name string
		in   *Article
		want string
	}{
		{"nil", nil, ""},
		{"empty", &Article{}, ""},
		{"title and text", &Article{Title: "Headline", Text: "Para one.\n\nPara two."}, "Headline\n\nPara one.\n\nPara two.\n"},
		{"title only", &Article{Title: "Headline"}, "Headline\n"},
		{"text only", &Article{Text: "Body."}, "Body.\n"},
		{"markup left as is", &Article{Title: "# *T*", Text: "<b>x</b>"}, "# *T*\n\n<b>x</b>\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := RenderText(&b, tc.in); err != nil {
				t.Fatal(err)
			}
			if b.String() != tc.want {
				t.Errorf("got %q, want %q", b.String(), tc.want)
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestRenderersReportWriteErrors(t *testing.T) {
	a := &Article{Title: "T", Text: "x"}
	renderers := map[string]func(w *failWriter) error{
		"markdown": func(w *failWriter) error { return RenderMarkdown(w, a) },
		"text":     func(w *failWriter) error { return RenderText(w, a) },
		"html":     func(w *failWriter) error { return RenderHTML(w, a) },
	}
	for name, render := range renderers {
		t.Run(name, func(t *testing.T) {
			if err := render(&failWriter{}); err == nil {
				t.Error("write error was swallowed")
			}
		})
	}
}

func renderHTMLDoc(t testing.TB, a *Article) (string, *html.Node) {
	t.Helper()
	var b bytes.Buffer
	if err := RenderHTML(&b, a); err != nil {
		t.Fatalf("RenderHTML: %v", err)
	}
	doc, err := html.Parse(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("output does not parse: %v", err)
	}
	return b.String(), doc
}

func findAll(n *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == a {
			out = append(out, d)
		}
	}
	return out
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

func sampleArticle() *Article {
	return &Article{
		Title:     "Storm hits <coast>",
		Language:  "en-GB",
		Authors:   []string{"Ann Lee"},
		Published: Date{Time: time.Date(2024, 5, 1, 9, 30, 0, 0, time.UTC), Precision: PrecisionTime},
		Sections: []Section{
			{Blocks: []Block{{Type: Paragraph, Text: "Winds reached 100 km/h, the agency said.",
				Links: []Link{{Text: "the agency", URL: "https://met.example/"}}}}},
			{Heading: "Damage", Level: 1, Blocks: []Block{
				{Type: List, Ordered: true, Items: []ListItem{{Text: "roofs", Ordered: true, Items: []ListItem{{Text: "north"}}}, {Text: "a\n\nb"}}},
				{Type: Quote, Text: "It was loud."},
				{Type: Table, Caption: "Tolls", Header: [][]string{{"Town", "Homes"}}, Rows: [][]string{{"Ayr", "12\n(est.)"}}},
				{Type: Figure, Src: "https://img.example/s.jpg", Alt: "Waves", Text: "Waves at noon"},
				{Type: Code, Text: "if <x> {}"},
			}},
		},
		Related: []Related{{Title: "Earlier storm", URL: "https://news.example/1"}},
	}
}

func TestRenderHTMLStructure(t *testing.T) {
	_, doc := renderHTMLDoc(t, sampleArticle())
	one := func(a atom.Atom) *html.Node {
		t.Helper()
		ns := findAll(doc, a)
		if len(ns) != 1 {
			t.Fatalf("want one <%s>, got %d", a, len(ns))
		}
		return ns[0]
	}
	tests := []struct {
		name      string
		got, want string
	}{
		{"lang", attr(one(atom.Html), "lang"), "en-GB"},
		{"title escaped", textOf(one(atom.Title)), "Storm hits <coast>"},
		{"h1", textOf(one(atom.H1)), "Storm hits <coast>"},
		{"byline", textOf(one(atom.Header).LastChild.PrevSibling), "By Ann Lee · 2024-05-01T09:30:00Z"},
		{"time datetime", attr(one(atom.Time), "datetime"), "2024-05-01T09:30:00Z"},
		{"level 1 heading becomes h2", textOf(findAll(one(atom.Article), atom.H2)[0]), "Damage"},
		{"inline link text", textOf(findAll(doc, atom.A)[0]), "the agency"},
		{"inline link href", attr(findAll(doc, atom.A)[0], "href"), "https://met.example/"},
		{"inline link rel", attr(findAll(doc, atom.A)[0], "rel"), "nofollow noopener"},
		{"nested list", textOf(findAll(doc, atom.Ol)[1]), "\nnorth\n"},
		{"multi-paragraph item", fmt.Sprint(len(findAll(findAll(doc, atom.Li)[2], atom.P))), "2"},
		{"blockquote", strings.TrimSpace(textOf(one(atom.Blockquote))), "It was loud."},
		{"caption", textOf(one(atom.Caption)), "Tolls"},
		{"thead", textOf(one(atom.Thead)), "\nTownHomes\n"},
		{"cell line break", fmt.Sprint(len(findAll(one(atom.Tbody), atom.Br))), "1"},
		{"img src", attr(one(atom.Img), "src"), "https://img.example/s.jpg"},
		{"img alt", attr(one(atom.Img), "alt"), "Waves"},
		{"figcaption", textOf(one(atom.Figcaption)), "Waves at noon"},
		{"pre code", textOf(one(atom.Pre)), "if <x> {}"},
		{"aside heading", textOf(findAll(one(atom.Aside), atom.H2)[0]), "Related"},
		{"related link", attr(findAll(one(atom.Aside), atom.A)[0], "href"), "https://news.example/1"},
		{"related rel", attr(findAll(one(atom.Aside), atom.A)[0], "rel"), "nofollow noopener"},
		{"sections", fmt.Sprint(len(findAll(doc, atom.Section))), "2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
}

func TestRenderHTMLEmptyArticle(t *testing.T) {
	for name, a := range map[string]*Article{"nil": nil, "zero": {}} {
		t.Run(name, func(t *testing.T) {
			out, doc := renderHTMLDoc(t, a)
			if !strings.HasPrefix(out, "<!DOCTYPE html>\n") {
				t.Errorf("no doctype: %q", out)
			}
			if n := len(findAll(doc, atom.Article)); n != 1 {
				t.Errorf("want one <article>, got %d", n)
			}
			for _, a := range []atom.Atom{atom.Header, atom.Section, atom.Aside, atom.H1} {
				if n := len(findAll(doc, a)); n != 0 {
					t.Errorf("empty article has %d <%s>", n, a)
				}
			}
		})
	}
}

// xssVectors are filter-evasion payloads in the style of the OWASP XSS filter
// evasion cheat sheet, written out here by hand.
var xssVectors = []string{
	`<script>alert('XSS')</script>`,
	`<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>`,
	`javascript:alert('XSS')`,
	`JaVaScRiPt:alert(1)`,
	` javascript:alert(1)`,
	"java\tscript:alert(1)",
	"java\x00script:alert(1)",
	`&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)`,
	`&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)`,
	`vbscript:msgbox("XSS")`,
	`data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
	`data:image/svg+xml,<svg onload=alert(1)>`,
	`"><img src=x onerror=alert(1)>`,
	`'><svg/onload=alert(1)>`,
	`<IMG SRC="javascript:alert('XSS');">`,
	`<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\>`,
	`<BODY ONLOAD=alert('XSS')>`,
	`<iframe src="javascript:alert(1)"></iframe>`,
	`<a href="javascript:alert(1)">x</a>`,
	`<div style="background-image: url(javascript:alert(1))">`,
	`<STYLE>@import'https://xss.example/xss.css';</STYLE>`,
	`<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(1);">`,
	`<object data="javascript:alert(1)"></object>`,
	`<math><mtext></mtext><mglyph><svg><mtext><textarea><a title="</textarea><img src onerror=alert(1)>">`,
	`<!--<img src="--><img src=x onerror=alert(1)//">`,
	`https://ok.example/" onmouseover="alert(1)`,
	`https://ok.example/<script>alert(1)</script>`,
	`<<SCRIPT>alert("XSS");//\<</SCRIPT>`,
	"\u202ejavascript:alert(1)",
	`%6A%61%76%61%73%63%72%69%70%74:alert(1)`,
}

// xssPlacements puts a payload into every model field that reaches the HTML.
var xssPlacements = map[string]func(v string) *Article{
	"title":          func(v string) *Article { return &Article{Title: v} },
	"language":       func(v string) *Article { return &Article{Language: v, Title: "t"} },
	"author":         func(v string) *Article { return &Article{Authors: []string{v}} },
	"heading":        func(v string) *Article { return &Article{Sections: []Section{{Heading: v, Level: 2}}} },
	"paragraph text": func(v string) *Article { return body(Block{Type: Paragraph, Text: v}) },
	"link url": func(v string) *Article {
		return body(Block{Type: Paragraph, Text: "click here", Links: []Link{{Text: "here", URL: v}}})
	},
	"link text": func(v string) *Article {
		return body(Block{Type: Paragraph, Text: "a " + v, Links: []Link{{Text: v, URL: "https://ok.example/"}}})
	},
	"list item": func(v string) *Article {
		return body(Block{Type: List, Items: []ListItem{{Text: v, Items: []ListItem{{Text: v}}}}})
	},
	"quote":      func(v string) *Article { return body(Block{Type: Quote, Text: v}) },
	"code":       func(v string) *Article { return body(Block{Type: Code, Text: v}) },
	"figure src": func(v string) *Article { return body(Block{Type: Figure, Src: v, Alt: "a"}) },
	"figure alt": func(v string) *Article { return body(Block{Type: Figure, Src: "https://i.example/a.png", Alt: v}) },
	"caption":    func(v string) *Article { return body(Block{Type: Figure, Src: "https://i.example/a.png", Text: v}) },
	"table": func(v string) *Article {
		return body(Block{Type: Table, Caption: v, Header: [][]string{{v}}, Rows: [][]string{{v}}})
	},
	"related url": func(v string) *Article { return &Article{Related: []Related{{Title: "t", URL: v}}} },
	"related title": func(v string) *Article {
		return &Article{Related: []Related{{Title: v, URL: "https://ok.example/"}}}
	},
}

func TestRenderHTMLXSS(t *testing.T) {
	for field, place := range xssPlacements {
		for i, v := range xssVectors {
			t.Run(fmt.Sprintf("%s/%d", field, i), func(t *testing.T) {
				t.Parallel() // the shared sanitizer policy must be safe to use concurrently
				out, _ := renderHTMLDoc(t, place(v))
				if err := checkSafeHTML(out); err != nil {
					t.Errorf("vector %q: %v\n%s", v, err, out)
				}
			})
		}
	}
}

// allowedElements is everything RenderHTML may emit: the document shell and
// the article markup.
var allowedElements = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Meta: true, atom.Title: true, atom.Body: true,
	atom.Article: true, atom.Header: true, atom.Section: true, atom.Aside: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.P: true, atom.Br: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Blockquote: true,
	atom.Pre: true, atom.Code: true, atom.Figure: true, atom.Figcaption: true, atom.Img: true,
	atom.Table: true, atom.Caption: true, atom.Thead: true, atom.Tbody: true, atom.Tr: true,
	atom.Th: true, atom.Td: true, atom.A: true, atom.Time: true,
}

var urlAttrs = map[string]bool{"href": true, "src": true, "action": true, "formaction": true, "background": true, "poster": true, "cite": true, "data": true}

// checkSafeHTML is the XSS invariant: valid UTF-8, no "<script" anywhere, only
// allowed elements, no event handler or style attribute, and every URL
// attribute an http(s) or mailto URL.
func checkSafeHTML(out string) error {
	if !utf8.ValidString(out) {
		return errors.New("output is not valid UTF-8")
	}
	if strings.Contains(strings.ToLower(out), "<script") {
		return errors.New("output contains <script")
	}
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		return err
	}
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		if !allowedElements[n.DataAtom] {
			return fmt.Errorf("element <%s> is not allowed", n.Data)
		}
		if err := checkAttrs(n); err != nil {
			return err
		}
	}
	return nil
}

func checkAttrs(n *html.Node) error {
	for _, a := range n.Attr {
		key := strings.ToLower(a.Key)
		switch {
		case strings.HasPrefix(key, "on"):
			return fmt.Errorf("<%s> has event handler %s=%q", n.Data, a.Key, a.Val)
		case key == "style":
			return fmt.Errorf("<%s> has style=%q", n.Data, a.Val)
		case urlAttrs[key]:
			if err := checkURL(a.Val); err != nil {
				return fmt.Errorf("<%s %s>: %v", n.Data, a.Key, err)
			}
		}
	}
	return nil
}

var dangerousScheme = regexp.MustCompile(`(?i)^\s*(javascript|vbscript|data):`)

func checkURL(v string) error {
	if dangerousScheme.MatchString(v) {
		return fmt.Errorf("dangerous URL %q", v)
	}
	u, err := url.Parse(v)
	if err != nil {
		return fmt.Errorf("unparseable URL %q", v)
	}
	switch u.Scheme {
	case "http", "https", "mailto":
		return nil
	}
	return fmt.Errorf("URL %q has scheme %q", v, u.Scheme)
}

// TestCheckSafeHTMLCatchesAttacks makes sure the XSS assertions above can fail.
func TestCheckSafeHTMLCatchesAttacks(t *testing.T) {
	bad := map[string]string{
		"script":     `<p><ScRiPt>x</script></p>`,
		"handler":    `<p onclick="x()">x</p>`,
		"style":      `<p style="color:red">x</p>`,
		"javascript": `<a href=" javascript:x()">x</a>`,
		"vbscript":   `<a href="vbscript:x">x</a>`,
		"data":       `<img src="data:image/png;base64,AAAA">`,
		"relative":   `<a href="/x">x</a>`,
		"iframe":     `<iframe></iframe>`,
		"utf8":       "<p>\xff</p>",
	}
	for name, doc := range bad {
		t.Run(name, func(t *testing.T) {
			if checkSafeHTML(doc) == nil {
				t.Errorf("%q passed the safety check", doc)
			}
		})
	}
	t.Run("clean", func(t *testing.T) {
		if err := checkSafeHTML(`<p><a href="https://x.example/" rel="nofollow noopener">x</a></p>`); err != nil {
			t.Error(err)
		}
	})
}

func FuzzRenderHTML(f *testing.F) {
	f.Add("Title", "Some text with a link", "a link", "https://example.com/")
	f.Add(`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, "x", "javascript:alert(1)")
	f.Add("\xff\xfe", "a\x00b\r\nc", "\x80", " data:text/html,<b>")
	f.Add("# *x*", "1. `y` | z", "|", "mailto:a@b.example")
	f.Fuzz(func(t *testing.T, s1, s2, s3, u string) {
		a := fuzzArticle(s1, s2, s3, u)
		var b bytes.Buffer
		if err := RenderHTML(&b, a); err != nil {
			t.Fatal(err)
		}
		if err := checkSafeHTML(b.String()); err != nil {
			t.Fatalf("%v\n%s", err, b.String())
		}
		var md bytes.Buffer
		if err := RenderMarkdown(&md, a); err != nil {
			t.Fatal(err)
		}
	})
}

func fuzzArticle(s1, s2, s3, u string) *Article {
	return &Article{
		Title: s1, Language: s3, Authors: []string{s2},
		Sections: []Section{
			{Heading: s1, Level: len(s2) % 8, Blocks: []Block{
				{Type: Paragraph, Text: s2, Links: []Link{{Text: s3, URL: u}, {Text: s1, URL: s3}}},
				{Type: List, Ordered: len(s1)%2 == 0, Start: len(s2) * 1_000_003, Items: []ListItem{
					{Text: s1, Links: []Link{{Text: s3, URL: u}}, Ordered: len(s3)%2 == 0, Items: []ListItem{{Text: s2, Links: []Link{{Text: s2, URL: s1}}}}}, {Text: s3}}},
				{Type: Quote, Text: s2, Links: []Link{{Text: s3, URL: u}}},
				{Type: Code, Text: s3, Lang: s1},
				{Type: Figure, Src: u, Alt: s1, Text: s2},
				{Type: Figure, Src: s3, Alt: s2},
				{Type: Embed, Src: u, Alt: s1, Text: s2},
				{Type: Embed, Src: s3, Alt: s2},
				{Type: Table, Caption: s1, Header: [][]string{{s2, s3}}, Rows: [][]string{{s3}, {u, s1, s2}}, Links: []Link{{Text: s3, URL: u}, {Text: s1, URL: s2}}},
			}},
		},
		Related: []Related{{Title: s1, URL: u}, {Title: s2, URL: s3}},
	}
}

func ExampleRenderMarkdown() {
	a := &Article{
		Title:     "Council approves budget",
		Authors:   []string{"Ann Lee"},
		Published: Date{Time: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay},
		Sections: []Section{
			{Blocks: []Block{{Type: Paragraph, Text: "The vote was 7-2, the minutes show.",
				Links: []Link{{Text: "the minutes", URL: "https://city.example/minutes"}}}}},
			{Heading: "What changes", Level: 2, Blocks: []Block{
				{Type: List, Items: []ListItem{{Text: "Bus fares *drop*"}, {Text: "Parks get [more] staff"}}},
				{Type: Table, Header: [][]string{{"Item", "Cost"}}, Rows: [][]string{{"Buses | trams", "$2m"}}},
			}},
		},
		Related: []Related{{Title: "Last year's budget", URL: "https://news.example/2023"}},
	}
	if err := RenderMarkdown(os.Stdout, a); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Council approves budget
	//
	// By Ann Lee · 2024-03-05
	//
	// The vote was 7-2, [the minutes](https://city.example/minutes) show.
	//
	// ## What changes
	//
	// - Bus fares \*drop\*
	// - Parks get \[more\] staff
	//
	// | Item | Cost |
	// | --- | --- |
	// | Buses \| trams | $2m |
	//
	// ## Related
	//
	// - [Last year's budget](https://news.example/2023)
}

// TestRenderListLinksAndStart: an item's links render as in a paragraph,
// an unsafe one as plain text; an ordered list counts from its Start, its
// nested lists from 1, and a Start Markdown cannot number from 1.
func TestRenderListLinksAndStart(t *testing.T) {
	items := []ListItem{
		{Text: "See the report", Links: []Link{{Text: "the report", URL: "https://a.example/r"}}, Ordered: true, Items: []ListItem{{Text: "Sub item"}}},
		{Text: "Click me", Links: []Link{{Text: "Click", URL: "javascript:alert(1)"}}},
	}
	cases := []struct {
		name   string
		start  int
		wantMD string
		wantOL string
	}{
		{"from four", 4, "4. See [the report](https://a.example/r)\n   1. Sub item\n5. Click me\n", `<ol start="4">`},
		{"from one", 0, "1. See [the report](https://a.example/r)\n   1. Sub item\n2. Click me\n", "<ol>"},
		{"beyond nine digits", 2_000_000_000, "1. See [the report](https://a.example/r)\n   1. Sub item\n2. Click me\n", "<ol>"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := body(Block{Type: List, Ordered: true, Start: tc.start, Items: items})
			if got := renderMD(t, a); got != tc.wantMD {
				t.Errorf("markdown %q, want %q", got, tc.wantMD)
			}
			out, _ := renderHTMLDoc(t, a)
			if !strings.Contains(out, tc.wantOL+"\n<li>See <a href=\"https://a.example/r\" rel=\"nofollow noopener\">the report</a>") {
				t.Errorf("html lacks %s with the item's link:\n%s", tc.wantOL, out)
			}
			if strings.Contains(out, "javascript") || !strings.Contains(out, "<li>Click me</li>") {
				t.Errorf("unsafe link not left as text:\n%s", out)
			}
		})
	}
}

// TestRenderTableLinks: each cell shows the table's links its text holds,
// handed out in reading order: a cell a span repeats shows its text
// without them, and a link goes to the line of a cell that holds it.
func TestRenderTableLinks(t *testing.T) {
	tb := Block{Type: Table,
		Header: [][]string{{"Park", "Source"}},
		Rows:   [][]string{{"Elm Park", "See the report"}, {"Oak Park", "See the report"}, {"Ash Park\nmap", "None"}},
		Links: []Link{{Text: "Elm Park", URL: "https://a.example/elm"}, {Text: "the report", URL: "https://a.example/r"},
			{Text: "map", URL: "https://a.example/map"}, {Text: "None", URL: "javascript:alert(1)"}},
	}
	wantMD := "| Park | Source |\n| --- | --- |\n| [Elm Park](https://a.example/elm) | See [the report](https://a.example/r) |\n" +
		"| Oak Park | See the report |\n| Ash Park<br>[map](https://a.example/map) | None |\n"
	if got := renderMD(t, body(tb)); got != wantMD {
		t.Errorf("markdown:\n%s\nwant:\n%s", got, wantMD)
	}
	out, _ := renderHTMLDoc(t, body(tb))
	for _, want := range []string{
		`<tr><td><a href="https://a.example/elm" rel="nofollow noopener">Elm Park</a></td><td>See <a href="https://a.example/r" rel="nofollow noopener">the report</a></td></tr>`,
		`<tr><td>Oak Park</td><td>See the report</td></tr>`,
		`<tr><td>Ash Park<br><a href="https://a.example/map" rel="nofollow noopener">map</a></td><td>None</td></tr>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("html lacks %s:\n%s", want, out)
		}
	}
}

// TestRenderCodeLanguage: a code block's language is the fence's info
// string and the <code>'s class; one that is no name is left out.
func TestRenderCodeLanguage(t *testing.T) {
	cases := []struct{ lang, md, html string }{
		{"go", "```go\nx := 1\n```\n", `<pre><code class="language-go">x := 1</code></pre>`},
		{"", "```\nx := 1\n```\n", `<pre><code>x := 1</code></pre>`},
		{"go\n```\n<script>", "```\nx := 1\n```\n", `<pre><code>x := 1</code></pre>`},
	}
	for _, tc := range cases {
		a := body(Block{Type: Code, Text: "x := 1", Lang: tc.lang})
		if got := renderMD(t, a); got != tc.md {
			t.Errorf("lang %q: markdown %q, want %q", tc.lang, got, tc.md)
		}
		if out, _ := renderHTMLDoc(t, a); !strings.Contains(out, tc.html) {
			t.Errorf("lang %q: html lacks %s:\n%s", tc.lang, tc.html, out)
		}
	}
}

// TestRenderEmbed: a player renders as a link titled by its title, or
// its address, over its caption; never as a frame.
func TestRenderEmbed(t *testing.T) {
	em := Block{Type: Embed, Src: "https://www.youtube.com/embed/abc", Alt: "Council meeting", Text: "The full meeting."}
	if got, want := renderMD(t, body(em)), "[Council meeting](https://www.youtube.com/embed/abc)\\\nThe full meeting.\n"; got != want {
		t.Errorf("markdown %q, want %q", got, want)
	}
	out, _ := renderHTMLDoc(t, body(em))
	if !strings.Contains(out, "<figure>\n<a href=\"https://www.youtube.com/embed/abc\" rel=\"nofollow noopener\">Council meeting</a>\n<figcaption>The full meeting.</figcaption>") || strings.Contains(out, "<iframe") {
		t.Errorf("html:\n%s", out)
	}
	bare := Block{Type: Embed, Src: "https://cdn.example/clip.mp4"}
	if got, want := renderMD(t, body(bare)), "[https://cdn.example/clip.mp4](https://cdn.example/clip.mp4)\n"; got != want {
		t.Errorf("markdown %q, want %q", got, want)
	}
}
