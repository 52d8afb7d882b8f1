package newsextract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// verdict is what the cleaning stage decided about one element.
type verdict struct {
	kind ruleKind
	rule string // the reason, for Explain
}

// ruleBacklink is byBacklink's reason, named for the builder, which
// leaves out the brackets around such a link.
const ruleBacklink = "footnote backlink"

// ruleLinkBar is byLinkBar's reason, named for keepsMeasure.
const ruleLinkBar = "link bar: only short links"

// ruleToolbar opens byToolbar's reasons, named for keepsMeasure.
const ruleToolbar = "tool bar: "

// keepsMeasure reports whether the element still counts in the content
// choice's measure: a link bar, an article's tool bar or the links under a
// widget's title leave the output, as do the "Read more" links that end
// teasers, but their links remain the evidence that the region around
// them is navigation or a teaser list, not the story.
func (v verdict) keepsMeasure() bool {
	return v.kind == kindDrop && (v.rule == ruleLinkBar || strings.HasPrefix(v.rule, ruleToolbar) || strings.HasPrefix(v.rule, rulePhrase+teaserLink)) || strings.HasPrefix(v.rule, ruleLinksAfter)
}

// rulePhrase opens byPhrase's reasons.
const rulePhrase = "phrase: "

// ruleLinksAfter opens markLinksAfter's reasons, named for keepsMeasure.
const ruleLinksAfter = "links under the widget title: "

// cleaner finds page furniture, related-reading blocks and comments. It
// records its verdicts in a map and never touches the tree.
type cleaner struct {
	p        *page
	stats    map[*html.Node]*nodeStats
	total    int // prose runes in the whole page
	verdicts map[*html.Node]verdict
	bars     map[*html.Node]barInfo // byLinkBar's memo
	front    map[*html.Node]bool    // breadcrumbTrail's memo: links that lead to the front page
	texts    map[*html.Node]string  // lowerText's memo
	noPrompt map[string]bool        // texts byPrompt found no prompt in
	noCredit map[string]bool        // texts byCaptionCredit found no credit at the end of

	dateLines    int        // dateLineCount's memo; -1 until counted
	headline     *html.Node // the first heading showing the title
	headlineRead bool       // whether headline has been looked for
}

// lowerText is n's text lower-cased with white space folded, computed once
// for the several rules that read the same short block.
func (c *cleaner) lowerText(n *html.Node) string {
	if t, ok := c.texts[n]; ok {
		return t
	}
	if c.texts == nil {
		c.texts = make(map[*html.Node]string)
	}
	t := strings.ToLower(normSpace(rawText(n, nil)))
	c.texts[n] = t
	return t
}

// clean runs the furniture rules over the whole document, top down: once an
// element is dropped its subtree is not visited again.
func (p *page) clean() {
	c := &cleaner{p: p, verdicts: make(map[*html.Node]verdict), dateLines: -1}
	c.stats = measure(p.doc, p.cancelled)
	if s := c.stats[p.doc]; s != nil {
		c.total = s.prose
	}
	walk(p.doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if invisibleTags[n.DataAtom] || !p.alive() {
			return false
		}
		v := c.judge(n)
		if v.kind == kindNone {
			return true
		}
		c.verdicts[n] = v
		return false
	})
	c.markOtherStories()
	c.markCommentAnchors()
	c.markLinkLines()
	c.applyWidgetHeadings()
	c.markCardGrids()
	c.markTeaserBoxes()
	c.dropSponsoredSections()
	c.dropOrphanLabels()
	p.verdicts = c.verdicts
}

// judge applies the element rules in order of certainty.
func (c *cleaner) judge(n *html.Node) verdict {
	// A part the page declares paywalled is the article's own text,
	// however it is hidden or classed ("paywall"); what it says is still
	// judged (a promo line, a caption's credit).
	paywalled := c.p.paywalled[n]
	if v := c.byHidden(n); v.kind != kindNone && !paywalled {
		return v
	}
	if c.holdsArticle(n) && !sidebarBox(n) && !c.relatedBeside(n) && !c.consentBeside(n) {
		return c.longComments(n)
	}
	for _, rule := range []func(*html.Node) verdict{c.byTag, c.byRole, c.byTokens, c.byNoPrint, c.byPhrase, c.byToolbar, c.byButtonLink, c.byCredit, c.byReviewLine, c.byBylineLine, c.byBylineBox, c.byAuthorList, c.byAuthorNameLine, c.byAuthorWithTitle, c.byDateLine, c.byCreditBox, c.byDateCounterRow, c.byKickerLine, c.byPlayerTime, c.byEmptyPlayerTitle, c.byPlayerHeadingBox, c.byAuthorHeading, c.byPermalink, c.byBacklink, c.byToTopLink, c.byFragmentLink, c.byPosterCard, c.byCaptionCredit, c.byPrompt, c.bySkippedBox, c.byDisclaimer, c.byPromo, c.byBracketedHeadline, c.byBulletedHeadline, c.byCapitalHeadline, c.byLinkedHeadingCard, c.byLinkedFigureCard, c.byLinkedPictureCard, c.byPromoLabel, c.byInlineHeadline, c.byTagLine, c.byCommentLink, c.byCommentPrompt, c.byInlineBox, c.byArchiveLink, c.byStrayItem, c.byLinkBar, c.byLinkDirectory} {
		if v := rule(n); v.kind != kindNone && !(paywalled && v.rule == rulePaywallToken) {
			return v
		}
	}
	return verdict{}
}

// rulePaywallToken is byTokens' reason for a "paywall" class: on an
// element the page declares paywalled it names the text, not a prompt.
var rulePaywallToken = "class/id: " + boilerTokens["paywall"]

// byKickerLine drops the kicker set as its own line over the headline
// (French "p.surtitre", Italian "div.occhiello"): a section's name or a
// topic in a few words, classed as such (kickerTokens marked true) or all
// a link (The Paper's "<div class=index_nodeName__Yw3b5><a
// href=/list_25431>浦江头条</a></div>", whose classes are hashed), whose
// next element is or holds the page's h1.
func (c *cleaner) byKickerLine(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxKickerLineRunes || s.paras > 1 || headingLevel(n) > 0 {
		return verdict{}
	}
	if (s.link < s.text || hasDescendant(n, isPicture)) && !hasToken(splitTokens(strings.ToLower(attr(n, "class"))), kickerTokens) {
		return verdict{} // unclassed, only a link to the section reads as its name; a picture's box with a linked badge is the lead figure
	}
	if countWords(c.lowerText(n)) > maxLeadKickerWords {
		return verdict{}
	}
	next := nextElement(n)
	if next == nil || !isElem(next, atom.H1) && !hasDescendant(next, func(h *html.Node) bool { return isElem(h, atom.H1) }) {
		return verdict{}
	}
	return verdict{kindDrop, "kicker: a section's name over the headline"}
}

// maxKickerLineRunes bounds a kicker line before its words are counted:
// most elements are longer, and their classes are not read.
const maxKickerLineRunes = 60

// dropSponsoredSections drops a section a heading labels as an ad
// ("Advertisement: New AI Book", "Sponsored: ...") with the blocks that
// follow it up to the next heading of its level or above: newsletters
// set their sponsors' copy in the flow of the issue, under such a
// heading, where no box encloses it. A shopping heading ("Where to buy")
// goes with its retailer links the same way, when all that follows it up
// to the next heading is a few links.
func (c *cleaner) dropSponsoredSections() {
	walk(c.p.doc, func(n *html.Node) bool {
		if c.dropped(n) {
			return false
		}
		if headingLevel(n) == 0 {
			return true
		}
		t := c.lowerText(n)
		switch {
		case isSponsorHeading(t):
			c.dropSection(n, c.sectionAfter(n, false), "sponsored section")
		case isShopHeading(t):
			if run := c.sectionAfter(n, true); c.onlyLinks(run) {
				c.dropSection(n, run, "shopping links")
			}
		}
		return false
	})
}

// walkLive calls visit on every visible element no rule has judged yet,
// in page order; visit's result says whether to go below it.
func (c *cleaner) walkLive(visit func(*html.Node) bool) {
	walk(c.p.doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if c.dropped(n) || invisibleTags[n.DataAtom] {
			return false
		}
		return visit(n)
	})
}

// maxOrphanLabelRunes bounds a label dropOrphanLabels takes: "More On:",
// "Topics:", "Related tags:".
const maxOrphanLabelRunes = 40

// dropOrphanLabels drops a label whose field other rules emptied: a <dt>
// or a heading ending in a colon ("Topics:", "More On:") when all that
// follows it in its box, up to the next term, went (a tag list, a
// transcript's toggle). Alone it would read as the story's last line.
func (c *cleaner) dropOrphanLabels() {
	c.walkLive(func(n *html.Node) bool {
		if n.DataAtom != atom.Dt && headingLevel(n) == 0 {
			return true
		}
		t := c.lowerText(n)
		if strings.HasSuffix(t, ":") && utf8.RuneCountInString(t) <= maxOrphanLabelRunes && c.fieldEmptied(n) {
			c.verdicts[n] = verdict{kindDrop, "label of a block that went"}
		}
		return false
	})
}

// fieldEmptied reports whether the siblings after label, up to the next
// <dt>, hold at least one element and nothing that other rules left.
func (c *cleaner) fieldEmptied(label *html.Node) bool {
	elements := 0
	for s := label.NextSibling; s != nil && s.DataAtom != atom.Dt; s = s.NextSibling {
		switch {
		case s.Type == html.TextNode:
			if strings.TrimSpace(s.Data) != "" {
				return false
			}
		case s.Type == html.ElementNode:
			if c.liveText(s) {
				return false
			}
			elements++
		}
	}
	return elements > 0
}

// liveText reports text under n outside what rules dropped.
func (c *cleaner) liveText(n *html.Node) bool {
	found := false
	walk(n, func(d *html.Node) bool {
		if found || d.Type == html.ElementNode && (c.dropped(d) || invisibleTags[d.DataAtom]) {
			return false
		}
		if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" {
			found = true
		}
		return !found
	})
	return found
}

// sectionAfter returns the element siblings after heading h up to the
// next heading of its level or above, or of any level when anyLevel is
// set; other rules may have judged some of them already.
func (c *cleaner) sectionAfter(h *html.Node, anyLevel bool) []*html.Node {
	level := headingLevel(h)
	var run []*html.Node
	for s := h.NextSibling; s != nil; s = s.NextSibling {
		if l := headingLevel(s); l > 0 && (anyLevel || l <= level) {
			break
		}
		if s.Type == html.ElementNode {
			run = append(run, s)
		}
	}
	return run
}

// dropSection drops a heading and the blocks of its section.
func (c *cleaner) dropSection(h *html.Node, run []*html.Node, rule string) {
	c.verdicts[h] = verdict{kindDrop, rule}
	for _, s := range run {
		if !c.dropped(s) {
			c.verdicts[s] = verdict{kindDrop, rule}
		}
	}
}

// maxShopLinksRunes bounds the retailer links under a shopping heading.
const maxShopLinksRunes = 300

// onlyLinks reports a short run of blocks whose text is mostly link text.
func (c *cleaner) onlyLinks(run []*html.Node) bool {
	text, link := 0, 0
	for _, n := range run {
		if s := c.stats[n]; s != nil {
			text += s.text
			link += s.link
		}
	}
	return text > 0 && text <= maxShopLinksRunes && 2*link >= text
}

// dropped reports whether a rule has judged n already.
func (c *cleaner) dropped(n *html.Node) bool {
	_, ok := c.verdicts[n]
	return ok
}

// isSponsorHeading reports a heading that labels what follows as paid
// for: an ad label and a colon or dash, then the product, or the product
// and the label in brackets ("GitHub Actions analytics (Sponsored)").
func isSponsorHeading(t string) bool {
	end := strings.TrimRightFunc(t, unicode.IsSpace)
	for _, l := range sponsorLabels {
		if rest, ok := strings.CutPrefix(t, l); ok && (strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, " –")) {
			return true
		}
		if strings.HasSuffix(end, "("+l+")") || strings.HasSuffix(end, "["+l+"]") {
			return true
		}
	}
	return false
}

// isShopHeading reports a heading over retailer links: a shopping label
// alone ("Where to buy", "WHERE TO BUY:") or naming the shops next ("Buy
// now from one of our trusted retail partners:"). "Where to buy our
// plants near you" names a store finder, a part of the page's own text.
func isShopHeading(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ":?!. ")
	for _, h := range shopHeadings {
		rest, ok := strings.CutPrefix(t, h)
		if ok && (rest == "" || hasPrefixIn(rest, []string{" from ", " at ", " on "})) {
			return true
		}
	}
	return false
}

// holdsArticle is the guard against a furniture rule on a wrapper: an
// element with most of the page's prose is never dropped whole.
func (c *cleaner) holdsArticle(n *html.Node) bool {
	s := c.stats[n]
	return s != nil && c.total > 0 && s.prose*2 > c.total
}

// sidebarBox reports an <aside> or role=complementary box without the
// page's headline: the page itself says it is beside the article, so its
// teaser blurbs may outweigh a short story and still go (Libération's
// sidebar of live news, most-shared lists and shop).
func sidebarBox(n *html.Node) bool {
	return (n.DataAtom == atom.Aside || strings.EqualFold(attr(n, "role"), "complementary")) && !hasHeadline(n)
}

// relatedBeside reports a box its class or id names as related reading
// ("relatedPane") where the heading showing the title stands outside it:
// like an <aside>, its blurbs of other blogs may outweigh a short story
// and still go.
func (c *cleaner) relatedBeside(n *html.Node) bool {
	if k, _ := c.p.tokenKind(n); k != kindRelated {
		return false
	}
	h := c.shownHeadline()
	return h != nil && !isAncestor(n, h)
}

// consentBeside reports a cookie or privacy notice by class or id (the
// boilerTokens given the reason "cookie banner": cookie, cookies,
// consent, gdpr), where the heading showing the title stands outside it:
// on a page whose story is a list of links, the notice's sentences can be
// most of the page's prose, and it is still no article.
func (c *cleaner) consentBeside(n *html.Node) bool {
	if k, why := c.p.tokenKind(n); k != kindDrop || why != boilerTokens["cookie"] {
		return false // the token rules' verdict, cached by class and id
	}
	h := c.shownHeadline()
	return h != nil && !isAncestor(n, h)
}

// isStreamedSegment reports React's streamed server rendering, which parks
// finished parts of the page in <div hidden id="S:0"> until a script moves
// them into place: hidden in the markup, shown to every reader.
func isStreamedSegment(n *html.Node) bool {
	id := attr(n, "id")
	return n.DataAtom == atom.Div && strings.HasPrefix(id, "S:") && isBase36(id[2:])
}

// isBase36 reports a non-empty run of digits and lower-case letters, as
// React numbers its streamed segments ("S:0", "S:b", "S:1f").
func isBase36(s string) bool {
	for _, r := range s {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'z') {
			return false
		}
	}
	return s != ""
}

// longComments lets a comment section that outgrows its article go: a
// strong comment token on an element without the page's headline is a
// thread, however long, not the story's wrapper.
func (c *cleaner) longComments(n *html.Node) verdict {
	if k, why := c.p.tokenKind(n); k == kindComments && !hasHeadline(n) && !c.postsNotReplyForm(n, why) {
		return verdict{kindComments, "class/id: " + why}
	}
	return verdict{}
}

// hasHeadline reports whether an <h1> stands under n.
func hasHeadline(n *html.Node) bool {
	return hasDescendant(n, func(c *html.Node) bool { return c.DataAtom == atom.H1 })
}

func (c *cleaner) byHidden(n *html.Node) verdict {
	if isStreamedSegment(n) {
		return verdict{}
	}
	if (hasAttr(n, "hidden") || attr(n, "aria-hidden") == "true" && !besideScreenReaderText(n) && !isDropCap(n) || hiddenByStyle(n)) && !disclosurePanel(n) && !wrapsDisclosurePanel(n) {
		return verdict{kindDrop, "hidden element"}
	}
	if screenReaderOnly(n) {
		return verdict{kindDrop, "text for screen readers only"}
	}
	if printOnly(n) {
		return verdict{kindDrop, "shown only in print"}
	}
	return verdict{}
}

// isDropCap reports an element holding one letter that the word after
// it goes on from ("<span aria-hidden>T</span>he ferry…"): a magazine's
// drop cap, hidden from screen readers only because they spell it apart.
// Without it the story's first word loses its first letter.
func isDropCap(n *html.Node) bool {
	letter := []rune(strings.TrimSpace(rawText(n, nil)))
	if len(letter) != 1 || !unicode.IsUpper(letter[0]) {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if t := rawText(s, nil); t != "" || s.Type == html.TextNode {
			r, _ := utf8.DecodeRuneInString(t)
			return unicode.IsLower(r)
		}
	}
	return false
}

// besideScreenReaderText reports an element with a sibling that is, or
// holds, text for screen readers: the two are one value said twice, "mins" for
// the eye (aria-hidden) and "minutes" for the ear (WP Recipe Maker's
// times, a league table's "W" for "Won"). Readers see the first.
func besideScreenReaderText(n *html.Node) bool {
	for _, sibs := range [2]func(*html.Node) *html.Node{
		func(s *html.Node) *html.Node { return s.PrevSibling },
		func(s *html.Node) *html.Node { return s.NextSibling },
	} {
		for s := sibs(n); s != nil; s = sibs(s) {
			if s.Type == html.ElementNode && (screenReaderOnly(s) || hasDescendant(s, screenReaderOnly)) {
				return true
			}
		}
	}
	return false
}

// printOnly reports an element classed to show only on paper: a print
// framework class (printOnlyClasses), or a hiding class beside print
// display classes and no screen one ("d-none d-print-block", Tailwind's
// "hidden print:block"). Readers never see it on screen; no script shows
// it, unlike a bare hiding class. Phys.org prints a citation block so.
func printOnly(n *html.Node) bool {
	hidden, printed := false, false
	for c := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		switch {
		case printOnlyClasses[c]:
			return true
		case hidingClasses[c]:
			hidden = true
		case strings.HasPrefix(c, "d-print-") || strings.HasPrefix(c, "print:"):
			printed = true
		case showsAtSomeWidth(c):
			return false
		}
	}
	return hidden && printed
}

// byNoPrint drops a block the site leaves out of its printed page
// (noPrintClasses). Inline elements stay: Wikipedia marks "[citation
// needed]" and a date's "(18 years ago)" so, inside sentences. Pictures
// stay too: a site may print the text alone to spare ink (The Washington
// Post's lead photo, KBS's in a div), and the picture is still the
// article's; a box holding one and a caption's worth of text is kept.
func (c *cleaner) byNoPrint(n *html.Node) verdict {
	if isInline(n) || !hasClassIn(n, noPrintClasses) {
		return verdict{}
	}
	if s := c.stats[n]; (s == nil || s.text <= maxCaptionRunes) && (n.DataAtom == atom.Figure || hasDescendant(n, isPicture)) {
		return verdict{}
	}
	if h := c.shownHeadline(); h != nil && isAncestor(n, h) {
		return verdict{} // the story's head for the screen (AOC: headline, byline, standfirst); paper gets a copy of its own, and the rules below judge its parts
	}
	return verdict{kindDrop, "hidden from print"}
}

// screenReaderOnly reports an element classed as text for screen
// readers; headings too, which the token rules leave alone.
func screenReaderOnly(n *html.Node) bool {
	return hasClassIn(n, screenReaderClasses)
}

// hasClassIn reports whether one of n's classes, lower-cased, is in set.
func hasClassIn(n *html.Node, set map[string]bool) bool {
	for c := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if set[c] {
			return true
		}
	}
	return false
}

// disclosurePanel reports a collapsed accordion or tab panel: a region a
// button labels (role=region or tabpanel with aria-labelledby). Readers
// open it with a click, so its text is the page's, hidden or not
// (energysage's installation steps, FAQ answers).
func disclosurePanel(n *html.Node) bool {
	role := strings.ToLower(attr(n, "role"))
	return (role == "region" || role == "tabpanel") && attr(n, "aria-labelledby") != ""
}

// wrapsDisclosurePanel reports a collapse box around a disclosure panel
// and nothing else (Chakra UI's div.chakra-collapse, hidden by its style,
// around the role=region panel): the box is what the button opens.
func wrapsDisclosurePanel(n *html.Node) bool {
	c := soleElementChild(n)
	return c != nil && disclosurePanel(c)
}

// hiddenByStyle reports an inline style that hides n.
func hiddenByStyle(n *html.Node) bool {
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// hiddenByClass reports a CSS framework's hiding class ("hidden",
// "d-none") with no responsive class showing n again at some width
// ("md:block", "d-lg-table-cell").
func hiddenByClass(n *html.Node) bool {
	hidden := false
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		switch {
		case hidingClasses[c]:
			hidden = true
		case showsAtSomeWidth(c):
			return false
		}
	}
	return hidden
}

// showsAtSomeWidth reports a responsive display class, Tailwind's
// "md:block" or Bootstrap's "d-lg-table-cell": the element shows at some
// width, whatever a bare hiding class says.
func showsAtSomeWidth(c string) bool {
	return strings.Contains(c, ":") || strings.HasPrefix(c, "d-") && strings.Count(c, "-") >= 2
}

