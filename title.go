package newsextract

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Choosing the title: the declared titles (JSON-LD, OpenGraph, Twitter,
// meta, <title>) weighed against the headlines the page shows (h1s,
// headline-classed lines, bold lines above an old page's story), with
// the site's name, section paths and decoration taken off. chooseTitle
// runs with the metadata; headlineFromBody runs once the body is read.

// titleSeparators split a <title> into headline and site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " • ", " ~ ", " : ", " > ", " -- ", " >> ", " │ ", " « ", "｜", "_"}

// lineEndSeparators writes a hyphen that ends a line of the <title>
// source as a separator: templates of the 2000s set the site, the section
// and the headline one a line ("edmontonsun.com -\nMusic-\nLavigne
// lawsuit settled"), where the hyphen alone would read as a compound's.
func lineEndSeparators(t string) string {
	if !strings.ContainsAny(t, "\n\r") {
		return t
	}
	lines := strings.FieldsFunc(t, func(r rune) bool { return r == '\n' || r == '\r' })
	for i, l := range lines[:max(len(lines)-1, 0)] {
		if l = strings.TrimRight(l, " \t"); strings.HasSuffix(l, "-") && !strings.HasSuffix(l, " -") {
			lines[i] = strings.TrimSuffix(l, "-") + " -"
		}
	}
	return strings.Join(lines, " ")
}

// sharedTitles returns the headlines a page declares besides its <title>:
// JSON-LD, OpenGraph, Twitter and meta titles, in that order.
func (p *page) sharedTitles() []string {
	m := &p.meta
	return []string{
		withoutEmphasis(m.ldStr("headline")),
		withoutEmphasis(m.meta("og:title")),
		withoutEmphasis(m.meta("twitter:title")),
		withoutEmphasis(m.meta("title", "dc.title", "parsely-title", "sailthru.title", "itemprop:headline")),
	}
}

// emphasisMarks finds markdown emphasis that a site built from markdown
// copied into its declared titles ("*A Treatise on Coffee* (1792)"),
// where the page shows the words in italics.
var emphasisMarks = regexp.MustCompile(`(^|[\s(\[“"'])\*\*?([^\s*](?:[^*]*[^\s*])?)\*\*?($|[\s)\].,:;!?”"'])`)

// withoutEmphasis drops markdown emphasis marks from a declared title.
func withoutEmphasis(t string) string {
	if !strings.Contains(t, "*") {
		return t
	}
	return emphasisMarks.ReplaceAllString(t, "$1$2$3")
}

// chooseTitle prefers the page's own headline: an h1 that agrees with the
// declared titles, else the declared titles without site-name suffixes.
func (p *page) chooseTitle() string {
	m := &p.meta
	docTitle := m.docTitle
	if strings.HasSuffix(docTitle, "-->") {
		docTitle = "" // a mangled head's comment, left where </title> was lost
	}
	declared := append(p.sharedTitles(), docTitle)
	if h := p.agreeingH1(declared); h != "" {
		return h
	}
	if h := p.extendingH1(declared); h != "" {
		return h
	}
	if h := p.visibleTitlePart(declared); h != "" {
		if s := p.headlineUnderSectionName(h); s != "" {
			return s
		}
		return h
	}
	if h := p.soleHeadline(); h != "" {
		if d := p.declaredWithLostChars(h, declared); d != "" {
			return d
		}
		if !sharesWordWithAny(h, declared) {
			if d := p.declaredShown(declared); d != "" {
				return d // the h1 names the section or a box, the page shows the declared title
			}
			if d := p.declaredOverSectionH1s(declared); d != "" {
				return d
			}
		}
		return h
	}
	for _, t := range declared[:4] {
		if t = normSpace(t); t != "" && !p.onlySiteName(t) {
			return p.overSiteTitle(p.shownSpelling(p.stripSiteName(p.slugPart(t))))
		}
	}
	t := p.stripSiteName(p.slugPart(normSpace(docTitle)))
	if t != "" && !p.onlySiteName(t) && !emptyHeadlineSlot(docTitle) {
		if readsAsParagraph(t) {
			if h := p.lowerHeadline(); h != "" {
				return h // the <title> is the site's blurb, the same on every page
			}
		}
		return p.overSiteTitle(p.shownSpelling(t))
	}
	if len(m.h1s) > 0 && t == "" {
		h := headlineText(m.h1s[0])
		if compoundWords(h) < 3 {
			if above := p.lineAboveByline(); above != "" {
				return above // "News" names the section; the story's headline heads its byline
			}
		}
		return h
	}
	if p.onlySiteName(t) {
		if h := p.pageH1(); h != "" {
			return h // a home or about page: the title names the site, the h1 the page
		}
	}
	if h := p.lowerHeadline(); h != "" {
		return h
	}
	if t == "" || p.onlySiteName(t) {
		if s := p.sharedTitle(); s != "" {
			return s
		}
	}
	return t
}

// maxShareTitles bounds the share links read for their title.
const maxShareTitles = 16

// noteShareTitle keeps the title a share link passes on: a link whose
// query names both a page (url, u, link) and its title.
func (m *metaInfo) noteShareTitle(a *html.Node) {
	href := attr(a, "href")
	if len(m.shareTitles) >= maxShareTitles || !strings.Contains(href, "title=") {
		return
	}
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return
	}
	q := u.Query()
	if !slices.ContainsFunc(shareURLParams, func(k string) bool { return q.Get(k) != "" }) {
		return
	}
	if t := normSpace(unescapeEntities(q.Get("title"))); len(strings.Fields(t)) >= 2 && !isScriptFragment(t) {
		m.shareTitles = append(m.shareTitles, t)
	}
}

// isScriptFragment reports a share title that is a piece of the script
// that was to fill it in ("' encodeURIComponent(document.title) '",
// "' cnnShareTitle '") or markup, not a title.
func isScriptFragment(t string) bool {
	return strings.ContainsAny(t, "<>{}()") || strings.HasPrefix(t, "' ") || strings.HasSuffix(t, " '") ||
		strings.HasPrefix(t, "\" ") || strings.HasSuffix(t, " \"")
}

// sharedTitle returns the title most share links pass on, for a page
// whose <title> and headline markup are missing (a page saved without
// its head): the share buttons still carry the story's title.
func (p *page) sharedTitle() string {
	best, bestN := "", 0
	counts := make(map[string]int)
	for _, t := range p.meta.shareTitles {
		counts[t]++
		if counts[t] > bestN {
			best, bestN = t, counts[t]
		}
	}
	if best == "" || p.onlySiteName(best) {
		return ""
	}
	return p.stripSiteName(best)
}

// pageH1 returns the text of the first h1 outside furniture that is not a
// logo, or "".
func (p *page) pageH1() string {
	for _, h := range p.meta.h1s {
		if text := headlineText(h); text != "" && !p.inFurniture(h) && !isLogo(h, text) && !p.onlySiteName(text) {
			return text
		}
	}
	return ""
}

// sharesWordWithAny reports whether h shares a word with a declared title.
func sharesWordWithAny(h string, declared []string) bool {
	for _, d := range declared {
		if sharesWord(h, d) {
			return true
		}
	}
	return false
}

// declaredShown returns a heading or a line of text outside furniture that
// reads as one of the declared titles whole: the page shows its headline
// as an h2 under an h1 that names the section ("Allergies Health Center"
// over "Babies Who Eat Peanuts Early May Avoid Allergy", which is also the
// <title>), or in a styled <div> while its only h1 heads a search box
// ("Find it fast!").
func (p *page) declaredShown(declared []string) string {
	titles := make(map[string]bool)
	for _, d := range declared {
		if d = strings.ToLower(p.stripSiteName(normSpace(d))); len(strings.Fields(d)) >= 3 {
			titles[d] = true
		}
	}
	if len(titles) == 0 {
		return ""
	}
	for _, v := range p.visibleTexts() {
		if titles[strings.ToLower(v.text)] && standsAlone(v.node) && !p.inFurniture(v.node) {
			return v.text
		}
	}
	return ""
}

