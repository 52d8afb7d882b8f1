package newsextract

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestSplitTokens(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"hyphens", "td-post-sharing", []string{"td", "post", "sharing"}},
		{"camel case", "navBreadcrumbs", []string{"nav", "breadcrumbs"}},
		{"pascal case", "MostViewed", []string{"most", "viewed"}},
		{"acronym stays whole", "HTMLContent", []string{"htmlcontent"}},
		{"digits", "grid_8 zero", []string{"grid", "8", "zero"}},
		{"non-ASCII letters", "artikel-überschrift", []string{"artikel", "überschrift"}},
		{"letter that changes length lowered", "İçerikHaber box", []string{"içerik", "haber", "box"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := splitTokens(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("splitTokens(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestFurnitureLabelsRemoved checks labels in several languages, each a
// whole block, that say nothing about the story.
// TestTableOverItsSource: a box holding a data table and its source line
// ends in a credit as a caption does; it is the story's table.
func TestTableOverItsSource(t *testing.T) {
	a := extractString(t, `<html><body><article><h1>Rents may fall</h1><p>`+prose+`</p><div class="sc-6d2a7c33-0"><table><thead><tr><th>Rate</th><th>Cut</th></tr></thead><tbody><tr><td>1.50 percent</td><td>2.91 percent</td></tr><tr><td>1.75 percent</td><td>5.74 percent</td></tr></tbody></table><p>Ohne Verrechnung der Teuerung. Quelle: Mieterverband</p></div><p>`+prose+`</p></article></body></html>`)
	if !strings.Contains(a.Text, "5.74 percent") {
		t.Errorf("table lost: %q", a.Text)
	}
}

func TestFurnitureLabelsRemoved(t *testing.T) {
	cases := []struct{ name, html, label string }{
		{"byline line with a job title", `<p>By Alex Heath, a deputy editor and author of the Command Line newsletter</p>`, "deputy editor"},
		{"byline label over the name", `<div><span class="label">Article by</span><br><span class="name">Jane Roe</span></div>`, "Article by"},
		{"joined credit label before the name", `<div class="author"><p>Text und Interview: Julia Lauter</p></div>`, "Text und"},
		{"interviewer's credit line", `<div class="author"><p><a href="/suche?author=Interview%3A%20Julia%20Lauter">Interview: Julia Lauter</a></p></div>`, "Interview:"},
		{"button link", `<p><a class="btn btn-primary" href="/demo">Book a demo</a></p>`, "Book a demo"},
		{"shopping button", `<div class="award"><a href="https://shop.example/x"><div class="price_button"><span class="seeit">Check price at Amazon</span></div></a></div>`, "Check price"},
		{"store button beside a product's name", `<table><tr><td><span>Warbonnet Blackbird<br><a href="https://shop.example/blackbird" rel="sponsored nofollow" class="btn">View At Warbonnet</a></span></td><td>10 ft x 5 ft</td></tr><tr><td><span>ENO Junglenest<br><a href="https://shop.example/eno" rel="sponsored nofollow" class="btn">View at REI</a></span></td><td>9 ft x 4 ft</td></tr></table>`, "View at REI"},
		{"previous and next links", `<div class="article__block article-navigation"><a href="/a"><span>Previous Post</span> Going zero waste</a><a href="/b"><span>Next Post</span> Compost at home</a></div>`, "Previous Post"},
		{"article disclaimer box", `<div class="articleDisclaimer"><p><strong>Disclaimer:</strong> Foresight Ventures is a majority investor of this outlet, which continues to operate independently of its investors and their holdings.</p></div>`, "Foresight Ventures"},
		{"Portuguese error report link", `<div class="noticia__erro"><a href="/fale-conosco?assunto=erro">Encontrou algum erro? Entre em contato</a></div>`, "Encontrou"},
		{"AI summary box", `<div class="gnt_ar_kp"><h2>Key Points</h2><span>AI-assisted summary</span><ul><li>Talks among seven states over the river have failed to produce an agreement.</li><li>Cities are revisiting plans that could trigger mandatory restrictions.</li></ul></div>`, "seven states"},
		{"video's running time", `<div class="videoMeta"><span class="mediaTitle">What you need to know about shingles</span><span class="duration">Duration 2:14</span></div>`, "Duration"},
		{"news at a messenger channel", `<p class="whatsapp-channel"><em>Stay up-to-date with more news at <a href="https://whatsapp.com/channel/x">Trend News Agency's WhatsApp channel</a></em></p>`, "Stay up-to-date"},
		{"opinion column's disclaimer", `<p class="paywall"><em>This column reflects the personal views of the author and does not necessarily reflect the opinion of the editorial board or the company and its owners.</em></p>`, "personal views"},
		{"blog's end marker", `<div class="end-of-article">END OF ARTICLE</div>`, "END OF ARTICLE"},
		{"consent prompt of an embedded post", `<div class="embed"><p class="caption">Allow X content?</p><p>This article contains content provided by X.</p></div>`, "Allow X content"},
		{"audio player's label", `<div id="amazon-ai-player-label">Voiced by Amazon Polly</div>`, "Amazon Polly"},
		{"video placeholder's states", `<div class="video-placeholder"><div class="video-unavailable">Video Unavailable</div><div class="click-to-play">Click to play Tap to play</div><div class="video-autoplay">The video will auto-play soon<span class="countdown">8</span><button>Cancel</button></div></div>`, "auto-play"},
		{"German MediaWiki edit link", `<h2><span class="mw-headline">Geschichte</span><span class="mw-editsection"><span>[</span><a href="/w/index.php?action=edit&amp;section=1">Quelltext bearbeiten</a><span>]</span></span></h2>`, "Quelltext"},
		{"story source's editing note", `<p><em>Note: Content may be edited for style and length.</em></p>`, "edited for style"},
		{"blog's survey prompt", `<p><em>How is the News Blog doing? Take this <a href="https://survey.example/x">1 minute survey</a>!</em></p>`, "survey"},
		{"Russian reading time", `<span class="ArticleHeader_readTime">8 минут чтения</span>`, "минут чтения"},
		{"French reading time, the unit close", `<p class="c-reading-time">Temps de lecture : 3min</p>`, "Temps de lecture"},
		{"French feedback poll", `<section class="block-poll"><p class="block-poll-title">Vous avez aimé cet article ?</p><button>Oui</button><button>Non</button></section>`, "Vous avez aimé"},
		{"Croatian error report link", `<div class="article-report"><a href="/kontakt?tip=greska">Prijavi pogrešku</a></div>`, "Prijavi"},
		{"Croatian tip line", `<p class="desk-note"><strong>Znate li nešto više o temi ili imate prijedlog za članak? Pišite nam na desk@example.hr</strong></p>`, "Znate li"},
		{"German consent placeholder", `<div class="external-content columns twelve"><p class="external-content__title">Externer Inhalt</p><p class="external-content__text">Um diesen Inhalt von Instagram anzuzeigen, müssen Sie der Übermittlung von Daten an Dritte zustimmen. Mehr dazu in unserer Datenschutzerklärung.</p><button class="external-content__button">Inhalt anzeigen</button></div>`, "Instagram"},
		{"German rights link", `<p><a href="/rechte">Hier können Sie die Rechte an diesem Artikel erwerben</a></p>`, "Rechte"},
		{"a wire's newsletter pitch", `<p>Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. newsletter. Sign up here.</p>`, "Morning Bid"},
		{"gallery button over a picture", `<div class="ArticleImageContainer"><img src="https://cdn.example/sinkhole.jpg" alt="A sinkhole"><div class="gelleryOpener">Open gallery</div></div>`, "Open gallery"},
		{"membership appeal's button", `<div class="upsell"><p>We invite readers to help support our work.</p><a class="community-btn" href="/community/">Join Our Community</a></div>`, "Join Our Community"},
		{"newsletter archive's forwarding pitch", `<p><em>Were you forwarded this email? <a href="https://buttondown.example/kilnnotes">Subscribe to Kiln Notes here</a>.</em></p>`, "forwarded"},
		{"notes toggle", `<ol class="notes"><li class="note">a reblog</li></ol><a class="more_notes_link" href="#">Show more notes</a>`, "Show more notes"},
		{"Italian ad label", `<div class="adv adv-inread"><span class="adv-lbl">ADV</span><div id="adv-inread"></div></div>`, "ADV"},
		{"Italian subscribe box", `<div class="abbonati_box"><p class="abbonati_title">ABBONATI AL GIORNALE</p><p>Leggi tutti gli articoli e sfoglia il giornale digitale.</p><a href="/abbonamenti/">SCOPRI L'OFFERTA</a></div>`, "ABBONATI"},
		{"Italian news channel with a domain", `<div class="news-whatsapp"><p>Ricevi le news di ANSA.it su WhatsApp</p></div>`, "Ricevi"},
		{"Finnish tag list", `<div class="article-keywords"><span class="article-keywords__title">Aiheet</span><ul><li><a href="/aihe/liikenne/">Liikenne</a></li><li><a href="/aihe/kaupunkisuunnittelu/">Kaupunkisuunnittelu</a></li></ul></div>`, "Kaupunkisuunnittelu"},
		{"Indonesian ad slot", `<div class="iklan-inarticle"><span>Scroll Untuk Melanjutkan</span></div>`, "Melanjutkan"},
		{"detik video placeholder", `<div class="sisip_video_ds">[Gambas:Video 20detik]</div>`, "Gambas"},
		{"Indonesian next page link", `<p><a href="/nasional/x/2">BACA HALAMAN BERIKUTNYA</a></p>`, "HALAMAN"},
		{"hashtag links under a hidden label", `<div class="keyword-zone"><strong class="blind">키워드</strong><ul class="list"><li><a href="/search?query=%23a">#야간연장보육</a></li><li><a href="/search?query=%23b">#어린이집</a></li></ul></div>`, "#야간연장보육"},
		{"Japanese keyword box", `<div class="ArticleKeyword"><p class="ArticleKeywordTitle">キーワード</p><ul><li><a href="/jc/tag?k=1">基準地価</a></li><li><a href="/jc/tag?k=2">国土交通省</a></li></ul></div>`, "国土交通省"},
		{"Japanese reporter box", `<div class="articledetail-reporter"><p class="articledetail-reporter-title">この記事を書いた記者</p><p class="articledetail-reporter-profile">1993年生まれ、大阪府出身。2017年入社。</p></div>`, "1993年生まれ"},
		{"LINE and Hatena share links", `<ul class="article_sns"><li><a href="https://social-plugins.line.me/lineit/share?url=https://kahoku.news/a/1.html">送る</a></li><li><a href="https://b.hatena.ne.jp/entry/s/kahoku.news/a/1.html">はてブ</a></li></ul>`, "はてブ"},
		{"Japanese mail magazine box", `<div class="mailmagazine_box"><p class="mailmagazine_box_title">＼河北新報のメルマガ登録はこちら／</p><p class="mailmagazine_box_text">東北のニュースを毎朝お届けします。</p><a href="/mailmagazine/">登録する（無料）</a></div>`, "毎朝お届け"},
		{"Japanese photo specials box", `<section class="PickupPhoto"><h2 class="SectionTitle">写真特集</h2><ul class="PhotoList"><li><a href="/jc/p?id=1"><img src="/p1.jpg" alt=""><span>【写真特集】北海道・ニセコの今</span></a></li><li><a href="/jc/p?id=2"><img src="/p2.jpg" alt=""><span>【写真特集】紅葉の奥入瀬渓流</span></a></li></ul></section>`, "ニセコ"},
		{"video length and date in a description list", `<div class="other-infos"><dl><dt class="visuallyhidden">2 min </dt><span class="teaser-info">2 min</span><dt class="visuallyhidden">04.04.2020 </dt><span class="teaser-info">04.04.2020</span></dl></div>`, "04.04.2020"},
		{"date and counters row", `<ul class="tn-data-list"><li><svg class="tn-icon"></svg><time class="a">10 августа 2025, 11:08</time><time class="b">11:08</time></li><li><svg></svg><span>31 512</span></li><li><a href="#comments"><svg></svg><span>47</span></a></li></ul>`, "31 512"},
		{"French reads counter", `<div class="vues-article pull-right"><i class="fa fa-eye"></i> 1 284 lectures</div>`, "lectures"},
		{"date line with two labelled dates", `<div class="date-article"><i class="fa fa-clock-o"></i> Publié le : 15-10-2024 08:42 | Mis à jour le : 15-10-2024 10:05</div>`, "Mis à jour"},
		{"Russian new channel line", `<p><strong>Наши новости теперь в WhatsApp! <a href="https://whatsapp.com/channel/x">Подписывайтесь</a></strong></p>`, "WhatsApp"},
		{"Uzbek promo label", `<p><strong>Mavzuga oid:</strong> <a href="https://kun.uz/news/2025/03/04/x">Toshkentda yo‘l kira narxi oshirildi</a></p>`, "Mavzuga"},
		{"obituaries box", `<div class="box"><h3>Obituaries</h3><div>Jane Roe, 91, of Springfield, died on Monday. Services will be held on Friday at the First Church, followed by a reception at the family home.</div><div>John Smith, 78, of Riverton, passed away peacefully on Sunday surrounded by his family.</div></div>`, "Springfield"},
		{"Hungarian obituaries box", `<div class="grief"><div class="grief-title">Gyász</div><div>Mély fájdalommal tudatjuk, hogy MIHALA LÁSZLÓ ATTILA kecskeméti lakos, életének 78. évében elhunyt. Búcsúztatása 2020. augusztus 19-én lesz.</div></div>`, "fájdalommal"},
		{"Uzbek latest news box", `<div class="side"><div class="block-title"><span>So‘nggi yangiliklar</span></div><div class="daily-block"><div><span>17:10</span><a href="/news/2025/05/21/a">Markaziy bank asosiy stavkani o‘zgarishsiz qoldirdi</a></div><div><span>16:58</span><a href="/news/2025/05/21/b">Samarqandda xalqaro turizm forumi boshlandi</a></div></div></div>`, "Markaziy bank"},
		{"Spanish keep-reading promo", `<p class="paragraph"><strong>Siga leyendo: </strong><a href="https://www.eltiempo.com/bogota/recaudo-3476120">Recaudo del pico y placa solidario financiará nuevas troncales</a></p>`, "Siga leyendo"},
		{"Spanish error report line addressing tú", `<div class="c-detail__reporte"><p>¿Encontraste un error? <a href="/reportar-error?id=1">Repórtalo aquí</a></p></div>`, "Encontraste"},
		{"Mexican ad label", `<div class="publicidad publicidad-nota"><span class="publicidad__etiqueta">Anuncio</span><div id="div-gpt-ad-nota-1"></div></div>`, "Anuncio"},
		{"Spanish digital plan link", `<div class="story-continue"><a href="https://elcomercio.pe/suscripcionesdigitales/?ref=nota">Suscríbete al Plan Digital de El Comercio y accede a contenido exclusivo</a></div>`, "Plan Digital"},
		{"editor's credit line", `<div class="article-byline text-low mb-3">edited by <a href="https://sciencex.com/profile/tom-ashby/">Tom Ashby</a>, reviewed by <a href="https://sciencex.com/profile/paul-wren/">Paul Wren</a></div>`, "Tom Ashby"},
		{"citation line", `<div class="article-main__note"><p><strong>Citation</strong>: Physicists coax light into a supersolid state (2025, March 12) retrieved 13 March 2025 from https://phys.org/news/2025-03-x.html</p></div>`, "retrieved"},
		{"release kind label", `<div class="release_details"><p class="tag">Peer-Reviewed Publication</p></div>`, "Peer-Reviewed"},
		{"preferred source prompt", `<div data-embed="preferred-source"><p>Don't want to miss the best from <strong>Android Authority</strong>?</p><p>Set us as a preferred source in Google Search to support us and make sure you never miss our latest exclusive reports.</p></div>`, "preferred source"},
		{"writer's accounts line", `<p class="follow-author"><strong>Follow Derek</strong>: <a href="https://www.threads.net/@d">Threads</a>, <a href="https://bsky.app/profile/d">Bluesky</a>, <a href="https://instagram.com/d">Instagram</a></p>`, "Follow Derek"},
		{"republishing note", `<p class="use-our-content-text">This story can be republished for free (<a href="/about-us/#republish">details</a>).</p>`, "republished"},
		{"affiliate commission notice", `<p class="text-xs italic">Lonely Planet may receive a commission from affiliate links in this article. Our recommendations are always independent.</p>`, "commission"},
		{"German affiliate note", `<div class="go-article__affiliate-note"><p>Hinweis: Golem.de finanziert sich unter anderem durch Affiliate-Links. Mit einem Kauf unterstützen Sie uns.</p></div>`, "Affiliate-Links"},
		{"full bio link", `<p><a href="/author/marcus-eldridge/">Read full bio</a></p>`, "full bio"},
		{"rating jump", `<div class="project-meta__rate"><a href="#feedback" class="rate-this-recipe">Rate &amp; Comment</a></div>`, "Rate &"},
		{"table of contents box", `<div class="fancy-box" id="jump-to"><div class="fancy_box-title">Jump to:</div><div class="fancy_box_body"><ul><li><a href="#section-best">The best robot vacuum</a></li><li><a href="#section-budget">The best budget robot vacuum</a></li></ul></div></div>`, "budget robot"},
		{"reuse box", `<h4 class="use-our-content">USE OUR CONTENT</h4><p>Reuse is free under our terms.</p>`, "USE OUR CONTENT"},
		{"related topics tag box", `<div class="mt-12"><p class="text-sm font-semibold">Explore related topics</p><ul class="flex"><li><a href="/articles?tag=transport" class="tag">Transport</a></li><li><a href="/articles?tag=europe" class="tag">Europe</a></li></ul></div>`, "Transport"},
		{"German reading duration", `<p class="bpa-reading-time">3 Min. Lesedauer</p>`, "Lesedauer"},
		{"archive promo after an emoji", `<div class="recommendation"><p class="paragraph"><b>📚 From the archive:</b> <a class="link" href="/p/the-duck-curve-is-now-a-canyon">The duck curve is now a canyon</a></p></div>`, "From the archive"},
		{"newsletter archive's footer", `<p class="footnote"><small>You're receiving this because you signed up at weeklyloaf.com. You can unsubscribe any time.</small></p>`, "receiving this"},
		{"player's fallback text", `<div class="ArticleDetailAudioPlayer_wrap"><button>기사를 읽어드립니다</button><span class="notice">Your browser does not support the <code>audio</code> element.</span></div>`, "does not support"},
		{"Korean recommend button's label", `<div class="ArticleDetailView_recommend"><p class="ArticleDetailView_recommendTitle">이 기사를 추천합니다</p><button>추천 <span>96</span></button></div>`, "추천합니다"},
		{"box title with a curled apostrophe", `<p class="pmc-related-link"><strong>Editor’s picks</strong></p><ul class="pmc-related-list"><li><a href="/music/a">The 100 Best Albums of 2022</a></li><li><a href="/music/b">Marlowe Quinn Is Done Apologizing</a></li></ul>`, "picks"},
		{"tip-line link", `<div class="tip_us_off"><a href="/Profile/contact/">TIP US OFF</a> <span>Send us news</span></div>`, "TIP US OFF"},
		{"app upsell closing the story", `<p><em>Want next-level safety, ad-free? Unlock advanced, hyperlocal severe weather alerts when you subscribe to Premium+ on the AccuWeather app.</em></p>`, "Premium+"},
		{"newsroom's line closing its stories", `<p><em><a href="/about-us/">KFF Health News</a> is a national newsroom that produces in-depth journalism about health issues.</em></p>`, "national newsroom"},
		{"French read-also label unaccented", `<div class="block-article-link"><span class="block-article-link__label">A lire aussi :</span> <a href="/lille/4140020-lille-friche">Lille : Le tribunal administratif annule le permis</a></div>`, "A lire aussi"},
		{"German on-the-subject label", `<div class="article-embed article-embed--story-teaser"><span class="article-embed-label">Zum Thema</span> <a href="/story/3000000251234/naschmarkt">Naschmarkt-Parkplatz: Wien plant Umbau</a></div>`, "Zum Thema"},
		{"label and bar before a promo link", `<p><strong>READ | <a href="/news24/southafrica/news/santaco-issues-ultimatum-20251111">Santaco issues 48-hour ultimatum to City of Cape Town</a></strong></p>`, "Santaco"},
		{"German back link", `<a class="Ah" href="/">Zur Startseite</a>`, "Startseite"},
		{"Czech ad label", `<div class="f_c" data-dot="ssp-intext-1"><div class="f_d">Pokračování článku pod reklamou</div><div id="ssp-zone-352021"></div></div>`, "Pokračování"},
		{"Spanish comments link", `<ul class="_df"><li><a class="b b_sh b_sh-co" href="#comments_container" title="Ir a los comentarios"><span class="_hi">Ir a los comentarios</span></a></li></ul>`, "comentarios"},
		{"Polish tip line", `<div class="ContactBox_box"><p><strong>Masz ciekawy temat? Napisz do nas!</strong> Chętnie przeczytamy!</p></div>`, "ciekawy temat"},
		{"Spanish error question", `<div class="newsErrorReport"><p>¿Has visto algún error? <a href="/contacto">Escríbenos</a></p></div>`, "algún error"},
		{"Turkish rights notice", `<div class="newsWarning"><p>Sabah.com.tr'de yayınlanan haberlerin tüm hakları Turkuvaz Medya Grubu'na aittir.</p></div>`, "tüm hakları"},
		{"Persian end-of-message mark", `<p style="text-align: justify;">انتهای پیام/</p>`, "انتهای پیام"},
		{"embed blocked by the cookie banner", `<div class="embedComponent embedComponent--blocked"><p class="embedComponent__blockedTitle">Ce contenu est bloqué car vous n’avez pas accepté les cookies.</p></div>`, "bloqué"},
		{"Spanish shared-account notice", `<div class="a_s" id="a_s_sub"><p class="a_s_t">Tu suscripción se está usando en otro dispositivo</p><button>Continuar leyendo aquí</button></div>`, "otro dispositivo"},
		{"Indonesian subscribe button", `<div class="mt-6 rounded"><a href="https://langganan.tempo.co/?utm_source=artikel_footer">Berlangganan Sekarang</a></div>`, "Berlangganan"},
		{"Hebrew channel prompt", `<div class="telegram-join-box"><a href="https://t.me/maarivonline">הצטרפו לערוץ הטלגרם של מעריב ועדכנו ראשונים</a></div>`, "הצטרפו"},
		{"Turkish Google News prompt", `<div class="googleNewsBox"><a href="https://news.google.com/publications/x"><span>SABAH'ı Google Haberler'den takip etmek için tıklayın</span></a></div>`, "Haberler"},
		{"Hebrew app prompt", `<div class="ArticleFollowUsComponent"><a href="https://ynet.co.il/app">להתראות בזמן אמת – הורידו את אפליקציית ynet</a></div>`, "אפליקציית"},
		{"Arabic Google News prompt through the app", `<p><a href="https://news.google.com/publications/x">تابع أحدث الأخبار عبر تطبيق google news</a></p>`, "google news"},
		{"Arabic source line", `<div class="article-source">المصدر : <span>الجزيرة</span></div>`, "المصدر"},
		{"German appeal addressing du", `<div class="watson-support"><p class="watson-support__title">Unterstütze jetzt watson!</p></div>`, "Unterstütze"},
		{"French reading time label", `<p class="su-temps-lecture">Lecture : 3 min.</p>`, "Lecture"},
		{"Indonesian comment box", `<div class="komentar-box"><div class="komentar-box__title">Komentar Terbanyak</div><div class="komentar-box__empty">Belum ada komentar. Jadilah yang pertama berkomentar!</div></div>`, "Belum ada komentar"},
		{"embed the page lets the reader skip", `<div class="bbc-1cvxiy9"><a href="#end-of-twitter-content-1">رد شدن از مطلب X</a><div><strong>مجوز برای نمایش محتوای X</strong><p>این مقاله حاوی محتوای ارائه شده توسط X است.</p><button type="button">پذیرفتن و ادامه</button></div><strong id="end-of-twitter-content-1">پایان مطلب X</strong></div>`, "مطلب X"},
		{"discussion named in Seznam's data-dot", `<section data-dot="ogm-discussion-teaser"><div data-dot="mol-discussion-item"><p class="g_c">Kostka za 45 v akci a tváříme se, že je to normální.</p></div></section>`, "Kostka za 45"},
		{"German ad label", `<div class="resor resor--inline" id="resor-inline-1"><span class="resor__label">Werbung</span></div>`, "Werbung"},
		{"German inbox pitch", `<div data-manual="newsletter-box"><p>München heute</p><p>Alles Wichtige aus München und der Region direkt in Ihr Postfach. Kostenlos anmelden.</p></div>`, "Postfach"},
		{"Indonesian newsletter pitch", `<div class="mt-6"><p>Daftar newsletter Tempo untuk mendapatkan ringkasan berita setiap pagi.</p></div>`, "Daftar newsletter"},
		{"German no-paywall appeal", `<div class="watson-support"><p>Wir verzichten bewusst auf eine Paywall. Deshalb brauchen wir dich.</p></div>`, "Paywall"},
		{"Indonesian fewer-ads pitch", `<div class="my-4"><a href="https://langganan.tempo.co/?utm_source=artikel">Baca berita dengan sedikit iklan, klik di sini</a></div>`, "sedikit iklan"},
		{"Czech Google News prompt", `<div data-dot="ogm-google-news"><a href="https://news.google.com/publications/x">Sledujte Novinky ve Zprávách Google</a></div>`, "Sledujte"},
		{"Spanish error report line", `<div class="c-articulo__reportar"><p>¿Encontró un error? <a href="/reportar-error">Repórtelo aquí</a></p></div>`, "Encontró"},
		{"reader vote box", `<div class="vote-box"><p>Did you find this article insightful?</p><button>Yes</button> <button>No</button><p>93% readers found this article insightful</p></div>`, "93% readers"},
		{"Persian channel prompt", `<div class="telegram_join"><a href="https://t.me/etemadonline">به کانال تلگرام اعتمادآنلاین بپیوندید</a></div>`, "بپیوندید"},
		{"Persian back link", `<div class="back-to-service"><a href="/fa/service/7">بازگشت به صفحه اقتصادی</a></div>`, "بازگشت"},
		{"Spanish back link", `<p><a href="/noticias">Volver a Noticias</a></p>`, "Volver"},
		{"Thai LINE prompt", `<div class="css-line-oa"><p>ติดตามข่าวสารไทยรัฐออนไลน์ได้ทุกที่ทุกเวลา เพิ่มเพื่อนผ่าน LINE คลิก @thairath</p></div>`, "LINE"},
		{"reaction buttons", `<div class="singular-reaction"><p class="reaction-title">Bạn cảm thấy bài viết thế nào?</p><div><a href="javascript:;">Thích</a><a href="javascript:;">Buồn</a></div></div>`, "Bạn cảm thấy"},
		{"like box", `<div class="article-emotion"><p>Do you like the content of this article?</p><div><a href="javascript:;">Like</a> <a href="javascript:;">Dislike</a></div></div>`, "Do you like"},
		{"Spanish newsletter line", `<div class="c-boletin-inline"><p>📩 ¿Quiere recibir las noticias de Bogotá en su correo? Inscríbase gratis en nuestro boletín <a href="/boletines">'Bogotá al día'</a>.</p></div>`, "boletín"},
		{"Spanish newsletter paragraph", `<p>📧 📬 🌍 Semana a semana tendremos un resumen de las noticias del ambiente. Si desea inscribirse, puede hacerlo en <a href="/newsletters/">este enlace</a>.</p>`, "Semana a semana"},
		{"Spanish Google News prompt", `<p><a href="https://news.google.com/publications/CAAqBw" class="Tools-GoogleNews">Recibe alertas desde Google News</a></p>`, "Recibe alertas"},
		{"newsletter box titled get the newsletter", `<div class="gnt_ar_nl"><h3>Get the Climate Point newsletter</h3><p>Stay on top of the news about the state's water, heat and environment. Delivered Wednesdays.</p><form><input type="email"><button>Sign Up</button></form></div>`, "Stay on top"},
		{"subscribers-only badge", `<div class="gnt_ar_sp_tg"><span>This story is available exclusively to subscribers.</span></div>`, "exclusively"},
		{"corps member's funding appeal", `<p><em>Ruby Calder is a Report for America corps member. Your donation to match our grant helps keep her writing stories like this one; please consider making a tax-deductible gift of any amount today.</em></p>`, "tax-deductible"},
		{"nonprofit newsroom box", `<div class="donation-box"><h3>The Salt Lake Tribune is a nonprofit newsroom.</h3><p>Our journalism is funded by readers like you. Donate to the newsroom now.</p><a href="/donate/">Donate</a></div>`, "funded by readers"},
		{"photo credit classed photo author", `<div class="photo"><img src="/a.jpg" alt=""><div class="photo__caption">Petugas memantau aliran sungai yang dilalui banjir lahar dingin.</div><div class="photo__author">KOMPAS.COM/ANDI PRASETYO</div></div>`, "ANDI PRASETYO"},
		{"Indonesian recommended videos", `<div class="kompasidRec"><div class="kompasidRec__title">Video Rekomendasi</div><div><a href="https://video.example/watch/1">Detik-detik banjir lahar hanyutkan truk pasir</a><span>01:42</span></div></div>`, "Detik-detik"},
		{"newsletter's new-here callout", `<div class="kg-card kg-callout-card"><div class="kg-callout-text"><b>New here?</b> The Ashford Dispatch is a free newsletter about local government. Forward this to a neighbor who cares about our schools.</div></div>`, "Forward this"},
		{"newsletter's tip callout", `<div class="kg-card kg-callout-card"><div class="kg-callout-text"><em>Got a tip about the school district? Reply to this email or reach Keisha at keisha@example.org.</em></div></div>`, "Got a tip"},
		{"recipe scaler note", `<div class="comp mntl-recipe-scaler"><button>1/2x</button><button>1x</button><span class="mntl-recipe-scaler__description">This recipe was developed at its original yield. Ingredient amounts are automatically adjusted.</span></div>`, "original yield"},
		{"recipe review prompt", `<p class="review__prompt">Have you made this recipe? Let us know how it turned out.</p>`, "Have you made"},
		{"Italian reading time", `<div class="story__info"><span class="story__rt">3 minuti di lettura</span></div>`, "minuti di lettura"},
		{"Italian read-aloud note", `<div class="AudioPlayer"><button>Ascolta l'articolo</button><span>5 min</span><span>Versione audio generata automaticamente</span></div>`, "Versione audio"},
		{"Italian Google News prompt", `<div class="GoogleNews_box"><a href="https://news.google.com/publications/CAAqBw">Segui il Resto del Carlino su Google News</a></div>`, "Segui il"},
		{"join the WhatsApp channel", `<p><em>Join The Express Tribune's WhatsApp channel for instant updates.</em></p>`, "WhatsApp channel"},
		{"wire's attention note", `<p>(ATTN: ADDS details in paras 4-8, photo)</p>`, "ATTN"},
		{"view counter line", `<p class="count">This story has been viewed 3127 times.</p>`, "viewed 3127"},
		{"send your stories tip line", `<p><strong>Send your news stories to GhanaWeb and via WhatsApp on +233 55 2699 625.</strong></p>`, "Send your news"},
		{"media contacts box", `<div class="contacts"><h3>Media contacts</h3><p>Josie Garthwaite, Stanford Doerr School of Sustainability: (650) 497-0947</p></div>`, "Garthwaite"},
		{"French latest videos", `<div class="videos"><h2>Nos dernières vidéos</h2><p><a href="/video/1">VIDÉO. Le LOSC s’entraîne à huis clos avant la trêve</a></p></div>`, "LOSC"},
		{"French shopping selection", `<section><h3>Notre sélection</h3><p><a href="https://shop.example/1">Soldes d’été : les meilleures offres sur les ventilateurs</a></p></section>`, "ventilateurs"},
		{"AI translation note", `<p class="ai-notice"><i>This article was originally written in Korean and translated by a bilingual reporter with the help of generative AI tools.</i></p>`, "generative AI"},
		{"reporter page link", `<div class="reporter-info"><a class="reporter-more" href="/reporter/jane">More articles by this reporter</a></div>`, "More articles"},
		{"pointer to a player below", `<p><strong>Watch the JoyNews report below:</strong></p><iframe src="https://www.youtube.com/embed/x"></iframe>`, "JoyNews report"},
		{"French consent box", `<div class="r-cmp--box"><p class="r-cmp--title">Votre vie privée nous importe</p><p>Le journal et ses partenaires déposent des cookies et utilisent des informations non sensibles de votre appareil.</p><button>Accepter et fermer</button></div>`, "cookies"},
		{"comment box between sections", `<div class="my-8 rounded border p-5" data-module="what-do-you-think"><p class="text-lg font-bold">What do you think so far?</p><form><textarea placeholder="Share your thoughts"></textarea><button type="submit">Submit</button></form></div>`, "What do you think"},
		{"Spanish error link", `<p><a href="/reportar">Reporta un error</a></p>`, "Reporta"},
		{"German error link", `<div class="sc-x1"><a href="/fehler">Fehler gefunden? Jetzt melden.</a></div>`, "Fehler gefunden"},
		{"featured rail", `<div class="featured"><h2><span>Featured</span></h2><div><a href="/a"><h1>These wild horses have roamed the beaches for over 400 years</h1></a></div></div>`, "wild horses"},
		{"Japanese sponsored picks", `<div class="recommend"><h2>おすすめ情報</h2><ul><li><a href="https://ad.example/1">［PR］夏休みは北海道へ　道東の絶景と海の幸を満喫する旅</a></li></ul></div>`, "北海道"},
		{"Korean appeal, spaced", `<p>광고나 권력이 아닌 독자의 힘으로 만드는 신문, 한겨레의 기후 저널리즘을 후원해 주세요.</p>`, "후원해"},
		{"Hungarian appeal", `<div><h3>Támogassa az Index munkáját!</h3><p>Az Index független hírportál, amelynek működését az olvasók támogatása is segíti.</p></div>`, "független"},
		{"Hungarian follow prompt", `<p><a href="https://facebook.com/index">Kövesse az Indexet a Facebookon is!</a></p>`, "Kövesse"},
		{"Czech Google News prompt", `<p><a href="https://news.google.com/p">Sledujte Novinky.cz na Google News</a></p>`, "Sledujte"},
		{"letter to the editor line", `<p><em>Let us know what you think about this article. Submit a letter to the editor at mail@example.com.</em></p>`, "letter to the editor"},
		{"Japanese tip line", `<p>ご意見・情報をお寄せください。NHKニュースへの情報提供はこちらから。</p>`, "情報提供"},
		{"Japanese scrapbook note", `<p>読者会員の方は、記事をスクラップブックに保存して後から読むことができます。</p>`, "スクラップブック"},
		{"live blog's appeal", `<div class="dcr-epic"><h2>A new tax on free journalism</h2><p>I hope you appreciated this live coverage. Before you move on, I wonder whether you could consider supporting the Guardian’s reporting this year.</p><p>We do not have shareholders or a billionaire owner, which means our reporting is free from commercial influence.</p></div>`, "shareholders"},
		{"script control's warning", `<div class="dcr-toggle"><label>Show key events only</label><span>Please turn on JavaScript to use this feature</span></div>`, "JavaScript"},
		{"player's countdown", `<div class="video-box"><div class="vjs-next-up"><span>The video will start in</span> <span class="countdown">8</span></div></div>`, "will start in"},
		{"Arabic Google News prompt", `<p><a href="https://news.google.com/p">تابع موقع اليوم السابع عبر أخبار جوجل</a></p>`, "أخبار جوجل"},
		{"now on WhatsApp", `<div class="wa-nudge"><p>The Wire is now on WhatsApp. <a href="https://whatsapp.com/channel/x">Follow our channel</a> for sharp analysis and opinions.</p></div>`, "now on WhatsApp"},
		{"contribution appeal", `<p><a href="/support">Make a contribution to Independent Journalism today.</a></p>`, "Make a contribution"},
		{"French rights line", `<p>Tous droits de reproduction et de représentation réservés.</p>`, "droits de reproduction"},
		{"French illustration label", `<p><em>Image d'illustration</em></p>`, "illustration"},
		{"paywall meter", `<div class="meter"><p>You’ve read 1 article in the last month</p></div>`, "read 1 article"},
		{"French latest news inside the story", `<div class="latest"><h3>Dernières news</h3><ul><li><a href="/a">Air Algérie annonce une nouvelle fréquence vers Montréal</a></li></ul></div>`, "Air Algérie"},
		{"Turkish support box", `<div class="cmh-box"><h4>Cumhuriyet'e destek olun</h4><p>Bağımsız gazeteciliğin sürmesi için okurlarımızın desteğine ihtiyacımız var.</p><a href="/abone">Abone ol</a></div>`, "okurlarımızın"},
		{"Russian appeal", `<div class="donate"><p>Мы работаем без цензуры и рекламы — только благодаря поддержке читателей.</p></div>`, "без цензуры"},
		{"German consent box", `<div class="kc-box"><p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu speichern.</p></div>`, "Cookies"},
		{"live appeal's first line", `<div class="epic"><p>I hope you appreciated this article. Before you move on, there is a good reason why some readers decide to support us.</p><p>Accepted payment methods: Visa, Mastercard, American Express and PayPal</p></div>`, "appreciated"},
		{"contact reporter line", `<p>Contact reporter Zhou Xinda (xindazhou@example.com) and editor Bao Ying (yingbao@example.com)</p>`, "Contact reporter"},
		{"app alert prompt", `<p><em>Download our app to receive breaking news alerts and read the news on the go.</em></p>`, "Download our app"},
		{"weekly newsletter prompt", `<p><em>Get our weekly free Must-Read newsletter.</em></p>`, "Must-Read"},
		{"cover image credit line", `<p>(Cover image: Farmers harvest rice on a saline-alkali field in Dongying, Shandong Province, October 8, 2024. /Xinhua)</p>`, "Cover image"},
		{"newspaper headline line", `<p>Newspaper headline: Ice harvest kicks off 'Erbin' winter rush</p>`, "Newspaper headline"},
		{"release translations line", `<p>Read this press release in: Español | 中文 | Русский</p>`, "Read this press release"},
		{"web editor credit", `<p>(Web editor: Zhong Wenxing, Liang Jun)</p>`, "Web editor"},
		{"editor credit line", `<p>Editor: Hannah Lund.</p>`, "Hannah Lund"},
		{"moderation notice", `<div class="cmt"><h3>Leave your comment</h3><p>Comments are moderated and will appear after approval.</p></div>`, "moderated"},
		{"media enquiries box", `<div class="press"><h2>Media enquiries</h2><p>Journalists can contact the council's press office on 0161 234 1234.</p></div>`, "press office"},
		{"release's media note", `<p><em>Video of the event is available on YouTube <a href="https://youtube.com/x">here</a>.</em></p>`, "Video of the event"},
		{"French error report line", `<div class="sc-report"><p>Vous avez repéré une erreur? <a href="/signaler-une-erreur">Signalez-la</a></p></div>`, "repéré"},
		{"player's error text", `<div class="video-player__error"><p>We apologize, but this video has failed to load.</p><p>Try refreshing your browser, or <a href="/video/">tap here to see other videos from our team.</a></p></div>`, "failed to load"},
		{"Dutch error report line", `<p class="error-report">Fout gezien? <a href="/fout">Laat het ons weten</a></p>`, "Fout gezien"},
		{"Dutch print note", `<p><em>Een versie van dit artikel verscheen ook in NRC op 20 februari 2025.</em></p>`, "verscheen"},
		{"subscriber newsletter plug", `<p><em>To stay on top of the biggest stories in business, sign up to Money Talks, our weekly subscriber-only newsletter.</em></p>`, "Money Talks"},
		{"Russian appeal line", `<p>«Новая газета» существует на деньги читателей.</p>`, "деньги читателей"},
		{"Ukrainian photo credit", `<p class="post_photo_source">Фото: Getty Images</p>`, "Getty"},
		{"research paper's links", `<p><a href="/refs.ris">Download references</a></p><p><a href="/reprints">Reprints and permissions</a></p>`, "references"},
		{"newsroom download tabs", `<div class="tabs"><a href="#text">Text of this article</a> <a href="#images">Images in this article</a></div>`, "this article"},
		{"newsletter rating poll", `<div class="poll"><h3>How did you like today's edition?</h3><p><a href="/poll/1">Unlocked my whole day</a></p><p>Login or Subscribe to participate in polls.</p></div>`, "participate"},
		{"science appeal box", `<div class="appeal"><h2>It’s Time to Stand Up for Science</h2><p>I’ve been a subscriber since I was 12 years old, and it helped shape the way I look at the world.</p></div>`, "subscriber since"},
		{"nonprofit's closing appeal", `<div class="support"><p>Eurasianet depends on readers like you. If you value our coverage, please consider making a tax-deductible contribution today.</p></div>`, "readers like you"},
		{"affiliate disclosure", `<p><em>We may earn a commission when you buy through links on our site.</em></p>`, "commission"},
		{"affiliate links disclosure", `<p>DISCLOSURE: If you buy through affiliate links, I may earn a small commission.</p>`, "DISCLOSURE"},
		{"post with affiliate links", `<p><em>This post may contain affiliate links. Read more about this in my About Me page!</em></p>`, "affiliate links"},
		{"editors' choice disclosure", `<p>Products are chosen independently by our editors. Purchases made through our links may earn us a commission.</p>`, "chosen independently"},
		{"newsletter pitch", `<div>Want to keep up with the latest trends? The free weekly Insider email is the top source for industrial news. <strong><a href="/insider/">Subscribe here</a></strong>.</div>`, "Insider email"},
		{"contributor disclaimer", `<p>GIS NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.</p>`, "not responsible"},
		{"letters prompt", `<p><em>Submit your letter to the editor via this form. Read more Letters to the Editor.</em></p>`, "Submit your letter"},
		{"German affiliate disclosure", `<div class="note">Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler.</div>`, "Provision"},
		{"Jetpack subscription prompt", `<div class="wp-block-group"><p class="has-text-align-center">Subscribe to get the latest posts sent to your email.</p></div>`, "latest posts"},
		{"comments elsewhere", `<p>Comment via: <a href="https://facebook.example/x">facebook</a>, <a href="https://substack.example/y">substack</a></p>`, "Comment via"},
		{"article tags box", `<div class="mb-0"><h4 class="mb-4">Article Tags</h4><a href="/t/a">Payroll</a> <a href="/t/b">Compliance</a></div>`, "Compliance"},
		{"retailer link beside a price", `<div class="deal"><span>$49.99</span> <a id="deal-1" href="https://shop.example/x">See price at Amazon</a></div>`, "See price"},
		{"you-might-like box", `<div class="e_Lx"><div class="e_Mx">You might like</div><ul><li><a href="/a">The best earbuds for running this year</a></li><li><a href="/b">Our favourite budget headphones, tested</a></li></ul></div>`, "budget headphones"},
		{"box a skip link jumps past", `<figure><a href="#signup-skip-9">skip past newsletter promotion</a><div><p>Sign up to Down to Earth</p><p>Free weekly newsletter</p></div><p id="signup-skip-9">after newsletter promotion</p></figure>`, "Free weekly newsletter"},
		{"tag list under a phrase in a plain span", `<div class="dcr-qxqnsy"><span class="dcr-1rq3vad">Explore more on these topics</span><div><ul><li><a href="/books/sf">Science fiction books</a></li><li><a href="/books/fiction">Fiction</a></li></ul></div></div>`, "Science fiction books"},
		{"MediaWiki print footer", `<div class="printfooter">Retrieved from "<a dir="ltr" href="https://wiki.example/index.php?title=Penny&amp;oldid=104109">https://wiki.example/index.php?title=Penny&amp;oldid=104109</a>"</div>`, "Retrieved from"},
		{"MediaWiki edit link beside its heading", `<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=X&amp;action=edit&amp;section=1"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`, "[edit]"},
		{"news flashes", `<div class="flashes"><span class="flashesTitle">Flashes</span><a class="flashItem" href="/f/1">Signal fault delays trains between the two cities</a></div>`, "Signal fault"},
		{"newsletter named by its paper", `<div class="editor-note"><p><em>Editor’s Note: Sign up for CNN’s Wonder Theory science newsletter. Explore the universe with news on fascinating discoveries.</em></p></div>`, "Wonder Theory"},
		{"press release's release line", `<p><strong>FOR IMMEDIATE RELEASE</strong></p>`, "IMMEDIATE RELEASE"},
		{"press release's end mark", `<p class="end-mark" style="text-align:center">-30-</p>`, "-30-"},
		{"Chinese app prompt", `<p class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</p>`, "新浪财经APP"},
		{"live blog's key events", `<div class="LiveBlogPage-keyEvents"><h2 class="LiveBlogPage-keyEventsTitle">Key events</h2><ul><li><a href="#post-0">More than 400,000 customers without power</a></li><li><a href="#post-1">Delia weakens to Category 1 as it moves inland</a></li></ul></div>`, "Delia weakens"},
		{"live blog's pinned label", `<div class="LiveBlogPost-pinnedLabel"><svg class="icon-pin" width="12" height="12"></svg>Pinned post</div>`, "Pinned post"},
		{"review site's price widget", `<div class="hawk-wrapper"><div class="hawk-widget"><h4 class="hawk-title">Today’s best Aurelle Wave 3 deals</h4><div class="hawk-deals"><div><span>Amazon</span><span>$179.99</span><a href="https://shop.example/a">View</a></div><div><span>Best Buy</span><span>$199.99</span><a href="https://shop.example/b">View</a></div></div></div></div>`, "Best Buy"},
		{"syndication link", `<div><a href="https://syndication.example/x">Reuse this content</a></div>`, "Reuse this content"},
		{"Persian ad label", `<div class="bbc-1j6t4by"><span class="bbc-17y8z2q">آگهی</span><div id="dotcom-mpu"></div></div>`, "آگهی"},
		{"Pinterest prompt", `<div class="sqs-html-content"><p class="">PIN FOR LATER</p></div>`, "PIN FOR LATER"},
		{"newsletter prompt worded freely", `<p><strong>Like What You're Reading? Subscribe To The Monthly Newsletter!</strong></p>`, "Monthly Newsletter"},
		{"mailing list prompt", `<p><strong>Join our mailing list!</strong>&nbsp;Get a newsletter when an episode is published <a href="http://list.example/x">join here</a></p>`, "mailing list"},
		{"join me on a network", `<p><strong>Join me on TikTok:</strong> @thehousemaven</p>`, "TikTok"},
		{"widget title set bold by a utility class", `<div class="pt-12"><div class="font-europa font-bold uppercase">Join the Conversation</div><div class="cmt-area"><p>Remember to post with kindness and respect to the other readers here.</p><textarea></textarea></div></div>`, "kindness and respect"},
		{"Google preferred-source button", `<p><a href="https://google.example/preferences/source?q=news.example">Add us as a preferred source on Google</a></p>`, "preferred source"},
		{"preferred-source link among a byline's boxes", `<div class="meta"><div>Jane Roe</div><div>May 1, 2024</div><a href="https://soundg.example/googlesource">Add Example News on Google</a></div>`, "on Google"},
		{"German share buttons", `<div class="widget sharebear"><a class="bubble facebook"><span>Auf Facebook teilen</span></a> <a class="bubble twitter"><span>Auf Twitter teilen</span></a> <a class="bubble mail"><span>Via E-Mail teilen</span></a></div>`, "Facebook teilen"},
		{"French share buttons", `<ul class="sociaux"><li><a href="https://facebook.example/s">Partager sur Facebook</a></li><li><a href="https://x.example/s">Partager sur X</a></li></ul>`, "Partager sur"},
		{"category links named in the class", `<div class="articleCategories"><span class="key">Kategorien</span><span class="value"><a href="/c/a">Aktuell</a> <a href="/c/b">Freizeit und Hobby</a></span></div>`, "Freizeit und Hobby"},
		{"share link by its address", `<div class="wprm-recipe-meta"><a href="https://www.pinterest.com/pin/create/bookmarklet/?url=https%3A%2F%2Fnews.example%2Fx">Pin Recipe</a></div>`, "Pin Recipe"},
		{"link back in a line", `<p>Back to <a href="acnfphp.htm">ACNFP</a> page</p>`, "ACNFP"},
		{"link back to the home page", `<p><b><font size="+2"><a href="http://home.example/~sam/">Return to my Home Page</a></font></b></p>`, "Home Page"},
		{"link back to the top in brackets", `<p>(<a href="#top">Back to top of page</a>)</p>`, "top of page"},
		{"German link back", `<p><a href="/inhalt.html">Zurück zum Inhaltsverzeichnis</a></p>`, "Inhaltsverzeichnis"},
		{"booking button", `<p><a class="Link_module_Link" href="https://travel.example/vacation/hawaii-568536"><span class="Typography_Bold">Book now</span></a></p>`, "Book now"},
		{"author card's profile link", `<div class="authorPopover"><p class="authorPopover__bio">Sam Roe tests cars for us.</p><a href="/authors/sam-roe" class="authorPopover__link">View Full Profile</a></div>`, "Full Profile"},
		{"spanish read-more link", `<p><a href="/noticias/2020/otra">Ver noticia</a></p>`, "Ver noticia"},
		{"polish read-more link", `<p><a href="/wiadomosci/inna">Czytaj więcej</a></p>`, "Czytaj więcej"},
		{"teaser's read-more link", `<p>Surgeons describe a new technique.<br></p><a href="/53/phalloplasty.html"> <span class="articlereadmore">read more</span> </a>`, "read more"},
		{"read-the-rest heading link", `<h3><a href="https://news.example/2019/09/25/patti-smith.html">READ THE REST</a></h3>`, "READ THE REST"},
		{"continue reading with the title", `<p><a href="/2005/05/salt.html">Continue reading "Pass the Salt Please"</a></p>`, "Continue reading"},
		{"reviewer's credit", `<p>Reviewed By: <a href="/author/sam-roe/">Sam Roe, PhD, CSCS</a></p>`, "Reviewed By"},
		{"reviewer's credit with the day", `<p>Reviewed by Sam Roe, Trial Attorney at Roe &amp; Roe, on December 9, 2024.</p>`, "Trial Attorney"},
		{"last review's date", `<div class="reviewed"><p>Last reviewed January 2023</p></div>`, "Last reviewed"},
		{"review badge", `<div class="badge"><span>Expert Reviewed</span></div>`, "Expert Reviewed"},
		{"join a group", `<p><strong>Join the Facebook group</strong> &ndash; <a href="https://facebook.example/g">facebook.example/g</a></p>`, "Facebook group"},
		{"jump link", `<div class="recipe-meta"><span>Ready in 40 minutes, serves four.</span> <a href="#recipe-123">Jump to Recipe</a></div>`, "Jump to"},
		{"compound class inside a longer value", `<div class="most-read-container module"><h2 class="mrw-header">Most Read Business Stories</h2><ul><li><a href="/b/1"><span>Housing market splits into two different pieces</span></a></li></ul></div>`, "Housing market splits"},
		{"back link to a listing", `<p><a href="/blog">Back to Blogs</a></p>`, "Back to Blogs"},
		{"russian ad slot label", `<div class="ad"><span>Реклама</span><div id="adfox_1"></div></div><p>Реклама</p>`, "Реклама"},
		{"dutch ad slot label", `<p class="label">Advertentie</p>`, "Advertentie"},
		{"chinese editor credit", `<p class="editor">（责任编辑：李四）</p>`, "李四"},
		{"chinese editor credit in lenticular brackets", `<p>【责任编辑:刘笑冬】</p>`, "刘笑冬"},
		{"chinese abbreviated editor credit, two names", `<div class="edit">(责编：杨虞波罗、胡永秋)</div>`, "胡永秋"},
		{"page feedback widget", `<div class="feedback"><h2>Was this page helpful?</h2><button>Yes</button><button>No</button><p><a href="/feedback">Report a problem with this page</a></p></div>`, "this page"},
		{"video player's running time", `<div class="videoMeta"><span class="duration"> 8:09 <svg class="video"></svg></span></div>`, "8:09"},
		{"audio player's position and length", `<div class="resources-audio-time-wrapper"><div class="resources-audio-current-time">13:47</div><div>/</div><div class="resources-audio-length-time">19:15</div></div>`, "19:15"},
		{"back link behind arrows", `<p><a href="/news/">&lt;&lt; Back to Local News</a> | <a href="/email?id=1">E-mail this story</a></p>`, "Local News"},
		{"line back behind an arrow", `<p>« Back to <a href="/nhl">NHL Home</a></p>`, "NHL Home"},
		{"ad slot label", `<div class="inline-slot"><p>Article Continues Below</p></div>`, "Continues Below"},
		{"chatbot buttons", `<div><span>Summarize with AI:</span></div>`, "Summarize"},
		{"reading time with a byline", `<div class="meta"><span>Bridgestone Team</span> | <span>5 min read</span></div>`, "min read"},
		{"pagination label", `<p><span>Page 1 of 8</span></p>`, "Page 1 of 8"},
		{"German reading time", `<p>3 Min. Lesezeit</p>`, "Lesezeit"},
		{"credit role without its name", `<div><span class="edited-by-label">Edited by: </span><span class="edited-by-name"><button>Keri Stooksbury</button></span></div>`, "Edited by"},
		{"credit role before a second name", `<div><span class="edited-by">Edited By</span><span><button>Meegan Hall</button>, </span><span><button>Ann Lee</button></span></div>`, "Edited By"},
		{"player's clock at rest", `<div class="player"><span>0:00</span></div>`, "0:00"},
		{"video's availability", `<p>Video verfügbar bis: 14.10.2020 ∙ 14:00 Uhr</p>`, "verfügbar bis"},
		{"video's availability in a description list", `<div class="other-infos"><dl><dt class="visuallyhidden">2 min </dt><span class="teaser-info">2 min</span></dl><dl><dt class="desc-text"> Video verfügbar bis 28.02.2021 </dt></dl></div>`, "verfügbar bis"},
		{"story's age warning", `<div class="dcr-1nvgr5i">This article is more than 3 months old</div>`, "more than 3 months"},
		{"donation appeal", `<p>If you believe stories like this one matter, please consider pitching in what you can. It keeps our reporting free for everyone.</p>`, "pitching in"},
		{"membership platform appeal", `<div class="support"><p>Support the show on <a href="https://patreon.com/x">Patreon</a>.</p></div>`, "Patreon"},
		{"feedback widget's answers", `<div class="helpful"><p>Was this article helpful?</p><a href="#">Yes</a> <a href="#">No</a></div>`, "Yes No"},
		{"Spanish feedback label", `<p>¿Te ha resultado útil este artículo?</p>`, "resultado útil"},
		{"French feedback label", `<p>Cet article vous a-t-il été utile ?</p>`, "été utile"},
		{"French paywall prompt", `<div class="abonnement"><p>Cet article est réservé aux abonnés. Il vous reste 70% à découvrir.</p><a href="/abonnement">Je m'abonne</a></div>`, "réservé aux abonnés"},
		{"Spanish paywall prompt", `<p>Artículo exclusivo para suscriptores. <a href="/suscripcion">Suscríbete</a></p>`, "exclusivo para suscriptores"},
		{"Portuguese share bar", `<div class="compartilhe"><span>Compartilhe:</span><a class="wa">WhatsApp</a><a class="fb">Facebook</a></div>`, "WhatsApp"},
		{"Dutch share bar, its buttons glued", `<div class="deel"><span>Deel dit artikel</span><a>Facebook</a><a>X</a><a>WhatsApp</a></div>`, "WhatsApp"},
		{"Dutch topic links", `<div class="meer"><h2>Meer over</h2><a href="/tag/begroting">Begroting</a><a href="/tag/gemeenteraad">Gemeenteraad</a></div>`, "Gemeenteraad"},
		{"Japanese share bar", `<div class="sns"><span>シェアする</span><a>X</a><a>Facebook</a><a>LINE</a></div>`, "LINE"},
		{"gallery counter", `<div class="gallery"><img src="/a.jpg" alt="The new bridge at dawn"><div class="counter">1 of 12</div></div>`, "1 of 12"},
		{"labelled gallery counter", `<p>Image 3 of 12</p>`, "Image 3"},
		{"gallery button with its size", `<p>Slideshow ( 3 images )</p>`, "Slideshow"},
		{"ad slot label, reading on", `<p>Continue reading below</p>`, "Continue reading"},
		{"YouTube channel prompt", `<p>Click here to subscribe to our YouTube channel.</p>`, "YouTube channel"},
		{"ad slot label naming the ad", `<p>Story continues below advertisement</p>`, "continues below"},
		{"confidential tip line", `<p>Got a confidential news tip? We want to hear from you.</p>`, "confidential news tip"},
		{"feedback question with its answers in one line", `<p>Was this article helpful? Yes No</p>`, "helpful"},
		{"link that loads the comments", `<p><a href="#comments">Load comments</a></p>`, "Load comments"},
		{"share links without addresses, SMS first", `<div class="spacer-small"><a class="nsb-link nsb-text" onclick="share('text')" rel="noopener" target="_blank"><svg></svg><span>SMS</span></a>
<a class="nsb-link nsb-facebook" onclick="share('facebook')" rel="noopener" target="_blank"><svg></svg><span>Facebook</span></a>
<a class="nsb-link nsb-twitter" onclick="share('twitter')" rel="noopener" target="_blank"><svg></svg><span>Twitter</span></a>
<a class="nsb-link nsb-email" onclick="share('email')" rel="noopener" target="_blank"><svg></svg><span>Email</span></a></div>`, "SMS"},
		{"article categories under the story", `<div class="post-tax"><div class="tax-label">Article Categories:</div><div class="tax-list"><a href="/research-articles/?cat=food-nutrition-science">Food &amp; Nutrition Science</a></div></div>`, "Nutrition Science"},
		{"German sign-up box's second step", `<div class="c-native-newsletterbox__success -hidden"><div class="h3">Fast fertig!</div><p>Bitte klicke auf den Link in der Bestätigungsmail, um deine Anmeldung abzuschließen.</p><p class="c-native-newsletterbox__more">Du willst noch weitere Infos zum Newsletter? <a href="/info/newsletter/">Jetzt mehr erfahren</a></p></div>`, "Bestätigungsmail"},
		{"German topic pages label", `<section class="secondary pad">Zugehörige Themenseiten: <span><br/><a href="/kategorie/digitalisierung/">Digitalisierung</a> und <a href="/kategorie/it-sicherheit/">IT-Sicherheit</a></span></section>`, "Themenseiten"},
		{"German expand toggle over a picture", `<div class="media carousel"><div><div class="media-options"><a class="open-slideshow hidden" data-image-id="80745">Erweitern</a></div><div class="file"><img src="/kirche.jpg" alt="Kirche, Weihnachten"></div></div></div>`, "Erweitern"},
		{"German popular posts rail", `<div class="rail"><h3>Beliebte Inhalte &amp; Beiträge</h3><ul><li><a href="/a">Hochbeet selber bauen: So geht es</a></li><li><a href="/b">Kompost richtig anlegen</a></li></ul></div>`, "Hochbeet"},
		{"wire's word count where the story is cut", `<div id="divWordCount" class="premiumoff">The full article contains 339 words and appears in Press Association newspaper.</div>`, "full article contains"},
		{"premium box's account notice", `<div class="premiumbox"><h3>Premium Article !</h3><p>Your account has been <strong>frozen</strong>. For your available options click the below button.</p><a href="/premium/unsubscribe?frozen=true">Options</a></div>`, "frozen"},
		{"source label whose logo is gone", `<p id="article-source">Article from: <a href="/dailytelegraph/" class="image"><img src="/images/sources/dailytelegraph.gif" alt=""></a></p>`, "Article from"},
		{"singular table of content label over its aside", `<div class="row mobile_view"><h3> Table of Content </h3></div><div class="left"><aside class="cd-read-more nav"><div class="row"><h3> Table of Content </h3></div><ul><li><a class="read-link" href="#kitchen">Kitchen costs</a></li><li><a class="read-link" href="#bath">Bathroom costs</a></li></ul></aside></div>`, "Table of Content"},
		{"German error-report line", `<p>Sie haben einen Fehler entdeckt? Schreiben Sie uns.</p>`, "Fehler entdeckt"},
		{"German newsletter pitch", `<p>Sie möchten keine Nachrichten verpassen? Melden Sie sich für unseren Newsletter an.</p>`, "Newsletter"},
		{"German read-aloud prompt", `<p>Diesen Artikel vorlesen lassen</p>`, "vorlesen"},
		{"German comments link", `<p><a href="#kommentare">Kommentare anzeigen</a></p>`, "Kommentare"},
		{"Spanish keep-reading label", `<p>Sigue leyendo</p>`, "Sigue leyendo"},
		{"Spanish newsletter pitch", `<p>Suscríbete a nuestro boletín</p>`, "boletín"},
		{"Italian keep-reading label", `<p>Continua a leggere dopo la pubblicità</p>`, "Continua a leggere"},
		{"news tip line", `<p>Have a news tip? Email us at <a href="mailto:tips@example.com">tips@example.com</a>.</p>`, "news tip"},
		{"tag line to follow", `<p>Follow topics: <a href="/t/budget">Budget</a> <a href="/t/council">City council</a></p>`, "Follow topics"},
		{"Swedish ad label", `<div class="annons">ANNONS</div>`, "ANNONS"},
		{"Swedish share bar", `<div class="dela"><span>Dela artikeln</span><a>Facebook</a><a>X</a><a>Mejla</a></div>`, "Mejla"},
		{"Czech share bar", `<div class="sdilet"><span>Sdílet</span><a>Facebook</a><a>X</a></div>`, "Sdílet"},
		{"Czech topics line", `<div class="tagy">Témata: <a href="/tema/rozpocet">rozpočet</a>, <a href="/tema/zastupitelstvo">zastupitelstvo</a></div>`, "zastupitelstvo"},
		{"tip jar", `<p>Enjoyed this? <a href="https://www.buymeacoffee.com/x">Buy me a coffee</a></p>`, "coffee"},
		{"other posts under a blog post", `<div class="c"><h2>Other Posts:</h2><div class="listing"><span>Nov 25, 2025</span><a href="/blog/actions">Garnix actions are here</a></div></div>`, "Garnix actions"},
		{"next article box", `<section><div class="n"><h2>Next article</h2><div class="h1">The Year in Physics</div></div><a href="/the-year-in-physics"></a></section>`, "Year in Physics"},
		{"republishing offer", `<div class="republish"><p>Republish our articles for free, online or in print, under a Creative Commons license.</p></div>`, "Republish"},
		{"audio player's prompt", `<div class="player"><img src="/wave.png"><p class="description">Listen to this article in summarized format</p><button>Play</button></div>`, "Listen to this"},
		{"stock label in a shop box", `<div class="product"><a href="/p/1">Acer Chromebook 516 GE</a><div><span>Currently Unavailable</span></div></div>`, "Currently Unavailable"},
		{"shop call to action", `<p><a href="https://shop.example/p/1">Shop now</a></p>`, "Shop now"},
		{"quote request in a grid's cell", `<table><tr><th>Company</th><th>Quote</th></tr><tr><td>Seka Moving</td><td><a href="https://q.example/seka">Get A Quote</a></td></tr><tr><td>Men On The Move</td><td><a href="https://q.example/men">Get A Quote</a></td></tr></table>`, "Get A Quote"},
		{"German plural ad label", `<p><span style="font-size:x-small">Anzeigen</span></p>`, "Anzeigen"},
		{"heading permalink", `<h2>Installing the tools<a class="headerlink" href="#installing" title="Permalink to this headline">¶</a></h2>`, "¶"},
		{"player settings panel", `<div class="yvp-settings-container"><div class="yvp-settings-quality"><div class="yvp-settings-header">Video Quality</div><div>Auto</div><div>High (HD)</div></div></div>`, "Video Quality"},
		{"pitch named after the article block", `<div class="duet--article--membership-cta _s0xw2a0"><p>You’ve read 1 article in the last month</p><p>Here at Vox, we're unwavering in our commitment to covering the issues that matter most to you — threats to democracy, immigration, reproductive rights, the environment, and the rising polarization across this country.</p><p>Our mission is to provide clear, accessible journalism that empowers you to stay informed and engaged in shaping our world.</p><a href="/support-now">Join now</a></div>`, "unwavering"},
		{"call-to-action box", `<section class="cta relative z-20"><h2>Train more, faster and smarter</h2><p>See what teams like yours do with it.</p><a href="/trial">Start free</a></section>`, "teams like yours"},
		{"lead form title", `<section class="form"><h2 class="form--title">We'd love to learn your goals</h2><p>Leave your email and we will call you back.</p><form><input name="email"></form></section>`, "call you back"},
		{"MediaWiki categories", `<div id="catlinks" class="catlinks"><div id="mw-hidden-catlinks" class="mw-hidden-catlinks"><a href="/wiki/Category:Hidden_categories">Hidden categories</a>: <ul><li><a href="/wiki/Category:CS1_errors">CS1 errors: markup</a></li><li><a href="/wiki/Category:Protected">Wikipedia indefinitely move-protected pages</a></li><li><a href="/wiki/Category:Short">Articles with short description</a></li></ul></div></div>`, "move-protected"},
		{"right rail inside the main column", `<div class="article-body__right-rail"><h4>People on the move</h4><p>Jane Roe joins the board of a regional bank as its new chair.</p></div>`, "Jane Roe"},
		{"side widget", `<div class="zox-side-widget widget_text"><h4>Expert insights</h4><p>Five predictions for the year ahead in identity security.</p></div>`, "Five predictions"},
		{"share box made for articles", `<div class="social-share-box social-share-box--article"><div><a class="social-share-box__share">Sdílet článek</a></div></div>`, "Sdílet"},
		{"free-trial pitch", `<div class="get-started"><div class="free-trial"><h4>Ready to get started?</h4><p>See what your team could do with a single platform for the whole lifecycle.</p><a href="/trial">Start your free trial</a></div></div>`, "whole lifecycle"},
		{"Spanish topics box", `<div class="temas"><h3>Temas relacionados</h3><a href="/temas/presupuestos">Presupuestos</a><a href="/temas/ayuntamiento">Ayuntamiento</a></div>`, "Presupuestos"},
		{"Portuguese topics line", `<p><span>Assuntos:</span> <a href="/t/orcamento">Orçamento</a>, <a href="/t/camara">Câmara</a></p>`, "Orçamento"},
		{"tag list named for the article", `<div class="article__tags"><span>Themen:</span> <span>Haushalt</span> <span>Stadtrat</span> <span>Verkehrswende</span></div>`, "Verkehrswende"},
		{"footer named for the article", `<div class="article-footer"><span>Filed under Budget and City Hall, with more from our council desk</span></div>`, "council desk"},
		{"sidebar box named for the article", `<div class="article-sidebar"><p>Read our guide to the new bus routes, with maps for every line.</p></div>`, "guide to the new bus"},
		{"sign-up form's error message", `<div class="errorText hidden" data-message="errorGeneral">Da ist etwas schiefgelaufen. Bitte erneut versuchen!</div>`, "schiefgelaufen"},
		{"sign-up form's confirmation", `<div class="success-message">Thanks! Please check your inbox to confirm.</div>`, "check your inbox"},
		{"StarBox author box", `<div class="abh_box abh_box_down abh_box_fancy"><section class="abh_about_tab abh_tab"><div class="abh_text"><div class="abh_name">Amy Roe</div><div class="abh_description">I'm Amy and I'm so glad you've stopped by! My blog is full of baby nursery ideas.</div></div></section></div>`, "glad you've stopped by"},
		{"sign-in toast", `<section class="toaster toaster-signin"><div class="toaster--user-message">You are signed out</div></section>`, "signed out"},
		{"subscribe toast", `<div class="toast-container"><div class="toast"><span>Success! You have subscribed to our newsletter.</span></div></div>`, "You have subscribed"},
		{"profile card behind a name", `<div class="meta"><span class="authorPopover__trigger">Meegan Hall</span><div class="authorPopover__content"><h4>Meegan Hall</h4><p class="authorPopover__bio">Meegan Hall is the site's Senior Editor and Social Media Director.</p><a href="/authors/meegan-hall">View Full Profile</a></div></div>`, "Senior Editor"},
		{"date picker popover", `<div class="b-calendar js-calendar-popover"><span>Mo Di Mi Do Fr Sa So</span></div>`, "Mo Di Mi"},
		{"wiki tagline and jump links", `<div id="siteSub">From Wikipedia, the free encyclopedia</div><div id="jump-to-nav" class="mw-jump">Jump to: <a href="#mw-head">navigation</a>, <a href="#p-search">search</a></div>`, "free encyclopedia"},
		{"wiki jump links without the tagline", `<div id="jump-to-nav" class="mw-jump">Jump to: <a href="#mw-head">navigation</a>, <a href="#p-search">search</a></div>`, "Jump to"},
		{"newer and older post links", `<div id="newer-older"><a id="newer" href="/p/shortage"><div class="arr">←</div> Simultaneous Shortage and Oversupply</a><a id="older" href="/p/nomic-report-ii"> Nomic Report II <div class="arr">→</div></a></div>`, "Nomic Report"},
		{"empty collection list", `<div class="w-dyn-list"><div class="w-dyn-empty"><div>No items found.</div></div></div>`, "No items found"},
		{"conditionally invisible player", `<div class="audio-player w-condition-invisible"><div>Listen to the audio version</div><div>1x</div></div>`, "audio version"},
		{"control tooltip", `<div class="yvp-fullscreen-btn button yvp-tooltip" role="button"><div class="yvp-tooltip-wrapper"><div class="yvp-tooltip-content">Full Screen</div></div></div>`, "Full Screen"},
		{"byline set as a heading", `<h3 class="byline heading"><a rel="author" href="/users/kitsune">KitsuneWrites</a></h3>`, "KitsuneWrites"},
		{"byline heading with its word before the link", `<h6 class="blog-author"><strong>durch</strong> <a rel="author" href="/author/yirouchen/">Yirou Chen</a></h6>`, "durch"},
		{"post meta box of headings", `<div class="postmetadata"><h6 class="blog-date">24. Oktober 2018</h6><h6 class="blog-cat"><strong>in</strong> <a href="/category/healthcare/">Healthcare</a></h6><h6 class="blog-comments">Keine Kommentare</h6></div>`, "Healthcare"},
		{"hidden landmark heading", `<h2 class="text-hide">Hauptinhalt</h2>`, "Hauptinhalt"},
		{"Drupal screen-reader label", `<p>See <a href="https://ext.example/">the report</a><span class="element-invisible"> (link is external)</span> for more.</p>`, "link is external"},
		{"camel-case breadcrumb id", `<div id="navBreadcrumbs"><ol><li>Startseite</li><li>Politik Übersicht</li></ol></div>`, "Politik Übersicht"},
		{"German most-read widget", `<div class="box"><h3>Meistgelesene Artikel</h3><ul><li><a href="/x">Eine ganz andere Geschichte</a></li></ul></div>`, "ganz andere Geschichte"},
		{"tag list heading", `<section><h2>Schlagworte</h2><a href="/t/a">Klimaschutz</a> <a href="/t/b">Energiewende</a></section>`, "Energiewende"},
		{"print button", `<div><a href="#print">Print Recipe</a></div>`, "Print Recipe"},
		{"back link", `<p><a href="/list">zurück zur Übersicht</a></p>`, "zurück"},
		{"rating prompt", `<div><strong>War der Artikel nützlich?</strong></div>`, "nützlich"},
		{"closed comments", `<p>Comments are closed.</p>`, "Comments are closed"},
		{"French comments heading", `<div><h3>Vos réactions</h3><p>Un lecteur a écrit ceci et il est très long pour un commentaire de lecteur.</p></div>`, "Un lecteur"},
		{"WordPress caption outside a figure", `<div class="wp-caption"><img src="/a.jpg"><p class="wp-caption-text">Le piquet de grève dans le hall</p></div>`, "piquet de grève"},
		{"photo credit", `<p><span class="photo-credit">Foto: Sascha Klahn</span></p>`, "Sascha Klahn"},
		{"bold-line widget title", `<div><p><strong>Meistgelesene Artikel</strong></p><ul><li><a href="/x">Eine ganz andere Geschichte</a></li></ul></div>`, "ganz andere Geschichte"},
		{"label with colon", `<div><span class="title">NEWS TEILEN:</span></div>`, "NEWS TEILEN"},
		{"credit line", `<p><span><em>Foto: Ingo Pertramer</em></span></p>`, "Pertramer"},
		{"affiliate disclosure", `<section class="editorial-disclosure"><p>This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products.</p></section>`, "receive compensation"},
		{"donation fly-out", `<div class="c-flyout js-flyout"><div class="c-flyout__content"><p><strong>Helfen Sie mit!</strong></p><p>Jede kleine Spende hilft den notleidenden Menschen dieser Welt, schnell und unbürokratisch.</p></div></div>`, "Jede kleine Spende"},
		{"ai2html chart labels", `<div class="ai2html ai2html-box-v5"><div class="g-artboard"><img class="g-aiImg" src="/chart.png"><div class="g-aiAbs g-aiPointText"><p>PROJECTED</p></div><div class="g-aiAbs"><p>$915 billion</p></div></div></div>`, "PROJECTED"},
		{"featured image credit", `<p><em>Featured image by Alberto Riva/The Daily Example.</em></p>`, "Alberto Riva"},
		{"illustration credit", `<figure><figcaption>Illustration: Sarah Grillo/Axios</figcaption></figure>`, "Sarah Grillo"},
		{"agency credit", `<p class="image-source">Augusta National/Getty Images</p>`, "Augusta National"},
		{"paywall prompt", `<p>To view the full story, please subscribe to The Daily Example.</p>`, "full story"},
		{"press contact box", `<div class="box"><h3>Pressekontakt</h3><p>Maria Beispiel, Telefon 030 1234567, presse@example.org</p></div>`, "Maria Beispiel"},
		{"tag line", `<div class="postKeywords">Tags: <a href="/t/google">Google</a>, <a href="/t/trademark">trademark</a>, <a href="/t/china">China</a></div>`, "trademark"},
		{"retailer's price button", `<div class="deal"><a href="https://www.amazon.example/dp/B0X200?tag=x-20">$299 at Amazon</a></div>`, "$299 at Amazon"},
		{"check price button", `<div class="product"><a href="https://shop.example/x200">Check price</a></div>`, "Check price"},
		{"recipe card prompt", `<div class="wprm-call-to-action"><span>Tried this recipe?</span> <span>Mention @kitchen or tag #kitchen!</span></div>`, "Mention @kitchen"},
		{"recipe card's Pinterest button", `<div><a href="/pin">Pin Recipe</a></div>`, "Pin Recipe"},
		{"recipe card's rating prompt", `<p>Rate this recipe</p>`, "Rate this recipe"},
		{"post rating stars", `<div id="post-ratings-5918" class="post-ratings"><img src="/stars/rating_off.gif" alt="1 Star"> (Rate me? // Beitrag bewerten?)<br><span class="post-ratings-text"></span></div>`, "Rate me"},
		{"contents box label", `<div id="ez-toc-container"><div class="ez-toc-title-container"><p class="ez-toc-title">Article Content</p></div><nav><ul><li><a href="#one">Budget lines</a></li></ul></nav></div>`, "Article Content"},
		{"contents box label with underscores", `<div id="toc_container"><p class="toc_title">In this article</p><ul class="toc_list"><li><a href="#one">Budget lines</a></li></ul></div>`, "In this article"},
		{"star rating plugin", `<div class="kk-star-ratings kksr-align-left"><div class="kksr-stars"></div><div class="kksr-legend">Rate this post</div></div>`, "Rate this post"},
		{"script placeholder", `<div class="widget"><p>Loading ...</p></div>`, "Loading"},
		{"comment widget placeholder", `<p>Loading comments…</p>`, "Loading comments"},
		{"picture viewer buttons in German", `<div class="imageCount"><a href="/bild/1.jpg">Vollbild</a></div><div class="viewer"><button>Bild schließen</button><span>Bild schließen</span></div>`, "Vollbild"},
		{"video pop-out's close link", `<figure class="video-hero"><div class="player"></div><a id="video-popout-close" class="video-popout-close">Close</a></figure>`, "Close"},
		{"Polish close label of a notice", `<div><p>Zamknij</p></div>`, "Zamknij"},
		{"spanish print link", `<div class="tools"><a href="javascript:window.print()">Imprimir</a></div>`, "Imprimir"},
		{"polish print link", `<p><a href="#">Drukuj</a></p>`, "Drukuj"},
		{"russian share label", `<div class="soc"><span>Поделиться</span></div>`, "Поделиться"},
		{"chinese share label", `<div>分享到：</div>`, "分享到"},
		{"russian tag line", `<div>Теги: <a href="/tag/metro">метро</a>, <a href="/tag/moskva">Москва</a>, <a href="/tag/transport">транспорт</a></div>`, "транспорт"},
		{"italian keywords line", `<p>Parole chiave: <a href="/t/comune">comune</a>, <a href="/t/bilancio">bilancio</a></p>`, "bilancio"},
		{"tag line without links", `<p>Tags: Employment, Health &amp; Fitness, Mid-sized Businesses</p>`, "Mid-sized"},
		{"category lead-in", `<div>Posted in <a href="/category/boxes">Best Subscription Boxes</a></div>`, "Subscription Boxes"},
		{"spaced ad label", `<div><span>- Anzeige-</span></div>`, "Anzeige"},
		{"French paywall prompt", `<h2>Pour lire la suite, abonnez-vous</h2>`, "lire la suite"},
		{"topic links", `<p class="cnnTopics">All About <a href="/t/m">Malaysia</a> • <a href="/t/a">Abdullah Ahmad Badawi</a></p>`, "Abdullah"},
		{"labelled breadcrumb trail from an index file", `<div id="sqrbreadcrumbs"> Sie sind hier: <a href="../../../index.htm">Startseite</a> &raquo; <a href="../../essen.htm">Essen</a> &raquo; <a href="./essenwestviertel.htm">Essen-Westviertel</a></div>`, "Sie sind hier"},
		{"favourites and discussion buttons", `<div class="widget sharebear"><a class="bubble comments" href="#discussion_1"><span>Link zur Diskussion</span></a> <a class="bubble add_to_favourites"><span>Zu Favoriten hinzufügen</span></a></div>`, "Favoriten"},
		{"breadcrumb heading ending in the page's own step", `<h5><a href="/index.php">Home</a> <img src="/i/arrow.gif" alt=""> <a href="/reports/">Reports</a> <img src="/i/arrow.gif" alt=""> Content</h5>`, "Reports"},
		{"breadcrumb items ending in the page's own step", `<div class="crumbs-box"><ol><li><a href="/">Home</a></li><li><a href="/knowledge-center">Knowledge center</a></li><li>What is an online course?</li></ol></div>`, "Knowledge center"},
		{"breadcrumb trail under the story", `<div><p><a href="/">SFist</a> / <a href="https://sfist.example/best-of-san-francisco/">Best of San Francisco</a> / <a href="https://sfist.example/moving-companies-movers-san-francisco/">Best Movers in San Francisco</a></p></div>`, "Best Movers in San Francisco"},
		{"tool link bar", `<div class="end"><a href="#"><img src="/i.gif"> EMAIL STORY</a> &nbsp; <a href="#">EASY PRINT</a> &nbsp; <a href="/s">SEARCH</a></div>`, "EASY PRINT"},
		{"section links with separators", `<p><a href="/w">World</a> | <a href="/s">Sport</a> · <a href="/b">Business</a></p>`, "Business"},
		{"share box titled by a phrase", `<div class="share-article"><h4>Share this article</h4><ul><li><a href="https://digg.example/submit">Digg this</a></li><li><a href="/what">(What's this?)</a></li></ul></div>`, "Digg this"},
		{"section recency widget", `<div><h4><a href="/sport/latest">Latest Sport News</a></h4><h2><a href="/s/1">Winger wants a move</a></h2><p>The winger's agent says he would talk to the club if it makes a firm bid for him soon.</p></div>`, "winger's agent"},
		{"site tools box", `<div><h4><span>Site Tools</span></h4><ul><li><a href="/print">Print</a></li><li><a href="#">Email a friend</a></li></ul></div>`, "Email a friend"},
		{"newsletter prompt", `<p>Keep up to date with the news. Receive our free <a href="/register">E-Newsletter</a></p>`, "E-Newsletter"},
		{"caption with copyright", `<p class="bildtext">Lee Elder war mit golferischem Talent gesegnet. | © Augusta National/Getty Images</p>`, "Lee Elder"},
		{"caption with bracketed credit", `<div class="caption">Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)</div>`, "Hermelin"},
		{"caption with trailing photo line", `<p>Puerto de Montevideo. Foto: Archivo El País.</p>`, "Puerto de Montevideo"},
		{"social follow prompt", `<p>Follow The Daily Example on Twitter and Instagram @DailyExample and on Facebook.</p>`, "Follow The Daily Example"},
		{"subscribe prompt as a heading", `<h3>Subscribe to receive monthly updates about the latest Ai2 news.</h3>`, "monthly updates"},
		{"follow on Google News", `<div><a href="https://news.google.com/publications/X">Follow Hardtail Canada</a> <a href="https://www.google.com/preferences/source?q=x">Favourite on Google News</a></div>`, "Follow Hardtail"},
		{"Spanish channel prompt", `<p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.</p>`, "canal de Telegram"},
		{"app prompt", `<p><em>For the latest stories download the Example News apps for iOS and Android.</em></p>`, "Example News apps"},
		{"WordPress recent comments widget", `<div class="widget"><h2>Recent Comments</h2><ul><li><a href="/p/1#c2">Ana</a> on <a href="/p/1">Another post entirely</a></li></ul></div>`, "Another post entirely"},
		{"related podcasts box", `<div><h3>Related Podcasts</h3><ul><li><a href="/pod/1">Episode one of another show</a></li></ul></div>`, "Episode one"},
		{"rights notice", `<p>DER SPIEGEL 52/2018 Alle Rechte vorbehalten Vervielfältigung nur mit Genehmigung</p>`, "Vervielfältigung"},
		{"Korean rights notice", `<p>김민수 기자 minsu@news.example<br>&lt;저작권자 © 한빛일보, 무단 전재 및 재배포 금지&gt;</p>`, "무단 전재"},
		{"Chinese rights notice", `<p>版权所有 © 2025 新闻网 未经授权不得转载</p>`, "未经授权"},
		{"Italian rights notice", `<p class="riproduzione">© RIPRODUZIONE RISERVATA</p>`, "RIPRODUZIONE"},
		{"German agency's rights line", `<p>© dpa-infocom, dpa:240108-99-531230/3</p>`, "dpa-infocom"},
		{"broadcaster's closing line", `<p><em>For the latest news, weather, sports, and streaming video, head to WXYZ News 7.</em></p>`, "streaming video"},
		{"Portuguese messenger channel prompt", `<p><em>Receba as notícias do Jornal da Manhã no seu WhatsApp. <a href="https://wa.me/x">Clique aqui</a></em></p>`, "Receba as notícias"},
		{"Portuguese follow on WhatsApp", `<p>Siga o canal do Jornal no WhatsApp e receba as principais notícias.</p>`, "Siga o canal"},
		{"Russian Telegram prompt", `<p><strong>Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости.</strong></p>`, "Подписывайтесь"},
		{"Turkish Google News prompt", `<p>Son dakika haberleri için <a href="https://news.google.com/x">Google News'te takip etmek için tıklayın</a>.</p>`, "takip etmek"},
		{"Spanish newsletter prompt", `<p>Suscríbete a nuestra newsletter y recibe las noticias más importantes.</p>`, "Suscríbete"},
		{"view and comment counters", `<div class="post-stats"><span>412 views</span><span>3 comments</span></div>`, "412 views"},
		{"shortened view count", `<div>1.2K views</div>`, "1.2K"},
		{"Russian view count", `<div>Просмотров: 1 234</div>`, "Просмотров"},
		{"like bar counts", `<div class="post-ufi"><div class="like-button"><span>37</span></div></div>`, "37"},
		{"Q&A poster card", `<div class="post-signature owner"><div class="user-action-time">asked Jan 5, 2015</div><div class="user-details"><a href="/users/9/ann">Ann Marlowe</a></div></div>`, "Ann Marlowe"},
		{"Medium paywall badge", `<p>Member-only story</p>`, "Member-only"},
		{"Medium publication line", `<p>Published in <a href="https://medium.example/tds">Towards Data Science</a></p>`, "Towards Data Science"},
		{"Japanese paywall notice", `<p>この記事は有料会員限定です。会員登録すると続きをお読みいただけます。</p>`, "有料会員限定"},
		{"Italian paywall notice", `<p>Questo contenuto è riservato agli abbonati.</p>`, "riservato"},
		{"Turkish continued label", `<div class="x5">Haberin Devamı</div>`, "Haberin Devamı"},
		{"Polish video slot label", `<p>Dalszy ciąg materiału pod wideo</p>`, "Dalszy ciąg"},
		{"Spanish Google News prompt", `<div class="siguenos"><p>Síguenos en <a href="https://news.google.com/x">Google Noticias</a> y recibe las últimas noticias</p></div>`, "Síguenos"},
		{"Indonesian Google News prompt", `<p>Simak berita dan artikel lainnya di <a href="https://news.google.com/x">Google News</a></p>`, "Simak berita"},
		{"Indonesian related box", `<div class="x3"><h3>Berita Terkait</h3><ul><li><a href="/a">Harga cabai turun di pasar induk</a></li></ul></div>`, "Harga cabai"},
		{"singular tag label", `<div class="x4">Tag: <a href="/tag/beras">beras</a> <a href="/tag/harga">harga</a></div>`, "beras"},
		{"Turkish ad label", `<div class="x2">Reklam</div>`, "Reklam"},
		{"Polish share line", `<div class="x1">Udostępnij: <a href="#">Facebook</a> <a href="#">X</a></div>`, "Udostępnij"},
		{"French share bar", `<div class="partage"><a href="#">Partager</a><a href="#">Offrir cet article</a><a href="#">Ajouter à vos sélections</a></div>`, "Offrir cet article"},
		{"Polish cookie notice", `<p>Zachęcamy do regularnych odwiedzin naszej strony. Informujemy, że korzystamy z cookies.</p>`, "korzystamy z cookies"},
		{"German cookie notice", `<div id="botclick">Wir verwenden Cookies, die unser Angebot nutzerfreundlicher machen. <a href="/datenschutz">Weitere Informationen</a></div>`, "Wir verwenden Cookies"},
		{"Spanish listen prompt", `<p><strong>ESCUCHA ESTA NOTA AQUÍ</strong></p>`, "ESCUCHA"},
		{"Italian related box", `<section><h3>Potrebbe interessarti anche</h3><ul><li><a href="/a">Frana sulla statale, strada chiusa per giorni</a></li><li><a href="/b">Il fiume Reno sorvegliato speciale</a></li></ul></section>`, "Frana sulla statale"},
		{"licence line", `<p><em>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.</em></p>`, "Lizenz"},
		{"press contact", `<p>Felix Losada E-Mail: flosada@example.com Telefon: +49 40 300 30 1141</p>`, "Felix Losada"},
		{"German related-articles box", `<div><h4>Verwandte Artikel</h4><ul><li><a href="/a">Dichter und Denker zu Schule und Bildung</a></li><li><a href="/b">Das Teenager-Befreiungs-Handbuch</a></li></ul></div>`, "Dichter und Denker"},
		{"read-on label over headline links", `<p><strong>Weiterlesen:</strong></p><p><a href="/a">Ein Roadtrip entlang der Route 66 im Vulkanland</a></p><p><a href="/b">Herbstlicher Wochenend-Ausflug in die Steiermark</a></p>`, "Roadtrip entlang"},
		{"more-on widget", `<section class="links"><h2>Mehr zu Wärmepumpe</h2><ul><li><a href="/a">Wärmepumpe im Altbau: was zu beachten ist</a></li></ul></section>`, "im Altbau"},
		{"German share prompt", `<p><strong>Möchten Sie den Artikel teilen?</strong></p>`, "Artikel teilen"},
		{"German consent placeholder", `<div class="embed"><p>Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.</p></div>`, "Privatsphäre"},
		{"German post navigation", `<p>Nachfolgebeitrag: <a href="/next">Was passiert hier eigentlich noch?</a></p>`, "Was passiert hier"},
		{"network widget", `<div class="partner"><h3>Auch auf gofeminin.de</h3><ul><li><a href="https://www.gofeminin.example/a">20 Kilo abnehmen: Mit dieser Strategie</a></li></ul></div>`, "20 Kilo"},
		{"German toggle label", `<p><span>Quellen ausblenden</span></p>`, "ausblenden"},
		{"more press releases", `<div class="block"><h4>Weitere Pressemitteilungen dieses Verbands</h4><ul><li><a href="/presse/1">Verband fordert neue Förderung für Höfe</a></li></ul></div>`, "neue Förderung"},
		{"camel-case author bio", `<div class="Containers_module_Flat__d6fece37 AuthorBio_module_AuthorBio__28ccf509"><span>Written by</span><span>Travel Editor</span><p>Our editor has planned trips on four continents.</p></div>`, "four continents"},
		{"empty comment section", `<h2 id="comments">No Response so far <a href="#postcomment">»</a></h2>`, "No Response"},
		{"social bookmark box", `<div class="socLinks"><h5>Bookmark:</h5> <a href="http://digg.example/submit?u=1">Digg</a> <a href="http://delicious.example/post?u=1">Del.icio.us</a></div>`, "Del.icio.us"},
		{"listing link", `<div class="more"><a href="/resources">View all</a></div>`, "View all"},
		{"list toggle button", `<ul><li>Alpha</li><li>Beta</li></ul><div class="toggle-box"><div class="toggle-box__show">See more <img src="/down.svg"></div></div>`, "See more"},
		{"metadata box", `<div class="metadata"><ul><li>Published Date: 11 January 2008</li><li>Source: Press Association</li></ul></div>`, "Press Association"},
		{"ad slot's continue link", `<div class="mpu_continue"><a class="mpu_continue" href="#">Article continues</a></div>`, "Article continues"},
		{"registration prompt", `<div class="box"><p>To read this article in full you must be registered with the site.</p></div>`, "registered with the site"},
		{"bare line of section links", `<hr><a href="/s/">Sport Homepage</a> | <b><a href="/f/">Football</a></b> | <a href="/c/">Cricket</a><br><a href="#top">^ Back to top</a> | <a href="/">News Home</a> | <a href="/h">Help</a>`, "Cricket"},
		{"line of links with heavy separators", `<p align="center"><font><a href="/x">Virtual Exhibits</a> <font>||</font> <a href="/s">Storytelling</a> <font>||</font> <a href="/l">Lesson Plans</a> <font>||</font> <a href="/m">Music Exchange</a></font></p>`, "Storytelling"},
		{"line of links after its label", `<div><font color="red">News: </font><font><a href="/e">ePaper</a> | <a href="/f">Front Page</a> | <a href="/n">National</a> | </font><br><font>Updated daily from the print edition of the paper.</font></div>`, "Front Page"},
		{"page tools list", `<ul class="pagetools btm"><li>Page Tools:<ul><li><a href="/cite">Cite</a></li><li><a href="#">HotWords</a></li></ul></li></ul>`, "HotWords"},
		{"company tags with no colon", `<div class="padbox">More about <a href="/c/1">Opera Software</a>, <a href="/c/2">Windows Live</a>, <a href="/c/3">IBM</a></div>`, "Windows Live"},
		{"lines of links split by breaks inside their wrappers", `<div><font color="red">News: </font><font><a href="/e">ePaper</a> | <a href="/f">Front Page</a> | <a href="/n">National</a> | </font><font color="red"><br>Advts: </font><font><a href="/r">Retail Plus</a> | <a href="/c">Classifieds</a> | <a href="/j">Jobs</a> | </font></div>`, "Classifieds"},
		{"login prompt", `<div class="box"><p>Please create an account or login to read this story.</p></div>`, "login to read"},
		{"line of links with a longer item", `<hr><a href="/c">My Club</a> | <a href="/g">Gossip</a> | <a href="/p">Premier League</a> | <a href="/m">Match of the Day</a> | <a href="/f">FA Cup</a><br>`, "Match of the Day"},
		{"editor's choice box", `<table><tr><td><b>EDITOR'S CHOICE</b></td></tr><tr><td><a href="/x">Hospital radio launches funding drive</a></td></tr></table>`, "Hospital radio"},
		{"press release's multimedia line", `<div class="divOverflow"><p>View original content to download multimedia:<a href="https://wire.example/news-releases/x-302618447.html">https://wire.example/news-releases/x-302618447.html</a></p></div>`, "View original content"},
		{"agency standards line", `<p class="sign-off">Our Standards: <a href="https://agency.example/trust-principles/">The Thomson Reuters Trust Principles.</a></p>`, "Our Standards"},
		{"print edition line", `<p>A version of this article appears in print on <time datetime="2026-11-28">Nov. 28, 2026</time>, Section A, Page 8 of the New York edition. <a href="/reprints">Order Reprints</a></p>`, "appears in print"},
		{"list of topic pages after a release", `<section class="container explore-more"><h3>Explore</h3><ul class="list-inline"><li><a href="/news-releases/travel-list/">Travel</a></li><li><a href="/news-releases/earnings-list/">Earnings</a></li></ul><p><a href="/news/">News Releases in Similar Topics</a></p></section>`, "Earnings"},
		{"Bengali tag list", `<div class="tag-list-wrapper"><div class="tags-heading">বিষয়:</div><ul class="tag-list"><li class="tag-item"><a href="/topic/metro">মেট্রোরেল</a></li><li class="tag-item"><a href="/topic/dhaka">ঢাকা</a></li></ul></div>`, "মেট্রোরেল"},
		{"Bengali Google News prompt", `<div class="follow-us-wrapper"><a href="https://news.google.com/publications/x">প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন</a></div>`, "গুগল নিউজ"},
		{"Romanian Google News prompt", `<p><a href="https://news.google.com/publications/x">Urmărește HotNews pe Google News</a></p>`, "Urmărește"},
		{"Hungarian tag list", `<div class="cikk-cimkek-container"><ul class="cikk-cimkek"><li><a class="cimke" href="/cimke/minimalber/">minimálbér</a></li><li><a class="cimke" href="/cimke/berek/">bérek</a></li></ul></div>`, "minimálbér"},
		{"Hungarian newsletter box", `<div class="hirlevel-doboz"><div class="hirlevel-cim">Iratkozzon fel az Index hírlevelére!</div><p class="hirlevel-szoveg">Minden reggel elküldjük a legfontosabb híreket.</p></div>`, "Iratkozzon"},
		{"Hungarian site picks", `<section><h3 class="blokk-cim">Ajánljuk</h3><div><article><a href="/belfold/havazas/"><span>Lehullott az első hó Észak-Magyarországon</span></a></article></div></section>`, "Lehullott"},
		{"Urdu related topics", `<section><h2 id="related-topics">متعلقہ عنوانات</h2><ul><li><a href="/urdu/topics/a">سموگ</a></li><li><a href="/urdu/topics/b">لاہور</a></li></ul></section>`, "سموگ"},
		{"typo report prompt", `<div class="post_error_report">Шановні читачі, якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.</div>`, "Ctrl + Enter"},
		{"Polish news tip line", `<p class="hyphenate">Masz newsa, zdjęcie lub filmik? Prześlij nam przez <a href="https://tips.example/">tips.example</a></p>`, "Masz newsa"},
		{"app link over the story", `<div><a href="https://app.example/?campaign_id=1" data-testid="read-in-app"><svg width="15" height="15"></svg><span>Read in app</span></a></div>`, "Read in app"},
		{"correction form link", `<div><a href="/report-error">Report an error with this article</a></div>`, "Report an error"},
		{"audio player's tools", `<div class="audio-module-tools"><ul class="audio-tool-list"><li class="audio-tool audio-tool-download"><a href="https://audio.example/a.mp3?dl=1"><b>Download</b></a></li><li class="audio-tool audio-tool-transcript"><a href="#transcript"><b>Transcript</b></a></li></ul></div>`, "Download"},
		{"label over an embedded video", `<div class="InlineVideo-container"><span class="InlineVideo-label">Watch now</span><div class="VideoPlaceholder"><img src="https://img.example/v.jpg" alt=""></div></div>`, "Watch now"},
		{"price widget under a short title", `<div class="hawk-widget-wrapper"><div class="hawk-widget hawk-widget--inbody"><div class="hawk-title-container"><span class="hawk-title">Best deals</span><span class="hawk-subtitle">Corvane P7 Pro 2TB</span></div><div class="hawk-display-deals"><div class="hawk-deal"><span class="hawk-merchant-name">Newegg</span><span>$224.99</span><a href="https://shop.example/p">View</a></div></div></div></div>`, "Newegg"},
		{"Spanish author box", `<div class="a_aut"><p class="a_aut_t">Sobre la firma</p><div><a href="/autor/clara/" class="a_aut_n">Clara Montero Ruiz</a><p class="a_aut_d">Redactora de la sección de Clima y Medio Ambiente.</p></div></div>`, "Redactora de la sección"},
		{"Spanish licensing line", `<p class="a_lic">Si está interesado en licenciar este contenido, <a href="/licencias/">pinche aquí</a></p>`, "licenciar"},
		{"Trust Project badge", `<div class="a_tp"><a href="/estaticos/trust-project/" class="a_tp_l">Se adhiere a los criterios de <span>The Trust Project</span></a></div>`, "Trust Project"},
		{"Spanish correction link", `<div class="a_rc"><a href="/estaticos/contacte/rectificacion/?url=x" class="a_rc_l" rel="nofollow">Rectificar</a></div>`, "Rectificar"},
		{"Spanish follow and newsletter prompt", `<p><em>Puedes seguir a </em><a href="https://x.example/elpais_clima"><em>Clima y Medio Ambiente en X</em></a><em> y apuntarte </em><a href="/newsletters/clima/"><em>aquí</em></a><em> para recibir nuestra newsletter semanal.</em></p>`, "Puedes seguir"},
		{"audio bar's prompt", `<div class="trinity-player"><p>Only have a minute? Listen instead</p><span>Powered by Trinity Audio</span></div>`, "Listen instead"},
		{"first publication line", `<p><em>This story was originally published November 28, 2026, 2:35 PM.</em></p>`, "originally published"},
		{"Terminal promo", `<div><p>Before it's here, it's on the Bloomberg Terminal.</p></div>`, "Bloomberg Terminal"},
		{"agency's coverage hub", `<p>Follow AP's coverage of the weather at <a href="https://apnews.example/hub/weather">https://apnews.example/hub/weather</a>.</p>`, "coverage of the weather"},
		{"paper's briefing prompt", `<div class="gnt_nl"><p>Get the Free Press Daily Briefing</p></div>`, "Daily Briefing"},
		{"French reading time", `<p class="meta__reading-time">Temps de Lecture 3 min.</p>`, "Temps de Lecture"},
		{"Turkish reading time", `<span>Okunma Süresi: 4 dakika</span>`, "Okunma"},
		{"French syndication link", `<div><a href="/licence/">Réutiliser ce contenu</a></div>`, "Réutiliser"},
		{"Colombian scroll prompt", `<p class="c-siga">Siga bajando para encontrar más contenido</p>`, "Siga bajando"},
		{"Italian messenger prompt", `<p><strong>Corriere della Sera è anche su Whatsapp.</strong> <a href="https://wa.example/c">Iscriviti</a> per ricevere le notizie.</p>`, "Whatsapp"},
		{"Russian donation appeal", `<div class="support"><p>Оформите ежемесячное пожертвование — это поможет нам работать дальше.</p></div>`, "пожертвование"},
		{"Arabic issue number", `<div class="date-line"><span>السبت - 28 نوفمبر 2026 مـ</span> <span>رقم العدد [ 17176 ]</span></div>`, "رقم العدد"},
		{"how-to site's readers' Q&A", `<div class="section qa"><h2><span class="mw-headline" id="Community-Q&amp;A">Community Q&amp;A</span></h2><div class="qa_q">How often should I bleed my radiators?</div><div class="qa_a">Once a year, before the heating season starts.</div></div>`, "How often"},
		{"how-to site's credits", `<div class="section"><h2><span class="mw-headline">About This Article</span></h2><div class="sp_stats">This article has been viewed 1,284,305 times.</div></div>`, "has been viewed"},
		{"how-to site's testimonials", `<div class="section"><h2><span class="mw-headline">Reader Success Stories</span></h2><div class="story"><p>My bedroom radiator had been cold at the top for months.</p></div></div>`, "cold at the top"},
		{"how-to site's rating prompt", `<div class="article_rating"><p class="ar_header">Did this article help you?</p><a href="#">Yes</a> <a href="#">No</a></div>`, "Did this article"},
		{"Japanese author box", `<div class="a5XvM"><p class="vA9dL">この記事を書いた人</p><div class="qWx3N"><p class="kD2hS"><a href="/rensai/1843">佐藤健一</a></p><p class="eF6mJ">経済部｜総務省・税制担当</p></div></div>`, "総務省・税制担当"},
		{"Japanese topics list", `<div class="Ag8Ru"><p class="yS3bV">トピックス</p><ul class="Tk8nW"><li><a href="/topics/word/a.html">空き家</a></li><li><a href="/topics/word/b.html">税制改正</a></li></ul></div>`, "税制改正"},
		{"Japanese paid-article label", `<span class="uT6Jd"><span class="kVn3y">有料記事</span></span>`, "有料記事"},
		{"Japanese feedback link", `<p><a href="https://www.example.jp/goiken/?news=1">この記事へのご意見・情報提供はこちら</a></p>`, "ご意見"},
		{"channel named by the paper", `<p><em>Join ST's Telegram channel and get the latest breaking news delivered to you.</em></p>`, "Telegram channel"},
		{"broadcaster's programme line", `<p class="meldungsfooter__text">Dieses Thema im Programm: Das Erste, tagesschau, 28. November 2026 um 17:00 Uhr</p>`, "Dieses Thema"},
		{"network membership line", `<p class="id-StoryElement-paragraph"><em>* Merkur.de ist Teil des IPPEN.MEDIA-Netzwerks.</em></p>`, "IPPEN"},
		{"teaser picture credit", `<p class="id-Story-rubricImage">Rubriklistenbild: © Thomas Sehr</p>`, "Rubriklistenbild"},
		{"follow prompt over topic chips", `<div><p>Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.</p></div>`, "Follow topics"},
		{"story tools named by a test id", `<div class="css-1gt2wju e1vhx6c70" data-test-id="ArticleTools"><button>Listen to this story</button><span class="css-1s7ue93">Enjoy more audio and podcasts on <a href="https://app.example/ios">iOS</a> or <a href="https://app.example/android">Android</a>.</span></div>`, "Enjoy more audio"},
		{"magazine's print line", `<p class="css-1f0uxc3">This article appeared in the Finance &amp; economics section of the print edition under the headline "Too calm for comfort"</p>`, "print edition"},
		{"magazine issue note", `<p><em>This story appears in the March 2025 issue of the magazine.</em></p>`, "March 2025 issue"},
		{"AI narration credit", `<p><em>Produced by ElevenLabs and News Over Audio (Noa) using AI narration.</em></p>`, "ElevenLabs"},
		{"box titled by the one word Autor", `<div class="highlight clearfix"><div class="content wide"><div class="header">AUTOR</div><h3>Dr. Thomas Schulte</h3><p>ist Gründungspartner der Kanzlei Dr. Schulte und Partner. Zu seinen Tätigkeitsfeldern zählen Bank- und Kapitalmarktrecht.</p></div></div>`, "Tätigkeitsfeldern"},
		{"author plugin's box under the story", `<div class="m-a-box "><div class="m-a-box-container"><div class="m-a-box-item m-a-box-data"><h5 itemprop="name"><a href="/author/staffreport/">HLNF Staff Report</a></h5><div class="m-a-box-item m-a-box-meta">+ posts</div><div class="m-a-box-bio"><p>Nothing special. We cover news items that don't require an author.</p></div></div></div></div>`, "Nothing special"},
		{"author box under the story", `<div class="ArticleBio_root__j3TwS"><address><a href="/author/m-o/">Marisa Okafor</a> writes on schools and families for the magazine.</address></div>`, "schools and families"},
		{"print issue promo", `<div class="ArticleMagazineIssue_root__z1Hy0"><h3>Explore the March 2025 Issue</h3><p>Check out more from this issue.</p></div>`, "Check out more"},
		{"newsletter pitch unit", `<div class="ConsumerMarketingUnitThemedWrapper-cFPpXk"><p>In your inbox: Upgrade your life with tested gear</p><a href="/newsletter">Sign up</a></div>`, "In your inbox"},
		{"betting helpline", `<div class="odds-strip"><p>Gambling Problem? Call 1-800-GAMBLER. 21+ only.</p></div>`, "GAMBLER"},
		{"Spanish betting notice", `<p>+18 | Juega con responsabilidad. Juego seguro</p>`, "Juega con"},
		{"French betting notice", `<p><small>Jouer comporte des risques : endettement, isolement, dépendance.</small></p>`, "Jouer comporte"},
		{"nonprofit newsroom's disclosure", `<p><em>Disclosure: Big Utility has been a financial supporter of the paper. Financial supporters play no role in the paper's journalism.</em></p>`, "Financial supporters"},
		{"tip line under the story", `<p><strong>Got a story? Email us at newsdesk@example.co.uk</strong></p>`, "Got a story"},
		{"Spanish follow on Google News", `<p><a href="https://news.google.com/publications/x">Sigue a MILENIO en Google News</a>, para mantenerte al día</p>`, "Sigue a MILENIO"},
		{"Romanian follow with a domain", `<p>Urmărește știrile Digi24.ro și pe Google News</p>`, "Urmărește"},
		{"Polish follow on Google News", `<p><a href="https://news.google.com/publications/x">Obserwuj nas w Wiadomościach Google.</a></p>`, "Obserwuj nas"},
		{"Portuguese channel invitation", `<p>📲 Participe do canal do g1 Campinas no WhatsApp</p>`, "Participe do canal"},
		{"Spanish channel invitation", `<p><a href="https://whatsapp.com/channel/x">Únete a nuestro canal ¡El Universal ya está en Whatsapp!</a>, desde tu dispositivo móvil entérate de las noticias más relevantes del día</p>`, "Únete a nuestro canal"},
		{"Romanian newsletter", `<p>Dacă vrei să te bucuri de cele mai importante știri ale zilei, abonează-te la newsletter-ul Digi24.ro</p>`, "abonează-te"},
		{"Spanish newsletter sign-up", `<p>Regístrese en nuestros boletines y reciba noticias en su correo.</p>`, "Regístrese"},
		{"Spanish newsletter line", `<p>Suscríbete aquí para recibir directo en tu correo nuestro newsletter sobre noticias del día.</p>`, "directo en tu correo"},
		{"Spanish Trust Project badge", `<div><span>Conforme a los criterios de</span> <a href="https://thetrustproject.org/"><img alt="" src="/tp.svg"></a></div>`, "Conforme a los criterios"},
		{"inbox pitch", `<div><p>Get the best of Haaretz delivered to your inbox every weekday.</p></div>`, "best of Haaretz"},
		{"Polish thanks for reading", `<p>Dziękujemy, że przeczytałaś/eś nasz artykuł do końca. Bądź na bieżąco!</p>`, "Dziękujemy"},
		{"Polish front-page pointer", `<p><em>Więcej aktualnych informacji z kraju i ze świata na stronie głównej Wyborcza.pl</em></p>`, "Więcej aktualnych"},
		{"Hungarian latest-news pointer", `<p><a href="/legfrissebb">A Telex legfrissebb híreit itt olvashatja</a></p>`, "legfrissebb"},
		{"Hungarian appeal", `<div class="support-box"><h3>Támogasd a Telexet!</h3><p>A hirdetők mellett olvasóink támogatásából működünk, támogass minket havi rendszerességgel.</p></div>`, "olvasóink támogatásából"},
		{"Hungarian cover picture credit", `<p><em>(Borítókép: A 4-es és 6-os villamos a Blaha Lujza téren. Fotó: Papajcsik Péter / Index)</em></p>`, "Borítókép"},
		{"Slovak reading time", `<span class="reading-time">7 minút čítania</span>`, "minút čítania"},
		{"a CMS setting's raw value", `<div class="gallery-source"><div class="field field--type-boolean field__item">On</div><div class="field field--type-boolean field__item">Off</div></div>`, "Off"},
		{"reading time, the number alone in its class", `<ul class="info"><li class="field_readingtime"><div>6 Min.</div></li></ul>`, "6 Min."},
		{"reading time, the number alone in a compound class", `<p><span class="post-reading-time">15 min</span></p>`, "15 min"},
		{"Czech poll", `<div class="poll"><h3>Anketa</h3><p>Souhlasíte se zrušením známek z chování?</p><ul><li><button>Ano</button></li><li><button>Ne</button></li></ul><p>Celkem hlasovalo 18 432 čtenářů.</p></div>`, "Celkem hlasovalo"},
		{"Polish editors' picks", `<div class="editorRecommends"><span class="editorRecommendsTitle">Redakcja poleca</span><a href="/kraj/ceny-pradu">Ceny prądu od lipca. Kto może dostać bon energetyczny?</a></div>`, "Ceny prądu"},
		{"German subscription pitch", `<div data-area="plus_teaser"><p>Mehr Perspektiven, mehr verstehen.</p><p>Freier Zugang zu allen Artikeln, Videos, Audioinhalten und Podcasts.</p></div>`, "Freier Zugang"},
		{"newsletter box named by data-area", `<div data-area="newsletter_box" class="lg:w-8/12 p-24"><p class="font-bold">Die Lage am Abend</p><p>Der tägliche Newsletter der Chefredaktion.</p></div>`, "Die Lage am Abend"},
		{"appeal under a live blog", `<div><p>I hope you appreciated this article. Before you move on, I wanted to ask if you would consider supporting the Guardian’s journalism.</p></div>`, "hope you appreciated"},
		{"fact-checkers' network line", `<p>AFP is a verified signatory of the International Fact-Checking Network.</p>`, "verified signatory"},
		{"corrections policy", `<p><em>When we learn of a mistake, we acknowledge it with a correction.</em></p>`, "learn of a mistake"},
		{"newsroom tip line", `<p>Have a tip about housing in Riverbend? Email tips@example.org</p>`, "Have a tip about"},
		{"affiliate disclosure naming the publisher", `<p><em>If you buy something from a Verge link, Vox Media may earn a commission.</em></p>`, "may earn a commission"},
		{"review note", `<p>How we reviewed this article: Our experts continually monitor the health space.</p>`, "How we reviewed"},
		{"product-vetting box", `<div><h3>How we vet brands and products</h3><p>We only show you brands we stand behind.</p></div>`, "brands we stand behind"},
		{"scroll past an ad", `<p>SCROLL TO CONTINUE WITH CONTENT</p>`, "SCROLL TO CONTINUE"},
		{"Hungarian recommended box", `<div class="box"><h3>Ajánlott</h3><ul><li><a href="/x">Last minute nyaralás Horvátországban</a></li></ul></div>`, "Last minute"},
		{"Romanian partners' picks", `<div class="box"><h3>Recomandările partenerilor</h3><ul><li><a href="https://partner.example/x">FCSB - Rapid, derby de foc în play-off</a></li></ul></div>`, "derby de foc"},
		{"Indonesian video rail", `<div class="box"><h3>Video Pilihan</h3><ul><li><a href="/video/1">Video: BMKG Jelaskan Penyebab Cuaca Panas Terik</a></li></ul></div>`, "BMKG Jelaskan"},
		{"Persian important news rail", `<section><h2>خبرهای مهم</h2><ul><li><a href="/persian/articles/c1">آمریکا تحریم های تازه ای علیه شبکه های انتقال پهپاد اعمال کرد</a></li></ul></section>`, "تحریم"},
		{"call for readers' stories", `<div data-testid="callout"><div><span class="callout-title">Get in touch</span></div><p>Have you been affected by the power cut?</p><div><button type="button">Contact form</button></div></div>`, "been affected"},
		{"note under a readers' form", `<p>If you are reading this page and can't see the form you will need to visit the mobile version of the website.</p>`, "see the form"},
		{"Indonesian channel prompt", `<div class="read__link-wa"><p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita WhatsApp Channel.</p></div>`, "Simak breaking"},
		{"Indonesian ad-free pitch", `<div><p>Dapatkan pengalaman membaca tanpa iklan dan akses artikel eksklusif dengan bergabung Kompas.com+.</p></div>`, "tanpa iklan"},
		{"Spanish newsletter sign-up verb", `<p><strong>Apúntate a nuestra newsletter y recibe en tu correo las últimas noticias.</strong></p>`, "Apúntate"},
		{"follow on Google Discover", `<p><a href="https://www.20minutos.es/discover">Sigue a 20minutos en Google Discover</a></p>`, "Google Discover"},
		{"channel named after the paper", `<p><a href="https://whatsapp.com/channel/x">Click here to join the Graphic Online WhatsApp channel</a></p>`, "WhatsApp channel"},
		{"app plug in capitals", `<p><a href="https://www.foxnews.com/apps"><strong>CLICK HERE TO GET THE FOX NEWS APP</strong></a></p>`, "FOX NEWS APP"},
		{"section plug in capitals", `<p><a href="https://www.foxnews.com/us"><strong>CLICK HERE FOR MORE US NEWS</strong></a></p>`, "MORE US NEWS"},
		{"Spanish error-report prompt", `<div><p>¿Has encontrado un error en esta noticia? Escríbenos.</p></div>`, "Has encontrado"},
		{"tabloid's tip box", `<div><p>We pay for your stories! Do you have a story for The Sun Travel team?</p></div>`, "We pay"},
		{"French tip box", `<div><p>Vous avez une information à nous communiquer ? Écrivez-nous.</p></div>`, "Vous avez une information"},
		{"syndicator's line", `<p>Read the original article on The Herald.</p>`, "original article"},
		{"French appeal", `<div><p>Nos journalistes enquêtent, sur le terrain, partout en France. Pour soutenir une information libre et indépendante, abonnez-vous.</p></div>`, "Nos journalistes"},
		{"Portuguese appeal", `<div><h3>Apoie o jornalismo independente</h3><p>O Observador não depende de subsídios.</p></div>`, "Apoie o jornalismo"},
		{"Russian appeal", `<div><p>«Медуза» работает благодаря вам. Поддержите нас.</p></div>`, "работает благодаря вам"},
		{"Ukrainian appeal", `<div><p>Підтримайте незалежну журналістику. Станьте частиною спільноти УП.</p></div>`, "Підтримайте"},
		{"Korean appeal", `<div><p>기사를 읽고 한겨레에 후원해주세요</p></div>`, "후원해주세요"},
		{"Japanese paywall prompt", `<div><p>有料会員になると会員限定の有料記事もお読みいただけます。</p></div>`, "有料会員"},
		{"video fallback", `<p>To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video</p>`, "enable JavaScript"},
		{"newsletter note closing a story", `<p><em>While you're here: Every Tuesday, DW editors round up what is happening in German politics. You can sign up here for the weekly email newsletter </em><a href="https://www.dw.com/newsletter">Berlin Briefing</a>.</p>`, "While you're here"},
		{"agency funding note", `<p>The Associated Press receives financial support from several private foundations. The AP is solely responsible for all content.</p>`, "financial support"},
		{"Japanese catch-up note", `<p>動画はNHKプラスの見逃し配信でもご覧いただけます（配信期限あり）</p>`, "見逃し配信"},
		{"Korean like prompt", `<p>이 기사가 마음에 드시나요? 좋아요를 눌러주세요.</p>`, "좋아요"},
		{"Japanese expert comments", `<section><h2>コメントプラス</h2><p>専門家や有識者がニュースに独自の視点でコメントします。</p></section>`, "専門家"},
		{"feedback link", `<p><a href="/feedback">Send us your feedback</a></p>`, "feedback"},
		{"reprint rights link", `<p><a href="https://www.faz-rechte.de/">Artikelrechte erwerben</a></p>`, "Artikelrechte"},
		{"video label", `<p>Scroll down for video</p>`, "Scroll down"},
		{"reporter's card", `<section><div class="ReporterCard_card__cD3oY"><p class="ReporterCard_name__mV5oS">김지훈 기자</p><p class="ReporterCard_desc__kA1eR">사회부 서울시·교통 담당. 시민의 발이 안전한지 끝까지 따라가겠습니다.</p></div></section>`, "사회부"},
		{"writer's card", `<div class="writer-card"><strong class="tit-name">박재현</strong> <span class="txt-part">경제부 기자</span><p class="txt-intro">관세청과 통계청을 담당합니다.</p></div>`, "관세청"},
		{"Joomla author block", `<div class="itemAuthorBlock"><div class="itemAuthorDetails"><h3 class="itemAuthorName"><a rel="author" href="/users/1187">Abena Serwaa Ofori</a></h3><p>Abena Serwaa Ofori is the Western Regional correspondent of the Daily Graphic.</p></div></div>`, "Western Regional"},
		{"author card", `<div class="author-card"><p>Tanja ist seit 2023 Redakteurin bei OMR und war Redaktionsleiterin für zwei Shows.</p></div>`, "Redaktionsleiterin"},
		{"tip line box", `<div class="mol-tips-box"><p><strong>Have you been fined after a parking machine failed? Email <a href="mailto:tips@example.com">tips@example.com</a></strong></p></div>`, "Have you been fined"},
		{"subscription appeal", `<div class="promo"><a href="https://news.example/premium">Subscribe today to support our progressive journalism</a></div>`, "Subscribe today"},
		{"affiliate booking box", `<div class="my-10 border" data-testid="affiliate-widget"><p>Powered by Viator</p><h3>Book popular activities in Ljubljana</h3><ul><li><a href="https://www.viator.example/tours/1"><span>Lake Bled and Postojna Cave Day Trip</span></a></li></ul></div>`, "Postojna"},
		{"listings pointer", `<p><em>Looking for something to watch tonight? Check out our TV Guide and Streaming Guide.</em></p>`, "Looking for something"},
		{"magazine offer", `<p><strong>Try Radio Times magazine today and get 10 issues for only £1</strong></p>`, "10 issues"},
		{"push alerts line", `<p><i>Sign up for <a href="/signup/push-alerts/">push alerts</a> and have the best news, analysis and comment delivered directly to your phone</i></p>`, "push alerts"},
		{"paper on a messenger", `<p><i>Find The Irish Times on <a href="https://whatsapp.com/channel/x">WhatsApp</a> and stay up to date</i></p>`, "Find The Irish Times"},
		{"podcast plug", `<p><i>Listen to our <a href="/podcasts/inside-politics/">Inside Politics podcast</a> for the latest political news and analysis</i></p>`, "Inside Politics"},
		{"embed's consent placeholder", `<div class="external-content-placeholder"><p>External Content</p><p>This content is provided by Datawrapper. To view it, you need to accept cookies for external content.</p><button>Accept and view</button></div>`, "provided by Datawrapper"},
		{"review methods link", `<p><a href="/how-we-rate-games">How we rate games</a></p>`, "How we rate"},
		{"editorial badge", `<div data-editorial="reviewed"><p>This article has been reviewed according to Science X's <a href="/help/editorial-process/">editorial process</a> and policies.</p><ul><li>fact-checked</li><li>peer-reviewed publication</li></ul></div>`, "peer-reviewed publication"},
		{"rights line", `<p>This document is subject to copyright. Apart from any fair dealing, no part may be reproduced without permission.</p>`, "subject to copyright"},
		{"print version note", `<p><em>A version of this story appeared in Science, Vol 386, Issue 6723.</em></p>`, "A version of this story"},
		{"funder's disclosure", `<p><em>The coverage is supported by a grant from a foundation. Our financial supporters are not involved in any decisions about our journalism.</em></p>`, "supported by a grant"},
		{"inbox roundup plug", `<p><em>Don’t have time to read about climate change as much as you’d like? Get a weekly roundup in your inbox instead.</em></p>`, "weekly roundup"},
		{"editors' feedback form", `<div class="article__feedback"><h3>Feedback to editors</h3><p>Write to the editors about this story.</p></div>`, "Write to the editors"},
		{"reprint link", `<p class="article_rights-h1HnJ"><a href="/page/reprints-and-permissions/">Rights &amp; Permissions</a></p>`, "Rights"},
		{"authors' bios", `<div class="article_authors_bios-1ycnr" data-component="author-bios"><div><p><a href="/author/rowan-ellery/">Rowan Ellery</a> is a freelance science journalist based in Copenhagen.</p></div></div>`, "freelance science journalist"},
		{"appeal box", `<section class="support-box-Wm9sR"><h2>It’s Time to Stand Up for Science</h2><p>I hope you’ll support us in that mission.</p></section>`, "Stand Up for Science"},
		{"channel without an article", `<p><a href="https://whatsapp.com/channel/x">Click here to join Express Pune WhatsApp channel</a></p>`, "Express Pune"},
		{"SEO summary line", `<div class="mpp-content-highlights"><strong>Content Highlights:</strong> Kochi Water Metro to start five new routes</div>`, "Content Highlights"},
		{"video ad feedback link", `<p><a class="ad-feedback-link" href="https://news.example/ad-feedback">Video Ad Feedback</a></p>`, "Ad Feedback"},
		{"chart icon label", `<div class="InlineChart-caption">Stock chart icon</div>`, "chart icon"},
		{"paid stories box", `<div class="group"><p><strong>Don't miss these insights from CNBC PRO</strong></p><ul><li><a href="/pro/1">Analysts say buy these stocks now</a></li></ul></div>`, "Analysts say"},
		{"SEO line under the story", `<p>Get Current Updates on India News along with Latest News and Top Headlines from India and around the world.</p>`, "Get Current Updates"},
		{"topic pages box", `<div class="box"><h3>Recommended Topics</h3><ul><li><a href="/topic/water">water contamination shahdara</a></li></ul></div>`, "water contamination"},
		{"Indonesian follow on Google News", `<p><strong>Ikuti berita terkini dari Kabar Sleman di Google News, klik di sini.</strong></p>`, "Ikuti berita"},
		{"Italian channel after a call", `<div class="whatsapp-box"><p><strong>Resta aggiornato!</strong> Ricevi le notizie della Gazzetta del Sebino su WhatsApp: <a href="https://whatsapp.com/channel/x">iscriviti al nostro canale</a>.</p></div>`, "Ricevi le notizie"},
		{"Arabic channel prompt", `<p>تابعوا قناة «الزرقاء اليوم» على واتساب لتصلكم الأخبار العاجلة</p>`, "تابعوا"},
		{"Chilean error prompt", `<p>¿Encontraste algún error en esta noticia? <a href="/error">Avísanos aquí</a></p>`, "Encontraste"},
		{"Portuguese audio prompt", `<div class="audio"><span>Ouça este conteúdo</span></div>`, "Ouça"},
		{"Argentine follow prompt", `<p><a href="https://news.google.com/publications/x">Seguinos en Google News</a></p>`, "Seguinos"},
		{"Argentine appeal", `<div class="comunidad"><h3>Sumate a la comunidad de Página/12</h3><p>Con tu aporte mensual, sostenés una voz crítica y plural.</p></div>`, "aporte mensual"},
		{"Bosnian follow on Viber", `<p><a href="https://invite.viber.com/x">Pratite Klix.ba na Viberu</a> i saznajte prvi najvažnije vijesti.</p>`, "Pratite"},
		{"Bosnian error prompt", `<div><p>Primijetili ste grešku u tekstu? <a href="/prijava">Prijavite nam.</a></p></div>`, "grešku"},
		{"Croatian tip line", `<p><strong>Imate li temu za nas? Javite nam se na</strong> <a href="mailto:vijesti@example.hr">vijesti@example.hr</a></p>`, "Imate li temu"},
		{"Croatian network's picks", `<div class="midas-recommendation"><div class="midas-title">Preporučujemo</div><a href="https://other.example/split/obitelj" class="midas-item">Nakon što je prodala stan za apartman, obitelj živi u kontejneru</a></div>`, "kontejneru"},
		{"call for letters", `<p><em>Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.</em></p>`, "submit a response"},
		{"letters policy", `<p><em>The Times is committed to publishing a diversity of letters to the editor. We'd like to hear what you think.</em></p>`, "diversity of letters"},
		{"appeal titled by its first line", `<div><h2>I hope you appreciated this article.</h2><p>Before you move on, I wanted to ask whether you could support us.</p></div>`, "Before you move on"},
		{"Chinese client prompt", `<div class="post_body_openapp"><a href="https://m.163.com/newsapp/">打开网易新闻客户端 查看更多精彩图片</a></div>`, "打开网易新闻客户端"},
		{"Dutch tip line", `<div class="Tip_tip__X3a"><p>Heb jij een tip of beelden van de storm? Stuur ze naar de redactie via WhatsApp.</p></div>`, "Heb jij een tip"},
		{"correction box", `<div class="box"><p>Found a mistake in this article? <a href="/report">Report it here</a></p></div>`, "Found a mistake"},
		{"Swedish tip line", `<div class="tips"><p>Har du tips? Kontakta Expressen på 020-10 10 10.</p></div>`, "Har du tips"},
		{"sourcing note", `<p>Healthline has strict sourcing guidelines and relies on peer-reviewed studies.</p>`, "sourcing guidelines"},
		{"title of an empty video player", `<div class="videoPlayer" data-run-module="video.player"><div class="videoTitle">Burze w Polsce. Nagrania internautów z nocnej nawałnicy</div></div>`, "Burze w Polsce"},
		{"description of an empty playlist", `<div class="content-media content-media--video"><div class="content-video"><div class="content-video__placeholder" data-playlist-id="campinas"></div></div><p class="content-media__description">Vídeos em alta no g1 Campinas</p></div>`, "Vídeos em alta"},
		{"Portuguese regional pointer", `<p>Veja mais notícias da região no <a href="https://g1.globo.com/sp/campinas-regiao/">g1 Campinas</a>.</p>`, "Veja mais"},
		{"reporter's tip box", `<div><p>Have a tip? Contact this reporter via email at kpatel@example.com.</p></div>`, "Have a tip"},
		{"WPML language switcher", `<p class="wpml-ls-statics-post_translations wpml-ls">This post is also available in: <a href="/ka/archives/1" class="wpml-ls-link"><span lang="ka">ქართული</span></a></p>`, "also available in"},
		{"confidential tip line", `<p>Got a confidential tip? <a href="/tips">Submit it here</a>.</p>`, "confidential tip"},
		{"tip box naming the magazine", `<p><em>Do you have a story Newsweek should be covering? Do you have any questions about this story?</em></p>`, "should be covering"},
		{"call-out for similar stories", `<p>Do you have a similar story? Contact <a href="mailto:tips@example.com">tips@example.com</a></p>`, "similar story"},
		{"letters prompt asking for a name", `<p>Please include your full name to be considered for publication. We reserve the right to edit for length.</p>`, "full name"},
		{"print note of a day", `<p>Published in The Express Tribune, June 3rd, 2024.</p>`, "Published in"},
		{"print note of a page", `<p><em>A version of this story appears in the print on June 3, 2024 of The Kathmandu Post.</em></p>`, "version of this story"},
		{"photo credit in brackets", `<p>(Top photo: Stuart MacFarlane/Arsenal FC via Getty Images)</p>`, "Top photo"},
		{"short photo credit in brackets", `<p>(Pix by Nisal Baduge)</p>`, "Nisal Baduge"},
		{"follow a handle", `<p>Follow <a href="https://x.com/NVreelandCNS">@NVreelandCNS</a></p>`, "NVreelandCNS"},
		{"video placeholder", `<div class="sics-component__video__player" data-video-id="6347112223112">Video loading...</div>`, "Video loading"},
		{"Chinese loading placeholder", `<div class="rv-root-v2"><p>正在加载...</p></div>`, "正在加载"},
		{"accessible player note", `<p class="sdc-site-video__accessibility-message"><span>Please use Chrome browser for a more accessible video player</span></p>`, "Chrome browser"},
		{"WhatsApp channel named without on", `<p><strong>Follow Daily Mirror WhatsApp channel for the latest news</strong></p>`, "WhatsApp channel"},
		{"Urdu WhatsApp channel prompt", `<p><a href="https://whatsapp.com/channel/x">جنگ نیوز کا واٹس ایپ چینل فالو کریں</a></p>`, "چینل فالو"},
		{"Russian please-support appeal", `<div class="styles_donateInline__Gt4sQ"><div class="styles_donateInlineTitle__r6JmW">Пожалуйста, поддержите «Новую газету Европа»</div><a href="https://support.example/">Поддержать</a></div>`, "поддержите"},
		{"video playlist between paragraphs", `<div class="video-playlist | top-stories-video" data-module="jw-player"><p class="video-playlist__label">Top Stories from The Hill</p><div id="jw-player-article"></div><ul class="video-playlist__list"><li>Speaker says House will stay in session through the holidays if needed</li><li>Democrats unveil new strategy on health care costs</li></ul></div>`, "Speaker says"},
		{"newsletter origin line", `<p><em>This story was first featured in the </em><a href="/pages/future-perfect-newsletter-signup"><em>Future Perfect newsletter</em></a><em>. Sign up here to explore the big, complicated problems the world faces.</em></p>`, "first featured"},
		{"bracketed app promo", `<p>[DOWNLOAD: Free WSB-TV News app for alerts as news breaks]</p>`, "DOWNLOAD"},
		{"bracketed newsletter promo", `<p><strong>[SIGN UP: WSB-TV Daily Headlines Newsletter]</strong></p>`, "SIGN UP"},
		{"copyright line", `<p>©2025 Cox Media Group</p>`, "Cox Media"},
		{"copyright line with the year last", `<p><a href="/copyright">© NZPA 2008</a></p>`, "NZPA"},
		{"copyright line with the word and by", `<p>© Copyright 2008 by Hersam Acorn Newspapers</p>`, "Hersam"},
		{"print headline", `<p><em>Print headline: Overseas student levy ‘threatens to push dozens into red’</em></p>`, "Print headline"},
		{"registration wall", `<div class="reg-wall"><h3>Register to continue</h3><p>Why register?</p><p>Once registered, you can read 3 articles a month.</p></div>`, "Once registered"},
		{"station's social line", `<p>KHOU 11 on social media: <a href="https://facebook.com/khou">Facebook</a> | <a href="https://x.com/khou">X</a> | <a href="https://instagram.com/khou11">Instagram</a></p>`, "on social media"},
		{"nonprofit appeal", `<div class="donate"><p>The Hechinger Report provides in-depth, fact-based, unbiased reporting on education that is free to all readers. But that doesn't mean it's free to produce.</p><a href="/donate">Join us today.</a></div>`, "free to produce"},
		{"sign-up line under a story", `<p><em>To get more reports like this one, <a href="/signup">click here</a> to sign up for EdSource’s no-cost daily email on latest developments in education.</em></p>`, "more reports like this"},
		{"print note with its edition", `<p>A version of this article appeared in the October 22, 2025 edition of Education Week as Automatic Algebra Placement Spreads</p>`, "A version of this"},
		{"translation credit", `<p><em>Edited translation from Al-Masry Al-Youm</em></p>`, "Edited translation"},
		{"German broadcast note", `<p><em>Über dieses Thema berichtete SWR Aktuell am 22. März 2025 um 19:30 Uhr.</em></p>`, "berichtete SWR"},
		{"German podcast plug", `<p><em>„Alles auf Aktien“ ist der tägliche Börsen-Shot aus der WELT-Wirtschaftsredaktion. Abonnieren Sie den Podcast bei Spotify, Apple Podcast oder Amazon Music.</em></p>`, "Abonnieren Sie"},
		{"German messenger channel", `<div class="id-Story-element"><p><strong>Merkur.de jetzt auch auf WhatsApp</strong></p></div>`, "WhatsApp"},
		{"German topic links under a bold label", `<div data-area="topic_links"><span class="font-bold text-s block mb-8">Mehr lesen über</span><ul class="flex flex-wrap"><li><a href="/thema/deutsche_bahn/">Deutsche Bahn</a></li><li><a href="/thema/verkehr/">Verkehr</a></li></ul></div>`, "Mehr lesen"},
		{"German forum", `<section data-area="forum" class="mt-40"><h2 class="font-bold text-xl">Diskutieren Sie mit</h2><p>Die Diskussion wurde geschlossen.</p><ul><li><div><span class="font-bold">bahnfahrer_hh</span> · <time datetime="2025-10-07T18:10:00">07.10.2025, 18.10 Uhr</time></div><p>Zwei Stunden Umweg jeden Freitag, und jetzt soll es noch länger dauern? Irgendwann fährt man dann eben doch wieder Auto.</p></li></ul></section>`, "Zwei Stunden Umweg"},
		{"Korean video credits in a script", `<div class="detail-body">[리포트]<br><br>농촌 일손 부족을 메우기 위해 정부가 들여오는 외국인 계절근로자가 올해 7만 명을 넘어섰습니다.<br><br>촬영기자:김태형/영상편집:이진이/그래픽:박미주</div>`, "영상편집"},
		{"Korean reporter box", `<div class="reporter-box reporter-bottom"><div class="reporter-profile"><strong class="reporter-name">윤지현 기자</strong><a href="mailto:yjh@kbs.example">yjh@kbs.example</a><p class="reporter-intro">일하는 사람의 자리에서 세상을 봅니다.</p></div></div>`, "세상을 봅니다"},
		{"Korean tip box", `<div class="tip-box"><p>KBS는 여러분의 제보를 기다립니다.</p><p>▷ 이메일 : kbs1234@kbs.example</p></div>`, "제보를"},
		{"Korean reaction box", `<div class="emotion"><p>이 기사에 대한 감정을 선택해주세요</p><button>좋아요</button></div>`, "감정을"},
		{"Spanish formal follow prompt", `<p><a href="https://news.google.com/publications/x">Síganos en Google News</a></p>`, "Síganos"},
		{"Polish video label", `<p>Dalszy ciąg artykułu pod materiałem wideo</p>`, "Dalszy ciąg"},
		{"French alert prompt", `<div class="alert"><p>Recevez une notification à chaque nouvel article sur ce sujet</p><button>Suivre</button></div>`, "Recevez une notification"},
		{"French poll disclaimer", `<p><em>Ce sondage n’a pas de valeur scientifique.</em></p>`, "valeur scientifique"},
		{"Italian paywall", `<div><p>Continua a leggere questo articolo</p><p>Abbonati per avere accesso illimitato a tutti gli articoli.</p></div>`, "Continua a leggere"},
		{"Italian appeal", `<div class="story__support"><p class="story__support-title">Sostieni il giornalismo di qualità</p><p>Il giornalismo di Repubblica è libero e indipendente. Scegli di sostenerci con un abbonamento.</p></div>`, "libero e indipendente"},
		{"Italian WhatsApp channel", `<p>Segui Tgcom24 sul canale WhatsApp: tutte le notizie in tempo reale</p>`, "canale WhatsApp"},
		{"Spanish appeal", `<div class="socios"><p>Este periódico es posible gracias a quienes se suscriben. No tenemos dueños ni grandes anunciantes que nos marquen la agenda.</p></div>`, "No tenemos dueños"},
		{"Italian table of contents", `<div class="article__toc"><p class="article__toc-title">Tabella dei contenuti</p><ol><li><a href="#le-regole">Le nuove regole per gli sgomberi</a></li><li><a href="#il-fondo">Il fondo per i proprietari</a></li></ol></div>`, "Tabella dei contenuti"},
		{"Japanese tip box", `<div class="leaks"><p>文春オンラインでは、介護や福祉の現場で起きていることについて情報を募集しています。</p></div>`, "情報を募集"},
		{"Japanese syndication note", `<p>（外部配信先では図表や画像を全部閲覧できない場合があります。その際は東洋経済オンライン内でお読みください）</p>`, "外部配信先"},
		{"AI takeaways box", `<details class="media-ui-AiSummary_summary-gA0tR"><summary><span>Takeaways by Bloomberg AI</span></summary><ul><li>Copper processing fees have dropped below zero for the first time.</li><li>Chinese refined copper output hit a record last year.</li></ul><p>Takeaways are generated with AI and reviewed by our newsroom.</p></details>`, "processing fees"},
		{"Yahoo Finance closing line", `<p><em>Read the latest financial and business news from Yahoo Finance</em></p>`, "Yahoo Finance"},
		{"Hindi reaction prompt", `<div class="d8e1b4a3"><span>इस खबर पर अपनी प्रतिक्रिया दें</span><button type="button">पसंद</button></div>`, "प्रतिक्रिया"},
		{"partner line", `<p><em>This article was published in partnership with USA Today.</em></p>`, "partnership"},
		{"republished nonprofit's line", `<p><em>ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they’re published.</em></p>`, "nonprofit newsroom"},
		{"reader-support appeal", `<div class="fact"><p>Mother Jones was founded as a nonprofit in 1976. Today, reader support makes up about two-thirds of our budget.</p></div>`, "reader support"},
		{"newsletter named inside the sentence", `<p><em>Get more Denver news by signing up for our <a href="/newsletters/">Mile High Roundup</a> email newsletter.</em></p>`, "Mile High"},
		{"print edition line without its subject", `<p>Appeared in the November 21, 2025, print edition as 'Regional Banks Lean on Private Credit'.</p>`, "print edition"},
		{"follow box", `<div class="follow"><h3>Follow related authors and topics</h3><p>Authors and topics you follow will be added to your personal news feed in Following.</p></div>`, "personal news feed"},
		{"WhatsApp channel to subscribe to", `<p>(You can now subscribe to our <a href="https://whatsapp.com/channel/x">ETMarkets WhatsApp channel</a>)</p>`, "WhatsApp channel"},
		{"business paper's closing line", `<p>(Catch all the Business News, Breaking News, Events and Latest News Updates on The Economic Times.)</p>`, "Catch all"},
		{"read time label", `<span class="read-time">Read Time: 3 mins</span>`, "Read Time"},
		{"Spanish sports paper's sign-off", `<p>¡Tus opiniones importan! Comenta en los artículos y suscríbete gratis a nuestra newsletter.</p>`, "opiniones importan"},
		{"podcast pointer", `<p><a href="/sounds/brand/p0gl3y5q">Listen to the latest Football Daily podcast</a></p>`, "Football Daily"},
		{"press wire's bare multimedia line", `<div class="release-body"><p>` + prose + `</p><p>` + prose + `</p><img alt="Cision" src="https://c212.example/favicon.png"> View original content to download multimedia:<a href="https://www.prnewswire.example/news-releases/x.html">https://www.prnewswire.example/news-releases/x.html</a><p>SOURCE Harbor Peak Foods, Inc.</p></div>`, "View original"},
		{"press wire's logo line", `<p>Logo - https://mma.prnewswire.example/media/2417760/Harbor_Peak_Foods_Logo.jpg</p>`, "Logo -"},
		{"press wire's pitch", `<div class="prn-want-news"><p>WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?</p><ul><li>440k+ Newsrooms &amp; Influencers</li></ul></div>`, "WANT YOUR"},
		{"release photo line", `<p>A photo accompanying this announcement is available at https://www.globenewswire.example/NewsRoom/AttachmentNg/1</p>`, "A photo accompanying"},
		{"fact-checkers' call for claims", `<div class="box"><p>Is there content that you would like AFP to fact-check? <a href="/contact">Get in touch.</a></p></div>`, "would like AFP"},
		{"closed forum notice", `<p>Die Diskussion wurde geschlossen.</p>`, "Diskussion"},
		{"tip box asking to talk", `<div class="tip"><p>Got a tip? Talk to us! Email our staff at news@example.com.</p></div>`, "Got a tip"},
		{"reviewers' trust box", `<div class="trust"><p>Our expert, award-winning staff selects the products we cover and rigorously researches and tests our top picks.</p></div>`, "award-winning staff"},
		{"weekly newsletter line", `<p><strong>Want more stories about AI? <a href="/newsletters/">Sign up for Innovation</a>, our weekly newsletter.</strong></p>`, "weekly newsletter"},
		{"Turkish subscribe line", `<p><a href="https://news.google.com/x">Habertürk Google News'te. Abone olmak için tıklayın</a></p>`, "Abone olmak"},
		{"Greek follow line", `<p><a href="https://news.google.com/x">Ακολουθήστε το skai.gr στο Google News</a></p>`, "Ακολουθήστε"},
		{"Arabic follow line", `<p>تابع آخر الأخبار من المصري اليوم على <a href="https://news.google.com/x">جوجل نيوز</a></p>`, "تابع آخر"},
		{"Arabic channel line", `<p><strong>لمتابعة آخر أخبار الطقس اشترك في قناة الوطن على واتساب <a href="https://whatsapp.com/channel/x">اضغط هنا</a></strong></p>`, "اشترك في"},
		{"syndication note", `<p><em>(Disclaimer: This story is auto-generated from IANS service.)</em></p>`, "auto-generated"},
		{"agency's channel notice", `<p>BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via BERNAMA Wires.</p>`, "BERNAMA provides"},
		{"page feedback widget classed article-feedback", `<div id="mntl-article-feedback_1-0" class="comp mntl-article-feedback"><div class="mntl-article-feedback__heading">Was this page helpful?</div><div class="mntl-article-feedback__thank-you">Thanks for your feedback! Tell us why.</div></div>`, "Thanks for your feedback"},
		{"subscription pitch closing a story", `<p>Don’t miss out on the latest news and information. Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer.</p>`, "INQUIRER PLUS"},
		{"Hebrew follow line", `<p><a href="https://news.google.com/x">עקבו אחרי ישראל היום ב-Google News</a></p>`, "עקבו"},
		{"Hebrew mistake prompt", `<p><a href="/report">מצאתם טעות בכתבה? דווחו לנו</a></p>`, "מצאתם"},
		{"affiliate note to readers", `<div class="note"><h4>A Note to our Readers</h4><p>Smithsonian magazine participates in affiliate link advertising programs.</p></div>`, "affiliate link"},
		{"newspaper's ownership appeal", `<div class="contributions"><p>From Elon Musk to Rupert Murdoch, a small number of billionaire owners have a powerful hold on so much of the information that reaches the public.</p></div>`, "billionaire owners"},
		{"digest box", `<div class="n-content-layout"><p>Unlock the Editor’s Digest for free</p><p>Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.</p></div>`, "Editor’s Digest"},
		{"subscribers' newsletter line", `<p><em>Subscribers can sign up to Money Talks, our new newsletter, to stay up to date.</em></p>`, "Money Talks"},
		{"German first-publication line", `<p>Erstpublikation: 13.03.2025, 12:03 Uhr.</p>`, "Erstpublikation"},
		{"Chinese original title", `<p>　　原标题：共享充电宝悄悄涨价，“一小时8元”是怎么来的？</p>`, "原标题"},
		{"Chinese print page", `<p style="text-indent: 2em;">《 人民日报 》（ 2024年11月28日 02 版）</p>`, "人民日报"},
		{"Chinese editors' credits", `<p>　　编辑 刘梦婕 校对 张彦君</p>`, "刘梦婕"},
		{"Chinese keywords", `<div class="keywords"><span>文章关键词：</span><a href="/s?q=1">共享充电宝</a> <a href="/s?q=2">涨价</a></div>`, "文章关键词"},
		{"Chinese portal disclaimer", `<div class="statement"><p>特别声明：以上文章内容仅代表作者本人观点，不代表新浪网观点或立场。</p></div>`, "特别声明"},
		{"Chinese feedback link", `<div class="article-feedback"><a href="/feedback/">我要反馈</a></div>`, "我要反馈"},
		{"ranking under a tit-classed title", `<div class="right-module"><div class="tit">新闻排行</div><ul><li><a href="/a">教育部：严禁以任何形式公布中考状元</a></li><li><a href="/b">男子高速上开车打瞌睡 交警紧急逼停</a></li></ul></div>`, "严禁以任何形式"},
		{"video player's title box", `<div class="embed-widget video-embed"><div class="video-player" data-video-id="mmvo23"><img src="https://cdn.example/poster.jpg" alt=""></div><div class="video-embed__info"><span class="video-embed__duration">02:11</span><h4 class="video-embed__title">Hospitals scramble as flooded plant halts IV fluid production</h4><span class="video-embed__source">NBC News</span></div></div>`, "Hospitals scramble"},
		{"Arabic view counter beside the date", `<div class="news-info"><span class="source">قنا</span> <span class="views">عدد المشاهدات: <span>1,284</span></span></div>`, "المشاهدات"},
		{"WhatsApp channel prompt", `<div class="whatsapp-prompt"><a href="https://whatsapp.com/channel/x">Get the latest news updates on Gulf News WhatsApp channel. Click here to join.</a></div>`, "WhatsApp channel"},
		{"link to the English edition", `<div class="nota-idioma"><a href="https://elfaro.net/en/202411/x">Read in English</a></div>`, "Read in English"},
		{"Spanish reading time", `<span class="tiempo-lectura">Lectura: 9 minutos</span>`, "Lectura"},
		{"Croatian story tip line", `<div class="article-call-to-action">Imate li zanimljivu priču koju biste željeli podijeliti? Javite nam se na <a href="mailto:desk@index.example">desk@index.example</a>.</div>`, "zanimljivu"},
		{"Croatian error report line", `<div class="article-report-container">Jeste li uočili pogrešku ili netočnu informaciju? <a href="/prijava-pogreske">Prijavite nam je ovdje</a></div>`, "pogrešku"},
		{"Serbian live blog refresh bar", `<div class="live-blog__refresh"><span></span> Stranica se automatski osvežava <button>Osveži</button></div>`, "automatski"},
		{"nonprofit's appeal", `<div class="rns-donate-box"><h3>Help support RNS</h3><p>Religion News Service is an independent, nonprofit newsroom covering religion, spirituality, culture and ethics. Your gift helps us provide trustworthy journalism that is free to read.</p><a class="button" href="/donate/">Donate today</a></div>`, "Your gift"},
		{"newsroom's membership appeal", `<p class="appeal">The Texas Tribune is a member-supported, nonpartisan newsroom informing and engaging Texans on state politics and policy.</p>`, "member-supported"},
		{"support line", `<div class="donate"><p>Your support makes The 19th possible. Donate today to help us report on gender, politics and policy.</p></div>`, "Your support"},
		{"Chinese read-on label", `<p class="before_ir">請繼續往下閱讀...</p>`, "請繼續往下閱讀"},
		{"Chinese gallery link", `<div class="gallery-link"><a href="/gallery/1">點擊看圖輯</a></div>`, "點擊看圖輯"},
		{"LINE friend prompt", `<p><a href="https://line.me/R/ti/p/@udn">一手掌握重要新聞，加入聯合新聞網 LINE 好友</a></p>`, "LINE"},
		{"weekday newsletter pitch", `<div class="cd-box"><p>Your day-ahead look for the crypto markets, delivered every weekday before the U.S. open.</p></div>`, "day-ahead"},
		{"topic alerts pitch", `<p>Follow topics and we'll email you when Eurogamer publishes an article about them.</p>`, "Follow topics"},
		{"Hindi WhatsApp channel prompt", `<div class="ArticleDetail_whatsapp"><a href="https://whatsapp.com/channel/x">दैनिक जागरण के WhatsApp चैनल से जुड़ें और पाएं हर खबर सबसे पहले</a></div>`, "चैनल"},
		{"Hindi reader poll", `<div class="a1c8"><p>क्या ये खबर आपके काम की है?</p><button>हां</button><button>नहीं</button></div>`, "खबर आपके"},
		{"Hindi graphics credit", `<div class="e5c3"><span>ग्राफिक्स: हर्षराज साहनी</span></div>`, "ग्राफिक्स"},
		{"search title line", `<div class="web-title"><strong>Web Title: </strong>Interview agricultural economist on MSP guarantee and farm loan waiver</div>`, "Web Title"},
		{"search engine line", `<div class="latest-marathi">Get Latest Marathi News, Maharashtra News and Live Marathi News Headlines from Politics, Sports, Entertainment and Business.</div>`, "Headlines from"},
		{"Bengali share label", `<div class="sharebox"><span class="sharetxt">শেয়ার করুন</span></div>`, "শেয়ার"},
		{"Bengali subscription box", `<div class="subscribebox"><p class="subs-hd">প্রতিদিন ২০০’রও বেশি এমন প্রিমিয়াম খবর পড়ার জন্য</p></div>`, "প্রিমিয়াম"},
		{"link to the Estonian edition", `<div class="source-link"><a href="https://www.err.ee/1609511920/x">Read this article in Estonian</a></div>`, "Read this article"},
		{"opinion disclaimer", `<p><em>This article is for general information purposes. The views, thoughts, and opinions expressed here are the author’s alone and do not necessarily reflect the views of the site.</em></p>`, "opinions expressed"},
		{"live blog refresh notice", `<div class="live-notice">This page refreshes automatically.</div>`, "refreshes"},
		{"price of a coffee appeal", `<div class="tom-box">Independent journalism costs money. Support Times of Malta for the price of a coffee.</div>`, "price of a coffee"},
		{"newsletter list prompt", `<div class="bw-box"><p>Get the news in your inbox. Explore Blockworks newsletters:</p></div>`, "in your inbox"},
		{"title under an empty player", `<div data-embed-type="video" class="js-video-embed"><div class="video-wrapper"></div><p class="now-playing">Now Playing: Halden Interactive Showcase 2025 - Full Livestream</p></div>`, "Now Playing"},
		{"title under a JW Player slot", `<div class="jwplayer__widthsetter"><div class="jwplayer__wrapper"><div id="botr_x_div" class="future__jwplayer"></div></div><p class="jwplayer__title">PC Gamer Video: The biggest PC games of 2026</p></div>`, "PC Gamer Video"},
		{"editors' choice note", `<div class="article-end-note"><p>The products discussed here were independently chosen by our editors. The site may get a share of the revenue if you buy anything featured.</p></div>`, "independently chosen"},
		{"German ad-free pitch", `<div class="ams-teaser"><p>Jetzt ohne Werbung lesen – mit dem Pur-Abo für 2,99 Euro im Monat.</p><a href="/pur/">Mehr erfahren</a></div>`, "ohne Werbung"},
		{"sign-in box", `<section class="rps-box"><h3>Rock Paper Shotgun is better when you sign in</h3><p>Sign in and join us on our journey to discover strange and compelling PC games.</p></section>`, "join us on our journey"},
		{"games a story names", `<div class="games-discussed"><h4 class="games-discussed__title">Games Discussed</h4><div class="games-discussed__item"><a href="/games/starfall-tactics/"><img src="/box.jpg" alt="" width="48" height="48"></a><div><a href="/games/starfall-tactics/">Starfall Tactics</a><div><span>PC</span><span>PS5</span></div></div></div></div>`, "Games Discussed"},
		{"audio bar label", `<div class="vn-audio"><button>▶</button><span>Listen to our report</span></div>`, "Listen to our report"},
		{"newsletter credit", `<p><em>This article was featured in New York’s One Great Story newsletter. Sign up here to get it nightly.</em></p>`, "One Great Story"},
		{"affiliate note", `<p class="affiliate-note">We earn a commission for products purchased through some links in this article.</p>`, "commission"},
		{"note to subscribers", `<p><em>Thank you for subscribing and supporting our journalism. If you prefer to read in print, you can also find this article in the magazine.</em></p>`, "subscribing"},
		{"release label", `<p class="label">News Release</p>`, "News Release"},
		{"paywall meter with its count unfilled", `<div class="meter"><p>You have /5 articles left.</p></div>`, "articles left"},
		{"German paywall meter", `<div class="payment-info-count"><span>Noch <strong>10 Gratis-Artikel</strong> diesen Monat. </span><a href="/abo#offers">Angebote</a></div>`, "Gratis-Artikel"},
		{"free articles left", `<p>3 free articles left this month. <a href="/subscribe">Subscribe</a></p>`, "free articles left"},
		{"audio length", `<span class="audio-module-duration">4-Minute Listen</span>`, "Minute Listen"},
		{"rush transcript notice", `<p class="cnnBodyText">THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.</p>`, "RUSH TRANSCRIPT"},
		{"machine transcript notice", `<p><em>Notice: Transcripts are machine and human generated and lightly edited for accuracy. They may contain errors.</em></p>`, "Transcripts are"},
		{"feedback link beside the byline", `<div class="video-single__feedback"><a href="/newshour/feedback?url=x">Leave your feedback</a></div>`, "feedback"},
		{"podcast subscription pitch", `<p><strong>Want more What Next?</strong> Subscribe to Slate Plus to access ad-free listening to the whole What Next family.</p>`, "Slate Plus"},
		{"like button's count", `<div class="wpulike"><div class="wp_ulike_general_class"><button type="button" aria-label="Like Button" class="wp_ulike_btn"></button><span class="count-box">317</span></div></div>`, "317"},
		{"view counter button", `<div class="article-view-action"><div class="btn btn-default viewcount"><i class="fa fa-eye"></i><span class="action-button-text">1374 </span></div></div>`, "1374"},
		{"comment count link", `<div class="meta"><a href="https://news.example/story#replies"><div><span><svg width="18" height="18" aria-label="Bubble icon"><path d="M1 1h16v12H1z"></path></svg></span><span>158</span></div></a></div>`, "158"},
		{"comment counter by class", `<div class="tools"><span class="total"><span class="livefyre-commentcount" data-lf-article-id="1256448">4217</span></span></div>`, "4217"},
		{"hidden count", `<div class="article-fullview"><div class="hidden">9137</div></div>`, "9137"},
		{"comment policy line", `<div><div class="e_Te"><p>Thank you for being part of our community. Read our <a href="/comment-policy/">Comment Policy</a> before posting.</p></div><div id="comments-section"></div></div>`, "Comment Policy"},
		{"follow label over its buttons", `<div class="e_ke"><div class="e_le">Follow</div><div class="e_me"></div></div>`, "Follow"},
		{"video's running time beside a clock icon", `<div class="meta-bar"><div class="time-submitted"><span class="icon icon-clock-black"></span> <span> 00:35 </span></div></div>`, "00:35"},
		{"term of an emptied field", `<dl><dt>About:</dt><dd><p>This video was made by a studio that films dogs helping soldiers grow into the next chapter of their lives.</p></dd><dt>Topics:</dt><dd><ul class="topics"><li><a href="/diversity">Diversity</a></li><li><a href="/military">Military</a></li></ul></dd></dl>`, "Topics:"},
		{"heading of an emptied tag box", `<div id="node_article-tags"><h3>More On:</h3><div class="field-items"><div class="field-item"><a href="/topic/chrome_industries">Chrome Industries</a></div></div></div>`, "More On"},
		{"toggle with both labels", `<dl><dt>Transcript:</dt><dd><a href="#show-transcript" class="reveal"><span class="action-show">Show Transcript</span><span class="action-hide">Hide Transcript</span></a></dd></dl>`, "Transcript"},
		{"live blog's script values", `<div id="liveBloggingInfo"><div class="hide" id="updateFreq">90000</div><div class="hide" id="articleUrl">https://news.example/world/2014/12/31/plane-found.html?service=artBody</div><div class="loadingImg">This page will automatically update every 90 seconds<span class="selected">On</span> <span>Off</span></div></div>`, "service=artBody"},
		{"live blog's refresh switch", `<div class="loadingImg">This page will automatically update every 90 seconds<span class="selected">On</span> <span>Off</span></div>`, "automatically update"},
		{"Spanish view counter", `<div class="pull-left"><span id="sf_countable_7491" class="vistas-total">Visto 314 veces</span></div>`, "Visto 314"},
		{"Spanish rating label", `<div class="estrellas"><span>Valorar:</span><ul class="star-rating"><li class="current-rating"></li></ul></div>`, "Valorar"},
		{"newsletter line beside its form", `<div id="bottom_content"><span> Smart is sexy </span> <span>- get our newsletter:</span><div id="signup"><form action="/newsletter_subscriptions"><input name="email"></form></div></div>`, "get our newsletter"},
		{"Arabic comment disclaimer", `<div class="note"><p>ترحب شبكة CNN بالنقاش الحيوي والمفيد، وكي لا نضطر إلى مراجعة التعليقات قبل نشرها.</p><p>الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية، بل تعكس وجهات نظر أصحابها فقط.</p></div>`, "الآراء الواردة"},
		{"Thai donation appeal", `<div class="support-pay"><button>✕</button><div class="support-pay-text"><strong>เท่าไรก็ได้</strong> การสนับสนุนจากคุณ คือการร่วมสร้างและรักษาสื่อเสรี ร่วมสนับสนุนเรา</div></div>`, "การสนับสนุนจากคุณ"},
		{"author bio box", `<div class="biography"><div class="bio_title">AUTHOR BIO</div><div class="bio_img"><img src="/choi.jpg" alt="Charles Q. Choi"></div><div class="bio_info"><h3>Charles Q. Choi</h3>Charles Q. Choi is a contributing writer who covers all things human origins and astronomy.</div></div>`, "AUTHOR BIO"},
		{"Nepali reaction widget", `<div class="ok-emoji-section"><h4 class="ok-emoji-title">यो खबर पढेर तपाईलाई कस्तो महसुस भयो ?</h4><div><span>खुसी</span><span>दुःखी</span></div></div>`, "महसुस"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><body><article><p>"+prose+"</p>"+tc.html+"<p>"+prose+"</p></article></body></html>")
			if strings.Contains(a.Text, tc.label) {
				t.Errorf("%q left in body: %q", tc.label, a.Text)
			}
			if !strings.Contains(a.Text, "council voted") {
				t.Errorf("article text lost: %q", a.Text)
			}
		})
	}
}

// TestAppealTitles: a title over a publisher's appeal for money goes with
// the appeal; a story's heading that only mentions journalism stays.
func TestAppealTitles(t *testing.T) {
	cases := []struct {
		name, heading string
		kept          bool
	}{
		{"appeal inside the story", "On supporting science journalism", false},
		{"appeal to support the newsroom", "Support independent journalism", false},
		{"story's heading on journalism", "Why local journalism is shrinking", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><head><title>Library hours extended</title></head><body><article><h1>Library hours extended</h1><p>"+prose+"</p><hr><h2>"+tc.heading+"</h2><p>"+prose+"</p></article></body></html>")
			if got := hasHeading(a, tc.heading); got != tc.kept {
				t.Errorf("heading %q kept = %v, want %v: %+v", tc.heading, got, tc.kept, a.Sections)
			}
		})
	}
}

// hasHeading reports a section of a headed h.
func hasHeading(a *Article, h string) bool {
	return slices.ContainsFunc(a.Sections, func(s Section) bool { return s.Heading == h })
}

// TestHeadingPermalinks: a heading's link to itself, shown on hover, is no
// part of its text; a heading that is wholly such a link keeps its text.
func TestHeadingPermalinks(t *testing.T) {
	cases := []struct{ name, heading, want string }{
		{"pilcrow", `<h2 id="tools">Installing the tools<a class="headerlink" href="#tools">¶</a></h2>`, "Installing the tools"},
		{"its own fragment", `<h2 id="section2">Preferring real estate to architecture<a class="subhead-anchor" href="#section2">#section2</a></h2>`, "Preferring real estate to architecture"},
		{"whole heading a link to itself", `<h2 id="costs"><a href="#costs">What the extension costs</a></h2>`, "What the extension costs"},
	}
	later := "Opening hours return to the usual schedule in April, when the council reviews what the extension has cost."
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><head><title>Library hours extended</title></head><body><article><h1>Library hours extended</h1><p>"+prose+"</p>"+tc.heading+"<p>"+later+"</p></article></body></html>")
			var got []string
			for _, s := range a.Sections {
				if s.Heading != "" {
					got = append(got, s.Heading)
				}
			}
			if !slices.Equal(got, []string{tc.want}) {
				t.Errorf("headings = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestFootnoteBacklinks: a note's link back to its citation leaves the
// note's text, brackets around it included; other bracketed links stay.
func TestFootnoteBacklinks(t *testing.T) {
	cases := []struct{ name, note, want string }{
		{"hugo", `<li id="fn:1"><p>The dashboard counted lookups, not actions.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>`, "The dashboard counted lookups, not actions."},
		{"mediawiki caret", `<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">Annual report, 2005.</span></li>`, "Annual report, 2005."},
		{"bracketed arrow", `<li id="footnote_0_1">Seneca, Roman philosopher and dramatist, in <a href="https://letters.example/">his letters</a> [<a href="#identifier_0_1" class="footnote-back-link">&#8617;</a>]</li>`, "Seneca, Roman philosopher and dramatist, in his letters"},
		{"doc-backlink role with a word", `<li id="n2">Figures from the county clerk. <a href="#r2" role="doc-backlink">Back</a></li>`, "Figures from the county clerk."},
		{"bracketed link elsewhere", `<li id="n3">Minutes of the meeting [<a href="/minutes.pdf">PDF</a>]</li>`, "Minutes of the meeting [PDF]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><head><title>Library hours extended</title></head><body><article><h1>Library hours extended</h1><p>"+prose+"</p><ol class=\"notes\">"+tc.note+"</ol></article></body></html>")
			var items []string
			for _, s := range a.Sections {
				for _, bl := range s.Blocks {
					for _, it := range bl.Items {
						items = append(items, it.Text)
					}
				}
			}
			if !slices.Equal(items, []string{tc.want}) {
				t.Errorf("notes = %q, want %q", items, tc.want)
			}
		})
	}
}

// TestAuthorListDropped: a paper's list of its authors leaves the body
// for the authors field; a list naming one of them among others stays.
func TestAuthorListDropped(t *testing.T) {
	head := `<html><head><title>Soil moisture memory</title><meta name="citation_author" content="Okafor, Chidinma A."><meta name="citation_author" content="Lindqvist, Erik"></head><body><article><h1>Soil moisture memory</h1>`
	cases := []struct {
		name, list string
		kept       bool
	}{
		{"authors with affiliation marks", `<ul class="author-list">
<li><a href="#aff1">Chidinma A. Okafor</a><sup>1,*</sup>,</li>
<li><a href="#aff2">Erik Lindqvist</a><sup>2</sup></li>
</ul>`, false},
		{"an author among others", `<ul><li>Chidinma A. Okafor</li><li>Erik Lindqvist</li><li>Maria Souza</li></ul>`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, head+tc.list+"<p>"+prose+"</p></article></body></html>")
			if got := strings.Contains(a.Text, "Lindqvist"); got != tc.kept {
				t.Errorf("list kept = %v, want %v; text %q", got, tc.kept, a.Text)
			}
			if !slices.Equal(a.Authors, []string{"Chidinma A. Okafor", "Erik Lindqvist"}) {
				t.Errorf("authors = %q", a.Authors)
			}
		})
	}
}

// TestLinkBarKeeps: lines of links that are not a bar of short tool or
// section links stay in the body.
func TestLinkBarKeeps(t *testing.T) {
	cases := []struct{ name, html, keep string }{
		{"sentence between links", `<p><a href="/a">Alice</a> met <a href="/b">Bob</a> at the depot.</p>`, "met"},
		{"one link alone", `<p><a href="/r">Full report</a></p>`, "Full report"},
		{"a bracketed link that is no headline", `<p>[<a href="/r">Full report</a>]</p>`, "Full report"},
		{"a bracketed link off the site", `<p>[ <a href="https://other.example/2026/11/01/drought/">Governor declares drought emergency in eight counties</a> ]</p>`, "Governor declares drought"},
		{"list of short links", `<ul><li><a href="/a">Alpha</a></li><li><a href="/b">Beta</a></li></ul>`, "Beta"},
		{"sentence naming a photo", `<p>She took the photo: a lake at dawn, which won the prize.</p>`, "lake at dawn"},
		{"copyright in a long paragraph", `<p>` + prose + ` The logo © 2020 belongs to the club.</p>`, "belongs to the club"},
		{"story about apps", `<p>Some apps come with the phone. You can download other apps to your phone from an online store.</p>`, "download other apps"},
		{"late sign-off", `<p>I hope this demo helps you apply the method to your own systems. If you need help, ask in the forum or follow me on Bluesky.</p>`, "hope this demo"},
		{"linkless recommended badge", `<div class="product-recommended"><span>BEST OVERALL</span></div>`, "BEST OVERALL"},
		{"sentence about rights", `<p>The court said the reserved rights of the tenants must be respected, and the council agreed.</p>`, "reserved rights"},
		{"one phone number in a story", `<p>Anyone with information is asked to call police. Phone: 555 0100.</p>`, "Anyone with information"},
		{"sentence starting with by and a name", `<p>By noon Alex Heath had filed the story, and the desk began to check every figure in it twice.</p>`, "filed the story"},
		{"button-styled link in a sentence", `<p>Read the <a class="btn" href="/r">full report</a> before the vote on Tuesday.</p>`, "full report"},
		{"retailer named in a sentence", `<p>The set sold out twice, so <a href="https://shop.example/x">see price at Amazon</a> before you wait for the next batch.</p>`, "see price at Amazon"},
		{"pin in a sentence", `<p>Use a rolling pin for later batches, once the dough has rested for an hour in the cold.</p>`, "rolling pin for later"},
		{"collapsed accordion panel", `<div class="es-accordion"><button id="h1" aria-controls="c1">Week 1</button><div id="c1" role="region" aria-labelledby="h1" style="display:none;"><p>Installing solar panels can offset or even eliminate your electric bill within a few years.</p></div></div>`, "eliminate your electric bill"},
		{"collapse box around an accordion panel", `<div class="chakra-accordion__item"><h2><button id="b2" aria-controls="p2">How far do they go?</button></h2><div class="chakra-collapse" style="overflow:hidden;display:none;opacity:0;height:0px"><div role="region" id="p2" aria-labelledby="b2"><p>Most top selling electric cars have a range of roughly 250 to 300 miles on a charge.</p></div></div></div>`, "range of roughly 250"},
		{"see-more link closing a caption", `<p>Detail from her medical certificate. <a href="/popups/medical.htm">See more</a> (52k)</p>`, "See more"},
		{"image gallery caption", `<div><a href="/p.jpg"><img src="/p.jpg" alt=""></a><p><a href="/lake">Lake Gunn</a></p></div>`, "Lake Gunn"},
		{"linked names in a line", `<a href="/a/1">Ann Lee</a>, <a href="/a/2">Sam Roe</a>, <a href="/a/3">Ben Ode</a><br>`, "Sam Roe"},
		{"two links in a line", `<a href="/a/1">Ann Lee</a> | <a href="/a/2">Sam Roe</a><br>`, "Sam Roe"},
		{"links after a bare label", `<p>Versions: <a href="/v/0">00</a> <a href="/v/1">01</a> <a href="/v/2">02</a></p>`, "Versions: 00 01 02"},
		{"long links from the front page with other marks", `<p><a href="/">Home</a> and <a href="/a/2">the full report on the budget vote</a></p>`, "the full report on the budget vote"},
		{"long links not from the front page", `<p><a href="/a/1">Budget vote in the council</a> / <a href="/a/2">Library branch opens in May</a></p>`, "Library branch opens"},
		{"links opening a line of text", `<p><span><a href="/a/1">Ann Lee</a> | <a href="/a/2">Sam Roe</a> | <a href="/a/3">Ben Ode</a></span> <span>wrote this report for the council.</span></p>`, "Ben Ode"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, "<article><p>"+prose+"</p>"+tc.html+"<p>"+prose+"</p></article>")
			if !strings.Contains(a.Text, tc.keep) {
				t.Errorf("%q lost: %q", tc.keep, a.Text)
			}
		})
	}
}

