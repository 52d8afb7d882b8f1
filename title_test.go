package newsextract

import (
	"context"
	"strings"
	"testing"
)

// TestHeadlineKicker checks that the kicker, section label, date and
// screen-reader label inside an h1 are not part of the title.
func TestHeadlineKicker(t *testing.T) {
	page := func(h1 string) string {
		return `<html><head><title>Site</title></head><body><article>` + h1 + `<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []pageCase{
		{"kicker span", page(`<h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span>Bohren, bis es heiß wird</span></h1>`), "Bohren, bis es heiß wird"},
		{"roofline", page(`<h1><span class="roofline">Immobilienkrise </span>Benko-Firma Signa in Sorge</h1>`), "Benko-Firma Signa in Sorge"},
		{"section label", page(`<h1><div class="entry-section"><a href="/politics/">Politics | </a></div><span>St. Louis Park elects a new mayor</span></h1>`), "St. Louis Park elects a new mayor"},
		{"date in small print", page(`<h1>Zuschauer kehren in die Hallen zurück<br><small>02.02.2022 • Presse</small></h1>`), "Zuschauer kehren in die Hallen zurück"},
		{"time supertitle", page(`<h1><span class="supertitle"><time datetime="2022-02-01">1. Februar 2022</time></span><span class="title">Ministerin stellt den Plan vor</span></h1>`), "Ministerin stellt den Plan vor"},
		{"screen-reader label", page(`<h1><span class="sr-only">Headline:</span> Energiewende und gesellschaftlicher Wandel</h1>`), "Energiewende und gesellschaftlicher Wandel"},
		{"drupal invisible site suffix", page(`<h1 class="title">Was wir über uns nicht hören wollen<span class="element-invisible"> | SITE.NET</span></h1>`), "Was wir über uns nicht hören wollen"},
		{"date before the headline", page(`<h1>23.01.2022 - Dorothea Wierer darf beim Abschluss noch jubeln</h1>`), "Dorothea Wierer darf beim Abschluss noch jubeln"},
		{"year opening the headline stays", page(`<h1>2024 - the year the council balanced its budget</h1>`), "2024 - the year the council balanced its budget"},
		{"only a kicker keeps the text", page(`<h1><span class="kicker">Council passes the budget after long debate</span></h1>`), "Council passes the budget after long debate"},
		{"kicker longer than the headline in an h2", `<html><head><title>Genossenschaft in der Uckermark: Ein Dorf rettet seine Kneipe | STERN.de</title><meta property="og:title" content="Genossenschaft in der Uckermark: Ein Dorf rettet seine Kneipe"></head><body><article><h2 class="title title--article"><span class="title__kicker">Genossenschaft in der Uckermark</span><span class="title__headline-wrapper"><span class="title__headline">Ein Dorf rettet seine Kneipe</span></span></h2><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`, "Ein Dorf rettet seine Kneipe"},
		{"small part of an h1", page(`<h1><span class="h1small">Initiative EnergieEffizienz</span> Kostenloser Stromcheck für private Haushalte</h1>`), "Kostenloser Stromcheck für private Haushalte"},
	}
	checkTitles(t, cases)
}

// TestTitleSummingUpHeadline: a <title> made of parts the h1 shows,
// kicker included, sums that headline up; the headline is the title, not
// the part a breadcrumb also shows.
func TestTitleSummingUpHeadline(t *testing.T) {
	page := func(title, h1 string) string {
		return `<html><head><title>` + title + `</title></head><body><nav><a href="/haustechnik/">Haustechnik</a> » <span class="current-page">Initiative EnergieEffizienz</span></nav>` +
			`<article>` + h1 + `<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []pageCase{
		{"kicker and shortened headline", page("Initiative EnergieEffizienz - kostenloser Stromcheck | Ökologisch Bauen",
			`<h1><span class="h1small">Initiative EnergieEffizienz</span> Kostenloser Stromcheck für private Haushalte</h1>`), "Kostenloser Stromcheck für private Haushalte"},
		{"a part the headline lacks", page("Initiative EnergieEffizienz - Beratung vor Ort | Ökologisch Bauen",
			`<h1><span class="h1small">Initiative EnergieEffizienz</span> Kostenloser Stromcheck für private Haushalte</h1>`), "Initiative EnergieEffizienz"},
	}
	checkTitles(t, cases)
}

// TestDekInsideH1: a dek set inside the h1 is not the headline (when the
// declared title says it too, it is: wcxb-dev's dev-0137 keeps that).
func TestDekInsideH1(t *testing.T) {
	page := func(title, h1 string) string {
		return `<html><head><title>` + title + `</title></head><body><article><h1>` + h1 + `</h1><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	checkTitles(t, []pageCase{
		{"subtitle under a break", page("Council approves budget", `Council approves budget<br><span class="subtitle">Spending rises for schools and roads</span>`), "Council approves budget"},
	})
}

// TestTitleQuotingItalicName: a <title> that quotes a name the h1 sets
// in italics agrees with the h1, which is the headline, name included.
func TestTitleQuotingItalicName(t *testing.T) {
	page := func(title, h1 string) string {
		return `<html><head><title>` + title + `</title></head><body><article><h1 class="article-headline">` + h1 + `</h1><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	checkTitles(t, []pageCase{
		{"italic name quoted in the title", page("‘Fantastic Beasts’: A Nice Place to Visit | New Republic", `<span><i>Fantastic Beasts</i>: A Nice Place to Visit</span>`), "Fantastic Beasts: A Nice Place to Visit"},
	})
}

// TestTitleExtendingH1: an h1 that says the og:title and goes on after a
// dash with a clause of its own is the headline; an h1 that adds only the
// site's name after the dash is not.
func TestTitleExtendingH1(t *testing.T) {
	const pensioner = "Pensioner, 81, who hasn't had a parking ticket in 60 years is slapped with £170 fine after council machine 'swallowed his coins'"
	page := func(og, h1 string) string {
		return `<html><head><title>Pensioner slapped with fine | Daily Example</title><meta property="og:site_name" content="Daily Example"><meta property="og:title" content="` + og + `">` +
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + og + `"}</script></head><body><article><h1>` + h1 + `</h1><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []pageCase{
		{"clause after the dash", page(pensioner, pensioner+" - and is told he must pay up or face court"), pensioner + " - and is told he must pay up or face court"},
		{"site name after the dash", page(pensioner, pensioner+" - Daily Example"), pensioner},
	}
	checkTitles(t, cases)
}

// TestTitleSeparators checks that older title separators (" : ", " > ",
// " -- ") split the site name and section path from the headline.
func TestTitleSeparators(t *testing.T) {
	page := func(title string) string {
		return `<html><head><title>` + title + `</title></head><body><div><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	}
	cases := []pageCase{
		{"colon path", page("The Daily : Business : Council offers insurance cover to subscribers"), "Council offers insurance cover to subscribers"},
		{"breadcrumb and double dash", page("Daily.com > News > World -- Judges allow video of the victims in the trial"), "Judges allow video of the victims in the trial"},
		{"colon suffix", page("Council passes the budget after long debate : DAILY"), "Council passes the budget after long debate"},
		{"box-drawing bar", page("Council passes the budget after long debate │ DAILY"), "Council passes the budget after long debate"},
		{"WordPress guillemet", page("Council passes the budget after long debate « DAILY"), "Council passes the budget after long debate"},
		{"full-width bar", page("市議会が来年度予算案を賛成多数で可決、長時間の議論の末に結論｜DAILY"), "市議会が来年度予算案を賛成多数で可決、長時間の議論の末に結論"},
		{"underscores between Chinese parts", `<html><head><title>这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报</title></head><body><h1 class="hidden">好奇心日报</h1><div class="article"><h2 class="title">这个约会软件，想用你和对方的相似好恶来帮你找对象</h2><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`, "这个约会软件，想用你和对方的相似好恶来帮你找对象"},
		{"headline colon without spaces stays", page("Brexit: what happens next for the council budget"), "Brexit: what happens next for the council budget"},
	}
	checkTitles(t, cases)
}

// TestTitleLines checks that a hyphen ending a line of the <title> source
// separates the site, the section and the headline set one a line, that
// a meta title naming only the site does not hide the headline part the
// page shows, and that a compound's hyphen within a line stays.
func TestTitleLines(t *testing.T) {
	page := func(head, top string) string {
		return `<html><head>` + head + `</head><body><table><tr><td>` + top + `<p>` + prose + `</p><p>` + prose + `</p></td></tr></table></body></html>`
	}
	const at = "http://www.couriersun.example/Entertainment/Music/2008/01/10/4765188-sun.html"
	cases := []urlCase{
		{"section and headline one a line", at, page("<title>couriersun.example -\nMusic-\nCouncil settles the lawsuit</title><meta name=\"title\" content=\"Courier Sun\">", "<h5>Council settles the lawsuit</h5>"), "Council settles the lawsuit"},
		{"hyphen within a line stays", at, page("<title>Sport- und Freizeitangebote im Park</title>", ""), "Sport- und Freizeitangebote im Park"},
	}
	checkTitlesAt(t, cases)
	for _, in := range []string{"\n", "-\n", "\r\n-\r\n"} {
		lineEndSeparators(in) // no line to join: no panic
	}
}

// TestShortHeadlineInTitle checks that a short h1 wins when the declared
// title is that headline and a long site name after a separator.
func TestShortHeadlineInTitle(t *testing.T) {
	page := `<html><head><title>Council finds its budget - Berliner Leichtathletik Verband und Freunde e.V.</title></head><body><div><h1>Council finds its budget</h1><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	if got := extractString(t, page).Title; got != "Council finds its budget" {
		t.Errorf("title = %q, want %q", got, "Council finds its budget")
	}
}

// TestTitleSlug checks that the URL's slug picks the headline out of a
// declared title with a long site name, and leaves a headline's halves.
func TestTitleSlug(t *testing.T) {
	page := func(title string) string {
		return `<html><head><title>` + title + `</title></head><body><div><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	}
	cases := []urlCase{
		{"long site name after the slug's part", "https://blog.example/2014/05/18/alles-neue-mach-der-mai/", page("Alles Neue mach der Mai… | Bibliothek 2.0 und mehr"), "Alles Neue mach der Mai…"},
		{"umlauts spelt out in the slug", "https://blog.example/ueber-die-bruecke-gehen", page("Über die Brücke gehen | Wandern in den Alpen heute"), "Über die Brücke gehen"},
		{"a question after a dash stays", "https://blog.example/bericht-zur-lage-vom-dienstag", page("Bericht zur Lage vom Dienstag – worauf wartet die Politik?"), "Bericht zur Lage vom Dienstag – worauf wartet die Politik?"},
		{"a part before the slug's stays", "https://blog.example/the-bountiful-update", page("Minecraft 1.8 - The Bountiful Update"), "Minecraft 1.8 - The Bountiful Update"},
		{"slug of one word decides nothing", "https://blog.example/budget", page("Council passes the budget | Our Town News and Views"), "Council passes the budget | Our Town News and Views"},
	}
	checkTitlesAt(t, cases)
}

// TestParagraphH1 checks that an h1 filled with a summary paragraph yields
// to the declared title, and that a long one-sentence headline does not.
func TestParagraphH1(t *testing.T) {
	page := func(title, h1 string) string {
		return `<html><head><title>` + title + `</title></head><body><article><h1>` + h1 + `</h1><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	summary := "Learn which home renovations pay back the most? Get expert tips on how to understand and calculate the return. We will help you learn everything you need to know about the value of your project."
	long := "Jamie's war on toxic US food: Chef and fitness guru lead plea to the Prime Minister to block sub-standard products from flooding into the UK under trade deals"
	cases := []pageCase{
		{"summary paragraph in the h1", page("The 10 Best Home Improvement Projects of 2023", summary), "The 10 Best Home Improvement Projects of 2023"},
		{"long headline without a period stays", page("Jamie's war on toxic US food", long), long},
	}
	checkTitles(t, cases)
}

// TestVisibleTitlePart checks that the part of a declared title the page
// also shows is the headline, whatever joins it to the site and section
// names, and that site names, logos and bracketed years are not taken.
func TestVisibleTitlePart(t *testing.T) {
	page := func(title, body string) string {
		return `<html><head><title>` + title + `</title></head><body>` + body + `<div><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	}
	cases := []pageCase{
		{"short sections after the headline", page("Kemble quits as coach - World - Sport - Northern News", `<h2>Kemble quits as coach</h2>`), "Kemble quits as coach"},
		{"site in brackets, spelt as shown", page("Aidy Recalls Big Guns (from Harrow Times)", `<font size="4"><b>Aidy recalls big guns</b></font>`), "Aidy recalls big guns"},
		{"site before a colon", page("IOL: Trio set for Derby debuts", `<div class="story"><b>Trio set for Derby debuts</b></div>`), "Trio set for Derby debuts"},
		{"long text before a colon is the headline's", page("The Open Journalism Project: Better Student Journalism", `<h2>Better Student Journalism</h2>`), "The Open Journalism Project: Better Student Journalism"},
		{"a year in brackets stays", page("*A Treatise on Coffee* (1792) — The Review", `<h2><em>A Treatise on Coffee</em></h2>`), "A Treatise on Coffee (1792) — The Review"},
		{"logo linking home is not the headline", page("Budget vote is set for tonight — Our Town Council Minutes and Notes", `<div class="brand"><a href="index.html">Our Town Council Minutes and Notes</a></div><h2>Budget vote is set for tonight</h2>`), "Budget vote is set for tonight"},
		{"apostrophes left out of the title", page("Pace Star Sajs Bollywood Adventure (from The Bolton Times)", `<div class="story">Pace star Saj&#8217;s Bollywood adventure</div>`), "Pace star Saj’s Bollywood adventure"},
		{"apostrophes kept in the title", strings.Replace(page("Anthony's Top Board Games of the Year (With Extras) - Board Gamers Anonymous", `<div>Anthony&#8217;s Top Board Games of the Year (With Extras)</div>`), "<head>", `<head><meta property="og:site_name" content="Board Gamers Anonymous">`, 1), "Anthony's Top Board Games of the Year (With Extras)"},
		{"a tag in the title is no headline", page("Conversations with a Cryptid - Chapter 1 - Howl - 僕のヒーローアカデミア | Boku no Hero Academia [Archive]", `<dl class="work meta"><dd class="fandom tags"><a class="tag" href="/tags/1">僕のヒーローアカデミア | Boku no Hero Academia</a></dd></dl><h2 class="title heading">Conversations with a Cryptid</h2>`), "Conversations with a Cryptid"},
		{"short part the markup names the headline", page("CANOE -- JAM! Movies - Artists -  Cohl, Dusty: Remembering Dusty Cohl", `<div id="headlineMovies"><b>Remembering Dusty Cohl</b></div>`), "Remembering Dusty Cohl"},
		{"short part without the markup's word", page("CANOE -- JAM! Movies - Artists -  Cohl, Dusty: Remembering Dusty Cohl", `<div><b>Remembering Dusty Cohl</b></div>`), "JAM! Movies - Artists - Cohl, Dusty: Remembering Dusty Cohl"},
		{"a name before a possessive is no part", page("Victor Davis Hanson's Private Papers", `<h2>Victor Davis Hanson</h2>`), "Victor Davis Hanson's Private Papers"},
		{"an aside in brackets is no part", page("Beginner's Guide to SEO (Search Engine Optimization) - Moz", `<h1>The Beginner's Guide to SEO</h1><ul><li><a href="/learn">search engine optimization</a></li></ul>`), "The Beginner's Guide to SEO"},
		{"a long kicker set apart in the heading", page("Energiewende in der Lausitz: Der Wärmepumpen-Betrieb, der aus der Kohle kam - DER SPIEGEL", `<h2><span class="block"><span>Energiewende in der Lausitz</span></span> <span>Der Wärmepumpen-Betrieb, der aus der Kohle kam</span></h2>`), "Der Wärmepumpen-Betrieb, der aus der Kohle kam"},
		{"a long kicker set apart, the site after a dash", page("Energiewende in der Lausitz: Der Wärmepumpen-Betrieb, der aus der Kohle kam – DER SPIEGEL", `<h2><span class="block"><span>Energiewende in der Lausitz</span></span> <span>Der Wärmepumpen-Betrieb, der aus der Kohle kam</span></h2>`), "Der Wärmepumpen-Betrieb, der aus der Kohle kam"},
		{"a quoted name opening the title is no part", strings.Replace(page("'The Lantern Keepers' Creator on Season 2 Finale Death – The Hollywood Reporter", `<h1>&#8216;The Lantern Keepers&#8217; Creator Breaks Down That Season Finale Death</h1><p>For two seasons, Theo Marsh has been the moral center of <em>The Lantern Keepers</em>.</p>`), "<head>", `<head><meta property="og:title" content="&#039;The Lantern Keepers&#039; Creator on Season 2 Finale Death">`, 1), "‘The Lantern Keepers’ Creator Breaks Down That Season Finale Death"},
		{"the whole title shown is no part", page("Council passes the budget after a long debate | Daily", `<h2>Council passes the budget after a long debate | Daily</h2>`), "Council passes the budget after a long debate"},
		{"a section's page header over the h1", page("Press corner | European Commission", `<div class="ecl-page-header"><h2 class="ecl-page-header__title">Press corner</h2></div><h1>Commission launches a call to restore wetlands</h1>`), "Commission launches a call to restore wetlands"},
		{"a short headline part over the h1 naming it", page("Wetlands fund | European Commission", `<h2 class="page-title">Wetlands fund</h2><h1>Commission opens the wetlands fund to cities</h1>`), "Wetlands fund"},
	}
	checkTitles(t, cases)
	blurb := "Dayton, Ohio Weather, News, Sports and Entertainment WDTN.com, 2 On Your Side News and Weather: AT&amp;T replaces batteries in cabinets after fires"
	checkTitlesAt(t, []urlCase{
		{"a long text before a colon naming the host is the site's", "http://www.wdtn.example/Global/story.asp?S=7688686", page(blurb, `<font style="font-size:14px"><b>AT&amp;T replaces batteries in cabinets after fires</b></font>`), "AT&T replaces batteries in cabinets after fires"},
		{"a long kicker before a colon stays", "http://www.journalism.example/story", page("The Open Journalism Project For All Of Us: Better Student Journalism", `<h2>Better Student Journalism</h2>`), "The Open Journalism Project For All Of Us: Better Student Journalism"},
	})
}

// TestLowerHeadline checks the last resort of a page whose title is
// missing, only the site's name or its blurb: a headline-classed element,
// else a heading linking to the page itself, else the first h2 that
// reads as a headline, else an h3 that opens the page above its prose
// and is no link. A title holding the host's name, read right on a
// country domain (theherald.co.uk), is no site name.
func TestLowerHeadline(t *testing.T) {
	page := func(head, body string) string {
		return `<html><head>` + head + `</head><body>` + body + `<div><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	}
	cases := []urlCase{
		{"no title, headline-classed h2", "https://paper.example/story", page(``, `<h2>Sports Desk</h2><font size="+2"><b><h2 class="vitstoryheadline">Gamez takes the third-round lead</h2></b></font>`), "Gamez takes the third-round lead"},
		{"no title, inline markup spaced as shown", "https://paper.example/story", page(``, `<div class="cnnStoryHeader"><h2>Review of <em>Electronic Beowulf</em>, edited by K. Kiernan</h2></div>`), "Review of Electronic Beowulf, edited by K. Kiernan"},
		{"no title, an h3 opening the page", "https://wire.example/story", page(``, `<h3><font face="Georgia">BC-ME-GEN--Iraq, 8th Ld-Writethru,1264</font></h3>`), "BC-ME-GEN--Iraq, 8th Ld-Writethru,1264"},
		{"no title, an h3 under the prose is no headline", "https://coach.example/andre/", `<html><body><div><p>` + prose + `</p><p>` + prose + `</p><h3>Wähle jetzt Deinen Termin aus und klicke auf Weiter</h3></div></body></html>`, ""},
		{"no title, an h3 that is one link is no headline", "https://paper.example/story", page(``, `<h3><a href="#top">Back to top of Page</a></h3>`), ""},
		{"no title, first h2", "https://paper.example/story", page(``, `<div class="cnnStoryHeader"><h2>Ford close to resuming workouts</h2></div>`), "Ford close to resuming workouts"},
		{"title only the site's name", "https://www.edmontonsun.example/story", page(`<title>Edmonton Sun</title>`, `<h2>Lavigne lawsuit settled out of court</h2>`), "Lavigne lawsuit settled out of court"},
		{"title holding the host's word is no site name", "https://news.example/story", page(`<title>Council news: budget passes after long debate</title>`, `<h2 class="headline">Another story entirely here</h2>`), "Council news: budget passes after long debate"},
		{"country domain's second level is no host name", "https://www.theherald.co.uk/politics/story.php", page(`<title>Ministers Face Dilemma Over Sportscotland (from The Herald )</title>`, `<div class="story">Ministers face dilemma over sportscotland</div>`), "Ministers face dilemma over sportscotland"},
		{"title with an empty headline slot", "https://www.rail.example/travel/replacement.aspx", page(`<title>National Rail Enquiries -</title>`, `<h1 class="sifr"></h1><h2>Rail Replacement Services Travel Advice</h2>`), "Rail Replacement Services Travel Advice"},
		{"title only the site's name, the h1 the page's", "https://anwaltniemeyer.example/index.html", page(`<title>Anwalt Niemeyer</title>`, `<h1>Willkommen!</h1>`), "Willkommen!"},
		{"a logo link classed as the title is the site's name", "https://www.leadingthecharge.example/story", page(`<title>Leading the Charge</title>`, `<table><tr><td class="ArticleTitle"><a href="https://www.leadingthecharge.example/">Leading the Charge</a></td></tr></table><span class="ViewArticleTitle">Bin Laden issues warning on Iraq</span>`), "Bin Laden issues warning on Iraq"},
		{"no title, a heading linking to the page", "https://blogs.example/BTL/?p=7638", page(``, `<h4><a href="https://blogs.example/BTL/?p=7638" rel="bookmark">Sprint lays off 4,000, restructures amid defections</a></h4><p>`+prose+`</p><h2><span class="talkbackHd">Talkback - Add your opinion</span></h2>`), "Sprint lays off 4,000, restructures amid defections"},
		{"no title, a footnote's anchor is no link to the page", "https://treasury.example/forecasts/summary.asp", page(``, `<h2>Executive Summary (continued)</h2><h4>Economic Outlook<sup><a href="summary.asp#notes">[1]</a></sup></h4>`), "Executive Summary (continued)"},
		{"title that is the site's blurb", "https://www.cupsoccer.example/news/2008/01/story.html", page(`<title>Cup Soccer. All the top world soccer news daily. News from international soccer. World Cup, Euro, champion's league, premiership football, serie a.</title>`, `<h2>Grant admires never-say-die Chelsea</h2>`), "Grant admires never-say-die Chelsea"},
		{"site name kept when nothing reads as a headline", "https://www.edmontonsun.example/story", page(`<title>Edmonton Sun</title>`, `<h2>Sports</h2>`), "Edmonton Sun"},
	}
	checkTitlesAt(t, cases)
}

// pageCase is a named page and the value one field of its article must have.
type pageCase struct{ name, page, want string }

// urlCase is a pageCase extracted at a page URL, for rules that read the
// host or the slug.
type urlCase struct{ name, url, page, want string }

// checkTitlesAt runs each case's page at its URL and compares the
// article's title.
func checkTitlesAt(t *testing.T, cases []urlCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), &Options{URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.want {
				t.Errorf("title = %q, want %q", a.Title, tc.want)
			}
		})
	}
}

