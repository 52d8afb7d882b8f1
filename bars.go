package newsextract

// Tool bars and bars of short links: the print, e-mail, text-size and
// share buttons over or under a story, and lines of section links,
// whether or not an element of their own holds them. The cleaner
// (clean.go) asks these rules along with its others.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxToolbarRunes bounds the text of an article's tool bar; see byToolbar.
const maxToolbarRunes = 160

// maxToolbarPhraseWords is the most words a toolbarPhrases key holds.
const maxToolbarPhraseWords = 8

// byToolbar drops an article's tool bar: a short block whose words are
// all button labels (toolbarPhrases, and site names in link text), such
// as "Print Article | Email Article" or "E-mail this to a friend
// Printable version". Themes name these bars every way ("azcStoryTools",
// "at_link", "control"), so the labels are the surer sign. A heading
// is left alone, as a style guide may head a section "Font size", and so
// is a label inside a sentence (see amongButtons).
func (c *cleaner) byToolbar(n *html.Node) verdict {
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > maxToolbarRunes || headingLevel(n) > 0 || inHeading(n) || !toolbarOpeners[firstWord(n)] {
		return verdict{}
	}
	t := c.lowerText(n)
	if isWidgetTitle(n, s, t) {
		return verdict{} // "Share this story" over a box: applyWidgetHeadings drops the box
	}
	linked := s.link == s.text || insideLink(n)
	why, ok := toolbarReason(t, linked)
	if !ok {
		// buttons set side by side without spaces read as one word
		// ("Deel dit artikelFacebookXWhatsApp"); their texts are apart
		why, ok = toolbarReason(spacedLowerText(n), linked)
	}
	if ok && c.standsApart(n) {
		return verdict{kindDrop, ruleToolbar + why}
	}
	return verdict{}
}

// spacedLowerText returns n's visible text, lower-cased, with a space
// between the texts of its text nodes.
func spacedLowerText(n *html.Node) string {
	return strings.ToLower(spacedText(n))
}

// spacedText returns n's visible text with a space between the texts of
// its text nodes, as their elements set them apart on screen.
func spacedText(n *html.Node) string {
	var parts []string
	walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.TextNode:
			parts = append(parts, c.Data)
		case c.Type == html.ElementNode && invisibleTags[c.DataAtom]:
			return false
		}
		return true
	})
	return normSpace(strings.Join(parts, " "))
}

// toolbarReason reads t (lower-case) as a run of tool bar labels and
// returns the first label's reason. It needs two labels, or one that is
// not weak; a "+" stands for a text size button. Site names alone make a
// bar only when linked is set.
func toolbarReason(t string, linked bool) (string, bool) {
	words := strings.FieldsFunc(t, notWord)
	why, count, sites, strong := "", 0, 0, false
	for i := 0; i < len(words); {
		k, p, ok := toolbarPhraseAt(words[i:])
		if !ok {
			return "", false
		}
		if p.why == "" {
			sites++
		} else if why == "" {
			why = p.why
		}
		count, strong, i = count+1, strong || !p.weak, i+k
	}
	if sites > 0 && !linked && sites == count {
		return "", false // "Facebook, Twitter": names in a sentence
	}
	if why == "" && sites > 0 {
		why = "share buttons"
	}
	if strings.Contains(t, "+") {
		count++
	}
	if count >= 2 && why == "" {
		why = "text size control"
	}
	return why, count >= 2 || (count == 1 && strong)
}

// toolbarPhraseAt finds the longest tool bar label or site name that
// opens words and returns how many words it takes; a site's phrase has no
// reason.
func toolbarPhraseAt(words []string) (int, toolbarPhrase, bool) {
	var buf [8 * 16]byte // the key grows word by word; looking up string(key) does not copy it
	key := buf[:0]
	best, found := 0, toolbarPhrase{}
	for k := 0; k < min(len(words), maxToolbarPhraseWords); k++ {
		if k > 0 {
			key = append(key, ' ')
		}
		key = append(key, words[k]...)
		if p, ok := toolbarPhrases[string(key)]; ok {
			best, found = k+1, p
		} else if toolbarSites[string(key)] {
			best, found = k+1, toolbarPhrase{weak: true} // why left empty: a site
		}
	}
	return best, found, best > 0
}

// toolbarOpeners are the first words of toolbarPhrases and toolbarSites:
// a block that opens with another word is no tool bar, and byToolbar
// reads no further.
var toolbarOpeners = func() map[string]bool {
	m := make(map[string]bool)
	for k := range toolbarPhrases {
		m[strings.Fields(k)[0]] = true
	}
	for k := range toolbarSites {
		m[strings.Fields(k)[0]] = true
	}
	return m
}()

