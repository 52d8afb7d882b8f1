package newsextract

import (
	"regexp"

	"golang.org/x/net/html/atom"
)

// This file holds every rule list the extractor uses: class/id tokens,
// phrases and schema.org types, one entry a line, each with its reason.
// Tokens are lower-case words of a class or id attribute split at any
// character that is not a letter or digit ("td-post-sharing" gives "td",
// "post", "sharing"); a few joined words that themes use as one token are
// listed whole.

// ruleKind says what a matching rule does with an element.
type ruleKind uint8

const (
	kindNone     ruleKind = iota
	kindDrop              // page furniture: removed from the body
	kindRelated           // related reading: links moved to Article.Related
	kindComments          // reader comments: removed, returned on request
)

// boilerTokens mark page furniture by class or id token.
var boilerTokens = map[string]string{
	"nav":            "site navigation",
	"navbar":         "site navigation",
	"navigation":     "site navigation",
	"navs":           "site navigation", // "navs-container"
	"hamburger":      "the site's menu behind a hamburger button (NBC News's \"#hamburger\", whose \"More from NBC\" reads as a widget title)",
	"menu":           "menus",
	"submenu":        "menus",
	"megamenu":       "menus",
	"playlist":       "a video player's playlist of other stories (\"video-playlist\", The Hill's \"Top Stories\" between paragraphs)",
	"breadcrumb":     "breadcrumb trail",
	"breadcrumbs":    "breadcrumb trail",
	"crumbs":         "breadcrumb trail",
	"footer":         "page footer",
	"masthead":       "page header",
	"topbar":         "page header bar, often with today's date",
	"sidebar":        "sidebars",
	"rightrail":      "a sidebar by another name",
	"leftrail":       "a sidebar by another name",
	"share":          "share bars",
	"sharing":        "share bars",
	"sharedaddy":     "Jetpack share bar",
	"partage":        "share bars (French)",
	"partager":       "share bars (French)",
	"compartir":      "share bars (Spanish)",
	"compartilhar":   "share bars (Portuguese)",
	"compartilhe":    "share bars (Portuguese: \"share!\")",
	"condividi":      "share bars (Italian)",
	"teilen":         "share bars (German)",
	"reactions":      "reaction bars: who liked a post, emoji counts",
	"ufi":            "like/comment/share bar (\"unified feedback interface\": Substack's \"post-ufi\")",
	"addtoany":       "AddToAny share bar",
	"abh":            "StarBox (\"Author Box for Humans\") author box: bio and the author's latest posts",
	"social":         "social links",
	"socials":        "social links",
	"newsletter":     "newsletter sign-up box",
	"mailmagazine":   "newsletter sign-up box (Japanese \"mail magazine\", Kahoku's \"mailmagazine_box\")",
	"subscribe":      "subscribe box",
	"subscription":   "subscribe box",
	"abbonati":       "subscribe box (Italian \"abbonati\", subscribe: Il Mattino's \"abbonati_box\")",
	"signup":         "sign-up box",
	"optin":          "newsletter opt-in form",
	"freetrial":      "free-trial pitch",
	"getstarted":     "get-started pitch",
	"cta":            "call-to-action box: a pitch and a button (\"short-cta\", \"post-bottom-cta\")",
	"form":           "a form's box and title (\"form--title\", \"hubspot-form\"); forms themselves are dropped",
	"cookie":         "cookie banner",
	"cookies":        "cookie banner",
	"consent":        "cookie banner",
	"gdpr":           "cookie banner",
	"ad":             "ad slot",
	"ads":            "ad slot",
	"adsbygoogle":    "Google ad slot",
	"advert":         "ad slot",
	"iklan":          "ad slot (Indonesian, Malay: Tempo's \"iklan-inarticle\")",
	"advertisement":  "ad slot",
	"wpcnt":          "WordPress.com ad slot (\"wpcnt\" > \"wpa\")",
	"advertising":    "ad slot",
	"adslot":         "ad slot",
	"adunit":         "ad slot",
	"dfp":            "DoubleClick ad slot",
	"gpt":            "Google Publisher Tag ad slot",
	"sponsor":        "sponsored content",
	"sponsored":      "sponsored content",
	"promo":          "promotion box",
	"banner":         "banner",
	"popup":          "pop-up",
	"modal":          "pop-up",
	"tooltip":        "a control's hover label",
	"popover":        "a panel that opens over the page on hover or click: a profile card (Car Talk's \"authorPopover__content\"), a date picker, a cookie notice's details",
	"settings":       "a player's or widget's settings panel",
	"overlay":        "pop-up",
	"toast":          "a notification that pops up (\"toast-container\": 'You have subscribed')",
	"toaster":        "a notification that pops up ('You are signed out')",
	"snackbar":       "a notification that pops up (Material's name)",
	"paywall":        "paywall prompt",
	"disclosure":     "affiliate or advertising disclosure",
	"flyout":         "fly-out box beside or over the text",
	"ai2html":        "chart whose labels are text set over an image, once per screen size",
	"authorbox":      "author box",
	"authorbio":      "author box: the writer's name and biography",
	"tagcloud":       "tag list",
	"tags":           "tag list",
	"cimkek":         "tag list, in Hungarian (\"cikk-cimkek\")",
	"hawk":           "Future plc's price widget (\"hawk-widget\"): retailers and their prices (Tom's Hardware, TechRadar)",
	"hirlevel":       "newsletter box, in Hungarian",
	"categories":     "category links (\"post-categories\", \"articleCategories\"), a tag list", // not "category": WordPress writes "category-news" on a post\'s own box
	"catlinks":       "MediaWiki category links (and its hidden maintenance categories): a tag list",
	"printfooter":    "MediaWiki's print-only footer: 'Retrieved from \"https://…\"'",
	"topics":         "topic links under a story (\"All About Malaysia\"), a tag list by another name",
	"pagination":     "previous/next links",
	"pager":          "previous/next links",
	"prevnext":       "previous/next links",
	"newer":          "previous/next links by age: a blog's link to its newer post (\"a#newer\")",
	"older":          "previous/next links by age: a blog's link to its older post (\"a#older\", \"older-posts\")",
	"skip":           "skip links",
	"toolbar":        "tool bar",
	"pagetools":      "print, e-mail and bookmark buttons (\"pagetools\")",
	"articletools":   "print, e-mail and bookmark buttons (\"articleTools\")",
	"storytools":     "print, e-mail and bookmark buttons (\"storyTools\")",
	"login":          "log-in box",
	"trending":       "trending widget",
	"popular":        "most-read widget",
	"mostread":       "most-read widget",
	"ticker":         "news ticker",
	"flashes":        "news ticker of news flashes (Ynet's 'מבזקים')",
	"screenreader":   "text for screen readers only",
	"sronly":         "text for screen readers only",
	"visuallyhidden": "text for screen readers only",
	"byline":         "byline, read as metadata",
	"dateline":       "date line, read as metadata",
	"metadata":       "date, source and place lines over a story, read as metadata",
	"rating":         "rating widget",
	"disclaimer":     "site disclaimer",
	"credit":         "photo credit line",
	"credits":        "photo credit line",
	"photocredit":    "photo credit line",
	"copyright":      "image copyright line",
	"postprofile":    "forum poster's card (phpBB: rank, post count, join date)",
	"postmetadata":   "post meta box, read as metadata (WordPress themes' \"postmetadata\": date, category, comment count)",
	"postmeta":       "post meta box, read as metadata",
	"readingtime":    "a story's reading time, the number alone (fluter's \"field_readingtime\": \"6 Min.\")",
	"readtime":       "a story's reading time, the number alone",
}

// boilerCompounds are whole class or id values (or two-word runs) that mark
// furniture where their single words would be too broad.
var boilerCompounds = map[string]string{
	"site-sub":            "MediaWiki's tagline under the title (\"siteSub\": 'From Wikipedia, the free encyclopedia'), hidden in most skins",
	"mw-jump":             "MediaWiki's 'Jump to: navigation, search' links for screen readers",
	"author-box":          "author box",
	"m-a-box":             "author box (Molongui Authorship's \"m-a-box\": the writer's name, post count and bio under the story)",
	"condition-invisible": "Webflow's conditional visibility (\"w-condition-invisible\"): display: none, set when the page is published; no script shows it",
	"dyn-empty":           "Webflow's empty collection list (\"w-dyn-empty\"): \"No items found.\" where related posts or a carousel would be",
	"about-author":        "author box",
	"author-info":         "author box",
	"author-card":         "author box",
	"author-bios":         "the authors' boxes under the story (Scientific American's \"author-bios\")",
	"support-box":         "a publisher's appeal for support (\"support-box\")",
	"affiliate-widget":    "an affiliate's booking or shopping box in the story (Lonely Planet's Viator box)",
	"tips-box":            "a tip line box between paragraphs (Daily Mail's \"mol-tips-box\")",
	"post-ratings":        "a post's star buttons (WP-PostRatings' \"post-ratings\": \"(Rate me?)\"); not \"ratings\" alone, which a review's score table carries",
	"star-ratings":        "a post's star buttons (kk Star Ratings' \"kk-star-ratings\": \"Rate this post\")",
	"ratings-link":        "a recipe's link to rate it (Drupal Fivestar: \"Rezept bewerten\")",
	"toc-title":           "the label of a table of contents (Easy Table of Contents' \"ez-toc-title\": \"Article Content\", TOC+'s \"toc_title\": \"In this article\"): the box's own title, no line of the story, whether its jump links go or stay",
	"article-feedback":    "a \"Was this page helpful?\" widget under the story (Dotdash Meredith's \"mntl-article-feedback\", Sina's feedback link)",
	"recipe-scaler":       "a recipe's yield buttons and their note (Dotdash Meredith's \"mntl-recipe-scaler\")",
	"photo-author":        "a photo's credit line (Kompas's \"photo__author\")",
	"article-disclaimer":  "the site's disclaimer under every story (The Block's \"articleDisclaimer\": its investors, not advice)",
	"post-disclaimer":     "the same under a blog post",
	"ai-summary":          "a summary a model wrote over the story (Bloomberg's \"AiSummary\" takeaways): the page's gloss, not its text",
	"author-block":        "author box (Joomla K2's \"itemAuthorBlock\")",
	"reporter-card":       "a reporter's box under the story (Hankyoreh's \"ReporterCard\")",
	"reporter-box":        "a reporter's box with photo, e-mail and motto under the story (KBS's \"reporter-box reporter-bottom\")",
	"writer-card":         "a writer's box under the story (Yonhap's \"writer-card\")",
	"marketing-unit":      "Condé Nast's newsletter or subscription pitch between paragraphs (\"ConsumerMarketingUnit\")",
	"article-bio":         "author box under the story (The Atlantic's \"ArticleBio_root\")",
	"magazine-issue":      "a promo for the print issue the story ran in (\"ArticleMagazineIssue\")",
	"author-bio":          "author box (\"AuthorBio_module_…\")",
	"post-author":         "author box",
	"entry-meta":          "post meta line, read as metadata",
	"post-meta":           "post meta line, read as metadata",
	"article-meta":        "post meta line, read as metadata",
	"post-tags":           "tag list",
	"entry-tags":          "tag list",
	"tag-links":           "tag list",
	"tag-list":            "tag list (\"tag-list-wrapper\")",
	"article-tools":       "share, gift, save and listen buttons over a story (The Economist's \"ArticleTools\")",
	"audio-tool":          "an audio player's tools: Download, Embed, Transcript (NPR's \"audio-tool-list\")",
	"post-navigation":     "previous/next links",
	"nav-links":           "previous/next links",
	"post-nav":            "previous/next links",
	"article-navigation":  "previous/next links",
	"sr-only":             "text for screen readers only",
	"screen-reader":       "text for screen readers only",
	"visually-hidden":     "text for screen readers only",
	"most-read":           "most-read widget",
	"like-button":         "a like button and its count",
	"post-signature":      "a Q&A site's card of who asked or answered a post, and when (Stack Exchange)",
	"user-details":        "a poster's name and reputation beside a post",
	"user-info":           "a poster's card beside a post",
	"view-count":          "a view counter (Wix's \"post-view-count\")",
	"type-boolean":        "a CMS setting's raw value (Drupal's \"field--type-boolean\": \"On\", \"Off\" for a gallery's options), no text",
	"reading-time":        "a story's reading time, the number alone (\"reading-time\": \"4 min\")",
	"read-time":           "a story's reading time, the number alone",
	"most-popular":        "most-read widget",
	"top-bar":             "page header bar, often with today's date",
	"opt-in":              "newsletter opt-in form",
	"error-text":          "a form's error message, shown when a sign-up fails (\"errorText hidden\")",
	"error-message":       "a form's error message",
	"form-error":          "a form's error message",
	"success-message":     "a form's confirmation message",
	"free-trial":          "free-trial pitch (\"Ready to get started?\")",
	"get-started":         "get-started pitch",
	"right-rail":          "a sidebar by another name",
	"left-rail":           "a sidebar by another name",
	"side-bar":            "a sidebar, hyphenated",
	"side-widget":         "a sidebar widget (\"mvp-side-widget\")",
	"site-header":         "page header",
	"site-footer":         "page footer",
	"td-header":           "tagDiv theme header",
	"tdb-header":          "tagDiv theme header",
	"td-footer":           "tagDiv theme footer",
	"td-ss":               "tagDiv share bar",
	"td-a-rec":            "tagDiv ad slot",
	"td-a-ad":             "tagDiv ad slot",
	"td-post-sharing":     "tagDiv share bar",
	"jp-relatedposts":     "Jetpack related posts", // also a related block, see relatedTokens
	"wp-caption-text":     "WordPress caption: out of the text, as figcaptions are (its figure reads it, captionTextClasses)",
}

// relatedCompounds are whole class or id values (or two-word runs) that
// mark related reading where their single words would be too broad.
var relatedCompounds = map[string]string{
	"read-next":           "read-next teasers: other stories to go on with (\"read-next-wrapper\")",
	"also-read":           "also-read promo, hyphenated (\"also-read-text\", Prothom Alo)",
	"lire-aussi":          "French read-also promo, named in its class (\"ap-lire-aussi\", La Libre Belgique)",
	"rich-link":           "The Guardian's card for another story set between paragraphs (\"element-rich-link\")",
	"more-on":             "a box of more stories on the subject set in the story (New York Post's \"inline-module--more-on\")",
	"interstitial-link":   "a link to another story set between paragraphs (The Washington Post's data-qa)",
	"read-also":           "also-read promo, hyphenated",
	"embedded-post":       "Substack's card for another post, set between paragraphs (\"embedded-post-wrap\", \"a.embedded-post\")",
	"kg-bookmark-card":    "Ghost's bookmark card: a linked title, excerpt and picture of another page",
	"ltag-link":           "dev.to's card for another post (\"ltag__link\"), set between paragraphs",
	"wp-embedded-content": "WordPress's embed of another post: a blockquote holding its link, and the iframe that shows it",
}

// compoundKinds orders the compound tables: related reading is named
// before furniture, as the single tokens are.
var compoundKinds = []struct {
	kind  ruleKind
	names map[string]string
}{
	{kindRelated, relatedCompounds},
	{kindDrop, boilerCompounds},
}

// networkTokens mark a paid recommendation network's widget by class or
// id token. They outrank a related token on the same element
// ("trc_related_container" on Taboola's box): its links are placements
// bought from the network, not the site's related reading.
var networkTokens = map[string]bool{
	"outbrain":   true,
	"taboola":    true,
	"trc":        true, // Taboola's class prefix (trc_rbox, trc_related_container)
	"zergnet":    true,
	"midas":      true, // a Croatian network's recommendations ("midas-recommendation", Jutarnji list)
	"revcontent": true,
}

// testIDAttrs name an element's part for a site's tests where its class
// is a generated hash ("css-1a9pg8h"): React sites' data-testid, The
// Economist's data-test-id, the BBC's data-component and data-e2e, Arc
// XP's data-qa, Der Spiegel's data-area (its classes are Tailwind's),
// Seznam's data-dot (Novinky: "ogm-article-footer", "ogm-discussion-teaser"),
// The Guardian's data-gu-name on the <aside> around a rich link.
var testIDAttrs = []string{"data-testid", "data-test-id", "data-component", "data-e2e", "data-qa", "data-area", "data-dot", "data-gu-name"}

// relatedTokens mark blocks of related reading by class or id token.
var relatedTokens = map[string]string{
	"related":         "related stories block",
	"relatedposts":    "related posts block",
	"yarpp":           "Yet Another Related Posts Plugin",
	"crp":             "Contextual Related Posts plugin",
	"recommended":     "recommended stories block",
	"recommendations": "recommended stories block",
	"morestories":     "more stories block",
	"readmore":        "read-more promo",
	"seealso":         "see-also promo",
	"alsoread":        "also-read promo",
	"kapcsolodo":      "related stories block, in Hungarian (\"kapcsolodo-doboz\", Index)",
	"listinks":        "a list of other stories set between paragraphs (The Register's \"ul.listinks\")",
	"recommends":      "a recommended story box (IGN's \"ign-recommends\" between paragraphs)",
}

// relatedPrefixes start class or id words that themes join into one
// ("relatedlinks", "relatedStoriesBottom" splits too, but "relatedstories"
// does not): a word that starts with one marks a related block.
var relatedPrefixes = []struct{ prefix, why string }{
	{"related", "related stories block, named in one word (\"relatedlinks\", \"relatedarticles\")"},
}

// commentTokens mark reader comment sections and forms.
var commentTokens = map[string]string{
	"comment":     "reader comments",
	"comments":    "reader comments",
	"commentlist": "reader comments",
	"respond":     "comment form (WordPress #respond)",
	"reply":       "comment reply form",
	"disqus":      "Disqus comments",
	"discussion":  "reader discussion",
	"guestbook":   "guest book (obituaries' condolences)",
	"komentar":    "reader comments, in Indonesian and Malay (detik's \"komentar-box\")",
	"diskuse":     "reader discussion, in Czech (Novinky's \"diskuse\")",
}

// creditClassWords are the boilerTokens that name a picture's credit
// line; see namesCaptionBox.
var creditClassWords = map[string]bool{
	"credit":  true,
	"credits": true,
}

// contentTokens mark a likely article body; an element carrying one is not
// dropped by a furniture token it also carries ("post-content social-ready")
// unless that token is a comment or related one, or a strong one on a
// small element (see strongTokens).
var contentTokens = map[string]bool{
	"article":     true, // article bodies and wrappers
	"articlebody": true, // schema.org articleBody used as a class
	"content":     true, // entry-content, post-content, td-post-content
	"entry":       true, // WordPress entry-content
	"story":       true, // story-body
	"mathjax":     true, // a MathJax formula, whatever context-menu class ("CtxtMenu_Attached_0") it carries
}

// strongTokens are furniture tokens that outweigh a content token on an
// element holding little text (at most strongMaxRunes): a share box made
// for articles ("social-share-box--article") or an ad slot inside the
// story ("article-ad") is furniture, where "post-content social-ready"
// around a whole story is not.
var strongTokens = map[string]bool{
	"share":         true, // share bars
	"sharing":       true,
	"social":        true,
	"ad":            true, // ad slots
	"ads":           true,
	"advert":        true,
	"advertisement": true,
	"breadcrumb":    true, // trails ("article-breadcrumb"); not "menu": MathJax marks formulas "CtxtMenu_Attached"
	"breadcrumbs":   true,
	"tags":          true, // tag lists ("article__tags", "story-tags")
	"categories":    true, // category links ("articleCategories")
	"newsletter":    true, // sign-up boxes ("article-newsletter")
	"subscribe":     true,
	"promo":         true,
	"footer":        true,
	"sidebar":       true,
	"modal":         true,
	"popup":         true,
	"overlay":       true,
	"banner":        true,
	"cta":           true,
	"form":          true,
	"popular":       true,
	"pagination":    true,
	"paywall":       true,
	"copyright":     true,
}

// sidebarWords name, in a class or id, a column beside the story: an
// <aside> of cards after <main> so named is the site's, not further
// reading (asideKind).
var sidebarWords = map[string]bool{
	"sidebar":   true, // "sidebar", "site-sidebar"
	"widget":    true, // WordPress's "widget-area"
	"widgets":   true,
	"secondary": true, // WordPress themes' "#secondary"
	"rail":      true, // "right-rail"
}

// paragraphTokens are furniture tokens that, on a <p>, mark the article's
// own text: "body-paragraph paywall" is a paragraph of the story that
// subscribers see in full, where a <div class="paywall"> is the prompt.
var paragraphTokens = map[string]bool{
	"paywall": true,
}

// strongMaxRunes is the most text an element may hold for a strong token
// to outweigh a content token on it.
const strongMaxRunes = 200

// contentSelectors name article-body containers, best first. The content
// stage tries them before scoring and accepts one only when it holds enough
// of the page's text.
var contentSelectors = []string{
	`[itemprop="articleBody"]`, // schema.org microdata
	`.entry-content`,           // WordPress themes
	`.post-content`,            // WordPress and Ghost themes
	`.td-post-content`,         // tagDiv Newspaper theme
	`.article-body`,            // many news CMSs
	`.article__body`,           // BEM news templates
	`.article-content`,         // many news CMSs
	`.story-body`,              // BBC-style templates
	`.post-body`,               // Blogger
	`.entry-body`,              // Movable Type, Typepad
	`article`,                  // HTML5 templates
	`[role="main"]`,            // ARIA landmark
	`main`,                     // HTML5 landmark
}

// wholeArticleSelectors are the contentSelectors that name a whole article
// or page rather than its body: two of them side by side are two stories
// (a teaser, the next story of an endless page), not two parts of one.
var wholeArticleSelectors = map[string]bool{
	`article`:       true,
	`[role="main"]`: true,
	`main`:          true,
}

// bioVerbs follow an author's full name at the start of the bio line a
// paper sets under the story (see dropTrailingBios).
var bioVerbs = []string{
	" is ",      // "Andrew Kessler is a Times correspondent …"
	" was ",     // "… was the paper's bureau chief"
	" has ",     // "… has covered Congress since 2019"
	" covers ",  // "… covers energy and climate"
	" writes ",  // "… writes about food"
	" reports ", // "… reports on health care"
	" teaches ", // "… teaches at Harvard's Kennedy School"
	" lives ",   // "… lives in Brooklyn"
	" edits ",   // "… edits the paper's books pages"
	" works ",   // "… works as a freelance photographer"
	" ist ",     // German
	" est ",     // French
}

// furniturePhrases are whole texts of a block (lower-cased, white space
// folded) that are furniture wherever they stand: the block is dropped.
var furniturePhrases = map[string]string{
	"- advertisement -":                                  "ad slot label (tagDiv Newspaper)",
	"- advertisement -spot_img":                          "ad slot label with its image placeholder",
	"advertisement":                                      "ad slot label",
	"valorar:":                                           "rating widget's label (Spanish \"rate:\")",
	"follow":                                             "label over a site's follow buttons",
	"scroll down for video":                              "label over a story's video (Daily Mail)",
	"send us your feedback":                              "link to a feedback form (DW)",
	"rights & permissions":                               "link to a reprint form (Scientific American)",
	"video ad feedback":                                  "link to rate a video's ad (CNN)",
	"ad feedback":                                        "link to rate an ad (CNN)",
	"stock chart icon":                                   "an inline chart's icon label (CNBC)",
	"artikelrechte erwerben":                             "German link to buy reprint rights (FAZ)",
	"特設サイト":                                              "Japanese 'special site' label over a link to a topic site (NHK)",
	"advertisements":                                     "ad slot label (WordPress.com's \"wpa-about\")",
	"advertisement - scroll to continue":                 "ad slot label",
	"skip advertisement":                                 "link past an ad slot (The New York Times)",
	"read in app":                                        "link to the site's app over the story (The New York Times)",
	"news release":                                       "label over a government's release (the City of Toronto)",
	"leave your feedback":                                "link to a feedback form beside the byline (PBS NewsHour)",
	"শেয়ার করুন":                                        "Bengali 'share' label over the share buttons (Anandabazar)",
	"請繼續往下閱讀":                                            "Chinese 'please read on below' over an ad slot (Liberty Times)",
	"點擊看圖輯":                                              "Chinese 'click to see the gallery' link (HK01)",
	"reportar error":                                     "Spanish link to report an error ('Reportar error', El Tiempo)",
	"encontrou algum erro? entre em contato":             "Portuguese link to report an error (A Tarde)",
	"encontrou algum erro":                               "Portuguese link to report an error",
	"réutiliser ce contenu":                              "French syndication link (Le Monde's 'Réutiliser ce contenu')",
	"rectificar":                                         "Spanish link to the correction form ('Rectificar', El País)",
	"有料記事":                                               "Japanese 'paid article' label over the headline",
	"watch now":                                          "label over an embedded video (CNBC's \"InlineVideo-label\")",
	"report an error with this article":                  "link to a correction form (The Independent)",
	"advertising":                                        "ad slot label",
	"for immediate release":                              "press release's release line",
	"pinned post":                                        "live blog's label over its pinned entry",
	"###":                                                "press release's end mark",
	"-30-":                                               "press release's end mark",
	"reuse this content":                                 "syndication link (The Guardian)",
	"skip past newsletter promotion":                     "link past a newsletter sign-up (The Guardian)",
	"after newsletter promotion":                         "anchor after a newsletter sign-up (The Guardian)",
	"support the guardian":                               "appeal for support (The Guardian)",
	"continue reading the main story":                    "reading-position label between ad slots (The New York Times)",
	"article continues below":                            "ad slot label",
	"article continues":                                  "ad slot label (The Guardian's \"mpu_continue\")",
	"story continues below":                              "ad slot label",
	"continue reading below":                             "ad slot label",
	"story continues below advertisement":                "ad slot label (Global News, The Washington Post)",
	"article continues below advertisement":              "ad slot label",
	"story continues after advertisement":                "ad slot label",
	"sigue leyendo":                                      "Spanish 'keep reading' label over an ad slot",
	"continua a leggere dopo la pubblicità":              "Italian 'keep reading after the ad' label",
	"scroll to continue with content":                    "ad slot label (detik: 'ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT')",
	"scroll untuk melanjutkan":                           "ad slot label (Indonesian 'scroll to continue', Tempo)",
	"[gambas:video 20detik]":                             "placeholder of detik's video embed",
	"download references":                                "a research paper's references link (Nature)",
	"reprints and permissions":                           "a research journal's rights link (Nature)",
	"text of this article":                               "a newsroom's download tab (Apple Newsroom)",
	"images in this article":                             "a newsroom's download tab (Apple Newsroom)",
	"download all images":                                "a newsroom's download link (Apple Newsroom)",
	"we apologize, but this video has failed to load":    "a video player's error text (Postmedia)",
	"image d'illustration":                               "French label under a stock picture (Seneweb)",
	"add to watchlist":                                   "a stock widget's button (Moneycontrol)",
	"the video will start in":                            "a player's autoplay countdown (Reach's papers: 'The video will start in 8')",
	"please turn on javascript to use this feature":      "a script control's warning (the Guardian's key-events toggle)",
	"reporta un error":                                   "Spanish link to report an error (Vocento's papers)",
	"fehler gefunden? jetzt melden":                      "German link to report an error (Blick)",
	"fehler gefunden":                                    "German link to report an error",
	"votre vie privée nous importe":                      "French title of a cookie consent box",
	"more articles by this reporter":                     "link to the reporter's page in the reporter box (JoongAng Daily)",
	"versione audio generata automaticamente":            "Italian note on a read-aloud player (Il Resto del Carlino)",
	"this story is available exclusively to subscribers": "paywall badge over the headline (Gannett)",
	"baca halaman berikutnya":                            "Indonesian link to the story's next page (CNN Indonesia)",
	"¿encontró un error? repórtelo aquí":                 "Spanish link to report an error (El Tiempo)",
	"¿encontraste un error? repórtalo aquí":              "Spanish link to report an error, addressing the reader as tú (El Tiempo)",
	"haberin devamı":                                     "ad slot label (Turkish: 'the story continues')",
	"dalszy ciąg materiału pod wideo":                    "video slot label (Polish: 'the story continues below the video')",
	"dalsza część artykułu pod materiałem wideo":         "video slot label (Polish)",
	"summarize with ai":                                  "buttons that send the page to a chatbot",
	"pin":                                                "Pinterest button (see pictureButtons)",
	"pin it":                                             "Pinterest button",
	"pin recipe":                                         "recipe card's Pinterest button",
	"save recipe":                                        "recipe card's bookmark button",
	"rate this recipe":                                   "recipe card's rating prompt",
	"member-only story":                                  "Medium's paywall badge over a story",
	"loading":                                            "a script's placeholder, left where it had not run",
	"loading ...":                                        "a script's placeholder",
	"loading…":                                           "a script's placeholder",
	"loading comments...":                                "the comment widget's placeholder",
	"loading comments…":                                  "the comment widget's placeholder",
	"continue reading":                                   "paywall or read-more label",
	"voltar":                                             "back link (Portuguese)",
	"volver":                                             "back link (Spanish)",
	"retour":                                             "back link (French)",
	"anzeige":                                            "ad slot label (German)",
	"werbung":                                            "ad slot label (German: NZZ's \"resor__label\", Swiss and Austrian papers)",
	"anzeigen":                                           "ad slot label (German plural), or a 'show' button",
	"publicité":                                          "ad slot label (French)",
	"publicidad":                                         "ad slot label (Spanish)",
	"anuncio":                                            "ad slot label (Mexican Spanish, Proceso)",
	"purchase licensing rights":                          "Reuters' link to license the picture, inside its caption",
	"peer-reviewed publication":                          "EurekAlert!'s label for the kind of release, under the headline",
	"purchase licensing rights, opens new tab":           "the same link with its screen-reader note",
	"read full bio":                                      "link to the author's page closing a bio box (Ars Technica)",
	"tip us off":                                         "a newsroom's tip-line link (The Register's \"TIP US OFF\")",
	"zur startseite":                                     "back link (German, Tagesspiegel's \"Zur Startseite\")",
	"pokračování článku pod reklamou":                    "Czech \"the article continues below the ad\": an ad slot's label",
	"ir a los comentarios":                               "Spanish \"go to the comments\": a share bar's link (El País)",
	"이 기사를 추천합니다":                                        "Korean \"I recommend this article\": a recommend button's label (Hankyoreh)",
	"read more below":                                    "a summary card's jump to its section further down (Tom's Guide)",
	"rate & comment":                                     "a recipe's jump to its rating form (Serious Eats)",
	"pubblicità":                                         "ad slot label (Italian)",
	"adv":                                                "ad slot label (Italian papers' \"ADV\": QN, Tgcom24)",
	"纠错":                                                 "Chinese \"correct an error\": a link to report a mistake beside the editor's credit (Xinhua)",
	"voiced by amazon polly":                             "the label of Amazon Polly's audio player (AWS blogs, WordPress papers)",
	"video unavailable":                                  "a video player's placeholder state (Reach plc's papers)",
	"click to play tap to play":                          "a video player's prompt (Reach plc's papers)",
	"quelltext bearbeiten":                               "German MediaWiki's edit-source link beside a heading",
	"vous avez aimé cet article ?":                       "a French feedback poll under the story (20 Minutes)",
	"prijavi pogrešku":                                   "Croatian \"report an error\" link under the story (Index.hr)",
	"open gallery":                                       "a picture's gallery button (Ynetnews)",
	"join our community":                                 "the button of a membership appeal (The Times of Israel)",
	"end of article":                                     "a blog's end marker over its widgets (Times of India)",
	"allow x content?":                                   "the BBC's consent prompt over an embedded post, one a platform",
	"allow twitter content?":                             "the BBC's consent prompt",
	"allow instagram content?":                           "the BBC's consent prompt",
	"allow youtube content?":                             "the BBC's consent prompt",
	"allow tiktok content?":                              "the BBC's consent prompt",
	"allow facebook content?":                            "the BBC's consent prompt",
	"reklama":                                            "ad slot label (Polish, Czech)",
	"advertentie":                                        "ad slot label (Dutch)",
	"publicidade":                                        "ad slot label (Portuguese)",
	"mainos":                                             "ad slot label (Finnish)",
	"реклама":                                            "ad slot label (Russian, Ukrainian, Bulgarian)",
	"広告":                                                 "ad slot label (Japanese)",
	"광고":                                                 "ad slot label (Korean)",
	"reklame":                                            "ad slot label (Danish, Norwegian)",
	"reklam":                                             "ad slot label (Turkish, Swedish)",
	"annons":                                             "ad slot label (Swedish)",
	"annonse":                                            "ad slot label (Norwegian)",
	"annonce":                                            "ad slot label (Danish)",
	"آگهی":                                               "ad slot label (Persian)",
	"إعلان":                                              "ad slot label (Arabic)",
	"פרסומת":                                             "ad slot label (Hebrew)",
	"διαφήμιση":                                          "ad slot label (Greek)",
	"विज्ञापन":                                           "ad slot label (Hindi)",
	"โฆษณา":                                              "ad slot label (Thai)",
	"quảng cáo":                                          "ad slot label (Vietnamese)",
	"广告":                                                 "ad slot label (Chinese)",
	"廣告":                                                 "ad slot label (traditional Chinese)",
	"iklan":                                              "ad slot label (Indonesian, Malay)",
	"sponsored":                                          "sponsored label",
	"spot_img":                                           "tagDiv image placeholder",
	"share this:":                                        "share bar label",
	"share this article":                                 "share bar label",
	"möchten sie den artikel teilen":                     "share bar label (German)",
	"quellen ausblenden":                                 "toggle button of a source list (German)",
	"kontakt":                                            "contact box label (German), alone on its line",
	"weitere informationen":                              "further-information box label (German), alone on its line",
	"von":                                                "byline label left alone once the name is read (German)",
	"share":                                              "share bar label",
	"like this:":                                         "Jetpack like bar",
	"email":                                              "email link",
	"back to top":                                        "navigation link",
	"return to top":                                      "navigation link",
	"to top":                                             "navigation link",
	"top of page":                                        "navigation link",
	"printer-friendly version":                           "print link",
	"print this story":                                   "print link",
	"print this article":                                 "print link",
	"email this story":                                   "email link",
	"email this article":                                 "email link",
	"digg this story":                                    "social bookmark link",
	"skip to content":                                    "skip link",
	"skip to main content":                               "skip link",
	"loading...":                                         "a script's placeholder",
	"正在加载...":                                            "a script's placeholder (Chinese \"loading...\", Tencent's video box)",
	"加载中...":                                             "a script's placeholder (Chinese \"loading...\")",
	"video loading":                                      "a video player's placeholder (Stuff: \"Video loading...\")",
	"partilhe esta notícia":                              "share bar label (Portuguese: share this story)",
	"please enter your comment!":                         "comment form prompt",
	"please enter your name here":                        "comment form prompt",
	"you have entered an incorrect email address!": "comment form prompt",
	"print recipe":   "recipe card print button",
	"rezept drucken": "recipe card print button (German)",
	"print":          "print link",
	"drucken":        "print link (German)",
	"imprimer":       "print link (French)",
	"imprimir":       "print link (Spanish, Portuguese)",
	"stampa":         "print link (Italian)",
	"afdrukken":      "print link (Dutch)",
	"skriv ut":       "print link (Swedish, Norwegian)",
	"tulosta":        "print link (Finnish)",
	"vytisknout":     "print link (Czech)",
	"drukuj":         "print link (Polish)",
	"yazdır":         "print link (Turkish)",
	"печать":         "print link (Russian)",
	"распечатать":    "print link (Russian)",
	"dalszy ciąg artykułu pod materiałem wideo": "Polish 'the article goes on below the video' over a player (Interia)",
	"dalsza część artykułu pod reklamą":         "Polish 'the article goes on below the ad' (Rzeczpospolita)",
	"exclusivo suscriptores":                    "Spanish paywall badge over a headline (El País Uruguay)",
	"à voir en vidéo":                           "French 'to watch on video' over a player (Le Devoir)",
	"打印":                                        "print link (Chinese)",
	"我要反馈":                                      "feedback link (Chinese: I want to give feedback, Sina)",
	"印刷":                                        "print link (Japanese)",
	"인쇄":                                        "print link (Korean)",
	"طباعة":                                     "print link (Arabic)",
	"zurück":                                    "back link (German)",
	"zurück zur übersicht":                      "back link (German)",
	"zurück zur startseite":                     "back link (German)",
	"zurück zur listenansicht":                  "back link (German)",
	"zurück zur vorherigen seite":               "back link (German)",
	"back":                                      "back link",
	"go back":                                   "back link",
	"back to overview":                          "back link",
	"previous":                                  "previous/next link",
	"next":                                      "previous/next link",
	"vorheriges":                                "previous/next link (German)",
	"nächstes":                                  "previous/next link (German)",
	"diese seite teilen":                        "share bar label (German)",
	"artikel teilen":                            "share bar label (German)",
	"news teilen":                               "share bar label (German)",
	"teilen":                                    "share bar label (German)",
	"partager":                                  "share bar label (French)",
	"compartilhar":                              "share bar label (Portuguese)",
	"compartilhe":                               "share bar label (Portuguese)",
	"delen":                                     "share bar label (Dutch)",
	"dela":                                      "share bar label (Swedish)",
	"jaa":                                       "share bar label (Finnish)",
	"paylaş":                                    "share bar label (Turkish)",
	"поделиться":                                "share bar label (Russian)",
	"поділитися":                                "share bar label (Ukrainian)",
	"megosztás":                                 "share bar label (Hungarian)",
	"distribuie":                                "share bar label (Romanian)",
	"分享":                                        "share bar label (Chinese)",
	"分享到":                                       "share bar label (Chinese: share to)",
	"シェア":                                       "share bar label (Japanese)",
	"공유":                                        "share bar label (Korean)",
	"공유하기":                                      "share bar label (Korean)",
	"شارك":                                      "share bar label (Arabic)",
	"مشاركة":                                    "share bar label (Arabic)",
	"compartir":                                 "share bar label (Spanish)",
	"condividi":                                 "share bar label (Italian)",
	"udostępnij":                                "share bar label (Polish)",
	"like it? share it!":                        "share bar label",
	"share on facebook":                         "share bar label",
	"share on twitter":                          "share bar label",
	"artikel bewerten":                          "rating widget label (German)",
	"war der artikel nützlich?":                 "rating widget label (German)",
	"war dieser artikel hilfreich?":             "rating widget label (German)",
	"was this article helpful?":                 "rating widget label",
	"was this helpful?":                         "rating widget label",
	"was the article useful?":                   "rating widget label",
	"was this article useful?":                  "rating widget label",
	"did you find this article helpful?":        "rating widget label",
	"did you find this article useful?":         "rating widget label",
	"was this page helpful?":                    "page feedback widget label (government and help sites)",
	"did this article help you?":                "rating widget label (wikiHow)",
	"was this page useful?":                     "page feedback widget label",
	"is this page useful?":                      "page feedback widget label (GOV.UK)",
	"was this information helpful?":             "page feedback widget label",
	"did you find this page helpful?":           "page feedback widget label",
	"did this page help you?":                   "page feedback widget label",
	"report a problem with this page":           "page feedback widget link (GOV.UK and others)",
	"war diese seite hilfreich":                 "page feedback widget label (German)",
	"war dieser beitrag hilfreich":              "rating widget label (German)",
	"¿te ha resultado útil este artículo":       "rating widget label (Spanish)",
	"¿te ha sido útil este artículo":            "rating widget label (Spanish)",
	"¿fue útil este artículo":                   "rating widget label (Spanish)",
	"¿te resultó útil este artículo":            "rating widget label (Spanish)",
	"¿te resultó útil esta información":         "page feedback widget label (Spanish)",
	"cet article vous a-t-il été utile":         "rating widget label (French)",
	"cette page vous a-t-elle été utile":        "page feedback widget label (French)",
	"cet article vous a été utile":              "rating widget label (French)",
	"questo articolo ti è stato utile":          "rating widget label (Italian)",
	"questa pagina ti è stata utile":            "page feedback widget label (Italian)",
	"este artigo foi útil":                      "rating widget label (Portuguese)",
	"esta página foi útil":                      "page feedback widget label (Portuguese)",
	"was dit artikel nuttig":                    "rating widget label (Dutch)",
	"was deze informatie nuttig":                "page feedback widget label (Dutch)",
	"yes no":                                    "feedback widget's answer buttons",
	"ja nein":                                   "feedback widget's answer buttons (German)",
	"oui non":                                   "feedback widget's answer buttons (French)",
	"sí no":                                     "feedback widget's answer buttons (Spanish)",
	"sì no":                                     "feedback widget's answer buttons (Italian)",
	"sim não":                                   "feedback widget's answer buttons (Portuguese)",
	"ja nee":                                    "feedback widget's answer buttons (Dutch)",
	"comments are closed.":                      "closed comment section",
	"comments are closed":                       "closed comment section",
	"kommentare geschlossen":                    "closed comment section (German)",
	"kommentare sind geschlossen.":              "closed comment section (German)",
	"no responses yet":                          "empty comment section",
	"explore further":                           "related-reading label (phys.org and others)",
	"bild anzeigen":                             "image toggle (German)",
	"zum vergrößern auf das bild klicken":       "image zoom hint (German)",
	"in stock":                                  "shop box's stock label",
	"out of stock":                              "shop box's stock label",
	"currently unavailable":                     "shop box's stock label",
	"sold out":                                  "shop box's stock label",
	"ausverkauft":                               "shop box's stock label (German)",
	"auf lager":                                 "shop box's stock label (German)",
}

