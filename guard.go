package newsextract

import (
	"bytes"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML parser can create far more elements than a page has tags: a
// formatting element (<b>, <font>...) left open and then closed off by its
// block is re-created ("reconstructed") before every later run of text, as
// the standard says. Five hundred distinct unclosed <b>s followed by
// "<p>x</p>" repeated make 500 elements per 8 bytes: a 100 KB page of that
// took 20 s and 900 MB before the element count could be checked, and a
// 50 MiB one would exhaust memory. html.Parse has no hook to stop it, so
// estimateElements reads the page once with the tokenizer, which costs a
// small share of a parse, and follows the parser's list of active
// formatting elements closely enough to bound what parsing would create.

// Bounds of the estimate: the parser refuses a stack deeper than 512, so no
// reconstruction re-creates more; a formatting list longer than
// maxModelFormatting already means a reconstruction of that bound.
const (
	maxReconstruct     = 512
	maxModelFormatting = 1024
)

// formattingSegment is the part of the list of active formatting elements
// after one marker (a table cell, caption, object, applet, marquee or
// template), where reconstruction and the Noah's Ark clause look.
type formattingSegment struct {
	owner atom.Atom      // the element that pushed the marker; 0 for the page
	count int            // live entries
	keys  map[string]int // live entries by tag and sorted attributes
	byTag map[atom.Atom][]string
	stale map[string]int // entries of keys dropped by Noah's Ark, still in byTag
}

// formattingModel estimates the elements html.Parse creates.
type formattingModel struct {
	segments []*formattingSegment
	dirty    bool // an element closed since the last reconstruction point
	elements int
	// contexts tracks SVG and MathML and their HTML integration points:
	// in foreign content the parser reads <title>, <style> and <script> as
	// markup, not raw text, and the tokenizer must be told the same or it
	// would skip what the parser builds.
	contexts []foreignContext
}

// foreignContext is an open <svg> or <math> (foreign true), or an element
// inside one whose children are HTML again (foreign false).
type foreignContext struct {
	tag     atom.Atom
	foreign bool
}

// elementBound is an upper bound on the elements html.Parse can build
// from page, read from a byte scan far cheaper than estimateElements.
// Every '<' starts at most one tag, which builds its own element, at most
// four implied ones (html, head, body, tbody, tr, colgroup), and at most
// 32 in an adoption agency run (eight rounds of one clone of the
// formatting element and at most three in the inner loop); the tag and
// the text after it each reconstruct at most the formatting entries after
// the last marker. Those are at most one <a> (a second one closes the
// first) and one per other formatting start tag, and never more than
// maxReconstruct. Tags counted inside scripts or attribute values only
// raise the bound.
func elementBound(page []byte) int64 {
	tags := int64(bytes.Count(page, []byte{'<'}))
	entries := int64(min(formattingStarts(page, maxReconstruct)+1, maxReconstruct))
	return (tags+1)*(2*entries+37) + 8
}

// formattingStarts counts the start tags of formatting elements other
// than <a> (b, i, font, strong...), case-insensitively, up to limit.
func formattingStarts(page []byte, limit int) int {
	n := 0
	for i := 0; n < limit; {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		k := i
		for k < len(page) && k-i < 8 && isASCIILetter(page[k]) {
			k++
		}
		if k == i || k >= len(page) || !endsTagName(page[k]) {
			continue
		}
		if formattingNames[strings.ToLower(string(page[i:k]))] {
			n++
		}
	}
	return n
}

// formattingNames are the formatting elements of the HTML standard but
// <a>, of which the parser keeps one.
var formattingNames = map[string]bool{
	"b": true, "big": true, "code": true, "em": true, "font": true, "i": true, "nobr": true,
	"s": true, "small": true, "strike": true, "strong": true, "tt": true, "u": true,
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// endsTagName reports the bytes after which the tokenizer ends a tag name.
func endsTagName(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '/' || c == '>'
}

// estimateElements returns an upper estimate of the number of elements
// html.Parse makes of page, stopping early once past limit.
func estimateElements(page []byte, limit int) int {
	m := &formattingModel{segments: []*formattingSegment{{}}}
	z := html.NewTokenizer(bytes.NewReader(page))
	for m.elements <= limit {
		switch z.Next() {
		case html.ErrorToken:
			return m.elements
		case html.TextToken:
			m.reconstructionPoint()
		case html.StartTagToken:
			m.startTag(z, false)
		case html.SelfClosingTagToken:
			m.startTag(z, true)
		case html.EndTagToken:
			name, _ := z.TagName()
			m.endTag(atom.Lookup(name))
		}
	}
	return m.elements
}

// reconstructionPoint is text or an inline start tag: the parser
// re-creates the formatting elements that a closed block popped.
func (m *formattingModel) reconstructionPoint() {
	if !m.dirty {
		return
	}
	m.dirty = false
	m.elements += min(m.top().count, maxReconstruct)
}

func (m *formattingModel) top() *formattingSegment { return m.segments[len(m.segments)-1] }

func (m *formattingModel) startTag(z *html.Tokenizer, selfClosing bool) {
	name, hasAttr := z.TagName()
	a := atom.Lookup(name)
	m.elements++
	if m.foreignStart(z, a, selfClosing, hasAttr) {
		return
	}
	if closesCell[a] {
		m.closeCell()
	}
	if !noReconstruction[a] {
		m.reconstructionPoint()
	}
	switch {
	case formattingTags[a]:
		m.top().push(a, formattingKey(z, name, hasAttr))
	case markerTags[a]:
		m.segments = append(m.segments, &formattingSegment{owner: a})
	case noReconstruction[a]:
		m.dirty = true // a block start closes an open <p> and what it holds
	}
}

func (m *formattingModel) endTag(a atom.Atom) {
	m.dirty = true
	if n := len(m.contexts); n > 0 && m.contexts[n-1].tag == a {
		m.contexts = m.contexts[:n-1]
		return
	}
	switch {
	case formattingTags[a]:
		m.top().pop(a)
	case markerTags[a]:
		if owner := m.top().owner; owner == a || isCell(owner) && isCell(a) {
			m.popSegment()
		}
	case closesCell[a]:
		m.closeCell()
	}
}

// foreignStart follows a start tag into, inside and out of SVG and MathML,
// and reports whether it was a foreign element (no formatting rules apply).
func (m *formattingModel) foreignStart(z *html.Tokenizer, a atom.Atom, selfClosing, hasAttr bool) bool {
	inForeign := len(m.contexts) > 0 && m.contexts[len(m.contexts)-1].foreign
	switch {
	case !inForeign && (a == atom.Svg || a == atom.Math):
		z.NextIsNotRawText()
		if !selfClosing {
			m.contexts = append(m.contexts, foreignContext{tag: a, foreign: true})
		}
		return true
	case !inForeign:
		return false
	case foreignBreakout[a] && (a != atom.Font || hasAttr): // <font> only with attributes
		for len(m.contexts) > 0 && m.contexts[len(m.contexts)-1].foreign {
			m.contexts = m.contexts[:len(m.contexts)-1]
		}
		return false
	}
	z.NextIsNotRawText()
	if integrationPoints[a] && !selfClosing {
		m.contexts = append(m.contexts, foreignContext{tag: a})
	}
	return true
}

// closeCell ends an open table cell, which clears its formatting.
func (m *formattingModel) closeCell() {
	if isCell(m.top().owner) {
		m.popSegment()
	}
}

func (m *formattingModel) popSegment() {
	if len(m.segments) > 1 {
		m.segments = m.segments[:len(m.segments)-1]
	}
}

func isCell(a atom.Atom) bool { return a == atom.Td || a == atom.Th }

// push adds a formatting element, applying the parser's Noah's Ark clause
// (at most three identical entries) and its rule that a new <a> or <nobr>
// first closes the open one.
func (s *formattingSegment) push(a atom.Atom, key string) {
	if s.keys == nil {
		s.keys, s.byTag, s.stale = map[string]int{}, map[atom.Atom][]string{}, map[string]int{}
	}
	if a == atom.A || a == atom.Nobr {
		s.pop(a)
	}
	if s.keys[key] >= 3 {
		s.keys[key]--
		s.count--
		s.stale[key]++
	}
	if s.count >= maxModelFormatting {
		return
	}
	s.keys[key]++
	s.count++
	s.byTag[a] = append(s.byTag[a], key)
}

// pop removes the last live entry of tag a, as an end tag does.
func (s *formattingSegment) pop(a atom.Atom) {
	keys := s.byTag[a]
	for len(keys) > 0 {
		key := keys[len(keys)-1]
		keys = keys[:len(keys)-1]
		if s.stale[key] > 0 {
			s.stale[key]--
			continue
		}
		s.keys[key]--
		s.count--
		break
	}
	if s.byTag != nil {
		s.byTag[a] = keys
	}
}

// formattingKey is the tag with its sorted attributes: Noah's Ark counts
// only entries that are identical in both.
func formattingKey(z *html.Tokenizer, name []byte, hasAttr bool) string {
	if !hasAttr {
		return string(name)
	}
	var attrs []string
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		attrs = append(attrs, string(k)+"="+string(v))
	}
	sort.Strings(attrs)
	return string(name) + " " + strings.Join(attrs, "\x00")
}

// foreignBreakout are the tags that end foreign content (the standard's
// list for "in foreign content").
var foreignBreakout = map[atom.Atom]bool{
	atom.B: true, atom.Big: true, atom.Blockquote: true, atom.Body: true, atom.Br: true,
	atom.Center: true, atom.Code: true, atom.Dd: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Em: true, atom.Embed: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Head: true,
	atom.Hr: true, atom.I: true, atom.Img: true, atom.Li: true, atom.Listing: true,
	atom.Menu: true, atom.Meta: true, atom.Nobr: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Ruby: true, atom.S: true, atom.Small: true, atom.Span: true,
	atom.Strong: true, atom.Strike: true, atom.Sub: true, atom.Sup: true,
	atom.Table: true, atom.Tt: true, atom.U: true, atom.Ul: true, atom.Var: true,
	atom.Font: true,
}

// integrationPoints are SVG and MathML elements whose children are parsed
// as HTML.
var integrationPoints = map[atom.Atom]bool{
	atom.Foreignobject: true, atom.Desc: true, atom.Title: true, atom.AnnotationXml: true,
	atom.Mi: true, atom.Mo: true, atom.Mn: true, atom.Ms: true, atom.Mtext: true,
}

// formattingTags are the elements on the list of active formatting elements.
var formattingTags = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true,
	atom.Font: true, atom.I: true, atom.Nobr: true, atom.S: true, atom.Small: true,
	atom.Strike: true, atom.Strong: true, atom.Tt: true, atom.U: true,
}

