package newsextract

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// builder turns the chosen content elements into sections and blocks, in
// document order. Inline content accumulates in run until a block element
// or the end of a container closes it as a paragraph.
type builder struct {
	p        *page
	sections []Section
	run      strings.Builder
	links    []Link
	brs      int // consecutive <br> in the current run: two end a paragraph

	inBold    int // depth of bold elements around the text being read
	runRunes  int // letters and digits in the current run
	boldRunes int // those of them inside bold elements
	// broken tells that the run has had a line break after some words;
	// leadEnd is where the run's first line ended when that line was
	// wholly bold and without links, else 0.
	broken  bool
	leadEnd int

	noForms bool                  // skip <form> elements: a comment thread's reply form
	skip    func(*html.Node) bool // further elements to leave out, or nil
	symbols bool                  // keep a text of symbols only: a reader's comment may be "👍"
	marks   bool                  // keep any text: a table cell's "✓", "—" or "?" is its value
	// unclosed is the bracket a left-out footnote backlink sat in ("[↩]"):
	// the text after it loses this closing bracket as the run lost the
	// opening one.
	unclosed byte
	flushes  int  // runs flushed so far: a link that holds a block sees its run restart
	body     bool // the article's own builder, not a cell's, an item's or a comment's
}

// maxSummaryItems bounds the bullets that sum a story up above its body.
const maxSummaryItems = 6

// isSummaryList reports a short list, the bullets a story opens with
// ("ul.mol-bullets-with-font" under the Daily Mail's headline). Standing
// apart from the body's box as a root of its own, it is still read as a
// list; a long list so chosen is a run of entries (a guestbook's, a
// teaser column's) that readers take as paragraphs, and one of pictures a
// gallery.
func isSummaryList(n *html.Node) bool {
	if !isElem(n, atom.Ul, atom.Ol) || hasDescendant(n, isPicture) {
		return false // a list of pictures is a gallery, read as figures
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isElem(c, atom.Li) {
			items++
		}
	}
	return items > 0 && items <= maxSummaryItems
}

// buildSections reads the body elements into sections.
func (p *page) buildSections(roots []*html.Node) []Section {
	b := &builder{p: p, sections: []Section{{Level: 0}}, body: true}
	for i, r := range roots {
		if isElem(r, atom.Figure) {
			b.figure(r) // a lead picture above the body, read whole with its caption
			continue
		}
		if r == p.leadBox {
			b.pictureBox(r) // the same in a box classed as the picture's
			continue
		}
		if i > 0 && headingLevel(r) > 0 {
			b.flush()
			b.heading(r) // a subhead between sibling roots (withGaps); a first root is the lead above the body, its text a paragraph
			continue
		}
		if i == 0 && len(roots) > 1 && isSummaryList(r) {
			b.list(r) // a story's summary bullets above the body's box
			b.flush()
			continue
		}
		b.flow(r)
		b.flush()
	}
	sections := promotePseudoHeadings(p.dropPullQuotes(p.dropRepeatedRuns(p.dropRepeatedFigures(p.dropLabelParagraphs(b.sections)))), p.art.Title, p.predatesMobile())
	p.dropLeadKicker(sections)
	return dropEmptyLead(p.dropEmptyTail(p.trailingLinkLines(p.dropListingHeadings(p.dropTrailingBios(p.dropAuthorHeadings(sections))))))
}

// emit appends a block to the current section.
func (b *builder) emit(bl Block) {
	cur := &b.sections[len(b.sections)-1]
	cur.Blocks = append(cur.Blocks, bl)
}

// flush closes the inline run as a paragraph.
func (b *builder) flush() {
	b.flushes++
	raw := b.run.String()
	text := normSpace(raw)
	b.run.Reset()
	b.brs = 0
	links := b.links
	b.links = nil
	bold := b.runRunes > 0 && b.boldRunes == b.runRunes
	lead := 0
	if b.leadEnd > 0 && !bold {
		lead = len(normSpace(raw[:b.leadEnd]))
	}
	b.runRunes, b.boldRunes, b.broken, b.leadEnd = 0, 0, false, 0
	if !b.keepsWithoutWords(text) || looksLikeScript(text) || serverErrorMessage.MatchString(text) {
		return
	}
	if tex, ok := displayTeX(text); ok && len(links) == 0 {
		b.emit(Block{Type: Code, Lang: "math", Text: tex})
		return
	}
	if lead, items := lineList(raw); items != nil {
		if lead != "" {
			b.emit(Block{Type: Paragraph, Text: lead})
		}
		b.emit(Block{Type: List, Items: linkItems(items, links), lines: true})
		return
	}
	if b.body && len(links) == 0 && !strings.ContainsRune(raw, lineBreakMark) && b.isFirstContent() && sameTitle(text, b.p.art.Title) {
		return // the headline set as a styled line ("<p class=orange>…</p>"), as a heading that repeats it goes
	}
	bl := Block{Type: Paragraph, Text: text, Links: links, bold: bold, lead: lead}
	if strings.ContainsRune(raw, lineBreakMark) {
		bl.breaks, bl.brText = lineBreakOffsets(raw), text
	}
	b.emit(bl)
}

// countRunes notes the words of a text added to the run, and how many of
// them are bold.
func (b *builder) countRunes(text string) {
	n := runesWhere(text, isWordRune)
	b.runRunes += n
	if b.inBold > 0 {
		b.boldRunes += n
	}
}

// isBold reports an inline element that sets its text in bold or large:
// <b>, <strong>, or <font size> of 4 and up (or "+1" and up).
func isBold(n *html.Node) bool {
	switch n.DataAtom {
	case atom.B, atom.Strong:
		return true
	case atom.Font:
		size := strings.TrimSpace(attr(n, "size"))
		return strings.HasPrefix(size, "+") && size != "+0" || size >= "4" && size <= "7" && len(size) == 1
	}
	return false
}

// Limits of a list set as lines: at least minLineItems lines, none longer
// than twice maxLineItemWords words, and at most one in longLineShare
// longer than maxLineItemWords (a long table-of-contents entry, "OFFICE OF
// THE UNDER SECRETARY FOR FARM AND FOREIGN AGRICULTURAL SERVICES").
const (
	minLineItems     = 6
	maxLineItemWords = 10
	longLineShare    = 10
)

// minBulletLines is the fewest lines that make a list when each is
// marked with a bullet glyph.
const minBulletLines = 2

// bulletItems reads lines that each open with a bullet glyph ("• Work on
// Dundalk bypass…", "• Louth hospital…") as list items without their
// glyph, or returns nil: old pages typed the bullets of their lists.
// Dashes are not bullets here, since dialogue opens its lines with them.
func bulletItems(lines []string) []ListItem {
	if len(lines) < minBulletLines {
		return nil
	}
	items := make([]ListItem, 0, len(lines))
	for _, l := range lines {
		r, size := utf8.DecodeRuneInString(l)
		text := strings.TrimSpace(l[size:])
		if !bulletGlyphs[r] || text == "" {
			return nil
		}
		items = append(items, ListItem{Text: text})
	}
	return items
}

// splitLines cuts a run at its <br>s into its non-empty lines, white space
// folded, and takes a first line ending in a colon apart as their lead.
func splitLines(raw string) (lead string, lines []string) {
	for _, l := range strings.Split(raw, string(lineBreakMark)) {
		if l = normSpace(l); l == "" {
			continue
		}
		if lead == "" && len(lines) == 0 && strings.HasSuffix(l, ":") {
			lead = l
			continue
		}
		lines = append(lines, l)
	}
	return lead, lines
}