// serviceLinkTitles are the titles (headingKey) of a site's pages about
// itself: its terms, privacy and cookie notices, its advertising and
// contact pages. A related box or a footer beside it links them; they are
// never a story to read next.
var serviceLinkTitles = map[string]bool{
	"privacy policy":           true,
	"privacy notice":           true,
	"privacy statement":        true,
	"cookie policy":            true,
	"cookie settings":          true,
	"cookie preferences":       true,
	"terms of service":         true,
	"terms of use":             true,
	"terms and conditions":     true,
	"terms & conditions":       true,
	"terms and privacy":        true,
	"community guidelines":     true,
	"publisher guidelines":     true,
	"accessibility statement":  true,
	"advertise with us":        true,
	"advertise a job":          true, // a regional paper's classifieds
	"advertise my business":    true,
	"place your ad":            true,
	"place an ad":              true,
	"modern slavery statement": true, // a UK company's legal notice
	"contact us":               true,
	"about us":                 true,
	"impressum":                true, // German imprint
	"datenschutz":              true, // German privacy notice
	"datenschutzerklärung":     true,
	"datenschutzbestimmungen":  true,
	"mentions légales":         true, // French imprint
	"aviso legal":              true, // Spanish imprint
}

// accountHostLabels are the first labels of host names that serve a
// site's accounts (sign-in, registration), never a story; see
// isAccountURL.
var accountHostLabels = map[string]bool{
	"login":     true,
	"sso":       true, // single sign-on ("sso.elpais.com.uy/cas/login")
	"accounts":  true,
	"auth":      true,
	"signin":    true,
	"myaccount": true,
	"registro":  true, // Spanish "registration" ("registro.elpais.com.uy")
}

// accountPathSegments are whole path segments, lower-cased, of a site's
// account pages and of its shop's basket, the reader's own pages too;
// see isAccountURL.
var accountPathSegments = map[string]bool{
	"login":           true,
	"log-in":          true,
	"signin":          true,
	"sign-in":         true,
	"logout":          true,
	"register":        true,
	"registration":    true,
	"signup":          true,
	"sign-up":         true,
	"lostpassword":    true,
	"forgot-password": true,
	"reset-password":  true,
	"wp-login.php":    true, // WordPress's sign-in page
	"my-account":      true,
	"myaccount":       true,
	"cart":            true, // a shop's basket: "Buy Now" and "Sign Up to Start Course" put an item in it
	"checkout":        true,
	"basket":          true,
	"warenkorb":       true, // German
	"panier":          true, // French
}

// bareDomain matches a host name written as a link's whole text
// ("LifeDaily.com", "dogs.about.com"), with a path at most.
var bareDomain = regexp.MustCompile(`^(?:[\p{L}\d-]+\.)+\p{L}{2,}(?:/\S*)?$`)

// togglePhrases are whole texts of a button that expands or collapses
// a list, or fetches more of it. They are dropped only where they stand
// alone on their line: "See more" can also close a caption's sentence as
// a link to the full picture.
var togglePhrases = map[string]string{
	"see more":        "toggle button of a collapsed list",
	"see less":        "toggle button of an expanded list",
	"show more":       "toggle button of a collapsed list",
	"show less":       "toggle button of an expanded list",
	"load more":       "button that fetches more teasers",
	"click to expand": "toggle of a collapsed quote in a forum post (XenForo)",
	"show caption":    "toggle button of a video's caption",
	"hide caption":    "toggle button of a video's caption",
	"toggle caption":  "toggle button of a picture's caption (NPR)",
	"show more notes": "Tumblr's button that loads more of a post's notes",
	"view all":        "link to the whole listing",
	"see all":         "link to the whole listing",
	"show all":        "link to the whole listing",
	"erweitern":       "German 'expand' toggle of a collapsed box",
	"ausklappen":      "German 'unfold' toggle",
}

// toggleWords are the whole label of a control that opens or closes a
// box ("Table of Contents [Hide]", "Contents hide"); see isToggleControl.
var toggleWords = map[string]bool{
	"show":       true,
	"hide":       true,
	"toggle":     true,
	"expand":     true,
	"collapse":   true,
	"einblenden": true, // German
	"ausblenden": true, // German
	"afficher":   true, // French
	"masquer":    true, // French
}

// listingLinkPrefixes open a link to a whole listing, whose box title a
// heading may be (see dropListingHeadings).
var listingLinkPrefixes = []string{
	"see all",       // "See all tours"
	"view all",      // "View All Best Projector Categories"
	"show all",      // "Show all episodes"
	"browse all",    // "Browse all recipes"
	"alle anzeigen", // German "show all"
}

// invitePhrases are whole texts of a link that only invites a click:
// "Learn more" under a product card, "Read the review" under a pick. They
// are dropped where the link stands alone on its line; in a sentence
// they are words.
var invitePhrases = map[string]string{
	"learn more":                      "call to action",
	"how we rate and review products": "a review site's link to its methods, under the score box (The Verge)",
	"how we rate games":               "a game site's link to its review methods (IGN)",
	"find out more":                   "call to action",
	"discover more":                   "call to action",
	"more info":                       "call to action",
	"click here":                      "call to action",
	"book a demo":                     "sales call to action",
	"request a demo":                  "sales call to action",
	"get a demo":                      "sales call to action",
	"start free trial":                "sales call to action",
	"start your free trial":           "sales call to action",
	"try it free":                     "sales call to action",
	"get started":                     "sales call to action",
	"get quote":                       "sales call to action",
	"get a quote":                     "sales call to action",
	"read reviews":                    "link to a listing's reviews, with no title",
	"see deal":                        "shop call to action",
	"view deal":                       "shop call to action",
	"shop now":                        "shop call to action",
	"buy now":                         "shop call to action",
	"check it out":                    "call to action",
	"book now":                        "booking call to action",
	"book online":                     "booking call to action",
	"view full profile":               "link to an author's page, with no name",
	"view profile":                    "link to an author's page, with no name",
	"listen on itunes":                "podcast subscription button",
	"mehr erfahren":                   "call to action (German)",
	"en savoir plus":                  "call to action (French)",
}

// teaserLink is the reason of the storyLinkPhrases that end a teaser
// ("Read more", "Weiterlesen"): a list of teasers each ending so is a
// listing, which keepsMeasure lets them go on saying.
const teaserLink = "link from a teaser to its story"

// storyLinkPhrases are whole texts of a link to a story or a review that
// names none: "Read article" under a teaser card's headline. Like
// invitePhrases they are dropped where the link stands alone on its
// line; in a related box the card's headline titles the link instead
// (see cardTitleAround).
var storyLinkPhrases = map[string]string{
	"read article":         "link to a story, with no title",
	"go to article":        "link to a story, with no title",
	"read the review":      "link to a review, with no title",
	"read the full review": "link to a review, with no title",
	"read full review":     "link to a review, with no title",
	"link zum artikel":     "link to a story, with no title (German)",
	"zum artikel":          "link to a story, with no title (German)",
	"read more":            teaserLink,
	"continue reading":     teaserLink,
	"read the rest":        teaserLink,
	"read full story":      teaserLink,
	"read the full story":  teaserLink,
	"read full article":    teaserLink,
	"weiterlesen":          teaserLink + " (German)",
	"mehr lesen":           teaserLink + " (German)",
	"lire la suite":        teaserLink + " (French)",
	"seguir leyendo":       teaserLink + " (Spanish)",
	"leer más":             teaserLink + " (Spanish)",
	"continua a leggere":   teaserLink + " (Italian)",
	"leggi tutto":          teaserLink + " (Italian)",
	"ver noticia":          teaserLink + " (Spanish)",
	"leia mais":            teaserLink + " (Portuguese)",
	"lees meer":            teaserLink + " (Dutch)",
	"läs mer":              teaserLink + " (Swedish)",
	"les mer":              teaserLink + " (Norwegian)",
	"læs mere":             teaserLink + " (Danish)",
	"lue lisää":            teaserLink + " (Finnish)",
	"czytaj więcej":        teaserLink + " (Polish)",
	"číst dál":             teaserLink + " (Czech)",
	"devamını oku":         teaserLink + " (Turkish)",
	"читать далее":         teaserLink + " (Russian)",
	"читати далі":          teaserLink + " (Ukrainian)",
	"続きを読む":                teaserLink + " (Japanese)",
	"阅读全文":                 teaserLink + " (Chinese)",
	"더보기":                  teaserLink + " (Korean)",
}

// toolbarPhrases are the labels of an article's tool bar: print, e-mail,
// text size and bookmark buttons. A short block whose words are a run of
// them, and nothing else, is the bar ("Print Article Email Article",
// "E-mail this to a friend Printable version"; see byToolbar). Keys are
// lower-case words with the punctuation taken out ("e-mail" is "e mail").
// A weak phrase does not make a bar alone: a lone "Text" labels a German
// byline, a lone "Increase" is a word.
var toolbarPhrases = map[string]toolbarPhrase{
	"print article":                          {"print button", false},
	"print story":                            {"print button", false},
	"print page":                             {"print button", false},
	"print this":                             {"print button", false},
	"print this page":                        {"print button", false},
	"print this post":                        {"print button", false},
	"print this article":                     {"print button", false},
	"print this story":                       {"print button", false},
	"print version":                          {"print button", false},
	"printable version":                      {"print button", false},
	"print friendly":                         {"print button", false},
	"print friendly version":                 {"print button", false},
	"printer friendly":                       {"print button", false},
	"printer friendly page":                  {"print button", false},
	"printer friendly version":               {"print button", false},
	"printer friendly format":                {"print button", false},
	"artikel drucken":                        {"print button (German)", false},
	"email article":                          {"e-mail button", false},
	"e mail article":                         {"e-mail button", false},
	"email this":                             {"e-mail button", false},
	"e mail this":                            {"e-mail button", false},
	"email this article":                     {"e-mail button", false},
	"e mail this article":                    {"e-mail button", false},
	"email this story":                       {"e-mail button", false},
	"e mail this story":                      {"e-mail button", false},
	"email story":                            {"e-mail button", false},
	"email a friend":                         {"e-mail button", false},
	"e mail a friend":                        {"e-mail button", false},
	"email to a friend":                      {"e-mail button", false},
	"e mail to a friend":                     {"e-mail button", false},
	"email this to a friend":                 {"e-mail button", false},
	"email this page":                        {"e-mail button", false},
	"e mail this page":                       {"e-mail button", false},
	"email this page to a friend":            {"e-mail button", false},
	"email this page to friends":             {"e-mail button", false},
	"e mail this to a friend":                {"e-mail button", false},
	"email this article to a friend":         {"e-mail button", false},
	"e mail this article to a friend":        {"e-mail button", false},
	"send to a friend":                       {"e-mail button", false},
	"send to friend":                         {"e-mail button", false},
	"send it to a friend":                    {"e-mail button", false},
	"send this article to a friend":          {"e-mail button", false},
	"send this article to friends by e mail": {"e-mail button", false},
	"send this story to a friend":            {"e-mail button", false},
	"tell a friend":                          {"e-mail button", false},
	"refer to a friend":                      {"e-mail button (\"Print article | Refer to a friend\", PR-inside)", false},
	"artikel versenden":                      {"e-mail button (German)", false},
	"per e mail versenden":                   {"e-mail button (German \"send by e-mail\")", false},
	"per mail versenden":                     {"e-mail button (German)", false},
	"enviar por mail":                        {"e-mail button (Spanish, Portuguese)", false},
	"enviar por email":                       {"e-mail button (Spanish, Portuguese)", false},
	"enviar por e mail":                      {"e-mail button (Spanish, Portuguese)", false},
	"enviar por correo":                      {"e-mail button (Spanish)", false},
	"envoyer par email":                      {"e-mail button (French)", false},
	"envoyer par e mail":                     {"e-mail button (French)", false},
	"envoyer par mail":                       {"e-mail button (French)", false},
	"invia per email":                        {"e-mail button (Italian)", false},
	"invia per e mail":                       {"e-mail button (Italian)", false},
	"text size":                              {"text size control", false},
	"font size":                              {"text size control", false},
	"type size":                              {"text size control", false},
	"change text size":                       {"text size control", false},
	"change font size":                       {"text size control", false},
	"change type size":                       {"text size control", false},
	"increase text size":                     {"text size control", false},
	"decrease text size":                     {"text size control", false},
	"increase font size":                     {"text size control", false},
	"decrease font size":                     {"text size control", false},
	"enlarge text":                           {"text size control", false},
	"reduce text":                            {"text size control", false},
	"schriftgröße":                           {"text size control (German)", false},
	"resize text":                            {"text size control", false},
	"text resize":                            {"text size control", false},
	"resize font":                            {"text size control", false},
	"reprints":                               {"reprint-rights link", false},
	"single page":                            {"one-page view link", false},
	"bookmark this":                          {"bookmark button", false},
	"share article":                          {"share button", false},
	"share this story":                       {"share button", false},
	"send this article":                      {"e-mail button", false},
	"send this story":                        {"e-mail button", false},
	"rss feed":                               {"feed link", false},
	"rss feeds":                              {"feed link", false},
	"view gallery":                           {"picture button", false},
	"view larger image":                      {"picture button", false},
	"view larger":                            {"picture button", false},
	"enlarge image":                          {"picture button", false},
	"enlarge photo":                          {"picture button", false},
	"click to enlarge":                       {"picture button", false},
	"view fullscreen":                        {"picture button", false},
	"full screen":                            {"picture button", false},
	"fullscreen":                             {"picture button", false},
	"close image":                            {"picture viewer button", false},
	"vollbild":                               {"picture button (German)", false},
	"vollbild anzeigen":                      {"picture button (German)", false},
	"bild vergrößern":                        {"picture button (German)", false},
	"bild schließen":                         {"picture viewer button (German)", false},
	"plein écran":                            {"picture button (French)", false},
	"pantalla completa":                      {"picture button (Spanish)", false},
	"close":                                  {"close button of a player, viewer or pop-up left as a link", false},
	"schließen":                              {"close button (German)", false},
	"fermer":                                 {"close button (French)", false},
	"cerrar":                                 {"close button (Spanish)", false},
	"chiudi":                                 {"close button (Italian)", false},
	"sluiten":                                {"close button (Dutch)", false},
	"zamknij":                                {"close button (Polish)", false},
	"text":                                   {"text size control label (\"[-] Text [+]\")", true},
	"font":                                   {"text size control label", true},
	"a":                                      {"text size buttons (\"A A\")", true},
	"increase":                               {"text size button", true},
	"decrease":                               {"text size button", true},
	"larger":                                 {"text size button", true},
	"smaller":                                {"text size button", true},
	"print":                                  {"print button", true},
	"email":                                  {"e-mail button", true},
	"e mail":                                 {"e-mail button", true},
	"share":                                  {"share button", true},
	"teilen":                                 {"share button (German)", true},
	"partager":                               {"share button (French)", true},
	"compartir":                              {"share button (Spanish)", true},
	"compartilhar":                           {"share button (Portuguese)", true},
	"condividi":                              {"share button (Italian)", true},
	"delen":                                  {"share button (Dutch)", true},
	"deel dit artikel":                       {"share button (Dutch)", false},
	"dela":                                   {"share button (Swedish)", true},
	"dela artikeln":                          {"share button (Swedish)", false},
	"del artiklen":                           {"share button (Danish, Norwegian)", false},
	"mejla":                                  {"e-mail button (Swedish)", true},
	"sdílet":                                 {"share button (Czech)", true},
	"zdieľať":                                {"share button (Slovak)", true},
	"jaa":                                    {"share button (Finnish)", true},
	"deel dit bericht":                       {"share button (Dutch)", false},
	"compartilhe":                            {"share button (Portuguese)", true},
	"シェアする":                                  {"share button (Japanese)", true},
	"シェア":                                    {"share button (Japanese)", true},
	"udostępnij":                             {"share button (Polish)", true},
	"bagikan":                                {"share button (Indonesian)", true},
	"bookmark":                               {"bookmark button", true},
	"add to favorites":                       {"bookmark button", false},
	"add to favourites":                      {"bookmark button", false},
	"zu favoriten hinzufügen":                {"bookmark button (German)", false}, // watson.ch's share bar
	"link zur diskussion":                    {"comment link (German)", false},    // the same bar's link to the thread
	"save":                                   {"save button", true},
	"clip":                                   {"clipping button", true},
	"rss":                                    {"feed link", true},
	"post to":                                {"bookmark button label (\"Post to Digg\")", true},
	"add to":                                 {"bookmark button label (\"Add to Facebook\")", true},
}

// toolbarPhrase is one tool bar label: its reason, for Explain, and
// whether it needs another label beside it.
type toolbarPhrase struct {
	why  string
	weak bool
}

// toolbarSites are social and bookmarking sites a tool bar's buttons name.
// They count toward a bar (see toolbarPhrases) as link text, or beside a
// label such as "Bookmark:": a sentence may name them, a share button
// links.
var toolbarSites = map[string]bool{
	"facebook": true, "twitter": true, "x": true, "linkedin": true, "reddit": true,
	"digg": true, "stumbleupon": true, "del icio us": true, "delicious": true,
	"newsvine": true, "yahoo": true, "google": true, "myspace": true,
	"technorati": true, "furl": true, "pinterest": true, "whatsapp": true,
	"telegram": true, "tumblr": true, "flipboard": true, "threads": true,
	"bluesky": true, "mastodon": true, "xing": true, "messenger": true,
	"line": true, "kakaotalk": true, "weibo": true, "wechat": true, "vk": true, // East Asian and Russian networks
	"вконтакте": true, "одноклассники": true,
	"sms": true, // "Send the article via SMS" (USA Today's share bar)
}

