package newsextract

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestIsRelatedTitle(t *testing.T) {
	cases := []struct {
		key  string
		want bool
	}{
		{"recent related articles", true},
		{"related internet links", true},
		{"related to story", true},
		{"more news related to press releases", true},
		{"related features", true},
		{"also in nsw & act", true},
		{"also from this source", true},
		{"also in", false},
		{"travel-related coverage", false},
		{"more posts related to tokyo", false},
		{"related papers", false},
		{"related searches", false},
		{"how the rules related to budgets changed this year", false},
		{"more manitoba headlines", true},
		{"more sport news", true},
		{"more related stories", false},
		{"more than a million readers saw these headlines", false},
		{"more articles you might enjoy", true},
		{"posts you may also like", true},
		{"what you might enjoy", false},
		{"the places you might like", false},
	}
	for _, tc := range cases {
		t.Run(tc.key, func(t *testing.T) {
			if got := isRelatedTitle(tc.key); got != tc.want {
				t.Errorf("isRelatedTitle(%q) = %v, want %v", tc.key, got, tc.want)
			}
		})
	}
}

// TestBoxTitlesInOtherLanguages: a box under the article takes its kind
// from its title in the page's language: related stories, a most-read
// list, readers' comments.
func TestBoxTitlesInOtherLanguages(t *testing.T) {
	cases := []struct {
		name, title string
		related     bool
	}{
		{"Italian related", "Correlati", true},
		{"Finnish more on the subject", "Lisää aiheesta", true},
		{"Azerbaijani similar news", "Oxşar xəbərlər", true},
		{"Armenian on the topic", "Թեմայով", true},
		{"Icelandic related news", "Tengdar fréttir", true},
		{"Icelandic related material", "Tengt efni", true},
		{"linked articles", "Linked Articles", true},
		{"an investigation's other stories", "More in This Series", true},
		{"Spanish latest news", "Últimas noticias", false},
		{"Vietnamese related news", "Tin liên quan", true},
		{"Thai related news", "ข่าวที่เกี่ยวข้อง", true},
		{"Thai related stories", "เรื่องที่เกี่ยวข้อง", true},
		{"Romanian read also", "Citește și", true},
		{"Croatian related news", "Povezane vijesti", true},
		{"Hebrew related articles", "כתבות קשורות", true},
		{"Persian related news", "اخبار مرتبط", true},
		{"Polish see also", "Zobacz również", true},
		{"Spanish related topics", "Temas relacionados", true},
		{"Russian materials on the topic", "Материалы по теме:", true},
		{"Russian more on the topic", "Еще по теме", true},
		{"Urdu read this too", "یہ بھی پڑھیے", true},
		{"Chinese related picks", "相关推荐", true},
		{"Chinese hot picks", "热门推荐", false},
		{"Chinese news ranking", "新闻排行", false},
		{"Vietnamese most viewed", "Xem nhiều", false},
		{"Vietnamese comments", "Ý kiến (12)", false},
		{"Portuguese find out more", "Saiba Mais", true},
		{"Portuguese related posts", "Publicações relacionadas", true},
		{"Portuguese poll", "Enquete", false},
		{"Persian related", "مرتبط", true},
		{"Italian go deeper", "Approfondisci:", true},
		{"Portuguese more on the subject", "Mais sobre este tema", true},
		{"Spanish related content", "Contenido relacionado", true},
		{"Spanish may interest you", "Puede interesarte", true},
		{"Hungarian more on the topic", "További cikkeink a témában", true},
		{"Spanish more news in the paper", "Más noticias en EL TIEMPO", true},
		{"recent press releases", "Recent Press Releases", false},
		{"Vietnamese you may be interested", "Bạn có thể quan tâm", true},
		{"Persian related topics", "موضوعات مرتبط", false},
		{"Japanese recommended too", "こちらもおすすめ", true},
		{"Korean related news, spaced", "관련 뉴스", true},
		{"Mongolian related news", "Холбоотой мэдээ", true},
		{"similar news", "Similar News", true},
		{"Spanish related notes", "Notas relacionadas", true},
		{"Jetpack's French related posts", "Similaire", true},
		{"German related reading addressing du", "Das könnte dich auch noch interessieren:", true},
		{"Turkish similar news", "Benzer Haberler", true},
		{"Hebrew more on the site", "עוד בוואלה!", true},
		{"German reading tips", "Lesetipps", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><article><h1>Budget passes</h1><p>` + prose + `</p><p>` + prose + `</p></article>` +
				`<div class="box"><h3>` + tc.title + `</h3><ul><li><a href="/a/1">Bridge repairs start in spring after a long winter</a></li><li><a href="/a/2">Library branch gets a new home near the station</a></li></ul></div></body></html>`
			a := extractString(t, page)
			if strings.Contains(a.Text, "Bridge repairs") || strings.Contains(a.Text, tc.title) {
				t.Errorf("box left in body: %q", a.Text)
			}
			got := slices.ContainsFunc(a.Related, func(r Related) bool { return strings.HasPrefix(r.Title, "Bridge repairs") })
			if got != tc.related {
				t.Errorf("in related = %v, want %v: %+v", got, tc.related, a.Related)
			}
		})
	}
}

// TestCardHeadlineOverTeaser: a card links its story twice, first from a
// teaser or a picture credit, then from its headline; the headline names
// the story. A picture's link titled as the story keeps that title, and a
// heading clipped with an ellipsis does not replace the whole headline.
func TestCardHeadlineOverTeaser(t *testing.T) {
	cases := []struct{ name, card, want string }{
		{"teaser first", `<a href="/a/1"><p>The council met late into the night.</p></a><h3><a href="/a/1">Bridge repairs start in spring after a long winter</a></h3>`, "Bridge repairs start in spring after a long winter"},
		{"picture titled first", `<a href="/a/1" title="Bridge repairs start in spring after a long winter"><img src="/b.jpg" alt=""></a><h3><a href="/a/1">Repairs</a></h3>`, "Bridge repairs start in spring after a long winter"},
		{"clipped heading after", `<a href="/a/1">Bridge repairs start in spring after a long winter</a><h3><a href="/a/1">Bridge repairs start in spring …</a></h3>`, "Bridge repairs start in spring after a long winter"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><article><h1>Budget passes</h1><p>` + prose + `</p><p>` + prose + `</p></article>` +
				`<div class="related"><h2>Related stories</h2><div class="card">` + tc.card + `</div></div></body></html>`
			a := extractString(t, page)
			if len(a.Related) == 0 || a.Related[0].Title != tc.want {
				t.Errorf("related = %+v, want %q", a.Related, tc.want)
			}
		})
	}
}

// TestBracketedRelatedLabel checks a label set in the brackets Japanese
// and Chinese papers use ("【関連記事】") over a list of links in the body.
func TestBracketedRelatedLabel(t *testing.T) {
	page := `<html><body><article><h1>Budget passes</h1><p>` + prose + `</p><p>` + prose + `</p>
<p>【関連記事】</p><ul><li><a href="/a/1">Bridge repairs start in spring after a long winter</a></li><li><a href="/a/2">Library branch gets a new home near the station</a></li></ul></article></body></html>`
	a := extractString(t, page)
	if strings.Contains(a.Text, "Bridge repairs") || strings.Contains(a.Text, "関連記事") {
		t.Errorf("box left in body: %q", a.Text)
	}
	if !slices.ContainsFunc(a.Related, func(r Related) bool { return strings.HasPrefix(r.Title, "Bridge repairs") }) {
		t.Errorf("related = %+v, want the bridge story", a.Related)
	}
}

// TestPlainRelatedLabel checks a related box titled by an unstyled
// paragraph in a table cell, as old templates do.
func TestPlainRelatedLabel(t *testing.T) {
	page := `<html><body><div><h1>Budget passes</h1><p>` + prose + `</p><p>` + prose + `</p>
<table><tr><td><table><tr><td><div><p>&nbsp;RECENT RELATED ARTICLES</p></div></td></tr></table>
<table><tr><td><a href="/a/1">Bridge repairs start in spring</a> | 01/14/2008</td></tr>
<tr><td><a href="/a/2">Library branch gets a new home</a> | 01/14/2008</td></tr></table></td></tr></table></div></body></html>`
	a := extractString(t, page)
	if strings.Contains(a.Text, "Bridge repairs") {
		t.Errorf("related link left in body: %q", a.Text)
	}
	if !slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == "Bridge repairs start in spring" }) {
		t.Errorf("related = %+v, want the bridge story", a.Related)
	}
}