func (c *cleaner) byTag(n *html.Node) verdict {
	switch n.DataAtom {
	case atom.Nav, atom.Menu:
		return verdict{kindDrop, "<nav>: site navigation"}
	case atom.Footer:
		if inElement(n, atom.Blockquote) {
			return verdict{} // a quote's attribution
		}
		return verdict{kindDrop, "<footer>: page or article footer"}
	case atom.Aside:
		if k := c.asideKind(n); k != kindNone {
			return verdict{k, "<aside>: related stories"}
		}
		if hasToken(splitTokens(attr(n, "class")), factBoxTokens) {
			return verdict{} // the story's fact box, set aside in its text
		}
		if c.photoAside(n) {
			return verdict{} // the story's picture set aside in its text ("aside.inline-photo", ESPN)
		}
		return verdict{kindDrop, "<aside>: sidebar"}
	case atom.Header:
		if (c.stats[n] == nil || c.stats[n].prose < 2*proseMinRunes) && !c.sectionHeader(n) {
			return verdict{kindDrop, "<header>: page or article header"}
		}
	case atom.Form:
		return verdict{kindDrop, "<form>: search, sign-up or comment form"}
	case atom.Button:
		if isHeadingButton(n) {
			return verdict{} // an accordion's question, its heading's text
		}
		return verdict{kindDrop, "form control"}
	case atom.Input, atom.Label, atom.Dialog, atom.Select, atom.Textarea:
		return verdict{kindDrop, "form control"}
	}
	return verdict{}
}

// sectionHeader reports a <header> that heads a part of the story, not
// the page or the story itself: it comes after some of the story's prose,
// outside any link, and holds a subheading (h2 to h6), but no h1, no heading that is
// the story's title and no linked heading, a teaser card's headline
// ("<section><header><h2>The small-angle result").
func (c *cleaner) sectionHeader(n *html.Node) bool {
	if !c.afterProse(n) || inControl(n) {
		return false // the story's own header, or a teaser's or a gallery button's
	}
	sub, story := false, false
	walk(n, func(d *html.Node) bool {
		level := headingLevel(d)
		switch {
		case story:
			return false
		case level == 1 || level > 1 && (c.linked(d) || c.p.namesStory(rawText(d, nil))):
			story = true
		case level > 1:
			sub = true
		}
		return level == 0
	})
	return sub && !story
}

// namesStory reports a heading that shows the story's title, whole or
// within more words ("More about <title>", a box of further reading), or
// one of the headlines the page declares (a <title> of another wording,
// the heading then matching og:title), or the start of one ("Headline |
// Site").
func (p *page) namesStory(heading string) bool {
	key := strings.ToLower(normSpace(heading))
	if title := strings.ToLower(normSpace(p.art.Title)); sameTitle(heading, p.art.Title) || len(strings.Fields(title)) >= minStoryTitleWords && strings.Contains(key, title) {
		return true
	}
	for _, t := range p.sharedTitles() {
		if t != "" && strings.HasPrefix(strings.ToLower(normSpace(t)), key) && len(strings.Fields(key)) >= minStoryTitleWords {
			return true
		}
	}
	return false
}

// minStoryTitleWords is the fewest words a heading needs to count as the
// start of a declared headline: "News" starts many.
const minStoryTitleWords = 3

// inControl reports n inside a link or an element playing a button (a
// gallery's cover that opens the slideshow).
func inControl(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.A || a.Type == html.ElementNode && strings.EqualFold(attr(a, "role"), "button") {
			return true
		}
	}
	return false
}

// afterProse reports prose before n among its siblings or those of its
// nearest ancestors (up to sectionHeaderDepth, not past <main>): n comes
// after some of the story's text.
func (c *cleaner) afterProse(n *html.Node) bool {
	for a, i := n, 0; a != nil && i < sectionHeaderDepth && !isElem(a, atom.Body, atom.Main); a, i = a.Parent, i+1 {
		for s := a.PrevSibling; s != nil; s = s.PrevSibling {
			if st := c.stats[s]; st != nil && st.prose >= proseMinRunes {
				return true
			}
		}
	}
	return false
}

// sectionHeaderDepth is how many ancestors of a <header> afterProse
// looks beside: a page builder wraps each section in a row and a column.
const sectionHeaderDepth = 4

// linked reports an element whose text is mostly link text.
func (c *cleaner) linked(n *html.Node) bool {
	s := c.stats[n]
	return s != nil && s.link*2 > s.text
}

// asideKind says whether an <aside> is a related-stories box: named so
// by its class or its heading, or, under no widget's heading ("Most
// popular"), a grid of teaser cards for the site's stories, as a theme
// sets its "read more" posts after the article (Ghost's Casper), in
// <main> or after it; after it, a box its class names furniture or a
// sidebar (a "widget-area") is not.
func (c *cleaner) asideKind(n *html.Node) ruleKind {
	k, _ := c.p.tokenKind(n)
	if k == kindRelated {
		return kindRelated
	}
	if k, titled := widgetHeadings[firstHeadingText(n)]; titled {
		if k == kindRelated {
			return kindRelated
		}
		return kindNone
	}
	if label := attr(n, "aria-label"); label != "" && widgetHeadings[headingKey(label)] == kindRelated {
		return kindRelated // "<aside aria-label=Related>" around a promo (USA Today)
	}
	if isPromoLabel(lowerKey(firstText(n))) && hasDescendant(n, isLink) {
		return kindRelated // "<aside><span>LÄS MER</span><a>…</a></aside>" between paragraphs (Aftonbladet)
	}
	if (inElement(n, atom.Main) || afterMain(n) && k == kindNone && !namedSidebar(n)) && c.isCardGrid(n) {
		return kindRelated
	}
	return kindNone
}

// namedSidebar reports an element whose class or id names a sidebar.
func namedSidebar(n *html.Node) bool {
	for _, w := range splitTokens(attr(n, "class") + " " + attr(n, "id")) {
		if sidebarWords[w] {
			return true
		}
	}
	return false
}

// afterMain reports an element that follows the page's <main> as its
// sibling: Ghost's Casper sets its "read more" cards so, after the story
// and outside <main>.
func afterMain(n *html.Node) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && s.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

func (c *cleaner) byRole(n *html.Node) verdict {
	switch attr(n, "role") {
	case "navigation", "menubar", "menu":
		return verdict{kindDrop, "role=navigation"}
	case "banner":
		return verdict{kindDrop, "role=banner: page header"}
	case "contentinfo":
		return verdict{kindDrop, "role=contentinfo: page footer"}
	case "complementary":
		return verdict{kindDrop, "role=complementary: sidebar"}
	case "search", "dialog", "alertdialog", "toolbar":
		return verdict{kindDrop, "role=" + attr(n, "role")}
	}
	return verdict{}
}

func (c *cleaner) byTokens(n *html.Node) verdict {
	if headingLevel(n) > 0 {
		return verdict{} // heading ids are slugs of their text ("h-specific-topics-of-discussion")
	}
	if n.DataAtom == atom.A {
		return c.relatedCardLink(n) // a link's class names its target ("footerLink"); cutting it from its sentence leaves a husk that scores as prose
	}
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		return verdict{} // the page names it the story's text, whatever its class says ("min_related")
	}
	k, why := c.p.tokenKind(n)
	if k == kindNone {
		if w, ok := c.strongToken(n); ok && !lightboxPicture(n, boilerTokens[w]) {
			return verdict{kindDrop, "class/id: " + boilerTokens[w]}
		}
		return verdict{}
	}
	if k == kindDrop && lightboxPicture(n, why) {
		return verdict{}
	}
	if k == kindDrop && n.DataAtom == atom.Main {
		return verdict{} // <main id="skip-main"> is the skip link's target, not furniture
	}
	if k == kindRelated && c.stats[n] != nil && c.stats[n].link == 0 {
		return verdict{} // related reading links somewhere; a linkless "recommended" is a badge ("BEST OVERALL")
	}
	if c.postsNotReplyForm(n, why) || why == boilerTokens["ad"] && c.holdsMostText(n) {
		return verdict{} // an "outerAd" wrapping the page's layout is no ad slot
	}
	if why == boilerTokens["dateline"] && c.placeOpeningParagraph(n) {
		return verdict{} // "<p><span class=dateline>KOBE – </span>A total of …": the place opens the story's first sentence
	}
	if why == boilerTokens["metadata"] && hasDescendant(n, isCaptionElem) {
		return verdict{} // a picture's "metadata" box: its caption and credit (CNN's image_live-story__metadata)
	}
	if why == boilerTokens["footer"] && inElement(n, atom.Figcaption) {
		return verdict{} // a caption's foot is its text ("ue-c-article__media-footer", Marca), not the page's footer
	}
	if why == boilerCompounds["toc-title"] && c.stats[n] != nil && c.stats[n].text > maxKickerLineRunes {
		return verdict{} // a section Healthline names "TOC_TITLE_1" after its entry in the contents: a title is a line
	}
	if why == boilerTokens["promo"] && c.storyPromo(n) {
		return verdict{kindRelated, "class/id: promo of another story"}
	}
	return verdict{k, "class/id: " + why}
}

// lightboxPicture reports a picture whose class names a pop-up
// ("td-modal-image"): it opens in a lightbox, it is no pop-up itself.
func lightboxPicture(n *html.Node, why string) bool {
	return why == boilerTokens["modal"] && isPicture(n)
}

// isCaptionElem reports a picture's caption: a <figcaption>, or an
// element the page marks as one by itemprop.
func isCaptionElem(n *html.Node) bool {
	return n.DataAtom == atom.Figcaption || strings.EqualFold(attr(n, "itemprop"), "caption")
}

// relatedCardLink moves to Related a link that stands as a line of its
// own and is a story card by itself, with no box around it to carry the
// card's class: its first words, in an element of their own, are a
// promo's label (Schibsted's "<span>Les også</span>" over the headline),
// or it comes after the story's text classed as related reading
// (Aamulehti's <a class="related-embed"> holding a picture, "Lue myös"
// and a headline).
func (c *cleaner) relatedCardLink(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxLinkCardRunes || !c.aloneOnLine(n) {
		return verdict{}
	}
	t := normSpace(rawText(n, nil))
	if label := firstText(n); isPromoLabel(lowerKey(label)) && countWords(t)-countWords(label) >= minPromoHeadlineWords {
		return verdict{kindRelated, "link card: a promo's label and headline"}
	}
	if !c.afterParagraph(n, s.text) || countWords(t) < minPromoHeadlineWords {
		return verdict{}
	}
	if k, why := c.p.tokenKind(n); k == kindRelated {
		return verdict{kindRelated, "class/id: " + why}
	}
	return verdict{}
}

// firstText returns the words of the element holding n's first text:
// a card's label when the card sets it apart ("<span>Les også</span>"),
// else more than a label ("<div>More <!-- -->US National Library …</div>").
func firstText(n *html.Node) string {
	var first *html.Node
	walk(n, func(c *html.Node) bool {
		if first == nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			first = c
		}
		return first == nil && !invisibleTags[c.DataAtom]
	})
	if first == nil {
		return ""
	}
	return normSpace(rawText(first.Parent, nil))
}

// Story promo bounds: a headline of minPromoHeadlineWords or more, in a
// box of at most maxStoryPromoRunes.
const (
	minPromoHeadlineWords = 4
	maxStoryPromoRunes    = 300
)

// storyPromo reports a promo box that is a card for another of the site's
// stories ("<div data-testid=promo-card><a href=…><span>Read more</span><p>How
// to prepare your home for a power cut</p></a></div>", the BBC; Los
// Angeles Times' ps-promo): its headline link holds most of its text, and
// no sign-up form or small print says it sells something.
func (c *cleaner) storyPromo(n *html.Node) bool {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxStoryPromoRunes || hasFormControl(n) {
		return false
	}
	if promptIn(c.lowerText(n), s.text).kind != kindNone {
		return false
	}
	headline := false
	walk(n, func(d *html.Node) bool {
		if headline || !isElem(d, atom.A) {
			return !headline
		}
		ds := c.stats[d]
		href := c.p.absURL(attr(d, "href"), false)
		headline = ds != nil && ds.text*2 > s.text && countWords(rawText(d, nil)) >= minPromoHeadlineWords &&
			href != "" && c.p.onSite(href) && !slices.Contains(c.p.ownAddresses(), bareAddress(href))
		return false
	})
	return headline
}

// holdsMostText reports an element holding more than half the page's
// text, links included: no ad slot does.
func (c *cleaner) holdsMostText(n *html.Node) bool {
	s, all := c.stats[n], c.stats[c.p.doc]
	return s != nil && all != nil && s.text*2 > all.text
}

// postsNotReplyForm reports an element that a "reply" token names but
// that holds more text than a reply box and no form control: XenForo's
// "js-replyNewMessageContainer" holds the thread's posts, which on a
// forum page are what the reader came for.
func (c *cleaner) postsNotReplyForm(n *html.Node, why string) bool {
	s := c.stats[n]
	return why == commentTokens["reply"] && s != nil && s.text > maxReplyBoxRunes && !hasFormControl(n)
}

// maxReplyBoxRunes is the most text a reply box without a form control
// holds: a comment's "Reply" link and its wrapper.
const maxReplyBoxRunes = 200

// hasFormControl reports a form, text area or input under n.
func hasFormControl(n *html.Node) bool {
	return hasDescendant(n, func(c *html.Node) bool {
		return c.Type == html.ElementNode && (c.DataAtom == atom.Form || c.DataAtom == atom.Textarea || c.DataAtom == atom.Input)
	})
}

// strongToken finds a strong furniture token on a small element that a
// content token guarded: "social-share-box--article" is a share box.
func (c *cleaner) strongToken(n *html.Node) (string, bool) {
	if s := c.stats[n]; s == nil || s.text > strongMaxRunes || n.DataAtom == atom.Main || n.DataAtom == atom.Article {
		return "", false
	}
	for _, w := range splitTokens(attr(n, "class")) { // not ids: "ctl00_..._article_NavWebPart_Article" holds a headline
		if strongTokens[w] && !(n.DataAtom == atom.P && paragraphTokens[w]) {
			return w, true
		}
	}
	return "", false
}

// isShareButton reports a lower-cased text that is all a share button
// says (shareButtonTexts).
func isShareButton(t string) bool {
	return matchesAny(strings.TrimRight(normSpace(t), ".:!"), shareButtonTexts)
}

// byPhrase drops short blocks whose whole text is a furniture label such as
// "- Advertisement -".
func (c *cleaner) byPhrase(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > 60 {
		return verdict{}
	}
	t := strings.ToLower(rawText(n, nil))
	if isWidgetTitle(n, s, t) {
		return verdict{} // applyWidgetHeadings drops the whole widget
	}
	if isCodeOnly(n) {
		return verdict{} // "print(1)" is a program, not a print button
	}
	if pictureButtons[t] && hasDescendant(n, isPicture) {
		return verdict{} // the button set over a picture: it alone goes, one level down
	}
	if why, ok := furniturePhrases[t]; ok && c.standsApart(n) {
		return verdict{kindDrop, "phrase: " + why}
	}
	if editLinks[t] && c.standsApart(n) && !inHeading(n) {
		return verdict{kindDrop, "phrase: MediaWiki's edit link beside a heading"}
	}
	if why, ok := furniturePhrases[headingKey(strings.TrimLeft(t, " -–—•·|»›"))]; ok && c.standsApart(n) { // "NEWS TEILEN:", "- Anzeige -"
		return verdict{kindDrop, "phrase: " + why}
	}
	if isShareButton(t) && c.standsApart(n) && (n.DataAtom == atom.A || !hasDescendant(n, isPicture)) {
		return verdict{kindDrop, "phrase: share button"} // a box holding the picture keeps it: the button inside goes, one level down
	}
	if why, ok := togglePhrases[strings.TrimRight(normSpace(t), ".…")]; ok && c.standsApart(n) { // "Click to expand..."
		return verdict{kindDrop, "phrase: " + why}
	}
	if isShowHidePair(normSpace(t)) && c.standsApart(n) {
		return verdict{kindDrop, "phrase: show/hide toggle"} // "Show Transcript Hide Transcript": both states' labels
	}
	if toggleWords[strings.Trim(t, " []()")] && isToggleControl(n) && (c.standsApart(n) || c.inLabelLine(n)) {
		return verdict{kindDrop, "phrase: show/hide toggle"}
	}
	if why, ok := invitePhrase(headingKey(t)); ok && s.link == s.text && c.aloneOnLine(n) && !isElem(n, atom.Td, atom.Th) {
		return verdict{kindDrop, "phrase: " + why} // a grid keeps its cells: the link inside is the one to drop
	}
	if (s.link == s.text && isBackLink(headingKey(t)) || s.link > 0 && c.isReturnLine(n, t)) && !inListItem(n) {
		return verdict{kindDrop, "phrase: back link"}
	}
	if mediaDuration.MatchString(normSpace(t)) && c.standsApart(n) {
		return verdict{kindDrop, "phrase: a player's running time"}
	}
	if isReadingTime(strings.TrimRight(normSpace(t), " .:")) { // not headingKey, which drops a leading number
		return verdict{kindDrop, "phrase: reading time"}
	}
	if counter, bare := isPageCount(normSpace(t)); counter && (!bare || c.aloneOnLine(n) && inSlideshow(n)) {
		// a bare "1 of 12" is a slideshow's counter; in a sentence it is
		// the sentence's, over a listicle's item its number
		return verdict{kindDrop, "phrase: pagination or gallery counter"}
	}
	if isGalleryCount(t) && c.standsApart(n) {
		return verdict{kindDrop, "phrase: a gallery's size"}
	}
	if isRatingSummary(t) && c.aloneOnLine(n) {
		return verdict{kindDrop, "phrase: rating summary"}
	}
	if rest, ok := strings.CutPrefix(t, "published in "); ok && s.link > 0 && visibleRunes(rest) <= s.link && c.aloneOnLine(n) {
		return verdict{kindDrop, "phrase: the publication a post appeared in"} // Medium: "Published in <a>Towards Data Science</a>"
	}
	if isCounterLine(t) && (c.aloneOnLine(n) || classedNear(n, 1, counterTokens)) && !isElem(n, atom.Td, atom.Th) && !inListItem(n) {
		return verdict{kindDrop, "phrase: view or comment counter"}
	}
	if hasClassIn(n, hidingClasses) && !strings.ContainsFunc(strings.TrimSpace(t), unicode.IsSpace) && !isElem(n, atom.Td, atom.Th) {
		return verdict{kindDrop, "phrase: a script's value in a hidden element"} // "<div class=hide id=articleUrl>http://…</div>", "<div class=hide>90000</div>"
	}
	if isCount(t) && c.isIconCount(n) && !isElem(n, atom.Td, atom.Th) && !inListItem(n) {
		return verdict{kindDrop, "phrase: a button's or an icon's count"}
	}
	if bareClock.MatchString(strings.TrimSpace(t)) && c.besideOwnIcon(n) && !isElem(n, atom.Td, atom.Th) && !inListItem(n) {
		return verdict{kindDrop, "phrase: a running time beside its clock icon"}
	}
	return verdict{}
}

// isCounterLine reports a line of counts alone: numbers ("412", "1.2k",
// "1 234") and the counterWords they count, at least one of each.
func isCounterLine(t string) bool {
	if strings.IndexFunc(t, unicode.IsDigit) < 0 {
		return false // most lines: no word is looked up
	}
	numbers, words := 0, 0
	for _, f := range strings.FieldsFunc(t, isCounterSeparator) {
		switch {
		case isCount(f):
			numbers++
		case counterWords[f]:
			words++
		default:
			// counters set side by side without a space: "412 views3 comments"
			i := strings.IndexFunc(f, unicode.IsDigit)
			if i <= 0 || !counterWords[f[:i]] || !isCount(f[i:]) {
				return false
			}
			numbers, words = numbers+1, words+1
		}
	}
	return numbers > 0 && words > 0
}

// isIconCount reports a bare number that a widget shows, not the story:
// one beside an icon or a button ("<i class=fa-eye></i> 137", a like
// button's "0") or one classed as a count ("livefyre-commentcount"). A
// number alone in the running text is a recipe's servings or a review's
// score, and stays. (A hidden one went as a hidden element's value.)
func (c *cleaner) isIconCount(n *html.Node) bool {
	if !c.aloneOnLine(n) {
		return false
	}
	if classedNear(n, 2, countedTokens) {
		return true
	}
	if !c.besideOwnIcon(n) {
		return false
	}
	top := inlineTop(n)
	// the box is a control: a link to the comments, a like button; an
	// icon over a fact box's value ("1-2 Tage", "1") is no control
	return inNearControl(n) || hasSibling(top, isEmptyButton)
}

// inNearControl reports an element inside a link or a button, or a box
// classed as one, within a few levels.
func inNearControl(n *html.Node) bool {
	for i := 0; n != nil && n.Type == html.ElementNode && i < 4; n, i = n.Parent, i+1 {
		if n.DataAtom == atom.A || n.DataAtom == atom.Button || hasToken(splitTokens(attr(n, "class")), buttonTokens) {
			return true
		}
	}
	return false
}

func isEmptyButton(n *html.Node) bool {
	return n.DataAtom == atom.Button && strings.TrimSpace(rawText(n, nil)) == ""
}