// widgetHeadings are titles of blocks that are not the article; the block
// the title heads is dropped. Lower-case, white space folded, trailing
// punctuation removed.
var widgetHeadings = map[string]ruleKind{
	"must read":           kindDrop, // tagDiv ticker
	"alternate versions":  kindDrop, // NIH's links to the page in other languages ("Español")
	"other languages":     kindDrop, // a language switcher under the story
	"in other languages":  kindDrop,
	"available languages": kindDrop,
	"obituaries":          kindDrop, // a local paper's death notices beside the story
	"death notices":       kindDrop,
	"todesanzeigen":       kindDrop, // German
	"traueranzeigen":      kindDrop, // German
	"gyász":               kindDrop, // Hungarian "mourning": a county paper's obituary carousel (Baon)
	"avis de décès":       kindDrop, // French
	"esquelas":            kindDrop, // Spanish
	"necrologie":          kindDrop, // Italian
	"latest news":         kindDrop, // recency widget, not related to this story
	"últimas noticias":    kindDrop, // Spanish "latest news", a recency rail
	"ultime notizie":      kindDrop, // Italian
	"so‘nggi yangiliklar": kindDrop, // Uzbek "latest news" (Kun.uz)
	"ko‘p o‘qilganlar":    kindDrop, // Uzbek "most read" (Kun.uz)
	"latest":              kindDrop,
	"latest posts":        kindDrop,
	"games discussed":     kindDrop, // a review site's cards for the games a story names (GameSpot)
	"この記事を書いた記者":          kindDrop, // Japanese "the reporter who wrote this article": a bio box (Mainichi)
	"यो खबर पढेर तपाईलाई कस्तो महसुस भयो": kindDrop, // Nepali "how did you feel reading this news?": a reaction widget (Onlinekhabar)
	"recent posts":                        kindDrop,
	"recent comments":                     kindDrop, // sidebar of other posts' comments, not this thread
	"neueste kommentare":                  kindDrop, // German
	"letzte kommentare":                   kindDrop,
	"derniers commentaires":               kindDrop, // French
	"comentarios recientes":               kindDrop, // Spanish
	"últimos comentarios":                 kindDrop,
	"latest articles":                     kindDrop,
	"most read":                           kindDrop,
	"most popular":                        kindDrop,
	"popular posts":                       kindDrop,
	"popular articles":                    kindDrop,
	"trending":                            kindDrop,
	"trending now":                        kindDrop,
	"trending stories":                    kindDrop, // Nexstar's list set between paragraphs
	"top stories":                         kindDrop,
	"editor's picks":                      kindDrop,
	"use our content":                     kindDrop, // a nonprofit newsroom's reuse box (KFF Health News)
	"jump to":                             kindDrop, // a table of contents' links down the page (Tom's Guide's "Jump to:")
	"how we reviewed this article":        kindDrop, // a health site's box of sources and revision history (Healthline, Medical News Today)
	"similar topics":                      kindDrop, // The Register's tag box
	"broader topics":                      kindDrop,
	"explore related topics":              kindDrop, // a tag list (Lonely Planet)
	"ajánljuk":                            kindDrop, // Hungarian "we recommend": the site's picks
	"ajánlott":                            kindDrop, // Hungarian "recommended", over the site's picks
	"sobre la firma":                      kindDrop, // Spanish "about the byline": the author's box
	"editor's choice":                     kindDrop, // the site's picks, not related to this story
	"follow us":                           kindDrop,
	"stay connected":                      kindDrop,
	"newsletter":                          kindDrop,
	"subscribe":                           kindDrop,
	"categories":                          kindDrop,
	"archives":                            kindDrop,
	"tags":                                kindDrop,
	"article tags":                        kindDrop,
	"post tags":                           kindDrop,
	"more on":                             kindDrop, // a tag list's title when it names no subject ("More On:" over topic links)
	"share this":                          kindDrop,
	"share this article":                  kindDrop,
	"site tools":                          kindDrop, // print, e-mail, RSS buttons
	"bookmark":                            kindDrop, // social bookmark links (Digg, Del.icio.us)
	"bookmark this":                       kindDrop,
	"bookmark and share":                  kindDrop,
	"article tools":                       kindDrop,
	"story tools":                         kindDrop,
	"about the author":                    kindDrop,
	"author":                              kindDrop, // a box titled by the one word over a guest writer's bio (cnet.de's "AUTOR")
	"autor":                               kindDrop, // German, Spanish
	"autorin":                             kindDrop, // German, a woman writer
	"über den autor":                      kindDrop,
	"über die autorin":                    kindDrop,
	"zum autor":                           kindDrop,
	"zur autorin":                         kindDrop,
	"sobre el autor":                      kindDrop, // Spanish
	"à propos de l'auteur":                kindDrop, // French
	"o autorze":                           kindDrop, // Polish
	"author bio":                          kindDrop,
	"about this article":                  kindDrop,    // a how-to site's credits and view count
	"how we vet brands and products":      kindDrop,    // a health site's box on its product picks (Healthline)
	"i hope you appreciated this article": kindDrop,    // The Guardian's appeal, titled by its first line
	"moglo bi vas zanimati":               kindRelated, // Bosnian, Croatian, Serbian "you might be interested in"
	"preporučujemo":                       kindRelated, // "we recommend"
	"also worth reading":                  kindRelated, // CNA's box of other stories
	"seguir leyendo":                      kindRelated, // Spanish "keep reading", over a list of links (Infobae)
	"go deeper":                           kindRelated, // Axios' links to more on the story
	"also watch":                          kindRelated, // a box of videos on the story (Mathrubhumi)
	"don't miss these insights from cnbc pro":  kindDrop,     // CNBC's list of paid stories between paragraphs
	"читайте на рбк pro":                       kindDrop,     // RBC's box of links to its paid section between paragraphs
	"recommended topics":                       kindDrop,     // a list of topic pages under the story (Hindustan Times)
	"feedback to editors":                      kindDrop,     // a form to write to the editors (Science X)
	"get in touch":                             kindDrop,     // a newsroom's call for readers' stories, with its form (BBC)
	"video pilihan":                            kindDrop,     // Indonesian "selected videos", a video rail (Kompas)
	"خبرهای مهم":                               kindDrop,     // Persian "important news", a rail of other stories (BBC Persian)
	"community q&a":                            kindComments, // readers' questions and their answers (wikiHow)
	"reader success stories":                   kindComments, // readers' testimonials (wikiHow)
	"leave a reply":                            kindComments, // WordPress comment form
	"leave a comment":                          kindComments,
	"post a comment":                           kindComments,
	"add a comment":                            kindComments, // a blog's comment form
	"add comment":                              kindComments,
	"comments":                                 kindComments,
	"コメントプラス":                                  kindComments, // Japanese "Comment Plus": experts' comments under the story (Asahi)
	"reader comments":                          kindComments,
	"responses":                                kindComments,
	"discussion":                               kindComments,
	"kommentare":                               kindComments,
	"commentaires":                             kindComments,
	"comentarios":                              kindComments,
	"related":                                  kindRelated,
	"related posts":                            kindRelated,
	"related articles":                         kindRelated,
	"related stories":                          kindRelated,
	"related news":                             kindRelated,
	"related content":                          kindRelated,
	"related links":                            kindRelated,
	"related coverage":                         kindRelated,
	"more articles like this":                  kindRelated, // tagDiv Newspaper
	"more like this":                           kindRelated,
	"more on this story":                       kindRelated,
	"more stories":                             kindRelated,
	"you may also like":                        kindRelated,
	"you might also like":                      kindRelated,
	"you might like":                           kindRelated,
	"you may like":                             kindRelated,
	"what others are reading":                  kindRelated,
	"recommended":                              kindRelated,
	"recommended for you":                      kindRelated,
	"recommends":                               kindRelated, // "One Fab Day RECOMMENDS" over its picks, the name in a logo
	"we recommend":                             kindRelated,
	"deal of the day":                          kindDrop, // a shop's daily offer beside the story
	"how was this issue":                       kindDrop, // a newsletter's rating prompt
	"read more":                                kindRelated,
	"read next":                                kindRelated,
	"see also":                                 kindRelated,
	"further reading":                          kindRelated,
	"das könnte sie auch interessieren":        kindRelated, // German
	"mehr zum thema":                           kindRelated,
	"articles in this series":                  kindRelated, // a blog series' other parts (Hashnode)
	"more in this stream":                      kindRelated, // a story stream's other entries (The Verge)
	"lesen sie mehr zum thema":                 kindRelated, // German "read more on the subject"
	"lesen sie auch":                           kindRelated,
	"à lire aussi":                             kindRelated, // French
	"sur le même sujet":                        kindRelated,
	"passend zum artikel":                      kindRelated, // German "to go with the article" (NZZ)
	"sur le même thème":                        kindRelated, // French (BFMTV)
	"te puede interesar":                       kindRelated, // Spanish
	"puede interesarte":                        kindRelated,
	"contenido relacionado":                    kindRelated,
	"noticias relacionadas":                    kindRelated,
	"temas relacionados":                       kindRelated, // a box of stories (El Tiempo) or of topic pages
	"leggi anche":                              kindRelated, // Italian
	"more videos":                              kindRelated, // a strip of video teasers
	"weitere videos":                           kindRelated, // German
	"mehr videos":                              kindRelated,
	"verwandte artikel":                        kindRelated, // German "related articles"
	"verwandte beiträge":                       kindRelated,
	"verwandte themen":                         kindRelated, // German "related topics" over links to stories (aero.de)
	"verwandte nachrichten":                    kindRelated,
	"beliebte inhalte & beiträge":              kindDrop, // German "popular content & posts", a recency rail (selbst.de)
	"beliebte inhalte":                         kindDrop,
	"ähnliche themen":                          kindRelated, // German forums' "similar threads"
	"weiterlesen":                              kindRelated, // German "read on:" over a list of links
	"lesetipps":                                kindRelated, // German "reading tips": a badge over teasers to other stories (FIT FOR FUN)
	"lesetipp":                                 kindRelated,
	"mehr lesen":                               kindRelated,
	"weitere artikel":                          kindRelated, // German
	"weitere artikel zum thema":                kindRelated,
	"weitere beiträge":                         kindRelated,
	"ähnliche artikel":                         kindRelated,
	"ähnliche beiträge":                        kindRelated,
	"similaire":                                kindRelated, // Jetpack's related posts in French ("Similaire")
	"empfohlene beiträge":                      kindRelated,
	"empfohlene artikel":                       kindRelated,
	"das könnte dich auch interessieren":       kindRelated,
	"das thema könnte dich auch interessieren": kindRelated,
	"das könnte ihnen auch gefallen":           kindRelated,
	"auch interessant":                         kindRelated,
	"mehr aus dem ressort":                     kindRelated,
	"mehr aus der sendung":                     kindRelated,
	"mehr aus dem channel":                     kindRelated,
	"mehr themen":                              kindRelated,
	"schon gelesen":                            kindRelated,
	"inne artykuły autora":                     kindRelated, // Polish
	"zobacz także":                             kindRelated,
	"czytaj też":                               kindRelated,
	"czytaj także":                             kindRelated,
	"zobacz też":                               kindRelated,
	"zobacz również":                           kindRelated,
	"czytaj również":                           kindRelated,
	"powiązane artykuły":                       kindRelated,
	"polecane":                                 kindRelated,
	"関連記事":                                     kindRelated, // Japanese "related articles"
	"เรื่องที่เกี่ยวข้อง": kindRelated, // Thai "related stories" (Prachatai)
	"関連ニュース":                                  kindRelated,
	"こちらもおすすめ":                                kindRelated, // Japanese "recommended too": a box of the paper's own stories (Kahoku)
	"この記事を書いた人":                               kindDrop,    // Japanese "who wrote this article": the author box
	"トピックス":                                   kindDrop,    // Japanese "topics": a tag list
	"関連リンク":                                   kindRelated,
	"あわせて読みたい":                                kindRelated, // Japanese "read these too"
	"热门推荐":                                    kindDrop,    // Chinese "hot picks": a site-wide feed (Sina)
	"精彩推荐":                                    kindDrop,    // "fine picks"
	"猜你喜欢":                                    kindDrop,    // "you may like"
	"新闻排行":                                    kindDrop,    // "news ranking": most read
	"排行榜":                                     kindDrop,    // "ranking"
	"热门文章":                                    kindDrop,    // "popular articles"
	"相关推荐":                                    kindRelated, // "related picks"
	"関連トピック":                                  kindDrop,    // Japanese "related topics": a tag list (Nikkei)
	"写真特集":                                    kindDrop,    // Japanese "photo specials": a gallery promo under the story (Jiji)
	"関連タグ":                                    kindDrop,    // Japanese "related tags" (Kahoku)
	"キーワード":                                   kindDrop,    // Japanese "keywords": a tag list (Jiji)
	"키워드":                                     kindDrop,    // Korean "keywords": a tag list (Yonhap)
	"相关新闻":                                    kindRelated, // Chinese, simplified
	"相关文章":                                    kindRelated,
	"相关阅读":                                    kindRelated,
	"延伸阅读":                                    kindRelated, // "further reading"
	"相關新聞":                                    kindRelated, // Chinese, traditional
	"相關文章":                                    kindRelated,
	"延伸閱讀":                                    kindRelated,
	"관련기사":                                    kindRelated, // Korean
	"관련 기사":                                   kindRelated,
	"관련뉴스":                                    kindRelated,
	"관련 뉴스":                                   kindRelated, // Korean "related news", spaced (Donga)
	"материалы по теме":                       kindRelated, // Russian "materials on the topic" (Lenta.ru)
	"еще по теме":                             kindRelated, // Russian "more on the topic" (Izvestia)
	"ещё по теме":                             kindRelated,
	"یہ بھی پڑھیے":                            kindRelated, // Urdu "read this too" (BBC Urdu)
	"یہ بھی پڑھیں":                            kindRelated, // Urdu "read this too"
	"اسی بارہ میں":                            kindRelated,
	"follow related authors and topics":       kindDrop,    // The Globe and Mail's follow box under a story
	"δειτε ακομα":                             kindDrop,    // Greek "see more": a rail of other stories (SKAI; folded, no accents)
	"προτεινομενα":                            kindDrop,    // Greek "recommended" (in.gr)
	"your opinion matters":                    kindDrop,    // a feedback form under a story (The Jakarta Post)
	"follow the topics in this article":       kindDrop,    // the Financial Times' follow box
	"recommended videos":                      kindDrop,    // a video player's title between paragraphs (Destructoid)
	"mehr lesen über":                         kindDrop,    // German "read more about": Der Spiegel's topic links under a story
	"читайте также":                           kindRelated, // Russian "read also"
	"холбоотой мэдээ":                         kindRelated, // Mongolian "related news" (Ikon)
	"similar news":                            kindRelated, // LiveLaw's box under the story
	"notas relacionadas":                      kindRelated, // Spanish "related notes" (Proceso)
	"das könnte dich auch noch interessieren": kindRelated, // German (watson)
	"benzer haberler":                         kindRelated, // Turkish "similar news" (Sabah)
	"עוד בוואלה":                              kindRelated, // Hebrew "more on Walla!", a promo box set in the text
	"похожие новости":                         kindRelated,
	"читайте також":                           kindRelated, // Ukrainian
	"اقرأ أيضا":                               kindRelated, // Arabic "read also"
	"أخبار ذات صلة":                           kindRelated, // Arabic "related news"
	"ilgili haberler":                         kindRelated, // Turkish
	"həmçinin oxuyun":                         kindRelated, // Azerbaijani "read also"
	"թեմայով":                                 kindRelated, // Armenian "on the topic" (News.am)
	"oxşar xəbərlər":                          kindRelated, // Azerbaijani "similar news"
	"lees ook":                                kindRelated, // Dutch
	"gerelateerde artikelen":                  kindRelated,
	"läs också":                               kindRelated, // Swedish
	"les også":                                kindRelated, // Norwegian
	"læs også":                                kindRelated, // Danish
	"lue myös":                                kindRelated, // Finnish
	"lisää aiheesta":                          kindRelated, // Finnish "more on the subject"
	"tengt efni":                              kindRelated, // Icelandic "related material"
	"tengdar fréttir":                         kindRelated, // Icelandic "related news"
	"čtěte také":                              kindRelated, // Czech
	"přečtěte si také":                        kindRelated, // Czech
	"διαβαστε επισησ":                         kindRelated, // Greek
	"διαβαστε ακομα":                          kindRelated, // Greek
	"à découvrir":                             kindRelated, // French
	"à voir aussi":                            kindRelated,
	"articles similaires":                     kindRelated,
	"dans la même rubrique":                   kindRelated,
	"también te puede interesar":              kindRelated, // Spanish
	"te recomendamos":                         kindRelated,
	"más noticias":                            kindRelated,
	"más información":                         kindRelated, // Spanish "more information": El País's box of related cards
	"notícias relacionadas":                   kindRelated, // Portuguese
	"leia também":                             kindRelated,
	"veja também":                             kindRelated,
	"saiba mais":                              kindRelated, // "find out more": Correio Braziliense's box of related links
	"publicações relacionadas":                kindRelated,
	"matérias relacionadas":                   kindRelated,
	"articoli correlati":                      kindRelated, // Italian
	"notizie correlate":                       kindRelated,
	"linked articles":                         kindRelated, // a box of other stories between the paragraphs (Dazed)
	"more in this series":                     kindRelated, // the other stories of an investigation (ProPublica)
	"correlati":                               kindRelated, // Italian "related", alone (ANSA's box under the story)
	"potrebbe interessarti":                   kindRelated,
	"potrebbe interessarti anche":             kindRelated,
	"ti potrebbe interessare":                 kindRelated,
	"ti potrebbe interessare anche":           kindRelated,
	"artículos relacionados":                  kindRelated, // Spanish
	"à lire également":                        kindRelated, // French
	"meer over dit onderwerp":                 kindRelated, // Dutch
	"relaterade artiklar":                     kindRelated, // Swedish
	"relaterte saker":                         kindRelated, // Norwegian
	"по теме":                                 kindRelated, // Russian "on the topic"
	"berita terkait":                          kindRelated, // Indonesian "related news"
	"kapcsolódó cikkek":                       kindRelated, // Hungarian "related articles"
	"এ বিষয়ে আরও পড়ুন":                         kindRelated, // Bengali "read more on this"
	"اسی بارے میں":                               kindRelated, // Urdu "on the same subject"
	"مزید پڑھیے":                                 kindRelated, // Urdu "read more", over a list of links
	"متعلقہ عنوانات":                             kindDrop,    // Urdu "related topics": a tag list
	"artikel terkait":                            kindRelated, // Indonesian
	"tin liên quan":                              kindRelated, // Vietnamese "related news"
	"bài viết liên quan":                         kindRelated, // Vietnamese "related articles"
	"tin cùng chuyên mục":                        kindRelated, // Vietnamese "news in the same section"
	"ข่าวที่เกี่ยวข้อง":                          kindRelated, // Thai "related news"
	"บทความที่เกี่ยวข้อง":                        kindRelated, // Thai "related articles"
	"související články":                         kindRelated, // Czech
	"articole similare":                          kindRelated, // Romanian
	"citește și":                                 kindRelated, // Romanian "read also"
	"σχετικα αρθρα":                              kindRelated, // Greek
	"contenido sugerido":                         kindRelated, // Spanish "suggested content" (El Comercio)
	"viac k téme":                                kindRelated, // Slovak "more on the topic"
	"mohlo by vás zajímat":                       kindRelated, // Czech "you might be interested in"
	"előzmények":                                 kindRelated, // Hungarian "background": the earlier stories of a subject
	"ajánlott cikkek":                            kindRelated, // Hungarian "recommended articles"
	"redakcja poleca":                            kindDrop,    // Polish "the editors recommend": the site's picks
	"recomandările partenerilor":                 kindDrop,    // Romanian "partners' recommendations": paid links
	"anketa":                                     kindDrop,    // Czech, Slovak "poll": a reader vote's question and buttons
	"enquete":                                    kindDrop,    // Portuguese, French "poll"
	"did you find this article insightful":       kindDrop,    // a reader vote and its tally (The Star, Malaysia)
	"how did you like today's edition":           kindDrop,    // a newsletter's rating poll (beehiiv)
	"it's time to stand up for science":          kindDrop,    // Scientific American's appeal box
	"leave your comment":                         kindComments,
	"media enquiries":                            kindDrop,    // a release's press office box (Manchester City Council)
	"did you find what you were looking for":     kindDrop,    // a government page's feedback box (canada.ca)
	"page details":                               kindDrop,    // canada.ca's date-modified box
	"trending videos":                            kindDrop,    // a player of other stories (The Hill)
	"dernières news":                             kindDrop,    // French "latest news" inside the story (TSA)
	"visita nuestros portales":                   kindDrop,    // Spanish "visit our sites": the group's other papers (El Comercio, Ecuador)
	"további cikkeink a témában":                 kindRelated, // Hungarian "our further articles on the topic" (Index)
	"featured":                                   kindDrop,    // a rail of the site's picks (AJC's "Featured")
	"おすすめ情報":                                     kindDrop,    // Japanese "recommended information": sponsored links marked ［PR］ (Yomiuri)
	"media contacts":                             kindDrop,    // a release's press office numbers (Stanford Report)
	"press contacts":                             kindDrop,
	"nos dernières vidéos":                       kindDrop,    // French "our latest videos": a player of other stories
	"notre sélection":                            kindDrop,    // French "our selection": shopping picks under the story (Le Progrès)
	"approfondisci":                              kindRelated, // Italian "go deeper": La Nazione's box of links between paragraphs
	"approfondimenti":                            kindRelated, // Italian "further reading"
	"video rekomendasi":                          kindDrop,    // Indonesian "recommended videos" between paragraphs (Kompas)
	"do you like the content of this article":    kindDrop,    // a reader vote (Bangkok Post)
	"bạn cảm thấy bài viết thế nào":              kindDrop,    // Vietnamese "how did you find this article?": reaction buttons (Dân trí)
	"bạn có thể quan tâm":                        kindRelated, // Vietnamese "you may be interested in"
	"ai-assisted summary":                        kindDrop,    // a model's summary of the story (Gannett's "Key Points"): the page's gloss, not its text
	"ai-generated summary":                       kindDrop,
	"summary is ai-generated, newsroom-reviewed": kindDrop,    // NDTV's "Quick Read"
	"схожі новини":                               kindRelated, // Ukrainian
	"povezane vijesti":                           kindRelated, // Croatian "related news"
	"povezani članci":                            kindRelated, // Croatian, Bosnian "related articles"
	"povezane vesti":                             kindRelated, // Serbian
	"súvisiace články":                           kindRelated, // Slovak
	"související":                                kindRelated, // Czech "related"
	"свързани новини":                            kindRelated, // Bulgarian
	"susiję straipsniai":                         kindRelated, // Lithuanian
	"seotud artiklid":                            kindRelated, // Estonian
	"aiheeseen liittyvät":                        kindRelated, // Finnish "on the subject"
	"relaterede artikler":                        kindRelated, // Danish
	"notícies relacionades":                      kindRelated, // Catalan
	"похожие статьи":                             kindRelated, // Russian "similar articles"
	"כתבות קשורות":                               kindRelated, // Hebrew "related articles"
	"כתבות נוספות":                               kindRelated, // Hebrew "more articles"
	"اخبار مرتبط":                                kindRelated, // Persian "related news"
	"مطالب مرتبط":                                kindRelated, // Persian "related items"
	"مرتبط":                                      kindRelated, // Persian, Arabic "related": Radio Farda's boxes between paragraphs
	"موضوعات مرتبط":                              kindDrop,    // Persian "related topics": BBC Persian's tag list
	"संबंधित खबरें":                              kindRelated, // Hindi "related news"
	"explore further":                            kindRelated,
	"explore more":                               kindRelated,
	"you may also enjoy":                         kindRelated,
	"other posts you may enjoy":                  kindRelated,
	"other posts":                                kindRelated, // a blog's listing under the post; "Other news" heads a digest's own section
	"other articles":                             kindRelated,
	"other stories":                              kindRelated,
	"next article":                               kindRelated, // story-to-story navigation titled as a box
	"previous article":                           kindRelated,
	"next post":                                  kindRelated,
	"previous post":                              kindRelated,
	"you'll also love":                           kindRelated,
	"more from this author":                      kindRelated,
	"more in this category":                      kindRelated,
	"more news":                                  kindRelated,
	"read this next":                             kindRelated,
	"keep reading":                               kindRelated,
	"up next":                                    kindRelated,
	"in case you missed it":                      kindRelated,
	"icymi":                                      kindRelated,
	"recent related articles":                    kindRelated,
	"more news related to":                       kindRelated,
	"read on":                                    kindRelated,
	"also read":                                  kindRelated, // Indian and Gulf papers
	"read also":                                  kindRelated,
	"more for you":                               kindRelated, // Forbes' recirculation box
	"past coverage":                              kindRelated, // earlier stories on the same subject
	"also in the news":                           kindRelated,
	"don't miss":                                 kindDrop, // the site's promos, not related to this story
	"da non perdere":                             kindDrop, // Italian "don't miss"
	"explore more on these topics":               kindDrop, // The Guardian's tag list
	"explore":                                    kindDrop, // PR Newswire's list of topic pages after the release
	"news releases in similar topics":            kindDrop, // the link under that list
	"key events":                                 kindDrop, // a live blog's links to its own entries
	"... we have a small favour to ask":          kindDrop, // The Guardian's appeal for support
	"we have a small favour to ask":              kindDrop,
	"อ่านข่าวที่เกี่ยวข้อง": kindRelated, // Thai "read related news"
	"meistgelesen":                 kindDrop, // German most-read widgets
	"meistgelesene artikel":        kindDrop,
	"meistgelesene":                kindDrop,
	"meistdiskutierte artikel":     kindDrop,
	"kommentierte artikel":         kindDrop,
	"neueste artikel":              kindDrop,
	"neueste beiträge":             kindDrop,
	"aktuelle beiträge":            kindDrop,
	"aktuelle artikel":             kindDrop,
	"top-artikel":                  kindDrop,
	"beliebte beiträge":            kindDrop,
	"lo último":                    kindDrop, // Spanish latest
	"lo más leído":                 kindDrop,
	"lo más visto":                 kindDrop,
	"les plus lus":                 kindDrop, // French most-read
	"najczęściej czytane":          kindDrop, // Polish most-read
	"najnowsze":                    kindDrop,
	"più letti":                    kindDrop, // Italian most-read
	"xem nhiều":                    kindDrop, // Vietnamese most-viewed
	"đọc nhiều":                    kindDrop, // Vietnamese most-read
	"tin mới nhất":                 kindDrop, // Vietnamese latest news
	"schlagworte":                  kindDrop, // tag lists
	"schlagwörter":                 kindDrop,
	"stichworte":                   kindDrop,
	"kategorien":                   kindDrop,
	"themen":                       kindDrop,
	"aiheet":                       kindDrop, // Finnish "topics": a tag list
	"topics":                       kindDrop,
	"étiquettes":                   kindDrop,
	"etiquetas":                    kindDrop,
	"temas":                        kindDrop, // Spanish and Portuguese topics
	"assuntos":                     kindDrop, // Portuguese topics
	"sujets":                       kindDrop, // French topics
	"onderwerpen":                  kindDrop, // Dutch topics
	"meer over":                    kindDrop, // Dutch "more about": the story's topic links
	"tagi":                         kindDrop,
	"kontakt":                      kindDrop, // press-release contact boxes
	"pressekontakt":                kindDrop,
	"medienkontakt":                kindDrop,
	"ansprechpartner":              kindDrop,
	"ansprechpartnerin":            kindDrop,
	"weiterführende informationen": kindDrop,
	"weitere informationen":        kindDrop,
	"media contact":                kindDrop,
	"press contact":                kindDrop,
	"inhaltsverzeichnis":           kindDrop, // a table of contents repeats the headings
	"table of contents":            kindDrop,
	"table of content":             kindDrop, // the same, singular (a renovation guide's "Table of Content")
	"tabella dei contenuti":        kindDrop, // Italian (il Giornale)
	"indice dei contenuti":         kindDrop, // Italian
	"índice de contenidos":         kindDrop, // Spanish
	"sommaire":                     kindDrop, // French
	"目次":                           kindDrop, // Japanese
	"目录":                           kindDrop, // Chinese
	"share this post":              kindDrop,
	"share this story":             kindDrop,
	"diesen artikel teilen":        kindDrop,
	"news teilen":                  kindDrop,
	"seite teilen":                 kindDrop,
	"teilen":                       kindDrop,
	"share":                        kindDrop,
	"sdílet článek":                kindDrop, // Czech share box
	"sdílet":                       kindDrop,
	"weitere themen":               kindRelated,
	"noch mehr infos für dich":     kindRelated,
	"artikel teilen":               kindDrop,
	"have your say":                kindComments, // British and Australian papers
	"your say":                     kindComments,
	"latest comments":              kindComments,
	"reader reaction":              kindComments,
	"reader reactions":             kindComments,
	"readers' comments":            kindComments,
	"your comments":                kindComments,
	"add your comment":             kindComments,
	"post your comment":            kindComments,
	"write a comment":              kindComments,
	"vos réactions":                kindComments, // French comments
	"réactions":                    kindComments,
	"kommentieren":                 kindComments, // German
	"leserkommentare":              kindComments,
	"kommentar schreiben":          kindComments,
	"deine meinung":                kindComments,
	"ihre meinung":                 kindComments,
	"komentarze":                   kindComments, // Polish
	"commenti":                     kindComments, // Italian
	"comentários":                  kindComments, // Portuguese
	"schreibe einen kommentar":     kindComments, // WordPress's "Leave a Reply", translated
	"hinterlasse einen kommentar":  kindComments,
	"laisser un commentaire":       kindComments,
	"laisser une réponse":          kindComments,
	"deja una respuesta":           kindComments,
	"deja un comentario":           kindComments,
	"lascia un commento":           kindComments,
	"lascia una risposta":          kindComments,
	"deixe um comentário":          kindComments,
	"deixe uma resposta":           kindComments,
	"geef een reactie":             kindComments,
	"laat een reactie achter":      kindComments,
	"dodaj komentarz":              kindComments,
	"добавить комментарий":     kindComments,
	"комментарии":              kindComments, // Russian
	"коментарі":                kindComments, // Ukrainian
	"reacties":                 kindComments, // Dutch
	"kommentarer":              kindComments, // Swedish, Danish, Norwegian
	"komentáře":                kindComments, // Czech
	"kommentit":                kindComments, // Finnish
	"σχολια":                   kindComments, // Greek
	"hozzászólások":            kindComments, // Hungarian
	"comentarii":               kindComments, // Romanian
	"yorumlar":                 kindComments, // Turkish
	"التعليقات":                kindComments, // Arabic
	"コメント":                     kindComments, // Japanese
	"diskutieren sie mit":      kindComments, // German "join the discussion": Der Spiegel's forum
	"评论":                       kindComments, // Chinese
	"評論":                       kindComments,
	"网友评论":                     kindComments,
	"댓글":                       kindComments, // Korean
	"ý kiến":                   kindComments, // Vietnamese "opinions", over readers' comments
	"bình luận":                kindComments, // Vietnamese "comments"
	"komentari":                kindComments, // Croatian, Serbian, Bosnian
	"komentáre":                kindComments, // Slovak
	"коментари":                kindComments, // Bulgarian, Serbian
	"komentarai":               kindComments, // Lithuanian
	"komentāri":                kindComments, // Latvian
	"kommentaarid":             kindComments, // Estonian
	"kommentek":                kindComments, // Hungarian
	"comentaris":               kindComments, // Catalan
	"komentar":                 kindComments, // Indonesian, Malay
	"תגובות":                   kindComments, // Hebrew
	"نظرات":                    kindComments, // Persian
	"टिप्पणियाँ":               kindComments, // Hindi
	"ความคิดเห็น":              kindComments, // Thai "comments"
	"join the conversation":    kindComments,
	"join the discussion":      kindComments,
	"what do you think":        kindComments,
	"what do you think so far": kindComments, // Lifehacker's comment box between sections
	"no responses so far":      kindComments,
	"no response so far":       kindComments,
	"say your words":           kindComments,
}

// promoPrefixes start an inline related-story promo inside the body: a short
// block such as "See also: Some headline" whose link goes to Related.
var promoPrefixes = []string{
	"see also",
	"read also",
	"also read",
	"read more",
	"related",
	"related:",
	"related story",
	"related article",
	"more:",
	"also:", // ZDNET's "Also: <link>" between paragraphs
	"mehr:", // German: Handelsblatt's "Mehr: <link>" closing a story
	"recommended:",
	"lesen sie auch",   // German
	"mehr zum thema",   // German
	"auch interessant", // German
	"à lire aussi",     // French
	"lire aussi",       // French
	"voir aussi",       // French
	"lea también",      // Spanish
	"siga leyendo",     // Colombian Spanish "keep reading:" (El Tiempo)
	"mavzuga oid",      // Uzbek "on the topic:" (Kun.uz)
	"from the archive", // a newsletter's link to an older issue ("📚 From the archive:", beehiiv)
	"a lire aussi",     // French "read also" without its accent (20 Minutes)
	"zum thema",        // German "on the subject:" (Der Standard's teaser label)
	"read |",           // a label and a bar before the link ("READ | …", News24)
	"watch |",
	"listen |",
	"lee también",        // Spanish
	"leer más",           // Spanish
	"lea más",            // Spanish
	"lee más",            // Spanish (La República's "LEE MÁS: <link>")
	"le recomendamos",    // Spanish "we recommend to you:" (El Espectador)
	"te recomendamos",    // Spanish
	"te puede interesar", // Spanish
	"más información:",   // Spanish "more information:" before a linked headline (not "Más información en el teléfono …")
	"leia também",        // Portuguese
	"leggi anche",        // Italian
	"lea:",               // Spanish "read:" promos
	"lee:",               // Spanish
	"mire:",              // Spanish "watch:"
	"mira:",              // Spanish
	"vea también",        // Spanish
	"ver también",        // Spanish
	"mirá también",       // Argentine Spanish "see also"
	"notre dossier sur",  // French "our file on …": a link to the subject's page (20 Minutes)
	"mira también",       // Spanish
	"también lee",        // Spanish
	"leia mais",          // Portuguese
	"veja também",        // Portuguese
	"czytaj też",         // Polish
	"czytaj także",       // Polish
	"zobacz także",       // Polish
	"zobacz też",         // Polish
	"zobacz również",     // Polish
	"czytaj również",     // Polish
	"auch lesen",         // German
	"weiterlesen",        // German
	"schon gelesen",      // German
	"lesetipp",           // German
	"lies auch",          // German
	"lesen sie hier",     // German "read here: <headline>"
	"читайте также",      // Russian
	"читайте також",      // Ukrainian
	"اقرأ أيضا",          // Arabic
	"यह भी पढ़ें",        // Hindi "read this too"
	"baca juga",          // Indonesian "read also"
	"pilihan editor",     // Indonesian "editor's choice:" (Tempo)
	"xem thêm",           // Vietnamese "see more:"
	"đọc thêm",           // Vietnamese "read more:"
	"đọc tiếp",           // Vietnamese "read on:" (Tuổi Trẻ's box of one link)
	"tin liên quan",      // Vietnamese "related news:"
	"อ่านเพิ่มเติม", // Thai "read more:"
	"pročitajte i",                       // Croatian, Bosnian, Serbian "read also:"
	"pročitajte još",                     // "read more:"
	"pročitajte više",                    // Croatian "read more:" (Jutarnji list)
	"povezano:",                          // "related:"
	"prečítajte si aj",                   // Slovak "read also:"
	"вижте още",                          // Bulgarian "see more:"
	"прочетете още",                      // Bulgarian "read more:"
	"קראו עוד",                           // Hebrew "read more:"
	"קראו גם",                            // Hebrew "read also:"
	"بیشتر بخوانید",                      // Persian "read more:"
	"διαβαστε ακομη",                     // Greek "read more:"
	"skaitykite taip pat",                // Lithuanian "read also:"
	"ये भी पढ़ें",                        // Hindi
	"ये खबर भी पढ़ें",                    // Hindi "read this news too" (Dainik Bhaskar)
	"ఇదీ చదవండి",                         // Telugu "read this too" (Eenadu)
	"ఇవీ చదవండి",                         // Telugu, plural
	"আরও পড়ুন",                          // Bengali "read more:"
	"مزید پڑھیے",                         // Urdu "read more:"
	"مزید پڑھیں",                         // Urdu
	"یہ بھی پڑھیں",                       // Urdu "read this too:"
	"kapcsolódó",                         // Hungarian "related:"
	"citește și",                         // Romanian "read also:"
	"le puede interesar",                 // Colombian Spanish "you may be interested in:"
	"тағы оқыңыз",                        // Kazakh "read more:"
	"citeste si",                         // Romanian, without diacritics
	"vezi și",                            // Romanian "see also:" (Libertatea)
	"vezi si",                            // Romanian, without diacritics
	"ilgili haber",                       // Turkish "related news:"
	"ilgili haberler",                    // Turkish
	"həmçinin oxuyun",                    // Azerbaijani "read also:" (APA)
	"lees ook",                           // Dutch
	"läs också",                          // Swedish
	"läs mer:",                           // Swedish "read more:" (Expressen's "LÄS MER:")
	"läs mer",                            // the same without its colon, the label in a box of its own over the link (Aftonbladet's "LÄS MER")
	"earlier:",                           // Above the Law's list of its earlier stories on the subject, under the post
	"lue lisää:",                         // Finnish "read more:" before a headline (Helsingin Sanomat)
	"les mer:",                           // Norwegian "read more:"
	"læs mere:",                          // Danish "read more:"
	"les også",                           // Norwegian
	"læs også",                           // Danish
	"lue myös",                           // Finnish
	"loe ka",                             // Estonian "read also" (Postimees)
	"loe lisaks",                         // Estonian "read more"
	"lasi vēl",                           // Latvian "read more" (LSM)
	"lasi arī",                           // Latvian "read also"
	"taip pat skaitykite",                // Lithuanian "read also"
	"čtěte také",                         // Czech
	"přečtěte si také",                   // Czech
	"διαβαστε επισησ",                    // Greek
	"διαβαστε ακομα",                     // Greek
	"관련기사",                               // Korean "related article:"
	"관련 기사",                              // Korean, spaced
	"함께 보면 좋은 기사",                        // Korean "articles to read with this", often in brackets
	"같이 보면 좋은 기사",                        // Korean
	"あわせて読みたい",                           // Japanese "also worth reading"
	"ayrıca bakınız",                     // Turkish "see also:"
	"ayrıca okuyun",                      // Turkish "read also:"
	"bunu da okuyun",                     // Turkish "read this too:" (Hürriyet)
	"bu haberi de okuyun",                // Turkish "read this story too:" (NTV)
	"עוד בנושא",                          // Hebrew "more on the subject:"
	"関連記事",                               // Japanese "related articles:"
	"延伸閱讀",                               // Chinese
	"延伸阅读",                               // Chinese
	"das könnte sie auch interessieren",  // German
	"das könnte dich auch interessieren", // German
	"read:",                              // English
	"read next",                          // English
	"watch:",                             // English
	"explore further",                    // English
	"also see",                           // English
	"previous story",                     // English story-to-story navigation
	"next story",                         // English
	"previous article",                   // English
	"next article",                       // English
	"read on",                            // English
	"nachfolgebeitrag",                   // German blog navigation: next post
	"vorgängerbeitrag",                   // German: previous post
	"nächster beitrag",                   // German
	"vorheriger beitrag",                 // German
	"article suivant",                    // French
	"article précédent",                  // French
	"artículo siguiente",                 // Spanish
	"artículo anterior",                  // Spanish
}