// checkTitles runs each case's page and compares the article's title.
func checkTitles(t *testing.T, cases []pageCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := extractString(t, tc.page).Title; got != tc.want {
				t.Errorf("title = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSiteNameInTitle checks what names the site in a title: a part only
// as long as a label, a logo h1 linking home (also as the site name when
// none is declared), the subdomain of a host shared by several sites, and
// never an anchor without href.
func TestSiteNameInTitle(t *testing.T) {
	page := func(title, body string) string {
		return `<html><head><title>` + title + `</title></head><body>` + body + `<div><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	}
	cases := []struct{ name, url, page, want, site string }{
		{"headline naming the host is kept", "https://www.bundespolizei.example/DE/x.html",
			page("Bundespolizei - Aktuelles - Migration: Bereits 9.087 Feststellungen durch die Bundespolizei im laufenden Jahr", `<h1>Migration: Bereits 9.087 Feststellungen durch die Bundespolizei im laufenden Jahr</h1>`),
			"Migration: Bereits 9.087 Feststellungen durch die Bundespolizei im laufenden Jahr", "Bundespolizei"},
		{"a shared host's subdomain names the site", "http://www.theaustralian.news.com.au/story/0,25197,1.html",
			page("Bad news comes in threes | The Australian", `<h1 class="section-heading">Bad news comes in threes</h1>`),
			"Bad news comes in threes", "The Australian"},
		{"logo h1 names the site", "https://rueda.example/enchufla",
			page("Enchufla Figuren - Salsa-Figuren - Rueda in Berlin", `<h1><a href="/"><span>Salsa-Figuren - Rueda in Berlin</span></a></h1><h2>Enchufla</h2>`),
			"Enchufla Figuren", "Salsa-Figuren - Rueda in Berlin"},
		{"anchor without href is no logo", "https://paper.example/story",
			page("Fire in Burrabazar rages amidst fear building might collapse- Paper Times", `<h1><span>Story</span></h1><h1><a id="headline" class="nihl">Fire in Burrabazar rages amidst fear building might collapse</a></h1>`),
			"Fire in Burrabazar rages amidst fear building might collapse", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), &Options{URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tc.want || a.SiteName != tc.site {
				t.Errorf("title, site = %q, %q; want %q, %q", a.Title, a.SiteName, tc.want, tc.site)
			}
		})
	}
}

// TestSiteNameFallbacks: without og:site_name or a publisher, the site's
// name comes from the JSON-LD WebSite object, or from the <title> part
// that spells the host; a longer part that merely holds the host's
// letters is a headline, not the name.
func TestSiteNameFallbacks(t *testing.T) {
	body := `<body><article><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	cases := []struct{ name, url, head, site string }{
		{"JSON-LD WebSite", "https://news.example/a", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Daily Example","url":"https://news.example/"},{"@type":"Article","headline":"Budget passes"}]}</script><title>Budget passes</title>`, "The Daily Example"},
		{"title part spelling the host", "https://www.cbcbank.example/tips", `<title>Top Nine Financial Tips for Working Adults | CBC Bank</title>`, "CBC Bank"},
		{"headline holding the host's letters", "http://www.helmets.example/astm/min0211.htm", `<title>ASTM F-8.53 Helmet Subcommittee Minutes - Miami, November 2002</title>`, ""},
		{"no address", "", `<title>Top Nine Financial Tips for Working Adults | CBC Bank</title>`, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(`<html><head>`+tc.head+`</head>`+body), &Options{URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			if a.SiteName != tc.site {
				t.Errorf("site = %q, want %q", a.SiteName, tc.site)
			}
		})
	}
}

// TestHeadlineFromBody checks that the article's opening heading is the
// title where the page declares no headline and its <title> is a label or
// names the story in part, and only there.
func TestHeadlineFromBody(t *testing.T) {
	page := func(head, heading string) string {
		return `<html><head>` + head + `</head><body><div class="content"><h2>` + heading + `</h2><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	}
	cases := []pageCase{
		{"title of joined labels sharing a word", page(`<title>Feuerwehr Oldenburg - Ausbildung</title>`, "Bootsdienst Ausbildung"), "Bootsdienst Ausbildung"},
		{"one-word label", page(`<title>Gaspreise</title>`, "Energiepreiskrise: Entlastungen und Rechte auf einen Blick"), "Energiepreiskrise: Entlastungen und Rechte auf einen Blick"},
		{"no title at all", page(``, "Stu MacAskie Trio open jazz jam"), "Stu MacAskie Trio open jazz jam"},
		{"a declared headline stays", page(`<title>Gaspreise</title><meta property="og:title" content="Gaspreise im Vergleich">`, "Energiepreiskrise: Entlastungen"), "Gaspreise im Vergleich"},
		{"a whole title stays", page(`<title>Bartleby the Scrivener Web Study Text</title>`, "Study Webtext"), "Bartleby the Scrivener Web Study Text"},
	}
	checkTitles(t, cases)
}

// TestShownSpelling checks that a declared title, og:title or <title>,
// takes the case of the visible headline that reads the same: a heading,
// or on a page made before phones a line in large type.
func TestShownSpelling(t *testing.T) {
	page := func(heading string) string {
		return `<html><head><meta property="og:title" content="Vessel Returning To Port With Cargo Of Cocaine"><title>Site</title></head><body><div>` + heading + `<p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	}
	cases := []pageCase{
		{"h2 in sentence case", page(`<h2 class="detail-heading">Vessel Returning to Port with Cargo of Cocaine</h2>`), "Vessel Returning to Port with Cargo of Cocaine"},
		{"other heading keeps the declared title", page(`<h2>Vessel returning to port</h2>`), "Vessel Returning To Port With Cargo Of Cocaine"},
	}
	checkTitles(t, cases)
	old := func(head, line string) string {
		return `<html><head><title>` + head + `</title></head><body><table><tr><td>` + line + `<p><i>Thursday 10 January 2008 at 12:46</i></p><p>` + prose + `</p><p>` + prose + `</p></td></tr></table></body></html>`
	}
	checkTitles(t, []pageCase{
		{"<title> spelt as its heading", old("CLASSICAL MILITARY STRATEGY AND MISSILE DEFENSE", `<h2>Classical Military Strategy and Missile Defense</h2>`), "Classical Military Strategy and Missile Defense"},
		{"<title> spelt as an old page's large line", old("Shearer and Redknapp play down Newcastle links", `<font size=4 face="Verdana">Shearer And Redknapp Play Down Newcastle Links</font>`), "Shearer And Redknapp Play Down Newcastle Links"},
		{"a large line on a modern page is no spelling", strings.Replace(old("Shearer and Redknapp play down Newcastle links", `<font size=4>Shearer And Redknapp Play Down Newcastle Links</font>`), "<head>", `<head><meta name="viewport" content="width=device-width">`, 1), "Shearer and Redknapp play down Newcastle links"},
	})
}

// TestSectionH1UnderDeclaredTitle checks that a lone h1 naming the site's
// section yields to a heading that shows the declared title whole, while
// an h1 sharing words with the declared title stays the headline.
func TestSectionH1UnderDeclaredTitle(t *testing.T) {
	page := func(title, h1, h2 string) string {
		return `<html><head><title>` + title + `</title></head><body><div><h1>` + h1 + `</h1><h2>` + h2 + `</h2><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	}
	cases := []pageCase{
		{"section h1", page("Babies Who Eat Peanuts Early May Avoid Allergy", "Allergies Health Center", "Babies Who Eat Peanuts Early May Avoid Allergy"), "Babies Who Eat Peanuts Early May Avoid Allergy"},
		{"headline h1 sharing words", page("Stiftung: 3 Fragen an Tina Musil", "3 Fragen an Tina Musil, Teamleiterin Fundraising", "Stiftung: 3 Fragen an Tina Musil"), "3 Fragen an Tina Musil, Teamleiterin Fundraising"},
	}
	checkTitles(t, cases)
}

// TestBannerH1LinkingToItsColumn: an h1 inside a link to a page above
// this one (a blog's banner) names the column; the story's own heading
// under it is the title. A headline linking to its own page stays.
func TestBannerH1LinkingToItsColumn(t *testing.T) {
	page := func(h1 string) string {
		return `<html><head><title>Why Does Slack Say Hummus? - The Schmooze – Forward.com</title><meta property="og:title" content="The Adorable Reason You Can Set Your Alert Sound to Hummus on Slack"></head><body>` + h1 +
			`<section class="blog-article"><h2>The Adorable Reason You Can Set Your Alert Sound to Hummus on Slack</h2><p>` + prose + `</p><p>` + prose + `</p></section></body></html>`
	}
	url := "https://forward.com/schmooze/358592/why-does-slack-say-hummus/"
	checkTitlesAt(t, []urlCase{
		{"banner linking to the column", url, page(`<a href="https://forward.com/schmooze/"><h1 class="blog-banner-title"><span>The Schmooze:</span><br> Your Jewish Pop Culture Fix</h1></a>`), "The Adorable Reason You Can Set Your Alert Sound to Hummus on Slack"},
		{"headline linking to its page", url, page(`<a href="` + url + `"><h1>Why Does Slack Say Hummus and Other Questions</h1></a>`), "Why Does Slack Say Hummus and Other Questions"},
	})
}

// TestBoxH1UnderDeclaredTitle checks that an h1 sharing no word with the
// declared title yields to that title shown as a block of its own (the
// h1 heads a search box), but not to the site's name in a sentence.
func TestBoxH1UnderDeclaredTitle(t *testing.T) {
	page := func(title, shown, h1 string) string {
		return `<html><head><title>` + title + `</title></head><body><div>` + shown + `<p>` + prose + `</p><p>` + prose + `</p></div><div><h1>` + h1 + `</h1><form><input name="q"></form></div></body></html>`
	}
	cases := []pageCase{
		{"headline in a div", page("Seattle quarterback beats media blitz", `<div class="hed">Seattle quarterback beats media blitz</div>`, "Find it fast!"), "Seattle quarterback beats media blitz"},
		{"site name inside a sentence", page("The Evening Courier", `<p>Search <strong>The Evening Courier</strong>:</p>`, "Council passes the budget"), "Council passes the budget"},
	}
	checkTitles(t, cases)
}

// TestSectionH1sUnderDeclaredTitle: a page that sets its sections in h1s
// takes its <title>, not the one section h1 long enough to pass for a
// headline; one such h1 alone, or beside one other, stays the headline.
func TestSectionH1sUnderDeclaredTitle(t *testing.T) {
	page := func(h1s ...string) string {
		var b strings.Builder
		for _, h := range h1s {
			b.WriteString(`<h1>` + h + `</h1><p>` + prose + `</p>`)
		}
		return `<html><head><title>Oxford University Gymnastics Club Constitution</title></head><body><div>` + b.String() + `</div></body></html>`
	}
	cases := []pageCase{
		{"sections in h1s", page("Meetings of the Members", "The Committee", "Indemnity"), "Oxford University Gymnastics Club Constitution"},
		{"one h1", page("Meetings of the Members"), "Meetings of the Members"},
		{"two h1s", page("Meetings of the Members", "Indemnity"), "Meetings of the Members"},
	}
	checkTitles(t, cases)
}

// TestHeadlineAboveByline: a page without a <title> whose only h1 names
// the section ("News") takes the styled line right above the byline as
// its title, and that line leaves the body as a repeated headline does.
func TestHeadlineAboveByline(t *testing.T) {
	page := `<html><head></head><body><div class="hdr"><h1>News</h1></div><div class="article"><p class="orange">Radiohead Play Secret Show In London</p><p>by Tim Cashmere - January 16 2008<br>photo by Ro Moon</p><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	a := extractString(t, page)
	if a.Title != "Radiohead Play Secret Show In London" {
		t.Errorf("title = %q", a.Title)
	}
	if strings.Contains(a.Text, "Secret Show") {
		t.Errorf("headline repeated in the body: %q", a.Text)
	}
	checkTitles(t, []pageCase{
		{"sentence above the byline", strings.Replace(page, "Radiohead Play Secret Show In London", "The band played an unannounced set in a record shop.", 1), "News"},
	})
}

// TestTitleMarkupLeftovers checks that markdown emphasis copied into the
// declared titles and references a CMS escaped twice do not reach the
// title, and that the headline decoded so still leaves the body.
func TestTitleMarkupLeftovers(t *testing.T) {
	page := func(head, h1 string) string {
		return `<html><head>` + head + `</head><body><article><h1>` + h1 + `</h1><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []pageCase{
		{"markdown emphasis", page(`<title>*A Treatise on Coffee* (1792) — The Review</title><meta property="og:title" content="*A Treatise on Coffee* (1792)">`, `<em>A Treatise on Coffee</em> (1792)`), "A Treatise on Coffee (1792)"},
		{"bold emphasis", page(`<meta property="og:title" content="The **new** budget, explained">`, `Council budget`), "The new budget, explained"},
		{"asterisk footnote stays", page(`<meta property="og:title" content="Prices fall 5%* this year">`, `Markets`), "Prices fall 5%* this year"},
		{"entity escaped twice", page(`<title>Tools | Python, SQL &#x26; AI | Example</title>`, `Tools | Python, SQL &amp;#x26; AI`), "Tools | Python, SQL & AI"},
	}
	checkTitles(t, cases)
	a := extractNoFallback(t, page(`<title>Tools | Python, SQL &#x26; AI | Example</title>`, `Tools | Python, SQL &amp;#x26; AI`))
	if len(a.Sections) > 0 && strings.Contains(a.Sections[0].Heading, "SQL") {
		t.Errorf("headline left in the body as %q", a.Sections[0].Heading)
	}
}

// TestTitleDecoration checks that arrows, bullets and rules set around a
// title go, while quotation marks stay.
func TestTitleDecoration(t *testing.T) {
	page := func(title string) string {
		return `<html><head><title>` + title + `</title></head><body><div><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	}
	cases := []pageCase{
		{"arrows", page("=> The One to Watch: Harmony One Arrives <="), "The One to Watch: Harmony One Arrives"},
		{"trailing bar", page("Über André Loibl |"), "Über André Loibl"},
		{"stars", page("*** Council passes the budget ***"), "Council passes the budget"},
		{"French quotes stay", page("« Nous voulons la paix », dit le maire"), "« Nous voulons la paix », dit le maire"},
	}
	checkTitles(t, cases)
}

// TestSectionLabelAfterHeadline: a piece's kind set after the headline
// with a bar, in the h1 itself, leaves the title and the body; a bar
// before a headline's own last words stays.
func TestSectionLabelAfterHeadline(t *testing.T) {
	page := func(h1 string) string {
		return `<html><head><title>` + h1 + `</title></head><body><article><h1>` + h1 + `</h1><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []pageCase{
		{"opinion", page("How meditation rewires brains | Opinion"), "How meditation rewires brains"},
		{"capitals", page("TV rose to the challenges of 2020 | COMMENTARY"), "TV rose to the challenges of 2020"},
		{"rating stays", page("‘27 Dresses’ | 2 stars"), "‘27 Dresses’ | 2 stars"},
	}
	checkTitles(t, cases)
	a := extractString(t, page("How meditation rewires brains | Opinion"))
	if strings.Contains(a.Text, "Opinion") {
		t.Errorf("headline repeated in the body: %.120q", a.Text)
	}
}

// TestHeadlinePartOverTagline checks that of two parts of the title the
// page shows, the one set as a headline wins over a longer tagline.
func TestHeadlinePartOverTagline(t *testing.T) {
	page := `<html><head><title>Slow Start Cost the Majors in Ottawa - OurSports Central - Independent and Minor League Sports News</title></head><body>` +
		`<div class="headerwords">Independent and Minor League Sports News</div><table><tr><td><div class="headline1">Slow Start Cost the Majors in Ottawa</div>` +
		`<p>` + prose + `</p><p>` + prose + `</p></td></tr></table></body></html>`
	checkTitlesAt(t, []urlCase{{"headline class", "http://www.oursportscentral.com/services/releases/?id=3580033", page, "Slow Start Cost the Majors in Ottawa"}})
}

// TestTitleFromShareLinks: a page saved without its head, or whose title
// names only the site, still passes the story's title to its share
// buttons; other links with a title parameter are not share links.
func TestTitleFromShareLinks(t *testing.T) {
	share := `<p><a href="http://del.icio.us/post?url=http://news.example/2/hi/7127451.stm&amp;title=Gulf states urge peace with Iran">Delicious</a>
		<a href="http://digg.com/submit?url=http://news.example/2/hi/7127451.stm&amp;title=Gulf%20states%20urge%20peace%20with%20Iran">Digg</a></p>`
	body := `<div><p>` + prose + `</p><p>` + prose + `</p>` + share + `</div>`
	const at = "http://www.presstv.example/detail.aspx?id=38562"
	cases := []urlCase{
		{"no head", at, `<html><body>` + body + `</body></html>`, "Gulf states urge peace with Iran"},
		{"title names the site", at, `<html><head><title>Press TV</title></head><body>` + body + `</body></html>`, "Gulf states urge peace with Iran"},
		{"comment debris where </title> was lost", at, `<html><head><title>Press TVi library--></head><body>` + body + `</body></html>`, "Gulf states urge peace with Iran"},
		{"title stays first", at, `<html><head><title>Gulf leaders end their summit in Qatar</title></head><body>` + body + `</body></html>`, "Gulf leaders end their summit in Qatar"},
		{"a script's template is no title", at, `<html><body><div><p>` + prose + `</p><p>` + prose + `</p><a href="http://digg.com/submit?url=x&amp;title=' + encodeURIComponent(document.title) + '">Digg</a></div></body></html>`, ""},
		{"a search link is no share link", at, `<html><body><div><p>` + prose + `</p><p>` + prose + `</p><a href="/search?title=Weather+and+traffic+today">Search</a></div></body></html>`, ""},
	}
	checkTitlesAt(t, cases)
}

// TestHeadlineOverSiteTitle checks that the page's one line classed as a
// headline replaces a declared title that shares no word with it (the
// site's or section's name), and that teasers, a section heading or a
// header box around the heading do not.
func TestHeadlineOverSiteTitle(t *testing.T) {
	page := func(title, top string) string {
		return `<html><head><title>` + title + `</title></head><body><table><tr><td>` + top + `<p>` + prose + `</p><p>` + prose + `</p></td></tr></table></body></html>`
	}
	cases := []pageCase{
		{"headline span", page("580 CFRA - News Talk Radio", `<span class="headline">NATO intervention in Pakistan: Dion</span><br>`), "NATO intervention in Pakistan: Dion"},
		{"storyhead font", page("The Hindu News Update Service", `<font class=storyhead size=4><b>Captive-bred pandas to learn survival from dogs</b></font>`), "Captive-bred pandas to learn survival from dogs"},
		{"titular cell", page("Noticias Infobolsa / Titulares", `<div class="titular">Magellan comes out in force at the fair</div>`), "Magellan comes out in force at the fair"},
		{"headline sharing a word", page("Council budget vote goes ahead", `<span class="headline">Council approves the plan at last</span>`), "Council budget vote goes ahead"},
		{"two teasers", page("Daily Courier Sports", `<span class="headline">Hawks win the derby at home</span><span class="headline">Owls lose their coach to rivals</span>`), "Daily Courier Sports"},
		{"a consent dialog's headline", page("Water main bursts in Friedrichshain | Regional | Daily", `<div class="consent-banner" role="dialog"><p class="consent-banner__headline">Wir brauchen Ihre Zustimmung</p><button>Zustimmen</button></div><h2><span>Chaos in the east</span> <span>Water main floods the avenue</span></h2>`), "Water main bursts in Friedrichshain"},
		{"wiki section heading", page("Penny, the village teacher", `<h2><span class="mw-headline">Group Ten-Heart Event</span></h2>`), "Penny, the village teacher"},
		{"header box", page("Daily Courier Sports", `<div class="storyHeader"><b>Hawks win the derby at home</b><div>Posted: Wednesday</div></div>`), "Daily Courier Sports"},
		{"heading linking to this page", page("Northeastern PA News from the Associated Press | timesleader.com", `<h1><a href="/">TimesLeader.com</a></h1><h2><a href="/2024/05/01/story">'Surge' Makes Annual Banned-Words List</a></h2><p class="small">By JEFF KAROUB</p>`), "'Surge' Makes Annual Banned-Words List"},
		{"heading linking to another page", page("Northeastern PA News from the Associated Press | timesleader.com", `<h2><a href="/2024/05/02/other">'Surge' Makes Annual Banned-Words List</a></h2>`), "Northeastern PA News from the Associated Press"},
	}
	checkTitles(t, cases)
}

// TestEmphasisedHeadlineOnOldPage checks that on a page made before phones
// whose <title> names the site, the bold or large line right above the
// story is the title, past a date stamp or a box of links under it,
// while a <title> that does not name the site, or a modern page, keeps
// its title.
func TestEmphasisedHeadlineOnOldPage(t *testing.T) {
	page := func(head, above string) string {
		return `<html><head>` + head + `</head><body><table><tr><td><font size="2"><a href="/">Home</a> | <a href="/news">News</a></font></td></tr>` +
			`<tr><td>` + above + `</td></tr><tr><td bgcolor="#ffffff"><p>` + prose + `</p><p>` + prose + `</p></td></tr></table></body></html>`
	}
	const url = "http://www.couriernews.example/story.asp?id=7"
	headline := `<font size="4"><b>Council approves the new budget after debate</b></font>`
	cases := []urlCase{
		{"bold line under a site title", url, page(`<title>Courier News: Top Stories</title>`, headline), "Council approves the new budget after debate"},
		{"date stamp under the headline", url, page(`<title>couriernews - latest reports</title>`, headline+`<br><font size="1">2008-01-09 15:24</font>`), "Council approves the new budget after debate"},
		{"heading opening the story", url, strings.Replace(page(`<title>couriernews - latest reports from the region</title>`, ""), `<td bgcolor="#ffffff">`, `<td bgcolor="#ffffff"><h3>Council approves the new budget after debate</h3>`, 1), "Council approves the new budget after debate"},
		{"links between headline and story", url, page(`<title>couriernews - latest reports</title>`, headline+`<table><tr><td><a href="/s/1">Hawks win the derby at home</a></td></tr><tr><td><a href="/s/2">Owls lose their coach to rivals</a></td></tr></table>`), "Council approves the new budget after debate"},
		{"hyphenated host", "http://www.courier-news.example/story.asp?id=7", page(`<title>The Courier Online News - Entertainment</title>`, headline), "Council approves the new budget after debate"},
		{"title not naming the site", url, page(`<title>Tuesday night at City Hall</title>`, headline), "Tuesday night at City Hall"},
		{"modern page", url, page(`<meta name="viewport" content="width=device-width"><title>Courier News: Top Stories</title>`, headline), "Courier News: Top Stories"},
	}
	checkTitlesAt(t, cases)
}

// TestSiteNameSpelledLikeHost: a site name that the host name spells
// without its spaces, accents or umlauts is stripped from the title.
func TestSiteNameSpelledLikeHost(t *testing.T) {
	page := func(title string) string {
		return `<html><head><title>` + title + `</title></head><body><div><p>` + prose + `</p><p>` + prose + `</p></div></body></html>`
	}
	checkTitlesAt(t, []urlCase{
		{"accent", "https://www.nestle-marktplatz.de/mitmachen/produkttests", page("Produkttester werden: gratis testen & bewerten │ Nestlé Marktplatz"), "Produkttester werden: gratis testen & bewerten"},
		{"umlaut", "https://www.oekologisch-bauen.info/haustechnik/stromcheck/", page("Kostenloser Stromcheck für Haushalte | Ökologisch Bauen"), "Kostenloser Stromcheck für Haushalte"},
		{"hyphen", "http://www.event-solutions.com/halloffame/2002.html", page("Event Solutions | 2002 Hall of Fame Inductees"), "2002 Hall of Fame Inductees"},
	})
}

// TestQuestionRunsOnInTitle: a subhead that repeats the title's opening
// question without its mark does not cut the rest of the title off.
func TestQuestionRunsOnInTitle(t *testing.T) {
	page := `<html><head><title>How Fast Do Electric Skateboards Go? Top Speeds Revealed</title></head><body><article>` +
		`<p>` + prose + `</p><h2>How Fast Do Electric Skateboards Go</h2><p>` + prose + `</p></article></body></html>`
	checkTitles(t, []pageCase{{"subhead without the mark", page, "How Fast Do Electric Skateboards Go? Top Speeds Revealed"}})
}

// TestHeadlineWithLostCharacters: an h1 that lost characters to '?' takes
// the declared title it spells; a question in the h1 stays as it is.
func TestHeadlineWithLostCharacters(t *testing.T) {
	page := func(title, h1 string) string {
		return `<html><head><title>` + title + `</title></head><body><article><h1>` + h1 + `</h1><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	checkTitles(t, []pageCase{
		{"lost characters", page("What Are The Basics Of Event Planning: Beginner's Guide", "What Are The Basics Of Event Planning? Beginner? Guide"), "What Are The Basics Of Event Planning: Beginner's Guide"},
		{"replacement character", page("Café opens in the old mill", "Caf\uFFFD opens in the old mill"), "Café opens in the old mill"},
		{"a real question", page("Council budget: what changes", "Will the council pass the budget? Members vote today"), "Will the council pass the budget? Members vote today"},
	})
}

func TestLostCharsMatch(t *testing.T) {
	cases := []struct {
		shown, full string
		want        bool
	}{
		{"beginner? guide", "beginner's guide", true},
		{"planning? beginner", "planning: beginner", true},
		{"caf\uFFFD", "café", true},
		{"beginner? guide", "beginner guide", false},
		{"why? because", "why it matters", false},
		{"abc", "abc", true},
		{"a?", "abcd", false},
		{"?", strings.Repeat("x", 100000), false},
	}
	for _, tc := range cases {
		if got := lostCharsMatch([]rune(tc.shown), []rune(tc.full)); got != tc.want {
			t.Errorf("lostCharsMatch(%q, %q) = %v, want %v", tc.shown, tc.full, got, tc.want)
		}
	}
}

// TestCompoundWordHeadline checks that a two-word h1 whose first word is
// a compound ("Red-hot frontrunners") is long enough to be the headline
// over a site's meta title, while a short compound ("SIGN-UP") in a box's
// h1 does not make the box a second headline.
func TestCompoundWordHeadline(t *testing.T) {
	page := func(h1s string) string {
		return `<html><head><title>The Calgary Sun</title><meta name="title" content="The Calgary Sun online - News, Sports and Entertainment"></head><body>` +
			h1s + `<p>` + prose + `</p><p>` + prose + `</p></body></html>`
	}
	cases := []pageCase{
		{"compound of two words", page(`<h1 style="font-size:14px;">Red-hot frontrunners</h1>`), "Red-hot frontrunners"},
		{"short compound in a box", page(`<h1>Flames keep winning at home</h1><div><h1>EDIGIT SIGN-UP</h1></div>`), "Flames keep winning at home"},
	}
	checkTitles(t, cases)
}

// TestVisibleTextsSkipLongHeadings: a heading holding more than a
// headline's text is not read whole as a candidate part of the title (on
// a hostile page, headings nest around the whole body, each read in full).
func TestVisibleTextsSkipLongHeadings(t *testing.T) {
	p := newPage(context.Background(), &Options{})
	if err := p.load([]byte(`<html><body><h2>Council passes the budget</h2><h2><div>` + strings.Repeat(prose+" ", 10) + `</div></h2></body></html>`)); err != nil {
		t.Fatal(err)
	}
	headings := 0
	for _, v := range p.visibleTexts() {
		if headingLevel(v.node) > 0 {
			headings++
			if len(v.text) > maxShownTitleBytes {
				t.Errorf("a heading of %d bytes read as a title's part", len(v.text))
			}
		}
	}
	if headings != 1 {
		t.Errorf("%d headings read, want the short one", headings)
	}
}

// TestTitleBesidePermalink: a documentation page's h1 carries its
// permalink mark ("Configuration¶"); the headline without it is the
// first part of the <title>, whose project suffix goes.
func TestTitleBesidePermalink(t *testing.T) {
	page := `<html><head><title>Configuration — Widget 2.3 documentation</title></head><body><div role="main"><section id="configuration"><h1>Configuration<a class="headerlink" href="#configuration" title="Permalink to this heading">¶</a></h1><p>` + prose + `</p><p>` + prose + `</p></section></div></body></html>`
	a := extractString(t, page)
	if a.Title != "Configuration" {
		t.Errorf("title = %q, want %q", a.Title, "Configuration")
	}
}