// firstWord returns the first word of n's visible text, lower-cased, or
// "" when it has none.
func firstWord(n *html.Node) string {
	switch n.Type {
	case html.TextNode:
		i := strings.IndexFunc(n.Data, isWordRune)
		if i < 0 {
			return ""
		}
		w := n.Data[i:]
		if j := strings.IndexFunc(w, notWord); j >= 0 {
			w = w[:j]
		}
		return strings.ToLower(w)
	case html.ElementNode:
		if invisibleTags[n.DataAtom] {
			return ""
		}
	default:
		return ""
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if w := firstWord(c); w != "" {
			return w
		}
	}
	return ""
}

// insideLink reports whether an ancestor of n is a link: a share button
// wraps its label's <div> in the <a>.
func insideLink(n *html.Node) bool {
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if a.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// Link bar limits: a line of at least linkBarMinLinks links, each at most
// linkBarMaxWords words, with nothing but separators between them.
const (
	linkBarMinLinks = 2
	linkBarMaxWords = 3
)

// byLinkBar drops a block made only of short links ("EMAIL STORY  EASY
// PRINT  SEARCH", "Home | World | Sport"): tool and section links set in a
// line say nothing of the story. Lists are left to the list rules, story
// links are longer than linkBarMaxWords, and a bar with a link or anchor
// to the comments is left to the comment rules, which mark the thread.
func (c *cleaner) byLinkBar(n *html.Node) verdict {
	heading := headingLevel(n) > 0
	if !isElem(n, atom.Div, atom.P, atom.Td, atom.Center) && !heading {
		return verdict{}
	}
	s := c.stats[n]
	if s == nil || s.link == 0 {
		return verdict{}
	}
	labelled, minLinks := opensWithTrailLabel(n), 2 // a lone link after no label is a heading's or a teaser's
	if labelled {
		minLinks = 1 // "Sie sind hier: Startseite"
	}
	if labelled || s.link*2 >= s.text { // a trail's links are most of its text, or a label opens it
		if trail, lastStep := c.breadcrumbTrail(n, minLinks); trail && (lastStep || labelled) {
			return verdict{kindDrop, "breadcrumb trail"} // "Sie sind hier: Startseite » Essen » …", "Home › Reports › Content"
		}
	}
	if !heading && c.homeThenTitle(n) {
		return verdict{kindDrop, "breadcrumb trail"} // "<a>Paper Trails</a> > Best Practices for PTO Benefits"
	}
	if heading || s.link*10 < s.text*9 {
		return verdict{}
	}
	bar := c.barOf(n)
	if !bar.ok || bar.links < linkBarMinLinks {
		return verdict{}
	}
	if bar.long > 0 {
		if c.isBreadcrumbTrail(n) {
			return verdict{kindDrop, "breadcrumb trail"}
		}
		return verdict{}
	}
	return verdict{kindDrop, ruleLinkBar}
}

// isBreadcrumbTrail reports a bar of links whose first link leads to the
// site's front page and whose separators point down a path ("SFist / Best
// of San Francisco / Best Movers in San Francisco"), perhaps after a
// label ("You are here:"): a trail's last steps are page titles, longer
// than a bar's links.
func (c *cleaner) isBreadcrumbTrail(n *html.Node) bool {
	trail, _ := c.breadcrumbTrail(n, 1)
	return trail
}

// maxLastStepWords bounds the unlinked text that ends a breadcrumb trail.
const maxLastStepWords = 12

// breadcrumbTrail reports whether n is a breadcrumb trail, as
// isBreadcrumbTrail does, and lastStep whether it ends in a step of its
// own that links nowhere, after two links or more, in the trail's line:
// the page the reader is on ("Home › Reports › Medicine Health ›
// Content", arrows set as pictures). Such a tail is no bar's text; a
// sentence after one link ("<a>Home</a> is where the heart is") is no
// trail. A trail has minLinks links or more.
func (c *cleaner) breadcrumbTrail(n *html.Node, minLinks int) (trail, lastStep bool) {
	trail, links := true, 0
	var firstLink *html.Node // the trail's first step, the front page
	walk(n, func(d *html.Node) bool {
		if !trail {
			return false
		}
		switch {
		case d.Type == html.TextNode && d.Parent.DataAtom != atom.A:
			t := strings.TrimSpace(d.Data)
			switch {
			case t == "" || strings.ContainsAny(t, crumbSeparators) || firstLink == nil && hasPrefixIn(strings.ToLower(t), trailLabels):
			case !lastStep && links >= 2 && countWords(t) <= maxLastStepWords && inLineOf(d, n):
				lastStep = true
			default:
				trail = false
			}
		case isElem(d, atom.A):
			links++
			if lastStep {
				trail = false // a link after the tail: the text was no last step
			}
			if firstLink == nil {
				firstLink = d
			}
			return false
		}
		return true
	})
	if !trail || links < minLinks {
		return false, false
	}
	if !c.leadsToFrontPage(firstLink) { // the address last: most boxes fail on their text, unparsed
		return false, false
	}
	return true, lastStep
}

// homeThenTitle reports a trail of one step: a link to the site's front
// page, a separator, and the article's title as the page the reader is
// on. breadcrumbTrail wants two links before an unlinked step, since
// after one a few words may be a sentence; the title is none.
func (c *cleaner) homeThenTitle(n *html.Node) bool {
	s := c.stats[n]
	if c.p.art.Title == "" {
		return false
	}
	if title, _ := countVisible(c.p.art.Title); s.text-s.link-title < 1 || s.text-s.link-title > 3 {
		return false // most blocks, unread: beside the link, only a separator and the title's letters
	}
	a := firstLink(n)
	if a == nil || a.Parent != n {
		return false
	}
	rest := strings.TrimSpace(strings.TrimPrefix(rawText(n, nil), rawText(a, nil)))
	sep, _ := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune(crumbSeparators, sep) || !sameTitle(strings.TrimSpace(rest[utf8.RuneLen(sep):]), c.p.art.Title) {
		return false
	}
	return c.leadsToFrontPage(a)
}

// leadsToFrontPage reports a link to the site's front page, once per
// link: nested wrappers of one trail share their first link.
func (c *cleaner) leadsToFrontPage(a *html.Node) bool {
	if front, done := c.front[a]; done {
		return front
	}
	front := isHomeLink(a) || isFrontPageAddress(c.p.absURL(attr(a, "href"), false))
	if c.front == nil {
		c.front = make(map[*html.Node]bool)
	}
	c.front[a] = front
	return front
}

// inLineOf reports a node set in n's own line: between them, no block
// but a list and its items (a trail's steps as items). A heading or
// paragraph after a bar of links is the page's, not the trail's last
// step.
func inLineOf(d, n *html.Node) bool {
	for a := d.Parent; a != nil && a != n; a = a.Parent {
		if isBlockTag(a.DataAtom) && !isElem(a, atom.Li, atom.Ul, atom.Ol) {
			return false
		}
	}
	return true
}

// opensWithTrailLabel reports an element whose first text opens with a
// trail's label ("Sie sind hier:"); it reads that one text node only.
func opensWithTrailLabel(n *html.Node) bool {
	var first string
	walk(n, func(d *html.Node) bool {
		if first == "" && d.Type == html.TextNode {
			first = strings.TrimSpace(d.Data)
		}
		return first == "" && !invisibleTags[d.DataAtom]
	})
	return first != "" && hasPrefixIn(strings.ToLower(first), trailLabels)
}

// crumbSeparators are the marks a breadcrumb trail sets between its
// steps.
const crumbSeparators = "/›»>→"

// markLinkLines drops a line of short links that has no element of its
// own: a page made before CSS sets its section bar as bare links between
// <br>s or <hr>s in the element that also holds the story ("Sport
// Homepage | Football | Cricket"), where byLinkBar, which judges whole
// elements, cannot see it.
func (c *cleaner) markLinkLines() {
	walk(c.p.doc, func(n *html.Node) bool {
		if n.Type == html.DocumentNode {
			return true
		}
		if _, done := c.verdicts[n]; done || n.Type != html.ElementNode || invisibleTags[n.DataAtom] {
			return false
		}
		if s := c.stats[n]; s == nil || s.link == 0 {
			return false // no link below: no line of links, and no walk along its siblings
		}
		c.markLinkLinesIn(n)
		return true
	})
}

// markLinkLinesIn splits n's children into lines at line breaks, rules
// and blocks, and drops each line that is a link bar.
func (c *cleaner) markLinkLinesIn(n *html.Node) {
	var line []*html.Node
	end := func() {
		if c.isLinkLine(line) {
			for _, e := range line {
				if e.Type == html.ElementNode && !c.dropped(e) {
					c.verdicts[e] = verdict{kindDrop, ruleLinkBar}
				}
			}
		}
		line = line[:0]
	}
	// In an inline element the first line goes on before it and the last
	// after it, so they are whole only where a line ends there: "<li><span>^
	// a b c</span> <span>Wilson, John (2009)...</span>" is a reference, not
	// a bar.
	block := isBlockTag(n.DataAtom)
	opened := block || lineEndsBefore(n)
	breakHere := func() {
		if opened {
			end()
		}
		line, opened = line[:0], true
	}
	for d := n.FirstChild; d != nil; d = d.NextSibling {
		if isLineBreak(d) {
			breakHere()
			continue
		}
		// an inline wrapper may hold the break: "<font><br>Advts: </font>"
		if startsWithBreak(d) {
			breakHere()
		}
		line = append(line, d)
		if endsWithBreak(d) {
			breakHere()
		}
	}
	if opened && (block || lineEndsAfter(n)) {
		end()
	}
}

// startsWithBreak reports an inline element whose first thing shown is a
// <br> or <hr>; endsWithBreak, one whose last is. A block inside a link
// ("<a><div>Reddit</div></a>") is the link's label, no break in its line.
func startsWithBreak(n *html.Node) bool { return breakAtEdge(n, nextSibling, firstChild) }

func endsWithBreak(n *html.Node) bool { return breakAtEdge(n, prevSibling, lastChild) }

// breakAtEdge walks into n from the side that first enters, through
// inline elements, to the first thing shown, and reports whether it is a
// <br> or <hr>.
func breakAtEdge(n *html.Node, step, first func(*html.Node) *html.Node) bool {
	if n.Type != html.ElementNode || isBlockTag(n.DataAtom) || invisibleTags[n.DataAtom] {
		return false
	}
	for c := first(n); c != nil; c = step(c) {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
			continue
		case c.Type == html.ElementNode && (c.DataAtom == atom.Br || c.DataAtom == atom.Hr):
			return true
		}
		return breakAtEdge(c, step, first)
	}
	return false
}

