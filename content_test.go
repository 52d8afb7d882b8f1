package newsextract

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestStorySplitIntoContentElements: a CMS that sets each part of the story
// in its own block, beside one long interview box, keeps the whole story;
// the long box alone must not win.
func TestStorySplitIntoContentElements(t *testing.T) {
	part := func(word string) string {
		return `<div class="media"><p>` + word + ` ` + prose + `</p><p>` + prose + `</p></div>`
	}
	interview := `<div class="accordion"><div class="panel"><div class="body"><div class="media">` +
		strings.Repeat(`<p>`+prose+` `+prose+`</p>`, 6) + `</div></div></div></div>`
	page := `<body><div class="detail"><h1>Big tasks for the new government</h1>` +
		part("Alpha.") + part("Bravo.") + part("Charlie.") + part("Delta.") + part("Echo.") + part("Foxtrot.") + part("Golf.") +
		interview + `</div><div class="sidebar"><a href="/a">Another story</a></div></body>`
	a := extractNoFallback(t, page)
	for _, w := range []string{"Alpha.", "Delta.", "Golf."} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("story part %q lost: %.200q", w, a.Text)
		}
	}
}

// TestStandfirstBeforeBody: the lead set in its own box just before the
// articleBody container joins the body; an author bio or a titled summary
// widget in that place does not.
func TestStandfirstBeforeBody(t *testing.T) {
	body := `<div itemprop="articleBody"><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p></div>`
	cases := []struct {
		name, box, text string
		kept            bool
	}{
		{"teaser box", `<div class="teaser-text"><p>The early 1970s are often linked with the birth of the modern environmental movement, and so is this institute.</p></div>`, "early 1970s", true},
		{"author bio", `<div class="author-box"><p>Anurag is an experienced journalist who has been covering tech for the past five years, with a focus on phones.</p></div>`, "experienced journalist", false},
		{"titled summary widget", `<div class="summary"><h3>Synopsis</h3><p>Coffee provides more than a morning energy boost; experts say its benefits come from antioxidants.</p></div>`, "morning energy boost", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<body><div class="article"><h1>Blue Marble, seen anew</h1>`+tc.box+body+`</div><div class="sidebar"><a href="/x">Other</a></div></body>`)
			if got := strings.Contains(a.Text, tc.text); got != tc.kept {
				t.Errorf("%q in body = %v, want %v: %.300q", tc.text, got, tc.kept, a.Text)
			}
		})
	}
}

// TestStreamedSegmentsPlaced checks that React's streamed segments, sent
// hidden after the footer, take their placeholders' places in the story,
// and that the loading fallback they replace goes.
func TestStreamedSegmentsPlaced(t *testing.T) {
	page := `<html><body><header><a href="/">Home</a></header><main><article><h1>How to invest in index funds</h1>
<p>` + prose + `</p><!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$-->
<p>The closing paragraph of the story comes last, after the streamed parts, as the reader sees it.</p></article></main>
<footer><p>Making the world smarter.</p></footer>
<div hidden id="S:0"><p>The second part arrives streamed: index funds track a market index and cost little to hold.</p><template id="P:1f"></template></div>
<div hidden id="S:1f"><p>The third part was nested in the second and keeps its place inside it, before the closing paragraph.</p></div>
</body></html>`
	a := extractString(t, page)
	second := strings.Index(a.Text, "The second part arrives")
	third := strings.Index(a.Text, "The third part was nested")
	closing := strings.Index(a.Text, "The closing paragraph")
	if second < 0 || third < second || closing < third {
		t.Errorf("segments out of place (second %d, third %d, closing %d): %q", second, third, closing, a.Text)
	}
	if strings.Contains(a.Text, "Loading paragraph") {
		t.Errorf("loading fallback left in: %q", a.Text)
	}
}

// TestStreamedFallbackWithoutComments: a page saved without its comments
// has no <!--/$--> to end a Suspense fallback; the short loading line
// right after the placeholder still goes, and a paragraph of the story
// that follows a placeholder without a fallback stays.
func TestStreamedFallbackWithoutComments(t *testing.T) {
	const closing = "The closing paragraph of the story comes last, after the streamed part, as the reader sees it."
	cases := []struct {
		name, fallback, gone string
	}{
		{"loading line", `<div>Loading paragraph...</div>`, "Loading paragraph"},
		{"no fallback", ``, ""},
	}
	const subhead = `<h2>Costs</h2><p>Index funds cost little to hold, since no manager picks the stocks in them.</p>`
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><main><article><h1>How to invest in index funds</h1><p>` + prose + `</p><template id="B:0"></template>` + tc.fallback + `<p>` + closing + `</p></article></main>` +
				`<div hidden id="S:0"><p>The second part arrives streamed: index funds track a market index and cost little to hold.</p></div></body></html>`
			a := extractString(t, page)
			if tc.gone != "" && strings.Contains(a.Text, tc.gone) {
				t.Errorf("fallback %q left in: %q", tc.gone, a.Text)
			}
			if !strings.Contains(a.Text, closing) || !strings.Contains(a.Text, "The second part arrives") {
				t.Errorf("story lost: %q", a.Text)
			}
			a = extractString(t, strings.Replace(page, `<p>`+closing, subhead+`<p>`+closing, 1))
			if !slices.ContainsFunc(a.Sections, func(s Section) bool { return s.Heading == "Costs" }) {
				t.Errorf("subhead after the placeholder lost: %+v", a.Sections)
			}
		})
	}
}

// TestStoryInSeveralKnownContainers: a story set in several
// div.story-body parts between boxes of related links keeps every part;
// a container of the same class farther away (a teaser in the footer)
// stays out.
func TestStoryInSeveralKnownContainers(t *testing.T) {
	part := func(n int, first, second string) string {
		return `<div class="story-body-supplemental"><div class="story-body story-body-` + strconv.Itoa(n) + `"><p class="story-body-text">` + first + `</p><p class="story-body-text">` + second + `</p></div>` +
			`<div class="supplemental"><aside class="marginalia"><h2>Related Coverage</h2><ul><li><a href="/a">Another story on the deal</a></li></ul></aside></div></div>`
	}
	page := `<html><body><main><article id="story"><header><h1>The sale leaves shareholders with questions</h1></header>` +
		part(1, "The sale of the web company to the carrier is a complicated beast, showing how deal structures affect shareholders.", prose) +
		part(2, "In the second step, at the closing, the company will sell the stock of the subsidiary to the buyer for cash.", strings.Repeat(strings.Replace(prose, "council", "board", 1)+" ", 4)) +
		`</article></main><footer><div class="story-body"><p>Subscribe to our newsletter for a digest of the day's most important business stories.</p></div></footer></body></html>`
	a := extractNoFallback(t, page)
	checkText(t, a.Text, []string{"complicated beast", "council voted", "at the closing", "board voted"}, []string{"Subscribe to our newsletter", "Another story on the deal"})
}