// TestInlinePromosInOtherLanguages checks that "read also" promos and
// related boxes in other languages than English go to Related, not the
// body, CJK titles with their full-width asides included.
func TestInlinePromosInOtherLanguages(t *testing.T) {
	cases := []struct{ name, html, title string }{
		{"also label", `<p><strong>Also</strong>: <a href="/article/best-ai-chatbots/">The best AI chatbots of 2024: ChatGPT, Copilot, and worthy alternatives</a></p>`, "The best AI chatbots of 2024: ChatGPT, Copilot, and worthy alternatives"},
		{"Spanish Lea", `<p><strong>Lea: <a href="/otra">Consejo aborda la confiscación de oficinas</a></strong></p>`, "Consejo aborda la confiscación de oficinas"},
		{"Spanish Vea también", `<p>VEA TAMBIÉN: <a href="/otra">Estrella de la educación no brilla</a></p>`, "Estrella de la educación no brilla"},
		{"Polish Czytaj też", `<p>Czytaj też: <a href="/inny">Nowa ustawa o energii wchodzi w życie</a></p>`, "Nowa ustawa o energii wchodzi w życie"},
		{"German Lesen Sie hier", `<p>Lesen Sie hier: <a href="/andere">Spielabbruch in der Kreisliga nach Streit auf dem Platz</a></p>`, "Spielabbruch in der Kreisliga nach Streit auf dem Platz"},
		{"Estonian Loe ka", `<div class="article-box"><span class="article-box__label">Loe ka</span> <a class="article-box__link" href="https://www.postimees.ee/8179320/x"><span class="article-box__headline">Pärnumaa väikesaarte parvlaevaliiklus läheb uue vedaja kätte</span></a></div>`, "Pärnumaa väikesaarte parvlaevaliiklus läheb uue vedaja kätte"},
		{"bulleted headline", `<p>▪ <a href="/news/story/7266/8371562">健保點值連3季低於0.9 醫界憂醫療量能流失</a></p>`, "健保點值連3季低於0.9 醫界憂醫療量能流失"},
		{"Telugu read this too", `<p><strong>ఇదీ చదవండి: </strong><a href="/telugu-news/telangana/more-heavy-rains/1701/125152611">తెలంగాణలో మరో మూడు రోజులు భారీ వర్షాలు: వాతావరణ శాఖ హెచ్చరిక</a></p>`, "తెలంగాణలో మరో మూడు రోజులు భారీ వర్షాలు: వాతావరణ శాఖ హెచ్చరిక"},
		{"earlier stories", `<p><strong>Earlier:</strong> <a href="/2025/08/biglaw-firm-bans-chatgpt/">Biglaw Firm Bans Associates From Using ChatGPT, Then Buys Its Own</a></p>`, "Biglaw Firm Bans Associates From Using ChatGPT, Then Buys Its Own"},
		{"Finnish Lue lisää", `<p class="read-more"><strong>Lue lisää:</strong> <a href="https://www.hs.fi/kulttuuri/art-2000009877120.html">Radion sinfoniaorkesteri valitsi uuden ylikapellimestarin</a></p>`, "Radion sinfoniaorkesteri valitsi uuden ylikapellimestarin"},
		{"Norwegian Les mer", `<p>Les mer: <a href="/nyheter/i/Xq2w/ny-bybane">Dette er de nye holdeplassene på Bybanen</a></p>`, "Dette er de nye holdeplassene på Bybanen"},
		{"German Weiterlesen", `<p>Weiterlesen: <a href="/andere">Die neue Brücke ist eröffnet</a></p>`, "Die neue Brücke ist eröffnet"},
		{"heading set as a promo", `<h5>Related: <a href="/safety">Three tips for safer line work in winter</a></h5>`, "Three tips for safer line work in winter"},
		{"Russian Chitayte takzhe", `<p>Читайте также: <a href="/drugoy">Парламент ограничил полномочия президента</a></p>`, "Парламент ограничил полномочия президента"},
		{"Vietnamese Doc tiep", `<p><strong>Đọc tiếp:</strong> <a href="/de-thi-lop-10.htm">Đề thi lớp 10 sẽ có nhiều câu hỏi gắn với thực tiễn</a></p>`, "Đề thi lớp 10 sẽ có nhiều câu hỏi gắn với thực tiễn"},
		{"Spanish Lee mas", `<p><strong>LEE MÁS: </strong><a href="/economia/cts-noviembre">CTS noviembre 2025: cuánto puedo retirar y cómo saber si ya me depositaron</a></p>`, "CTS noviembre 2025: cuánto puedo retirar y cómo saber si ya me depositaron"},
		{"Spanish Le recomendamos", `<p><b>Le recomendamos: </b><a href="/ambiente/cop30">Colombia presentó en la COP30 su plan para frenar la deforestación</a></p>`, "Colombia presentó en la COP30 su plan para frenar la deforestación"},
		{"Romanian Vezi si", `<p><strong>VEZI ȘI:</strong> <a href="/economie/ajutor-incalzire">Ajutorul de încălzire pentru iarna 2024–2025. Cum depui cererea</a></p>`, "Ajutorul de încălzire pentru iarna 2024–2025. Cum depui cererea"},
		{"Turkish read this story too", `<p><strong>Bu haberi de okuyun: <a href="/gundem/barajlar">İstanbul'da barajların doluluk oranı açıklandı</a></strong></p>`, "İstanbul'da barajların doluluk oranı açıklandı"},
		{"label classed as the card's title", `<div class="story-element-text-also-read"><a class="also-read-link" href="/sociedade/pescadores"><span class="also-read-title">Leia também</span><span class="also-read-headline">Pescadores açorianos denunciam quebra nas capturas de goraz</span></a></div>`, "Pescadores açorianos denunciam quebra nas capturas de goraz"},
		{"Dutch Lees ook", `<p><strong>Lees ook:</strong> <a href="/ander">Gemeente verlengt openingstijden bibliotheek</a></p>`, "Gemeente verlengt openingstijden bibliotheek"},
		{"German Mehr", `<p class="c-paragraph c-paragraph--more"><strong>Mehr:</strong> <a href="/andere">Die große Verlagerung der Chemieproduktion</a></p>`, "Die große Verlagerung der Chemieproduktion"},
		{"label as the list's first item", `<ul class="listinks"><li class="listinks_label">RELATED</li><li><a href="/a"><span class="headline">Certificate lifetimes to shrink to 47 days</span></a></li><li><a href="/b"><span class="headline">MPs demand answers on bank outages</span></a></li></ul>`, "Certificate lifetimes to shrink to 47 days"},
		{"Indonesian read-also", `<p><strong>Baca juga:</strong> <a href="/ander">Stok beras Bulog dinyatakan aman hingga awal tahun</a></p>`, "Stok beras Bulog dinyatakan aman hingga awal tahun"},
		{"Hindi read-also", `<p><strong>यह भी पढ़ें:</strong> <a href="/ander">उत्तर भारत में बढ़ी ठंड, कोहरे का असर</a></p>`, "उत्तर भारत में बढ़ी ठंड, कोहरे का असर"},
		{"Turkish İlgili haber", `<p><strong>İLGİLİ HABER:</strong> <a href="/ander">Yeni metro hattında test sürüşleri başladı</a></p>`, "Yeni metro hattında test sürüşleri başladı"},
		{"Finnish Lue myös", `<p><strong>Lue myös:</strong></p><ul><li><a href="/muu">Pääministeri vieraili tehtaalla torstaina</a></li></ul>`, "Pääministeri vieraili tehtaalla torstaina"},
		{"Greek Diavaste episis", `<p>Διαβάστε επίσης: <a href="/allo">Η βουλή ψήφισε τον νέο προϋπολογισμό</a></p>`, "Η βουλή ψήφισε τον νέο προϋπολογισμό"},
		{"Chinese further reading", `<p>延伸閱讀：<a href="/other">財政部公佈統一發票中獎清冊</a></p>`, "財政部公佈統一發票中獎清冊"},
		{"Japanese related box", `<h2>関連記事（外部サイト）</h2><ul><li><a href="/a">与田祐希、美しく成長した“10代ラスト”美肌</a></li><li><a href="/b">メガネ姿もキュートな与田祐希の写真集カット</a></li></ul>`, "メガネ姿もキュートな与田祐希の写真集カット"},
		{"Vietnamese see more", `<p><strong>Xem thêm:</strong> <a href="/khac">Giá vé máy bay Tết tăng 20% so với năm ngoái</a></p>`, "Giá vé máy bay Tết tăng 20% so với năm ngoái"},
		{"Thai read more", `<p><strong>อ่านเพิ่มเติม:</strong> <a href="/news/2">ค่าฝุ่น PM2.5 กลับมาสูงอีกครั้งในกรุงเทพฯ</a></p>`, "ค่าฝุ่น PM2.5 กลับมาสูงอีกครั้งในกรุงเทพฯ"},
		{"Croatian read also", `<p><strong>Pročitajte i:</strong> <a href="/vijesti/most">Počinje obnova mosta nakon duge zime</a></p>`, "Počinje obnova mosta nakon duge zime"},
		{"Hebrew read more", `<p><strong>קראו עוד:</strong> <a href="/news/2">הרכבת הקלה בחיפה תורחב עד הקריות</a></p>`, "הרכבת הקלה בחיפה תורחב עד הקריות"},
		{"headline in brackets", `<div class="c-interstitial-link"><p>[ <a href="/2026/11/01/drought-emergency/">Governor declares drought emergency in eight counties</a> ]</p></div>`, "Governor declares drought emergency in eight counties"},
		{"Korean bracketed read-with", `<p>[함께 보면 좋은 기사] <a href="/b">서울시 새 예산안 의회 통과</a></p>`, "서울시 새 예산안 의회 통과"},
		{"Japanese bracketed related", `<p>【関連記事】<a href="/c">東京都の新予算が可決された</a></p>`, "東京都の新予算が可決された"},
		{"Turkish see also", `<p>Ayrıca bakınız: <a href="/d">Belediye bütçesi meclisten geçti</a></p>`, "Belediye bütçesi meclisten geçti"},
		{"Korean related box", `<div><h3>관련기사</h3><ul><li><a href="/a">노경은, 4⅓이닝 8실점 부진… 난타에 야수 실책</a></li></ul></div>`, "노경은, 4⅓이닝 8실점 부진… 난타에 야수 실책"},
		{"German read more on the subject", `<section><h4 class="css-1ozl8xe">Lesen Sie mehr zum Thema</h4><ul><li><a href="/muenchen/wohnungsbau-li.3301927">Die Genossenschaften bauen wieder – aber langsamer</a></li></ul></section>`, "Die Genossenschaften bauen wieder – aber langsamer"},
		{"a blog series' other parts", `<div class="rounded-lg"><h2 class="mb-1 font-heading">Articles in this series</h2><ol><li><a href="/sharding-a-test-suite">Sharding a 3,800-File Test Suite Across CI Runners</a></li></ol></div>`, "Sharding a 3,800-File Test Suite Across CI Runners"},
		{"interstitial link", `<div data-qa="interstitial-link" class="wpds-c-iVfWzS"><a href="/climate/2026/08/14/lake-mead/" class="wpds-c-knSWeD"><b>Lake Mead’s ‘bathtub ring’ tells the story of a shrinking West</b></a></div>`, "Lake Mead’s ‘bathtub ring’ tells the story of a shrinking West"},
		{"a story stream's other entries", `<section class="duet--recirculation--storystream"><h2>More in this stream</h2><ol><li><a href="/e-readers/2026/kobo-update">Kobo’s latest update brings handwriting search to its color e-readers</a></li></ol></section>`, "Kobo’s latest update brings handwriting search to its color e-readers"},
		{"Spanish more-information box", `<section class="a_r"><div class="w w-mi"><h3 class="w_t">Más información</h3><div class="w_b"><article class="c"><h2 class="c_t"><a href="/espana/2026-11-10/la-sequia-deja-a-200-municipios.html">La sequía deja a 200 municipios catalanes con restricciones de agua</a></h2></article></div></div></section>`, "La sequía deja a 200 municipios catalanes con restricciones de agua"},
		{"Argentine see-also card", `<div class="mira-tambien"><p class="mira-tambien-title">Mirá también</p><a class="mira-tambien-link" href="/sociedad/cortes-luz-amba.html"><img src="https://img.example/c.jpg" alt=""><h3 class="mira-tambien-headline">Cortes de luz en el AMBA: más de 40.000 usuarios sin servicio</h3></a></div>`, "Cortes de luz en el AMBA: más de 40.000 usuarios sin servicio"},
		{"Colombian may-interest promo", `<p><strong>Le puede interesar:</strong> <a href="/bogota/metro-viaducto">Metro de Bogotá: así avanzan las obras del viaducto</a></p>`, "Metro de Bogotá: así avanzan las obras del viaducto"},
		{"Kazakh read more", `<p><strong>Тағы оқыңыз:</strong> <a href="/kz/news/2">Елордада жылыту маусымы мерзімінен бұрын басталды</a></p>`, "Елордада жылыту маусымы мерзімінен бұрын басталды"},
		{"Bengali also-read card", `<span class="also-read lDfA5"><div class="also-read-text">আরও পড়ুন</div><a class="card-with-image-zoom" href="/bangladesh/capital/k2d9"><h2>মেট্রোরেলে দিনে যাত্রী ছাড়াল সাড়ে চার লাখ</h2></a></span>`, "মেট্রোরেলে দিনে যাত্রী ছাড়াল সাড়ে চার লাখ"},
		{"Hungarian related box", `<div class="kapcsolodo-doboz"><div class="kapcsolodo-label">Kapcsolódó</div><a href="/gazdasag/vkf/" class="kapcsolodo-link"><span class="kapcsolodo-cim">Elakadtak a bértárgyalások, a szakszervezetek 13 százalékot követelnek</span></a></div>`, "Elakadtak a bértárgyalások, a szakszervezetek 13 százalékot követelnek"},
		{"Romanian read also", `<p><strong>Citește și:</strong> <a href="/stiri/apa">Prețul apei crește din ianuarie în patru județe</a></p>`, "Prețul apei crește din ianuarie în patru județe"},
		{"Greek read-also box in capitals", `<aside class="article-readalso"><span class="readalso-label">ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ</span><a href="/society/5634/" class="readalso-link"><span class="readalso-title">Αυξημένη κατά 8% η κατανάλωση νερού τον χειμώνα</span></a></aside>`, "Αυξημένη κατά 8% η κατανάλωση νερού τον χειμώνα"},
		{"Arabic read-also with a vowel mark", `<p><strong>اقرأ أيضًا:</strong> <a href="/News/5123.aspx">محافظ القاهرة يتفقد أعمال تطوير منطقة السيدة زينب</a></p>`, "محافظ القاهرة يتفقد أعمال تطوير منطقة السيدة زينب"},
		{"Turkish read-this-too card", `<div class="inline-news-card"><span class="inline-news-card__label">BUNU DA OKUYUN</span> <a href="/gundem/deprem-42695003">İstanbul'da deprem riski en yüksek 10 ilçe açıklandı</a></div>`, "İstanbul'da deprem riski en yüksek 10 ilçe açıklandı"},
		{"Hebrew more-on-the-subject", `<p><strong>עוד בנושא:</strong> <a href="/articles/r1">מכת חום או התייבשות? הסימנים שאסור להתעלם מהם</a></p>`, "מכת חום או התייבשות? הסימנים שאסור להתעלם מהם"},
		{"Spanish suggested content", `<section class="story-suggested"><h3 class="story-suggested__title">Contenido sugerido</h3><div><a href="/lima/clima-noticia/"><span>Clima en Lima: Senamhi pronostica temperaturas de hasta 33 grados</span></a></div></section>`, "Clima en Lima: Senamhi pronostica temperaturas de hasta 33 grados"},
		{"Slovak more on the topic", `<div class="box"><h4>Viac k téme</h4><ul><li><a href="/d/3912">V sninskej nemocnici zatvorili detské oddelenie</a></li></ul></div>`, "V sninskej nemocnici zatvorili detské oddelenie"},
		{"Hungarian background stories", `<div class="elozmenyek"><h3>Előzmények</h3><ul><li><a href="/gazdasag/2024/05/08/bkv/">34 milliárdos lyuk tátong a BKV költségvetésén</a></li></ul></div>`, "34 milliárdos lyuk tátong a BKV költségvetésén"},
		{"link card after a list", `<ul><li>Control by headway, not by timetable.</li><li>Short holds at regulation stops.</li></ul><div class="te tf"><a href="https://blog.example/how-we-run-usability-tests-91b3"><div><h2>How we run usability tests at the public library for nothing</h2><h3>Our folding table</h3><p>blog.example</p></div></a></div>`, "How we run usability tests at the public library for nothing"},
		{"link card between paragraphs", `<div class="te tf"><a href="https://blog.example/how-we-run-usability-tests-91b3"><div><h2>How we run usability tests at the public library for nothing at all</h2><h3>Our folding table</h3><p>blog.example</p></div></a></div>`, "How we run usability tests at the public library for nothing at all"},
		{"French same-theme box", `<div class="box"><h3>Sur le même thème</h3><ul><li><a href="/meteo/tempete-2">Tempête : 40.000 foyers privés d'électricité en Bretagne</a></li></ul></div>`, "Tempête : 40.000 foyers privés d'électricité en Bretagne"},
		{"German to-go-with box", `<div class="box"><h3>Passend zum Artikel</h3><ul><li><a href="/zuerich/rosengarten">Rosengartenstrasse: das Ende eines Dauerstreits?</a></li></ul></div>`, "Rosengartenstrasse: das Ende eines Dauerstreits?"},
		{"French file link", `<p><a href="/lille/dossier/transports">Notre dossier sur les transports à Lille</a></p>`, "les transports à Lille"},
		{"more-on box", `<div class="inline-module inline-module--more-on"><p class="inline-module__heading"><strong>More On:</strong> <a href="/tag/lottery/">lottery</a></p><ul><li><a href="/2024/09/18/us-news/powerball-bronx-deli/">Bronx deli that sold $1.2B Powerball ticket gets $10K bonus</a></li></ul></div>`, "Bronx deli that sold $1.2B Powerball ticket gets $10K bonus"},
		{"headline in capitals", `<p><strong><a href="https://news.example/us/hiker-dies-lost-trail-grand-canyon">HIKER DIES AFTER GETTING LOST ON TRAIL IN GRAND CANYON</a></strong></p>`, "HIKER DIES AFTER GETTING LOST ON TRAIL IN GRAND CANYON"},
		{"promo card of another story", `<div data-testid="promo-card" class="ssrcss-3jtxky-PromoWrapper"><a href="https://news.example/news/articles/c9w8e2d4n1ro"><span>Read more</span><p>How to prepare your home for a power cut</p></a></div>`, "How to prepare your home for a power cut"},
		{"promo with a subscribers' badge", `<section class="catcher"><a href="https://news.example/planete/article/2024/03/02/secheresse_6219412.html"><p><span>Lire aussi |</span> <span>Article réservé à nos abonnés</span> Sécheresse : les nappes du Roussillon au plus bas</p></a></section>`, "Sécheresse : les nappes du Roussillon au plus bas"},
		{"aside labelled related", `<aside class="gnt_em" aria-label="Related"><a href="/story/news/health/2024/06/20/heat-deaths/74150032007/"><div>Related</div><div>Heat deaths hit a record high last year, CDC data shows</div></a></aside>`, "Heat deaths hit a record high last year, CDC data shows"},
		{"rich link", `<aside class="element element-rich-link"><div data-component="rich-link"><a href="https://news.example/uk-news/2025/jan/13/how-are-storms-named"><div><span>Related: </span><span>How are storms named, and why is this one called Fenella?</span></div></a></div></aside>`, "How are storms named, and why is this one called Fenella?"},
		{"more by the author", `<div class="bio"><h4>More by Rowan Ellery</h4><ul><li><a href="/article/greenland-ice-melt/">Greenland’s ice sheet lost more mass than expected this summer</a></li></ul></div>`, "Greenland’s ice sheet lost more mass than expected this summer"},
		{"Hindi read-this-news-too", `<p><strong>ये खबर भी पढ़ें:</strong> <a href="/local/mp/bhopal/news/bada-talab-133912345.html">भोपाल में 12 साल बाद बड़े तालाब का सीमांकन</a></p>`, "भोपाल में 12 साल बाद बड़े तालाब का सीमांकन"},
		{"also watch box", `<div class="mpp-also-watch"><div class="mpp-section-title">Also Watch</div><a href="/videos/news/kochi-water-metro-trial-1.10110022"><span>Kochi Water Metro trial run reaches Kadamakkudy</span></a></div>`, "Kochi Water Metro trial run reaches Kadamakkudy"},
		{"go deeper box", `<div class="go-deeper"><h4>Go deeper</h4><ul><li><a href="/local/denver/2024/rtd-repairs">RTD finishes downtown light rail repairs after months of slow zones</a></li></ul></div>`, "RTD finishes downtown light rail repairs after months of slow zones"},
		{"keep-reading list", `<p><strong>Seguir leyendo:</strong></p><ul><li><a href="/salud/2025/11/20/mapa-vinchuca/">El mapa de la vinchuca: las provincias con mayor riesgo</a></li></ul>`, "El mapa de la vinchuca: las provincias con mayor riesgo"},
		{"more pieces from the section", `<div class="box"><h3>Más notas de Cultura y Espectáculos</h3><ul><li><a href="/cultura/charly-garcia-disco">Charly García anuncia un disco con canciones inéditas</a></li></ul></div>`, "Charly García anuncia un disco con canciones inéditas"},
		{"Croatian read more", `<p><strong>PROČITAJTE VIŠE:</strong> <a href="/vijesti/hrvatska/split-apartmani-15501187">U Splitu više apartmana nego stanova za život u staroj gradskoj jezgri</a></p>`, "U Splitu više apartmana nego stanova za život u staroj gradskoj jezgri"},
		{"Bosnian may-interest box", `<div class="box"><h3>Moglo bi vas zanimati</h3><ul><li><a href="/vijesti/bih/gras-trolejbusi/250101">GRAS dobio još deset novih trolejbusa</a></li></ul></div>`, "GRAS dobio još deset novih trolejbusa"},
		{"French read-also aside", `<aside class="ap-lire-aussi"><p class="ap-lire-aussi__label">Lire aussi</p><a href="/economie/2024/11/20/tarif-social-ZK3P4T/">Tarif social : qui y aura encore droit en 2025 ?</a></aside>`, "Tarif social : qui y aura encore droit en 2025 ?"},
		{"Swedish read more", `<p class="article__read-more"><strong>LÄS MER: </strong><a href="/kvallsposten/serie-smyckesstolder/">Serie smyckesstölder i Skåne – polisen söker vittnen</a></p>`, "Serie smyckesstölder i Skåne – polisen söker vittnen"},
		{"Indonesian editor's choice", `<p><strong>Pilihan Editor:</strong> <a href="/politik/mk-tolak-gugatan">MK Tolak Gugatan Sengketa Pilpres, Ini Poin-poin Putusannya</a></p>`, "MK Tolak Gugatan Sengketa Pilpres, Ini Poin-poin Putusannya"},
		{"also worth reading box", `<div class="box"><h3>Also worth reading</h3><ul><li><a href="/singapore/bto-may-launch">Over 6,800 flats in May BTO launch including first Plus flats</a></li></ul></div>`, "Over 6,800 flats in May BTO launch including first Plus flats"},
		{"Spanish more information", `<p>Más información: <a href="/es/consejo">El consejo aprueba el presupuesto de la ciudad</a></p>`, "El consejo aprueba el presupuesto de la ciudad"},
		{"German related topics box", `<div class="media_box"><h4>Verwandte Themen</h4><ul class="list"><li><a href="/news-46102/Fraport-vermarktet-Flaechen.html">Fraport vermarktet Flächen an Washingtoner Flughäfen</a></li><li><a href="/news-45943/Fraport-T3.html">Fraport geht 2025 mit Terminal 3 in die Testphase</a></li></ul></div>`, "Fraport vermarktet Flächen an Washingtoner Flughäfen"},
		{"Urdu read-more list", `<div><h2 id="مزید-پڑھیے">مزید پڑھیے</h2></div><ul><li><a href="/urdu/articles/c4ng">سموگ کیا ہے اور اس سے کیسے بچا جائے؟</a></li></ul>`, "سموگ کیا ہے اور اس سے کیسے بچا جائے؟"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<article><p>"+prose+"</p>"+tc.html+"<p>"+prose+"</p></article>")
			if strings.Contains(a.Text, tc.title) {
				t.Errorf("promo left in body: %q", a.Text)
			}
			if !slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == tc.title }) {
				t.Errorf("related = %+v, want %q among them", a.Related, tc.title)
			}
		})
	}
}

