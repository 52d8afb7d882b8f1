package newsextract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Authors. Structured sources come first (JSON-LD, meta tags, microdata),
// then what a reader sees: elements classed as bylines, short texts that
// start with "By", "Von", "Posted by" and the like, and links to author
// pages. A source that names only the publisher (the site's own name, a
// company) is kept as a last resort: CMSs fill the author field with the
// site name when an article has no byline, while the page shows the writer.

// maxBylineCandidates bounds the prefix texts and author links kept from
// one page.
const maxBylineCandidates = 40

// maxBylineRunes: a byline ("By Sam O'Neill on 14 February 2023") is
// short; a longer text that starts with "By" is a sentence or a bio.
const maxBylineRunes = 160

// maxNameWords: more words than this are a sentence, not a name.
const maxNameWords = 5

// maxHandleRunes bounds a user name read as an author.
const maxHandleRunes = 32

// maxBylineWords bounds a part before a job title or credit is cut from it
// ("Christian Seiler Illustration von Markus Roost").
const maxBylineWords = 8

// chooseAuthors returns the names of the first source that names a person,
// else those of the first source that names the publisher. A lone first
// name gets the surname the page writes after it in a credit.
func (p *page) chooseAuthors() []string {
	names := p.firstAuthorSource()
	kept := names[:0]
	for _, n := range names {
		if n, ok := withoutPlaceLabel(n); ok {
			kept = append(kept, n)
		}
	}
	names = kept
	if len(names) == 1 {
		names[0] = p.fullName(names[0])
		names = p.withCoAuthors(names)
	}
	return names
}

// withCoAuthors returns the visible byline's names when they start with
// the one author a structured source gave and add others: a theme's
// JSON-LD names a post's first author only ("By Marcus Delgado, Hannah
// Lee", Ghost). Reading the byline notes its element (meta.bylineEl),
// which the cleaner then drops with its date line.
func (p *page) withCoAuthors(names []string) []string {
	shown := p.prefixBylineAuthors()
	if len(shown) < 2 || !strings.EqualFold(shown[0], names[0]) || p.allPublisher(shown) {
		return names
	}
	return shown
}

// withoutPlaceLabel drops one word and a colon before a name: the
// dateline's city an Arabic paper writes into its author field
// ("الرياض: محمد المطيري", Riyadh: …), a label no list names. A label
// that credits a picture ("Фото: …", "Ilustrator: …") makes the name no
// author's: ok is false.
func withoutPlaceLabel(name string) (string, bool) {
	label, rest, ok := strings.Cut(name, ": ")
	if !ok || label == "" || strings.ContainsAny(label, " \t") || countWords(rest) < 2 || countWords(rest) > maxNameWords {
		return name, true
	}
	return rest, !notNameWords[strings.ToLower(label)]
}

// firstAuthorSource returns the names of the first source that names a
// person, else those of the first source that names the publisher and
// keeps a name through creditedPublishers.
func (p *page) firstAuthorSource() []string {
	var fallbacks [][]string
	sources := []func() []string{
		p.ldAuthors, p.metaAuthors, p.itempropAuthors,
		p.classedBylineAuthors, p.prefixBylineAuthors, p.authorLinkAuthors,
		p.ldLinkedAuthors, p.labelledMetaAuthors, p.dateLineAuthors, p.copyrightAuthors, p.editorAuthors,
	}
	for _, source := range sources {
		names := source()
		if len(names) == 0 {
			continue
		}
		if !p.allPublisher(names) {
			return p.withoutSiteName(names)
		}
		fallbacks = append(fallbacks, names)
	}
	for _, names := range fallbacks {
		if kept := p.creditedPublishers(names); len(kept) > 0 {
			return kept // a company the page never shows gives way to the next credit: the site's desk in its byline
		}
	}
	return nil
}

// withoutSiteName drops the site's own name from names that also name a
// person: a wire-style byline adds the paper and the place to the writer
// ("Hasyim Widhiarto, The Jakarta Post, Jakarta"). A one-word name after
// the site's is its address ("hessenschau.de, Frankfurt, Germany" in the
// author meta), no writer.
func (p *page) withoutSiteName(names []string) []string {
	var kept []string
	afterSite := false
	for _, n := range names {
		switch {
		case p.namesSite(n):
			afterSite = true
		case afterSite && !strings.Contains(strings.TrimSpace(n), " "):
		default:
			kept = append(kept, n)
		}
	}
	return kept
}

// creditedPublishers drops the companies that neither name the site nor
// stand in the page's text. A company in the meta author that the page
// never shows is the firm that built the site ("wegewerk GmbH" on a TYPO3
// page whose source credits its makers), not a credit; a newsroom credit
// ("Staff") stays.
func (p *page) creditedPublishers(names []string) []string {
	var shown string
	var kept []string
	for _, n := range names {
		if isCompany(n) && !p.namesSite(n) {
			if shown == "" {
				shown = " " + strings.ToLower(strings.Join(p.visibleWords(), " ")) + " "
			}
			if !strings.Contains(shown, " "+strings.ToLower(strings.Join(strings.Fields(n), " "))) {
				continue
			}
		}
		kept = append(kept, n)
	}
	return kept
}

// fullName returns "Nils Pickert" for "Nils" when a visible text credits
// "von Nils Pickert" or "by Nils Pickert": CMSs often give the writer's
// first name alone as the user's display name. Any other name comes back
// as it is.
func (p *page) fullName(name string) string {
	if strings.ContainsRune(name, ' ') || !writtenAsName(name) || (utf8.RuneCountInString(name) < 3 && !initials(name)) {
		return name
	}
	if initials(name) {
		return firstNonEmpty(initialledName(p.visibleWords(), name), name)
	}
	full := ""
	walk(p.doc, func(n *html.Node) bool {
		if full != "" {
			return false
		}
		if n.Type == html.ElementNode {
			return !invisibleTags[n.DataAtom] && n.DataAtom != atom.Head
		}
		if n.Type == html.TextNode {
			full = creditedFullName(n.Data, name)
		}
		return true
	})
	if full == "" {
		return name
	}
	return full
}

// creditedFullName finds first, after a byline word and before a
// capitalised surname, in text: "Eine Kolumne von Nils Pickert" gives
// "Nils Pickert".
func creditedFullName(text, first string) string {
	words := strings.Fields(text)
	for i := 1; i+1 < len(words); i++ {
		if !strings.EqualFold(words[i], first) || !creditWords[strings.ToLower(words[i-1])] {
			continue
		}
		last := trimName(words[i+1])
		if last == "" || !writtenAsName(last) || nameParticles[strings.ToLower(last)] || notNameWord(last) || hasDigit(last) {
			continue
		}
		return words[i] + " " + last
	}
	return ""
}

// visibleWords returns the words of the page's visible text, in order
// across elements ("von <a>Donald Townsend</a>" stays one run).
func (p *page) visibleWords() []string {
	var words []string
	walk(p.doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			return !invisibleTags[n.DataAtom] && n.DataAtom != atom.Head
		}
		if n.Type == html.TextNode {
			words = append(words, strings.Fields(n.Data)...)
		}
		return true
	})
	return words
}

// initials reports a name of two or three capital letters ("DT").
func initials(name string) bool {
	n := utf8.RuneCountInString(name)
	return n >= 2 && n <= 3 && strings.IndexFunc(name, func(r rune) bool { return !unicode.IsUpper(r) }) < 0
}

// initialledName finds, after a credit word, as many capitalised words as
// ini has letters, starting with them in turn: "von Donald Townsend" for
// "DT".
func initialledName(words []string, ini string) string {
	letters := []rune(ini)
	for i := 1; i+len(letters) <= len(words); i++ {
		if !creditWords[strings.ToLower(words[i-1])] {
			continue
		}
		cand := make([]string, len(letters))
		for k, l := range letters {
			w := trimName(words[i+k])
			r, _ := utf8.DecodeRuneInString(w)
			if r != l || !strings.ContainsFunc(w, unicode.IsLower) || !writtenAsName(w) || notNameWord(w) {
				cand = nil
				break
			}
			cand[k] = w
		}
		if cand != nil {
			return strings.Join(cand, " ")
		}
	}
	return ""
}

// ldAuthors reads the JSON-LD article's author property.
func (p *page) ldAuthors() []string {
	if p.meta.article == nil {
		return nil
	}
	return cleanAuthors(ldNames(p.meta.article["author"], 0), p.isPublisherName)
}

// ldLinkedAuthors reads the Person objects the JSON-LD article's author
// points to by @id ({"author":{"@id":"…#author"}}), as Yoast and other SEO
// plugins write their @graph. The Person is the CMS user who posted, who
// may not be the writer a visible byline credits, so it comes after the
// visible sources.
func (p *page) ldLinkedAuthors() []string {
	if p.meta.article == nil {
		return nil
	}
	var names []string
	for _, id := range ldRefIDs(p.meta.article["author"]) {
		if person := p.ldPersonByID(id); person != nil {
			names = append(names, ldNames(map[string]any(person), 0)...)
		}
	}
	return cleanAuthors(names, p.isPublisherName)
}

// ldRefIDs returns the @id of each reference ({"@id": "…"} and nothing
// else that names someone) in an author property.
func ldRefIDs(v any) []string {
	switch t := v.(type) {
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldRefIDs(e)...)
		}
		return out
	case map[string]any:
		o := ldObject(t)
		if id := o.str("@id"); id != "" && o.str("name") == "" {
			return []string{id}
		}
	}
	return nil
}

// ldPersonByID finds the JSON-LD Person object with the given @id.
func (p *page) ldPersonByID(id string) ldObject {
	for _, o := range p.meta.ld {
		if o.hasType("Person") && o.str("@id") == id {
			return o
		}
	}
	return nil
}

// authorMetaKeys are the meta names that hold a byline, best first.
var authorMetaKeys = []string{"author", "article:author", "article:author_name", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator:name", "itemprop:author"}

// metaAuthors reads the first author meta tag that holds names (not a
// profile URL or a social handle).
func (p *page) metaAuthors() []string {
	for _, key := range authorMetaKeys {
		v := p.meta.metas[key]
		if v == "" || strings.Contains(v, "://") || strings.HasPrefix(v, "@") {
			continue
		}
		if names := cleanAuthors(p.repeatedMetaNames(key, v), p.isPublisherName); len(names) > 0 {
			return names
		}
	}
	return p.citationAuthors()
}

// repeatedMetaNames returns the contents of the author meta key, first
// v: for a repeated <meta name=author>, every tag's when each is a bare
// name ("Julia Carrie Wong", "Sam Levin"); else v alone, as a tag that
// also holds a role ("Open Source PBX Editor") names a desk, not people.
func (p *page) repeatedMetaNames(key, v string) []string {
	if key != "author" || len(p.meta.moreAuthors) == 0 {
		return []string{v}
	}
	all := append([]string{v}, p.meta.moreAuthors...)
	for _, one := range all {
		if name, _, verdict := cleanName(one); verdict != partName || name != strings.TrimSpace(one) {
			return all[:1]
		}
	}
	return all
}

// citationAuthors reads the citation_author tags scholarly sites write
// for Google Scholar (Highwire Press tags), one person each, in the
// order of the paper's byline. A name given surname first ("Okafor,
// Chidinma A.") is turned round, as bylines give names.
func (p *page) citationAuthors() []string {
	var names []string
	for _, v := range p.meta.citers {
		if last, first, ok := strings.Cut(normSpace(v), ","); ok && !strings.Contains(first, ",") && strings.TrimSpace(first) != "" {
			v = strings.TrimSpace(first) + " " + strings.TrimSpace(last)
		}
		if name, _, verdict := cleanName(v); verdict == partName {
			names = append(names, name)
		}
	}
	return dedupeFold(names)
}

// maxMetaLabels is how many twitter:labelN/dataN pairs are read.
const maxMetaLabels = 4

// labelledMetaAuthors reads the twitter:dataN value whose twitter:labelN
// says it is the writer ("Written by"), as SEO plugins emit them for link
// previews. It names the CMS user who posted, who may not be the writer a
// visible byline credits, so it comes after the visible sources; a
// lower-case value is a login ("sarah-indra"), not a name.
func (p *page) labelledMetaAuthors() []string {
	for i := 1; i <= maxMetaLabels; i++ {
		n := strconv.Itoa(i)
		label := strings.ToLower(strings.TrimRight(normSpace(p.meta.metas["twitter:label"+n]), ": "))
		v := p.meta.metas["twitter:data"+n]
		if !writerMetaLabels[label] || v == "" || strings.Contains(v, "://") || strings.HasPrefix(v, "@") {
			continue
		}
		if names := cleanAuthors([]string{v}, p.isPublisherName); len(names) > 0 && writtenAsName(strings.Join(names, " ")) {
			return names
		}
	}
	return nil
}

// itempropAuthors reads the first microdata author element, with the
// author elements beside it in the same line.
func (p *page) itempropAuthors() []string {
	for _, n := range p.meta.itemprops {
		if !p.itempropAuthor(n) {
			continue
		}
		raw := []string{itempropName(n)}
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == html.ElementNode && s.DataAtom != atom.Meta && p.itempropAuthor(s) {
				raw = append(raw, itempropName(s)) // "<span itemprop=author>…</span> and <span itemprop=author>…</span>"
			}
		}
		if names := cleanAuthors(raw, p.isPublisherName); len(names) > 0 {
			return names
		}
	}
	return nil
}