// markerTags push a marker that hides the formatting elements before it.
var markerTags = map[atom.Atom]bool{
	atom.Td: true, atom.Th: true, atom.Caption: true, atom.Applet: true,
	atom.Marquee: true, atom.Object: true, atom.Template: true,
}

// closesCell are the tags that end an open table cell.
var closesCell = map[atom.Atom]bool{
	atom.Td: true, atom.Th: true, atom.Tr: true, atom.Tbody: true,
	atom.Thead: true, atom.Tfoot: true, atom.Table: true,
}

// noReconstruction are the start tags the parser inserts without
// re-creating formatting elements: blocks, table structure, head content.
var noReconstruction = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Details: true, atom.Dialog: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Header: true, atom.Hgroup: true,
	atom.Main: true, atom.Menu: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Search: true, atom.Section: true, atom.Summary: true, atom.Ul: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Pre: true, atom.Listing: true, atom.Form: true, atom.Li: true,
	atom.Dd: true, atom.Dt: true, atom.Plaintext: true, atom.Table: true, atom.Hr: true,
	atom.Textarea: true, atom.Xmp: true, atom.Iframe: true, atom.Noembed: true,
	atom.Noscript: true, atom.Caption: true, atom.Colgroup: true, atom.Col: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true, atom.Td: true,
	atom.Th: true, atom.Html: true, atom.Body: true, atom.Head: true,
	atom.Frameset: true, atom.Frame: true, atom.Base: true, atom.Basefont: true,
	atom.Bgsound: true, atom.Link: true, atom.Meta: true, atom.Noframes: true,
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Title: true,
}