// TestFloatedLinkBox checks a small floated table of links between the
// paragraphs: it goes to Related, a floated table of text stays.
func TestFloatedLinkBox(t *testing.T) {
	cases := []struct {
		name, box, probe string
		related          bool
	}{
		{"debate box", `<table align="right"><tr><td><div>606: DEBATE</div><div><a href="/dna/1">Who is to blame for the tour?</a></div></td></tr></table>`, "Who is to blame", true},
		{"fact box of text", `<table align="right"><tr><td>The bridge was built in 1931 and last repaired in 1988, at a cost the council never disclosed.</td></tr></table>`, "built in 1931", false},
		{"link box not floated", `<table><tr><td><a href="/dna/1">Who is to blame for the tour?</a></td></tr></table>`, "Who is to blame", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><body><div><h1>Budget passes</h1><p>"+prose+"</p>"+tc.box+"<p>"+prose+"</p></div></body></html>")
			inBody := strings.Contains(a.Text, tc.probe)
			if inBody == tc.related {
				t.Errorf("in body = %v, want %v: %q", inBody, !tc.related, a.Text)
			}
		})
	}
}

// TestAlsoReadBox checks that an "ALSO READ" box gives its stories to
// Related.
func TestAlsoReadBox(t *testing.T) {
	page := `<html><body><div><h1>Budget passes</h1><p>` + prose + `</p><p>` + prose + `</p></div>
<div class="module"><h3>ALSO READ</h3><div><h2><a href="/s/1">Bridge repairs start in spring</a></h2><div>January 11, 2008</div></div></div></body></html>`
	a := extractString(t, page)
	if !slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == "Bridge repairs start in spring" }) {
		t.Errorf("related = %+v, want the bridge story", a.Related)
	}
}

// TestVideoStripToRelated: a strip of video teasers under "Weitere
// Videos" (more videos) is related reading, not the story.
func TestVideoStripToRelated(t *testing.T) {
	for _, title := range []string{"Weitere Videos", "More videos"} {
		t.Run(title, func(t *testing.T) {
			page := `<html><body><div><h1>Budget passes</h1><p>` + prose + `</p><p>` + prose + `</p></div>
<div><p>` + title + `</p><ul><li><a href="/v/1">Wintersport: Anna Gasser im Olympia-Interview</a></li><li><a href="/v/2">Sturm: Hojlund wird uns viel Freude bereiten</a></li></ul></div></body></html>`
			a := extractString(t, page)
			if strings.Contains(a.Text, "Anna Gasser") || !slices.ContainsFunc(a.Related, func(r Related) bool { return strings.Contains(r.Title, "Anna Gasser") }) {
				t.Errorf("text %q, related %+v; want the video in related", a.Text, a.Related)
			}
		})
	}
}

// TestArchiveLink checks that "All <author> articles" and "More <section>
// news" links go to Related, and a sentence's link stays.
func TestArchiveLink(t *testing.T) {
	cases := []struct {
		name, html, probe string
		related           bool
	}{
		{"author archive", `<div><a href="/anne"><strong>All Anne Perkins articles</strong></a></div>`, "All Anne Perkins articles", true},
		{"section archive", `<p><b><a href="/world">More World news</a></b></p>`, "More World news", true},
		{"link in a sentence", `<p>The mayor said <a href="/x">all the stories</a> in the paper were wrong, and she would answer every one of them at the next meeting.</p>`, "all the stories", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><body><div><h1>Budget passes</h1><p>"+prose+"</p>"+tc.html+"<p>"+prose+"</p></div></body></html>")
			gotRelated := slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == tc.probe })
			if gotRelated != tc.related || strings.Contains(a.Text, tc.probe) == tc.related {
				t.Errorf("related = %v (want %v), body %q", gotRelated, tc.related, a.Text)
			}
		})
	}
}

// TestStrayLinkItems checks that <li> links written straight under the
// byline, outside any list, go to Related while a real list stays.
func TestStrayLinkItems(t *testing.T) {
	page := `<html><body><div><h1>Budget passes</h1><p>By A. Reporter</p><li><a href="/s/1"><b>Bridge repairs start in spring</b></a></li><li><a href="/s/2">Library branch gets a new home</a></li><p>` + prose + `</p><ul><li><a href="/s/3">Bus routes to be extended</a></li></ul><p>` + prose + `</p></div></body></html>`
	a := extractString(t, page)
	if strings.Contains(a.Text, "Bridge repairs") {
		t.Errorf("stray link item left in body: %q", a.Text)
	}
	if !slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == "Library branch gets a new home" }) {
		t.Errorf("related = %+v, want the library story", a.Related)
	}
	if slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == "Bus routes to be extended" }) {
		t.Errorf("an item of a real list went to related: %+v", a.Related)
	}
}

// TestCardGridToRelated checks a grid of teaser cards, links that each wrap
// a headline with a label and an image, under a box title: the headlines go
// to Related with their own text, the box leaves the body, and a menu of
// one-word heading links is not taken for teasers.
func TestCardGridToRelated(t *testing.T) {
	card := func(href, title string) string {
		return `<a class="card" href="` + href + `"><div><span>Insights</span></div><img src="/i.jpg" alt=""><h4>` + title + `</h4><button>Read the blog</button></a>`
	}
	page := `<html><body><nav><a href="/news/"><h4>NEWS</h4></a><a href="/sport/"><h4>SPORT</h4></a></nav>
<article><h1>Survey results</h1><h2>What we found</h2><p>` + prose + `</p><h2>What comes next</h2><p>` + prose + `</p></article>
<div class="wrapper"><div class="header"><h2>More to explore</h2><a href="/blog/">View all blog posts</a></div>
<div class="cards">` + card("/blog/nav", "How we overhauled our navigation") + card("/blog/ui", "Beautifying our UI with a fresh look") + `</div></div></body></html>`
	a := extractString(t, page)
	for _, leak := range []string{"More to explore", "overhauled", "Read the blog", "Insights"} {
		if strings.Contains(a.Text, leak) {
			t.Errorf("card grid left %q in the body: %q", leak, a.Text)
		}
	}
	titles := relatedTitles(a)
	want := []string{"How we overhauled our navigation", "Beautifying our UI with a fresh look"}
	if !slices.Equal(titles, want) {
		t.Errorf("related titles = %q, want %q", titles, want)
	}
	var heads []string
	for _, s := range a.Sections {
		heads = append(heads, s.Heading)
	}
	if !slices.Equal(heads, []string{"What we found", "What comes next"}) {
		t.Errorf("sections = %q, want the article's two", heads)
	}
}

