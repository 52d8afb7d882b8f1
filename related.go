package newsextract

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// collectRelated gathers the links of every block cleaning marked as related
// reading, in document order, without repeats and without links back to
// this page.
func (p *page) collectRelated() {
	seen := make(map[string]bool)
	if p.art.URL != "" {
		seen[p.art.URL] = true
	}
	for _, r := range p.art.Related {
		seen[r.URL] = true // moved from the body's last lines already
	}
	walk(p.doc, func(n *html.Node) bool {
		if !p.alive() {
			return false
		}
		if v, ok := p.verdicts[n]; ok && v.kind == kindRelated {
			p.relatedLinks(n, seen, v.rule == ruleCardGrid)
			return false
		}
		return true
	})
}

// minRelatedTitleRunes: shorter anchor texts are labels ("More", "Next"),
// not story titles.
const minRelatedTitleRunes = 12

// relatedLinks adds the story links under n; in a card grid only the
// cards, not its "View all" link.
func (p *page) relatedLinks(n *html.Node, seen map[string]bool, cardsOnly bool) {
	weak := map[string]int{} // entries titled by a link that was no headline, by key
	walk(n, func(a *html.Node) bool {
		if a.Type != html.ElementNode && a.Type != html.DocumentNode {
			return false
		}
		if p.isNetworkBox(a) {
			return false // paid placements, inside the related box or as it
		}
		if !isElem(a, atom.A) {
			return true
		}
		headline := cardHeadline(a)
		if cardsOnly && headline == "" && !inHeading(a) {
			return false
		}
		title := stripPromoPrefix(firstNonEmpty(headline, classedTitle(a), rawText(a, nil), attr(a, "title"), overlaidHeading(a)))
		if _, invite := invitePhrase(headingKey(title)); invite {
			title = invitedTitle(a, title)
		}
		href := attr(a, "href")
		if noStoryHref(href) {
			return false
		}
		u := p.absURL(href, false)
		key := u
		if u == "" {
			key = "title:" + title // an archived page's neutered link still names a story
		}
		strong := headline != "" || inHeading(a)
		if i, ok := weak[key]; ok && strong && isStoryTitle(title) && !shortenedFrom(title, p.art.Related[i].Title) {
			p.art.Related[i].Title = title // a card's teaser link came first, its headline link after
			delete(weak, key)
			return false
		}
		if seen[key] || !isStoryTitle(title) || isCategoryLink(u) || isSectionFront(u, title) || isShareURL(u) || isFrontPageURL(u) || isAccountURL(u) || p.isOwnPage(u) {
			return false
		}
		seen[key] = true
		if !strong && !titledPicture(a) {
			weak[key] = len(p.art.Related)
		}
		p.art.Related = append(p.art.Related, Related{Title: title, URL: u})
		return false
	})
}

// overlaidHeading returns, for a link with no text of its own set in a
// heading beside the words it covers ("<h2><a class=link_overlay
// href=…></a><span>Savar tannery …</span></h2>", Dhaka Tribune), the
// heading's text; else "".
func overlaidHeading(a *html.Node) string {
	if strings.TrimSpace(rawText(a, nil)) != "" || hasDescendant(a, isPicture) {
		return ""
	}
	for h := a.Parent; h != nil && h.Type == html.ElementNode; h = h.Parent {
		if headingLevel(h) > 0 {
			if soleLink(h) != a {
				return "" // more links than this one: the heading is no card's
			}
			return normSpace(rawText(h, nil))
		}
	}
	return ""
}

// titledPicture reports a link with no text of its own, a picture's,
// whose title attribute names the story: its title is the headline, not
// a teaser a heading link should replace.
func titledPicture(a *html.Node) bool {
	return strings.TrimSpace(rawText(a, nil)) == "" && attr(a, "title") != ""
}

// shortenedFrom reports a title cut short with an ellipsis from full
// ("Kreuzfahrt mit MEIN SCHIFF 1 – 11 Tipps für …"): a card's clipped
// heading, where its other link has the whole headline.
func shortenedFrom(title, full string) bool {
	title = strings.TrimSpace(title)
	cut, ok := strings.CutSuffix(title, "…")
	if !ok {
		cut, ok = strings.CutSuffix(title, "...")
	}
	return ok && strings.HasPrefix(full, strings.TrimSpace(cut))
}

// noStoryHref reports an href that leads to no story: a fragment
// ("#tab-2", "#after-dfp-ad-mid1") that opens a tab or jumps within the
// page, an address to write or call ("mailto:", "tel:"), or none at all:
// an anchor a script drives ("Share to LinkedIn", "Sign in", "Show more").
// A link to "javascript:void(0)" may be an archive's neutered story link
// ("Next story: ..."), and its title still names it.
func noStoryHref(href string) bool {
	h := strings.TrimSpace(href)
	if h == "" || strings.HasPrefix(h, "#") {
		return true
	}
	u, err := url.Parse(h)
	return err == nil && (contactSchemes[strings.ToLower(u.Scheme)] || isProtectedMail(u))
}

// isProtectedMail reports Cloudflare's stand-in for a "mailto:" link, an
// address it hides from harvesters behind "/cdn-cgi/l/email-protection#…"
// ("Kommentieren (via Email)", "Shoot us an email").
func isProtectedMail(u *url.URL) bool {
	return strings.HasSuffix(u.Path, "/cdn-cgi/l/email-protection")
}

// isFrontPageURL reports an absolute address of a site's front page,
// whatever its fragment: "https://notes.example.com/#/portal/signup"
// opens a sign-up panel there, no story. A query may name a story
// ("/?p=123", WordPress's plain permalinks).
func isFrontPageURL(u string) bool {
	pu, err := url.Parse(u)
	return err == nil && pu.Host != "" && (pu.Path == "" || pu.Path == "/") && pu.RawQuery == ""
}

// isOwnPage reports an address of the page itself, up to its fragment
// and a closing slash ("…/need-for-speed/#print", a share bar's print
// button): no other story.
func (p *page) isOwnPage(u string) bool {
	pu, err := url.Parse(u)
	if err != nil || pu.Host == "" {
		return false
	}
	for _, own := range []string{p.opts.URL, p.meta.canonical, p.meta.ogURL} {
		if o, err := url.Parse(strings.TrimSpace(own)); err == nil && samePageURL(pu, o) {
			return true
		}
	}
	return false
}

