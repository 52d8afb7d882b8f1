package newsextract

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestBlockquoteKeepsStructure: a blockquote that only indents a table, a
// list or a heading is read as flow; a plain quotation stays one quote.
func TestBlockquoteKeepsStructure(t *testing.T) {
	cases := []struct {
		name, inner string
		want        []BlockType
	}{
		{"table", `<table><tr><th>Release</th><th>Date</th></tr><tr><td>4.0</td><td>2013-01</td></tr><tr><td>4.1</td><td>2013-07</td></tr></table>`, []BlockType{Table}},
		{"list", `<p>Steps:</p><ul><li>one</li><li>two</li></ul>`, []BlockType{Paragraph, List}},
		{"quotation", `<p>We will keep the feed running.</p><p>That is a promise.</p>`, []BlockType{Quote}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<article><p>`+prose+`</p><blockquote>`+tc.inner+`</blockquote><p>`+prose+`</p></article>`)
			var got []BlockType
			for _, s := range a.Sections {
				for _, b := range s.Blocks {
					if b.Type != Paragraph || b.Text != prose {
						got = append(got, b.Type)
					}
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("blocks = %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("blocks = %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// TestListOfCardsKeepsTables: a list whose items carry spec tables is read
// as flow, so each table stays a grid instead of melting into item text.
func TestListOfCardsKeepsTables(t *testing.T) {
	card := `<li><h3>SimpliSafe</h3><p>A camera that works with the alarm system.</p><table><tr><th>Resolution</th><td>Up to 2K</td></tr><tr><th>Storage</th><td>Cloud</td></tr></table></li>`
	other := strings.Replace(card, "SimpliSafe", "Ring", 1)
	a := extractString(t, `<article><p>`+prose+`</p><ol>`+card+other+`</ol><p>`+prose+`</p></article>`)
	tables, lists := 0, 0
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			switch b.Type {
			case Table:
				tables++
				if len(b.Rows) != 2 || b.Rows[0][1] != "Up to 2K" {
					t.Errorf("table rows = %q", b.Rows)
				}
			case List:
				lists++
			}
		}
	}
	if tables != 2 || lists != 0 {
		t.Errorf("tables = %d, lists = %d; want 2 tables and no list", tables, lists)
	}
}

// TestPseudoHeadings: on an old page without real subheads, a short
// unpunctuated line between paragraphs of prose opens a section; on a page
// with <h2>s it stays a paragraph, and on a modern page too unless
// numbered.
func TestPseudoHeadings(t *testing.T) {
	const viewport = `<meta name="viewport" content="width=device-width, initial-scale=1">`
	body := `<p>` + prose + `</p><p>Peace Process</p><p>` + prose + `</p>`
	cases := []struct {
		name, page string
		want       bool
	}{
		{"old page", `<title>Council</title><article>` + body + `</article>`, true},
		{"page saved without its head", `<article>` + body + `</article>`, false},
		{"page with subheads", `<article><p>` + prose + `</p><h2>Background</h2>` + body + `</article>`, false},
		{"old page, heading above all the text", `<table><tr><td><font size="2"><h3>Special meeting</h3>` + body + `</font></td></tr></table>`, true},
		{"old page with subheads", `<table><tr><td><font size="2"><p>` + prose + `</p><h3>Roll call</h3>` + body + `</font></td></tr></table>`, false},
		{"sentence", `<article><p>` + prose + `</p><p>It passed.</p><p>` + prose + `</p></article>`, false},
		{"modern page", viewport + `<article>` + body + `</article>`, false},
		{"modern page, numbered", viewport + `<article><p>` + prose + `</p><p>2. Peace Process</p><p>` + prose + `</p></article>`, true},
		{"old page, a date line", `<title>Council</title><article><p>` + prose + `</p><p>Jan 18, 2008 04:30 AM</p><p>` + prose + `</p></article>`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, tc.page)
			got := false
			for _, s := range a.Sections {
				if s.Heading == "Peace Process" || s.Heading == "2. Peace Process" || s.Heading == "It passed." || s.Heading == "Jan 18, 2008 04:30 AM" {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("promoted = %v, want %v; sections %+v", got, tc.want, a.Sections)
			}
		})
	}
}

// TestQuoteAttribution: a quote keeps who said it, written in its
// <footer> or in the caption of the figure around it.
func TestQuoteAttribution(t *testing.T) {
	cases := []struct{ name, html string }{
		{"footer", `<blockquote><p>We were glad when it ended.</p><footer>— Donald MacLeod, 1911</footer></blockquote>`},
		{"figure caption", `<figure class="wp-block-quote"><blockquote><p>We were glad when it ended.</p></blockquote><figcaption>— Donald MacLeod, 1911</figcaption></figure>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q, ok := firstOfType(extractBetweenProse(t, tc.html), Quote)
			if want := "We were glad when it ended.\n\n— Donald MacLeod, 1911"; !ok || q.Text != want {
				t.Errorf("quote %q (found %v), want %q", q.Text, ok, want)
			}
		})
	}
}

// TestLineBreaks: a <br> inside a paragraph or a quote (a poem, an
// address) stays a line break in the text, a hard break in Markdown and a
// <br> in HTML; a paragraph still reads as one line for every other stage.
func TestLineBreaks(t *testing.T) {
	a := extractBetweenProse(t, `<p>Roses are red,<br>violets are blue,<br>
sugar is sweet and so are you.</p><blockquote><p>First line of the verse<br/>second line of it</p></blockquote>`)
	p, ok := firstWithText(a, "Roses")
	if want := "Roses are red,\nviolets are blue,\nsugar is sweet and so are you."; !ok || p.Text != want {
		t.Errorf("paragraph %q, want %q", p.Text, want)
	}
	q, ok := firstOfType(a, Quote)
	if want := "First line of the verse\nsecond line of it"; !ok || q.Text != want {
		t.Errorf("quote %q, want %q", q.Text, want)
	}
	if !strings.Contains(a.Text, "Roses are red,\nviolets") {
		t.Errorf("Text lost the line break: %q", a.Text)
	}
	var md, h strings.Builder
	if err := RenderMarkdown(&md, a); err != nil {
		t.Fatal(err)
	}
	if want := "Roses are red,\\\nviolets are blue,\\\nsugar"; !strings.Contains(md.String(), want) {
		t.Errorf("markdown lacks hard breaks %q:\n%s", want, md.String())
	}
	if err := RenderHTML(&h, a); err != nil {
		t.Fatal(err)
	}
	if want := "Roses are red,<br>\nviolets are blue,"; !strings.Contains(h.String(), want) {
		t.Errorf("HTML lacks <br> %q:\n%s", want, h.String())
	}
}

// firstWithText returns the article's first block whose text starts with prefix.
func firstWithText(a *Article, prefix string) (Block, bool) {
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if strings.HasPrefix(b.Text, prefix) {
				return b, true
			}
		}
	}
	return Block{}, false
}

// TestPullQuotes: a quote that repeats the story's own words (a pull
// quote, with or without its speaker's line) goes; a quote found nowhere
// else, or an excerpt of several paragraphs, stays.
func TestPullQuotes(t *testing.T) {
	said := `<p>The bridge reopened on Friday. "We did not expect the deck to be this rotten," the engineer said, adding that the railings were replaced.</p>`
	cases := []struct {
		name, quote string
		kept        bool
	}{
		{"pull quote", `<figure class="wp-block-pullquote"><blockquote><p>“We did not expect the deck to be this rotten”</p><cite>The engineer</cite></blockquote></figure>`, false},
		{"plain blockquote", `<blockquote><p>We did not expect the deck to be this rotten.</p></blockquote>`, false},
		{"quote of its own", `<blockquote><p>A letter the mayor sent to residents last week asked for patience.</p></blockquote>`, true},
		{"excerpt of several paragraphs", `<blockquote><p>We did not expect the deck to be this rotten.</p><p>The rest of the inspection report follows here, in the engineer's own words.</p><p>It ends with a list of the repairs still to come.</p></blockquote>`, true},
		{"short phrase", `<blockquote><p>the engineer said</p></blockquote>`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, kept := firstOfType(extractBetweenProse(t, said+tc.quote), Quote)
			if kept != tc.kept {
				t.Errorf("quote kept = %v, want %v", kept, tc.kept)
			}
		})
	}
}

// TestMathAsTeX: KaTeX, MathML and MathJax 2 formulas read as their TeX
// source, in the line between dollar signs, set apart as a "math" code
// block; MathJax 2's rendering beside its script is not read twice.
func TestMathAsTeX(t *testing.T) {
	a := extractBetweenProse(t, `<p>Energy is <span class="katex"><span class="katex-mathml"><math><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encoding="application/x-tex">E = mc^2</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">E=mc2</span></span> here.</p>`+
		`<p class="katex-block"><span class="katex-display"><span class="katex"><span class="katex-mathml"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">\frac{1}{x}</annotation></semantics></math></span></span></span></p>`+
		`<p>Squared: <span class="MathJax_Preview">x2</span><span class="MathJax">x2</span><script type="math/tex">x^2</script> done.</p>`+
		`<script type="math/tex; mode=display">a^2 + b^2 = c^2</script>`+
		`<div class="arithmatex">\[\frac{1}{\lvert f_1 - f_2 \rvert}\]</div><p>$$ 10 and $$</p>`)
	for _, want := range []string{"Energy is $E = mc^2$ here.", "Squared: $x^2$ done."} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q: %q", want, a.Text)
		}
	}
	var display []string
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == Code && b.Lang == "math" {
				display = append(display, b.Text)
			}
		}
	}
	if want := []string{"\\frac{1}{x}", "a^2 + b^2 = c^2", "\\frac{1}{\\lvert f_1 - f_2 \\rvert}"}; !slices.Equal(display, want) {
		t.Errorf("display formulas %q, want %q", display, want)
	}
}

// TestAccordionQuestions: an accordion's toggle button inside a heading
// holds the question its panel answers; other buttons in headings (a
// "follow" control, a recipe's "2x") stay controls.
func TestAccordionQuestions(t *testing.T) {
	a := extractBetweenProse(t, `<h1>Oat loaf</h1><div class="accordion"><h2 class="accordion-header"><button type="button" aria-expanded="true" aria-controls="a1">Is it vegan?</button></h2>`+
		`<div id="a1" class="collapse show"><p>Yes, as long as you use the oat milk we suggest above, the whole loaf is vegan.</p></div>`+
		`<h3>Ingredients <button type="button" class="adjust">2x</button></h3><p>Flour, water, salt and a spoonful of oat milk for the crust.</p></div>`)
	var got []string
	for _, s := range a.Sections {
		if s.Heading != "" {
			got = append(got, s.Heading)
		}
	}
	if want := []string{"Is it vegan?", "Ingredients"}; !slices.Equal(got, want) {
		t.Errorf("headings %q, want %q", got, want)
	}
}

// TestDefinitionList: a <dl> becomes a list of terms with their
// definitions as sub-items.
func TestDefinitionList(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`</p><dl><dt>Monitoring</dt><dd>Collecting and displaying real-time data about a system.</dd><dt>White-box</dt><dd>Monitoring based on metrics exposed by the internals.</dd></dl><p>`+prose+`</p></article>`)
	var list *Block
	for _, s := range a.Sections {
		for i := range s.Blocks {
			if s.Blocks[i].Type == List {
				list = &s.Blocks[i]
			}
		}
	}
	if list == nil || len(list.Items) != 2 {
		t.Fatalf("list = %+v, want two terms", list)
	}
	if it := list.Items[1]; it.Text != "White-box" || len(it.Items) != 1 || it.Items[0].Text != "Monitoring based on metrics exposed by the internals." {
		t.Errorf("second term = %+v", it)
	}
}

func TestLooksLikeScript(t *testing.T) {
	cases := []struct {
		name, text string
		want       bool
	}{
		{"stray script body", `_q+="&11="+escape(navigator.userAgent);_q+="&12="+escape((na?navigator.language:navigator.userLanguage));_q+="&13="+escape(document.referrer);_q+="&14="+screen.width;`, true},
		{"document.write", `document.write(''); } else { if ( CheckString('mozilla' && 'macintosh', str) ) { document.write('<a>'); }`, true},
		{"function declaration", `function sendSearchHelper(searchURL,formId,searchDropDownId) { sendSearchRedirect2('http://www.news.example', '/2990-5_3-1.html', formId, 'target', '3'); }`, true},
		{"prose about a function", `function words (the ones that glue a sentence) matter more than we think, and the council's report says so at length.`, false},
		{"script with word comments", `var hbx=_hbEvent("pv");hbx.vpc="HBX0200u";hbx.gn="peach.example.com"; //BEGIN EDITABLE SECTION //CONFIGURATION VARIABLES hbx.acct="DM570217JBWA";//ACCOUNT NUMBER(S) hbx.pn= "Planet Rugby - News - Story";//PAGE NAME(S) hbx.mlc="/Planet Rugby/News/Story";//MULTI-LEVEL CONTENT CATEGORY hbx.pndef="title";//DEFAULT PAGE NAME hbx.ctdef="full";//DEFAULT CONTENT CATEGORY //OPTIONAL PAGE VARIABLES //ACTION SETTINGS hbx.fv="";//FORM VALIDATION MINIMUM ELEMENTS OR SUBMIT FUNCTION NAME hbx.lt="auto";//LINK TRACKING hbx.dlf="n";//DOWNLOAD FILTER hbx.dft="n";//DOWNLOAD FILE NAMING`, true},
		{"list set with semicolons", `Ingredients: flour; sugar; eggs; butter; milk; salt; vanilla; baking powder; lemon zest; cream; honey; almonds (ground); raisins.`, false},
		{"prose", prose, false},
		{"prose with a formula", `The council's budget (about $4.2 million; up from $3.9 million) funds "three new routes"; the vote was 7-2; two members abstained.`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := looksLikeScript(tc.text); got != tc.want {
				t.Errorf("looksLikeScript = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestLabelLinesBetweenBreaks: a label, credit, comment prompt, tag line
// or a promo's label left without its story, written as a line between
// <br>s, with no element of its own, leaves the body; a line with a label
// and a sentence of its own stays.
// TestListEntriesThatReadAsLabels: a list's entries that would be label
// lines as paragraphs (a contents entry "6 See also", "Watch") stay; only the site's small
// print goes from a list.
func TestListEntriesThatReadAsLabels(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`</p><ol><li><a href="#a">Overview</a></li><li><a href="#b"><span class="tocnumber">6</span> <span class="toctext">See also</span></a></li><li><a href="/gear/watches/">Watch</a></li></ol><p>`+prose+`</p></article>`)
	var items []string
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			for _, it := range b.Items {
				items = append(items, it.Text)
			}
		}
	}
	if !slices.Contains(items, "6 See also") || !slices.Contains(items, "Watch") {
		t.Errorf("items = %q, want \"6 See also\" and Watch kept", items)
	}
}

func TestLabelLinesBetweenBreaks(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`<br><br>&#8226; Discuss this story on the <a href="/boards/42">League message board</a><br><br>Foto: Ingo Pertramer<br><br>`+
		`Themen: &nbsp; <a href="/tag/astronomie/">Astronomie</a> &nbsp; <a href="/tag/physik/">Physik</a><br><br>`+
		`Tags: the council will meet again in <a href="/june">June</a> to settle the rest.<br><br>Read also:<br><br>(Updates with analyst comment in fourth paragraph.)<br><br>`+prose+`</p></article>`)
	if !strings.Contains(a.Text, "meet again") {
		t.Errorf("line of a sentence after a label lost: %q", a.Text)
	}
	for _, gone := range []string{"Discuss this story", "Pertramer", "Astronomie", "Read also", "Updates with"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q left in body: %q", gone, a.Text)
		}
	}
	if strings.Count(a.Text, "council voted") != 2 {
		t.Errorf("article lines lost: %q", a.Text)
	}
}