// lineList reads a run of lines set apart by single <br>s as list items,
// or returns nil: lines that each open with a bullet glyph, or at least
// minLineItems short lines (a member roll, a table of contents). Lines
// that continue a sentence (starting in lower case) or end one are prose
// broken for layout, not items. A first line ending in a colon leads the
// list in.
func lineList(raw string) (lead string, items []ListItem) {
	if !strings.ContainsRune(raw, lineBreakMark) {
		return "", nil
	}
	lead, lines := splitLines(raw)
	if items := bulletItems(lines); items != nil {
		return lead, items
	}
	if len(lines) < minLineItems {
		return "", nil
	}
	ends, long := 0, 0
	for _, l := range lines {
		if n := len(strings.Fields(l)); n > 2*maxLineItemWords {
			return "", nil
		} else if n > maxLineItemWords {
			long++
		}
		if r, _ := utf8.DecodeRuneInString(l); len(items) > 0 && unicode.IsLower(r) {
			return "", nil
		}
		if strings.ContainsAny(l[len(l)-1:], ".!?;,") {
			ends++
		}
		items = append(items, ListItem{Text: l})
	}
	if len(items) < minLineItems || ends*3 > len(items) || long*longLineShare > len(items) {
		return "", nil
	}
	return lead, items
}

// looksLikeScript reports a paragraph that is program text: a broken or
// truncated page can leave a script's body outside any <script>, and
// document.write calls in old pages print their source. Code the author
// meant to show stands in <pre> or <code>, which take another path.
func looksLikeScript(text string) bool {
	if len(text) < 40 {
		return false
	}
	if isFunctionDecl(text) {
		return true
	}
	code, statements, assignments := 0, 0, 0
	for _, r := range text {
		switch r {
		case ';', '{', '}':
			statements++
			code++
		case '=':
			assignments++
			code++
		case '(', ')', '+', '"', '\'', '[', ']', '&', '|':
			code++
		}
	}
	if statements >= 3 && code*100 >= len(text)*scriptSymbolPercent {
		return true
	}
	// A long script whose comments are words ("//ACCOUNT NUMBER(S)")
	// dilutes its symbols; its many assignments do not read as prose.
	return statements >= minScriptStatements && assignments >= minScriptStatements &&
		code*100 >= len(text)*commentedScriptPercent
}

// isFunctionDecl reports text that opens with a JavaScript function
// declaration, "function name(args) {": a script whose markup a broken
// attribute quote swallowed, with too few symbols for the share test
// since its arguments are words and commas.
func isFunctionDecl(text string) bool {
	rest, ok := strings.CutPrefix(text, "function ")
	if !ok {
		return false
	}
	name, rest, ok := strings.Cut(rest, "(")
	if !ok || name == "" || strings.ContainsFunc(name, func(r rune) bool { return !(r == '_' || r == '$' || unicode.IsLetter(r) || unicode.IsDigit(r)) }) {
		return false
	}
	_, body, ok := strings.Cut(rest, ")")
	return ok && strings.HasPrefix(strings.TrimSpace(body), "{")
}

// scriptSymbolPercent: prose seldom has more than this share of code
// punctuation; a script's body always does.
const scriptSymbolPercent = 12

// A script diluted by word comments: at least minScriptStatements
// statements and as many assignments, and commentedScriptPercent of code
// symbols.
const (
	minScriptStatements    = 10
	commentedScriptPercent = 8
)

// flow walks n's children, sending text to the run and block elements to
// their readers.
func (b *builder) flow(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			data := b.afterUnclosed(c.Data)
			if c.PrevSibling != nil && c.PrevSibling.Type == html.ElementNode && gluedAcross(b.run.String(), data) {
				b.run.WriteByte(' ')
			}
			if strings.TrimSpace(data) != "" {
				b.brs = 0
			}
			b.countRunes(data)
			b.run.WriteString(data)
		case html.ElementNode:
			b.element(c)
		}
	}
}

// element dispatches one child element of a flow.
func (b *builder) element(c *html.Node) {
	if isMediaElem(c) && !b.p.dropped(c) && (b.skip == nil || !b.skip(c)) {
		b.embed(c, "") // an <iframe> is invisible to the text, not to the reader
		return
	}
	if b.p.verdicts[c].rule == ruleBacklink {
		b.openBracketOut()
	}
	if tex, display := mathTeX(c); tex != "" && !b.p.dropped(c) {
		b.math(tex, display)
		return
	}
	if isMathJaxCopy(c) {
		return
	}
	if invisibleTags[c.DataAtom] || b.p.dropped(c) || !b.p.alive() || b.noForms && c.DataAtom == atom.Form || b.skip != nil && b.skip(c) {
		return
	}
	if b.p.sources != nil && isBlockTag(c.DataAtom) && c.DataAtom != atom.Img {
		b.flush() // every block element's reader starts so; the mark must follow it
		defer b.noteSource(c, len(b.sections), len(b.sections[len(b.sections)-1].Blocks))
	}
	switch {
	case c.DataAtom == atom.Br:
		b.lineBreak()
	case c.DataAtom == atom.A:
		b.anchor(c)
	case isBold(c):
		b.inBold++
		b.flow(c)
		b.inBold--
	case headingLevel(c) > 0:
		b.flush()
		b.heading(c)
	case isElem(c, atom.Ul, atom.Ol, atom.Menu):
		b.flush()
		b.list(c)
	case c.DataAtom == atom.Dl:
		b.flush()
		b.definitions(c)
	case c.DataAtom == atom.Figure || isCaptionBox(c):
		b.flush()
		b.figure(c)
	case c.DataAtom == atom.Div && b.p.pictureBox(c) && !hasDescendant(c, isCaptionedFigure) && countWords(rawText(c, b.p.dropped)) >= minBoxCaptionWords:
		b.pictureBox(c) // a picture and its caption in plain boxes (CNN's image_live-story, Express's div.photo)
	case c.DataAtom == atom.Table:
		b.flush()
		b.table(c, "")
	case c.DataAtom == atom.Blockquote:
		b.flush()
		b.quote(c)
	case c.DataAtom == atom.Pre:
		b.flush()
		b.code(c)
	case isPicture(c):
		b.image(c)
	case c.DataAtom == atom.Hr:
		b.flush()
	case isBlockTag(c.DataAtom):
		b.flush()
		b.flow(c)
		b.flush()
	default:
		b.flow(c)
	}
}

// math reads a formula as its TeX: in the line, between dollar signs; set
// on its own line, as a code block of language "math" (Markdown's
// "```math" fence).
func (b *builder) math(tex string, display bool) {
	if display {
		b.flush()
		b.emit(Block{Type: Code, Lang: "math", Text: tex})
		return
	}
	b.countRunes(tex)
	b.run.WriteString(inlineTeX(tex))
}

// gluedAcross reports a run ending in a lower-case letter that text
// starting with a capital follows across an element's end: "Hà Nội" set
// as a place stamp before "Từ ngày …", which the page's style spaced.
func gluedAcross(run, text string) bool {
	last, _ := utf8.DecodeLastRuneInString(run)
	first, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLower(last) && unicode.IsUpper(first)
}

// openBracketOut takes the bracket that opens a left-out footnote
// backlink off the run's end ("Quelle: www.zitate.net [").
func (b *builder) openBracketOut() {
	run := b.run.String()
	kept := strings.TrimRight(run, " ")
	var closing byte
	switch {
	case strings.HasSuffix(kept, "["):
		closing = ']'
	case strings.HasSuffix(kept, "("):
		closing = ')'
	default:
		return
	}
	b.run.Reset()
	b.run.WriteString(strings.TrimRight(kept[:len(kept)-1], " "))
	b.unclosed = closing
}