// samePageURL reports whether a and b name one page: the same host, path
// (a closing slash aside) and query.
func samePageURL(a, b *url.URL) bool {
	return strings.EqualFold(a.Host, b.Host) && strings.TrimSuffix(a.Path, "/") == strings.TrimSuffix(b.Path, "/") && a.RawQuery == b.RawQuery
}

// isAccountURL reports an address of the site's account pages: signing
// in, registering, resetting a password ("sso.example.com/cas/login",
// "registro.example.com/RegStep1.asp"). A comment form's links sit beside
// the related box and read like titles ("Registro de Usuarios").
func isAccountURL(u string) bool {
	pu, err := url.Parse(u)
	if err != nil || pu.Host == "" {
		return false
	}
	if label, _, ok := strings.Cut(strings.ToLower(pu.Hostname()), "."); ok && accountHostLabels[label] {
		return true
	}
	for seg := range strings.SplitSeq(strings.ToLower(pu.Path), "/") {
		if accountPathSegments[seg] {
			return true
		}
	}
	return false
}

// isFrontPageAddress is isFrontPageURL that also takes the front page's
// index file ("https://example.com/index.htm"), as a breadcrumb's first
// step links it.
func isFrontPageAddress(u string) bool {
	if isFrontPageURL(u) {
		return true
	}
	pu, err := url.Parse(u)
	return err == nil && pu.Host != "" && pu.RawQuery == "" && homePages[strings.ToLower(strings.TrimPrefix(pu.Path, "/"))]
}

// contactSchemes are the URL schemes of addresses to write to or call.
var contactSchemes = map[string]bool{"mailto": true, "tel": true, "sms": true, "callto": true}

// invitedTitle names the story a link labelled only with an invite
// points to ("Learn More", "Link zum Artikel"): its aria-label without
// the invite ("Privileged Remote Access — Learn More"), or, for a link to
// a story (storyLinkPhrases), the headline of the card around it. It
// returns label when neither names more.
func invitedTitle(a *html.Node, label string) string {
	if t := strings.TrimRight(withoutLastWords(normSpace(attr(a, "aria-label")), label), " —–-:|»›"); t != "" && !strings.EqualFold(t, label) {
		return t
	}
	key := headingKey(label)
	if _, story := storyLinkPhrases[key]; story {
		if t := cardTitleAround(a); t != "" {
			return t // "Link zum Artikel" under the card's own headline
		}
	}
	if cut := quotedTitleCut(key); cut != key {
		if _, story := storyLinkPhrases[cut]; story {
			return quotedTail(label) // 'Continue reading "Pass the Salt Please"'
		}
	}
	return label
}

// quotedTail returns what follows the first quotation mark in s, without
// the closing one.
func quotedTail(s string) string {
	i := strings.IndexAny(s, `"“„«'‘`)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return strings.TrimSpace(strings.TrimRight(s[i+size:], `"”“»'’ .…`))
}

// withoutLastWords returns s without the words of tail closing it, in
// any case ("Privileged Remote Access — Learn More" without "Learn
// More"), or s whole. It compares word by word: a lower-cased copy may
// differ in length ("İ"), so no offset of one can cut the other.
func withoutLastWords(s, tail string) string {
	words, end := strings.Fields(s), strings.Fields(tail)
	if len(end) == 0 || len(end) >= len(words) {
		return s
	}
	cut := len(words) - len(end)
	for i, w := range end {
		if !strings.EqualFold(words[cut+i], w) {
			return s
		}
	}
	return strings.Join(words[:cut], " ")
}

// maxCardClimb bounds the levels cardTitleAround climbs from a link to
// the card that holds it.
const maxCardClimb = 3

// cardTitleAround returns the text of the one heading in the smallest box
// around a, within maxCardClimb levels: the title of the teaser card whose
// link says only "Read article". It returns "" when the box holds no
// heading or several (a grid, not a card).
func cardTitleAround(a *html.Node) string {
	box := a
	for range maxCardClimb {
		if box = box.Parent; box == nil || box.Type != html.ElementNode {
			return ""
		}
		var heads []*html.Node
		walk(box, func(n *html.Node) bool {
			if headingLevel(n) > 0 {
				heads = append(heads, n)
				return false
			}
			return true
		})
		switch len(heads) {
		case 0:
			continue
		case 1:
			return normSpace(rawText(heads[0], nil))
		}
		return ""
	}
	return ""
}

// isStoryTitle reports a link text that can name a story: long enough to
// be a headline, and neither a page tool ("Print this story", "Digg this
// story": a furniture phrase or a tool bar's label), a button's invite,
// back link or shop link, a prompt to comment, subscribe or follow, nor a
// page about the site ("Privacy policy").
func isStoryTitle(title string) bool {
	key := headingKey(title)
	_, tool := furniturePhrases[key]
	runes := utf8.RuneCountInString(title)
	if titleWidth(title, runes) < minRelatedTitleRunes || tool || serviceLinkTitles[key] || opensWithToggle(key) || isBareAddress(title) || strings.HasPrefix(title, "©") {
		return false // "© MessengerPeople": a picture's or a widget's credit
	}
	if _, invite := invitePhrase(key); invite || isBackLink(key) {
		return false // "Read the full review", "Back to Index"
	}
	if oneSpacedWord(title) {
		return false // "Entertainment", "Thiruvananthapuram": a section's or a place's page
	}
	if hasDateDigit(title) { // every date has a day; tokenizing the other titles costs
		if _, dated := dateOnlyLine(title); dated {
			return false // "28. Oktober 2018": a post's permalink or a day's archive, named by its date
		}
	}
	lower := strings.ToLower(title)
	if _, bar := toolbarReason(lower, true); bar {
		return false // "E-mail story", "Printer friendly"
	}
	if isShopPrompt(lower) || hasPrefixIn(lower, commentPrompts) {
		return false // "Check Price at Amazon", "Post a comment"
	}
	return promptIn(lower, runes).kind == kindNone // "Receive our email newsletter"
}

// oneSpacedWord reports a title of one word in a script that sets words
// apart with spaces: no headline is so short, a section's name is.
func oneSpacedWord(title string) bool {
	t := strings.TrimSpace(title)
	return t != "" && !strings.ContainsFunc(t, unicode.IsSpace) && !strings.ContainsFunc(t, unspacedLetter)
}

