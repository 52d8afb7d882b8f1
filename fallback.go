package newsextract

import (
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// secondOpinionFactor: go-readability's body replaces ours only when its
// text is this many times longer, so a confident choice of ours stands.
const secondOpinionFactor = 1.5

// Bounds on the text go-readability reads again and again: it reads
// the text under every candidate element, and under every h1 and h2 to
// compare it with the title. secondOpinionTooCostly sums the runes of
// text over every element that holds them, and over the h1s and h2s.
// On the 2,217 corpus pages, the 74 that asked for a second opinion came
// to at most 0.6 M and 2,511; a hundred h2s nested around 1,000 links
// come to 1.6 M and 789,000 and took go-readability 0.6 s, around 10,000
// links 7 s.
const (
	maxSecondOpinionCost = 4_000_000
	maxHeadingTextCost   = 50_000
)

// secondOpinionTooCostly reports a page whose shape would make
// go-readability's time grow with the square of its size.
func (p *page) secondOpinionTooCostly() bool {
	nested, headings := 0, 0
	for n, s := range p.stats {
		nested += s.text
		if n.DataAtom == atom.H1 || n.DataAtom == atom.H2 {
			headings += s.text
		}
	}
	return nested > maxSecondOpinionCost || headings > maxHeadingTextCost
}

// secondOpinion asks go-readability for the body when our choice is unsure,
// and takes its answer when it finds clearly more text. It runs last: it
// rearranges the parsed tree, which no stage needs any more.
//
// go-readability reads copies of our elements, so our verdicts, held by
// element, do not follow them. Its body is first read without the copies
// of what our cleaning took out (a breadcrumb trail, a widget's title, a
// logo), known by their text; only when that is too short is it read
// whole, as a rescue of text our rules took by mistake.
func (p *page) secondOpinion(choice contentChoice) {
	if p.opts.NoFallback || !choice.unsure || p.secondOpinionTooCostly() {
		return
	}
	judged := p.judgedOnlyLeaves()
	parser := readability.NewParser()
	parser.CharThresholds = minArticleRunes
	res, err := parser.ParseAndMutate(p.doc, p.base)
	if err != nil || res.Node == nil {
		return
	}
	ours := len([]rune(bodyText(p.art.Sections)))
	p.copies = copiesOfJudged(res.Node, judged)
	theirs := p.buildSections([]*html.Node{res.Node})
	p.copies = nil // the later stages read our own tree
	if !clearlyLonger(theirs, ours) {
		if theirs = p.buildSections([]*html.Node{res.Node}); !clearlyLonger(theirs, ours) {
			return
		}
	}
	p.art.Sections = theirs
	if p.art.Explanation != nil {
		p.art.Explanation.Fallback = true
	}
}

// clearlyLonger reports a second-opinion body long enough to replace ours
// of ours runes.
func clearlyLonger(theirs []Section, ours int) bool {
	n := len([]rune(bodyText(theirs)))
	return n >= minArticleRunes && n > int(secondOpinionFactor*float64(ours))
}

// judgedOnlyLeaves returns the keys (leafKey) of the leaves that stand
// only under elements cleaning judged out of the body: a copy of such a
// leaf is a copy of furniture, as go-readability copies text unchanged.
// A text that also stands in the kept page is not among them.
func (p *page) judgedOnlyLeaves() map[string]bool {
	judged := make(map[string]bool)
	kept := make(map[string]bool)
	var visit func(n *html.Node, out bool)
	visit = func(n *html.Node, out bool) {
		out = out || p.dropped(n)
		if k, ok := leafKey(n); ok {
			if out {
				judged[k] = true
			} else {
				kept[k] = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, out)
		}
	}
	visit(p.doc, false)
	for k := range kept {
		delete(judged, k)
	}
	return judged
}

// leafKey names what a body shows of a leaf: a text node's words, or a
// picture's address.
func leafKey(n *html.Node) (string, bool) {
	switch {
	case n.Type == html.TextNode && strings.TrimSpace(n.Data) != "":
		return n.Data, true
	case isPicture(n):
		return "\x00img " + attr(n, "src"), true
	}
	return "", false
}

// copiesOfJudged returns the elements under root whose every leaf is a
// copy of a judged-only one (judgedOnlyLeaves).
func copiesOfJudged(root *html.Node, judged map[string]bool) map[*html.Node]bool {
	copies := make(map[*html.Node]bool)
	var count func(n *html.Node) (leaves, out int)
	count = func(n *html.Node) (leaves, out int) {
		if k, ok := leafKey(n); ok {
			leaves = 1
			if judged[k] {
				out = 1
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			l, o := count(c)
			leaves, out = leaves+l, out+o
		}
		if n.Type == html.ElementNode && leaves > 0 && out == leaves {
			copies[n] = true
		}
		return leaves, out
	}
	count(root)
	return copies
}