// itempropAuthor reports an element marked itemprop=author outside the
// reader comments.
func (p *page) itempropAuthor(n *html.Node) bool {
	return strings.EqualFold(attr(n, "itemprop"), "author") && !p.inComments(n)
}

// classedBylineAuthors reads elements whose class says byline or author,
// and rel=author links.
func (p *page) classedBylineAuthors() []string {
	for _, n := range p.afterHeadline(p.meta.bylines) {
		if labelsParent(n) {
			n = n.Parent // the box the heading names holds the byline
		}
		if p.inComments(n) || inTeaserLink(n) || inTeaserItem(n) || inQuote(n) {
			continue // a quote's attribution ("<cite class=…__author>") names the speaker
		}
		if p.art.Title != "" && strings.EqualFold(normSpace(rawText(n, nil)), p.art.Title) {
			continue // the headline in a box classed as the author's ("<span class="author">SEROLOGY: IT'S IN THE BLOOD</span>")
		}
		first := firstText(n)
		if hasPrefixIn(strings.ToLower(first), creditPrefixes) {
			continue // "Photo: Petr Horník, Právo" in the picture's "author" span credits the photographer
		}
		if subject, ok := bioSubject(first); ok {
			if countWords(subject) >= 2 && writtenAsName(subject) {
				return []string{subject}
			}
			continue // "The writer is a transport economist and …": no name to read
		}
		if names := bylineNames(n, false, p.isPublisherName); len(names) > 0 {
			return p.withSiblingCards(n, names)
		}
	}
	return nil
}

// maxAuthorCards bounds the author cards read side by side.
const maxAuthorCards = 8

// withSiblingCards adds to names, read from the byline element n, the
// names of the cards that follow the first name's card (authorCard) with
// its tag and class: a byline of several writers, each an avatar and a
// name in a card of its own ("<a class=vrt-author><img><span
// class=vrt-author__name>", VRT NWS).
func (p *page) withSiblingCards(n *html.Node, names []string) []string {
	card := authorCard(n, names[0])
	if card == nil {
		return names
	}
	class, cards := attr(card, "class"), 1
	for s := nextElement(card); s != nil && cards < maxAuthorCards && s.DataAtom == card.DataAtom && attr(s, "class") == class; s = nextElement(s) {
		cards++
		names = append(names, bylineNames(sameClassIn(s, n, card), false, p.isPublisherName)...)
	}
	return dedupeFold(names)
}

// sameClassIn returns the element of card s classed as the byline n is
// inside its own card: the name's box, without the bio overlay beside it
// ("<li><div class=author>David Caplan</div><div class=author-overlay>…"),
// or s itself.
func sameClassIn(s, n, card *html.Node) *html.Node {
	class := attr(n, "class")
	if n == card || class == "" {
		return s
	}
	var found *html.Node
	walk(s, func(c *html.Node) bool {
		if found == nil && c.Type == html.ElementNode && attr(c, "class") == class {
			found = c
		}
		return found == nil
	})
	if found == nil {
		return s
	}
	return found
}

// authorCard returns the card under n showing name: the element whose text
// holds it, or a box up to authorCardLevels above that, that starts a row
// of cards (startsCardRow); nil when none does.
func authorCard(n *html.Node, name string) *html.Node {
	card := elementWithText(n, name)
	for i := 0; card != nil && i <= authorCardLevels; i, card = i+1, card.Parent {
		if startsCardRow(card) {
			return card
		}
	}
	return nil
}

// authorCardLevels bounds how far above the element showing a name its
// card may be.
const authorCardLevels = 2

// elementWithText returns the element under n, or n, whose own text node
// holds text, or nil.
func elementWithText(n *html.Node, text string) *html.Node {
	for d := range n.Descendants() {
		if d.Type == html.TextNode && strings.Contains(d.Data, text) {
			return d.Parent
		}
	}
	return nil
}

// startsCardRow reports an element classed as a byline (bylineTokens)
// followed by one of its tag and class; table cells classed so are a
// layout's header row ("td.byline" around the masthead's links). An
// unclassed list item counts where its list is classed as the byline.
func startsCardRow(n *html.Node) bool {
	s := nextElement(n)
	class := attr(n, "class")
	if s == nil || isElem(n, atom.Td, atom.Th) || s.DataAtom != n.DataAtom || attr(s, "class") != class {
		return false
	}
	if class == "" {
		// unclassed items of a list classed as the byline ("<ul
		// class=authors><li>…</li><li>…</li>", ABC News)
		return n.DataAtom == atom.Li && n.Parent != nil && hasToken(splitTokens(attr(n.Parent, "class")), bylineTokens)
	}
	return hasToken(splitTokens(class), bylineTokens)
}

// bioSubject returns what a writer's bio opens with before its verb ("Jane
// Roe" of "Jane Roe is a correspondent covering …"), and whether the text
// reads as such a sentence: a few words, one of bioVerbs, and more words
// after it. A box classed as the byline may open with the bio instead of
// a byline, and its clauses are no names.
func bioSubject(t string) (string, bool) {
	for _, v := range bioVerbs {
		i := strings.Index(t, v)
		if i <= 0 || countWords(t[:i]) > maxBioSubjectWords {
			continue
		}
		if after := strings.Fields(t[i+len(v):]); len(after) < minBioPredicateWords || slices.Contains(after[:2], "by") {
			continue // too short for a bio, or "This post was written by …": a byline
		}
		return strings.TrimSpace(t[:i]), true
	}
	return "", false
}

// Bio sentence bounds: a name of up to maxBioSubjectWords before the
// verb, and at least minBioPredicateWords after it.
const (
	maxBioSubjectWords   = 4
	minBioPredicateWords = 3
)

// prefixBylineAuthors reads the first short visible text that starts with
// a byline word ("By", "Posted by", "Von") and goes on with a person's
// name; a text naming the publisher serves only when no other does.
func (p *page) prefixBylineAuthors() []string {
	var first []string
	var firstEl *html.Node
	for _, t := range p.afterHeadline(p.meta.prefixTexts) {
		el := bylineElement(t)
		if el == nil || inProse(el) || p.inFurniture(el) || p.inComments(el) || inTeaserLink(el) || inStoryLink(el) || p.followsTeaserLink(el) {
			continue
		}
		names := bylineNames(el, true, p.isPublisherName)
		if len(names) > 0 && !p.allPublisher(names) {
			p.meta.bylineEl = el
			return names
		}
		if first == nil && len(names) > 0 {
			first, firstEl = names, el
		}
	}
	if first != nil {
		p.meta.bylineEl = firstEl
	}
	return first
}

// authorLinkAuthors reads the first link to an author page ("/author/sam")
// outside page furniture, with the author links beside it.
func (p *page) authorLinkAuthors() []string {
	var names []string
	var parent *html.Node
	for _, a := range p.afterHeadline(p.meta.authorLinks) {
		if parent != nil && a.Parent != parent {
			continue
		}
		if inProse(a) || p.inFurniture(a) || p.inComments(a) || inTeaserLink(a) {
			continue
		}
		if got := bylineNames(a, true, p.isPublisherName); len(got) > 0 {
			names = append(names, got...)
			parent = a.Parent
		}
	}
	return dedupeFold(names)
}

// afterHeadline orders byline candidates as a reader meets them from the
// headline on: those after the main h1 first, in page order, then those
// before it. A teaser list or a header above the story then does not lend
// its bylines to it.
func (p *page) afterHeadline(nodes []*html.Node) []*html.Node {
	start := p.mainHeadlinePos()
	if start < 0 {
		return nodes
	}
	out := make([]*html.Node, 0, len(nodes))
	for _, n := range nodes {
		if p.meta.order[n] > start {
			out = append(out, n)
		}
	}
	for _, n := range nodes {
		if p.meta.order[n] <= start {
			out = append(out, n)
		}
	}
	return out
}

// mainHeadlinePos is the page position of the h1 that gave the title,
// else of the first h1 outside furniture, else -1.
func (p *page) mainHeadlinePos() int {
	fallback := -1
	for _, h := range p.meta.h1s {
		if p.art.Title != "" && headlineText(h) == p.art.Title {
			return p.meta.order[h]
		}
		if fallback < 0 && !p.inFurniture(h) {
			fallback = p.meta.order[h]
		}
	}
	return fallback
}

// bylineElement climbs from a text node that starts with a byline word to
// the smallest element whose text goes on past that word ("<span>By</span>
// <a>Sam</a>" gives their parent), or nil when none short enough does.
func bylineElement(t *html.Node) *html.Node {
	el := t.Parent
	for depth := 0; el != nil && depth < 4; depth, el = depth+1, el.Parent {
		if el.Type != html.ElementNode || isElem(el, atom.Body, atom.Html) {
			return nil
		}
		text, short := shortText(el, 4*maxBylineRunes)
		if !short || utf8.RuneCountInString(text) > maxBylineRunes {
			if depth == 0 && lineAfterBlock(t) {
				return t // "<div><h3>dek</h3> by Duncan Bell / January 19, 2017 / <a>…</a></div>": the line is the byline
			}
			return nil
		}
		if rest := stripBylinePrefixes(text); strings.IndexFunc(rest, isWordRune) >= 0 && !isBylineLabel(rest) {
			if wordsBefore(el, t) {
				return nil
			}
			return el
		}
	}
	return nil
}

// lineAfterBlock reports a byline text node that stands as a line of its
// own after a block in a box too long to be the byline: "<div><h3>dek</h3>
// by Duncan Bell / January 19, 2017 / <a>…</a></div>".
func lineAfterBlock(t *html.Node) bool {
	prev := t.PrevSibling
	for prev != nil && prev.Type == html.CommentNode {
		prev = prev.PrevSibling
	}
	text := normSpace(t.Data)
	return prev != nil && prev.Type == html.ElementNode && isBlockTag(prev.DataAtom) &&
		utf8.RuneCountInString(text) <= maxBylineRunes && strings.IndexFunc(stripBylinePrefixes(text), isWordRune) >= 0
}

// wordsBefore reports whether el holds words before the text node t that
// are not a date: then t's byline word stands inside a sentence ("Der
// Vorschlag für eine <a>Di</a>", a link cut short), not at the start of a
// byline ("Dezember 10, 2019 · von Sam Roe" starts with its date).
func wordsBefore(el, t *html.Node) bool {
	var b strings.Builder
	done := false
	walk(el, func(c *html.Node) bool {
		if done || c == t {
			done = true
			return false
		}
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return true
	})
	before := normSpace(b.String())
	if _, ok := findDate(before); ok {
		return false
	}
	n := 0
	for _, w := range strings.Fields(before) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n >= 2
}