// TestAsideCardGrid: an <aside> of teaser cards inside <main>, after the
// article, or right after <main> (Ghost's "read more" posts), is related
// reading; the same
// cards in a sidebar beside <main>, or under a widget's heading ("Most
// popular"), are the site's furniture.
func TestAsideCardGrid(t *testing.T) {
	card := func(href, title string) string {
		return `<article class="post-card"><a href="` + href + `"><img src="/i.jpg" alt=""><h2>` + title + `</h2><p>A short excerpt of the post.</p></a></article>`
	}
	cards := card("/cache-warming/", "Warming caches before a release") + card("/flaky-tests/", "Hunting flaky tests in the night")
	story := `<article><h1>Why we moved our builds</h1><p>` + prose + `</p><p>` + prose + `</p></article>`
	for _, tc := range []struct {
		name, page string
		want       []string
	}{
		{"after the article in main", `<main>` + story + `<aside class="read-more-wrap">` + cards + `</aside></main>`, []string{"Warming caches before a release", "Hunting flaky tests in the night"}},
		{"after main", `<div class="site-content"><main>` + story + `</main><aside class="read-more-wrap outer">` + cards + `</aside></div>`, []string{"Warming caches before a release", "Hunting flaky tests in the night"}},
		{"sidebar beside main", `<main>` + story + `</main><aside class="widget-area">` + cards + `</aside>`, nil},
		{"under a widget heading", `<main>` + story + `<aside><h2>Most popular</h2>` + cards + `</aside></main>`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><body>`+tc.page+`</body></html>`)
			if got := relatedTitles(a); !slices.Equal(got, tc.want) {
				t.Errorf("related = %q, want %q", got, tc.want)
			}
			if strings.Contains(a.Text, "Warming") {
				t.Errorf("cards left in the body: %q", a.Text)
			}
		})
	}
}

// TestHeadlineLinkGrid checks a box of linked headlines without teasers
// (<h3><a>headline</a></h3>) under a box title: the headlines go to
// Related. Product picks of the same shape stay in the article when they
// link to shops or through a rel=sponsored redirect.
func TestHeadlineLinkGrid(t *testing.T) {
	pick := func(href, rel, name string) string {
		return `<li><h2><a href="` + href + `" rel="` + rel + `">` + name + `</a></h2></li>`
	}
	cases := []struct {
		name, box, probe string
		related          bool
	}{
		{"more stories", `<div class="more"><h2>More proof points</h2><h3><a href="/2025/06/free-preschool">One state made preschool free, then centres closed</a></h3><h3><a href="https://news.example/2025/07/research">How research budgets were upended this year</a></h3></div>`, "preschool free", true},
		{"product picks at a shop", `<ul>` + pick("https://shop.example/p/1", "", "Knipex Tools 09 02 240 Lineman’s Pliers") + pick("https://shop.example/p/2", "", "Southwire Tools 58993940 Pliers") + `</ul>`, "Lineman’s Pliers", false},
		{"product picks through a sponsored redirect", `<ul>` + pick("/out/link/1", "sponsored", "Acer Aspire Go 15 (AG15-32P-30YE)") + pick("/out/link/2", "sponsored", "Acer Chromebook Plus 514 (CB514)") + `</ul>`, "Acer Aspire Go 15", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><article><h1>Budget passes</h1><p>` + prose + `</p>` + tc.box + `<p>` + prose + `</p></article></body></html>`
			a := extractString(t, page)
			inRelated := slices.ContainsFunc(a.Related, func(r Related) bool { return strings.Contains(r.Title, tc.probe) })
			if inRelated != tc.related || strings.Contains(a.Text, tc.probe) == tc.related {
				t.Errorf("%q: related = %v, in body = %v; want related %v", tc.probe, inRelated, strings.Contains(a.Text, tc.probe), tc.related)
			}
		})
	}
}

// TestCardsWithExcerptsToRelated checks a carousel of blog cards, each a
// linked title with an excerpt and a date, inside <main> after the
// article: the cards go to Related, however much their excerpts hold.
// Two cards with excerpts are not enough to call a grid.
func TestCardsWithExcerptsToRelated(t *testing.T) {
	card := func(n int) string {
		return `<div class="slide"><div class="item"><h3 class="item__title"><a href="/blogs/news/post-` + strconv.Itoa(n) + `">Post number ` + strconv.Itoa(n) + ` from our workshop</a></h3>` +
			`<div class="item__excerpt">Your workspace does not have to look like a server room to be a good place to think, and here is how to make it so.</div><div class="item__date">Feb ` + strconv.Itoa(n) + `, 2026</div></div></div>`
	}
	page := func(cards int) string {
		var b strings.Builder
		for i := 1; i <= cards; i++ {
			b.WriteString(card(i))
		}
		return `<html><body><main><article><h1>How to set up your desk</h1>` + strings.Repeat(`<p>`+prose+`</p>`, 6) + `</article><section class="blog-carousel"><div class="swiper">` + b.String() + `</div></section></main></body></html>`
	}
	a := extractString(t, page(6))
	if strings.Contains(a.Text, "server room") || len(a.Related) != 6 {
		t.Errorf("cards: %d related, body %q", len(a.Related), a.Text)
	}
	if a = extractString(t, page(2)); len(a.Related) != 0 {
		t.Errorf("two cards with excerpts moved to Related: %v", a.Related)
	}
	promo := func(n int) string {
		return `<div class="inline-item"><span>Finanzas</span><h2><a href="/finanzas/nota-` + strconv.Itoa(n) + `">Otra nota de finanzas que le puede interesar hoy</a></h2></div>`
	}
	para := func(n int) string {
		return `<p>El barril de petróleo mexicano de exportación se desplomó este martes respecto al viernes, al cerrar en ` + strconv.Itoa(10+n) + `.78 dólares por barril, su nivel más bajo en años.</p>`
	}
	story := `<html><body><main><article><h1>Cae el petróleo</h1>` + para(1) + para(2) + promo(1) + para(3) + para(4) + promo(2) + para(5) + para(6) + promo(3) + `</article></main><div class="more">` + strings.Repeat(`<p>`+prose+`</p>`, 8) + `</div></body></html>`
	if a = extractNoFallback(t, story); strings.Count(a.Text, "se desplomó") != 6 {
		t.Errorf("paragraphs between inline promos lost: %d of 6 in %q", strings.Count(a.Text, "se desplomó"), a.Text)
	}
}

// TestTrailingLinkListToRelated checks that a list of links to the
// site's own stories after the article's last paragraph, and its heading,
// move to Related, while such a list before the last paragraph and a list
// of sources on other sites stay in the body.
func TestTrailingLinkListToRelated(t *testing.T) {
	links := func(host string) string {
		var b strings.Builder
		b.WriteString("<ul>")
		for i, title := range []string{"How to prepare your garden soil", "Free garden seed catalogs to order", "Twenty vegetable garden layout ideas", "The ten easiest vegetables to grow"} {
			b.WriteString(`<li><a href="` + host + `/garden/` + strconv.Itoa(i) + `">` + title + `</a></li>`)
		}
		b.WriteString("</ul>")
		return b.String()
	}
	cases := []struct {
		name, body string
		related    bool
	}{
		{"own links after the article", `<p>` + prose + `</p><p>` + prose + `</p><h2>Planning for a garden</h2>` + links(""), true},
		{"own links after the article under a bold line", `<p>` + prose + `</p><p>` + prose + `</p><p><strong>Planning for a garden</strong></p>` + links(""), true},
		{"own links inside the article", `<p>` + prose + `</p>` + links("") + `<p>` + prose + `</p>`, false},
		{"sources on other sites", `<p>` + prose + `</p><p>` + prose + `</p><h2>Sources</h2>` + links("https://other.example"), false},
		{"typed bullets under a label", `<p>` + prose + `</p><p>` + prose + `</p><p><b>Planning for a garden:</b><br>` +
			`&middot; <a href="/garden/1">Free garden seed catalogs to order</a><br>&middot; <a href="/garden/2">Twenty vegetable garden layout ideas</a><br>` +
			`&middot; <a href="/garden/3">The ten easiest vegetables to grow</a></p>`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><body><article><h1>Start a garden</h1>`+tc.body+`</article></body></html>`)
			inBody := strings.Contains(a.Text, "seed catalogs")
			if inBody == tc.related || (len(a.Related) > 0) != tc.related {
				t.Errorf("in body %v, related %d; want related %v", inBody, len(a.Related), tc.related)
			}
			if tc.related && strings.Contains(a.Text, "Planning for a garden") {
				t.Errorf("the list's heading stayed: %q", a.Text)
			}
		})
	}
}

// TestTrailingTeaserBoxesToRelated: after the story, boxes that each
// hold one linked title to the site and an excerpt go to Related; the
// same boxes before the story's last paragraph, or the last short slides
// of a gallery whose every slide has a linked title, stay.
func TestTrailingTeaserBoxesToRelated(t *testing.T) {
	box := func(i int, excerpt string) string {
		return `<div class="row"><h3><a href="/ideas/` + strconv.Itoa(i) + `">The ultimate checklist number ` + strconv.Itoa(i) + `</a></h3><p>` + excerpt + `</p></div>`
	}
	const excerpt = "Here it is: a full breakdown of the costs most weddings carry, and the share of the budget to keep for each."
	story := `<p>` + prose + `</p><ul><li>` + prose + `</li><li>` + prose + `</li></ul>`
	cases := []struct {
		name, body string
		related    bool
	}{
		{"boxes after the story", story + box(1, excerpt) + box(2, excerpt), true},
		{"boxes before the last paragraph", box(1, excerpt) + box(2, excerpt) + story, false},
		{"last slides of a gallery", box(0, prose+" "+prose+" "+prose) + story + box(1, excerpt) + box(2, excerpt), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><body><article><h1>Wedding checklist</h1>`+tc.body+`</article></body></html>`)
			inBody := strings.Contains(a.Text, "number 2")
			if inBody == tc.related || (len(a.Related) > 0) != tc.related {
				t.Errorf("in body %v, related %d; want related %v: %q", inBody, len(a.Related), tc.related, a.Text)
			}
		})
	}
}