// articleTypes are the schema.org types whose JSON-LD object describes the
// article itself, best first.
var articleTypes = []string{
	"NewsArticle",
	"ReportageNewsArticle",
	"AnalysisNewsArticle",
	"OpinionNewsArticle",
	"ReviewNewsArticle",
	"BackgroundNewsArticle",
	"LiveBlogPosting",
	"Article",
	"BlogPosting",
	"TechArticle",
	"ScholarlyArticle",
	"Report",
	"DiscussionForumPosting", // a forum thread: the opening post, its replies beside it
	"Question",               // a Q&A page's question (QAPage's mainEntity): who asked it, and when
	"SocialMediaPosting",
	"Review",
	"Recipe",
	"HowTo",
	"WebPage", // last resort: a page object often repeats the headline and dates
}

// trackingParams are query parameters that only identify a campaign or a
// click; they are stripped from output URLs unless Options.KeepTracking.
var trackingParams = map[string]bool{
	"fbclid":  true, // Facebook click id
	"gclid":   true, // Google Ads click id
	"dclid":   true, // DoubleClick click id
	"msclkid": true, // Microsoft Ads click id
	"mc_cid":  true, // Mailchimp campaign
	"mc_eid":  true, // Mailchimp recipient
	"igshid":  true, // Instagram share id
	"yclid":   true, // Yandex click id
	"_ga":     true, // Google Analytics linker
	"ref_src": true, // Twitter referral
}

// trackingPrefixes strip every parameter that starts so.
var trackingPrefixes = []string{
	"utm_", // Google Analytics campaign parameters
}

// bylinePrefixes are words that introduce author names and are not names;
// they are stripped from the start of a name. An entry ending in ":" is
// stripped only with its colon ("Redaktion: Sam Roe", but a team called
// "Redaktion Sport" stays).
var bylinePrefixes = []string{
	"by",                 // English
	"written by",         // English
	"posted by",          // English blogs
	"published by",       // English blogs
	"authored by",        // English
	"reporting by",       // wire stories
	"reported by",        // English, Asian English-language papers
	"story by",           // English
	"article by",         // English ("Article by" over the name, a theme's byline box)
	"text by",            // magazines
	"words by",           // magazines
	"author",             // "Author: Sam Roe"
	"authors",            // "Authors: ..."
	"von",                // German
	"text von",           // German
	"geschrieben von",    // German
	"verfasst von",       // German
	"erstellt von",       // German CMSs
	"veröffentlicht von", // German WordPress
	"artikel von",        // German
	"ein beitrag von",    // German
	"beitrag von",        // German
	"ein artikel von",    // German
	"eine kolumne von",   // German "a column by" (Pinkstinks' subhead)
	"kolumne von",        // German
	"autor",              // German, Spanish, Czech, Polish
	"autorin",            // German
	"redaktion:",         // German editorial credit, only with a colon
	"interview:",         // interview credit, only with a colon
	"text:",              // text credit, only with a colon
	"contributor:",       // GhanaWeb's "Contributor: Kwabena Owusu-Ansah", only with a colon
	"текст:",             // Russian, Ukrainian "text:", only with its colon
	"par",                // French
	"écrit par",          // French
	"rédigé par",         // French "written by"
	"article rédigé par", // Franceinfo's "Article rédigé par" over its writers
	"publié par",         // French
	"animé par",          // French "hosted by": a live blog's editors
	"live animé par",     // Le Monde's "Live animé par … et …" under its live blog
	"auteur",             // French
	"auteurs",            // French
	"por",                // Spanish, Portuguese
	"escrito por",        // Spanish
	"publicado por",      // Spanish, Portuguese
	"postado por",        // Portuguese "posted by" (Blogger's footer)
	"di",                 // Italian
	"scritto da",         // Italian
	"door",               // Dutch
	"geschreven door",    // Dutch
	"av",                 // Swedish, Norwegian
	"af",                 // Danish
	"przez",              // Polish
	"автор",              // Russian, Ukrainian, Bulgarian
	"yazar",              // Turkish
	"作者：",                // Chinese, Japanese "author:", only with its colon
	"作者:",                // the same with an ASCII colon
	"记者：",                // Chinese "reporter:"
	"記者：",                // traditional Chinese, Japanese
	"文／",                 // Taiwanese and Hong Kong "text /" before the writer ("文／王小明")
	"文●",                 // Japanese magazines' "text ●" ("文● オカモト／ASCII編集部")
	"文・",                 // the same with a middle dot
	"文/",                 // the same with an ASCII slash
	"本文作者：",              // Chinese "this article's author:"
	"撰文：",                // Chinese "written:"
	"撰文:",                // the same with an ASCII colon
	"撰文／",                // Taiwanese "written /"
	"بقلم",               // Arabic, "by the pen of"
	"بواسطة",             // Arabic, "by"
	"كتب",                // Arabic, "wrote"
	"מאת",                // Hebrew, "by"
	"लेखक",               // Hindi, "author"
	"oleh",               // Indonesian, Malay "by"
	"penulis",            // Indonesian "writer"
	"โดย",                // Thai "by"
	"tác giả",            // Vietnamese "author"
	"szerző",             // Hungarian "author"
	"teksti:",            // Finnish "text:", only with its colon
	"kirjoittanut",       // Finnish "written by"
	"kirjoittaja",        // Finnish "writer"
	"napisał",            // Polish "wrote" (a man)
	"napisała",           // Polish "wrote" (a woman)
	"yazan",              // Turkish "written by"
	"muhabir:",           // Turkish "reporter:", only with its colon
	"skrevet af",         // Danish "written by"
	"skrevet av",         // Norwegian "written by"
	"piše:",              // Croatian, Serbian, Bosnian "writes:", only with its colon
	"نویسنده",            // Persian "author" (BBC Persian: "نویسنده، ")
	"مصنف",               // Urdu "author" (BBC Urdu: "مصنف, ")
	"خبرنگار",            // Persian "reporter" (IRNA: "خبرنگار: زهرا محمدی")
	"ผู้เขียน",           // Thai "writer"
	"autorius:",          // Lithuanian "author:"
	"autors:",            // Latvian "author:"
	"συντάκτης:",         // Greek "editor, writer:"
	"γράφει:",            // Greek "writes:"
	"रिपोर्ट",            // Hindi, "report"
	"contributor",        // "Contributor: Sam Roe"
	"contributors",       // "Contributors: ..."
	"submitted by",       // Drupal
	"gespeichert von",    // Drupal, German
	"eingestellt von",    // Blogger and forums, German
	"pubblicato da",      // Italian WordPress
	"geplaatst door",     // Dutch WordPress
	"thread starter",     // forum software: who opened the thread
	"themenstarter",      // German forum software
}

// visibleBylinePrefixes start a visible byline: a short text that starts
// with one of them and goes on with a name is read as the byline, where
// the page marks it up no other way.
var visibleBylinePrefixes = []string{
	"by", "written by", "posted by", "published by", "authored by", "reporting by", "reported by", "story by", "article by", "text by", "words by",
	"author:", "authors:", "contributor:",
	"von", "text von", "geschrieben von", "verfasst von", "erstellt von", "veröffentlicht von", "ein beitrag von", "ein artikel von", "autor:", "autorin:", "redaktion:",
	"par", "écrit par", "publié par", "rédigé par", "article rédigé par", "auteur:", "animé par", "live animé par", // a live blog's hosts (Le Monde)
	"por", "escrito por", "publicado por", "postado por", // Spanish, Portuguese ("autor:" stands with German)
	"di", "scritto da",
	"door", "geschreven door",
	"av", "af", "przez",
	"автор:", "yazar:", "muhabir:", // Russian "author:", Turkish "author:", "reporter:"
	"بقلم", "بواسطة", "كتب:", "מאת", // Arabic "by the pen of", "by", "wrote:"; Hebrew "by"
	"作者：", "作者:", "记者：", "記者：", // Chinese and Japanese "author:", "reporter:"
	"本文作者：", "撰文：", "撰文:", "文／", "文●", // Chinese "this article's author:", "written:", "text /"; Japanese "text ●"
	"लेखक:", "रिपोर्ट:", // Hindi "author:", "report:"
	"oleh", "penulis:", // Indonesian "by", "writer:"
	"โดย", "ผู้เขียน:", "tác giả:", "szerző:", // Thai "by", "writer:", Vietnamese and Hungarian "author:"
	"text:", "текст:", "teksti:", "kirjoittanut", "kirjoittaja", "yazan:", "skrevet af", "skrevet av", "piše:", // a text credit; Finnish, Turkish, Danish, Norwegian, Croatian "written by"
	"نویسنده:", "نویسنده،", "مصنف:", "مصنف،", "مصنف,", "خبرنگار:", "autorius:", "autors:", "συντάκτης:", "γράφει:", // Persian, Lithuanian, Latvian "author:"; Greek "writer:", "writes:"
	"συνέντευξη:",                                                                           // Greek "interview:" before the interviewer's name (Philenews)
	"submitted by", "gespeichert von", "eingestellt von", "pubblicato da", "geplaatst door", // CMS credit lines
}

// pictureClassWords, inside a box's class, name it a picture's slot
// (pictureClassed): "article-image-wrapper", "b_article-media",
// "art-full-photo".
var pictureClassWords = []string{
	"image",
	"photo",
	"media",
	"picture",
	"foto",
	"bild", // German "picture": Tagesschau's "absatzbild", "artikelbild"
}

// hanWidgetTitleSuffixes end Chinese box titles of the site's own lists
// and apps, the site or the span of time named before them; see
// hanWidgetTitle.
var hanWidgetTitleSuffixes = []string{
	"排行", "排行榜", // ranking: "24小时热文排行", "新闻排行榜"
	"热搜", "熱搜", // trending searches: "新华热搜", "微博热搜"
	"客户端", "客戶端", // the site's app over its QR code: "新华网客户端"
}

// hanEditorLabels open Chinese credits of those who edited or checked a
// story, not wrote it; see hanEditorCredit.
var hanEditorLabels = []string{
	"责任编辑", "責任編輯", // editor in charge
	"责编", "責編", // editor in charge, abbreviated ("(责编：…)", People's Daily)
	"编辑：", "編輯：", "编辑:", "編輯:", // editor:
	"校对", "校對", // proofreader
	"审核", "審核", // reviewer
	"监制", "監製", // supervising producer
}

// hanOutletWords end the Chinese names of news outlets, which Chinese
// sites put in their author fields; see hanOutletName.
var hanOutletWords = []string{
	"网", "網", // net: 新华网, 人民网
	"报", "報", // paper: 新京报, 人民日报
	"社",        // agency: 新华社, 中新社
	"台",        // station: 中央电视台
	"新闻", "新聞", // news: 澎湃新闻, 腾讯新闻
	"传媒", "傳媒", // media
}

// hanPortals are Chinese portals whose own names, which end in no
// outlet word, stand in the author meta of the stories they carry.
var hanPortals = []string{
	"网易", // NetEase (163.com)
	"新浪", // Sina
	"搜狐", // Sohu
	"腾讯", // Tencent
}

// hanAuthorLabels name the writer inside a Chinese article's info line,
// after its date and source ("2025-12-03 10:30 来源：新闻网 作者：王小明");
// see afterHanLabel. At a line's start bylinePrefixes read them.
var hanAuthorLabels = []string{
	"作者：", "作者:", // author:
	"记者：", "記者：", // reporter:
	"撰文：", "撰文:", // written:
	"文／", // text /
}

// hanDatelineSuffixes end the place a Chinese byline's writer reports
// from, set after a slash ("記者王小明／台北報導", reporting from Taipei;
// "／北京电", a wire from Beijing); see withoutHanDateline.
var hanDatelineSuffixes = []string{"報導", "报道", "報道", "電", "电", "訊", "讯"}

// hanDeskSuffixes end the newsroom a Japanese or Chinese byline names
// after a slash ("オカモト／ASCII編集部", the ASCII editorial desk); see
// withoutHanDateline.
var hanDeskSuffixes = []string{"編集部", "编辑部", "編集局", "编辑室", "編輯部"}

// cjkTitlePrefixes are Chinese job titles written straight before a name
// ("记者王敬照"); see withoutCJKTitle.
var cjkTitlePrefixes = []string{
	"记者", "記者", // reporter
	"通讯员", "通訊員", // correspondent
	"实习生", "實習生", // intern
	"编辑", "編輯", // editor
}

// creditWords end the text before an author's full name in a credit
// ("Eine Kolumne von Nils Pickert", "More from Henry Steinhau"); they let
// a lone first name from a byline gain its surname.
var creditWords = map[string]bool{
	"by":   true, // English
	"from": true, // "More from Sam Roe"
	"von":  true, // German
	"par":  true, // French
	"por":  true, // Spanish, Portuguese
	"di":   true, // Italian
	"door": true, // Dutch
}

// bylineLabels are words that, as the whole text of an element, label the
// byline in the element after them: "<h4>Autor</h4><p>Sam Roe</p>". A
// longer text starting with them ("Author Spotlight") is not a byline.
//
// "contributor(s)" credits a page's writers on magazines and guides; a
// forum's "thread starter" label precedes the name of who opened the
// thread, whose first post is the page's text. Magazine credit blocks
// pair "Interview" with the interviewer's name.
var bylineLabels = []string{"author", "authors", "autor", "autorin", "autoren", "auteur", "auteurs", "written by", "text", "interview",
	"contributor", "contributors", "thread starter", "themenstarter",
	"post author", // WordPress Twenty Twenty's screen-reader label before the author link
}

// nameJoiners separate several names in one byline.
var nameJoiners = []string{
	" and ", " und ", " & ", " et ", " y ", " e ", " og ", " en ", " i ", // "and" in en, de, fr, es, pt/it, no/da, nl, ca/pl
	" и ", " і ", " و ", // Russian, Ukrainian, Arabic (spaced: "و" also opens names, "وليد")
	",", ";", // lists of names
	"，", "、", // the same in Chinese and Japanese ("[田中宏昌，ITmedia]", "山田太郎、鈴木花子")
}

// introJoiners are byline words inside a text: names follow them, even
// after a date ("Published on 5 May by Sam Roe").
var introJoiners = []string{" by ", " par ", " por "}

// stopJoiners end the names of a byline: what follows is a date, a place,
// a category or a job title ("Sam Roe on 5 May", "Sam Roe in News").
// A slash without spaces is no joiner: "det/dpa" is one credit.
var stopJoiners = []string{
	" on ", " am ", " at ", " in ", // English and German date and category words
	"|", " · ", " • ", " — ", " – ", " / ", // separators of byline fields ("by Duncan Bell / January 19, 2017")
	" (",             // a job title or place in brackets
	" für ", " for ", // "Sam Roe for The Daily", "Sam Roe für die Zeitung"
}

// placeThenNames are the nameJoiners that, after " in " and a place,
// go on to the next writer ("Jane Doe in London and Tom Brown in Paris").
var placeThenNames = map[string]bool{" and ": true, " und ": true, " et ": true, " y ": true}

// fieldSeparators are the stopJoiners, trimmed, that set a byline's
// fields apart ("Politik · Jochen Bittner"); see namesAfterLabel. Dashes
// and slashes are left out: they join a site's name to its tagline ("L-MAG
// – Das Magazin für Lesben", "stol.it / Suedtirol Online").
var fieldSeparators = map[string]bool{"|": true, "·": true, "•": true}

// bylineTokens mark elements that hold the article's author.
var bylineTokens = map[string]bool{
	"author":  true, // post-author, author-name
	"authors": true, // article-authors
	"byline":  true, // byline, article-byline
	"autor":   true, // German, Spanish
	"autores": true, // Spanish, Portuguese ("autores" under El Faro's lead)
	"autoren": true, // German
	"auteur":  true, // French
	"auteurs": true, // French
	"autore":  true, // Italian
	"autori":  true, // Italian
	"autorzy": true, // Polish ("field--name-field-autorzy", OSW)
	"writer":  true, // Korean and Japanese papers' "writer-zone", "article-writer"
}

// authorDescriptionTokens beside an author token make the element the
// author's description ("dynamic-author-description": "Licensed Q Arabica
// Grader, M.A. Journalism"), whose words are credentials, not a name. An
// "author-bio" box is no such element: it holds the name as its title.
var authorDescriptionTokens = map[string]bool{"description": true, "desc": true}

// imageCreditTokens beside an author token make the element an image's
// credit ("license-author", "photo-author"), not the article's byline.
var imageCreditTokens = map[string]bool{
	"license":   true, // license-author: a stock photo's licensor
	"photo":     true, // photo-author
	"image":     true, // image-author
	"img":       true, // img-author
	"copyright": true, // copyright-author
	"caption":   true, // caption-author
}

// hangulCreditLabels name, before "=" in a Korean credit line, a role
// that is not the writer's; see withoutHangulLabel.
var hangulCreditLabels = map[string]bool{
	"사진":   true, // photo
	"영상":   true, // video
	"그래픽":  true, // graphics
	"일러스트": true, // illustration
	"디자인":  true, // design
}

// notBylineParts beside a byline word in a camelCase class make the
// element something other than the story's byline (camelByline).
var notBylineParts = map[string]bool{
	"about":    true, // aboutAuthorHead: the heading of a bio box
	"replying": true, // ReplyingToContextBelowAuthor: a tweet's reply context
	"reply":    true,
	"comment":  true, // commentAuthor: a reader's name
	"comments": true,
}

// licenceTokens on an ancestor of an author element make it an image's
// licence line ("license-info" around "author-name").
var licenceTokens = map[string]bool{
	"license": true, // license-info
	"licence": true, // British spelling
}

// dekTokens mark a headline's subtitle, set in a heading element for its
// size: before the story starts, such a heading is a paragraph of the lead,
// not the title of a section (see builder.heading).
var dekTokens = map[string]bool{
	"dek":         true, // "l-article__dek", "c-entry-summary p-dek"
	"subtitle":    true, // Substack "subtitle", "c-content-head__subtitle"
	"subheadline": true, // "content-subheadline"
	"standfirst":  true, // British newspapers
	"entradilla":  true, // Spanish papers' standfirst
	"subtitulo":   true, // Spanish and Portuguese "subtítulo"
	"bajada":      true, // Argentine and Chilean papers' standfirst
	"sottotitolo": true, // Italian
	"sommario":    true, // Italian papers' standfirst
	"chapo":       true, // French papers' standfirst
	"chapeau":     true,
	"untertitel":  true, // German
	"unterzeile":  true,
	"subt":        true, // Vocento's papers (El Correo, Diario Sur, ABC): "v-a-sub-t"
	"asummary":    true, // Il Sole 24 Ore's "h2.asummary"
	"sapo":        true, // Vietnamese papers' standfirst: Dân trí's "singular-sapo", Thanh Niên's "detail-sapo"
}

// headingDekTokens mark a subtitle only as the last word of a heading's
// class: elsewhere they mean other things ("cmp-hero-spot__title", a
// hero banner's title).
var headingDekTokens = map[string]bool{
	"spot":        true, // Turkish papers' standfirst: "<h2 class=news-detail-spot>"
	"deck":        true, // North American papers' dek: CBC's "<h2 class=deck>", "article-deck"
	"summary":     true, // "<h2 class=storySummary>" under Clarín's headline; elsewhere a box of key points
	"excerpt":     true, // Penske Media's dek, "<h2 class=l-article-header__row--excerpt>"
	"lead":        true, // Telex's standfirst, "<h2 class=article__lead>"
	"description": true, // La Razón's "h2.article-main__description"
	"epigraph":    true, // Mundo Deportivo's "h2.epigraph"
	"rubric":      true, // The Economist's subtitle, "<h2 data-test-id=Rubric>"; elsewhere a section label, no section either
}

// leadTokens mark the box of an article's lead (standfirst) set apart
// above its body; see leadAbove.
var leadTokens = map[string]bool{
	"excerpt":    true, // WordPress "entry-excerpt"
	"intro":      true, // "article__intro", "div.intro"
	"chapo":      true, // French papers' standfirst
	"teaser":     true, // German CMSs' "teaser-text", "artikel-teaser"
	"standfirst": true, // British newspapers
	"lead":       true, // "article-lead"
	"lede":       true,
	"summary":    true, // The New York Times' "article-summary", "c-entry-summary"
}

// galleryTokens mark a picture gallery: its list is read as figures with
// captions, not as list items (see isGallery).
var galleryTokens = map[string]bool{
	"gallery":   true, // WordPress "wp-block-gallery", MediaWiki "gallery", "full-gallery"
	"slideshow": true, // slideshow widgets
}

// slideshowTokens mark a picture gallery or slideshow, whose counter
// ("1 of 12") is its control, not a listicle's number; see inSlideshow.
var slideshowTokens = map[string]bool{
	"gallery":   true,
	"slideshow": true,
	"carousel":  true,
	"slider":    true,
	"lightbox":  true,
}

// buttonTokens are class words that style a link as a button; a lone
// button link is a call to action, not text (see byButtonLink).
var buttonTokens = map[string]bool{
	"button": true, // "gb-button", "Button_button__fVaEB"
	"btn":    true, // Bootstrap
	"cta":    true, // "article-cta-button", "cta-link"
}

// shopPromptPrefixes start the label of a lone link to a retailer; see
// isShopPrompt.
var shopPromptPrefixes = []string{
	"check price", // outdoorgearlab, wirecutter-style reviews: "Check Price at REI", "Check price"
	"check latest price",
	"see price at",
	"view deal", // review sites' deal buttons
	"see deal",
	"get deal",
	"see it at",
	"view on amazon",
	"buy on amazon",
	"view at ", // "View At Warbonnet", "View at REI" under each product of a gear table
	"shop at ",
	"buy at ",
	"buy from ",
	"shop now at",
	"buy now at",
	"check amazon",      // "Check Amazon (on sale!)"
	"click here to buy", // "Click here to buy!"
}

// priceAtStore matches a retailer's button labelled with its price
// ("$299 at Amazon", "£45 from Argos"), lower-cased.
var priceAtStore = regexp.MustCompile(`^[$€£]\s?\d[\d.,]*\s+(?:at|from|on)\s+\S`)

// ratingWords are the words a rating widget's summary is made of, beside
// its numbers ("Durchschnitt: 4.6 (7 Bewertungen)", "4.8 out of 5 stars
// (123 ratings)"); true marks the words that count the votes, one of which
// the summary needs.
var ratingWords = map[string]bool{
	"ratings": true, "reviews": true, "votes": true, "stars": true,
	"bewertungen": true, "stimmen": true, "sterne": true, // German
	"avis": true, "étoiles": true, // French ("votes" as in English)
	"valoraciones": true, "votos": true, "estrellas": true, // Spanish
	"rating": false, "average": false, "rated": false, "out": false, "of": false, "based": false, "on": false, "star": false, "vote": false,
	"durchschnitt": false, "durchschnittliche": false, "bewertung": false, "von": false, "aus": false,
	"note": false, "sur": false, "moyenne": false,
	"promedio": false, "de": false,
}

// shareURLParts, found in a link's lower-cased address, name a service's
// share or post endpoint: the link is a share button, whatever its label
// ("Pin Recipe", "Tweet", "Email").
var shareURLParts = []string{
	"facebook.com/sharer",
	"facebook.com/share.php",
	"facebook.com/dialog/share",
	"twitter.com/intent/tweet",
	"twitter.com/share",
	"x.com/intent/tweet",
	"x.com/intent/post",
	"pinterest.com/pin/create",
	"linkedin.com/sharearticle",
	"linkedin.com/share",
	"reddit.com/submit",
	"api.whatsapp.com/send",
	"wa.me/?text",
	"whatsapp://send",
	"t.me/share",
	"telegram.me/share",
	"tumblr.com/share",
	"tumblr.com/widgets/share",
	"flipboard.com/bookmarklet",
	"getpocket.com/save",
	"bsky.app/intent/compose",
	"threads.net/intent/post",
	"vk.com/share.php",
	"xing.com/spi/shares",
	"buffer.com/add",
	"news.ycombinator.com/submitlink",
	"digg.com/submit",         // Digg's submit form, on the share bars of the 2000s
	"del.icio.us/post",        // del.icio.us's bookmark form, the same era
	"stumbleupon.com/submit",  // StumbleUpon's
	"x.com/share",             // X's older share address, still on Japanese papers' bars (Jiji)
	"line.me/lineit/share",    // LINE, Japan's and Taiwan's main messenger
	"line.me/r/msg/text",      // LINE's message link
	"b.hatena.ne.jp/entry",    // Hatena Bookmark, Japan's social bookmarks
	"share.naver.com",         // Naver's share dialog (Korea)
	"sharer.kakao.com",        // KakaoTalk's (Korea)
	"connect.ok.ru/offer",     // Odnoklassniki (Russia)
	"service.weibo.com/share", // Weibo (China)
	"?share=",                 // Jetpack's buttons on WordPress sites: the post's own address with "?share=twitter"
	"&share=",
	"?action=share", // Substack's share button: the publication's address with "&action=share"
	"&action=share",
}

// jumpPrefixes start the label of an in-page link that skips to a part
// of the article; see isJumpLink.
var jumpPrefixes = []string{
	"jump to",    // "Jump to Recipe", "Jump to the list"
	"skip to",    // "Skip to recipe"
	"direkt zum", // German "Direkt zum Rezept"
	"zum rezept",
	"aller à", // French "Aller à la recette"
}

// defaultCategories are the names WordPress and other CMSs give the
// category a post lands in when its writer chose none, lower-cased:
// themes link it as a tag, and it says nothing of the story.
var defaultCategories = map[string]bool{
	"uncategorized":   true, // WordPress, English
	"uncategorised":   true,
	"allgemein":       true, // German
	"non classé":      true, // French
	"sin categoría":   true, // Spanish
	"senza categoria": true, // Italian
	"sem categoria":   true, // Portuguese
	"geen categorie":  true, // Dutch
	"bez kategorii":   true, // Polish
	"okategoriserade": true, // Swedish
}

// permalinkMarks are the texts of a heading's link to itself; see
// byPermalink.
var permalinkMarks = map[string]bool{
	"¶": true, // Sphinx, Python-Markdown
	"#": true, // MkDocs, GitHub-style anchors
	"§": true, // legal and spec sites
	"🔗": true, // emoji link icon
	"⚓": true,
}

// toTopLabels are the texts of a link back to the top of the page,
// lower-cased; see byToTopLink.
var toTopLabels = map[string]bool{
	"top":              true, // phpBB, old pages
	"^ top":            true,
	"top ^":            true,
	"↑ top":            true,
	"top ↑":            true,
	"▲":                true,
	"nach oben":        true, // German
	"zum seitenanfang": true,
	"haut de page":     true, // French
	"retour en haut":   true,
	"volver arriba":    true, // Spanish
	"ir arriba":        true,
	"torna su":         true, // Italian
	"naar boven":       true, // Dutch
	"voltar ao topo":   true, // Portuguese
}

// backlinkMarks are the texts of a footnote's link back to where it is
// cited; see byBacklink.
var backlinkMarks = map[string]bool{
	"↩":       true, // Hugo, Jekyll (kramdown), Pandoc
	"↩\ufe0e": true, // the same with a text-style selector, as Hugo writes it
	"↩\ufe0f": true, // the same with an emoji-style selector
	"↑":       true, // MediaWiki, hand-written notes
	"^":       true, // MediaWiki's "Jump up"
}

// pageWords open a pagination label ("Page 1 of 8") or a gallery's
// counter ("Image 3 of 12"); see isPageCount.
var pageWords = map[string]bool{
	"page": true, "seite": true, "página": true, "pagina": true,
	"image": true, "photo": true, "picture": true, "slide": true, // a gallery's counter
	"bild": true, "foto": true, "imagen": true, "immagine": true,
}

// documentExtensions end the address of a file to download, which a
// promo's arrow does not make a story; see isDocumentURL.
var documentExtensions = map[string]bool{
	"pdf": true, "doc": true, "docx": true, "odt": true, "rtf": true, // documents
	"xls": true, "xlsx": true, "ods": true, "csv": true, // spreadsheets
	"ppt": true, "pptx": true, "zip": true, // slides, archives
}

// imageExtensions end the address of a picture file: a link to one is
// the picture's larger copy, not a page.
var imageExtensions = map[string]bool{
	"jpg": true, "jpeg": true, "png": true, "gif": true, "webp": true, "avif": true, "svg": true, "bmp": true, "tif": true, "tiff": true,
}

// galleryLabels and galleryUnits make a gallery's button with its size,
// left in the text where the gallery was: "Slideshow ( 3 images )"
// (Reuters); see isGalleryCount.
var galleryLabels = map[string]bool{
	"slideshow": true, "gallery": true, "galerie": true, "bildergalerie": true, "fotogalerie": true,
	"galería": true, "galeria": true, "galleria": true, "fotostrecke": true,
}

var galleryUnits = map[string]bool{
	"images": true, "photos": true, "pictures": true, "slides": true,
	"bilder": true, "fotos": true, "imágenes": true, "imagens": true, "immagini": true, "foto": true,
}

// readingTimeSuffixes end a reading-time label after its number of
// minutes; see isReadingTime.
var readingTimeSuffixes = []string{
	" min read", " min. read", " mins read", " minute read", " minutes read", " minute reading time",
	"-minute listen", " minute listen", // an audio player's length ("4-Minute Listen", NPR)
	" min. lesezeit", " min lesezeit", " minuten lesezeit", // German
	" min. lesedauer", " min lesedauer", " minuten lesedauer", // German "reading duration" (Bundesregierung)
	" min de lecture",                       // French
	" min de lectura",                       // Spanish
	" minút čítania",                        // Slovak
	" minut čtení",                          // Czech
	" minut czytania",                       // Polish
	" minuti di lettura", " min di lettura", // Italian ("3 minuti di lettura", Il Secolo XIX)
	" minutos de leitura", " minutos de lectura", " minutes de lecture",
	" минут чтения", " минуты чтения", " минута чтения", " мин чтения", // Russian ("8 минут чтения", Novaya Gazeta Europe)
	" хвилин читання", " хв читання", // Ukrainian
}

// readingTimeLabels open a reading-time label before its number of
// minutes ("Temps de lecture 3 min.", "Okunma Süresi: 4 dakika"); see
// isReadingTime.
var readingTimeLabels = []string{
	"reading time",      // English
	"read time",         // English ("Read Time: 3 mins", NDTV)
	"lesezeit",          // German
	"temps de lecture",  // French
	"tiempo de lectura", // Spanish
	"lectura",           // Spanish, alone ("Lectura: 9 minutos", El Faro)
	"lecture",           // French, alone ("Lecture : 3 min.", Ouest-France)
	"tempo di lettura",  // Italian
	"tempo de leitura",  // Portuguese
	"okunma süresi",     // Turkish
	"время чтения",      // Russian
}

// counterWords name what a post's counter counts: a line of numbers and
// these words alone ("412 views", "1.2K views · 3 comments",
// "Просмотров: 1 234") is a counter; see isCounterLine.
var counterWords = map[string]bool{
	// Plurals only: "3.2 Like" is a numbered heading in a table of contents.
	"views": true, "reads": true, "likes": true, "comments": true, "shares": true,
	"claps": true, "responses": true, "reactions": true,
	"aufrufe": true, "kommentare": true, // German
	"vues": true, "commentaires": true, "lectures": true, // French ("1 284 lectures": reads)
	"visitas": true, "vistas": true, "comentarios": true, "visto": true, "veces": true, "leído": true, // Spanish ("Visto 314 veces": seen 314 times)
	"visualizações": true, "comentários": true, // Portuguese
	"visualizzazioni": true, "commenti": true, // Italian
	"wyświetleń": true, "wyświetlenia": true, "komentarzy": true, // Polish
	"просмотров": true, "просмотры": true, "просмотра": true, "комментариев": true, // Russian
	"görüntülenme": true, "okunma": true, "yorum": true, // Turkish
	"阅读": true, "浏览": true, // Chinese
	"조회수": true, "조회": true, "댓글": true, // Korean
	"عدد": true, "المشاهدات": true, "مشاهدات": true, "مشاهدة": true, "التعليقات": true, // Arabic: "عدد المشاهدات: 1,284" (number of views)
}