// TestPromoLabelInSentenceKept: a promo label that opens a sentence
// without its colon ("Más información en el teléfono …") is the story.
func TestPromoLabelInSentenceKept(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`</p><p>Más información en el teléfono 900 100 200 o en <a href="/info">la web del ayuntamiento</a>.</p><p>`+prose+`</p></article>`)
	if !strings.Contains(a.Text, "Más información en el teléfono") {
		t.Errorf("sentence dropped: %q", a.Text)
	}
	if len(a.Related) > 0 {
		t.Errorf("related = %+v, want none", a.Related)
	}
}

// TestLinkClassDoesNotCutSentence: a link whose class names the site's
// footer stays in its sentence, and the footer around it does not win the
// content choice once its links are gone.
func TestLinkClassDoesNotCutSentence(t *testing.T) {
	links := strings.Repeat(`<a class="footerLink" href="/a">The Daily Example Paper</a>; `, 30)
	a := extractNoFallback(t, `<body><table><tr><td><h1>Bulls close in on a new coach</h1><p>`+prose+`</p></td></tr></table>
<p>The News, a division of Example Media, 352 East River Road, New Glasgow, Nova Scotia. Contents of this website are copyright, all rights reserved, by The News. This site is part of the Example Network, which includes these daily papers: `+links+`</p></body>`)
	if !strings.Contains(a.Text, "council voted") {
		t.Errorf("article lost to the footer: %q", a.Text)
	}
	if strings.Contains(a.Text, "Example Network") {
		t.Errorf("footer in body: %q", a.Text)
	}
}

