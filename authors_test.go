package newsextract

import (
	"strings"
	"testing"
)

// authorPage wraps head markup and body markup around two paragraphs of
// prose, under the host news.example.
func authorPage(head, body string) string {
	return `<html><head><meta property="og:site_name" content="Example News">` + head +
		`</head><body><article><h1>Council passes the budget after a long debate</h1>` + body +
		`<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
}

func TestAuthors(t *testing.T) {
	cases := []struct {
		name, page, want string
	}{
		{"the site's name after the writer", authorPage("", `<div class="byline">Hasyim Widhiarto, Example News, Jakarta | National | Sun, March 16 2014, 2:33 PM</div>`), "Hasyim Widhiarto"},
		{"publisher meta as the author meta", authorPage(`<meta name="publisher" content="Deutsche Welle (www.dw.com)"><meta name="author" content="Deutsche Welle (www.dw.com)">`, `<ul><li><strong>Date</strong> 10.06.2013</li><li><strong>Author</strong> Julian Tompkin</li></ul>`), "Julian Tompkin"},
		{"story kind before by", authorPage("", `<div class="byline"><span class="article_type">Feature</span> <span class="by">by</span> <span class="author"><a href="/authors/edwin-evans-thirlwell">Edwin Evans-Thirlwell</a></span> <span class="job_title">News Editor</span></div>`), "Edwin Evans-Thirlwell"},
		{"camelCase byline class", authorPage("", `<div class="cntNewsAuthorHolderRight"><h5>James Rivington</h5></div>`), "James Rivington"},
		{"camelCase byline class after the story", authorPage("", `<p>`+prose+`</p><p class="articleAuthors">Martin Žemlička</p>`), "Martin Žemlička"},
		{"camelCase picture byline", authorPage("", `<div class="imageByline">Kevork Djansezian, file</div><div class="articleByline">Jill Serjeant</div>`), "Jill Serjeant"},
		{"photo credit in an author span", authorPage("", `<div class="ogm-image"><img src="/a.jpg"><p>The mayor at the vote</p><span class="author">Photo: Petr Horník, Právo</span></div><p>`+prose+`</p><p class="byline">Martin Žemlička</p>`), "Martin Žemlička"},
		{"Korean role before =", authorPage("", `<div class="byline">정리=김정형 기자</div>`), "김정형"},
		{"Korean dateline and agency before the name", authorPage("", `<span class="writer">[서울=뉴시스] 김정형 기자</span>`), "김정형"},
		{"Korean photo credit before the byline", authorPage("", `<span class="writer">사진=이민호 기자</span><p class="byline">글=김정형 기자</p>`), "김정형"},
		{"the headline in a box classed as the author's", `<html><head></head><body><article><h1>Serology: It's in the Blood</h1><span class="author">SEROLOGY: IT'S IN THE BLOOD</span><p>` + prose + `</p></article></body></html>`, ""},
		{"a thread's credit after its link is no byline", authorPage("", `<p>`+prose+`</p><dl><dt>Forums</dt><dd><p>• <a href="https://forums.example/t/2891463">How about the new coach</a> <i>by <a href="https://forums.example/profile?nickname=UAkid27">UAkid27</a> 01/15/2008 9:15 a.m.</i></p></dd></dl>`), ""},
		{"a post's own headline link before its byline", `<html><head></head><body><article><h2><a href="https://news.example/2024/05/01/story">Council passes the budget</a> <span>by Jo Hart</span></h2><p>` + prose + `</p></article></body></html>`, "Jo Hart"},
		{"a sentence over a classed description", authorPage("", `<div class="card"><p class="gb-headline">Meet the team behind the reviews</p><div class="author-description">Licensed Q Arabica Grader, M.A. Journalism</div></div>`), ""},
		{"account handle after the name", authorPage("", `<div class="byline">Sarah Jones @sjones</div>`), "Sarah Jones"},
		{"Japanese reporter title after the name", authorPage("", `<p class="author">田中太郎 記者</p>`), "田中太郎"},
		{"Turkish reporter label", authorPage("", `<span class="muhabir">Muhabir: Ayşe Yılmaz</span>`), "Ayşe Yılmaz"},
		{"one author meta per writer", authorPage(`<meta name="author" content="Julia Carrie Wong"><meta name="author" content="Sam Levin">`, ""), "Julia Carrie Wong; Sam Levin"},
		{"repeated author meta with a desk's role", authorPage(`<meta name="author" content="Open Source PBX Editor"><meta name="author" content="Internet Communications Editor">`, ""), "Open Source PBX"},
		{"microdata authors side by side", authorPage("", `<p><span itemprop="author" itemscope><a rel="author" href="/profile/julia"><span itemprop="name">Julia Carrie Wong</span></a></span> and <span itemprop="author" itemscope><a rel="author" href="/profile/sam"><span itemprop="name">Sam Levin</span></a></span></p>`), "Julia Carrie Wong; Sam Levin"},
		{"byline line after the dek in one box", authorPage("", `<div class="post-info"><h3 class="page-subtitle">Having cut Britain adrift of Europe, Brexiters are indulging in an old fantasy about a new national role in the world</h3> by Duncan Bell / January 19, 2017 / <a href="#respond">0 comments</a></div>`), "Duncan Bell"},
		{"agency's writer title after a dash", authorPage("", `<h3>By DAVID B. CARUSO - Associated Press Writer -- </h3>`), "DAVID B. CARUSO"},
		{"writer named as a Person publisher", authorPage(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"La voix des nuls","publisher":{"type":"Person","name":"Kristen Falc'hon"}}</script>`, `<p class="cover-episodes__authors"><span class="authors__pre">Un documentaire de <a class="authors__name" href="/auteurs/kristen_falc_hon">Kristen Falc'hon</a></span></p>`), "Kristen Falc'hon"},
		{"teaser headline opening with Von", authorPage("", `<p>`+prose+`</p><ul class="more"><li><a title="Von Einheimischen, Gästen und ganz viel Kühen" href="/Simmental/Lenk/Von-Einheimischen-Gaesten-und-ganz-viel-Kuehen-43143.html">Von Einheimischen, Gästen und ganz viel Kühen</a></li></ul>`), ""},
		{"headline in a box classed as the author's", authorPage("", `<span class="news-list-author" itemprop="headline">Endlich mehr Beschleunigung wagen!</span>`), ""},
		{"co-writers with after a comma", authorPage(`<meta name="author" content="By Howard Gleckman, with Paul Magnusson and Stan Crock, in Washington">`, ""), "Howard Gleckman; Paul Magnusson; Stan Crock"},
		{"desk's plural title after the names", authorPage("", `<p class="byline">Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators</p>`), "Julie Weisenhorn; Natalie Hoidal"},
		{"brand's exclamation mark inside a desk's name", authorPage(`<meta name="author" content="AKIBA PC Hotline!編集部">`, ""), "AKIBA PC Hotline!編集部"},
		{"critic after the name", authorPage("", `<p>By STEVE PERSALL, Times Film Critic</p>`), "STEVE PERSALL"},
		{"writers as items of a byline list", authorPage("", `<ul class="authors"><li><div class="author has-bio"><span class="by-text">By</span> Josh Haskell</div><div class="author-overlay"><a href="#">Close</a><a href="/author/josh_haskell">More from Josh</a></div></li><li><div class="author has-bio">David Caplan</div><div class="author-overlay"><a href="#">Close</a><a href="/author/david_caplan">More from David</a></div></li></ul>`), "Josh Haskell; David Caplan"},
		{"staff title after the name", authorPage("", `<p><em>By Megan Tollefson, Communications Coordinator</em></p>`), "Megan Tollefson"},
		{"interview label set apart before the name", authorPage("", `<div class="author-date"><span class="author-prefix">Συνέντευξη:</span> <a class="author" href="/author/elena">Έλενα Χαραλάμπους</a> <span class="date">14 Ιουλίου 2024, 6:30</span></div>`), "Έλενα Χαραλάμπους"},
		{"Spanish autores box", authorPage("", `<div class="nota-autoria"><div class="autores"><a href="/es/autores/marina-solorzano">Marina Solórzano</a> y <a href="/es/autores/julian-ardon">Julián Ardón</a></div></div>`), "Marina Solórzano; Julián Ardón"},
		{"writer's bio in the byline box", authorPage("", `<div class="author-bio-box"><p><i>The writer is a transport economist and a visiting lecturer at the University of Colombo.</i></p></div><p><b>By Dilrukshi Senanayake</b></p>`), "Dilrukshi Senanayake"},
		{"bio after the name in the byline box", authorPage("", `<div class="author_short_bio"><a href="/resume/martin-chikilian">Martin Chikilian</a><div>Martin is a full-stack engineer and has worked as a professional Python developer since 2007.</div></div>`), "Martin Chikilian"},
		{"image licence author is no byline", authorPage("", `<div class="license-info"><span class="license-type">CC BY</span><span class="author-name"><a href="https://commons.example/File:x.jpg">Nenad Stojkovic</a></span></div><div class="second-author"><p>Autor <span>Mark Newton:</span></p></div>`), "Mark Newton"},
		{"photo-author class is no byline", authorPage("", `<span class="photo-author">Jo Lens</span><p class="byline">By Sam Roe</p>`), "Sam Roe"},
		{"translator credit is no name", authorPage("", `<p>By Mark Newton, Übersetzung</p>`), "Mark Newton"},
		{"commenter after the comments anchor", `<html><body><div><h1>Ministers face dilemma over the sports agency</h1><p>` + prose + `</p><p>` + prose + `</p></div><a name="comments"></a><div class="b_box">Posted by: Brad, Glasgow on <span class="itdate">11:16am Wed 9 Jan 08</span></div><div class="entry">Geography is never irrelevant. You have to employ people and find suitable accommodation.</div></body></html>`, ""},
		{"posted by with date", authorPage("", `<p class="postmetadata">Posted by <a href="/about/">Sam O'Neill</a> on 14 February 2023</p>`), "Sam O'Neill"},
		{"citation authors turned round", authorPage(`<meta name="citation_author" content="Okafor, Chidinma A."><meta name="citation_author" content="Erik Lindqvist">`, ""), "Chidinma A. Okafor; Erik Lindqvist"},
		{"drupal submitted by", authorPage("", `<div class="node__submitted">Submitted by <span>Dana Whitfield</span> on <span><time datetime="2026-10-14T14:12:00Z">Wed, 10/14/2026 - 09:12</time></span></div>`), "Dana Whitfield"},
		{"reported by", authorPage("", `<p>Reported by Kim Min-su</p>`), "Kim Min-su"},
		{"co-authored by", authorPage("", `<div class="byline_info"><span class="byline_info_text">Co-authored by Gareth Holloway</span></div>`), "Gareth Holloway"},
		{"dateline's city in the author field", authorPage(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Exports rise","author":{"@type":"Person","name":"الرياض: محمد المطيري"}}</script>`, ""), "محمد المطيري"},
		{"photo credit in the author field", authorPage(`<meta name="author" content="Фото: Наталия Губернаторова">`, `<p class="byline">Сергей Борисов</p>`), "Сергей Борисов"},
		{"one Person of two names", authorPage(`<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Turkey prices fall","author":{"@type":"Person","name":["Steve Inskeep","Nell Carrow"]}}</script>`, ""), "Steve Inskeep; Nell Carrow"},
		{"Q&A page's asker", authorPage(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"How do I reverse a slice?","author":{"@type":"Person","name":"Ann Marlowe"},"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"Bo Chen"}}}}</script>`, ""), "Ann Marlowe"},
		{"FAQ question is no article", authorPage(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Is it free?","author":{"@type":"Person","name":"Faq Editor"}}]}</script>`, `<p class="byline">By Sam Roe</p>`), "Sam Roe"},
		{"Russian text credit", authorPage("", `<p>Текст: Иван Петров</p>`), "Иван Петров"},
		{"Russian pair of authors", authorPage("", `<p class="byline">Мария Иванова и Олег Смирнов</p>`), "Мария Иванова; Олег Смирнов"},
		{"Arabic pair of authors", authorPage("", `<p>بقلم أحمد علي و محمد حسن</p>`), "أحمد علي; محمد حسن"},
		{"Uzbek prepared-by sign-off", authorPage("", `<p class="byline">Shahzod Ergashev tayyorladi.</p>`), "Shahzod Ergashev"},
		{"byline box named by a hidden heading", authorPage("", `<section aria-labelledby="article-byline" role="region"><h2 id="article-byline" class="bbc-1151pbn">مضمون کی تفصیل</h2><ul role="list"><li><span class="bbc-1151pbn">مصنف,</span><span class="bbc-1m3wt6m">عائشہ مرزا</span></li></ul></section>`), "عائشہ مرزا"},
		{"Korean writer zone", authorPage("", `<div class="writer-zone"><span>홍길동 기자</span></div>`), "홍길동"},
		{"by in its own span", authorPage("", `<div><span>By</span><span><a href="/team/alex">Alex Bozarjian</a></span></div>`), "Alex Bozarjian"},
		{"von in italics", authorPage("", `<p><i>von Daniela Obers</i></p>`), "Daniela Obers"},
		{"lower-case user name alone", authorPage("", `<p>by   ibby</p>`), "ibby"},
		{"byline then date and comments", authorPage("", `<p>by <a href="/author/amanda/">Amanda</a> · Dec 20, 2025 at 3:00 am · <a href="#comments">One comment</a></p>`), "Amanda"},
		{"sentence starting with by", authorPage("", `<p>By contrast, the council of the neighbouring town voted no.</p>`), ""},
		{"by inside a sentence", authorPage("", `<p>`+prose+` You can bill clients hourly or <a href="/pricing">by project</a>, as you prefer, and `+prose+`</p>`), ""},
		{"by a year", authorPage("", `<p>By 2030 the line will run every ten minutes.</p>`), ""},
		{"job title in next element", authorPage("", `<div class="byline"><a href="/people/keith">Keith Barry</a><span>Senior Autos Reporter</span></div>`), "Keith Barry"},
		{"job title glued on", authorPage(`<meta name="author" content="Mateusz HabernyFounder">`, ""), "Mateusz Haberny"},
		{"page words after name", authorPage(`<meta name="author" content="Johanna Kropfitsch Alle Artikel">`, ""), "Johanna Kropfitsch"},
		{"degree after comma", authorPage(`<meta name="author" content="Grant Tinsley, PhD">`, ""), "Grant Tinsley"},
		{"desk and title after a comma", authorPage("", `<p class="byline">By <a href="/a">Jane Smith</a>, Consumer Affairs Editor</p>`), "Jane Smith"},
		{"second name with title after and", authorPage(`<meta name="author" content="Ann Lee and Bo Chen Reporter">`, ""), "Ann Lee; Bo Chen"},
		{"dated byline", authorPage("", `<p class="meta">Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.</p>`), "Bradley M. Kuhn"},
		{"dated byline in german", authorPage("", `<p>Stand: 26.10.2023 von Silke Becker</p>`), "Silke Becker"},
		{"title with a year before by", authorPage("", `<p>Parse, Don't Validate (2019) by Alexis King</p>`), ""},
		{"screen-reader label before the author link", authorPage("", `<ul class="post-meta"><li class="post-author"><span class="screen-reader-text">Post author</span><a href="/author/ann/">Ann Green</a></li><li class="post-date"><a href="/2024/04/30/notes/">April 30, 2024</a></li></ul>`), "Ann Green"},
		{"arabic byline", authorPage("", `<div class="meta"><span class="author">بقلم: أحمد خالد</span></div>`), "أحمد خالد"},
		{"hebrew byline", authorPage("", `<p>מאת דנה לוי</p>`), "דנה לוי"},
		{"chinese byline with a full-width colon", authorPage("", `<div class="info"><span>作者：张三</span></div>`), "张三"},
		{"chinese reporter title before the name", authorPage("", `<p><font>作者： 记者王敬照</font></p>`), "王敬照"},
		{"korean reporter title after the name", authorPage("", `<div class="info"><span class="reporter">김민수 기자</span><span class="date">입력 2025.11.28 14:32</span></div>`), "김민수"},
		{"korean byline with the address", authorPage("", `<p class="byline">이지은 특파원 jieun@news.example</p>`), "이지은"},
		{"indonesian writer label", authorPage("", `<div class="info"><span class="penulis">Penulis: Dewi Lestari</span> | <span class="editor">Editor: Budi Santoso</span></div>`), "Dewi Lestari"},
		{"indonesian by", authorPage("", `<p>Oleh Dewi Lestari</p>`), "Dewi Lestari"},
		{"thai by", authorPage("", `<p>โดย สมชาย ใจดี</p>`), "สมชาย ใจดี"},
		{"thai by in a classed byline", authorPage("", `<div class="meta"><span class="author">โดย สมชาย ใจดี</span> <span class="date">27 พฤศจิกายน 2569 14:30 น.</span></div>`), "สมชาย ใจดี"},
		{"text credit", authorPage("", `<p>Text: Anna Svensson</p>`), "Anna Svensson"},
		{"finnish text credit", authorPage("", `<p>Teksti: Matti Virtanen</p>`), "Matti Virtanen"},
		{"turkish written by", authorPage("", `<p>Yazan: Ayşe Kaya</p>`), "Ayşe Kaya"},
		{"danish written by", authorPage("", `<p>Skrevet af Lars Jensen</p>`), "Lars Jensen"},
		{"croatian writes", authorPage(`<meta name="author" content="Piše: Marko Horvat">`, ""), "Marko Horvat"},
		{"persian author label", authorPage("", `<p>نویسنده: علی رضایی</p>`), "علی رضایی"},
		{"greek writes", authorPage("", `<p>Γράφει: Νίκος Παπαδόπουλος</p>`), "Νίκος Παπαδόπουλος"},
		{"lithuanian author label", authorPage("", `<p>Autorius: Jonas Jonaitis</p>`), "Jonas Jonaitis"},
		{"a scripture text is no credit", authorPage("", `<p>Text: 1 John 3:16</p>`), ""},
		{"hungarian author label", authorPage("", `<p>Szerző: Kovács Anna</p>`), "Kovács Anna"},
		{"vietnamese author label", authorPage("", `<p>Tác giả: Võ Hải</p>`), "Võ Hải"},
		{"hindi author label", authorPage("", `<div class="byline"><span>लेखक: राहुल शर्मा</span> | <span>अपडेटेड: 30 नवंबर 2025</span></div>`), "राहुल शर्मा"},
		{"place the writer files from after a comma", authorPage("", `<div class="autor">Por <strong>Maria Souza</strong>, de Porto Alegre</div>`), "Maria Souza"},
		{"date closing the byline's text", authorPage("", `<h2 class="art-byline">By Adrian Shaw 18/01/2008 </h2>`), "Adrian Shaw"},
		{"date and time closing a staff credit", authorPage("", `<p class="author">Example News Staff 2019年04月28日 08時00分</p>`), "Example News Staff"},
		{"Han name before its date", authorPage("", `<p class="author">山田太郎 2019年04月28日 08時00分</p>`), "山田太郎"},
		{"surname before a comma and the date", authorPage("", `<p class="date-author">Janic Cathomen, 01.12.2021</p>`), "Janic Cathomen"},
		{"labelled date closing the byline", authorPage("", `<p class="byline">Jane Doe Updated March 12, 2024 10:30 AM</p>`), "Jane Doe"},
		{"Taiwanese text credit", authorPage("", `<p class="byline">文／王小明</p>`), "王小明"},
		{"reporter and the place he reports from", authorPage("", `<p class="byline">記者 王小明／台北報導</p>`), "王小明"},
		{"Chinese written credit", authorPage("", `<p class="byline">撰文：王小明</p>`), "王小明"},
		{"Finnish writer label", authorPage("", `<p class="byline">Kirjoittaja Matti Virtanen</p>`), "Matti Virtanen"},
		{"Polish wrote", authorPage("", `<p class="byline">Napisała Anna Nowak</p>`), "Anna Nowak"},
		{"Chinese info line after its date and source", authorPage("", `<div class="info">2025-12-03 10:30 来源：新闻网 作者：王小明 编辑：李四</div>`), "王小明"},
		{"Latin name in a Chinese info line", authorPage("", `<div class="info">2025-12-03 来源：新闻网 作者：John Smith 编辑：李四</div>`), "John Smith"},
		{"Chinese this article's author", authorPage("", `<div class="info">本文作者：王小明</div>`), "王小明"},
		{"Japanese byline in brackets with its outlet", authorPage("", `<div id="byline"><b>[</b>田中宏昌，<b>ITmedia]</b></div>`), "田中宏昌"},
		{"Japanese names listed", authorPage("", `<div class="byline">山田太郎、鈴木花子</div>`), "山田太郎; 鈴木花子"},
		{"unshown Japanese company in the author meta, the desk in the byline", authorPage(`<meta name="author" content="株式会社インプレス">`, `<ul class="author list"><li>Example News編集部</li></ul>`), "Example News編集部"},
		{"unshown company in the author meta, the staff in the byline", authorPage(`<meta name="author" content="Example Media Holdings Inc.">`, `<p class="byline">By Example News Staff</p>`), "Example News Staff"},
		{"writers with the places they file from", authorPage("", `<p class="byline">By John Smith in Hong Kong and Tom Brown in Beijing</p>`), "John Smith; Tom Brown"},
		{"one writer in two places", authorPage("", `<p class="byline">By Jane Doe in London and Paris</p>`), "Jane Doe"},
		{"paper named Star after a comma", authorPage("", `<p class="byline">By John Smith, Kansas City Star</p>`), "John Smith"},
		{"Japanese text credit with its desk", authorPage("", `<p class="author"><a>文● オカモト／ASCII編集部</a></p>`), "オカモト"},
		{"section before the writers", authorPage("", `<div class="article__author">Politik &#xB7; Jochen Bittner, Tina Hildebrandt</div>`), "Jochen Bittner; Tina Hildebrandt"},
		{"user name before a category", authorPage("", `<div class="byline">by benni | Uncategorized</div>`), "benni"},
		{"two-word city after a comma", authorPage("", `<p class="byline">By John Smith, New York, December 3</p>`), "John Smith"},
		{"city ending in City after a comma", authorPage("", `<p class="byline">By Ana Ruiz, Mexico City</p>`), "Ana Ruiz"},
		{"paper after a comma", authorPage("", `<p class="byline">By Maria Garcia, Los Angeles Times</p>`), "Maria Garcia"},
		{"wire with The after a comma", authorPage("", `<p class="byline">By Colleen Barry, The Associated Press</p>`), "Colleen Barry"},
		{"outlet alone stays the credit", authorPage("", `<p class="byline">By The Associated Press</p>`), "The Associated Press"},
		{"particle inside a name", authorPage("", `<div class="autor">Por Ana de Armas e João da Silva</div>`), "Ana de Armas; João da Silva"},
		{"two names and a degree", authorPage(`<meta name="author" content="Ann Lee, MD, and Bo Chen">`, ""), "Ann Lee; Bo Chen"},
		{"three names with ampersand", authorPage(`<meta name="author" content="Clara Löw, Siddharth Prakash & Klaus Jacob">`, ""), "Clara Löw; Siddharth Prakash; Klaus Jacob"},
		{"unlinked city after a linked name", authorPage("", `<div class="storyBy">By <a href="/author/ritika-sethi-101">Ritika Sethi</a>, New Delhi</div>`), "Ritika Sethi"},
		{"unlinked desk in its own element", authorPage("", `<div class="byline">By <a class="author-link" href="/news/author/joviland-rita/">Joviland Rita</a>,<span class="byline-org">GMA Integrated News</span></div>`), "Joviland Rita"},
		{"linked co-authors", authorPage("", `<div class="storyBy">By <a href="/author/ritika-sethi">Ritika Sethi</a>, <a href="/author/anil-rao">Anil Rao</a></div>`), "Ritika Sethi; Anil Rao"},
		{"a live blog's hosts under a label", authorPage("", `<p class="meta__live-authors">Live animé par <a href="/signataires/camille-roussel/">Camille Roussel</a> et <a href="/signataires/baptiste-lemaire/">Baptiste Lemaire</a></p>`), "Camille Roussel; Baptiste Lemaire"},
		{"French written-by label over linked names", authorPage("", `<p class="c-signature__authors"><span class="c-signature__title">Article rédigé par</span> <a class="c-signature__names" href="/redaction/julien-mercadier/">Julien Mercadier</a> <span class="c-signature__organization">- franceinfo</span></p>`), "Julien Mercadier"},
		{"author cards side by side", authorPage("", `<div class="vrt-authors"><a class="vrt-author" href="/nl/auteurs/elke-vandamme/"><img src="/e.jpg" alt=""><span class="vrt-author__name">Elke Vandamme</span></a><a class="vrt-author" href="/nl/auteurs/pieter-brouckaert/"><img src="/p.jpg" alt=""><span class="vrt-author__name">Pieter Brouckaert</span></a></div>`), "Elke Vandamme; Pieter Brouckaert"},
		{"Icelandic author page link", authorPage("", `<div class="sc-2e6f9a3b-0 lMnOpR"><img src="https://example.is/a.jpg" alt=""><div><a class="sc-2e6f9a3b-1 sTuVwY" href="/hofundur/anna-jonsdottir">Anna Jónsdóttir</a><span class="sc-2e6f9a3b-2 zAbCdF">Fréttastofa</span></div></div>`), "Anna Jónsdóttir"},
		{"plain co-authors", authorPage("", `<div class="storyBy">By Ritika Sethi, Anil Rao</div>`), "Ritika Sethi; Anil Rao"},
		{"two names set apart by a dash", authorPage(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Metro opens","author":{"@type":"Person","name":"Minh Khôi - Lan Hương"}}</script>`, ""), "Minh Khôi; Lan Hương"},
		{"name and job title set apart by a dash", authorPage(`<meta name="author" content="Jane Doe - Staff Writer">`, ""), "Jane Doe"},
		{"bracketed byline under the story", `<html><body><article><h1>Exports hit a record</h1><p>` + prose + `</p><p>` + prose + `</p><p>(By Huang Yi-ching and Liu Tzu-hsuan)</p><p>Enditem/AW</p></article></body></html>`, "Huang Yi-ching; Liu Tzu-hsuan"},
		{"wire's reporting and editing credit", `<html><body><article><h1>Exports hit a record</h1><p>` + prose + `</p><p>` + prose + `</p><p>(Reporting by Adrian Croft, Editing by Luke Baker)</p></article></body></html>`, "Adrian Croft"},
		{"contributor label", authorPage("", `<div class="article-info"><p>Source: www.example.com</p><p class="contributor">Contributor: Kwabena Owusu-Ansah</p></div>`), "Kwabena Owusu-Ansah"},
		{"Japanese name in round brackets after the last sentence", `<html><body><article><h1>鵜飼の観覧船、予約好調</h1><p>` + prose + `</p><p>市長は「次の世代に引き継ぎたい」と話している。（松本彩花）</p></article></body></html>`, "松本彩花"},
		{"Japanese bureau and name in round brackets", `<html><body><article><h1>中瀬の再開発、始動</h1><p>` + prose + `</p><p>市の担当者は「活性化につなげたい」と期待する。（石巻総局・佐藤健太）</p></article></body></html>`, "佐藤健太"},
		{"Japanese closing note is no name", `<html><body><article><h1>中瀬の再開発、始動</h1><p>` + prose + `</p><p>市の担当者は「活性化につなげたい」と期待する。（一部敬称略）</p></article></body></html>`, ""},
		{"Japanese aside in brackets is no credit", `<html><body><article><h1>中瀬の再開発、始動</h1><p>` + prose + `</p><p>市の担当者は「活性化につなげたい」と期待する（石巻市役所）</p></article></body></html>`, ""},
		{"Japanese names closing the story", `<html><body><article><h1>クマ出没、過去最多</h1><p>` + prose + `</p><p>環境省の担当者は「入山の際は複数人で行動してほしい」と呼びかけている。【宇野和彦、田村理恵】</p><ul><li><a href="/series/1">連載一覧</a></li></ul></article></body></html>`, "宇野和彦; 田村理恵"},
		{"Japanese aside in brackets", `<html><body><article><h1>クマ出没、過去最多</h1><p>` + prose + `</p><p>環境省の担当者は呼びかけている。【東京】</p></article></body></html>`, ""},
		{"outlet and role before the names", authorPage("", `<p>by Xinhua writers Han Xu, Joseph Kimani</p>`), "Han Xu; Joseph Kimani"},
		{"role before the name", authorPage("", `<p class="byline">By Staff Writer Jane Roe</p>`), "Jane Roe"},
		{"place after a name", authorPage(`<meta name="author" content="Markus M. Haefliger, London, Beat Bumbacher">`, ""), "Markus M. Haefliger; Beat Bumbacher"},
		{"desk after a name", authorPage(`<meta name="author" content="Michael Rädel, Redaktion">`, ""), "Michael Rädel"},
		{"german und", authorPage(`<meta name="author" content="Lars Fischer und Alina Schadwinkel">`, ""), "Lars Fischer; Alina Schadwinkel"},
		{"organisation named with for", authorPage(`<meta name="author" content="Organization for Transformative Works">`, ""), "Organization for Transformative Works"},
		{"person credited for a paper", authorPage(`<meta name="author" content="Sam Roe for The Daily">`, ""), "Sam Roe"},
		{"agency credit with slash stays one", authorPage(`<meta name="author" content="det/dpa">`, ""), "det/dpa"},
		{"prefix with colon", authorPage(`<meta name="author" content="Auteur: Anna Kubišta">`, ""), "Anna Kubišta"},
		{"colon-only prefix keeps a team name", authorPage(`<meta name="author" content="Redaktion Sport">`, ""), "Redaktion Sport"},
		{"quotes trimmed", authorPage(`<meta name="author" content="&quot;David Kim&quot;">`, ""), "David Kim"},
		{"category after in", authorPage("", `<div class="author">MixmasterFred in WorkshopWoodworking</div>`), "MixmasterFred"},
		{"posted in category by name", authorPage("", `<div class="author">Posted in News, Sports by Jo Hart</div>`), "Jo Hart"},
		{"bio after the name", authorPage("", `<div class="author-box"><span>Daniel Lemire</span><p>A computer science professor</p></div>`), "Daniel Lemire"},
		{"link label after the name", authorPage("", `<div class="author-bio"><h3>Martin Junker</h3><p><a href="/author/martin">Alles von Martin Junker</a> <a href="#">Kontakt</a></p></div>`), "Martin Junker"},
		{"two linked names with and", authorPage("", `<div class="byline">By <a href="/a">Ann Lee</a> and <a href="/b">Bo Chen</a></div>`), "Ann Lee; Bo Chen"},
		{"two linked names with comma", authorPage("", `<div class="byline">By <a href="/a">Ann Lee</a>, <a href="/b">Bo Chen</a></div>`), "Ann Lee; Bo Chen"},
		{"compound job title first", authorPage("", `<div class="author">FOCUS-Online-Experte <a href="/x">Robin Tschöpe</a></div>`), "Robin Tschöpe"},
		{"photo credit is no author", authorPage("", `<div class="author">Foto: Ingo Schneider</div>`), ""},
		{"lower-case phrase after by", authorPage("", `<p>By the numbers:</p>`), ""},
		{"phrase before the name", authorPage("", `<div class="author">This post was <em>written by</em> <a href="/people/dp">Danielle Padula</a></div>`), "Danielle Padula"},
		{"handle with a dot", authorPage(`<meta name="author" content="andrew.keaveney">`, `<p>By Denise Everheart</p>`), "Denise Everheart"},
		{"CMS account in the JSON-LD yields to the byline", authorPage(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget","author":{"@type":"Person","name":"admin"}}</script>`, `<div class="article-author">Автор: <span class="author-name">Мехрангез Турсунзода</span></div>`), "Мехрангез Турсунзода"},
		{"initial glued to the surname", authorPage(`<meta name="author" content="Ts.Enkhjin">`, ""), "Ts.Enkhjin"},
		{"Cyrillic initial glued to the surname", authorPage(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget","author":[{"@type":"Person","name":"Б.Цэлмэг"}]}</script>`, ""), "Б.Цэлмэг"},
		{"lowercase dotted handle is no name", authorPage(`<meta name="author" content="andrew.keaveney">`, ""), ""},
		{"release kind over the date is no name", `<html><body><main><p class="type">News Release <time datetime="2025-03-12">12-Mar-2025</time></p><h1 class="page_title">Fossil teeth show how early horses adapted</h1><div class="entry"><p>` + prose + `</p><p>` + prose + `</p></div></main></body></html>`, ""},
		{"a quote's attribution is no byline", authorPage("", `<blockquote class="ecl-blockquote"><p>Farmers are on the front line of the water crisis.</p><footer class="ecl-blockquote__attribution"><cite class="ecl-blockquote__author">Henrik Vålberg, Commissioner for Agriculture and Food</cite></footer></blockquote>`), ""},
		{"a department's label before its name", authorPage("", `<p class="gc-byline"><strong>From: <a href="/en/health-canada.html">Health Canada</a></strong></p>`), "Health Canada"},
		{"initials with dots", authorPage(`<meta name="author" content="J.R.R. Tolkien">`, ""), "J.R.R. Tolkien"},
		{"text credit label", authorPage("", `<div class="byline"><span>Text</span> by <a href="/a">Hunter Dukes</a></div>`), "Hunter Dukes"},
		{"domain credit kept", authorPage(`<meta name="author" content="uncut-news.ch">`, ""), "uncut-news.ch"},
		{"illustration credit after the name", authorPage("", `<p><em>Text von Christian Seiler &nbsp; Illustration von Markus Roost</em></p>`), "Christian Seiler"},
		{"label element before the name", authorPage("", `<div class="news-meta"><h4>Autor</h4><p><a href="/profil/nh">Nikolai Huke</a><b>, </b></p></div>`), "Nikolai Huke"},
		{"byline after a date on its line", authorPage("", `<div class="news-single-timedata">05.02.2020 <span>-&nbsp;Redaktion: Eberhard Fuhr (Pressesprecher)</span></div>`), "Eberhard Fuhr"},
		{"ein artikel von", authorPage("", `<div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>`), "Pamela Sladky"},
		{"contributors label", authorPage("", `<div class="tags"><div><strong>Contributors:</strong> Janet Loughrey</div></div>`), "Janet Loughrey"},
		{"forum thread starter", authorPage("", `<ul><li><i class="fa-user" title="Thread starter"></i><span class="u-srOnly">Thread starter</span> <a href="/forums/members/tiberius.8/" class="username">Tiberius</a></li><li><span class="u-srOnly">Start date</span> <time>Mar 3, 2022</time></li></ul>`), "Tiberius"},
		{"written-by preview label", authorPage(`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Chase Bernath"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="13 minutes">`, ""), "Chase Bernath"},
		{"preview label yields to a visible byline", authorPage(`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Colin Madison">`, `<p class="byline">By Christian Dupuis</p>`), "Christian Dupuis"},
		{"preview label with a login", authorPage(`<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="sarah-indra">`, ""), ""},
		{"heading that starts with author", authorPage("", `<div class="column"><h2>Author Spotlight</h2><p>Meet the team.</p></div>`), ""},
		{"publisher byline then writer", authorPage("", `<div class="meta">By Example News</div><p><em>Written by: <a href="/x">Julie Mollins</a></em></p>`), "Julie Mollins"},
		{"sentence starting with by and ending in a lower-case word", authorPage("", `<p>By adopting these strategies, networks can keep a high level of trust</p>`), ""},
		{"byline after the headline beats a teaser above it", `<html><head></head><body><div class="teasers"><div><span class="author">Von Clara Müller</span></div></div><article><h1>Council passes the budget after a long debate</h1><p class="author">Von Lisa Petrich</p><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`, "Lisa Petrich"},
		{"lone page word is no author", authorPage(`<meta name="author" content="Follow">`, ""), ""},
		{"staff credit kept", authorPage(`<meta name="author" content="Staff">`, ""), "Staff"},
		{"publisher with title kept whole", authorPage(`<meta name="author" content="Example News Contributor">`, ""), "Example News Contributor"},
		{"site name yields to visible byline", authorPage(`<meta name="author" content="Example News">`, `<p>By Carla Diaz</p>`), "Carla Diaz"},
		{"company yields to visible byline", authorPage(`<meta name="author" content="Hanns-Seidel-Stiftung e.V.">`, `<p>Von Uta Staschewski</p>`), "Uta Staschewski"},
		{"site name when nothing else", authorPage(`<meta name="author" content="Example News">`, ""), "Example News"},
		{"author page link", authorPage("", `<div class="meta"><a href="/fr/staff/uriel-gadessaud/">Uriel Gadessaud</a></div>`), "Uriel Gadessaud"},
		{"comment author is not a byline", authorPage("", `<div id="comments"><p>Posted by Ravi Menon on 2 March 2023</p></div>`), ""},
		{"byline in a list of headlines above the story", `<html><head></head><body><div id="header"><h2>Headlines</h2><ul><li><strong class="author">Fighting back</strong> <a href="/sport/keane-takes-a-step-away">Can Roy Keane turn the season around?</a></li></ul></div><article><h1>Council passes the budget after a long debate</h1><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`, ""},
		{"series hashtag in the author's slot", authorPage("", `<span class="autor"><span class="imienazwisko">#Krótko o przepisach prawa w Nowej Zelandii i Polsce</span></span>`), ""},
		{"teaser byline is not this article's", authorPage("", `<a href="/other"><h3>Another story</h3><div class="author-name">Von Andreas Hoffmann</div></a>`), ""},
		{"json-ld author linked by id", authorPage(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Council passes the budget","author":{"@id":"https://news.example/#/person/1"}},{"@type":"Person","@id":"https://news.example/#/person/1","name":"Doris Schuppe"}]}</script>`, ""), "Doris Schuppe"},
		{"json-ld linked author yields to a visible byline", authorPage(`<script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Colin Madison"}]}</script>`, `<p class="byline">By Christian Dupuis</p>`), "Christian Dupuis"},
		{"byline word in a link cut short mid-sentence", authorPage("", `<div class="teaser"><p>Der Vorschlag für eine <a href="https://eu.example/x">Di</a></p></div>`), ""},
		{"drupal credit line with a login and a date", authorPage("", `<div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div>`), "rasos"},
		{"lower-case word before a dateless stop is no login", authorPage("", `<p>By email at the office</p>`), ""},
		{"login with digits", authorPage("", `<span class="user-name">von <span><a href="/user/Marianne1.html">Marianne1</a></span><br> am 20.09.2020</span>`), "Marianne1"},
		{"lower-case login with digits in a byline", authorPage("", `<div class="byline"><abbr class="published">Dezember 10, 2019</abbr> · von <span class="author vcard"><a href="/author/freeman1984/" rel="author">freeman1984</a></span></div>`), "freeman1984"},
		{"number with letters after it is no login", authorPage("", `<p>By 2030s standards the line is slow.</p>`), ""},
		{"first name gains the surname a credit gives", authorPage(`<meta name="author" content="Nils">`, `<p><strong>Eine Kolumne von Nils Pickert</strong></p>`), "Nils Pickert"},
		{"first name keeps without a credit", authorPage(`<meta name="author" content="Nils">`, `<p>Nils Holgersson flew with the geese.</p>`), "Nils"},
		{"german staff title after a comma", authorPage("", `<p class="author">Uta Staschewski, Projektleiterin der HSS</p>`), "Uta Staschewski"},
		{"interview credit label", authorPage("", `<div class="credits"><div><div class="label"> Interview </div><div class="text"> SVEN MICHAELSEN </div></div><div><div class="label"> FOTOGRAF </div><div class="text"> ERIC ROY </div></div></div>`), "SVEN MICHAELSEN"},
		{"interview heading before prose is no byline", authorPage("", `<h2>Interview</h2><p>`+prose+`</p>`), ""},
		{"date and time before von", authorPage("", `<h2>Stars (1 / 1) <span>06.11.2023 13:30 von Olga </span> <span>Symbolbild imago</span></h2>`), "Olga"},
		{"leading number without a byline word stays", authorPage(`<meta name="author" content="1822direkt">`, ""), ""},
		{"initials gain the name a credit spells", authorPage(`<meta name="author" content="DT">`, `<p><span>Ein Hundetagebuch</span> von <a href="/">Donald Townsend</a> steht unter einer Lizenz.</p>`), "Donald Townsend"},
		{"initials keep without a credit that spells them", authorPage(`<meta name="author" content="LD">`, `<p>Ein Text von LD Die Frage bleibt offen.</p>`), "LD"},
		{"address spelt out is no name", authorPage(`<meta name="author" content="cipha[at]cipha.net">`, `<p>22. Januar 2020 // Autor: <a href="/author/c1ph4/" rel="author">c1ph4</a></p>`), "c1ph4"},
		{"wiki revision note names the editor", authorPage("", `<p id="pageinfo" class="info">BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by <span title="host"><a href="/moin/MatsWichmann">MatsWichmann</a></span>)</p>`), "MatsWichmann"},
		{"revision note yields to a byline", authorPage("", `<p class="byline">By Jo Hart</p><p>Zuletzt geändert am 3. Mai 2021 von <a href="/u/admin">Redaktion Web</a></p>`), "Jo Hart"},
		{"revision note without a name", authorPage("", `<p>Last modified: 3 May 2021</p>`), ""},
		{"Russian Avtor label", authorPage("", `<p>Автор: Иван Петров</p>`), "Иван Петров"},
		{"Turkish Yazar label", authorPage("", `<p>Yazar: Ahmet Yılmaz</p>`), "Ahmet Yılmaz"},
		{"site builder's company in meta is no credit", authorPage(`<meta name="author" content="wegewerk GmbH">`, ""), ""},
		{"company the page shows stays", authorPage(`<meta name="author" content="Beispiel Verlag GmbH">`, `<p>© 2024 Beispiel Verlag GmbH</p>`), "Beispiel Verlag GmbH"},
		{"date labels in a byline-classed box are no names", authorPage("", `<div class="author-meta"><span class="author-meta-date">Data publicării: <time datetime="2024-03-27T14:32:00+02:00">27.03.2024 14:32</time></span><span class="author-meta-date">Data actualizării: <time datetime="2024-03-27T16:05:00+02:00">27.03.2024 16:05</time></span></div>`), ""},
		{"Portuguese posted-by footer", authorPage("", `<div class="post-footer"><span class="post-author vcard">Postado por <span class="fn"><a href="https://www.blogger.com/profile/1" rel="author">Adílson Moura</a></span></span></div>`), "Adílson Moura"},
		{"photographer's credit under a picture is no byline", authorPage("", `<div class="photo"><img src="/p.jpg" alt=""><p>環境部預告明年7月起禁用一次性塑膠杯。（記者陳宜安攝）</p></div><p>〔記者陳宜安／台北報導〕為減少一次性塑膠垃圾，環境部今日預告修正相關規定，明年7月1日起實施。</p>`), "陳宜安"},
		{"co-author the json-ld leaves out", authorPage(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rent rises","author":{"@type":"Person","name":"Marcus Delgado"}}</script>`, `<p class="byline">By <a href="/author/marcus/">Marcus Delgado</a>, <a href="/author/hannah/">Hannah Lee</a></p>`), "Marcus Delgado; Hannah Lee"},
		{"byline naming another writer first stays out", authorPage(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rent rises","author":{"@type":"Person","name":"Marcus Delgado"}}</script>`, `<p class="byline">By <a href="/author/jo/">Jo Hart</a>, <a href="/author/hannah/">Hannah Lee</a></p>`), "Marcus Delgado"},
		{"byline named by a test id", authorPage("", `<section data-testid="byline" class="bbc-1oxbptn"><ul><li><span class="bbc-m04vo2"><span class="visually-hidden">Author, </span><span class="bbc-1n4jzyx">Niloufar Rostami</span></span></li><li><span class="bbc-m04vo2"><span class="visually-hidden">Role, </span><span>BBC Persian</span></span></li></ul></section>`), "Niloufar Rostami"},
		{"reviewer beside the writer", authorPage("", `<div data-testid="byline"><span>Medically reviewed by <a href="/reviewers/marcus-delgado-md">Marcus Delgado, MD</a></span> — <span>Written by <a href="/authors/lauren-whitby">Lauren Whitby, MS, RDN</a></span></div>`), "Lauren Whitby"},
		{"editor after the writer", authorPage("", `<p class="byline">By Jo Hart. Edited by Sam Roe</p>`), "Jo Hart"},
		{"author's description holds credentials, the line above it the name", authorPage("", `<div class="gb-container"><img alt="Photo of author" src="/a.jpg"><p class="gb-headline">Jo Hart</p><div class="dynamic-author-description">Licensed Q Arabica Grader, M.A. Journalism</div></div>`), "Jo Hart"},
		{"author-bio box titled with the name", authorPage("", `<p>`+prose+`</p><div class="author-bio footer"><h3>Jo Hart</h3><p>Jo Hart has advised on car leasing for 25 years.</p></div>`), "Jo Hart"},
		{"linked writers in boxes of their own", authorPage("", `<div class="field-autorzy"><div class="field--item"><a href="/eksperci/mateusz-gniazdowski">Mateusz Gniazdowski</a></div> <div class="field--item"><a href="/eksperci/martyna-wasiuta">Martyna Wasiuta</a></div></div>`), "Mateusz Gniazdowski; Martyna Wasiuta"},
		{"unlinked desk after a linked writer", authorPage("", `<div class="author"><div><a href="/author/jo-hart">Jo Hart</a></div> <div>Senior Reporter</div></div>`), "Jo Hart"},
		{"body class comments-open hides nothing", strings.Replace(authorPage("", `<p class="byline">By Jo Hart</p>`), "<body>", `<body class="single comments-open">`, 1), "Jo Hart"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, tc.page)
			if got := authors(a); got != tc.want {
				t.Errorf("authors = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDatelineReporters(t *testing.T) {
	cases := []struct{ text, want string }{
		{"【ワシントン＝佐藤健太】米政府は5日、新たな制裁を発表した。", "佐藤健太"},
		{"【ワシントン＝佐藤健太、北京＝田中一郎】両国は協議を続けた。", "佐藤健太; 田中一郎"},
		{"【関連記事】東京都の新予算が可決された", ""},
		{"【ワシントン＝AP】米政府は発表した。", ""},
		{"米政府は【5日】発表した。", ""},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			if got := strings.Join(datelineReporters(tc.text), "; "); got != tc.want {
				t.Errorf("datelineReporters(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSplitByline(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"and", "Ann Lee and Bo Chen", "Ann Lee; Bo Chen"},
		{"closing initial keeps its period", "By Nicolas Gutierrez C.", "Nicolas Gutierrez C."},
		{"initials only", "R. R.", "R. R."},
		{"sentence period is dropped", "By Ann Lee.", "Ann Lee"},
		{"date after on", "Sam Roe on 5 May 2024", "Sam Roe"},
		{"bar ends names", "Sergio Martínez | The Texas Newsroom", "Sergio Martínez"},
		{"bracketed title", "Eberhard Fuhr (Pressesprecher des EJW)", "Eberhard Fuhr"},
		{"bracketed agency", "Jane Roe (AP)", "Jane Roe"},
		{"bracketed initials between the names", "Richard (R.J.) Eskow", "Richard (R.J.) Eskow"},
		{"bracketed nickname between the names", "Robert (Bob) Smith and Ann Lee", "Robert (Bob) Smith; Ann Lee"},
		{"for a paper", "Glen Owen for The Mail", "Glen Owen"},
		{"name particle kept", "Walter von Aachen", "Walter von Aachen"},
		{"published then by", "Published on 5 May 2024 by Sam Roe", "Sam Roe"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(namesFromParts(splitByline(tc.in), false, nil), "; ")
			if got != tc.want {
				t.Errorf("%q gives %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestDateLineAuthors checks the name read from a date line beside the
// headline that has no byline word, and the section labels it refuses.
func TestDateLineAuthors(t *testing.T) {
	page := func(before, after string) string {
		return `<html><head><title>Council passes the budget after a long debate</title></head><body><article>` + before +
			`<h1>Council passes the budget after a long debate</h1>` + after + `<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []struct{ name, page, want string }{
		{"date, time and name before the headline", page(`<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>`, ``), "Uta Helkenberg"},
		{"name and job title after the headline", page(``, `<p>Aaron Ricadela | Senior Writer | July 2, 2025</p>`), "Aaron Ricadela"},
		{"date and name in separate spans", page(`<div><span>Dec 17, 2025</span><span>Julian K. Arni</span></div>`, ``), "Julian K. Arni"},
		{"category links are no names", page(``, `<p><a href="/category/sides/" rel="category tag">Side Dishes</a> · December 9, 2021</p>`), ""},
		{"tag-classed label is no name", page(`<div><div class="story-tags">Olympische Winterspiele</div><div>01.02.2022</div></div>`, ``), ""},
		{"one word is no name here", page(``, `<p>Pressemitteilungen | 01.02.2022</p>`), ""},
		{"no date, no name", page(``, `<p>Aaron Ricadela | Senior Writer</p>`), ""},
		{"date and name split by a spaced hyphen", page(``, `<div>Essay</div><div><span>25.10.2022 - Reiner Nagel</span></div>`), "Reiner Nagel"},
		{"hyphenated surname stays whole", page(``, `<p>25.10.2022 | Iris Lange-Fricke</p>`), "Iris Lange-Fricke"},
		{"the dateline's place is no name", page(``, `<div><time datetime="2025-04-03">Apr 3rd 2025</time> | <span class="css-1b1tx8o" data-test-id="Dateline">NEW YORK</span></div>`), ""},
		{"name, date and the paper on lines of their own", page(``, `<font size="2"><b>Andy Hunter<br>Wednesday January 16, 2008<br><a href="http://www.guardian.example">The Guardian</a></b></font>`), "Andy Hunter"},
		{"writer at a place", page(``, `<font size="2"><b>Paul Wilson at Villa Park<br>Sunday January 6, 2008<br><a href="http://www.observer.example">The Observer</a></b></font>`), "Paul Wilson"},
		{"two writers joined", page(``, `<div class="credits"><strong>Scott Roxborough and Gregg Goldstein</strong><br>The Hollywood Reporter<br>Jan. 10, 2008 12:00 AM</div>`), "Scott Roxborough; Gregg Goldstein"},
		{"joined words that are no names", page(``, `<p>Politics and government | January 16, 2008</p>`), ""},
		{"a place classed as location", page(``, `<div><span>Apr 3, 2025</span><span class="story-location">SOUTH BEND</span></div>`), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, tc.page)
			if got := authors(a); got != tc.want {
				t.Errorf("authors = %q, want %q", got, tc.want)
			}
			if first := strings.SplitN(tc.want, ";", 2)[0]; first != "" && strings.Contains(a.Text, first) {
				t.Errorf("the line the authors came from stays in the body: %q", a.Text)
			}
		})
	}
}

// TestCopyrightAuthors checks that a personal site's copyright notice
// names the writer when the host spells the name, and that other holders
// (companies, photographers, other hosts) do not.
func TestCopyrightAuthors(t *testing.T) {
	page := func(footer string) string {
		return `<html><head><title>Notes on the council budget</title></head><body><article><h1>Notes on the council budget</h1><p>` +
			prose + `</p><p>` + prose + `</p></article><footer>` + footer + `</footer></body></html>`
	}
	cases := []struct{ name, url, page, want string }{
		{"owner of a personal domain", "https://tobyhede.com/blog/notes", page(`&copy; 2025 Toby Hede. All rights reserved.`), "Toby Hede"},
		{"years and the word", "https://www.gregoryszorc.com/blog/notes", page(`<p>Copyright (c) 2012- Gregory Szorc. All rights reserved. Design by <a href="/">CSS Templates</a>.</p>`), "Gregory Szorc"},
		{"accents dropped in the host", "https://andreloibl.de/notes", page(`<p>IMPRESSUM | COPYRIGHT ANDRÉ LOIBL | THIS IS A PROJECT</p>`), "ANDRÉ LOIBL"},
		{"a host that spells no name", "https://news.example/notes", page(`&copy; 2025 Toby Hede. All rights reserved.`), ""},
		{"a company on its own domain", "https://helpnet.example/notes", page(`Copyright © 2020 Help Net, Inc. | All Rights Reserved.`), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), &Options{URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			if got := authors(a); got != tc.want {
				t.Errorf("authors = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSignOffAuthor(t *testing.T) {
	body := "<article><h1>A day in the valley</h1><p>" + prose + "</p><p>" + prose + "</p><p>" + prose + "</p>"
	page := func(s string) string {
		return `<html><head><meta property="og:site_name" content="Example News"></head><body>` + s + `</body></html>`
	}
	cases := []struct {
		name, page, want string
	}{
		{"name alone ends the article", page(body + `<p>Marina Mucha</p></article>`), "Marina Mucha"},
		{"first name and a date", page(body + `<p>Benni 10. September 2017</p></article>`), "Benni"},
		{"dash before the name", page(body + `<p>– Sam O'Neill</p></article>`), "Sam O'Neill"},
		{"closing wish is no name", page(body + `<p>Happy Cooking</p></article>`), ""},
		{"german closing words are no name", page(body + `<p>Weitere Informationen</p></article>`), ""},
		{"agency credit is no name", page(body + `<p>Bureau Report</p></article>`), ""},
		{"lone word without a date is no name", page(body + `<p>Benni</p></article>`), ""},
		{"linked line is no name", page(body + `<p><a href="/feedback">Send Feedback</a></p></article>`), ""},
		{"line after a label is no name", page(body + `<p>Our thanks go to:</p><p>Tom Pettigrew</p></article>`), ""},
		{"long line with a date is no name", page(body + `<p>Receive 20% off your purchase from January 16, 2025 at 7:00 AM to January 20, 2025.</p></article>`), ""},
		{"a byline wins", page(`<article><h1>A day in the valley</h1><p class="byline">By Jo Hart</p><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p><p>Marina Mucha</p></article>`), "Jo Hart"},
		{"letters each signed", page(`<article><h1>Letters: Bus lanes, bridges</h1><h4>Bus lanes save time</h4><p>` + prose + `</p><p>` + prose + `</p><p>Ninfa Wood</p><h4>Fix the bridges first</h4><p>` + prose + `</p><p>` + prose + `</p><p>Jon Rego</p></article>`), ""},
		{"a travel label is no user name", page(`<article><h1>Study abroad in Ukraine</h1><p>` + prose + `</p><p><span>By road:</span><span>Yes</span></p><p><span>By rail:</span><span>Yes</span></p><p>` + prose + `</p></article>`), ""},
		{"credit's words before a particle are no name", page(`<article><h1>La voix des nuls</h1><p class="authors">Un documentaire de</p><p>` + prose + `</p><p>` + prose + `</p></article>`), ""},
		{"column's name in the byline", page(`<article><h1>Letters: Bus lanes, bridges</h1><div class="byline">By <a href="/author/letters-to-the-editor/" rel="author">Letters To The Editor</a></div><p>` + prose + `</p><p>` + prose + `</p></article>`), ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, tc.page)
			if got := authors(a); got != tc.want {
				t.Errorf("authors = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTitledHanNames: a Chinese byline of a title and the names set apart
// after it; a second title heads the names that follow it.
func TestTitledHanNames(t *testing.T) {
	checkNames(t, titledHanNames, "titledHanNames", []nameCase{
		{"paper's reporters", "本报记者　田晓雯　周博然", "田晓雯 周博然"},
		{"a reporter and an intern", "澎湃新闻记者 沈思远 实习生 林可馨", "沈思远 林可馨"},
		{"a sentence after the title", "记者 从北京市交通委员会获悉", ""},
	})
}

// nameCase is a text and the names a reader takes from it, joined by
// spaces.
type nameCase struct{ name, text, want string }

// checkNames runs read, named label in failures, on each case's text.
func checkNames(t *testing.T, read func(string) []string, label string, cases []nameCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(read(tc.text), " "); got != tc.want {
				t.Errorf("%s = %q, want %q", label, got, tc.want)
			}
		})
	}
}

// TestBracketedReporters: a Chinese agency lead credits its reporters in
// brackets after the dateline; other brackets are no credit.
func TestBracketedReporters(t *testing.T) {
	checkNames(t, bracketedReporters, "bracketedReporters", []nameCase{
		{"xinhua lead", "新华社北京11月28日电（记者王敬照）记者从北京市交通委员会获悉，北京地铁新线将于今年12月底开通试运营。", "王敬照"},
		{"two reporters set apart", "本报上海5月3日电（记者 张三 李四）上海市今天发布新规。", "张三 李四"},
		{"reporters in a list", "新华社北京电(记者张三、李四)今天发布。", "张三 李四"},
		{"bracket without a title", "据报道（2025年）北京地铁客流创新高。", ""},
		{"credit too far in", strings.Repeat("北京地铁新线开通运营", 7) + "（记者王敬照）", ""},
		{"a longer phrase after the title", "新华社北京电（记者从北京市交通委员会获悉）", ""},
		{"Taiwan's credit with its place", "〔記者張家瑜／台北報導〕東北季風增強，北台灣週末低溫探14度。", "張家瑜"},
	})
	a := extractString(t, `<html><head><title>北京地铁新线年底开通运营</title></head><body><article><h1>北京地铁新线年底开通运营</h1><p>新华社北京11月28日电（记者王敬照）记者从北京市交通委员会获悉，北京地铁新线将于今年12月底开通试运营，全长约28公里，设站17座。</p><p>据介绍，新线开通后，将连接城市东部和北部的多个大型居住区，预计日均客流量可达30万人次。新线采用全自动运行系统。</p></article></body></html>`)
	if got := strings.Join(a.Authors, " "); got != "王敬照" {
		t.Errorf("authors = %q, want 王敬照", got)
	}
	// the page's author meta names the agency, and a summary comes first
	a = extractString(t, `<html><head><meta name="author" content="新华社"><title>北京地铁新线年底开通运营</title></head><body><article><h1>北京地铁新线年底开通运营</h1><p>核心提示：新线全长约28公里，设站17座，年底开通试运营。</p><p>新华社北京11月28日电（记者王敬照）记者从北京市交通委员会获悉，北京地铁新线将于今年12月底开通试运营，全长约28公里，设站17座。</p><p>据介绍，新线开通后，将连接城市东部和北部的多个大型居住区，预计日均客流量可达30万人次。新线采用全自动运行系统。</p></article></body></html>`)
	if got := strings.Join(a.Authors, " "); got != "王敬照" {
		t.Errorf("authors under the agency's meta = %q, want 王敬照", got)
	}
	// the author meta names the site, whose lead credits the agency's reporters
	a = extractString(t, `<html><head><meta name="author" content="新华网"><meta property="og:site_name" content="新华网"><title>深远海风电制氢项目投运</title></head><body><article><h1>深远海风电制氢项目投运</h1><p>新华社福州11月26日电（记者林凯、周义）11月26日，我国首个深远海风电制氢一体化示范项目在福建莆田南日岛以东海域正式投运。</p><p>据介绍，项目利用海上风电就地制氢，年产绿氢约三百吨，可供周边港口的氢能重卡使用，减少碳排放。</p></article></body></html>`)
	if got := strings.Join(a.Authors, " "); got != "林凯 周义" {
		t.Errorf("authors under the site's meta = %q, want 林凯 周义", got)
	}
}

// TestChineseBylines: a Chinese byline sets its names apart after a job
// title that may name the paper; an outlet or an editor in the author
// fields is no writer, and a reporters' line above the lead names them.
func TestChineseBylines(t *testing.T) {
	page := func(head, byline, lead string) string {
		return `<html><head>` + head + `<title>老旧小区加装电梯提速</title></head><body><article><h1>老旧小区加装电梯提速</h1>` + byline +
			`<p>` + lead + `</p><p>据介绍，新线开通后，将连接城市东部和北部的多个大型居住区，预计日均客流量可达30万人次。新线采用全自动运行系统。</p><p>据介绍，项目利用海上风电就地制氢，年产绿氢约三百吨，可供周边港口的氢能重卡使用，减少碳排放。</p></article></body></html>`
	}
	const lead = "11月30日上午，苏州河普陀区长寿路桥至昌化路桥段滨水步道正式向市民开放，这段长约800米的步道是最后一处断点。"
	cases := []struct{ name, page, want string }{
		{"our reporters set apart", page("", `<div class="author">本报记者　田晓雯　周博然</div>`, lead), "田晓雯; 周博然"},
		{"the paper's reporter", page("", `<span class="index_author__wHSdW">澎湃新闻记者 陈可欣</span>`, lead), "陈可欣"},
		{"editor in charge", page("", `<p class="show_author">责任编辑：钟元昊 </p>`, lead), ""},
		{"reporter's line over the portal's name", page(`<meta name="author" content="网易">`, "", "封面新闻记者 何佳欣</p><p>"+lead), "何佳欣"},
		{"lead credit over the paper's name", page(`<meta name="author" content="新京报">`, "", "新京报记者 郭子涵</p><p>"+lead), "郭子涵"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(extractString(t, tc.page).Authors, "; "); got != tc.want {
				t.Errorf("authors = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestReportersLineLeavesTheBody: a reporters' line of its own above the
// lead gives the authors and goes from the body; a lead that credits them
// in its dateline stays whole.
func TestReportersLineLeavesTheBody(t *testing.T) {
	const rest = `<p>据介绍，新线开通后，将连接城市东部和北部的多个大型居住区，预计日均客流量可达30万人次。新线采用全自动运行系统。</p><p>据悉，下一步，住房和城乡建设部将会同有关部门进一步完善加装电梯相关政策，推动具备条件的老旧小区应装尽装。</p>`
	a := extractString(t, `<html><head><title>老旧小区加装电梯提速</title></head><body><article><h1>老旧小区加装电梯提速</h1><p>澎湃新闻记者 沈思远 实习生 林可馨</p><p>11月30日上午，苏州河普陀区长寿路桥至昌化路桥段滨水步道正式向市民开放，这段长约800米的步道是最后一处断点。</p>`+rest+`</article></body></html>`)
	if got := strings.Join(a.Authors, "; "); got != "沈思远; 林可馨" {
		t.Errorf("authors = %q", got)
	}
	if strings.Contains(a.Text, "澎湃新闻记者") {
		t.Errorf("the reporters' line stays in the body: %q", a.Text)
	}
	a = extractString(t, `<html><head><title>老旧小区加装电梯提速</title></head><body><article><h1>老旧小区加装电梯提速</h1><p>新华社北京11月28日电（记者王敬照）记者从北京市交通委员会获悉，北京地铁新线将于今年12月底开通试运营。</p>`+rest+`</article></body></html>`)
	if !strings.Contains(a.Text, "新华社北京11月28日电") {
		t.Errorf("the lead lost its dateline: %q", a.Text)
	}
}

// TestBylineLabelsOfOtherScripts: a byline's label in Persian or Urdu
// (before an Arabic or a Latin comma) or Thai is no name, and neither is a heading the page
// hides for screen readers ("Article information").
func TestBylineLabelsOfOtherScripts(t *testing.T) {
	page := func(byline string) string {
		return `<html><body><article><h1>Council passes the budget after a long debate</h1>` + byline +
			`<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []struct{ name, page, want string }{
		{"Persian label and comma", page(`<section class="bbc-byline"><h2 class="bbc-visually-hidden" hidden>اطلاعات مقاله</h2><ul><li><span class="bbc-byline__label">نویسنده، </span><span class="bbc-byline__name">مریم افشار</span></li></ul></section>`), "مریم افشار"},
		{"screen-reader heading", page(`<div class="byline"><span class="visually-hidden">Article information</span><span>Maryam Afshar</span></div>`), "Maryam Afshar"},
		{"Thai label", page(`<div class="css-author"><span class="css-author-label">ผู้เขียน:</span> <a class="css-author-name" href="/author/n">ณัฐพล ศรีสุข</a></div>`), "ณัฐพล ศรีสุข"},
		{"Persian reporter label", page(`<div class="item-author"><span class="label">خبرنگار: </span><span class="name">زهرا محمدی</span> <span class="sep">|</span> <span class="label">انتشاردهنده: </span><span class="name">علی رضایی</span></div>`), "زهرا محمدی"},
		{"Urdu label and Latin comma", page(`<section aria-labelledby="article-byline"><ul><li><span class="visually-hidden">مصنف, </span><span class="bbc-1qyxnfc">نادیہ ملک</span></li><li><span class="visually-hidden">عہدہ, </span><span>بی بی سی اردو، لاہور</span></li></ul></section>`), "نادیہ ملک"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := authors(extractString(t, tc.page)); got != tc.want {
				t.Errorf("authors = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSiteAddressInAuthorMeta: the one-word names after the site's own in
// the author meta are its address ("hessenschau.de, Frankfurt, Germany"),
// no writers.
func TestSiteAddressInAuthorMeta(t *testing.T) {
	a := extractURL(t, `<html><head><meta name="author" content="hessenschau.de, Frankfurt, Germany"><title>Neue Brücke eröffnet</title></head><body><article><h1>Neue Brücke eröffnet</h1><p>`+prose+`</p><p>`+prose+`</p></article></body></html>`, "https://www.hessenschau.de/gesellschaft/bruecke.html")
	if got := authors(a); strings.Contains(got, "Frankfurt") || strings.Contains(got, "Germany") {
		t.Errorf("authors = %q, want no place", got)
	}
}
