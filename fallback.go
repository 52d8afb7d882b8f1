package newsextract

import (
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
func (p *page) secondOpinion(choice contentChoice) {
	if p.opts.NoFallback || !choice.unsure || p.secondOpinionTooCostly() {
		return
	}
	parser := readability.NewParser()
	parser.CharThresholds = minArticleRunes
	res, err := parser.ParseAndMutate(p.doc, p.base)
	if err != nil || res.Node == nil {
		return
	}
	theirs := p.buildSections([]*html.Node{res.Node})
	n := len([]rune(bodyText(theirs)))
	if n >= minArticleRunes && n > int(secondOpinionFactor*float64(len([]rune(bodyText(p.art.Sections))))) {
		p.art.Sections = theirs
		if p.art.Explanation != nil {
			p.art.Explanation.Fallback = true
		}
	}
}