// isLineBreak reports an element that ends a line of text: <br>, <hr> or
// a block.
func isLineBreak(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Br || n.DataAtom == atom.Hr || isBlockTag(n.DataAtom))
}

// lineEndsBefore reports whether a line of text ends right before n:
// nothing but blanks, comments and hidden elements stand between n and a
// break or the edge of the block around it.
func lineEndsBefore(n *html.Node) bool {
	return lineEdge(n, prevSibling, lastChild)
}

// lineEndsAfter is lineEndsBefore on n's other side.
func lineEndsAfter(n *html.Node) bool {
	return lineEdge(n, nextSibling, firstChild)
}

// lineEdge walks from n with step over its siblings, and up through the
// inline elements around it, to the first thing shown; into an inline
// sibling it enters from the side facing n (first: its last child before
// n, its first child after).
func lineEdge(n *html.Node, step, first func(*html.Node) *html.Node) bool {
	for m := n; m != nil && m.Type == html.ElementNode; m = m.Parent {
		for s := step(m); s != nil; s = step(s) {
			if edge, seen := edgeOf(s, step, first); seen {
				return edge
			}
		}
		if m.Parent == nil || isBlockTag(m.Parent.DataAtom) {
			break
		}
	}
	return true
}

// edgeOf reports, for the side of n that first enters, whether a line
// ends there (edge) and whether anything shown stands there at all (seen).
func edgeOf(n *html.Node, step, first func(*html.Node) *html.Node) (edge, seen bool) {
	switch {
	case n.Type == html.TextNode:
		return false, strings.TrimSpace(n.Data) != ""
	case n.Type != html.ElementNode || invisibleTags[n.DataAtom]:
		return false, false
	case isLineBreak(n):
		return true, true
	}
	for c := first(n); c != nil; c = step(c) {
		if edge, seen := edgeOf(c, step, first); seen {
			return edge, true
		}
	}
	return false, false
}