// inProse reports whether n stands inside running text, as "by project"
// or a link to a colleague's page does in a paragraph: its block is long
// and words stand right before or after it. A byline in a long block of a
// table layout stands between line breaks.
func inProse(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a.Type != html.ElementNode || !(isBlockTag(a.DataAtom) || isElem(a, atom.Body)) {
			continue
		}
		text, short := shortText(a, 4*maxBylineRunes)
		if short && utf8.RuneCountInString(text) <= maxBylineRunes {
			return false
		}
		break
	}
	return wordsBeside(n.PrevSibling) || wordsBeside(n.NextSibling)
}

// wordsBeside reports whether s is text of two words or more.
func wordsBeside(s *html.Node) bool {
	return s != nil && s.Type == html.TextNode && len(strings.Fields(s.Data)) >= 2
}

// Where inTeaserItem looks: the list item within teaserItemLevels above
// the byline, and a headline of at least teaserHeadlineWords words.
const (
	teaserItemLevels    = 3
	teaserHeadlineWords = 4
)

// inTeaserItem reports a byline in a list item beside a link to another
// story, whose text reads as a headline: a teaser of a list of headlines
// ("<li><strong class=author>Fighting back</strong><a href=…>Can Roy
// Keane turn …</a>"), not the story's own credit.
func inTeaserItem(n *html.Node) bool {
	li := n
	for i := 0; i < teaserItemLevels && li != nil && li.DataAtom != atom.Li; i++ {
		li = li.Parent
	}
	if li == nil || li.DataAtom != atom.Li {
		return false
	}
	found := false
	walk(li, func(c *html.Node) bool {
		if c == n || found {
			return false
		}
		if c.DataAtom == atom.A && !noStoryHref(attr(c, "href")) && countWords(rawText(c, nil)) >= teaserHeadlineWords {
			found = true
		}
		return !found
	})
	return found
}

// inTeaserLink reports whether n sits in a link that holds a heading: a
// teaser card for another story, whose byline is not this article's.
func inTeaserLink(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if !isElem(a, atom.A) {
			continue
		}
		found := false
		walk(a, func(c *html.Node) bool {
			if headingLevel(c) > 0 {
				found = true
			}
			return !found
		})
		return found
	}
	return false
}

// followsTeaserLink reports a byline set right after a link to another
// page on its line: a teaser's credit in a list of threads or stories
// ("<a>How about Ogreron</a> <i>by <a>UAkid27</a> 01/15/2008</i>"), not
// this article's. A link to the page itself, a post's own headline, is
// no teaser.
func (p *page) followsTeaserLink(el *html.Node) bool {
	prev := el.PrevSibling
	for prev != nil && prev.Type == html.TextNode && strings.Trim(prev.Data, " \t\r\n\u00a0•·|-–—") == "" {
		prev = prev.PrevSibling
	}
	if !isElem(prev, atom.A) || countWords(rawText(prev, nil)) < 2 {
		return false
	}
	u, _, _ := strings.Cut(p.absURL(attr(prev, "href"), false), "#")
	return u != "" && u != p.art.URL && u != p.opts.URL
}

// inStoryLink reports whether n is or sits in a link to a story: one
// whose address ends in a headline's slug of storySlugWords words or more
// ("/Von-Einheimischen-Gaesten-und-ganz-viel-Kuehen-43143.html"). A
// teaser's headline opening with "Von" reads as a German byline; a
// writer's link goes to a page named by two or three words.
func inStoryLink(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a.DataAtom == atom.A {
			return len(slugWords(attr(a, "href"))) >= storySlugWords
		}
	}
	return false
}

// storySlugWords is the fewest words of a story's slug: a name has two to
// four ("jean-claude-van-damme"), a headline more.
const storySlugWords = 5

// itempropName reads an author element: its itemprop=name child, else its text.
func itempropName(n *html.Node) string {
	var name string
	walk(n, func(c *html.Node) bool {
		if name != "" {
			return false
		}
		if c != n && c.Type == html.ElementNode && strings.EqualFold(attr(c, "itemprop"), "name") {
			name = firstNonEmpty(attr(c, "content"), rawText(c, nil))
			return false
		}
		return true
	})
	return firstNonEmpty(name, attr(n, "content"), rawText(n, nil))
}

// bylineNames reads the names in a byline element. Each text node is read
// on its own, so a name and the job title in the element after it ("Keith
// Barry" "Senior Reporter") stay apart. strict asks for names written as
// names (capitalised words), for texts found by their first word only.
func bylineNames(n *html.Node, strict bool, pub func(string) bool) []string {
	text, short := shortText(n, 4*maxBylineRunes)
	if !short || text == "" || utf8.RuneCountInString(text) > maxBylineRunes || strings.HasPrefix(strings.TrimSpace(text), "#") {
		return nil // "#Krótko o przepisach prawa …": a series' hashtag in the author's slot
	}
	if rest := afterDatedLead(text); rest != text {
		return namesFromParts(splitNode(rest), strict, pub)
	}
	if credit := afterHanLabel(text); credit != "" {
		return namesFromParts(splitNode(credit), strict, pub)
	}
	var parts []bylinePart
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			parts = append(parts, linkedParts(splitNode(beforeTrailingDate(c.Data)), inLinkUnder(c, n))...)
		case html.ElementNode:
			// a label for screen readers ("Article information") names no one
			return !invisibleTags[c.DataAtom] && !hasAttr(c, "hidden") && !screenReaderOnly(c) && !labelsParent(c)
		}
		return true
	})
	return namesFromParts(parts, strict, pub)
}

// nextLinkedName reports a part that is a second writer's linked name
// right after a linked name, with only white space or a box between
// ("<div><a>Mateusz Gniazdowski</a></div><div><a>Martyna Wasiuta</a></div>"):
// each link leads to its own writer's page, where an unlinked line after
// the name is her title or desk.
func nextLinkedName(pt bylinePart, name string, lastLinked bool) bool {
	return pt.linked && lastLinked && countWords(name) >= 2 && writtenAsName(name)
}

// linkedParts marks parts as a link's text when linked is true.
func linkedParts(parts []bylinePart, linked bool) []bylinePart {
	for i := range parts {
		parts[i].linked = linked
	}
	return parts
}

// inLinkUnder reports whether c sits in a link inside top (or is top's).
func inLinkUnder(c, top *html.Node) bool {
	for a := c.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.A {
			return true
		}
		if a == top {
			return false
		}
	}
	return false
}

// labelsParent reports an element whose parent names it as its label
// (aria-labelledby): the BBC World Service titles its byline box with a
// hidden heading, id "article-byline", that reads "Article information"
// in each language ("مضمون کی تفصیل"). It names the box, not a writer:
// the box is the byline.
func labelsParent(n *html.Node) bool {
	id := attr(n, "id")
	return id != "" && n.Parent != nil && attr(n.Parent, "aria-labelledby") == id
}

// cleanAuthors splits structured author values into names.
func cleanAuthors(raw []string, pub func(string) bool) []string {
	var out []string
	for _, r := range raw {
		for _, one := range dashedNames(r, pub) {
			out = append(out, namesFromParts(splitByline(one), false, pub)...)
		}
	}
	return dedupeFold(out)
}

// dashedNames splits an author field of names set apart by a spaced
// hyphen, as Vietnamese papers credit two writers ("Minh Khôi - Lan
// Hương", VnExpress's JSON-LD Person): only when every part is a name of
// two to maxNameWords capitalised words that names no publisher. Else
// the field comes back whole ("Jane Doe - Staff Writer").
func dashedNames(s string, pub func(string) bool) []string {
	parts := strings.Split(s, " - ")
	if len(parts) < 2 {
		return []string{s}
	}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		n := countWords(p)
		if n < 2 || n > maxNameWords || !writtenAsName(p) || hasDigit(p) || pub != nil && pub(p) || endsWithTitle(p) {
			return []string{s}
		}
		parts[i] = p
	}
	return parts
}

// bylinePart is one piece of a byline between joiners; stopped says a
// stop joiner ("on", "in", "|") came before it and no byline word since:
// it is a date, place or category, not a name.
//
// newNode marks the first part of a text node and afterJoiner a part that
// a name joiner ("and", ",") precedes: in a byline element, a second text
// node is another name only after a joiner, else it is a job title, a bio
// or a link label ("Sam Roe" "Alle Artikel").
//
// beforeIntro marks a part that a byline word follows ("Posted" in
// "Posted by"): words that only lead up to the name.
type bylinePart struct {
	text        string
	stopped     bool
	newNode     bool
	afterJoiner bool
	afterComma  bool // the joiner before it was a comma, not "and"
	beforeIntro bool
	intro       string // the byline word after a beforeIntro part: "by", "par"
	linked      bool   // the text is a link's: a name on its author page
	place       bool   // the place a writer files from, between " in " and " and ": skipped
	afterStop   bool   // the joiner before it was a stop joiner
	afterField  bool   // that stop joiner was a field separator: "|", " · "
}

// joiner kinds, in the order of the lists nextJoiner reads.
const (
	joinNames = iota // between names: "and", ","
	joinIntro        // a byline word inside the text: " by "
	joinStop         // the names end: " on ", "|"
)

// splitByline cuts a byline at its joiners, in order.
func splitByline(s string) []bylinePart {
	s = withoutHanDateline(s)
	if names := titledHanNames(s); names != nil {
		parts := make([]bylinePart, len(names))
		for i, n := range names {
			parts[i] = bylinePart{text: n, afterJoiner: i > 0}
		}
		return parts
	}
	s = " " + normSpace(s) + " "
	ls := asciiLower(s)
	var parts []bylinePart
	stopped, joined, comma, stop, field, inPlace := false, false, false, false, false, false
	for {
		at, size, kind := nextJoiner(ls)
		if at < 0 {
			return append(parts, bylinePart{text: s, stopped: stopped, afterJoiner: joined, afterComma: comma, afterStop: stop, afterField: field})
		}
		part := bylinePart{text: s[:at], stopped: stopped, afterJoiner: joined, afterComma: comma, beforeIntro: kind == joinIntro, afterStop: stop, afterField: field}
		if part.beforeIntro {
			part.intro = strings.TrimSpace(s[at : at+size])
		}
		parts = append(parts, part)
		joiner := ls[at : at+size]
		if inPlace && placeThenNames[joiner] {
			// "Jane Doe in London and Tom Brown in Paris": the place, then the next writer
			parts[len(parts)-1].stopped, parts[len(parts)-1].place = false, true
			stopped = false
		}
		inPlace = joiner == " in "
		comma = joiner == ","
		stop, field = kind == joinStop, kind == joinStop && fieldSeparators[strings.TrimSpace(joiner)]
		// keep a space in front so a joiner at the start of the rest
		// (" on 5 May") is still found
		s, ls = " "+s[at+size:], " "+ls[at+size:]
		joined = kind != joinStop
		switch kind {
		case joinIntro:
			stopped = false
		case joinStop:
			stopped = true
		}
	}
}

// splitNode splits one text node of a byline element, marking its first
// part as the start of a node.
func splitNode(s string) []bylinePart {
	parts := splitByline(s)
	parts[0].newNode = true
	return parts
}

// nextJoiner finds the earliest joiner in the lower-cased ls.
func nextJoiner(ls string) (at, size, kind int) {
	at = -1
	for k, list := range [3][]string{nameJoiners, introJoiners, stopJoiners} {
		for _, j := range list {
			i := strings.Index(ls, j)
			if i < 0 || at >= 0 && i >= at || isOrgFor(ls[:i], j) || j == " (" && isMiddleNickname(ls[:i], ls[i+len(j):]) {
				continue
			}
			at, size, kind = i, len(j), k
		}
	}
	return at, size, kind
}

// isOrgFor reports a " for " after a single word: "Organization for
// Transformative Works", "Center for Public Integrity" name one body,
// where "Sam Roe for The Daily" credits a person to a paper.
func isOrgFor(before, joiner string) bool {
	return (joiner == " for " || joiner == " für ") && !strings.Contains(strings.TrimSpace(before), " ")
}