// TestNeighbourArticleStaysOut: beside the story's <article>, another
// <article> with prose of its own (the next story of an endless page) is
// a second story, not a part of the first.
func TestNeighbourArticleStaysOut(t *testing.T) {
	next := `<article class="post"><h2>Bridge repairs start in May</h2><p>Work on the two bridges the budget funds starts in May and will close one lane on each for the summer months.</p></article>`
	page := `<html><body><main><div class="stream"><article class="post"><h1>Council passes the budget</h1>` + strings.Repeat(`<p>`+prose+`</p>`, 4) + `</article>` + next + `</div></main></body></html>`
	a := extractNoFallback(t, page)
	if !strings.Contains(a.Text, "council voted") || strings.Contains(a.Text, "close one lane") {
		t.Errorf("body %q: want the story without the next one", a.Text)
	}
}

// TestEndlessPageStories: an endless page appends the next stories as the
// reader scrolls, each a whole <article> under its own headline, and a
// saved copy holds them all. The story the page's title names is the
// article, whichever is longer; a page whose title names none of them (a
// blog's front page) keeps every entry, a story whose sections are
// articles under h2s keeps them, and a teaser box that repeats the
// headline is not the story.
func TestEndlessPageStories(t *testing.T) {
	entry := func(headline, word string, paragraphs int) string {
		return `<article class="post"><header><h1 class="entry-title">` + headline + `</h1><p class="byline">By Jane Doe</p></header>` +
			`<div class="entry-content">` + strings.Repeat(`<p>`+word+` `+prose+`</p>`, paragraphs) + `</div></article>`
	}
	page := func(title, stories string) string {
		return `<html><head><title>` + title + `</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
			`<main>` + stories + `</main><footer><p>© Daily Example</p></footer></body></html>`
	}
	budget, bridges := entry("Council passes the budget", "Budgetary.", 3), entry("Bridge repairs start in May", "Bridgework.", 5)
	cases := []struct {
		name, page string
		keep, drop []string
	}{
		{"next story longer", page("Council passes the budget | Daily Example", budget+bridges), []string{"Budgetary."}, []string{"Bridgework."}},
		{"title names the later story", page("Bridge repairs start in May - Daily Example", budget+bridges), []string{"Bridgework."}, []string{"Budgetary."}},
		{"front page of a blog", page("Daily Example", budget+bridges), []string{"Budgetary.", "Bridgework."}, nil},
		{"sections set as articles", page("Council passes the budget", budget+`<article><h2>What the bridges get</h2>`+strings.Repeat(`<p>Sectional. `+prose+`</p>`, 4)+`</article>`), []string{"Budgetary.", "Sectional."}, nil},
		{"teaser repeating the headline", page("Council passes the budget", `<article><h2><span class="kicker">City hall</span> Council passes the budget</h2>`+strings.Repeat(`<p>Budgetary. `+prose+`</p>`, 4)+`</article>`+
			`<article class="teaser"><h2><a href="/budget">Council passes the budget</a></h2><p>Teaser. The vote came late.</p></article>`), []string{"Budgetary."}, nil},
		{"entry without a headline", page("Council passes the budget", budget+`<article><div>`+strings.Repeat(`<p>Untitled. `+prose+`</p>`, 4)+`</div></article>`), []string{"Budgetary."}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkText(t, extractNoFallback(t, tc.page).Text, tc.keep, tc.drop)
		})
	}
}

// TestForumThreadPosts: on a page that declares itself a forum thread
// (schema.org DiscussionForumPosting), the posts set side by side in
// <article>s are together the text, without each poster's card, the
// reaction bars or a quote's "Click to expand..."; on a news page the
// longest <article> is the story and its neighbours are other stories
// (TestNeighbourArticleStaysOut).
func TestForumThreadPosts(t *testing.T) {
	post := func(author, text, extra string) string {
		return `<article class="message message--post" data-author="` + author + `"><div class="message-cell message-cell--user">` +
			`<section itemscope itemtype="https://schema.org/Person" class="message-user"><h4 class="message-name">` + author + `</h4><h5 itemprop="jobTitle">Forum regular</h5>` +
			`<dl><dt>Member since</dt><dd>June 28, 2014</dd></dl><dl><dt>Posts</dt><dd>2,206</dd></dl></section></div>` +
			`<div class="message-cell message-cell--main"><article class="message-body"><div class="bbWrapper">` + text + extra + `</div></article>` +
			`<div class="reactionsBar"><ul class="reactionSummary"><li>x3</li></ul> Ann, Bo and 1 other person</div></div></article>`
	}
	quote := `<blockquote class="bbCodeBlock"><div class="bbCodeBlock-title">Pepemaus said:</div><div class="bbCodeBlock-content">Every night?</div><div class="bbCodeBlock-expandLink"><a>Click to expand...</a></div></blockquote>`
	posts := post("Pepemaus", "Every night Pepe brings a cup of dirt home in his coat, sand and dry grass mostly, and leaves it on my pillow by the window.", "") +
		post("yellowkitty", "Mine does the same in autumn. Brushing him twice a week outside keeps most of it out of the house, and he has come to like it. "+strings.Repeat(prose+" ", 6), quote) +
		post("Lov100", "Long-haired cats carry in whatever they lie on. Look at his ears too: mites leave a dark crumbly dirt that looks much the same.", "")
	for _, tc := range []struct {
		name, ldType string
		thread       bool
	}{
		{"forum thread", "DiscussionForumPosting", true},
		{"news page", "NewsArticle", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"` + tc.ldType + `","headline":"Pepe brings dirt home"}</script></head>` +
				`<body><h1>Pepe brings dirt home</h1><div class="block-body">` + posts + `</div><footer><p>About us: since 2006 cat owners have helped each other here.</p></footer></body></html>`
			a := extractNoFallback(t, page)
			if !strings.Contains(a.Text, "twice a week") {
				t.Fatalf("longest post lost: %q", a.Text)
			}
			for _, other := range []string{"cup of dirt", "mites leave"} {
				if got := strings.Contains(a.Text, other); got != tc.thread {
					t.Errorf("%q in body = %v, want %v: %q", other, got, tc.thread, a.Text)
				}
			}
			if !tc.thread {
				return
			}
			for _, gone := range []string{"Member since", "2,206", "x3", "1 other person", "Click to expand"} {
				if strings.Contains(a.Text, gone) {
					t.Errorf("%q in body: %q", gone, a.Text)
				}
			}
		})
	}
}