// isLinkLine reports whether line holds at least linkLineMinLinks links,
// each a bar's short link, and nothing else but separators and elements
// already dropped. A comma is no bar's separator: "Ann Lee, Sam Roe" is a
// byline.
func (c *cleaner) isLinkLine(line []*html.Node) bool {
	bar := barInfo{ok: true}
	for _, d := range c.afterBarLabel(line) {
		switch {
		case d.Type == html.TextNode:
			if !onlySeparators(d.Data) || strings.Contains(d.Data, ",") {
				return false
			}
		case d.Type != html.ElementNode || invisibleTags[d.DataAtom] || c.dropped(d) && !(d.DataAtom == atom.A && hasAttr(d, "href")):
			// a link another rule judged (a share link) still stands in the line
		default:
			b := c.barOf(d)
			if d.DataAtom == atom.A && hasAttr(d, "href") {
				b = c.barLink(d)
			}
			if bar = bar.add(b); !bar.ok {
				return false
			}
		}
	}
	return bar.links >= linkLineMinLinks && bar.long*linkLineLongShare <= bar.links
}

// afterBarLabel returns line without the label that may open it ("News:
// ePaper | Front Page | National"): an element holding at most
// maxBarLabelWords words and ending in a colon, other than a byline's
// label. A label in a bare text would stay behind, a husk, when the
// line's elements go.
func (c *cleaner) afterBarLabel(line []*html.Node) []*html.Node {
	for i, d := range line {
		switch {
		case d.Type == html.TextNode && strings.TrimSpace(d.Data) == "":
			continue
		case d.Type == html.ElementNode && d.DataAtom != atom.A && !invisibleTags[d.DataAtom] && isBarLabel(c.lowerText(d)):
			return line[i+1:]
		}
		return line
	}
	return line
}