// TestWidgetTitleStopsAtArticle: a widget title next to a short article
// never takes the article's wrapper with it.
func TestWidgetTitleStopsAtArticle(t *testing.T) {
	a := extractNoFallback(t, `<body><div id="container"><div><h1>Short story</h1><p>`+prose+`</p></div>
<div><h3>More News</h3><a href="/x">Another headline</a></div></div></body>`)
	if !strings.Contains(a.Text, "council voted") {
		t.Errorf("article dropped with the widget: %q", a.Text)
	}
}

// TestWidgetTitleUnderStoryText: a widget title set in the story's own
// column, after its text, takes the widget below it, not the column.
func TestWidgetTitleUnderStoryText(t *testing.T) {
	var b strings.Builder
	b.WriteString("<body><article>")
	for i := range 6 {
		fmt.Fprintf(&b, "<section><h2>Part %d</h2><p>%s</p><p>%s</p>", i, prose, prose)
		if i == 2 {
			b.WriteString(`<p>Zero waste outside the home starts with the bags you carry.</p><p>Related:</p><ul><li><a href="/a">Another story from the same council meeting</a></li></ul>`)
		}
		b.WriteString("</section>")
	}
	b.WriteString("</article></body>")
	a := extractNoFallback(t, b.String())
	if !strings.Contains(a.Text, "Zero waste outside") {
		t.Errorf("story text went with the widget: %q", a.Text)
	}
}