// afterUnclosed drops the bracket that closed a left-out backlink from
// the text that follows it.
func (b *builder) afterUnclosed(data string) string {
	if b.unclosed == 0 {
		return data
	}
	closing := b.unclosed
	b.unclosed = 0
	if rest := strings.TrimLeft(data, " "); rest != "" && rest[0] == closing {
		return rest[1:]
	}
	return data
}

// noteSource tells Explain which element the block or heading that reading
// c added came from: only when c added exactly one, so that a container of
// several blocks is never taken for one of them.
func (b *builder) noteSource(c *html.Node, sections, blocks int) {
	cur := b.sections[len(b.sections)-1]
	switch {
	case len(b.sections) == sections+1 && len(cur.Blocks) == 0:
		b.p.noteSource(sectionKey(cur), c)
	case len(b.sections) == sections && len(cur.Blocks) == blocks+1:
		b.p.noteSource(blockKey(cur.Blocks[blocks]), c)
	}
}

func (b *builder) lineBreak() {
	if !b.broken && b.runRunes > 0 {
		b.broken = true
		if b.boldRunes == b.runRunes && len(b.links) == 0 {
			b.leadEnd = b.run.Len()
		}
	}
	b.brs++
	if b.brs >= 2 {
		b.flush()
		return
	}
	b.run.WriteRune(lineBreakMark)
}

// lineBreakMark stands for a <br> in the run: white space to normSpace,
// and apart from the newlines of the source text for lineList.
const lineBreakMark = '\u2028' // LINE SEPARATOR

// anchor adds a link's text to the run and keeps the link beside it.
func (b *builder) anchor(a *html.Node) {
	start, flushes := b.run.Len(), b.flushes
	b.flow(a)
	if b.flushes != flushes {
		start = 0 // a block inside the link (its picture) flushed the run: the link's words after it open the new one
	}
	text := normSpace(b.run.String()[start:])
	if text == "" {
		return
	}
	if u := b.p.linkURL(attr(a, "href")); u != "" {
		b.links = append(b.links, Link{Text: text, URL: u})
	}
}

// heading opens a new section, unless the heading is the article title.
func (b *builder) heading(h *html.Node) {
	text := rawText(h, b.p.dropped)
	if !hasWordChar(text) {
		return
	}
	if swallowsBlocks(h, text) {
		b.flow(h)
		b.flush()
		return
	}
	level := headingLevel(h)
	if level <= 2 && b.isFirstContent() && (sameTitle(text, b.p.art.Title) || kickedTitle(h, text, b.p.art.Title)) {
		b.dropKickerHeading()
		return
	}
	if b.isFirstContent() && (isDek(h) || b.isDescription(h, text) || isSentenceUnderHeadline(h, text)) {
		b.emit(Block{Type: Paragraph, Text: text})
		return
	}
	b.sections = append(b.sections, Section{Heading: text, Level: level})
}

// isDescription reports a heading set right under the headline whose
// text is the page's description and reads as a sentence: the subtitle in
// a bare heading element (The Register's "<h1>…</h1><h2>…</h2>"). A
// shorter one may be the post's title under a blog's name
// ("<h1>Startup Lessons Learned</h1><h2>Call for Proposals is Open</h2>").
func (b *builder) isDescription(h *html.Node, text string) bool {
	d := b.p.art.Description
	prev := prevElement(h)
	return d != "" && prev != nil && prev.DataAtom == atom.H1 && (countWords(text) >= minDekWords || runesWhere(text, isWide) >= minDekRunes) &&
		sharesLead(strings.ToLower(normSpace(text)), strings.ToLower(normSpace(d)))
}

// isSentenceUnderHeadline reports a heading set right after the h1 that
// is too long for a title: a sentence or two of standfirst in a heading
// element for its size (AS's "h2.a_st", CBS Sports' "Article-subline",
// NDTV's "sp-descp"), whatever the page's description says.
func isSentenceUnderHeadline(h *html.Node, text string) bool {
	if !rightAfterHeadline(h) {
		return false
	}
	words := countWords(text)
	return words >= minSentenceDekWords || words >= minDekWords && strings.HasSuffix(text, ".")
}

// rightAfterHeadline reports an element that comes right after the h1: its
// previous sibling is the h1, or, first in a box or two, the box's
// previous sibling is the h1 or a box that ends with it ("div > h1"
// then "div.story-kicker > h2", India Today).
func rightAfterHeadline(n *html.Node) bool {
	for climbed := 0; climbed <= 2; climbed++ {
		if prev := prevElement(n); prev != nil {
			return prev.DataAtom == atom.H1 || climbed > 0 && endsWithH1(prev)
		}
		if n = n.Parent; n == nil || isElem(n, atom.Body, atom.Article, atom.Main) {
			return false
		}
	}
	return false
}

// endsWithH1 reports a box whose last element, or its last element's, is
// the h1.
func endsWithH1(box *html.Node) bool {
	for depth := 0; box != nil && depth < 3; depth++ {
		if box.DataAtom == atom.H1 {
			return true
		}
		box = lastElementChild(box)
	}
	return false
}

// minSentenceDekWords is the shortest heading under the headline read as
// its subtitle whatever it ends with: section titles stay well under it.
const minSentenceDekWords = 18

// Limits of a heading under the headline read as the subtitle: so many
// words make it a sentence rather than a title (or runes, in scripts
// written without spaces).
const (
	minDekWords = 12
	minDekRunes = 30
)

// sharesLead reports texts of which one opens with most of the other:
// the page's description is often the subtitle cut short ("…") or
// reworded at its end.
func sharesLead(a, b string) bool {
	b = strings.TrimRight(b, ".… ")
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= minDekRunes && 10*n >= 6*min(len(ra), len(rb))
}

// kickedTitle reports a heading h whose text is the title after its
// kicker, set as an element of its own in h ("<h2><span>Energiewende in
// der Lausitz</span> <span>Der Wärmepumpen-Betrieb …</span></h2>"): the
// headline element. Words before the title in the heading's own text
// ("Video: …", "Understanding …") make a section's heading.
func kickedTitle(h *html.Node, text, title string) bool {
	text, title = strings.ToLower(normSpace(text)), strings.ToLower(normSpace(title))
	kicker, ok := strings.CutSuffix(text, " "+title)
	if !ok || title == "" {
		return false
	}
	return holdsText(h, kicker)
}

// holdsText reports whether an element inside h has the text lower, white
// space folded and lower-cased: a part the heading sets apart.
func holdsText(h *html.Node, lower string) bool {
	return hasDescendant(h, func(d *html.Node) bool {
		return d.Type == html.ElementNode && strings.ToLower(normSpace(rawText(d, nil))) == lower
	})
}

// maxHeadingRunes is the longest text read as a heading when the heading
// element holds paragraphs.
const maxHeadingRunes = 300

// swallowsBlocks reports a heading left open on an old page ("<h5>… <p>…
// <p>…") that the parser has made the parent of the paragraphs after it:
// its text is paragraphs, not a title.
func swallowsBlocks(h *html.Node, text string) bool {
	return utf8.RuneCountInString(text) > maxHeadingRunes &&
		hasDescendant(h, func(c *html.Node) bool { return isElem(c, atom.P, atom.Div, atom.Ul, atom.Ol, atom.Table) })
}

// isDek reports a heading classed as the headline's subtitle, the
// class's words read apart ("news-detail-spot") or joined as camel case
// wrote them ("subTitle": "sub", "title").
func isDek(h *html.Node) bool {
	for _, class := range strings.Fields(withTestID(attr(h, "class"), h)) {
		words := splitTokens(class)
		if len(words) == 0 {
			continue
		}
		if hasToken(words, dekTokens) || headingDekTokens[words[len(words)-1]] {
			return true // the class's last word names the part: "news-detail-spot", not "hero-spot__title"
		}
		for i := 1; i < len(words); i++ {
			if dekTokens[words[i-1]+words[i]] {
				return true
			}
		}
	}
	return false
}