// standsAlone reports a heading, or a text that is all of its block or of
// an element classed as a headline: a line set apart as a title, not the
// site's name inside a sentence ("Search <strong>The Daily</strong>:").
func standsAlone(n *html.Node) bool {
	if n.Type != html.TextNode {
		return true
	}
	parent := n.Parent
	if parent == nil || !isBlockTag(parent.DataAtom) && !showsHeadline(n) {
		return false
	}
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && (c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return false
		}
	}
	return true
}

// shownHeading returns the text of the first heading outside page
// furniture for which match holds, or "".
func (p *page) shownHeading(match func(text string) bool) string {
	found := ""
	walk(p.doc, func(n *html.Node) bool {
		if found != "" || n.Type == html.ElementNode && (n.DataAtom == atom.Head || invisibleTags[n.DataAtom]) {
			return false
		}
		if headingLevel(n) > 0 {
			if t := normSpace(rawText(n, nil)); match(t) && !p.inFurniture(n) {
				found = t
			}
			return false
		}
		return true
	})
	return found
}

// shownSpelling returns the page's heading that reads as title but for
// case, or on a page made before phones its line in bold or large type,
// else title: sites capitalise every word of og:title ("Returning To
// Puerto Rico") over a headline set in sentence case, and the reader sees
// the headline.
func (p *page) shownSpelling(title string) string {
	other := func(t string) bool { return t != title && strings.EqualFold(t, title) }
	if shown := p.shownHeading(other); shown != "" {
		return shown
	}
	if p.predatesMobile() {
		for _, v := range p.visibleTexts() {
			if other(v.text) && v.node.Parent != nil && isBold(v.node.Parent) && !p.inFurniture(v.node) {
				return v.text // an old page's headline in <font size=4> or <b>
			}
		}
	}
	return title
}

// headlineFromBody takes the article's opening heading for its title
// where the page declares no headline (no og:title, no JSON-LD, no h1)
// and its <title> is a section or site label ("energieverbraucher.de |
// Gaspreise") or names the story only in part ("Feuerwehr Oldenburg -
// Ausbildung" over "Bootsdienst Ausbildung", a heading that shares a
// word with a title of joined parts): old CMS templates set the
// story's headline as the first heading of the text.
//
// On a page made before phones, a line set in bold or large type right
// before the story, or opening it, is the headline when the <title>
// shares no word with it: such templates declared the site's name
// ("Bangkok Post : SPORTS PLUS") and set the headline in <font size=4><b>.
func (p *page) headlineFromBody() {
	m := &p.meta
	if len(p.art.Sections) == 0 || firstNonEmpty(p.sharedTitles()...) != "" {
		return
	}
	for _, h := range m.h1s {
		if !p.inFurniture(h) && !isLogo(h, headlineText(h)) {
			return
		}
	}
	first := p.art.Sections[0]
	if first.Heading != "" && len(strings.Fields(first.Heading)) >= 2 && !readsAsParagraph(first.Heading) &&
		(len(strings.Fields(p.art.Title)) <= 2 || (sharesWord(first.Heading, p.art.Title) && hasTitleSeparator(p.art.Title))) {
		p.art.Title = first.Heading
		return
	}
	if !p.predatesMobile() {
		return
	}
	if !p.namesHost(m.docTitle) {
		return
	}
	lede := ledeText(p.art.Sections)
	if h := p.emphasisedHeadline(); h != "" && !sharesWord(h, p.art.Title) && !sharesWord(p.art.Title, lede) && sharesWord(h, lede) {
		p.art.Title = h // the <title> names the site: none of its words is in the story's opening
	}
}

// namesHost reports a text that holds the host's name; see namesHostIn.
func (p *page) namesHost(text string) bool {
	return namesHostIn(text, p.hostWords())
}

// ledeParas is how many paragraphs of prose make the story's opening.
const ledeParas = 2

// ledeText returns the first ledeParas paragraphs of prose of the body.
func ledeText(sections []Section) string {
	var paras []string
	for _, s := range sections {
		for _, b := range s.Blocks {
			if b.Type == Paragraph && utf8.RuneCountInString(b.Text) >= proseMinRunes {
				if paras = append(paras, b.Text); len(paras) == ledeParas {
					return strings.Join(paras, " ")
				}
			}
		}
	}
	return strings.Join(paras, " ")
}

// emphasisedHeadline returns the heading or bold paragraph that opens the
// body, else the last line before the body outside the elements a rule
// judged, when it is set in bold or large type and reads as a headline.
func (p *page) emphasisedHeadline() string {
	first := p.art.Sections[0]
	if first.Heading != "" {
		if readsAsHeadline(first.Heading) {
			return first.Heading
		}
		return ""
	}
	if bl := first.Blocks; len(bl) > 0 && bl[0].Type == Paragraph && bl[0].bold && len(bl[0].Links) == 0 {
		if readsAsHeadline(bl[0].Text) {
			return bl[0].Text
		}
		return ""
	}
	last := p.lastTextBeforeBody()
	if last == nil || inHeadingOrLink(last) {
		return ""
	}
	for a, i := last.Parent, 0; a != nil && a.Type == html.ElementNode && i < headlineLevels; a, i = a.Parent, i+1 {
		if isBold(a) {
			if text, short := headlineLine(a); short && readsAsHeadline(text) {
				return text
			}
			return ""
		}
	}
	return ""
}

// lastTextBeforeBody returns the last text node with words that comes
// before the first body element, leaving out dates, links (a box of
// other stories set between the headline and the story), the elements a
// rule judged (an ad slot, a byline) and what the page does not show.
func (p *page) lastTextBeforeBody() *html.Node {
	if len(p.body) == 0 {
		return nil
	}
	root := p.body[0]
	var last *html.Node
	reached := false
	walk(p.doc, func(n *html.Node) bool {
		switch {
		case reached:
			return false
		case n == root:
			reached = true
			return false
		case n.Type == html.ElementNode:
			_, judged := p.verdicts[n]
			return !judged && n.DataAtom != atom.Head && n.DataAtom != atom.A && !invisibleTags[n.DataAtom]
		case n.Type == html.TextNode && hasWordChar(n.Data):
			if _, isDate := parseDate(n.Data); !isDate {
				last = n // a date stamp under the headline is passed over
			}
		}
		return true
	})
	if !reached {
		return nil
	}
	return last
}

// Headline word limits: fewer than minHeadlineWords words name a section
// or a site, and a bold line read as the title has at most
// maxBoldHeadlineWords. An h1 of more than maxHeadlineWords words, or of
// more than maxPeriodHeadlineWords ended by a full stop, reads as a
// paragraph.
const (
	minHeadlineWords       = 3
	maxBoldHeadlineWords   = 20
	maxHeadlineWords       = 30
	maxPeriodHeadlineWords = 20
)

// readsAsHeadline reports a line of minHeadlineWords to
// maxBoldHeadlineWords words that no full stop ends.
func readsAsHeadline(text string) bool {
	n := countWords(text)
	return n >= minHeadlineWords && n <= maxBoldHeadlineWords && !strings.HasSuffix(text, ".")
}

// readsAsParagraph reports an h1 that a template filled with a summary
// ("Learn which home renovations have the best ROI? Get expert tips on
// ... We'll help you learn everything you need to know."): its declared
// title is the headline.
func readsAsParagraph(text string) bool {
	n := countWords(text)
	return n > maxHeadlineWords || n > maxPeriodHeadlineWords && strings.HasSuffix(text, ".")
}