// TestDateLabelLines: a date keyword whose date went out as the date line
// ("Updated" beside "<div>Nov 28, 2026, 02:35 PM</div>") leaves the body;
// a keyword in a sentence stays.
func TestDateLabelLines(t *testing.T) {
	cases := []struct{ name, line, gone string }{
		{"updated over its date's box", `<div class="story-changeddate">Updated<div>Nov 28, 2026, 02:35 PM</div></div>`, "Updated"},
		{"last updated with a colon", `<p>Last updated:</p>`, "Last updated"},
		{"German label", `<p>Veröffentlicht</p>`, "Veröffentlicht"},
		{"labels with their prepositions over date boxes", `<div><div><span>Posted on</span><div><span>Nov 21, 2018</span></div></div><div><span>Updated at</span><div><span>Dec 10, 2025</span></div></div></div>`, "Posted on"},
		{"Spanish label with its preposition", `<p>Publicado el</p>`, "Publicado el"},
		{"update label", `<p><strong>Update:</strong></p>`, "Update:"},
		{"place and update line", `<div class="a_md_f"><span>Zaragoza</span> - <span>Actualizado: <time>29 nov 2026 - 09:12 <abbr>CET</abbr></time></span></div>`, "Actualizado"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<article><h1>Council passes the budget</h1>`+tc.line+`<p>`+prose+`</p><p>The timetable was updated in May.</p></article>`)
			if strings.Contains(a.Text, tc.gone) {
				t.Errorf("%q left in body: %q", tc.gone, a.Text)
			}
			if !strings.Contains(a.Text, "was updated in May") {
				t.Errorf("sentence lost: %q", a.Text)
			}
		})
	}
}

// TestFigureCaptionWithoutPageAddress: on a page of unknown address a
// picture's relative address cannot be resolved; the figure keeps its
// caption without it, and the body never holds the caption twice.
func TestFigureCaptionWithoutPageAddress(t *testing.T) {
	a, err := Extract([]byte(`<article><p>`+prose+`</p><figure><img src="/a.jpg" alt="The mayor"><figcaption>The mayor at the vote.</figcaption></figure><p>`+prose+`</p></article>`), nil)
	if err != nil {
		t.Fatal(err)
	}
	var figs []Block
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == Figure {
				figs = append(figs, b)
			}
		}
	}
	if len(figs) != 1 || figs[0].Text != "The mayor at the vote." || figs[0].Src != "" || figs[0].Alt != "The mayor" {
		t.Errorf("figures = %+v, want one captioned, without an address", figs)
	}
}

// TestFigureWithSeveralTables: a figure boxing a title table over a data
// table keeps both; only a figure around one table reads it as its table.
func TestFigureWithSeveralTables(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`</p><figure class="specs"><table><thead><tr><th colspan="2"><h3>Mars 3 Specs</h3></th></tr></thead></table>`+
		`<table><tr><td>Price</td><td>$1099</td></tr><tr><td>Weight</td><td>9.9 lb</td></tr></table></figure><p>`+prose+`</p></article>`)
	var rows [][]string
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == Table {
				rows = append(rows, b.Rows...)
			}
		}
	}
	if len(rows) != 2 || rows[0][1] != "$1099" {
		t.Errorf("table rows = %q, want the data table's two rows", rows)
	}
	if !strings.Contains(a.Text, "Mars 3 Specs") {
		t.Errorf("title table lost: %q", a.Text)
	}
}

// TestRepeatedFigureOnce: the same picture twice in a row (one copy per
// screen size) is one figure, with the caption of whichever has one.
func TestRepeatedFigureOnce(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`</p><div class="mobile"><img src="https://example.com/p.jpg" alt="Depot"></div>`+
		`<figure><img src="https://example.com/p.jpg" alt="Depot"><figcaption>The new depot</figcaption></figure><p>`+prose+`</p></article>`)
	var figs []Block
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == Figure {
				figs = append(figs, b)
			}
		}
	}
	if len(figs) != 1 || figs[0].Text != "The new depot" {
		t.Errorf("figures = %+v, want one with the caption", figs)
	}
}

// TestExplainRepeatedFigure: Explain lists the copy of a picture that
// dropRepeatedFigures leaves out, under its own element, whether the
// picture stood alone, in running text or in a gallery. Of two copies
// without a caption the first goes.
func TestExplainRepeatedFigure(t *testing.T) {
	const rule = "figure repeated for another screen size"
	img := `<img src="https://example.com/p.jpg" alt="Depot">`
	item := `<li class="gallerybox"><div class="thumb"><img src="https://example.com/g.jpg" alt=""></div><div class="gallerytext"><p>The new depot</p></div></li>`
	cases := []struct{ name, body, dropped string }{
		{"alone then with a caption", `<div class="mobile">` + img + `</div><figure>` + img + `<figcaption>The new depot</figcaption></figure>`, "div.mobile"},
		{"twice in running text", `<p class="pics">` + img + img + `</p>`, "p.pics:nth-child(2) > img"},
		{"twice in a gallery", `<ul class="gallery">` + item + item + `<li class="gallerybox"><div class="thumb"><img src="https://example.com/h.jpg" alt=""></div><div class="gallerytext"><p>The old depot</p></div></li></ul>`, "li.gallerybox:nth-child(2)"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><article><p>` + prose + `</p>` + tc.body + `<p>` + prose + `</p></article></body></html>`
			a, err := Extract([]byte(page), &Options{URL: "https://news.example/2024/05/01/story", Explain: true})
			if err != nil {
				t.Fatal(err)
			}
			var paths []string
			for _, r := range a.Removed {
				if r.Rule == rule {
					paths = append(paths, r.Path)
				}
			}
			if len(paths) != 1 || !strings.Contains(paths[0], tc.dropped) {
				t.Errorf("removed copies %q, want one at %q", paths, tc.dropped)
			}
		})
	}
}

// TestGalleryAsFigures: a picture gallery's list is read as figures, each
// with its caption, not as list items in the running text; a list that is
// not a gallery stays a list.
func TestGalleryAsFigures(t *testing.T) {
	cases := []struct {
		name, list string
		figures    []string // want: "src|caption" per figure
		lists      int
	}{
		{"WordPress gallery", `<ul class="wp-block-gallery"><li><figure><img src="https://example.com/a.jpg" alt="A"><figcaption>The old depot</figcaption></figure></li><li><figure><img src="https://example.com/b.jpg" alt="B"><figcaption>The new depot</figcaption></figure></li></ul>`,
			[]string{"https://example.com/a.jpg|The old depot", "https://example.com/b.jpg|The new depot"}, 0},
		{"legends in a gallery box", `<div class="full-gallery"><div class="scroller"><ul class="legends"><li><h2>Depot opens</h2><p>Crowds at the gates on day one.</p></li></ul></div></div>`,
			[]string{"|Depot opens Crowds at the gates on day one."}, 0},
		{"plain list", `<ul><li>Buses every ten minutes from the depot</li><li>Trams every five</li></ul>`, nil, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<article><p>`+prose+`</p>`+tc.list+`<p>`+prose+`</p></article>`)
			var figs []string
			lists := 0
			for _, s := range a.Sections {
				for _, b := range s.Blocks {
					switch b.Type {
					case Figure:
						figs = append(figs, b.Src+"|"+b.Text)
					case List:
						lists++
					}
				}
			}
			if !slices.Equal(figs, tc.figures) || lists != tc.lists {
				t.Errorf("figures %q and %d lists, want %q and %d", figs, lists, tc.figures, tc.lists)
			}
			if tc.figures != nil && strings.Contains(a.Text, "depot") != strings.Contains(prose, "depot") {
				t.Errorf("a caption is in the running text: %q", a.Text)
			}
		})
	}
}

// TestLinesAsList: six or more short lines set apart by single <br>s (a
// member roll, a table of contents) read as a list; fewer lines, wrapped
// prose and lines that end sentences stay a paragraph.
func TestLinesAsList(t *testing.T) {
	lines := func(ls ...string) string { return strings.Join(ls, "<br>\n") }
	cases := []struct {
		name, para string
		list       bool
	}{
		{"member roll", lines("Edip\n\t Akpinar", "Terry Allen", "Hervey Allen", "Jean M. Auel", "George C Bagwell", "Bill Bancroft"), true},
		{"table of contents", lines(`<a href="#a">Introduction</a>`, `<a href="#b">Constitutional authority</a>`, `<a href="#c">Title I: Agricultural programs</a>`, `<a href="#d">Office of the Secretary</a>`, `<a href="#e">Committee provisions</a>`, `<a href="#f">Executive operations</a>`), true},
		{"lead-in line", lines("The overall rankings of the countries were as follows:", "1. Finland", "2. Norway", "3. Australia", "4. Canada", "5. Germany", "6. France"), true},
		{"one long entry in a contents list", lines("Introduction", "Constitutional authority", "Office of the Under Secretary for Farm and Foreign Agricultural Services", "Office of the Secretary", "Committee provisions", "Executive operations", "Office of the chief economist", "National appeals division", "Office of budget and program analysis", "Common computing environment"), true},
		{"several long lines", lines("Introduction", "The Office of the Under Secretary for Farm and Foreign Agricultural Services", "Office of the Secretary", "The Office of the Under Secretary for Food, Nutrition and Consumer Services", "Committee provisions", "Executive operations"), false},
		{"address", lines("City Hall", "1 Main Street", "Springfield, IL 62701"), false},
		{"wrapped prose", lines("The council voted on Tuesday", "to approve the new budget", "which expands bus service", "and repairs two bridges", "after a debate that lasted", "late into the evening"), false},
		{"sentences", lines("The vote was close.", "The mayor abstained.", "Two members left early.", "The budget passed.", "Buses run from June.", "Bridges are next."), false},
		{"typed bullets", lines("&middot; Work on the bypass starts in spring", "&middot; Hospital waiting lists grow again"), true},
		{"bullets under a label", lines("Loyalty programmes:", "&bull; Air Canada (Aeroplan)", "&bull; Alaska Airlines (Mileage Plan)", "&bull; and many others"), true},
		{"dialogue dashes", lines("– Are you coming?", "– Not tonight."), false},
		{"one bullet among lines", lines("&bull; Work on the bypass starts in spring", "Hospital waiting lists grow again"), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<article><p>`+prose+`</p><p>`+tc.para+`</p><p>`+prose+`</p></article>`)
			var lists []Block
			for _, s := range a.Sections {
				for _, b := range s.Blocks {
					if b.Type == List {
						lists = append(lists, b)
					}
				}
			}
			want := strings.Count(tc.para, "<br>") + 1
			if strings.HasSuffix(strings.SplitN(tc.para, "<br>", 2)[0], ":") {
				want-- // the lead-in line
			}
			first := ""
			if len(lists) > 0 && len(lists[0].Items) > 0 {
				first = lists[0].Items[0].Text
			}
			if got := len(lists) == 1 && len(lists[0].Items) == want && !strings.ContainsAny(first, "\n·•"); got != tc.list {
				t.Errorf("read as a list of %d: %v, want %v (%+v)", want, got, tc.list, lists)
			}
		})
	}
}