// TestStoryCutByFigures: a story whose parts sit in deep CMS blocks
// between figures, under a wrapper that holds nothing but them, keeps
// every part, not only the longest block.
func TestStoryCutByFigures(t *testing.T) {
	block := func(word string, n int) string {
		return `<div class="acf-content"><section class="outer"><div class="flex-auto"><div class="section"><div class="post__content">` +
			`<p>` + word + ` ` + prose + `</p>` + strings.Repeat(`<p>`+prose+`</p>`, n) + `</div></div></div></section></div>`
	}
	figure := `<div class="acf-content"><figure><img src="/i.jpg" alt=""><figcaption>Fetter and Hamilton</figcaption></figure></div>`
	page := `<body><nav><a href="/">Home</a> <a href="/physics">Physics</a></nav><div id="postBody">` +
		block("Alpha.", 6) + figure + block("Bravo.", 9) + figure + block("Charlie.", 5) + `</div><footer><a href="/about">About</a></footer></body>`
	a := extractNoFallback(t, page)
	for _, w := range []string{"Alpha.", "Bravo.", "Charlie."} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("story part %q lost: %.200q", w, a.Text)
		}
	}
}

// TestMathFormulaText checks that a MathJax 3 formula keeps its MathML
// text (its glyphs are CSS only) despite the context-menu class MathJax
// adds, and that a formula with a TeX annotation reads as that TeX alone,
// not as its MathML glyphs too.
func TestMathFormulaText(t *testing.T) {
	page := `<body><article><h1>Samples</h1><p>` + prose + `</p><p>When <mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math><mjx-mi><mjx-c class="mjx-c1D44E"></mjx-c></mjx-mi></mjx-math><mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>, there are two solutions.</p>
<p>Also <math><semantics><mi>x</mi><annotation encoding="application/x-tex">\displaystyle x</annotation></semantics></math> stays.</p><p>` + prose + `</p></article></body>`
	a := extractNoFallback(t, page)
	if !strings.Contains(a.Text, "a ≠ 0") && !strings.Contains(a.Text, "a≠0") {
		t.Errorf("formula text lost: %q", a.Text)
	}
	if !strings.Contains(a.Text, `Also $\displaystyle x$ stays.`) {
		t.Errorf("formula not read as its TeX: %q", a.Text)
	}
}

// TestWriteupsInTableRows checks that a page of several writeups laid out
// as table rows, each body a cell of the same class under a row naming
// its author, reads as one article with every writeup, and that a cell
// of another class (a sidebar of links) stays out.
func TestWriteupsInTableRows(t *testing.T) {
	writeup := func(author, word string, n int) string {
		return `<tr><td>(<a href="/idea">idea</a>) by <a href="/u/` + author + `">` + author + `</a> (<a href="/print">print</a>) ` +
			`<a href="/vote/up">I like it!</a> <a href="/vote/down">I don't like it</a> <a href="/cool">Cool this writeup</a> <a href="/msg">Message the author</a></td></tr>` +
			`<tr><td class="writeup_text"><p>` + word + `</p>` + strings.Repeat(`<p>`+prose+` See <a href="/node/union">union</a> and <a href="/node/set">set</a>.</p>`, n) + `</td></tr>`
	}
	page := `<body><table><tr><td><a href="/">Everything</a> <a href="/new">New writeups</a></td></tr>` +
		writeup("pingouin", "Alpha.", 1) + writeup("Cogito", "Bravo.", 8) + writeup("novasoy", "Charlie.", 2) +
		`<tr><td class="sidebar-links">Charlie's other writeups: <a href="/a">Sets</a>, <a href="/b">Unions and intersections of regular languages</a></td></tr></table></body>`
	a := extractNoFallback(t, page)
	checkText(t, a.Text, []string{"Alpha.", "Bravo.", "Charlie."}, []string{"other writeups"})
}

// TestBreakSeparatedParagraphsScore checks that running text set in a
// table cell with <br><br> between paragraphs scores as that many
// paragraphs: read as one block, it lost to a box of two short <p>s.
func TestBreakSeparatedParagraphsScore(t *testing.T) {
	para := "The dynasty presided over a rough tripling of the population between 1680 and 1820 alone."
	main := `<td>Alpha. ` + strings.Repeat(para+"<br><br>", 8) + `</td>`
	side := `<td><table><tr><td><div class="box"><p>Myths abound about the size of families in the empire, says one historian.</p>` +
		`<p>Families were in fact smaller than the legend, and births per woman fewer than in Europe.</p>` +
		`<p>Marriage came later in hard times, and farms were divided among fewer heirs than thought.</p>` +
		`<p>Court records, the tax rolls and the clan books tell the same story for the whole period.</p></div></td></tr></table></td>`
	nav := `<td><a href="/1">Population</a> <a href="/2">Trade and the economy</a> <a href="/3">Frontiers</a> <a href="/4">Religion and thought</a> <a href="/5">Teaching resources</a></td>`
	a := extractNoFallback(t, `<body><table><tr>`+nav+main+side+`</tr></table></body>`)
	if !strings.Contains(a.Text, "Alpha.") {
		t.Errorf("the article cell lost to the box: %.200q", a.Text)
	}
}