// hasTitleSeparator reports a title that joins parts, as a site's name
// and a section's do.
func hasTitleSeparator(t string) bool {
	for _, sep := range titleSeparators {
		if strings.Contains(t, sep) {
			return true
		}
	}
	return false
}

// sharesWord reports whether a and b have a word of four letters or
// more in common, ignoring case.
func sharesWord(a, b string) bool {
	words := make(map[string]bool)
	for _, w := range strings.FieldsFunc(strings.ToLower(b), notWord) {
		if utf8.RuneCountInString(w) >= 4 {
			words[w] = true
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(a), notWord) {
		if words[w] {
			return true
		}
	}
	return false
}

// withoutLeadingDate drops a numeric date set before a headline with a
// separator ("23.01.2022 - Dorothea Wierer darf noch jubeln"): the date is
// the article's, read elsewhere. A number that opens a headline ("2024:
// the year in review") is no full date and stays.
func withoutLeadingDate(t string) string {
	for _, sep := range titleSeparators {
		i := strings.Index(t, sep)
		if i <= 0 {
			continue
		}
		head, rest := t[:i], strings.TrimSpace(t[i+len(sep):])
		if _, ok := findDate(head); ok && strings.Trim(head, "0123456789./- ") == "" && rest != "" {
			return rest
		}
	}
	return t
}

// decorationMarks are the characters of the arrows, bullets and rules
// that old templates set around a title ("=> Headline <=", "*** Headline
// ***"); quotation marks and brackets are not among them.
const decorationMarks = "=<>~*•·|#:-–—_+^›‹→⇒►▶■◆"

// withoutDecoration drops whole words of decoration marks from both ends
// of a title, as long as words remain.
func withoutDecoration(t string) string {
	words := strings.Fields(t)
	isMark := func(w string) bool { return strings.Trim(w, decorationMarks) == "" }
	start, end := 0, len(words)
	for start < end-1 && isMark(words[start]) {
		start++
	}
	for end-1 > start && isMark(words[end-1]) {
		end--
	}
	if start == 0 && end == len(words) {
		return t
	}
	return strings.Join(words[start:end], " ")
}

// withoutSectionLabel drops the kind of piece a template sets after the
// headline with a bar, in the h1 as in the <title> ("How meditation
// rewires brains | Opinion", "… | COMMENTARY"): the section's label, not
// the headline's words.
func withoutSectionLabel(t string) string {
	head, label, ok := cutLast(t, " | ")
	if !ok || !sectionLabels[strings.ToLower(strings.TrimSpace(label))] || strings.TrimSpace(head) == "" {
		return t
	}
	return strings.TrimSpace(head)
}

// cutLast cuts s around the last sep.
func cutLast(s, sep string) (before, after string, found bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// emptyHeadlineSlot reports a title that a template joined from an empty
// headline and the site's name ("National Rail Enquiries -"): it starts
// or ends with a separator, and holds no headline.
func emptyHeadlineSlot(title string) bool {
	t := " " + normSpace(title) + " "
	for _, sep := range titleSeparators {
		if strings.TrimSpace(t) != "" && (strings.HasSuffix(t, sep) || strings.HasPrefix(t, sep)) {
			return true
		}
	}
	return false
}

// onlySiteName reports whether a title is the site's name and nothing
// else: the declared site name, the host ("Edmonton Sun" on
// edmontonsun.com) or a part of it. A headline may hold the host's word
// ("... Bolton News" on news.example), so this is stricter than namesSite.
func (p *page) onlySiteName(t string) bool {
	l, site, host := strings.ToLower(t), strings.ToLower(p.art.SiteName), p.hostWords()
	sq := squeeze(l)
	if site != "" && (l == site || sq == squeeze(site)) {
		return true
	}
	return len(sq) >= 3 && host != "" && strings.Contains(host, sq)
}

// lowerHeadline is the last resort of a page without a title or with only
// the site's name in it: the first element classed as a headline, else
// the first heading that links to the page itself, else the first h2,
// outside furniture, that reads as a headline, else an h3 that is the
// page's first heading, above any paragraph of prose, and not one link
// (a wire story's slug). Older templates set the story's headline in an
// h2 ("<h2 class="vitstoryheadline">") under a logo.
func (p *page) lowerHeadline() string {
	var classed, linked, h2, h3 string
	opens := true // an h3 counts only as the page's first heading, above its prose
	here := p.ownAddresses()
	walk(p.doc, func(n *html.Node) bool {
		if classed != "" || n.Type != html.ElementNode {
			return classed == "" && n.Type != html.TextNode
		}
		if n.DataAtom == atom.Head || invisibleTags[n.DataAtom] {
			return false
		}
		headline := isHeadlineLine(n)
		selfLinked := linked == "" && headingLevel(n) > 0 && p.linksTo(n, here)
		opening := opens && n.DataAtom == atom.H3 && !allLinked(n)
		if headingLevel(n) > 0 || opens && n.DataAtom == atom.P && utf8.RuneCountInString(rawText(n, nil)) >= proseMinRunes {
			opens = false
		}
		if !headline && !selfLinked && !(h2 == "" && n.DataAtom == atom.H2) && !opening {
			return true
		}
		text, ok := p.headlineCandidate(n)
		if !ok || inHomeLink(n) || hasDescendant(n, isHomeLink) {
			return true
		}
		switch {
		case headline:
			classed = text
		case selfLinked:
			linked = text
		case n.DataAtom == atom.H2:
			h2 = text
		default:
			h3 = text
		}
		return true
	})
	return firstNonEmpty(classed, linked, h2, h3)
}

// allLinked reports whether every word under n is link text: a heading
// that is one link ("Back to top of Page") leads elsewhere.
func allLinked(n *html.Node) bool {
	plain := false
	walk(n, func(d *html.Node) bool {
		switch {
		case plain || d.DataAtom == atom.A:
			return false
		case d.Type == html.TextNode && hasWordChar(d.Data):
			plain = true
		}
		return true
	})
	return !plain
}

// ownAddresses returns the page's own URL and canonical URL, without
// fragment or trailing slash.
func (p *page) ownAddresses() []string {
	var out []string
	for _, u := range [...]string{p.opts.URL, p.meta.canonical} {
		if a := p.absURL(u, false); a != "" {
			out = append(out, bareAddress(a))
		}
	}
	return out
}

// bareAddress drops a URL's fragment and trailing slash.
func bareAddress(u string) string {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	return strings.TrimSuffix(u, "/")
}

// linksTo reports whether a link under n leads to one of addrs: a
// heading that links to the page itself is the story's own (a blog's
// "<h4><a href=... rel=bookmark>"), where the headings after it title
// the comments or the sidebar.
func (p *page) linksTo(n *html.Node, addrs []string) bool {
	if len(addrs) == 0 {
		return false
	}
	return hasDescendant(n, func(a *html.Node) bool {
		href := attr(a, "href")
		if a.DataAtom != atom.A || strings.Contains(href, "#") {
			return false // a footnote's or a section's anchor points into the page, not at it
		}
		u := bareAddress(p.absURL(href, false))
		return u != "" && slices.Contains(addrs, u)
	})
}

// headlineLine returns n's text when it is short enough to be a headline,
// spaced as the page shows it: inline markup joins the punctuation after
// it ("Review of <em>Electronic Beowulf</em>, edited by"), where
// shortText, which dates are read from, parts every text node.
func headlineLine(n *html.Node) (string, bool) {
	if _, short := shortText(n, 4*maxBylineRunes); !short {
		return "", false
	}
	return rawText(n, nil), true
}

// headlineCandidate returns n's text when it could be the headline: short,
// of minHeadlineWords words or more, not a paragraph, outside furniture.
func (p *page) headlineCandidate(n *html.Node) (string, bool) {
	text, short := headlineLine(n)
	if !short || len(strings.Fields(text)) < minHeadlineWords || readsAsParagraph(text) || p.inFurniture(n) {
		return "", false
	}
	return text, true
}

// overSiteTitle returns the page's one headline-classed line, or else
// its first heading that links to the page itself, in place of a declared
// title that shares no word with it: older templates declare the site's
// or the section's name for every page ("580 CFRA - News Talk Radio",
// "Seattle Post-Intelligencer: Hockey") and set the story's headline in a
// <span class="headline"> or as its own permalink.
func (p *page) overSiteTitle(declared string) string {
	if h := p.classedHeadline(); h != "" && !sharesWord(h, declared) {
		return h
	}
	if h := p.selfLinkedHeading(); h != "" && !sharesWord(h, declared) {
		return h // "<h2><a href=this page>'Surge' Makes …</a></h2>" under "… News from the Associated Press"
	}
	return declared
}

// selfLinkedHeading is the text of the first heading that links to the
// page itself, as a story's permalink headline does, outside furniture
// and the site's home link.
func (p *page) selfLinkedHeading() string {
	here := p.ownAddresses()
	if len(here) == 0 {
		return ""
	}
	found := ""
	walk(p.doc, func(n *html.Node) bool {
		if found != "" || n.Type != html.ElementNode && n.Type != html.DocumentNode || invisibleTags[n.DataAtom] {
			return false
		}
		if headingLevel(n) == 0 {
			return true
		}
		if p.linksTo(n, here) && !inHomeLink(n) && !hasDescendant(n, isHomeLink) {
			if text, ok := p.headlineCandidate(n); ok {
				found = text
			}
		}
		return false
	})
	return found
}

// classedHeadline returns the text of the only element outside furniture
// whose class or id names a headline and that reads as one: a line of
// three words or more, neither a section's heading (the h1s had their
// turn) nor a link to another story. A page with two such lines lists
// teasers, and none is returned.
func (p *page) classedHeadline() string {
	found, count := "", 0
	walk(p.doc, func(n *html.Node) bool {
		if count > 1 || n.Type != html.ElementNode {
			return count <= 1 && n.Type != html.TextNode
		}
		if n.DataAtom == atom.Head || invisibleTags[n.DataAtom] {
			return false
		}
		if !isHeadlineLine(n) {
			return true
		}
		text, ok := p.headlineCandidate(n)
		if !ok {
			return false
		}
		if headingLevel(n) > 0 || inHeadingOrLink(n) || hasDescendant(n, func(c *html.Node) bool { return c.DataAtom == atom.A }) {
			return false // a section's heading ("mw-headline"), or a teaser
		}
		found, count = text, count+1
		return false
	})
	if count != 1 {
		return ""
	}
	return found
}

// isHeadlineLine reports an element whose class or id names a headline
// and that holds no block of its own: a header box around an h2 and a
// timestamp ("cnnStoryHeader") is not the headline line.
func isHeadlineLine(n *html.Node) bool {
	return (namesHeadline(attr(n, "class")) || namesHeadline(attr(n, "id"))) &&
		!hasDescendant(n, func(c *html.Node) bool { return isBlockTag(c.DataAtom) })
}

// namesHeadline reports a class or id value that holds one of
// headlineClassParts, in any case.
func namesHeadline(value string) bool {
	if value == "" {
		return false
	}
	value = strings.ToLower(value)
	for _, part := range headlineClassParts {
		if strings.Contains(value, part) {
			return true
		}
	}
	return false
}

// agreeingH1 returns the text of the first h1 that makes up most of one of
// the declared titles, so a visible headline wins over a rewritten one and a
// logo h1 holding the site name does not.
func (p *page) agreeingH1(declared []string) string {
	for _, h := range p.meta.h1s {
		text := headlineText(h)
		if len([]rune(text)) < 6 || isLogo(h, text) {
			continue
		}
		lt := strings.ToLower(text)
		fold := func(s string) string { return s }
		if dropQuotes(text) == text {
			fold = dropQuotes // the title quotes what the h1 sets in italics
		}
		full := ""
		for _, d := range declared {
			ld := strings.ToLower(fold(p.stripSiteName(normSpace(d))))
			if d != "" && strings.Contains(ld, lt) && (2*len(lt) >= len(ld) || separatedPart(ld, lt)) {
				return text
			}
			if !hasTitleSeparator(ld) {
				continue
			}
			if full == "" {
				full = strings.ToLower(normSpace(rawText(h, nil)))
			}
			if partsIn(ld, full) {
				return text
			}
		}
	}
	return ""
}

// minExtensionWords is how many words an h1 must add after a declared
// title for it to be the longer headline, not the title with a tag.
const minExtensionWords = 4

// extendingH1 returns an h1 that says the declared title and goes on
// after a dash with a clause of its own ("… 'swallowed his coins' - and
// is told he must pay up or face court"): tabloids cut their og:title
// short of the headline the page shows.
func (p *page) extendingH1(declared []string) string {
	for _, h := range p.meta.h1s {
		text := headlineText(h)
		lt := strings.ToLower(text)
		for _, d := range declared {
			ld := strings.ToLower(p.stripSiteName(normSpace(d)))
			rest, ok := strings.CutPrefix(lt, ld)
			if d == "" || len(ld) < len(lt)/2 || !ok {
				continue
			}
			rest, dashed := strings.CutPrefix(rest, " - ")
			if !dashed {
				rest, dashed = strings.CutPrefix(rest, " – ")
			}
			if dashed && countWords(rest) >= minExtensionWords && !p.onlySiteName(rest) {
				return text
			}
		}
	}
	return ""
}

// partsIn reports a title made of two or more parts ("Initiative
// EnergieEffizienz - kostenloser Stromcheck"), each of two words or more,
// all of which the headline shows, kicker included ("<span
// class=h1small>Initiative EnergieEffizienz</span> Kostenloser Stromcheck
// für private Haushalte"): the title sums up that headline.
func partsIn(title, headline string) bool {
	for _, sep := range titleSeparators {
		if !strings.Contains(title, sep) {
			continue
		}
		parts := strings.Split(title, sep)
		return !slices.ContainsFunc(parts, func(part string) bool {
			return len(strings.Fields(part)) < 2 || !strings.Contains(headline, strings.TrimSpace(part))
		})
	}
	return false
}

// declaredWithLostChars returns the declared title that the headline h
// shows with characters lost to '?' or U+FFFD ("Planning? Beginner?
// Guide" for "Planning: Beginner's Guide"), a charset slip in the
// page's template; "" when there is none.
func (p *page) declaredWithLostChars(h string, declared []string) string {
	if !strings.ContainsAny(h, "?\uFFFD") {
		return ""
	}
	for _, d := range declared {
		if d = p.stripSiteName(normSpace(d)); d != "" && d != h && lostCharsMatch([]rune(strings.ToLower(h)), []rune(strings.ToLower(d))) {
			return d
		}
	}
	return ""
}

// lostCharsMatch reports whether shown spells full but for characters
// replaced by '?' or U+FFFD, each standing for one or two of full's.
func lostCharsMatch(shown, full []rune) bool {
	if len(full) > 2*len(shown) {
		return false // no rune of shown stands for more than two
	}
	// reach[j]: full[:j] is matched by the shown runes read so far
	reach, next := make([]bool, len(full)+1), make([]bool, len(full)+1)
	reach[0] = true
	for _, r := range shown {
		clear(next)
		for j, ok := range reach {
			if !ok {
				continue
			}
			if j < len(full) && full[j] == r {
				next[j+1] = true
			}
			if r == '?' || r == '\uFFFD' {
				for k := j + 1; k <= min(j+2, len(full)); k++ {
					next[k] = true
				}
			}
		}
		reach, next = next, reach
	}
	return reach[len(full)]
}

// maxSiteLabelWords bounds a title part that holds the site's name and
// still reads as the site's label ("Starpulse Entertainment News Blog").
const maxSiteLabelWords = 6

// visibleTitlePart returns the page text that makes up the headline part
// of the first declared title with one ("Aidy recalls big guns" in "Aidy
// Recalls Big Guns (from Harrow Times)"): where a title joins headline,
// sections and site name by any punctuation, the part a reader also sees
// on the page is the headline, spelt as the page shows it. A part of a
// later declared title must hold the first one or be held by it: a title
// worded for search may name the site where the page names the story.
// Texts in page furniture, in a link to the home page or naming the site
// do not count: a header shows the site's name.
func (p *page) visibleTitlePart(declared []string) string {
	var texts []visibleText
	first := ""
	for _, d := range declared {
		if d = normSpace(d); d == "" || p.onlySiteName(d) {
			continue // a meta title naming the site says nothing of the story
		}
		if texts == nil {
			texts, first = p.visibleTexts(), strings.ToLower(dropApostrophes(d))
		}
		shown := p.longestSeparatedPart(d, texts)
		part := strings.ToLower(dropApostrophes(shown))
		if part != "" && (strings.Contains(part, first) || strings.Contains(first, part)) {
			return shown
		}
	}
	return ""
}

// maxSectionNameWords bounds a title part read as the name of the page's
// section rather than its story.
const maxSectionNameWords = 3

// headlineUnderSectionName returns the page's sole h1 when part, the
// visible part of the declared title, is a short heading set above it
// that shares none of its words: the page header of a portal names its
// section ("<h2>Press corner</h2>" over the release's h1, the European
// Commission, whose <title> is "Press corner | European Commission").
func (p *page) headlineUnderSectionName(part string) string {
	if countWords(part) > maxSectionNameWords {
		return ""
	}
	h1 := p.soleHeadlineNode()
	if h1 == nil {
		return ""
	}
	headline := headlineText(h1)
	if sharesWord(headline, part) {
		return ""
	}
	for _, v := range p.visibleTexts() {
		if v.text == part && headingLevel(v.node) > 1 && precedes(v.node, h1) {
			return headline
		}
	}
	return ""
}

// visibleText is a text of the page and the node that shows it.
type visibleText struct {
	text string
	node *html.Node
}

// maxShownTitleBytes bounds a heading's text read as a title's part; a
// longer heading holds more than a headline (on a hostile page, headings
// nested around the whole body, each read in full).
const maxShownTitleBytes = 1000

// maxVisibleTexts bounds the texts visibleTexts collects from one page.
const maxVisibleTexts = 5000

// minCaselessHeadlineRunes is the shortest headline, in a script without
// spaces between words, that a title part can be.
const minCaselessHeadlineRunes = 8

// caselessLine reports a line in a script without case (Chinese,
// Japanese) long enough to be a headline written without spaces.
func caselessLine(t string) bool {
	return utf8.RuneCountInString(t) >= minCaselessHeadlineRunes && !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) && !caseless(r) })
}