// hasSibling reports whether another child of n's parent matches.
func hasSibling(n *html.Node, match func(*html.Node) bool) bool {
	if n.Parent == nil {
		return false
	}
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s != n && s.Type == html.ElementNode && match(s) {
			return true
		}
	}
	return false
}

// holdsOnly reports whether box's text is n's: an icon and its count make
// the whole box, where a labelled value ("Prep time 10") has its label.
func (c *cleaner) holdsOnly(box, n *html.Node) bool {
	return box != nil && c.lowerText(box) == c.lowerText(n)
}

// besideOwnIcon reports a text alone on its line that is classed as an
// icon or stands beside one, the two filling their box: a meta bar's
// clock and "00:35", a comment bubble and its count.
func (c *cleaner) besideOwnIcon(n *html.Node) bool {
	if !c.aloneOnLine(n) {
		return false
	}
	top := inlineTop(n)
	return (hasIconClass(n) || hasSibling(n, isIconOnly) || hasSibling(top, isIconOnly)) && c.holdsOnly(top.Parent, n)
}

// isShowHidePair reports a toggle's two labels read together, the one
// shown and the one hidden: "show transcript hide transcript".
func isShowHidePair(t string) bool {
	m := showHidePair.FindStringSubmatch(t)
	return m != nil && m[1] == m[2]
}

// inlineTop returns the outermost inline element holding n inside its
// block, or n itself.
func inlineTop(n *html.Node) *html.Node {
	for n.Parent != nil && n.Parent.Type == html.ElementNode && !isBlockTag(n.DataAtom) && !isBlockTag(n.Parent.DataAtom) {
		n = n.Parent
	}
	return n
}

// hasIconClass reports an element classed as an icon ("icon-gallery",
// Font Awesome's "fa fa-eye").
func hasIconClass(n *html.Node) bool {
	for _, w := range splitTokens(attr(n, "class")) {
		if w == "icon" || w == "fa" || w == "glyphicon" {
			return true
		}
	}
	return false
}

// isIconOnly reports an element that shows nothing but a picture drawn
// by the page: an <svg>, or an <i>, <button> or <span> without text
// whose descendants are icons too.
func isIconOnly(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Svg:
		return true
	case atom.I, atom.Button, atom.Span:
		if strings.TrimSpace(rawText(n, nil)) != "" {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && !isIconOnly(c) {
				return false
			}
		}
		return n.DataAtom != atom.Span || n.FirstChild != nil || hasIconClass(n)
	}
	return false
}

func isCounterSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(":·|•()", r)
}

// isSpacedCount reports a text that is one count, its thousands perhaps
// set apart by spaces ("31 512").
func isSpacedCount(t string) bool {
	return isCount(strings.Join(strings.Fields(t), ""))
}

// isCount reports a number as a counter writes it: digits with
// separators, perhaps shortened with k or m ("1,204", "1.2k").
func isCount(f string) bool {
	f = strings.TrimRight(f, "km")
	return f != "" && f[0] >= '0' && f[0] <= '9' && strings.Trim(f, "0123456789.,") == ""
}

// maxLabelLineRunes bounds the label a toggle control closes
// ("Table of Contents Show").
const maxLabelLineRunes = 60

// inLabelLine reports an element whose parent holds a short line, a box's
// title beside its controls, and no sentence.
func (c *cleaner) inLabelLine(n *html.Node) bool {
	s := c.stats[n.Parent]
	return s != nil && s.text <= maxLabelLineRunes
}

// isCodeOnly reports a <pre> or <code>, or an element whose text is all
// in one of them: a code block, however short, says what it says.
func isCodeOnly(n *html.Node) bool {
	for ; n != nil && n.Type == html.ElementNode; n = onlyChildElement(n) {
		if isElem(n, atom.Pre, atom.Code) {
			return true
		}
	}
	return false
}

// onlyChildElement returns n's one element child when n holds no text
// beside it, else nil.
func onlyChildElement(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		case c.Type == html.ElementNode && only != nil:
			return nil
		case c.Type == html.ElementNode:
			only = c
		}
	}
	return only
}

// isToggleControl reports an element made to be clicked in place: a
// button, a link that goes nowhere ("#", no href, a script), or one a
// class or id names a toggle. A word such as "Show" in a link to a page,
// or in a plain label, is no control.
func isToggleControl(n *html.Node) bool {
	if n.DataAtom == atom.Button {
		return true
	}
	href, linked := "", false
	if n.DataAtom == atom.A {
		href, linked = strings.TrimSpace(attr(n, "href")), hasAttr(n, "href")
	}
	if n.DataAtom == atom.A && (!linked || href == "#" || len(href) >= 11 && strings.EqualFold(href[:11], "javascript:")) {
		return true
	}
	return containsASCIIFold(attr(n, "class")+" "+attr(n, "id"), "toggle")
}

// invitePhrase finds key among the texts of a link that says only "click
// me": invitePhrases and storyLinkPhrases.
func invitePhrase(key string) (string, bool) {
	if why, ok := invitePhrases[key]; ok {
		return why, true
	}
	why, ok := storyLinkPhrases[quotedTitleCut(key)]
	return why, ok
}

// quotedTitleCut returns a link's key without the story's title quoted
// after the invite, as blog templates write it ('Continue reading "Pass
// the Salt Please"'): the invite says all the link says. Any other key
// comes back whole.
func quotedTitleCut(key string) string {
	head, rest, ok := strings.Cut(key, " ")
	for ok && rest != "" {
		if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(`"“„«'‘`, r) {
			return head
		}
		var w string
		w, rest, ok = strings.Cut(rest, " ")
		head += " " + w
	}
	return key
}

// standsApart reports whether n is a line of its own or a button among
// others, not words inside a sentence: "press <a>Print this article</a>
// at the top" loses no link to the furniture rules.
func (c *cleaner) standsApart(n *html.Node) bool {
	return amongButtons(n) || c.aloneOnLine(n) // amongButtons reads no text
}

// amongButtons reports whether the text beside n holds no words: n sits
// between line breaks, separators ("|"), pictures or other elements, as
// a tool bar set in the line of a byline or a date does. A word beside it
// puts it in a sentence.
func amongButtons(n *html.Node) bool {
	return noWordBeside(n.PrevSibling, prevSibling) && noWordBeside(n.NextSibling, nextSibling)
}

// noWordBeside reports whether the first node from n (stepping with
// next) that is not a comment or blank text is other than text with a
// word in it.
func noWordBeside(n *html.Node, next func(*html.Node) *html.Node) bool {
	for ; n != nil; n = next(n) {
		switch {
		case n.Type == html.CommentNode || n.Type == html.TextNode && strings.TrimSpace(n.Data) == "":
			continue
		case n.Type == html.TextNode:
			return strings.IndexFunc(n.Data, isWordRune) < 0
		}
		return true
	}
	return true
}

// Steps through the tree, for walks that go either way.
func prevSibling(n *html.Node) *html.Node { return n.PrevSibling }
func nextSibling(n *html.Node) *html.Node { return n.NextSibling }
func firstChild(n *html.Node) *html.Node  { return n.FirstChild }
func lastChild(n *html.Node) *html.Node   { return n.LastChild }

// isWidgetTitle reports whether n, with stats s and lower-case text t, is
// the title of a widget (widgetHeadings), which applyWidgetHeadings drops
// with the widget: a rule that took the title alone would leave the
// widget in the body.
func isWidgetTitle(n *html.Node, s *nodeStats, t string) bool {
	key := headingKey(t)
	_, ok := widgetHeadings[key]
	return (ok || dropTitlePattern(key)) && looksLikeTitle(n, s)
}

// widgetTitleKind says what box a title's key names: one of
// widgetHeadings, a related box by its wording ("More on Brexit"), or a
// box of the site's newest stories, an appeal, a price widget or a
// newsletter sign-up by theirs. (isWidgetTitle, read on every line the
// prompt rules see, asks only the list and the last three.)
func widgetTitleKind(key string) (ruleKind, bool) {
	if kind, ok := widgetHeadings[key]; ok {
		return kind, true
	}
	if isRelatedTitle(key) {
		return kindRelated, true
	}
	if isRecencyTitle(key) || dropTitlePattern(key) {
		return kindDrop, true
	}
	return kindNone, false
}

// dropTitlePattern reports a title an appeal, a price widget or a
// newsletter sign-up words its own way ("Support our journalism",
// "Today's best … deals", "Get the Climate Point newsletter"). Each
// pattern's last word is tested first: titles are read by the thousand.
func dropTitlePattern(key string) bool {
	switch {
	case strings.HasSuffix(key, "journalism") || strings.HasSuffix(key, " olun"):
		return appealTitle.MatchString(key)
	case strings.HasSuffix(key, " deals"):
		return shopTitle.MatchString(key)
	case strings.HasSuffix(key, "newsletter") || strings.HasSuffix(key, "newsletters"):
		return newsletterTitle.MatchString(key)
	case key != "" && key[len(key)-1] >= utf8.RuneSelf:
		return hanWidgetTitle(key)
	}
	return false
}

// maxHanWidgetTitleRunes bounds a Chinese box title read by its ending.
const maxHanWidgetTitleRunes = 12

// hanWidgetTitle reports a short Chinese box title that ends as a
// ranking's, a trending list's or an app's box does (hanWidgetTitleSuffixes:
// "24小时热文排行", "新华热搜", "新华网客户端"), whatever the site's name
// before the ending.
func hanWidgetTitle(key string) bool {
	return hasSuffixIn(key, hanWidgetTitleSuffixes) && utf8.RuneCountInString(key) <= maxHanWidgetTitleRunes
}

// aloneOnLine reports whether n's text is all the text of its line: of
// the block that holds it, or of the run of inline siblings between the
// block elements and <br>s beside it ("<div><h3>JMGO N1</h3><a>Read The
// Review</a></div>": the heading is a line of its own).
func (c *cleaner) aloneOnLine(n *html.Node) bool {
	top := inlineTop(n)
	if isBlockTag(n.DataAtom) {
		return true // a block is a line of its own
	}
	if top != n && c.lowerText(top) != c.lowerText(n) {
		return false // an inline wrapper holds more words than n
	}
	return lineEmpty(top, func(s *html.Node) *html.Node { return s.PrevSibling }) &&
		lineEmpty(top, func(s *html.Node) *html.Node { return s.NextSibling })
}

// lineEmpty reports whether the siblings of n in one direction hold no
// text up to the next block element or <br>.
func lineEmpty(n *html.Node, step func(*html.Node) *html.Node) bool {
	for s := step(n); s != nil; s = step(s) {
		switch {
		case s.Type == html.TextNode:
			if strings.TrimSpace(s.Data) != "" {
				return false
			}
		case s.Type != html.ElementNode || invisibleTags[s.DataAtom]:
		case isBlockTag(s.DataAtom) || s.DataAtom == atom.Br:
			return true
		case strings.TrimSpace(rawText(s, nil)) != "":
			return false
		}
	}
	return true
}

// isPageCount reports a pagination or gallery counter: "page 1 of 8",
// "seite 2 von 5", "image 3 of 12", or a bare "1 of 12" (lower-cased),
// and whether it was bare.
func isPageCount(t string) (counter, bare bool) {
	f := strings.Fields(t)
	bare = true
	if len(f) == 4 && pageWords[f[0]] {
		f, bare = f[1:], false
	}
	return len(f) == 3 && isDigits(f[0]) && countOfWords[f[1]] && isDigits(f[2]), bare
}

// isGalleryCount reports a gallery's label and its size, the button that
// opens it: "slideshow ( 3 images )", "bildergalerie: 12 bilder"
// (lower-cased).
func isGalleryCount(t string) bool {
	if i := strings.IndexAny(t, " (:"); i < 0 || !galleryLabels[t[:i]] {
		return false // most lines: no allocation
	}
	f := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ':' })
	return len(f) == 3 && galleryLabels[f[0]] && isDigits(f[1]) && galleryUnits[f[2]]
}

// slideshowLevels is how many elements, n and its ancestors, inSlideshow
// reads for the slideshow's class.
const slideshowLevels = 5

// inSlideshow reports whether n or one of its near ancestors is classed
// as a gallery, slideshow or carousel (slideshowTokens).
func inSlideshow(n *html.Node) bool {
	return classedNear(n, slideshowLevels, slideshowTokens)
}

// countOfWords join a counter's two numbers: "1 of 12", "2 von 5".
var countOfWords = map[string]bool{"of": true, "von": true, "de": true, "sur": true, "di": true, "van": true}

// isReadingTime reports a short line that ends with the reading time ("5
// min read", "Bridgestone Team | 5 min read", "3 Min. Lesezeit") or is a
// label and its minutes ("Temps de lecture 3 min.").
func isReadingTime(key string) bool {
	for _, label := range readingTimeLabels {
		if rest, ok := strings.CutPrefix(key, label); ok {
			f := strings.Fields(strings.TrimLeft(rest, ": "))
			return len(f) == 2 && isDigits(f[0]) || len(f) == 1 && gluedMinutes(f[0]) // "3 min.", "4 dakika", "3min"
		}
	}
	key = " " + key
	for _, suf := range readingTimeSuffixes {
		if rest, ok := strings.CutSuffix(key, suf); ok {
			f := strings.Fields(rest)
			return len(f) > 0 && isDigits(f[len(f)-1])
		}
	}
	return false
}

// gluedMinutes reports a number of minutes with its unit set close:
// "3min" (Franceinfo's "Temps de lecture : 3min").
func gluedMinutes(w string) bool {
	unit := strings.TrimLeftFunc(w, unicode.IsDigit)
	return unit != w && strings.HasPrefix(unit, "min") && len(unit) <= len("minutes")
}

// isRatingSummary reports the line a rating widget shows: numbers and
// ratingWords only, one of them counting the votes. A price makes it a
// row of a price table ("Avis $289.85 $341": a brand, not French "avis").
func isRatingSummary(t string) bool {
	if strings.IndexFunc(t, unicode.IsDigit) < 0 || strings.ContainsFunc(t, isCurrencySign) {
		return false // most lines: no word is looked up
	}
	counted := false
	for rest := t; ; {
		start := strings.IndexFunc(rest, isWordRune)
		if start < 0 {
			return counted
		}
		rest = rest[start:]
		end := strings.IndexFunc(rest, notWordRune)
		if end < 0 {
			end = len(rest)
		}
		w := rest[:end]
		rest = rest[end:]
		if isDigits(w) {
			continue
		}
		counts, ok := ratingWords[w]
		if !ok {
			return false
		}
		counted = counted || counts
	}
}

func notWordRune(r rune) bool { return !isWordRune(r) }

// isCurrencySign reports a currency symbol ("$", "€", "£", "¥"...).
func isCurrencySign(r rune) bool { return unicode.Is(unicode.Sc, r) }

// maxBackLinkWords bounds a "Back to Blog" link label.
const maxBackLinkWords = 4

// isBackLink reports the label of a link back to a listing ("Back to
// Blog", "Back to all posts"), which the phrase list cannot enumerate.
func isBackLink(key string) bool {
	key = strings.TrimLeft(key, backArrows)
	return hasPrefixIn(key, returnOpeners) && len(strings.Fields(key)) <= maxBackLinkWords
}

// backArrows may open a back link's label ("<< Back to Local News",
// "← Return to Blog"), pointing the way back.
const backArrows = "<«‹←⟵◀◄ "

// maxReturnLineWords bounds a line of its own that links back ("Back to
// the Glass Museum home page").
const maxReturnLineWords = 7

// isReturnLine reports a short line of its own, lower-cased t, that
// opens with a returnOpeners entry: "Back to <a>ACNFP</a> page", "(Back
// to top)". A heading, and an item of a list, are left alone: a chapter
// may be called "Return to 290 Broadway", and so its table of contents'
// entry.
func (c *cleaner) isReturnLine(n *html.Node, t string) bool {
	key := headingKey(strings.TrimLeft(strings.Trim(normSpace(t), "()[] "), backArrows))
	return hasPrefixIn(key, returnOpeners) && len(strings.Fields(key)) <= maxReturnLineWords && headingLevel(n) == 0 && !inHeading(n) && c.aloneOnLine(n)
}

// inListItem reports whether n is a list item or stands in one.
func inListItem(n *html.Node) bool { return n.DataAtom == atom.Li || inElement(n, atom.Li) }

// Longest texts the credit and paywall rules look at: a credit line is a
// few words, a paywall prompt a sentence or two.
const (
	maxCreditRunes  = 80
	maxPaywallRunes = 300
)

// byCredit drops picture credits and source lines written as a block of
// their own ("Foto: Ingo Pertramer", "Getty Images").
func (c *cleaner) byCredit(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxCreditRunes {
		return verdict{}
	}
	t := c.lowerText(n)
	if l := headingLevel(n); l > 0 && l <= maxTitleHeadingLevel && countWords(t) > maxCreditHeadingWords && !strings.ContainsAny(t, "/|©") {
		return verdict{} // "Photos: The storm in pictures" titles a gallery; "Reuters" as an h4 credits one
	}
	if !isCreditLine(t) || inFigure(n) {
		return verdict{} // a figure keeps its credit with its caption
	}
	return verdict{kindDrop, "credit line"}
}

// maxTitleHeadingLevel is the smallest heading level that titles a part
// of the page; h5 and h6 set small print as often.
const maxTitleHeadingLevel = 4

// maxCreditHeadingWords bounds a credit set in a title-sized heading
// ("Photo: Jo Lens, Reuters"); more words, and no slash, bar or © between
// names and agency ("Photo: Jo Lens / Reuters"), title a gallery.
const maxCreditHeadingWords = 4

// maxReviewLineRunes bounds a reviewer's credit line, which may name the
// reviewer's post and the day ("Reviewed by Sam Roe, Trial Attorney at
// Roe & Roe, on December 9, 2024.").
const maxReviewLineRunes = 120

// byReviewLine drops a short line standing apart that credits the
// article's reviewer or dates its last review (reviewOpeners).
func (c *cleaner) byReviewLine(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxReviewLineRunes || s.paras > 1 || headingLevel(n) > 0 {
		return verdict{}
	}
	if !isReviewLine(c.lowerText(n)) || !c.standsApart(n) {
		return verdict{}
	}
	return verdict{kindDrop, "reviewer's credit line"}
}

// isReviewLine reports a lower-cased line that opens with a reviewOpeners
// entry followed by nothing (but after bare "reviewed"), by a name ("by
// ...", ":"), or by a day ("on ...", "in 2024", "January 2023"): "Fact-
// checked for accuracy" is a selling point in a list, and stays.
func isReviewLine(t string) bool {
	for _, o := range reviewOpeners {
		rest, ok := cutPrefixWord(t, t, o)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		first, _, _ := strings.Cut(strings.Trim(rest, ":,. "), " ")
		first = strings.TrimRight(first, ":,.") // "Reviewed by: Sam Roe"
		switch {
		case strings.Trim(rest, ".") == "":
			return o != "reviewed"
		case rest[0] == ':', first == "by", first == "von", first == "on", first == "in", first == "am":
			return true
		case first != "" && (first[0] >= '0' && first[0] <= '9' || monthIndex[fold(first)] > 0):
			return true
		}
	}
	return false
}

// maxButtonRunes bounds the label of a link styled as a button.
const maxButtonRunes = 40

// byButtonLink drops a link that a class styles as a button ("gb-button",
// "Button_button__fVaEB", "article-cta-button") and that stands alone:
// "Book a demo", "Back to Blog", "Support PDR" invite a click and say
// nothing. A longer label names a story, which goes to related. A link
// inside a sentence stays, whatever its class.
func (c *cleaner) byButtonLink(n *html.Node) verdict {
	if n.DataAtom != atom.A || n.Parent == nil {
		return verdict{}
	}
	s, ps := c.stats[n], c.stats[n.Parent]
	if s == nil || ps == nil || s.text == 0 || s.text > maxButtonRunes {
		return verdict{}
	}
	// a retailer's label is a button wherever it stands but in running text
	inText := ps.text != s.text && isElem(n.Parent, atom.P, atom.Li, atom.Dd, atom.Td, atom.Blockquote)
	if isShopPrompt(c.lowerText(n)) && !inText {
		return verdict{kindDrop, "shopping button"}
	}
	if isJumpLink(n, c.lowerText(n)) && !inText {
		return verdict{kindDrop, "jump link"}
	}
	if isShareURL(attr(n, "href")) && !inText {
		return verdict{kindDrop, "share link"}
	}
	if ps.text != s.text {
		return verdict{}
	}
	for _, w := range splitTokens(attr(n, "class")) {
		if !buttonTokens[w] {
			continue
		}
		if len(strings.Fields(rawText(n, nil))) >= minButtonStoryWords && !isFrontPageURL(c.p.absURL(attr(n, "href"), false)) {
			return verdict{kindRelated, "button link to a story"}
		}
		return verdict{kindDrop, "button link"}
	}
	return verdict{}
}