func TestListItemsWithHeadings(t *testing.T) {
	cases := []struct {
		name, list string
		headings   []string
		items      int
	}{
		{"sections in items", `<ul><li><h2>WebIDE</h2><p>` + prose + `</p></li><li><h2>Valence</h2><p>` + prose + `</p></li></ul>`,
			[]string{"WebIDE", "Valence"}, 0},
		{"one section among plain items", `<ul><li>Dignity</li><li>Equality</li><li><h3>Freedom</h3><p>` + prose + `</p></li><li>Solidarity</li></ul>`,
			[]string{"Freedom"}, 3},
		{"items styled as headings", `<ul><li><h3>organic cotton</h3></li><li><h3>hemp</h3><ul><li><h3>recycled</h3></li></ul></li></ul>`,
			nil, 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<article><p>`+prose+`</p>`+tc.list+`<p>`+prose+`</p></article>`)
			var headings []string
			items := 0
			for _, s := range a.Sections {
				if s.Heading != "" {
					headings = append(headings, s.Heading)
				}
				for _, b := range s.Blocks {
					if b.Type == List {
						items += countItems(b.Items)
					}
				}
			}
			if strings.Join(headings, "|") != strings.Join(tc.headings, "|") || items != tc.items {
				t.Errorf("headings %q and %d items, want %q and %d", headings, items, tc.headings, tc.items)
			}
		})
	}
}

func countItems(items []ListItem) int {
	n := len(items)
	for _, it := range items {
		n += countItems(it.Items)
	}
	return n
}

func TestTextBesideListItems(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string // block texts in order: "P:" paragraph, "L:" list items joined by |
	}{
		{"paragraph before the items", `<ol><p>For example,</p><li>Instagram</li><li>Uber</li></ol>`,
			[]string{"P:For example,", "L:Instagram|Uber"}},
		{"text between items", `<ul><li>Native apps</li><strong>Examples</strong> – Spotify and Snapchat<li>Web apps</li></ul>`,
			[]string{"L:Native apps", "P:Examples – Spotify and Snapchat", "L:Web apps"}},
		{"item-less list between items", `<ol><li>Native apps</li><ul><strong>Examples</strong> – Spotify and Snapchat</ul><li>Web apps</li></ol>`,
			[]string{"L:Native apps", "P:Examples – Spotify and Snapchat", "L:Web apps"}},
		{"list used as an indent", `<ul><p>` + prose + `</p><p>` + prose + `</p></ul>`,
			[]string{"P:" + prose, "P:" + prose}},
		{"server error printed in a list", `<ul><br /><b>Warning</b>:  Use of undefined constant comments - assumed 'comments' in <b>/htdocs/wp-content/plugins/recent.php</b> on line <b>928</b><br /><li>First</li><li>Second</li></ul>`,
			[]string{"L:First|Second"}},
		{"heading left open", `<ul><h5><a href="/a">Glass fragments</a> - ` + prose + `<p>` + prose + `<p>` + prose + `</h5></ul>`,
			[]string{"P:Glass fragments - " + prose, "P:" + prose, "P:" + prose}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<article><p>`+prose+`</p>`+tc.body+`<p>`+prose+`</p></article>`)
			var got []string
			for _, s := range a.Sections {
				if s.Heading != "" {
					got = append(got, "H:"+s.Heading)
				}
				for _, b := range s.Blocks {
					switch b.Type {
					case List:
						var its []string
						for _, it := range b.Items {
							its = append(its, it.Text)
						}
						got = append(got, "L:"+strings.Join(its, "|"))
					default:
						got = append(got, "P:"+b.Text)
					}
				}
			}
			if len(got) < 2 {
				t.Fatalf("blocks %q", got)
			}
			got = got[1 : len(got)-1] // the prose around the list
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("blocks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestBoldLinesAsHeadings(t *testing.T) {
	cases := []struct {
		name, lines string
		want        []string
	}{
		{"bold line before a list", `<p><b>Fundamental values</b></p><ul><li>Dignity</li><li>Equality</li></ul>`, []string{"Fundamental values"}},
		{"large font", `<font size="4"><b>Demographic context</b></font><br><br>` + prose, []string{"Demographic context"}},
		{"letterhead lines", `<p><b>U.S. DEPARTMENT OF STATE</b></p><p><b>Office of the Spokesman</b></p><p><b>Remarks</b></p><p>` + prose + `</p>`, []string{"Remarks"}},
		{"label with a colon", `<p><strong>Notes :</strong></p><ul><li>One</li><li>Two</li></ul>`, []string{"Notes"}},
		{"subhead opening on a quoted name", `<p><strong>‘4S’ campaign</strong></p><p>` + prose + `</p>`, []string{"‘4S’ campaign"}},
		{"bold sentence", `<p><b>The vote passed.</b></p><p>` + prose + `</p>`, nil},
		{"partly bold", `<p><b>Fundamental</b> values</p><ul><li>Dignity</li><li>Equality</li></ul>`, nil},
		{"Chinese subhead in quotes", `<p><strong>“啃下最难的一块骨头”</strong></p><p>` + prose + `</p>`, []string{"“啃下最难的一块骨头”"}},
		{"Chinese subhead after ideographic spaces", `<p>　　<strong>商场、景区价格普遍“上新”</strong></p><p>` + prose + `</p>`, []string{"商场、景区价格普遍“上新”"}},
		{"Chinese sentence", `<p><strong>全市加装电梯已超1.2万部。</strong></p><p>` + prose + `</p>`, nil},
		{"Chinese label with a bar", `<p><strong>作者︱春春</strong></p><p>` + prose + `</p>`, nil},
		{"Chinese subhead with a colon", `<p>　　<strong>专家：应在显著位置明码标价</strong></p><p>` + prose + `</p>`, []string{"专家：应在显著位置明码标价"}},
		{"Chinese source label", `<p><strong>来源：新华社</strong></p><p>` + prose + `</p>`, nil},
		{"Arabic label with a colon", `<p><strong>المصدر: وكالة الأنباء الفرنسية</strong></p><p>` + prose + `</p>`, nil},
		{"Chinese line over a player", `<p><strong>精彩视频推荐</strong></p><p>自动播放开关 自动播放</p>`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><title>Council report</title></head><body><article><p>`+prose+`</p>`+tc.lines+`<p>`+prose+`</p></article></body></html>`)
			got := headingsOf(a)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("headings %q, want %q", got, tc.want)
			}
		})
	}
	// Beside <h2> subheads, a bold line is emphasis on a page made for
	// phones and a subhead on a page from before them.
	const viewport = `<meta name="viewport" content="width=device-width">`
	const oldHead = `<title>Council report</title>`
	withSubheads := []struct {
		name, head, bold string
		want             bool
	}{
		{"modern page", oldHead + viewport, "Fundamental values", false},
		{"old page", oldHead, "Fundamental values", true},
		{"modern page, question", oldHead + viewport, "Who may apply?", false},
		{"old page, question", oldHead, "Who may apply?", true},
		{"modern page, label", oldHead + viewport, "Procedure:", false},
		{"fragment", "", "Fundamental values", false},
	}
	for _, tc := range withSubheads {
		t.Run("subheads, "+tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head>`+tc.head+`</head><body><article><h2>Background</h2><p>`+prose+`</p><p><b>`+tc.bold+`</b></p><p>`+prose+`</p></article></body></html>`)
			got := false
			for _, s := range a.Sections {
				got = got || s.Heading == tc.bold
			}
			if got != tc.want {
				t.Errorf("%q as a heading: %v, want %v", tc.bold, got, tc.want)
			}
		})
	}
	// A fragment without a head is taken as old when it styles with
	// markup, as head-less saves of old pages do.
	t.Run("fragment styled with font", func(t *testing.T) {
		a := extractString(t, `<table><tr><td valign="top"><font size="2"><h2>Background</h2><p>`+prose+`</p><p><b>Fundamental values</b></p><p>`+prose+`</p></font></td></tr></table>`)
		got := false
		for _, s := range a.Sections {
			got = got || s.Heading == "Fundamental values"
		}
		if !got {
			t.Errorf("the bold line is no heading: %+v", a.Sections)
		}
	})
}

func TestRunInBoldHeadings(t *testing.T) {
	const viewport = `<meta name="viewport" content="width=device-width">`
	const entry = `<p><font size="2"><b>Menopause Foundation</b><br>212-714-2398<br>Provides support and assistance on issues concerning menopause.</font></p>`
	cases := []struct {
		name, head, lines  string
		wantHead, wantText string
	}{
		{"old page", "<title>Health guide</title>", entry, "Menopause Foundation", "212-714-2398 Provides support and assistance on issues concerning menopause."},
		{"modern page", "<title>Health guide</title>" + viewport, entry, "", ""},
		{"roster entry", "", `<p><b>Dr. Mary Ashford</b><br>Physicians for Peace</p>`, "", ""},
		{"bold link", "", `<p><b><a href="/mf">Menopause Foundation</a></b><br>212-714-2398<br>Provides support and assistance on issues concerning menopause.</p>`, "", ""},
		{"sentence", "", `<p><b>We moved.</b><br>Provides support and assistance on issues concerning menopause.</p>`, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head>`+tc.head+`</head><body><article><h1>Health guide</h1><p>`+prose+`</p><h2>Resources</h2><p>`+prose+`</p>`+tc.lines+`<p>`+prose+`</p></article></body></html>`)
			heads := []string{}
			text := ""
			for _, s := range a.Sections {
				if s.Heading != "" {
					heads = append(heads, s.Heading)
					if len(s.Blocks) > 0 {
						text = s.Blocks[0].Text
					}
				}
			}
			if len(heads) == 0 || heads[0] != "Resources" {
				t.Fatalf("headings %q, want the page's <h2> first", heads)
			}
			if strings.Join(heads[1:], "|") != tc.wantHead {
				t.Fatalf("headings %q, want %q", heads, tc.wantHead)
			}
			if tc.wantHead != "" && text != tc.wantText {
				t.Errorf("section text %q, want %q", text, tc.wantText)
			}
		})
	}
}

// TestRunInHeadline: on an old page, the headline set in bold above a
// <br> is not a subhead of the story it heads; it stays a line of its own.
func TestRunInHeadline(t *testing.T) {
	a := extractString(t, `<html><head><title>Gazette :: Mill to close after 120 years</title></head><body><table><tr><td><font size="2"><b>Mill to close after 120 years</b><br>Posted Tuesday, March 14, 2006 by Bill Harlan<br><br>`+prose+`<br><br>`+prose+`</font></td></tr></table></body></html>`)
	if a.Title != "Mill to close after 120 years" {
		t.Fatalf("title %q", a.Title)
	}
	if heads := headingsOf(a); len(heads) > 0 {
		t.Errorf("headings %q, want none", heads)
	}
	if len(a.Sections) == 0 || len(a.Sections[0].Blocks) < 2 || a.Sections[0].Blocks[0].Text != a.Title {
		t.Errorf("want the headline on a line of its own first: %+v", a.Sections)
	}
}

func TestDecorativeImageNames(t *testing.T) {
	cases := []struct {
		src  string
		want bool
	}{
		{"../images/arrowRight_red.gif", true},
		{"/groupee_common/platform_images/blank.gif?v=2", true},
		{"/templates/default/images/specer.gif", true},
		{"https://cdn.example/photos/2008/parliament-vote.jpg", false},
		{"https://cdn.example/photos/sparrow.jpg", false}, // a word, not the token
		{"https://goodnight.example/templates/gn8/images/pfeil-rauf.svg", true},
		{"https://cdn.example/photos/pfeilgift-frosch.jpg", false}, // a word that starts with the token
		{"http://www.example.ie/uploadedImages/backtotop.gif", true},
		{"https://www.example.de/?proxy=img/backToTop.png", true}, // the name in the query
		{"https://cdn.example/photos/back-to-the-top-of-the-hill.jpg", false},
	}
	for _, tc := range cases {
		doc, _ := html.Parse(strings.NewReader(`<img src="` + tc.src + `">`))
		var img *html.Node
		walk(doc, func(n *html.Node) bool {
			if n.DataAtom == atom.Img {
				img = n
			}
			return img == nil
		})
		if got := isDecorative(img, tc.src); got != tc.want {
			t.Errorf("isDecorative(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

// TestTrailingLinkLinesToRelated: headlines set one a line after the
// story, each a link to the site, go to Related; the same lines as the
// page's whole content (a table of contents) stay.
func TestTrailingLinkLinesToRelated(t *testing.T) {
	var lines strings.Builder
	for i, h := range []string{"LeBreton Flats take centre stage", "Cornwall inquiry scope clipped by court", "Alleged red-light runner injures five", "Student to receive hero citation", "Carleton boosts security after lost keys", "Venezuelan banks on notice again", "Bush aims to prevent a recession"} {
		lines.WriteString(`<span><img src="/images/arrowRight_red.gif">&nbsp;<a href="index.asp?nid=` + strconv.Itoa(i) + `">` + h + `</a></span><br>`)
	}
	a := extractNoFallback(t, `<html><body><div><p class="maintext">`+prose+`</p><p>`+prose+`</p><hr>`+lines.String()+`</div></body></html>`)
	if strings.Contains(a.Text, "Cornwall inquiry") || len(a.Related) != 7 {
		t.Errorf("headline lines in body or not related: related %d, text %q", len(a.Related), a.Text)
	}
	toc := extractNoFallback(t, `<html><body><div><h1>Appropriations report</h1><p>The committee reports the bill with amendments; its sections follow in order.</p>`+lines.String()+lines.String()+`</div></body></html>`)
	if !strings.Contains(toc.Text, "Cornwall inquiry") {
		t.Errorf("a page that is only the lines lost them: %q", toc.Text)
	}
}

// TestTrailingLinkParagraphsToRelated: after the story, a run of
// paragraphs each wholly one link to a story on the site (a "more news"
// column of <div>s) goes to Related; a shorter run, or links to other
// sites, stay.
func TestTrailingLinkParagraphsToRelated(t *testing.T) {
	heads := []string{"Tomlinson, Rivers questionable for the final", "Dungy to decide his future with the Colts", "Giants pick off Cowboys to reach the title game", "Chargers reach the title game by shocking the Colts"}
	column := func(host string, n int) string {
		var b strings.Builder
		for i, h := range heads[:n] {
			b.WriteString(`<div class="item"><a href="` + host + `/nfl/` + strconv.Itoa(i) + `/detail.html">` + h + `</a></div>`)
		}
		return b.String()
	}
	cases := []struct {
		name, links string
		related     int
	}{
		{"headline column", column("", 4), 4},
		{"three links", column("", 3), 0},
		{"links to another site", column("https://other.example", 4), 0},
	}
	// A run longer than the story allows stays whole: the old reading
	// moved the tail of it that fitted.
	var long strings.Builder
	for i := range 12 {
		long.WriteString(`<div><a href="/nfl/` + strconv.Itoa(i) + `.html">Headline number ` + strconv.Itoa(i) + ` of the long list of stories</a></div>`)
	}
	a := extractNoFallback(t, `<html><body><div><p>`+prose+`</p>`+long.String()+`</div></body></html>`)
	if len(a.Related) != 0 || !strings.Contains(a.Text, "Headline number 11 ") {
		t.Errorf("part of an over-long run moved: related %d, text %q", len(a.Related), a.Text)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><body><div><p>`+prose+`</p><p>`+prose+`</p><h2>NFL headlines</h2>`+tc.links+`</div></body></html>`)
			if len(a.Related) != tc.related || tc.related > 0 && strings.Contains(a.Text, "Dungy") {
				t.Errorf("related %d, want %d; text %q", len(a.Related), tc.related, a.Text)
			}
		})
	}
}