// visibleTexts returns the body's text nodes of two words or more and the
// texts of its headings, white space folded. The title rules ask for it
// before any stage changes the tree, so the first answer is kept.
func (p *page) visibleTexts() []visibleText {
	if p.textsRead {
		return p.texts
	}
	p.textsRead = true
	var out []visibleText
	walk(p.doc, func(n *html.Node) bool {
		if len(out) >= maxVisibleTexts {
			return false
		}
		switch {
		case n.Type == html.TextNode:
			if t := normSpace(n.Data); strings.Contains(t, " ") {
				out = append(out, visibleText{t, n})
			}
		case n.Type == html.ElementNode && (n.DataAtom == atom.Head || invisibleTags[n.DataAtom]):
			return false
		case headingLevel(n) > 0:
			if _, short := shortText(n, maxShownTitleBytes); short {
				out = append(out, visibleText{rawText(n, nil), n})
			}
		}
		return true
	})
	p.texts = out
	return out
}

// longestSeparatedPart returns the longest text outside furniture that
// stands in title between punctuation, with words of a site or section
// name beside it, and is long enough to be the headline: a third of the
// title or four words.
func (p *page) longestSeparatedPart(title string, texts []visibleText) string {
	fold := func(s string) string { return s }
	if dropApostrophes(title) == title {
		fold = dropApostrophes // the site left them out of its title
	}
	lt := strings.ToLower(title)
	site, host := strings.ToLower(p.art.SiteName), p.hostWords()
	best, bestHeadline := "", ""
	for _, v := range texts {
		t := v.text
		if len(t) <= len(bestHeadline) || len(t) > 3*len(title) {
			continue // too short to win, or too long to be a part of the title
		}
		words := countWords(t)
		if words < 2 && !caselessLine(t) {
			continue // a word alone is a label; a Chinese headline is one "word"
		}
		short := 3*len(t) < len(title) && words < 4
		lower := strings.ToLower(fold(t))
		i := strings.Index(lt, lower)
		if i < 0 || len(lower) != len(fold(t)) || !separatedFromWords(title, i, i+len(lower), host) && !kickerBeside(v.node, title, i, i+len(lower)) {
			continue
		}
		headline := showsHeadline(v.node)
		if len(t) <= len(best) && !headline || short && !namedHeadline(v.node) {
			continue // a short part is the headline only where the markup says so
		}
		if p.inFurniture(v.node) || inTagList(v.node) || inHomeLink(v.node) || hasDescendant(v.node, isHomeLink) || namesSite(t, site, host) || inKicker(v.node) {
			continue
		}
		if headline && len(t) > len(bestHeadline) {
			bestHeadline = t
		}
		if len(t) > len(best) {
			best = t
		}
	}
	return firstNonEmpty(bestHeadline, best) // a part set as the headline outranks a longer tagline
}