// TestListOfEntriesWhole checks that a page whose prose is a list of
// entries (a columnist's index) reads as the whole list, not as its
// longest entry and the few siblings that score near it.
func TestListOfEntriesWhole(t *testing.T) {
	entry := func(title, text string) string {
		return `<li><a href="/c/` + title + `"><b>` + title + `</b></a><p>` + text + `</p><span><a href="/c/` + title + `#comments">Post a comment</a></span></li>`
	}
	page := `<body><div id="leftrail"><a href="/">Home</a> <a href="/sports">Sports</a></div><div id="centerrail"><h1>Columns</h1><ul class="list">` +
		entry("Alpha", "Benched receiver makes a quick exit, but his teammate has lots to get off his chest after a long and frustrating loss.") +
		entry("Bravo", "After tearing the tendons in both knees, he can barely walk but is determined to play again next year.") +
		entry("Charlie", "The coach insists it is only a bruise.") +
		entry("Delta", "Tickets go on sale.") +
		entry("Echo", "Snow is forecast for the weekend game, the first in years.") +
		`</ul></div></body>`
	a := extractNoFallback(t, page)
	for _, w := range []string{"Benched receiver", "tearing the tendons", "only a bruise", "Tickets go on sale", "Snow is forecast"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("entry %q lost: %q", w, a.Text)
		}
	}
}

// TestParagraphsWrappedInFont checks that paragraphs whose text sits in a
// <font> (old CMS output, common on non-English sites) score for the cell
// that holds them all, as bare paragraphs would, and outweigh one long
// disclaimer cell.
func TestParagraphsWrappedInFont(t *testing.T) {
	para := func(s string) string { return `<p align="justify"><font size="3">` + s + `</font></p>` }
	article := `<td>` +
		para("The fund house said the market regulator, not the police, should handle cases that concern investments in its schemes.") +
		para("In a report sent to unit holders on Monday it said it respected every statutory authority, including the police unit.") +
		para("Last week the police registered a case alleging that three hundred thousand investors had been cheated by the closures.") +
		`</td>`
	disclaimer := `<td>* Quotes delayed by 10 minutes or more. All information is provided on an "as is" basis for information only ` +
		`and readers should consult a financial adviser or broker to verify its accuracy and recency before taking any decision. ` +
		`While due diligence is done before uploading the data, neither the publisher, its site nor any service provider is ` +
		`responsible for any loss or damage arising from the use of this information or from any delay in it.</td>`
	a := extractNoFallback(t, `<body><table><tr><td><table><tr>`+article+`</tr></table></td></tr></table><table><tr>`+disclaimer+`</tr></table></body>`)
	if !strings.Contains(a.Text, "unit holders") || strings.Contains(a.Text, "due diligence") {
		t.Errorf("the disclaimer won over the article: %.300q", a.Text)
	}
}

// TestRepeatedUnits checks a how-to cut into sibling step boxes of one
// class, whose short steps score too little to join the long intro one
// by one: every step is kept, with the headings between boxes, while a
// run of teaser cards of the same class after them is not.
func TestRepeatedUnits(t *testing.T) {
	step := func(n, text string) string {
		return `<div class="mod step"><div class="stepContent"><div class="content"><h3>Step ` + n + `</h3><p>` + text + `</p></div><figcaption>Photo ` + n + ` (Lucy Akins)</figcaption></div></div>`
	}
	teaser := func(n string) string {
		return `<div class="mod step"><h3><a href="/related/` + n + `">Another craft you might like, number ` + n + `</a></h3></div>`
	}
	page := `<body><h1>How to make a cloche terrarium</h1><div class="col-main">` +
		`<div class="mod step"><div class="stepContent"><div class="content">` + strings.Repeat(`<p>`+prose+`</p>`, 2) + `</div></div></div>` +
		step("1", "Measure the cloche and cut the foam a little smaller.") +
		`<h2>Planting</h2>` +
		step("2", "Insert your plant into the hole.") +
		step("3", "You can add various plants if you wish.") +
		step("4", "Gently place the cloche over the oasis.") +
		teaser("1") + teaser("2") + teaser("3") +
		`</div></body>`
	a := extractNoFallback(t, page)
	checkText(t, a.Text, []string{"cut the foam", "Planting", "Insert your plant", "various plants", "Gently place"}, []string{"Another craft"})
}

// TestStrayScriptIsNotProse checks that a script body left loose in
// <body> (its <script> tag swallowed by a broken attribute) does not make
// <body> a block of running text whose score takes in the whole page,
// link columns and all.
func TestStrayScriptIsNotProse(t *testing.T) {
	script := `'); } else { if ( CheckString('mozilla', str) ) { document.write('link'); } else { document.write(''); } var n = 0; n = n + 1; x = "y"; z = "w"; `
	links := `<table><tr><td><a href="/homes/">Homes</a></td></tr><tr><td><a href="/motors/">Motors</a></td></tr><tr><td><a href="/notices/">Family notices</a></td></tr><tr><td><a href="/shop/">Shopping channel</a></td></tr></table>`
	story := `<table><tr><td>` + strings.Repeat(`<p>`+prose+`</p>`, 4) + `<p>Skrtel is now waiting for the deal to be approved, with terms agreed.</p></td></tr></table>`
	a := extractNoFallback(t, `<body>`+script+strings.Repeat(script, 2)+`<table><tr><td>`+links+`</td><td>`+story+`</td></tr></table></body>`)
	checkText(t, a.Text, []string{"Skrtel"}, []string{"CheckString", "Family notices"})
}

// TestArticleInTableParts checks a transcript set as a table of parts:
// each part's paragraphs in a cell of one template beside a pull quote,
// subheads in the rows between. Every part is the body, subheads
// included; cells of another shape (a comment policy) are not.
func TestArticleInTableParts(t *testing.T) {
	part := func(text string) string {
		return `<tr><td width="351"><p>` + text + `</p><p>` + prose + `</p></td><td width="112"><img src="/pq.gif"></td></tr>`
	}
	subhead := func(text string) string {
		return `<tr><td colspan="2"><font size="+1"><b>` + text + `</b></font></td></tr>`
	}
	page := `<body><table>` +
		subhead("Government control of the country") + part("RAY SUAREZ: How much of this large country does the government control?") +
		subhead("The Lusaka accord") + part("FAIDA MITIFU: I believe it is because the accord has many flaws in it, as journalists said when it was signed.") +
		`<tr><td><p>We will not post comments containing attacks, slander or profanity of any kind.</p><p>Log in to comment, or sign up for an account with us today.</p></td></tr>` +
		`</table></body>`
	a := extractNoFallback(t, page)
	checkText(t, a.Text, []string{"How much of this large country", "The Lusaka accord", "many flaws"}, []string{"slander"})
}