// unspacedLetter reports a letter of a script that does not set its
// words apart with spaces (Chinese, Japanese, Thai…), where a headline
// may run as one "word".
func unspacedLetter(r rune) bool {
	return unicode.IsLetter(r) && !unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Arabic, unicode.Hebrew, unicode.Devanagari)
}

// titleWidth weighs a title of runes runes for minRelatedTitleRunes: a
// Chinese, Japanese or Korean character says as much as a word's few
// letters, so each counts one and a half ("风电光伏发电量持续增长", a
// headline of 11 characters, weighs 16; "関連記事", a label of 4, 6).
func titleWidth(title string, runes int) int {
	_, wide := countVisible(title)
	return runes + wide/2
}

// isBareAddress reports a link text that is only an address, a handle or
// a hashtag ("https://t.co/Ug4SxiInsB", "LifeDaily.com", "@SopraSteria",
// "#Internetknoten"): a site, an account or a search, with no story's
// title to read.
func isBareAddress(title string) bool {
	t := strings.TrimSpace(title)
	if t == "" || strings.ContainsAny(t, " \t\n") {
		return false
	}
	lower := strings.ToLower(t)
	if t[0] == '@' || t[0] == '#' || strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.") {
		return true
	}
	return bareDomain.MatchString(t)
}

// opensWithToggle reports a link text that a listing's button starts
// ("Load more articles", "View all resources").
func opensWithToggle(key string) bool {
	for phrase := range togglePhrases {
		if rest, ok := strings.CutPrefix(key, phrase); ok && (rest == "" || rest[0] == ' ') {
			return true
		}
	}
	return false
}

// inHeading reports whether an ancestor of n is a heading.
func inHeading(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if headingLevel(p) > 0 {
			return true
		}
	}
	return false
}

// cardHeadline is the text of the longest heading inside a teaser card's
// link, without the section label, kicker ("THE FOOD CHAIN") and "Read
// more" around it.
func cardHeadline(a *html.Node) string {
	best := ""
	walk(a, func(n *html.Node) bool {
		if headingLevel(n) == 0 {
			return true
		}
		if t := normSpace(rawText(n, nil)); len(t) > len(best) {
			best = t
		}
		return false
	})
	return best
}

// classedTitle is the text of the first element inside a card's link
// that its class names the headline or the title ("teaser__headline",
// "embedded-post-title", "kg-bookmark-title"), else its figcaption's: a
// link card without a heading, whose whole text adds a kicker, the
// excerpt or the publication's name.
func classedTitle(a *html.Node) string {
	for _, word := range []string{"headline", "title"} {
		if t := classedText(a, word); t != "" {
			return t
		}
	}
	var caption string
	walk(a, func(n *html.Node) bool {
		if caption == "" && n.DataAtom == atom.Figcaption {
			caption = normSpace(rawText(n, nil)) // a gallery card's name under its pictures
		}
		return caption == ""
	})
	return caption
}

// notCardTitleToken reports a class word of a card's part that is not
// its title: a picture's label or icon, a kicker ("dachzeile",
// "pre-headline-teaser", the section's name in "category-headline"), a
// subtitle ("sub-headline").
func notCardTitleToken(w string) bool {
	return w == "label" || w == "icon" || w == "pre" || w == "sub" || w == "category" || kickerTokens[w]
}

// classedText is the text of the first element inside a that its class
// names by word ("teaser__headline", "kg-bookmark-title"), leaving out a
// picture's overlaid label ("alice-icon-label-title": "Bilderstrecke
// starten"), a kicker, and the card's promo label ("also-read-title":
// "Leia também", DN).
func classedText(a *html.Node, word string) string {
	title := ""
	walk(a, func(n *html.Node) bool {
		if title != "" {
			return false
		}
		if n == a || n.Type != html.ElementNode {
			return true
		}
		tokens := splitTokens(attr(n, "class"))
		if slices.ContainsFunc(tokens, notCardTitleToken) {
			return false
		}
		if slices.Contains(tokens, word) {
			if t := normSpace(rawText(n, nil)); !isPromoLabel(lowerKey(t)) {
				title = t
			}
			return false
		}
		return true
	})
	return title
}

// isCategoryLink reports tag, category and author archive links, which sit
// in related boxes but are not stories: a WordPress-style archive folder
// anywhere in the address ("/category/news/local/"), a taxonomySegments
// folder with at most one segment after it ("/autorin/jane-roe",
// "/staff/jane-roe"), a user's "/profile/…", an account's "/@name", a
// query that only picks a category ("/blog?categoryId=13"), or a link to
// a comment form or to one comment ("#comment-7898", a recent-comments
// widget's excerpt). Some sites file stories under "/thema/<story>/<id>",
// so a deeper address under another taxonomy word is a story's.
func isCategoryLink(u string) bool {
	l := strings.ToLower(u)
	for _, part := range []string{"/tag/", "/tags/", "/category/", "/author/", "/topic/", "/topics/", "#comments", "#comment-", "#respond", "/search?", "/search/"} {
		if strings.Contains(l, part) {
			return true
		}
	}
	lu, err := url.Parse(l)
	if err != nil {
		return false
	}
	segs := pathSegments(lu.Path)
	if len(segs) == 1 && strings.HasPrefix(segs[0], "@") {
		return true // an account's page: Medium's, YouTube's, Mastodon's "/@name"
	}
	for i, seg := range segs {
		if taxonomySegments[seg] && len(segs)-i-1 <= 1 {
			return true
		}
		if (seg == "profile" || seg == "profiles") && len(segs)-i-1 == 1 && len(slugWordsOf(segs[i+1])) < storySlugWords {
			return true // a user's profile by number or name ("blogger.com/profile/18169630202487810573"); a headline's slug is a profile story's
		}
	}
	return onlyTaxonomyQuery(lu.Query())
}

// maxSectionTitleWords bounds the label of a link to a section's front.
const maxSectionTitleWords = 3

// isSectionFront reports a link to a section's front page: a path of one
// word of letters, under a label of a few words ("Gesellschaft" at
// "/gesellschaft", the topic over each teaser of a related grid; "Kunst
// & Kultur" at "/kunst"). A headline at such a path is a story's, as
// German compounds make one-word slugs ("/walgesaenge/").
func isSectionFront(u, title string) bool {
	if titleWords(title) > maxSectionTitleWords || isArchiveLabel(strings.Fields(headingKey(title))) {
		return false // a headline, or "More World news", which Related keeps as the way to more
	}
	lu, err := url.Parse(u)
	if err != nil || lu.RawQuery != "" {
		return false
	}
	segs := pathSegments(lu.Path)
	return len(segs) == 1 && isSectionWord(segs[0])
}