// headlineLevels is how far up showsHeadline looks for a headline class.
const headlineLevels = 3

// namedHeadline reports a text whose element, or one just above it, is
// named a headline by its class, id or itemprop ("headlineMovies").
func namedHeadline(n *html.Node) bool {
	return headlineAbove(n, false)
}

// showsHeadline reports a text set as a headline: in a heading element,
// or in an element whose class, id or itemprop names a headline
// ("headline1", "article-headline").
func showsHeadline(n *html.Node) bool {
	return headlineAbove(n, true)
}

// headlineAbove reports whether n's element or one of the headlineLevels
// above it is named a headline, or with headings, is a heading.
func headlineAbove(n *html.Node, headings bool) bool {
	if n != nil && n.Type == html.TextNode {
		n = n.Parent
	}
	for a, i := n, 0; a != nil && a.Type == html.ElementNode && i < headlineLevels; a, i = a.Parent, i+1 {
		if headings && headingLevel(a) > 0 || strings.EqualFold(attr(a, "itemprop"), "headline") {
			return true
		}
		for _, name := range [...]string{attr(a, "class"), attr(a, "id")} {
			if !containsASCIIFold(name, "headline") { // most names hold no headline: skip the split
				continue
			}
			for _, w := range splitTokens(name) {
				if strings.HasPrefix(w, "headline") {
					return true
				}
			}
		}
	}
	return false
}

// inTagList reports whether n sits in a tag list: a tag ("僕のヒーローアカデミア
// | Boku no Hero Academia", a fandom on a fan-fiction archive) can stand
// in the title beside the headline, but it is never the headline. Only the
// title search skips tag lists: some hold a byline ("Contributors: ...").
func inTagList(n *html.Node) bool {
	for a := n; a != nil && !isElem(a, atom.Body, atom.Html); a = a.Parent {
		if k, why := tokenKind(a); k == kindDrop && strings.Contains(why, "tag list") {
			return true
		}
	}
	return false
}