// TestTeaserStreamToRelated checks a "Recommended for You" stream whose
// teasers hold more prose than the short story beside it: the stream goes
// to Related with its headlines, the story stays the body.
func TestTeaserStreamToRelated(t *testing.T) {
	var items strings.Builder
	for i := range 8 {
		n := strconv.Itoa(i)
		items.WriteString(`<li><a href="/s/` + n + `"><img src="/i/` + n + `.jpg" alt=""></a><div><h3><a href="/s/` + n + `">Headline number ` + n + ` of the recommended stream</a></h3><p>` + prose + `</p></div></li>`)
	}
	page := `<html><body><div class="story"><h1>Veteran's photo sparks debate</h1><p>` + prose + `</p><p>A photographer said she had no idea the picture would be controversial, and she has since defended it.</p></div>
<div class="applet"><div class="App-Hd"><h2>Recommended for You</h2></div><div class="App-Bd"><ul id="Stream">` + items.String() + `</ul></div></div></body></html>`
	a := extractNoFallback(t, page)
	if strings.Contains(a.Text, "Headline number") || !strings.Contains(a.Text, "photographer said") {
		t.Errorf("body = %q, want the story without the stream", a.Text)
	}
	if len(a.Related) != 8 || a.Related[0].Title != "Headline number 0 of the recommended stream" {
		t.Errorf("related = %+v, want the 8 headlines", a.Related)
	}
}

// TestJoinedRelatedClass checks that a related block named in one joined
// word ("relatedlinks") goes to Related, and its title out of the body.
func TestJoinedRelatedClass(t *testing.T) {
	page := `<html><body><main><h1>Budget passes</h1><p>` + prose + `</p><p>` + prose + `</p>
<section class="relatedlinks block"><h2 class="headline"><span>Entdecken Sie jetzt</span></h2><ul><li><a href="/s/1">Brückensanierung beginnt im Frühjahr</a></li><li><a href="/s/2">Neue Buslinie für den Süden der Stadt</a></li></ul></section></main></body></html>`
	a := extractString(t, page)
	if !slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == "Neue Buslinie für den Süden der Stadt" }) {
		t.Errorf("related = %+v, want the bus story", a.Related)
	}
	if strings.Contains(a.Text, "Entdecken") || strings.Contains(a.Text, "Buslinie") {
		t.Errorf("related block left in the body: %q", a.Text)
	}
}

// TestReadNextToRelated: a "read next" box names the stories to go on
// with; its cards are related reading, and their bylines ("Von Hexen,
// Henkern und Vampiren" in a card's label read as "By ...") are not the
// article's.
func TestReadNextToRelated(t *testing.T) {
	for _, class := range []string{"read-next", "tie-read-next slider", "readNextWrapper"} {
		t.Run(class, func(t *testing.T) {
			page := `<html><body><main><article><h1>Budget passes</h1><p>` + prose + `</p><p>` + prose + `</p></article>
<div class="` + class + `"><h2>Weitere Beiträge</h2><div class="card"><a href="/s/1"><h3>Brückensanierung beginnt im Frühjahr</h3></a><p class="meta">By Scott Miller</p></div><div class="card"><a href="/s/2"><h3>Neue Buslinie für den Süden der Stadt</h3></a><p class="meta">By Scott Miller</p></div></div></main></body></html>`
			a := extractString(t, page)
			if titles := relatedTitles(a); !slices.Contains(titles, "Neue Buslinie für den Süden der Stadt") {
				t.Errorf("related = %q, want the bus story", titles)
			}
			if strings.Contains(a.Text, "Buslinie") || slices.Contains(a.Authors, "Scott Miller") {
				t.Errorf("read-next box read as the article's: text %q, authors %q", a.Text, a.Authors)
			}
		})
	}
}

// TestLinkCardsToRelated: a card for another post set between the
// paragraphs (Ghost's bookmark card, Substack's embedded post) is related
// reading, titled by the element its class names the title, not by the
// whole card with its excerpt and publication.
func TestLinkCardsToRelated(t *testing.T) {
	for _, tc := range []struct{ name, card string }{
		{"ghost bookmark", `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/docker-layers/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Understanding Docker layers</div><div class="kg-bookmark-description">A short guide to how layers are cached and reused.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Tinkerer's Log</span></div></div><div class="kg-bookmark-thumbnail"><img src="/layers.jpg" alt=""></div></a></figure>`},
		{"substack embed", `<div class="embedded-post-wrap"><a class="embedded-post" href="/p/docker-layers"><div class="embedded-post-header"><span class="embedded-post-publication-name">Tinkerer's Log</span></div><div class="embedded-post-title-wrapper"><div class="embedded-post-title">Understanding Docker layers</div></div><div class="embedded-post-body">A short guide to how layers are cached and reused.</div><div class="embedded-post-cta-wrapper"><span class="embedded-post-cta">Read more</span></div></a></div>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><body><article><h1>Budget passes</h1><p>`+prose+`</p>`+tc.card+`<p>`+prose+`</p></article></body></html>`)
			if titles := relatedTitles(a); !slices.Equal(titles, []string{"Understanding Docker layers"}) {
				t.Errorf("related = %q, want the card's title", titles)
			}
			if strings.Contains(a.Text, "layers") {
				t.Errorf("card left in the body: %q", a.Text)
			}
		})
	}
}