// titleWords counts a title's words, two letters of a script without
// spaces making one ("財政部公佈統一發票中獎清冊", a headline, is seven).
func titleWords(t string) int {
	n, unspaced := 0, 0
	for _, w := range strings.Fields(t) {
		c := 0
		for _, r := range w {
			if caseless(r) && !unicode.In(r, unicode.Arabic, unicode.Hebrew) {
				c++
			}
		}
		if c > 1 {
			unspaced += c
		} else {
			n++
		}
	}
	return n + (unspaced+1)/2
}

// isSectionWord reports a path segment that is one word of letters.
func isSectionWord(seg string) bool {
	for _, r := range seg {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return utf8.RuneCountInString(seg) >= 2
}

// onlyTaxonomyQuery reports a query that picks a listing
// (taxonomyQueryKeys) and names nothing else but a "tag" tracking code.
func onlyTaxonomyQuery(q url.Values) bool {
	picks := false
	for k := range q {
		switch {
		case taxonomyQueryKeys[k]:
			picks = true
		case k != "tag":
			return false
		}
	}
	return picks
}

// isPromoLabel reports a lower-cased text that is only a promo's label,
// one of promoPrefixes ("read more:", "leia também").
func isPromoLabel(t string) bool {
	label := strings.TrimRight(t, ": ")
	return slices.ContainsFunc(promoPrefixes, func(p string) bool { return strings.TrimSuffix(p, ":") == label })
}

// stripPromoPrefix removes a "See also" label that a promo put inside its
// link, so the title is the story's.
// The longest label wins: "Related Story:" is one label, not "Related"
// before a title starting "Story:". The brackets or arrow a label opens
// with go with it ("[Read: Title]").
func stripPromoPrefix(t string) string {
	u := strings.TrimLeft(t, promoOrnaments)
	lu := lowerKey(u)
	longest := ""
	for _, pre := range promoPrefixes {
		if len(pre) > len(longest) && strings.HasPrefix(lu, pre) && len(u) > len(pre) {
			longest = pre
		}
	}
	if longest == "" {
		return t
	}
	rest := strings.TrimLeft(u[len(longest):], " :–—-|»›]】〕》〉")
	if u != t { // a bracket opened the label: its match closes the title
		rest = strings.TrimRight(rest, " ]】〕》〉")
	}
	return withoutPaywallBadge(rest)
}

// withoutPaywallBadge drops a subscribers-only badge set before a promo's
// headline ("Lire aussi | Article réservé à nos abonnés Sécheresse : …",
// Le Monde).
func withoutPaywallBadge(t string) string {
	lt := strings.ToLower(t)
	for _, b := range paywallBadges {
		if strings.HasPrefix(lt, b) && len(t) > len(b) {
			return strings.TrimLeft(t[len(b):], " :–—-|")
		}
	}
	return t
}

// maxRelatedTitleWords bounds isRelatedTitle to box titles, not sentences.
const maxRelatedTitleWords = 6

// isRelatedTitle reports a box title naming its links as related reading in
// words widgetHeadings does not list: "Also in <section>", "related" as its own word before a
// word for stories ("Recent related articles", "Related internet links"),
// "related to this story", or "More news related to <section>".
// Hyphenated "travel-related" and "related to Osaka" name subjects of the
// article's own sections, and "Related papers" or "Related searches" list
// sources and queries, not stories.
func isRelatedTitle(key string) bool {
	words := strings.Fields(key)
	if len(words) > maxRelatedTitleWords {
		return false
	}
	if len(words) > 2 && words[0] == "also" && words[1] == "in" {
		return true // "Also in NSW & ACT": more stories from the story's section
	}
	for _, pre := range moreOnPrefixes {
		if strings.HasPrefix(key, pre+" ") {
			return true // "Mehr zu Wärmepumpe", "More on Brexit": more stories on the subject
		}
	}
	if suggestsReading(words) {
		return true // "More Articles You Might Enjoy", "Posts you may also like"
	}
	if len(words) >= 2 && len(words) <= maxMoreTitleWords && words[0] == "more" && storyWords[words[len(words)-1]] && !slices.Contains(words, "related") {
		return true // "More Manitoba headlines", "More sport news": the section's other stories; "related" waits, see relatedNouns
	}
	for i, w := range words {
		if w != "related" {
			continue
		}
		rest := words[i+1:]
		switch {
		case len(rest) > 0 && relatedNouns[rest[0]], len(rest) > 1 && relatedNouns[rest[1]]:
			return true
		case len(rest) > 1 && rest[0] == "to" && storyWords[rest[len(rest)-1]]:
			return true // "Related to story", "Related to this article"
		case i == 2 && words[0] == "more" && storyWords[words[1]] && len(rest) > 0 && rest[0] == "to":
			return true // "More news related to Press Releases"
		}
	}
	return false
}

// storyWords name a story in a related box's title.
var storyWords = map[string]bool{"story": true, "stories": true, "article": true, "articles": true, "news": true, "headlines": true}

// maxMoreTitleWords bounds "More <section> headlines": a section's name
// takes a word or two.
const maxMoreTitleWords = 4

// isRelatedLabel reports a plain block, without heading markup or a title
// class, whose whole text names related reading ("RECENT RELATED
// ARTICLES" in a table cell): old templates title their boxes that way.
func isRelatedLabel(n *html.Node, s *nodeStats) bool {
	if n.Type != html.ElementNode || s == nil || s.text == 0 || s.text > 40 || s.link > 0 {
		return false
	}
	if !isElem(n, atom.P, atom.Div, atom.Td, atom.Li, atom.Span, atom.Strong, atom.B, atom.Font) || inHeadingOrLink(n) {
		return false // a heading's words ("See also[edit]") were judged whole; a table of contents entry is a link
	}
	key := headingKey(rawText(n, nil))
	return widgetHeadings[key] == kindRelated || isRelatedTitle(key)
}

// inHeadingOrLink reports whether an ancestor of n is a heading or a link.
func inHeadingOrLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if headingLevel(p) > 0 || p.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// Inline box limits: a box floated into the text with at most
// inlineBoxMaxRunes of text, most of it link text, is a promo.
const inlineBoxMaxRunes = 300

// byInlineBox moves a small link box floated into the article
// (<table align="right">, as 2000s templates placed "Debate"/"See also"
// boxes between paragraphs) to Related: a floated box of mostly links
// beside the text is a pointer elsewhere, not a part of the story.
func (c *cleaner) byInlineBox(n *html.Node) verdict {
	if n.DataAtom != atom.Table {
		return verdict{}
	}
	if a := strings.ToLower(attr(n, "align")); a != "right" && a != "left" {
		return verdict{}
	}
	s := c.stats[n]
	if s == nil || s.link == 0 || s.text > inlineBoxMaxRunes || s.link*2 < s.text {
		return verdict{}
	}
	return verdict{kindRelated, "floated link box"}
}

// byArchiveLink moves a link to more of the same ("All Anne Perkins
// articles", "More World news") to Related: it leads to related reading,
// and alone on its line it is no part of the story's text.
func (c *cleaner) byArchiveLink(n *html.Node) verdict {
	if n.DataAtom != atom.A {
		return verdict{}
	}
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > 60 || !c.standsAlone(n) {
		return verdict{}
	}
	words := strings.Fields(headingKey(rawText(n, nil)))
	if !isArchiveLabel(words) {
		return verdict{}
	}
	return verdict{kindRelated, "archive link: " + words[0] + " … " + words[len(words)-1]}
}

// isArchiveLabel reports the words of a link to more of the same: "all"
// or "more", then a noun of archiveNouns last ("more world news").
func isArchiveLabel(words []string) bool {
	return len(words) >= 3 && (words[0] == "all" || words[0] == "more") && archiveNouns[words[len(words)-1]]
}

// standsAlone reports whether the link is a line of its own: no text
// stands right before or after it (or the inline wrappers around it, such
// as <b>), so it is set off by line breaks or other links, not part of a
// sentence.
func (c *cleaner) standsAlone(a *html.Node) bool {
	n := a
	for n.Parent != nil && isElem(n.Parent, atom.B, atom.Strong, atom.Span, atom.Font, atom.Em, atom.I) && onlyElement(n.Parent, n) {
		n = n.Parent
	}
	return !textBeside(n.PrevSibling, func(x *html.Node) *html.Node { return x.PrevSibling }) &&
		!textBeside(n.NextSibling, func(x *html.Node) *html.Node { return x.NextSibling })
}

// onlyElement reports whether child is p's only child apart from white space.
func onlyElement(p, child *html.Node) bool {
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c != child && (c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return false
		}
	}
	return true
}