// placeOpeningParagraph reports an inline element that opens a paragraph
// with a place and no date ("KOBE – ", "WASHINGTON (AP) —"): a news
// dateline, the first words of the story's text.
func (c *cleaner) placeOpeningParagraph(n *html.Node) bool {
	p := n.Parent
	if p == nil || p.DataAtom != atom.P || !isElem(n, atom.Span, atom.B, atom.Strong, atom.Em, atom.I) {
		return false
	}
	for s := p.FirstChild; s != n; s = s.NextSibling {
		if s.Type == html.ElementNode || strings.TrimSpace(s.Data) != "" {
			return false // not the paragraph's opening
		}
	}
	t := c.lowerText(n)
	ps := c.stats[p]
	return t != "" && !strings.ContainsFunc(t, unicode.IsDigit) && ps != nil && ps.text > 2*utf8.RuneCountInString(t)
}

// isShareURL reports the address of a service's share endpoint
// (shareURLParts).
func isShareURL(href string) bool {
	return href != "" && firstContained(strings.ToLower(href), shareURLParts) != ""
}

// isShopPrompt reports a retailer link's label ("check price at
// amazon", "view on amazon"): product reviews set one under each product.
func isShopPrompt(t string) bool {
	return hasPrefixIn(t, shopPromptPrefixes) || priceAtStore.MatchString(t)
}

// hasPrefixIn reports whether s starts with one of prefixes.
func hasPrefixIn(s string, prefixes []string) bool {
	for _, pre := range prefixes {
		if strings.HasPrefix(s, pre) {
			return true
		}
	}
	return false
}

// matchesAny reports whether one of res matches s.
func matchesAny(s string, res []*regexp.Regexp) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// runesWhere counts the runes of s that keep reports.
func runesWhere(s string, keep func(rune) bool) int {
	n := 0
	for _, r := range s {
		if keep(r) {
			n++
		}
	}
	return n
}

// hasSuffixIn reports whether s ends with one of suffixes.
func hasSuffixIn(s string, suffixes []string) bool {
	for _, suf := range suffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// isJumpLink reports a link that jumps down the page to a part of it
// ("Jump to Recipe", "JUMP TO THE LIST"): a reading aid, not text.
func isJumpLink(a *html.Node, label string) bool {
	return strings.HasPrefix(strings.TrimSpace(attr(a, "href")), "#") && hasPrefixIn(label, jumpPrefixes)
}

// minButtonStoryWords is how many words make a button's label a story's
// title ("Which type of meditation is right for you?") rather than a
// call to action ("Book a demo").
const minButtonStoryWords = 5

// maxBylineLineRunes bounds a block read as the visible byline.
const maxBylineLineRunes = 200

// byBylineLine drops the visible byline ("By Alex Heath, a deputy editor
// ...", "par Didier Roy, 21 juin 2018"): a short block that starts with a
// byline word and then a name the metadata stage found. The article's
// authors carry the names; left in, the line opens the body.
func (c *cleaner) byBylineLine(n *html.Node) verdict {
	if len(c.p.art.Authors) == 0 {
		return verdict{}
	}
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxBylineLineRunes || s.paras > 1 {
		return verdict{}
	}
	t := c.lowerText(n)
	if c.startsWithByline(t) {
		return verdict{kindDrop, "byline line"}
	}
	if c.deskAndByline(t) {
		return verdict{kindDrop, "byline line with its desk"}
	}
	return verdict{}
}

// startsWithByline reports a lower-cased text that opens with a byline
// word and one of the article's authors. The words are wider than those
// that make a byline of an unknown name ("Interview: Julia Lauter"): the
// author is known here.
func (c *cleaner) startsWithByline(t string) bool {
	if t == "" {
		return false
	}
	for _, pre := range namePrefixIndex[t[0]] {
		if rest, ok := cutPrefixWord(t, t, pre); ok && c.opensWithAuthor(strings.TrimLeft(rest, ": ")) {
			return true
		}
	}
	if label, rest, ok := strings.Cut(t, ":"); ok && isJoinedCreditLabel(label) {
		return c.opensWithAuthor(strings.TrimSpace(rest)) // "Text und Interview: Harald Willenbrock"
	}
	return false
}

// opensWithAuthor reports a lower-cased text that starts with one of the
// article's authors.
func (c *cleaner) opensWithAuthor(t string) bool {
	return slices.ContainsFunc(c.p.art.Authors, func(a string) bool { return a != "" && strings.HasPrefix(t, strings.ToLower(a)) })
}

// isJoinedCreditLabel reports a lower-cased label of two credits or more
// joined as names are (nameJoiners) or by a slash ("text und interview",
// "text & fotos", "words and pictures"): each of creditLabelWords.
func isJoinedCreditLabel(label string) bool {
	label = " " + strings.ReplaceAll(label, "/", ",") + " "
	for _, j := range nameJoiners {
		label = strings.ReplaceAll(label, j, ",")
	}
	parts := strings.Split(label, ",")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !creditLabelWords[strings.TrimSpace(p)] {
			return false
		}
	}
	return true
}

// maxDeskWords bounds the desk or place set beside a byline.
const maxDeskWords = 3

// deskAndByline reports a line of separated parts, one a byline and the
// others a desk or a place of a few words or a date ("ABC Shepparton /
// By Emma Nguyen", "Accueil | Par Loïc Le Clerc | 30 septembre 2018"):
// dropping the byline alone would leave "ABC Shepparton /".
func (c *cleaner) deskAndByline(t string) bool {
	if !hasDatePartSeparator(t) {
		return false // most short blocks: no parts to split
	}
	parts := splitDateParts(t)
	if len(parts) < 2 {
		return false
	}
	bylines, bare, dates := 0, 0, 0
	for _, pt := range parts {
		switch {
		case c.startsWithByline(pt):
			bylines++
		case c.isAuthorWithMail(pt):
			bare++
		case hasDateDigit(pt):
			if _, ok := dateOnlyLine(pt); !ok {
				return false
			}
			dates++
		case countWords(pt) > maxDeskWords:
			return false
		}
	}
	return bylines+bare == 1 && (bylines == 1 || dates > 0)
}

// isAuthorWithMail reports a lower-cased part that is one of the
// article's authors, alone or followed by a mail address ("johnny castro
// johnnycastro.asesor@larepublica.net"): a byline without its "By", which
// deskAndByline takes only beside a date.
func (c *cleaner) isAuthorWithMail(pt string) bool {
	return c.afterAuthor(pt, func(rest string) bool {
		rest = strings.TrimSpace(rest)
		return rest == "" || isMailAddress(rest)
	})
}

// isMailAddress reports a word of the shape local@host.tld.
func isMailAddress(w string) bool {
	local, host, ok := strings.Cut(w, "@")
	return ok && local != "" && strings.Contains(host, ".") && !strings.ContainsAny(w, " \t/:")
}

// byBylineBox drops a short box whose parts are each one of the
// article's authors or a line of only a date ("<div><span>Ayşe
// Yılmaz</span><span>Yayınlanma: 30.11.2025 10:15</span><span>Güncelleme:
// 30.11.2025 14:20</span></div>"), with at least one of each: the byline
// and date line, set without a "By", which the article's fields carry.
// One part may be the place the author wrote from ("<span>Laura
// Gómez</span> <span>Madrid</span> <time>…</time>"), a few words without
// a figure or a stop; kept, it would stand alone as a line of the story.
// Without a name, a box of a <time> on the article's day and another
// date (its update) is the date line all the same.
func (c *cleaner) byBylineBox(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxBylineLineRunes || s.paras > 1 || s.link*2 > s.text ||
		!isElem(n, atom.P, atom.Div, atom.Span, atom.Li) {
		return verdict{} // a table cell is read by the table, whatever its verdict
	}
	if len(c.p.art.Authors) == 0 && !hasChild(n, atom.Time) {
		return verdict{} // no name to find, and no <time> to make a box of dates alone
	}
	names, dates, places, ownDay := 0, 0, 0, false
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		t := ""
		switch ch.Type {
		case html.TextNode:
			t = normSpace(ch.Data)
		case html.ElementNode:
			t = normSpace(rawText(ch, nil))
		}
		d, dated := Date{}, false
		if hasDateDigit(t) { // every date line has a day; tokenizing the others costs
			d, dated = dateOnlyLine(t)
		}
		switch {
		case strings.Trim(t, nameLineTrim+"/") == "":
		case c.isAuthorName(stripBylinePrefixes(strings.Trim(t, nameLineTrim))):
			names++
		case dated:
			dates++
			ownDay = ownDay || withinADay(d, c.p.art.Published)
		case places == 0 && isPlaceName(strings.Trim(t, nameLineTrim)):
			places++
		default:
			return verdict{}
		}
	}
	if dates == 0 || names == 0 && (dates < 2 || !ownDay || !hasChild(n, atom.Time)) {
		// dates alone are the date line when a <time> gives the
		// article's day and its update stands beside it
		// ("<time>…</time><span>更新：…</span>")
		return verdict{}
	}
	return verdict{kindDrop, "byline and date line"}
}

// isPlaceName reports a text that may name a place: a few words, the
// first capitalised, without a figure or a sentence's stop ("Madrid",
// "Rio de Janeiro").
func isPlaceName(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > maxDeskWords || hasDigit(t) || strings.ContainsAny(t, ".!?:;") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r) // Arabic, Hebrew, Han: no case
}

// maxPlayerTimeRunes bounds a player's time line: "1:02:05 / 1:45:30".
const maxPlayerTimeRunes = 20

// byPlayerTime drops a media player's running time or position left as a
// line of its own ("0:24", "13:47 / 19:15"): clock figures only, in an
// element that a class or id, its own or of one of three ancestors, marks
// as a player's part (playerTimeTokens).
func (c *cleaner) byPlayerTime(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxPlayerTimeRunes || !isPlayerTime(c.lowerText(n)) {
		return verdict{}
	}
	if hasDescendant(n, isPicture) {
		return verdict{} // the player's poster: its time's own element goes, the picture stays
	}
	if classedNear(n, 4, playerTimeTokens) {
		return verdict{kindDrop, "media player's time"}
	}
	return verdict{}
}

// byEmptyPlayerTitle drops the title line of a video player's box that
// holds nothing else, no player either ("<div class=videoPlayer><div
// class=videoTitle>Burze w Polsce…</div></div>"): a script loads the
// player and shows the title over it; without the player the line reads
// as a sentence of the story. A box with a player keeps its title, the
// player's caption.
func (c *cleaner) byEmptyPlayerTitle(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxPlayerTitleRunes || s.paras > 1 || !isElem(n, atom.Div, atom.Span, atom.P) || attr(n, "class") == "" ||
		!hasToken(splitTokens(attr(n, "class")), playerTitleTokens) {
		return verdict{}
	}
	top, classed := n, false // the outermost box holding no more than the title
	for i := 0; ; i++ {
		classed = classed || classedNear(top, 1, playerBoxTokens)
		up := top.Parent
		if i == 2 || up == nil || up.Type != html.ElementNode || c.stats[up] == nil || c.stats[up].text > s.text {
			break
		}
		top = up
	}
	if !classed || hasDescendant(top, isPlayerElem) {
		return verdict{} // no player's box, or one with its player: the title is the embed's caption
	}
	return verdict{kindDrop, "title of an empty video player"}
}

// byPlayerHeadingBox drops the box under a video player that titles the
// video in heading markup (NBC's <div class="video-embed__info"> with its
// duration, <h4 class="video-embed__title"> and source): left in, the
// video's name opens a section of the story, and its running time and
// channel read as a paragraph of it. A linked title is a teaser's for a
// video page ("article-snippet--is-video"), which the card rules read; an
// h2 titles a section of the page that holds a video ("Video: Houseplants
// for Low Light", which WCXB's gold keeps as a heading).
func (c *cleaner) byPlayerHeadingBox(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.heads != 1 || s.text == 0 || s.text > maxPlayerTitleRunes+maxPlayerExtraRunes || !isElem(n, atom.Div, atom.Section, atom.Header) ||
		!classedNear(n, 1, playerBoxTokens) {
		return verdict{}
	}
	var h *html.Node
	walk(n, func(d *html.Node) bool {
		if h == nil && headingLevel(d) > 2 {
			h = d
		}
		return h == nil
	})
	if h == nil || c.stats[h] == nil || c.stats[h].link > 0 || s.text-c.stats[h].text > maxPlayerExtraRunes || !hasToken(splitTokens(attr(h, "class")), playerTitleTokens) {
		return verdict{}
	}
	return verdict{kindDrop, "video player's title box"}
}

// maxPlayerExtraRunes bounds what a player's title box holds beside the
// title: a running time, a channel's name.
const maxPlayerExtraRunes = 40

// maxPlayerTitleRunes bounds the title a player's box shows.
const maxPlayerTitleRunes = 160

// isPlayerElem reports an element that plays or embeds media.
func isPlayerElem(n *html.Node) bool {
	return isElem(n, atom.Iframe, atom.Video, atom.Audio, atom.Embed, atom.Object) || isMediaElem(n)
}