// TestLabelledLinkColumnToRelated: a news site's column after the story
// sets its boxes' labels between the headline links ("KEY STORIES", a
// teaser whose title and blurb link the same story): the links go to
// Related, once each and without the page's own, and the labels with
// them; a label with no link after it stays.
func TestLabelledLinkColumnToRelated(t *testing.T) {
	column := `<div class="nlp"><a href="/in_depth/iraq/default.stm">THE STRUGGLE FOR IRAQ</a></div><div class="nlp">KEY STORIES</div>` +
		`<div class="arr"><a href="/2/hi/1.stm">Bush praises Baathist law</a></div><div class="arr"><a href="/2/hi/2.stm">Hope returning, says Bush</a></div>` +
		`<div class="nlp">BACKGROUND AND ANALYSIS</div><a href="/2/hi/3.stm"><b>Mistake corrected</b></a><br><a href="/2/hi/3.stm">Rehabilitation was overdue - but Shias resisted</a>` +
		`<div class="arr"><a href="/2/hi/4.stm">Study says 151,000 Iraqi dead</a></div><div class="arr"><a href="/2024/05/01/story">Council passes the budget</a></div>` +
		`<div class="nlp">ANDREW NORTH DIARY</div>`
	a := extractNoFallback(t, `<html><body><div><p>`+prose+`</p><p>`+prose+`</p>`+column+`</div></body></html>`)
	checkText(t, a.Text, []string{"ANDREW NORTH DIARY"}, []string{"KEY STORIES", "BACKGROUND AND ANALYSIS", "Hope returning", "Mistake corrected"})
	var titles []string
	urls := map[string]bool{}
	for _, r := range a.Related {
		titles = append(titles, r.Title)
		if urls[r.URL] || r.URL == a.URL {
			t.Errorf("related %q: %s twice, or the page itself", r.Title, r.URL)
		}
		urls[r.URL] = true
	}
	if !slices.Contains(titles, "Study says 151,000 Iraqi dead") || !slices.Contains(titles, "Mistake corrected") {
		t.Errorf("related %q, want the column's stories", titles)
	}
}

func TestRepeatedBoldLabelNotHeading(t *testing.T) {
	post := `<p><b>Posted</b></p><p>` + prose + `</p>`
	a := extractString(t, `<article>`+post+post+post+`</article>`)
	for _, s := range a.Sections {
		if s.Heading == "Posted" {
			t.Fatalf("a label repeated on every post became a heading")
		}
	}
}

// TestEmptyHeadingsAtTheEnd: headings left with nothing under them at the
// end of the article titled widgets and go; a heading with its text, or a
// body of headings alone, stays.
func TestEmptyHeadingsAtTheEnd(t *testing.T) {
	cases := []struct {
		name, page string
		want       []string
	}{
		{"widget titles", `<article><h2>Budget</h2><p>` + prose + `</p><h2>What to read next</h2><h3>Follow us</h3></article>`, []string{"Budget"}},
		{"heading with text", `<article><h2>Budget</h2><p>` + prose + `</p><h2>Vote</h2><p>` + prose + `</p></article>`, []string{"Budget", "Vote"}},
		{"subhead before its subsections", `<article><p>` + prose + `</p><h2>Budget</h2><h3>Buses</h3><p>` + prose + `</p></article>`, []string{"Budget", "Buses"}},
		{"pull quote in a heading tag", `<article><h2>Budget</h2><p>` + prose + `</p><h4>The vote was close, and it showed.</h4></article>`, []string{"Budget", "The vote was close, and it showed."}},
		{"headings only", `<article><h2>Budget</h2><h2>Vote</h2></article>`, []string{"Budget", "Vote"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), &Options{URL: "https://news.example/2024/05/01/story"})
			if err != nil && !errors.Is(err, ErrNoArticle) {
				t.Fatalf("Extract: %v", err)
			}
			got := headingsOf(a)
			if !slices.Equal(got, tc.want) {
				t.Errorf("headings %q, want %q", got, tc.want)
			}
		})
	}
}

// TestShareButtonPictures: a picture whose alternative text names a
// share or follow button is no figure; a photo about shares is.
func TestShareButtonPictures(t *testing.T) {
	page := `<article><h1>Library hours extended</h1><p>` + prose + `</p>` +
		`<figure><img src="https://cdn.example/photos/trading-floor.jpg" alt="Share prices on the trading floor"></figure><p>` + prose + `</p>` +
		`<p><a href="https://in.example/share"><img src="https://cdn.example/brands/linkedin.png" alt="Share on LinkedIn"></a> <a href="https://x.example/follow"><img src="https://cdn.example/brands/x.png" alt="Follow us on X"></a></p>` +
		`<p><a href="https://www.printfriendly.com" class="printfriendly"><img src="https://cdn.printfriendly.com/buttons/print-button-gray.png" alt="Print Friendly, PDF &amp; Email"></a></p></article>`
	a := extractNoFallback(t, page)
	alts := figuresOf(a, func(b Block) string { return b.Alt })
	if !slices.Equal(alts, []string{"Share prices on the trading floor"}) {
		t.Errorf("figures %q, want only the trading floor", alts)
	}
}

// TestLabelsEndingTheArticle: a short line ending in a colon, or a
// widget's title, that ends the body introduced links or a widget the
// cleaning took out; a label with its link, or one that opens a list,
// stays.
func TestLabelsEndingTheArticle(t *testing.T) {
	cases := []struct {
		name, tail, label string
		kept              bool
	}{
		{"label whose links are gone", `<p>See more in:</p>`, "See more in:", false},
		{"widget title whose widget is gone", `<p>Kommentierte Artikel</p>`, "Kommentierte Artikel", false},
		{"picks' title beside a logo", `<div><img src="/logo.png" alt=""><div>RECOMMENDS</div><div class="adverts"><a href="https://shop.example/">Shop</a></div></div>`, "RECOMMENDS", false},
		{"newsletter's rating prompt", `<section><h2>How Was This Issue?</h2><p>Rate this week's issue with a single click.</p></section>`, "single click", false},
		{"labels under an emptied heading", `<h3>Credits</h3><p>Music:</p>`, "Music:", false},
		{"label whose links are icons", `<p>Share on: <a href="https://x.example/share"><svg></svg></a> <a href="https://in.example/share"><svg></svg></a></p>`, "Share on:", false},
		{"label with its link", `<p>Source: <a href="https://wire.example/a">Wire</a></p>`, "Source:", true},
		{"label before its list", `<p>What you need:</p><ul><li>Flour</li><li>Water</li></ul>`, "What you need:", true},
		{"'by' label before its list", `<p>Labour benefited by:</p><ul><li>Lower turnout in the suburbs</li><li>A late swing</li></ul>`, "Labour benefited by:", true},
		{"sentence ending in a colon", `<p>The council's statement after the vote on Tuesday night read as follows:</p>`, "read as follows:", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<article><h1>Library hours extended</h1><p>"+prose+"</p><p>"+prose+"</p>"+tc.tail+"</article>")
			wantInBody(t, a, tc.label, tc.kept)
		})
	}
}

// TestIssuerAboutSectionKept: a press release whose author is its
// issuing company closes with "About <company>", the release's own text,
// not an author's bio.
func TestIssuerAboutSectionKept(t *testing.T) {
	a := extractString(t, `<html><head><meta name="author" content="Acme Corp"></head><body><article><h1>Acme launches a new solar panel</h1><p>`+prose+`</p><p>`+prose+`</p>`+
		`<h3>About Acme Corp</h3><p>Acme Corp, founded in 1998 in Berlin, makes solar panels and storage systems for homes in 30 countries.</p></article></body></html>`)
	if got := headingsOf(a); !slices.Contains(got, "About Acme Corp") || !strings.Contains(a.Text, "founded in 1998") {
		t.Errorf("issuer's About section lost: headings %q, text %q", got, a.Text)
	}
}

// TestAuthorHeadings: a heading that names the article's author is a
// byline or the title of the author's box, not a section of the story.
func TestAuthorHeadings(t *testing.T) {
	bio := `<p>Jane Roe covers city hall and transport for the paper.</p>`
	long := strings.Repeat("<p>"+prose+"</p>", 8)
	cases := []struct {
		name, body string
		headings   []string
		kept, gone string
	}{
		{"byline above the story", `<h3>By Jane Roe</h3><p>` + prose + `</p><h2>Buses</h2><p>` + prose + `</p>`, []string{"Buses"}, "council voted", "By Jane Roe"},
		{"author's box at the end", `<p>` + prose + `</p><h2>Buses</h2><p>` + prose + `</p><h4>Dr Jane Roe, MD</h4>` + bio, []string{"Buses"}, "council voted", "covers city hall"},
		{"short story under a byline heading", `<h5>Jane Roe</h5><p>` + prose + `</p><p>The council meets again in May to vote on the school budget and the bridge repairs.</p>`, nil, "council voted", "Jane Roe"},
		{"long text under the name", `<h2>Buses</h2><p>` + prose + `</p><h2>Jane Roe</h2>` + long, []string{"Buses"}, "council voted", "Jane Roe"},
		{"other words beside the name", `<p>` + prose + `</p><h2>Roe Transit Plan</h2><p>` + prose + `</p><h2>Jane Roe answers readers</h2>` + bio, []string{"Roe Transit Plan", "Jane Roe answers readers"}, "covers city hall", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><meta name="author" content="Jane Roe"></head><body><article><h1>Council passes the budget</h1>`+tc.body+`</article></body></html>`)
			got := headingsOf(a)
			if !slices.Equal(got, tc.headings) {
				t.Errorf("headings %q, want %q", got, tc.headings)
			}
			if !strings.Contains(a.Text, tc.kept) {
				t.Errorf("%q lost: %q", tc.kept, a.Text)
			}
			if tc.gone != "" && strings.Contains(a.Text, tc.gone) {
				t.Errorf("%q left in: %q", tc.gone, a.Text)
			}
		})
	}
}

// TestTrailingBios: the short lines under a story that introduce its
// authors by full name, or only sign it with a name, are their bios and
// credits, not the story's end; the same words earlier, a long paragraph,
// or a story of one paragraph stay.
func TestTrailingBios(t *testing.T) {
	bios := `<p><a href="/by/jane-roe">Jane Roe</a> is a correspondent covering transport and city hall.</p><p>John Doe reports on housing from Leeds.</p>`
	long := `<p>Jane Roe is a correspondent covering transport, and ` + prose + ` ` + prose + `</p>`
	cases := []struct {
		name, body, kept, gone string
	}{
		{"bios under the story", `<p>` + prose + `</p><p>` + prose + `</p>` + bios, "council voted", "correspondent covering"},
		{"bio line before the last paragraph", `<p>` + prose + `</p><p>Jane Roe is a correspondent covering transport.</p><p>The council meets again in May.</p>`, "correspondent covering", ""},
		{"long paragraph opening with the name", `<p>` + prose + `</p>` + long, "correspondent covering", ""},
		{"sign-off under the story", `<p>` + prose + `</p><p>` + prose + `</p><p style="text-align:right"><strong>Jane Roe</strong></p>`, "council voted", "Jane Roe"},
		{"reporter's address under the story", `<p>` + prose + `</p><p>` + prose + `</p><p>gildong@yna.example</p>`, "council voted", "gildong@"},
		{"both writers signing off", `<p>` + prose + `</p><p>` + prose + `</p><p style="text-align:right"><strong>Jane Roe - John Doe</strong></p>`, "council voted", "Jane Roe - John Doe"},
		{"sign-off in capitals with the address in brackets", `<p>` + prose + `</p><p>` + prose + `</p><p>BY JANE ROE [jane.roe@example.com]</p>`, "council voted", "BY JANE ROE"},
		{"reporter's box with a mail link", `<p>` + prose + `</p><p>` + prose + `</p><p>Jane Roe <a href="mailto:jane.roe@example.com">jane.roe@example.com</a></p>`, "council voted", "jane.roe@"},
		{"bio line opening with a bullet", `<p>` + prose + `</p><p>` + prose + `</p><p><em>• Jane Roe is a correspondent covering transport and city hall.</em></p>`, "council voted", "correspondent covering"},
		{"list of bios with the profile's links", `<p>` + prose + `</p><p>` + prose + `</p><ol class="bios"><li class="bio"><img src="/jane.jpg" alt="Photo of Jane Roe"><div><p><a href="/author/jroe/" rel="author">Jane Roe</a> is a Senior Writer at the paper.</p><ul class="more-links"><li><a href="/author/jroe/">Posts</a></li><li><a href="https://x.com/JaneRoe">@JaneRoe</a></li></ul></div></li></ol>`, "council voted", "Senior Writer"},
		{"bio line with the profile's links under it", `<p>` + prose + `</p><p>` + prose + `</p><p>Jane Roe is a Senior Writer at the paper.</p><ul><li><a href="/author/jroe/">Posts</a></li><li><a href="https://x.com/JaneRoe">@JaneRoe</a></li></ul>`, "council voted", "Senior Writer"},
		{"list of links after the story", `<p>` + prose + `</p><p>` + prose + `</p><ul><li><a href="/a">Budget documents</a></li><li><a href="/b">Meeting video</a></li></ul>`, "Budget documents", ""},
		{"bio line of a teacher", `<p>` + prose + `</p><p>` + prose + `</p><p><em>Jane Roe teaches at the Kennedy School. Her book on city budgets is out in May.</em></p>`, "council voted", "Kennedy School"},
		{"dash before the sign-off", `<p>` + prose + `</p><p>` + prose + `</p><p>—John Doe</p>`, "council voted", "John Doe"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><meta name="author" content="Jane Roe, John Doe"></head><body><article><h1>Council passes the budget</h1>`+tc.body+`</article></body></html>`)
			if !strings.Contains(a.Text, tc.kept) {
				t.Errorf("%q lost: %q", tc.kept, a.Text)
			}
			if tc.gone != "" && strings.Contains(a.Text, tc.gone) {
				t.Errorf("%q left in: %q", tc.gone, a.Text)
			}
		})
	}
	// A Korean paper signs off with the reporter's title and address, the
	// dateline's place before "=".
	for _, line := range []string{"김지원 기자 jwkim@kyunghyang.example", "세종=김지원 기자 jwkim@donga.example"} {
		t.Run("Korean sign-off "+line, func(t *testing.T) {
			a := extractString(t, `<html><head><meta name="author" content="김지원"></head><body><article><h1>Council passes the budget</h1><p>`+prose+`</p><p>`+prose+`</p><p>`+line+`</p></article></body></html>`)
			if strings.Contains(a.Text, "jwkim@") {
				t.Errorf("sign-off left in: %q", a.Text)
			}
		})
	}
}