// textBeside reports whether the first sibling from s on, stepping with
// next, that is not white space is text.
func textBeside(s *html.Node, next func(*html.Node) *html.Node) bool {
	for ; s != nil; s = next(s) {
		switch {
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) == "":
		case s.Type == html.TextNode:
			return true
		default:
			return false
		}
	}
	return false
}

// archiveNouns end the text of a link to a list of stories.
var archiveNouns = map[string]bool{"articles": true, "stories": true, "news": true, "posts": true, "columns": true}

// byStrayItem moves a list item standing outside any list and holding
// only a story link to Related: old templates wrote runs of such <li>
// straight under the byline as their "see also" links.
func (c *cleaner) byStrayItem(n *html.Node) verdict {
	if n.DataAtom != atom.Li || n.Parent == nil || isElem(n.Parent, atom.Ul, atom.Ol, atom.Menu) {
		return verdict{}
	}
	s := c.stats[n]
	if s == nil || s.text < minRelatedTitleRunes || s.link < s.text {
		return verdict{}
	}
	return verdict{kindRelated, "link item outside a list"}
}

// cardGridMaxLoose bounds the text of a card grid outside its cards: a
// box title ("More to explore") and a "View all" link, not paragraphs.
const cardGridMaxLoose = 80

// cardExcerptRunes is the text a card of a grid of at least
// minExcerptCards may hold beside its linked title: a teaser's excerpt
// and date ("Your workspace in 2026 doesn't have to look like...").
const (
	cardExcerptRunes = 300
	minExcerptCards  = 3
)

// onlyCards reports whether n holds teaser cards and little else: at
// most cardGridMaxLoose runes outside them, or, in a grid of
// minExcerptCards or more, an excerpt and a date inside each card's own
// box (at most cardExcerptRunes). Text between the cards is not an
// excerpt: an article with inline promos has its paragraphs there.
func (c *cleaner) onlyCards(n *html.Node, s *nodeStats) bool {
	if s.text-s.inCard <= cardGridMaxLoose {
		return true
	}
	if s.cards < minExcerptCards {
		return false
	}
	outside, ok := c.looseAroundCards(n)
	return ok && outside <= cardGridMaxLoose
}

// looseAroundCards measures the text under n that is not in a card's
// title: outside is what stands before the first card (a box title);
// the text after each card, up to the next, is that card's excerpt and
// date, and ok is false when one holds more than cardExcerptRunes. A
// card's box of its own (an element holding one card) keeps its excerpt
// inside. Paragraphs of an article between inline promos are longer
// than an excerpt.
func (c *cleaner) looseAroundCards(n *html.Node) (outside int, ok bool) {
	seen, excerpt := false, 0
	add := func(k int) bool {
		if !seen {
			outside += k
			return true
		}
		excerpt += k
		return excerpt <= cardExcerptRunes
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.TextNode {
			if !add(visibleRunes(ch.Data)) {
				return 0, false
			}
			continue
		}
		cs := c.stats[ch]
		switch {
		case ch.Type != html.ElementNode || cs == nil:
		case cs.cards == 0:
			if !add(cs.text) {
				return 0, false
			}
		case cs.cards == 1:
			if cs.text-cs.inCard > cardExcerptRunes {
				return 0, false
			}
			seen, excerpt = true, 0
		default:
			before, ok := c.looseAroundCards(ch)
			if !ok || !add(before) {
				return 0, false
			}
			seen, excerpt = true, 0
		}
	}
	return outside, true
}

// liveCards counts the cards under n outside blocks a rule has judged:
// the measure counted a dropped ticker's cards too.
func (c *cleaner) liveCards(n *html.Node) int {
	count := 0
	walk(n, func(x *html.Node) bool {
		if x != n && c.dropped(x) {
			return false
		}
		s := c.stats[x]
		if s == nil || s.cards == 0 {
			return false
		}
		if s.cards == 1 && (isElem(x, atom.A) || headingLevel(x) > 0) {
			count++
			return false
		}
		return true
	})
	return count
}