// TestWidgetsBetweenParagraphs: a site's own list of stories that a
// template sets inside the story's text, under a title that names it
// ("Trending Stories", Nexstar's stations; Italian "Da non perdere";
// Chinese rankings and trending searches, "24小时热文排行", "新华热搜"),
// goes with its title; the paragraphs around it stay.
func TestWidgetsBetweenParagraphs(t *testing.T) {
	for _, title := range []string{"Trending Stories", "Da non perdere", "24小时热文排行", "新华热搜", "Читайте на РБК Pro"} {
		t.Run(title, func(t *testing.T) {
			a := extractString(t, `<body><article><h1>Rates rise in June</h1><div class="article-content"><p>`+prose+`</p><div class="article-list article-list--trending"><h3 class="article-list__heading">`+title+`</h3><ul><li><a href="/news/a/">New store in the east of town sets opening date</a></li><li><a href="/news/b/">Sales tax holiday: what is tax free this year</a></li></ul></div><p>Customers in the top tier will pay three times as much for each additional unit.</p><h2>Tips to lower your bill</h2><p>`+prose+`</p></div></article></body>`)
			if strings.Contains(a.Text, "New store") || strings.Contains(a.Text, title) {
				t.Errorf("widget left in the body: %q", a.Text)
			}
			if !strings.Contains(a.Text, "Customers in the top tier") {
				t.Errorf("story text after the widget lost: %q", a.Text)
			}
		})
	}
}