// isMiddleNickname reports a bracket that holds a first name's initials
// or nickname between it and the surname ("Richard (R.J.) Eskow",
// "Robert (Bob) Smith"): one word before, one word inside, and a word
// right after. The name keeps it, as it keeps a quoted nickname; a job
// title or place in brackets ends the name ("Jane Roe (AP)").
func isMiddleNickname(before, after string) bool {
	inside, rest, ok := strings.Cut(after, ")")
	if !ok || inside == "" || strings.ContainsAny(inside, " (") || strings.Contains(strings.TrimSpace(before), " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(rest, " "))
	return strings.HasPrefix(rest, " ") && unicode.IsLetter(r)
}

// asciiLower lower-cases ASCII letters only, keeping every byte offset.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// nameVerdict says what one byline part is.
type nameVerdict uint8

const (
	partName  nameVerdict = iota // a name
	partEmpty                    // nothing left: byline words, credentials
	partOther                    // a date, a job title, a sentence: not a name
)

// namesFromParts keeps the names among the parts, up to the first part
// that is something else or follows a stop joiner. A credit that is only
// a job title ("Staff") is the answer when no name is found; one that
// starts with the publisher ("SFist Contributor") stays whole, so it reads
// as the publisher's. pub may be nil.
func namesFromParts(parts []bylinePart, strict bool, pub func(string) bool) []string {
	var names []string
	credit := ""
	joined := false
	notAuthor := false // in another role's credit: "Medically reviewed by Marcus Delgado"
	lastLinked, commaBefore := false, false
	for i, pt := range parts {
		if intro := bareIntroAfter(parts, i); intro != "" && strings.TrimSpace(pt.text) != "" {
			pt.beforeIntro, pt.intro = true, intro // "<span>News</span> <span>by</span>": the byline word in a node of its own
		}
		if pt.beforeIntro && onlyBylinePrefix(pt.text+" "+pt.intro) {
			continue // "Live animé par": the label's words before its "par"
		}
		if pt.beforeIntro {
			head, role := cutOtherRole(pt.text)
			notAuthor = role
			if role && head == "" {
				continue
			}
			pt.text = head // "Jo Hart. Edited": the writer, then an editor's credit
			if i == 0 && !strings.Contains(strings.TrimSpace(head), " ") {
				continue // "News by Edwin Evans-Thirlwell": the story's kind, not a second writer
			}
		} else if notAuthor {
			continue // the names another role credits, up to the next byline word
		}
		if pt.place {
			continue
		}
		if pt.stopped {
			if after := namesAfterLabel(names, parts, i, strict, pub); after != nil {
				return after
			}
			if len(names) > 0 {
				break
			}
			continue
		}
		if onlyBylinePrefix(pt.text) {
			continue // "Συνέντευξη:" set apart before the name
		}
		joined = joined || pt.afterJoiner
		if pt.afterComma {
			pt.text = withoutLeadingWith(pt.text) // "By Howard Gleckman, with Paul Magnusson and Stan Crock"
		}
		name, whole, v := cleanName(pt.text)
		if v == partName && len(names) > 0 && pt.newNode && !pt.afterJoiner && !joined && !nextLinkedName(pt, name, lastLinked) {
			break // a second text node without "and" or "," between
		}
		if v == partName && len(names) > 0 && pt.afterComma && endsWithTitle(whole) {
			v = partOther // "Jane Smith, Consumer Affairs Editor": her desk
		}
		if v == partName && pub != nil && name != whole && pub(name) {
			name = whole
		}
		if v == partName && strict && !writtenAsName(name) && !loneUserName(name, parts, i) {
			v = partOther
		}
		if v == partOther && name == "" && whole != "" && credit == "" && onlyTitleWords(whole) {
			credit = whole
		}
		if v == partEmpty && pt.text != "" {
			commaBefore = pt.afterComma // "<a>Joviland Rita</a>,<span>GMA Integrated News</span>": the comma is a node of its own
		}
		switch {
		case v == partName && len(names) > 0 && credentialWords[strings.ToLower(name)]:
			// "Grant Tinsley, PhD": a degree after a name
		case v == partName && len(names) > 0 && placeAfterName(name, names[len(names)-1]):
			// "Markus M. Haefliger, London, Beat Bumbacher": a dateline
		case v == partName && len(names) > 0 && pt.afterComma && filedFrom(name):
			// "Maria Souza, de Porto Alegre": where she files from
		case v == partName && len(names) > 0 && pt.afterComma && namesPlace(name):
			// "John Smith, New York, December 3": the dateline's city
		case v == partName && len(names) > 0 && pt.afterComma && namesOutlet(name):
			return dedupeFold(names) // "Maria Garcia, Los Angeles Times": her paper, and nothing after it names a writer
		case v == partName && len(names) > 0 && (pt.afterComma || pt.newNode && commaBefore) && !pt.linked && lastLinked:
			// "<a>Ritika Sethi</a>, New Delhi": the writer's page is linked, her city or desk is not
		case v == partName:
			names = append(names, name)
			lastLinked, commaBefore = pt.linked, false
			joined = false
		case v == partOther && len(names) > 0:
			return dedupeFold(names)
		case v == partOther && strict && credit == "" && !pt.beforeIntro:
			return nil // a text found by its first word names someone right after it
		}
	}
	if len(names) == 0 && credit != "" {
		return []string{credit}
	}
	return dedupeFold(names)
}

// namesAfterLabel returns the names in the field after parts[i] when the
// only name before it is one word and the field's names all have two or
// more: "Politik · Jochen Bittner, Tina Hildebrandt" opens with the
// section, not a writer. A user name before a date ("Benni | 10 May") or
// before another one-word field keeps its place. Else nil.
func namesAfterLabel(names []string, parts []bylinePart, i int, strict bool, pub func(string) bool) []string {
	if len(names) != 1 || strings.Contains(names[0], " ") || !parts[i].afterField {
		return nil
	}
	field := make([]bylinePart, 0, len(parts)-i)
	for k, pt := range parts[i:] {
		if k > 0 && pt.afterStop {
			break
		}
		pt.stopped = false
		field = append(field, pt)
	}
	after := namesFromParts(field, strict, pub)
	if len(after) == 0 || slices.ContainsFunc(after, func(n string) bool { return !strings.Contains(n, " ") }) {
		return nil
	}
	return after
}

// bareIntroAfter returns the byline word of the next part with words
// after parts[i] when that part holds the word alone ("by" in a span of
// its own), else "".
func bareIntroAfter(parts []bylinePart, i int) string {
	for _, pt := range parts[i+1:] {
		if strings.TrimSpace(pt.text) == "" && pt.beforeIntro {
			return pt.intro
		}
		if strings.TrimSpace(pt.text) != "" {
			return ""
		}
	}
	return ""
}

// cutOtherRole splits the words before "by" into what precedes a credit
// of someone other than the writer and whether there is one: "Medically
// reviewed", "Edited", "Fact checked", "Photographed" (creditRoleVerbs but
// "written"), alone or after a sentence ("Jo Hart. Edited").
func cutOtherRole(part string) (head string, role bool) {
	head, tail := "", part
	if i := strings.LastIndex(part, ". "); i >= 0 {
		head, tail = part[:i], part[i+2:]
	}
	words := strings.Fields(strings.ToLower(tail))
	if len(words) == 0 || len(words) > maxCreditRoleWords {
		return part, false
	}
	last := words[len(words)-1]
	if !creditRoleVerbs[last] || last == "written" {
		return part, false
	}
	return strings.TrimSpace(head), true
}

// placeAfterName reports a one-word part right after a name of two words
// or more: in "Markus M. Haefliger, London" or "Michael Rädel, Redaktion"
// it is where the writer files from or the desk, not a second writer,
// whose full name a byline would give as it gives the first. After a
// Chinese or Japanese name, written without spaces, a word in another
// script is the outlet ("[田中宏昌，ITmedia]").
func placeAfterName(part, prev string) bool {
	return !strings.Contains(part, " ") && (strings.Contains(prev, " ") || hanName(prev) && !allHan(part))
}

// filedFrom reports a part that names a place after a word for "from"
// or "in" ("de Porto Alegre", "desde Madrid", "aus Berlin", "in
// London"): after a comma in a byline, where the writer files from. A
// name's own particle comes before a surname without a comma.
func filedFrom(part string) bool {
	first, rest, ok := strings.Cut(part, " ")
	if !ok || !placePrepositions[first] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// loneUserName reports a single lower-case word that ends the byline
// ("by ibby") or that only a dated stop part follows ("rasos am 24. Juli
// 2017"): a user name, where a longer lower-case text is a phrase ("by the
// numbers"), and so is a common word (byPhraseWords: "By genre", "By
// road:").
func loneUserName(name string, parts []bylinePart, i int) bool {
	return !strings.Contains(name, " ") && !byPhraseWords[name] && (lastPart(parts, i) || onlyDatedAfter(parts, i))
}

// onlyDatedAfter reports whether the parts after i are all cut off by a
// stop joiner and one of them holds a digit: the date of a credit line.
func onlyDatedAfter(parts []bylinePart, i int) bool {
	dated := false
	for _, pt := range parts[i+1:] {
		if !pt.stopped && strings.IndexFunc(pt.text, isWordRune) >= 0 {
			return false
		}
		dated = dated || hasDigit(pt.text)
	}
	return dated
}

// lastPart reports whether no part after i holds anything but spaces and
// punctuation: a lone lower-case user name ("by ibby") is a name there.
func lastPart(parts []bylinePart, i int) bool {
	for _, pt := range parts[i+1:] {
		if strings.IndexFunc(pt.text, isWordRune) >= 0 {
			return false
		}
	}
	return true
}

// cleanName strips byline words and trailing job titles from one part,
// and says whether what is left is a name. whole is the part before the
// job title was cut.
func cleanName(s string) (name, whole string, v nameVerdict) {
	if isDateLabelPart(s) || hanEditorCredit(s) {
		return "", "", partOther
	}
	s, credit := withoutHangulLabel(s)
	if credit {
		return "", "", partOther
	}
	s = withoutTrailingEmail(withoutCJKTitle(stripBylinePrefixes(afterLeadingDate(trimName(s)))))
	if strings.IndexFunc(s, unicode.IsLetter) < 0 || isBylineLabel(s) {
		return "", "", partEmpty // nothing, only marks ("→"), or a label ("Interview")
	}
	if accountNames[strings.ToLower(s)] {
		return "", "", partOther
	}
	if _, ok := findDate(s); ok || (hasDigit(s) && !digitHandle(s)) || strings.ContainsAny(s, "@<>{}=#") || strings.Contains(s, "://") || spelledEmail(s) || exclaimsOrAsks(s) {
		return "", "", partOther // a date, an address, markup, or a sentence: a headline in a box classed as the author's
	}
	words := afterOutletRole(strings.Fields(s))
	if len(words) > maxBylineWords {
		return "", "", partOther
	}
	cut := cutAtTitle(words)
	if len(cut) == 0 || len(cut) > maxNameWords || endsPhrase(cut[len(cut)-1]) {
		return "", s, partOther // "Letters To The" of "Letters To The Editor": a column's name, no writer's
	}
	name = trimName(strings.Join(cut, " "))
	if hasDottedWord(cut) {
		return "", s, partOther // a user handle or a template key
	}
	return name, s, partName
}

// endsPhrase reports a last word no name ends with (phraseEnd,
// lowerPhraseEnd).
func endsPhrase(w string) bool {
	return phraseEnd[strings.ToLower(w)] || lowerPhraseEnd[w]
}

// maxHangulLabelRunes bounds the label before a Korean byline's "=".
const maxHangulLabelRunes = 6

// withoutHangulLabel drops what a Korean byline sets before its name with
// "=": the dateline and agency ("[서울=뉴시스] 김정형 기자") or the writer's
// role ("정리=김정형 기자", edited by; "글=…", text by). credit reports a
// picture's or a video's credit ("사진=…"), whose name is no writer.
func withoutHangulLabel(s string) (rest string, credit bool) {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "=") {
		return s, false
	}
	if s[0] == '[' || s[0] == '(' {
		end := strings.IndexAny(s, "])")
		if place, _, ok := strings.Cut(s[1:max(end, 1)], "="); end > 0 && ok && allHangul(place) {
			s = strings.TrimSpace(s[end+1:]) // "[서울=뉴시스]": where and for whom
		}
	}
	label, name, ok := strings.Cut(s, "=")
	label = strings.TrimSpace(label)
	if !ok || label == "" || utf8.RuneCountInString(label) > maxHangulLabelRunes || !allHangul(label) {
		return s, false
	}
	return strings.TrimSpace(name), hangulCreditLabels[label]
}

// allHangul reports a non-empty text of Hangul letters only.
func allHangul(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return s != ""
}

// afterOutletRole drops an outlet's name and a reporter's role set
// before the name ("Xinhua writers Han Xu", "Global Times reporter Zhang
// Wei"): one to three capitalised words, then a role word of
// frontRoleWords, then the capitalised name.
func afterOutletRole(words []string) []string {
	for i := 1; i <= 3 && i < len(words)-1; i++ {
		if !frontRoleWords[strings.ToLower(words[i])] {
			continue
		}
		for _, w := range words[:i] {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return words
			}
		}
		if r, _ := utf8.DecodeRuneInString(words[i+1]); unicode.IsUpper(r) {
			return words[i+1:]
		}
		return words
	}
	return words
}