// mostlyOwnSite reports whether most links under n stay on the page's
// site: related stories do, where a list of product picks links to shops
// (or through the site's own affiliate redirect, marked rel=sponsored).
// Without a page URL only relative links count as the site's.
func (c *cleaner) mostlyOwnSite(n *html.Node) bool {
	own, other := 0, 0
	walk(n, func(a *html.Node) bool {
		if !isElem(a, atom.A) {
			return true
		}
		if onSite, ok := c.p.linkSite(a); ok && !onSite || hasRel(a, "sponsored") {
			other++
		} else {
			own++
		}
		return false
	})
	return own >= other
}

// hasRel reports whether a's rel attribute holds the token.
func hasRel(a *html.Node, token string) bool {
	return slices.Contains(strings.Fields(strings.ToLower(attr(a, "rel"))), token)
}

// ruleCardGrid is markCardGrids' reason, named for relatedLinks.
const ruleCardGrid = "teaser cards"

// minCardRunes is the least average text of a teaser card: a headline,
// where a menu of heading links ("NEWS", "WEATHER") has a word or two.
const minCardRunes = 20

// markCardGrids moves grids of teaser cards to Related: links that each
// wrap a heading, with an image or a section label beside it, or
// headings that are each one link, are pointers to other stories. An
// article's own sections are never whole links, and its product picks
// link to shops (see mostlyOwnSite). It runs after the widget titles,
// whose boxes may hold a grid and more around it.
func (c *cleaner) markCardGrids() {
	walk(c.p.doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if c.dropped(n) || invisibleTags[n.DataAtom] || c.holdsArticle(n) {
			return !c.dropped(n) && !invisibleTags[n.DataAtom]
		}
		if !c.isCardGrid(n) {
			return true
		}
		c.verdicts[n] = verdict{kindRelated, ruleCardGrid}
		return false
	})
}

// isCardGrid reports whether n holds two teaser cards or more and little
// else, linking mostly to the site's own stories: product picks linking
// to shops are an article's list.
func (c *cleaner) isCardGrid(n *html.Node) bool {
	s := c.stats[n]
	if s == nil || s.cards < 2 || s.inCard < s.cards*minCardRunes || !c.onlyCards(n, s) {
		return false
	}
	return c.liveCards(n) >= 2 && c.mostlyOwnSite(n)
}

// ruleTrailingLinks is markTrailingLinkLists' reason.
const ruleTrailingLinks = "links listed after the article"

// minTrailingLinks is the fewest items of a trailing list of links.
const minTrailingLinks = 3

// markTrailingLinkLists moves to Related the lists of links to the
// site's own stories that follow the article's last paragraph ("Read
// next", a blog's list of its other posts), set in the body with no box
// of their own, and the heading right above such a list. Teaser boxes
// after the last paragraph go too (markTrailingTeasers). A list or
// teaser before the last paragraph is the article's.
func (p *page) markTrailingLinkLists(roots []*html.Node) {
	var lists, teasers []*html.Node
	lastProse, seq, prose := -1, 0, 0
	order := make(map[*html.Node]int)
	for _, r := range roots {
		walk(r, func(n *html.Node) bool {
			if n.Type != html.ElementNode || p.dropped(n) || invisibleTags[n.DataAtom] {
				return false
			}
			seq++
			switch {
			case isElem(n, atom.Ul, atom.Ol):
				if p.isLinkList(n) {
					lists = append(lists, n)
					order[n] = seq
				} else if st := p.stats[n]; st != nil && st.prose > 0 {
					lastProse = seq
					prose += st.prose
				}
				return false
			case p.isTeaserBox(n):
				teasers = append(teasers, n)
				order[n] = seq
				return false
			case p.stats[n] != nil && p.stats[n].holder:
				lastProse = seq
				prose += p.stats[n].prose
				return false
			}
			return true
		})
	}
	for _, l := range lists {
		if order[l] < lastProse {
			continue
		}
		p.verdicts[l] = verdict{kindRelated, ruleTrailingLinks}
		if h := prevElement(l); h != nil && (headingLevel(h) > 0 || isBoldLine(h) && !hasDescendant(h, isLink)) && !p.dropped(h) {
			p.verdicts[h] = verdict{kindDrop, "title of " + ruleTrailingLinks} // "<p><strong>More Great Fashion Stories From Vogue</strong></p>"
		}
	}
	p.markTrailingTeasers(teasers, order, lastProse, prose)
}

// ruleAfterComments is dropAfterComments' reason.
const ruleAfterComments = "after the reader comments"

// dropAfterComments drops what a content root holds after its reader
// comments section: the story ends before its readers' thread, and what
// a template sets below it is the site's (a home page's story boxes,
// Slate's "abridgedhomepage" inside the <article>). Only a thread set
// after most of the root's prose counts: one in a column beside the
// story, or a count link under the headline, does not end it.
func (p *page) dropAfterComments(roots []*html.Node) {
	for _, r := range roots {
		c := p.commentSection(r)
		if c == nil {
			continue
		}
		before, after := p.proseAround(r, c)
		if before == 0 || after*commentsProseShare > before || p.proseFollows(c) {
			continue // an inline call to comment ("comments-inline-cta") between paragraphs
		}
		for a := c; a != nil && a != r; a = a.Parent {
			for s := a.NextSibling; s != nil; s = s.NextSibling {
				if s.Type == html.ElementNode && !p.dropped(s) && !invisibleTags[s.DataAtom] {
					p.verdicts[s] = verdict{kindDrop, ruleAfterComments}
				}
			}
		}
	}
}

// commentsProseShare is how many times the story's prose before a
// comments section must outweigh the prose after it for the section to
// end the story.
const commentsProseShare = 4

// commentSection returns the first block under r whose class or id names
// it the reader comments (not a link or a prompt to them), or nil.
func (p *page) commentSection(r *html.Node) *html.Node {
	var found *html.Node
	walk(r, func(n *html.Node) bool {
		if found != nil || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return false
		}
		v, ok := p.verdicts[n]
		if !ok {
			return true
		}
		if v.kind == kindComments && isCommentsBox(n) && strings.HasPrefix(v.rule, "class/id: ") {
			found = n
		}
		return false
	})
	return found
}

// proseFollows reports a live paragraph among the siblings after c: the
// story goes on past it. A box of teasers after it is no paragraph.
func (p *page) proseFollows(c *html.Node) bool {
	for s := c.NextSibling; s != nil; s = s.NextSibling {
		if st := p.stats[s]; st != nil && (st.holder || s.DataAtom == atom.P) && st.text > 0 && !p.dropped(s) {
			return true
		}
	}
	return false
}