// dropApostrophes removes apostrophes, which some sites leave out of
// their titles ("Pakistans stocks" for the headline's "Pakistan’s
// stocks"). Visible texts are compared without them only with a title
// that has none: one that has them spells the headline as declared.
func dropApostrophes(s string) string {
	return apostropheDropper.Replace(s)
}

var apostropheDropper = strings.NewReplacer("'", "", "’", "", "‘", "", "`", "")

// dropQuotes removes apostrophes and quotation marks: a <title> quotes a
// film's name the h1 sets in italics ("‘Fantastic Beasts’: A Nice Place to
// Visit" over "<i>Fantastic Beasts</i>: A Nice Place to Visit").
func dropQuotes(s string) string {
	return quoteDropper.Replace(s)
}

var quoteDropper = strings.NewReplacer("'", "", "’", "", "‘", "", "`", "", "\"", "", "“", "", "”", "", "„", "", "«", "", "»", "")

// inHomeLink reports whether n sits in a link to the site's front page,
// as a logo does.
func inHomeLink(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if !isElem(a, atom.A) {
			continue
		}
		return isHomeLink(a)
	}
	return false
}

// maxLogoWords bounds the text of a logo heading read as the site name.
const maxLogoWords = 6

// logoName returns the text of the first h1 that is the site's logo, the
// name a page without a declared site name shows for itself.
func (p *page) logoName() string {
	for _, h := range p.meta.h1s {
		text := headlineText(h)
		if n := len(strings.Fields(text)); n > 0 && n <= maxLogoWords && isLogo(h, text) {
			return text
		}
	}
	return ""
}

// titleSiteName returns the part of the <title> that spells the site's
// host ("… | CBC Bank" on cbcbank.com, "HRSA" on hrsa.gov): its last or
// first part split at a separator, of a logo's few words.
func (p *page) titleSiteName() string {
	host := p.hostWords()
	title := normSpace(p.meta.docTitle)
	for _, sep := range titleSeparators {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		for _, part := range []string{parts[len(parts)-1], parts[0]} {
			part = strings.TrimSpace(part)
			if n := len(strings.Fields(part)); n > 0 && n <= maxLogoWords && namesHostIn(part, host) && mostlyHost(part, host) {
				return part
			}
		}
	}
	return ""
}

// mostlyHost reports whether the letters of part are little more than
// the host's: "CBC Bank" for cbcbank, not "ASTM F-8.53 Helmet
// Subcommittee Minutes" for helmets.
func mostlyHost(part, host string) bool {
	h := len(squeeze(host))
	return len(squeeze(strings.ToLower(part))) <= h+h/2+4
}

// isLogo reports a heading that is a link to the front page, or holds
// one with all its text: a template's logo, naming the site.
func isLogo(h *html.Node, text string) bool {
	if inHomeLink(h) {
		return true
	}
	logo := false
	walk(h, func(n *html.Node) bool {
		if isElem(n, atom.A) {
			logo = isHomeLink(n) && headlineText(n) == text
			return false
		}
		return !logo
	})
	return logo
}

// isHomeLink reports a link to the site's front page.
func isHomeLink(a *html.Node) bool {
	if !isElem(a, atom.A) || !hasAttr(a, "href") {
		return false // an anchor without href is a target, not a link
	}
	href := strings.ToLower(strings.TrimSpace(attr(a, "href")))
	if i := strings.Index(href, "://"); i >= 0 {
		href = href[i+3:]
		if j := strings.IndexByte(href, '/'); j >= 0 {
			href = href[j:]
		} else {
			href = "/"
		}
	}
	href = strings.TrimPrefix(strings.TrimPrefix(href, "/"), "./")
	return href == "" || homePages[href]
}

// namesSite reports whether a visible text is the site's name: equal to
// the declared site name, or holding the host's name or held by it. A
// headline may contain a short site name ("Welpen kaufen – ..." on site
// "Welpen"), so the site name must match whole.
func namesSite(text, site, host string) bool {
	l := strings.ToLower(text)
	sq := squeeze(l)
	if site != "" && (l == site || sq == squeeze(site)) {
		return true
	}
	return len(sq) >= 3 && host != "" && (strings.Contains(host, sq) || strings.Contains(sq, host))
}

// maxKickerWords: a kicker or site name before a colon ("IOL: ...",
// "Covid-19: ...") is short; a longer text before a colon starts the
// headline ("The Open Journalism Project: Better Student Journalism").
const maxKickerWords = 3

// namesHostIn reports a text that holds the host's name, letters only
// ("clubcall - Rugby Union news" at www.clubcall.com), each word of a
// hyphenated host in turn ("The Star Online eCentral" at
// www.star-ecentral.com). A long text before a colon that names the host
// is the site's blurb ("Dayton, Ohio Weather, News ... WDTN.com, 2 On
// Your Side News and Weather: AT&T replaces ..."), not a kicker that the
// headline runs on from.
func namesHostIn(text, host string) bool {
	if len(squeeze(host)) < 3 {
		return false
	}
	letters := squeeze(strings.ToLower(text))
	for _, w := range strings.Split(host, "-") {
		if !strings.Contains(letters, w) {
			return false
		}
	}
	return true
}

// kickerBeside reports whether title[i:j], shown as the text node n,
// follows a colon after a kicker that the page sets as another text of
// the heading holding n, and runs to the title's end or its site's
// separator: Spiegel's h2 holds "<span>Energiewende in der Lausitz</span>
// <span>Der Wärmepumpen-Betrieb …</span>" for the title "Energiewende in
// der Lausitz: Der Wärmepumpen-Betrieb …". However many words it has, the
// text before the colon is then the kicker, not the headline's start.
func kickerBeside(n *html.Node, title string, i, j int) bool {
	before, ok := strings.CutSuffix(strings.TrimSpace(title[:i]), ":")
	after := strings.TrimSpace(title[j:])
	if r, _ := utf8.DecodeRuneInString(after); !ok || after != "" && !strings.ContainsRune("|–—-·•", r) {
		return false
	}
	h := n.Parent
	for k := 0; h != nil && headingLevel(h) == 0 && k < headlineLevels; k++ {
		h = h.Parent
	}
	if h == nil || headingLevel(h) == 0 {
		return false
	}
	kicker := strings.ToLower(normSpace(before))
	return holdsText(h, kicker)
}

// inKicker reports a text whose element is classed as the kicker over
// the headline ("span.title__kicker" beside "span.title__headline",
// stern.de): the title's part before the colon, never its headline.
func inKicker(n *html.Node) bool {
	el := n
	if n.Type == html.TextNode {
		el = n.Parent
	}
	return el != nil && el.Type == html.ElementNode && hasToken(splitTokens(strings.ToLower(attr(el, "class"))), kickerTokens)
}

// longKicker reports whether the text before a colon, from the last
// separator on, has more words than a kicker.
func longKicker(before string) bool {
	before = strings.TrimRight(before, ": ")
	if i := strings.LastIndexAny(before, "|–—/:»>·•"); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.LastIndex(before, " - "); i >= 0 {
		before = before[i+3:]
	}
	return len(strings.Fields(before)) > maxKickerWords
}