// headingsOf lists the article's section headings in order.
func headingsOf(a *Article) []string {
	var hs []string
	for _, s := range a.Sections {
		if s.Heading != "" {
			hs = append(hs, s.Heading)
		}
	}
	return hs
}

// TestRepeatedRunsOnce: a responsive page that sets a run of blocks twice
// in a row (slides cloned for a carousel, a copy for phones) yields it
// once, and Explain names the second copy's elements; a refrain of one
// paragraph stays, and so does a copy on a page laid out before phones,
// whose reader saw both.
func TestRepeatedRunsOnce(t *testing.T) {
	const viewport = `<meta name="viewport" content="width=device-width">`
	slide := `<section class="slide"><div class="slide-headline">Universal Appeal</div>` +
		`<p>Increasing attendance and awareness of a world-class space museum.</p><div class="button">Go above and beyond</div></section>`
	refrain := `<p>We shall overcome, we shall overcome, we shall overcome some day.</p>`
	cases := []struct {
		name, head, body, repeated string
		want                       int
	}{
		{"responsive copy of three blocks", viewport, slide + slide, "Increasing attendance", 1},
		{"third copy too", viewport, slide + slide + slide, "Increasing attendance", 1},
		{"one paragraph twice is a refrain", viewport, refrain + refrain, "We shall overcome", 2},
		{"one paragraph six times too", viewport, strings.Repeat(refrain, 6), "We shall overcome", 6},
		{"page before phones shows both", "", slide + slide, "Increasing attendance", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Story</title>` + tc.head + `</head><body><article><p>` + prose + `</p>` + tc.body + `<p>` + prose + `</p></article></body></html>`
			a, err := Extract([]byte(page), &Options{Explain: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Count(a.Text, tc.repeated); got != tc.want {
				t.Errorf("%q appears %d times, want %d:\n%s", tc.repeated, got, tc.want, a.Text)
			}
			var dropped []string
			for _, r := range a.Removed {
				if r.Rule == ruleRepeatedRun {
					dropped = append(dropped, r.Path)
				}
			}
			if wantDropped := 3 * (strings.Count(tc.body, tc.repeated) - tc.want); len(dropped) != wantDropped {
				t.Errorf("Removed lists %d copies (%v), want %d", len(dropped), dropped, wantDropped)
			}
			for _, path := range dropped {
				if strings.Contains(path, "section.slide:nth-child(2)") {
					t.Errorf("first copy %q marked removed", path)
				}
			}
		})
	}
}

// TestBylineRemnants: a line that is only a byline's opening word ("By",
// "Written By:") stood before a name the cleaning took out (a button, a
// picture); alone, it says nothing. A sentence opening with "By" stays.
func TestBylineRemnants(t *testing.T) {
	cases := []struct {
		name, html, line string
		kept             bool
	}{
		{"name in a button", `<div><span>By </span><button type="button">Chase Bernath</button></div>`, "By", false},
		{"label with a colon", `<p>Written By:</p>`, "Written By:", false},
		{"German label", `<p>Autor</p>`, "Autor", false},
		{"sentence opening with by", `<p>By noon the hall was full.</p>`, "By noon the hall was full.", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<article><h1>Library hours extended</h1>"+tc.html+"<p>"+prose+"</p><p>"+prose+"</p></article>")
			if got := slices.Contains(strings.Split(a.Text, "\n"), tc.line); got != tc.kept {
				t.Errorf("line %q in body = %v, want %v: %q", tc.line, got, tc.kept, a.Text)
			}
		})
	}
}

// TestArticleDateLines: a line that is only the day the article was
// published or updated repeats Article.Published and goes; a date with a
// name or a title beside it, another day, or the dates of several entries
// stay, as does the time of a live blog's newest entry beside the times
// of the others. The page's metadata dates it 1 May 2024.
func TestArticleDateLines(t *testing.T) {
	cases := []struct {
		name, html string
		lines      []string
		kept       bool
	}{
		{"bare date", `<p>May 1, 2024</p>`, []string{"May 1, 2024"}, false},
		{"update label", `<p>Last updated on May 2, 2024</p>`, []string{"Last updated on May 2, 2024"}, false},
		{"weekday and time", `<p>Wednesday, 1 May 2024, 09:15</p>`, []string{"Wednesday, 1 May 2024, 09:15"}, false},
		{"German label", `<p>Stand: 01.05.2024</p>`, []string{"Stand: 01.05.2024"}, false},
		{"weekday without comma", `<p>Wed May 1, 2024 9:15am EST</p>`, []string{"Wed May 1, 2024 9:15am EST"}, false},
		{"German weekday", `<p>Mittwoch 1. Mai 2024</p>`, []string{"Mittwoch 1. Mai 2024"}, false},
		{"time of publication", `<p>9:15 AM GMT</p>`, []string{"9:15 AM GMT"}, false},
		{"24-hour time of publication", `<p>09:15 Uhr</p>`, []string{"09:15 Uhr"}, false},
		{"another time", `<p>9:45 AM GMT</p>`, []string{"9:45 AM GMT"}, true},
		{"the same minute in the evening", `<p>9:15 PM GMT</p>`, []string{"9:15 PM GMT"}, true},
		{"another day", `<p>March 3, 2021</p>`, []string{"March 3, 2021"}, true},
		{"name beside the date", `<p>Benni 1. Mai 2024</p>`, []string{"Benni 1. Mai 2024"}, true},
		{"listing entry", `<p>01.05.2024 - Grandbrothers - Flex</p>`, []string{"01.05.2024 - Grandbrothers - Flex"}, true},
		{"sentence", `<p>The hall opens on May 1, 2024.</p>`, []string{"The hall opens on May 1, 2024."}, true},
		{"two days of entries", `<p>May 1, 2024</p><p>` + prose + `</p><p>May 2, 2024</p>`, []string{"May 1, 2024", "May 2, 2024"}, true},
		{"three posts of the day", strings.Repeat(`<p>May 1, 2024</p><p>`+prose+`</p>`, 3), []string{"May 1, 2024"}, true},
		{"live blog's newest entry", `<p>09:15</p><p>` + prose + `</p><p>08:40</p><p>` + prose + `</p><p>07:05</p>`, []string{"09:15", "08:40", "07:05"}, true},
		{"times in a list beside the date line", `<p>May 1, 2024</p><p>` + prose + `</p><p>08:40</p><p>` + prose + `</p><p>07:05</p>`, []string{"May 1, 2024"}, false},
		{"label, day and time of day", `<p>Last Updated: 01 May 2024 09:15 AM</p>`, []string{"Last Updated: 01 May 2024 09:15 AM"}, false},
		{"published and updated on one line", `<p>Published May 1, 2024 at 9:15 am · Updated May 2, 2024 at 8:15 am</p>`, []string{"Published May 1, 2024 at 9:15 am · Updated May 2, 2024 at 8:15 am"}, false},
		{"Italian published and updated", `<p>Pubblicato il 1 maggio 2024 alle 09:15 | Aggiornato il 2 maggio 2024 alle 08:15</p>`, []string{"Pubblicato il 1 maggio 2024 alle 09:15 | Aggiornato il 2 maggio 2024 alle 08:15"}, false},
		{"posted, updated after a comma", `<p>Posted Wed 1 May 2024 at 9:15am, updated Thu 2 May 2024 at 8:15am</p>`, []string{"Posted Wed 1 May 2024 at 9:15am, updated Thu 2 May 2024 at 8:15am"}, false},
		{"published and updated joined by a spaced hyphen", `<p>1 maggio 2024 - Ultimo aggiornamento: 2 maggio 2024, 08:10</p>`, []string{"1 maggio 2024 - Ultimo aggiornamento: 2 maggio 2024, 08:10"}, false},
		{"a date and a title joined by a spaced hyphen", `<p>1 maggio 2024 - Grandbrothers in concerto al parco</p>`, []string{"1 maggio 2024 - Grandbrothers in concerto al parco"}, true},
		{"a comma before another word", `<p>Posted Wed 1 May 2024 at 9:15am, before the council met</p>`, []string{"Posted Wed 1 May 2024 at 9:15am, before the council met"}, true},
		{"date beside a title on one line", `<p>May 1, 2024 · Grandbrothers live in the park</p>`, []string{"May 1, 2024 · Grandbrothers live in the park"}, true},
		{"published and updated side by side without a mark", `<p>Oluşturulma Tarihi: Mayıs 01, 2024 09:15 Güncelleme Tarihi: Mayıs 02, 2024 08:15</p>`, []string{"Oluşturulma Tarihi: Mayıs 01, 2024 09:15 Güncelleme Tarihi: Mayıs 02, 2024 08:15"}, false},
		{"a second label without a first", `<p>May 1, 2024 09:15 Updated May 2, 2024 08:15</p>`, []string{"May 1, 2024 09:15 Updated May 2, 2024 08:15"}, true},
		{"the newsroom's zone in brackets", `<p>Last updated: 01/05/2024 09:15 (Mecca time)</p>`, []string{"Last updated: 01/05/2024 09:15 (Mecca time)"}, false},
		{"British time with a dot and a long label", `<p>Last modified on Wed 1 May 2024 09.41 GMT</p>`, []string{"Last modified on Wed 1 May 2024 09.41 GMT"}, false},
		{"Thai date with its o'clock", `<p>1 พ.ค. 2567 09:15 น.</p>`, []string{"1 พ.ค. 2567 09:15 น."}, false},
		{"Thai update line", `<p>อัปเดตล่าสุด 2 พ.ค. 2567 08:15 น.</p>`, []string{"อัปเดตล่าสุด 2 พ.ค. 2567 08:15 น."}, false},
		{"figures in brackets", `<p>Updated 01/05/2024 (3 of 5)</p>`, []string{"Updated 01/05/2024 (3 of 5)"}, true},
		{"dates of another day beside the article's", `<p>Published May 1, 2024 · Updated March 3, 2021</p>`, []string{"Published May 1, 2024 · Updated March 3, 2021"}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><meta property="article:published_time" content="2024-05-01T09:15:00Z"></head><body><article><h1>Library hours extended</h1>`+tc.html+"<p>"+prose+"</p><p>"+prose+"</p></article></body></html>")
			lines := strings.Split(a.Text, "\n")
			for _, l := range tc.lines {
				if got := slices.Contains(lines, l); got != tc.kept {
					t.Errorf("line %q in body = %v, want %v: %q", l, got, tc.kept, a.Text)
				}
			}
		})
	}
}

// TestLeadKicker: a link alone on the body's first line (or a list's one
// item, or beside a meta row's separators) to a category, tag or author
// page, a section's index, or a folder above the story's address, is the
// kicker over the headline or a byline's name, and so is a first line
// reading as such a link elsewhere on the page; a link to another story
// or another site stays. The story is at
// https://news.example/2024/05/01/story.
func TestLeadKicker(t *testing.T) {
	cases := []struct {
		name, lead, probe string
		kept              bool
	}{
		{"category link", `<p><a href="/category/editors-pick/">Editors Pick</a></p>`, "Editors Pick", false},
		{"author link", `<p><a href="https://www.news.example/author/jane-roe/">Jane Roe</a></p>`, "Jane Roe", false},
		{"folder above the story", `<p><a href="/2024/">The Year</a></p>`, "The Year", false},
		{"another story", `<p><a href="/2024/05/01/other">The Year</a></p>`, "The Year", true},
		{"another site's category", `<p><a href="https://wire.example/category/x/">The Year</a></p>`, "The Year", true},
		{"front page", `<p><a href="/">The Year</a></p>`, "The Year", true},
		{"section index", `<p><a href="/tone/reviews">Review</a></p>`, "Review", false},
		{"short address with a number", `<p><a href="/news/12345">Review</a></p>`, "Review", true},
		{"short address with a story's slug", `<p><a href="/opinion/why-the-budget-failed">Review</a></p>`, "Review", true},
		{"category link as a list's one item", `<ul class="meta"><li><a href="/category/editors-pick/">Editors Pick</a></li></ul>`, "Editors Pick", false},
		{"category link and a meta row's separators", `<div class="meta"><a href="/category/buying-guides">Buying Guides</a><span>·</span><span>·</span></div>`, "Buying Guides", false},
		{"another story as a list's one item", `<ul><li><a href="/2024/05/01/other">The Year</a></li></ul>`, "The Year", true},
		{"section's name as text", `<nav><a href="/2024/05/">Politik</a></nav><p>Politik</p>`, "Politik", false},
		{"text naming a story's link", `<nav><a href="/2024/05/01/other">Politik</a></nav><p>Politik</p>`, "Politik", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, "<article><h1>Library hours extended</h1>"+tc.lead+"<p>"+prose+"</p><p>"+prose+"</p></article>")
			wantInBody(t, a, tc.probe, tc.kept)
		})
	}
}