// isDateLabelPart reports a byline part that labels the date after it:
// words ending in a date keyword and a colon ("Data publicării:",
// "Last updated:"), which a byline-classed date box sets before its
// <time>. Without the colon the keyword may be a name ("Hải Đăng").
func isDateLabelPart(s string) bool {
	label, ok := strings.CutSuffix(strings.TrimSpace(s), ":")
	if !ok {
		return false
	}
	words := strings.Fields(label)
	return len(words) > 0 && keywordIndex[fold(words[len(words)-1])] != 0
}

// withoutTrailingEmail drops an e-mail address closing a byline after
// the name ("이지은 특파원 jieun@news.example", as Korean papers sign): the
// writer's contact, which would make the whole line no name; so does an
// account handle ("Sarah Jones @sjones").
func withoutTrailingEmail(s string) string {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	last := s[i+1:]
	if at := strings.IndexByte(last, '@'); at > 0 && strings.Contains(last[at:], ".") || at == 0 && isHandle(last[1:]) {
		return strings.TrimSpace(s[:i]) // "Sarah Jones @sjones": the writer's account after the name
	}
	return s
}

// isHandle reports a social account's name without its "@": letters,
// digits and underscores, as X and Instagram allow.
func isHandle(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return false
		}
	}
	return s != "" && utf8.RuneCountInString(s) <= maxHandleRunes
}

// photographedBy reports a Chinese picture credit, a name closed by
// "攝" or "摄" (photographed): "（記者陳宜安攝）" under a photo names its
// photographer, not the story's writer.
func photographedBy(s string) bool {
	return allHan(s) && (strings.HasSuffix(s, "攝") || strings.HasSuffix(s, "摄"))
}

// withoutCJKTitle drops a Chinese job title written before a name without
// a space ("记者王敬照", reporter Wang Jingzhao): what follows must be a
// name's two to four Han characters.
func withoutCJKTitle(s string) string {
	for _, t := range cjkTitlePrefixes {
		rest, ok := strings.CutPrefix(s, t)
		if !ok {
			continue
		}
		if hanName(rest) {
			return rest
		}
	}
	return s
}

// afterHanLabel returns the writer's credit in a Chinese info line, a
// label of hanAuthorLabels after other fields and the name after it up
// to the next space or field mark ("作者：王小明" from "2025-12-03 10:30
// 来源：新闻网 作者：王小明 编辑：李四"); "" when no label stands inside s.
// A label opening s is bylinePrefixes' to read.
func afterHanLabel(s string) string {
	if len(s) > 4*maxBylineRunes {
		return ""
	}
	for _, label := range hanAuthorLabels {
		i := strings.Index(s, label)
		if i <= 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsSpace(r) && !strings.ContainsRune("|｜/／", r) {
			continue // a word ending in the label's first character
		}
		if name := hanCreditName(strings.TrimLeftFunc(s[i+len(label):], unicode.IsSpace)); name != "" {
			return label + name
		}
	}
	return ""
}

// hanCreditName returns the name that opens rest, the text after a
// Chinese credit label: Han characters up to the next space or field mark
// ("王小明 编辑：李四"), a Latin name up to the next field's label ("John
// Smith 编辑：李四").
func hanCreditName(rest string) string {
	if end := strings.IndexAny(rest, "|｜/／(（"); end >= 0 {
		rest = rest[:end]
	}
	if r, _ := utf8.DecodeRuneInString(rest); unicode.Is(unicode.Han, r) {
		if end := strings.IndexFunc(rest, unicode.IsSpace); end >= 0 {
			rest = rest[:end]
		}
		return rest
	}
	if colon := strings.IndexAny(rest, "：:"); colon >= 0 {
		if sp := strings.LastIndexFunc(rest[:colon], unicode.IsSpace); sp >= 0 {
			return strings.TrimSpace(rest[:sp])
		}
	}
	return strings.TrimSpace(rest)
}

// maxHanDatelineRunes bounds the place and verb withoutHanDateline cuts.
const maxHanDatelineRunes = 8

// withoutHanDateline drops the place a Chinese byline's writer reports
// from, or the newsroom a Japanese one names, after the last slash:
// "記者 王小明／台北報導" gives "記者 王小明", "文● オカモト／ASCII編集部" gives
// "文● オカモト".
func withoutHanDateline(s string) string {
	i := strings.LastIndexAny(s, "／/")
	if i <= 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	tail := strings.TrimSpace(s[i+size:])
	n := utf8.RuneCountInString(tail)
	dateline := n >= 2 && n <= maxHanDatelineRunes && allHan(tail) && hasSuffixIn(tail, hanDatelineSuffixes)
	desk := n <= 2*maxHanDatelineRunes && hasSuffixIn(tail, hanDeskSuffixes)
	if !dateline && !desk {
		return s
	}
	return strings.TrimSpace(s[:i])
}

// hanEditorCredit reports a Chinese credit of an editor or checker
// ("责任编辑：钟元昊", editor in charge), which Sina classes as its
// "show_author" under every story: it names no writer.
func hanEditorCredit(s string) bool {
	return hasPrefixIn(strings.TrimSpace(s), hanEditorLabels)
}

// titledHanNames reads a Chinese byline of a job title and names set
// apart by spaces, "本报记者　田晓雯　周博然" (our reporters Tian Xiaowen,
// Zhou Boran), "澎湃新闻记者 陈可欣": the title may name the paper before
// the job, a later title set apart heads the names after it, and each
// name has two to four Han characters. Nil when s is not so.
func titledHanNames(s string) []string {
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s)); !unicode.Is(unicode.Han, r) {
		return nil
	}
	fields := strings.Fields(s)
	if len(fields) < 2 || !allHan(fields[0]) || !hasSuffixIn(fields[0], cjkTitlePrefixes) {
		return nil
	}
	var names []string
	for _, f := range fields[1:] {
		if slices.Contains(cjkTitlePrefixes, f) {
			continue // a second role before its names: "… 沈思远 实习生 林可馨" (intern)
		}
		if !hanName(f) || photographedBy(f) {
			return nil
		}
		names = append(names, f)
	}
	return names
}

// hanName reports a Chinese personal name: two to four Han characters.
func hanName(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 4 && allHan(s)
}

// allHan reports whether every rune of s is a Han character.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// spelledEmail reports an address spelt out against harvesters
// ("cipha[at]cipha.net", "jo (at) example.org"): a contact, not a name.
func spelledEmail(s string) bool {
	ls := asciiLower(s)
	for _, at := range emailSpellings {
		if strings.Contains(ls, at) {
			return true
		}
	}
	return false
}

// minHandleLetters is how many letters a user name with digits needs.
const minHandleLetters = 3

// digitHandle reports a user name with digits ("delta201", "Marianne1",
// "freeman1984"): one word that starts with a letter and holds only
// letters, digits and underscores. A year or a date starts with a digit.
func digitHandle(s string) bool {
	if s == "" || strings.ContainsRune(s, ' ') || utf8.RuneCountInString(s) > maxHandleRunes {
		return false
	}
	letters := 0
	for i, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case i == 0:
			return false
		case !unicode.IsDigit(r) && r != '_':
			return false
		}
	}
	return letters >= minHandleLetters
}

// hasDottedWord reports a word that a dot joins to more letters, as in a
// user handle or a template key ("andrew.keaveney", "page.head.author").
// Initials ("J.R.R.") and domain names ("uncut-news.ch", which name the
// publisher) do not count.
func hasDottedWord(words []string) bool {
	for _, w := range words {
		segs := strings.Split(strings.TrimRight(strings.Trim(w, "()"), "."), ".") // "(R.J.)": initials in brackets
		if len(segs) < 2 || gluedInitials(segs) {
			continue
		}
		if last := utf8.RuneCountInString(segs[len(segs)-1]); last >= 2 && last <= 4 {
			continue // a domain's top level: .ch, .com, .live
		}
		for _, seg := range segs {
			if utf8.RuneCountInString(seg) > 1 {
				return true
			}
		}
	}
	return false
}

// gluedInitials reports a name whose initials the surname follows with
// no space, as Mongolian and Russian bylines write it ("Ts.Enkhjin",
// "Б.Цэлмэг"): each part before the last one or two letters opening in
// a capital, the last a capitalised word.
func gluedInitials(segs []string) bool {
	for _, seg := range segs[:len(segs)-1] {
		if n := utf8.RuneCountInString(seg); n == 0 || n > 2 || !startsUpper(seg) {
			return false
		}
	}
	last := segs[len(segs)-1]
	return startsUpper(last) && strings.IndexFunc(last, unicode.IsLower) > 0
}

// namesPlace reports a part that reads as a two-word city's name ("New
// York", "Los Angeles", "Mexico City").
func namesPlace(part string) bool {
	words := strings.Fields(strings.ToLower(part))
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	return placeFirstWords[words[0]] || words[len(words)-1] == "city"
}

// namesOutlet reports a part of two or more words that names a news
// outlet: it ends in an outlet's word ("Bloomberg News") or starts with
// "The" ("The Washington Post"), which no person's name does.
func namesOutlet(part string) bool {
	words := strings.Fields(part)
	if len(words) < 2 {
		return false
	}
	return words[0] == "The" || outletWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,:;()"))]
}

// endsWithTitle reports whether the last of two or more words is a job
// title word.
func endsWithTitle(s string) bool {
	words := strings.Fields(s)
	return len(words) > 1 && jobTitleWords[strings.ToLower(strings.Trim(words[len(words)-1], ".,:;()"))]
}

// onlyTitleWords reports whether every word of s is a job title word.
func onlyTitleWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if !jobTitleWords[strings.ToLower(w)] {
			return false
		}
	}
	return s != ""
}

// trimName removes the quotes, brackets and punctuation around a name,
// but keeps the period of a closing initial ("R. R.", "Nicolas Gutierrez
// C."): it is part of the name as written.
func trimName(s string) string {
	n := normSpace(s)
	t := strings.TrimFunc(n, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,:;-–—|·•\"'“”„«»()[]*/", r)
	})
	if i := strings.Index(n, t); t != "" && endsWithInitial(t) && strings.HasPrefix(n[i+len(t):], ".") {
		return t + "."
	}
	return t
}

// endsWithInitial reports whether the last word of a name of two or more
// words is a single capital letter.
func endsWithInitial(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	last := []rune(words[len(words)-1])
	return len(last) == 1 && unicode.IsUpper(last[0])
}

// afterLeadingDate drops a numeric date and time that open a byline
// ("06.11.2023 13:30 von Olga" gives "von Olga"); s comes back whole when
// no byline word follows them.
func afterLeadingDate(s string) string {
	rest := strings.TrimLeft(s, "0123456789.:/-, ")
	if rest == s || !hasDigit(s[:len(s)-len(rest)]) {
		return s
	}
	if r, ok := cutPrefixWord(rest, strings.ToLower(rest), "uhr"); ok {
		rest = strings.TrimSpace(r)
	}
	lr := strings.ToLower(rest)
	for _, pre := range bylinePrefixesFor(lr) {
		if _, ok := cutPrefixWord(rest, lr, pre); ok {
			return rest
		}
	}
	return s
}

