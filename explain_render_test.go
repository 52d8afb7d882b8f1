package newsextract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// explainFixture extracts wordpress-newspaper.html with Options.Explain.
func explainFixture(t *testing.T) *Article {
	t.Helper()
	page, err := os.ReadFile(filepath.Join("testdata", "pages", "wordpress-newspaper.html"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(page, &Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// findBlock returns the first block with the verdict whose excerpt starts
// with text.
func findBlock(blocks []PageBlock, v Verdict, text string) (PageBlock, bool) {
	for _, b := range blocks {
		if b.Verdict == v && strings.HasPrefix(b.Excerpt, text) {
			return b, true
		}
	}
	return PageBlock{}, false
}

func TestExplanationBlocks(t *testing.T) {
	a := explainFixture(t)
	blocks := a.Explanation.Blocks
	tests := []struct {
		name    string
		verdict Verdict
		text    string
		rule    string
	}{
		{"lead paragraph kept", VerdictKept, "Us russian talks take place moscow russian envoy says – US-Russia talks", ""},
		{"table kept", VerdictKept, "Date Event US Position Russian Position", ""},
		{"ad slot removed", VerdictRemoved, "- Advertisement -", "class/id: tagDiv ad slot"},
		{"share bar removed", VerdictRemoved, "Facebook Twitter Pinterest", "class/id: share bars"},
		{"headline outside the body", VerdictRemoved, "US-Russia Talks in Moscow", RuleOutsideBody},
		{"promo box related", VerdictRelated, "See also Canada, Carney, Trump Secret Trade Talks?", "class/id: related stories block"},
		{"widget grid related", VerdictRelated, "More Articles Like This", "widget title: more articles like this"},
		{"comment form", VerdictComments, "LEAVE A REPLY", "class/id: reader comments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, ok := findBlock(blocks, tc.verdict, tc.text)
			if !ok {
				t.Fatalf("no %s block holding %q", tc.verdict, tc.text)
			}
			if b.Rule != tc.rule || b.Path == "" || b.Tag == "" {
				t.Errorf("block %+v, want rule %q and a path", b, tc.rule)
			}
		})
	}
	t.Run("document order", func(t *testing.T) {
		var kept []string
		for _, b := range blocks {
			if b.Verdict == VerdictKept && hasWordChar(b.Excerpt) {
				kept = append(kept, b.Excerpt)
			}
		}
		first, last := "", a.Sections[len(a.Sections)-1].Blocks[0].Text
		for _, b := range a.Sections[0].Blocks {
			if first = b.Text; first != "" {
				break // the lead picture above has no caption
			}
		}
		if !strings.HasPrefix(first, strings.TrimSuffix(kept[0], "…")) || !strings.HasPrefix(last, strings.TrimSuffix(kept[len(kept)-1], "…")) {
			t.Errorf("kept blocks run %q … %q, the body %q … %q", kept[0], kept[len(kept)-1], truncate(first, 40), truncate(last, 40))
		}
	})
	t.Run("every removal is a block", func(t *testing.T) {
		for _, r := range a.Removed {
			found := false
			for _, b := range blocks {
				found = found || b.Path == r.Path && b.Rule == r.Rule && string(b.Verdict) == r.Action
			}
			if !found {
				t.Errorf("removal %+v has no block", r)
			}
		}
	})
	t.Run("only rules remove", func(t *testing.T) {
		for _, b := range blocks {
			if (b.Verdict == VerdictKept) != (b.Rule == "") {
				t.Errorf("block %+v: a rule goes with every verdict but kept", b)
			}
		}
	})
}

func TestExplanationOnlyWhenAsked(t *testing.T) {
	a, err := Extract([]byte("<html><body><article><p>"+prose+"</p></article></body></html>"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Explanation != nil || a.Removed != nil {
		t.Errorf("explanation without Options.Explain: %+v", a.Explanation)
	}
}

// htmlAudit walks a rendered page and reports anything that would run
// code or load a resource.
func htmlAudit(t *testing.T, page string) (doc *html.Node) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	forbidden := map[atom.Atom]bool{atom.Script: true, atom.Link: true, atom.Img: true, atom.Iframe: true,
		atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true, atom.Source: true,
		atom.Base: true, atom.Form: true, atom.A: true, atom.Svg: true}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if forbidden[n.DataAtom] || n.DataAtom == 0 {
			t.Errorf("element <%s> in the explain page", n.Data)
		}
		for _, at := range n.Attr {
			if strings.HasPrefix(strings.ToLower(at.Key), "on") || at.Key == "src" || at.Key == "href" || at.Key == "srcset" || at.Key == "style" {
				t.Errorf("attribute %s=%q on <%s>", at.Key, at.Val, n.Data)
			}
		}
		if n.DataAtom == atom.Style {
			if css := strings.ToLower(rawStyle(n)); strings.Contains(css, "url(") || strings.Contains(css, "@import") {
				t.Errorf("the stylesheet loads a resource")
			}
		}
		return true
	})
	return doc
}

func rawStyle(n *html.Node) string {
	if n.FirstChild == nil {
		return ""
	}
	return n.FirstChild.Data
}

// itemsByClass maps each <li> class to the texts of the items that have it.
func itemsByClass(doc *html.Node) map[string][]string {
	out := map[string][]string{}
	walk(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Li {
			out[attr(n, "class")] = append(out[attr(n, "class")], rawText(n, nil))
			return false
		}
		return true
	})
	return out
}

// TestGoldenExplainHTML checks the explain page of the WordPress fixture
// for what it must and must not hold, then against its golden file
// (go test -run TestGolden -update rewrites it).
func TestGoldenExplainHTML(t *testing.T) {
	a := explainFixture(t)
	var buf bytes.Buffer
	if err := RenderExplainHTML(&buf, a); err != nil {
		t.Fatal(err)
	}
	doc := htmlAudit(t, buf.String())
	items := itemsByClass(doc)
	marks := []struct{ class, prefix string }{
		{"kept", "kept p body"},
		{"removed", "removed class/id: tagDiv ad slot div body"},
		{"removed outside", "removed " + RuleOutsideBody + " h1 body"},
		{"related", "related class/id: related stories block div body"},
	}
	for _, m := range marks {
		if !anyHasPrefix(items[m.class], m.prefix) {
			t.Errorf("no <li class=%q> reading %q", m.class, m.prefix)
		}
	}
	if len(items["kept"]) != count(a.Explanation.Blocks, VerdictKept) {
		t.Errorf("%d kept items for %d kept blocks", len(items["kept"]), count(a.Explanation.Blocks, VerdictKept))
	}
	path := filepath.Join("testdata", "golden", "wordpress-newspaper.explain.html")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	golden, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), golden) {
		t.Errorf("output differs from %s; run go test -update and review the diff\n%s", path, firstDiff(string(golden), buf.String()))
	}
}

