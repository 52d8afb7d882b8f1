package newsextract

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaInfo is everything the metadata pass collected, by source, before
// the best source for each field is chosen.
type metaInfo struct {
	lang      string
	docTitle  string            // <title>
	metas     map[string]string // meta name/property/itemprop → first content, keys lower-cased
	tags      []string          // every article:tag
	canonical string
	ogURL     string
	baseHref  string
	ld        []ldObject // every JSON-LD object
	article   ldObject   // the JSON-LD object that describes the article
	h1s       []*html.Node
	times     []*html.Node // <time> elements
	itemprops []*html.Node // elements with itemprop author/datePublished/headline
	bylines   []*html.Node // rel=author links and author/byline classed elements
	// prefixTexts are text nodes that start with a byline word ("By").
	prefixTexts []*html.Node
	// authorLinks are links to author pages ("/author/sam-roe/").
	authorLinks []*html.Node
	// editNote is the first text node holding a revision note ("last
	// edited ... by").
	editNote *html.Node
	// bylineEl is the visible byline the authors were read from, where
	// the date line often is too.
	bylineEl *html.Node
	// order is the document position of h1s and byline candidates, for
	// preferring the byline after the headline.
	order map[*html.Node]int
	// textLen caches the text length of furniture candidates; pageText is
	// the whole page's, both read by holdsPage.
	textLen  map[*html.Node]int
	pageText int
	dated    []*html.Node // elements whose class or id says they hold a date
	// scriptDate is the first publication date a non-JSON-LD script
	// states under a publication key ("publishDate": "2025-05-27").
	scriptDate string
	// scriptBytes counts the script text read for scriptDate.
	scriptBytes int
	// presentational tells that the page styles with markup (<font>,
	// <center>, bgcolor, valign, cellpadding), as pages did before CSS.
	presentational bool
	// shareTitles are the titles that share links pass to their services
	// ("del.icio.us/post?url=…&title=Gulf states urge peace with Iran").
	shareTitles []string
}

// readMetadata fills the Article's metadata and the page's base URL.
func (p *page) readMetadata() {
	p.collectMetadata()
	p.resolveBase(p.meta.baseHref)
	p.fillMetadata()
}

// collectMetadata reads head and body once for every metadata source.
func (p *page) collectMetadata() {
	m := &p.meta
	m.metas = make(map[string]string)
	m.order = make(map[*html.Node]int)
	seq := 0
	walk(p.doc, func(n *html.Node) bool {
		seq++
		if n.Type == html.TextNode {
			m.notePrefixText(n, seq)
		}
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if !p.alive() {
			return false
		}
		switch n.DataAtom {
		case atom.Html:
			m.lang = attr(n, "lang")
		case atom.Title:
			if m.docTitle == "" && n.FirstChild != nil {
				m.docTitle = withoutEmphasis(normSpace(lineEndSeparators(n.FirstChild.Data))) // raw text: the only child
			}
			return false
		case atom.Meta:
			m.addMeta(n)
		case atom.Link:
			m.addLink(n)
		case atom.Base:
			if m.baseHref == "" {
				m.baseHref = attr(n, "href")
			}
		case atom.Script:
			if n.FirstChild == nil {
				return false
			}
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				m.ld = append(m.ld, parseJSONLD(n.FirstChild.Data)...)
			} else {
				m.noteScriptDate(n.FirstChild.Data)
			}
			return false
		case atom.Style, atom.Noscript, atom.Template:
			return false
		case atom.H1:
			m.h1s = append(m.h1s, n)
			m.order[n] = seq
		case atom.Time:
			m.times = append(m.times, n)
		}
		if !m.presentational {
			m.presentational = isPresentational(n)
		}
		m.noteBodyHints(n, seq)
		return true
	})
	m.article = pickArticleObject(m.ld)
}

func (m *metaInfo) addMeta(n *html.Node) {
	if strings.EqualFold(attr(n, "name"), "script:ld+json") {
		// React head managers (Remix's meta export) write the JSON-LD
		// block as a meta tag of that name
		m.ld = append(m.ld, parseJSONLD(attr(n, "content"))...)
		return
	}
	content := attr(n, "content")
	if content == "" {
		content = attr(n, "value")
	}
	content = normSpace(unescapeEntities(content))
	if content == "" {
		return
	}
	for _, k := range []string{"property", "name", "http-equiv"} {
		key := strings.ToLower(strings.TrimSpace(attr(n, k)))
		if key == "" {
			continue
		}
		if key == "article:tag" || key == "og:article:tag" {
			m.tags = append(m.tags, content)
		}
		if _, seen := m.metas[key]; !seen {
			m.metas[key] = content
		}
	}
	if ip := attr(n, "itemprop"); ip != "" {
		key := "itemprop:" + strings.ToLower(ip)
		if _, seen := m.metas[key]; !seen {
			m.metas[key] = content
		}
	}
}

// addRDFa keeps an RDFa property with a content attribute on any element
// (Drupal writes <span property="schema:dateCreated" content="...">), as
// a meta tag of that name.
func (m *metaInfo) addRDFa(n *html.Node) {
	prop, content := attr(n, "property"), attr(n, "content")
	if prop == "" || content == "" {
		return
	}
	key := strings.ToLower(strings.TrimSpace(prop))
	if _, seen := m.metas[key]; !seen {
		m.metas[key] = normSpace(content)
	}
}

func (m *metaInfo) addLink(n *html.Node) {
	rel := strings.ToLower(attr(n, "rel"))
	if rel == "canonical" && m.canonical == "" {
		m.canonical = attr(n, "href")
	}
}

