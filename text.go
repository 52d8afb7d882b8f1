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

// normSpace collapses every run of white space to one space and trims the
// ends. It also drops control characters, so no output text carries them,
// and private-use characters: icon fonts (Font Awesome, Material, a
// site's own) draw their glyphs there, and out of the font they are noise.
func normSpace(s string) string {
	if isNormal(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r < utf8.RuneSelf { // ASCII, most of any page: no table lookups
			switch {
			case r == ' ' || r >= '\t' && r <= '\r':
				space = b.Len() > 0
			case r < ' ' || r == 0x7f:
			default:
				if space {
					b.WriteByte(' ')
					space = false
				}
				b.WriteByte(byte(r))
			}
			continue
		}
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			space = b.Len() > 0
		case unicode.IsControl(r) || unicode.Is(unicode.Co, r):
			continue
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lineBreakOffsets returns the byte offsets, in normSpace(s), of the
// spaces that stand for a run of white space holding a lineBreakMark:
// where a <br> broke the line. It folds s exactly as normSpace does.
func lineBreakOffsets(s string) []int {
	var offsets []int
	n := 0 // bytes of normSpace(s) so far
	space, brk := false, false
	for _, r := range s {
		switch {
		case r == lineBreakMark:
			space, brk = n > 0, true
		case r < utf8.RuneSelf && (r == ' ' || r >= '\t' && r <= '\r'),
			r >= utf8.RuneSelf && (unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'):
			space = n > 0
		case r < ' ' || r == 0x7f || r >= utf8.RuneSelf && (unicode.IsControl(r) || unicode.Is(unicode.Co, r)):
		default:
			if space {
				if brk {
					offsets = append(offsets, n)
				}
				n++
				space = false
			}
			brk = false
			n += utf8.RuneLen(r)
		}
	}
	return offsets
}

// countWords is len(strings.Fields(s)) without the slice.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// countWordsWhere counts the words of s that hold a rune keep accepts:
// with isWordRune, a lone "|" or ":" is no word.
func countWordsWhere(s string, keep func(rune) bool) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.ContainsFunc(w, keep) {
			n++
		}
	}
	return n
}

// lowerKey lower-cases a label for the phrase tables and folds what
// its script writes one way in one place and another way elsewhere
// (foldMarks): the tables hold the folded form.
func lowerKey(s string) string {
	return foldMarks(strings.ToLower(s))
}

// greekFolds map the accented Greek vowels to their plain forms and the
// final sigma to σ: Greek capitals drop the accents, so "ΔΙΑΒΑΣΤΕ
// ΕΠΙΣΗΣ" lower-cases to "διαβαστε επισησ", the same label as
// "Διαβάστε επίσης" once both are folded.
var greekFolds = map[rune]rune{
	'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ώ': 'ω',
	'ΐ': 'ι', 'ΰ': 'υ', 'ϊ': 'ι', 'ϋ': 'υ', 'ς': 'σ',
}

// foldMarks writes the curly apostrophe (U+2019) straight, applies
// greekFolds to lower-case text and drops the Arabic vowel marks
// (U+064B-U+0652) and the tatweel (U+0640), which a writer may add or
// leave out ("اقرأ أيضًا", "اقرأ أيضا"). Text without a letter of those
// blocks (lead bytes 0xCE, 0xCF, 0xD9 in UTF-8) is otherwise returned as
// is.
func foldMarks(s string) string {
	if strings.Contains(s, "’") {
		s = strings.ReplaceAll(s, "’", "'") // WordPress curls the apostrophe of "Editor's Picks"
	}
	if strings.IndexByte(s, 0xCE) < 0 && strings.IndexByte(s, 0xCF) < 0 && strings.IndexByte(s, 0xD9) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if f, ok := greekFolds[r]; ok {
			return f
		}
		if r == 0x0640 || r >= 0x064B && r <= 0x0652 {
			return -1
		}
		return r
	}, s)
}