// isFirstContent reports whether nothing but the lead has been read yet, so
// a heading equal to the title is the headline rather than a section: at
// most two blocks, or only short lines (a section label, "Published on:
// June 25, 2024", "5 min read"), no paragraph of prose.
func (b *builder) isFirstContent() bool {
	n := len(b.sections)
	if b.endsWithKicker() {
		n--
	}
	if n != 1 {
		return false
	}
	lead := b.sections[0].Blocks
	if len(lead) <= 2 {
		return true
	}
	for _, bl := range lead {
		if bl.Type != Figure && len([]rune(blockText(bl))) >= proseMinRunes {
			return false
		}
	}
	return true
}

// endsWithKicker reports a heading just read that heads nothing yet and
// is a kicker's few words: the section's name set in a heading over the
// headline ("<h3><a href="/sections/education/">Education</a></h3><h1>…").
func (b *builder) endsWithKicker() bool {
	n := len(b.sections)
	return n == 2 && len(b.sections[1].Blocks) == 0 && countWords(b.sections[1].Heading) <= maxLeadKickerWords
}

// dropKickerHeading takes out the kicker heading over the headline: it
// labels the page's section, not a part of the article.
func (b *builder) dropKickerHeading() {
	if !b.endsWithKicker() {
		return
	}
	b.p.dropLate(sectionKey(b.sections[1]), "kicker: a section's name over the headline")
	b.sections = b.sections[:1]
}

// sameTitle compares a heading with the title, ignoring case and spacing
// and the section's label the title left out ("… | Opinion").
func sameTitle(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	a = normSpace(unescapeEntities(a)) // the title is decoded once more
	return strings.EqualFold(a, normSpace(b)) || strings.EqualFold(withoutSectionLabel(a), normSpace(b))
}

// keepsWithoutWords reports whether a run's text is kept as a paragraph:
// text with a letter or digit always; a run of only punctuation or
// bullets is decoration, unless the builder keeps symbols (a comment's
// "👍") or marks (a table cell's "✓").
func (b *builder) keepsWithoutWords(text string) bool {
	return hasWordChar(text) || b.symbols && hasSymbol(text) || b.marks && text != ""
}

// hasSymbol reports whether s holds an emoji or another pictograph.
func hasSymbol(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.So, r) }) >= 0
}

// hasWordChar reports whether s has a letter or digit: a paragraph of only
// punctuation or bullets is not content.
func hasWordChar(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

// quote reads a blockquote; its paragraphs are joined by blank lines. A
// blockquote used for indenting a table, a list or code (LWN, old mailing
// list archives) is read as ordinary flow so that structure survives.
func (b *builder) quote(q *html.Node) {
	if holdsStructure(q) {
		b.flush()
		b.flow(q)
		b.flush()
		return
	}
	texts, links := b.p.paragraphsOf(q, false)
	if text := strings.Join(texts, "\n\n"); text != "" {
		b.emit(Block{Type: Quote, Text: text, Links: links})
	}
}

// attribute adds a figure's caption to the quote it holds, as the quote's
// last paragraph: there the caption names who said it ("— Walt, our
// neighbour").
func (b *builder) attribute(caption string) {
	cur := &b.sections[len(b.sections)-1]
	if caption == "" || len(cur.Blocks) == 0 || cur.Blocks[len(cur.Blocks)-1].Type != Quote {
		return
	}
	last := &cur.Blocks[len(cur.Blocks)-1]
	if !strings.Contains(last.Text, caption) {
		last.Text += "\n\n" + caption
	}
}

// definitions reads a <dl> as a list: each term an item, its definitions
// the item's sub-items, so "term / what it means" keeps its shape. A <dl>
// used for layout, without any <dt>, is read as flow.
func (b *builder) definitions(dl *html.Node) {
	var items []ListItem
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || b.p.dropped(c) || invisibleTags[c.DataAtom] {
			continue
		}
		it, ok := b.p.listItem(c)
		switch {
		case !ok:
		case c.DataAtom == atom.Dt:
			items = append(items, it)
		case c.DataAtom == atom.Dd && len(items) > 0:
			last := &items[len(items)-1]
			last.Items = append(last.Items, it)
		default:
			items = append(items, it)
		}
	}
	if !hasTerm(dl) {
		b.flow(dl)
		b.flush()
		return
	}
	if len(items) > 0 {
		b.emit(Block{Type: List, Items: items})
	}
}

// hasTerm reports a <dt> among n's children.
func hasTerm(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Dt {
			return true
		}
	}
	return false
}

// holdsCards reports a table inside a list.
func holdsCards(l *html.Node) bool {
	return hasDescendant(l, func(c *html.Node) bool { return c.DataAtom == atom.Table })
}

// holdsStructure reports a table, list, preformatted block or heading
// under n.
func holdsStructure(n *html.Node) bool {
	return hasDescendant(n, func(c *html.Node) bool {
		return isElem(c, atom.Table, atom.Ul, atom.Ol, atom.Pre, atom.Dl) || headingLevel(c) > 0
	})
}

// code keeps preformatted text as it is, only trimming blank edges. A
// <pre> holding a table (Rouge wraps its line-number table in one) is
// read for that table.
func (b *builder) code(pre *html.Node) {
	if hasDescendant(pre, func(n *html.Node) bool { return n.DataAtom == atom.Table && n.Type == html.ElementNode }) {
		b.flow(pre)
		return
	}
	b.codeIn(pre, nil)
}

// codeIn emits pre as a code block; frame is the line-number table it was
// laid out in, or nil, and may name the language too.
func (b *builder) codeIn(pre, frame *html.Node) {
	var sb strings.Builder
	appendRaw(&sb, pre)
	text := strings.Trim(sb.String(), "\n\r")
	if strings.TrimSpace(text) != "" {
		b.emit(Block{Type: Code, Text: stripControl(text), Lang: codeLang(pre, frame)})
	}
}

// codeLevels is how far above a <pre> a highlighter's wrapper may name
// the language ("div.highlight-source-go > pre", Sphinx's
// "div.highlight-python > div.highlight > pre").
const codeLevels = 2

// codeLang returns the programming language a code block's markup names,
// the way highlighters and Markdown converters write it: data-lang, or a
// class "language-go", "lang-go", "highlight-source-go" (GitHub),
// "highlight-go" (Sphinx), "sourceCode go" (pandoc), "brush: go"
// (SyntaxHighlighter), on the <pre>, its <code>, or a wrapper just above.
// "" when none does, or names plain text.
func codeLang(pre, frame *html.Node) string {
	nodes := []*html.Node{pre}
	for c := pre.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Code {
			nodes = append(nodes, c) // the first <code> inside
			break
		}
	}
	nodes = appendAncestors(nodes, pre, codeLevels)
	if frame != nil {
		nodes = appendAncestors(append(nodes, frame), frame, codeLevels)
	}
	// Sphinx's "highlight-python" names a language only over its
	// div.highlight; elsewhere "highlight-box" is a callout's style
	sphinx := pre.Parent != nil && hasClass(pre.Parent, "highlight")
	for _, n := range nodes {
		for _, key := range langAttrs {
			if l := langName(attr(n, key)); l != "" {
				return l
			}
		}
		if l := classLang(strings.Fields(attr(n, "class")), sphinx); l != "" {
			return l
		}
	}
	return ""
}

// appendAncestors appends up to levels element ancestors of n.
func appendAncestors(nodes []*html.Node, n *html.Node, levels int) []*html.Node {
	for a, i := n.Parent, 0; a != nil && a.Type == html.ElementNode && i < levels; a, i = a.Parent, i+1 {
		nodes = append(nodes, a)
	}
	return nodes
}