// isCommentsBox reports a block that can hold a thread: not a code
// highlighter's "token comment" span, nor a list item or a cell.
func isCommentsBox(n *html.Node) bool {
	return isElem(n, atom.Div, atom.Section, atom.Aside, atom.Footer, atom.Ol, atom.Ul) && !inElement(n, atom.Pre) && !inElement(n, atom.Li) && !inElement(n, atom.Table)
}

// proseAround sums the prose of the live paragraph blocks under r before
// and after c in page order.
func (p *page) proseAround(r, c *html.Node) (before, after int) {
	passed := false
	walk(r, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if n == c {
			passed = true
			return false
		}
		if p.dropped(n) || invisibleTags[n.DataAtom] {
			return false
		}
		if st := p.stats[n]; st != nil && st.holder {
			if passed {
				after += st.prose
			} else {
				before += st.prose
			}
			return false
		}
		return true
	})
	return before, after
}

// minTrailingTeasers is the fewest teaser boxes after the story that
// make a run of other stories.
const minTrailingTeasers = 2

// markTrailingTeasers moves to Related the teaser boxes that follow the
// story's last paragraph: a "more ideas" run of cards, each in a row of
// its own, that markCardGrids does not see as one grid. They must be
// minTrailingTeasers or more, hold at most maxLinkLinesPerProse times
// the story's prose (a listicle whose every entry is a linked title with
// a line or two is the article), and not continue a series of the
// story's own boxes.
func (p *page) markTrailingTeasers(teasers []*html.Node, order map[*html.Node]int, lastProse, prose int) {
	var after []*html.Node
	runes := 0
	for _, t := range teasers {
		if order[t] > lastProse {
			after = append(after, t)
			runes += p.stats[t].text
		}
	}
	if len(after) < minTrailingTeasers || runes > maxLinkLinesPerProse*prose || p.continuesSeries(after[0]) {
		return
	}
	for _, t := range after {
		p.verdicts[t] = verdict{kindRelated, ruleCardGrid}
	}
}

// continuesSeries reports a teaser box whose earlier siblings include
// one of the same tag and class with a linked title too: a gallery's
// last short slides after its long ones, not a run of other stories.
func (p *page) continuesSeries(t *html.Node) bool {
	cls := attr(t, "class")
	for s := t.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && s.Data == t.Data && attr(s, "class") == cls && p.stats[s] != nil && p.stats[s].cards > 0 {
			return true
		}
	}
	return false
}

// teaserExcerptRunes is the most text a teaser box holds beside its
// linked title: an excerpt of two or three sentences.
const teaserExcerptRunes = 500

// isTeaserBox reports an element holding one teaser card (a linked
// heading) to another page of the site, and at most an excerpt's text
// beside it.
func (p *page) isTeaserBox(n *html.Node) bool {
	st := p.stats[n]
	if st == nil || st.cards != 1 || st.heads != 1 || st.text-st.inCard > teaserExcerptRunes {
		return false
	}
	a := firstLink(n)
	if a == nil || strings.HasPrefix(strings.TrimSpace(attr(a, "href")), "#") {
		return false
	}
	own, ok := p.linkSite(a)
	return ok && own
}

// isLinkList reports a list of minTrailingLinks or more items, each one
// link to the page's own site whose text is the whole item and reads as
// a title.
func (p *page) isLinkList(l *html.Node) bool {
	return p.ownLinkItems(l, func(text string) bool {
		return utf8.RuneCountInString(text) >= minRelatedTitleRunes
	}) >= minTrailingLinks
}

// ownLinkItems counts the items of list l when each is one link to the
// page's own site whose text is the whole item and passes ok; else it
// returns -1.
func (p *page) ownLinkItems(l *html.Node, ok func(text string) bool) int {
	items := 0
	for li := l.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		if li.DataAtom != atom.Li {
			return -1
		}
		a := soleLink(li)
		if a == nil {
			return -1
		}
		text := normSpace(rawText(li, nil))
		if own, known := p.linkSite(a); !known || !own || normSpace(rawText(a, nil)) != text || !ok(text) {
			return -1
		}
		items++
	}
	return items
}

// trailingLinkLines moves to Related the lists of link lines (lineList:
// headlines set one a line between <br>s), and the runs of paragraphs
// that are each one such headline, that follow the article's last
// paragraph of prose and link to the site's own stories: a "more news"
// column without the <ul> that markTrailingLinkLists looks for.
func (p *page) trailingLinkLines(sections []Section) []Section {
	lastS, lastB, prose := -1, -1, 0
	for si, s := range sections {
		for bi, bl := range s.Blocks {
			if n := utf8.RuneCountInString(bl.Text); bl.Type == Paragraph && n >= proseMinRunes && !p.isLinkParagraph(bl) {
				lastS, lastB, prose = si, bi, prose+n
			}
		}
	}
	if lastS < 0 {
		return sections
	}
	budget := maxLinkLinesPerProse * prose
	for si := lastS; si < len(sections); si++ {
		blocks := sections[si].Blocks
		var kept []Block
		for bi := 0; bi < len(blocks); bi++ {
			bl := blocks[bi]
			if si == lastS && bi <= lastB {
				kept = append(kept, bl)
				continue
			}
			run, moves := p.linkParagraphRun(blocks[bi:], budget)
			if !moves && run > 0 {
				kept = append(kept, blocks[bi:bi+run]...) // judged whole: a part of it is no column
				bi += run - 1
				continue
			}
			moved := run
			if p.isLinkLines(bl) && itemRunes(bl) <= budget {
				moved = 1
			}
			if moved == 0 {
				kept = append(kept, bl)
				continue
			}
			for _, m := range blocks[bi : bi+moved] {
				if isColumnLabel(m) {
					p.dropLate(blockKey(m), "label in "+ruleTrailingLinks)
					continue
				}
				p.addRelatedLinks(blockLinks(m))
				p.relateLate(blockKey(m), ruleTrailingLinks)
			}
			if n := len(kept); n > 0 && isListLabel(kept[n-1]) {
				p.dropLate(blockKey(kept[n-1]), "title of "+ruleTrailingLinks)
				kept = kept[:n-1] // "Other stories this week:" goes with its list
			}
			bi += moved - 1
		}
		sections[si].Blocks = kept
	}
	return sections
}