// checkText fails t for each keep snippet missing from text and each drop
// snippet found in it.
func checkText(t *testing.T, text string, keep, drop []string) {
	t.Helper()
	for _, k := range keep {
		if !strings.Contains(text, k) {
			t.Errorf("%q lost: %.300q", k, text)
		}
	}
	for _, d := range drop {
		if strings.Contains(text, d) {
			t.Errorf("%q in the body: %.300q", d, text)
		}
	}
}

// TestTablePerSection: an old page that sets each part of its text in a
// one-row table of its own, side by side under <body>, keeps every part,
// not only the longest table.
func TestTablePerSection(t *testing.T) {
	table := func(name, text string) string {
		return `<table width="100%"><tr><td><font size="3"><b>` + name + `.</b> ` + text + `</font></td></tr></table>`
	}
	page := `<body>` + table("Silly cow", "Sidney and his wife Flora were sitting in a restaurant eating, and the cow, who had said nothing all evening, ordered dessert for all three of them.") +
		table("Word play", prose+" "+prose) +
		table("Fish feast", "A shoal of fish were enjoying a swim when the fish at X decided to eat the five fish, moving only along the lines, visiting each place once.") +
		`<table><tr><td><a href="/">Home</a> <a href="/links">Links</a></td></tr></table></body>`
	a := extractNoFallback(t, page)
	for _, w := range []string{"Silly cow", "Word play", "Fish feast"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("part %q lost: %.300q", w, a.Text)
		}
	}
	if strings.Contains(a.Text, "Links") {
		t.Errorf("navigation table kept: %.300q", a.Text)
	}
}