// langClassPrefixes open a class that names a code block's language.
var langClassPrefixes = []string{"language-", "lang-", "highlight-source-"}

// langAttrs name a code block's language: Hugo's and Asciidoctor's
// data-lang, Prism's and several CMS editors' data-language, Medium-style
// editors' data-code-block-lang.
var langAttrs = []string{"data-lang", "data-language", "data-code-block-lang"}

// classLang finds a language in class tokens; sphinx also reads
// "highlight-python".
func classLang(tokens []string, sphinx bool) string {
	for i, t := range tokens {
		lt := strings.ToLower(t)
		for _, pre := range langClassPrefixes {
			if rest, ok := strings.CutPrefix(lt, pre); ok {
				return langName(rest)
			}
		}
		if rest, ok := strings.CutPrefix(lt, "highlight-"); ok && sphinx {
			return langName(rest)
		}
		if (lt == "sourcecode" || lt == "brush:") && i+1 < len(tokens) {
			return langName(strings.TrimSuffix(tokens[i+1], ";"))
		}
	}
	return hljsLang(tokens)
}

// hljsLang reads highlight.js's older markup, "hljs go": the one class
// beside "hljs" is the language.
func hljsLang(tokens []string) string {
	if len(tokens) != 2 {
		return ""
	}
	switch strings.ToLower(tokens[0]) {
	case "hljs":
		return langName(tokens[1])
	}
	if strings.EqualFold(tokens[1], "hljs") {
		return langName(tokens[0])
	}
	return ""
}

// maxLangRunes bounds a language name; a longer class is no name.
const maxLangRunes = 20

// langName lower-cases a language name, and returns "" for one that is
// empty, too long, holds characters no language name does (a Markdown
// fence's info string must hold no backtick), or names plain text.
func langName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || len(s) > maxLangRunes || plainTextLangs[s] {
		return ""
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || strings.ContainsRune("+#._-", r)) {
			return ""
		}
	}
	return s
}

// appendRaw writes n's text keeping white space, with <br> as newline.
func appendRaw(sb *strings.Builder, n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			sb.WriteString(c.Data)
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			sb.WriteByte('\n')
		case c.Type == html.ElementNode && !invisibleTags[c.DataAtom]:
			appendRaw(sb, c)
		}
	}
}

// stripControl removes control characters (C0, DEL and C1, which a
// mis-declared Latin-1 page produces) but keeps tabs and newlines.
func stripControl(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, s)
}

// paragraphsOf reads n as a small body of its own and returns the texts of
// its blocks, and their links in order (those of list items included): for
// quotes and, with marks, table cells.
func (p *page) paragraphsOf(n *html.Node, marks bool) ([]string, []Link) {
	sub := &builder{p: p, sections: []Section{{}}, marks: marks}
	sub.flow(n)
	sub.flush()
	var out []string
	var links []Link
	for _, s := range sub.sections {
		if s.Heading != "" {
			out = append(out, s.Heading)
		}
		for _, bl := range s.Blocks {
			if !marks {
				bl.Text = withLineBreaks(bl) // a quote's lines; a cell's stay one for its layout tests
			}
			if t := blockText(bl); t != "" {
				out = append(out, t)
				links = append(links, blockLinks(bl)...)
			}
		}
	}
	return out, links
}

// list reads ul/ol with nested lists as nested items. A list of cards
// whose items carry tables (product round-ups, "12 best …" pages) is read
// as flow: a list item has no room for a grid. Items with only headings
// stay list items, as the corpora's gold has them.
func (b *builder) list(l *html.Node) {
	if holdsCards(l) {
		b.flow(l)
		b.flush()
		return
	}
	if isGallery(l) {
		b.gallery(l)
		return
	}
	var items []ListItem
	ordered := l.DataAtom == atom.Ol
	next := listStart(l) // the number of the next item emitted
	emitItems := func() {
		if len(items) > 0 {
			bl := Block{Type: List, Ordered: ordered, Items: items}
			if ordered && next > 1 {
				bl.Start = next
			}
			b.emit(bl)
			next += len(items)
			items = nil
		}
	}
	for c := l.FirstChild; c != nil; c = c.NextSibling {
		if b.skip != nil && b.skip(c) {
			continue
		}
		if b.p.isStray(c) {
			emitItems()
			b.flowOne(c)
			continue
		}
		if c.DataAtom == atom.Li && !b.p.dropped(c) && b.p.isSectionItem(c) {
			b.flush()
			emitItems()
			b.flow(c) // a section set in an item: its heading and text
			b.flush()
			next++ // the browser numbers the item all the same
			continue
		}
		if c.Type == html.ElementNode {
			b.flush() // stray text before an item is a paragraph of its own
		}
		items = b.p.childItems(items, c)
	}
	b.flush()
	emitItems()
}

// maxListStart bounds an ordered list's start: Markdown reads at most nine
// digits as an item's number.
const maxListStart = 999_999_999

// listStart returns the number of an ordered list's first item, from its
// start attribute: 1 when it has none, or one that is no number.
func listStart(l *html.Node) int {
	n, err := strconv.Atoi(strings.TrimSpace(attr(l, "start")))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxListStart)
}

// linkItems gives each link to the first item, from the one that took the
// link before, whose text holds the link's text: links come in the order
// of the lines they were read from.
func linkItems(items []ListItem, links []Link) []ListItem {
	at := 0
	for _, l := range links {
		for i := at; i < len(items); i++ {
			if strings.Contains(items[i].Text, l.Text) {
				items[i].Links = append(items[i].Links, l)
				at = i
				break
			}
		}
	}
	return items
}

// isStray reports text standing in a list outside any item ("<ol><p>For
// example,</p><li>…"): browsers show it as a block between the items, so
// it is read as a paragraph there rather than lost.
func (p *page) isStray(c *html.Node) bool {
	switch {
	case c.Type == html.TextNode:
		return hasWordChar(c.Data)
	case c.Type != html.ElementNode, c.DataAtom == atom.Li, invisibleTags[c.DataAtom], p.dropped(c):
		return false
	}
	// a list with no item inside ("<ul><strong>Examples</strong> – …</ul>") is
	// text too
	return !hasDescendant(c, func(d *html.Node) bool { return d.DataAtom == atom.Li }) && hasWordChar(rawText(c, p.dropped))
}

// flowOne reads a single node as flow does a child.
func (b *builder) flowOne(c *html.Node) {
	if c.Type == html.TextNode {
		b.countRunes(c.Data)
		b.run.WriteString(c.Data)
		return
	}
	b.element(c)
}

// isSectionItem reports an li holding a heading and words beside it: a
// section, as feature lists and FAQ pages set them, which does not fit in
// a list item's text. An item that is only a heading is a list item
// styled large, and stays one.
func (p *page) isSectionItem(li *html.Node) bool {
	headed, beside := 0, 0
	walk(li, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			beside += runesWhere(c.Data, isWordRune)
		case c.Type != html.ElementNode:
		case c != li && (p.dropped(c) || invisibleTags[c.DataAtom]):
			return false
		case headingLevel(c) > 0:
			headed += runesWhere(rawText(c, p.dropped), isWordRune)
			return false
		}
		return true
	})
	return headed > 0 && beside > 0
}

// galleryDepth is how many ancestors of a list isGallery reads: galleries
// wrap their list in a box or two ("gallery > scroller > ul.legends").
const galleryDepth = 3

// isGallery reports a list that is a picture gallery or slideshow, by its
// own class or id or those of its nearest boxes.
func isGallery(l *html.Node) bool {
	return classedNear(l, galleryDepth, galleryTokens)
}