// isPlayerTime reports a text of one or two clock figures ("8:09",
// "1:02:05", "13:47 / 19:15").
func isPlayerTime(t string) bool {
	parts := strings.Split(t, "/")
	if len(parts) > 2 {
		return false
	}
	for _, p := range parts {
		if !runningTime.MatchString(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// byAuthorNameLine drops what is left of a byline whose box carries no
// byline class: a line that is only an author's name set as a link ("<a
// href="/@jodev">Jo Dev</a> ·"), or an author's picture linked so (its alt
// the name). A name in plain text stays, as it may sign the story off,
// unless a box classed as the author's description follows it: then the
// name and the description are the author's card.
func (c *cleaner) byAuthorNameLine(n *html.Node) verdict {
	s := c.stats[n]
	if len(c.p.art.Authors) == 0 || s == nil || s.text > maxBylineLineRunes || s.paras > 1 || headingLevel(n) > 0 || inHeading(n) {
		return verdict{}
	}
	if s.text == 0 {
		if isElem(n, atom.A) && c.isAuthorName(attrOfPicture(n, "alt")) {
			return verdict{kindDrop, "author's picture"}
		}
		return verdict{}
	}
	if s.link == 0 {
		if isAuthorDescription(nextElement(n)) && c.isAuthorName(rawText(n, nil)) {
			return verdict{kindDrop, "byline line: the author's name over their description"}
		}
		if isAuthorDescription(n) && prevElement(n) != nil && c.isAuthorName(rawText(prevElement(n), nil)) {
			return verdict{kindDrop, "the author's description under their name"}
		}
		return verdict{}
	}
	text := normSpace(rawText(n, nil))
	dated := c.isAuthorAndDate(text)
	if !dated && !c.isAuthorAndPlace(text) || !c.aloneOnLine(n) {
		return verdict{} // a name linked inside a sentence ("headed up by <a>Matt Roe</a>.") is the sentence's
	}
	if dated {
		return verdict{kindDrop, "byline line: the author's name and the date"}
	}
	if ps := c.stats[n.Parent]; ps == nil || ps.text > maxBylineLineRunes {
		return verdict{} // the name titles an author's box with a bio, which its own rules read whole
	}
	return verdict{kindDrop, "byline line: the author's name"}
}

// isAuthorDescription reports an element classed as an author's
// description ("dynamic-author-description"): a byline token and a
// description token.
func isAuthorDescription(n *html.Node) bool {
	if n == nil {
		return false
	}
	class := attr(n, "class")
	if !containsASCIIFold(class, "desc") {
		return false // most elements: read without splitting their classes
	}
	words := splitTokens(strings.ToLower(class))
	return hasToken(words, bylineTokens) && hasToken(words, authorDescriptionTokens)
}

// isAuthorAndDate reports a line of one of the article's authors and a
// date, perhaps set close ("Tanja Karrasch3.11.2023", a name's link and
// a date's span without a space between).
func (c *cleaner) isAuthorAndDate(t string) bool {
	return c.afterAuthor(strings.Trim(t, nameLineTrim), func(rest string) bool {
		rest = strings.Trim(rest, nameLineTrim)
		_, ok := dateOnlyLine(rest)
		return ok && strings.ContainsFunc(rest, unicode.IsDigit)
	})
}

// afterAuthor reports whether t opens with one of the article's authors,
// in any case, and ok accepts what follows the name.
func (c *cleaner) afterAuthor(t string, ok func(rest string) bool) bool {
	for _, a := range c.p.art.Authors {
		if a != "" && len(t) >= len(a) && strings.EqualFold(t[:len(a)], a) && ok(t[len(a):]) {
			return true
		}
	}
	return false
}

// isAuthorAndPlace reports a line that is one of the article's authors,
// alone or with the place they wrote from after a mark ("Mohamed Ali -
// Doha"); words after a space alone are a job title ("Matt Check Head
// Winemaker").
func (c *cleaner) isAuthorAndPlace(t string) bool {
	return c.afterAuthor(strings.Trim(t, nameLineTrim), func(rest string) bool {
		rest = strings.TrimLeft(rest, " ")
		place := strings.Trim(rest, nameLineTrim)
		return rest == "" || place != rest && !strings.Contains(place, ",") && isPlaceName(place)
	})
}

// maxJobTitleWords bounds the job title a byline box sets after the
// author's name ("Dziennikarka Onetu", "Senior Reporter, Washington").
const maxJobTitleWords = 4

// byAuthorWithTitle drops a box that a class or id marks as the byline
// (bylineTokens) holding one of the article's authors and a short job
// title after the name ("<div class=authorItem><a>Karolina
// Nowicka</a><span>Dziennikarka Onetu</span></div>") or before it
// (titleBeforeAuthor), or only the authors (onlyAuthorsAndInitials): the
// authors field carries the names, and the title left alone would open
// the body.
func (c *cleaner) byAuthorWithTitle(n *html.Node) verdict {
	s := c.stats[n]
	if len(c.p.art.Authors) == 0 || s == nil || s.text == 0 || s.text > maxBylineLineRunes || s.paras > 1 || headingLevel(n) > 0 {
		return verdict{}
	}
	if attr(n, "class") == "" && attr(n, "id") == "" || !c.namesAnAuthor(c.lowerText(n)) {
		return verdict{} // most short blocks: no class, or no author's name
	}
	if !classedNear(n, 1, bylineTokens) {
		return verdict{}
	}
	if c.bioFollows(n) || c.bioFollows(n.Parent) {
		return verdict{} // the name and title head an author's box, whose bio dropAuthorHeadings reads with them
	}
	if s.link < s.text && c.onlyAuthorsAndInitials(c.lowerText(n)) { // a linked name alone is byAuthorNameLine's or a link bar's
		return verdict{kindDrop, "byline box: the authors' names"}
	}
	line := rawText(n, nil)
	titled := c.afterAuthor(line, func(rest string) bool {
		rest = strings.Trim(rest, nameLineTrim)
		w := countWords(rest)
		return w >= 1 && w <= maxJobTitleWords && !hasDigit(rest) && !strings.ContainsAny(rest, ".!?@") && !c.namesAnAuthor(rest)
	})
	if !titled && !c.titleBeforeAuthor(line) {
		return verdict{}
	}
	return verdict{kindDrop, "byline box: the author's name and job title"}
}

// titleBeforeAuthor reports a line of a job title and then one of the
// article's authors ("FOCUS-Online-Experte Robin Tschöpe"): every word
// before the name is a job title's (notNameWord), up to maxJobTitleWords.
func (c *cleaner) titleBeforeAuthor(t string) bool {
	for _, a := range c.p.art.Authors {
		if a == "" || len(t) <= len(a) || !strings.EqualFold(t[len(t)-len(a):], a) {
			continue
		}
		words := strings.Fields(t[:len(t)-len(a)])
		if len(words) == 0 || len(words) > maxJobTitleWords {
			continue
		}
		if !slices.ContainsFunc(words, func(w string) bool { return !notNameWord(w) }) {
			return true
		}
	}
	return false
}

// onlyAuthorsAndInitials reports a lower-cased text that is nothing but
// the article's authors, each perhaps beside the badge of its initials
// ("lp luana patriolino rf raphael felice"), and separators.
func (c *cleaner) onlyAuthorsAndInitials(t string) bool {
	badges := map[string]bool{}
	for _, a := range c.p.art.Authors {
		if a == "" {
			continue
		}
		la := strings.ToLower(a)
		t = strings.ReplaceAll(t, la, " ")
		badges[initialsOf(la)] = true
	}
	for w := range strings.FieldsSeq(t) {
		if !badges[strings.ReplaceAll(w, ".", "")] && strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			return false
		}
	}
	return true
}

// initialsOf returns the first letter of each word of name.
func initialsOf(name string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

// bioFollows reports whether the element after n opens with one of the
// article's authors: the bio under an author box's name ("Matt Check is
// the Head Winemaker …").
func (c *cleaner) bioFollows(n *html.Node) bool {
	if n == nil {
		return false
	}
	next := nextElement(n)
	if next == nil {
		return false
	}
	t := c.lowerText(next)
	return slices.ContainsFunc(c.p.art.Authors, func(a string) bool { return a != "" && strings.HasPrefix(t, strings.ToLower(a)) })
}

// namesAnAuthor reports whether t holds one of the article's authors:
// beside the first, a byline's second name is no job title.
func (c *cleaner) namesAnAuthor(t string) bool {
	lt := strings.ToLower(t)
	return slices.ContainsFunc(c.p.art.Authors, func(a string) bool { return a != "" && strings.Contains(lt, strings.ToLower(a)) })
}

// maxAuthorListRunes bounds a list of the article's authors: a dozen
// names with their marks.
const maxAuthorListRunes = 400

// byAuthorList drops a list whose every item is one of the article's
// authors, marks of affiliation set in <sup> aside ("<li><a>Chidinma A.
// Okafor</a><sup>1,*</sup>,</li>"): a paper's or a report's byline, which
// the authors field carries.
func (c *cleaner) byAuthorList(n *html.Node) verdict {
	s := c.stats[n]
	if len(c.p.art.Authors) < 2 || s == nil || s.text == 0 || s.text > maxAuthorListRunes || !isElem(n, atom.Ul, atom.Ol) {
		return verdict{}
	}
	items := 0
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		switch {
		case li.Type == html.TextNode && strings.Trim(strings.TrimSpace(li.Data), nameLineTrim) == "":
		case isElem(li, atom.Li) && c.isAuthorName(strings.Trim(rawText(li, isSup), nameLineTrim+"*")):
			items++
		default:
			return verdict{}
		}
	}
	if items < 2 {
		return verdict{}
	}
	return verdict{kindDrop, "byline: list of the authors"}
}

// isSup reports a <sup> element: an affiliation's or a footnote's mark.
func isSup(n *html.Node) bool {
	return n.DataAtom == atom.Sup
}

// nameLineTrim is what may stand around a name alone on a byline's line:
// spaces and the separators before the date that was set apart.
const nameLineTrim = " ·|•-–—,:"

// isAuthorName reports whether t, lower-cased or not, is one of the
// article's authors' names.
func (c *cleaner) isAuthorName(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && slices.ContainsFunc(c.p.art.Authors, func(a string) bool { return strings.EqualFold(a, t) })
}

// attrOfPicture returns an attribute of the one picture n holds, "" when
// it holds none or several.
func attrOfPicture(n *html.Node, key string) string {
	var pic *html.Node
	count := 0
	walk(n, func(d *html.Node) bool {
		if isPicture(d) {
			pic = d
			count++
		}
		return count < 2
	})
	if count != 1 {
		return ""
	}
	return attr(pic, key)
}

// byPermalink drops a heading's permalink anchor (Sphinx's "¶", "#",
// "§", or the fragment itself, "#section2"): a link to the heading
// itself, shown on hover, no part of its text.
func (c *cleaner) byPermalink(n *html.Node) verdict {
	if !isPermalinkMark(n) || !inHeading(n) {
		return verdict{}
	}
	return verdict{kindDrop, "heading permalink"}
}

// isPermalinkMark reports a link to a fragment whose text is a permalink
// mark ("¶", "#") or the fragment itself: set in a heading, it links the
// heading, and is none of its words.
func isPermalinkMark(n *html.Node) bool {
	href := attr(n, "href")
	if n.DataAtom != atom.A || !strings.HasPrefix(href, "#") {
		return false
	}
	text := strings.TrimSpace(rawText(n, nil))
	return permalinkMarks[text] || text == strings.TrimSpace(href)
}

// byBacklink drops a footnote's link back to its citation ("↩"): a
// mark that only works inside the page, left in it ends every note's
// text. ARIA's doc-backlink role says so where the mark is another.
func (c *cleaner) byBacklink(n *html.Node) verdict {
	if n.DataAtom != atom.A || !strings.HasPrefix(attr(n, "href"), "#") {
		return verdict{}
	}
	if attr(n, "role") != "doc-backlink" && !backlinkMarks[strings.TrimSpace(rawText(n, nil))] {
		return verdict{}
	}
	return verdict{kindDrop, ruleBacklink}
}

// maxDateLineWords bounds a date line: "Published June 23, 2025 10:39AM",
// "Updated on Tue 3 May 2022, 10:39 am CET".
const maxDateLineWords = 12

// byDateLine drops a short element whose class names it a date ("div.pub-
// date", "span.entry-date") and whose text holds a date: the line that
// shows when the story was published. The metadata stage reads the date
// from it; left in, it stands in the body as a line of its own.
func (c *cleaner) byDateLine(n *html.Node) verdict {
	if c.isTimeLine(n) && c.isHeaderDateLine(n) {
		return verdict{kindDrop, "date line: <time> under the headline"}
	}
	if !c.isDateLine(n) || c.dateLineCount() > maxPageDateLines && !c.isHeaderDateLine(n) {
		return verdict{}
	}
	return verdict{kindDrop, "date line"}
}

// byCreditBox drops the box beside the headline the authors and the date
// were read from without a byline word ("<b>Andy Hunter<br>Wednesday
// January 16, 2008<br><a>The Guardian</a></b>"): the metadata holds what
// it says, and in the body it reads as the story's first lines.
func (c *cleaner) byCreditBox(n *html.Node) verdict {
	if n != c.p.meta.creditBox {
		return verdict{}
	}
	if h := c.shownHeadline(); h == nil || h.Parent != n.Parent {
		return verdict{} // read beside another h1 than the one shown
	}
	if holdsSentence(n) {
		return verdict{} // "Jane Smith" beside "The council met on Nov 30, 2025 to vote …"
	}
	return verdict{kindDrop, "byline: names and date under the headline"}
}

// minSentenceWords is the fewest words of a text node holdsSentence
// takes for a sentence.
const minSentenceWords = 6

// holdsSentence reports a text node under n of minSentenceWords words or
// more that ends as a sentence does.
func holdsSentence(n *html.Node) bool {
	found := false
	walk(n, func(t *html.Node) bool {
		if t.Type == html.TextNode {
			if text := strings.TrimSpace(t.Data); len(strings.Fields(text)) >= minSentenceWords && endsSentence(text) {
				found = true
			}
		}
		return !found
	})
	return found
}

// isTimeLine reports a short <time> element without links whose datetime
// attribute holds a date and whose text a digit: unclassed, alone on its
// line under the headline ("<time datetime=…>16.09.2026, 15.40 Uhr</time>",
// Der Spiegel, whose classes are Tailwind's), it is the story's date line.
func (c *cleaner) isTimeLine(n *html.Node) bool {
	if n.DataAtom != atom.Time {
		return false
	}
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxBylineLineRunes || s.link > 0 || !strings.ContainsFunc(c.lowerText(n), unicode.IsDigit) {
		return false
	}
	_, ok := parseDate(attr(n, "datetime"))
	return ok
}

// headlineBoxLevels bounds how far above the headline, and above a line
// after it, their shared box may be for the line to be the story
// header's.
const headlineBoxLevels = 3

// isHeaderDateLine reports the story header's date line: a date line
// standing alone on its line under the headline (see underHeadline), with
// no date line between them. Its date is the story's, however many dated
// entries the page lists elsewhere (a sidebar's "latest news"); the dates
// of a listing's entries, each in its item, are not.
func (c *cleaner) isHeaderDateLine(n *html.Node) bool {
	if !c.underHeadline(n) || !c.aloneOnLine(n) {
		return false
	}
	h := c.shownHeadline()
	for _, d := range c.p.meta.dated {
		if !isAncestor(n, d) && precedes(h, d) && precedes(d, n) && c.isDateLine(d) {
			return false
		}
	}
	return true
}

// underHeadline reports a line after the headline in the story's header:
// the nearest box holding both is at most headlineBoxLevels above each,
// and no list item between holds the line (an entry of a listing).
func (c *cleaner) underHeadline(n *html.Node) bool {
	h := c.shownHeadline()
	if h == nil || !precedes(h, n) {
		return false
	}
	box := h.Parent
	for i := 1; box != nil && i < headlineBoxLevels && !isAncestor(box, n); i++ {
		box = box.Parent
	}
	if box == nil || !isAncestor(box, n) {
		return false
	}
	up := 0
	for a := n.Parent; a != box; a = a.Parent {
		if up++; up >= headlineBoxLevels || a.DataAtom == atom.Li {
			return false
		}
	}
	return true
}

// maxDateCounterRunes bounds the row byDateCounterRow reads.
const maxDateCounterRunes = 80

// byDateCounterRow drops a row that holds the story's date and bare
// counts or a reading time beside it, icons standing for the labels: Tengrinews'
// "<ul><li><svg/><time>10 августа 2025, 11:08</time></li><li><svg/>31 512
// </li><li><a href="#comments"><svg/>47</a></li></ul>" under the
// headline. Each child is a date, a count or empty, at least one date and
// one count; a word anywhere makes it a line of text.
func (c *cleaner) byDateCounterRow(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxDateCounterRunes || s.prose > 0 || !isElem(n, atom.Ul, atom.Ol, atom.Dl, atom.Div, atom.P) {
		return verdict{}
	}
	if !strings.ContainsFunc(c.lowerText(n), unicode.IsDigit) || countElementChildren(n) < 2 {
		return verdict{} // most short boxes: no date, or a single line the date-line rule reads
	}
	dates, labelled, counts := 0, 0, 0
	for ch := range n.ChildNodes() {
		if ch.Type != html.ElementNode {
			if strings.Trim(ch.Data, " \t\n\r|/·•") != "" && ch.Type == html.TextNode {
				return verdict{}
			}
			continue
		}
		t := c.lowerText(ch) // read by the other rules too, once
		switch {
		case strings.Trim(t, " |/·•") == "":
		case isDateChild(ch, normSpace(rawText(ch, nil))): // before the counts: "04.04.2020" reads as one too
			dates++
			if labelledApart(ch) {
				labelled++
			}
		case isSpacedCount(t) || isReadingTime(strings.TrimRight(t, " .:")) || gluedMinutes(strings.ReplaceAll(t, " ", "")):
			counts++ // a count, or the reading time or a video's length beside the date ("3 Min. Lesedauer", "2 min")
		default:
			return verdict{}
		}
	}
	if dates == 0 || counts == 0 && (labelled < 2 || !c.underHeadline(n)) {
		return verdict{} // two labelled dates alone, published and updated, make the row under the headline (Hankyoreh's "등록 … 수정 …")
	}
	return verdict{kindDrop, "date and counters row"}
}

// labelledApart reports a date whose label stands in an element of its
// own before it ("<span>등록</span><span>2025-07-29 18:42</span>"): the
// first text under ch has letters and no digit.
func labelledApart(ch *html.Node) bool {
	for d := range ch.Descendants() {
		if d.Type == html.TextNode && strings.TrimSpace(d.Data) != "" {
			return strings.ContainsFunc(d.Data, unicode.IsLetter) && !strings.ContainsFunc(d.Data, unicode.IsDigit)
		}
	}
	return false
}

// countElementChildren counts n's child elements.
func countElementChildren(n *html.Node) int {
	k := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			k++
		}
	}
	return k
}

// isDateChild reports a row's child that is a date: a <time> element's
// text with nothing but times beside it, or a line that is only a date,
// its parts read apart ("<span>등록</span><span>2025-07-29 18:42</span>").
func isDateChild(ch *html.Node, t string) bool {
	if _, ok := dateOnlyLine(t); ok {
		return true
	}
	if _, ok := dateOnlyLine(spacedText(ch)); ok {
		return true
	}
	var times []string
	for d := range ch.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.Time {
			times = append(times, normSpace(rawText(d, nil)))
		}
	}
	if len(times) == 0 {
		return false
	}
	_, ok := dateOnlyLine(times[0])
	return ok && strings.ReplaceAll(t, " ", "") == strings.ReplaceAll(strings.Join(times, ""), " ", "")
}

// maxPageDateLines: a page with more date lines than this lists dated
// entries (a forum's posts, a blog's archive, events), whose dates tell
// the entries apart; they stay.
const maxPageDateLines = 3

// isDateLine reports a short element without links whose class or id
// names a date and whose text holds one.
func (c *cleaner) isDateLine(n *html.Node) bool {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxBylineLineRunes || s.link > 0 || !isElem(n, atom.P, atom.Div, atom.Span, atom.Time, atom.Li) {
		return false
	}
	class, id := attr(n, "class"), attr(n, "id")
	if class == "" && id == "" || !hasToken(splitTokens(strings.ToLower(class+" "+id)), dateTokens) {
		return false
	}
	t := normSpace(rawText(n, nil))
	// separators ("|", ":") are no words: "Publié le : 15-10-2024 08:42 |
	// Mis à jour le : 15-10-2024 10:05"; a line of two dates, published
	// and updated, has room for both
	if words := countWordsWhere(t, isWordRune); words > maxDateLineWords && (words > 2*maxDateLineWords || countDates(t, 2) < 2) {
		return false
	}
	if _, ok := findDate(t); ok {
		return true
	}
	return timesHoldDates(n, t)
}

// timesHoldDates reports a line whose digits all stand in <time> elements
// with a datetime: "<time datetime=2024-03-06T02:00>6.3. 2:00</time> |
// Päivitetty <time datetime=…>6.3. 9:14</time>" (Helsingin Sanomat) shows
// no year, the attribute gives it.
func timesHoldDates(n *html.Node, text string) bool {
	inTimes := 0
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || d.DataAtom != atom.Time {
			continue
		}
		if _, ok := parseDate(attr(d, "datetime")); !ok {
			return false
		}
		inTimes += countDigits(rawText(d, nil))
	}
	digits := countDigits(text)
	return digits > 0 && inTimes == digits
}

// dateLineCount counts the page's date lines among the elements the
// metadata stage found classed as dates, once per page.
func (c *cleaner) dateLineCount() int {
	if c.dateLines < 0 {
		var lines []*html.Node
		for _, n := range c.p.meta.dated {
			if !c.isDateLine(n) || slices.ContainsFunc(lines, func(l *html.Node) bool { return isAncestor(l, n) }) {
				continue // a date inside a date line is the same line
			}
			lines = slices.DeleteFunc(lines, func(l *html.Node) bool { return isAncestor(n, l) })
			lines = append(lines, n)
		}
		c.dateLines = len(lines)
	}
	return c.dateLines
}

// byPosterCard drops, on a forum thread, the card beside each post that
// names its poster (schema.org Person microdata: avatar, name, rank,
// "Member since", post count): it repeats once a post and says nothing
// of the thread.
func (c *cleaner) byPosterCard(n *html.Node) verdict {
	if !strings.HasSuffix(strings.TrimRight(attr(n, "itemtype"), "/"), "schema.org/Person") || !c.p.forumThread() {
		return verdict{} // the attribute first: forumThread reads the JSON-LD types
	}
	if s := c.stats[n]; s == nil || s.prose >= proseMinRunes {
		return verdict{}
	}
	return verdict{kindDrop, "forum poster's card"}
}

// byFragmentLink drops the link an unloaded fragment leaves
// (<div class="fragment"><a href="/fragments/insights/article-details">
// /content/sapcom/.../article-details</a></div>, as Adobe's Edge Delivery
// pages set them): the page's script puts the fragment in its place, and
// without it the reader would see a bare repository path.
func (c *cleaner) byFragmentLink(n *html.Node) verdict {
	if n.DataAtom != atom.A || !isPathText(rawText(n, nil)) {
		return verdict{}
	}
	for a, i := n.Parent, 0; a != nil && a.Type == html.ElementNode && i < fragmentLevels; a, i = a.Parent, i+1 {
		if cls := attr(a, "class"); containsASCIIFold(cls, "fragment") && slices.Contains(splitTokens(cls), "fragment") {
			return verdict{kindDrop, "unloaded fragment"}
		}
	}
	return verdict{}
}

// fragmentLevels is how far above a fragment's link its box may be.
const fragmentLevels = 4

// isPathText reports a text that is a site path and nothing else
// ("/content/site/fragments/teaser").
func isPathText(t string) bool {
	return strings.HasPrefix(t, "/") && strings.Count(t, "/") >= 2 && !strings.ContainsFunc(t, unicode.IsSpace)
}

// maxAuthorHeadingRunes bounds a heading read as a byline: a name or two.
const maxAuthorHeadingRunes = 60

// byAuthorHeading drops a heading that is a link to its author's page,
// alone or after one byline word (<h3 class="byline"><a rel="author">…</a></h3>,
// "<h6><strong>durch</strong> <a rel="author">…</a></h6>"): templates set
// the byline in heading markup, where it would open a section named after
// the writer. A heading id'd as the byline that labels its box (the BBC
// World Service's hidden "Article information", in each language) goes
// too.
func (c *cleaner) byAuthorHeading(n *html.Node) verdict {
	s := c.stats[n]
	if headingLevel(n) > 0 && labelsParent(n) && strings.Contains(strings.ToLower(attr(n, "id")), "byline") {
		return verdict{kindDrop, "byline heading: the label of the byline box"}
	}
	if headingLevel(n) == 0 || s == nil || s.text == 0 || s.text > maxAuthorHeadingRunes || s.link*2 < s.text {
		return verdict{}
	}
	var author *html.Node
	walk(n, func(a *html.Node) bool {
		if isElem(a, atom.A) && hasRel(a, "author") {
			author = a
		}
		return author == nil
	})
	if author == nil {
		return verdict{}
	}
	if s.link < s.text {
		rest := strings.Replace(rawText(n, nil), rawText(author, nil), "", 1)
		if countWords(rest) > 1 {
			return verdict{} // a sentence around the link; one word before it is the byline's ("durch", "by")
		}
	}
	return verdict{kindDrop, "byline heading: rel=author link"}
}

// Caption credit limits: a caption is at most maxCaptionRunes, and the
// credit closing it at most maxCreditTailRunes after its marker.
const (
	maxCaptionRunes    = 300
	maxCreditTailRunes = 60
)

// byCaptionCredit drops a picture caption set as a plain block outside any
// <figure>: a short block that ends in a picture credit ("… | © AFP / Jane
// Doe", "… (Foto: Andreas Voegel)", "Puerto de Montevideo. Foto: Archivo").
// Running text does not end on a credit; captions do.
func (c *cleaner) byCaptionCredit(n *html.Node) verdict {
	if !isElem(n, atom.P, atom.Div, atom.Span, atom.Small, atom.Em, atom.I) {
		return verdict{}
	}
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxCaptionRunes || s.paras > 1 || inFigure(n) {
		return verdict{}
	}
	t := c.lowerText(n)
	if c.noCredit[t] || !endsWithCredit(t) {
		if c.noCredit == nil {
			c.noCredit = make(map[string]bool)
		}
		c.noCredit[t] = true // the wrappers of one caption share its text
		return verdict{}
	}
	if c.figureBox(n) {
		return verdict{} // the caption is its <figure>'s
	}
	if hasDescendant(n, isGridRow) {
		return verdict{} // a table over its source line ("Quelle: Mieterverband", Blick); a picture's layout table has one cell a row
	}
	if c.inPictureBox(n) {
		return verdict{} // the caption of a picture set in plain boxes ("div.section-media"), read with it
	}
	return verdict{kindDrop, "caption ending in a credit"}
}

// pictureBoxLevels is how far above a caption inPictureBox looks for the
// box around it and its picture: beehiiv sets the caption's paragraph in
// a span in the source line's div, beside the <img>.
const pictureBoxLevels = 4

// inPictureBox reports whether n is, or stands within three levels in, a
// box classed as a picture's that holds one picture and, after it, n's
// caption and no other text (see page.pictureBox).
func (c *cleaner) inPictureBox(n *html.Node) bool {
	runes := c.stats[n].text
	for a, i := n, 0; a != nil && a.Type == html.ElementNode && i < pictureBoxLevels; a, i = a.Parent, i+1 {
		st := c.stats[a]
		if st == nil || st.text > runes {
			return false // the box holds more than the picture and this caption
		}
		if st.paras <= 1 && pictureClassed(a) && onePicture(a, st) {
			return !wordsBeforePicture(a) // a byline or a button over the picture is the box's other business
		}
	}
	return false
}

// wordsBeforePicture reports whether some text under n comes before its
// first picture: a caption follows its picture, a byline or a button
// over it is the box's other business.
func wordsBeforePicture(n *html.Node) bool {
	found, pictured := false, false
	walk(n, func(d *html.Node) bool {
		switch {
		case pictured || found:
		case isPicture(d):
			pictured = true
		case d.Type == html.TextNode:
			found = strings.TrimSpace(d.Data) != ""
		}
		return !pictured && !found && !invisibleTags[d.DataAtom]
	})
	return found
}

// isGridRow reports a table row of two cells or more: a data table's, not
// a layout table's that stacks a picture over its caption.
func isGridRow(n *html.Node) bool {
	if n.DataAtom != atom.Tr {
		return false
	}
	cells := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isElem(c, atom.Td, atom.Th) {
			cells++
		}
	}
	return cells >= 2
}

// maxFigureBoxExtraRunes bounds the text a box around a <figure> holds
// beside the figure's own: a gallery's "Next", a counter.
const maxFigureBoxExtraRunes = 12

// photoAside reports an <aside> that holds one picture in a <figure>
// and at most its caption: no links, no headings.
func (c *cleaner) photoAside(n *html.Node) bool {
	return onePicture(n, c.stats[n]) && hasDescendant(n, isFigureElem)
}

// onePicture reports a box, by its stats st, that holds one picture and
// at most a caption's text, without links or headings.
func onePicture(n *html.Node, st *nodeStats) bool {
	if st == nil || st.text > maxCaptionRunes || st.link > 0 || st.heads > 0 {
		return false
	}
	pictures := 0
	walk(n, func(d *html.Node) bool {
		if isPicture(d) {
			pictures++
		}
		return pictures < 2
	})
	return pictures == 1
}