// TestLanguageVersionsAfterStory: a titled list of the page in other
// languages ("Alternate Versions: Español", NIH) is no part of the story.
func TestLanguageVersionsAfterStory(t *testing.T) {
	for _, title := range []string{"Alternate Versions", "Other languages"} {
		t.Run(title, func(t *testing.T) {
			a := extractString(t, `<body><main><h1>Some myths about nutrition</h1><p>`+prose+`</p><h2>Clinical trials</h2><p>`+prose+`</p><h3>`+title+`</h3><ul><li><a href="https://health.example/es/mitos">Español</a></li></ul></main></body>`)
			if strings.Contains(a.Text, "Español") || strings.Contains(a.Text, title) {
				t.Errorf("language versions left in the body: %q", a.Text)
			}
			if !strings.Contains(a.Text, "Clinical trials") {
				t.Errorf("story's section lost: %q", a.Text)
			}
		})
	}
}

// TestPromoAmongStoryParagraphs: a promo label with its links set in a
// paragraph of the story's section box (CNBC's "More from Personal
// Finance:" inside div.group) moves with its links alone; the story's
// paragraphs before and after it stay.
func TestPromoAmongStoryParagraphs(t *testing.T) {
	a := extractString(t, `<html><body><article><h1>Mortgage rates fall to a six-month low</h1><div class="ArticleBody"><div class="group">`+strings.Repeat(`<p>`+prose+`</p>`, 8)+`</div><h2>What buyers should know</h2><div class="group"><p>Experts say the drop is welcome but warn that rates can move quickly, so buyers should compare several lenders before they make an offer.</p><p><strong>More from Personal Finance:</strong><br><a href="https://news.example/2025/03/03/best-mortgage-rate.html">How to qualify for the best mortgage rate this spring</a><br><a href="https://news.example/2025/02/27/insurance-premiums.html">Homeowners insurance premiums keep climbing</a></p><p>Economists expect rates to hover between 6.25% and 6.75% through the spring, though a hotter inflation report could push them back toward 7%.</p><p>"This is a window, not a new normal," said the firm's chief economist. "Nobody should count on rates falling much further from here."</p></div></div></article></body></html>`)
	for _, want := range []string{"Experts say the drop", "Economists expect rates", "Nobody should count"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("story text %q lost with the promo: %q", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "How to qualify") {
		t.Errorf("promo links left in the body: %q", a.Text)
	}
}

// TestPictureCardBetweenParagraphs: a link wrapping a picture and a
// headline, set after a paragraph of the story, is a teaser card: it goes
// to Related under its headline, not its kicker or badge. The same links
// in a list are a menu, and a picture linked to its own file stays.
func TestPictureCardBetweenParagraphs(t *testing.T) {
	card := `<section class="box teaser"><a href="/auto-batterie-winter-ratgeber-71379.html"><figure><span class="badge">Ratgeber</span><img src="/b.jpg" alt=""></figure><div class="teaser__content"><span class="teaser__roofline">Autobatterie im Winter: Pflege-Tipps bei Kälte</span><span class="teaser__headline">So kommt die Autobatterie unbeschadet durch die kalte Jahreszeit</span></div></a></section>`
	a := extractString(t, `<article><p>`+prose+`</p>`+card+`<p>`+prose+`</p></article>`)
	if strings.Contains(a.Text, "Autobatterie") {
		t.Errorf("card left in the body: %q", a.Text)
	}
	if want := "So kommt die Autobatterie unbeschadet durch die kalte Jahreszeit"; !slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == want }) {
		t.Errorf("related = %+v, want %q", a.Related, want)
	}
	menu := `<ul><li><a href="/solutions/retail"><img src="/r.svg" alt=""><div class="name">Retail</div><div>Analytics and collaboration tools for the retail value chain.</div></a></li></ul><ul><li><a href="/solutions/games"><img src="/g.svg" alt=""><div class="name">Games</div><div>AI-driven solutions to build and scale games faster.</div></a></li></ul>`
	a = extractString(t, `<article><p>`+prose+`</p>`+menu+`<p>`+prose+`</p></article>`)
	if len(a.Related) > 0 {
		t.Errorf("menu read as cards: %+v", a.Related)
	}
	zoom := `<p><a href="/images/bridge-large.jpg"><img src="/images/bridge.jpg" alt=""><span>The new bridge over the river at dawn</span></a></p>`
	a = extractString(t, `<article><p>`+prose+`</p>`+zoom+`<p>`+prose+`</p></article>`)
	if len(a.Related) > 0 {
		t.Errorf("picture linked to its file read as a card: %+v", a.Related)
	}
}

// TestGalleryCardTitle: a gallery card's related title is its caption,
// not the label over its pictures ("Bilderstrecke starten").
func TestGalleryCardTitle(t *testing.T) {
	card := `<a href="/webapps/google-translate/gallery/fails/" class="alice-teaser-itemstream"><figure class="alice-figure"><div class="alice-image"><img src="/a.jpg" alt=""></div><div class="alice-figure-overlay"><div class="alice-icon-label"><span class="alice-icon-label-title">Bilderstrecke starten</span><span class="alice-icon-label-subtitle">(16 Bilder)</span></div></div><figcaption class="alice-figure-caption">Google Übersetzer: Fails, Fun und lustige Ergebnisse</figcaption></figure></a>`
	a := extractString(t, `<article><p>`+prose+`</p>`+card+`<p>`+prose+`</p></article>`)
	if want := "Google Übersetzer: Fails, Fun und lustige Ergebnisse"; !slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == want }) {
		t.Errorf("related = %+v, want %q", a.Related, want)
	}
}

// TestLinksUnderWidgetTitle: a related title standing in the story's flow
// takes the link list after it to Related, and no paragraph of the story.
func TestLinksUnderWidgetTitle(t *testing.T) {
	a := extractNoFallback(t, `<body><div id="main"><div class="post"><p>`+prose+`</p><p>Related posts:</p><ul><li><a href="/a">Another story from the same council meeting</a></li></ul><p>Bus fares stay the same for another year, the council said after the vote.</p></div></div></body>`)
	if strings.Contains(a.Text, "Another story") {
		t.Errorf("related links left in the body: %q", a.Text)
	}
	if len(a.Related) != 1 || a.Related[0].Title != "Another story from the same council meeting" {
		t.Errorf("Related = %+v", a.Related)
	}
	if !strings.Contains(a.Text, "Bus fares stay") {
		t.Errorf("story text after the list lost: %q", a.Text)
	}
}

// TestWidgetTitleBelowShortStory: a widget title after a story too short
// to outweigh a widget ("Say your words" over the comment form) drops
// only its own part, not the box the story shares with it.
func TestWidgetTitleBelowShortStory(t *testing.T) {
	a := extractNoFallback(t, `<html><head><title>Number two: Leo</title></head><body><div id="content"><div class="post"><h2 class="posttitle">Number two: Leo</h2>
<div class="postentry"><p>It has been some time since Henry arrived. A few days ago Leo made it too, number two.</p></div></div>
<h2 id="postcomment">Say your words</h2><form><p><input name="author"> Name (required)</p></form></div>
<div id="sidebar"><ul><li><h2>Categories</h2><ul><li><a href="/c/a">games (5)</a></li><li><a href="/c/b">film (19)</a></li></ul></li></ul></div></body></html>`)
	if !strings.Contains(a.Text, "Leo made it too") {
		t.Errorf("story dropped with the comment form: %q", a.Text)
	}
}

// TestCaptionOutOfText: a figure keeps its caption on its block, but the
// running text carries only the article's prose.
func TestCaptionOutOfText(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`</p><figure><img src="/p.jpg" alt="Depot"><figcaption>Foto: Ana Ruiz/Example Agency</figcaption></figure><p>`+prose+`</p></article>`)
	if strings.Contains(a.Text, "Ana Ruiz") {
		t.Errorf("caption in text: %q", a.Text)
	}
	var caption string
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == Figure {
				caption = b.Text
			}
		}
	}
	if caption != "Foto: Ana Ruiz/Example Agency" {
		t.Errorf("figure caption = %q", caption)
	}
}

// TestWordPressCaptions: WordPress's caption, a figcaption or a <p> in its
// classic caption box, and Blogger's caption cell are the picture's
// caption, out of the text, credit and all.
func TestWordPressCaptions(t *testing.T) {
	cases := []struct{ name, html string }{
		{"figcaption in a figure", `<figure class="wp-caption aligncenter"><img src="/boats.jpg" alt="Boats"><figcaption class="wp-caption-text">Houseboats on Lake Powell.</figcaption></figure>`},
		{"classic box", `<div id="attachment_12" class="wp-caption aligncenter"><img src="/boats.jpg" alt="Boats"><p class="wp-caption-text">Houseboats on Lake Powell.</p></div>`},
		{"classic box, credited", `<div class="wp-caption alignleft"><a href="/boats.jpg"><img src="/boats.jpg" alt="Boats"></a><p class="wp-caption-text">Houseboats on Lake Powell. (Reuters)</p></div>`},
		{"Blogger's table", `<table class="tr-caption-container" style="margin-left: auto"><tbody><tr><td><a href="/boats.jpg"><img src="/boats.jpg"></a></td></tr><tr><td class="tr-caption">Houseboats on Lake Powell.</td></tr></tbody></table>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractBetweenProse(t, tc.html)
			f, ok := firstOfType(a, Figure)
			if !ok || f.Src != "https://news.example/boats.jpg" || !strings.HasPrefix(f.Text, "Houseboats on Lake Powell.") {
				t.Errorf("figure %+v (found %v), want the picture with its caption", f, ok)
			}
			if strings.Contains(a.Text, "Houseboats") {
				t.Errorf("caption in the text: %q", a.Text)
			}
		})
	}
}

// TestSectionHeaders: a <header> that heads a part of the story, after
// some of its text, keeps its heading; the story's own header, a teaser's
// and a gallery button's still go.
func TestSectionHeaders(t *testing.T) {
	cases := []struct {
		name, html, probe string
		kept              bool
	}{
		{"part of the story", `<section><header><h2>The small-angle result</h2></header><p>` + prose + `</p></section>`, "The small-angle result", true},
		{"story's header", `<header><h2>Budget passes: council approves spending plan</h2><p>By Ana Ruiz</p></header>`, "spending plan", false},
		{"gallery button", `<div role="button" class="gallery-btn"><header><h2>Budget night in pictures</h2></header><img src="/a.jpg"></div>`, "in pictures", false},
		{"more about the story", `<div class="box"><header><h3>More about Council approves the budget after a long night</h3></header><p>` + prose + `</p></div>`, "More about", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Council approves the budget after a long night</title><meta property="og:title" content="Budget passes: council approves spending plan | City News"></head>` +
				`<body><article><h1>Council approves the budget after a long night</h1><p>` + prose + `</p>` + tc.html + `<p>` + prose + `</p></article></body></html>`
			a := extractNoFallback(t, page)
			var got []string
			for _, s := range a.Sections {
				got = append(got, s.Heading)
			}
			if kept := strings.Contains(a.Text+strings.Join(got, "|"), tc.probe); kept != tc.kept {
				t.Errorf("%q kept = %v, want %v: headings %q, text %q", tc.probe, kept, tc.kept, got, a.Text)
			}
		})
	}
}

// TestWordPressComAds: WordPress.com's ad slot, its "Advertisements"
// label and the box it sits in, leaves the body, between paragraphs too.
func TestWordPressComAds(t *testing.T) {
	cases := []struct{ name, html string }{
		{"slot", `<div class="wpcnt"><div class="wpa"><span class="wpa-about">Advertisements</span><div class="u top_amp"></div></div></div>`},
		{"label alone", `<p>Advertisements</p>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractBetweenProse(t, tc.html)
			if strings.Contains(a.Text, "Advertisements") {
				t.Errorf("ad label in the body: %q", a.Text)
			}
		})
	}
}

// TestVisibleHalfOfScreenReaderPair: an aria-hidden value beside its
// screen-reader wording is what readers see ("20 mins"); aria-hidden
// text alone still goes.
func TestVisibleHalfOfScreenReaderPair(t *testing.T) {
	cases := []struct {
		name, html, want, gone string
	}{
		{"recipe time", `<p>Prep Time <span class="wprm-recipe-details">20<span class="sr-only screen-reader-text"> minutes</span></span> <span class="wprm-recipe-details-unit" aria-hidden="true">mins</span></p>`, "Prep Time 20 mins", "minutes"},
		{"table cell", `<table><tr><th>Team</th><th>Form</th></tr><tr><td>Arsenal</td><td><span class="visually-hidden">Won</span><span aria-hidden="true">W</span></td></tr><tr><td>Chelsea</td><td><span class="visually-hidden">Lost</span><span aria-hidden="true">L</span></td></tr></table>`, "Arsenal\tW", "Won"},
		{"hidden alone", `<p>Turnout was high.<span aria-hidden="true"> Decorative echo text.</span></p>`, "Turnout was high.", "echo"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractBetweenProse(t, tc.html)
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("text lacks %q: %q", tc.want, a.Text)
			}
			if strings.Contains(a.Text, tc.gone) {
				t.Errorf("text holds %q: %q", tc.gone, a.Text)
			}
		})
	}
}

// extractNoFallback runs our own content choice only, so a test sees what
// the rules did rather than what go-readability rescued.
func extractNoFallback(t *testing.T, page string) *Article {
	t.Helper()
	a, err := Extract([]byte(page), &Options{URL: "https://news.example/2024/05/01/story", NoFallback: true})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return a
}

// TestLongCommentThreadDropped: a comment thread longer than the story
// still leaves the body, while a wrapper that holds the headline stays.
func TestLongCommentThreadDropped(t *testing.T) {
	comment := `<div class="individual"><span>reader42</span><p>I have read this story twice and I still think the council is wrong about the buses, the bridges and the library, all of it.</p></div>`
	a := extractNoFallback(t, `<body><div class="wrapper"><h1>Council passes budget</h1><p>`+prose+`</p>
<div id="comments"><h3>Comments</h3>`+strings.Repeat(comment, 6)+`</div></div></body>`)
	if strings.Contains(a.Text, "read this story twice") {
		t.Errorf("comment thread in body: %q", a.Text)
	}
	if !strings.Contains(a.Text, "council voted") {
		t.Errorf("article lost: %q", a.Text)
	}
}

func TestHeadingKey(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Latest News:", "latest news"},
		{"53 Comments", "comments"},
		{"Comments (12)", "comments"},
		{"  Have  your say » ", "have your say"},
		{"Comments (none)", "comments (none)"},
		{"Top 10", "top 10"},
		{"相关阅读：", "相关阅读"},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			if got := headingKey(tc.in); got != tc.want {
				t.Errorf("headingKey(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestPromoLabelBesideLink: a bold label and its link inside a larger
// block go to Related; the block's own text stays.
func TestPromoLabelBesideLink(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`</p><p>(Editor's note: the writer was well aware of that, being a fan himself!)
<br><b>Previous story:</b> <a href="/2024/04/29/lindsay">Lindsay off wagon, hops on a crazy train</a><br>
<b>Next story:</b> <a href="javascript:void(0)">Make-it or break-it year ahead</a></p></article>`)
	want := []Related{
		{Title: "Lindsay off wagon, hops on a crazy train", URL: "https://news.example/2024/04/29/lindsay"},
		{Title: "Make-it or break-it year ahead"},
	}
	if !slices.Equal(a.Related, want) {
		t.Errorf("related = %+v, want %+v", a.Related, want)
	}
	if strings.Contains(a.Text, "Previous story") || strings.Contains(a.Text, "crazy train") {
		t.Errorf("promo left in body: %q", a.Text)
	}
	if !strings.Contains(a.Text, "Editor's note") {
		t.Errorf("block text lost: %q", a.Text)
	}
}

// TestHiddenStreamingContainerKept: React's streamed server rendering parks
// the page in <div hidden id="S:0"> until a script moves it into place; that
// is shown to readers, other hidden blocks are not.
func TestHiddenStreamingContainerKept(t *testing.T) {
	a := extractNoFallback(t, `<body><div id="root"></div><div hidden id="S:0"><article><h1>Budget passes</h1><p>`+prose+`</p><p>`+prose+`</p></article></div>
<div hidden><p>A hidden promo that is long enough to count as prose but holds little of the page.</p></div></body>`)
	if !strings.Contains(a.Text, "council voted") {
		t.Errorf("streamed article lost: %q", a.Text)
	}
	if strings.Contains(a.Text, "hidden promo") {
		t.Errorf("small hidden block kept: %q", a.Text)
	}
}

// TestMainNotDroppedByToken: <main id="skip-main"> is where skip links
// lead, not a skip link; a furniture token does not drop <main>.
func TestMainNotDroppedByToken(t *testing.T) {
	a := extractNoFallback(t, `<body><a class="skip-link" href="#skip-main">Zum Hauptinhalt springen</a><main id="skip-main"><article><p>`+prose+`</p></article></main></body>`)
	if !strings.Contains(a.Text, "council voted") {
		t.Errorf("article in <main id=skip-main> lost: %q", a.Text)
	}
}

// TestSocialContentWrapperKept: a story wrapper that also carries a share
// class ("post-content social-ready") is the story, however strong the
// share token is on a small box.
func TestSocialContentWrapperKept(t *testing.T) {
	a := extractNoFallback(t, `<body><div class="post-content social-ready"><p>`+prose+`</p><p>`+prose+`</p></div></body>`)
	if !strings.Contains(a.Text, "council voted") {
		t.Errorf("story in a social-ready wrapper lost: %q", a.Text)
	}
}

// TestStrongTokenNotFromIDs: ASP.NET ids join every control name on the
// way down ("ctl00_ContentPlaceHolder_article_FooterWebPart_Article"), so
// a strong word in an id says nothing of the box: only classes count.
func TestStrongTokenNotFromIDs(t *testing.T) {
	a := extractNoFallback(t, `<body><div id="articleBody"><div id="ctl00_ContentPlaceHolder_article_FooterWebPart_Article"><p>Former attorney general among those asking the judge to recognise him as a child soldier.</p></div><p>`+prose+`</p><p>`+prose+`</p></div></body>`)
	if !strings.Contains(a.Text, "child soldier") {
		t.Errorf("box with an ASP.NET id lost: %q", a.Text)
	}
}

// TestStrongTokensAreFurniture: a strong token is one of the furniture
// tokens, whose reason the verdict quotes.
func TestStrongTokensAreFurniture(t *testing.T) {
	for w := range strongTokens {
		if boilerTokens[w] == "" {
			t.Errorf("strong token %q has no boilerTokens entry", w)
		}
	}
}

// TestPaywallParagraphsKept: a paragraph marked "paywall" is gated text of
// the story, long or short; the prompt box beside it goes.
func TestPaywallParagraphsKept(t *testing.T) {
	a := extractNoFallback(t, `<body><article><p>`+prose+`</p><p class="body-paragraph paywall">`+prose+` The minister spoke in Seoul.</p><p class="body-paragraph paywall">He declined to comment further.</p><div class="paywall"><h2>Continue reading this post for free</h2><button>Claim my free post</button></div></article></body>`)
	checkText(t, a.Text, []string{"spoke in Seoul", "declined to comment"}, []string{"Continue reading"})
}

// TestRailLayoutKeepsArticle: a layout wrapper named after the rail it
// makes room for ("with-right-rail") holds the article; only the rail goes.
func TestRailLayoutKeepsArticle(t *testing.T) {
	a := extractNoFallback(t, `<body><div class="layout with-right-rail"><div class="main"><p>`+prose+`</p><p>`+prose+`</p></div>`+
		`<div class="right-rail"><p>Jane Roe joins the board of a regional bank as its new chair.</p></div></div></body>`)
	if !strings.Contains(a.Text, "council voted") || strings.Contains(a.Text, "Jane Roe") {
		t.Errorf("text = %q, want the article without the rail", a.Text)
	}
}

func TestTokenID(t *testing.T) {
	cases := []struct{ id, want string }{
		{"sharing-with-a-single-developer", ""}, // a heading's slug
		{"the-end-of-comments", ""},
		{"share-buttons", "share-buttons"},
		{"td-post-sharing", "td-post-sharing"},
		{"ctl00_BannerBar_CreativeAdvert2", "ctl00_BannerBar_CreativeAdvert2"},
		{"mostViewed", "mostViewed"},
	}
	for _, tc := range cases {
		t.Run(tc.id, func(t *testing.T) {
			n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "id", Val: tc.id}}}
			if got := tokenID(n); got != tc.want {
				t.Errorf("tokenID(%q) = %q, want %q", tc.id, got, tc.want)
			}
		})
	}
}

// TestSlugIDKeepsSection: documentation generators give every section the
// slug of its heading as id; "sharing-with-…" is no share bar.
func TestSlugIDKeepsSection(t *testing.T) {
	a := extractString(t, `<article><h1>Evolve</h1><p>`+prose+`</p><div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2><p>`+prose+`</p></div></article>`)
	found := false
	for _, s := range a.Sections {
		if s.Heading == "Sharing with a single developer" {
			found = true
		}
	}
	if !found {
		t.Errorf("section dropped by its slug id: %+v", a.Sections)
	}
}

// TestButtonLinkToStory checks that a lone button whose label is a
// story's title goes to Related, not away; one that leads to the site's
// front page (a sign-up panel opened by its fragment) names no story
// and leaves the body without a Related entry.
func TestButtonLinkToStory(t *testing.T) {
	cases := []struct{ name, href, related string }{
		{"story", "/types-of-meditation", "Which type of meditation is right for you?"},
		{"front page with a fragment", "https://notes.example.com/#/portal/signup", ""},
		{"plain permalink", "https://notes.example.com/?p=123", "Which type of meditation is right for you?"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(`<article><p>`+prose+`</p><p><a class="btn" href="`+tc.href+`">Which type of meditation is right for you?</a></p><p>`+prose+`</p></article>`), &Options{URL: "https://notes.example.com/a-story/"})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(a.Text, "Which type") {
				t.Errorf("button link left in body: %q", a.Text)
			}
			got := ""
			if len(a.Related) == 1 {
				got = a.Related[0].Title
			}
			if len(a.Related) > 1 || got != tc.related {
				t.Errorf("related = %+v, want %q", a.Related, tc.related)
			}
		})
	}
}

// TestLongSidebarDropped: an <aside> whose teaser blurbs outweigh a short
// story still leaves the body; only a box holding the headline is kept.
func TestLongSidebarDropped(t *testing.T) {
	blurb := `<li><p>Accusations de viols : des militaires mis en cause, certains identifiés par les enquêteurs qui ont entendu plusieurs enfants dans le camp de déplacés, selon une source proche du dossier.</p></li>`
	page := `<html><body><div class="grid"><div class="col"><h1>Une jupe pas très laïque provoque une exclusion</h1><p>` + prose + `</p><p>` + prose + `</p></div><aside id="sidebar"><ul>` + strings.Repeat(blurb, 6) + `</ul></aside></div></body></html>`
	a := extractNoFallback(t, page)
	if strings.Contains(a.Text, "Accusations de viols") {
		t.Errorf("sidebar left in body: %q", a.Text)
	}
	if !strings.Contains(a.Text, prose[:40]) {
		t.Errorf("story lost: %q", a.Text)
	}
}

// TestSponsoredSectionDropped: a newsletter's sponsor copy under a
// heading labelled as an ad ("Advertisement: New AI Book!", "...
// (Sponsored)") leaves with the heading, up to the next heading; a
// heading that only mentions advertising stays.
func TestSponsoredSectionDropped(t *testing.T) {
	cases := []struct{ name, heading string }{
		{"label first", "Advertisement: New AI Book!"},
		{"label in brackets last", "New AI Book for leaders (Sponsored)"},
		{"German label in square brackets", "Neues KI-Buch [Anzeige]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<article><h2>What's On My Mind</h2><p>`+prose+`</p>
<h2>`+tc.heading+`</h2><p>In Almost Timeless, an expert provides the definitive playbook for leaders.</p><p>Get your copy today at any bookshop.</p>
<h2>How advertising pays for news</h2><p>`+prose+` Advertisers once paid for most of it.</p></article>`)
			if strings.Contains(a.Text, "Almost Timeless") || strings.Contains(a.Text, tc.heading) {
				t.Errorf("sponsored section left in body: %q", a.Text)
			}
			if !strings.Contains(a.Text, "Advertisers once paid") || !strings.Contains(a.Text, "How advertising pays") {
				t.Errorf("section after the ad lost: %q", a.Text)
			}
		})
	}
}