// TestSecondOpinionCost: a page whose headings nest around its text is too
// costly for go-readability's second opinion; an article of the usual
// shape, headings and all, is not.
func TestSecondOpinionCost(t *testing.T) {
	links := strings.Repeat(`<span><a href="/s/1">Story one</a></span>`, 1000)
	cases := []struct {
		name string
		page string
		want bool
	}{
		{"headings nested around links", `<html><body>` + strings.Repeat(`<h2><div>`, 100) + links + strings.Repeat(`</div></h2>`, 100) + `</body></html>`, true},
		{"an article with sections", `<html><body><article><h1>The Story</h1>` + strings.Repeat(`<h2>Part</h2><p>`+prose+`</p>`, 50) + `</article></body></html>`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := cleanedPage(t, tc.page)
			p.chooseContent()
			if got := p.secondOpinionTooCostly(); got != tc.want {
				t.Errorf("secondOpinionTooCostly() = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestLeadAboveBody checks that a lead set apart above the body
// container, in the article's header or a box before the text, opens the
// body, one short sentence and a subtitle set in a heading included; and
// that an author's bio classed as an excerpt, the breadcrumb beside a
// lead, a teaser card with its own heading, the headline or a picture's
// caption in a box classed as the lead, another story's teaser link and a
// teaser's copy of the opening paragraph stay out.
func TestLeadAboveBody(t *testing.T) {
	const lead = "Since December a firm has sent hundreds of warnings over pictures used under a free licence, and the people it writes to are worried: most of them took the pictures from a free archive and credited the photographer as they were asked to."
	body := `<p>` + prose + `</p><p>` + prose + `</p>`
	links := `<div class="more">` + strings.Repeat(`<p><a href="/other">Another story of the day, in brief</a></p>`, 12) + `</div>`
	header := func(box string) string {
		return `<html><body><main><article><h1>How the Sea Walls of Harbourtown Failed</h1>` + box + `<div class="byline">By Jo Bloggs</div>` +
			`<div class="share"><a href="https://twitter.com/share">Share</a></div><div class="article-body">` + body + `</div></article></main></body></html>`
	}
	cases := []struct {
		name, page string
		keep, drop []string
	}{
		{"excerpt in the article's header", `<html><body><main><article><header class="entry-header"><h1>The Story</h1><div class="byline">By Jo Bloggs, 2 May</div><div class="entry-excerpt"><p>` + lead + `</p></div></header><div class="entry-content">` + body + `</div>` + links + `</article></main></body></html>`,
			[]string{lead}, nil},
		{"lead box beside a breadcrumb, body deeper down", `<html><body><section><article><div class="intro"><div class="ariane"><p class="arbo">Accueil › Militaire</p></div><div class="chapo"><div><p>` + lead + `</p></div></div></div><div class="entry-content"><div class="row"><div><div class="article_texte">` + body + `</div>` + links + `</div></div></div></article></section></body></html>`,
			[]string{lead}, []string{"Accueil"}},
		{"author's bio classed as an excerpt", `<html><head><meta name="author" content="Anurag Singh"></head><body><main><article><div class="header-data"><div class="article-meta">By Anurag Singh</div><div class="with-excerpt">Anurag is an experienced journalist and author who has been covering tech for the past five years, with a focus on phones.</div></div><div class="entry-content">` + body + `</div></article></main></body></html>`,
			nil, []string{"experienced journalist"}},
		{"teaser card with a heading", `<html><body><main><div class="teaser"><h3>Another story</h3><p>` + lead + `</p></div><div class="entry-content">` + body + `</div></main></body></html>`,
			nil, []string{lead}},
		{"one-sentence standfirst", header(`<p class="standfirst">Thousands evacuated as sea walls fail.</p>`), []string{"Thousands evacuated as sea walls fail."}, nil},
		{"summary named by its id", header(`<p id="article-summary">Chemists are chasing cheaper, safer cells for electric cars and the grid.</p>`), []string{"Chemists are chasing"}, nil},
		{"subtitle set in a heading", header(`<h3 class="subtitle">Cities that tore up their tracks are laying them again</h3>`), []string{"Cities that tore up their tracks are laying them again"}, nil},
		{"headline again in the lead's box", header(`<div class="article-lead">How the Sea Walls of Harbourtown Failed</div>`), nil, []string{"How the Sea Walls of Harbourtown Failed"}},
		{"caption of the lead picture", header(`<figure class="lead-image"><img src="/flood.jpg" alt=""><figcaption>Residents wade through a flooded street in Harbourtown.</figcaption></figure>`), nil, []string{"Residents wade"}},
		{"another story's teaser link", header(`<a href="/lobster"><div class="teaser-text">Fine dishes made right: how to cook a lobster</div></a>`), nil, []string{"lobster"}},
		{"teaser's copy of the opening", header(`<p class="teaser-text">` + prose[:60] + `</p>`), nil, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, tc.page)
			checkText(t, a.Text, append(tc.keep, "council voted"), tc.drop)
			if n := strings.Count(a.Text, "council voted"); n != 2 {
				t.Errorf("the body's two paragraphs stand %d times: %.300q", n, a.Text)
			}
			if len(tc.keep) > 0 && !strings.HasPrefix(a.Text, tc.keep[0]) {
				t.Errorf("the lead does not open the body: %.120q", a.Text)
			}
		})
	}
}

// TestBoxDeepInLayoutTables: a sidebar box nested many layout tables deep
// beside the story's cell, with a little more prose than the story, does
// not win alone. The wrappers between the box and the row holding both add
// no text; they are no reason to stop looking up for the whole story.
func TestBoxDeepInLayoutTables(t *testing.T) {
	nest := func(inner string, depth int) string {
		for range depth {
			inner = `<table><tr><td>` + inner + `</td></tr></table>`
		}
		return inner
	}
	story := `Alpha. ` + prose + `<br><br>` + prose + `<br><br>` + prose
	box := nest(`Bravo. `+prose+`<br><br>`+prose+`<br><br>`+prose+`<br><br>`+prose, 4)
	page := `<body><table><tr><td><a href="/">Home</a></td></tr></table><table><tr>` +
		`<td width="540">` + story + `</td><td width="212">` + box + `</td></tr></table></body>`
	a := extractNoFallback(t, page)
	if !strings.Contains(a.Text, "Alpha.") {
		t.Errorf("story cell lost to the box beside it: %.200q", a.Text)
	}
}

// TestStoryCellWithoutItsColumn: a story set as bare text in a layout
// table's cell scores its row; the row's other cell, a column of short
// lines and links, stays out, while a cell with prose beside it stays in.
func TestStoryCellWithoutItsColumn(t *testing.T) {
	story := `<td class="main"><b>Mill reopens</b><br><br>` + prose + `<br><br>` + prose + `<br><br>` + prose + `</td>`
	column := `<td><b>Weather</b><br>Sunny, 54F<br><br><b>Links</b><br><a href="/o">Obituaries</a><br><a href="/c">Classifieds</a></td>`
	a := extractNoFallback(t, `<body><table><tr>`+story+column+`</tr></table></body>`)
	if !strings.Contains(a.Text, "Mill reopens") || strings.Contains(a.Text, "Sunny") {
		t.Errorf("want the story cell alone: %q", a.Text)
	}
	note := `<td>Note. The mill's owner has asked readers to send their memories of the old warehouse to the paper.</td>`
	a = extractNoFallback(t, `<body><table><tr>`+story+note+`</tr></table></body>`)
	if !strings.Contains(a.Text, "Note.") {
		t.Errorf("prose beside the story cell lost: %q", a.Text)
	}
}

// TestSecondOpinionKeepsOurVerdicts: go-readability's body, read from its
// copies of our elements, leaves out what our cleaning took out (a
// breadcrumb trail inside the article); when that leaves too little, its
// body is taken whole, a rescue of text our rules took by mistake.
func TestSecondOpinionKeepsOurVerdicts(t *testing.T) {
	cases := []struct {
		name, page, probe string
		kept              bool
	}{
		{"furniture stays out", `<html><body><article><div class="breadcrumb"><ul><li><a href="/">Home</a></li><li><a href="/culture">Coffee Culture</a></li></ul></div>` +
			strings.Repeat("<p>"+prose+"</p>", 4) + `</article></body></html>`, "Coffee Culture", false},
		{"rescue of a dropped body", `<html><body><article><div class="story">` +
			strings.Repeat("<p>Rescued. "+prose+"</p>", 4) + `</div></article></body></html>`, "Rescued.", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := cleanedPage(t, tc.page)
			walk(p.doc, func(n *html.Node) bool {
				if attr(n, "class") == "story" {
					p.verdicts[n] = verdict{kindDrop, "a rule's mistake"} // the whole story judged out
				}
				return true
			})
			p.secondOpinion(contentChoice{unsure: true}) // a choice that found nothing
			text := bodyText(p.art.Sections)
			if len(p.art.Sections) == 0 {
				t.Fatalf("no second opinion taken")
			}
			if got := strings.Contains(text, tc.probe); got != tc.kept {
				t.Errorf("%q in body = %v, want %v: %.300q", tc.probe, got, tc.kept, text)
			}
		})
	}
}

// cleanedPage loads page and runs the stages up to cleaning, for tests of
// the stages after it.
func cleanedPage(t *testing.T, page string) *page {
	t.Helper()
	p := newPage(context.Background(), &Options{})
	if err := p.load([]byte(page)); err != nil {
		t.Fatal(err)
	}
	p.readMetadata()
	p.clean()
	return p
}

// TestShortCJKArticleIsSure: three paragraphs of a Korean news brief are
// an article, sure enough that go-readability is not asked, whose whole
// read would bring back the date line and the rights notice our rules
// took out. A Korean character weighs as a short word against the
// lengths a paragraph and an article need.
func TestShortCJKArticleIsSure(t *testing.T) {
	page := `<html lang="ko"><body><div class="article_head"><h1>서울시, 내년부터 심야버스 노선 확대</h1>
<div class="info"><span class="reporter">김민수 기자</span><span class="date">입력 2025.11.28 14:32</span><span class="date">수정 2025.11.29 09:10</span></div></div>
<div id="article_body" class="article_body">
<p>서울시가 내년 1월부터 심야버스 노선을 현재 14개에서 20개로 늘린다고 28일 밝혔다. 늘어나는 노선은 주로 외곽 주거지와 도심을 잇는 구간이다.</p>
<p>시는 최근 심야 시간대 택시 승차난이 이어지면서 대중교통 수요가 크게 늘었다고 설명했다. 새 노선은 자정부터 새벽 5시까지 운행한다.</p>
<p>한 시민은 "늦게 퇴근하는 날이 많아 반가운 소식"이라고 말했다.</p>
<p class="copyright">김민수 기자 minsu@hanbit.example<br>&lt;저작권자 © 한빛일보, 무단 전재 및 재배포 금지&gt;</p>
</div></body></html>`
	a := extractString(t, page)
	for _, leak := range []string{"입력", "재배포"} {
		if strings.Contains(a.Text, leak) {
			t.Errorf("%q back in the body: %q", leak, a.Text)
		}
	}
	if !strings.Contains(a.Text, "반가운 소식") {
		t.Errorf("story's last paragraph lost: %q", a.Text)
	}
}

// TestLeadFigureAbove: the picture set just above the story's body, as
// its previous sibling, is the story's; one further up, under other
// blocks, is not read.
func TestLeadFigureAbove(t *testing.T) {
	fig := `<figure class="c-media-item"><img src="https://cdn.example/reservoir.jpg" alt="A dry reservoir bed"><figcaption>The reservoir stood at 18% of capacity in October.</figcaption></figure>`
	body := `<article class="b-article-body"><p>` + prose + `</p><p>` + prose + `</p></article>`
	cases := []struct {
		name, page string
		want       bool
	}{
		{"figure right above the body", `<main><div class="c-stack"><h1>Water plan approved</h1>` + fig + body + `</div></main>`, true},
		{"figure above another block", `<main><div class="c-stack"><h1>Water plan approved</h1>` + fig + `<div class="c-standfirst"><p>The plan caps household use and funds two new wells.</p></div>` + body + `</div></main>`, false},
		{"figure above a share bar", `<main><div class="c-stack"><h1>Water plan approved</h1>` + fig + `<div class="b-share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a></div>` + body + `</div></main>`, true},
		{"picture in a box classed as media", `<main><div class="c-stack"><h1>Water plan approved</h1><div class="b_article-media"><img src="https://cdn.example/reservoir.jpg" alt="A dry reservoir bed"><div class="caption">The reservoir stood at 18% of capacity in October.</div></div>` + body + `</div></main>`, true},
		{"figure wrapped in a plain box", `<main><div class="c-stack"><h1>Water plan approved</h1><div class="lead-content"><div>` + fig + `</div></div>` + body + `</div></main>`, true},
		{"body first in its box", `<main><div class="c-stack"><h1>Water plan approved</h1><div class="asset-photo">` + fig + `</div><div class="asset-body">` + body + `</div></div></main>`, true},
		{"figure beside a line in a plain box", `<main><div class="c-stack"><h1>Water plan approved</h1><div class="lead-content">` + fig + `<p>Listen to this story</p></div>` + body + `</div></main>`, false},
		{"picture beside a line in a plain box", `<main><div class="c-stack"><h1>Water plan approved</h1><div class="c-top"><img src="https://cdn.example/seal.gif" alt="Seal"><div>The reservoir stood at 18% of capacity in October.</div></div>` + body + `</div></main>`, false},
		{"figure in the article's header", `<main><article><header class="article-header"><h1>Water plan approved</h1>` + fig + `<div class="article-byline">By Jo Lee</div></header><div class="article-body">` + body + `</div></article></main>`, true},
		{"two figures in the article's header", `<main><article><header class="article-header"><h1>Water plan approved</h1>` + fig + fig + `</header><div class="article-body">` + body + `</div></article></main>`, false},
		{"figure in a picture's box keeps its caption", `<main><div class="c-stack"><h1>Water plan approved</h1><div class="article-featured-image"><figure class="wp-caption"><img src="https://cdn.example/reservoir.jpg" alt="A dry reservoir bed"><figcaption class="wp-caption-text">The reservoir stood at 18% of capacity in October.</figcaption></figure></div>` + body + `</div></main>`, true},
		{"figure above the article element", `<main><h1>Water plan approved</h1>` + fig + `<article><div class="entry-content"><p>` + prose + `</p><p>` + prose + `</p></div></article></main>`, true},
		{"WordPress caption beside the picture's link", `<main><div class="c-stack"><h1>Water plan approved</h1><div class="jeg_featured featured_image"><a href="https://cdn.example/reservoir-big.jpg"><div class="thumbnail-container"><img width="750" height="422" src="https://cdn.example/reservoir.jpg" alt=""></div></a><p class="wp-caption-text">The reservoir stood at 18% of capacity in October.</p></div>` + body + `</div></main>`, true},
		{"picture box with a caption ending in its credit", `<main><div class="c-stack"><h1>Water plan approved</h1><div class="section-media"><img src="https://cdn.example/reservoir.jpg" alt="A dry reservoir bed"><span class="caption-line">The reservoir stood at 18% of capacity in October. Photo: Star</span></div>` + body + `</div></main>`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><head><title>Water plan approved</title></head><body>"+tc.page+"</body></html>")
			got := false
			for _, s := range a.Sections {
				for _, b := range s.Blocks {
					got = got || b.Type == Figure && strings.Contains(b.Text, "18% of capacity")
				}
			}
			if got != tc.want {
				t.Errorf("lead figure read = %v, want %v; sections %+v", got, tc.want, a.Sections)
			}
		})
	}
}

// TestDekHeadings: a headline's subtitle set in a heading element, and
// classed as one in the language of the page's CMS (Spanish
// "entradilla", Argentine "bajada", Italian "sommario", French "chapo"),
// is the lead's paragraph, not the title of a section.
func TestDekHeadings(t *testing.T) {
	for _, class := range []string{"subtitle", "entradilla", "bajada", "sommario", "chapo", "untertitel", "subTitle", "news-detail-spot", "deck", "storySummary", "v-a-sub-t", "asummary", "article-main__description", "epigraph", "singular-sapo"} {
		t.Run(class, func(t *testing.T) {
			const dek = "The council approved the accounts after nine hours of debate"
			a := extractNoFallback(t, `<html><body><main><article><h1>Council approves the budget</h1><h2 class="`+class+`">`+dek+`</h2><p>`+prose+`</p><p>`+prose+`</p></article></main></body></html>`)
			for _, s := range a.Sections {
				if s.Heading == dek {
					t.Fatalf("the subtitle heads a section: %+v", a.Sections)
				}
			}
			if !strings.HasPrefix(a.Text, dek) {
				t.Errorf("the subtitle does not open the body: %.120q", a.Text)
			}
		})
	}
}

// TestSentenceUnderHeadline: a heading right after the h1 that is a
// sentence or two long is the standfirst, whatever its class; a short
// heading there heads a section.
func TestSentenceUnderHeadline(t *testing.T) {
	cases := []struct {
		name, sub string
		dek       bool
	}{
		{"sentence with a stop", "The Frenchman opened the scoring after the break and the Argentine sealed it on the counter.", true},
		{"long line without a stop", "The three-time MVP did it in his 41st game of the season, breaking a mark Russell Westbrook set in 2016 and 2017", true},
		{"short section title", "What the council decided on Tuesday night", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, page := range []string{
				`<html><body><main><article><h1>Council approves the budget</h1><h2 class="a_st">` + tc.sub + `</h2><p>` + prose + `</p><p>` + prose + `</p></article></main></body></html>`,
				`<html><body><main><article><div class="hl"><h1>Council approves the budget</h1></div><div class="story-kicker"><h2>` + tc.sub + `</h2></div><p>` + prose + `</p><p>` + prose + `</p></article></main></body></html>`,
			} {
				a := extractNoFallback(t, page)
				heads := slices.ContainsFunc(a.Sections, func(s Section) bool { return s.Heading == tc.sub })
				if heads == tc.dek {
					t.Errorf("heads a section = %v, want %v: %+v", heads, !tc.dek, a.Sections)
				}
			}
		})
	}
}