// figureBox reports a box that holds one or more <figure>s and little
// text of its own: a gallery's slide, a media module.
func (c *cleaner) figureBox(n *html.Node) bool {
	inFigures, found := 0, false
	walk(n, func(d *html.Node) bool {
		if d.DataAtom != atom.Figure || d.Type != html.ElementNode {
			return true
		}
		found = true
		if s := c.stats[d]; s != nil {
			inFigures += s.text
		}
		return false
	})
	return found && c.stats[n].text-inFigures <= maxFigureBoxExtraRunes
}

// captionMarks open the credit that closes a caption: the copyright sign
// and every credit prefix.
var captionMarks = append([]string{"©"}, creditPrefixes...)

// endsWithCredit reports text whose last words are a picture credit: a
// copyright sign or a credit prefix set off from what precedes it ("… |
// © AFP"), with no sentence after it, or a bracketed agency.
func endsWithCredit(t string) bool {
	t = strings.TrimRight(t, " )].")
	for _, marker := range captionMarks {
		i := lastIndexNearEnd(t, marker, utf8.UTFMax*maxCreditTailRunes)
		if i <= 0 {
			continue // a credit alone is byCredit's
		}
		tail := t[i+len(marker):]
		if utf8.RuneCountInString(tail) > maxCreditTailRunes || strings.Contains(tail, ". ") {
			continue
		}
		if setOff(t[:i]) {
			return true
		}
	}
	return endsWithAgency(t)
}

// lastIndexNearEnd is strings.LastIndex(s, sub) for a match followed by at
// most tail bytes, and -1 for any other: a caption's credit is found
// without reading the whole caption once per marker. It searches forward,
// as strings.Index is many times faster than strings.LastIndex and a
// marker is rarely there at all.
func lastIndexNearEnd(s, sub string, tail int) int {
	last := -1
	for at := max(len(s)-len(sub)-tail, 0); at <= len(s); {
		i := strings.Index(s[at:], sub)
		if i < 0 {
			break
		}
		last = at + i
		at = last + 1
	}
	return last
}

// endsWithAgency reports text closing on a bracketed picture agency:
// "… getarnt. (mlharing / iStock.com)".
func endsWithAgency(t string) bool {
	open := strings.LastIndex(t, "(")
	if open <= 0 || utf8.RuneCountInString(t[open:]) > maxCreditTailRunes {
		return false
	}
	inside := strings.TrimSpace(strings.TrimRight(t[open+1:], " )"))
	for agency := range creditLines {
		if strings.HasSuffix(inside, "/ "+agency) || strings.HasSuffix(inside, "/"+agency) || inside == agency {
			return true
		}
	}
	return false
}

// setOff reports whether the text before a credit prefix ends a sentence
// or a clause, or opens a bracket: "…. Foto:", "… | Bild:", "… (Foto:".
func setOff(before string) bool {
	before = strings.TrimRight(before, " ")
	if before == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(".|(,;–—-/", r)
}

// firstContained returns the first of subs that s contains, or "".
func firstContained(s string, subs []string) string {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return sub
		}
	}
	return ""
}

// countContactLabels counts the press-contact labels in t.
func countContactLabels(t string) int {
	n := 0
	for _, l := range contactLabels {
		n += strings.Count(t, l)
	}
	return n
}

// isCreditLine reports the lower-cased text of a credit or source line.
func isCreditLine(t string) bool {
	return hasPrefixIn(t, creditPrefixes) || creditLines[t] || strings.HasSuffix(t, "/getty images") || strings.HasSuffix(t, "/ getty images")
}

// isCaptionBox reports a captioned picture's box (captionBoxClasses),
// looking for "caption" in the class before splitting it: inFigure asks
// it of every ancestor of many elements.
func isCaptionBox(n *html.Node) bool {
	class := attr(n, "class")
	return strings.Contains(class, "caption") && hasClassIn(n, captionBoxClasses)
}

// inFigure reports whether n is a <figure> or stands in one, or in a box
// that is one (captionBoxClasses).
func inFigure(n *html.Node) bool {
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if a.DataAtom == atom.Figure || isCaptionBox(a) {
			return true
		}
	}
	return false
}

// Social prompt limits: the prompt is a line or two, and it is the point
// of its block, coming early; a longer block, or one where the prompt comes
// late, is the story (or the author's sign-off) mentioning an account.
const (
	maxPromptBlockRunes = 250
	maxPromptLeadRunes  = 100
)

// smallPrintLists are the phrase lists byPrompt looks for in a short
// block, each with the reason a match gives.
var smallPrintLists = []struct {
	why     string
	phrases []string
}{
	{"paywall prompt", paywallPhrases},
	{"newsletter prompt", signupPhrases},
	{"donation appeal", appealPhrases},
	{"audio player prompt", listenPhrases},
	{"notice", noticePhrases},
	{"cookie notice", cookiePhrases},
}

// smallPrint holds smallPrintLists' phrases in their order, and
// smallPrintWhy the reason for each.
var smallPrint, smallPrintWhy = indexSmallPrint()

func indexSmallPrint() (*phraseSet, []string) {
	var phrases, why []string
	for _, list := range smallPrintLists {
		phrases = append(phrases, list.phrases...)
		for range list.phrases {
			why = append(why, list.why)
		}
	}
	return newPhraseSet(phrases), why
}

// byPrompt drops a short block of the site's own small print: the
// subscription prompt where a paywalled story is cut off, a newsletter
// sign-up, a rights or licence notice, press contact details, or a prompt
// to follow the site's accounts or install its app. A link alone on its
// line among blocks is such a block ("Add SoundGuys on Google" beside a
// byline's boxes).
func (c *cleaner) byPrompt(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxPaywallRunes || !isElem(n, atom.P, atom.Div, atom.Section, atom.H2, atom.H3, atom.H4, atom.Span, atom.Strong, atom.B) && !(n.DataAtom == atom.A && c.aloneOnLine(n)) {
		return verdict{}
	}
	t := c.lowerText(n)
	if c.noPrompt[t] {
		return verdict{} // a wrapper around the same text was read already
	}
	if headingLevel(n) > 0 && isWidgetTitle(n, s, t) {
		return verdict{} // applyWidgetHeadings drops the appeal's whole box
	}
	if v := promptIn(t, s.text); v.kind != kindNone {
		if c.byPromo(n).kind != kindNone {
			return verdict{} // "Lire aussi | Article réservé à nos abonnés …": a promo, whose label names the paywall
		}
		return v
	}
	if s.text > maxPromptBlockRunes {
		return verdict{} // the social prompts were not looked for
	}
	if c.noPrompt == nil {
		c.noPrompt = make(map[string]bool)
	}
	c.noPrompt[t] = true
	return verdict{}
}

// promptIn reads byPrompt's phrases in the lower-cased text t of runes
// runes.
func promptIn(t string, runes int) verdict {
	if i := smallPrint.first(t); i >= 0 {
		return verdict{kindDrop, smallPrintWhy[i] + ": " + smallPrint.phrases[i]}
	}
	if countContactLabels(t) >= 2 {
		return verdict{kindDrop, "contact details"}
	}
	if runes > maxPromptBlockRunes {
		return verdict{}
	}
	if runes <= maxAppPromptRunes && (strings.Contains(t, "app") || strings.Contains(t, "客户端") || strings.Contains(t, "客戶端")) && cjkAppPrompt.MatchString(t) {
		return verdict{kindDrop, "social or app prompt: the site's app"}
	}
	needed := socialPromptsNeeded(t)
	for i, p := range socialPrompts {
		if needed&(1<<i) == 0 {
			continue
		}
		if loc := p.re.FindStringIndex(t); loc != nil && utf8.RuneCountInString(t[:loc[0]]) <= maxPromptLeadRunes {
			return verdict{kindDrop, "social or app prompt: " + t[loc[0]:loc[1]]}
		}
	}
	return verdict{}
}

// socialPromptsNeeded returns the socialPrompts whose needs t holds, bit
// i for prompt i, read in one pass over t rather than one a need.
func socialPromptsNeeded(t string) uint64 {
	var mask uint64
	socialPromptNeeds.each(t, func(j int) { mask |= 1 << socialPromptOfNeed[j] })
	return mask
}

// socialPromptNeeds indexes every socialPrompts need; socialPromptOfNeed
// gives the prompt each belongs to.
var socialPromptNeeds, socialPromptOfNeed = indexPromptNeeds()

// indexPromptNeeds builds socialPromptNeeds; it panics when the prompts
// outgrow socialPromptsNeeded's mask, a mistake in the rule list.
func indexPromptNeeds() (*phraseSet, []int) {
	if len(socialPrompts) > 64 {
		panic("newsextract: more than 64 socialPrompts")
	}
	var needs []string
	var owner []int
	for i, p := range socialPrompts {
		for _, n := range p.needs {
			needs = append(needs, n)
			owner = append(owner, i)
		}
	}
	return newPhraseSet(needs), owner
}

// byToTopLink drops a link back to the top of the page ("Top", "Nach
// oben") that a thread or a long page sets after each part: it points
// into the page, and left in it closes each part's text.
func (c *cleaner) byToTopLink(n *html.Node) verdict {
	if n.DataAtom != atom.A || !strings.HasPrefix(attr(n, "href"), "#") || !toTopLabels[c.lowerText(n)] {
		return verdict{}
	}
	return verdict{kindDrop, "back-to-top link"}
}

// maxSkippedBoxRunes bounds a box a skip link jumps past: a sign-up or
// an ad, not a part of the story.
const maxSkippedBoxRunes = 1000

// bySkippedBox drops a box that opens with a link jumping past it to an
// anchor inside it ("<figure><a href=#EmailSignup-skip-link-9>skip past
// newsletter promotion</a>…<p id=EmailSignup-skip-link-9>", or the BBC's
// embeds in every language, "<a href=#end-of-twitter-content-1>"): the
// page itself says a reader may skip all of it.
func (c *cleaner) bySkippedBox(n *html.Node) verdict {
	s := c.stats[n]
	first := firstElementChild(n)
	if s == nil || s.text > maxSkippedBoxRunes || first == nil || first.DataAtom != atom.A {
		return verdict{}
	}
	target, ok := strings.CutPrefix(attr(first, "href"), "#")
	if !ok || target == "" || !strings.HasPrefix(c.lowerText(first), "skip") && !strings.HasPrefix(target, "end-of-") {
		return verdict{} // the BBC names the anchor "end-of-twitter-content-1" whatever the link says ("رد شدن از مطلب X")
	}
	if hasDescendant(n, func(d *html.Node) bool { return d.Type == html.ElementNode && attr(d, "id") == target }) {
		return verdict{kindDrop, "box a skip link jumps past"}
	}
	return verdict{}
}

// maxDisclaimerRunes bounds a disclaimer block: a paragraph of small
// print, where a rights line is a sentence.
const maxDisclaimerRunes = 800

// disclaimers indexes disclaimerPhrases. Read only.
var disclaimers = newPhraseSet(disclaimerPhrases)

// byDisclaimer drops a paragraph of legal small print under the story
// (disclaimerPhrases): an investment adviser's regulatory notice, "This
// material has been prepared for informational purposes only …".
func (c *cleaner) byDisclaimer(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxDisclaimerRunes || s.paras > 1 || !isElem(n, atom.P, atom.Div, atom.Small, atom.Em, atom.I) {
		return verdict{}
	}
	if i := disclaimers.first(c.lowerText(n)); i >= 0 {
		return verdict{kindDrop, "disclaimer: " + disclaimerPhrases[i]}
	}
	return verdict{}
}

// byPromo moves inline promos ("See also: Some headline") to Related: a
// short block starting with a promo phrase and mostly made of its link.
func (c *cleaner) byPromo(n *html.Node) verdict {
	s := c.stats[n]
	heading := headingLevel(n) > 0
	if s == nil || s.link == 0 || s.text > 250 || !heading && !isElem(n, atom.P, atom.Div, atom.Section, atom.Span, atom.Strong, atom.B, atom.Li, atom.Blockquote) {
		return verdict{}
	}
	t := strings.TrimLeftFunc(lowerKey(rawText(n, nil)), isPromoOrnament)
	for _, pre := range promoPrefixes {
		if strings.HasPrefix(t, pre) && (s.text-s.link) <= len([]rune(pre))+25 && (!heading || labelBeforeLink(n, pre)) {
			return verdict{kindRelated, "promo: " + pre}
		}
	}
	return verdict{}
}

// byBulletedHeadline moves to Related a paragraph that is a bullet and a
// link to another of the site's stories and nothing else ("<p>▪ <a
// href=…>健保點值連3季低於0.9 醫界憂醫療量能流失</a></p>", udn): a promo
// set between paragraphs, as Chinese and Korean papers mark theirs; a
// list item of the story is set in a list.
func (c *cleaner) byBulletedHeadline(n *html.Node) verdict {
	s := c.stats[n]
	if n.DataAtom != atom.P || s == nil || s.link == 0 || s.text > maxCapitalHeadlineRunes || s.text-s.link > 2 {
		return verdict{}
	}
	t := strings.TrimSpace(rawText(n, nil))
	first, _ := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune(promoBullets, first) || quotedInGuillemets(t) {
		return verdict{}
	}
	a := soleLink(n)
	if a == nil {
		return verdict{}
	}
	headline := strings.TrimSpace(rawText(a, nil))
	if utf8.RuneCountInString(headline) < minBulletedHeadlineRunes {
		return verdict{}
	}
	if (first == '»' || first == '›') && (strings.HasPrefix(headline, string(first)) || isDocumentURL(attr(a, "href"))) {
		return verdict{} // "<a>» News archive</a>", "» <a href=…pdf>": a button's arrow, a file to download
	}
	if !c.otherSiteStory(a) {
		return verdict{}
	}
	return verdict{kindRelated, "promo: a bulleted headline"}
}

// otherSiteStory reports a link to another page of the page's own site.
func (c *cleaner) otherSiteStory(a *html.Node) bool {
	href := c.p.absURL(attr(a, "href"), false)
	return href != "" && c.p.onSite(href) && !slices.Contains(c.p.ownAddresses(), bareAddress(href))
}

// isDocumentURL reports a link to a file to download, not a page
// (documentExtensions).
func isDocumentURL(href string) bool {
	return documentExtensions[fileExtension(href)]
}

// fileExtension returns the lower-cased extension of the file an
// address names, without its query and fragment; "" when it has none.
func fileExtension(href string) string {
	path, _, _ := strings.Cut(href, "?")
	path, _, _ = strings.Cut(path, "#")
	dot := strings.LastIndexByte(path, '.')
	if dot < 0 || strings.LastIndexByte(path, '/') > dot {
		return ""
	}
	return strings.ToLower(path[dot+1:])
}

// promoBullets open a promo's line before its headline link.
const promoBullets = "▪■▶►▷◆●☞→»›"

// quotedInGuillemets reports a line that German quotation marks open and
// close ("»…«", "›…‹"): a quotation, not a promo's bullet.
func quotedInGuillemets(t string) bool {
	return strings.HasPrefix(t, "»") && strings.HasSuffix(t, "«") || strings.HasPrefix(t, "›") && strings.HasSuffix(t, "‹")
}

// minBulletedHeadlineRunes is the shortest headline a bulleted promo links.
const minBulletedHeadlineRunes = 8

// byCapitalHeadline moves to Related a paragraph that is only a link to
// another of the site's stories, its headline set in capitals ("<p><strong><a
// href=…>HIKER DIES AFTER GETTING LOST ON TRAIL IN GRAND CANYON</a></strong></p>",
// Fox News): a promo between paragraphs, which no sentence of the story
// is written as.
func (c *cleaner) byCapitalHeadline(n *html.Node) verdict {
	s := c.stats[n]
	if n.DataAtom != atom.P || s == nil || s.text == 0 || s.text > maxCapitalHeadlineRunes || s.link < s.text {
		return verdict{}
	}
	a := soleLink(n)
	if a == nil {
		return verdict{} // no link, or a line of links: a menu
	}
	if !c.otherSiteStory(a) {
		return verdict{}
	}
	words := strings.Fields(rawText(a, nil))
	if len(words) < minCapitalHeadlineWords {
		return verdict{} // "MESSAGE BOARD", "DOWNLOAD OUR PRINTABLE CHECKLIST": a menu's or a button's label
	}
	letters := 0
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLower(r) {
				return verdict{}
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	if letters == 0 {
		return verdict{}
	}
	return verdict{kindRelated, "headline in capitals linked alone"}
}

// A headline set in capitals as a promo has minCapitalHeadlineWords words
// or more, in at most maxCapitalHeadlineRunes.
const (
	minCapitalHeadlineWords = 6
	maxCapitalHeadlineRunes = 160
)

// Link card bounds: a headline, a line of excerpt and the site's name in
// at most maxLinkCardRunes, and at least minCardExtraRunes beside the
// headline.
const (
	maxLinkCardRunes  = 400
	minCardExtraRunes = 10
)

// byLinkedHeadingCard moves to Related a link that wraps a heading and
// leads to another page: a card for another story set between the
// paragraphs ("<a href=…><h2>How we run usability tests …</h2><h3>A
// folding table …</h3><p>medium.com</p></a>", Medium's link card). A
// heading alone in its link is a listicle's product or a section's; a
// link around the headline to the page itself is the title's.
func (c *cleaner) byLinkedHeadingCard(n *html.Node) verdict {
	s := c.stats[n]
	if n.DataAtom != atom.A || s == nil || s.text == 0 || s.text > maxLinkCardRunes {
		return verdict{}
	}
	inHeadings := 0
	walk(n, func(d *html.Node) bool {
		if headingLevel(d) > 1 {
			if hs := c.stats[d]; hs != nil {
				inHeadings += hs.text
			}
			return false
		}
		return true
	})
	if inHeadings == 0 || s.text-inHeadings < minCardExtraRunes && !isPromoLabel(lowerKey(normSpace(innerText(n, func(d *html.Node) bool { return headingLevel(d) > 1 })))) {
		return verdict{} // a heading alone in its link: a listicle's linked product name, the section's; "Les også" over it is a promo's label
	}
	target := c.p.absURL(attr(n, "href"), false)
	if target == "" || slices.Contains(c.p.ownAddresses(), bareAddress(target)) || !c.afterParagraph(n, s.text) {
		return verdict{}
	}
	return verdict{kindRelated, "link card: a heading linked to another page"}
}

// byLinkedFigureCard moves to Related a figure whose picture and caption
// both link to one other page, the caption being the link's headline
// (CBS's <figure class="embed"> with an "embed__headline-link" between
// the answers of an interview): a photograph's caption describes the
// picture and links, if at all, in passing, while a story card's caption
// is the story's name.
func (c *cleaner) byLinkedFigureCard(n *html.Node) verdict {
	s := c.stats[n]
	if n.DataAtom != atom.Figure || s == nil || s.text == 0 || s.text > maxLinkCardRunes || s.link*10 < s.text*7 {
		return verdict{}
	}
	var target string
	pictured, captioned, agree := false, false, true
	walk(n, func(a *html.Node) bool {
		if !isElem(a, atom.A) {
			return true
		}
		href := c.p.absURL(attr(a, "href"), false)
		if target == "" {
			target = href
		}
		agree = agree && href != "" && href == target
		pictured = pictured || hasDescendant(a, isPicture)
		captioned = captioned || inFigcaption(a) && len(slugWordsOf(rawText(a, nil))) >= minInlineHeadlineWords
		return false
	})
	if !agree || !pictured || !captioned || slices.Contains(c.p.ownAddresses(), bareAddress(target)) {
		return verdict{}
	}
	return verdict{kindRelated, "link card: a figure whose picture and caption link to another page"}
}

// byLinkedPictureCard moves to Related a link that wraps a picture and
// a headline, leading to another of the site's pages, set right after a
// paragraph: a teaser card between the story's paragraphs ("<a
// href=/auto-batterie-winter…><figure><img></figure><span
// class=teaser__roofline>…</span><span class=teaser__headline>So kommt
// die Autobatterie …</span></a>", Auto Zeitung). A picture linked to its
// own file or to a document, or with a word or two beside it, is no card.
func (c *cleaner) byLinkedPictureCard(n *html.Node) verdict {
	s := c.stats[n]
	if n.DataAtom != atom.A || s == nil || s.text == 0 || s.text > maxLinkCardRunes || !hasDescendant(n, isPicture) {
		return verdict{}
	}
	if len(slugWordsOf(rawText(n, nil))) < minInlineHeadlineWords {
		return verdict{}
	}
	target := c.p.absURL(attr(n, "href"), false)
	if target == "" || !c.p.onSite(target) || isDocumentURL(target) || isImageURL(target) || slices.Contains(c.p.ownAddresses(), bareAddress(target)) {
		return verdict{}
	}
	if !c.afterLongParagraph(n, s.text) {
		return verdict{}
	}
	return verdict{kindRelated, "link card: a picture and a headline linked to another page"}
}

// byTeaserBox moves to Related a box that is one teaser for another of
// the site's stories: a heading linked to it, an excerpt, and a picture
// or an invite ("Full Article", "Read more") linking there too, with no
// link elsewhere ("<div class=feature><a href=U><img></a><h2><a
// href=U>Factory Activity</a></h2><p>Weak factory reports … <a
// href=U>Full Article</a></p></div>", a 2014 Reuters rail). A grid of
// such boxes goes as a grid (markCardGrids) when its headlines are long;
// a rail's short kicker-like headlines ("Solar Energy") are not, and one
// box alone is no grid.
func (c *cleaner) byTeaserBox(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.cards != 1 || c.inTeaserIndex(n) || s.text > maxLinkCardRunes || s.text-s.inCard < minCardExtraRunes || !isElem(n, atom.Div, atom.Li, atom.Article, atom.Section) {
		return verdict{}
	}
	target, headed, seconded := "", false, false
	agree := true
	walk(n, func(a *html.Node) bool {
		if !agree || !isElem(a, atom.A) {
			return agree
		}
		u := c.p.absURL(attr(a, "href"), false)
		if u == "" || target != "" && u != target {
			agree = false
			return false
		}
		target = u
		_, invite := invitePhrase(headingKey(rawText(a, nil)))
		switch {
		case inHeading(a) || hasDescendant(a, func(d *html.Node) bool { return headingLevel(d) > 0 }):
			headed = true
		case invite || hasDescendant(a, isPicture):
			seconded = true
		}
		return false
	})
	if !agree || !headed || !seconded || !c.p.onSite(target) || slices.Contains(c.p.ownAddresses(), bareAddress(target)) {
		return verdict{}
	}
	return verdict{kindRelated, "teaser box: a linked headline, its excerpt and a second link to the same story"}
}

// teaserIndexLevels is how far up inTeaserIndex looks for the run of
// teasers a box stands in.
const teaserIndexLevels = 3

// inTeaserIndex reports a box whose nearest ancestors hold most of the
// page's prose: teasers that are the page's bulk make an index page, and
// the index is what it has to say.
func (c *cleaner) inTeaserIndex(n *html.Node) bool {
	for a, i := n.Parent, 0; a != nil && a.Type == html.ElementNode && i < teaserIndexLevels; a, i = a.Parent, i+1 {
		if c.holdsArticle(a) {
			return true
		}
	}
	return false
}

// markTeaserBoxes runs byTeaserBox over what the other rules and the card
// grids left: a grid takes its teasers whole, the page's own among them.
func (c *cleaner) markTeaserBoxes() {
	c.walkLive(func(n *html.Node) bool {
		if v := c.byTeaserBox(n); v.kind != kindNone {
			c.verdicts[n] = v
			return false
		}
		return true
	})
}

// minCardLeadRunes is the least text of the paragraph before a picture
// card for it to be the story's: a menu's one-line descriptions are
// shorter.
const minCardLeadRunes = 120

// afterLongParagraph reports whether the box of n (as afterParagraph
// finds it) follows a <p> of the story's length and n stands in no list:
// a list of such cards is a menu or a teaser list.
func (c *cleaner) afterLongParagraph(n *html.Node, runes int) bool {
	if inElement(n, atom.Li) {
		return false
	}
	prev := prevElement(c.cardBox(n, runes))
	return prev != nil && prev.DataAtom == atom.P && c.stats[prev] != nil && c.stats[prev].text >= minCardLeadRunes
}

// isImageURL reports an address of an image file: a picture linked to
// its larger self.
func isImageURL(href string) bool {
	return imageExtensions[fileExtension(href)]
}

// inFigcaption reports whether n sits in a <figcaption>.
func inFigcaption(n *html.Node) bool {
	for a := n.Parent; a != nil && a.DataAtom != atom.Figure; a = a.Parent {
		if a.DataAtom == atom.Figcaption {
			return true
		}
	}
	return false
}

// afterParagraph reports whether the box of n, its outermost ancestor of
// the same text within three levels, comes right after a paragraph, a
// list or a quotation: a card set in the story's run of text, not one of
// a grid or a list of teasers, which their own rules read whole.
func (c *cleaner) afterParagraph(n *html.Node, runes int) bool {
	prev := prevElement(c.cardBox(n, runes))
	return prev != nil && isElem(prev, atom.P, atom.Ul, atom.Ol, atom.Blockquote) && c.stats[prev] != nil && c.stats[prev].text > 0
}

// cardBox returns the box of n: its outermost ancestor within three
// levels that holds no more than n's runes of text.
func (c *cleaner) cardBox(n *html.Node, runes int) *html.Node {
	box := n
	for i := 0; i < 3 && box.Parent != nil && box.Parent.Type == html.ElementNode; i++ {
		if ps := c.stats[box.Parent]; ps == nil || ps.text > runes {
			break
		}
		box = box.Parent
	}
	return box
}

// promoOrnaments may open a promo's label: the brackets and arrows of
// "[함께 보면 좋은 기사]", "【関連記事】", "▶ 관련기사". Not "(": a
// "(Related reading: …)" aside is a sentence the story's text keeps.
const promoOrnaments = " [【〔《〈▶►▷■◆●☞→»>*·"

// isPromoOrnament reports a rune of promoOrnaments, or a pictograph set
// before the label ("📚 From the archive:", a newsletter's emoji).
func isPromoOrnament(r rune) bool {
	return strings.ContainsRune(promoOrnaments, r) || unicode.Is(unicode.So, r) || r == '\uFE0F'
}

// byBracketedHeadline moves to Related a paragraph that is only a link to
// another of the site's stories set in square brackets ("[ Governor
// declares drought emergency ]"), as Arc XP and The Washington Post set
// promos between paragraphs: brackets around a whole headline are the
// promo's frame, not a sentence's.
func (c *cleaner) byBracketedHeadline(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.link == 0 || s.text > 250 || !isElem(n, atom.P, atom.Div) {
		return verdict{}
	}
	t := c.lowerText(n)
	if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") {
		return verdict{}
	}
	a := soleLink(n)
	if a == nil {
		return verdict{}
	}
	if title := rawText(a, nil); strings.TrimSpace(t[1:len(t)-1]) != strings.ToLower(title) || len(slugWordsOf(title)) < minInlineHeadlineWords {
		return verdict{}
	}
	if href := c.p.absURL(attr(a, "href"), false); href == "" || !c.p.onSite(href) {
		return verdict{}
	}
	return verdict{kindRelated, "promo: headline in brackets"}
}