// beforeTrailingDate drops the date, its time and their labels that close
// a byline's text without a separator ("ZDNet Japan Staff 2019年04月28日
// 08時00分", "Jane Doe 12 March 2024"); s comes back whole when nothing
// but a date line is left or no date closes it.
func beforeTrailingDate(s string) string {
	if !hasDigit(s) || len(s) > maxParseLen {
		return s // most text nodes: no date to drop
	}
	m := matcher{toks: tokenize(s)}
	_, start, _, ok := m.firstDate()
	if !ok || start == 0 {
		return s
	}
	at := m.toks[start].start
	if _, dated := dateOnlyLine(s[at:]); !dated {
		return s
	}
	for k := start - 1; k >= 0 && m.dateLabelAt(s, k); k-- {
		at = m.toks[k].start
	}
	head := strings.TrimRight(s[:at], " ,-–—|·•/(")
	if strings.IndexFunc(head, unicode.IsLetter) < 0 {
		return s
	}
	return head
}

// dateLabelAt reports a token that can stand before a date as its label
// in a byline: punctuation, a date keyword ("Updated", "Published"), a
// weekday, or a lower-case word ("on", "am"). A capitalised word or a Han
// character belongs to the name before it ("Janic Cathomen, 01.12.2021").
func (m *matcher) dateLabelAt(s string, k int) bool {
	t := m.toks[k]
	if t.kind == tokPunct {
		return true
	}
	if t.kind != tokWord || t.cjk {
		return false
	}
	if kind, _ := m.keywordAt(k); kind != 0 || capitalWeekdays[t.word] {
		return true
	}
	first, _ := utf8.DecodeRuneInString(s[t.start:])
	return unicode.IsLower(first)
}

// datedLeadJoiners are the byline words a dated lead ends with.
var datedLeadJoiners = append([]string{" von "}, introJoiners...)

// afterDatedLead drops the date that opens a byline, with the words that
// announce it ("Posted on Tuesday 15 October 2019 at 09:11 by Bradley M.
// Kuhn" gives "by Bradley M. Kuhn"); s comes back whole unless all
// before the byline word is a date (dateOnlyLine).
func afterDatedLead(s string) string {
	if !hasDigit(s) {
		return s // most text nodes: no date to drop
	}
	ls := asciiLower(s)
	for _, j := range datedLeadJoiners {
		i := strings.Index(ls, j)
		if i < 0 || !hasDigit(s[:i]) {
			continue
		}
		if _, ok := dateOnlyLine(s[:i]); ok {
			return s[i+1:]
		}
	}
	return s
}

// stripBylinePrefixes removes "By", "Posted by", "Von" and the like from
// the start of s, as often as they occur.
func stripBylinePrefixes(s string) string {
	for changed := true; changed; {
		changed = false
		ls := strings.ToLower(s)
		for _, pre := range bylinePrefixes {
			if rest, ok := cutPrefixWord(s, ls, pre); ok {
				s, changed = trimName(rest), true
				break
			}
		}
	}
	return s
}

// cutPrefixWord cuts pre from the start of s (ls is s lower-cased) when a
// space, a colon, a comma or the end follows it; pre ending in a colon
// or a slash (":", or the full-width "：" and "／" of Chinese and Japanese)
// needs nothing after it.
// The BBC's World Service sites label the name for screen readers with a
// comma, Arabic ("نویسنده، ") or Latin ("مصنف, ").
func cutPrefixWord(s, ls, pre string) (string, bool) {
	if !strings.HasPrefix(ls, pre) || len(ls) != len(s) {
		return "", false
	}
	rest := s[len(pre):]
	if strings.HasSuffix(pre, ":") || strings.HasSuffix(pre, "：") || strings.HasSuffix(pre, "/") || strings.HasSuffix(pre, "／") || rest == "" || rest[0] == ' ' || rest[0] == ':' || rest[0] == ',' || strings.HasPrefix(rest, "،") {
		return rest, true
	}
	return "", false
}

// cutAtTitle drops a job title or page words after a name ("Keith Barry
// Senior Reporter", "Jane Roe Alle Artikel", "Sam RoeFounder"), with the
// words of the title's phrase after a spaced dash ("David Caruso -
// Associated Press Writer"), and returns nothing when the part starts
// with one.
func cutAtTitle(words []string) []string {
	for i, w := range words {
		if notNameWord(w) {
			if j := slices.IndexFunc(words[:i], isDashWord); j > 0 {
				return words[:j]
			}
			return words[:i]
		}
		if k := gluedTitle(w); k > 0 {
			return append(words[:i:i], w[:k])
		}
	}
	return words
}

// exclaimsOrAsks reports a text that ends as an exclamation or a question
// does ("Endlich mehr Beschleunigung wagen!"), which no name does; a
// brand's "!" inside a desk's name stays ("AKIBA PC Hotline!編集部").
func exclaimsOrAsks(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return r == '!' || r == '?' || r == '！' || r == '？'
}

// withoutLeadingWith drops the "with" that opens a co-writer's part of a
// byline after a comma.
func withoutLeadingWith(t string) string {
	trimmed := strings.TrimLeft(t, " ")
	if len(trimmed) > 5 && strings.EqualFold(trimmed[:5], "with ") {
		return trimmed[5:]
	}
	return t
}

// isDashWord reports a dash standing as a word of its own.
func isDashWord(w string) bool { return w == "-" || w == "–" || w == "—" }

// notNameWord reports a job title, a page word or a weekday, also as the
// last part of a compound ("FOCUS-Online-Experte").
func notNameWord(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ".,:;()"))
	if i := strings.LastIndexByte(lw, '-'); i >= 0 && jobTitleWords[lw[i+1:]] {
		return true
	}
	return jobTitleWords[lw] || notNameWords[lw]
}

// gluedTitle finds a job title glued to a name without a space
// ("HabernyFounder") and returns where it starts, or 0.
func gluedTitle(w string) int {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && jobTitleWords[strings.ToLower(w[i:])] {
			return i
		}
	}
	return 0
}

// writtenAsName reports whether every word of s is capitalised, an initial
// or a name particle ("van", "de", "von"), or in a script without capitals
// (Arabic, Hebrew, Chinese), where a name is written as any word.
func writtenAsName(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !caseless(r) && !nameParticles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// caseless reports a letter of a script without capitals.
func caseless(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

// allPublisher reports whether every name is the publisher's: the site
// name, the host, or a company.
func (p *page) allPublisher(names []string) bool {
	for _, n := range names {
		if !p.isPublisherName(n) {
			return false
		}
	}
	return true
}

// isPublisherName reports whether a name is the site's or a company's.
func (p *page) isPublisherName(name string) bool {
	if onlyTitleWords(name) {
		return true // "Staff", "Staff Writer": a newsroom credit
	}
	return isCompany(name) || p.namesSite(name) || hanOutletName(name)
}

// hanOutletName reports a Chinese name of a news outlet: one that ends
// in the word for a net, a paper, an agency or a station ("新华网",
// "新京报", "新华社"), which no person's name does, or a portal's name
// ("网易"). Chinese
// sites put their outlet, or the paper a story came from, in the author
// fields.
func hanOutletName(name string) bool {
	if !allHan(name) || utf8.RuneCountInString(name) < 2 {
		return false
	}
	return slices.Contains(hanPortals, name) || hasSuffixIn(name, hanOutletWords)
}

// isCompany reports a name with a company's legal form or a publishing
// house's word ("GmbH", "Ltd", "Verlag", "株式会社").
func isCompany(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if orgMarkers[strings.Trim(w, ",()")] {
			return true
		}
	}
	return slices.ContainsFunc(cjkCompanyMarkers, func(m string) bool { return strings.Contains(name, m) })
}

// namesSite reports whether a name is the site's: its name, its
// publisher's in the structured data or a publisher meta, or its host's.
func (p *page) namesSite(name string) bool {
	sq := squeeze(strings.ToLower(name))
	if len(sq) < 4 {
		return false
	}
	for _, other := range []string{p.art.SiteName, ldCompanyPublisherName(p.meta.article), p.meta.metas["publisher"], p.hostWords()} {
		o := squeeze(strings.ToLower(other))
		if len(o) >= 4 && (strings.Contains(o, sq) || strings.Contains(sq, o)) {
			return true
		}
	}
	return false
}

// squeeze keeps only the letters and digits of s.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if isWordRune(r) {
			return r
		}
		return -1
	}, s)
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// bylinePrefixIndex holds visibleBylinePrefixes by their first byte, in
// their order: every text node of a page is tried against them. Read
// only.
var bylinePrefixIndex = indexByFirstByte(visibleBylinePrefixes)

// namePrefixIndex holds visibleBylinePrefixes and the bylinePrefixes
// that end in a colon, the words that can open a byline whose name is
// known, by their first byte. A colon-less label such as "authors" stays
// out: "Authors Corner" is a page's menu. Read only.
var namePrefixIndex = indexByFirstByte(slices.Concat(visibleBylinePrefixes, labelsWithColon(bylinePrefixes)))

// labelsWithColon returns the entries of list that end in a colon.
func labelsWithColon(list []string) []string {
	var out []string
	for _, s := range list {
		if strings.HasSuffix(s, ":") {
			out = append(out, s)
		}
	}
	return out
}

func indexByFirstByte(list []string) map[byte][]string {
	idx := make(map[byte][]string)
	for _, s := range list {
		idx[s[0]] = append(idx[s[0]], s)
	}
	return idx
}

// bylinePrefixesFor returns the visibleBylinePrefixes that can start the
// lower-cased text s.
func bylinePrefixesFor(s string) []string {
	if s == "" {
		return nil
	}
	return bylinePrefixIndex[s[0]]
}

// onlyBylinePrefix reports a text that is a byline word alone ("By",
// "Συνέντευξη:"), the label before a name set apart from it.
func onlyBylinePrefix(t string) bool {
	lt := strings.ToLower(strings.TrimSpace(t))
	for _, pre := range bylinePrefixesFor(lt) {
		if lt == strings.TrimSpace(pre) {
			return true // with its colon where the word has one: "Redaktion" alone is a credit
		}
	}
	return false
}

// notePrefixText keeps a text node that starts with a byline word, and
// one that holds a revision note.
func (m *metaInfo) notePrefixText(n *html.Node, seq int) {
	if len(m.prefixTexts) >= maxBylineCandidates {
		return
	}
	head := n.Data
	if len(head) > 64 {
		head = head[:64]
	}
	if strings.TrimSpace(head) == "" {
		return // the indentation between tags, most of a page's text nodes
	}
	// a byline may follow a date on its line: "05.02.2020 - Redaktion: ..."
	// or stand in brackets under the story: "(By Huang Yi-ching and Liu Tzu-hsuan)" (Focus Taiwan)
	head = strings.ToLower(afterDatedLead(afterLeadingDate(strings.TrimLeft(normSpace(head), "-–—|·•/( "))))
	m.noteEditNote(n, head)
	for _, pre := range bylinePrefixesFor(head) {
		if _, ok := cutPrefixWord(head, head, pre); ok {
			m.prefixTexts = append(m.prefixTexts, n)
			m.order[n] = seq
			return
		}
	}
	if isBylineLabel(head) || afterHanLabel(n.Data) != "" {
		m.prefixTexts = append(m.prefixTexts, n)
		m.order[n] = seq
	}
}

// noteEditNote keeps the first text node whose head, lower-cased, holds
// a revision note phrase.
func (m *metaInfo) noteEditNote(n *html.Node, head string) {
	if m.editNote != nil {
		return
	}
	for _, ph := range editNotePhrases {
		if strings.Contains(head, ph) {
			m.editNote = n
			return
		}
	}
}