// noteBodyHints keeps the elements that carry metadata in the body.
func (m *metaInfo) noteBodyHints(n *html.Node, seq int) {
	if n.DataAtom != atom.Meta {
		m.addRDFa(n)
	}
	switch strings.ToLower(attr(n, "itemprop")) {
	case "author", "datepublished", "datecreated", "datemodified", "headline", "name":
		if n.DataAtom != atom.Meta {
			m.itemprops = append(m.itemprops, n)
		}
	}
	if n.DataAtom == atom.A {
		if strings.Contains(strings.ToLower(attr(n, "rel")), "author") {
			m.bylines = append(m.bylines, n)
			m.order[n] = seq
			return
		}
		m.noteAuthorLink(n, seq)
		m.noteShareTitle(n)
	}
	class, id := attr(n, "class"), attr(n, "id")
	if class == "" && id == "" {
		return
	}
	words := splitTokens(strings.ToLower(class + " " + id))
	for _, w := range words {
		if dateTokens[w] && len(m.dated) < maxDatedNodes {
			m.dated = append(m.dated, n)
		}
		if bylineTokens[w] && !isImageCredit(n, words) {
			m.bylines = append(m.bylines, n)
			m.order[n] = seq
			return
		}
	}
}

// isImageCredit reports a byline-classed element that credits a picture:
// by its own class words or its ancestors'. It is asked only of byline
// candidates, as climbing the ancestors of every classed element was a
// tenth of the extraction time.
func isImageCredit(n *html.Node, words []string) bool {
	return hasToken(words, imageCreditTokens) || inImageCredit(n)
}

// pickArticleObject returns the JSON-LD object describing the article,
// by the order of articleTypes.
func pickArticleObject(objs []ldObject) ldObject {
	for _, t := range articleTypes {
		for _, o := range objs {
			if o.hasType(t) {
				return o
			}
		}
	}
	return nil
}

// meta returns the first non-empty value among the given meta keys.
func (m *metaInfo) meta(keys ...string) string {
	for _, k := range keys {
		if v := m.metas[k]; v != "" {
			return v
		}
	}
	return ""
}

// ld returns a string property of the article object.
func (m *metaInfo) ldStr(key string) string {
	if m.article == nil {
		return ""
	}
	return m.article.str(key)
}