// TestKickerHeadingOverHeadline: a section's name set as a heading over
// the headline goes, and the headline is the title, not a section; a
// longer heading there is the page's own and keeps both.
func TestKickerHeadingOverHeadline(t *testing.T) {
	cases := []struct {
		name, above string
		kept        bool
	}{
		{"section link", `<h3 class="slug"><a href="/sections/education/">Education</a></h3>`, false},
		{"date set as a heading", `<h4>02.01.2022</h4>`, false},
		{"a heading of the page's own", `<h2>Five things the council decided this week</h2>`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, "<html><head><title>Library hours extended</title></head><body><article>"+tc.above+"<h1>Library hours extended</h1><p>"+prose+"</p><h2>What it costs</h2><p>"+prose+"</p></article></body></html>")
			var heads []string
			for _, s := range a.Sections {
				heads = append(heads, s.Heading)
			}
			if got := len(heads) == 3; got != tc.kept {
				t.Errorf("headings %q: the one above the headline kept = %v, want %v", heads, got, tc.kept)
			}
			if !hasHeading(a, "What it costs") {
				t.Errorf("subhead lost: %q", heads)
			}
			if hasHeading(a, "Library hours extended") != tc.kept {
				t.Errorf("headline as a section = %v, want %v: %q", !tc.kept, tc.kept, heads)
			}
		})
	}
}

// TestAMPPictures: an AMP page writes its pictures as <amp-img> (with an
// <img> fallback in <noscript> at most); each is one figure, in or out of
// a <figure>.
func TestAMPPictures(t *testing.T) {
	cases := []struct{ name, html string }{
		{"bare", `<amp-img src="/lib.jpg" width="800" height="450" layout="responsive" alt="The new branch"></amp-img>`},
		{"with a fallback", `<amp-img src="/lib.jpg" width="800" height="450" alt="The new branch"><noscript><img src="/lib-small.jpg" alt="The new branch"></noscript></amp-img>`},
		{"in a figure", `<figure><amp-img src="/lib.jpg" width="800" height="450" alt="The new branch"></amp-img><figcaption>Opening day</figcaption></figure>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<article><h1>Library hours extended</h1><p>"+prose+"</p>"+tc.html+"<p>"+prose+"</p></article>")
			var figs []Block
			for _, s := range a.Sections {
				for _, b := range s.Blocks {
					if b.Type == Figure {
						figs = append(figs, b)
					}
				}
			}
			if len(figs) != 1 || figs[0].Src != "https://news.example/lib.jpg" || figs[0].Alt != "The new branch" {
				t.Errorf("figures = %+v, want one of /lib.jpg", figs)
			}
		})
	}
}

// TestLazyPicturePlaceholders: a lazy-loading page shows a stand-in file
// until the picture loads; the figure is the picture in data-src or
// data-srcset (its largest candidate), or in the sources of the <picture>
// around an img without an address, and a stand-in named like a spacer does not make the
// picture a spacer. A stand-in alone stays a spacer, dropped, as a stand-in
// alone without alternative text is.
func TestLazyPicturePlaceholders(t *testing.T) {
	cases := []struct{ name, img, want string }{
		{"missing-image src beside data-srcset", `<img src="https://cdn.example/img/missing-image.svg" data-srcset="https://cdn.example/photos/depot-320.jpg 320w, https://cdn.example/photos/depot-650.jpg 650w" alt="The depot">`, "https://cdn.example/photos/depot-650.jpg"},
		{"picture whose img has no address", `<picture><source srcset="https://cdn.example/photos/depot-640.png 640w, https://cdn.example/photos/depot-1400.png 1400w"><img alt="" width="700"></picture>`, "https://cdn.example/photos/depot-1400.png"},
		{"srcset of densities, commas in URLs", `<img srcset="https://img.example/w_400,c_fill/depot.jpg, https://img.example/w_800,c_fill/depot.jpg 2x" alt="The depot">`, "https://img.example/w_800,c_fill/depot.jpg"},
		{"transparent gif beside data-src", `<img src="/img/lazyload-transparent-image-data.gif" data-src="https://cdn.example/photos/depot.jpg" alt="The depot">`, "https://cdn.example/photos/depot.jpg"},
		{"placeholder src beside srcset", `<img src="/img/image_placeholder.gif" srcset="https://cdn.example/photos/depot.jpg 1x" alt="The depot">`, "https://cdn.example/photos/depot.jpg"},
		{"spacer alone", `<img src="/img/spacer.gif">`, ""},
		{"old page's backslashed spacer", `<img src="\images\spacer.gif">`, ""},
		{"stand-in alone without words", `<img src="https://cdn.example/Resources/Images/lazyloading-placeholder.png" alt="">`, ""},
		{"stand-in alone with words stays", `<img src="https://cdn.example/css/lazy.svg" alt="Rodolfo Daer.">`, "https://cdn.example/css/lazy.svg"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<article><h1>Library hours extended</h1><p>"+prose+"</p><p>"+tc.img+"</p><p>"+prose+"</p></article>")
			got := ""
			for _, s := range a.Sections {
				for _, b := range s.Blocks {
					if b.Type == Figure {
						got = b.Src
					}
				}
			}
			if got != tc.want {
				t.Errorf("figure src = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestListingBoxTitle: a heading whose section opens with a lone link to
// a whole listing is the title of a box of teaser cards that went to
// Related ("See our popular Norway Photography Tours" over "See all
// tours"); heading and link go, and the story's blocks after them join
// the section before. A heading over a sentence that is a link stays.
func TestListingBoxTitle(t *testing.T) {
	link := func(text string) Block {
		return Block{Type: Paragraph, Text: text, Links: []Link{{Text: text, URL: "https://news.example/tours/norway"}}}
	}
	story := Block{Type: Paragraph, Text: "After the box, the story goes on."}
	cases := []struct {
		name     string
		sections []Section
		headings []string
	}{
		{"box title", []Section{{Blocks: []Block{{Type: Paragraph, Text: prose}}}, {Heading: "See our popular Norway Photography Tours", Level: 2, Blocks: []Block{link("See all tours"), story}}}, []string{""}},
		{"German box title", []Section{{Blocks: []Block{{Type: Paragraph, Text: prose}}}, {Heading: "News", Level: 2, Blocks: []Block{link("Alle anzeigen"), story}}}, []string{""}},
		{"heading over a linked sentence", []Section{{Blocks: []Block{{Type: Paragraph, Text: prose}}}, {Heading: "Mirrorless cameras", Level: 2, Blocks: []Block{link("See all mirrorless cameras we tested in 2024, with their prices"), story}}}, []string{"", "Mirrorless cameras"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := newPage(context.Background(), &Options{})
			got := p.dropListingHeadings(tc.sections)
			var headings []string
			for _, s := range got {
				headings = append(headings, s.Heading)
			}
			if !slices.Equal(headings, tc.headings) {
				t.Errorf("headings = %q, want %q", headings, tc.headings)
			}
			if !strings.Contains(bodyText(got), "After the box") {
				t.Errorf("story after the box lost: %q", bodyText(got))
			}
		})
	}
}

// TestTinySize: an icon's or a tracking pixel's size attributes, and a
// picture's whose height is left to it.
func TestTinySize(t *testing.T) {
	cases := []struct {
		w, h string
		want bool
	}{
		{"16", "16", true},
		{"464", "2", true},  // a rule drawn as a picture
		{"0", "0", true},    // a tracking pixel
		{"0", "", true},     // a tracking pixel
		{"570", "0", false}, // cnet: the height follows the picture
		{"800", "", false},
		{"", "", false},
	}
	for _, tc := range cases {
		if got := tinySize(tc.w, tc.h); got != tc.want {
			t.Errorf("tinySize(%q, %q) = %v, want %v", tc.w, tc.h, got, tc.want)
		}
	}
}

// TestListItemLinks: an item keeps the links in its text, as a paragraph
// does, whether the list is marked up or read from lines split by <br>;
// a nested item keeps its own.
func TestListItemLinks(t *testing.T) {
	cases := []struct {
		name, list string
		want       [][]Link // each top-level item's links
	}{
		{"link in an item", `<ul><li>See <a href="/report">the full report</a> for the figures.</li><li>No link here.</li></ul>`,
			[][]Link{{{Text: "the full report", URL: "https://news.example/report"}}, nil}},
		{"item of paragraphs", `<ul><li><p>First, <a href="/a">one source</a>.</p><p>Then <a href="/b">another</a>.</p></li></ul>`,
			[][]Link{{{Text: "one source", URL: "https://news.example/a"}, {Text: "another", URL: "https://news.example/b"}}}},
		{"lines split by br", `<p>&bull; <a href="/one">Work on the bypass starts in spring</a><br>&bull; Hospital lists grow, <a href="/two">says the trust</a><br>&bull; <a href="/three">The budget passes</a></p>`,
			[][]Link{{{Text: "Work on the bypass starts in spring", URL: "https://news.example/one"}}, {{Text: "says the trust", URL: "https://news.example/two"}}, {{Text: "The budget passes", URL: "https://news.example/three"}}}},
		{"nested item keeps its own", `<ul><li>Parent item<ul><li>Child with <a href="/c">a link</a></li></ul></li></ul>`,
			[][]Link{nil}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractBetweenProse(t, tc.list)
			list, ok := firstOfType(a, List)
			if !ok || len(list.Items) != len(tc.want) {
				t.Fatalf("want one list of %d items, got %+v", len(tc.want), a.Sections)
			}
			for i, it := range list.Items {
				if !slices.Equal(it.Links, tc.want[i]) {
					t.Errorf("item %d %q: links %+v, want %+v", i, it.Text, it.Links, tc.want[i])
				}
			}
			if tc.name == "nested item keeps its own" {
				if got := list.Items[0].Items; len(got) != 1 || len(got[0].Links) != 1 || got[0].Links[0].URL != "https://news.example/c" {
					t.Errorf("nested item: %+v", got)
				}
			}
		})
	}
}

// TestOrderedListStart: an <ol start> above 1 is kept as the list's Start,
// and a list a heading splits goes on counting; a start that is missing,
// 1, 0 or no number counts from 1.
func TestOrderedListStart(t *testing.T) {
	cases := []struct {
		name, list string
		want       []int // Start of each ordered list, in order
	}{
		{"start attribute", `<ol start="4"><li>Fourth step</li><li>Fifth step</li></ol>`, []int{4}},
		{"no attribute", `<ol><li>First step</li><li>Second step</li></ol>`, []int{0}},
		{"start of one", `<ol start="1"><li>First step</li></ol>`, []int{0}},
		{"start of zero", `<ol start="0"><li>A step</li></ol>`, []int{0}},
		{"no number", `<ol start="four"><li>A step</li></ol>`, []int{0}},
		{"split by a section item", `<ol><li>Preheat the oven</li><li>Mix the flour</li><li><h3>Baking</h3><p>` + prose + `</p></li><li>Bake for an hour</li></ol>`, []int{0, 4}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><body><article><p>`+prose+`</p>`+tc.list+`<p>`+prose+`</p></article></body></html>`)
			var got []int
			for _, s := range a.Sections {
				for _, b := range s.Blocks {
					if b.Type == List && b.Ordered {
						got = append(got, b.Start)
					}
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("starts %v, want %v: %+v", got, tc.want, a.Sections)
			}
		})
	}
}

// extractBetweenProse extracts, as from https://news.example/story, an
// article holding html between two paragraphs of prose.
func extractBetweenProse(t *testing.T, html string) *Article {
	t.Helper()
	a, err := Extract([]byte(`<html><body><article><p>`+prose+`</p>`+html+`<p>`+prose+`</p></article></body></html>`), &Options{URL: "https://news.example/story", NoFallback: true})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// firstOfType returns the article's first block of type typ.
func firstOfType(a *Article, typ BlockType) (Block, bool) {
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == typ {
				return b, true
			}
		}
	}
	return Block{}, false
}