// editNoteText returns the short text of the element holding the page's
// revision note, or "" when there is none or it is a comment's.
func (p *page) editNoteText() string {
	n := p.meta.editNote
	if n == nil || n.Parent == nil || p.inComments(n) {
		return ""
	}
	if text, short := shortText(n.Parent, maxBylineBytes); short {
		return text
	}
	return ""
}

// editorAuthors reads the editor a revision note names ("(last edited
// 2019-11-10 13:28:18 by MatsWichmann)"), the last resort of a wiki page
// or a CMS page that credits no writer.
func (p *page) editorAuthors() []string {
	text := p.editNoteText()
	if text == "" {
		return nil
	}
	lower := asciiLower(text) // keeps byte offsets, unlike strings.ToLower
	at := -1
	for _, ph := range editNotePhrases {
		if i := strings.Index(lower, ph); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return nil
	}
	text, lower = text[at:], lower[at:]
	for _, j := range editNoteJoiners {
		if i := strings.Index(lower, j); i >= 0 {
			name := text[i+len(j):]
			if k := strings.IndexAny(name, "()|•·;,"); k >= 0 {
				name = name[:k]
			}
			return cleanAuthors([]string{name}, p.isPublisherName)
		}
	}
	return nil
}

// isBylineLabel reports a text that is only a label of the byline after
// it ("Autor", "Interview:").
func isBylineLabel(s string) bool {
	label := strings.ToLower(strings.TrimRight(s, ": "))
	for _, l := range bylineLabels {
		if label == l {
			return true
		}
	}
	return false
}

// noteAuthorLink keeps a link to an author page ("/author/sam-roe/").
func (m *metaInfo) noteAuthorLink(n *html.Node, seq int) {
	if len(m.authorLinks) >= maxBylineCandidates {
		return
	}
	href := strings.ToLower(attr(n, "href"))
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	segs := strings.Split(href, "/")
	for i, s := range segs {
		if authorPathSegments[s] && i < len(segs)-1 && segs[i+1] != "" {
			m.authorLinks = append(m.authorLinks, n)
			m.order[n] = seq
			return
		}
	}
}

// dateLineSeparators split a date line into its parts.
const dateLineSeparators = "|•·∙/–—"

// dateLineAuthors reads the name a date line beside the main headline
// gives without a byline word ("04.02.2022 | 13:10 Uhr | Uta Helkenberg",
// "Aaron Ricadela | Senior Writer | July 2, 2025"): the element with a
// date just after or before the h1, split into parts, where the parts
// that are not the date, a time or a job title are names.
func (p *page) dateLineAuthors() []string {
	pos := p.mainHeadlinePos()
	for _, h := range p.meta.h1s {
		if p.meta.order[h] != pos {
			continue
		}
		for _, s := range headlineNeighbours(h) {
			if names := p.dateLineNames(s); len(names) > 0 {
				p.meta.creditBox = s
				if p.meta.bylineEl == nil {
					p.meta.bylineEl = s // the dates read beside the byline are on this line
				}
				return names
			}
		}
	}
	return nil
}

// headlineNeighbours returns the elements next to h where a date line is:
// the first headlineNext after it, then the headlinePrev before it.
func headlineNeighbours(h *html.Node) []*html.Node {
	var out []*html.Node
	for s, n := h.NextSibling, 0; s != nil && n < headlineNext; s = s.NextSibling {
		if s.Type == html.ElementNode {
			out = append(out, s)
			n++
		}
	}
	for s, n := h.PrevSibling, 0; s != nil && n < headlinePrev; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			out = append(out, s)
			n++
		}
	}
	return out
}

// dateLineNames returns the names of a short element that holds a date,
// its text nodes read as separate parts.
func (p *page) dateLineNames(n *html.Node) []string {
	if p.inFurniture(n) {
		return nil
	}
	var parts []string
	size := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && (invisibleTags[c.DataAtom] || c != n && namedPlace(c)) {
			return false
		}
		if c.Type == html.ElementNode && isTaxonomyLink(c) {
			size = maxBylineRunes + 1 // a category line, not a byline
		}
		if c.Type == html.TextNode {
			size += len(c.Data)
			// a hyphen between spaces separates too ("25.10.2022 - Reiner
			// Nagel"); one inside a word or a date does not
			text := strings.ReplaceAll(normSpace(c.Data), " - ", " | ")
			parts = append(parts, strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(dateLineSeparators, r) })...)
		}
		return size <= maxBylineRunes
	})
	if size > maxBylineRunes {
		return nil
	}
	if _, ok := findDate(strings.Join(parts, " ")); !ok {
		return nil
	}
	var names []string
	for _, part := range parts {
		part = strings.TrimSpace(strings.Trim(part, " -,"))
		if part == "" || hasDigit(part) || onlyTitleWords(part) || namesOutlet(part) {
			continue // "The Guardian" closing "Andy Hunter / Wednesday January 16, 2008": the paper
		}
		name, _, v := cleanName(part)
		titled := titledName(part, name)
		if v != partName || name != part && name != stripBylinePrefixes(part) && !titled || !writtenAsName(name) || p.isPublisherName(name) ||
			len(strings.Fields(name)) < 2 && !titled || strings.Contains(part, ":") {
			joined := p.joinedDateLineNames(part)
			if joined == nil {
				return nil // a part that is neither date, time, title nor name
			}
			names = append(names, joined...)
			continue
		}
		names = append(names, name)
	}
	return names
}

// joinedDateLineNames reads a date line's part that joins writers or a
// writer and a place ("Andy Hunter and Tom Brown", "Paul Wilson at Villa
// Park") as a byline is read; every name must be a full name as
// dateLineNames takes one, or the part is no byline and nil comes back.
func (p *page) joinedDateLineNames(part string) []string {
	if strings.Contains(part, ":") {
		return nil
	}
	names := namesFromParts(splitByline(part), true, p.isPublisherName)
	for _, n := range names {
		if !writtenAsName(n) || len(strings.Fields(n)) < 2 || p.isPublisherName(n) {
			return nil
		}
	}
	return names
}

// namedPlace reports an element whose class or id names the place a
// story was filed from.
func namedPlace(n *html.Node) bool {
	return hasToken(splitTokens(withTestID(attr(n, "class"), n)), placeTokens) // splitTokens lower-cases
}

// titledName reports a part that is one name in a script without case
// followed by job title words only ("김민수 기자", Korean for "Kim
// Min-su, reporter"): the title marks a byline as "By" does, and such
// names are written as one word. In cased scripts a title after a
// capitalised word names a desk as often ("AP Sports Writer").
func titledName(part, name string) bool {
	rest, ok := strings.CutPrefix(part, name)
	rest = strings.TrimSpace(rest)
	cased := strings.ContainsFunc(name, func(r rune) bool { return unicode.IsLetter(r) && !caseless(r) })
	return ok && !cased && !strings.Contains(name, " ") && rest != "" && onlyTitleWords(rest)
}

// isTaxonomyLink reports an element classed as a tag, category or kicker,
// or a link to a category or tag page: its text is a section name, not a
// person's.
func isTaxonomyLink(a *html.Node) bool {
	cls := strings.ToLower(attr(a, "class"))
	for _, w := range []string{"tag", "categor", "kicker", "section", "rubri", "topic", "label"} {
		if strings.Contains(cls, w) {
			return true // a section label beside the date
		}
	}
	if a.DataAtom != atom.A {
		return false
	}
	rel := strings.ToLower(attr(a, "rel"))
	href := strings.ToLower(attr(a, "href"))
	return strings.Contains(rel, "tag") || strings.Contains(rel, "category") ||
		strings.Contains(href, "/category/") || strings.Contains(href, "/tag/") || strings.Contains(href, "/tags/")
}

// copyrightAuthors reads the person a page's last copyright notice names
// ("© 2025 Toby Hede. All rights reserved." on tobyhede.com): on a
// personal site without a byline the owner is the writer. Only a name the
// host spells counts: notices also name companies, institutions and
// photographers, which read like names but wrote nothing.
func (p *page) copyrightAuthors() []string {
	notice := p.lastCopyrightNotice()
	if notice == "" {
		return nil
	}
	holder := copyrightHolder(notice)
	for _, w := range strings.Fields(holder) {
		lw := strings.ToLower(strings.Trim(w, ",.()"))
		if orgMarkers[lw] || copyrightOrgWords[lw] || jobTitleWords[lw] || notNameWords[lw] {
			return nil
		}
	}
	name := strings.TrimSpace(strings.SplitN(holder, ",", 2)[0])
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > maxNameWords || !writtenAsName(name) || hasDigit(name) {
		return nil
	}
	if host := p.hostWords(); host == "" || !hostSpells(host, name) {
		return nil // a company, an image credit: the host does not spell it
	}
	return []string{name}
}

// maxNoticeRunes bounds the text of an element read as a copyright notice.
const maxNoticeRunes = 200

// lastCopyrightNotice returns the text of the last short element whose
// text holds a copyright sign or word, outside captions and figures.
func (p *page) lastCopyrightNotice() string {
	last := ""
	walk(p.doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Head || invisibleTags[n.DataAtom] || isElem(n, atom.Figure, atom.Figcaption)) {
			return false
		}
		if n.Type != html.TextNode || copyrightAt(n.Data) < 0 || n.Parent == nil {
			return true
		}
		if text, short := shortText(n.Parent, 4*maxNoticeRunes); short && utf8.RuneCountInString(text) <= maxNoticeRunes {
			last = text
		}
		return true
	})
	return last
}

// copyrightAt returns where the copyright mark in s ends, or -1.
func copyrightAt(s string) int {
	ls := asciiLower(s)
	for _, m := range copyrightMarks {
		if i := strings.Index(ls, m); i >= 0 {
			return i + len(m)
		}
	}
	return -1
}

