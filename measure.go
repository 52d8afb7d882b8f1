package newsextract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeStats measure the visible text under one element.
type nodeStats struct {
	text   int  // runes of visible text
	link   int  // runes of that text inside links
	prose  int  // runes in paragraph-like blocks with little link text
	commas int  // commas in prose, a sign of sentences
	paras  int  // number of paragraph-like blocks
	holder bool // the element is itself one paragraph-like block
	breaks int  // paragraph breaks (<br><br>) in its own running text
	heads  int  // number of headings
	cards  int  // number of links that wrap a heading: teaser cards
	inCard int  // runes of text inside those cards
	wide   int  // Chinese, Japanese and Korean characters in text, each worth one and a half against proseMinRunes
}

// measurer computes nodeStats for every element in one post-order pass,
// skipping subtrees the skip function excludes (dropped furniture).
type measurer struct {
	stats map[*html.Node]*nodeStats
	skip  func(*html.Node) bool
	slab  []nodeStats // the next free stats; see newStats
}

// statsSlab is how many nodeStats one allocation provides: a page has
// thousands of elements, and one allocation each was a tenth of all.
const statsSlab = 64

// newStats returns a zeroed nodeStats cut from the current slab.
func (m *measurer) newStats() *nodeStats {
	if len(m.slab) == 0 {
		m.slab = make([]nodeStats, statsSlab)
	}
	s := &m.slab[0]
	m.slab = m.slab[1:]
	return s
}

// proseMinRunes is the length from which a block reads as a sentence or
// more rather than a label, a date or a link caption.
const proseMinRunes = 60

func measure(root *html.Node, skip func(*html.Node) bool) map[*html.Node]*nodeStats {
	m := measurer{stats: make(map[*html.Node]*nodeStats), skip: skip}
	m.visit(root)
	return m.stats
}

// visit uses an explicit stack: documents may be 512 levels deep and Go
// stacks grow, but an explicit stack keeps the cost visible and flat.
func (m *measurer) visit(root *html.Node) {
	type frame struct {
		n    *html.Node
		done bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.n.Type != html.ElementNode && f.n.Type != html.DocumentNode {
			continue
		}
		if f.done {
			m.finish(f.n)
			continue
		}
		if f.n.Type == html.ElementNode && (invisibleTags[f.n.DataAtom] || (m.skip != nil && m.skip(f.n))) {
			continue
		}
		stack = append(stack, frame{n: f.n, done: true})
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
}

// finish sums the children's stats into n's once they are all known.
func (m *measurer) finish(n *html.Node) {
	s := m.newStats()
	direct, directLink := 0, 0
	lastBr := false // the previous visible child was a <br>
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			if lastBr {
				s.breaks++
			}
			lastBr = true
			continue
		}
		switch c.Type {
		case html.TextNode:
			k, wide := countVisible(c.Data)
			s.text += k
			s.wide += wide
			direct += k
			s.commas += strings.Count(c.Data, ",") + strings.Count(c.Data, "，") + strings.Count(c.Data, "、")
			if k > 0 {
				lastBr = false
			}
		case html.ElementNode:
			lastBr = false
			cs := m.stats[c]
			if cs == nil {
				continue
			}
			s.text += cs.text
			s.link += cs.link
			s.prose += cs.prose
			s.paras += cs.paras
			s.commas += cs.commas
			s.heads += cs.heads
			s.cards += cs.cards
			s.inCard += cs.inCard
			s.wide += cs.wide
			if !isBlockTag(c.DataAtom) {
				direct += cs.text - cs.prose
				directLink += cs.link
			}
		}
	}
	if n.DataAtom == atom.A && hasAttr(n, "href") {
		// A link's text is never the article's prose, even when a teaser
		// card wraps whole paragraphs in it. An <a name> anchor is no
		// link: written "<a name=top/>", it stays open around the story.
		s.link = s.text
		s.prose, s.paras, s.commas = 0, 0, 0
		if s.heads > 0 && s.cards == 0 {
			s.cards, s.inCard = 1, s.text
		}
	}
	if headingLevel(n) > 0 {
		s.heads++
		if s.cards == 0 && s.text > 0 && s.link == s.text {
			s.cards, s.inCard = 1, s.text // <h3><a href>headline</a></h3>: a teaser's title
		}
	}
	switch {
	case s.paras == 0 && isProseHolder(n, direct) && s.text-s.link+s.wide/2 >= proseMinRunes && s.link*2 < s.text:
		s.prose = s.text - s.link
		s.paras = 1
		s.holder = true
	case s.paras > 0 && direct-directLink >= 2*proseMinRunes && directLink*2 < direct && !looksLikeScript(looseText(n)):
		// Running text set straight in a cell or div, with <br>s for
		// paragraphs, beside a few real paragraphs: the loose text is
		// prose too, or the cell loses to any small <p>.
		s.prose += direct - directLink
		s.paras++
		s.holder = true
	}
	m.stats[n] = s
}

// looseText joins the text nodes directly under n: what a stray script
// body, its <script> tag lost to a broken attribute, leaves in the body.
func looseText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return normSpace(b.String())
}

// isProseHolder reports whether n is a paragraph-like block: a paragraph
// tag, or any element carrying running text directly (div-based layouts).
// Phrasing set inside a <p> (<p><font>...</font></p>) is not: the
// paragraph is, so that its parent, not its grandparent, gathers its score
// beside its sibling paragraphs. (A cell's spans stay holders: a layout
// cell mixes a prose span with link bars.)
func isProseHolder(n *html.Node, direct int) bool {
	if isParagraphTag(n) {
		return true
	}
	if !isBlockTag(n.DataAtom) && n.Parent != nil && n.Parent.DataAtom == atom.P {
		return false
	}
	return direct >= proseMinRunes
}

func isParagraphTag(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Blockquote, atom.Li, atom.Dd, atom.Td, atom.Figcaption:
		return true
	}
	return false
}

// visibleRunes counts the runes of s that are not white space.
func visibleRunes(s string) int {
	n, _ := countVisible(s)
	return n
}

// countVisible counts the runes of s that are not white space, and among
// them the Chinese, Japanese and Korean characters: one says as much as a
// few letters, so a paragraph of forty of them reads as prose as one of
// sixty letters does (titleWidth weighs headlines so).
func countVisible(s string) (n, wide int) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			continue
		}
		n++
		if isWide(r) {
			wide++
		}
	}
	return n, wide
}

// isWide reports a Chinese, Japanese or Korean character: Han, kana or
// Hangul.
func isWide(r rune) bool {
	return r >= 0x1100 && (isIdeograph(r) || unicode.Is(unicode.Hangul, r))
}

// linkDensity is the share of n's text inside links.
func (s *nodeStats) linkDensity() float64 {
	if s == nil || s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}