// separatedFromWords reports whether title[i:j] has punctuation (or the
// title's end) on each side, and letters outside it: a site or section
// name, not a year in brackets.
func separatedFromWords(title string, i, j int, host string) bool {
	before := strings.TrimSpace(title[:i])
	after := strings.TrimSpace(title[j:])
	if before != "" {
		r, _ := utf8.DecodeLastRuneInString(before)
		if isWordRune(r) || r == ':' && longKicker(before) && !namesHostIn(before, host) {
			return false
		}
		if r == '(' || r == '[' {
			return false // an aside in brackets ("SEO (Search Engine Optimization)") explains the headline
		}
	}
	if r, n := utf8.DecodeRuneInString(title[j:]); r == '\'' || r == '’' {
		if r, _ := utf8.DecodeRuneInString(title[j+n:]); isWordRune(r) {
			return false // a possessive or a contraction ends the word ("Nyong'o's")
		}
	}
	if after != "" {
		// a question or exclamation runs on into the rest of the
		// headline ("... Go? Top Speeds Revealed"): a subhead that asks
		// the question without its mark is not the title's part
		if r, _ := utf8.DecodeRuneInString(after); isWordRune(r) || r == '?' || r == '!' {
			return false
		}
	}
	if quotedInSentence(before, after) {
		return false // "'The Lantern Keepers' Creator on …": a quoted name is the sentence's subject
	}
	if rest := strings.TrimLeft(after, "*_\"'“”‘’ "); strings.HasPrefix(rest, "(") && strings.IndexFunc(strings.SplitN(rest, ")", 2)[0], unicode.IsLetter) < 0 {
		return false // "(1792)": a year or number in brackets belongs to the headline
	}
	return strings.IndexFunc(before+after, unicode.IsLetter) >= 0
}

// quotedInSentence reports a part of a title set in quotes whose sentence
// runs on after the closing quote: a show's or a book's name the headline
// is about, not a separated part.
func quotedInSentence(before, after string) bool {
	open, _ := utf8.DecodeLastRuneInString(before)
	closing, n := utf8.DecodeRuneInString(after)
	if !strings.ContainsRune(openingQuotes+"'„", open) || !strings.ContainsRune(closingQuotes+"'“", closing) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(after[n:]))
	return isWordRune(r)
}

// separatedPart reports whether part starts title, with a title separator
// between it and the rest ("headline | site and slogan"). A part at the
// end is more often the site's name than the headline.
func separatedPart(title, part string) bool {
	for _, sep := range titleSeparators {
		if strings.HasPrefix(title, part+sep) {
			return true
		}
	}
	return false
}

// compoundWords counts the words of text, each part of a hyphenated
// compound as one when every part is a word of three letters or more:
// "Red-hot frontrunners" is a headline of three words, not a two-word
// label, while "e-mail" and "SIGN-UP" stay one word.
func compoundWords(text string) int {
	n := 0
	for _, w := range strings.Fields(text) {
		parts := strings.Split(w, "-")
		if len(parts) < 2 || slices.ContainsFunc(parts, func(p string) bool { return utf8.RuneCountInString(p) < 3 }) {
			parts = parts[:1]
		}
		n += len(parts)
	}
	return n
}

// soleHeadline returns the page's visible headline when it has exactly one
// h1 outside page furniture that reads as a headline, not a logo: readers
// and editors take the visible headline over an SEO title.
func (p *page) soleHeadline() string {
	if h := p.soleHeadlineNode(); h != nil {
		return p.withoutForeignDek(h)
	}
	return ""
}

// withoutForeignDek is an h1's headlineText without a dek set inside it
// ("Council approves budget<br><span class=subtitle>Spending rises …"),
// unless a declared title says the dek too ("What Tutoring is. -
// Defining and choosing a good tutor - College"): then the site counts
// it in the headline.
func (p *page) withoutForeignDek(h *html.Node) string {
	text := headlineText(h)
	var dek *html.Node
	walk(h, func(n *html.Node) bool {
		if dek == nil && n != h && n.Type == html.ElementNode && slices.ContainsFunc(splitTokens(strings.ToLower(attr(n, "class"))), func(w string) bool { return dekTokens[w] }) {
			dek = n
		}
		return dek == nil
	})
	if dek == nil {
		return text
	}
	dt := strings.ToLower(normSpace(rawText(dek, nil)))
	declared := append(p.sharedTitles(), p.meta.docTitle)
	if dt == "" || !slices.ContainsFunc(declared, func(d string) bool { return d != "" }) ||
		slices.ContainsFunc(declared, func(d string) bool { return strings.Contains(strings.ToLower(normSpace(d)), dt) }) {
		return text
	}
	rest := strings.TrimRight(strings.TrimSpace(rawText(h, func(n *html.Node) bool { return n == dek || isKickerOrPermalink(n) })), ":|-–—•· ")
	if strings.IndexFunc(rest, isWordRune) < 0 {
		return text
	}
	return rest
}

// minSectionH1s is how many h1s outside furniture make them a page's
// section headings rather than its headline.
const minSectionH1s = 3

// declaredOverSectionH1s returns the <title> (without the site's name)
// of a page that sets its sections in h1s ("Meetings of the Members",
// "The Committee", "Indemnity" under "Oxford University Gymnastics Club
// Constitution"): the one long enough to pass for a headline, and
// sharing no word with the title, is only the first section's. It
// returns "" on other pages.
func (p *page) declaredOverSectionH1s(declared []string) string {
	n := 0
	for _, h := range p.meta.h1s {
		if !p.inFurniture(h) && headlineText(h) != "" {
			n++
		}
	}
	if n < minSectionH1s {
		return ""
	}
	t := p.stripSiteName(p.slugPart(normSpace(p.meta.docTitle)))
	if t == "" || p.onlySiteName(t) {
		return ""
	}
	return p.overSiteTitle(p.shownSpelling(t))
}

// lineAboveByline returns the line set right above the visible byline
// the authors were read from, when it reads as a headline (a few
// capitalised words, no link, no sentence's end): "<p
// class=orange>Radiohead Play Secret Show In London</p><p>by Tim
// Cashmere - January 16 2008</p>". It returns "" otherwise.
func (p *page) lineAboveByline() string {
	saved := p.meta.bylineEl
	if p.prefixBylineAuthors() == nil { // the title comes before the authors: find the byline here
		p.meta.bylineEl = nil
	}
	el := p.meta.bylineEl
	p.meta.bylineEl = saved
	for el != nil && prevElement(el) == nil && el.Parent != nil && !isElem(el.Parent, atom.Body) {
		el = el.Parent // "<p>by …<br>photo by …</p>": the byline's own block
	}
	if el == nil {
		return ""
	}
	prev := prevElement(el)
	if prev == nil || p.inFurniture(prev) || hasDescendant(prev, isLink) || isElem(prev, atom.Ul, atom.Ol, atom.Table, atom.Figure) {
		return ""
	}
	text := normSpace(rawText(prev, nil))
	if words := compoundWords(text); words < 3 || words > 20 || readsAsParagraph(text) || strings.HasSuffix(text, ".") {
		return ""
	}
	return text
}

// soleHeadlineNode is soleHeadline's element.
func (p *page) soleHeadlineNode() *html.Node {
	var found *html.Node
	for _, h := range p.meta.h1s {
		if p.inFurniture(h) {
			continue
		}
		text := headlineText(h)
		if isLogo(h, text) || p.inSectionFrontLink(h) {
			continue
		}
		if compoundWords(text) < 3 || isSiteLike(text, strings.ToLower(p.art.SiteName), p.hostWords(), "") || readsAsParagraph(text) {
			continue
		}
		if found != nil {
			return nil
		}
		found = h
	}
	return found
}

// inSectionFrontLink reports a heading inside a link to a page above
// this one on the same site: a blog's or a section's banner ("<a
// href="/schmooze/"><h1>The Schmooze</h1></a>" on "/schmooze/358592/…"),
// which names the column, not the story.
func (p *page) inSectionFrontLink(h *html.Node) bool {
	if p.base == nil {
		return false
	}
	for a := h.Parent; a != nil; a = a.Parent {
		if !isElem(a, atom.A) {
			continue
		}
		u, err := p.base.Parse(strings.TrimSpace(attr(a, "href")))
		if err != nil || !strings.EqualFold(u.Hostname(), p.base.Hostname()) {
			return false
		}
		dir := strings.TrimSuffix(u.Path, "/") + "/"
		return dir != "/" && strings.HasPrefix(p.base.Path, dir) && len(p.base.Path) > len(dir)
	}
	return false
}