// isNormal reports whether normSpace would return s unchanged: printable
// ASCII with single inner spaces and none at the ends. Most short texts
// are, and copying them rune by rune was a tenth of the extraction time.
func isNormal(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c > '~' || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

// isElem reports whether n is an element with one of the given atoms.
func isElem(n *html.Node, atoms ...atom.Atom) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	for _, a := range atoms {
		if n.DataAtom == a {
			return true
		}
	}
	return false
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// hasClass reports the class token c on n, as written.
func hasClass(n *html.Node, c string) bool {
	class := attr(n, "class")
	return strings.Contains(class, c) && slices.Contains(strings.Fields(class), c)
}

// hasAttr reports whether n carries attribute key at all.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// invisibleTags hold no reader-visible text. MathML's <math> is shown
// (MathJax 3 draws its glyphs with CSS and keeps the formula's text only
// there); its <annotation>s, the TeX source, are not.
var invisibleTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Head: true, atom.Title: true, atom.Annotation: true, atom.AnnotationXml: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Select: true, atom.Textarea: true, atom.Button: true, atom.Input: true,
}

// isHeadingButton reports an accordion's toggle inside a heading, which
// holds the heading's text ("<h2><button aria-expanded=false>Is it
// vegan?</button>"). Other buttons' labels are controls, not text.
func isHeadingButton(n *html.Node) bool {
	return n.DataAtom == atom.Button && (hasAttr(n, "aria-expanded") || hasAttr(n, "aria-controls")) && inHeading(n)
}

// rawText returns all visible text under n, skipping nodes for which skip
// returns true, with white space normalised.
func rawText(n *html.Node, skip func(*html.Node) bool) string {
	var b strings.Builder
	appendText(&b, n, skip)
	return normSpace(b.String())
}

// innerText is rawText of n's children: n's text even when skip leaves n
// itself out.
func innerText(n *html.Node, skip func(*html.Node) bool) string {
	var b strings.Builder
	for c := range n.ChildNodes() {
		appendText(&b, c, skip)
	}
	return normSpace(b.String())
}

func appendText(b *strings.Builder, n *html.Node, skip func(*html.Node) bool) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.ElementNode:
		if tex, _ := mathTeX(n); tex != "" && (skip == nil || !skip(n)) {
			b.WriteString(inlineTeX(tex))
			return
		}
		if invisibleTags[n.DataAtom] && !isHeadingButton(n) || isMathJaxCopy(n) || (skip != nil && skip(n)) {
			return
		}
		if n.DataAtom == atom.Br || isBlockTag(n.DataAtom) {
			b.WriteByte(' ')
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendText(b, c, skip)
	}
	if n.Type == html.ElementNode && isBlockTag(n.DataAtom) {
		b.WriteByte(' ')
	}
}

// blockTags start a new block when they occur inside running text.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true,
	atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Caption: true, atom.Summary: true,
	atom.Body: true, atom.Html: true, atom.Img: true, atom.Picture: true, atom.Video: true,
}

func isBlockTag(a atom.Atom) bool { return blockTags[a] }

// isPicture reports an <img>, or the <amp-img> and <amp-anim> an AMP page
// writes for every picture.
func isPicture(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Img || n.DataAtom == 0 && (n.Data == "amp-img" || n.Data == "amp-anim"))
}

// isFigureElem reports a <figure>.
func isFigureElem(n *html.Node) bool { return n.DataAtom == atom.Figure }