// minInlineHeadlineWords is the fewest words of a headline set in a
// paragraph; fewer are a link standing for a word or two.
const minInlineHeadlineWords = 4

// byInlineHeadline moves to Related a link to another of the site's
// stories that SEO plugins set between two sentences of a paragraph,
// without a label: its words are its address's slug, and no sentence
// holds it ("... a thrilling victory for the Aussie team. <a
// href="/australia-favourites-retain-wtc-crown-against-south-africa/">Australia
// favourites retain wtc crown against south africa</a> This impressive
// win ..."). A link an author wrote into a sentence has words around it
// or a text of its own.
func (c *cleaner) byInlineHeadline(n *html.Node) verdict {
	if n.DataAtom != atom.A || n.Parent == nil || n.Parent.DataAtom != atom.P {
		return verdict{}
	}
	href := c.p.absURL(attr(n, "href"), false)
	if href == "" || !c.p.onSite(href) {
		return verdict{}
	}
	words := slugWordsOf(rawText(n, nil))
	if len(words) < minInlineHeadlineWords || !slices.Equal(words, slugWords(href)) {
		return verdict{}
	}
	before, after := textAround(n)
	if !endsSentence(before) || after != "" && !startsUpper(after) {
		return verdict{}
	}
	return verdict{kindRelated, "inline headline link"}
}

// slugWordsOf splits a text into the words slugWords reads in an
// address: lower-cased runs of letters and digits holding a letter, two
// bytes or more.
func slugWordsOf(text string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 2 && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words = append(words, w)
		}
	}
	return words
}

// textAround returns the trimmed text of n's parent before n and after it.
func textAround(n *html.Node) (before, after string) {
	var b, a strings.Builder
	cur := &b
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == n {
			cur = &a
			continue
		}
		cur.WriteString(rawText(s, nil))
	}
	return strings.TrimSpace(normSpace(b.String())), strings.TrimSpace(normSpace(a.String()))
}

// endsSentence reports a text that closes a sentence.
func endsSentence(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "\"”’)"))
	return t != "" && strings.ContainsRune(".!?…", r)
}

// startsUpper reports a text opening with a capital letter.
func startsUpper(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// labelBeforeLink reports a heading set as a promo, "<h5>Related: <a>A
// story</a></h5>": the label stands outside the link, which holds a
// title. A linked widget title ("<h3><a>Related stories</a></h3>") is no
// promo; the widget rules take it with its list.
func labelBeforeLink(h *html.Node, label string) bool {
	a := soleLink(h)
	if a == nil {
		return false
	}
	text := strings.ToLower(normSpace(rawText(a, nil)))
	return !strings.HasPrefix(text, label) && utf8.RuneCountInString(text) >= minRelatedTitleRunes
}

// promoLabelOverList reports a line that is only a promo's label (one of
// promoPrefixes, "Read more:", Persian "بیشتر بخوانید:") set over a list
// of links that read as headlines: the label names the list as related
// reading. Over a menu's items, "More" is the menu's own.
func (c *cleaner) promoLabelOverList(n *html.Node, key string) bool {
	if s := c.stats[n]; s == nil || s.link > 0 || !slices.Contains(promoPrefixes, key) && !slices.Contains(promoPrefixes, key+":") {
		return false
	}
	list := nextElement(n)
	if list == nil || !isElem(list, atom.Ul, atom.Ol) {
		return false
	}
	s := c.stats[list]
	return s != nil && s.text > 0 && s.link*10 >= s.text*9 && headlineLinks(list)
}

// minListHeadlineWords is the fewest words, on average, of links that are
// stories' headlines: a menu's items ("Home & Design", "Sign in") are
// shorter.
const minListHeadlineWords = 4

// headlineLinks reports whether the links under n read as headlines.
func headlineLinks(n *html.Node) bool {
	links, words := 0, 0
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.A {
			links++
			words += countWords(rawText(d, nil))
		}
	}
	return links > 0 && words >= minListHeadlineWords*links
}

// byPromoLabel catches a promo written as a bold label and a link side by
// side inside a larger block ("<b>Previous story:</b> <a>…</a><br>"): the
// label and its link go to Related, the block around them stays.
func (c *cleaner) byPromoLabel(n *html.Node) verdict {
	if !isElem(n, atom.B, atom.Strong, atom.Em, atom.I, atom.Span) {
		return verdict{}
	}
	if s := c.stats[n]; s == nil || s.text == 0 || s.text > 40 || s.link > 0 {
		return verdict{}
	}
	label := strings.TrimRight(lowerKey(rawText(n, nil)), " :»›>-–—")
	if !slices.Contains(promoPrefixes, label) && !slices.Contains(promoPrefixes, label+":") {
		return verdict{}
	}
	link := nextElement(n)
	if link == nil || link.DataAtom != atom.A {
		return verdict{}
	}
	v := verdict{kindRelated, "promo label: " + label}
	c.verdicts[link] = v
	return v
}

// byTagLine drops a line of tag or category links that a label opens
// ("<p><b>Tags:</b> <a>…</a>, <a>…</a></p>"): the block is mostly links
// and starts with one of tagLabels; or a line of plain terms after one of
// plainTagLabels.
func (c *cleaner) byTagLine(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text > maxTagLineRunes || !isElem(n, atom.P, atom.Div, atom.Span, atom.Li, atom.Section) {
		return verdict{}
	}
	t := c.lowerText(n)
	if s.link == 0 {
		if label, list, ok := strings.Cut(t, ":"); ok && plainTagLabels[strings.TrimSpace(label)] && isTermList(list) {
			return verdict{kindDrop, "tag line: " + strings.TrimSpace(label)}
		}
		return verdict{}
	}
	if s.link*10 < s.text*5 {
		return verdict{}
	}
	label, _, colon := strings.Cut(t, ":")
	if !colon {
		label = textBeforeLink(n, t)
	}
	label = strings.TrimSpace(label)
	if colon && tagLabels[label] || !colon && tagLeadIns[label] {
		return verdict{kindDrop, "tag line: " + label}
	}
	if s.text-s.link <= maxTagLabelRunes && onlyRelTagLinks(n) {
		return verdict{kindDrop, "tag line: rel=tag links"}
	}
	if s.text == s.link && isLoneRelTag(n) {
		return verdict{kindDrop, "tag line: one rel=tag link"}
	}
	return verdict{}
}

// maxTermWords bounds one term of a tag line without links.
const maxTermWords = 4

// isTermList reports text that is only a list of two short terms or more,
// split by commas ("Employment, Health & Fitness, Paul Fenaroli"): the
// tags a theme prints without links, not a sentence.
func isTermList(t string) bool {
	terms := strings.Split(strings.TrimRight(strings.TrimSpace(t), ","), ",")
	if len(terms) < 2 {
		return false
	}
	for _, term := range terms {
		if n := countWords(term); n == 0 || n > maxTermWords || strings.ContainsAny(term, ".!?;") {
			return false
		}
	}
	return true
}

// maxTagLabelRunes bounds the text beside the links of a line of rel=tag
// links: a label ("See more in:") and separators.
const maxTagLabelRunes = 30

// onlyRelTagLinks reports whether n holds two links or more and every one
// is a tag's: it says rel="tag" (WordPress writes it on a post's tag and
// category links, "category tag") or reads as a hashtag ("#어린이집",
// Yonhap's keyword links to its search): a line of the post's taxonomy,
// whatever its label.
func onlyRelTagLinks(n *html.Node) bool {
	count := 0
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || d.DataAtom != atom.A || attr(d, "href") == "" {
			continue
		}
		if !hasRel(d, "tag") && !isHashtag(rawText(d, nil)) {
			return false
		}
		count++
	}
	return count >= 2
}

// isLoneRelTag reports whether n's one link says rel="tag": a block that
// is nothing but a post's single tag or category ("Topics covered" over
// <a rel="tag">Health &amp; Wellness</a>), which onlyRelTagLinks leaves
// alone since a lone hashtag can be a sentence's word.
func isLoneRelTag(n *html.Node) bool {
	a := firstLink(n)
	if a == nil || !hasRel(a, "tag") {
		return false
	}
	for d := range n.Descendants() {
		if d != a && d.DataAtom == atom.A {
			return false
		}
	}
	return true
}

// isHashtag reports a link text that is one hashtag: "#" and a word.
func isHashtag(t string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(t), "#")
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && unicode.IsLetter(r) && !strings.ContainsFunc(rest, unicode.IsSpace)
}

// textBeforeLink is the part of n's lower-case text t before its first
// link's text.
func textBeforeLink(n *html.Node, t string) string {
	a := firstLink(n)
	if a == nil {
		return ""
	}
	before, _, _ := strings.Cut(t, strings.ToLower(normSpace(rawText(a, nil))))
	return before
}

// maxTagLineRunes bounds a tag line; longer blocks are not one.
const maxTagLineRunes = 400

// nextElement is n's next sibling element when only white space stands
// between them.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.ElementNode:
			return s
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) != "":
			return nil
		}
	}
	return nil
}

// applyWidgetHeadings drops the block a widget title heads ("Latest News",
// "More Articles Like This"), climbing from the title to the largest
// ancestor that still holds little of the page's prose. Inside furniture
// that is already dropped it still looks for related-reading titles, so a
// "More like this" grid in a dropped footer gives its links to Related.
func (c *cleaner) applyWidgetHeadings() {
	var dropped []*html.Node // the dropped ancestors of the current node
	paid := 0                // how many of them are a recommendation network's boxes
	site := 0                // how many of them are the page's footer
	walk(c.p.doc, func(n *html.Node) bool {
		for len(dropped) > 0 && !isAncestor(dropped[len(dropped)-1], n) {
			if c.p.isNetworkBox(dropped[len(dropped)-1]) {
				paid--
			}
			if c.p.isSiteChrome(dropped[len(dropped)-1]) {
				site--
			}
			dropped = dropped[:len(dropped)-1]
		}
		var fence *html.Node
		if len(dropped) > 0 {
			fence = dropped[len(dropped)-1]
		}
		if v, done := c.verdicts[n]; done {
			if v.kind == kindDrop {
				dropped = append(dropped, n)
				if c.p.isNetworkBox(n) {
					paid++
				}
				if c.p.isSiteChrome(n) {
					site++
				}
				return true
			}
			return false
		}
		if n.Type == html.ElementNode && invisibleTags[n.DataAtom] {
			return false
		}
		if !looksLikeTitle(n, c.stats[n]) && !isRelatedLabel(n, c.stats[n]) && !c.isWidgetPhrase(n, c.stats[n]) {
			return true
		}
		key := headingKey(rawText(n, nil))
		kind, ok := widgetTitleKind(key)
		if !ok && c.promoLabelOverList(n, key) {
			kind, ok = kindRelated, true // "<p><b>Read more:</b></p><ul><li><a>…": the label heads the list of links under it
		}
		if !ok || fence != nil && (kind != kindRelated || paid > 0 || site > 0) {
			return true // a network's "We recommend" heads paid placements; the page footer's or menu's "More from <site>", the same links on every page
		}
		box := c.widgetBox(n, fence, kind)
		if kind == kindComments && box == n {
			box = commentSection(n)
		}
		c.verdicts[box] = verdict{kind, ruleWidgetTitle + key}
		switch {
		case box == n && kind == kindComments:
			c.markCommentFormAfter(n, verdict{kind, ruleFormAfter + key})
		case box == n:
			c.markLinksAfter(n, verdict{kind, ruleLinksAfter + key})
		}
		return false
	})
}

// minWidgetPhraseWords is how many words make a widget title a phrase no
// sentence of the story would be alone on its line ("Explore more on
// these topics"); see minWidePhraseRunes for scripts without spaces.
const minWidgetPhraseWords = 3

// isWidgetPhrase reports a short span, div or paragraph, not styled as a
// title, whose text is a widget title of minWidgetPhraseWords or more:
// the phrase itself says what the box after it is.
func (c *cleaner) isWidgetPhrase(n *html.Node, s *nodeStats) bool {
	if s == nil || s.text == 0 || s.text > 40 || s.link > 0 || !isElem(n, atom.Span, atom.Div, atom.P) || inElement(n, atom.A) {
		return false
	}
	key := headingKey(c.lowerText(n))
	_, ok := widgetHeadings[key]
	if !ok {
		return false
	}
	_, wide := countVisible(key)
	return countWords(strings.ReplaceAll(key, "-", " ")) >= minWidgetPhraseWords || wide >= minWidePhraseRunes // "AI-assisted summary" is three
}

// minWidePhraseRunes is how many Chinese, Japanese or Korean characters
// make a widget title such a phrase: those scripts set no spaces between
// words ("この記事を書いた人", "who wrote this article").
const minWidePhraseRunes = 5

// isPageFooter reports the page's own footer, a <footer> or
// role=contentinfo outside any article or main element, as opposed to an
// article's footer, where a "More like this" box belongs to the story.
func isPageFooter(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Footer || attr(n, "role") == "contentinfo") && !inElement(n, atom.Article, atom.Main)
}

// isSiteChrome reports the page's own footer (isPageFooter) or its menu:
// a <nav>, role=navigation, or a box its class names the site's
// navigation or menus (NBC News's "#hamburger"), outside any article or
// main element.
func (p *page) isSiteChrome(n *html.Node) bool {
	if isPageFooter(n) {
		return true
	}
	if n.Type != html.ElementNode || inElement(n, atom.Article, atom.Main) {
		return false
	}
	if n.DataAtom == atom.Nav || attr(n, "role") == "navigation" {
		return true
	}
	_, why := p.tokenKind(n)
	return why == boilerTokens["nav"] || why == boilerTokens["menu"] || why == boilerTokens["hamburger"]
}

// ruleNetwork is tokenKind's reason for a recommendation network's box.
const ruleNetwork = "content recommendation network"

// isNetworkBox reports an element a recommendation network's token names
// (networkTokens), from the page's memo of tokenKind.
func (p *page) isNetworkBox(n *html.Node) bool {
	_, why := p.tokenKind(n)
	return why == ruleNetwork
}

// hasNetworkToken reports a networkTokens word in the class and id values
// (cased, and lower-cased in lower), passing over script hooks:
// "js-outbrain-anchor" marks where a script may add the network's box
// beside The Guardian's own related links. Most elements hold none of the
// words, which a substring search tells before any value is split.
func hasNetworkToken(lower, cased string) bool {
	found := false
	for w := range networkTokens {
		if strings.Contains(lower, w) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	for _, v := range strings.Fields(cased) {
		if len(v) > 3 && strings.EqualFold(v[:3], "js-") {
			continue
		}
		if slices.ContainsFunc(splitTokens(v), func(w string) bool { return networkTokens[w] }) {
			return true // "taboolaReadMoreBelow" splits at its capitals
		}
	}
	return false
}

// ruleWidgetTitle prefixes applyWidgetHeadings' reasons.
const ruleWidgetTitle = "widget title: "

// ruleFormAfter prefixes markCommentFormAfter's reason.
const ruleFormAfter = "comment form under the widget title: "

// markCommentFormAfter gives v to the blocks that follow a comments title
// standing in the story's flow ("<h3>Add A Comment</h3><blockquote><form>
// ... <p>Comments are moderated.</p>"), up to the next heading, when one
// of them holds a comment box (a <textarea>): the form's notes go with
// it, where a "Comments" section of a story on code has no form.
func (c *cleaner) markCommentFormAfter(title *html.Node, v verdict) {
	var run []*html.Node
	form := false
	for s := title.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode || invisibleTags[s.DataAtom] {
			continue
		}
		if headingLevel(s) > 0 {
			break
		}
		run = append(run, s)
		form = form || hasDescendant(s, func(d *html.Node) bool { return d.DataAtom == atom.Textarea })
	}
	if !form {
		return
	}
	for _, s := range run {
		if !c.dropped(s) {
			c.verdicts[s] = v
		}
	}
}