// copyrightHolder returns the words after the copyright marks and years
// of a notice, up to the first separator, sentence end or "All rights",
// with the company form after a comma ("Lubrizol, Inc.") kept.
func copyrightHolder(notice string) string {
	rest := notice
	for i := copyrightAt(rest); i >= 0; i = copyrightAt(rest) {
		rest = rest[i:]
	}
	rest = strings.TrimLeft(rest, " 0123456789-–—,")
	if i := strings.IndexAny(rest, "|•·;:/()"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.Index(rest, ". "); i >= 0 {
		rest = rest[:i] // a sentence ends; "Inc." before it stays
	}
	if i := strings.IndexByte(rest, '.'); i >= 0 && i == len(rest)-1 {
		rest = rest[:i]
	}
	for _, stop := range []string{" - ", " – ", " — "} {
		if i := strings.Index(rest, stop); i >= 0 {
			rest = rest[:i]
		}
	}
	ls := strings.ToLower(rest)
	for _, stop := range copyrightStops {
		if i := strings.Index(ls, stop); i >= 0 {
			rest, ls = rest[:i], ls[:i]
		}
	}
	return strings.TrimSpace(stripBylinePrefixes(strings.TrimSpace(rest)))
}

// hostSpells reports whether host is name's letters, accents dropped or
// umlauts spelt out ("andreloibl", "juergenheitmann").
func hostSpells(host, name string) bool {
	var folded []string
	for _, w := range strings.Fields(name) {
		folded = append(folded, fold(w))
	}
	l := strings.ToLower(name)
	return host == squeeze(strings.Join(folded, "")) || host == squeeze(umlautReplacer.Replace(l))
}

// maxSignOffRunes bounds the name of a sign-off line.
const maxSignOffRunes = 40

// maxSignOffLineRunes bounds a whole sign-off line, name and date.
const maxSignOffLineRunes = 72

// minSignOffProse is how many runes of paragraphs ending a sentence the
// article needs before a sign-off: a name that ends prose signs it, a
// name under a link list or a teaser does not.
const minSignOffProse = 400

// signOffAuthor takes the writer from the article's last paragraph when no
// source named one and that paragraph is only a name ("Marina Mucha"), or
// a lone name and a date ("Benni 10. September 2017"), after prose: blogs
// and interviews sign off that way instead of showing a byline.
func (p *page) signOffAuthor() {
	if len(p.art.Authors) > 0 {
		return
	}
	var blocks []Block
	for _, s := range p.art.Sections {
		blocks = append(blocks, s.Blocks...)
	}
	if len(blocks) < 2 {
		return
	}
	for i := len(blocks) - 1; i >= max(0, len(blocks)-maxBracketNameBlocks); i-- {
		if names := closingBracketNames(blocks[i].Text); blocks[i].Type == Paragraph && names != nil {
			p.art.Authors = names
			p.signedOff = true
			return
		}
	}
	last, prev := blocks[len(blocks)-1], blocks[len(blocks)-2]
	if last.Type != Paragraph || len(last.Links) > 0 || !leadsToSignOff(prev) || proseRunes(blocks[:len(blocks)-1]) < minSignOffProse {
		return
	}
	if signedSections(p.art.Sections) > 1 {
		return // readers' letters, each signed by its writer: the page has no one author
	}
	if name := signOffName(last.Text); name != "" && !p.isPublisherName(name) {
		p.art.Authors = []string{name}
		p.signedOff = true
	}
}

// signedSections counts the sections that end as a signed text does: a
// name alone on its line after a paragraph.
func signedSections(sections []Section) int {
	n := 0
	for _, s := range sections {
		b := s.Blocks
		if k := len(b); k >= 2 && b[k-1].Type == Paragraph && len(b[k-1].Links) == 0 && leadsToSignOff(b[k-2]) && signOffName(b[k-1].Text) != "" {
			n++
		}
	}
	return n
}

// placeSuffixes end the names of Japanese places: prefectures, cities,
// towns, villages and wards.
const placeSuffixes = "都道府県市町村区郡"

// endsWithRuneOf reports a name whose last character is one of set: a
// place's suffix ("神奈川県", placeSuffixes) or a desk's (deskSuffixes);
// such characters inside a person's name ("村上", "田村") do not count.
func endsWithRuneOf(s, set string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(set, r)
}

// deskSuffixes end the names of a paper's desks and companies, which a
// closing bracket may credit instead of a writer: "（社会部）", "（共同社）".
const deskSuffixes = "部局社班課"

// maxBracketNameBlocks is how many of the body's last blocks may hold the
// bracketed names that close a Japanese story: lists of the paper's
// series may follow it.
const maxBracketNameBlocks = 5

// isNameSeparator reports a rune that sets apart the names in a Chinese
// or Japanese credit: a space or a comma, full-width or enumeration
// ("宇野和彦、田中理恵").
func isNameSeparator(r rune) bool {
	return unicode.IsSpace(r) || r == '、' || r == '，' || r == ','
}

// closingBracketNames reads the writers Japanese papers name in lenticular
// brackets closing the story's last paragraph, "…と呼びかけている。【宇野和彦、
// 田中理恵】" (Mainichi): each a name of three to five Han characters, none
// a place's. Nil when the paragraph does not end so.
func closingBracketNames(text string) []string {
	text = strings.TrimSpace(text)
	if names := closingRoundBracketName(text); names != nil {
		return names
	}
	inner, ok := strings.CutSuffix(text, "】")
	if !ok {
		return nil
	}
	open := strings.LastIndex(inner, "【")
	if open < 0 {
		return nil
	}
	return bracketedHanNames(inner[open+len("【"):])
}

// closingRoundBracketName reads the writer regional Japanese papers name in
// round brackets right after the story's last sentence, "…と話している。
// （松本彩花）" (Chunichi, Hokkaido Shimbun), with the bureau before a
// middle dot where it is given, "（石巻総局・佐藤健太）" (Kahoku). The full
// stop before the bracket sets a credit apart from an aside that closes a
// sentence; notes such as "（敬称略）" are no names.
func closingRoundBracketName(text string) []string {
	inner, ok := strings.CutSuffix(text, "）")
	if !ok {
		return nil
	}
	open := strings.LastIndex(inner, "（")
	if open < 0 || !strings.HasSuffix(inner[:open], "。") {
		return nil
	}
	inner = inner[open+len("（"):]
	if i := strings.LastIndex(inner, "・"); i >= 0 {
		inner = inner[i+len("・"):]
	}
	if closingNotes[inner] || endsWithRuneOf(inner, deskSuffixes) {
		return nil
	}
	return bracketedHanNames(inner)
}

// bracketedHanNames splits the names of a closing credit: each three to
// five Han characters, none a place's, or nil.
func bracketedHanNames(inner string) []string {
	var names []string
	for _, part := range strings.FieldsFunc(inner, isNameSeparator) {
		if n := utf8.RuneCountInString(part); n < 3 || n > 5 || !allHan(part) || endsWithRuneOf(part, placeSuffixes) {
			return nil // "【東京】", "【北海道】": a place
		}
		names = append(names, part)
	}
	return names
}

// maxLeadCreditRunes bounds how far into the first paragraph a Chinese
// agency lead's reporter credit may close: "新华社北京11月28日电（记者王敬照）".
const maxLeadCreditRunes = 60

// leadParagraphs is how many of the body's first paragraphs may hold the
// lead's dateline: a summary ("核心提示：…") or a picture's caption may
// come before it.
const leadParagraphs = 3

// leadReporters reads the reporters a Chinese news lead credits in
// brackets after its dateline, "（记者王敬照）" or "（记者 张三 李四）", or in a
// line of their own above it, which then goes, when no other source named
// the authors: the Xinhua style most Chinese papers
// follow, with no byline elsewhere on the page. An author that is only
// the agency the dateline names ("新华社", from the page's author meta
// over "新华社北京11月28日电（记者…）") gives way to its reporters.
func (p *page) leadReporters() {
	if len(p.art.Authors) > 1 {
		return
	}
	seen := 0
	for si := range p.art.Sections {
		s := &p.art.Sections[si]
		for bi, b := range s.Blocks {
			if b.Type != Paragraph {
				continue
			}
			// a named author stands unless this lead's dateline names it;
			// the publisher alone ("新华网") is no named author
			if len(p.art.Authors) == 0 || p.allPublisher(p.art.Authors) || strings.HasPrefix(b.Text, p.art.Authors[0]) {
				if names := leadCredit(b.Text); names != nil {
					p.art.Authors = names
					if titledHanNames(b.Text) != nil { // a line of its own, not the lead's dateline
						p.dropLate(blockKey(b), "reporters' line over the lead")
						s.Blocks = slices.Delete(s.Blocks, bi, bi+1)
					}
					return
				}
			}
			if seen++; seen == leadParagraphs {
				return
			}
		}
	}
}

// leadCredit reads the reporters a lead's dateline credits, Chinese or
// Japanese, or a reporters' line of their own above the lead ("封面新闻记者
// 何佳欣", NetEase and Sina carrying a paper's story).
func leadCredit(text string) []string {
	if names := bracketedReporters(text); names != nil {
		return names
	}
	if names := titledHanNames(text); names != nil {
		return names
	}
	return datelineReporters(text)
}

// maxDatelineRunes bounds the bracket of a Japanese paper's dateline.
const maxDatelineRunes = 40

// datelineReporters reads the reporters of a Japanese paper's dateline,
// which opens the story in lenticular brackets, each place and its
// reporter joined by "＝": "【ワシントン＝佐藤健太】" gives 佐藤健太,
// "【ワシントン＝佐藤健太、北京＝田中一郎】" both. A bracket of other
// words ("【関連記事】") gives none.
func datelineReporters(text string) []string {
	inner, ok := strings.CutPrefix(strings.TrimSpace(text), "【")
	if !ok {
		return nil
	}
	inner, _, ok = strings.Cut(inner, "】")
	if !ok || utf8.RuneCountInString(inner) > maxDatelineRunes {
		return nil
	}
	var names []string
	for _, part := range strings.Split(inner, "、") {
		_, name, ok := strings.Cut(strings.ReplaceAll(part, "=", "＝"), "＝")
		if !ok || !isJapaneseName(name) {
			return nil
		}
		names = append(names, name)
	}
	return names
}

// isJapaneseName reports two to eight kanji or kana and nothing else.
func isJapaneseName(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 8 && !strings.ContainsFunc(s, func(r rune) bool {
		return !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) && r != 'ー' && r != '々'
	})
}

// bracketedReporters returns the names in the first bracket of text when
// it opens with a reporter's title and closes within maxLeadCreditRunes:
// "（记者王敬照）", and Taiwan's "〔記者張家瑜／台北報導〕", whose place and
// "reports" follow a slash.
func bracketedReporters(text string) []string {
	open := strings.IndexAny(text, "（(〔")
	if open < 0 || utf8.RuneCountInString(text[:open]) > maxLeadCreditRunes {
		return nil
	}
	inner := text[open:]
	_, size := utf8.DecodeRuneInString(inner)
	inner = inner[size:]
	closing := strings.IndexAny(inner, "）)〕")
	if closing < 0 {
		return nil
	}
	inner, _, _ = strings.Cut(inner[:closing], "／")
	inner = strings.TrimSpace(inner)
	var names []string
	titled := false
	for _, part := range strings.FieldsFunc(inner, isNameSeparator) {
		if slices.Contains(cjkTitlePrefixes, part) {
			titled = true // "记者 张三": the title set apart
			continue
		}
		name := withoutCJKTitle(part)
		titled = titled || name != part
		if !titled {
			return nil // the bracket opens with no reporter's title: an aside, not a credit
		}
		if !hanName(name) || photographedBy(name) {
			return nil
		}
		names = append(names, name)
	}
	return names
}

// minSignOffLead is how many runes the paragraph right before a sign-off
// needs: a short one ("Veranstaltung") is a menu or a heading.
const minSignOffLead = 40

// leadsToSignOff reports whether b, the block before a last line, is a
// paragraph of text and not a label that introduces the line ("Quantum
// Benefactors:").
func leadsToSignOff(b Block) bool {
	t := strings.TrimSpace(b.Text)
	return b.Type == Paragraph && utf8.RuneCountInString(t) >= minSignOffLead && !strings.HasSuffix(t, ":")
}

// proseRunes counts the runes of the paragraphs that end a sentence.
func proseRunes(blocks []Block) int {
	n := 0
	for _, b := range blocks {
		t := strings.TrimRight(b.Text, " \"'”“»«)")
		if r, _ := utf8.DecodeLastRuneInString(t); b.Type == Paragraph && strings.ContainsRune(".!?", r) {
			n += utf8.RuneCountInString(t)
		}
	}
	return n
}

// signOffName returns the name a sign-off line is, or "": two to four
// capitalised words of letters, hyphens, apostrophes or initials, with an
// optional dash before them; one word only when a date follows it.
func signOffName(s string) string {
	s = strings.TrimLeft(normSpace(s), "-–— ")
	if utf8.RuneCountInString(s) > maxSignOffLineRunes {
		return ""
	}
	words := strings.Fields(s)
	n := len(words)
	for i, w := range words {
		if hasDigit(w) {
			if _, ok := findDate(strings.Join(words[i:], " ")); !ok {
				return ""
			}
			n = i
			break
		}
	}
	name := strings.TrimRight(strings.Join(words[:n], " "), ",")
	dated := n < len(words)
	if n == 0 || n > 4 || (n == 1 && !dated) || utf8.RuneCountInString(name) > maxSignOffRunes {
		return ""
	}
	for _, w := range strings.Fields(name) {
		if !nameWord(w) {
			return ""
		}
	}
	if !writtenAsName(name) || isBylineLabel(name) {
		return ""
	}
	return name
}

// nameWord reports a word a name is made of: a capitalised word of
// letters, hyphens and apostrophes ("Lange-Fricke", "O'Neill"), or an
// initial ("J."), and no job title or page word.
func nameWord(w string) bool {
	if notNameWord(w) || signOffStopWords[strings.ToLower(w)] {
		return false
	}
	rs := []rune(w)
	if len(rs) == 2 && unicode.IsUpper(rs[0]) && rs[1] == '.' {
		return true
	}
	if !unicode.IsUpper(rs[0]) || len(rs) < 2 {
		return false
	}
	upper := 0
	for _, r := range rs {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLetter(r), r == '-', r == '\'', r == '’':
		default:
			return false
		}
	}
	return upper < len(rs) // an all-capitals word is an acronym or a shout
}