// TestShopSectionDropped checks that a "Where to buy" heading goes with
// the retailer links under it, while a shopping heading over prose, or one
// that names a store finder, stays.
func TestShopSectionDropped(t *testing.T) {
	cases := []struct {
		name, section, probe string
		dropped              bool
	}{
		{"retailer links", `<h3>WHERE TO BUY</h3><p><a href="https://shop.example/a"><strong>B&amp;H Photo</strong></a></p><p><a href="https://shop.example/b">Amazon</a></p>`, "B&H Photo", true},
		{"buy now from partners", `<h3>Buy now from one of our trusted retail partners:</h3><p><a href="https://shop.example/a">Shop A</a> <a href="https://shop.example/b">Shop B</a></p>`, "trusted retail partners", true},
		{"prose under the heading", `<h3>Where to buy</h3><p>` + prose + `</p>`, "Where to buy", false},
		{"store finder", `<h3>Where to buy our plants near you:</h3><p><a href="/stores/a">Garden Centre North</a></p>`, "Garden Centre North", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<article><h2>Camera review</h2><p>`+prose+`</p>`+tc.section+`<h2>Verdict</h2><p>`+prose+`</p></article>`)
			if got := strings.Contains(a.Text, tc.probe); got == tc.dropped {
				t.Errorf("%q in body = %v, want %v: %q", tc.probe, got, !tc.dropped, a.Text)
			}
			if !strings.Contains(a.Text, "Verdict") {
				t.Errorf("next section lost: %q", a.Text)
			}
		})
	}
}

func TestIsReadingTime(t *testing.T) {
	cases := []struct {
		key  string
		want bool
	}{
		{"5 min read", true},
		{"bridgestone team | 5 min read", true},
		{"3 min. lesezeit", true},
		{"12 minutes read", true},
		{"a quick min read", false},
		{"how we read", false},
	}
	for _, tc := range cases {
		t.Run(tc.key, func(t *testing.T) {
			if got := isReadingTime(tc.key); got != tc.want {
				t.Errorf("isReadingTime(%q) = %v, want %v", tc.key, got, tc.want)
			}
		})
	}
}

func TestPrecedes(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id=a><p id=b>x</p><div id=c><span id=d>y</span></div></div><p id=e>z</p>`))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*html.Node{}
	walk(doc, func(n *html.Node) bool {
		if id := attr(n, "id"); id != "" {
			byID[id] = n
		}
		return true
	})
	cases := []struct {
		a, b string
		want bool
	}{
		{"b", "d", true}, {"d", "b", false}, {"d", "e", true}, {"e", "a", false},
		{"a", "d", false}, // d is inside a
		{"d", "c", false}, // d is inside c
		{"b", "b", false},
	}
	for _, tc := range cases {
		if got := precedes(byID[tc.a], byID[tc.b]); got != tc.want {
			t.Errorf("precedes(%s, %s) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestCamelCompoundIn(t *testing.T) {
	cases := []struct {
		raw  string
		want bool
	}{
		{"Containers_module_Flat__d6 AuthorBio_module_AuthorBio__28ccf509", true},
		{"c-PostAuthor", true},
		{"PageAuthor BoxShadow", false}, // "author" and "box" stand in two values
		{"AuthorName", false},
		{"ÄrgerAuthorBio", true},
	}
	for _, tc := range cases {
		if _, got := camelCompoundIn(tc.raw, boilerCompounds); got != tc.want {
			t.Errorf("camelCompoundIn(%q) = %v, want %v", tc.raw, got, tc.want)
		}
	}
}

// TestLinkDirectory checks that a long list of short links to the site's
// own pages (an index of towns or names) leaves the body, and that lists
// of links an article offers do not.
func TestLinkDirectory(t *testing.T) {
	links := func(n int, href, text string) string {
		var b strings.Builder
		b.WriteString("<ul>")
		for i := range n {
			fmt.Fprintf(&b, `<li><a href="%s%d/">%s %d</a></li>`, href, i, text, i)
		}
		b.WriteString("</ul>")
		return b.String()
	}
	cases := []struct {
		name, list, probe string
		kept              bool
	}{
		{"index of towns", links(60, "/movers/ny/town-", "Town movers"), "Town movers 59", false},
		{"index of names with long entries", links(45, "/people/", "Village of the Branch"), "Village of the Branch 44", false},
		{"list of sources", links(25, "/guides/", "Guide"), "Guide 24", true},
		{"index of other sites", links(60, "https://elsewhere.example/t", "Town"), "Town 59", true},
		{"long link titles", links(50, "/news/", "Council votes to keep the bus depot open after a long night"), "long night 49", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, "<article><p>"+prose+"</p>"+tc.list+"<p>"+prose+"</p></article>")
			wantInBody(t, a, tc.probe, tc.kept)
		})
	}
}

// TestButtonLabels: tool bars and lone button labels go, the same words
// inside a sentence stay.
func TestButtonLabels(t *testing.T) {
	cases := []struct {
		name, html, probe string
		kept              bool
	}{
		{"print and e-mail items", `<ul id="topToolLinks"><li><a href="#">Print Article</a></li><li><a href="#">Email Article</a></li><li>Change Type Size</li></ul>`, "Email Article", false},
		{"labels run together", `<div class="x"><a href="#">E-mail this to a friend</a><a href="/p">Printable version</a></div>`, "Printable version", false},
		{"page mail link", `<p><a href="/Content/Email_To_A_Friend/1,11492,,00.html">Email this page to friends</a></p>`, "Email this page", false},
		{"tool table of print and refer links", `<table><tr><td><img src="/i/print.gif" alt=""></td><td><a href="/print?id=1">Print article</a></td></tr><tr><td><img src="/i/mail.gif" alt=""></td><td><a href="/refer?id=1">Refer to a friend</a></td></tr></table>`, "Refer to a friend", false},
		{"spanish mail item", `<ul><li><a href="/utils/boxes/email.php?id=1" title="Enviar por mail"><i class="fa fa-envelope"></i> Enviar por mail</a></li></ul>`, "Enviar por mail", false},
		{"spanish mail phrase in a sentence", `<p>Puede enviar por mail su consulta a la redacción antes del lunes.</p>`, "enviar por mail su consulta", true},
		{"text size control", `<div class="sizer">[<a href="#">-</a>] <a href="#">Text</a> [<a href="#">+</a>]</div>`, "Text", false},
		{"linked site names", `<div class="ssba"><a href="https://f.example/s"><div>Facebook</div></a><a href="https://r.example/s"><div>Reddit</div></a></div>`, "Reddit", false},
		{"bookmark label and site names", `<div id="bookmark"><p>Bookmark:</p><div>Del.icio.us</div><div>Digg</div></div>`, "Digg", false},
		{"buttons in a date line", `<p>Mon Jan 14, 2008<br><a href="/e">Email this</a> | <a href="/p">Print this article</a></p>`, "Print this", false},
		{"site names unlinked", `<p>Facebook Twitter</p>`, "Facebook Twitter", true},
		{"label inside a sentence", `<p>To keep a copy, press <a href="/p">Printable version</a> at the top of the page.</p>`, "Printable version", true},
		{"furniture phrase inside a sentence", `<p>To keep a copy, press <a href="/p">Print this article</a> at the top of the page.</p>`, "Print this article", true},
		{"furniture label inside a sentence", `<p>Now it is time to <a href="/shop">print</a> and assemble the invitations.</p>`, "time to print and", true},
		{"section heading", `<h2>Font size</h2><p>` + prose + `</p>`, "Font size", true},
		{"lone byline label", `<p>Text</p>`, "Text", true},
		{"share label over a widget", `<div class="box"><p><b>Share this story</b></p><p>Tell your friends about this story with the links below or copy its address.</p></div>`, "Tell your friends", false},
		{"share button", `<div class="at_link"><a href="#">Share Article</a></div>`, "Share Article", false},
		{"return link", `<div id="foot_links"><p><a href="#top">Return to Top</a></p></div>`, "Return to Top", false},
		{"caption toggle", `<div class="details"><div id="vdt_show">Show Caption</div></div>`, "Show Caption", false},
		{"resize control with picture buttons", `<div id="storyTextResize"><img class="down" src="/icons/button_minus.png"><img class="up" src="/icons/button_add.png"><span>Resize text</span></div>`, "Resize text", false},
		{"text size buttons", `<div class="tools"><span>Enlarge Text</span> <span>Reduce Text</span></div>`, "Enlarge Text", false},
		{"call to action", `<div class="card"><p><a href="/about">Learn More</a></p></div>`, "Learn More", false},
		{"sales call to action", `<div><h3>Centralize your training</h3><a class="inline-flex rounded-lg px-4" href="/demo"> Book a demo </a></div>`, "Book a demo", false},
		{"demo named in a sentence", `<p>Teams that <a href="/demo">book a demo</a> get a walk-through of the reports.</p>`, "book a demo get", true},
		{"review link under a pick", `<ul><li><a href="/reviews/x">Read the review</a></li></ul>`, "Read the review", false},
		{"invitation inside a sentence", `<p>You can <a href="/about">learn more</a> about the club on its own site.</p>`, "can learn more about", true},
		{"review link on its line under a heading in one box", `<div class="card"><h3>JMGO N1</h3><a class="card-button" href="/reviews/jmgo">Read The Review</a></div>`, "Read The Review", false},
		{"toggle after a break", `<div>Updated on Tuesday<br><a href="#more">See more</a></div>`, "See more", false},
		{"invitation after words on its line", `<div><h3>JMGO N1</h3>Our pick, and <a href="/reviews/jmgo">read the review</a></div>`, "read the review", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, "<article><p>"+prose+"</p>"+tc.html+"<p>"+prose+"</p></article>")
			wantInBody(t, a, tc.probe, tc.kept)
		})
	}
}

// TestRelatedPaneOutweighingStory: a box classed as related reading,
// beside a short story whose headline stands outside it, goes even when
// its blurbs of other blogs hold more prose than the story; a box so
// classed that holds the headline is the article.
func TestRelatedPaneOutweighingStory(t *testing.T) {
	var blogs strings.Builder
	for _, name := range []string{"Beyond Binary", "Defense in Depth", "Geek Gestalt", "One More Thing", "The Iconoclast"} {
		blogs.WriteString(`<div class="reporterBlog"><p><a href="/blogs/x">` + name + `</a> A look at how technology is changing our lives, and the people behind all that life-changing stuff, every week.</p><h3><a href="/posts/1">Microsoft revs its patent machine again</a></h3></div>`)
	}
	story := `<h1>Chinese court dismisses trademark suit</h1><p>` + prose + `</p><p>A Beijing company sued earlier this year, claiming that the name was confusingly similar to its own.</p>`
	cases := []struct {
		name, page string
		kept       bool
	}{
		{"pane beside the story", `<div id="contentPane">` + story + `</div><div id="relatedPane">` + blogs.String() + `</div>`, false},
		{"pane holding the headline", `<div id="relatedPane">` + story + blogs.String() + `</div>`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><head><title>Chinese court dismisses trademark suit</title></head><body><div class="content">`+tc.page+`</div></body></html>`)
			if !strings.Contains(a.Text, "Beijing company") {
				t.Fatalf("story lost: %q", a.Text)
			}
			if got := strings.Contains(a.Text, "Geek Gestalt"); got != tc.kept {
				t.Errorf("blurbs kept = %v, want %v: %q", got, tc.kept, a.Text)
			}
		})
	}
}

// TestUnloadedFragmentDropped checks that the link an unloaded fragment
// leaves (a repository path as its text, in a box classed "fragment")
// goes, while a path a story links in its text, or a fragment box's
// prose, stays.
func TestUnloadedFragmentDropped(t *testing.T) {
	a := extractNoFallback(t, `<html><body><main><div><p>`+prose+`</p><p>Run the tool and open <a href="/docs/cli/usage">/docs/cli/usage</a> for the flags.</p>`+
		`<div class="fragment"><div><div><a href="/fragments/insights/article-details">/content/sapcom/countries/en_us/fragments/insights/article-details</a></div></div></div>`+
		`<div class="fragment"><p>Subscribers read the quarterly review first.</p></div><p>`+prose+`</p></div></main></body></html>`)
	checkText(t, a.Text, []string{"/docs/cli/usage", "Subscribers read the quarterly review first."}, []string{"/content/sapcom"})
}

// TestAffiliateProseKept checks that a story's own sentences about
// affiliate marketing stay: only the disclosure's wording is small print.
// TestReturnHeadingKept: a chapter called "Return to 290 Broadway" keeps
// its heading and its entry in the table of contents, where a line of
// its own that opens so links back (TestFurnitureLabelsRemoved).
func TestReturnHeadingKept(t *testing.T) {
	a := extractNoFallback(t, `<html><body><article><ul><li><a href="#edison">Directing the Response from Edison</a></li><li><a href="#return">Return to 290 Broadway</a></li><li><a href="#zero">Work at Ground Zero</a></li></ul>`+
		`<h3><a name="edison"></a>Directing the Response from Edison</h3><p>`+prose+`</p><h3><a name="return"></a>Return to 290 Broadway</h3><p>`+prose+`</p></article></body></html>`)
	if got := strings.Count(a.Text, "Return to 290 Broadway"); got != 2 {
		t.Errorf("chapter title appears %d times, want 2 (contents and heading):\n%s", got, a.Text)
	}
}

// TestReviewWordsKept: "reviewed" opening a selling point ("Fact-checked
// for accuracy") or a sentence stays; only a reviewer's name or the day
// of the last review after it makes a credit line.
func TestReviewWordsKept(t *testing.T) {
	for _, line := range []string{"Fact-checked for accuracy", "Reviewed", "Reviewed products are bought at retail prices by our testers."} {
		t.Run(line, func(t *testing.T) {
			a := extractNoFallback(t, `<html><body><article><p>`+prose+`</p><p>`+line+`</p><p>`+prose+`</p></article></body></html>`)
			checkText(t, a.Text, []string{line}, nil)
		})
	}
}

// TestPictureButton: a Pinterest button set over a picture, in one
// wrapper with it, goes without the picture.
func TestPictureButton(t *testing.T) {
	a := extractBetweenProse(t, `<div class="wp-block-image"><span class="pin-wrap"><img src="/flower.jpg" alt="A red bougainvillea"><span class="pin-button">Pin</span></span></div>`)
	if f, ok := firstOfType(a, Figure); !ok || f.Src != "https://news.example/flower.jpg" {
		t.Errorf("figure %+v (found %v), want the picture", f, ok)
	}
	if strings.Contains(a.Text, "Pin") {
		t.Errorf("the button stays: %q", a.Text)
	}
}

// TestFigureBoxWithCredit: a caption ending in a credit is dropped when
// it stands alone, but a box around a <figure> (a gallery's slide with its
// "Next" button) is the picture's: it stays, caption and all.
func TestFigureBoxWithCredit(t *testing.T) {
	a := extractBetweenProse(t, `<div class="gallery"><figure><img src="/tree.jpg" alt="Fallen tree"><figcaption>A fallen tree blocks a road in Cardiff. Photo: Jane Roe/City News</figcaption></figure><button>Next</button></div>`)
	if f, ok := firstOfType(a, Figure); !ok || f.Src != "https://news.example/tree.jpg" || !strings.Contains(f.Text, "fallen tree") {
		t.Errorf("figure %+v (found %v), want the picture with its caption", f, ok)
	}
}

// TestAuthorWithJobTitle: a byline box holding the author's name and a
// short job title goes, as the authors field carries the name, and so
// does one of only the authors' names (with their initials' badges); the
// same lines heading an author's bio stay for the bio's own rule, and a
// second author beside the first is no job title.
func TestAuthorWithJobTitle(t *testing.T) {
	cases := []struct {
		name, html, probe string
		kept              bool
	}{
		{"name and job title", `<div class="authorItem"><a href="/autorzy/karolina-nowicka" class="authorName">Karolina Nowicka</a> <span class="authorDescription">Dziennikarka Onetu</span></div>`, "Dziennikarka Onetu", false},
		{"job title before the name", `<ul class="authorList"><li class="author"><span class="authorTitle">Onet-Redakteurin <a href="/autorzy/karolina-nowicka" rel="author">Karolina Nowicka</a></span></li></ul>`, "Onet-Redakteurin", false},
		{"words before the name that are no job title", `<div class="author-note">Reported from Kraków by <a href="/autorzy/karolina-nowicka">Karolina Nowicka</a></div>`, "from Kraków", true},
		{"two authors alone", `<div class="author-list">Karolina Nowicka , Jan Kowalski</div>`, "Jan Kowalski", false},
		{"two authors beside their initials", `<div class="autor"><div class="item"><a href="/autor?termo=kn"><div>KN</div></a><div class="name">Karolina Nowicka</div></div><div class="item"><a href="/autor?termo=jk"><div>JK</div></a><div class="name">Jan Kowalski</div></div></div>`, "Karolina Nowicka", false},
		{"second author and a word more", `<div class="author-list">Karolina Nowicka , Jan Kowalski reporting</div>`, "Jan Kowalski", true},
		{"job title in a sentence", `<p class="author-note">Karolina Nowicka reported this story from Kraków over three days.</p>`, "three days", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta name="author" content="Karolina Nowicka, Jan Kowalski"></head><body><article><h1>Storm over the south</h1>` + tc.html + `<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
			a := extractString(t, page)
			if got := strings.Contains(a.Text, tc.probe); got != tc.kept {
				t.Errorf("%q kept = %v, want %v: %q", tc.probe, got, tc.kept, a.Text)
			}
		})
	}
}

// TestFactBoxAside: an <aside> classed as the story's fact box stays in
// the body, with its heading and list; an <aside> sidebar goes.
func TestFactBoxAside(t *testing.T) {
	a := extractBetweenProse(t, `<aside class="encadre ui_box"><h3>Ce que dit la loi</h3><ul><li>Le bailleur doit fournir un logement décent.</li><li>Les locataires peuvent demander une réduction de loyer.</li></ul></aside>`)
	if !hasHeading(a, "Ce que dit la loi") || !strings.Contains(a.Text, "logement décent") {
		t.Errorf("fact box lost: %+v", a.Sections)
	}
	a = extractBetweenProse(t, `<aside class="sidebar"><h3>Newsletter</h3><p>Les dernières nouvelles chaque matin.</p></aside>`)
	if strings.Contains(a.Text, "chaque matin") {
		t.Errorf("sidebar kept: %q", a.Text)
	}
}

// TestVideoFigures: a player's poster keeps its picture when the running
// time beside it goes, and a figure whose player a script fills in
// leaves its caption out of the text, as every caption is.
func TestVideoFigures(t *testing.T) {
	a := extractBetweenProse(t, `<figure class="embed embed--type-video"><div class="embed__content"><div class="player-wrapper" data-video-id="4f0b"><img class="player__thumbnail" src="/measles.jpg" alt=""><span class="player__duration">02:14</span></div></div><figcaption class="embed__caption"><span class="embed__title">Measles cases climb as vaccination rates slip</span> <span class="embed__duration">02:14</span></figcaption></figure>`)
	if f, ok := firstOfType(a, Figure); !ok || f.Src != "https://news.example/measles.jpg" {
		t.Errorf("poster lost: %+v", a.Sections)
	}
	a = extractBetweenProse(t, `<figure class="embed embed--type-video"><div class="embed__content"><div class="player-wrapper" data-video-id="1ab9"><span class="player__duration">03:41</span></div></div><figcaption class="embed__caption"><span class="embed__title">Vaccine exemptions hit a record high</span> <span class="embed__duration">03:41</span></figcaption></figure>`)
	if strings.Contains(a.Text, "Vaccine exemptions") {
		t.Errorf("empty player's caption read as text: %q", a.Text)
	}
}

// TestPlayerTitleKept: a player's box that holds its player keeps the
// title, the embed's caption.
func TestPlayerTitleKept(t *testing.T) {
	a := extractBetweenProse(t, `<div class="video-embed"><iframe src="https://www.youtube.com/embed/abc123"></iframe><div class="video-embed-title">Cât costă de fapt un kilowatt</div></div>`)
	if !strings.Contains(a.Text, "kilowatt") {
		t.Errorf("player's title lost: %+v", a.Sections)
	}
}

// TestLinkedHeadingsKept: a heading alone in its link, a listicle's
// product, stays a section heading.
func TestLinkedHeadingsKept(t *testing.T) {
	cases := []struct{ name, html, heading string }{
		{"product heading linked to its shop", `<a href="https://shop.example/kettle"><h3>Fellow Stagg EKG Pro Kettle</h3></a><p>` + prose + `</p>`, "Fellow Stagg EKG Pro Kettle"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractBetweenProse(t, tc.html)
			if !hasHeading(a, tc.heading) {
				t.Errorf("heading %q lost: %+v", tc.heading, a.Sections)
			}
		})
	}
}

// TestLinksBeforeAHeadingKept: links from the front page, then a
// heading in the same box, are no breadcrumb trail ending in its page:
// the heading is the page's.
func TestLinksBeforeAHeadingKept(t *testing.T) {
	a := extractString(t, `<html><body><article><h1>Council passes the budget</h1><p>`+prose+`</p><div><a href="/">Home</a> <a href="/news">News</a><h2>What the new budget pays for</h2></div><p>`+prose+`</p></article></body></html>`)
	if !hasHeading(a, "What the new budget pays for") {
		t.Errorf("heading lost: %+v", a.Sections)
	}
}

// TestStoryTimesKept: a line of clock figures is a player's time only in
// a player's part; a live blog's entry time stays.
func TestStoryTimesKept(t *testing.T) {
	a := extractBetweenProse(t, `<div class="entry"><span class="time">20:10</span><p>The minister arrived at the summit and spoke briefly to reporters.</p></div>`)
	if !strings.Contains(a.Text, "20:10") {
		t.Errorf("entry time dropped: %q", a.Text)
	}
}

// TestAuthorNameLine: what is left of a byline whose box has no byline
// class goes: the author's name linked alone on its line, the author's
// picture linked so. The name linked inside a sentence, or in plain text
// (a sign-off), stays.
func TestAuthorNameLine(t *testing.T) {
	cases := []struct {
		name, html, probe string
		kept              bool
	}{
		{"linked name alone", `<div class="pw-author"><div><a href="/@jodev">Jo Dev</a> · <button>Follow</button></div><span>Aug 14, 2023</span></div>`, "Jo Dev", false},
		{"linked picture", `<div><a href="/@jodev"><img alt="Jo Dev" src="/img/jo.png"></a></div>`, "jo.png", false},
		{"linked name in a sentence", `<p>This review is headed up by <a href="/about">Jo Dev</a>, who tests gear for a living.</p>`, "headed up by Jo Dev,", true},
		{"plain name", `<p>Jo Dev</p>`, "Jo Dev", true},
		{"linked name and a number", `<div><a href="/@jodev">Jo Dev</a><span>3</span></div>`, "Jo Dev3", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta name="author" content="Jo Dev"></head><body><article><h1>Why I stopped using ORMs</h1><p>` + prose + `</p>` + tc.html +
				`<p>Then a query that took three milliseconds in psql took four seconds through the ORM, and I spent a week learning why.</p></article></body></html>`
			a := extractNoFallback(t, page)
			var b strings.Builder
			json.NewEncoder(&b).Encode(a.Sections)
			if got := strings.Contains(b.String(), tc.probe); got != tc.kept {
				t.Errorf("%q in the body = %v, want %v: %s", tc.probe, got, tc.kept, b.String())
			}
		})
	}
}

// TestAuthorAndDateLine: a byline box of the author's linked name and the
// date, set without a space between ("Tanja Karrasch3.11.2023"), goes
// whole, though the name's link is most of its text.
func TestAuthorAndDateLine(t *testing.T) {
	page := `<html><head><meta name="author" content="Tanja Karrasch"></head><body><article><h1>Why I stopped using ORMs</h1>` +
		`<div class="pb-2"><a class="author-link" href="#article-authors"><span>Tanja Karrasch</span></a><span class="pr-2"></span><span class="text-grey">3.11.2023</span></div>` +
		`<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	a := extractNoFallback(t, page)
	if strings.Contains(a.Text, "3.11.2023") || strings.Contains(a.Text, "Karrasch") {
		t.Errorf("byline line left in the body: %.120q", a.Text)
	}
}

// TestColumnBylineLine: "Eine Kolumne von" (German "a column by") opens
// a byline line as "Ein Artikel von" does; under the headline it goes.
func TestColumnBylineLine(t *testing.T) {
	page := `<html><head><meta name="author" content="Nils Pickert"></head><body><article><h1>Das Patriarchat als Kulturtechnik</h1>` +
		`<p><strong>Eine Kolumne von Nils Pickert</strong></p><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	a := extractNoFallback(t, page)
	if strings.Contains(a.Text, "Kolumne") {
		t.Errorf("byline line left in the body: %.120q", a.Text)
	}
}

// TestTermLinesKept: a line of terms without links stays unless a tag
// label opens it: an award's "Category:" line, or "Tags:" before a
// sentence.
func TestTermLinesKept(t *testing.T) {
	for _, line := range []string{"Category: 1st prize, Live-action Television Program, Children’s Jury", "Tags: we print them on every jar, so you know what is inside."} {
		t.Run(line, func(t *testing.T) {
			a := extractNoFallback(t, `<html><body><article><p>`+prose+`</p><p>`+line+`</p><p>`+prose+`</p></article></body></html>`)
			checkText(t, a.Text, []string{line}, nil)
		})
	}
}

func TestAffiliateProseKept(t *testing.T) {
	line := "Secondary models include sponsorships and affiliate marketing, where a creator earns a commission on each sale a link brings."
	a := extractNoFallback(t, `<html><body><article><p>`+prose+`</p><p>`+line+`</p><p>`+prose+`</p></article></body></html>`)
	checkText(t, a.Text, []string{line}, nil)
}

// TestCompanyTagLine checks that a line of company tags under a trade
// story ("Related Companies: A, B, C", too long for an inline promo) goes
// as a tag line: its links name firms, not stories, so Related does not
// take them either.
func TestCompanyTagLine(t *testing.T) {
	names := []string{"A. O. Smith Water Products Co.", "Bradford White Water Heaters", "Electrolux Major Appliances", "Haier US Appliance Solutions, Inc.",
		"Philips Oral Healthcare, LLC", "Roper Corp.", "Whirlpool Corp.", "Whirlpool Corp. Cleveland Div.", "Whirlpool Corp., Clyde Opers.", "Whirlpool Corporation"}
	var links []string
	for i, n := range names {
		links = append(links, `<a href="/listing/`+strconv.Itoa(i)+`">`+n+`</a>`)
	}
	a := extractNoFallback(t, `<html><body><article><p>`+prose+`</p><p>`+prose+`</p><div class="italicfont">Related Companies:&nbsp;`+strings.Join(links, ",&nbsp;")+`</div></article></body></html>`)
	checkText(t, a.Text, []string{"council voted"}, []string{"Bradford White"})
	for _, r := range a.Related {
		if strings.Contains(r.Title, "Bradford White") {
			t.Errorf("company tag in Related: %q", r.Title)
		}
	}
}

// TestAdNamedPageWrapper: a wrapper named for ads ("div#outerAd", where an
// old template hung its skyscraper) that holds most of the page's text is
// the page's layout, not an ad slot (a real ad slot holds little text:
// the "ad slot" cases of TestFurnitureLabelsRemoved).
func TestAdNamedPageWrapper(t *testing.T) {
	page := `<html><body><div id="note"><p>Please note: Your browser has been unable to load the stylesheet that accompanies this page. The page is still readable.</p></div>` +
		`<div id="outerAd"><div id="container"><h1>Books</h1>` +
		`<div class="absRow"><h3><a href="/b?id=1">Twists in the tale of Peter's friend</a></h3><p>Vanessa Curtis on Beatrix Potter's life.</p></div>` +
		`<div class="ad"><p>Advertise with us: call our sales desk.</p></div>` +
		`<div class="absRow"><h3><a href="/b?id=2">Beyond the realms of Moominland</a></h3><p>Jansson's stories for adults.</p></div>` +
		`<div class="absRow"><h3><a href="/b?id=3">Santa can bring me anything</a></h3><p>What a critic wants to read this year.</p></div>` +
		`</div></div></body></html>`
	a, err := Extract([]byte(page), &Options{Explain: true, NoFallback: true})
	if err != nil && !errors.Is(err, ErrNoArticle) {
		t.Fatal(err)
	}
	for _, r := range a.Removed {
		if r.Rule == "class/id: ad slot" && strings.Contains(r.Path, "outerAd") && !strings.Contains(r.Path, "div.ad") {
			t.Errorf("page wrapper removed as an ad slot: %+v", r)
		}
	}
}

// TestDateLines: a short element classed as a date that shows the
// publication date is metadata, not a line of the story; a sentence in
// such a box, a date class without a date, and the dates that tell the
// entries of a thread or a listing apart stay.
func TestDateLines(t *testing.T) {
	cases := []struct {
		name, html, probe string
		kept              bool
	}{
		{"published line", `<div class="pub-date font-utility-2">Published June 23, 2025 10:39AM</div>`, "Published June", false},
		{"posted line with a weekday", `<p class="posted">POSTED: 2:45 pm EST January 22, 2008</p>`, "POSTED", false},
		{"German date", `<span class="datum">7. Oktober 2020</span>`, "Oktober 2020", false},
		{"published and modified times", `<span class="meta__date meta__date--header">Publié le 28 novembre 2026 à 14h35, modifié à 15h10</span>`, "Publié le", false},
		{"date item of a meta list", `<ul class="c-list"><li class="c-meta__date">December 24, 2024</li><li class="c-meta__cats">Patients and Families</li></ul>`, "December 24", false},
		{"sentence in a date box", `<div class="date-note">This story was first published on June 23, 2025 and updated with the council's figures.</div>`, "first published", true},
		{"date class without a date", `<div class="date-picker">Choose a day for your visit</div>`, "Choose a day", true},
		{"dated entries of a thread", strings.Repeat(`<div class="post"><div class="postdate">06-29-2004, 04:19 AM</div><p>`+prose+`</p></div>`, 4), "06-29-2004", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, "<article><h1>Library hours extended</h1>"+tc.html+"<p>"+prose+"</p><p>"+prose+"</p></article>")
			wantInBody(t, a, tc.probe, tc.kept)
		})
	}
}

// TestRelTagLines: a line whose links all say rel="tag" lists the post's
// tags or categories under whatever label, and so does a block of one
// such link and nothing else; a sentence linking one tag, or
// a line mixing a tag with other links, is the story's.
func TestRelTagLines(t *testing.T) {
	cases := []struct {
		name, html, probe string
		kept              bool
	}{
		{"tags under a heading", `<div><h3>See more in:</h3><div><a href="/c/a" rel="tag">Wedding Checklists</a>, <a href="/c/b" rel="tag">Just Engaged</a></div></div>`, "Just Engaged", false},
		{"WordPress category line", `<p>Posted in <a href="/c/a" rel="category tag">Blockchain</a>, <a href="/c/b" rel="category tag">Smart Contracts</a></p>`, "Smart Contracts", false},
		{"one tag under a heading", `<div><h3>Topics covered</h3><div class="terms"><a href="/t/health" rel="tag">Health &amp; Wellness</a></div></div>`, "Wellness", false},
		{"one tag in a paragraph of its own", `<p><a href="/t/a" rel="tag">City budget</a></p>`, "City budget", false},
		{"one tag in a sentence", `<p>Our <a href="/t/a" rel="tag">budget tracker</a> follows every vote the council takes this year.</p>`, "budget tracker", true},
		{"a tag beside other links", `<p><a href="/t/a" rel="tag">Budget</a> and <a href="/r/b">the full report</a></p>`, "the full report", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, "<article><h1>Library hours extended</h1><p>"+prose+"</p>"+tc.html+"<p>"+prose+"</p></article>")
			wantInBody(t, a, tc.probe, tc.kept)
		})
	}
}

// TestLinkLineWithJudgedLink: a line of short links stays a link bar when
// another rule judged one of its links first (a jump link here), and that
// link keeps its own verdict.
func TestLinkLineWithJudgedLink(t *testing.T) {
	a := extractNoFallback(t, `<article><h1>Library hours extended</h1><div>`+prose+`<br><a href="/print">Print</a> | <a href="#recipe-1">Jump to Recipe</a> | <a href="/rate">Rate</a><br>`+prose+`</div><p>`+prose+`</p></article>`)
	if strings.Contains(a.Text, "Print") || strings.Contains(a.Text, "Rate") {
		t.Errorf("link bar left in body: %q", a.Text)
	}
	if strings.Count(a.Text, "council voted") != 3 {
		t.Errorf("story lost: %q", a.Text)
	}
}

// TestRatingSummary: the line a rating widget shows, numbers and rating
// words that count the votes, goes; a review's score and a sentence that
// counts reviews stay.
func TestRatingSummary(t *testing.T) {
	cases := []struct {
		name, html, probe string
		kept              bool
	}{
		{"German summary", `<div class="summary"><span>Durchschnitt: <span>4.6</span></span> <span>(<span>7</span> Bewertungen)</span></div>`, "Bewertungen", false},
		{"stars out of five", `<div class="meta"><span>4.8 out of 5 stars (123 ratings)</span></div>`, "123 ratings", false},
		{"line between breaks", `<p>Pour the batter into the tin.<br><br>(95 Stimmen: 4,73 von 5)<br><br>Bake for forty minutes.</p>`, "Stimmen", false},
		{"a review's score", `<p>Rating: 8.0</p>`, "Rating: 8.0", true},
		{"votes counted in a sentence", `<p>You need at least <strong>50 reviews</strong> from different sources to qualify.</p>`, "50 reviews", true},
		{"a brand's prices", `<div class="prices"><span>Avis</span> <span>$289.85</span> <span>$341</span></div>`, "$289.85", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, "<article><h1>Library hours extended</h1><p>"+prose+"</p>"+tc.html+"<p>"+prose+"</p></article>")
			wantInBody(t, a, tc.probe, tc.kept)
		})
	}
}

// wantInBody fails t unless probe is in a's body exactly when kept.
func wantInBody(t *testing.T, a *Article, probe string, kept bool) {
	t.Helper()
	if got := strings.Contains(a.Text, probe); got != kept {
		t.Errorf("%q in body = %v, want %v: %q", probe, got, kept, a.Text)
	}
}

// TestLastIndexNearEnd checks the windowed search against strings.LastIndex
// on every cut of a few texts: equal wherever the match ends within the
// tail, -1 wherever it does not.
func TestLastIndexNearEnd(t *testing.T) {
	texts := []string{"", "©", "a © b © c", "Foto: x. Foto: y", "ééé © ççç ©", "©©©"}
	for _, s := range texts {
		for _, sub := range []string{"©", "foto:", "Foto:", "ç ©"} {
			for tail := 0; tail <= len(s)+1; tail++ {
				want := strings.LastIndex(s, sub)
				if want >= 0 && len(s)-want-len(sub) > tail {
					want = -1
				}
				if got := lastIndexNearEnd(s, sub, tail); got != want {
					t.Errorf("lastIndexNearEnd(%q, %q, %d) = %d, want %d", s, sub, tail, got, want)
				}
			}
		}
	}
}

// TestPhraseSet checks the one-pass phrase search against a search per
// phrase: the same first phrase, in the list's order, on texts built from
// the small-print phrases, their pieces and their overlaps.
func TestPhraseSet(t *testing.T) {
	var texts []string
	for _, ph := range smallPrint.phrases {
		texts = append(texts, ph, "x "+ph+" y", ph[:len(ph)/2], ph[1:], strings.ToUpper(ph))
	}
	n := len(smallPrint.phrases)
	for i := range n {
		a, b := smallPrint.phrases[i], smallPrint.phrases[(i*7+3)%n]
		texts = append(texts, b+" and "+a, a+b, a[:len(a)-1]+b)
	}
	for _, s := range texts {
		want := firstContained(s, smallPrint.phrases)
		got := ""
		if i := smallPrint.first(s); i >= 0 {
			got = smallPrint.phrases[i]
		}
		if got != want {
			t.Errorf("first(%q) = %q, want %q", s, got, want)
		}
	}
	if got := smallPrint.first("a"); got != -1 {
		t.Errorf("first(%q) = %d, want -1", "a", got)
	}
}

// TestNoPrintBlocks: a block the site hides from print goes (a video's
// transcript in the story's column, the notice under the headline); a
// picture so hidden stays, with its caption, as does an inline mark
// inside a sentence.
func TestNoPrintBlocks(t *testing.T) {
	cases := []struct{ name, class string }{
		{"bootstrap 4", "d-print-none"},
		{"bootstrap 3", "hidden-print"},
		{"tailwind", "flex print:hidden"},
		{"mediawiki", "noprint"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<body><article><h1>Bus plan approved</h1><div class="` + tc.class + `"><p>Transcript: ` + prose + `</p></div>` +
				`<div class="photo ` + tc.class + `"><img src="https://news.example/depot.jpg" alt="The depot"></div>` +
				`<p>` + prose + `<span class="` + tc.class + `">[citation needed]</span></p><p>` + prose + `</p></article></body>`
			a := extractNoFallback(t, page)
			if strings.Contains(a.Text, "Transcript:") {
				t.Errorf("block hidden from print kept: %.200q", a.Text)
			}
			if !strings.Contains(a.Text, "[citation needed]") {
				t.Errorf("inline mark inside a sentence lost: %.300q", a.Text)
			}
			found := false
			for _, s := range a.Sections {
				for _, b := range s.Blocks {
					found = found || b.Type == Figure && b.Src == "https://news.example/depot.jpg"
				}
			}
			if !found {
				t.Errorf("picture hidden from print lost: %+v", a.Sections)
			}
		})
	}
}

// TestNoPrintHeadBox: a box hidden from print that holds the headline is
// the story's head on screen, its standfirst with it; only its furniture
// goes.
func TestNoPrintHeadBox(t *testing.T) {
	page := `<body><article><section class="top-article noprint"><span class="theme">Société</span><h1>Bus plan approved</h1>` +
		`<div class="desc"><p>The council backed the new routes after a year of hearings, and the first buses run in May.</p></div></section>` +
		`<p>` + prose + `</p><p>` + prose + `</p></article></body>`
	a := extractNoFallback(t, page)
	wantInBody(t, a, "after a year of hearings", true)
}

// TestPrintOnlyBlocks: a block shown only on paper (a citation box, a
// print header) goes; one that a screen width shows again stays.
func TestPrintOnlyBlocks(t *testing.T) {
	cases := []struct {
		name, class string
		kept        bool
	}{
		{"bootstrap 4 print only", "d-none d-print-block", false},
		{"tailwind print only", "hidden print:block", false},
		{"bootstrap 3 print only", "visible-print", false},
		{"foundation print only", "show-for-print", false},
		{"print letterhead", "print-header", false},
		{"print letterhead, words the other way", "header-print", false},
		{"bootstrap shown on desktop too", "d-none d-md-block d-print-block", true},
		{"tailwind shown on desktop", "hidden md:block", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<body><article><h1>Bus plan approved</h1><p>` + prose + `</p><div class="` + tc.class + `"><p>Citation: Bus plan approved (2024, May 1), retrieved from the archive.</p></div><p>` + prose + `</p></article></body>`
			a := extractNoFallback(t, page)
			if got := strings.Contains(a.Text, "Citation:"); got != tc.kept {
				t.Errorf("block kept = %v, want %v: %.300q", got, tc.kept, a.Text)
			}
		})
	}
}