// markLinksAfter gives v to the link blocks that follow a widget title
// standing in the story's flow, with no box of its own ("<p>Related
// posts:</p><ul>...</ul>"): the widget is the run of blocks after it
// that are mostly link text, up to a heading or a block of prose.
func (c *cleaner) markLinksAfter(title *html.Node, v verdict) {
	for s := title.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode || invisibleTags[s.DataAtom] || c.dropped(s) {
			continue
		}
		st := c.stats[s]
		if headingLevel(s) > 0 || st == nil || st.text == 0 || st.link*2 < st.text {
			return
		}
		c.verdicts[s] = v
	}
}

// recencyWords open the title of a widget of the site's newest stories.
var recencyWords = map[string]bool{"latest": true, "recent": true, "newest": true}

// isRecencyTitle reports a widget title of the form "Latest Sport News",
// "Recent Business Stories": the newest stories of a section, whichever it
// is, say nothing of this one.
func isRecencyTitle(key string) bool {
	words := strings.Fields(key)
	if len(words) < 2 || len(words) > maxRelatedTitleWords || !recencyWords[words[0]] {
		return false
	}
	last := words[len(words)-1]
	return storyWords[last] || last == "headlines" || last == "posts" || last == "releases" // "Recent Press Releases" (nyc.gov)
}

// isAncestor reports whether a is n or one of n's ancestors.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// widgetBox climbs from a widget's title while the parent holds no more
// prose than a widget's teasers would, and never past fence.
func (c *cleaner) widgetBox(title, fence *html.Node, kind ruleKind) *html.Node {
	limit := max(c.total/6, 600)
	box := title
	for p := title.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if isElem(p, atom.Body, atom.Html, atom.Main, atom.Article) {
			break
		}
		s := c.stats[p]
		stream := kind == kindRelated && s != nil && teaserStream(s) && !hasHeadline(p)
		if s == nil || s.prose > limit && !stream || c.holdsArticle(p) && !stream || c.titleHeadingBefore(p, title) || c.proseBefore(p, box) > maxWidgetLeadProse || kind == kindRelated && c.storyAfter(p, box) > maxWidgetLeadProse {
			break
		}
		box = p
		if p == fence {
			break
		}
	}
	return box
}

// maxWidgetLeadProse is the most prose a widget holds above its title; an
// ancestor with more there is the story's column, which the widget closes.
const maxWidgetLeadProse = 200

// proseBefore counts the prose runes of p's children before the one that
// holds (or is) inner.
func (c *cleaner) proseBefore(p, inner *html.Node) int {
	n := 0
	for d := p.FirstChild; d != nil && !isAncestor(d, inner); d = d.NextSibling {
		if s := c.stats[d]; s != nil {
			n += s.prose
		}
	}
	return n
}

// storyAfter counts the prose runes of p's children after the one that
// holds (or is) inner, in children without links: the story's paragraphs
// that go on under a promo set among them (CNBC's "More from Personal
// Finance:" and its links inside the section's div.group), where a
// widget's teasers link their stories. (An appeal's title heads its own
// paragraphs: only related titles ask.)
func (c *cleaner) storyAfter(p, inner *html.Node) int {
	d := p.FirstChild
	for d != nil && !isAncestor(d, inner) {
		d = d.NextSibling
	}
	n := 0
	for ; d != nil; d = d.NextSibling {
		if s := c.stats[d]; s != nil && s.link == 0 && !isAncestor(d, inner) {
			n += s.prose
		}
	}
	return n
}

// titleHeadingBefore reports whether the first heading showing the
// article's title stands under n, before the widget title w: a box
// holding it is the story's, however short the story, and a widget title
// further down ("Say your words" over the comment form) heads only its
// own part.
func (c *cleaner) titleHeadingBefore(n, w *html.Node) bool {
	h := c.shownHeadline()
	return h != nil && h != w && isAncestor(n, h) && precedes(h, w)
}

// shownHeadline finds, once, the first heading of any level that shows
// the article's title. (published.go's titleHeading is narrower: an h2-h4
// standing in for a missing h1.)
func (c *cleaner) shownHeadline() *html.Node {
	if c.headlineRead {
		return c.headline
	}
	c.headlineRead = true
	title := c.p.art.Title
	if title == "" {
		return nil
	}
	walk(c.p.doc, func(n *html.Node) bool {
		if c.headline != nil {
			return false
		}
		if headingLevel(n) > 0 {
			if text := rawText(n, nil); sameTitle(text, title) || kickerBefore(text, title) {
				c.headline = n
			}
			return false
		}
		return true
	})
	return c.headline
}

// minKickedTitleWords is how many words a title needs to be found at
// the end of a heading after a kicker.
const minKickedTitleWords = 3

// kickerBefore reports a heading's text that ends with the title after
// other words: a kicker the markup does not name ("<h2><span>Hochwasser in
// Süddeutschland</span> <span>Passau ruft …</span></h2>", Der Spiegel).
func kickerBefore(text, title string) bool {
	text = normSpace(text)
	return len(text) > len(title) && strings.HasSuffix(text, title) && text[len(text)-len(title)-1] == ' ' && countWords(title) >= minKickedTitleWords
}

// precedes reports whether a comes before b in document order, b not
// inside a: the children of their nearest common ancestor are compared.
func precedes(a, b *html.Node) bool {
	depth := make(map[*html.Node]*html.Node) // ancestor of a -> its child on a's path
	for child, anc := a, a.Parent; anc != nil; child, anc = anc, anc.Parent {
		depth[anc] = child
	}
	for child, anc := b, b.Parent; anc != nil; child, anc = anc, anc.Parent {
		if child == a {
			return false // b is inside a
		}
		if aChild, ok := depth[anc]; ok {
			for s := aChild.NextSibling; s != nil; s = s.NextSibling {
				if s == child {
					return true
				}
			}
			return false
		}
	}
	return false
}

// Teaser stream limits: a related box may hold this many cards' worth of
// summaries, at most maxTeaserRunes of prose a card.
const (
	minStreamCards = 3
	maxTeaserRunes = 300
)

// teaserStream reports a box of linked headlines with a short summary
// each ("Recommended for You": headline, one-paragraph teaser), most of
// its link text in those headlines: its prose is the teasers', however
// long the stream runs.
func teaserStream(s *nodeStats) bool {
	return s.cards >= minStreamCards && s.prose <= s.cards*maxTeaserRunes && 2*s.inCard >= s.link
}

// looksLikeTitle reports whether n is a heading or a short element styled as
// a block title.
func looksLikeTitle(n *html.Node, s *nodeStats) bool {
	if n.Type != html.ElementNode || s == nil || s.text == 0 || s.text > 40 {
		return false
	}
	if headingLevel(n) > 0 {
		return true
	}
	if !isElem(n, atom.Div, atom.Span, atom.P, atom.Strong, atom.B, atom.Section, atom.Td) {
		return false
	}
	cls := strings.ToLower(attr(n, "class") + " " + attr(n, "id")) // id="reactionTitle" titles as well as a class
	// utility classes set a title in bold as markup would ("font-bold
	// uppercase", "fw-bold")
	return strings.Contains(cls, "title") || strings.Contains(cls, "heading") || strings.Contains(cls, "header") || strings.Contains(cls, "bold") || titClassed(cls) || isBoldLine(n)
}

// titClassed reports a class token "tit", or one that adds it to a
// word ("feed-tit", "tit_box"): Chinese and Korean templates shorten
// "title" so. Only whole parts count, as "tit" is inside "entity" and
// "competition".
func titClassed(cls string) bool {
	for i := strings.Index(cls, "tit"); i >= 0; {
		end := i + len("tit")
		if (i == 0 || isClassBreak(cls[i-1])) && (end == len(cls) || isClassBreak(cls[end])) {
			return true
		}
		next := strings.Index(cls[end:], "tit")
		if next < 0 {
			return false
		}
		i = end + next
	}
	return false
}

// isClassBreak reports a byte that parts the words of a class value.
func isClassBreak(b byte) bool {
	return b == ' ' || b == '-' || b == '_'
}

// isBoldLine reports a paragraph, div or table cell whose only content is
// one <strong> or <b>: the way hand-edited pages and table layouts title a
// box ("<p><strong>Mehr Themen:</strong></p>", "<td><b>EDITOR'S
// CHOICE</b></td>").
func isBoldLine(n *html.Node) bool {
	if !isElem(n, atom.P, atom.Div, atom.Td) {
		return false
	}
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && only == nil && isElem(c, atom.Strong, atom.B):
			only = c
		default:
			return false
		}
	}
	return only != nil
}

// headingKey normalises a widget title for lookup; a count before or after
// it goes ("53 Comments", "Comments (53)").
func headingKey(s string) string {
	s = lowerKey(normSpace(s))
	s = strings.TrimRight(s, " :：.!?»›>-–—")
	s = unbracketed(s)
	if i := strings.LastIndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") && isDigits(s[i+1:len(s)-1]) {
		s = strings.TrimSpace(s[:i])
	}
	if i := strings.IndexByte(s, ' '); i > 0 && isDigits(s[:i]) {
		s = s[i+1:]
	}
	if i := strings.Index(s, "（"); i > 0 && strings.HasSuffix(s, "）") {
		s = strings.TrimSpace(s[:i]) // an aside in full-width brackets: "関連記事（外部サイト）"
	}
	return s
}

// labelBrackets pair the brackets Japanese and Chinese papers set a
// label in: "【関連記事】", "〔関連〕".
var labelBrackets = [][2]string{{"【", "】"}, {"〔", "〕"}, {"［", "］"}, {"[", "]"}}

// unbracketed returns what a pair of label brackets around all of s
// holds, else s.
func unbracketed(s string) string {
	if s == "" || s[0] != '[' && s[0] != 0xE3 && s[0] != 0xEF {
		return s // no bracket opens it: "[", or the lead byte of "【", "〔", "［"
	}
	for _, b := range labelBrackets {
		if in, ok := strings.CutPrefix(s, b[0]); ok {
			if in, ok := strings.CutSuffix(in, b[1]); ok && !strings.Contains(in, b[0]) {
				return strings.TrimSpace(in)
			}
		}
	}
	return s
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// firstHeadingText returns the key of the first heading under n.
func firstHeadingText(n *html.Node) string {
	var found string
	walk(n, func(c *html.Node) bool {
		if found != "" {
			return false
		}
		if headingLevel(c) > 0 {
			found = headingKey(rawText(c, nil))
			return false
		}
		return true
	})
	return found
}

// tokenVerdict is tokenKind's answer for one element.
type tokenVerdict struct {
	kind ruleKind
	why  string
}

// tokenAttrs is all of an element that tokenKind reads.
type tokenAttrs struct {
	class, id string
	para      bool
}

// tokenKind answers tokenKind(n) from the page's memo.
func (p *page) tokenKind(n *html.Node) (ruleKind, string) {
	key := tokenAttrs{attr(n, "class"), withTestID(attr(n, "id"), n), n.DataAtom == atom.P}
	if key.class == "" && key.id == "" {
		return kindNone, ""
	}
	if v, ok := p.kinds[key]; ok {
		return v.kind, v.why
	}
	k, why := tokenKind(n)
	if p.kinds == nil {
		p.kinds = make(map[tokenAttrs]tokenVerdict)
	}
	p.kinds[key] = tokenVerdict{k, why}
	return k, why
}

// tokenKind classifies n by the words of its class and id attributes.
func tokenKind(n *html.Node) (ruleKind, string) {
	class, id := attr(n, "class"), withTestID(tokenID(n), n)
	if strings.TrimSpace(class) == "" && strings.TrimSpace(id) == "" {
		return kindNone, ""
	}
	raw := class + " " + id
	words := splitTokens(raw)
	cased := raw
	raw = strings.ToLower(raw)
	guarded := false
	guardWords := words
	if hasBEMSeparator(class) {
		guardWords = splitTokens(bemElements(class) + " " + id)
	}
	for _, w := range guardWords {
		if contentTokens[w] {
			guarded = true
		}
	}
	for _, v := range strings.Fields(raw) {
		if contentTokens[v] {
			guarded = true // "MathJax" whole, which the camel-case split cuts
		}
	}
	if hasNetworkToken(raw, cased) {
		return kindDrop, ruleNetwork
	}
	for _, w := range words {
		if why, ok := commentTokens[w]; ok {
			return kindComments, why
		}
		if why, ok := relatedTokens[w]; ok {
			return kindRelated, why
		}
		if why, ok := relatedPrefix(w); ok {
			return kindRelated, why
		}
	}
	for _, table := range compoundKinds {
		for _, v := range strings.Fields(raw) {
			if why, ok := compoundIn(v, table.names); ok {
				return table.kind, why
			}
		}
		if cased != raw { // only camel-case values need the split
			if why, ok := camelCompoundIn(cased, table.names); ok {
				return table.kind, why
			}
		}
	}
	if guarded {
		return kindNone, ""
	}
	for _, w := range words {
		if why, ok := boilerTokens[w]; ok && !(n.DataAtom == atom.P && paragraphTokens[w]) && !(creditClassWords[w] && namesCaptionBox(raw)) {
			return kindDrop, why
		}
	}
	return kindNone, ""
}

// namesCaptionBox reports a lower-cased class value that ends in
// "caption" after a credit: NPR's "div.credit-caption" holds the caption
// and the credit both, where "caption-credit" is the credit alone.
func namesCaptionBox(raw string) bool {
	for _, v := range strings.Fields(raw) {
		if strings.HasSuffix(v, "caption") && strings.Contains(v, "credit") {
			return true
		}
	}
	return false
}

// bemElements keeps of each class value its part after the last BEM
// separator ("--", "__"): in "duet--article--membership-cta" the
// "article" names the block the element belongs to, not the element,
// which is a membership pitch (Vox).
func bemElements(class string) string {
	if !hasBEMSeparator(class) {
		return class
	}
	var b strings.Builder
	for _, v := range strings.Fields(class) {
		if i := max(strings.LastIndex(v, "--"), strings.LastIndex(v, "__")); i >= 0 {
			v = v[i+2:]
		}
		b.WriteString(v)
		b.WriteByte(' ')
	}
	return b.String()
}

// hasBEMSeparator reports a class with a BEM element or modifier part.
func hasBEMSeparator(class string) bool {
	return strings.Contains(class, "--") || strings.Contains(class, "__")
}

// relatedPrefix finds a relatedPrefixes entry that starts the token w and
// is followed by more letters: a joined name ("relatedlinks").
func relatedPrefix(w string) (string, bool) {
	for _, p := range relatedPrefixes {
		if len(w) > len(p.prefix) && strings.HasPrefix(w, p.prefix) {
			return p.why, true
		}
	}
	return "", false
}

// compoundIn finds a boilerCompounds entry that is the lower-cased class
// value v whole or two adjacent words of it ("most-read-container"). It
// runs on every element's classes, so pairs joined by one hyphen are
// looked up as substrings of v, without building strings.
func compoundIn(v string, names map[string]string) (string, bool) {
	if why, ok := names[v]; ok {
		return why, true
	}
	prevStart, prevEnd := -1, -1
	for i := 0; i < len(v); {
		for i < len(v) && !isWordByte(v[i]) {
			i++
		}
		start := i
		for i < len(v) && isWordByte(v[i]) {
			i++
		}
		if start == i {
			break
		}
		if prevStart >= 0 {
			key := v[prevStart:i]
			if v[prevEnd:start] != "-" {
				key = v[prevStart:prevEnd] + "-" + v[start:i]
			}
			if why, ok := names[key]; ok {
				return why, true
			}
		}
		prevStart, prevEnd = start, i
	}
	return "", false
}

// camelCompoundIn finds a boilerCompounds entry as two adjacent words of
// one camel-case class value ("AuthorBio_module_AuthorBio__28ccf509"
// holds "author-bio"), which compoundIn, reading lower-cased values,
// cannot split. Words are cut as splitTokens cuts them; each pair is
// built in a stack buffer, so pages of CSS-module classes allocate
// nothing here.
func camelCompoundIn(raw string, names map[string]string) (string, bool) {
	var buf [64]byte
	prevStart, prevEnd := -1, -1 // the word before, in the same value
	start, prevLower := -1, false
	for i, size := 0, 0; i <= len(raw); i += size {
		r := ' ' // past the end: a space closes the last word
		size = 1
		if i < len(raw) {
			r, size = utf8.DecodeRuneInString(raw[i:])
		}
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		if start >= 0 && (!alnum || prevLower && unicode.IsUpper(r)) {
			if prevStart >= 0 {
				key := appendLower(append(appendLower(buf[:0], raw[prevStart:prevEnd]), '-'), raw[start:i])
				if why, ok := names[string(key)]; ok {
					return why, true
				}
			}
			prevStart, prevEnd, start = start, i, -1
		}
		if unicode.IsSpace(r) {
			prevStart = -1 // a new class value
		}
		if alnum && start < 0 {
			start = i
		}
		prevLower = unicode.IsLower(r)
	}
	return "", false
}

// appendLower appends s lower-cased.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// isWordByte reports a letter or digit byte of a class value; bytes of
// multi-byte runes count as letters.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// withTestID adds to id the first of n's testIDAttrs that is set.
func withTestID(id string, n *html.Node) string {
	for _, k := range testIDAttrs {
		if v := attr(n, k); v != "" {
			return id + " " + v
		}
	}
	return id
}

// tokenID is n's id for the token rules, or "" when the id is a slug of a
// heading ("sharing-with-a-single-developer", "the-end-of-comments"):
// documentation generators and many CMSs give every section such an id,
// and its words say what the section is about, not what it is.
func tokenID(n *html.Node) string {
	id := attr(n, "id")
	if !isSlug(id) {
		return id
	}
	words := strings.Split(id, "-")
	if len(words) >= slugMinWords {
		return ""
	}
	for _, w := range words {
		if titleOnlyWords[w] {
			return ""
		}
	}
	return id
}

// isSlug reports lower-case words joined by hyphens, the shape of a title
// turned into an anchor; component ids ("ctl00_BannerBar_Advert2",
// "mostViewed") have other shapes.
func isSlug(id string) bool {
	if !strings.Contains(id, "-") {
		return false
	}
	for _, r := range id {
		if !(r == '-' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && unicode.IsLower(r)) {
			return false
		}
	}
	return true
}

// slugMinWords: an id of this many words is a heading's slug.
const slugMinWords = 4

// tokenBytesGuess is about how many bytes of a class value make one token
// ("post-title entry-title" is four tokens in 22 bytes).
const tokenBytesGuess = 5

// splitTokens splits class and id values into lower-case words at every
// character that is not a letter or digit, and inside camelCase words
// ("navBreadcrumbs" gives "nav", "breadcrumbs"), since many themes join
// their words that way.
func splitTokens(s string) []string {
	if s == "" {
		return nil
	}
	// lower-case once and cut the words out of that copy; a letter whose
	// lower case is longer or shorter in UTF-8 ("İ") moves the offsets,
	// so such a value lowers each word instead
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		lower = ""
	}
	words := make([]string, 0, len(s)/tokenBytesGuess+1) // one allocation, not one per doubling
	cut := func(i, j int) {
		if lower != "" {
			words = append(words, lower[i:j])
		} else {
			words = append(words, strings.ToLower(s[i:j]))
		}
	}
	start, prevLower := -1, false
	for i, r := range s {
		alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
		if start >= 0 && (!alnum || prevLower && unicode.IsUpper(r)) {
			cut(start, i)
			start = -1
		}
		if alnum && start < 0 {
			start = i
		}
		prevLower = unicode.IsLower(r)
	}
	if start >= 0 {
		cut(start, len(s))
	}
	return words
}

// ruleLinkDirectory is byLinkDirectory's reason.
const ruleLinkDirectory = "directory of links"

// Bounds of a link directory: at least minDirectoryItems entries, each of
// at most maxDirectoryWords words (a place or a name, "Village of the
// Branch movers", not a story's title). A list of forty names each linked
// to its page is an index, where an article's own lists of links ("See
// also", sources) run to a dozen or two.
const (
	minDirectoryItems = 40
	maxDirectoryWords = 6
)

// byLinkDirectory drops a long list whose every item is one short link to
// the site's own pages ("Akron movers", "Albany movers", ...): an index of
// the site's sections set in the article's column, which no reader reads
// through as part of the story.
func (c *cleaner) byLinkDirectory(n *html.Node) verdict {
	if !isElem(n, atom.Ul, atom.Ol) || countChildren(n, atom.Li) < minDirectoryItems {
		return verdict{} // counted first: most lists are short, and reading each item costs
	}
	short := func(text string) bool { return len(strings.Fields(text)) <= maxDirectoryWords }
	if c.p.ownLinkItems(n, short) < minDirectoryItems {
		return verdict{}
	}
	return verdict{kindDrop, ruleLinkDirectory}
}