// TestBodyClassWeighsNothing: the <body>'s class names the page's
// template ("article-page"); it must not make the whole page outscore a
// short story's own container, or the site's header joins the story.
func TestBodyClassWeighsNothing(t *testing.T) {
	const flash = "Signal fault delays trains between the two cities"
	para := `<div class="text_editor_paragraph"><div class="block"><span><span>` + prose + `</span></span></div></div>`
	a := extractNoFallback(t, `<html><body class="article-page"><div class="top"><div class="buttons"><a href="/plus">Plus</a> <a href="#login">Log in</a></div>`+
		`<div class="flashes"><span>Flashes</span><a href="/f/1">`+flash+`</a><a href="/f/2">A new bus terminal opens at the city entrance</a></div></div>`+
		`<div class="layout"><div class="col"><div class="head"><h1>First storm of the winter</h1><p>Heavy rain is expected in the north through Saturday night, with strong winds along the coast.</p></div><div class="body">`+para+para+para+`</div></div></div></body></html>`)
	if strings.Contains(a.Text, flash) {
		t.Errorf("the site's header joins the story: %.200q", a.Text)
	}
	if !strings.Contains(a.Text, prose) {
		t.Errorf("the story is lost: %.200q", a.Text)
	}
}

// TestGapsBetweenSiblingRoots: where the body is chosen as sibling boxes
// of prose, the subhead and the list standing between two of them join
// it (Draft.js sets each block in a box of its own); a box of links
// between them does not, nor what follows the last.
func TestGapsBetweenSiblingRoots(t *testing.T) {
	para := `<div class="p"><div><span>` + prose + `</span></div></div>`
	doc, err := html.Parse(strings.NewReader(`<html><body><div id="body">` + para +
		`<h2 class="h">What changes for travelers</h2><div class="p"><ul><li>Hall C for local carriers</li><li>Hall D for European carriers</li></ul></div>` +
		`<div class="p"><a href="/a">Wizz Air opens a base</a> <a href="/b">Fares begin to fall</a></div>` + para + `<h2 class="h">Comments</h2></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	p := newPage(context.Background(), &Options{})
	p.doc = doc
	p.stats = measure(doc, nil)
	var boxes []*html.Node
	walk(doc, func(n *html.Node) bool {
		if attr(n, "id") == "body" {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode {
					boxes = append(boxes, c)
				}
			}
			return false
		}
		return true
	})
	got := p.withGaps([]*html.Node{boxes[0], boxes[4]})
	want := []*html.Node{boxes[0], boxes[1], boxes[2], boxes[4]}
	if !slices.Equal(got, want) {
		var names []string
		for _, n := range got {
			names = append(names, n.Data+"."+attr(n, "class")+":"+rawText(n, nil)[:10])
		}
		t.Errorf("roots = %q, want the first box, the subhead, the list and the last box", names)
	}
}

// TestArticleBodyOverClass: the element the page marks as the story's
// text (itemprop=articleBody) is no furniture, whatever word its class
// holds ("min_related").
func TestArticleBodyOverClass(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><div id="NewsStory" class="min_related" itemprop="articleBody"><p>` + prose + ` <a href="/news/2">More</a></p></div><div class="min_related"><p><a href="/news/1">` + prose + `</a></p></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	p := newPage(context.Background(), &Options{})
	p.doc = doc
	c := &cleaner{p: p, verdicts: make(map[*html.Node]verdict), dateLines: -1}
	c.stats = measure(doc, p.cancelled)
	var boxes []*html.Node
	walk(doc, func(n *html.Node) bool {
		if isElem(n, atom.Div) {
			boxes = append(boxes, n)
		}
		return true
	})
	if v := c.byTokens(boxes[0]); v.kind != kindNone {
		t.Errorf("the story's text judged %+v", v)
	}
	if v := c.byTokens(boxes[1]); v.kind != kindRelated {
		t.Errorf("the same class without itemprop judged %+v, want related", v)
	}
}

// TestLinkRollPost: a blog post that is a list of links with their
// sources, on a page whose only sentences are a cookie notice, keeps its
// links as the body and leaves the notice out, though the notice holds
// most of the page's prose.
func TestLinkRollPost(t *testing.T) {
	var links strings.Builder
	for i := range 8 {
		n := strconv.Itoa(i)
		links.WriteString(`<li><a href="https://news.example/story-` + n + `">Council approves budget number ` + n + `</a><br>via <a href="https://news.example/">News</a></li>`)
	}
	page := `<html><head><title>Links of the day</title></head><body><div id="page"><article><header><h1>Links of the day</h1></header>` +
		`<div class="entry-content"><ul class="linkroll">` + links.String() + `</ul><p>Posted from <a href="https://bookmarks.example">Bookmarks</a>.</p></div></article></div>` +
		`<div class="widget widget_eu_cookie_law_widget"><div id="eu-cookie-law"><form method="post"><input type="submit" value="Close and accept">` +
		`Privacy and cookies: this site uses cookies. By continuing to use this website, you agree to their use, and to the way we store them on your computer for a year. ` +
		`To find out more, including how to control cookies, see here: <a href="https://example.com/cookies">Cookie Policy</a></form></div></div></body></html>`
	a := extractNoFallback(t, page)
	if strings.Contains(a.Text, "cookies") {
		t.Errorf("cookie notice in the body: %.300q", a.Text)
	}
	for _, w := range []string{"Council approves budget number 0", "Council approves budget number 7", "Posted from"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("link roll lost %q: %.300q", w, a.Text)
		}
	}
}