// headingLevel returns 1..6 for h1..h6 and 0 for anything else.
func headingLevel(n *html.Node) int {
	if n == nil || n.Type != html.ElementNode {
		return 0
	}
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// truncate shortens s to at most n runes, for excerpts.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// walk visits n and its descendants in document order without recursion, so
// depth costs nothing on the stack. visit returns false to skip a subtree.
// visit must not move or remove nodes.
func walk(n *html.Node, visit func(*html.Node) bool) {
	walkUntil(n, func(c *html.Node) (bool, bool) { return visit(c), false })
}

// walkUntil is walk that ends at once when visit reports stop, however
// many siblings are left: probing a wide element for a match or a length
// costs what was read, not the element's size. It follows sibling and
// parent links, so it allocates nothing.
func walkUntil(n *html.Node, visit func(*html.Node) (descend, stop bool)) {
	if n == nil {
		return
	}
	for c := n; ; {
		descend, stop := visit(c)
		if stop {
			return
		}
		if descend && c.FirstChild != nil {
			c = c.FirstChild
			continue
		}
		for c != n && c.NextSibling == nil {
			c = c.Parent
		}
		if c == n {
			return
		}
		c = c.NextSibling
	}
}

// isWordRune reports letters and digits, as \w does minus the underscore.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// shortText returns n's visible text when it is at most limit bytes, and
// stops reading as soon as it is longer, so that probing a large element
// costs no more than probing a small one.
func shortText(n *html.Node, limit int) (string, bool) {
	return boundedText(n, limit, nil)
}

// boundedText is shortText leaving out the elements below n that skip
// reports.
func boundedText(n *html.Node, limit int, skip func(*html.Node) bool) (string, bool) {
	var b strings.Builder
	walkUntil(n, func(c *html.Node) (bool, bool) {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
		case html.ElementNode:
			if c != n && skip != nil && skip(c) {
				return false, false
			}
			return !invisibleTags[c.DataAtom], false
		}
		return true, b.Len() > limit
	})
	if b.Len() > limit {
		return "", false
	}
	return normSpace(b.String()), true
}

// soleElementChild returns n's only child element, or nil when n holds
// another element or text beside it (white space and comments aside).
func soleElementChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && only == nil:
			only = c
		case c.Type == html.ElementNode, c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		}
	}
	return only
}

// hasChild reports whether one of n's children is an element a.
func hasChild(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return true
		}
	}
	return false
}

// hasDescendant reports whether an element below n (not n itself)
// satisfies match; it stops at the first.
func hasDescendant(n *html.Node, match func(*html.Node) bool) bool {
	found := false
	walkUntil(n, func(c *html.Node) (bool, bool) {
		found = c != n && c.Type == html.ElementNode && match(c)
		return true, found
	})
	return found
}

// phraseSet finds which of a fixed list of phrases a text holds, reading
// the text once: a bit set of the phrases' opening byte pairs marks the few
// places worth comparing, where strings.Contains would read the text once
// per phrase. Each phrase is at least two bytes long.
type phraseSet struct {
	phrases []string
	opening [1 << 16 / 64]uint64 // bit k: some phrase opens with byte pair k
	byPair  map[uint16][]int     // phrase indexes by opening byte pair
}

// newPhraseSet indexes phrases, in order; it panics on a phrase shorter
// than two bytes, a mistake in a rule list.
func newPhraseSet(phrases []string) *phraseSet {
	p := &phraseSet{phrases: phrases, byPair: make(map[uint16][]int)}
	for i, ph := range phrases {
		if len(ph) < 2 {
			panic("newsextract: phrase shorter than two bytes: " + strconv.Quote(ph))
		}
		k := bytePair(ph, 0)
		p.opening[k/64] |= 1 << (k % 64)
		p.byPair[k] = append(p.byPair[k], i)
	}
	return p
}

// first returns the index of the first phrase, in the set's order, that t
// contains, or -1.
func (p *phraseSet) first(t string) int {
	best := -1
	p.each(t, func(j int) {
		if best < 0 || j < best {
			best = j
		}
	})
	return best
}

// each calls found with the index of every phrase that t contains, once
// for each place it occurs.
func (p *phraseSet) each(t string, found func(j int)) {
	for i := 0; i+1 < len(t); i++ {
		k := bytePair(t, i)
		if p.opening[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, j := range p.byPair[k] {
			if strings.HasPrefix(t[i:], p.phrases[j]) {
				found(j)
			}
		}
	}
}

// bytePair is the two bytes of s at i as one number.
func bytePair(s string, i int) uint16 {
	return uint16(s[i])<<8 | uint16(s[i+1])
}

// inElement reports whether an ancestor of n is one of the elements tags.
func inElement(n *html.Node, tags ...atom.Atom) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && slices.Contains(tags, a.DataAtom) {
			return true
		}
	}
	return false
}

// countDigits counts the decimal digits of s, in any script.
func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