// classedNear reports whether n or one of its ancestors, levels elements
// in all, has a class or id token of tokens.
func classedNear(n *html.Node, levels int, tokens map[string]bool) bool {
	for i := 0; n != nil && n.Type == html.ElementNode && i < levels; n, i = n.Parent, i+1 {
		if hasToken(splitTokens(attr(n, "class")+" "+attr(n, "id")), tokens) {
			return true
		}
	}
	return false
}

// gallery reads a gallery's items as figures: each item's picture with its
// words as the caption. Legends are captions, not list items, and like
// every caption they stay out of the running text.
func (b *builder) gallery(l *html.Node) {
	for c := l.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Li || b.p.dropped(c) {
			continue
		}
		if fig, ok := b.p.galleryItem(c); ok {
			b.emit(fig)
			if b.p.sources != nil {
				b.p.noteSource(blockKey(fig), c)
			}
		}
	}
}

// galleryItem reads one gallery item as a figure: its first picture, and
// all its words (captions, legend headings and text) as the caption.
func (p *page) galleryItem(li *html.Node) (Block, bool) {
	sub := &builder{p: p, sections: []Section{{}}}
	sub.flow(li)
	sub.flush()
	fig := Block{Type: Figure}
	var words []string
	for _, s := range sub.sections {
		words = append(words, s.Heading)
		for _, bl := range s.Blocks {
			if bl.Type != Figure {
				words = append(words, blockText(bl))
				continue
			}
			if fig.Src == "" {
				fig.Src, fig.Alt = bl.Src, bl.Alt
			}
			words = append(words, bl.Text)
		}
	}
	fig.Text = normSpace(strings.Join(words, " "))
	return fig, fig.Src != "" || fig.Text != ""
}

// listItems reads the li children of a list (also those wrapped in stray
// elements); a nested list inside an item becomes its Items.
func (p *page) listItems(l *html.Node) []ListItem {
	var items []ListItem
	for c := l.FirstChild; c != nil; c = c.NextSibling {
		items = p.childItems(items, c)
	}
	return items
}

// childItems appends the items one child of a list holds: an li, a list
// standing directly in the list, or a wrapper around either.
func (p *page) childItems(items []ListItem, c *html.Node) []ListItem {
	if c.Type != html.ElementNode || p.dropped(c) || invisibleTags[c.DataAtom] {
		return items
	}
	switch {
	case c.DataAtom == atom.Li:
		if it, ok := p.listItem(c); ok {
			items = append(items, it)
		}
	case isElem(c, atom.Ul, atom.Ol):
		items = appendNested(items, p.listItems(c), c.DataAtom == atom.Ol)
	default:
		items = append(items, p.listItems(c)...)
	}
	return items
}

// appendNested hangs a list that stands directly in a list under the
// previous item, as browsers show it.
func appendNested(items, nested []ListItem, ordered bool) []ListItem {
	if len(items) == 0 {
		return nested
	}
	last := &items[len(items)-1]
	if len(last.Items) == 0 {
		last.Ordered = ordered
	}
	last.Items = append(last.Items, nested...)
	return items
}

// listItem reads one li: its paragraphs joined by blank lines, nested lists
// as sub-items.
func (p *page) listItem(li *html.Node) (ListItem, bool) {
	sub := &builder{p: p, sections: []Section{{}}}
	sub.flow(li)
	sub.flush()
	var it ListItem
	var texts []string
	for _, s := range sub.sections {
		if s.Heading != "" {
			texts = append(texts, s.Heading)
		}
		for _, bl := range s.Blocks {
			if bl.Type == List {
				if len(it.Items) == 0 {
					it.Ordered = bl.Ordered // the first nested list's kind
				}
				it.Items = append(it.Items, bl.Items...)
				continue
			}
			if t := blockText(bl); t != "" {
				texts = append(texts, t)
				it.Links = append(it.Links, bl.Links...)
			}
		}
	}
	it.Text = strings.Join(texts, "\n\n")
	return it, it.Text != "" || len(it.Items) > 0
}

// table reads a data table as a grid, or a layout table's cells as blocks.
// A table that holds only a header takes its rows from the table after it.
func (b *builder) table(t *html.Node, caption string) {
	if b.p.joined[t] {
		return
	}
	if pre := codeTablePre(t); pre != nil {
		b.codeIn(pre, t)
		return
	}
	if body := b.p.splitBody(t); body != nil {
		cells := &cellReader{p: b.p}
		if bl, ok := readSplitTable(t, body, cells.text); ok {
			b.p.joinTable(body)
			if bl.Caption == "" {
				bl.Caption = caption
			}
			bl.Links = cells.links
			b.emit(bl)
			return
		}
	}
	cells := &cellReader{p: b.p}
	bl, layout := readTable(t, cells.text)
	if layout {
		b.flowLayoutTable(t)
		return
	}
	if bl.Caption == "" {
		bl.Caption = caption
	}
	bl.Links = cells.links
	if len(bl.Rows) > 0 || len(bl.Header) > 0 {
		b.emit(bl)
	}
}

// cellReader flattens a table's cells, as readTable asks for them (once
// each, in reading order), and keeps their links in that order: the
// renderers give each cell, in the same order, the links its text holds.
// A link whose text the cell no longer shows is left out, so that the
// links after it still find their cells.
type cellReader struct {
	p     *page
	links []Link
}

func (r *cellReader) text(n *html.Node) string {
	texts, links := r.p.paragraphsOf(n, true)
	text := strings.Join(withoutLoneMarks(texts), " ")
	if isOrnament(text) {
		text = ""
	}
	if n.DataAtom == atom.Caption {
		return text // a caption is written apart, without links
	}
	shown := cleanCellText(text)
	for _, l := range links {
		if l.Text != "" && strings.Contains(shown, l.Text) {
			r.links = append(r.links, l)
		}
	}
	return text
}

// withoutLoneMarks drops a cell's texts of marks alone when another holds
// words: a cell's "✓" is its value, but beside "9.8" a row of "☆ ★" is the
// drawing of a rating.
func withoutLoneMarks(texts []string) []string {
	if !slices.ContainsFunc(texts, hasWordChar) {
		return texts
	}
	return slices.DeleteFunc(texts, func(t string) bool { return !hasWordChar(t) })
}

// splitBody returns the table that holds the rows of header-only table t:
// the next element after it, or after the wrappers that hold t alone, seen
// through wrappers that hold that table alone. Templates with a fixed
// header row (DataTables' scrolling mode, spec boxes) set the header and
// the rows as two tables.
func (p *page) splitBody(t *html.Node) *html.Node {
	if !headerOnly(t) {
		return nil
	}
	n := t
	for range maxSplitWrappers + 1 {
		if next := nextElement(n); next != nil {
			body := soleTableIn(next)
			if body == nil || p.dropped(body) || p.joined[body] || !p.inOneRoot(t, body) {
				return nil
			}
			return body
		}
		if n = n.Parent; n == nil || n.Type != html.ElementNode || n.DataAtom == atom.Body {
			return nil
		}
	}
	return nil
}

// inOneRoot reports whether a and b sit in the same element chosen as the
// body: a table of rows outside the article is not the article's.
func (p *page) inOneRoot(a, b *html.Node) bool {
	for _, r := range p.body {
		if isAncestor(r, a) {
			return isAncestor(r, b)
		}
	}
	return false
}

// maxSplitWrappers is how many wrapper elements may stand between a split
// table's two halves on either side.
const maxSplitWrappers = 3

// soleTableIn returns n when it is a table, or the table that the
// wrappers from n down hold with nothing else.
func soleTableIn(n *html.Node) *html.Node {
	for range maxSplitWrappers + 1 {
		if n.DataAtom == atom.Table {
			return n
		}
		if n = soleElementChild(n); n == nil {
			return nil
		}
	}
	return nil
}