// maxBarLabelWords bounds the label before a line of links.
const maxBarLabelWords = 3

// isBarLabel reports a short text ending in a colon that is not a
// byline's label ("Authors:").
func isBarLabel(t string) bool {
	label, ok := strings.CutSuffix(t, ":")
	words := strings.Fields(label)
	return ok && len(words) > 0 && len(words) <= maxBarLabelWords && !slices.Contains(bylineLabels, strings.ToLower(label))
}

// A line of links may hold a few longer items ("Match of the Day" among
// "Gossip | Premier League | FA Cup"): up to linkLineMaxWords words, one
// item in linkLineLongShare.
const (
	linkLineMaxWords  = 5
	linkLineLongShare = 5
)

// linkLineMinLinks is the fewest links a line of links needs to be a bar:
// more than an element of its own needs, as two links in a line of the
// text may be a pair of names or sources.
const linkLineMinLinks = 3

// barInfo is what byLinkBar needs of a subtree: whether it holds only
// short links and separators, how many links with words, and how many of
// them are longer than a bar's usual item (see linkLineMaxWords).
type barInfo struct {
	ok    bool
	links int
	long  int
}

// add sums the links of two parts of a bar.
func (b barInfo) add(o barInfo) barInfo {
	return barInfo{ok: b.ok && o.ok, links: b.links + o.links, long: b.long + o.long}
}

// barOf computes barInfo bottom-up, once per element: the rule looks at
// nested wrappers one after another, and walking each one's subtree anew
// would cost the depth times the page.
func (c *cleaner) barOf(n *html.Node) barInfo {
	if b, done := c.bars[n]; done {
		return b
	}
	b := barInfo{ok: true}
	for d := n.FirstChild; d != nil && b.ok; d = d.NextSibling {
		switch {
		case d.Type == html.TextNode:
			b.ok = onlySeparators(d.Data)
		case d.Type != html.ElementNode:
		case isCommentAnchor(d):
			b.ok = false // the comment rules need to see it
		case d.DataAtom == atom.A && hasAttr(d, "href"):
			b = b.add(c.barLink(d))
		case isElem(d, atom.Li, atom.Ul, atom.Ol, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table, atom.Figure):
			b.ok = false
		default:
			b = b.add(c.barOf(d))
		}
	}
	if c.bars == nil {
		c.bars = make(map[*html.Node]barInfo)
	}
	c.bars[n] = b
	return b
}

// barLink is barInfo for a link: one of a bar's items when its label is
// at most linkLineMaxWords words (long past linkBarMaxWords) and does
// not lead to the comments; an image link counts as no item.
func (c *cleaner) barLink(a *html.Node) barInfo {
	if !hasAttr(a, "href") || isCommentAnchor(a) {
		return barInfo{}
	}
	t := rawText(a, nil)
	words := 0
	for _, f := range strings.Fields(t) {
		if strings.IndexFunc(f, isWordRune) >= 0 { // "^ Back to top" is three words
			words++
		}
	}
	b := barInfo{ok: words <= linkLineMaxWords && !commentLinkLabels[headingKey(t)]}
	if words > 0 {
		b.links = 1
	}
	if words > linkBarMaxWords {
		b.long = 1
	}
	return b
}

// onlySeparators reports whether s holds nothing but white space and the
// punctuation set between links in a bar.
func onlySeparators(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return true
}
