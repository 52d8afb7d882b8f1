package newsextract

import (
	"encoding/json"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaInfo is everything the metadata pass collected, by source, before
// the best source for each field is chosen.
type metaInfo struct {
	lang     string
	docTitle string            // <title>
	metas    map[string]string // meta name/property/itemprop → first content, keys lower-cased
	// moreAuthors are the contents of a repeated <meta name=author> after
	// the first: a page of two writers may write one tag each.
	moreAuthors []string
	tags        []string     // every article:tag
	citers      []string     // every citation_author, one person each
	tagLinks    []*html.Node // rel=tag links (the rel-tag microformat), up to maxTagLinks
	canonical   string
	ogURL       string
	baseHref    string
	ld          []ldObject // every JSON-LD object
	article     ldObject   // the JSON-LD object that describes the article
	h1s         []*html.Node
	times       []*html.Node // <time> elements
	itemprops   []*html.Node // elements with itemprop author/datePublished/headline
	bylines     []*html.Node // rel=author links and author/byline classed elements
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
	// creditBox is the element beside the headline whose lines gave the
	// authors and the date without a byline word (dateLineAuthors).
	creditBox *html.Node
	// order is the document position of h1s and byline candidates, for
	// preferring the byline after the headline.
	order map[*html.Node]int
	// textLen caches the text length of furniture candidates; pageText is
	// the whole page's, both read by holdsPage.
	textLen  map[*html.Node]int
	pageText int
	dated    []*html.Node // elements whose class or id says they hold a date
	// classWords memoizes the lower-cased words of an element's class and
	// id for noteBodyHints: a page repeats its classes on every card.
	classWords map[[2]string][]string
	// camelBylines memoizes camelByline's answer per class or id value.
	camelBylines map[string]bool
	// hAtom are elements of the microformat classes "published" and
	// "updated" with a title, which holds their machine-readable date.
	hAtom []*html.Node
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
	p.paywalled = paywalledParts(p.doc, p.meta.ld)
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

// addMetaKey files one meta tag's content under one key, the first
// content a key gets winning; every article:tag is kept.
func (m *metaInfo) addMetaKey(key, content string) {
	switch key {
	case "article:tag", "og:article:tag":
		m.tags = append(m.tags, content)
	case "citation_author":
		m.citers = append(m.citers, content)
	case "parsely-page":
		m.addParselyPage(content)
	}
	first, seen := m.metas[key]
	if !seen {
		m.metas[key] = content
		return
	}
	if key == "author" && content != first && !strings.Contains(content, "://") && !strings.HasPrefix(content, "@") && !slices.Contains(m.moreAuthors, content) {
		m.moreAuthors = append(m.moreAuthors, content)
	}
}

// parselyPage is the JSON object of Parse.ly's older "parsely-page" meta
// tag, which writes the story's fields in one content attribute.
type parselyPage struct {
	Title   string   `json:"title"`
	PubDate string   `json:"pub_date"`
	Author  string   `json:"author"`
	Authors []string `json:"authors"`
}

// addParselyPage files the fields of a "parsely-page" tag under the keys
// of Parse.ly's later one-field tags ("parsely-pub-date",
// "parsely-author", "parsely-title"), which a page may write as well.
func (m *metaInfo) addParselyPage(content string) {
	var pp parselyPage
	if json.Unmarshal([]byte(content), &pp) != nil {
		return
	}
	authors := pp.Authors
	if len(authors) == 0 && pp.Author != "" {
		authors = []string{pp.Author}
	}
	for key, v := range map[string]string{"parsely-title": pp.Title, "parsely-pub-date": pp.PubDate, "parsely-author": strings.Join(authors, ", ")} {
		if v = normSpace(v); v != "" {
			if _, seen := m.metas[key]; !seen {
				m.metas[key] = v
			}
		}
	}
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
		keys := []string{key}
		if k == "property" {
			keys = strings.Fields(key) // RDFa lists properties: "og:title twitter:title"
		}
		for _, key := range keys {
			m.addMetaKey(key, content)
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
		m.noteTagLink(n, seq)
	}
	class, id := attr(n, "class"), withTestID(attr(n, "id"), n) // React sites name the byline in a test id (the BBC's data-testid="byline")
	if class == "" && id == "" {
		return
	}
	m.noteHAtom(n, class)
	words := m.wordsOf(class, id)
	for _, w := range words {
		if dateTokens[w] && len(m.dated) < maxDatedNodes {
			m.dated = append(m.dated, n)
		}
		if bylineTokens[w] && !isImageCredit(n, words) && !hasToken(words, authorDescriptionTokens) {
			m.bylines = append(m.bylines, n)
			m.order[n] = seq
			return
		}
		if bylineTokens[w] && hasToken(words, authorDescriptionTokens) {
			m.noteDescribedName(n, seq)
			return
		}
	}
	if m.camelByline(class) || m.camelByline(id) {
		m.bylines = append(m.bylines, n)
		m.order[n] = seq
	}
}

// noteDescribedName takes the line right before an author's description
// as the byline when it reads as a name ("<p>Asser Christensen</p><div
// class=dynamic-author-description>Licensed Q Arabica Grader…"): the
// description is classed, the name above it often is not.
func (m *metaInfo) noteDescribedName(desc *html.Node, seq int) {
	prev := prevElement(desc)
	if prev == nil || !isNameLine(prev) {
		return
	}
	m.bylines = append(m.bylines, prev)
	m.order[prev] = seq
}

// isNameLine reports an element whose whole text is two to four
// capitalised words, as a name is written.
func isNameLine(n *html.Node) bool {
	t := normSpace(rawText(n, nil))
	w := countWords(t)
	return w >= 2 && w <= 4 && writtenAsName(t) && !hasDigit(t)
}

// camelByline reports a class or id value with a camelCase token that has
// a byline word among its parts ("articleAuthor", "cntNewsAuthorHolder")
// and none that makes it a picture's credit ("imageByline") or another box
// (notBylineParts). Only bylines split so: a "txtDate" is as often the
// header's today bar as the story's date. Answers are kept per value, as
// a page repeats its classes.
func (m *metaInfo) camelByline(s string) bool {
	if !hasASCIIUpper(s) {
		return false
	}
	if v, ok := m.camelBylines[s]; ok {
		return v
	}
	v := false
	for tok := range strings.FieldsSeq(s) {
		if !hasASCIIUpper(tok) {
			continue
		}
		parts := splitTokens(tok)
		if len(parts) > 1 && hasToken(parts, bylineTokens) && !hasToken(parts, imageCreditTokens) && !hasToken(parts, notBylineParts) {
			v = true
			break
		}
	}
	if m.camelBylines == nil {
		m.camelBylines = make(map[string]bool)
	}
	m.camelBylines[s] = v
	return v
}

// hasASCIIUpper reports whether s holds a capital A to Z.
func hasASCIIUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// wordsOf returns the words of the lower-cased class and id, once per
// distinct pair on the page.
func (m *metaInfo) wordsOf(class, id string) []string {
	key := [2]string{class, id}
	if w, ok := m.classWords[key]; ok {
		return w
	}
	if m.classWords == nil {
		m.classWords = make(map[[2]string][]string)
	}
	w := splitTokens(strings.ToLower(class + " " + id))
	m.classWords[key] = w
	return w
}

// noteHAtom keeps an element of class "published" or "updated" that has a
// title, up to maxDatedNodes of them.
func (m *metaInfo) noteHAtom(n *html.Node, class string) {
	if len(m.hAtom) >= maxDatedNodes || !hasAttr(n, "title") {
		return
	}
	for c := range strings.FieldsSeq(class) {
		if c == "published" || c == "updated" {
			m.hAtom = append(m.hAtom, n)
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
	qa := slices.ContainsFunc(objs, func(o ldObject) bool { return o.hasType("QAPage") })
	for _, t := range articleTypes {
		if t == "Question" && !qa {
			continue // an FAQPage's questions are parts of a page, not its article
		}
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
	a.SiteName = firstNonEmpty(m.meta("og:site_name"), ldCompanyPublisherName(m.article), ldWebSiteName(m.ld), m.meta("application-name", "publisher", "dc.publisher"), p.logoName(), p.titleSiteName())
	a.Title = withoutSectionLabel(withoutDecoration(withoutLeadingDate(unescapeEntities(p.chooseTitle()))))
	a.Description = firstNonEmpty(m.meta("og:description", "description", "twitter:description", "dc.description"), m.ldStr("description"))
	a.Language = normLang(firstNonEmpty(m.lang, m.meta("content-language", "og:locale", "dc.language", "language"), m.ldStr("inLanguage")))
	a.Image = p.absURL(firstNonEmpty(m.meta("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"), ldImage(m.article), m.meta("itemprop:image")), false)
	a.Tags = p.chooseTags()
	a.Authors = p.chooseAuthors()
	a.Published, a.Modified = sharedZone(p.choosePublished(), p.chooseModified())
}

// ldCompanyPublisherName returns the name of the JSON-LD article's
// publisher, unless the publisher is a person ("@type": "Person", or a
// theme's bare "type"): Arte Radio names each documentary's maker as its
// publisher, and that is a writer, not the site.
func ldCompanyPublisherName(o ldObject) string {
	pub, ok := o["publisher"].(map[string]any)
	if !ok {
		return ""
	}
	po := ldObject(pub)
	if po.hasType("Person") || strings.EqualFold(po.str("type"), "Person") {
		return ""
	}
	return po.str("name")
}

// ldWebSiteName returns the name of the page's JSON-LD WebSite object,
// which SEO plugins write beside the article's.
func ldWebSiteName(objs []ldObject) string {
	for _, o := range objs {
		if o.hasType("WebSite") {
			if name := o.str("name"); name != "" {
				return name
			}
		}
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
	for _, t := range m.tags {
		all = append(all, tagsIn(t)...)
	}
	if m.article != nil {
		all = append(all, ldList(m.article["keywords"])...)
	}
	if len(all) == 0 {
		all = append(all, splitList(m.meta("news_keywords"))...)
	}
	if len(all) == 0 {
		all = append(all, splitList(m.meta("keywords"))...)
	}
	if len(all) == 0 {
		all = p.visibleTags()
	}
	return dedupeFold(all)
}

// tagsIn reads one article:tag: some sites list every tag in one
// ("Politics,Office for Budget Responsibility,Rachel Reeves"), others name
// one tag a meta, a comma and all ("Trump, Donald J"; "Mergers,
// Acquisitions and Divestitures"). Two commas, or one without a space
// after it, make a list.
func tagsIn(t string) []string {
	if strings.Count(t, ",") >= 2 || strings.Contains(t, ",") && !strings.Contains(t, ", ") {
		return splitList(t)
	}
	return []string{t}
}

// maxTagLinks bounds the rel=tag links kept: a tag cloud may hold
// hundreds, and the article's tags come first after its headline.
const maxTagLinks = 200

// maxTagRunes bounds a tag's text: a word or a few, not a teaser.
const maxTagRunes = 50

// noteTagLink keeps a link whose rel says it is one of the page's tags
// ("rel=tag", WordPress's "rel=\"tag\""), not a category ("category tag").
func (m *metaInfo) noteTagLink(n *html.Node, seq int) {
	if len(m.tagLinks) >= maxTagLinks {
		return
	}
	rel := attr(n, "rel")
	if !containsASCIIFold(rel, "tag") {
		return // most links' rel is empty or "noopener"
	}
	words := strings.Fields(strings.ToLower(rel))
	if slices.Contains(words, "tag") && !slices.Contains(words, "category") {
		m.tagLinks = append(m.tagLinks, n)
		m.order[n] = seq
	}
}

// visibleTags reads the article's tag links when no meta names its tags:
// the first rel=tag link after the headline, outside comments, and the
// other tag links of its list. Tags of teasers further down are other
// stories'.
func (p *page) visibleTags() []string {
	links := p.afterHeadline(p.meta.tagLinks)
	var list *html.Node
	for _, a := range links {
		if !p.inComments(a) && !inTeaserLink(a) {
			list = tagList(a)
			break
		}
	}
	if list == nil {
		return nil
	}
	var tags []string
	for _, a := range links {
		if !isAncestor(list, a) {
			continue
		}
		if t := strings.TrimPrefix(rawText(a, nil), "#"); isTagText(t) {
			tags = append(tags, t)
		}
	}
	return tags
}

// isTagText reports a link text that can be a tag: a few words, not a
// CMS's default category ("Uncategorized") or an archive's month ("July
// 2022").
func isTagText(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > maxTagRunes || defaultCategories[strings.ToLower(t)] {
		return false
	}
	_, dated := findDate(t)
	return !dated
}

// tagList returns the list or line a tag link stands in: its nearest
// ul, ol, p or div ancestor.
func tagList(a *html.Node) *html.Node {
	for n := a.Parent; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if isElem(n, atom.Ul, atom.Ol, atom.P, atom.Div) {
			return n
		}
	}
	return a.Parent
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

// isFurniture reports whether a is, by its tag, role or tokens, a page
// header, navigation, footer, sidebar, dialog, widget, comment or related
// block.
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
	if strings.EqualFold(attr(a, "role"), "dialog") || strings.EqualFold(attr(a, "role"), "alertdialog") {
		return true // a consent or sign-up dialog over the page: its "headline" is the dialog's (Bild's consent banner)
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
func inArticleElement(n *html.Node) bool { return inElement(n, atom.Article) }

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