// joinTable records that body was read with the header table before it.
func (p *page) joinTable(body *html.Node) {
	if p.joined == nil {
		p.joined = make(map[*html.Node]bool)
	}
	p.joined[body] = true
}

// flowLayoutTable reads the cells of a layout table in order, each cell a
// container of its own.
func (b *builder) flowLayoutTable(t *html.Node) {
	walk(t, func(n *html.Node) bool {
		if n == t {
			return true
		}
		if n.Type != html.ElementNode || b.p.dropped(n) {
			return false
		}
		if isElem(n, atom.Td, atom.Th) {
			b.flow(n)
			b.flush()
			return false
		}
		if n.DataAtom == atom.Caption {
			return false
		}
		if n.DataAtom == atom.Table { // a nested table inside a row group
			b.table(n, "")
			return false
		}
		return true
	})
}

// figureGallery reads a figure of figures (WordPress's
// "wp-block-gallery"), each figure with its own caption. The gallery's
// caption under them names the set, not a picture, and is left out with
// the box, as a single figure without a picture is.
func (b *builder) figureGallery(f *html.Node) {
	b.flush()
	for c := f.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom != atom.Figcaption {
			b.element(c)
		}
	}
	b.flush()
}

// figure reads <figure>: an image with its caption, or a table or quote
// that a block editor wrapped in a figure.
func (b *builder) figure(f *html.Node) {
	if hasChild(f, atom.Figure) {
		b.figureGallery(f)
		return
	}
	var img, table, quote, caption, media *html.Node
	tables := 0
	walk(f, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n == f {
			return n == f
		}
		switch {
		case caption == nil && hasClassIn(n, captionTextClasses):
			caption = n // left out of the text as captions are; the figure's own
			return false
		case b.p.dropped(n):
			return false
		case n.DataAtom == atom.Figcaption && caption == nil:
			caption = n
			return false
		case n.DataAtom == atom.Table:
			tables++
			if table == nil {
				table = n
			}
			return false
		case isMediaElem(n) && media == nil:
			media = n
			return false
		case n.DataAtom == atom.Blockquote && quote == nil:
			quote = n
			return false
		case isPicture(n) && img == nil:
			img = n
		}
		return true
	})
	capText := ""
	if caption != nil {
		capText = innerText(caption, b.p.dropped)
	}
	switch {
	case tables > 1:
		// A title table over a data table, or several tables: a box of
		// content, read in order so that none is lost.
		b.flow(f)
		b.flush()
	case table != nil:
		b.table(table, capText)
	case quote != nil:
		b.quote(quote)
		b.attribute(capText)
	case media != nil && img == nil:
		b.embed(media, capText)
	case img != nil:
		if src := b.p.imageURL(img); src != "" || capText != "" && b.p.unresolvedImage(img) {
			b.emit(Block{Type: Figure, Src: src, Alt: normSpace(attr(img, "alt")), Text: capText})
		}
	case caption != nil && b.onlyCaption(f, caption):
		// a player a script fills in, or a picture the page lazy-loads
		// with no address left: nothing to show, and a caption is no text
	default:
		b.flow(f)
		b.flush()
	}
}

// isCaptionedFigure reports a <figure> with a caption of its own: a box
// around it is no caption's, while an uncaptioned one leaves its caption
// beside it in the box ("<div class=image><figure><img></figure><p>…").
func isCaptionedFigure(n *html.Node) bool {
	return n.DataAtom == atom.Figure && hasDescendant(n, func(c *html.Node) bool {
		return isCaptionElem(c) || hasClassIn(c, captionTextClasses)
	})
}

// minBoxCaptionWords is the fewest words a picture's box holds for them
// to be its caption: one or two are a label over it ("País", a section's
// name) or a button ("×").
const minBoxCaptionWords = 3

// pictureBox reads a box holding one picture and its caption, set in
// plain elements (see page.pictureBox), as a figure: the box's text is
// the caption.
func (b *builder) pictureBox(box *html.Node) {
	var img *html.Node
	walk(box, func(n *html.Node) bool {
		if img == nil && isPicture(n) {
			img = n
		}
		return img == nil
	})
	src := b.p.imageURL(img)
	if src == "" || isDecorative(img, src) {
		b.flow(box) // an icon or a pixel beside a line: the line is no caption
		b.flush()
		return
	}
	b.flush()
	captioned := func(n *html.Node) bool { return b.p.dropped(n) && !hasClassIn(n, captionTextClasses) } // the cleaning sets captions aside for their picture to read
	b.emit(Block{Type: Figure, Src: src, Alt: normSpace(attr(img, "alt")), Text: normSpace(innerText(box, captioned))})
}

// onlyCaption reports whether the figure f holds no text of its own
// beside its caption.
func (b *builder) onlyCaption(f, caption *html.Node) bool {
	return strings.TrimSpace(innerText(f, func(n *html.Node) bool { return n == caption || b.p.dropped(n) })) == ""
}

// embed reads a player as an Embed block with caption: nothing when its
// address is no usable http(s) URL. A social post's caption is its own
// text and credit, read from its paragraphs.
func (b *builder) embed(m *html.Node, caption string) {
	src := b.p.absURL(mediaSource(m), false)
	if src == "" {
		return
	}
	title := normSpace(attr(m, "title"))
	if playerLabel.MatchString(title) {
		title = "" // "YouTube video player" names no video
	}
	if isSocialPost(m) {
		caption = strings.Join(nonEmpty(append(b.postParagraphs(m), caption)...), "\n")
	}
	b.flush()
	b.emit(Block{Type: Embed, Src: src, Alt: title, Text: caption})
}

// isSocialPost reports the blockquote a social network's embed code
// writes for one post (socialPostClasses), which its script turns into a
// player.
func isSocialPost(n *html.Node) bool {
	return isElem(n, atom.Blockquote) && slices.ContainsFunc(strings.Fields(strings.ToLower(attr(n, "class"))), func(c string) bool { return socialPostClasses[c] })
}

// postParagraphs returns the texts of a social post's paragraphs: its
// caption and its credit ("A post shared by Ann (@ann)"), without the
// button labels the embed code sets outside them ("View this post on
// Instagram"). A post without paragraphs (TikTok's: the handle, the
// caption and the sound, side by side in a <section>) gives its text.
func (b *builder) postParagraphs(m *html.Node) []string {
	var out []string
	walk(m, func(n *html.Node) bool {
		if isElem(n, atom.P) {
			if t := rawText(n, b.p.dropped); t != "" {
				out = append(out, t)
			}
			return false
		}
		return true
	})
	if len(out) == 0 {
		if t := normSpace(rawText(m, b.p.dropped)); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// playerLabel matches the title a player gives every video it embeds.
var playerLabel = regexp.MustCompile(`(?i)^(?:youtube|vimeo|dailymotion|spotify|soundcloud|embedded)?\s*(?:embed(?:ded)?\s*)?(?:video|audio|media)?\s*(?:player)?$`)

// isMediaElem reports a <video> or <audio> with a source, or an <iframe>
// of a known video or audio player or graphic (mediaPlayerPrefixes):
// other frames hold ads, forms and widgets.
func isMediaElem(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Video, atom.Audio:
		return mediaSource(n) != ""
	case atom.Blockquote:
		return isSocialPost(n) && mediaSource(n) != ""
	case 0:
		return mediaSource(n) != "" // an AMP page's players (ampPlayerURL)
	case atom.Iframe:
		return isPlayerAddress(mediaSource(n))
	}
	return false
}

// isPlayerAddress reports the address of a known video or audio player
// (mediaPlayerPrefixes), with or without its scheme and "www.".
func isPlayerAddress(src string) bool {
	src = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(strings.TrimSpace(src)), "https:"), "http:"), "//")
	return hasPrefixIn(strings.TrimPrefix(src, "www."), mediaPlayerPrefixes)
}