// counterTokens mark by class or id the element of a view or comment
// counter, which may share its line with the byline and date
// ("<span class=views>عدد المشاهدات: 1,284</span>", Al Watan); see
// isCounterLine.
var counterTokens = map[string]bool{
	"views":   true,
	"vues":    true, // French "views" (Cameroon Tribune's "vues-article")
	"hits":    true,
	"counter": true,
}

// countedTokens mark by class an element that counts comments, views,
// likes or shares; a bare number in one is that count (Livefyre's
// "livefyre-commentcount"). "counter" and "count" alone also number a
// recipe's steps and a listicle's items, and Drupal's "views-field" holds
// any field: those stay.
var countedTokens = map[string]bool{
	"commentcount": true,
	"viewcount":    true,
	"likecount":    true,
	"sharecount":   true,
}

// shopHeadings open a heading over retailer links; see isShopHeading.
var shopHeadings = []string{
	"where to buy", // review sites: the shops that sell the product
	"buy now",      // "Buy now from one of our trusted retail partners:"
	"buy it now",
	"shop now",
	"wo kaufen", // German: "Wo kaufen?"
	"hier kaufen",
}

// sponsorLabels open a heading over paid-for copy ("Advertisement: New
// AI Book"); see isSponsorHeading.
var sponsorLabels = []string{
	"advertisement", "sponsored", "sponsor", "paid post", "partner content",
	"anzeige", "werbung", // German
	"publicité",  // French
	"publicidad", // Spanish
}

// editNotePhrases start a wiki's or a CMS's revision note ("last edited
// 2019-11-10 13:28:18 by MatsWichmann"): on a page without a byline, the
// editor it names is the nearest thing to a writer. editNoteJoiners then
// introduce the name.
var editNotePhrases = []string{
	"last edited",        // MoinMoin, forums
	"last modified",      // CMS footers
	"last changed",       // wiki footers
	"zuletzt geändert",   // German wikis and CMSs
	"zuletzt bearbeitet", // German forums and wikis
}

// editNoteJoiners come between a revision note's date and the editor.
var editNoteJoiners = []string{" by ", " von "}

// emailSpellings stand for "@" in addresses written out against
// harvesters; a meta author holding one is a contact address.
var emailSpellings = []string{
	"[at]",  // cipha[at]cipha.net
	"(at)",  // name(at)example.org
	"[dot]", // name[at]example[dot]org
	"(dot)", // name(at)example(dot)org
}

// authorPathSegments are URL path segments that lead to an author page:
// a link "/author/sam-roe/" names the author.
var authorPathSegments = map[string]bool{
	"author":       true, // WordPress
	"authors":      true, // news CMSs
	"autor":        true, // German, Spanish
	"autoren":      true, // German
	"auteur":       true, // French
	"auteurs":      true, // French
	"autore":       true, // Italian
	"hofundur":     true, // Icelandic "author" (RÚV's "/hofundur/")
	"staff":        true, // newsroom staff pages
	"journalist":   true, // newsroom pages
	"journalists":  true, // newsroom pages
	"contributor":  true, // magazines
	"contributors": true, // magazines
	"writer":       true, // magazines
	"writers":      true, // magazines
}

// placePrepositions introduce the place a writer files from after a
// comma in a byline ("Maria Souza, de Porto Alegre"); lower-case only, so
// a surname's capitalised particle ("De Luca") is no place.
var placePrepositions = map[string]bool{
	"from": true, "in": true, // English
	"de": true, "desde": true, "em": true, "en": true, "da": true, "do": true, // Portuguese, Spanish
	"aus": true,              // German ("in" as in English)
	"di":  true, "dal": true, // Italian ("da" as in Portuguese)
	"à": true, // French
}

// outletWords end the name of a news outlet; after a comma behind a
// writer's name, a part that ends in one is the writer's employer ("Maria
// Garcia, Los Angeles Times", "Jane Doe, Bloomberg News"), not a second
// writer: people's surnames are almost never these words.
var outletWords = map[string]bool{
	"times": true, "news": true, "press": true, "post": true, "journal": true, // English papers and wires
	"herald": true, "tribune": true, "gazette": true, "telegraph": true, "chronicle": true,
	"observer": true, "guardian": true, "independent": true, "examiner": true, "courier": true,
	"magazine": true, "agency": true, "network": true, "radio": true, "television": true,
	"newspapers": true, "wire": true, "newswire": true, "service": true, // "Kaiser Health News", "Religion News Service"
	"star": true, "globe": true, "inquirer": true, "enquirer": true, "bulletin": true, "dispatch": true, // "Kansas City Star", "Boston Globe"
	"register": true, "record": true, "mail": true, "express": true, "mirror": true, "standard": true,
	"sentinel": true, "monitor": true, "review": true, "bureau": true, "online": true, "weekly": true,
}

// placeFirstWords begin the names of cities that take two words ("New
// York", "Los Angeles", "Hong Kong"): after a comma behind a writer's
// name such a part is the dateline's place, not a co-author, and no
// person's given name is one of them ("Abu", "Rio" and "Ho" are, so those
// cities are left out). A last word "City" marks the rest ("Mexico City").
var placeFirstWords = map[string]bool{
	"new": true, "los": true, "las": true, "san": true, "santa": true, "são": true, "sao": true,
	"hong": true, "buenos": true, "kuala": true, "tel": true, "cape": true, "port": true,
	"st.": true, "saint": true, "addis": true, "dar": true,
}

// frontRoleWords name a reporter's role set between an outlet's name and
// the reporter's: "Xinhua writers Han Xu, Joseph Kimani", "Global Times
// reporter Zhang Wei"; see afterOutletRole.
var frontRoleWords = map[string]bool{
	"writer": true, "writers": true, "reporter": true, "reporters": true,
	"correspondent": true, "correspondents": true,
}

// jobTitleWords are words of job titles that follow (or replace) a name in
// a byline; a name is cut before them ("Keith Barry Senior Reporter").
var jobTitleWords = map[string]bool{
	"writer": true, "reporter": true, "editor": true, "correspondent": true, "journalist": true,
	"critic": true, "columnist": true, "contributor": true, "contributing": true, "photographer": true, "producer": true,
	"founder": true, "co-founder": true, "cofounder": true, "ceo": true, "cto": true,
	"director": true, "manager": true, "head": true, "chief": true, "senior": true, "former": true,
	"staff": true, "freelance": true, "analyst": true, "expert": true, "consultant": true,
	"specialist": true, "president": true, "correspondents": true, "editors": true, "reporters": true,
	"writers": true, "contributors": true, "columnists": true, "specialists": true, "analysts": true, // a desk of several ("Extension horticulture educators")
	"educator": true, "educators": true,
	"coordinator": true, "officer": true, "spokesperson": true, "spokesman": true, "spokeswoman": true, // staff titles in a school's or council's byline ("Megan Tollefson, Communications Coordinator")
	"redakteur": true, "redakteurin": true, "korrespondent": true, "korrespondentin": true, // German
	"journalistin": true, "experte": true, "expertin": true, "gründer": true, "gründerin": true, // German
	"projektleiter": true, "projektleiterin": true, "leiter": true, "leiterin": true, // German: "Uta Staschewski, Projektleiterin der HSS"
	"referent": true, "referentin": true, "pressesprecher": true, "pressesprecherin": true, // German staff titles after a name
	"rédacteur": true, "rédactrice": true, "journaliste": true, "correspondant": true, // French
	"periodista": true, "redactor": true, "redactora": true, "corresponsal": true, // Spanish
	"記者": true, "特派員": true, "編集委員": true, // Japanese reporter, correspondent, senior staff writer after the name ("田中太郎 記者")
	"기자": true, "특파원": true, "선임기자": true, "객원기자": true, "대기자": true, // Korean reporter titles after the name ("김민수 기자")
	"논설위원": true, "편집위원": true, "칼럼니스트": true, // Korean editorial writer, contributing editor, columnist
}

// notNameWords are page words that bylines run into ("Alle Artikel",
// "Follow", "Posted", a weekday); a name is cut before them.
var notNameWords = map[string]bool{
	"foto": true, "fotos": true, "photo": true, "photos": true, "bild": true, "credit": true, // photo credits
	"фото": true, "ilustrator": true, "illustrator": true, // Russian photo, Czech and Polish illustrator credits
	"illustration": true, "illustrationen": true, "illustrations": true, "grafik": true, // illustration credits
	"übersetzung": true, "translation": true, "traduction": true, "traducción": true, // translator credits
	"kontakt": true, "contact": true, "datum": true, "date": true, "text": true, "interview": true,
	"this": true, "was": true, "is": true, "einen": true, "wurde": true, // sentence words: "This post was written by"
	"release": true, // "News Release 12-Mar-2025", a press release's type over its headline (EurekAlert!)
	"from":    true, // a department's byline label, "From: Health Canada" (Canada.ca, GOV.UK), is no name
	"written": true, "posted": true, "published": true, "updated": true, "publiziert": true, "veröffentlicht": true,
	"tayyorladi":   true,                                                                       // Uzbek "prepared": "Shahzod Ergashev tayyorladi." signs a Kun.uz story off
	"aktualisiert": true, "erstellt": true, "publié": true, "publicado": true, "postado": true, // "Postado por" (Portuguese Blogger)
	"submitted": true, "authored": true, "co-authored": true, "reported": true, "compiled": true, // "Submitted by" (Drupal), "Reported by", "Co-authored by" (wikiHow)
	"replying": true, // "Replying to @Reuters" over a reply on Twitter
	"follow":   true, "folgen": true, "view": true, "profile": true, "all": true, "alle": true,
	"artikel": true, "articles": true, "posts": true, "beiträge": true, "stories": true,
	"author": true, "authors": true, "autor": true, "autoren": true, "auteur": true, "auteurs": true,
	"sponsored": true, "filed": true, "tags": true, "category": true, "categories": true, "kategorie": true, "kategorien": true,
	"uncategorized": true, "comment": true, "comments": true, "kommentar": true, "kommentare": true,
	"leave": true, "reply": true, "share": true, "email": true, "e-mail": true, "home": true,
	"twitter": true, "facebook": true, "linkedin": true, "instagram": true, "no": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// closingNotes are the editor's notes Japanese stories close on in round
// brackets, where regional papers put the writer's name: "…と話した。（敬称略）".
var closingNotes = map[string]bool{
	"敬称略":   true, // "honorifics omitted"
	"一部敬称略": true, // "some honorifics omitted"
	"随時更新":  true, // "updated as news comes in"
	"肩書当時":  true, // "titles as they were then"
	"関連記事":  true, // a related-stories label
	"写真特集":  true, // a photo-gallery label
}

// accountNames are the user names a CMS gives its built-in accounts:
// a post "by admin" (Drupal's and WordPress's JSON-LD, dcterms.creator)
// names no writer, and the visible byline is asked instead.
var accountNames = map[string]bool{
	"admin":          true, // WordPress and Drupal's first account
	"administrator":  true, // Joomla's and Windows-style installs
	"wordpressadmin": true, // the WordPress installer's suggestion
	"siteadmin":      true, // hosting panels' default account
	"webmaster":      true, // the account of whoever runs the site
	"root":           true, // self-hosted installs run as the system's superuser
}

// credentialWords are degrees and certifications listed after a name
// ("Grant Tinsley, PhD"): dropped, the names around them kept.
var credentialWords = map[string]bool{
	"phd": true, "ph.d": true, "md": true, "ms": true, "msc": true, "ma": true, "mba": true,
	"rd": true, "rn": true, "cpa": true, "cfa": true, "jd": true, "dds": true, "fand": true,
	"ld": true, "cdn": true, "ibclc": true, "np": true, "pa-c": true, "do": true, "mph": true,
}

// authorBoxWords may stand beside an author's name in a heading that
// heads the author's box or byline: "Dr Marna van der Merwe", "Über Bob
// Fischer", "Angela Holliday-Bell, MD". The words of bylinePrefixes,
// credentialWords and date stamps count as well.
var authorBoxWords = map[string]bool{
	"about": true, // "About Sam Roe"
	"über":  true, // German "about"
	"dr":    true, // title before a name
	"prof":  true, // title before a name
	"mw":    true, // Master of Wine
	"cfp":   true, // Certified Financial Planner
}

// nameParticles are lower-case words inside names ("Ursula von der
// Leyen", "Jose de la Cruz").
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "del": true,
	"della": true, "di": true, "du": true, "la": true, "le": true, "zu": true, "ter": true,
	"ten": true, "bin": true, "ibn": true, "al": true, "el": true, "y": true, "dos": true, "das": true,
}

// orgMarkers are words that make an author name a company's.
var orgMarkers = map[string]bool{
	"gmbh": true, "e.v": true, "e.v.": true, "inc": true, "inc.": true, "ltd": true, "ltd.": true,
	"llc": true, "plc": true, "corp": true, "corp.": true, "verlag": true, "ag": true, "s.a.": true,
	"llp": true, "holdings": true, "kg": true, "b.v.": true, "n.v.": true, "oyj": true, "s.p.a.": true, "srl": true,
}

// cjkCompanyMarkers are the legal forms of Japanese, Chinese and Korean
// companies, written inside the name without spaces ("株式会社インプレス",
// a publisher in the author meta); see isCompany.
var cjkCompanyMarkers = []string{
	"株式会社", "有限会社", "合同会社", // Japanese
	"有限公司", "股份公司", // Chinese
	"주식회사", "(주)", "㈜", // Korean
}

// placeTokens mark the element of a date line that names the place a
// story was filed from ("NEW YORK" beside the date): in newsrooms a
// dateline is that place, and its capitals read like a name.
var placeTokens = map[string]bool{
	"dateline": true, // The Economist, Reuters: the place before the story
	"location": true, // article-location, story-location
	"city":     true, // dateline-city
}

// dateTokens mark elements that show a post's date ("entry-date",
// "post-date", "published", "article__time").
var dateTokens = map[string]bool{
	"date":       true, // post-date, entry-date, article-date
	"dates":      true, // article-dates: the published and updated lines
	"dateline":   true, // news datelines
	"published":  true, // published, date-published
	"posted":     true, // posted-on
	"pubdate":    true, // pubdate
	"time":       true, // article-time, post-time
	"timestamp":  true, // timestamp
	"timestamps": true, // article-timestamps: the published and updated times (Helsingin Sanomat)
	"datum":      true, // German
	"fecha":      true, // Spanish
	"data":       true, // Italian, Portuguese "data"
	"meta":       true, // entry-meta, post-meta, article-meta: the byline and date line
	"postmeta":   true, // classic WordPress themes
	"metadata":   true, // article-metadata
	"submitted":  true, // Drupal "submitted by ... on ..."
	"created":    true, // post-created, created-post
	"postdate":   true, // postdate
}

// datePrepositions may follow a date keyword before its date (see
// isDateLabel): "Posted on", "Updated at", "Publié le", "Veröffentlicht
// am", "Publicado el", "Pubblicato il", "Publicado em", "Geplaatst op".
var datePrepositions = map[string]bool{"on": true, "at": true, "le": true, "am": true, "el": true, "il": true, "em": true, "op": true}

// dateLabels are whole labels, lower-cased, that introduce the publication
// date in the next element, where their words are too common to serve as
// date keywords in running text.
var dateLabels = map[string]bool{
	"mise en ligne": true, // French "put online", a podcast's or video's data box
	"mis en ligne":  true, // French, masculine
}

// todayTokens mark a date-classed element that shows the day the page is
// viewed or the paper's edition, not the article's ("date-edition",
// "current-date"): read only on date-classed elements.
var todayTokens = map[string]bool{
	"today":   true, // today-date, date-today
	"current": true, // current-date
	"edition": true, // date-edition: the edition of the day
	"heute":   true, // German "today"
	"weather": true, // date_weather: the day's date beside its weather
}

// storyHeaderTokens, beside "header" in a date's class, say the header is
// the story's ("article-header__date", "entry-header-date"), not the
// page's; see isTodayBar.
var storyHeaderTokens = map[string]bool{
	"article": true,
	"entry":   true,
	"post":    true,
	"story":   true,
	"news":    true,
	"content": true,
	"single":  true,
}

// kickerTokens mark the parts of a headline element that are not the
// headline: the kicker or roof line above it, a section label, a small
// print line; the title stage reads them all inside the h1. Those true
// name a kicker also where it is a line of its own over the headline
// (see byKickerLine); the false ones are too common a word for that.
var kickerTokens = map[string]bool{
	"kicker":         true,  // article-heading__kicker
	"roofline":       true,  // German "Dachzeile" templates
	"dachzeile":      true,  // German
	"overline":       true,  // ts-overline
	"supertitle":     true,  // supertitle above the title
	"toptitle":       true,  // entry-title__toptitle
	"topline":        true,  // topline
	"eyebrow":        true,  // eyebrow label
	"surtitre":       true,  // French
	"antetitulo":     true,  // Spanish
	"antetítulo":     true,  // Spanish
	"occhiello":      true,  // Italian
	"sopratitolo":    true,  // Italian
	"volanta":        true,  // Argentine papers' kicker (Clarín's "p.volanta")
	"context":        true,  // GOV.UK's "gem-c-heading__context": "Press release" over the title
	"label":          false, // forum thread prefix labels
	"section":        false, // entry-section: "Politics |"
	"small":          false, // h1small
	"visuallyhidden": false, // a "Headline:" label for screen readers
}

// captionBoxClasses are whole class values of a box that holds a picture
// and its caption without being a <figure>: read as one.
var captionBoxClasses = map[string]bool{
	"wp-caption":           true, // WordPress's classic [caption] box: <div class="wp-caption"><img><p class="wp-caption-text">
	"tr-caption-container": true, // Blogger's captioned picture: a table, the picture in one row, td.tr-caption under it
}

// captionTextClasses are whole class values of a figure's caption that is
// no <figcaption>, or one the token rules leave out of the text.
var captionTextClasses = map[string]bool{
	"wp-caption-text": true, // WordPress's caption, a <p> in a classic box or a <figcaption> in a <figure>
	"tr-caption":      true, // Blogger's caption cell
}

// screenReaderClasses are whole class values that hide an element from
// sight and leave it to screen readers: its text ("Hauptinhalt", "(link
// is external)", " | Site" in an h1) is no part of what a reader sees.
var screenReaderClasses = map[string]bool{
	"sr-only":                   true, // Bootstrap screen-reader text
	"visually-hidden":           true, // screen-reader text
	"visuallyhidden":            true, // HTML5 Boilerplate screen-reader text
	"screen-reader-text":        true, // WordPress screen-reader text
	"element-invisible":         true, // Drupal 7 screen-reader text (" | Site" in an h1)
	"u-sronly":                  true, // XenForo screen-reader text
	"visually-hidden-focusable": true, // Bootstrap 5 screen-reader text
	"text-hide":                 true, // Bootstrap 3 text replaced by an image
}

// noPrintClasses are whole class values that leave an element out of the
// printed page. Publishers print the article and hide what surrounds it
// (menus, share bars, video players, ads), so a block so classed is
// furniture.
var noPrintClasses = map[string]bool{
	"noprint":        true, // MediaWiki, and many sites' own
	"no-print":       true, // generic
	"d-print-none":   true, // Bootstrap 4 and 5
	"hidden-print":   true, // Bootstrap 3
	"print:hidden":   true, // Tailwind
	"hide-for-print": true, // Foundation
}

// printOnlyClasses are whole class values that show an element on paper
// only; on screen it is hidden.
var printOnlyClasses = map[string]bool{
	"print-only":                 true, // generic
	"printonly":                  true, // generic
	"only-print":                 true, // generic
	"visible-print":              true, // Bootstrap 3
	"visible-print-block":        true, // Bootstrap 3
	"visible-print-inline":       true, // Bootstrap 3
	"visible-print-inline-block": true, // Bootstrap 3
	"show-for-print":             true, // Foundation
	"print-header":               true, // a page's letterhead for paper: logo, address, date (Fit for Fun)
	"header-print":               true, // the same (AOC: logo, rubric, date over a second copy of the title)
}

// articleFooterTokens, beside "footer" in a class, make it the footer of
// a post ("post-footer", "entry-footer"), where the byline and date line
// are, rather than the page's footer.
var articleFooterTokens = map[string]bool{
	"post":    true, // post-footer
	"entry":   true, // entry-footer (WordPress)
	"article": true, // article-footer
	"asset":   true, // asset-footer (Movable Type)
	"story":   true, // story-footer
}

// commentUnitClasses mark one comment of a thread, by a class of its
// own; commentsIn returns each whole, with its author and date.
var commentUnitClasses = map[string]bool{
	"comment": true, // WordPress's li.comment, most blog templates
}

// commentAuthorClasses name the element holding a comment's author.
var commentAuthorClasses = map[string]bool{
	"fn":                  true, // hCard's formatted name (WordPress's cite.fn)
	"comment-author":      true, // WordPress's div.comment-author ("Ana says:")
	"comment-author-name": true,
	"author":              true,
	"username":            true, // forum-style threads
}

// commentAuthorVerbs follow a comment author's name in templates ("Ana
// says:"); authorName cuts them.
var commentAuthorVerbs = []string{
	"says:",
	"says",
	"wrote:",
	"said:",
}

// commentDateClasses name the element holding a comment's date, alone
// or with other metadata; it counts only when its text reads as a date.
var commentDateClasses = map[string]bool{
	"comment-date":     true,
	"comment-time":     true,
	"comment-meta":     true, // WordPress's div.comment-meta: the date link only
	"commentmetadata":  true, // older WordPress themes
	"comment-metadata": true, // WordPress's footer date and edit link
}

// commentBodyClasses name the element holding what the reader wrote,
// apart from the comment's header, menus and buttons; commentsIn reads
// the first one in a comment, and the whole comment where none is.
var commentBodyClasses = map[string]bool{
	"comment-body":     true, // GitHub's div.comment-body; WordPress's article.comment-body holds the whole comment
	"comment-content":  true, // WordPress's div.comment-content
	"comment-text":     true,
	"comment__content": true, // BEM templates (Drupal)
	"comment__body":    true,
}

// replyLinkClasses mark a comment's "Reply" link, which is not its text.
var replyLinkClasses = map[string]bool{
	"reply":              true, // WordPress's div.reply
	"comment-reply-link": true,
}

// commentLinkLabels are whole texts of links that lead to the reader
// comments, after headingKey has taken away a count ("53 Comments",
// "Comments (2)"); widget titles of comment sections count as well.
var commentLinkLabels = map[string]bool{
	"comment":                 true, // "1 Comment"
	"post comment":            true,
	"add comment":             true,
	"add a comment":           true,
	"read comments":           true,
	"view comments":           true,
	"show comments":           true,
	"load comments":           true, // a button that fetches the thread
	"kommentare anzeigen":     true, // German "show comments"
	"kommentare laden":        true, // German "load comments"
	"see comments":            true,
	"comment on this":         true,
	"comment on this story":   true,
	"comment now":             true,
	"be the first to comment": true,
	"post reply":              true, // phpBB's button over and under a thread
	"post a reply":            true,
	"reply to topic":          true,
}

// commentPrompts start short lines that send readers to the comments or the
// forum; the line is dropped with the comments.
var commentPrompts = []string{
	"have your say",      // British and Australian papers
	"discuss this story", // sports wires, linking their message boards
	"discuss this article",
	"comment on this story",
	"click this link to post your comment",
	"post your comment",
	"this article does not have any comments",
	"this article has no comments",
	"thanks for your comments",
	"comment via", // "Comment via: facebook, substack": the thread lives elsewhere
}

// moreOnPrefixes open a widget title pointing to more stories on a subject
// or from a source ("More on Brexit", "Mehr zum Thema auf UEPO.de"): the
// rest of the title names the subject, so only the opening is listed.
var moreOnPrefixes = []string{
	"more on",
	"more about",
	"more from",                  // "More from The Guardian"
	"more by",                    // "More by Rowan Ellery": the author's other stories
	"more stories from",          // "More stories from The Verge"
	"more great stories from",    // Condé Nast's list under a story ("More Great Stories From Vanity Fair")
	"also on",                    // "Also on Example.com": the network's other sites
	"also from",                  // "Also from this source": a press release wire's other releases of the sender
	"auch auf",                   // German "Auch auf gofeminin.de"
	"weitere pressemitteilungen", // German "Weitere Pressemitteilungen dieses Verbands"
	"mehr zu",                    // German
	"mehr zum thema",             // German
	"weitere inhalte zu",         // German
	"más sobre",                  // Spanish
	"mais sobre",                 // Portuguese ("Mais sobre este tema", Observador; "Mais sobre Calor", SIC Notícias)
	"más notas de",               // Argentine Spanish "more pieces from <section>" (Página/12)
	"más noticias en",            // Spanish "more news in <paper>" (El Tiempo)
	"más noticias de",            // Spanish "more news from <section>"
	"mais notícias de",           // Portuguese
	"plus sur",                   // French
	"więcej o",                   // Polish
}

// relatedNouns follow "related" in the title of a box of related stories
// ("Recent related articles", "Related links"). "stories" is left out:
// "related stories" itself is a widget heading above, and on a readability
// test page taking a "More related stories" grid out of the article
// container made the content stage widen past it (content.go's
// widenToParent compares text sizes), so that variant waits for a fix
// there.
var relatedNouns = map[string]bool{
	"articles":  true,
	"videos":    true,
	"news":      true,
	"links":     true,
	"posts":     true,
	"coverage":  true,
	"content":   true,
	"reading":   true,
	"headlines": true,
	"sections":  true, // links to the sections of the story's topic
	"features":  true, // "Related features"
	"podcasts":  true, // "Related podcasts"
	"episodes":  true,
}

// suggestVerbs end a related box's title that says the reader may like
// what follows; see suggestsReading.
var suggestVerbs = map[string]bool{
	"like":  true, // "Stories you might like"
	"enjoy": true, // "More Articles You Might Enjoy"
}

// titleOnlyWords are words that appear in titles but never in a theme's
// component names: an id holding one is a heading's slug.
var titleOnlyWords = map[string]bool{
	"a":    true, // English articles, prepositions, question words
	"an":   true,
	"the":  true,
	"of":   true,
	"with": true,
	"and":  true,
	"to":   true,
	"in":   true,
	"for":  true,
	"on":   true,
	"how":  true,
	"why":  true,
	"what": true,
	"is":   true,
	"der":  true, // German
	"die":  true,
	"das":  true,
	"und":  true,
	"mit":  true,
	"le":   true, // French
	"la":   true,
	"les":  true,
	"de":   true, // French, Spanish
	"el":   true, // Spanish
}

// presentationalTags and presentationalAttrs style a page by markup, as
// pages did before CSS: one of them marks a head-less fragment as old.
var presentationalTags = map[atom.Atom]bool{
	atom.Font:   true, // face, size and colour of text
	atom.Center: true, // centred blocks
}

var presentationalAttrs = map[string]bool{
	"bgcolor":     true, // background colour of a table, row, cell or body
	"valign":      true, // vertical alignment of table cells
	"cellpadding": true, // spacing of layout tables
}

// shareURLParams name the shared page in a share link's query
// (del.icio.us and digg "url", facebook "u", some "link"); a link with
// one of them and a title parameter passes the story's title on.
var shareURLParams = []string{"url", "u", "link"}

// bulletGlyphs open the lines of a list typed without <ul>: each is a
// bullet in common fonts, none starts a sentence or a line of dialogue.
var bulletGlyphs = map[rune]bool{
	'•': true, // U+2022 BULLET
	'·': true, // U+00B7 MIDDLE DOT, the bullet of Windows-1252 pages
	'◦': true, // U+25E6 WHITE BULLET
	'‣': true, // U+2023 TRIANGULAR BULLET
	'▪': true, // U+25AA BLACK SMALL SQUARE
	'■': true, // U+25A0 BLACK SQUARE
	'►': true, // U+25BA BLACK RIGHT-POINTING POINTER
	'▸': true, // U+25B8 BLACK RIGHT-POINTING SMALL TRIANGLE
	'●': true, // U+25CF BLACK CIRCLE
	'○': true, // U+25CB WHITE CIRCLE
}

// creditLabelWords name what a credit line credits, joined in one label
// before the name ("Text und Interview: Harald Willenbrock", "Words and
// pictures: Jo Hart"); see isJoinedCreditLabel.
var creditLabelWords = map[string]bool{
	"text": true, "texte": true, "words": true, "interview": true, "reporting": true, // the writing
	"fotos": true, "foto": true, "photos": true, "photo": true, "pictures": true, "bilder": true, "bild": true, // the pictures
	"video": true, "videos": true, "illustration": true, "illustrations": true, "grafik": true, // the rest of a story's making
}

// creditPrefixes start a picture credit or source line: a short block that
// opens so is furniture ("Foto: Ingo Pertramer", "Crédits photos : AFP").
var creditPrefixes = []string{
	"foto:",      // German, Spanish, Portuguese, Polish
	"фото:",      // Russian, Ukrainian ("Фото: Getty Images", Ukrainska Pravda)
	"fotos:",     // German, Spanish
	"ग्राफिक्स:", // Hindi "graphics:", the artist's credit over an explainer (Dainik Bhaskar)
	"(foto:",     // Portuguese, inline
	"bild:",      // German
	"المصدر :",   // Arabic "source:", closing a story (Al Jazeera)
	"المصدر:",
	"edited by ",          // an editor's credit line under the byline ("edited by Tom Ashby, reviewed by Paul Wren", Phys.org)
	"bildquelle:",         // German
	"titelbild:",          // German header picture
	"quelle:",             // German source line
	"photo:",              // English, French
	"photos:",             // English, French
	"photo credit",        // English
	"illustration:",       // English, French
	"ilustración:",        // Spanish
	"grafik:",             // German
	"image:",              // English
	"image credit",        // English
	"feature image",       // "Feature image by Girlfriend Collective, all other images via brands mentioned."
	"featured image",      // WordPress's post thumbnail, credited
	"header image",        // English
	"cover image",         // English
	"credit:",             // English
	"credits:",            // English
	"photo-illustration:", // a magazine's credit for a montage ("Photo-Illustration: The Cut; Photos: Getty Images")
	"crédit photo",        // French
	"crédits photos",      // French
	"crédito:",            // Spanish, Portuguese
	"(crédito:",           // Portuguese, inline
	"źródło:",             // Polish source line
	"borítókép:",          // Hungarian "cover picture:", the lead picture's credit closing a story
	"(borítókép:",         // the same, in brackets
	"fot.",                // Polish
	"责任编辑：",               // Chinese "editor in charge:", closing a portal's story
	"（责任编辑：",              // the same in full-width brackets
	"責任編輯：",               // traditional Chinese
	"（責任編輯：",              // the same in full-width brackets
}

// mediaPlayerPrefixes start the address (scheme and "www." aside) of an
// <iframe> that plays a video or audio, or shows a newsroom's chart or
// map: the embed is part of the story, where other frames are ads and
// widgets.
var mediaPlayerPrefixes = []string{
	"youtube.com/embed/",           // YouTube
	"youtube-nocookie.com/embed/",  // YouTube, privacy mode
	"player.vimeo.com/video/",      // Vimeo
	"dailymotion.com/embed/",       // Dailymotion
	"geo.dailymotion.com/player",   // Dailymotion's newer player
	"player.twitch.tv/",            // Twitch
	"facebook.com/plugins/video",   // Facebook video
	"tiktok.com/embed/",            // TikTok
	"open.spotify.com/embed/",      // Spotify episodes and tracks
	"w.soundcloud.com/player/",     // SoundCloud
	"embed.podcasts.apple.com/",    // Apple Podcasts
	"bandcamp.com/embeddedplayer/", // Bandcamp
	"player.simplecast.com/",       // podcast hosts
	"share.transistor.fm/e/",
	"iframe.mediadelivery.net/embed/", // Bunny Stream
	"fast.wistia.net/embed/",          // Wistia
	"players.brightcove.net/",         // Brightcove, news sites' video
	"c.jwplayer.com/",                 // JW Player
	"cdn.jwplayer.com/players/",       // JW Player
	"embed.acast.com/",                // podcast hosts
	"html5-player.libsyn.com/embed/",
	"omny.fm/shows/",
	"playlist.megaphone.fm/",
	"embed.ted.com/talks/",              // TED talks
	"datawrapper.dwcdn.net/",            // Datawrapper charts and maps
	"flo.uri.sh/visualisation/",         // Flourish charts
	"flo.uri.sh/story/",                 // Flourish stories
	"e.infogram.com/",                   // Infogram charts
	"public.tableau.com/views/",         // Tableau dashboards
	"google.com/maps/embed",             // Google Maps
	"cdn.knightlab.com/libs/timeline3/", // Knight Lab's timelines
	"uploads.knightlab.com/storymapjs/", // Knight Lab's story maps
}