// fillMetadata chooses each field from its best source.
func (p *page) fillMetadata() {
	m, a := &p.meta, p.art
	a.URL = callerURL(p.opts.URL)
	a.CanonicalURL = p.absURL(firstNonEmpty(m.canonical, m.ogURL), false)
	if a.URL == "" {
		a.URL = a.CanonicalURL
	}
	a.SiteName = firstNonEmpty(m.meta("og:site_name"), ldPublisherName(m.article), m.meta("application-name", "publisher", "dc.publisher"), p.logoName())
	a.Title = withoutDecoration(withoutLeadingDate(unescapeEntities(p.chooseTitle())))
	a.Description = firstNonEmpty(m.meta("og:description", "description", "twitter:description", "dc.description"), m.ldStr("description"))
	a.Language = normLang(firstNonEmpty(m.lang, m.meta("content-language", "og:locale", "dc.language", "language"), m.ldStr("inLanguage")))
	a.Image = p.absURL(firstNonEmpty(m.meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"), ldImage(m.article), m.meta("itemprop:image")), false)
	a.Tags = p.chooseTags()
	a.Authors = p.chooseAuthors()
	a.Published = p.choosePublished()
	a.Modified = p.chooseModified()
}

func ldPublisherName(o ldObject) string {
	if o == nil {
		return ""
	}
	if pub, ok := o["publisher"].(map[string]any); ok {
		return ldObject(pub).str("name")
	}
	return ""
}

func ldImage(o ldObject) string {
	if o == nil {
		return ""
	}
	return ldURL(o["image"])
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = normSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// normLang turns "en_US" into "en-US".
func normLang(s string) string {
	return strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
}

// chooseTags reads article tags, keywords and sections, without repeats.
func (p *page) chooseTags() []string {
	m := &p.meta
	var all []string
	all = append(all, m.tags...)
	if m.article != nil {
		all = append(all, ldList(m.article["keywords"])...)
	}
	if len(all) == 0 {
		all = append(all, splitList(m.meta("news_keywords"))...)
	}
	if len(all) == 0 {
		all = append(all, splitList(m.meta("keywords"))...)
	}
	return dedupeFold(all)
}

// dedupeFold removes repeats, ignoring case, keeping the first spelling.
func dedupeFold(in []string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, s := range in {
		s = normSpace(s)
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

// titleSeparators split a <title> into headline and site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " • ", " ~ ", " : ", " > ", " -- ", " >> ", " │ "}

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
	if h := p.visibleTitlePart(declared); h != "" {
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
		return p.overSiteTitle(t)
	}
	if len(m.h1s) > 0 && t == "" {
		return headlineText(m.h1s[0])
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

// isPresentational reports an element styled by markup, not CSS.
func isPresentational(n *html.Node) bool {
	if presentationalTags[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		if a.Namespace == "" && presentationalAttrs[a.Key] {
			return true
		}
	}
	return false
}

// predatesMobile reports a whole page whose head has no viewport
// declaration: one laid out before phones read the web (about 2010),
// when subheads were set in <b> and <font> as often as in heading
// elements. Every CleanEval and L3S page lacks it; 394 of WCXB's 398
// modern pages have it. A fragment without a head (a feed's content, a
// CMS export) is taken as old only when it styles with markup.
func (p *page) predatesMobile() bool {
	hasHead := p.meta.docTitle != "" || len(p.meta.metas) > 0
	return (hasHead || p.meta.presentational) && p.meta.metas["viewport"] == ""
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
// case, else title: sites capitalise every word of og:title ("Returning
// To Puerto Rico") over a headline set in sentence case, and the reader
// sees the headline.
func (p *page) shownSpelling(title string) string {
	shown := p.shownHeading(func(t string) bool { return t != title && strings.EqualFold(t, title) })
	return firstNonEmpty(shown, title)
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
// maxBoldHeadlineWords.
const (
	minHeadlineWords     = 3
	maxBoldHeadlineWords = 20
)

// readsAsHeadline reports a line of minHeadlineWords to
// maxBoldHeadlineWords words that no full stop ends.
func readsAsHeadline(text string) bool {
	n := len(strings.Fields(text))
	return n >= minHeadlineWords && n <= maxBoldHeadlineWords && !strings.HasSuffix(text, ".")
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

// overSiteTitle returns the page's one headline-classed line in place of
// a declared title that shares no word with it: older templates declare
// the site's or the section's name for every page ("580 CFRA - News Talk
// Radio", "Seattle Post-Intelligencer: Hockey") and set the story's
// headline in a <span class="headline">.
func (p *page) overSiteTitle(declared string) string {
	if h := p.classedHeadline(); h != "" && !sharesWord(h, declared) {
		return h
	}
	return declared
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
		full := ""
		for _, d := range declared {
			ld := strings.ToLower(p.stripSiteName(normSpace(d)))
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

// visibleText is a text of the page and the node that shows it.
type visibleText struct {
	text string
	node *html.Node
}

// maxVisibleTexts bounds the texts visibleTexts collects from one page.
const maxVisibleTexts = 5000

// visibleTexts returns the body's text nodes of two words or more and the
// texts of its headings, white space folded.
func (p *page) visibleTexts() []visibleText {
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
			out = append(out, visibleText{normSpace(rawText(n, nil)), n})
		}
		return true
	})
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
		words := len(strings.Fields(t))
		if len(t) <= len(bestHeadline) || len(t) > 3*len(title) || words < 2 {
			continue // too short to win, or too long to be a part of the title
		}
		short := 3*len(t) < len(title) && words < 4
		lower := strings.ToLower(fold(t))
		i := strings.Index(lt, lower)
		if i < 0 || len(lower) != len(fold(t)) || !separatedFromWords(title, i, i+len(lower), host) {
			continue
		}
		headline := showsHeadline(v.node)
		if len(t) <= len(best) && !headline || short && !namedHeadline(v.node) {
			continue // a short part is the headline only where the markup says so
		}
		if p.inFurniture(v.node) || inTagList(v.node) || inHomeLink(v.node) || hasDescendant(v.node, isHomeLink) || namesSite(t, site, host) {
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
		if r, _ := utf8.DecodeLastRuneInString(before); isWordRune(r) || r == ':' && longKicker(before) && !namesHostIn(before, host) {
			return false
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
	if rest := strings.TrimLeft(after, "*_\"'“”‘’ "); strings.HasPrefix(rest, "(") && strings.IndexFunc(strings.SplitN(rest, ")", 2)[0], unicode.IsLetter) < 0 {
		return false // "(1792)": a year or number in brackets belongs to the headline
	}
	return strings.IndexFunc(before+after, unicode.IsLetter) >= 0
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

// soleHeadline returns the page's visible headline when it has exactly one
// h1 outside page furniture that reads as a headline, not a logo: readers
// and editors take the visible headline over an SEO title.
func (p *page) soleHeadline() string {
	found := ""
	for _, h := range p.meta.h1s {
		if p.inFurniture(h) {
			continue
		}
		text := headlineText(h)
		if isLogo(h, text) {
			continue
		}
		if len(strings.Fields(text)) < 3 || isSiteLike(text, strings.ToLower(p.art.SiteName), p.hostWords(), "") || readsAsParagraph(text) {
			continue
		}
		if found != "" {
			return ""
		}
		found = text
	}
	return found
}

// Paragraph-like h1s: more words than a headline has, or a long
// sentence ended with a period.
const (
	maxHeadlineWords       = 30
	maxPeriodHeadlineWords = 20
)

// readsAsParagraph reports an h1 that a template filled with a summary
// ("Learn which home renovations have the best ROI? Get expert tips on
// ... We'll help you learn everything you need to know."): its declared
// title is the headline.
func readsAsParagraph(text string) bool {
	n := len(strings.Fields(text))
	return n > maxHeadlineWords || n > maxPeriodHeadlineWords && strings.HasSuffix(text, ".")
}

// headlineText is an h1's text without the kicker, section label, date
// or screen-reader label that templates put inside it ("<span
// class=kicker>Klimaschutz</span> Bohren, bis es heiß wird"); the whole
// text when nothing else is left.
func headlineText(h *html.Node) string {
	text := strings.TrimLeft(rawText(h, isKicker), ":|-–—•· ")
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
		if kickerTokens[w] || kickerTokens[withoutHeadingPrefix(w)] {
			return true
		}
	}
	return false
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

// choosePublished takes the publication date from the best evidence, and
// never a date in the future (a "today" bar, an event date).
func (p *page) choosePublished() Date {
	m := &p.meta
	for _, s := range []string{
		m.ldStr("datePublished"),
		m.meta("article:published_time", "og:article:published_time", "article:published", "itemprop:datepublished"),
		m.meta("pubdate", "publishdate", "publish-date", "publish_date", "published_time", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "article.published", "original-publish-date", "og:published_time", "datepublished", "published", "published-date", "publication-date", "publication_date", "date_published"),
		m.meta("dc.date", "dcterms.date", "date"), // generic: see nearDateLine
		p.itempropDate("datepublished"),
		p.timeElementDate(),
		m.ldStr("dateCreated"),
		m.meta("dcterms.created", "dc.date.created", "created"),
		m.meta("schema:datepublished", "dc:date", "dcterms:issued", "dc:created", "dcterms:created", "schema:datecreated"), // RDFa
		m.ldStr("uploadDate"), // a VideoObject or podcast page
		m.meta("itemprop:uploaddate"),
	} {
		if d, ok := p.plausibleDate(s); ok {
			d = p.notBeforeURL(p.localDay(d))
			if s == m.meta("dc.date", "dcterms.date", "date") {
				d = p.nearDateLine(d)
			}
			d = p.lineOrder(s, d)
			return p.shownRevision(p.savedStampLine(d))
		}
	}
	if d, ok := p.wikiRevisionDate(); ok {
		return d
	}
	if d, ok := p.bylineDate(); ok {
		return d
	}
	if d, ok := dateFromURL(p.art.URL); ok && p.notFuture(d) {
		return d
	}
	if d, ok := p.labelledDate(); ok {
		return d
	}
	if d, ok := p.plausibleDate(m.scriptDate); ok {
		return d // the page's script state, where nothing visible dates it
	}
	if d, ok := p.loneDate(); ok {
		return d
	}
	if d, ok := p.editNoteDate(); ok {
		return d
	}
	return Date{}
}

// editNoteDate is the very last resort: the date of a revision note
// ("(last edited 2019-11-10 13:28:18 by MatsWichmann)") on a page that no
// other source dates. A wiki page is revised, never published once, and
// the note dates the text the reader sees.
func (p *page) editNoteDate() (Date, bool) {
	text := p.editNoteText()
	if text == "" {
		return Date{}, false
	}
	if d, ok := findDate(text); ok && p.notFuture(d) {
		return d, true
	}
	return Date{}, false
}

// wikiRevisionDate reads the footer line of a MediaWiki page ("This page
// was last edited on 7 April 2020"): a wiki page is never published once,
// its last revision is the date it shows, and its text may name the date
// of some event first.
func (p *page) wikiRevisionDate() (Date, bool) {
	if !strings.Contains(strings.ToLower(p.meta.meta("generator")), "mediawiki") {
		return Date{}, false
	}
	var found Date
	walk(p.doc, func(n *html.Node) bool {
		if !found.IsZero() {
			return false
		}
		if n.Type == html.ElementNode && attr(n, "id") == "footer-info-lastmod" {
			// the footer is furniture to every other reader
			if text, short := shortText(n, maxBylineBytes); short {
				if d, ok := findDate(text); ok && p.notFuture(d) {
					found = d
				}
			}
			return false
		}
		return true
	})
	return found, !found.IsZero()
}

// loneDate is the last resort: the day that every <time> and every
// element classed as a date agree on, also in an aside or a sidebar, where
// some templates put the article's data column ("<aside><p class=date>").
// A sidebar of teasers gives several days, and then nothing is read.
func (p *page) loneDate() (Date, bool) {
	var found Date
	agree := true
	note := func(d Date, ok bool) {
		if !ok || !p.notFuture(d) {
			return
		}
		if found.IsZero() {
			found = d
		} else if !sameDay(found, d) {
			agree = false
		}
	}
	for _, n := range p.meta.dated {
		if !p.inCommentsOrRelated(n) && !isTodayBar(n) && !inPageHeader(n) {
			if text, short := shortText(n, maxBylineBytes); short {
				note(findDateShortYears(text))
			}
		}
	}
	for _, t := range p.meta.times {
		if !p.inCommentsOrRelated(t) {
			note(parseDate(firstNonEmpty(attr(t, "datetime"), rawText(t, nil))))
		}
	}
	return found, agree && !found.IsZero()
}

// inCommentsOrRelated reports whether n sits in a reader comment section
// or a block of related stories.
func (p *page) inCommentsOrRelated(n *html.Node) bool {
	for a := n; a != nil && !isElem(a, atom.Body, atom.Html); a = a.Parent {
		if k, _ := p.tokenKind(a); k == kindComments || k == kindRelated {
			return true
		}
	}
	return false
}

// sameDay reports whether a and b fall on the same calendar day as written.
func sameDay(a, b Date) bool { return dayOf(a) == dayOf(b) }

// nearDateLine returns the page's visible date line instead of d, a
// generic date meta (dc.date, dcterms.date, date), when the two days
// differ by at most maxDateLineGap: such a meta is often the day the page
// was created in the CMS or last changed, while the line shows the day of
// publication. A line further off is a teaser's or an archive's date.
func (p *page) nearDateLine(d Date) Date {
	line, ok := p.bylineDate()
	if ok && !sameDay(line, d) && absDuration(d.Time.Sub(line.Time)) <= maxDateLineGap {
		return line
	}
	return d
}

// savedStampLine returns the visible date line instead of d when d is
// no earlier than the modification date less resaveSlack and the line
// shows an earlier day: then the CMS wrote its last save as both dates,
// and only the line keeps the day of publication.
func (p *page) savedStampLine(d Date) Date {
	mod := p.chooseModified()
	if mod.IsZero() || absDuration(mod.Time.Sub(d.Time)) > resaveSlack {
		return d
	}
	line, ok := p.bylineDate()
	if ok && line.Time.Before(d.Time) && !sameDay(line, d) && !monthDaySwapped(line, d) && !p.shownDay(d) {
		return line
	}
	return d
}

// shownRevision returns the modification date instead of d, a declared
// publication date, when the page shows the later day as its date, with
// no "Updated" label, and d's day nowhere: the publisher put the story out
// again and dates it so to readers ("Von Fiona Bornhöft 1. Januar 2023"
// over a datePublished of 2021). A day shown as "Updated …" leaves d, the
// first publication, in place.
func (p *page) shownRevision(d Date) Date {
	mod := p.chooseModified()
	if mod.IsZero() || sameDay(mod, d) || mod.Time.Before(d.Time) {
		return d
	}
	bare, shown := p.bareDays()
	if bare[dayOf(mod)] && !shown[dayOf(d)] {
		return mod
	}
	return d
}

// shownDay reports whether some short visible text shows d's day.
func (p *page) shownDay(d Date) bool {
	_, shown := p.bareDays()
	return shown[dayOf(d)]
}

// bareDays returns the days of the page's short visible texts outside
// comments and related blocks (shown), and those among them that some
// text shows without an update label (bare). The label may sit in an
// element around the date ("<span>Updated</span> <time>…</time>"), so the
// text is read with up to three short ancestors.
func (p *page) bareDays() (bare, shown map[string]bool) {
	if p.shown != nil {
		return p.bare, p.shown
	}
	bare, shown = make(map[string]bool), make(map[string]bool)
	defer func() { p.bare, p.shown = bare, shown }()
	walk(p.doc, func(n *html.Node) bool {
		switch n.Type {
		case html.ElementNode:
			if k, _ := p.tokenKind(n); k == kindComments || k == kindRelated {
				return false
			}
			return !invisibleTags[n.DataAtom]
		case html.TextNode:
			if len(n.Data) > maxBylineBytes || !hasDigit(n.Data) {
				return false
			}
			ctx := n.Data
			for a, i := n.Parent, 0; a != nil && i < 3; a, i = a.Parent, i+1 {
				t, short := shortText(a, maxBylineBytes)
				if !short {
					break
				}
				ctx = t
			}
			for _, d := range allDates(n.Data) {
				shown[dayOf(d)] = true
				if u, ok := findKeywordDateOf(ctx, kwUpdated); !ok || !sameDay(u, d) {
					bare[dayOf(d)] = true
				}
			}
		}
		return true
	})
	return bare, shown
}

// lineOrder returns the visible date line instead of d when d was read
// from an ambiguous numeric value s and the line shows the same day and
// month the other way round: the page's own line says which is the month.
func (p *page) lineOrder(s string, d Date) Date {
	if !ambiguousNumeric.MatchString(s) {
		return d
	}
	if line, ok := p.bylineDate(); ok && monthDaySwapped(line, d) {
		return line
	}
	return d
}

// monthDaySwapped reports whether a is b's day with month and day read the
// other way round: the date line "11.03.17" of a US page is b, 3 November.
func monthDaySwapped(a, b Date) bool {
	ay, am, ad := a.Time.Date()
	by, bm, bd := b.Time.Date()
	return ay == by && int(am) == bd && ad == int(bm)
}

// dayOf returns the calendar day of d in its own zone, "2025-03-05".
func dayOf(d Date) string { return d.Time.Format(time.DateOnly) }

// resaveSlack is how much later than the publication date a modification
// date may be and still be the same save.
const resaveSlack = time.Hour

// absDuration returns the length of d, without its sign.
func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// maxDateLineGap bounds how far from a generic date meta the date line
// may be and still win: weeks of editing, not years.
const maxDateLineGap = 31 * 24 * time.Hour

// notBeforeURL replaces a date more than a day before the day the page's
// URL names: a story is not published before its address is made, so such
// a date belongs to something else (a template, an old upload).
func (p *page) notBeforeURL(d Date) Date {
	u, ok := dateFromURL(p.art.URL)
	if ok && p.notFuture(u) && u.Time.Sub(d.Time) > 48*time.Hour {
		return u
	}
	return d
}

// localDay corrects a UTC timestamp to the day the page itself shows. A
// CMS that stores UTC writes an evening story of UTC-5 as the next day
// (and a story just after midnight in UTC+1 as the day before). When the
// URL has a day, it decides; else the visible date line does. Only hours
// that a real time zone can move across midnight are corrected.
func (p *page) localDay(d Date) Date {
	if d.Precision != PrecisionTime {
		return d
	}
	if _, off := d.Time.Zone(); off != 0 {
		return d
	}
	local, ok := dateFromURL(p.art.URL)
	if !ok {
		local, ok = p.bylineDate()
	}
	if !ok || !shiftedByZone(d, local) {
		return d
	}
	y, mo, day := local.Time.Date()
	return Date{Time: time.Date(y, mo, day, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay}
}

// Zone shifts: a UTC time before westHours can still be the previous day in
// the Americas; one from eastHours on can be the next day from Europe to
// East Asia.
const (
	westHours = 10
	eastHours = 14
)

// shiftedByZone reports whether local's day is the day before the UTC time
// u early in its day, or the day after it late in its day.
func shiftedByZone(u, local Date) bool {
	y, m, d := u.Time.Date()
	uday := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	ly, lm, ld := local.Time.Date()
	lday := time.Date(ly, lm, ld, 0, 0, 0, 0, time.UTC)
	switch lday.Sub(uday) {
	case -24 * time.Hour:
		return u.Time.Hour() < westHours
	case 24 * time.Hour:
		return u.Time.Hour() >= eastHours
	}
	return false
}

// chooseModified reads the modification date where the page states one.
func (p *page) chooseModified() Date {
	m := &p.meta
	for _, s := range []string{
		m.ldStr("dateModified"),
		m.meta("article:modified_time", "og:updated_time", "article:modified", "itemprop:datemodified", "last-modified", "dcterms.modified", "dc.date.modified", "lastmod", "schema:datemodified", "dcterms:modified"),
		p.itempropDate("datemodified"),
	} {
		if d, ok := p.plausibleDate(s); ok {
			return d
		}
	}
	return p.visibleUpdate()
}

// visibleUpdate reads an update date from the date and byline lines
// ("Updated 18 November 2025"), where no structured one is given.
func (p *page) visibleUpdate() Date {
	lines := append([]*html.Node{p.meta.bylineEl}, p.meta.dated...)
	for _, n := range lines {
		if n == nil || p.inFurniture(n) {
			continue
		}
		text, short := shortText(n, maxBylineBytes)
		if !short {
			continue
		}
		if d, ok := findKeywordDateOf(text, kwUpdated); ok && p.notFuture(d) {
			return d
		}
	}
	return Date{}
}

// plausibleDate parses s and rejects dates in the future.
func (p *page) plausibleDate(s string) (Date, bool) {
	if s == "" {
		return Date{}, false
	}
	d, ok := parseDate(s)
	if !ok || !p.notFuture(d) {
		return Date{}, false
	}
	return d, true
}

// notFuture allows a day of clock skew and time-zone slack.
func (p *page) notFuture(d Date) bool {
	return d.Time.Before(p.now.Add(36 * time.Hour))
}

// itempropDate reads a microdata date element (content or datetime).
func (p *page) itempropDate(prop string) string {
	for _, n := range p.meta.itemprops {
		if strings.EqualFold(attr(n, "itemprop"), prop) {
			return firstNonEmpty(attr(n, "content"), attr(n, "datetime"), rawText(n, nil))
		}
	}
	return ""
}

// timeElementDate reads the <time> that marks publication: one with
// pubdate, or a published-looking class ("publish", "publication"), else
// the first one outside page furniture with a datetime.
func (p *page) timeElementDate() string {
	first := ""
	for _, t := range p.meta.times {
		dt := attr(t, "datetime")
		if dt == "" {
			continue
		}
		cls := strings.ToLower(attr(t, "class") + " " + attr(t, "itemprop") + " " + attr(t.Parent, "class"))
		if hasAttr(t, "pubdate") || strings.Contains(cls, "publish") || strings.Contains(cls, "publica") || strings.Contains(cls, "posted") || strings.Contains(cls, "entry-date") {
			return dt
		}
		if first == "" && !p.inFurniture(t) && !strings.Contains(cls, "modif") && !strings.Contains(cls, "updat") {
			first = dt
		}
	}
	return first
}

// inFurniture reports whether n sits in a page header, navigation, footer,
// sidebar or comment section, where dates are not the article's. The
// classes of body and html are not read: themes put "sidebar-left" or
// "comments-open" there for the whole page.
func (p *page) inFurniture(n *html.Node) bool {
	for a := n; a != nil && !isElem(a, atom.Body, atom.Html); a = a.Parent {
		if k, _ := p.tokenKind(a); k == kindComments || k == kindRelated {
			return true // never a wrapper, however long the thread
		}
		if p.isFurniture(a) && !p.holdsPage(a) {
			return true
		}
	}
	return false
}

// isFurniture reports whether a is, by its tag or tokens, a page header,
// navigation, footer, sidebar, widget, comment or related block.
func (p *page) isFurniture(a *html.Node) bool {
	if isElem(a, atom.Footer) {
		return !inArticleElement(a) // an <article>'s own footer holds its date line
	}
	if isElem(a, atom.Nav, atom.Aside) {
		return true
	}
	if isElem(a, atom.Header) && a.Parent != nil && isElem(a.Parent, atom.Body) {
		return true
	}
	k, why := p.tokenKind(a)
	if k == kindComments || k == kindRelated {
		return true
	}
	if k == kindDrop && strings.Contains(why, "footer") && isArticleFooter(a) {
		return false
	}
	return k == kindDrop && (strings.Contains(why, "header") || strings.Contains(why, "navigation") || strings.Contains(why, "footer") || strings.Contains(why, "sidebar") || strings.Contains(why, "widget"))
}

// isArticleFooter reports a footer classed as a post's own ("post-footer",
// "entry-footer"), which holds its byline and date, not the page's.
func isArticleFooter(a *html.Node) bool {
	for _, w := range splitTokens(strings.ToLower(attr(a, "class") + " " + attr(a, "id"))) {
		if articleFooterTokens[w] {
			return true
		}
	}
	return false
}

// inArticleElement reports whether n sits inside an <article>.
func inArticleElement(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if isElem(a, atom.Article) {
			return true
		}
	}
	return false
}

// holdsPage reports whether a holds most of the page's text: then it is a
// wrapper whose class only mentions navigation ("nav-overlay-wrapper"),
// not furniture. Text lengths are kept per call in the metaInfo.
func (p *page) holdsPage(a *html.Node) bool {
	m := &p.meta
	if m.textLen == nil {
		m.textLen = make(map[*html.Node]int)
		m.pageText = textBytes(p.doc)
	}
	l, ok := m.textLen[a]
	if !ok {
		l = textBytes(a)
		m.textLen[a] = l
	}
	return m.pageText > 0 && 2*l > m.pageText
}

// textBytes counts the bytes of visible text under n.
func textBytes(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			total += len(strings.TrimSpace(c.Data))
		case html.ElementNode:
			return !invisibleTags[c.DataAtom]
		}
		return true
	})
	return total
}

// bylineDate looks for a visible date where pages show the article's own:
// elements classed as dates, bylines, and the elements after the first h1.

// maxBylineBytes: a byline or date line is short; a longer element is a
// body or a teaser list, whose dates are not the article's.
const maxBylineBytes = 1200

// maxDatedNodes bounds the date-classed elements kept from one page.
const maxDatedNodes = 50

func (p *page) bylineDate() (Date, bool) {
	for _, n := range p.meta.dated {
		if isTodayBar(n) {
			continue
		}
		if d, ok := p.visibleDateIn(n, findDateShortYears); ok {
			return d, true
		}
	}
	for _, n := range p.meta.bylines {
		if d, ok := p.visibleDate(n.Parent); ok {
			return d, true
		}
	}
	if el := p.meta.bylineEl; el != nil {
		if d, ok := p.visibleDate(el); ok {
			return d, true
		}
		if d, ok := p.visibleDate(el.Parent); ok {
			return d, true
		}
	}
	for _, h := range p.meta.h1s {
		if p.inFurniture(h) {
			continue
		}
		if d, ok := p.siblingDate(h); ok {
			return d, true
		}
		if d, ok := p.kickerDate(h); ok {
			return d, true
		}
		if h.Parent != nil {
			if d, ok := p.visibleDate(h.Parent); ok {
				return d, true
			}
		}
	}
	if h := p.titleHeading(); h != nil {
		if d, ok := p.siblingDate(h); ok {
			return d, true
		}
	}
	if d, ok := p.keywordLineDate(); ok {
		return d, true
	}
	return p.dateAfterHeadline()
}

// isTodayBar reports whether n's class says it shows the day of viewing
// or of the edition ("date-edition"), not the article's.
func isTodayBar(n *html.Node) bool {
	return hasToken(splitTokens(strings.ToLower(attr(n, "class")+" "+attr(n, "id"))), todayTokens)
}

// titleHeading returns, on a page without an h1 outside furniture, the
// first h2, h3 or h4 outside furniture whose text is the title: there the
// template writes the headline one level down, with its date line beside.
func (p *page) titleHeading() *html.Node {
	for _, h := range p.meta.h1s {
		if !p.inFurniture(h) {
			return nil
		}
	}
	title := normSpace(p.art.Title)
	if title == "" {
		return nil
	}
	var found *html.Node
	walk(p.doc, func(n *html.Node) bool {
		if found != nil || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return false
		}
		if invisibleTags[n.DataAtom] {
			return false
		}
		if isElem(n, atom.H2, atom.H3, atom.H4) {
			if normSpace(headlineText(n)) == title && !p.inFurniture(n) {
				found = n
			}
			return false
		}
		return true
	})
	return found
}

// afterHeadlineBytes bounds the text dateAfterHeadline reads: the lines a
// reader sees right below the headline.
const afterHeadlineBytes = 1500

// dateAfterHeadline is the very last resort: the first date in the text
// that follows the main headline, outside furniture, within
// afterHeadlineBytes. A story's date line is where a reader looks first.
func (p *page) dateAfterHeadline() (Date, bool) {
	var h *html.Node
	pos := p.mainHeadlinePos()
	for _, c := range p.meta.h1s {
		if p.meta.order[c] == pos {
			h = c
		}
	}
	if h == nil && len(p.meta.h1s) == 0 {
		h = p.shownTitle()
	}
	if h == nil {
		return Date{}, false
	}
	read := 0
	for n := nextInDoc(h, true); n != nil && read < afterHeadlineBytes; {
		if n.Type == html.ElementNode && (invisibleTags[n.DataAtom] || p.inFurnitureShallow(n)) {
			n = nextInDoc(n, true)
			continue
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			read += len(n.Data)
			if d, ok := findDate(n.Data); ok && p.notFuture(d) {
				return d, true
			}
		}
		n = nextInDoc(n, false)
	}
	return Date{}, false
}

// shownTitle returns the first text of the body that reads as the title
// whole, outside furniture: the headline of a page without headings
// (<td><b><font>headline</font></b></td>), or nil.
func (p *page) shownTitle() *html.Node {
	title := normSpace(p.art.Title)
	if len([]rune(title)) < 10 {
		return nil
	}
	var found *html.Node
	walk(p.doc, func(n *html.Node) bool {
		switch {
		case found != nil:
			return false
		case n.Type == html.ElementNode && (invisibleTags[n.DataAtom] || n.DataAtom == atom.Head || p.inFurnitureShallow(n)):
			return false
		case n.Type == html.TextNode && normSpace(n.Data) == title:
			found = n
		}
		return true
	})
	return found
}

// inFurnitureShallow is inFurniture for one element only, for walks that
// skip a furniture subtree as they enter it.
func (p *page) inFurnitureShallow(a *html.Node) bool {
	if k, _ := p.tokenKind(a); k == kindComments || k == kindRelated {
		return true
	}
	return p.isFurniture(a) && !p.holdsPage(a)
}

// nextInDoc returns the node after n in document order; skipChildren
// passes over n's subtree.
func nextInDoc(n *html.Node, skipChildren bool) *html.Node {
	if !skipChildren && n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// kickerDate reads a date line inside the headline element itself
// ("<h1>Title<br><small>02.02.2022</small></h1>"), from the parts that
// headlineText leaves out.
func (p *page) kickerDate(h *html.Node) (Date, bool) {
	var found Date
	walk(h, func(c *html.Node) bool {
		if !found.IsZero() {
			return false
		}
		if c != h && isKicker(c) {
			if d, ok := p.visibleDate(c); ok {
				found = d
			}
			return false
		}
		return true
	})
	return found, !found.IsZero()
}

// maxKeywordLines bounds the text lines keywordLineDate reads.
const maxKeywordLines = 400

// keywordLineDate is the last resort of the visible date: the first short
// text outside furniture where a publication word introduces a date
// ("Veröffentlicht am 16.08.2019", "Erschienen am: 01.11.2023").
func (p *page) keywordLineDate() (Date, bool) {
	return p.firstLineDate(
		func(n *html.Node) bool { return !(p.isFurniture(n) && !p.holdsPage(n)) },
		func(t string) bool { return len(t) <= maxBylineRunes && hasDigit(t) },
		func(t *html.Node) (Date, bool) { return findKeywordDate(t.Data) })
}

// firstLineDate walks the page's text in order, outside comment and
// related blocks, invisible elements and those enter refuses, and returns
// the first date read finds in a text that isLine accepts and that is not
// in the future. At most maxKeywordLines accepted lines are read.
func (p *page) firstLineDate(enter func(*html.Node) bool, isLine func(string) bool, read func(*html.Node) (Date, bool)) (Date, bool) {
	var found Date
	lines := 0
	walk(p.doc, func(n *html.Node) bool {
		if !found.IsZero() || lines >= maxKeywordLines {
			return false
		}
		switch n.Type {
		case html.ElementNode:
			if k, _ := p.tokenKind(n); k == kindComments || k == kindRelated {
				return false
			}
			return !invisibleTags[n.DataAtom] && enter(n)
		case html.TextNode:
			if !isLine(n.Data) {
				return false
			}
			lines++
			if d, ok := read(n); ok && p.notFuture(d) {
				found = d
			}
		}
		return true
	})
	return found, !found.IsZero()
}

// headlineNeighbours is how many elements after the headline, and before
// it, may hold the article's date line.
const (
	headlineNext = 3
	headlinePrev = 2
)

// siblingDate reads the date line next to a headline: in the elements
// just after it, else just before it (a kicker line "02.01.2022").
func (p *page) siblingDate(h *html.Node) (Date, bool) {
	budget := 0
	for s := h.NextSibling; s != nil && budget < headlineNext; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		budget++
		if d, ok := p.visibleDate(s); ok {
			return d, true
		}
		if budget == 1 && !p.inFurniture(s) {
			// a long element right after the headline: its first line
			// is the date line when the template nests the body there
			if d, ok := findDate(firstLine(s)); ok && p.notFuture(d) {
				return d, true
			}
		}
	}
	budget = 0
	for s := h.PrevSibling; s != nil && budget < headlinePrev; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		budget++
		if d, ok := p.visibleDate(s); ok {
			return d, true
		}
	}
	return Date{}, false
}

// maxFirstLine bounds the first line firstLine reads.
const maxFirstLine = 200

// firstLine returns the text of n up to the end of its first block of
// text, at most maxFirstLine bytes.
func firstLine(n *html.Node) string {
	var b strings.Builder
	done := false
	walk(n, func(c *html.Node) bool {
		if done {
			return false
		}
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
			done = b.Len() > maxFirstLine
		case html.ElementNode:
			if invisibleTags[c.DataAtom] {
				return false
			}
			if c != n && (isBlockTag(c.DataAtom) || c.DataAtom == atom.Br) && strings.TrimSpace(b.String()) != "" {
				done = true
				return false
			}
		}
		return true
	})
	return normSpace(b.String())
}

// visibleDate finds a date in n's text when n is short (a byline, not the
// body) and not furniture.
func (p *page) visibleDate(n *html.Node) (Date, bool) {
	return p.visibleDateIn(n, findDate)
}

// visibleDateIn is visibleDate with the given date finder.
func (p *page) visibleDateIn(n *html.Node, find func(string) (Date, bool)) (Date, bool) {
	if n == nil || n.Type != html.ElementNode || p.inFurniture(n) && !inDateAside(n) || inPageHeader(n) {
		return Date{}, false
	}
	text, short := p.ownText(n, maxBylineBytes)
	if !short {
		return Date{}, false
	}
	d, ok := find(text)
	if !ok || !p.notFuture(d) {
		return Date{}, false
	}
	return d, true
}

// inDateAside reports whether the nearest <aside> around n is classed as
// a date line ("<aside class=meta>" holding the date and source): that
// aside is the article's data box set beside the text, not a sidebar.
func inDateAside(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if isElem(a, atom.Aside) {
			return hasToken(splitTokens(strings.ToLower(attr(a, "class"))), dateTokens)
		}
	}
	return false
}

// inPageHeader reports whether n sits in a <header> outside any <article>
// that holds no h1: the site's header with logo and today's date, even
// where a wrapper div keeps it from being a child of body. An article's
// header holds its headline.
func inPageHeader(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if isElem(a, atom.Article) {
			return false
		}
		if isElem(a, atom.Header) && !inArticleElement(a) {
			return !hasDescendant(a, func(c *html.Node) bool { return isElem(c, atom.H1) })
		}
	}
	return false
}

// ownText is shortText without the comment and related blocks inside n:
// a headline's parent may hold a comment thread or teasers, whose dates
// are not the article's.
func (p *page) ownText(n *html.Node, limit int) (string, bool) {
	return boundedText(n, limit, func(c *html.Node) bool {
		k, _ := p.tokenKind(c)
		return k == kindComments || k == kindRelated
	})
}

// unescapeEntities decodes character references that a CMS escaped twice
// ("&amp;#8217;" in the source arrives as "&#8217;" after parsing).
func unescapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return html.UnescapeString(s)
}

// inComments reports whether n sits in a reader comment section, whose
// author names are not the article's.
func (p *page) inComments(n *html.Node) bool {
	for a := n; a != nil && !isElem(a, atom.Body, atom.Html); a = a.Parent {
		if k, _ := p.tokenKind(a); k == kindComments {
			return true
		}
	}
	return false
}

// labelFollowBytes bounds the text read after a date label.
const labelFollowBytes = 80

// labelledDate is the visible date's last resort: a publication word (or a
// whole label of dateLabels, "Mise en ligne") and the date it introduces
// anywhere outside navigation, comments and
// related blocks, also when the date is in the next element ("<dt>Datum
// </dt><dd>12.01.2017</dd>") and also in an aside or a footer, where
// templates put a post's data box or "Erschienen am" line.
func (p *page) labelledDate() (Date, bool) {
	return p.firstLineDate(
		func(n *html.Node) bool { return n.DataAtom != atom.Nav },
		func(t string) bool { return len(t) <= maxBylineRunes && strings.IndexFunc(t, unicode.IsLetter) >= 0 },
		func(t *html.Node) (Date, bool) {
			line := t.Data + " " + followingText(t, labelFollowBytes)
			if !hasDateDigit(line) {
				return Date{}, false // every date the readers below know has a digit
			}
			if d, ok := findKeywordDate(line); ok && p.notFuture(d) {
				return d, true
			}
			if dateLabels[strings.ToLower(normSpace(strings.Trim(t.Data, " \t\n:")))] {
				return findDate(followingText(t, labelFollowBytes))
			}
			return findPassiveDate(line)
		})
}

// followingText returns up to limit bytes of the visible text after n in
// document order.
func followingText(n *html.Node, limit int) string {
	var b strings.Builder
	for c := nextInDoc(n, true); c != nil && b.Len() < limit; {
		if c.Type == html.ElementNode && invisibleTags[c.DataAtom] {
			c = nextInDoc(c, true)
			continue
		}
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		c = nextInDoc(c, false)
	}
	s := b.String()
	if len(s) > limit {
		s = s[:limit]
	}
	return s
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
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(seg), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 2 && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words = append(words, w)
		}
	}
	return words
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

// creditDepth is how many ancestors inImageCredit reads.
const creditDepth = 3

// inImageCredit reports whether n sits in a figure or in an element
// classed as an image's licence ("license-info"): an author there made
// the picture, not the article. Wider words ("caption", "photo") name
// header areas too, so only the licence is read on ancestors.
func inImageCredit(n *html.Node) bool {
	a := n.Parent
	for i := 0; i < creditDepth && a != nil && a.Type == html.ElementNode; i, a = i+1, a.Parent {
		if isElem(a, atom.Figure, atom.Figcaption) || hasToken(splitTokens(strings.ToLower(attr(a, "class"))), licenceTokens) {
			return true
		}
	}
	return false
}

func notWord(r rune) bool { return !isWordRune(r) }