// TestPromoCardsBetweenParagraphs: cards for another story set between
// the paragraphs, whatever element carries them, go to Related under the
// story's headline.
func TestPromoCardsBetweenParagraphs(t *testing.T) {
	const title = "Hurricane season could still be extremely active"
	for _, tc := range []struct{ name, card string }{
		{"figure whose picture and caption link to a story", `<figure class="embed"><a href="/news/hurricane-season/"><img src="/storm.jpg" alt=""></a><figcaption><a class="embed__headline-link" href="/news/hurricane-season/">` + title + `</a><span>Aug 19, 2024</span></figcaption></figure>`},
		{"linked heading under a promo label", `<a class="teaser-inline" href="/i/Xq2wPa/hurricane-season"><span class="teaser-inline__label">Les også</span><h3 class="teaser-inline__title">` + title + `</h3></a>`},
		{"link opening with a promo label", `<a class="c-teaser-inline" href="/i/Xq2wPa/hurricane-season"><img src="/storm.jpg" alt=""><span><span>Les også</span><span>` + title + `</span></span></a>`},
		{"an in-text list of links", `<ul class="listinks"><li><a href="/2024/10/14/hurricane_season/">` + title + `</a></li></ul>`},
		{"WordPress's embed of another post", `<figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content" data-secret="x1"><a href="/2024/10/hurricane-season/">` + title + `</a></blockquote><iframe class="wp-embedded-content" src="/2024/10/hurricane-season/embed/#?secret=x1"></iframe></div></figure>`},
		{"a recommended story box", `<div class="ign-recommends"><div class="recommends-label">IGN Recommends</div><a class="recommends-link" href="/articles/hurricane-season"><img src="/storm.jpg" alt=""><span class="recommends-title">` + title + `</span></a></div>`},
		{"a promo label over a list of links", `<p style="text-align:justify"><strong>بیشتر بخوانید:</strong></p><ul><li><a href="/news/911902/">` + title + `</a></li></ul>`},
		{"aside opening with a promo label", `<aside class="hyperion-css-teaser-inline"><span class="hyperion-css-teaser-label">LÄS MER</span><a href="/nyheter/a/Jd7sFa/hurricane-season">` + title + `</a></aside>`},
		{"the Guardian's rich link in its aside", `<aside data-spacefinder-role="supporting" data-gu-name="rich-link" class="dcr-ocjqu3"><div data-component="rich-link" class="dcr-1ouxv4n"><a href="https://news.example/2024/oct/21/hurricane-season" class="dcr-z8rlxm"><div class="dcr-cnf3x5"><span class="dcr-1pnmm6o">` + title + `</span></div></a></div></aside>`},
		{"Substack's card without its wrap", `<a class="embedded-post" native="true" href="https://example.substack.com/p/hurricane-season"><div class="embedded-post-header"><span class="embedded-post-publication-name">Weather Notes</span></div><div class="embedded-post-title-wrapper"><div class="embedded-post-title">` + title + `</div></div><div class="embedded-post-meta">10 months ago · 233 likes</div></a>`},
		{"Azerbaijani read-also label beside the link", `<div class="links_inside"><span>Həmçinin oxuyun:</span> <a href="/infrastruktur/hurricane-season-869102">` + title + `</a></div>`},
		{"link classed as related", `<a class="related-embed" href="/art-2000011031208.html"><img src="/storm.jpg" alt=""><span><span class="related-embed__label">Picked for you</span><span class="related-embed__title">` + title + `</span></span></a>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><body><article><h1>Budget passes</h1><p>`+prose+`</p>`+tc.card+`<p>`+prose+`</p></article></body></html>`)
			if titles := relatedTitles(a); !slices.Equal(titles, []string{title}) {
				t.Errorf("related = %q, want the card's headline", titles)
			}
			if strings.Contains(a.Text, "Hurricane") {
				t.Errorf("card left in the body: %q", a.Text)
			}
		})
	}
}