// mediaSource returns a player's address: its src, a lazy loader's
// data-src, or a <video>'s first <source>; a social post's permalink; an
// AMP player's address.
func mediaSource(n *html.Node) string {
	if isElem(n, atom.Blockquote) {
		return postPermalink(n)
	}
	if n.DataAtom == 0 {
		return ampPlayerURL(n)
	}
	return mediaSourceOf(n)
}

// mediaSourceOf returns an element's src, its lazy loader's data-src, or
// its first <source>'s src.
func mediaSourceOf(n *html.Node) string {
	for _, key := range []string{"src", "data-src", "data-lazy-src"} {
		if v := strings.TrimSpace(attr(n, key)); v != "" && !strings.HasPrefix(v, "about:") {
			return v
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Source {
			if v := strings.TrimSpace(attr(c, "src")); v != "" {
				return v
			}
		}
	}
	return ""
}

// ampPlayerURL returns the address of an AMP page's player element: the
// src of <amp-video> and <amp-audio>, an <amp-iframe>'s known player, or
// the player a video id names (<amp-youtube data-videoid>); "" for other
// elements.
func ampPlayerURL(n *html.Node) string {
	switch n.Data {
	case "amp-video", "amp-audio":
		return mediaSourceOf(n)
	case "amp-iframe":
		if src := attr(n, "src"); isPlayerAddress(src) {
			return src
		}
	}
	if prefix, ok := ampPlayers[n.Data]; ok {
		if id := strings.TrimSpace(attr(n, "data-videoid")); id != "" {
			return prefix + url.PathEscape(id)
		}
	}
	return ""
}

// postPermalink returns a social post's address: Instagram's
// data-instgrm-permalink, TikTok's cite, or the post's first link.
func postPermalink(n *html.Node) string {
	for _, key := range []string{"data-instgrm-permalink", "cite"} {
		if v := strings.TrimSpace(attr(n, key)); v != "" {
			return v
		}
	}
	var href string
	walk(n, func(c *html.Node) bool {
		if href == "" && isElem(c, atom.A) {
			href = strings.TrimSpace(attr(c, "href"))
		}
		return href == ""
	})
	return href
}

// image reads an <img> outside a figure as a figure of its own when it is
// a picture rather than an icon, a smiley or a tracking pixel.
func (b *builder) image(img *html.Node) {
	src := b.p.imageURL(img)
	if src == "" || isDecorative(img, src) || isStandIn(img, src) {
		return
	}
	b.flush()
	bl := Block{Type: Figure, Src: src, Alt: normSpace(attr(img, "alt"))}
	b.emit(bl)
	if b.p.sources != nil {
		b.p.noteSource(blockKey(bl), img) // an <img> in running text is no block of its own for element to note
	}
}

// isStandIn reports a picture with no words whose only address is a
// lazy-loading page's stand-in ("lazyloading-placeholder.png", Substack's
// "missing-image.png"): imageURL found no real picture to show, and
// without alternative text the figure would say nothing.
func isStandIn(img *html.Node, src string) bool {
	return strings.TrimSpace(attr(img, "alt")) == "" && isPlaceholderImage(src)
}

// isDecorative reports icons, emoji, pixels and share buttons by size,
// class, alternative text and the name of the file shown, src (a lazy
// image's src may be a "blank.gif" while its data-src is the picture).
func isDecorative(img *html.Node, src string) bool {
	if tinySize(attr(img, "width"), attr(img, "height")) {
		return true
	}
	cls := strings.ToLower(attr(img, "class"))
	if strings.Contains(cls, "emoji") || strings.Contains(cls, "smiley") || strings.Contains(cls, "icon") || strings.Contains(cls, "avatar") {
		return true
	}
	if hasPrefixIn(strings.ToLower(normSpace(attr(img, "alt"))), buttonImageAlts) {
		return true // a share or follow button drawn as a picture
	}
	for _, w := range splitTokens(imageName(src)) {
		if _, ok := decorativeImageWords[w]; ok {
			return true
		}
	}
	squashed := strings.Join(splitTokens(src), "")
	return slices.ContainsFunc(decorativeImageRuns, func(run string) bool { return strings.Contains(squashed, run) })
}

// tinySize reports an image's width and height attributes as an icon's or
// a tracking pixel's: a side under 100 pixels, or nothing but zeros. A
// zero beside a real size leaves that side to the picture (cnet's
// width="570" height="0").
func tinySize(w, h string) bool {
	under100 := func(v string) bool { return v != "" && len(v) <= 2 && v != "0" }
	unset := func(v string) bool { return v == "" || v == "0" }
	return under100(w) || under100(h) || (w == "0" || h == "0") && unset(w) && unset(h)
}

// imageName is the file name of an image URL without its extension.
func imageName(src string) string {
	if i := strings.IndexAny(src, "?#"); i >= 0 {
		src = src[:i]
	}
	if u, err := url.PathUnescape(src); err == nil {
		src = u // an old page's "\images\spacer.gif" comes as %5C
	}
	src = src[strings.LastIndexAny(src, `/\`)+1:]
	if i := strings.LastIndexByte(src, '.'); i > 0 {
		src = src[:i]
	}
	return src
}

// blockText is a block's plain text, as it stands in Article.Text. A
// figure's caption stays on its block but out of the running text: credits
// and picture legends are not the article's prose.
func blockText(bl Block) string {
	switch bl.Type {
	case Figure, Embed:
		return ""
	case List:
		var sb strings.Builder
		writeItems(&sb, bl.Items, 0)
		return strings.TrimRight(sb.String(), "\n")
	case Table:
		var lines []string
		if bl.Caption != "" {
			lines = append(lines, bl.Caption)
		}
		if bl.flat != "" {
			return strings.Join(append(lines, bl.flat), "\n")
		}
		for _, r := range append(append([][]string{}, bl.Header...), bl.Rows...) {
			lines = append(lines, strings.Join(r, "\t"))
		}
		return strings.Join(lines, "\n")
	default:
		return bl.Text
	}
}

func writeItems(sb *strings.Builder, items []ListItem, depth int) {
	for _, it := range items {
		if it.Text != "" {
			sb.WriteString(strings.Repeat("  ", depth))
			sb.WriteString(it.Text)
			sb.WriteByte('\n')
		}
		writeItems(sb, it.Items, depth+1)
	}
}

// restoreLineBreaks writes back, as "\n", the line breaks (<br>) of the
// paragraphs whose text no stage has changed since it was read.
func restoreLineBreaks(sections []Section) {
	for si := range sections {
		for bi := range sections[si].Blocks {
			bl := &sections[si].Blocks[bi]
			bl.Text = withLineBreaks(*bl)
			bl.breaks, bl.brText = nil, ""
		}
	}
}

// withLineBreaks returns bl's text with its line breaks, when the text is
// still the one they were read in.
func withLineBreaks(bl Block) string {
	if len(bl.breaks) == 0 || bl.Text != bl.brText {
		return bl.Text
	}
	b := []byte(bl.Text)
	for _, off := range bl.breaks {
		if off < len(b) && b[off] == ' ' {
			b[off] = '\n'
		}
	}
	return string(b)
}

// bodyText joins every heading and block of the body with blank lines.
func bodyText(sections []Section) string {
	var parts []string
	for _, s := range sections {
		if s.Heading != "" {
			parts = append(parts, s.Heading)
		}
		for _, bl := range s.Blocks {
			if t := blockText(bl); t != "" {
				parts = append(parts, t)
			}
		}
	}
	return strings.Join(parts, "\n\n")
}