// minLinkParagraphs is the fewest headline paragraphs that make a column
// of links: fewer are an article's own pointers ("Read more: ...").
const minLinkParagraphs = 4

// linkParagraphRun returns how many blocks from the first are paragraphs
// that are each one link to a story on the site, with the labels of the
// boxes they stand in between them ("KEY STORIES", "BACKGROUND AND
// ANALYSIS": a news site's column set after the story), and whether they
// move: when the links are at least minLinkParagraphs and hold at most
// budget runes. Labels after the last link are no part of the run.
func (p *page) linkParagraphRun(blocks []Block, budget int) (n int, moves bool) {
	runes, links := 0, 0
	for i, bl := range blocks {
		switch {
		case p.isLinkParagraph(bl):
			links++
			runes += utf8.RuneCountInString(bl.Text)
			n = i + 1
		case isColumnLabel(bl):
			continue
		}
		if n < i+1 {
			break
		}
	}
	return n, links >= minLinkParagraphs && runes <= budget
}

// maxColumnLabelRunes bounds a box's label in a column of links.
const maxColumnLabelRunes = 40

// isColumnLabel reports a paragraph that reads as a box's label: short,
// no sentence, at most one short link (a label may link to its section:
// "THE STRUGGLE FOR IRAQ").
func isColumnLabel(bl Block) bool {
	n := utf8.RuneCountInString(bl.Text)
	if bl.Type != Paragraph || n == 0 || n > maxColumnLabelRunes || strings.ContainsAny(bl.Text, ".!?") {
		return false
	}
	return len(bl.Links) == 0 || len(bl.Links) == 1 && n < minRelatedTitleRunes
}

// isLinkParagraph reports a paragraph that is wholly one link to the
// page's own site, long enough to be a story's title; or a teaser whose
// title and blurb are two links to the same story.
func (p *page) isLinkParagraph(bl Block) bool {
	if bl.Type != Paragraph || len(bl.Links) == 0 || utf8.RuneCountInString(bl.Text) < minRelatedTitleRunes {
		return false
	}
	linked := 0
	for _, l := range bl.Links {
		if l.URL != bl.Links[0].URL {
			return false
		}
		linked += utf8.RuneCountInString(l.Text)
	}
	return linked >= utf8.RuneCountInString(bl.Text)-len(bl.Links)+1 && p.onSite(bl.Links[0].URL)
}

// onSite reports an absolute URL on the page's own site.
func (p *page) onSite(rawURL string) bool {
	u, err := url.Parse(rawURL)
	return err == nil && p.sameSite(u.Host)
}

// isListLabel reports a short paragraph ending in a colon: the label of
// the list after it.
func isListLabel(bl Block) bool {
	return bl.Type == Paragraph && strings.HasSuffix(bl.Text, ":") && utf8.RuneCountInString(bl.Text) <= maxPromptRunes
}

// maxLinkLinesPerProse bounds a trailing list of link lines against the
// article's prose: a column of other headlines is at most twice as long
// as the story it follows, where a document's table of contents after a
// short introduction is the page itself.
const maxLinkLinesPerProse = 2

// itemRunes counts the runes of a list's items.
func itemRunes(bl Block) int {
	n := 0
	for _, it := range bl.Items {
		n += utf8.RuneCountInString(it.Text)
	}
	return n
}

// linkLinesShare is the least share of a line list's text that its links
// must hold.
const linkLinesShare = 0.9

// isLinkLines reports a list read from lines whose text is nearly all
// links, each to the page's own site, with lines long enough to be
// headlines.
func (p *page) isLinkLines(bl Block) bool {
	links := blockLinks(bl)
	if !bl.lines || len(bl.Items) < minTrailingLinks || len(links) < len(bl.Items) {
		return false
	}
	text, linked := itemRunes(bl), 0
	for _, l := range links {
		if !p.onSite(l.URL) {
			return false
		}
		linked += utf8.RuneCountInString(l.Text)
	}
	return text >= len(bl.Items)*minRelatedTitleRunes && float64(linked) >= linkLinesShare*float64(text)
}

// blockLinks returns a block's links: its Links, or for a list those of
// its items, nested ones included, in order.
func blockLinks(bl Block) []Link {
	if bl.Type != List {
		return bl.Links
	}
	var links []Link
	var add func(items []ListItem)
	add = func(items []ListItem) {
		for _, it := range items {
			links = append(links, it.Links...)
			add(it.Items)
		}
	}
	add(bl.Items)
	return links
}

// addRelatedLinks appends links that read as story titles to Related,
// once each, and not the page's own: a teaser's title and blurb link the
// same story, and a column of key stories lists this one too.
func (p *page) addRelatedLinks(links []Link) {
	for _, l := range links {
		if isStoryTitle(l.Text) && l.URL != p.art.URL && !isAccountURL(l.URL) && !noStoryHref(l.URL) && !slices.ContainsFunc(p.art.Related, func(r Related) bool { return r.URL == l.URL }) {
			p.art.Related = append(p.art.Related, Related{Title: l.Text, URL: l.URL})
		}
	}
}

// soleLink returns the only <a href> under n, or nil.
func soleLink(n *html.Node) *html.Node {
	var found *html.Node
	count := 0
	walk(n, func(c *html.Node) bool {
		if isElem(c, atom.A) && hasAttr(c, "href") {
			found = c
			count++
			return false
		}
		return count < 2
	})
	if count != 1 {
		return nil
	}
	return found
}

// firstLink returns the first <a href> under n, or nil.
func firstLink(n *html.Node) *html.Node {
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found == nil && isElem(c, atom.A) && hasAttr(c, "href") {
			found = c
		}
		return found == nil
	})
	return found
}

// prevElement returns the element sibling before n, or nil.
func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			return s
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return nil
		}
	}
	return nil
}

// suggestsReading reports a title that ends by telling the reader they
// may like what follows: "you might (also) enjoy", "you may like".
func suggestsReading(words []string) bool {
	n := len(words)
	if n < 4 || !suggestVerbs[words[n-1]] {
		return false
	}
	rest := words[:n-1]
	if rest[len(rest)-1] == "also" {
		rest = rest[:len(rest)-1]
	}
	k := len(rest)
	return k >= 3 && rest[k-2] == "you" && (rest[k-1] == "might" || rest[k-1] == "may") &&
		(storyWords[rest[k-3]] || relatedNouns[rest[k-3]])
}