// TestLinksThatStayInTheBody: a link whose first words only look like a
// promo's label, not set apart from the rest, is no promo card.
func TestLinksThatStayInTheBody(t *testing.T) {
	for _, tc := range []struct{ name, link, kept string }{
		{"label word split by comments", `<ul><li><a href="/collections/source/nlm/"><div class="text">More <!-- -->US National Library of Medicine<!-- --> content on the site</div></a></li></ul>`, "US National Library of Medicine"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><body><article><h1>Budget passes</h1><p>`+prose+`</p><p>`+prose+`</p>`+tc.link+`</article></body></html>`)
			if len(relatedTitles(a)) > 0 || !strings.Contains(a.Text, tc.kept) {
				t.Errorf("related = %q, body %q: want the link in the body", relatedTitles(a), a.Text)
			}
		})
	}
}

// TestOverlaidLinksTitled: a related box whose cards cover their headings
// with empty links ("a.link_overlay" beside the heading's words) names
// each story by its heading.
func TestOverlaidLinksTitled(t *testing.T) {
	card := func(n, title string) string {
		return `<div class="each"><div class="image_holder"><a class="link_overlay" href="/bangladesh/` + n + `/story"></a><img src="/` + n + `.jpg" alt=""></div><div class="content_holder"><h2 class="title"><a class="link_overlay" href="/bangladesh/` + n + `/story"></a><span>` + title + `</span></h2></div></div>`
	}
	a := extractNoFallback(t, `<html><body><article><h1>Budget passes</h1><p>`+prose+`</p><p>`+prose+`</p></article>
<div class="related_news_holder"><h2 class="title">Related</h2>`+card("1", "Savar tannery plant still not fully functional")+card("2", "River authority reclaims forty acres of riverbank")+`</div></body></html>`)
	want := []string{"Savar tannery plant still not fully functional", "River authority reclaims forty acres of riverbank"}
	if titles := relatedTitles(a); !slices.Equal(titles, want) {
		t.Errorf("related = %q, want %q", titles, want)
	}
}

// TestSearchLinksNotRelated: a related box's links to the site's search
// ("/search/query?query=gloria%20steinem") name topics, not stories.
func TestSearchLinksNotRelated(t *testing.T) {
	a := extractNoFallback(t, `<html><body><article><h1>Budget passes</h1><p>`+prose+`</p><p>`+prose+`</p></article>
<div class="related-stories"><h3>Related stories</h3><ul>
<li><a href="/news/1">Council delays the bridge repairs again</a></li>
<li><a href="https://query.example.com/search/query?query=bridge%20repairs">Bridge repairs in the city</a></li>
</ul></div></body></html>`)
	if titles := relatedTitles(a); !slices.Equal(titles, []string{"Council delays the bridge repairs again"}) {
		t.Errorf("related = %q, want the story only", titles)
	}
}

// TestTeaserTitleByClass: a teaser card whose link wraps its date, section
// label and excerpt is titled by its element classed as the title.
func TestTeaserTitleByClass(t *testing.T) {
	card := func(n, title string) string {
		return `<div class="card"><a href="/s/` + n + `"><span class="date">March 11, 2026</span><span class="label">Working with Contractors</span><img src="/` + n + `.jpg" alt=""><span class="post-title">` + title + `</span><p class="excerpt">What to ask before you sign anything.</p></a></div>`
	}
	page := `<html><body><main><article><h1>Budget passes</h1><p>` + prose + `</p><p>` + prose + `</p></article>
<section class="related-posts"><h2>Keep reading</h2>` + card("1", "Steps to Vetting a General Contractor") + card("2", "Gutting a Bathroom: Costs and Timeline") + `</section></main></body></html>`
	titles := relatedTitles(extractString(t, page))
	want := []string{"Steps to Vetting a General Contractor", "Gutting a Bathroom: Costs and Timeline"}
	if !slices.Equal(titles, want) {
		t.Errorf("related %q, want %q", titles, want)
	}
}

// TestBadgedTeaserBox: a box of teaser cards labelled by a badge, not a
// heading ("<span class=badge>Lesetipps</span>"), goes to Related, each
// card titled by its headline, not by the section's name over it
// ("category-headline").
func TestBadgedTeaserBox(t *testing.T) {
	card := func(n, kicker, title string) string {
		return `<div class="article-teaser-wrapper"><a href="/news/` + n + `.html"><div class="image"><img src="/` + n + `.jpg" alt=""></div><div class="text-wrapper"><span class="category-headline">` + kicker + `</span><span class="headline">` + title + `</span></div></a></div>`
	}
	page := `<html><body><main><article><h1>Budget passes</h1><p>` + prose + `</p><p>` + prose + `</p>
<article class="article-teaser"><span class="badge">Lesetipps</span>` + card("1", "Einfacher Trick", "So stellst du Sauerkraut selbst her") + card("2", "Wichtiges Mikrobiom", "Vier Schritte für eine gesunde Darmflora") + `</article></article></main></body></html>`
	a := extractString(t, page)
	if strings.Contains(a.Text, "Lesetipps") || strings.Contains(a.Text, "Sauerkraut") {
		t.Errorf("teaser box left in body: %q", a.Text)
	}
	want := []string{"So stellst du Sauerkraut selbst her", "Vier Schritte für eine gesunde Darmflora"}
	if titles := relatedTitles(a); !slices.Equal(titles, want) {
		t.Errorf("related %q, want %q", titles, want)
	}
}

// TestToolLinksNotRelated: a related box's print and share links are page
// tools, not stories; its story links and "More …" pointer stay.
func TestToolLinksNotRelated(t *testing.T) {
	a := extractNoFallback(t, `<html><body><article><h1>Budget passes</h1><p>`+prose+`</p><p>`+prose+`</p></article>
<div class="related-stories"><h3>Related stories</h3><ul>
<li><a href="/news/1">Council delays the bridge repairs again</a></li>
<li><a href="/news/2">Bus routes to change from June onwards</a></li>
<li><a href="/news/more">More related articles »</a></li>
<li><a href="/news/print?id=3">Print this story</a></li>
<li><a href="https://digg.example/submit?u=x">Digg this story</a></li></ul></div></body></html>`)
	titles := relatedTitles(a)
	want := []string{"Council delays the bridge repairs again", "Bus routes to change from June onwards", "More related articles »"}
	if !slices.Equal(titles, want) {
		t.Errorf("related %q, want %q", titles, want)
	}
}

// TestIsStoryTitle: a related link's text is a story's title, not a
// listing's button or a page about the site.
func TestIsStoryTitle(t *testing.T) {
	cases := []struct {
		title string
		want  bool
	}{
		{"Peabody home's roof collapses in 3-alarm fire", true},
		{"Viewing the eclipse from Lisbon", true},
		{"风电光伏发电量持续增长", true},
		{"関連記事", false},
		{"Entertainment", false},
		{"Thiruvananthapuram", false},
		{"Wasser-Wasser-Wärmepumpe", false},
		{"Путин-Конституция", false},
		{"เศรษฐกิจไทยฟื้นตัวต่อเนื่องในไตรมาสสาม", true},
		{"もっと見る", false},
		{"Load More Articles", false},
		{"View all reviews by vara", false},
		{"Show more related content", false},
		{"Print this article", false},
		{"Printer friendly version", false},
		{"E-mail this to a friend", false},
		{"Read the full review", false},
		{"Back to the top", false},
		{"Check Price at Amazon", false},
		{"Check Amazon (on sale!)", false},
		{"Advertise My Business", false},
		{"Modern Slavery Statement", false},
		{"Subscribe to our newsletter", false},
		{"Have your say", false},
		{"Privacy Policy", false},
		{"Terms and Conditions", false},
		{"Datenschutzerklärung", false},
		{"Policy changes after the privacy ruling", true},
		{"https://t.co/Ug4SxiInsB", false},
		{"LifeDaily.com", false},
		{"@SopraSteria", false},
		{"#Internetknoten", false},
		{"Node.js 22 is out: what changes for servers", true},
		{"Per E-Mail versenden", false},
		{"© MessengerPeople", false},
		{"28. Oktober 2018", false},
		{"Posted on January 5, 2024", false},
		{"2024: the year the council balanced its budget", true},
		{"Too short", false},
	}
	for _, tc := range cases {
		t.Run(tc.title, func(t *testing.T) {
			if got := isStoryTitle(tc.title); got != tc.want {
				t.Errorf("isStoryTitle(%q) = %v, want %v", tc.title, got, tc.want)
			}
		})
	}
}

// TestRecommendationNetworks: a paid network's box gives no related links,
// whether its own class calls it related (Taboola's
// "trc_related_container") or a related widget's title sits above it; a
// script hook naming the network on the site's own box
// ("js-outbrain-anchor") does not make that box paid.
func TestRecommendationNetworks(t *testing.T) {
	ownStory := `<li><a href="https://news.example/2024/05/02/bridge">The bridge reopens after two years of repairs</a></li>`
	paidStory := `<a href="https://ads.example/flights?src=taboola">Finding cheap flights is now easy for everyone</a>`
	cases := []struct {
		name, html string
		want       []string
	}{
		{"network box named related", `<div class="trc_related_container trc_spotlight_widget"><div class="videoCube">` + paidStory + `</div></div>`, nil},
		{"network box under a related title", `<aside class="sidebar"><h3>You might like</h3><ul>` + ownStory + `</ul><div class="trc_rbox">` + paidStory + `</div></aside>`, []string{"The bridge reopens after two years of repairs"}},
		{"script hook on the site's own box", `<aside class="related more-on-this-story js-outbrain-anchor"><ul>` + ownStory + `</ul></aside>`, []string{"The bridge reopens after two years of repairs"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><title>Library hours extended</title></head><body><article><h1>Library hours extended</h1><p>`+prose+`</p><p>`+prose+`</p></article>`+tc.html+`</body></html>`)
			got := relatedTitles(a)
			if !slices.Equal(got, tc.want) {
				t.Errorf("related = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestIsCategoryLink: an archive page of a tag, a category, a topic or an
// author is no story, in the languages whose folder names
// taxonomySegments lists; a story filed under a topic folder is one.
func TestIsCategoryLink(t *testing.T) {
	cases := []struct {
		url  string
		want bool
	}{
		{"https://news.example/tag/budget/", true},
		{"https://news.example/category/news/local/", true},
		{"https://news.example/staff/caroline-lewis", true},
		{"https://news.example/authors/emily-walker/", true},
		{"https://news.example/autorin/olaf-kistenmacher", true},
		{"https://news.example/auteur/bernard-marx", true},
		{"https://news.example/kategorie/jugendfeuerwehr/", true},
		{"https://news.example/aktuell/feuilleton/thema/helene-fischer", true},
		{"https://news.example/2024/05/01/story#comments", true},
		{"https://medium.com/@vincentvallet?source=post_recirc", true},
		{"https://www.instructables.com/member/MixmasterFred/", true},
		{"https://fandom.example/u/Hgilbert", true},
		{"https://medium.com/@vincentvallet/lazy-images-in-practice-5f2a1c", false},
		{"https://news.example/thema/tesla-model-3-meistverkauft/497039969", false},
		{"https://news.example/themen/klimaschutz/klimaschutz-ist-jetzt", false},
		{"https://news.example/2024/05/01/the-bridge-reopens", false},
		{"https://news.example/blog?categoryId=13", true},
		{"https://www.blogger.com/profile/18169630202487810573", true},
		{"https://news.example/2024/05/01/story/#comment-7898", true},
		{"https://news.example/profiles/the-woman-who-mapped-the-ocean-floor", false},
		{"https://news.example/blog-categories/moving-industry-news", true},
		{"https://news.example/8300-10784_3-7-0.html?categoryId=9702214&tag=sb_cat", true},
		{"https://news.example/story.asp?category=Strange%20News&storyID=655194", false},
		{"https://news.example/archives/category.php?ent=5365", false},
		{"https://news.example/2100-7344_3-5456451.html?tag=st.rn", false},
		{"https://news.example/SectionHomeL.asp?section=theuae", false},
	}
	for _, tc := range cases {
		t.Run(tc.url, func(t *testing.T) {
			if got := isCategoryLink(tc.url); got != tc.want {
				t.Errorf("isCategoryLink(%q) = %v, want %v", tc.url, got, tc.want)
			}
		})
	}
}

// TestIsSectionFront: a short label linked to a one-word path is a
// section's front; a headline there is a story, and a slug of words or a
// number makes a story's address.
func TestIsSectionFront(t *testing.T) {
	cases := []struct {
		url, title string
		want       bool
	}{
		{"https://news.example/gesellschaft", "Gesellschaft", true},
		{"https://news.example/kunst", "Kunst & Kultur", true},
		{"https://news.example/entertainment/", "Entertainment", true},
		{"https://news.example/walgesaenge/", "Walgesänge: Die wohltuenden Klänge der Meeresriesen", false},
		{"https://news.example/bridge-reopens", "Bridge reopens", false},
		{"https://news.example/p/48213", "Bridge reopens", false},
		{"https://news.example/news/bridge", "Bridge", false},
		{"https://news.example/story?id=7", "Bridge", false},
		{"https://news.example/world", "More World news", false},
		{"https://news.example/other", "財政部公佈統一發票中獎清冊", false},
		{"https://news.example/shakai", "社会", true},
	}
	for _, tc := range cases {
		t.Run(tc.title+" "+tc.url, func(t *testing.T) {
			if got := isSectionFront(tc.url, tc.title); got != tc.want {
				t.Errorf("isSectionFront(%q, %q) = %v, want %v", tc.url, tc.title, got, tc.want)
			}
		})
	}
}

func TestIsAccountURL(t *testing.T) {
	cases := []struct {
		url  string
		want bool
	}{
		{"https://sso.news.example/cas/login?service=https%3A%2F%2Fnews.example", true},
		{"https://registro.news.example/RegStep1.asp", true},
		{"https://medium.com/m/signin?redirect=https%3A%2F%2Fmedium.com%2Fx", true},
		{"https://id.news.example/my-account?brand=news", true},
		{"https://accounts.shop.example/store-create", true},
		{"https://news.example/wp-login.php?action=lostpassword", true},
		{"https://news.example/2024/05/01/login-problems-hit-bank-customers", false},
		{"https://news.example/register/2024/voters-guide", true},
		{"https://news.example/politics/registration-deadline-nears", false},
		{"https://shop.example/cart/add_product/3381299?price_id=4290501", true},
		{"https://shop.example/cart/44052137050169:1", true},
		{"https://news.example/2024/05/01/golf-cart-sales-rise", false},
		{"/relative/login", false},
	}
	for _, tc := range cases {
		t.Run(tc.url, func(t *testing.T) {
			if got := isAccountURL(tc.url); got != tc.want {
				t.Errorf("isAccountURL(%q) = %v, want %v", tc.url, got, tc.want)
			}
		})
	}
}

// TestAccountLinksNotRelated: a comment form's sign-in and registration
// links beside the related box read like titles, as does a comment sent
// by mail behind Cloudflare's address protection; they are no story.
func TestAccountLinksNotRelated(t *testing.T) {
	a := extractString(t, `<html><head><title>Port strike enters its third day</title></head><body><article><h1>Port strike enters its third day</h1><p>`+prose+`</p><p>`+prose+`</p></article>
<div class="related-posts"><h3>Related</h3><ul>
<li><a href="https://news.example/2024/05/02/bridge">The bridge reopens after two years of repairs</a></li>
<li><a href="https://sso.news.example/cas/login?service=https%3A%2F%2Fnews.example">Iniciar Sesión para comentar</a></li>
<li><a href="https://registro.news.example/RegStep1.asp">Registro de Usuarios</a></li>
<li><a href="https://news.example/cdn-cgi/l/email-protection#2a4e4f484b5e">Kommentieren (via Email)</a></li>
</ul></div></body></html>`)
	got := relatedTitles(a)
	if want := []string{"The bridge reopens after two years of repairs"}; !slices.Equal(got, want) {
		t.Errorf("related = %q, want %q", got, want)
	}
}

// TestShareLinksNotRelated: a share button inside a related box links a
// service's share endpoint or, with Jetpack, the post itself with
// "?share=…"; neither is a story to read next.
func TestShareLinksNotRelated(t *testing.T) {
	a := extractString(t, `<html><head><title>Library hours extended</title></head><body><article><h1>Library hours extended</h1><p>`+prose+`</p><p>`+prose+`</p></article>
<div class="related-posts"><h3>Related</h3><ul>
<li><a href="https://news.example/2024/05/02/bridge">The bridge reopens after two years of repairs</a></li>
<li><a href="https://news.example/2024/05/01/library/?share=twitter">Click to share on X (Opens in new window)</a></li>
<li><a href="https://www.linkedin.com/shareArticle?url=https://news.example/x">Share this story on LinkedIn</a></li>
<li><a href="https://letters.example/?utm_source=substack&utm_content=share&action=share">Share The Weekly Letters Newsletter</a></li>
<li><a href="http://digg.com/submit?phase=2&url=https%3A%2F%2Fnews.example%2Flibrary">Click here to Digg this post</a></li>
</ul></div></body></html>`)
	got := relatedTitles(a)
	if want := []string{"The bridge reopens after two years of repairs"}; !slices.Equal(got, want) {
		t.Errorf("related = %q, want %q", got, want)
	}
}

// TestOwnPageNotRelated: a related box's link back to the page itself
// (a share bar's print button, "…/library/#print") names no other story,
// whether the caller gives the page's address or its canonical link does.
func TestOwnPageNotRelated(t *testing.T) {
	page := `<html><head><title>Library hours extended</title><link rel="canonical" href="https://news.example/2024/05/01/library/"></head><body><article><h1>Library hours extended</h1><p>` + prose + `</p><p>` + prose + `</p></article>
<div class="related-posts"><h3>Related</h3><ul>
<li><a href="https://news.example/2024/05/02/bridge">The bridge reopens after two years of repairs</a></li>
<li><a href="https://news.example/2024/05/01/library/#print">Klicken zum Ausdrucken (Wird in neuem Fenster geöffnet)</a></li>
<li><a href="https://NEWS.example/2024/05/01/library">Library hours extended for the summer</a></li>
</ul></div></body></html>`
	for _, url := range []string{"", "https://news.example/2024/05/01/library/?utm_source=feed"} {
		a, err := Extract([]byte(page), &Options{URL: url})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := relatedTitles(a), []string{"The bridge reopens after two years of repairs"}; !slices.Equal(got, want) {
			t.Errorf("URL %q: related = %q, want %q", url, got, want)
		}
	}
}

// TestScriptAnchorsNotRelated: an anchor without an href is a control a
// script drives; an archive's neutered "javascript:" link still names a
// story.
func TestScriptAnchorsNotRelated(t *testing.T) {
	a := extractString(t, `<html><head><title>Library hours extended</title></head><body><article><h1>Library hours extended</h1><p>`+prose+`</p><p>`+prose+`</p></article>
<div class="related-posts"><h3>Related</h3><ul>
<li><a href="https://news.example/2024/05/02/bridge">The bridge reopens after two years of repairs</a></li>
<li><a href="javascript:void(0)">Council approves the new bus routes for the north</a></li>
<li><a class="share-linkedin" role="button">Share this story to LinkedIn</a></li>
<li><a>Sign in to your News Example account</a></li>
</ul></div></body></html>`)
	got := relatedTitles(a)
	if want := []string{"The bridge reopens after two years of repairs", "Council approves the new bus routes for the north"}; !slices.Equal(got, want) {
		t.Errorf("related = %q, want %q", got, want)
	}
}

// TestPageFooterMoreFromSite: the page footer's "More from <site>" links
// are the same on every page, not related reading; the same box in the
// article's main element is.
func TestPageFooterMoreFromSite(t *testing.T) {
	a := extractString(t, `<html><head><title>Bridge reopens</title></head><body><main><article><h1>Bridge reopens</h1><p>`+prose+`</p><p>`+prose+`</p></article>
<section><h2>More from City News</h2><ul><li><a href="/2024/05/01/library-branch-opens">Library branch opens in the north end of the city</a></li></ul></section></main>
<footer><div><h3>More from City News</h3><ul><li><a href="/about">About us</a></li><li><a href="/2024/01/01/best-of-year">The best of the year in pictures and stories</a></li></ul></div></footer></body></html>`)
	got := relatedTitles(a)
	if want := []string{"Library branch opens in the north end of the city"}; !slices.Equal(got, want) {
		t.Errorf("related = %q, want %q", got, want)
	}
}

// TestSiteMenuMoreFromSite: a "More from <site>" heading in the site's
// menu (a hamburger menu, a <nav>) heads the menu's links, the same on
// every page, not related reading.
func TestSiteMenuMoreFromSite(t *testing.T) {
	for _, menu := range []string{`<div class="navs-container"><div id="hamburger">`, `<div><nav>`} {
		t.Run(menu, func(t *testing.T) {
			end := `</div></div>`
			if strings.Contains(menu, "<nav>") {
				end = `</nav></div>`
			}
			a := extractString(t, `<html><head><title>Bridge reopens</title></head><body>`+menu+`<ul><li><a href="/select/wellness">All Wellness</a></li><li><a href="/select/home/bedding-bath">All Bedding and bath</a></li></ul><h3>More from City News</h3><ul><li><a href="/shop">Check out the city shop today</a></li><li><a href="/archive">City News sitemap and archive</a></li></ul>`+end+
				`<main><article><h1>Bridge reopens</h1><p>`+prose+`</p><p>`+prose+`</p></article></main></body></html>`)
			if got := relatedTitles(a); len(got) != 0 {
				t.Errorf("related = %q, want none", got)
			}
		})
	}
}

// TestInviteLinksTitled: a related card's link that says only "Learn
// More" or "Read article" is titled by its aria-label, or for a link to
// a story by the card's headline; a generic invite beside a box's title
// ("Thank you for signing up!") is no story.
func TestInviteLinksTitled(t *testing.T) {
	cases := []struct {
		name, card string
		want       []string
	}{
		{"aria-label", `<div class="card"><h3>Endpoint security policy explained</h3><a aria-label="Endpoint security policy explained — Learn More" href="/blog/endpoint">Learn More</a></div>`, []string{"Endpoint security policy explained"}},
		{"aria-label with dotted capitals", `<div class="card"><a aria-label="İzmir İnşaat İhalesi — Learn More" href="/blog/izmir">Learn More</a></div>`, []string{"İzmir İnşaat İhalesi"}},
		{"card headline", `<div class="teaser"><div class="text"><h2>Nine Swiss gins you should try</h2></div><a class="storylink" href="/!453207266"><span>Read article</span></a></div>`, []string{"Nine Swiss gins you should try"}},
		{"generic invite under a box title", `<div class="box"><h3>Thank you for signing up!</h3><a href="/newsletters">Learn more</a></div>`, nil},
		{"invite naming the story in quotes", `<ul><li><a href="/2005/05/senate-hearing.html">Continue reading "Senate Judiciary Hearing On Copyright"</a></li></ul>`, []string{"Senate Judiciary Hearing On Copyright"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><title>Library hours extended</title></head><body><article><h1>Library hours extended</h1><p>`+prose+`</p><p>`+prose+`</p></article><aside class="related-posts">`+tc.card+`</aside></body></html>`)
			got := relatedTitles(a)
			if !slices.Equal(got, tc.want) {
				t.Errorf("related = %q, want %q", got, tc.want)
			}
		})
	}
}

// relatedTitles lists the titles of a's related links, in order.
func relatedTitles(a *Article) []string {
	var titles []string
	for _, r := range a.Related {
		titles = append(titles, r.Title)
	}
	return titles
}

// TestInlineHeadlines: a link to another of the site's stories set between
// two sentences, its words its address's slug, goes to Related and leaves
// the paragraph; a link inside a sentence, one whose text is the author's,
// a short one or one to another site stays.
func TestInlineHeadlines(t *testing.T) {
	const before = `The team won the final on Sunday, a thrilling victory for the club. `
	cases := []struct {
		name, link, after string
		moved             bool
	}{
		{"headline between sentences", `<a href="/australia-retain-wtc-crown-against-south-africa/">Australia retain wtc crown against south africa</a>`, ` This win lifts the whole league.`, true},
		{"headline closing the paragraph", `<a href="https://news.example/amanda-zurawski-texas-reproductive-rights/">amanda zurawski texas reproductive rights</a>`, ``, true},
		{"inside a sentence", `<a href="/australia-retain-wtc-crown-against-south-africa/">Australia retain wtc crown against south africa</a>`, `, our reporter wrote.`, false},
		{"the author's own words", `<a href="/australia-retain-wtc-crown-against-south-africa/">Read how Australia kept the crown</a>`, ` This win lifts the whole league.`, false},
		{"a few words", `<a href="/wtc-final/">WTC final</a>`, ` This win lifts the whole league.`, false},
		{"another site", `<a href="https://other.example/australia-retain-wtc-crown-against-south-africa/">Australia retain wtc crown against south africa</a>`, ` This win lifts the whole league.`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractBetweenProse(t, `<p>`+before+tc.link+tc.after+`</p>`)
			inBody := strings.Contains(a.Text, "rights") || strings.Contains(a.Text, "wtc") || strings.Contains(a.Text, "Read how")
			if moved := len(relatedTitles(a)) == 1 && !inBody; moved != tc.moved {
				t.Errorf("moved = %v, want %v: related %q, text %q", moved, tc.moved, relatedTitles(a), a.Text)
			}
			if !strings.Contains(a.Text, "thrilling victory") {
				t.Errorf("the paragraph went with the link: %q", a.Text)
			}
		})
	}
}

// TestStripPromoPrefix: the longest label a promo set inside its link
// goes, so "Related Story:" leaves no "Story:" before the title.
func TestStripPromoPrefix(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Related Story: Thousands told to evacuate as rivers peak", "Thousands told to evacuate as rivers peak"},
		{"Related: Thousands told to evacuate", "Thousands told to evacuate"},
		{"See also — Bridge repairs start in spring", "Bridge repairs start in spring"},
		{"Thousands told to evacuate", "Thousands told to evacuate"},
		{"[Read: Why the bridge closed]", "Why the bridge closed"},
		{"【関連記事】東京都の新予算が可決された", "東京都の新予算が可決された"},
		{"[Video] Bridge repairs start in spring", "[Video] Bridge repairs start in spring"},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			if got := stripPromoPrefix(tc.in); got != tc.want {
				t.Errorf("stripPromoPrefix(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestMoreForYouBox: Forbes' "MORE FOR YOU" box between paragraphs lists
// the site's stories: they go to Related.
func TestMoreForYouBox(t *testing.T) {
	const story = "The Four-Day Week Pilots Are In. Here's What The Data Shows"
	a := extractString(t, `<html><body><article><h1>Return-to-office mandates drive out senior staff</h1><p>`+prose+`</p>`+
		`<div class="recirc-module seo"><div class="recirc-module__title">MORE FOR YOU</div><ul class="recirc-module__list"><li><a href="https://www.example.com/sites/dw/2026/10/14/four-day-week/">`+story+`</a></li><li><a href="https://www.example.com/sites/dw/2026/09/02/hybrid/">Hybrid Work Is Settling Into A New Normal For Big Employers</a></li></ul></div>`+
		`<p>`+prose+`</p></article></body></html>`)
	if strings.Contains(a.Text, "MORE FOR YOU") || strings.Contains(a.Text, "Four-Day Week") {
		t.Errorf("the box stays in the body: %q", a.Text)
	}
	if !slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == story }) {
		t.Errorf("related = %+v, want %q", a.Related, story)
	}
}

// TestTeaserBoxesToRelated: boxes beside the story that each hold a
// headline linked to another story, its excerpt and a picture or a "Full
// Article" link to the same story go to Related, even with headlines too
// short for a card grid; on an index page, where such boxes are the
// page's bulk, they stay.
func TestTeaserBoxesToRelated(t *testing.T) {
	box := func(slug, head, excerpt string) string {
		u := "https://news.example/article/2015/01/02/" + slug
		return `<div class="feature"><div class="photo"><a href="` + u + `"><img src="/i/` + slug + `.jpg" alt=""></a></div><h2><a href="` + u + `">` + head + `</a></h2><p>` + excerpt + ` <span class="inlineLinks"><a href="` + u + `">Full Article</a></span></p></div>`
	}
	rail := box("factory", "Factory Activity", "Weak factory reports from Asia and Europe suggest more central bank action") +
		box("solar", "Solar Energy", "Government raises its solar investment target to 100 billion dollars by 2022")
	t.Run("rail beside a story", func(t *testing.T) {
		a := extractString(t, `<html><head><link rel="canonical" href="https://news.example/article/2014/12/30/sensex"></head><body><div class="columns"><div class="column1"><h1>Sensex ends flat</h1><p>`+prose+`</p><p>`+prose+`</p><p>`+prose+`</p></div><div class="column2"><div class="module"><h3>Showcase</h3><div class="moduleBody">`+rail+`</div></div></div></div></body></html>`)
		if strings.Contains(a.Text, "factory reports") || strings.Contains(a.Text, "solar investment") {
			t.Errorf("teasers stay in the body: %q", a.Text)
		}
		if got := relatedTitles(a); !slices.Contains(got, "Factory Activity") || !slices.Contains(got, "Solar Energy") {
			t.Errorf("related = %q, want both teasers", got)
		}
	})
	t.Run("index page", func(t *testing.T) {
		var b strings.Builder
		for i := range 8 {
			b.WriteString(box("story-"+strconv.Itoa(i), "Story number "+strconv.Itoa(i)+" of the day", "National Australia Bank has revealed that the regulator has closed the remaining remedial actions associated with the options trading losses of 2004"))
		}
		a := extractString(t, `<html><head><link rel="canonical" href="https://news.example/news/"></head><body><div class="list">`+b.String()+`</div></body></html>`)
		if !strings.Contains(a.Text, "remedial actions") {
			t.Errorf("an index page's teasers dropped: %q", a.Text)
		}
	})
}