func anyHasPrefix(texts []string, prefix string) bool {
	for _, s := range texts {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

func count(blocks []PageBlock, v Verdict) int {
	n := 0
	for _, b := range blocks {
		if b.Verdict == v {
			n++
		}
	}
	return n
}

// Whatever the strings in an Explanation hold, they come out as text.
func TestRenderExplainHTMLEscapes(t *testing.T) {
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)>" onclick="x`
	a := &Article{Title: evil, URL: "javascript:alert(3)", Explanation: &Explanation{Fallback: true, Blocks: []PageBlock{
		{Verdict: Verdict(`kept" onmouseover="alert(4)`), Rule: evil, Tag: evil, Path: evil, Excerpt: evil + "\x00\x1b[31m"},
		{Verdict: VerdictRemoved, Rule: evil, Tag: "div", Path: "body > div", Excerpt: evil},
	}}}
	var buf bytes.Buffer
	if err := RenderExplainHTML(&buf, a); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	htmlAudit(t, out)
	if strings.Contains(out, "\x00") || strings.Contains(out, "\x1b") {
		t.Errorf("control characters in the output")
	}
	if !strings.Contains(out, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(out, `class="unknown"`) {
		t.Errorf("page text not escaped as text, or an unknown verdict reached a class:\n%s", out)
	}
}

func TestRenderExplainHTMLNeedsExplanation(t *testing.T) {
	for _, a := range []*Article{nil, {Title: "no explain"}} {
		if err := RenderExplainHTML(&bytes.Buffer{}, a); err == nil {
			t.Errorf("no error for %+v", a)
		}
	}
}

// When go-readability's body replaces the extractor's choice, the
// explanation says so, since its kept blocks are then not the article's.
func TestExplanationMarksFallback(t *testing.T) {
	p := newPage(context.Background(), &Options{Explain: true})
	if err := p.load([]byte("<html><body><article>" + strings.Repeat("<p>"+prose+"</p>", 4) + "</article></body></html>")); err != nil {
		t.Fatal(err)
	}
	p.art.Explanation = &Explanation{}
	p.secondOpinion(contentChoice{unsure: true}) // a choice that found nothing
	if len(p.art.Sections) == 0 || !p.art.Explanation.Fallback {
		t.Errorf("sections %d, fallback %v", len(p.art.Sections), p.art.Explanation.Fallback)
	}
}

// TestExplanationOfLateDrops checks that a block dropped after the body
// was read (a picture repeated for another screen size, an empty heading
// closing the article) is listed in Removed with its rule and path and
// marked so among the page's blocks, while the blocks kept stay kept.
func TestExplanationOfLateDrops(t *testing.T) {
	page := `<html><body><article><p>` + prose + `</p><figure><img src="/hall.jpg" alt="Council hall"></figure>` +
		`<figure><img src="/hall.jpg" alt="Council hall"><figcaption>The council hall at night</figcaption></figure>` +
		`<p>` + prose + `</p><h2>Council notes</h2></article></body></html>`
	a, err := Extract([]byte(page), &Options{URL: "https://news.example/2024/05/01/story", Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ tag, rule string }{
		{"figure", "figure repeated for another screen size"},
		{"h2", "empty heading ending the article"},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			i := slices.IndexFunc(a.Explanation.Blocks, func(b PageBlock) bool { return b.Rule == tc.rule })
			if i < 0 {
				t.Fatalf("no block removed by %q in %+v", tc.rule, a.Explanation.Blocks)
			}
			if b := a.Explanation.Blocks[i]; b.Verdict != VerdictRemoved || b.Tag != tc.tag {
				t.Fatalf("block %+v, want a removed %s", b, tc.tag)
			}
			b := a.Explanation.Blocks[i]
			if !slices.ContainsFunc(a.Removed, func(r Removal) bool { return r.Rule == tc.rule && r.Path == b.Path }) {
				t.Errorf("Removed %+v lacks %q at %q", a.Removed, tc.rule, b.Path)
			}
		})
	}
	for _, text := range []string{prose[:40], "The council hall at night"} {
		if _, ok := findBlock(a.Explanation.Blocks, VerdictKept, text); !ok {
			t.Errorf("%q is not marked kept", text)
		}
	}
	if n := len(a.Sections); n != 1 || len(a.Sections[0].Blocks) != 3 {
		t.Errorf("sections %+v, want one of paragraph, figure, paragraph", a.Sections)
	}
}

// TestExplanationOfLateMoves: headline paragraphs moved to Related
// after the body was read are marked related in the explanation and
// listed in Removed as moved, with the label above them as removed.
func TestExplanationOfLateMoves(t *testing.T) {
	var column strings.Builder
	for i, h := range []string{"Tomlinson, Rivers questionable for the final", "Dungy to decide his future with the Colts", "Giants pick off Cowboys to reach the title game", "Chargers reach the title game by shocking the Colts"} {
		column.WriteString(`<div class="item"><a href="/nfl/` + strconv.Itoa(i) + `.html">` + h + `</a></div>`)
	}
	page := `<html><body><div><p>` + prose + `</p><p>` + prose + `</p><p>Other stories this week:</p>` + column.String() + `</div></body></html>`
	a, err := Extract([]byte(page), &Options{URL: "https://news.example/2024/05/01/story", Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	b, ok := findBlock(a.Explanation.Blocks, VerdictRelated, "Dungy to decide")
	if !ok {
		t.Fatalf("moved headline not marked related: %+v", a.Explanation.Blocks)
	}
	if !slices.ContainsFunc(a.Removed, func(r Removal) bool { return r.Path == b.Path && r.Action == string(VerdictRelated) }) {
		t.Errorf("Removed %+v lacks the move of %q", a.Removed, b.Path)
	}
	if _, ok := findBlock(a.Explanation.Blocks, VerdictRemoved, "Other stories this week"); !ok {
		t.Errorf("the list's label is not marked removed: %+v", a.Explanation.Blocks)
	}
}

// TestExplanationInsideLayoutTable checks that the article read from a
// cell of a layout table, inside a <font>, is listed block by block and
// kept, with the navigation cell beside it outside the body: the table is
// not taken for one block, nor the <font> for a run of text.
func TestExplanationInsideLayoutTable(t *testing.T) {
	nav := `<td><ul><li><a href="/a">Home</a></li><li><a href="/b">Sports</a></li><li><a href="/c">Weather</a></li></ul></td>`
	page := `<html><body><table><tr>` + nav + `<td><font size="2"><p>` + prose + `</p><p>` + strings.Replace(prose, "council", "board", 1) + `</p></font></td></tr></table></body></html>`
	a, err := Extract([]byte(page), &Options{URL: "https://news.example/2024/05/01/story", Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	kept := 0
	for _, b := range a.Explanation.Blocks {
		if b.Verdict != VerdictKept {
			continue
		}
		kept++
		if b.Tag != "p" || strings.Contains(b.Excerpt, "Weather") {
			t.Errorf("kept block %+v, want only the two paragraphs", b)
		}
	}
	if kept != 2 {
		t.Errorf("%d kept blocks in %+v, want the two paragraphs", kept, a.Explanation.Blocks)
	}
}

// TestEveryLateRemovalIsABlock checks that a picture dropped as a repeat
// inside its own <div> is a page block, as Removed lists it.
func TestEveryLateRemovalIsABlock(t *testing.T) {
	pic := `<div class="pic"><img src="/hall.jpg" alt="Council hall"></div>`
	page := `<html><body><article><p>` + prose + `</p>` + pic + pic + `<p>` + prose + `</p></article></body></html>`
	a, err := Extract([]byte(page), &Options{URL: "https://news.example/2024/05/01/story", Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Removed) == 0 {
		t.Fatal("the repeated picture is not in Removed")
	}
	for _, r := range a.Removed {
		if !slices.ContainsFunc(a.Explanation.Blocks, func(b PageBlock) bool {
			return b.Path == r.Path && b.Rule == r.Rule && string(b.Verdict) == r.Action
		}) {
			t.Errorf("removal %+v has no page block in %+v", r, a.Explanation.Blocks)
		}
	}
}