// cjkHourMarks follow the hour of a time written in Chinese, Japanese or
// Korean ("10時30分", "10点30分", "10시 30분"), cjkMinuteMarks its minutes.
var cjkHourMarks = map[string]bool{"時": true, "时": true, "点": true, "시": true}
var cjkMinuteMarks = map[string]bool{"分": true, "분": true}

// cjkMeridiems name the half of the day before a time, true for the
// afternoon: Chinese, Japanese, Korean.
var cjkMeridiems = map[string]bool{"上午": false, "下午": true, "午前": false, "午後": true, "오전": false, "오후": true}

// ampPlayers are the AMP elements that embed a platform's player by its
// video id (data-videoid), with the address that id completes.
var ampPlayers = map[string]string{
	"amp-youtube":     "https://www.youtube.com/embed/",           // YouTube
	"amp-vimeo":       "https://player.vimeo.com/video/",          // Vimeo
	"amp-dailymotion": "https://www.dailymotion.com/embed/video/", // Dailymotion (data-videoid)
}

// pictureButtons are furniturePhrases a theme sets as a button over a
// picture, in one wrapper with it: the wrapper's only text is the
// button's, yet the picture stays.
var pictureButtons = map[string]bool{
	"pin":    true, // Pinterest's hover button
	"pin it": true,
}

// socialPostClasses are the classes of the blockquote a social network's
// embed code writes for one post; the page shows it as the post, read
// as an Embed block (see isSocialPost). X's "twitter-tweet" is not one:
// its blockquote holds the tweet's words and stays a quote.
var socialPostClasses = map[string]bool{
	"instagram-media": true, // Instagram: "View this post on Instagram", the caption, "A post shared by …"
	"tiktok-embed":    true, // TikTok: the author's handle, the caption, the sound
}

// plainTextLangs are language classes that name no language: a
// highlighter's way to say "leave this alone".
var plainTextLangs = map[string]bool{
	"none":         true, // highlight.js, Prism
	"nohighlight":  true, // highlight.js
	"plaintext":    true, // highlight.js
	"plain":        true, // SyntaxHighlighter
	"text":         true, // Pygments, Rouge
	"txt":          true,
	"no-highlight": true, // highlight.js
	"default":      true, // Sphinx's "highlight-default": the project's default lexer, unnamed
}

// returnOpeners start the label of a link back to where the reader came
// from, a listing or the site's home ("Back to Blog", "Return to my Home
// Page"); see isBackLink and isReturnLine.
var returnOpeners = []string{
	"back to ",     // English
	"go back to ",  // English
	"return to ",   // English
	"zurück zu ",   // German
	"zurück zum ",  // German
	"zurück zur ",  // German
	"retour à ",    // French
	"retour au ",   // French
	"terug naar ",  // Dutch
	"volver a ",    // Spanish
	"voltar para ", // Portuguese
	"torna a ",     // Italian
	"بازگشت به ",   // Persian: "بازگشت به صفحه اقتصادی", back to the business page (Tasnim)
}

// reviewOpeners start a line that credits an article's reviewer or dates
// its last review ("Medically reviewed by Sam Roe, MD", "Last reviewed
// January 2023", "Expert Reviewed"): a byline of the site's checking, no
// part of the story. isReviewLine reads what follows the opener.
var reviewOpeners = []string{
	"reviewed",                   // "Reviewed by: ...", "Reviewed in 2024"; alone it may be a product's badge
	"medically reviewed",         // health sites
	"last medically reviewed",    // health sites
	"expert reviewed",            // a badge over the byline
	"fact checked",               // English
	"fact-checked",               // English
	"last reviewed",              // English
	"date last reviewed",         // US government pages
	"this article last reviewed", // English
	"this page last reviewed",    // English
	"page last reviewed",         // English
	"content last reviewed",      // English
	"medizinisch geprüft",        // German health sites
	"fachlich geprüft",           // German
	"revisado por",               // Spanish, Portuguese
	"relu par",                   // French
}

// creditLines are whole short blocks that only name a picture agency.
var creditLines = map[string]bool{
	"istock.com":   true,
	"istock":       true,
	"getty images": true,
	"shutterstock": true,
	"thinkstock":   true,
	"imago":        true,
	"dpa":          true,
	"afp":          true,
	"reuters":      true,
}

// paywallPhrases mark a subscription prompt where an article is cut off;
// a short block holding one is furniture.
var paywallPhrases = []string{
	"unlock this story with",       // The Economic Times' paywall box ("Unlock this story with ET Prime")
	"the full article contains",    // a wire's word count where its story is cut ("The full article contains 339 words and appears in …")
	"your account has been frozen", // a premium box's account notice
	"jetzt ohne werbung lesen",     // German ad-free subscription pitch ("Jetzt ohne Werbung lesen – mit dem Pur-Abo …", auto motor und sport)
	"প্রিমিয়াম খবর পড়ার জন্য",                  // Bengali "to read … premium stories", a subscription box (Anandabazar)
	"to access ad-free listening",                // a podcast's subscription pitch ("Subscribe to Slate Plus to access ad-free listening …")
	"continua a leggere questo articolo",         // Italian paywall (la Repubblica)
	"per continuare a leggere questo articolo",   // Italian paywall (Il Sole 24 Ore: "… abbonati a 24+")
	"once registered, you can read",              // Times Higher Education's registration wall ("Once registered, you can read 3 articles a month")
	"already registered or a current subscriber", // the same wall's sign-in line
	"to view the full story",
	"for the full story",
	"already a subscriber",
	"subscribe now",
	"subscribers also receive",
	"instant access to the full article",
	"to read this article in full",
	"to read the full article",
	"you must be registered",
	"must be logged in to read",
	"login to read this",
	"log in to read this",
	"pour lire la suite",
	"pour accéder en illimité",
	"article est réservé aux abonnés", // French: "Cet article est réservé aux abonnés."
	"article réservé aux abonnés",
	"contenu est réservé aux abonnés",
	"réservé à nos abonnés",
	"% à découvrir",         // "Il vous reste 70% à découvrir."
	"de cet article à lire", // "Il vous reste 85% de cet article à lire."
	"jetzt abonnieren",
	"zum weiterlesen",
	"jetzt weiterlesen mit", // German: "Jetzt weiterlesen mit KZ+"
	"nur für abonnenten",
	"exklusiv für abonnenten",
	"suscríbete para",
	"suscríbete al plan",               // Spanish subscription link: "Suscríbete al Plan Digital de El Comercio y accede a contenido exclusivo"
	"subscribe to premium+",            // an app's upsell closing the story ("… when you subscribe to Premium+ on the AccuWeather app")
	"tu suscripción se está usando",    // Spanish shared-account notice (El País: "… en otro dispositivo")
	"berlangganan sekarang",            // Indonesian "subscribe now" (Tempo)
	"baca berita dengan sedikit iklan", // Indonesian "read the news with fewer ads" (Tempo's plan pitch)
	"exclusivo para suscriptores",      // Spanish: "Artículo exclusivo para suscriptores"
	"solo para suscriptores",
	"conteúdo exclusivo para assinantes", // Portuguese
	"riservato agli abbonati",            // Italian
	"alleen voor abonnees",               // Dutch
	"有料会員限定",                             // Japanese "paid members only"
	"続きをお読みいただけます",                       // Japanese "(sign in and) you can read on"
	"订阅后阅读全文",                            // Chinese "subscribe to read the full text"
	"会員限定の有料記事",                          // Japanese "members-only paid articles" (Asahi's prompt under a story)
	"issues for only",                    // a magazine's subscription offer ("Try Radio Times magazine today and get 10 issues for only £1")
	"dołącz do premium",                  // Polish pitch: "Dołącz do Premium i uzyskaj dostęp…" (Onet)
	"membaca tanpa iklan",                // Indonesian pitch: "Dapatkan pengalaman membaca tanpa iklan … dengan bergabung Kompas.com+"
	"zugang zu allen artikeln",           // German pitch: "Freier Zugang zu allen Artikeln, Videos, Audioinhalten und Podcasts" (SPIEGEL+)
}

// paywallBadges are the labels a promo sets before the headline of a
// story for subscribers; see withoutPaywallBadge.
var paywallBadges = []string{
	"article réservé à nos abonnés", // Le Monde
	"article réservé aux abonnés",
	"réservé aux abonnés", // Le Figaro, Libération
	"réservé à nos abonnés",
	"subscriber only",
	"subscribers only",
}

// hidingClasses are CSS framework classes that set display: none. They are
// trusted only where a script is unlikely to reveal the element (table
// cells and rows); elsewhere a "hidden" class often marks text a "read
// more" button shows.
var hidingClasses = map[string]bool{
	"hidden":    true, // Tailwind, Bootstrap 3
	"d-none":    true, // Bootstrap 4 and 5
	"is-hidden": true, // Bulma
	"hide":      true, // Bootstrap 2, Foundation
}

// signupPhrases mark a newsletter sign-up prompt; a short block holding
// one invites the reader elsewhere and is furniture.
var signupPhrases = []string{
	"receive our free e-newsletter",
	"this article was featured in", // "This article was featured in New York’s One Great Story newsletter."
	"sign in and join us",          // Rock Paper Shotgun's sign-in box ("Sign in and join us on our journey …")
	"get the news in your inbox",   // "Get the news in your inbox. Explore Blockworks newsletters:"
	"delivered every weekday",      // "Your day-ahead look for the crypto markets, delivered every weekday before the U.S. open." (CoinDesk)
	"we'll email you when",         // "Follow topics and we'll email you when Eurogamer publishes an article about them."
	"line 好友",                      // Chinese "add us as a LINE friend" (udn: "加入聯合新聞網 LINE 好友")
	"by signing up for our",        // "Get more Denver news by signing up for our Mile High Roundup email newsletter"
	"sign up for our newsletter",
	"sign up to our newsletter",
	"subscribe to our newsletter",
	"get our newsletter", // "Smart is sexy - get our newsletter:" beside the form (YouBeauty)
	"sign up for our free newsletter",
	"subscribe to get the latest posts", // Jetpack's subscription block: "... sent to your email."
	"subscribe here",                    // the link closing a newsletter's pitch
	"delivered to your inbox",           // "Get the best of Haaretz delivered to your inbox every weekday"
	"roundup in your inbox",             // "Get a weekly roundup in your inbox instead." (The Conversation)
	"directo en tu correo",              // Spanish "straight to your mail" ("… para recibir directo en tu correo nuestro newsletter")
	"en nuestros boletines",             // Spanish "sign up to our newsletters" ("Regístrese en nuestros boletines")
	"si desea inscribirse",              // Spanish "if you wish to sign up" (El Espectador's newsletter line)
	"en nuestro boletín",                // Spanish "in our newsletter" ("Inscríbase gratis en nuestro boletín", El Tiempo)
	"en su correo?",                     // Spanish "in your inbox?" ("¿Quiere recibir las noticias de Bogotá en su correo?")
	"direkt in ihr postfach",            // German "straight to your inbox" ("Alles Wichtige aus München … direkt in Ihr Postfach", SZ)
	"daftar newsletter",                 // Indonesian "sign up for the newsletter" (Tempo)
	"newsletter abonnieren",             // German "subscribe to the newsletter"
	"für unseren newsletter an",         // German "… sign up for our newsletter" ("Melden Sie sich für unseren Newsletter an.")
	"suscríbete a nuestro boletín",      // Spanish "subscribe to our newsletter"
	"in der bestätigungsmail",           // German sign-up box's second step ("Bitte klicke auf den Link in der Bestätigungsmail, …", t3n)
	"infos zum newsletter",              // German ("Du willst noch weitere Infos zum Newsletter?")
	"link in the confirmation email",    // the same box in English
}

// appealPhrases mark a publisher's appeal for money or members under or
// inside the story; a short block holding one asks the reader to pay and
// is furniture. "Become a member" alone is not one: a club's page says it
// of itself.
var appealPhrases = []string{
	"การสนับสนุนจากคุณ", // Thai "your support": "… การสนับสนุนจากคุณ คือการร่วมสร้างและรักษาสื่อเสรี" (Prachatai)
	"unterstütze jetzt",                         // German appeal, addressing the reader as du: "Unterstütze jetzt watson!"
	"verzichten bewusst auf eine paywall",       // German: "Wir verzichten bewusst auf eine Paywall." (watson's appeal)
	"consider supporting our",                   // "If you're enjoying this article, consider supporting our award-winning journalism"
	"please consider supporting",                // "… please consider supporting us with a donation"
	"could consider supporting",                 // "… I wonder whether you could consider supporting the Guardian's journalism" (the live blog's appeal)
	"contribution to independent journalism",    // "Make a contribution to Independent Journalism today." (The Wire)
	"okurlarımızın desteğine",                   // Turkish "… our readers' support" (Cumhuriyet's appeal)
	"çıkar grubuna bağlı olmadan",               // Turkish "without ties to any interest group" (T24's appeal)
	"только благодаря поддержке",                // Russian "only thanks to the support of readers" (Novaya Gazeta Europe)
	"hope you appreciated this",                 // "I hope you appreciated this article. Before you move on …" (Guardian Australia)
	"accepted payment methods",                  // the appeal's card logos line
	"существует на деньги читателей",            // Russian "… exists on readers' money" (Novaya Gazeta)
	"depends on readers like you",               // "Eurasianet depends on readers like you."
	"tax-deductible contribution",               // "… please consider making a tax-deductible contribution today"
	"we do not have shareholders",               // "We do not have shareholders or a billionaire owner …" (the Guardian)
	"your gift helps us",                        // "Your gift helps us provide trustworthy journalism that is free to read." (Religion News Service)
	"for the price of a coffee",                 // "Support Times of Malta for the price of a coffee."
	"independent journalism costs money",        // the same appeal's opening
	"member-supported, nonpartisan newsroom",    // The Texas Tribune's appeal
	"your support makes",                        // "Your support makes The 19th possible."
	"donate today to help us",                   // "Donate today to help us report on gender, politics and policy."
	"would consider supporting",                 // "… I wanted to ask if you would consider supporting the Guardian's journalism"
	"subscribe today to support",                // "Subscribe today to support Salon's progressive journalism"
	"like to ask for your support",              // "If you enjoyed this article, I'd like to ask for your support" (Scientific American)
	"пожалуйста, поддержите",                    // Russian "please support …" (Novaya Gazeta Europe's inline appeal)
	"sostieni il giornalismo",                   // Italian appeal ("Sostieni il giornalismo di qualità", la Repubblica)
	"scegli di sostenerci",                      // Italian appeal's close ("Scegli di sostenerci con un abbonamento")
	"giornalismo indipendente ha bisogno di te", // Italian appeal (Fanpage.it)
	"no tenemos dueños",                         // Spanish appeal ("No tenemos dueños ni grandes anunciantes …", elDiario.es)
	"support our journalism",                    // "Support our journalism. Donate today."
	"doesn't mean it's free to produce",         // nonprofit newsrooms' appeal ("… free to all readers. But that doesn't mean it's free to produce.", The Hechinger Report)
	"doesn’t mean it’s free to produce",         // the same with typographic apostrophes
	"support independent journalism",            // "Please support independent journalism"
	"support our independent journalism",
	"small favor to ask", // "Since you made it to the bottom of this article, we have a small favor to ask."
	"small favour to ask",
	"please consider pitching in",
	"consider making a donation",
	"make a tax-deductible donation",
	"tax-deductible gift",        // "please consider making a tax-deductible gift of any amount" (The Salt Lake Tribune's Report for America note)
	"funded by readers like you", // "Our journalism is funded by readers like you. Donate to the newsroom now."
	"every dollar you give",      // a matching campaign's pitch
	"please support us",          // "Do you enjoy reading this blog? If you do, please support us"
	"support us on patreon",      // a blog's or a podcast's membership platforms
	"support me on patreon",
	"support the show on patreon",
	"support us on ko-fi",
	"support me on ko-fi",
	"buy me a coffee",                            // the tip jar's own name, "Buy Me a Coffee"
	"unterstützen sie unabhängigen journalismus", // German
	"unterstützen sie unseren journalismus",
	"soutenez notre journalisme",          // French
	"pour soutenir une information libre", // French ("… abonnez-vous à Libération")
	"apoie o jornalismo",                  // Portuguese ("Apoie o jornalismo independente", Observador)
	"con tu aporte mensual",               // Argentine Spanish ("Con tu aporte mensual, sostenés una voz crítica", Página/12)
	"работает благодаря вам",              // Russian "… works thanks to you" (Meduza's appeal)
	"підтримайте незалежну журналістику",  // Ukrainian "support independent journalism"
	"станьте частиною спільноти",          // Ukrainian "become part of the community" (Ukrainska Pravda)
	"후원해 주세요",                             // the same, spaced ("…한겨레의 기후 저널리즘을 후원해 주세요")
	"az olvasók támogatása",               // Hungarian "… readers' support" (Index's appeal: "amelynek működését az olvasók támogatása is segíti")
	"후원해주세요",                              // Korean "please support us" ("기사를 읽고 한겨레에 후원해주세요")
	"támogass minket",                     // Hungarian "support us" (Telex's appeal)
}

// listenPhrases mark an audio player's prompt to hear the story read
// out; a short block holding one is the player's, not the story's.
var listenPhrases = []string{
	"listen to this article", // "Listen to this article in summarized format"
	"listen to this story",   // "Listen to this story via streaming audio, a downloadable file, or get help."
	"listen to our report",   // Vatican News's audio bar over the story
	"artikel anhören",        // German
	"artikel vorlesen",       // German "have the article read aloud" ("Diesen Artikel vorlesen lassen")
	"écouter cet article",    // French
	"escuchar este artículo", // Spanish
	"escucha esta nota",      // Spanish ("ESCUCHA ESTA NOTA AQUÍ")
	"escuchar esta nota",     // Spanish
	"ouça este conteúdo",     // Portuguese (Estadão's audio player)
	"listen instead",         // "Only have a minute? Listen instead" (McClatchy's audio bar)
	"powered by trinity audio",
	"enjoy more audio and podcasts on",  // The Economist's player: "… on iOS or Android."
	"audio generated using an ai voice", // the Financial Times' player
	"using ai narration",                // "Produced by ElevenLabs and News Over Audio (Noa) using AI narration."
}

// cookiePhrases mark a cookie notice whose banner lost its class: a short
// block holding one is the site's consent prompt, not the story.
var cookiePhrases = []string{
	"this website uses cookies",
	"this site uses cookies",
	"we use cookies to",
	"need to accept cookies",           // an embed's consent placeholder ("To view it, you need to accept cookies for external content.")
	"korzystamy z cookies",             // Polish ("Informujemy, że korzystamy z cookies.")
	"korzystamy z plików cookie",       // Polish
	"używamy plików cookie",            // Polish
	"diese website verwendet cookies",  // German
	"wir verwenden cookies",            // German
	"ce site utilise des cookies",      // French
	"déposent des cookies",             // French "… and its partners place cookies" (La Voix du Nord's consent box)
	"unsere partner verwenden cookies", // German "we and our partners use cookies" (kicker's consent box)
	"nous utilisons des cookies",       // French
	"este sitio utiliza cookies",       // Spanish
	"utilizamos cookies",               // Spanish, Portuguese
	"questo sito utilizza cookie",      // Italian
}

// noticePhrases mark a rights, licence or liability notice; a short block
// holding one is the site's small print, not the story.
var noticePhrases = []string{
	"your browser does not support the audio", // a player's fallback text, shown where the player did not load ("… the <code>audio</code> element.")
	"your browser does not support the video",
	"your browser does not support html5 video",
	"your browser doesn't support html5 video",
	"your browser does not support the playback of this",
	"you're receiving this because", // a newsletter's footer in its web archive ("… you signed up at …", Buttondown)
	"you are receiving this because",
	"this page will automatically update", // a live blog's refresh switch: "This page will automatically update every 90 seconds On Off" (The Telegraph)
	"لا تعبر عن رأي",                      // Arabic "does not express the opinion of": a comment section's or a column's disclaimer ("الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية")
	"لا يعبر عن رأي",
	"بالنقاش الحيوي",                // Arabic comment policy: "ترحب شبكة CNN بالنقاش الحيوي والمفيد" (welcomes lively discussion)
	"comment policy before posting", // over a comment form: "Thank you for being part of our community. Read our Comment Policy before posting."
	"read our comment policy",
	"masz ciekawy temat",        // Polish tip line: "Masz ciekawy temat? Napisz do nas!" (Onet)
	"¿has visto algún error?",   // Spanish error-report line (El Confidencial)
	"haberlerin tüm hakları",    // Turkish rights notice: "… yayınlanan haberlerin tüm hakları … aittir" (Sabah)
	"انتهای پیام",               // Persian "end of message": the agency's closing mark (Tasnim, IRNA)
	"ce contenu est bloqué car", // French: an embed blocked until cookies are accepted (Le Progrès)
	") retrieved ",              // a citation line: "Title (2025, March 12) retrieved 13 March 2025 from https://phys.org/…" (Science X)
	"all rights reserved",
	"have a news tip",             // the newsroom's tip line under the story
	"got a confidential news tip", // the newsroom's tip line ("Got a confidential news tip? We want to hear from you.")
	"einen fehler entdeckt",       // German error-report line ("Sie haben einen Fehler entdeckt? Schreiben Sie uns.")
	"was this article helpful",    // a feedback widget's question over its Yes / No buttons
	"contact this reporter via",   // Business Insider's tip box: "Have a tip? Contact this reporter via email at …"
	"got a story? email",          // British and Australian papers' tip line: "Got a story? Email us at …"
	"got a story? contact",
	"znate li nešto više o temi",                                // Croatian tip line under the story: "Znate li nešto više o temi ili imate prijedlog za članak? Pišite nam …" (Index.hr)
	"this page refreshes automatically",                         // a live blog's bar (RTL Today)
	"whatsapp चैनल",                                             // Hindi "WhatsApp channel": "दैनिक जागरण के WhatsApp चैनल से जुड़ें …"
	"whatsapp चॅनल",                                             // Marathi ("'लोकमत'चे WhatsApp चॅनल फॉलो करा …")
	"क्या ये खबर आपके काम की है",                                // Hindi "was this news useful to you?", a reader poll (Dainik Bhaskar)
	"news headlines from politics",                              // a search-engine line under the story ("Get Latest Marathi News … Headlines from Politics, Sports, …", Lokmat)
	"this is a rush transcript",                                 // a broadcaster's transcript notice (CNN: "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM …")
	"transcripts are machine and human generated",               // PBS NewsHour's transcript notice
	"imate li zanimljivu priču",                                 // Croatian "do you have an interesting story?", the newsroom's tip line (Index.hr)
	"imate prijedlog za priču",                                  // Bosnian "do you have a story idea?" (Klix.ba)
	"jeste li uočili pogrešku",                                  // Croatian "did you spot an error?", an error-report link
	"stranica se automatski osvežava",                           // Serbian "the page refreshes itself", a live blog's bar (N1)
	"send your news stories to",                                 // GhanaWeb's tip line: "Send your news stories to GhanaWeb …"
	"with the help of generative ai",                            // an AI-use note under the story: "… translated by a bilingual reporter with the help of generative AI tools" (JoongAng Daily)
	"submit a letter to the editor",                             // WIRED's closing line: "Let us know what you think about this article. Submit a letter to the editor at …"
	"情報提供はこちら",                                                  // Japanese "send us tips here" (NHK: "NHKニュースへの情報提供はこちらから")
	"スクラップブックに保存",                                               // Japanese "save to your scrapbook" (Yomiuri's members' note)
	"droits de reproduction et de représentation",               // French rights line: "Tous droits de reproduction et de représentation réservés."
	"contact reporter",                                          // Caixin Global's closing line: "Contact reporter Zhou Xinda (…) and editor …"
	"download our app to receive",                               // an app prompt: "Download our app to receive breaking news alerts …"
	"get our weekly free",                                       // a newsletter prompt: "Get our weekly free Must-Read newsletter."
	"read this press release in",                                // a government release's translations line
	"comments are moderated and will appear",                    // a comment form's notice (People's Daily)
	"of the event is available",                                 // a release's media note: "Video of the event is available on YouTube here"
	"of the event are available",                                // "Photos of the event are available on the Governor's Flickr page"
	"vous avez repéré une erreur",                               // French link to report an error: "Vous avez repéré une erreur? Signalez-la" (Radio-Canada)
	"try refreshing your browser",                               // a video player's error text: "Try refreshing your browser, or tap here …"
	"fout gezien",                                               // Dutch link to report an error: "Fout gezien? Laat het ons weten" (NRC)
	"een versie van dit artikel verscheen",                      // Dutch print note: "Een versie van dit artikel verscheen ook in NRC op …"
	"subscriber-only newsletter",                                // "… sign up to Money Talks, our weekly subscriber-only newsletter" (The Economist)
	"login or subscribe to participate",                         // a newsletter platform's poll note (beehiiv)
	"copy and paste this link to others",                        // a referral programme's box (beehiiv)
	"got a tip about",                                           // the same: "Got a tip about the school district? Reply to this email …" (a Ghost newsletter)
	"reply to this email",                                       // a newsletter's call to write back, in its web copy
	"forward this to a ",                                        // a newsletter's call to pass it on: "Forward this to a neighbor who cares …"
	"have you made this recipe",                                 // a recipe site's call for reviews
	"have a tip about",                                          // a newsroom's tip line: "Have a tip about housing in Riverbend? Email …"
	"when we learn of a mistake",                                // The New York Times' corrections policy under a correction
	"along with latest news and top headlines",                  // Hindustan Times' line under every story ("Get Current Updates on India News … along with Latest News and Top Headlines from India and around the world")
	"content highlights:",                                       // an SEO summary line closing a story (Mathrubhumi)
	"has been reviewed according to",                            // Science X's editorial badge ("This article has been reviewed according to Science X's editorial process and policies")
	"this document is subject to copyright",                     // Science X's rights line under a story
	"your email address is used only to let the recipient know", // a share-by-mail form's note
	"a version of this story appeared in",                       // Science's print note ("A version of this story appeared in Science, Vol 386, Issue …")
	"check out our tv guide",                                    // Radio Times' pointer closing its listings ("Looking for something to watch tonight? Check out our TV Guide …")
	"please enable javascript",                                  // a video player's fallback ("To view this video please enable JavaScript …", video.js)
	"sign up here for the weekly email newsletter",              // DW's pitch closing a story ("While you're here: …")
	"is solely responsible for all content",                     // AP's funding note under a story ("… AP is solely responsible for all content.")
	"情報を募集しています",                                                // Japanese tip box ("… について情報を募集しています", Bunshun's 文春リークス)
	"図表や画像を全部閲覧できない場合があります",                                     // Toyo Keizai's note to readers of syndicated copies
	"動画の配信期間",                                                   // Japanese "video available until": TV Asahi's note under a player
	"でもお届けしています",                                                // Japanese "we also deliver on …" (Kyodo's account line)
	"見逃し配信",                                                     // Japanese "catch-up streaming": NHK's note under a story's video
	"좋아요를 눌러주세요",                                                // Korean "please press like" under a story (Yonhap)
	"영상편집",                                                      // Korean broadcasters' video credits under a story ("영상취재: … / 영상편집: …", MBC, SBS, KBS)
	"제보를 기다립니다",                                                 // Korean broadcasters' tip box ("KBS는 여러분의 제보를 기다립니다")
	"감정을 선택해주세요",                                                // Korean portals' reaction box ("이 기사에 대한 감정을 선택해주세요", Daum)
	"댓글 정책은",                                                    // Korean portals' comment policy line ("이 기사의 댓글 정책은 머니투데이가 결정합니다")
	"동영상영역 시작",                                                  // KBS's player markers for screen readers ("동영상영역 시작 · 동영상영역 끝")
	"was first featured in the",                                 // a newsletter's origin line over a story ("This story was first featured in the Future Perfect newsletter. Sign up here …", Vox)
	"über dieses thema berichtete",                              // ARD's broadcast note under a story ("Über dieses Thema berichtete SWR Aktuell am …", tagesschau.de)
	"abonnieren sie den podcast",                                // German podcast plug ("Abonnieren Sie den Podcast bei Spotify, Apple Podcast …", WELT)
	"recevez une notification à chaque nouvel article",          // French alert prompt ("… sur ce sujet", La Voix du Nord)
	"n’a pas de valeur scientifique",                            // French poll disclaimer ("Ce sondage n’a pas de valeur scientifique")
	"n'a pas de valeur scientifique",
	"इस खबर पर अपनी प्रतिक्रिया दें", // Hindi "give your reaction to this story" over Dainik Bhaskar's reaction buttons
	"get all india news in hindi",                            // Amar Ujala's SEO line under a story
	"click here for the latest stock market news",            // Yahoo Finance's pointer under a story
	"read the latest financial and business news from",       // Yahoo Finance's closing line
	"published in partnership with usa today",                // The Marshall Project's partner line (and others carrying USA Today's)
	"propublica is a nonprofit newsroom that investigates",   // ProPublica's line over its stories, republished with them
	"is a national newsroom that produces",                   // KFF Health News' line closing its stories ("… in-depth journalism about health issues")
	"propublica’s local reporting network",                   // the network's partner note
	"reader support makes up",                                // Mother Jones' appeal ("… about two-thirds of our budget")
	"média d’information sans but lucratif",                  // La Presse's appeal ("La Presse est un média d’information sans but lucratif")
	"will be added to your personal news feed",               // The Globe and Mail's follow box
	"¡tus opiniones importan!",                               // AS's sign-off under a story ("… comenta en los artículos y suscríbete …")
	"¿buscas licenciar contenido?",                           // the same sign-off's licensing line
	"para poder comentar debes estar registrado",             // Spanish comment prompt
	"rate the players from this game",                        // BBC Sport's ratings widget
	"broaden your horizons with award-winning",               // The Telegraph's trial pitch closing a story
	"want your company's news featured on",                   // PR Newswire's pitch under every release
	"a photo accompanying this announcement is available at", // GlobeNewswire's asset line under a release
	"print friendly pdf",                                     // the European Commission's press corner link
	"is there content that you would like",                   // AFP Fact Check's call for claims ("… AFP to fact-check?")
	"die diskussion wurde geschlossen",                       // German "the discussion has been closed", over a closed forum
	"got a tip? talk to us",                                  // Android Authority's tip box
	"award-winning staff selects the products",               // CNET's trust box ("Our expert, award-winning staff selects the products we cover …")
	"recommendations are based on many hours of testing",     // ZDNET's editorial standards box
	"our weekly newsletter",                                  // a newsletter pitch closing a story ("Sign up for Innovation, our weekly newsletter", ZDNET)
	"abone olmak için tıklayın",                              // Turkish "click to subscribe" (Habertürk's Google News line)
	"auto-generated from",                                    // syndication notes ("This story has been auto-generated from a syndicated PTI feed", Outlook India; IANS)
	"bernama provides up-to-date",                            // Bernama's channel notice under every story
	"don’t miss out on the latest news and information",      // Inquirer.net's pitch closing a story ("… Subscribe to INQUIRER PLUS …")
	"for feedback, complaints, or inquiries",                 // Inquirer.net's contact line
	"share your experiences, suggestions",                    // The Jakarta Post's feedback form
	"מצאתם טעות",                                             // Hebrew "found a mistake?" (Israel Hayom: "מצאתם טעות בכתבה? דווחו לנו")
	"to learn more about republishing this content",          // Middle East Eye's republishing note
	"participates in affiliate link advertising",             // Smithsonian's note to readers
	"billionaire owners have a powerful hold",                // The Guardian's appeal under a story
	"unlock the editor’s digest",                             // the Financial Times' newsletter box over a story
	"unlock the editor's digest",
	"subscribers can sign up to",                           // The Economist's newsletter line closing a piece
	"erstpublikation:",                                     // Handelsblatt's first-publication line under a story
	"y recibe la edición semanal",                          // Proceso's subscription line
	"catch all the business news",                          // The Economic Times' line under every story
	"download the economic times news app",                 // the same page's app line
	"track latest news live on",                            // NDTV's line under every story ("Track Latest News Live on NDTV.com …")
	"summary is ai generated",                              // NDTV's note under its AI summary
	"considered for publication in our letters",            // The Guardian's call for letters under a column
	"this post is also available in",                       // WPML's language switcher over a WordPress post ("This post is also available in: ქართული Русский")
	"got a confidential tip",                               // BuzzFeed News' tip line ("Got a confidential tip? Submit it here.")
	"should be covering?",                                  // Newsweek's tip box ("Do you have a story Newsweek should be covering?")
	"do you have a similar story?",                         // News Corp Australia's call-out under a story
	"to be considered for publication",                     // a letters prompt ("Please include your full name to be considered for publication", Crikey)
	"a version of this story appears in the print",         // The Kathmandu Post's print note
	"for a more accessible video player",                   // Sky Sports' note in every video box ("Please use Chrome browser for …")
	"بیرونی ویب سائٹس کے مواد کا ذمہ دار نہیں",             // BBC Urdu: "the BBC is not responsible for the content of external sites", under an embed
	"committed to publishing a diversity of letters",       // The New York Times' call for letters under an essay
	"found a mistake in this article",                      // The Star's correction box ("Found a mistake in this article?")
	"har du tips",                                          // Swedish, Norwegian tip line ("Har du tips? Kontakta Expressen", VG)
	"heb jij een tip",                                      // Dutch tip line ("Heb jij een tip of beelden van de storm? Stuur ze …", RTL Nieuws)
	"heb je een tip",                                       // Dutch, the same
	"grešku u tekstu",                                      // Bosnian, Croatian "noticed an error in the text?" (Klix.ba)
	"imate li temu za nas",                                 // Croatian tip line ("Imate li temu za nas? Javite nam se …", Index.hr)
	"error en esta noticia",                                // Spanish error-report prompt ("¿Has encontrado un error en esta noticia?", ABC; "¿Encontraste algún error …?", Emol)
	"we pay for your stories",                              // a tabloid's tip box (The Sun)
	"do you have a story for",                              // the same box's call ("Do you have a story for The Sun Travel team?")
	"une information à nous communiquer",                   // French tip box ("Vous avez une information à nous communiquer ?", Le Parisien)
	"read the original article on",                         // a syndicator's line under the story (allAfrica)
	"and can't see the form",                               // the BBC's note under its readers' form ("If you are reading this page and can't see the form …")
	"veja mais notícias da região",                         // G1's pointer to its regional page ("Veja mais notícias da região no g1 Campinas.")
	"has strict sourcing guidelines",                       // a health site's sourcing note over its references (Healthline)
	"signatory of the international fact-checking network", // fact-checkers' IFCN membership line
	"follow topics and authors from this story",            // The Verge's follow prompt over its topic chips
	"this article has been viewed",                         // a how-to site's view count ("… 1,284,305 times.")
	"this story was originally published",                  // McClatchy's line under the story, with its first date
	"siga bajando para encontrar más contenido",            // Colombian "keep scrolling for more content" (El Tiempo)
	"رقم العدد",                                            // Arabic "issue number" on a print paper's date line
	"нежелательной организацией",                           // Russian legal label of a banned outlet ("признана «нежелательной организацией»")
	"функции иностранного агента",                          // Russian foreign-agent notice over or under a story
	"ежемесячное пожертвование",                            // Russian appeal for a monthly donation
	"it's on the bloomberg terminal",                       // Bloomberg's Terminal promo
	"licenciar este contenido",                             // Spanish licensing offer ("Si está interesado en licenciar este contenido, pinche aquí")
	"se adhiere a los criterios de",                        // Spanish "adheres to the criteria of The Trust Project"
	"the trust project",                                    // the Trust Project's badge line under a story
	"conforme a los criterios de",                          // Spanish Trust Project badge ("Conforme a los criterios de The Trust Project")
	"click the alert icon to follow topics",                // Haaretz's prompt over its topic chips
	"przeczytałaś/eś nasz artykuł do końca",                // Polish "thank you for reading our article to the end" (Onet)
	"więcej aktualnych informacji z kraju i ze świata",     // Polish pointer to the site's front page (Wyborcza)
	"więcej informacji znajdziesz na stronie głównej",      // Polish "more on the home page", closing a summary list (Onet)
	"legfrissebb híreit itt olvashatja",                    // Hungarian "read our latest news here" (Telex)
	"dieses thema im programm",                             // German broadcaster's line naming the programme that aired the story (tagesschau)
	"ist teil des ippen.media-netzwerks",                   // German network membership line under every story of its 80 papers
	"rubriklistenbild:",                                    // German "section list picture:" credit of the teaser picture (Ippen)
	"ご意見・情報提供",                                             // Japanese "your opinions and tips on this article" (NHK)
	"masz newsa",                                           // Polish news-tip line ("Masz newsa, zdjęcie lub filmik?")
	"ctrl + enter",                                         // a prompt to report a typo ("… select it and press Ctrl + Enter"), Russian and Ukrainian sites
	"ctrl+enter",
	"got a news tip",
	"send us a news tip",
	"alle rechte vorbehalten", // German
	"재배포 금지",                  // Korean "redistribution prohibited" ("무단 전재 및 재배포 금지")
	"재배포금지",                   // the same without the space
	"無断転載",                    // Japanese "no reproduction without permission"
	"版权所有", "版權所有",            // Chinese "all rights reserved"
	"tous droits réservés",            // French
	"todos los derechos reservados",   // Spanish
	"tutti i diritti riservati",       // Italian
	"riproduzione riservata",          // Italian papers' "© RIPRODUZIONE RISERVATA" under the story
	"dpa-infocom",                     // the German agency's rights line and story number under its copy ("© dpa-infocom, dpa:240108-99-531230/3")
	"wszelkie prawa zastrzeżone",      // Polish
	"veröffentlicht unter der lizenz", // German licence line ("… CC-BY-NC-ND-4.0-DE")
	"licensed under a creative commons",
	"licensed under the creative commons",
	"alle angaben ohne gewähr",                               // German liability disclaimer
	"gibt die meinung des autors wieder",                     // German opinion disclaimer
	"ohne dein einverständnis",                               // German consent placeholder of an embedded post
	"ohne ihr einverständnis",                                // German, formal
	"der übermittlung von daten an dritte zustimmen",         // German consent placeholder of an embedded post ("Um diesen Inhalt von Instagram anzuzeigen, müssen Sie …", Tagesschau)
	"die rechte an diesem artikel erwerben",                  // German rights-purchase link under the story ("Hier können Sie die Rechte an diesem Artikel erwerben", FAZ)
	"were you forwarded this email",                          // a newsletter's archive page keeps the email's pitch ("Were you forwarded this email? Subscribe …", Buttondown, Substack)
	"newsletter. sign up here",                               // a wire's newsletter pitch set as a paragraph ("… with the Morning Bid U.S. newsletter. Sign up here.", Reuters)
	"is not responsible for the opinions",                    // disclaimer under contributed content
	"necessarily reflect the opinion of the editorial board", // an opinion column's disclaimer (Bloomberg Opinion: "This column reflects the personal views of the author and does not …")
	"views expressed above are the author",                   // a blog's disclaimer under each post (Times of India: "DISCLAIMER : Views expressed above are the author's own.")
	"more stories like this are available on",                // Bloomberg Opinion's pointer to its section under a column
	"content may be edited for style and length",             // ScienceDaily's note under the story source
	"take this 1 minute survey",                              // a blog's survey prompt under each post (AWS News Blog)
	"the video will auto-play soon",                          // Reach plc's video placeholder, with its countdown and "Cancel"
	"仅代表作者本人观点",                                              // Chinese portal disclaimer under a carried story ("以上文章内容仅代表作者本人观点，不代表新浪网观点或立场")
	"僅代表作者本人觀點",                                              // the same, traditional
	"submit your letter to the editor",                       // letters-page prompt under an opinion piece
	"republish our articles",                                 // nonprofit newsroom's reuse offer ("Republish our articles for free, online or in print, under a Creative Commons license.")
	"republish this article",                                 // the same offer's button; "This article is republished from …" is a credit and stays
	"republish this story",
	"story can be republished",                                  // "This story can be republished for free (details)." (KFF Health News)
	"view original content to download multimedia",              // PR Newswire's line under a release, with its URL
	"view original content:",                                    // the same, without multimedia
	"the thomson reuters trust principles",                      // Reuters' standards line under every story ("Our Standards: …")
	"トムソン・ロイター「信頼の原則」",                                          // the same line in Reuters' Japanese edition
	"got a tip for us",                                          // Motor1's tip line ("Got a tip for us? Email: tips@…")
	"a version of this article appeared in the",                 // Education Week's print note ("… in the October 22, 2025 edition of Education Week as …")
	"we welcome your thoughts and questions about this article", // The Chronicle of Higher Education's letters prompt
	"to get more reports like this one",                         // EdSource's sign-up line under a story
	"follows strict sourcing guidelines",                        // Everyday Health's sourcing note
	"for reprint and licensing requests",                        // American Banker's reprints line
	"edited translation from",                                   // Egypt Independent's credit under a translated story
	"earn cme/ce credit",                                        // MedPage Today's continuing-education box
	"a version of this article appears in print on",             // The New York Times' print edition line
	"provision vom händler",                                     // German affiliate disclosure ("erhält CHIP ggf. eine Provision vom Händler")
	"we may earn a commission",                                  // English affiliate disclosure
	"may earn a commission",                                     // "If you buy something from a Verge link, Vox Media may earn a commission."
	"how we reviewed this article",                              // a health site's review note under the story
	"we may earn an affiliate commission",
	"may earn commission",                                     // "We may earn commission on some of the items you choose to buy."
	"products discussed here were independently chosen",       // GameSpot's affiliate note ("The products discussed here were independently chosen by our editors.")
	"we earn a commission for products purchased",             // Hearst's affiliate note ("We earn a commission for products purchased through some links in this article.")
	"thank you for subscribing and supporting our journalism", // New York magazine's note to subscribers under the story
	"may earn a small commission",                             // "If you buy through affiliate links, I may earn a small commission."
	"may earn us a commission",                                // "Purchases made through our links may earn us a commission."
	"may receive a small commission",
	"i may earn a commission",
	"may contain affiliate links",     // "This post may contain affiliate links."
	"contains affiliate links",        // "Disclosure: This post contains affiliate links."
	"are affiliate links",             // "Some of the links above are affiliate links, ..."
	"uses affiliate links",            // "Note: this blog uses affiliate links."
	"commission from affiliate links", // "Lonely Planet may receive a commission from affiliate links in this article."
	"durch affiliate-links",           // German: "Golem.de finanziert sich unter anderem durch Affiliate-Links"
	"use some affiliate links",
	"using the affiliate links",
	"products are chosen independently by our editors",
	"independently selected by our editors",
	"as an amazon associate",      // Amazon's required disclosure ("As an Amazon Associate I earn …")
	"als amazon-partner verdiene", // German, the same
}