// TestNestedListKind: a nested list keeps its own kind, numbered or not,
// whatever its parent's, also when it stands directly in the parent list.
func TestNestedListKind(t *testing.T) {
	cases := []struct {
		name, list string
		ordered    bool // the first item's nested list
	}{
		{"numbered steps under a bullet", `<ul><li>Make the dough<ol><li>Mix the flour</li><li>Knead it</li></ol></li><li>Bake it</li></ul>`, true},
		{"bullets under a step", `<ol><li>Make the dough<ul><li>Flour</li><li>Water</li></ul></li><li>Bake it</li></ol>`, false},
		{"numbered list standing in a list", `<ul><li>Make the dough</li><ol><li>Mix the flour</li><li>Knead it</li></ol><li>Bake it</li></ul>`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><body><article><p>`+prose+`</p>`+tc.list+`<p>`+prose+`</p></article></body></html>`)
			list, ok := firstOfType(a, List)
			if !ok || len(list.Items) != 2 || len(list.Items[0].Items) != 2 {
				t.Fatalf("want two items, the first with two nested: %+v", a.Sections)
			}
			if got := list.Items[0].Ordered; got != tc.ordered {
				t.Errorf("nested list ordered = %v, want %v", got, tc.ordered)
			}
		})
	}
}

// TestCodeLanguage: a code block takes the language its markup names in
// each highlighter's way, and none from a class that names no language.
func TestCodeLanguage(t *testing.T) {
	cases := []struct{ name, pre, want string }{
		{"language class on code", `<pre><code class="hljs language-Go">x := 1</code></pre>`, "go"},
		{"prettify class", `<pre class="prettyprint lang-js">var x = 1;</pre>`, "js"},
		{"data-lang", `<div class="highlight"><pre class="chroma"><code data-lang="bash">ls -l</code></pre></div>`, "bash"},
		{"GitHub wrapper", `<div class="highlight highlight-source-rust"><pre>fn main() {}</pre></div>`, "rust"},
		{"Sphinx wrapper", `<div class="highlight-python"><div class="highlight"><pre>for i in range(3):
    print(i)</pre></div></div>`, "python"},
		{"pandoc", `<pre class="sourceCode haskell"><code>main = pure ()</code></pre>`, "haskell"},
		{"SyntaxHighlighter", `<pre class="brush: php; gutter: false">echo 1;</pre>`, "php"},
		{"plain text", `<pre><code class="language-plaintext">just words</code></pre>`, ""},
		{"callout box", `<div class="highlight-box"><pre>x := 1</pre></div>`, ""},
		{"no language", `<pre>x := 1</pre>`, ""},
		{"not a name", "<pre><code class=\"language-a`b\">x := 1</code></pre>", ""},
		{"highlight.js class", `<pre><code class="hljs go">x := 1</code></pre>`, "go"},
		{"data-language", `<pre data-language="rust"><code>let x = 1;</code></pre>`, "rust"},
		{"data-code-block-lang", `<pre data-code-block-lang="python" data-code-block-mode="2">x = 1</pre>`, "python"},
		{"Pygments line-number table", `<div class="highlight-go notranslate"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1
2</pre></div></td><td class="code"><div class="highlight"><pre>x := 1
y := 2</pre></div></td></tr></table></div>`, "go"},
		{"Rouge line-number table", `<pre><code class="language-ruby"><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1
2
</pre></td><td class="code"><pre>def foo
end
</pre></td></tr></tbody></table></code></pre>`, "ruby"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><body><article><p>`+prose+`</p>`+tc.pre+`<p>`+prose+`</p></article></body></html>`)
			code, ok := firstOfType(a, Code)
			if !ok {
				t.Fatalf("no code block: %+v", a.Sections)
			}
			if code.Lang != tc.want {
				t.Errorf("lang %q, want %q", code.Lang, tc.want)
			}
		})
	}
}

// TestLineNumberedCode: a highlighter's table of a line-number gutter
// beside the code is one code block, without the numbers.
func TestLineNumberedCode(t *testing.T) {
	cases := []struct{ name, table string }{
		{"Pygments", `<table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre>1
2</pre></div></td><td class="code"><div class="highlight"><pre>x := 1
y := 2</pre></div></td></tr></table>`},
		{"Chroma", `<div class="highlight"><div class="chroma"><table class="lntable"><tr><td class="lntd"><pre class="chroma"><code><span class="lnt">1
</span><span class="lnt">2
</span></code></pre></td><td class="lntd"><pre class="chroma"><code class="language-go" data-lang="go"><span class="line"><span class="cl">x := 1
</span></span><span class="line"><span class="cl">y := 2
</span></span></code></pre></td></tr></table></div></div>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range extractBetweenProse(t, tc.table).Sections {
				for _, b := range s.Blocks {
					if b.Type == Code || b.Type == Table {
						got = append(got, string(b.Type)+": "+b.Text)
					}
				}
			}
			if want := []string{"code: x := 1\ny := 2"}; !slices.Equal(got, want) {
				t.Errorf("blocks %q, want %q", got, want)
			}
		})
	}
}

// TestEmbeddedPlayers: a known player's or graphic's <iframe> (lazy or
// not), a <video> or an <audio> is an Embed block with its caption and title, and the
// fallback text inside a <video> is no text of the story; an <iframe> of
// anything else (an ad, a form) gives nothing. So do an AMP page's
// <amp-youtube>, <amp-video> and <amp-ad>. An Instagram or TikTok
// post's blockquote is an Embed of the post, its caption and credit the
// caption, without the embed code's "View this post on Instagram".
func TestEmbeddedPlayers(t *testing.T) {
	cases := []struct {
		name, html        string
		src, alt, caption string
	}{
		{"YouTube in a figure", `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper"><iframe title="Council meeting" src="https://www.youtube.com/embed/abc123?feature=oembed"></iframe></div><figcaption>The full meeting.</figcaption></figure>`,
			"https://www.youtube.com/embed/abc123?feature=oembed", "Council meeting", "The full meeting."},
		{"lazy Vimeo frame", `<p><iframe data-src="//player.vimeo.com/video/42" src="about:blank"></iframe></p>`, "https://player.vimeo.com/video/42", "", ""},
		{"player's own label", `<p><iframe title="YouTube video player" src="https://www.youtube.com/embed/xyz"></iframe></p>`, "https://www.youtube.com/embed/xyz", "", ""},
		{"video with sources", `<video controls poster="/v.jpg"><source src="/clips/v.mp4" type="video/mp4">Your browser cannot play this video.</video>`, "https://news.example/clips/v.mp4", "", ""},
		{"audio", `<audio controls src="/audio/interview.mp3"></audio>`, "https://news.example/audio/interview.mp3", "", ""},
		{"ad frame", `<iframe src="https://ads.example/slot?id=3"></iframe>`, "", "", ""},
		{"Datawrapper chart", `<iframe title="Bus ridership by route" aria-label="Column Chart" src="https://datawrapper.dwcdn.net/AbCd1/3/" height="400"></iframe>`, "https://datawrapper.dwcdn.net/AbCd1/3/", "Bus ridership by route", ""},
		{"Google map", `<iframe src="https://www.google.com/maps/embed?pb=!1m18" width="600" height="450"></iframe>`, "https://www.google.com/maps/embed?pb=!1m18", "", ""},
		{"AMP YouTube", `<amp-youtube data-videoid="abc123" layout="responsive" width="480" height="270"></amp-youtube>`, "https://www.youtube.com/embed/abc123", "", ""},
		{"AMP video", `<amp-video width="640" height="360" layout="responsive"><source src="/clips/v.mp4" type="video/mp4"></amp-video>`, "https://news.example/clips/v.mp4", "", ""},
		{"AMP ad", `<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/news"></amp-ad>`, "", "", ""},
		{"Instagram post", `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/B8pT/?utm_source=ig_embed" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/B8pT/?utm_source=ig_embed"><div><div>View this post on Instagram</div></div></a>` +
			`<p><a href="https://www.instagram.com/p/B8pT/?utm_source=ig_embed">The new bridge at dawn</a></p><p><a href="https://www.instagram.com/p/B8pT/?utm_source=ig_embed">A post shared by City Council (@citycouncil)</a></p></div></blockquote>`,
			"https://www.instagram.com/p/B8pT/", "", "The new bridge at dawn\nA post shared by City Council (@citycouncil)"},
		{"TikTok post", `<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@citycouncil/video/7123" data-video-id="7123"><section><a title="@citycouncil" href="https://www.tiktok.com/@citycouncil">@citycouncil</a><p>Bridge opening day</p></section></blockquote>`,
			"https://www.tiktok.com/@citycouncil/video/7123", "", "Bridge opening day"},
		{"TikTok post as its embed code writes it", `<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@citycouncil/video/7124" data-video-id="7124"><section><a target="_blank" title="@citycouncil" href="https://www.tiktok.com/@citycouncil">@citycouncil</a> Bus lanes explained in 60 seconds <a title="♬ original sound" href="https://www.tiktok.com/music/x">♬ original sound - citycouncil</a></section></blockquote>`,
			"https://www.tiktok.com/@citycouncil/video/7124", "", "@citycouncil Bus lanes explained in 60 seconds ♬ original sound - citycouncil"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractBetweenProse(t, tc.html)
			em, ok := firstOfType(a, Embed)
			if tc.src == "" {
				if ok {
					t.Errorf("embed from a frame that plays nothing: %+v", em)
				}
				return
			}
			if !ok || em.Src != tc.src || em.Alt != tc.alt || em.Text != tc.caption {
				t.Errorf("got %+v (found %v), want src %q alt %q caption %q", em, ok, tc.src, tc.alt, tc.caption)
			}
			if strings.Contains(a.Text, "cannot play") || strings.Contains(a.Text, "View this post") || tc.caption != "" && strings.Contains(a.Text, tc.caption) {
				t.Errorf("player's fallback or caption in the text: %q", a.Text)
			}
		})
	}
}

// TestQuoteLinks: a quote keeps the links in its text, as a paragraph
// does (an embedded post's link to itself, a cited source).
func TestQuoteLinks(t *testing.T) {
	a := extractBetweenProse(t, `<blockquote class="twitter-tweet"><p>The budget passed 7-2 tonight.</p>&mdash; City Desk (@citydesk) <a href="https://twitter.com/citydesk/status/123">May 1, 2024</a></blockquote>`)
	q, ok := firstOfType(a, Quote)
	want := []Link{{Text: "May 1, 2024", URL: "https://twitter.com/citydesk/status/123"}}
	if !ok || !slices.Equal(q.Links, want) {
		t.Errorf("quote %+v (found %v), want links %+v", q, ok, want)
	}
}

// TestRelatedNeedsAStoryLink: a related box's links that lead nowhere (a
// tab's "#", an e-mail address, a phone number, no href: a script's
// control) are no related stories; a story link and an archive's
// neutered "javascript:" link are.
func TestRelatedNeedsAStoryLink(t *testing.T) {
	box := `<div class="related-posts"><h3>Related stories</h3><ul>` +
		`<li><a href="#">Sir Edmund Hillary passes away at 88</a></li>` +
		`<li><a href="tel:+15551234">Call the newsroom about this story</a></li>` +
		`<li><a href="mailto:news@example.com">E-mail the newsroom about this story</a></li>` +
		`<li><a href="/2008/01/11/india-wins.html">India halts Australia's winning streak</a></li>` +
		`<li><a>Share this story to LinkedIn</a></li>` +
		`<li><a href="javascript:void(0)">Nuclear fallout spreads over the markets</a></li></ul></div>`
	a := extractNoFallback(t, `<html><body><article><p>`+prose+`</p><p>`+prose+`</p>`+box+`</article></body></html>`)
	var titles []string
	for _, r := range a.Related {
		titles = append(titles, r.Title)
	}
	want := []string{"India halts Australia's winning streak", "Nuclear fallout spreads over the markets"}
	if !slices.Equal(titles, want) {
		t.Errorf("related %q, want %q", titles, want)
	}
}

// TestNestedFigureGallery: WordPress's gallery block is a <figure> of
// <figure>s; every picture is a figure with its caption, and the
// gallery's own caption, naming the set, is no paragraph.
func TestNestedFigureGallery(t *testing.T) {
	a := extractBetweenProse(t, `<figure class="wp-block-gallery has-nested-images"><figure class="wp-block-image"><img src="/bridge.jpg" alt="Bridge"><figcaption>The old bridge</figcaption></figure>`+
		`<figure class="wp-block-image"><img src="/library.jpg" alt="Library"><figcaption>The new library site</figcaption></figure><figcaption class="blocks-gallery-caption">Sites in the budget</figcaption></figure>`)
	var got []string
	for _, s := range a.Sections {
		for _, bl := range s.Blocks {
			if bl.Type == Figure {
				got = append(got, bl.Src+" "+bl.Text)
			}
		}
	}
	want := []string{"https://news.example/bridge.jpg The old bridge", "https://news.example/library.jpg The new library site"}
	if !slices.Equal(got, want) {
		t.Errorf("figures %q, want %q", got, want)
	}
	if strings.Contains(a.Text, "Sites in the budget") {
		t.Errorf("the gallery's caption is in the text: %q", a.Text)
	}
}

// TestResponsiveCopiesOfAPicture: a responsive layout writes one picture
// twice, in two crops; the second copy goes. Pictures that share a file
// name but not their alt text are different pictures.
func TestResponsiveCopiesOfAPicture(t *testing.T) {
	cases := []struct {
		name, html string
		want       int
	}{
		{"two crops", `<figure><img src="/thumbor/2400x2400/uploads/DSC00889.jpg" alt="The headset on display"><figcaption>The headset.</figcaption></figure>` +
			`<figure><img src="/thumbor/2400x1600/uploads/DSC00889.jpg" alt="The headset on display"><figcaption>The headset.</figcaption></figure>`, 1},
		{"one file name, two pictures", `<figure><img src="/media/0447/master/4800.jpg" alt="A bin of small whale bones."></figure>` +
			`<figure><img src="/media/4168/master/4800.jpg" alt="The baleen recovered from a stomach."></figure>`, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractBetweenProse(t, tc.html)
			got := 0
			for _, s := range a.Sections {
				for _, bl := range s.Blocks {
					if bl.Type == Figure {
						got++
					}
				}
			}
			if got != tc.want {
				t.Errorf("%d figures, want %d: %+v", got, tc.want, a.Sections)
			}
		})
	}
}

// TestWordsAcrossElements: a word ending in lower case and a capitalised
// one after an element's end stand apart, as the page's style set them
// ("<span class="location-stamp">Hà Nội</span>Từ ngày"); a drop cap and
// a word split by markup stay whole.
func TestWordsAcrossElements(t *testing.T) {
	cases := []struct{ name, para, want string }{
		{"place stamp", `<span class="location-stamp">Hà Nội</span>Từ ngày 1/12, ba tuyến buýt điện mới sẽ nối sân bay Nội Bài với các quận Long Biên.`, "Hà Nội Từ ngày 1/12"},
		{"linked place before the story", `<a href="/ort/hamburg">Hamburg</a>Der Windturbinenhersteller hat einen neuen Auftrag über 40 Anlagen erhalten.`, "Hamburg Der Windturbinenhersteller"},
		{"drop cap", `<span class="dropcap">T</span>he council met on Tuesday to vote on the budget for the coming year.`, "The council met"},
		{"word split by emphasis", `The <em>over</em>whelming majority voted for the budget for the coming year.`, "overwhelming majority"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><body><article><h1>Budget passes</h1><p>"+tc.para+"</p><p>"+prose+"</p></article></body></html>")
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("text %q lacks %q", a.Text, tc.want)
			}
		})
	}
}

