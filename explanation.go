package newsextract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Explanation is the page as the extractor saw it, filled only when
// Options.Explain is set: every block of the page's body in document order
// with what became of it. It is plain data, so it can be kept, marshalled
// and rendered (RenderExplainHTML) apart from the parsed tree.
type Explanation struct {
	Blocks []PageBlock `json:"blocks"`
	// Fallback is set when go-readability's body replaced the extractor's
	// own choice; the blocks marked kept are then the choice set aside.
	Fallback bool `json:"fallback,omitempty"`
}

// PageBlock is one block of the page: a paragraph, heading, list, table,
// figure or other run of text, or a whole element a rule took out.
type PageBlock struct {
	Verdict Verdict `json:"verdict"`
	// Rule names the rule behind any verdict but VerdictKept.
	Rule string `json:"rule,omitempty"`
	// Tag is the element's name ("p", "aside"); "#text" for text that sits
	// directly in a container beside block elements.
	Tag string `json:"tag"`
	// Path is a CSS-like path to the element, or to the container of a
	// "#text" block, as in Removal.Path.
	Path    string `json:"path"`
	Excerpt string `json:"excerpt,omitempty"`
}

// Verdict is what became of a page block.
type Verdict string

// The verdicts of page blocks.
const (
	VerdictKept     Verdict = "kept"     // part of the article body
	VerdictRemoved  Verdict = "removed"  // furniture, or outside the chosen body
	VerdictRelated  Verdict = "related"  // moved to Article.Related
	VerdictComments Verdict = "comments" // reader comments
)

// RuleOutsideBody is the Rule of a block no cleaning rule removed but that
// lies outside the elements the content choice took as the article body.
const RuleOutsideBody = "content choice: outside the article body"

// excerptRunes bounds a block's excerpt.
const excerptRunes = 200

// explanation lists the blocks under <body> for Options.Explain. It reads
// the cleaning verdicts and the content roots kept on the page, and adds
// nothing to the tree.
func (p *page) explanation() *Explanation {
	l := &blockLister{p: p, roots: make(map[*html.Node]bool, len(p.body)), aboveRoots: make(map[*html.Node]bool), index: make(map[*html.Node]int)}
	for _, r := range p.body {
		l.roots[r] = true
		for a := r.Parent; a != nil && !l.aboveRoots[a]; a = a.Parent {
			l.aboveRoots[a] = true
		}
	}
	l.children(p.doc, false)
	return &Explanation{Blocks: l.blocks}
}

// blockLister cuts the page into blocks the way a reader sees them: block
// elements without block children are one block each, text beside block
// elements is a block of its own, and an element a rule took out is one
// block whatever it holds.
type blockLister struct {
	p     *page
	roots map[*html.Node]bool
	// aboveRoots holds the ancestors of the roots, which are read by their
	// children even where they would be one block (a layout table around
	// the article) or part of a run of text (a <font> around it).
	aboveRoots map[*html.Node]bool
	index      map[*html.Node]int // element positions for nodePath
	blocks     []PageBlock
}

// children lists the blocks under n; kept says whether n is in the body.
func (l *blockLister) children(n *html.Node, kept bool) {
	var run []*html.Node // consecutive inline children
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if _, judged := l.p.ruling(c); isInline(c) && !judged && !l.roots[c] && !l.aboveRoots[c] {
			run = append(run, c)
			continue
		}
		l.textRun(n, run, kept)
		run = run[:0]
		if c.Type == html.ElementNode {
			l.element(c, kept)
		}
	}
	l.textRun(n, run, kept)
}

// isInline reports text, comments and phrasing elements, which flow into
// the text around them rather than starting a block.
func isInline(n *html.Node) bool {
	switch n.Type {
	case html.TextNode, html.CommentNode:
		return true
	case html.ElementNode:
		return !isBlockTag(n.DataAtom) && !invisibleTags[n.DataAtom]
	}
	return false
}

// element lists one element: as a judged block, as one block when it is a
// leaf, or else by its children.
func (l *blockLister) element(n *html.Node, kept bool) {
	if invisibleTags[n.DataAtom] {
		return
	}
	if v, ok := l.p.ruling(n); ok {
		l.judged(n, v)
		return
	}
	kept = kept || l.roots[n]
	if !isLeafBlock(n) || l.aboveRoots[n] {
		l.children(n, kept)
		return
	}
	text := rawText(n, l.p.dropped)
	if text == "" && isPicture(n) {
		text = attr(n, "alt")
	}
	l.add(n, kept, n.Data, nodePath(n, l.index), text)
	l.judgedInside(n)
}

// judged lists an element a rule took out as one block, then the elements
// inside it that rules judged too (a related-stories box inside a dropped
// footer still gives its links to Related), each as its own block.
func (l *blockLister) judged(n *html.Node, v verdict) {
	text := rawText(n, func(c *html.Node) bool { return c != n && l.p.dropped(c) })
	if text != "" || v.rule != "hidden element" { // empty hidden elements are noise
		l.blocks = append(l.blocks, PageBlock{Verdict: verdictOf(v.kind), Rule: v.rule, Tag: n.Data, Path: nodePath(n, l.index), Excerpt: truncate(text, excerptRunes)})
	}
	l.judgedInside(n)
}

// judgedInside lists the outermost judged elements below n, which a block
// for n leaves out of its text.
func (l *blockLister) judgedInside(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, func(d *html.Node) bool {
			if v, ok := l.p.ruling(d); ok {
				l.judged(d, v)
				return false
			}
			return d.Type == html.ElementNode && !invisibleTags[d.DataAtom]
		})
	}
}

// textRun lists inline children of parent, if they hold any words, as one
// block at parent's path.
func (l *blockLister) textRun(parent *html.Node, run []*html.Node, kept bool) {
	if len(run) == 0 || parent.Type != html.ElementNode {
		return
	}
	var b strings.Builder
	for _, c := range run {
		appendText(&b, c, l.p.dropped)
	}
	text := normSpace(b.String())
	if len(run) == 1 && run[0].Type == html.ElementNode {
		l.add(run[0], kept, run[0].Data, nodePath(run[0], l.index), text)
	} else {
		l.add(parent, kept, "#text", nodePath(parent, l.index), text)
	}
	for _, c := range run {
		l.judgedInside(c)
	}
}

// add appends a block with words in it, kept or outside the body.
func (l *blockLister) add(n *html.Node, kept bool, tag, path, text string) {
	if !hasWordChar(text) {
		return
	}
	b := PageBlock{Verdict: VerdictKept, Tag: tag, Path: path, Excerpt: truncate(text, excerptRunes)}
	if !kept {
		b.Verdict, b.Rule = VerdictRemoved, RuleOutsideBody
	}
	l.blocks = append(l.blocks, b)
}

// isLeafBlock reports an element read as one block: a heading, paragraph,
// list, table, quote, code or figure, or any element none of whose
// children starts a block.
func isLeafBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.P, atom.Ul, atom.Ol, atom.Dl,
		atom.Table, atom.Blockquote, atom.Pre, atom.Figure, atom.Img, atom.Address:
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockTag(c.DataAtom) {
			return false
		}
	}
	return true
}

func verdictOf(k ruleKind) Verdict {
	switch k {
	case kindRelated:
		return VerdictRelated
	case kindComments:
		return VerdictComments
	default:
		return VerdictRemoved
	}
}