// disclaimerPhrases mark the legal small print a site sets under every
// story, longer than a rights line: an adviser's regulatory notice, a
// health site's "not medical advice"; a block holding one (see
// byDisclaimer) is not the story.
var disclaimerPhrases = []string{
	"for informational purposes only", // "This material has been prepared for informational purposes only"
	"for educational and informational purposes only",
	"past performance is no guarantee",       // investment notices
	"opinions expressed here are the author", // "The views, thoughts, and opinions expressed here are the author’s alone …" (Cointelegraph)
	"past performance is not indicative",
	"past performance does not guarantee",
	"is a registered investment advis", // "… is a Registered Investment Adviser" (or Advisor)
	"do not provide tax, legal or accounting advice",
	"does not provide tax, legal or accounting advice",
	"owns the certification marks", // the CFP Board's trademark notice on planners' sites
	"not a substitute for professional medical advice",
	"is not a substitute for medical advice",
	"does not constitute financial advice",
	"does not constitute investment advice",
	"does not constitute legal advice",
	"should not be construed as legal advice",
	"should not be construed as financial advice",
	"gambling problem? call",                             // US betting odds boxes: "Gambling Problem? Call 1-800-GAMBLER"
	"1-800-gambler",                                      // the US helpline, alone on a line
	"juega con responsabilidad",                          // Spanish betting notice
	"jouer comporte des risques",                         // French betting notice ("… : endettement, isolement, dépendance")
	"glücksspiel kann süchtig machen",                    // German betting notice
	"financial supporters play no role in",               // nonprofit newsrooms' disclosure: "Financial supporters play no role in the Tribune's journalism."
	"not involved in any decisions about our journalism", // a funder's disclosure under the story (STAT)
}

// contactLabels label the lines of a press contact ("Telefon: 089 …");
// a short block with two of them is a contact box.
var contactLabels = []string{
	"telefon:",
	"tel.:",
	"tel:",
	"phone:",
	"fax:",
	"e-mail:",
	"email:",
	"mobil:",
}

// cjkAppPrompt matches a Chinese prompt to read the site in its app, in
// a line of at most maxAppPromptRunes (lower-cased): "海量资讯、精准解读，尽在
// 新浪财经APP", "現在用APP看新聞", "打开网易新闻客户端 查看更多精彩图片" (its
// "client"); a story about an app says more.
var cjkAppPrompt = regexp.MustCompile(`(?:尽在|盡在|下载|下載|现在用|現在用|打开|打開|安装|安裝)[\p{Han}\s]{0,10}(?:app|客户端|客戶端)`)

// maxAppPromptRunes bounds a line read for cjkAppPrompt.
const maxAppPromptRunes = 40

// socialPrompts are patterns of a short block that sends the reader to the
// site's social accounts, apps or channels; each is furniture. A pattern
// is tried only on a block holding one of the words it cannot match
// without (needs): most blocks hold none, and a regular expression costs
// far more than a substring search.
var socialPrompts = []struct {
	needs []string
	re    *regexp.Regexp
}{
	// "Follow The Gleaner on Twitter", "Folge Oliver Baroni auf Facebook",
	// "Síguenos en Instagram", "Suivez-nous sur X", "Follow Hardtail Canada
	// Favourite on Google News", "Sigue a MILENIO en Google News",
	// "Urmărește știrile Digi24.ro și pe Google News", "Obserwuj nas w
	// Wiadomościach Google", "Ikuti berita terkini dari Kabar Sleman di
	// Google News". A dot inside a word (a domain) does not end
	// the sentence.
	{[]string{"follow", "folge", "síguenos", "síganos", "seguinos", "sigue", "pratite", "suivez", "seguici", "segui ", "siga", "sledujte", "urmăr", "seguir a", "obserwuj", "ikuti"}, regexp.MustCompile(`\b(?:follow|folge|folgen sie|síguenos|síganos|seguinos|sigue|pratite|suivez|seguici|segui|siga|sledujte|urmărește|urmăriți|puedes seguir a|puede seguir a|obserwuj|ikuti)\b(?:[^.!?]|\.\S){0,60}?\b(?:on|auf|en|sur|su|no|na|pe|w|di)\s+(?:x|twitter|facebook|instagram|linkedin|youtube|tiktok|telegram|whatsapp|viberu?|threads|bluesky|mastodon|google (?:news|noticias|notícias|notizie|actualités|discover)|wiadomościach google)\b`)},
	// Bengali "follow Prothom Alo's Google News channel for its news"
	{[]string{"গুগল নিউজ"}, regexp.MustCompile(`গুগল নিউজ[^।.!?]{0,30}ফলো করুন`)},
	// "Editor's Note: Sign up for CNN's Wonder Theory science newsletter",
	// "Subscribe to The Morning newsletter": a newsletter named by its
	// paper, not only "our newsletter"
	{[]string{"newsletter"}, regexp.MustCompile(`^(?:[\p{L}'’ ]{1,20}: )?(?:sign up|subscribe)(?: now)? (?:for|to) [^.!?]{0,60}?newsletter\b`)},
	// "Corriere della Sera è anche su Whatsapp": the paper on a messenger
	{[]string{"è anche su "}, regexp.MustCompile(`è anche su (?:whatsapp|telegram|instagram|tiktok|youtube)\b`)},
	// "Follow AP's coverage of the weather at https://apnews.com/hub/weather"
	{[]string{"coverage of"}, regexp.MustCompile(`^\W*follow (?:[\w.'’-]+ ){1,3}coverage of\b`)},
	// "Get the Free Press Daily Briefing", "Get the Morning Report newsletter"
	{[]string{"get the "}, regexp.MustCompile(`^\W*get the (?:[\w'’-]+ ){1,5}(?:briefing|newsletter)\W*$`)},
	// "keep up with me on Twitter"
	// "Follow Daily Mirror WhatsApp channel for the latest news": a
	// channel named without "on"
	{[]string{"channel"}, regexp.MustCompile(`\bfollow (?:[\w.'’-]+ ){1,4}(?:whatsapp|telegram|viber) channel\b`)},
	// Urdu "follow Jang News' WhatsApp channel"
	{[]string{"چینل فالو"}, regexp.MustCompile(`چینل فالو کریں`)},
	// "KHOU 11 on social media: Facebook | X | Instagram | YouTube"
	{[]string{"on social media"}, regexp.MustCompile(`\bon social media:\s*(?:facebook|x|twitter|instagram|youtube|tiktok)\b`)},
	// German "Merkur.de jetzt auch auf WhatsApp": the paper on a messenger
	{[]string{"jetzt auch auf "}, regexp.MustCompile(`jetzt auch auf (?:whatsapp|telegram|instagram|tiktok|youtube)\b`)},
	// Italian "Segui Tgcom24 sul canale WhatsApp"
	{[]string{"sul canale "}, regexp.MustCompile(`\bsegui (?:[\w.'’-]+ ){1,3}sul canale (?:whatsapp|telegram)\b`)},
	// "Join The Express Tribune's WhatsApp channel for instant updates", "Join ST's Telegram channel"
	{[]string{"join "}, regexp.MustCompile(`\bjoin (?:[\w.'’-]+ ){1,4}(?:whatsapp|telegram|viber) channel\b`)},
	// "Get the latest news updates on Gulf News WhatsApp channel. Click here
	// to join.", "Stay up-to-date with more news at Trend News Agency's
	// WhatsApp channel"
	{[]string{"channel"}, regexp.MustCompile(`\b(?:updates on|news at) (?:[\w.'’-]+ ){1,4}(?:whatsapp|telegram|viber) channel\b`)},
	// "(You can now subscribe to our ETMarkets WhatsApp channel)", "Click
	// here to subscribe to our YouTube channel"
	{[]string{"channel"}, regexp.MustCompile(`\bsubscribe to (?:our|the) (?:[\w.'’-]+ ){0,3}(?:whatsapp|telegram|youtube) channel\b`)},
	// "Listen to the latest Football Daily podcast" (BBC Sport)
	{[]string{"listen to the latest "}, regexp.MustCompile(`^\W*listen to the latest (?:[\w'’-]+ ){0,4}podcast\b`)},
	// Greek "Ακολουθήστε το skai.gr στο Google News"
	{[]string{"ακολουθήστε"}, regexp.MustCompile(`ακολουθήστε (?:[\p{L}.'’-]+ ){1,3}στο (?:google news|facebook|instagram|x|twitter|youtube|tiktok)\b`)},
	// Arabic "تابع آخر الأخبار من المصري اليوم على جوجل نيوز", "تابع موقع اليوم
	// السابع عبر أخبار جوجل" (via Google News), "اشترك في قناة
	// الوطن على واتساب": follow the paper, or join its channel, on a platform
	{[]string{"على ", "عبر "}, regexp.MustCompile(`(?:^|\s)(?:تابع|تابعوا|اشترك في|اشترك فى|انضم إلى)\s[^.!?؟]{0,60}?(?:على|عبر) (?:تطبيق )?(?:جوجل نيوز|أخبار جوجل|google news|واتساب|واتس اب|تليجرام|تيليجرام|فيسبوك|تويتر|إكس|يوتيوب|تيك توك)`)},
	// Thai "เพิ่มเพื่อนผ่าน LINE คลิก @thairath": add the paper as a friend on LINE
	{[]string{"เพิ่มเพื่อน"}, regexp.MustCompile(`เพิ่มเพื่อน[^.!?]{0,20}line\b`)},
	// Spanish "Recibe alertas desde Google News" (El Espectador's tool bar)
	{[]string{"recibe "}, regexp.MustCompile(`^\W*recibe (?:alertas|las noticias|noticias)\b[^.!?]{0,30}?\b(?:google news|whatsapp|telegram)\b`)},
	// Hungarian "Kövesse az Indexet a Facebookon is!": follow the paper on a platform
	{[]string{"kövesse"}, regexp.MustCompile(`\bkövess(?:e|en)? (?:[\p{L}.'’-]+ ){1,3}(?:a |az )?(?:facebookon|instagramon|x-en|youtube-on|tiktokon|google hírekben)\b`)},
	// "The Wire is now on WhatsApp.", "Follow our channel for sharp analysis …"
	{[]string{"is now on "}, regexp.MustCompile(`\bis now on (?:whatsapp|telegram|threads|bluesky|google news)\b`)},
	{[]string{"follow our channel"}, regexp.MustCompile(`^\W*follow our channel\b`)},
	// Russian "Наши новости теперь в WhatsApp!" (Tengrinews), "Мы теперь в Telegram": the paper's new channel
	{[]string{"теперь в "}, regexp.MustCompile(`^\W*(?:наши новости|мы|новости [\p{L}.-]+) теперь (?:и )?в (?:whatsapp|telegram|телеграм|max|дзен|вконтакте|vk)\b`)},
	// Persian "به کانال تلگرام اعتمادآنلاین بپیوندید": join the paper's channel
	{[]string{"بپیوندید"}, regexp.MustCompile(`به (?:کانال|صفحه)[^.!?؟]{0,50}?(?:تلگرام|واتساپ|اینستاگرام|ایتا|بله|روبیکا)[^.!?؟]{0,40}?بپیوندید`)},
	// Hebrew "עקבו אחרי ישראל היום ב-Google News": follow the paper on a platform
	{[]string{"עקבו אחרי"}, regexp.MustCompile(`עקבו אחרי[^.!?]{0,40}(?:google news|גוגל ניוז|פייסבוק|טוויטר|טלגרם|וואטסאפ|אינסטגרם)`)},
	// "Follow @NVreelandCNS" alone under a story (Courthouse News)
	{[]string{"follow @"}, regexp.MustCompile(`^\W*follow @\w{2,30}\W*$`)},
	{[]string{"keep up with "}, regexp.MustCompile(`\bkeep up with (?:me|us) on (?:twitter|facebook|instagram|linkedin)\b`)},
	// "download the Nationnews apps for iOS and Android"
	{[]string{"download "}, regexp.MustCompile(`\bdownload (?:the|our)\b[^.!?]{0,40}?\bapps? (?:for|on) (?:ios|android|iphone)\b`)},
	// "Get the latest news straight to your phone with the VI Consortium app"
	{[]string{"straight to your phone"}, regexp.MustCompile(`\bstraight to your phone\b`)},
	// "… and have the best news, analysis and comment delivered directly
	// to your phone" (The Irish Times' push alerts)
	{[]string{"directly to your phone"}, regexp.MustCompile(`\bdelivered directly to your phone\b`)},
	// "Find The Irish Times on WhatsApp and stay up to date", opening the block
	{[]string{"find "}, regexp.MustCompile(`^\W*find (?:[\w.'’-]+ ){1,4}on (?:whatsapp|telegram|instagram|tiktok|facebook|x|threads|bluesky|linkedin|youtube)\b`)},
	// "Listen to our Inside Politics podcast for the latest political news",
	// opening the block
	{[]string{"listen to our "}, regexp.MustCompile(`^\W*listen to our (?:[\w'’-]+ ){0,4}podcast\b`)},
	// Indonesian "Simak breaking news dan berita pilihan kami langsung di
	// ponselmu" (Kompas' WhatsApp channel): straight to your phone
	{[]string{"langsung di ponsel"}, regexp.MustCompile(`langsung di ponsel(?:mu|\b)`)},
	// "For the latest news, weather, sports, and streaming video, head to
	// WGN-TV": a broadcaster group's line under every story, opening the block
	{[]string{"for the latest news, weather"}, regexp.MustCompile(`^\W*for the latest news, weather\b`)},
	// "Simak berita dan artikel lainnya di Google News": Indonesian
	{[]string{"simak "}, regexp.MustCompile(`^\W*simak (?:berita|artikel|informasi)\b[^.!?]{0,60}?\bdi google news\b`)},
	// "Подписывайтесь на наш Telegram-канал", "Подписывайтесь на нас в
	// Дзене": opening the block (Go's \b knows no Cyrillic letters)
	{[]string{"подписывайтесь на "}, regexp.MustCompile(`^\W*подписывайтесь на (?:наш|нас)[^.!?]{0,40}?(?:telegram|телеграм|канал|дзен|вконтакте|vk|youtube|max)`)},
	// "Google News'te takip etmek için tıklayın", "Bizi Google News'ten
	// takip edin": Turkish
	{[]string{"google news"}, regexp.MustCompile(`\bgoogle news['’]?(?:te|ten|de|den)? (?:[^.!?]{0,20}?)(?:takip|abone)`)},
	// "tenemos canal de Telegram", "nuestro canal de YouTube"
	{[]string{"canal de "}, regexp.MustCompile(`\bcanal de (?:telegram|youtube|whatsapp)\b`)},
	// "📲 Participe do canal do g1 Campinas no WhatsApp", "Únete a nuestro
	// canal ¡El Universal ya está en Whatsapp!": an invitation to the
	// paper's channel, opening the block
	{[]string{"canal"}, regexp.MustCompile(`^\W*(?:participe do|entre no|únete a nuestro|únete al|sigue nuestro) canal\b`)},
	// "Receba as notícias do Jornal no seu WhatsApp", "Recibe las noticias
	// en tu WhatsApp", "Resta aggiornato! Ricevi le notizie … su WhatsApp":
	// "Ricevi le news di ANSA.it su WhatsApp": a news channel on a
	// messenger, opening the block or after a short call
	{[]string{"receba ", "recibe ", "ricevi "}, regexp.MustCompile(`^\W*(?:[^.!?]{1,25}[.!?]\s+)?(?:receba|recibe|ricevi) (?:as|las|le) (?:notícias|noticias|notizie|news)\b(?:[^.!?]|\.[a-z]){0,60}?\b(?:whatsapp|telegram)\b`)},
	// Arabic "تابعوا قناة «…» على واتساب": follow the paper's channel
	{[]string{"تابعو"}, regexp.MustCompile(`تابعو[اﺍ]?[^.!?؟]{0,60}على (?:واتساب|تيليجرام|تلغرام)`)},
	// "Pin this for later!", "PIN FOR LATER", "Pin it to Pinterest", opening
	// the block: "a rolling pin for later batches" is a recipe's
	{[]string{"pin "}, regexp.MustCompile(`^\W*pin (?:this |it |me )?(?:for later|to pinterest)\b`)},
	// "Like What You're Reading? Subscribe To The Monthly Newsletter!"
	{[]string{"newsletter"}, regexp.MustCompile(`\bsubscribe to (?:our|the|my) (?:[\w-]+ ){0,2}newsletter\b`)},
	// "Suscríbete a nuestra newsletter", "Abonnez-vous à notre
	// newsletter", "Assine a nossa newsletter", "Iscriviti alla newsletter",
	// "abonează-te la newsletter-ul Digi24.ro", "Apúntate a nuestra newsletter"
	{[]string{"newsletter"}, regexp.MustCompile(`(?:^|\s)(?:suscríbete|suscribete|suscríbase|abonnez-vous|inscrivez-vous|assine|inscreva-se|iscriviti|abonniere|abonnieren sie|abonează-te|apúntate) (?:a |à |al |alla |an |la |)(?:nuestra |nuestro |notre |nossa |a |la |el |unsere?n? |)(?:[\pL-]+ ){0,2}newsletter\b`)},
	// "Subscribe to receive monthly updates about the latest Ai2 news.",
	// "Sign up to receive our weekly digest", opening the block: inside it,
	// "customers who sign up to receive emails get 15% off" is a story's
	{[]string{"to receive"}, regexp.MustCompile(`^\W*(?:subscribe|sign up) to receive\b`)},
	// "Join our mailing list!", "Sign up for the mailing list"
	{[]string{"mailing list"}, regexp.MustCompile(`\b(?:join|sign up for|subscribe to) (?:our|the|my) mailing list\b`)},
	// "Join me on TikTok: @thehousemaven", "Join us on Discord"
	{[]string{"join "}, regexp.MustCompile(`\bjoin (?:me|us) on (?:twitter|facebook|instagram|linkedin|youtube|tiktok|telegram|threads|bluesky|mastodon|discord|whatsapp)\b`)},
	// "Join the Facebook group", "Join our Discord server", "Click here to
	// join the Graphic Online WhatsApp channel"
	{[]string{"join "}, regexp.MustCompile(`\bjoin (?:(?:our|the|my|[\w.-]+['’]s) )?(?:[\w.-]+ ){0,3}(?:facebook|linkedin|telegram|whatsapp|discord) (?:group|community|channel|server)\b`)},
	// "CLICK HERE TO GET THE FOX NEWS APP", "CLICK HERE FOR MORE US NEWS":
	// a line sending the reader to the app or the section, opening the block
	{[]string{"click here "}, regexp.MustCompile(`^\W*click here (?:to get the (?:[\w-]+ ){0,4}app|for more (?:[\w.-]+ ){0,3}news)\b`)},
	// "Add SoundGuys on Google", "Add us as a preferred source on Google":
	// Google's preferred-source button, opening the block
	{[]string{" on google"}, regexp.MustCompile(`^\W*add (?:[\w'’.-]+ ){1,4}(?:as an? (?:preferred|trusted) source )?on google\b`)},
	// "Set us as a preferred source in Google Search" (Android Authority),
	// "Make us a preferred source on Google"
	{[]string{"preferred source"}, regexp.MustCompile(`^\W*(?:set|make|choose|select|add) (?:us|[\w'’.-]+(?: [\w'’.-]+){0,3}) as (?:a |your )?preferred source\b`)},
	// Hebrew "הצטרפו לערוץ הטלגרם של מעריב": join the paper's channel (Maariv)
	{[]string{"הצטרפו ל"}, regexp.MustCompile(`הצטרפו ל(?:ערוץ|קבוצת)[^.!?]{0,40}(?:טלגרם|וואטסאפ|טלגראם)`)},
	// Turkish "SABAH'ı Google Haberler'den takip etmek için tıklayın": follow the paper on Google News
	{[]string{"google haberler"}, regexp.MustCompile(`google haberler['’]?(?:den|de) takip`)},
	// Czech "Sledujte Novinky ve Zprávách Google": follow the paper on Google News
	{[]string{"zprávách google"}, regexp.MustCompile(`sledujte [^.!?]{1,40} ve zprávách google`)},
	// Hebrew "הורידו את אפליקציית ynet": download the paper's app
	{[]string{"הורידו את "}, regexp.MustCompile(`הורידו את (?:ה)?אפליקצי`)},
	// "Follow Derek: Threads, Bluesky, Instagram" (9to5Mac): a writer's accounts closing the post
	{[]string{"follow "}, regexp.MustCompile(`^\W*follow [\p{L}'’.-]+(?: [\p{L}'’.-]+)?: (?:threads|bluesky|x|twitter|instagram|linkedin|youtube|mastodon|facebook|tiktok)\b`)},
	// a recipe card's "Tried this recipe? Mention @kitchen or tag
	// #kitchen!", "Did you make this recipe? Tag us on Instagram",
	// opening the block
	{[]string{"this recipe?"}, regexp.MustCompile(`^\W*(?:tried|did you (?:make|try)|made) this recipe\?`)},
}

// tagLabels introduce a line of tag or category links ("Tags: a, b, c");
// the line is furniture.
var tagLabels = map[string]bool{
	"tags":                    true,
	"tagged":                  true,
	"tagged with":             true,
	"categories":              true,
	"category":                true,
	"article categories":      true, // "Article Categories: <a>Food & Nutrition Science</a>"
	"zugehörige themenseiten": true, // German "related topic pages:" over topic links (handwerk magazin)
	"themenseiten":            true,
	"article tags":            true,
	"post categories":         true,
	"post tags":               true,
	"filed under":             true,
	"topics":                  true,
	"follow topics":           true, // a tag line whose tags can be followed
	"related companies":       true, // company tags under a trade story
	"kategorien":              true, // German
	"kategorie":               true,
	"schlagworte":             true,
	"schlagwörter":            true,
	"stichworte":              true,
	"themen":                  true,
	"étiquettes":              true, // French
	"mots-clés":               true,
	"etiquetas":               true, // Spanish
	"categorías":              true,
	"temas":                   true, // Spanish and Portuguese "topics"
	"temas relacionados":      true,
	"assuntos":                true, // Portuguese
	"关键词":                     true, // Chinese "keywords"
	"文章关键词":                   true, // "article keywords" (Sina)
	"关键字":                     true,
	"關鍵詞":                     true, // traditional
	"關鍵字":                     true,
	"sujets":                  true, // French
	"onderwerpen":             true, // Dutch
	"meer over":               true, // Dutch "more about"
	"tagi":                    true, // Polish
	"parole chiave":           true, // Italian
	"argomenti":               true, // Italian "topics"
	"trefwoorden":             true, // Dutch
	"etiketter":               true, // Swedish, Norwegian, Danish
	"avainsanat":              true, // Finnish
	"tagit":                   true, // Finnish
	"štítky":                  true, // Czech
	"témata":                  true, // Czech "topics"
	"témy":                    true, // Slovak
	"tematy":                  true, // Polish
	"tagy":                    true, // Czech, Slovak
	"etiketler":               true, // Turkish
	"tag":                     true, // Indonesian, and a singular label elsewhere
	"теги":                    true, // Russian
	"метки":                   true, // Russian
	"теми":                    true, // Ukrainian "topics"
	"标签":                      true, // Chinese
	"タグ":                      true, // Japanese
	"関連タグ":                    true, // Japanese "related tags" (Kahoku)
	"キーワード":                   true, // Japanese "keywords" (Jiji)
	"키워드":                     true, // Korean "keywords" (Yonhap)
	"태그":                      true, // Korean
	"الكلمات المفتاحية":       true, // Arabic "keywords"
}