// TestSignUpInsideSentence: a story's sentence that mentions signing up
// stays; the prompt opens its block.
func TestSignUpInsideSentence(t *testing.T) {
	a := extractNoFallback(t, `<article><p>`+prose+`</p><p>Dollar offers 15% off weekday rentals when customers sign up to receive promotional emails.</p><p>`+prose+`</p></article>`)
	wantInBody(t, a, "promotional emails", true)
}

// TestToggleControls: the "Show" / "[Hide]" control beside a box's title
// goes and the title stays; the same word linking to a page, or in a
// sentence, is text.
func TestToggleControls(t *testing.T) {
	cases := []struct {
		name, html, want, gone string
	}{
		{"link that goes nowhere", `<div class="table-of-contents"><p> Table of Contents <a id="expand-toggle">Show</a> </p></div>`, "Table of Contents", "Show"},
		{"bracketed toggles", `<details open><summary><span class="toc__col">Guide sections</span><span class="toc__col toc__toggle">[Hide]</span><span class="toc__col toc__toggle">[Show]</span></summary><ul><li><a href="#a">Alpha section</a></li><li><a href="#b">Beta section</a></li></ul></details>`, "Alpha section", "[Hide]"},
		{"link to a page", `<p>Next week: <a href="/tv/the-show">Show</a></p>`, "Show", ""},
		{"word in a sentence", `<p>Tickets for the late <a href="#">show</a> go on sale on Monday morning at the box office on Main Street, the council said.</p>`, "late show go on sale", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><body><article><p>`+prose+`</p>`+tc.html+`<p>`+prose+`</p></article></body></html>`)
			var gone []string
			if tc.gone != "" {
				gone = []string{tc.gone}
			}
			checkText(t, a.Text, []string{tc.want}, gone)
		})
	}
}

// TestShortCodeKept: a code block of one short line is a program, whatever
// furniture phrase it spells ("print(1)" is no print button).
func TestShortCodeKept(t *testing.T) {
	for _, pre := range []string{`<pre>print(1)</pre>`, `<div class="highlight"><pre><code>share()</code></pre></div>`} {
		t.Run(pre, func(t *testing.T) {
			a := extractNoFallback(t, `<html><body><article><p>`+prose+`</p>`+pre+`<p>`+prose+`</p></article></body></html>`)
			if _, ok := firstOfType(a, Code); !ok {
				t.Errorf("code block lost: %+v", a.Sections)
			}
		})
	}
}

// TestTeaserLinksStayEvidence: the "Read more" links that end teasers
// leave the output but, like a link bar, stay in the measure the body is
// chosen by, so that a column of teasers still reads as a listing (on
// CleanEval's final-79 the story lost to its news column without it);
// other furniture phrases leave both.
func TestTeaserLinksStayEvidence(t *testing.T) {
	for _, key := range []string{"read more", "continue reading", "weiterlesen", "lire la suite"} {
		why, ok := invitePhrase(key)
		if !ok || !(verdict{kindDrop, rulePhrase + why}).keepsMeasure() {
			t.Errorf("%q: reason %q (found %v) does not keep the measure", key, why, ok)
		}
	}
	for _, key := range []string{"learn more", "read article"} {
		why, _ := invitePhrase(key)
		if (verdict{kindDrop, rulePhrase + why}).keepsMeasure() {
			t.Errorf("%q: reason %q keeps the measure", key, why)
		}
	}
}

// TestKickerLine: a line classed as the kicker over the headline goes;
// the same class on a line that heads no headline, or on a sentence,
// stays.
func TestKickerLine(t *testing.T) {
	cases := []struct {
		name, html, probe string
		kept              bool
	}{
		{"French surtitre over the h1", `<p class="surtitre">Transports</p><h1>Grève des contrôleurs aériens</h1>`, "Transports", false},
		{"Italian occhiello over a header", `<div class="occhiello">Cronaca</div><header><h1>Grève des contrôleurs aériens</h1></header>`, "Cronaca", false},
		{"Argentine volanta over the h1", `<p class="volanta">Clima en Buenos Aires</p><h1 class="storyTitle">Grève des contrôleurs aériens</h1>`, "Clima en Buenos Aires", false},
		{"GOV.UK's document type over the h1", `<div class="gem-c-heading"><span class="govuk-caption-xl gem-c-heading__context">Press release</span><h1 class="gem-c-heading__text">Grève des contrôleurs aériens</h1></div>`, "Press release", false},
		{"unclassed link to the section over the h1", `<div class="index_nodeName__Yw3b5"><a href="/list_25431">Transports</a></div><h1 class="index_title__B8mhI">Grève des contrôleurs aériens</h1>`, "Transports", false},
		{"unclassed line with a link and words over the h1", `<div class="x1"><a href="/list_25431">Transports</a> en grève</div><h1>Grève des contrôleurs aériens</h1>`, "Transports", true},
		{"kicker class with no headline after it", `<h1>Grève des contrôleurs aériens</h1><p class="kicker">Transports</p>`, "Transports", true},
		{"a sentence classed so", `<p class="overline">The strike began on Thursday at dawn, the union said.</p><h1>Grève des contrôleurs aériens</h1>`, "The strike began", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><body><article>`+tc.html+`<p>`+prose+`</p><p>`+prose+`</p></article></body></html>`)
			if got := strings.Contains(a.Text, tc.probe); got != tc.kept {
				t.Errorf("%q in body = %v, want %v: %q", tc.probe, got, tc.kept, a.Text)
			}
		})
	}
}

// TestLeadPictureWithLinkedBadge: a lead picture's box over the header
// whose only text is a linked badge ("Issue № 249", A List Apart) is the
// lead figure, not a section's name over the headline.
func TestLeadPictureWithLinkedBadge(t *testing.T) {
	a := extractString(t, `<html><body><article><figure class="hero-wide"><div class="post-thumbnail"><img src="https://example.com/hero.jpg" alt="Hero"></div><a class="issue-number" href="/issue/249"><span>Issue №</span> <span>249</span></a></figure><header><h1>Grève des contrôleurs aériens</h1></header><p>`+prose+`</p><p>`+prose+`</p></article></body></html>`)
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == Figure && b.Src == "https://example.com/hero.jpg" {
				return
			}
		}
	}
	t.Errorf("lead figure lost: %+v", a.Sections)
}

// TestBylineBox: a short box of the author's name and date-only lines,
// set without a "By", is the byline and date line the article's fields
// carry; the update beside them is the modified date. A box with more
// than names and dates stays.
func TestBylineBox(t *testing.T) {
	cases := []struct {
		name, box, probe string
		kept             bool
		modified         string
	}{
		{"Turkish name and dates", `<div class="haber-bilgi"><span class="muhabir">Ayşe Yılmaz</span><span>Yayınlanma: 30.11.2025 10:15</span><span>Güncelleme: 30.11.2025 14:20</span></div>`, "Yayınlanma", false, "2025-11-30T14:20:00Z"},
		{"name and date with a separator", `<p><span>Jane Smith</span> · <span>Nov 30, 2025</span></p>`, "Jane Smith", false, ""},
		{"name, place and date", `<div class="author"><span>Laura Gómez</span> <span>Madrid</span> <time datetime="2025-11-28T10:30:00+01:00">Sábado, 28 noviembre 2025, 10:30</time></div>`, "Madrid", false, ""},
		{"name, two words and date", `<div><span>Jane Smith</span><span>Madrid</span><span>Economy desk</span><span>Nov 30, 2025</span></div>`, "Economy desk", true, ""},
		{"time and its update", `<div class="info"><time datetime="2025-11-30T19:05:00+09:00">2025年11月30日 19時05分</time><span class="upd">更新：2025年12月1日 8時10分</span></div>`, "更新", false, "2025-12-01T08:10:00+09:00"},
		{"two dates without a time element", `<div class="info"><span>2024年3月3日</span><span>2024年3月5日</span></div>`, "2024年3月5日", true, ""},
		{"linked name and place after a mark", `<div class="article-author"><div class="author-name"><a href="/author/mohamed-ali">Mohamed Ali</a><span>- Doha</span></div></div>`, "Doha", false, ""},
		{"Thai byline with the desk", `<div class="css-author"><span class="css-author-label">ผู้เขียน:</span> <a class="css-author-name" href="/author/n">ณัฐพล ศรีสุข</a> <span class="css-author-team">ทีมข่าวออนไลน์</span></div>`, "ทีมข่าวออนไลน์", false, ""},
		{"name beside a sentence", `<div><span>Jane Smith</span><span>The council met on Nov 30, 2025 to vote on the budget.</span></div>`, "The council met", true, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><body><article><h1>Council passes the budget</h1>`+tc.box+`<p>`+prose+`</p><p>`+prose+`</p></article></body></html>`)
			if got := strings.Contains(a.Text, tc.probe); got != tc.kept {
				t.Errorf("%q in body = %v, want %v: %q", tc.probe, got, tc.kept, a.Text)
			}
			if got := a.Modified.String(); tc.modified != "" && got != tc.modified {
				t.Errorf("modified = %q, want %q", got, tc.modified)
			}
		})
	}
}

// TestDeskBesideByline: a byline set beside its desk or place ("ABC
// Shepparton / By Emma Nguyen") leaves the body whole; a longer part
// beside it is no desk and stays.
func TestDeskBesideByline(t *testing.T) {
	cases := []struct {
		name, line, probe string
		kept              bool
	}{
		{"desk and byline", `<div><span>ABC Shepparton</span> / <span>By <a href="/news/emma-nguyen/1234">Emma Nguyen</a></span></div>`, "ABC Shepparton", false},
		{"sentence beside a byline", `<div><span>Reporting from the flooded towns of the north</span> / <span>By <a href="/news/emma-nguyen/1234">Emma Nguyen</a></span></div>`, "Reporting from the flooded towns", true},
		{"desk, byline and date", `<div><a href="/">Home</a> | By <a href="/news/emma-nguyen/1234">Emma Nguyen</a> | 30 September 2018</div>`, "Home", false},
		{"a figure that is no date beside a byline", `<div><span>Channel 9 News</span> | <span>By <a href="/news/emma-nguyen/1234">Emma Nguyen</a></span></div>`, "Channel 9 News", true},
		{"name and mail address beside a date", `<p><b><a href="/autor/87">Emma Nguyen</a></b> emma.nguyen@example.com | Friday 22 April, 2022</p>`, "emma.nguyen@example.com", false},
		{"name and mail address without a date", `<p><b><a href="/autor/87">Emma Nguyen</a></b> emma.nguyen@example.com | Write to the newsroom</p>`, "emma.nguyen@example.com", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><meta name="author" content="Emma Nguyen"></head><body><article><h1>Farmers count cost as floodwaters recede</h1>`+tc.line+"<p>"+prose+"</p><p>"+prose+"</p></article></body></html>")
			if got := strings.Contains(a.Text, tc.probe); got != tc.kept {
				t.Errorf("%q in body = %v, want %v: %q", tc.probe, got, tc.kept, a.Text)
			}
		})
	}
}

// TestDisclaimers: a paragraph of legal small print under the story
// leaves it; a story's sentence on the same subject stays.
func TestDisclaimers(t *testing.T) {
	cases := []struct {
		name, para string
		kept       bool
	}{
		{"adviser's notice", `Example Wealth, LLC is a Registered Investment Adviser. Advisory services are only offered to clients where Example Wealth and its representatives are properly licensed. Past performance is no guarantee of future returns.`, false},
		{"informational purposes", `This material has been prepared for informational purposes only, and is not intended to provide, and should not be relied on for, tax, legal or accounting advice.`, false},
		{"health site's notice", `This article is not a substitute for professional medical advice. Always consult a qualified healthcare professional.`, false},
		{"story about a fund", `The fund's managers told investors in March that its returns had beaten the index for a third year, and that they expected the same in the next.`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><body><article><h1>Saving for retirement in your twenties</h1><p>"+prose+"</p><p>"+prose+"</p><p>"+tc.para+"</p></article></body></html>")
			if got := strings.Contains(a.Text, tc.para[:30]); got != tc.kept {
				t.Errorf("paragraph kept = %v, want %v: %q", got, tc.kept, a.Text)
			}
		})
	}
}

// TestForumPosterCards: phpBB's card beside each post (rank, post count,
// join date) leaves the thread's text.
func TestForumPosterCards(t *testing.T) {
	post := func(id string) string {
		return `<div id="` + id + `" class="post has-profile bg2"><div class="inner">` +
			`<dl class="postprofile"><dt class="has-profile-rank"><a href="./memberlist.php?mode=viewprofile&amp;u=88" class="username">tomatoTom</a></dt><dd class="profile-rank">Seedling</dd><dd class="profile-posts"><strong>Posts:</strong> 12</dd><dd class="profile-joined"><strong>Joined:</strong> Mon Mar 02, 2026 7:14 pm</dd></dl>` +
			`<div class="postbody"><h3><a href="#` + id + `">Best way to winterize a drip system?</a></h3><div class="content">` + prose + `</div></div></div></div>`
	}
	a := extractString(t, `<html><head><title>Best way to winterize a drip system? - Forum</title></head><body><div id="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=2214">Best way to winterize a drip system?</a></h2>`+post("p1")+`<hr class="divider">`+post("p2")+`</div></body></html>`)
	if strings.Contains(a.Text, "Seedling") || strings.Contains(a.Text, "Joined:") {
		t.Errorf("poster's card left in the text: %q", a.Text)
	}
	if !strings.Contains(a.Text, "council voted") {
		t.Errorf("post lost: %q", a.Text)
	}
}

// TestToTopLinks: a link back to the top of the page leaves the text; a
// link named "Top" to another page stays.
func TestToTopLinks(t *testing.T) {
	cases := []struct {
		name, html, probe string
		kept              bool
	}{
		{"phpBB's top link", `<div class="back2top"><a href="#top" class="top" title="Top">Top</a></div>`, "Top", false},
		{"German", `<p><a href="#">Nach oben</a></p>`, "Nach oben", false},
		{"bracketed", `<p>[<a href="#top">Top</a>]</p>`, "Top", false},
		{"a page named Top", `<p><a href="/charts/top">Top</a></p>`, "Top", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><body><article><h1>Library hours extended</h1><p>"+prose+"</p>"+tc.html+"<p>"+prose+"</p></article></body></html>")
			if got := slices.Contains(strings.Split(a.Text, "\n"), tc.probe) || strings.Contains(a.Text, "["+tc.probe+"]"); got != tc.kept {
				t.Errorf("%q kept = %v, want %v: %q", tc.probe, got, tc.kept, a.Text)
			}
		})
	}
}

func TestIsCounterLine(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"412 views", true},
		{"1.2k views · 3 comments", true},
		{"412 views3 comments", true},
		{"просмотров: 1 234", true},
		{"views", false},
		{"3 comments on the plan", false},
		{"share 10 photos", false},
		{"2024 views of the city", false},
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			if got := isCounterLine(tc.line); got != tc.want {
				t.Errorf("isCounterLine(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

// TestNumberedHeadingNotCounter: a table of contents' "3.2 Views" is a
// section's number and name, not a view counter.
func TestNumberedHeadingNotCounter(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`</p><ul><li>3.1 Love</li><li>3.2 Like</li><li>3.3 Views</li></ul><p>`+prose+`</p></article>`)
	for _, want := range []string{"3.2 Like", "3.3 Views"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("lost %q: %q", want, a.Text)
		}
	}
}

// TestPaywalledPartsKept: the parts the page's JSON-LD declares as the
// article's subscriber-only text (hasPart, isAccessibleForFree false,
// cssSelector) stay, hidden or classed "paywall"; what they say is still
// judged, and a paywall prompt outside them still goes.
func TestPaywalledPartsKept(t *testing.T) {
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget passes","isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}}</script>`
	a := extractString(t, `<html><head><title>Budget passes</title>`+ld+`</head><body><article><h1>Budget passes</h1><p>`+prose+`</p>`+
		`<div class="article-rest paywall" style="display:none"><p>The library branch opens next spring in the former post office building on Main Street, the mayor said.</p></div>`+
		`<p class="body-paragraph paywall">Bus routes will switch back on Monday after the detour is lifted, the transport office said.</p>`+
		`<p class="paywall">Advertisement</p>`+
		`<div class="paywall-prompt"><p>Subscribe to read the full story.</p></div></article></body></html>`)
	checkText(t, a.Text, []string{"former post office", "switch back on Monday"}, []string{"Advertisement", "Subscribe to read"})
}

// TestGalleryHeadingNotCredit: "Photos: The storm in pictures" as a
// section's heading titles a gallery; credits stay credits.
func TestGalleryHeadingNotCredit(t *testing.T) {
	a := extractString(t, `<article><h1>Storm</h1><p>`+prose+`</p><h2>Photos: The storm in pictures</h2><p>`+prose+`</p><h4>Photo: Jo Lens / Reuters</h4><p>Photos: AP</p><p>`+prose+`</p></article>`)
	var headings []string
	for _, s := range a.Sections {
		headings = append(headings, s.Heading)
	}
	if !slices.Contains(headings, "Photos: The storm in pictures") {
		t.Errorf("gallery heading lost: %q", headings)
	}
	for _, credit := range []string{"Jo Lens", "Photos: AP"} {
		if strings.Contains(a.Text, credit) {
			t.Errorf("credit %q left in: %q", credit, a.Text)
		}
	}
}

// TestDevToCardToRelated: dev.to's card for another post, set between
// paragraphs, goes to related.
func TestDevToCardToRelated(t *testing.T) {
	a := extractString(t, `<article><h1>Go builds</h1><p>`+prose+`</p><div class="ltag__link"><a href="/annlee/why-go-is-fast-3kd2" class="ltag__link__link"><div class="ltag__link__content"><h2>Why Go compiles so fast</h2></div></a></div><p>`+prose+`</p></article>`)
	if strings.Contains(a.Text, "compiles so fast") || !slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == "Why Go compiles so fast" }) {
		t.Errorf("card not moved to related: body %q, related %+v", a.Text, a.Related)
	}
}

// TestCountersKept: "1 of 12" set apart in a sentence's span is the
// sentence's, and over a listicle's item its number; only a slideshow's
// is its control.
func TestCountersKept(t *testing.T) {
	cases := []struct{ name, html, probe string }{
		{"in a sentence", `<p>She was <span class="n">1 of 12</span> finalists chosen from more than four hundred applicants this spring.</p>`, "She was 1 of 12 finalists"},
		{"a recipe's step number", `<div class="preparation-step-items"><div class="preparation-step-count">1.</div><div class="preparation-step-content"><p>` + prose + `</p></div></div>`, "1."},
		{"a fact box's value beside its icon", `<div class="meta"><div class="meta-wrapper"><span class="icon icon-stopwatch"></span><span class="meta-value">1-2 Tage</span></div><div class="meta-wrapper"><span class="icon icon-people"></span><span class="meta-value">4</span></div></div>`, "\n4\n"},
		{"a recipe's labelled time beside its icon", `<div class="detail-item"><span class="detail-item-icon oldicon oldicon-clock"></span><span class="detail-item-label">Prep time</span><p class="detail-item-value">10</p><span class="detail-item-unit">minutes</span></div>`, "10"},
		{"a listicle's number", `<div class="list-marker"><div class="item-number">1</div><div class="total">of 15</div></div><h2>Prayer Plant</h2><p>` + prose + `</p>`, "of 15"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractBetweenProse(t, tc.html)
			if !strings.Contains(a.Text, tc.probe) {
				t.Errorf("%q lost: %q", tc.probe, a.Text)
			}
		})
	}
}

// TestTestIDTokens: where a class is a generated hash, the data-testid
// (or the BBC's data-component and data-e2e) names the part: an inline
// "related" box leaves the body for Related.
func TestTestIDTokens(t *testing.T) {
	const teaser = "Mountain roads close as the first snow falls"
	a := extractString(t, `<html><body><article><h1>Cold wave reaches the north</h1><div class="css-1x2y3z"><p>`+prose+`</p></div>`+
		`<div class="css-1a9pg8h" data-testid="related-inline"><a href="https://news.example/2024/snow">`+teaser+`</a></div>`+
		`<div class="css-1x2y3z"><p>`+prose+`</p></div></article></body></html>`)
	if strings.Contains(a.Text, teaser) {
		t.Errorf("the related box stays in the body: %q", a.Text)
	}
	if !slices.ContainsFunc(a.Related, func(r Related) bool { return r.Title == teaser }) {
		t.Errorf("related = %+v, want %q", a.Related, teaser)
	}
}

func TestIsPlaceName(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Madrid", true},
		{"Rio de Janeiro", true},
		{"الدوحة", true}, // Arabic has no capitals
		{"תל אביב", true},
		{"madrid", false},
		{"Economy desk of the paper", false},
		{"Updated 2024", false},
		{"Read more.", false},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			if got := isPlaceName(tc.text); got != tc.want {
				t.Errorf("isPlaceName(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// TestAppealBoxUnderItsHeading: an appeal for support titled "... we have
// a small favour to ask" after the story goes whole, its paragraphs with
// its heading.
func TestAppealBoxUnderItsHeading(t *testing.T) {
	a := extractString(t, `<html><body><main><div class="dcr-maincontent"><h1>Hedgehogs return to the fields</h1>`+strings.Repeat(`<p>`+prose+`</p>`, 6)+
		`<div id="slot-body-end"><div class="dcr-1ypb5eb"><h2>... we have a small favour to ask.</h2><p>Millions are turning to us for open, independent, quality news every day, and readers in 180 countries around the world now back us financially.</p>`+
		`<p>We believe everyone deserves access to information that is grounded in science and truth, and analysis rooted in authority and integrity.</p>`+
		`<p>That is why we made a different choice: to keep our reporting open for all readers, regardless of where they live or what they can afford to pay.</p></div></div></div></main></body></html>`)
	if strings.Contains(a.Text, "regardless of where they live") {
		t.Errorf("the appeal stays in the body: %q", a.Text)
	}
}

// TestDropCapKept: a magazine's drop cap hidden from screen readers is
// the first letter of the story's first word; a hidden letter standing
// apart from the next word is an icon's and goes.
func TestDropCapKept(t *testing.T) {
	cases := []struct{ name, html, want, gone string }{
		{"drop cap before the word", `<p class="has-dropcap"><span class="dropcap" aria-hidden="true">T</span>he ferry leaves every half hour. ` + prose + `</p>`, "The ferry leaves", ""},
		{"drop cap before small caps", `<p><span aria-hidden="true">O</span><span class="smallcaps">n the first Monday</span> of the year. ` + prose + `</p>`, "On the first Monday", ""},
		{"hidden letter apart", `<p><span aria-hidden="true">X</span> Share this story. ` + prose + `</p>`, "Share this story", "X Share"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><body><article>"+tc.html+"<p>"+prose+"</p></article></body></html>")
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("%q lost: %q", tc.want, a.Text)
			}
			if tc.gone != "" && strings.Contains(a.Text, tc.gone) {
				t.Errorf("%q kept: %q", tc.gone, a.Text)
			}
		})
	}
}

func TestDateLinesUnderTheHeadline(t *testing.T) {
	sidebar := `<aside><ul>` + strings.Repeat(`<li><span class="date">14/3/2024</span> <a href="/a/1">Bridge repairs start in spring after a long winter</a></li>`, 4) + `</ul></aside>`
	cases := []struct{ name, header, label string }{
		{"date line beside a dated sidebar", `<div class="infos-article"><div class="date-article pull-left"><i class="fa fa-clock-o"></i> Publié le : 15-10-2024 08:42 | Mis à jour le : 15-10-2024 10:05</div></div>`, "Mis à jour"},
		{"list of the published and updated dates", `<ul class="ArticleDetailView_dateList"><li class="item"><span>등록</span><span>2025-07-29 18:42</span></li><li class="item"><span>수정</span><span>2025-07-30 09:10</span></li></ul>`, "2025-07-29"},
		{"published and updated line", `<p class="Article__date"><span class="Article__publishDate">publié le 19 novembre 2024 à 23h12</span><span class="Article__updateDate">mis à jour le 20 novembre 2024 à 00h05</span></p>`, "novembre"},
		{"times without a year, the attribute giving it", `<div class="article-timestamps"><time class="article-timestamp" datetime="2024-03-14T02:00:00+02:00">14.3. 2:00</time> <span>|</span> <span>Päivitetty <time datetime="2024-03-14T09:14:00+02:00">14.3. 9:14</time></span></div>`, "Päivitetty"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><body><article><div class="head"><h1>Council passes the budget after a long debate</h1>`+tc.header+`</div><p>`+prose+`</p><p>`+prose+`</p></article>`+sidebar+`</body></html>`)
			if strings.Contains(a.Text, tc.label) {
				t.Errorf("%q left in body: %q", tc.label, a.Text)
			}
		})
	}
}

// TestDateUnderKickedHeadline: a headline set with a kicker its markup
// does not name ("<h2><span>Flood warning</span> <span>headline</span>",
// Der Spiegel) still heads the story's header: the date line under it
// goes, however many dated entries the page lists.
func TestDateUnderKickedHeadline(t *testing.T) {
	var entries string
	for _, hm := range []string{"15.40", "14.05", "12.15", "9.30"} { // a live blog's entries, each stamped with its time
		entries += `<section><div class="newsblog__time"><time>` + hm + ` Uhr</time></div><p>` + prose + `</p></section>`
	}
	a := extractString(t, `<html><head><title>Council passes the budget after a long debate</title><meta name="date" content="2024-03-14T06:12:00+01:00"><meta property="article:modified_time" content="2024-03-14T15:40:21+01:00"></head><body><article><header><div><h2><span class="text-primary">City finances</span> <span>Council passes the budget after a long debate</span></h2><div class="RichText">`+prose+` `+prose+`</div><div class="text-s"><time datetime="2024-03-14 15:40:21">14.03.2024, 15.40 Uhr</time></div></div></header>`+entries+`</article></body></html>`)
	if strings.Contains(a.Text, "14.03.2024, 15.40 Uhr") {
		t.Errorf("date line left in body: %q", a.Text)
	}
}

// TestCreditCaptionBox: a box classed as both credit and caption
// ("div.credit-caption", NPR) holds the caption, which stays with the
// picture; its credit and the caption's toggle buttons go.
func TestCreditCaptionBox(t *testing.T) {
	a := extractString(t, `<html><body><article><h1>Lights out for migrating birds</h1><div id="storytext"><div class="bucketwrap image large"><div class="imagewrap"><img src="https://media.example/birds.jpg" alt="Birds at dusk"><div class="enlarge-options"><button>Enlarge this image</button></div></div><div class="credit-caption"><div class="caption-wrap"><div class="caption"><p>Birds fly past office towers in Chicago in October 2023.</p></div></div><span class="credit">Scott Olson/Getty Images</span><b class="hide-caption"><b>hide caption</b></b></div><b class="toggle-caption"><b>toggle caption</b></b></div><p>`+prose+`</p><p>`+prose+`</p></div></article></body></html>`)
	caption := ""
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == Figure {
				caption += b.Text
			}
		}
	}
	if !strings.Contains(caption, "Birds fly past") {
		t.Errorf("caption lost: figures %q, text %q", caption, a.Text)
	}
	if strings.Contains(a.Text+caption, "toggle caption") || strings.Contains(a.Text+caption, "hide caption") {
		t.Errorf("toggle buttons left: figures %q, text %q", caption, a.Text)
	}
}

// TestMontageCreditCaption: a lead picture whose caption is only the
// credit of a montage ("Photo-Illustration: The Cut; Photos: Getty
// Images") shows no caption.
func TestMontageCreditCaption(t *testing.T) {
	a := extractString(t, `<html><body><main><h1>Why soup night became a weekly ritual</h1><div class="lede-image-wrapper"><figure class="lede-image"><picture><img class="img" src="https://cdn.example/soup.jpg" alt=""></picture><figcaption class="image-caption"><span class="attribution">Photo-Illustration: The Cut; Photos: Getty Images</span></figcaption></figure></div><article><div class="article-content"><p>`+prose+`</p><p>`+prose+`</p></div></article></main></body></html>`)
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if strings.Contains(b.Text, "Photo-Illustration") {
				t.Errorf("the credit stays as text: %+v", b)
			}
		}
	}
}

func TestCaptionLinksDropped(t *testing.T) {
	cases := []struct{ name, caption, label, want string }{
		{"licensing link", `<span>A gavel is seen in a courtroom. REUTERS/Dado Ruvic</span><a class="primary-image__licensing" href="https://www.reutersagency.com/x">Purchase Licensing Rights<span class="screen-reader-text__text">, opens new tab</span></a>`, "Licensing", "A gavel"},
		{"caption's foot is its text", `<span class="ue-c-article__media-footer">Vista aérea de las obras del Nuevo Mestalla.</span><span class="ue-c-article__media-source">VALENCIA CF</span>`, "Licensing", "Vista aérea"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><body><article><p>`+prose+`</p><figure><img src="https://example.com/gavel.jpg" alt="A gavel"><figcaption>`+tc.caption+`</figcaption></figure><p>`+prose+`</p></article></body></html>`)
			var captions []string
			for _, s := range a.Sections {
				for _, b := range s.Blocks {
					if b.Type == Figure {
						captions = append(captions, b.Text)
					}
				}
			}
			if len(captions) != 1 || strings.Contains(captions[0], tc.label) || !strings.Contains(captions[0], tc.want) {
				t.Errorf("captions %q: want one, without %q", captions, tc.label)
			}
		})
	}
}

func TestCommentCountInTheHeader(t *testing.T) {
	page := `<html><body><article><h1>Physicists coax light into a new state</h1><div class="post__title__excerpt">A standfirst that sums the story up.</div>` +
		`<div class="post__title__actions"><a href="#comments" class="post__title__comments"><svg></svg><span>14</span></a><button>Read Later</button></div>` +
		`<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	a := extractString(t, page)
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if strings.TrimSpace(b.Text) == "14" {
				t.Errorf("comment count left as a block: %+v", a.Sections)
			}
		}
	}
}

func TestListingEntriesKeepTheirDates(t *testing.T) {
	var entries strings.Builder
	for i, name := range []string{"FABCON", "NVIDIA GTC", "RSAC", "KubeCon", "DevOpsDays"} {
		fmt.Fprintf(&entries, `<li><div class="date">March %d, 2026</div><h2><a href="https://e%d.example/">%s</a></h2><p>%s gathers people who %s</p></li>`, 16+i, i, name, name, prose)
	}
	a := extractString(t, `<html><body><main><h1>Top IT Conferences in the United States 2026</h1><p>List of upcoming events.</p><ul class="events">`+entries.String()+`</ul></main></body></html>`)
	for i := range 5 {
		if d := fmt.Sprintf("March %d, 2026", 16+i); !strings.Contains(a.Text, d) {
			t.Errorf("entry date %q left out: %q", d, a.Text)
		}
	}
}

func TestPictureKeptBesideShareButton(t *testing.T) {
	a := extractString(t, `<html><body><article><p>`+prose+`</p><figure><div class="css-1fgqpwi"><a href="https://www.pinterest.com/pin/create/button/?url=https%3A%2F%2Fexample.com%2Fa" class="css-pinterest">Share on Pinterest</a><img alt="Older couple walking" src="https://example.com/walk.jpg"></div><figcaption><span>Walking for just 10 minutes after eating may help.</span> <span>Maria Korneeva/Getty Images</span></figcaption></figure><p>`+prose+`</p></article></body></html>`)
	var fig *Block
	for _, s := range a.Sections {
		for i, b := range s.Blocks {
			if b.Type == Figure {
				fig = &s.Blocks[i]
			}
		}
	}
	if fig == nil || !strings.Contains(fig.Text, "Walking for just") || strings.Contains(fig.Text, "Pinterest") {
		t.Errorf("figure = %+v, want the picture with its caption and no share button", fig)
	}
}

// TestGuillemetBullets: a paragraph that is "»" and a link to another of
// the site's stories is a promo; the arrow inside the link is a button's,
// a file is no story, and a quotation in guillemets stays.
func TestGuillemetBullets(t *testing.T) {
	cases := []struct {
		name, html string
		related    bool
	}{
		{"bullet before the headline", `<p>» <a href="/politics/2026/11/01/budget">Budget deficit widens to record high</a></p>`, true},
		{"arrow inside the link", `<p><a href="/news_archive.aspx?id=0">» Browse the news archive</a></p>`, false},
		{"file to download", `<p>» <a href="/uploads/2014/11/annual-report.pdf">Annual report of the foundation</a></p>`, false},
		{"German quotation", `<p>»<a href="/politics/2026/11/01/budget">Budget deficit widens to record high</a>«</p>`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractBetweenProse(t, tc.html)
			if got := len(relatedTitles(a)) > 0; got != tc.related {
				t.Errorf("related = %v (%q), want %v", got, relatedTitles(a), tc.related)
			}
		})
	}
}

// TestPlaceDatelineKept: a dateline span that opens the story's first
// paragraph with a place ("KOBE – ") is the sentence's first words and
// stays; one holding a date is read as metadata and goes.
func TestPlaceDatelineKept(t *testing.T) {
	cases := []struct {
		name, dateline, probe string
		kept                  bool
	}{
		{"place", "KOBE – ", "KOBE – The council", true},
		{"place and agency", "CAIRO (AP) — ", "CAIRO (AP) — The council", true},
		{"date", "Feb. 18, 2020 – ", "Feb. 18, 2020", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><article><h1>Masks stolen from a hospital</h1><div class="entry"><p><span class="dateline">` + tc.dateline + `</span>` + prose + `</p><p>` + prose + `</p></div></article></body></html>`
			a := extractNoFallback(t, page)
			if got := strings.Contains(a.Text, tc.probe); got != tc.kept {
				t.Errorf("%q in the body = %v, want %v: %.120q", tc.probe, got, tc.kept, a.Text)
			}
		})
	}
}

// TestSectionIDAfterContents: a section whose id names its entry in the
// contents ("TOC_TITLE_1", Healthline) is the story's, however its id
// reads; only a contents box's short label goes.
func TestSectionIDAfterContents(t *testing.T) {
	section := func(i, lead string) string {
		return `<a name="TOC_TITLE_HDR_` + i + `"></a><h2>Part ` + i + `</h2><div class="content_body" id="TOC_TITLE_` + i + `"><p>` + lead + `</p><p>` + prose + `</p></div>`
	}
	a := extractNoFallback(t, `<article><h1>Library hours extended</h1><p>`+prose+`</p>`+section("1", "It can be frustrating to wait for the library to open on a Sunday morning.")+section("2", "The branch in the north will open at nine from next month.")+section("3", "Readers asked for the change in a survey last spring.")+`</article>`)
	wantInBody(t, a, "It can be frustrating", true)
}

// TestOneStepTrail: a trail of one link to the front page and the
// article's title is a breadcrumb; a link to the front page opening a
// sentence is not.
func TestOneStepTrail(t *testing.T) {
	cases := []struct {
		name, html, probe string
		kept              bool
	}{
		{"front page, then the title", `<div class="blog-post-back"><a href="https://news.example/">Paper Trails</a> &gt; <span class="breadcrumb_last">Library hours extended</span></div>`, "Paper Trails", false},
		{"front page, then other words", `<div><a href="https://news.example/">Paper Trails</a> &gt; the best place to read about the library</div>`, "Paper Trails", true},
		{"another page, then the title", `<div><a href="https://news.example/library/">Library news</a> &gt; Library hours extended</div>`, "Library news", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><head><title>Library hours extended</title></head><body><article>`+tc.html+`<h1>Library hours extended</h1><p>`+prose+`</p><p>`+prose+`</p></article></body></html>`)
			wantInBody(t, a, tc.probe, tc.kept)
		})
	}
}

// TestAuthorCardOverStory: an author's card under the dek, the name over
// a box classed as the author's description, leaves the body; the
// authors field carries the name.
func TestAuthorCardOverStory(t *testing.T) {
	a := extractNoFallback(t, `<article><h1>Library hours extended</h1><p>The branch will open at nine from next month.</p><div class="card"><p class="gb-headline">Asser Christensen</p><div class="dynamic-author-description">Licensed Q Arabica Grader, M.A. Journalism</div></div><p>`+prose+`</p><p>`+prose+`</p></article>`)
	if got := strings.Join(a.Authors, "; "); got != "Asser Christensen" {
		t.Errorf("authors = %q, want the card's name", got)
	}
	wantInBody(t, a, "Asser Christensen", false)
	wantInBody(t, a, "Arabica Grader", false)
}

// TestLinkedDateLine: the article's date set as a lone link to its day's
// or month's archive is the date line and goes; a lone link of another
// day stays.
func TestLinkedDateLine(t *testing.T) {
	cases := []struct {
		name, line, probe string
		kept              bool
	}{
		{"the article's day", `<p><a href="/2022/10/">6. Oktober 2022</a></p>`, "Oktober 2022", false},
		{"the day and time, weekday first", `<p><a href="/archiv/06-10-2022/">Donnerstag, 06.10.2022, 10:29</a></p>`, "06.10.2022", false},
		{"another day", `<p><a href="/2021/03/">3. März 2021</a></p>`, "März 2021", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><head><meta property="article:published_time" content="2022-10-06T10:29:00+02:00"></head><body><article><h1>Library hours extended</h1>`+tc.line+`<p>`+prose+`</p><p>`+prose+`</p></article></body></html>`)
			wantInBody(t, a, tc.probe, tc.kept)
		})
	}
}
