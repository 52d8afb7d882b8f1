package newsextract

import (
	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// secondOpinionFactor: go-readability's body replaces ours only when its
// text is this many times longer, so a confident choice of ours stands.
const secondOpinionFactor = 1.5

// secondOpinion asks go-readability for the body when our choice is unsure,
// and takes its answer when it finds clearly more text. It runs last: it
// rearranges the parsed tree, which no stage needs any more.
func (p *page) secondOpinion(choice contentChoice) {
	if p.opts.NoFallback || !choice.unsure {
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