// isKickerOrPermalink reports what headlineText leaves out of a
// heading: its kicker, and its permalink mark ("Configuration¶", Sphinx).
func isKickerOrPermalink(n *html.Node) bool {
	return isKicker(n) || isPermalinkMark(n)
}

// headlineText is an h1's text without the kicker, section label, date
// or screen-reader label that templates put inside it ("<span
// class=kicker>Klimaschutz</span> Bohren, bis es heiß wird"), and without
// its permalink mark; the whole text when nothing else is left.
func headlineText(h *html.Node) string {
	text := strings.TrimLeft(rawText(h, isKickerOrPermalink), ":|-–—•· ")
	if strings.IndexFunc(text, isWordRune) < 0 {
		return rawText(h, nil)
	}
	return text
}

// isKicker reports an element inside a headline that is not the headline:
// a <small> or <time>, or one classed as a kicker or label.
func isKicker(n *html.Node) bool {
	if isElem(n, atom.Small, atom.Time) {
		return true
	}
	cls := strings.ToLower(attr(n, "class"))
	if cls == "" {
		return false
	}
	for _, v := range strings.Fields(cls) {
		if screenReaderClasses[v] {
			return true
		}
	}
	for _, w := range splitTokens(cls) {
		if isKickerToken(w) || isKickerToken(withoutHeadingPrefix(w)) {
			return true
		}
	}
	return false
}

// isKickerToken reports a kickerTokens entry, of either kind.
func isKickerToken(w string) bool {
	_, ok := kickerTokens[w]
	return ok
}

// withoutHeadingPrefix strips the heading tag a class name may start with
// ("h1small" names the small part of an h1), or returns "".
func withoutHeadingPrefix(w string) string {
	if len(w) > 2 && w[0] == 'h' && '1' <= w[1] && w[1] <= '6' {
		return w[2:]
	}
	return ""
}

// stripSiteName removes a " | Site Name" suffix or "Site Name - " prefix.
func (p *page) stripSiteName(t string) string {
	site := strings.ToLower(p.art.SiteName)
	host := p.hostWords()
	for _, sep := range titleSeparators {
		parts := strings.Split(t, sep)
		if len(parts) < 2 {
			continue
		}
		for len(parts) > 1 && isSiteLike(parts[len(parts)-1], site, host, parts[0]) {
			parts = parts[:len(parts)-1]
		}
		for len(parts) > 1 && isSiteLike(parts[0], site, host, parts[len(parts)-1]) {
			parts = parts[1:]
		}
		t = strings.Join(parts, sep)
	}
	return strings.TrimSpace(t)
}

// isSiteLike reports whether a title part names the site: it equals the
// site name or the host, or is a short label beside a much longer headline.
func isSiteLike(part, site, host, other string) bool {
	l := strings.ToLower(strings.TrimSpace(part))
	if l == "" {
		return true
	}
	// a part that holds the site's name is a label only when it is short
	// or not the longer part: a headline may name the site ("... durch
	// die Bundespolizei im laufenden Jahr" on bundespolizei.de)
	holdsOK := other == "" || len(strings.Fields(l)) <= maxSiteLabelWords || len(l) <= len(other)
	if site != "" && (l == site || strings.Contains(site, l) || (holdsOK && strings.Contains(l, site))) {
		return true
	}
	// a site's name and its host name differ in spaces, hyphens and
	// accents ("Nestlé Marktplatz", "nestle-marktplatz")
	if host = squeeze(host); host != "" {
		for _, sq := range [...]string{squeeze(fold(l)), squeeze(umlautSpelling.Replace(l))} {
			if len(sq) >= 3 && (strings.Contains(host, sq) || holdsOK && strings.Contains(sq, host)) {
				return true
			}
		}
	}
	return len(strings.Fields(l)) <= 3 && len([]rune(other)) >= 3*len([]rune(l)) && len([]rune(other)) > 25
}

// umlautSpelling writes German umlauts as host names do ("Ökologisch
// Bauen" on oekologisch-bauen.info).
var umlautSpelling = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// hostWords returns the registrable-looking part of the page host
// ("www.nytimes.com" gives "nytimes").
func (p *page) hostWords() string {
	if p.base == nil {
		return ""
	}
	h := strings.TrimPrefix(strings.ToLower(p.base.Hostname()), "www.")
	parts := strings.Split(h, ".")
	name := len(parts) - 2 // the registrable label
	if n := len(parts); n >= 3 && len(parts[n-1]) == 2 && secondLevelLabels[parts[n-2]] {
		name = n - 3 // "theherald.co.uk" gives "theherald", not "co"
	}
	if name < 0 {
		return h
	}
	if name > 0 && sharedHostLabels[parts[name]] && parts[name-1] != "www" {
		name-- // "theaustralian.news.com.au" gives "theaustralian"
	}
	return parts[name]
}

// slugPart returns the first part of a title split at a separator when the
// URL's slug spells it alone ("/alles-neue-mach-der-mai/" for "Alles Neue
// mach der Mai… | Bibliothek 2.0 und mehr"): the address names the story,
// so the parts after it are the site's, however long its name. A part
// before the one spelt is left alone: it may be the headline's first half. Read only where no
// visible headline agrees with the declared title. t itself when the slug
// has fewer than two words or no single part matches it.
func (p *page) slugPart(t string) string {
	slug := slugWords(p.art.URL)
	if len(slug) < 2 {
		return t
	}
	for _, sep := range titleSeparators {
		parts := strings.Split(t, sep)
		if len(parts) < 2 || sep == " – " || sep == " — " {
			continue // dashes also join a headline to its second half
		}
		best, bestN, second := -1, 0, 0
		for i, part := range parts {
			n := slugMatches(slug, part)
			if n > bestN {
				best, bestN, second = i, n, bestN
			} else if n > second {
				second = n
			}
		}
		if best == 0 && 3*bestN >= 2*len(slug) && 2*second < bestN && siteLikeRest(parts, best) {
			return strings.TrimSpace(parts[best])
		}
	}
	return t
}

// slugWords returns the words of the last path segment of u that has
// letters, lower-cased, without a file extension.
func slugWords(u string) []string {
	path := urlPath(u)
	segs := strings.Split(strings.Trim(path, "/"), "/")
	seg := segs[len(segs)-1]
	if i := strings.LastIndexByte(seg, '.'); i > 0 {
		seg = seg[:i]
	}
	return slugWordsOf(seg)
}

// slugMatches counts the slug words that are words of part, compared
// without accents and with German umlauts also spelt out ("ueber").
func slugMatches(slug []string, part string) int {
	have := make(map[string]bool)
	for _, w := range strings.FieldsFunc(part, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		have[fold(w)] = true
		have[umlautReplacer.Replace(strings.ToLower(w))] = true
	}
	n := 0
	for _, w := range slug {
		if have[w] {
			n++
		}
	}
	return n
}

// umlautReplacer spells German umlauts as slugs do.
var umlautReplacer = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// siteLikeRest reports whether the parts other than keep read as a site
// name or slogan: a few words, not a sentence ending in ? or !.
func siteLikeRest(parts []string, keep int) bool {
	for i, part := range parts {
		part = strings.TrimSpace(part)
		if i != keep && (len(strings.Fields(part)) > maxNameWords || strings.HasSuffix(part, "?") || strings.HasSuffix(part, "!")) {
			return false
		}
	}
	return true
}

// hasToken reports whether one of words is in set.
func hasToken(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