// TestSplitDateParts: a date line splits at its separators and before a
// comma's update, each part trimmed, none lost when one part becomes two.
func TestSplitDateParts(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Published May 1, 2024 · Updated May 2, 2024", []string{"Published May 1, 2024", "Updated May 2, 2024"}},
		{"Posted Wed 1 May 2024, updated Thu 2 May 2024 | Sam Roe", []string{"Posted Wed 1 May 2024", "updated Thu 2 May 2024", "Sam Roe"}},
		{"A, updated B | C, last updated D | E", []string{"A", "updated B", "C", "last updated D", "E"}},
		{"May 1, 2024", []string{"May 1, 2024"}},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			if got := splitDateParts(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("splitDateParts(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestListRoot: a list the content choice takes as a root of its own
// beside the body's box (a story's summary bullets above it) is read as
// a list, not as a run of paragraphs.
func TestListRoot(t *testing.T) {
	got := sectionsOfRoots(t, `<html><body><ul class="bullets"><li><strong>The council approved the budget</strong></li><li><strong>Two bridges get repaired</strong></li></ul><div><p>`+prose+`</p></div></body></html>`, atom.Ul, atom.Div)
	if len(got) == 0 || len(got[0].Blocks) == 0 || got[0].Blocks[0].Type != List || len(got[0].Blocks[0].Items) != 2 {
		t.Fatalf("sections = %+v, want the bullets as a list of two items first", got)
	}
	if !strings.Contains(bodyText(got), "council voted") {
		t.Errorf("body lost: %q", bodyText(got))
	}
}

// TestKickedTitleHeading: the headline element that holds the title after
// its kicker, an element of its own, opens the page, not a section; a
// heading whose own words run into the title's ("Video: …") stays.
func TestKickedTitleHeading(t *testing.T) {
	page := `<html><head><title>Energiewende in der Lausitz: Der Wärmepumpen-Betrieb, der aus der Kohle kam - DER SPIEGEL</title></head><body><article><h2><span class="block"><span>Energiewende in der Lausitz</span></span> <span>Der Wärmepumpen-Betrieb, der aus der Kohle kam</span></h2><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	a := extractString(t, page)
	if a.Title != "Der Wärmepumpen-Betrieb, der aus der Kohle kam" {
		t.Errorf("title = %q", a.Title)
	}
	if got := headingsOf(a); len(got) > 0 {
		t.Errorf("headings = %q, want none", got)
	}
	for _, tc := range []struct {
		heading, title string
		want           bool
	}{
		{`<h2><span>Energiewende in der Lausitz</span> <span>Der Betrieb</span></h2>`, "Der Betrieb", true},
		{`<h2>Video: Der Betrieb</h2>`, "Der Betrieb", false},
		{`<h2>Understanding <em>Der Betrieb</em></h2>`, "Der Betrieb", false},
	} {
		doc, err := html.Parse(strings.NewReader(tc.heading))
		if err != nil {
			t.Fatal(err)
		}
		var h *html.Node
		walk(doc, func(n *html.Node) bool {
			if h == nil && isElem(n, atom.H2) {
				h = n
			}
			return h == nil
		})
		if got := kickedTitle(h, rawText(h, nil), tc.title); got != tc.want {
			t.Errorf("kickedTitle(%s, %q) = %v, want %v", tc.heading, tc.title, got, tc.want)
		}
	}
}

// TestHeadingRoot: a subhead taken as a root of its own between two boxes
// of the body heads a section; as the first root it is the lead above the
// body, a paragraph.
func TestHeadingRoot(t *testing.T) {
	got := sectionsOfRoots(t, `<html><body><h2 class="dek">Fares begin to fall as carriers return</h2><div><p>`+prose+`</p></div><h2>What changes for travelers</h2><div><p>`+prose+`</p></div></body></html>`, atom.H2, atom.Div)
	var headings []string
	for _, s := range got {
		headings = append(headings, s.Heading)
	}
	if !slices.Equal(headings, []string{"", "What changes for travelers"}) {
		t.Errorf("headings = %q, want the lead's section and the subhead's", headings)
	}
	if len(got) == 0 || len(got[0].Blocks) == 0 || got[0].Blocks[0].Text != "Fares begin to fall as carriers return" {
		t.Errorf("first section = %+v, want the lead as its first paragraph", got)
	}
}

// TestDateLineWithUpdateTime: an unclassed line of the article's
// publication date and its update's time alone ("…, modifié à 15h10")
// repeats the article's dates and leaves the body.
func TestDateLineWithUpdateTime(t *testing.T) {
	page := `<html><head><meta property="article:published_time" content="2026-11-28T14:35:12+01:00"><meta property="article:modified_time" content="2026-11-28T15:10:47+01:00"></head><body><article><h1>Tempête Ingrid</h1><p>Publié le 28 novembre 2026 à 14h35, modifié à 15h10</p><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	a := extractString(t, page)
	if strings.Contains(a.Text, "Publié") {
		t.Errorf("date line left in body: %q", a.Text)
	}
}

// TestGlyphSubheads: a plain paragraph opened by a subhead glyph ("◇ …",
// Korean agencies) heads a section, beside the page's own headings too; a
// bullet line or a long one does not.
func TestGlyphSubheads(t *testing.T) {
	a := extractString(t, `<article><h1>Council passes the budget</h1><h2>Buses and bridges</h2><p>`+prose+`</p><p>◇ 보조금 상한 낮추고 성능별 차등 확대</p><p>`+prose+`</p><p>• one bullet line of the story</p><p>`+prose+`</p></article>`)
	got := headingsOf(a)
	if !slices.Equal(got, []string{"Buses and bridges", "보조금 상한 낮추고 성능별 차등 확대"}) {
		t.Errorf("headings = %q", got)
	}
}

// sectionsOfRoots builds the sections of page whose roots are the
// outermost elements of the given tags, in document order, as the content
// choice would hand them over.
func sectionsOfRoots(t *testing.T, page string, tags ...atom.Atom) []Section {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var roots []*html.Node
	walk(doc, func(n *html.Node) bool {
		if isElem(n, tags...) {
			roots = append(roots, n)
			return false
		}
		return true
	})
	p := newPage(context.Background(), &Options{})
	p.doc = doc
	return p.buildSections(roots)
}

// TestPhotoAsideKept: an <aside> that holds only the story's picture and
// its caption, inside the body, is the story's, not a sidebar.
func TestPhotoAsideKept(t *testing.T) {
	a := extractString(t, `<html><body><article><h1>Council passes the budget</h1><p>`+prose+`</p><aside class="inline inline-photo full"><figure><img src="https://cdn.example/vote.jpg" alt="The vote"><figcaption class="photoCaption">Council members vote on the budget late on Tuesday.</figcaption></figure></aside><p>`+prose+`</p><aside class="sidebar"><figure><img src="https://cdn.example/ad.jpg" alt=""></figure><p>Subscribe for one dollar a week and read <a href="/subscribe">every story</a>.</p></aside></article></body></html>`)
	caps := figuresOf(a, func(b Block) string { return b.Text })
	if !slices.Equal(caps, []string{"Council members vote on the budget late on Tuesday."}) {
		t.Errorf("figures %q, want the photo aside's alone", caps)
	}
}

// figuresOf lists one field of each of the article's figures, in order.
func figuresOf(a *Article, field func(Block) string) []string {
	var out []string
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == Figure {
				out = append(out, field(b))
			}
		}
	}
	return out
}

// TestPictureBoxesInTheText: a picture set with its caption in plain
// boxes between the paragraphs is a figure with that caption, however the
// page marks the caption; a lightbox class is no pop-up; a word or two
// beside a picture is no caption, and stays where it was.
func TestPictureBoxesInTheText(t *testing.T) {
	const caption = "A snowplow clears Interstate 90 near Worthington on Sunday."
	cases := []struct {
		name, box, caption string
	}{
		{"caption in a metadata box", `<div class="image_live-story"><div class="image__container"><picture><img src="https://cdn.example/plow.jpg" alt="A snowplow" width="780" height="438"></picture></div><div class="image_live-story__metadata"><div itemprop="caption" class="image__caption"><span>` + caption + `</span></div><figcaption class="image__credit">Minnesota DOT</figcaption></div></div>`, caption},
		{"caption in a span", `<div class="photo"><p class="withoutCaption"><img src="https://cdn.example/plow.jpg" alt="A snowplow" width="590" height="332"></p><span class="newsCaption">` + caption + `</span></div>`, caption},
		{"lightbox picture", `<div class="td-post-featured-image"><figure><a href="https://cdn.example/plow-big.jpg"><img class="entry-thumb td-modal-image" src="https://cdn.example/plow.jpg" alt="" width="696" height="464"></a><figcaption class="wp-caption-text">` + caption + `</figcaption></figure></div>`, caption},
		{"credited caption three levels into the box", `<div class="image"><img alt="A snowplow" class="image__image" src="https://cdn.example/plow.jpg"/><div class="image__source"><span class="image__source_text"><p>` + caption + ` Photo: Grid Brief reader Luis A.</p></span></div></div>`, caption + " Photo: Grid Brief reader Luis A."},
		{"German picture box, credit after the caption", `<div class="absatzbild columns twelve"><picture class="ts-picture"><img class="ts-image" src="https://cdn.example/plow.jpg" alt="A snowplow"></picture><div class="absatzbild__info"><p class="absatzbild__info__text">` + caption + `</p><span class="absatzbild__info__copyright">Bild: dpa</span></div></div>`, caption},
		{"uncaptioned figure, caption beside it", `<div class="ogm-image"><figure><img src="https://cdn.example/plow.jpg" alt="A snowplow"></figure><p class="acmDescription">` + caption + `</p></div>`, caption},
		{"section label over a picture", `<div class="multimedia"><div class="subsection">País</div><img src="https://cdn.example/plow.jpg" alt="" width="696" height="464"></div>`, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><body><article><h1>Blizzard shuts highways</h1><p>`+prose+`</p>`+tc.box+`<p>`+prose+`</p></article></body></html>`)
			var fig *Block
			for _, s := range a.Sections {
				for i, b := range s.Blocks {
					if b.Type == Figure {
						fig = &s.Blocks[i]
					}
					if b.Type == Paragraph && b.Text != prose && tc.caption != "" {
						t.Errorf("caption or label read as a paragraph: %q", b.Text)
					}
				}
			}
			if fig == nil || fig.Text != tc.caption {
				t.Errorf("figure = %+v, want one captioned %q", fig, tc.caption)
			}
		})
	}
}

// TestLinkAroundAPicture: a link that holds a picture before its words
// keeps those words as its text, once the picture has become a figure.
func TestLinkAroundAPicture(t *testing.T) {
	a := extractString(t, `<html><body><article><h1>Budget passes</h1><p>`+prose+`</p><p>`+prose+`</p>
<p>The plan follows <a href="https://news.example/plans"><img src="https://cdn.example/plan.jpg" alt="" width="600" height="400"> the mayor's transit plan</a>, which the council adopted last year.</p></article></body></html>`)
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			for _, l := range b.Links {
				if l.URL == "https://news.example/plans" && l.Text != "the mayor's transit plan" {
					t.Errorf("link text = %q, want the words after the picture", l.Text)
				}
			}
		}
	}
	if !strings.Contains(a.Text, "the mayor's transit plan") {
		t.Errorf("link's words lost: %q", a.Text)
	}
}

// TestBoldQuestionsOnModernPages: on a page made for phones a bold
// question is a lead-in the text keeps, unless it is set in capitals.
func TestBoldQuestionsOnModernPages(t *testing.T) {
	cases := []struct {
		name, bold string
		heading    bool
	}{
		{"question in capitals", "BİLET FİYATLARI NE KADAR OLACAK?", true},
		{"question in sentence case", "How much will tickets cost?", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><title>Council report</title><meta name="viewport" content="width=device-width"></head><body><article><p>`+prose+`</p><p><strong>`+tc.bold+`</strong></p><p>`+prose+`</p></article></body></html>`)
			if got := slices.Contains(headingsOf(a), tc.bold); got != tc.heading {
				t.Errorf("heading = %v, want %v: %q", got, tc.heading, headingsOf(a))
			}
		})
	}
}

// TestSiteSignOff: a closing line that only names the site or gives the
// desk's initials goes; one that says more stays.
func TestSiteSignOff(t *testing.T) {
	cases := []struct {
		name, end string
		kept      bool
	}{
		{"site's name closing the story", `<p>Vanguard News</p>`, false},
		{"a sentence naming the site", `<p>Vanguard News reported the strike first.</p>`, true},
		{"desk initials before a player", `<p>NAY/MA</p><iframe src="https://www.youtube.com/embed/x1"></iframe>`, false},
		{"the authors' names the byline gave", `<p>Дарья Ковалева, Игорь Латышев</p>`, false},
		{"the authors' names in another order", `<p>Игорь Латышев и Дарья Ковалева</p>`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><meta property="og:site_name" content="Vanguard News"><meta name="author" content="Дарья Ковалева, Игорь Латышев"></head><body><article><h1>Strike ends</h1><p>`+prose+`</p><p>`+prose+`</p>`+tc.end+`</article></body></html>`)
			if got := strings.Contains(a.Text, "Vanguard News") || strings.Contains(a.Text, "NAY/MA") || strings.Contains(a.Text, "Дарья"); got != tc.kept {
				t.Errorf("kept = %v, want %v: %q", got, tc.kept, a.Text)
			}
		})
	}
}