// plainTagLabels open a line of tags a theme prints without links
// ("Tags: Employment, Health & Fitness"); a category label is not one
// there, where it may name an award's or a product's category.
var plainTagLabels = map[string]bool{
	"tags":         true,
	"tagged":       true,
	"tagged with":  true,
	"keywords":     true,
	"schlagworte":  true, // German
	"schlagwörter": true,
	"stichworte":   true,
	"étiquettes":   true, // French
	"mots-clés":    true,
	"etiquetas":    true, // Spanish
	"tagi":         true, // Polish
}

// tagLeadIns open a line of tag links with no colon after them ("More
// about <a>Opera Software</a>, <a>IBM</a>"); a colon-less "Tags" is a
// widget's title, which takes the box around it (widgetHeadings).
var tagLeadIns = map[string]bool{
	"more about":  true, // IDG's company tags
	"posted in":   true, // WordPress themes' "Posted in <a>News</a>"
	"filed under": true, // "Filed under <a>Politics</a>"
}

// taxonomyQueryKeys are query keys that pick a listing of stories: an
// address whose every key is one ("/blog?categoryId=13") is a category's
// page; one that also names a story ("story.asp?category=Strange%20News&storyID=655194")
// is the story's. "tag" is not one: CNET and Amazon carry a tracking code
// in it ("?tag=st.rn"), so it is left out of the test, neither for nor
// against; "section" is not either, since a box's "More News" link to a
// section's front page is a link a reader follows on.
var taxonomyQueryKeys = map[string]bool{
	"category":   true,
	"categoryid": true,
	"cat":        true,
	"catid":      true,
	"topic":      true,
}

// taxonomySegments are URL path segments of a site's section, category,
// tag and author pages: a link to one is a kicker or a byline, not a
// story.
var taxonomySegments = map[string]bool{
	"category":        true, // WordPress
	"categories":      true,
	"blog-categories": true, // Webflow's default collection of a blog's categories
	"tag":             true, // WordPress
	"tags":            true,
	"topic":           true,
	"topics":          true,
	"author":          true, // WordPress author archives
	"authors":         true,
	"section":         true,
	"kategorie":       true, // German
	"thema":           true, // German
	"themen":          true,
	"autor":           true, // German, Spanish
	"autorin":         true, // German, a woman's author page
	"auteur":          true, // French
	"autore":          true, // Italian
	"staff":           true, // a newsroom's staff pages ("/staff/jane-roe")
	"member":          true, // a community site's member pages ("/member/MixmasterFred/", Instructables)
	"u":               true, // a user's page ("/u/Hgilbert", Fandom)
	"rubrik":          true, // German
	"categorie":       true, // French, Italian
	"categoria":       true, // Spanish, Portuguese, Italian
	"rubrique":        true, // French
}

// homePages are the paths of a site's front page, after the leading "/":
// a link to one is a logo, and its text the site's name, not a headline.
var homePages = map[string]bool{
	"index.html":   true, // static sites and documentation generators
	"index.htm":    true, // older static sites
	"index.php":    true, // PHP sites
	"default.aspx": true, // ASP.NET sites
}

// copyrightMarks start a copyright notice; lower-case.
var copyrightMarks = []string{
	"©",          // the sign
	"(c)",        // the sign typed
	"copyright ", // the word, before the holder or the sign
}

// copyrightStops end the holder's name in a copyright notice; lower-case.
var copyrightStops = []string{
	"all rights",     // "All rights reserved"
	"alle rechte",    // German
	"weitere rechte", // German: "Weitere Rechte siehe Impressum"
	"tous droits",    // French
	"some rights",    // Creative Commons
}

// copyrightOrgWords make a copyright holder a company or an institution,
// not the person who wrote the page; lower-case.
var copyrightOrgWords = map[string]bool{
	"company": true, "media": true, "group": true, "gruppe": true, "news": true, "press": true, "presse": true,
	"magazine": true, "magazin": true, "magazines": true, "publishing": true, "publications": true, "network": true,
	"foundation": true, "stiftung": true, "university": true, "universität": true, "institute": true, "institut": true,
	"association": true, "verband": true, "verein": true, "zeitung": true, "times": true, "post": true, "journal": true,
	"radio": true, "tv": true, "digital": true, "online": true, "agency": true, "agentur": true, "partners": true,
	"holding": true, "holdings": true, "enterprises": true, "systems": true, "solutions": true, "services": true,
	"software": true, "labs": true, "studio": true, "studios": true, "project": true, "projekt": true, "team": true,
	"the": true, "der": true, "die": true, "das": true, "blog": true, "website": true, "site": true, "shop": true,
}

// writerMetaLabels are twitter:labelN values whose twitter:dataN is the
// writer's name; lower-case, without a trailing colon.
var writerMetaLabels = map[string]bool{
	"written by":      true, // Yoast SEO
	"author":          true, // other SEO plugins
	"geschrieben von": true, // Yoast SEO, German
	"verfasst von":    true, // German
	"autor":           true, // German, Spanish
	"écrit par":       true, // Yoast SEO, French
	"escrito por":     true, // Yoast SEO, Spanish
}

// secondLevelLabels are the labels under a country's domain that a site's
// name stands before ("theherald.co.uk", "abc.net.au"), not names.
var secondLevelLabels = map[string]bool{
	"co":  true, // co.uk, co.nz, co.za, co.jp
	"com": true, // com.au, com.br, com.mx
	"org": true, // org.uk, org.au
	"net": true, // net.au
	"ac":  true, // ac.uk, ac.at: universities
	"gov": true, // gov.uk, gov.au
	"edu": true, // edu.au
	"or":  true, // or.jp, or.at
	"ne":  true, // ne.jp
	"gv":  true, // gv.at
}

// sharedHostLabels are registrable names that are common words and
// serve several sites as subdomains: the subdomain names the site, and
// the label, a word any headline may hold, does not.
var sharedHostLabels = map[string]bool{
	"news": true, // news.com.au: theaustralian.news.com.au, heraldsun.news.com.au
}

// sectionLabels name the kind of piece a template sets after a headline
// with a bar ("… | Opinion"); see withoutSectionLabel.
var sectionLabels = map[string]bool{
	"opinion":    true, // Gannett's papers set it in the h1
	"commentary": true,
	"editorial":  true,
	"analysis":   true,
	"column":     true,
	"meinung":    true, // German
	"kommentar":  true, // German
	"opinión":    true, // Spanish
	"opinião":    true, // Portuguese
	"opinione":   true, // Italian
	"tribune":    true, // French op-ed
}

// phraseEnd are words no name ends with: an article, a preposition or a
// conjunction left at the end where a byline's last word was cut as a
// job title ("Letters To The" of "Letters To The Editor"). Words that
// are also initials or names ("K A", "Nguyen Van An") are not listed.
var phraseEnd = map[string]bool{
	"the": true, "to": true, "of": true, "for": true, "from": true, "and": true, "with": true,
	"der": true, "die": true, "das": true, "und": true, "für": true,
}

// byPhraseWords are lower-case words that follow "by" in a phrase, not as
// a user's name: a listing's sort ("By genre", "by date"), a way to
// travel ("By road:", "by air"), a making ("created by"). Only a lone
// lower-case word is read against them: capitalised, "Road" and "Day"
// are surnames.
var byPhraseWords = map[string]bool{
	"genre": true, "date": true, "category": true, "topic": true, "subject": true, "type": true,
	"country": true, "region": true, "name": true, "author": true, "popularity": true, "price": true, "rating": true,
	"road": true, "air": true, "sea": true, "rail": true, "train": true, "car": true, "bus": true, "bike": true, "foot": true, "ferry": true, "plane": true,
	"created": true, "default": true, "design": true, "hand": true, "mail": true, "email": true, "phone": true, "post": true,
	"appointment": true, "request": true, "chance": true, "far": true, "now": true, "night": true, "day": true,
}

// lowerPhraseEnd are words no name ends with when written in lower case:
// a preposition or a particle ("Un documentaire de", a credit's words
// before its linked name). Capitalised, several are names or initials of
// their own ("Du", "Da", "Y").
var lowerPhraseEnd = map[string]bool{
	"de": true, "du": true, "des": true, "par": true, "et": true, // French
	"del": true, "por": true, "y": true, "di": true, "da": true, "e": true, // Spanish, Italian, Portuguese
	"von": true, "van": true, "zu": true, // a particle opens a surname, it cannot close a name
}

// signOffStopWords are capitalised words that start or make up a closing
// line that is not a writer's sign-off ("Happy Cooking", "Weitere
// Informationen", "Best Regards", "Read More").
var signOffStopWords = map[string]bool{
	"the": true, "and": true, "und": true, "et": true, "happy": true, "cooking": true, "enjoy": true,
	"read": true, "more": true, "mehr": true, "weitere": true, "weiter": true, "informationen": true,
	"zur": true, "zum": true, "zurück": true, "back": true, "top": true, "next": true, "previous": true,
	"see": true, "also": true, "source": true, "sources": true, "quelle": true, "quellen": true,
	"best": true, "regards": true, "cheers": true, "thanks": true, "thank": true, "you": true,
	"danke": true, "viele": true, "liebe": true, "grüße": true, "gruß": true, "herzliche": true,
	"ende": true, "end": true, "fin": true, "update": true, "hinweis": true, "note": true,
	"anzeige": true, "werbung": true, "advertisement": true, "newsletter": true, "download": true,
	"video": true, "podcast": true, "click": true, "klick": true, "doble": true, "hier": true, "here": true,
	"merry": true, "christmas": true, "frohe": true, "weihnachten": true, "new": true, "year": true,
	"bureau": true, "report": true, "desk": true, "news": true, "team": true, "redaktion": true, // agency credits
	"bon": true, "appétit": true, "guten": true, "appetit": true, "good": true, "luck": true,
}

// deskInitials matches the line of initials an agency or a desk closes a
// story with, the writer's and the editor's set apart by a slash:
// "NAY/MA" (GhanaWeb), "(ang/imk)" (detik).
var deskInitials = regexp.MustCompile(`^\(?\pL{2,4}(?: ?/ ?\pL{2,4})+\)?$`)

// serverErrorMessage is a PHP diagnostic printed into the page ("Warning:
// Use of undefined constant … in /htdocs/…/plugin.php on line 928"): the
// server's error output, never the article's text.
var serverErrorMessage = regexp.MustCompile(`^(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error|Catchable fatal error): .{1,500} in \S+\.(?:php|inc) on line \d+$`)

// decorativeImageWords name, in an image's file name, the glyphs old
// templates set as pictures ("arrowRight_red.gif" before each headline,
// "spacer.gif" for layout): they are not figures.
var decorativeImageWords = map[string]string{
	"arrow":       "bullet glyph",
	"pfeil":       "bullet glyph or a back-to-top button (German \"arrow\": \"pfeil-rauf.svg\")",
	"fleche":      "bullet glyph (French \"arrow\", unaccented as file names are)",
	"bullet":      "bullet glyph",
	"spacer":      "layout spacer",
	"specer":      "layout spacer (misspelt, as in \"specer.gif\")",
	"pixel":       "layout spacer or tracking pixel",
	"blank":       "layout spacer",
	"transparent": "layout spacer",
	"shim":        "layout spacer",
	"icon":        "icon",
}

// placeholderImageWords, in an image file's name, mark the stand-in a
// lazy-loading page shows until the picture loads
// ("lazyload-transparent-image-data.gif", "image_placeholder.gif").
var placeholderImageWords = map[string]bool{
	"placeholder": true, // "lazy_placeholder.gif", "placeholder-image.png"
	"lazy":        true, // "image-lazy.png", "lazy.png"
	"lazyload":    true, // "lazyload-transparent-image-data.gif"
	"missing":     true, // pcgamer's "missing-image.svg"
	"loading":     true, // "lazy-loading-1x1.png"
	"blank":       true, // "blank.png"
	"spacer":      true, // "spacer.gif"
	"transparent": true, // "transparent.png"
	"pixel":       true, // "pixel.gif"
	"grey":        true, // "grey.gif", a grey box
	"gray":        true, // "gray.gif", a grey box
}

// decorativeImageRuns are letter runs that, anywhere in an image's URL
// with its case and punctuation dropped, name a control drawn as a
// picture: "backToTop.png", "back-to-top.svg", "?proxy=img/scroll_top.gif".
var decorativeImageRuns = []string{
	"backtotop", // back-to-top button
	"scrolltop", // back-to-top button
}

// creditRoleVerbs name a credit's role before "by" ("Edited by:",
// "Medically reviewed by"); a label of one left alone on its line lost
// its name. "Labour benefited by:" over a list is no credit.
var creditRoleVerbs = map[string]bool{
	"edited":       true,
	"editing":      true, // Reuters' "(Reporting by Adrian Croft, Editing by Luke Baker)"
	"reviewed":     true, // "Medically reviewed by", "Expert reviewed by"
	"checked":      true, // "Fact checked by"
	"fact-checked": true,
	"verified":     true,
	"written":      true,
	"photographed": true,
	"illustrated":  true,
	"produced":     true,
	"translated":   true,
	"curated":      true,
	"narrated":     true,
}

// playerClock matches a media player's clock at rest, alone on its line:
// "0:00", "00:00 / 03:45". A live blog's times of day ("10:32") do not
// start at zero.
var playerClock = regexp.MustCompile(`^\s*0?0:00(?::00)?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$`)

// runningTime matches one clock figure of a player's time line (see
// byPlayerTime): minutes and seconds, hours first if any ("8:09",
// "1:02:05").
var runningTime = regexp.MustCompile(`^(?:\d{1,2}:)?\d{1,2}:\d{2}$`)

// availabilityLine matches, lower-cased, the line under a broadcaster's
// video or audio saying how long it stays online: "Video verfügbar bis
// 28.02.2021", "Verfügbar bis: 14.10.2020 ∙ 14:00 Uhr", "Available until
// 31 March 2025", after the clip's length and date ("2 min 04.04.2020
// Video verfügbar bis …"). A player's furniture, not the story's.
var availabilityLine = regexp.MustCompile(`^(?:\d+(?::\d+)? min\.? )?(?:\d{1,2}\.\d{1,2}\.\d{2,4} )?(?:video |audio |sendung )?(?:verfügbar|online|available|abrufbar) (?:bis|until)\b[^.!?]{0,40}\d`)

// clockLine matches, lower-cased, a line that is only a time of day:
// "6:01 PM ET", "17:42 Uhr", "10.32 a.m.", French "15h10". Groups: hour,
// minute, the am/pm mark.
var clockLine = regexp.MustCompile(`^\W*(\d{1,2})[:.h](\d{2})\s*(a\.?m\.?|p\.?m\.?)?\s*(?:uhr|h|[a-z]{2,4})?\W*$`)

// subheadGlyphs open a subhead written as a plain paragraph (see
// isGlyphHeading). Bullets ("•", "▲", "-") open list items instead.
var subheadGlyphs = map[rune]bool{
	'◇': true, // Yonhap and other Korean agencies
	'◆': true,
	'■': true, // Japanese and Korean papers
	'□': true,
}

// clockConnectors stand between a date keyword and its time of day:
// "modifié à 15h10", "updated at 3:10 pm", "aktualisiert um 15:10".
var clockConnectors = map[string]bool{"à": true, "a": true, "at": true, "um": true, "alle": true, "às": true, "в": true, "kl": true}

// ageNotice matches, lower-cased, a publisher's warning that the story is
// old, alone on its line: "This article is more than 3 months old" (The
// Guardian, which prints it twice, once for screen readers), "This
// article is over 2 years old". It says when the page was read, not what
// the story says.
var ageNotice = regexp.MustCompile(`^this (?:article|story|post) is (?:more than|over|older than) (?:\d+|a|an|one|two|three|four|five|six) (?:days?|weeks?|months?|years?) old\W*$`)

// printEditionNote matches, lower-cased, a magazine's note that the story
// ran in print: "This article appeared in the Finance & economics section
// of the print edition under the headline …" (The Economist), "This story
// appears in the March 2025 issue of National Geographic magazine", "This
// article is a selection from the March issue of Smithsonian magazine",
// "Appeared in the November 21, 2025, print edition" (The Wall Street
// Journal).
var printEditionNote = regexp.MustCompile(`^(?:this (?:article|story|piece|essay) )?(?:appeared|appears|ran|is a selection from|was published) (?:in )?(?:the )?.{0,80}\b(?:print edition|print issue|issue)\b`)

// hanPrintPage matches a Chinese paper's note of the page a story ran
// on, its paper's name in 《》 trimmed at the front: "人民日报 》（ 2024年11月28日
// 02 版）" (People's Daily online, under every story).
var hanPrintPage = regexp.MustCompile(`^\p{Han}{2,12}\s*》\s*[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,3}\s*版\s*[）)]$`)

// printedInNote matches, lower-cased, a paper's note of the day a story
// ran in print: "Published in The Express Tribune, June 3rd, 2024",
// "Published in Dawn, June 3rd, 2024".
var printedInNote = regexp.MustCompile(`^published in (?:the )?[\p{L}' ]{2,40}, (?:\p{L}+ \d{1,2}(?:st|nd|rd|th)?|\d{1,2} \p{L}+),? \d{4}\.?$`)

// bracketedPromo matches, lower-cased, a promo line a TV station sets in
// square brackets between paragraphs: "[DOWNLOAD: Free WSB-TV News app
// for alerts as news breaks]", "[SIGN UP: WSB-TV Daily Headlines
// Newsletter]". "[RELATED: …]" names a story and goes to Related.
var bracketedPromo = regexp.MustCompile(`^\[(?:download|sign up|subscribe|watch live|listen live|get the)\s*:[^\]]{2,120}\]$`)

// wireAssetLine matches, lower-cased, a press wire's line giving the
// address of a release's logo or photo: "Logo - https://mma.prnewswire.com/
// media/2417760/…jpg" (PR Newswire).
var wireAssetLine = regexp.MustCompile(`^(?:logo|photo|video|multimedia)\s+-\s+https?://\S+$`)

// copyrightLine matches, lower-cased, a copyright line of its own, the
// year before the holder or after it: "©2025 Cox Media Group", "Copyright
// 2025 Nexstar Media Inc.", "© Copyright 2008 by Hersam Acorn
// Newspapers", "© NZPA 2008", "© Canada Post Corporation, 2006". A bare
// "© AP" may be a picture's credit, and "© 2008" alone names no holder.
var copyrightLine = regexp.MustCompile(`^(?:©|\(c\)|copyright ©?)\s*(?:copyright\s+)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+(?:by\s+)?[^.!?]{2,60}|[^.!?\d©]{2,60}?,?\s+\d{4}(?:\s*[-–]\s*\d{4})?)\.?$`)

// photoCreditLine matches, lower-cased, a photo credit in brackets on a
// line of its own under a story: "(Top photo: Stuart MacFarlane/Arsenal
// FC via Getty Images)" (The Athletic), "(Pix by Nisal Baduge)" (Daily
// Mirror, Sri Lanka).
var photoCreditLine = regexp.MustCompile(`^\((?:top |lead |main |header |cover )?(?:photo|photos|photograph|pix|pics|picture|pictures|image|images)(?: by)?\s*:?\s[^()]{2,200}\)$`)

// watchBelow matches, lower-cased, a line that points to a player under
// it: "Watch the JoyNews report below:", "Watch the latest episode of The
// Lowdown on GhanaWeb TV below". The player is dropped; its pointer is
// left with nothing to point to.
var watchBelow = regexp.MustCompile(`^watch (?:[\p{L}\d'’.-]+ ){1,10}below\W*$`)

// meterNotice matches, lower-cased, a paywall meter's count: "You've read
// 1 article in the last month" (Vox), "You have 3/5 articles left." (Inside
// Higher Ed, whose count a script fills in: "You have /5 articles left."),
// "Noch 10 Gratis-Artikel diesen Monat." (RNZ), "3 free articles left".
var meterNotice = regexp.MustCompile(`^(?:you['’]ve read \d+ (?:free )?articles? (?:in|this)\b|you have \d*\s?/\s?\d+ (?:free )?articles? left\b|noch \d+ (?:gratis-?|kostenlose )artikel\b|(?:\d+ )?free articles? (?:left|remaining)\b)`)

// editorCreditLine matches, lower-cased, a line crediting the story's
// editors, not its writers: "(Web editor: Zhong Wenxing, Liang Jun)"
// (People's Daily), "Editor: Hannah Lund." (Sixth Tone).
var editorCreditLine = regexp.MustCompile(`^\(?(?:web |copy |photo )?editors?\s?:\s*[^()]{2,60}\)?\.?$`)

// viewedTimes matches, lower-cased, a story's view counter set as a
// line: "This story has been viewed 3127 times." (Taipei Times).
var viewedTimes = regexp.MustCompile(`^this (?:story|article|page) has been (?:viewed|read) [\d,.]+ times\.?$`)

// wireUpdateNote matches a wire story's note on what its latest version
// changed, read without its opening bracket: "(Updates with analyst
// comment in fourth paragraph.)" (Bloomberg, Reuters' "(Adds details)",
// Yonhap's "(ATTN: ADDS details in paras 4-8, photo)").
var wireUpdateNote = regexp.MustCompile(`^(?:attn: )?(?:updates|adds|recasts|corrects|rewrites|changes|refiles) [^()]{0,120}\)$`)

// appealTitle matches the key (headingKey) of a title over a publisher's
// appeal for money: "Support our journalism", "On supporting science
// journalism", "Support independent journalism", Turkish "T24'e destek
// olun" (support T24). A story's own heading names more than journalism.
var appealTitle = regexp.MustCompile(`^(?:(?:on )?support(?:ing)? (?:[\p{L}-]+ ){0,2}journalism|[\p{L}\d]+['’](?:[ae]|ye|ya|ne|na) destek olun)$`)

// editLinks are MediaWiki's edit links as a reader sees them. Set beside
// a section's heading (the 2024 markup) one is a line of its own and is
// dropped; inside the heading (the older markup) it stays, as
// Readability.js keeps it and the readability set's golds with it
// ("History[edit]": dropping it there cut that set's heading recall from
// 0.936 to 0.831).
var editLinks = map[string]bool{
	"[edit]":        true,
	"[edit source]": true,
}

// newsletterTitle matches the key (headingKey) of a newsletter box's
// title: "Get the Climate Point newsletter", "Sign up for our Morning
// Briefing newsletter", "Subscribe to the newsletter".
var newsletterTitle = regexp.MustCompile(`^(?:get|sign up for|subscribe to) (?:the |our )?(?:[\p{L}\d'’&-]+ ){0,4}newsletters?$`)

// shopTitle matches, lower-cased, the title of a review site's price
// widget ("Today's best Aurelle Wave 3 deals", Future plc's sites). Not
// "Why you can trust …": WCXB's golds keep that section as the review's
// own (wcxb-dev dev-0075, dev-4497).
var shopTitle = regexp.MustCompile(`^today['’]s best .{1,60} deals$`)

// readInLanguage matches, lower-cased, a link to the story's edition in
// another language set as a line of its own: "Read in English" (El Faro),
// "Read this article in Estonian" (ERR News).
var readInLanguage = regexp.MustCompile(`^read (?:this (?:article|story) )?in \p{L}+$`)

// nameListSeparators split a line of names: commas, ampersands, slashes
// and "and" in the languages of the corpora.
var nameListSeparators = regexp.MustCompile(`\s*(?:[,;&/]|\s(?:and|und|et|y|e|i|и|en|og|och|ja|és)\s)\s*`)

// mediaDuration matches, lower-cased, a player's running-time label set
// apart beside a video's or a podcast's title: "Duration 2:14" (CBC
// News), "Dauer: 1:02:45", "Durée 3:10".
var mediaDuration = regexp.MustCompile(`^(?:duration|dauer|durée|duración|duração|durata|duur|längd|varighed|varighet|kesto)\s*:?\s*\d{1,2}(?::\d{2}){1,2}$`)

// showHidePair matches, lower-cased, a toggle's two labels set side by
// side, perhaps with no space between them; the two objects must agree
// (see isShowHidePair).
var showHidePair = regexp.MustCompile(`^(?:show|view|expand|open) (.{1,30}?) ?(?:hide|close|collapse) (.{1,30})$`)

// trailLabels open a breadcrumb trail, lower-cased.
var trailLabels = []string{
	"you are here",
	"sie sind hier",       // German
	"vous êtes ici",       // French
	"usted está aquí",     // Spanish
	"está aquí",           // Spanish
	"você está aqui",      // Portuguese
	"ti trovi in",         // Italian
	"u bevindt zich hier", // Dutch
	"jesteś tutaj",        // Polish
}

// bareClock matches a running time or a clock time alone ("00:35",
// "1:02:11"), as a video's meta bar shows it beside a clock icon.
var bareClock = regexp.MustCompile(`^\d{1,2}(?::\d{2}){1,2}$`)

// labelLinePatterns match, lower-cased, a line of the site's small print
// set apart in the story (see isLabelLine); each pattern's examples stand
// with its declaration.
var labelLinePatterns = []*regexp.Regexp{
	availabilityLine, // "Video verfügbar bis 12.05.2026"
	ageNotice,        // "This article is more than 2 years old"
	wireUpdateNote,   // "(ATTN: ADDS details in paras 4-8, photo)"
	viewedTimes,      // "This story has been viewed 3127 times."
	watchBelow,       // "Watch the JoyNews report below:"
	meterNotice,      // "You've read 1 article in the last month"
	editorCreditLine, // "(Web editor: Zhong Wenxing, Liang Jun)"
	printEditionNote, // "A version of this article appears in print …"
	printedInNote,    // "Published in The Express Tribune, June 3rd, 2024"
	readInLanguage,   // "Read this article in Estonian", "Read in English"
}

// labelLinePrefixes open such a line of small print.
var labelLinePrefixes = []string{
	"view original content", // a press wire's link under a release
	"print headline:",       // the print edition's headline under the story
	"web title:",            // the story's English search title under a Marathi story (Lokmat)
	"newspaper headline:",   // the same (Global Times)
	"article from:",         // a syndicating site's source label, its paper's logo gone ("Article from: <img alt=…>", news.com.au)
}

// shareButtonTexts match the whole text of a share button, lower-cased:
// "Auf Facebook teilen", "Via E-Mail teilen", "Share on LinkedIn",
// "Partager sur X".
var shareButtonTexts = []*regexp.Regexp{
	regexp.MustCompile(`^(?:auf|in|via|per|bei) [\p{L}\d.+-]+(?: [\p{L}\d.+-]+)? teilen$`), // German
	regexp.MustCompile(`^share (?:on|via|to|by) [\p{L}\d.+-]+(?: [\p{L}\d.+-]+)?$`),
	regexp.MustCompile(`^(?:partager|compartir|compartilhar|condividi|udostępnij) (?:sur|par|en|por|no|na|su|via|w) [\p{L}\d.+-]+$`), // French, Spanish, Portuguese, Italian, Polish
}

// buttonImageAlts open the alternative text of a picture that is a
// share or follow button ("Share on LinkedIn", "Follow us on X"), not a
// figure of the story.
var buttonImageAlts = []string{
	"share on ",
	"share via ",
	"share to ",
	"follow us on ",
	"follow on ",
	"teilen auf ",    // German
	"partager sur ",  // French
	"compartir en ",  // Spanish
	"print friendly", // the PrintFriendly plugin's button, "Print Friendly, PDF & Email"
}

// headlineClassParts, found in an element's class or id, name the story's
// headline in templates that set it outside heading elements ("<span
// class="article_headline">", "<font class=storyhead>").
var headlineClassParts = []string{
	"headline",    // "headline", "rdheadline", "article_headline"
	"storyhead",   // "storyhead", "storyheadline"
	"story_title", // "news_story_title"
	"story-title",
	"storytitle",
	"articletitle", // "ViewArticleTitle"
	"article_title",
	"article-title",
	"titular", // Spanish for headline: <td class="titular">
}

// playerTimeTokens are words of a class or id that mark a media player's
// parts; a line of clock figures there ("0:24", "13:47 / 19:15") is its
// running time or position, not a time of the story (see byPlayerTime).
// "time" is not one: a live blog stamps its entries in class="time".
var playerTimeTokens = map[string]bool{
	"duration": true, // "video-duration", "inlinevideo__duration", CSS modules' "_duration_1nxo7"
	"runtime":  true, // film and episode pages
	"video":    true, // "videoMeta", "video-length"
	"audio":    true, // "resources-audio-current-time", podcast players
	"player":   true, // "hs-audio-player", "jwplayer"
	"podcast":  true, // podcast players' "podcast-time"
}

// factBoxTokens mark an <aside> that holds part of the story, a box of
// facts set beside its text, not the page's sidebar.
var factBoxTokens = map[string]bool{
	"encadre":    true, // French papers' box ("encadré", Le Parisien's "encadre ui_box")
	"factbox":    true, // English
	"faktbox":    true, // Danish, Norwegian, Swedish
	"infokasten": true, // German
}

// playerBoxTokens mark a video player's box by class or id; see
// byEmptyPlayerTitle.
var playerBoxTokens = map[string]bool{
	"video":       true, // "video-embed", "videoPlayer"
	"player":      true, // "player-container", "video-player"
	"videoplayer": true,
	"jwplayer":    true, // "jwplayer__wrapper" (Future's sites)
}

// playerTitleTokens mark the title line inside a player's box.
var playerTitleTokens = map[string]bool{
	"title":       true, // "video-embed-title", "videoTitle"
	"headline":    true,
	"description": true, // G1's "content-media__description" under a playlist
	"caption":     true,
	"playing":     true, // "now-playing": GameSpot's "Now Playing: …" under its player
}

// langDefaultCharsets are the legacy encodings that pages in a language
// used without declaring one: the HTML standard's suggested defaults by
// locale (WHATWG HTML, "the encoding sniffing algorithm"), read by the
// page's <html lang> (see langDefaultEncoding). Languages whose default is
// windows-1252 are left out: that is the sniffing's answer anyway.
var langDefaultCharsets = map[string]string{
	"ar": "windows-1256", "fa": "windows-1256", // Arabic script
	"ru": "windows-1251", "uk": "windows-1251", "be": "windows-1251", "bg": "windows-1251", // Cyrillic
	"mk": "windows-1251", "kk": "windows-1251", "ky": "windows-1251", "tt": "windows-1251", "ba": "windows-1251",
	"cs": "windows-1250", "sk": "windows-1250", "pl": "windows-1250", "hu": "windows-1250", // Central European
	"hr": "windows-1250", "sl": "windows-1250", "ro": "windows-1250",
	"el": "iso-8859-7",                         // Greek
	"he": "windows-1255",                       // Hebrew
	"tr": "windows-1254", "ku": "windows-1254", // Turkish
	"lt": "windows-1257", "lv": "windows-1257", // Baltic
	"th": "windows-874",                                     // Thai
	"vi": "windows-1258",                                    // Vietnamese
	"ja": "shift_jis",                                       // Japanese
	"ko": "euc-kr",                                          // Korean
	"zh": "gb18030", "zh-cn": "gb18030", "zh-sg": "gb18030", // Chinese, simplified
	"zh-tw": "big5", "zh-hk": "big5", // Chinese, traditional
}

// domainLanguages are the languages of country domains whose pages used a
// legacy default other than windows-1252 (see langDefaultCharsets), for a
// page that names no language either.
var domainLanguages = map[string]string{
	"ru": "ru", "su": "ru", "by": "be", "ua": "uk", "bg": "bg", "kz": "kk", "kg": "ky", "mk": "mk", // Cyrillic
	"pl": "pl", "cz": "cs", "sk": "sk", "hu": "hu", "hr": "hr", "si": "sl", "ro": "ro", // Central European
	"gr": "el", "il": "he", "tr": "tr", "lt": "lt", "lv": "lv",
	"th": "th", "vn": "vi", "jp": "ja", "kr": "ko",
	"cn": "zh-cn", "tw": "zh-tw", "hk": "zh-hk",
	"eg": "ar", "sa": "ar", "ae": "ar", "ir": "fa", // Arabic script
}
