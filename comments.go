package newsextract

import (
	"golang.org/x/net/html"
)

// collectComments returns reader comments for Options.Comments: the
// paragraphs of each comment section cleaning found, one Comment each.
func (p *page) collectComments() {
	if !p.opts.Comments {
		return
	}
	walk(p.doc, func(n *html.Node) bool {
		if !p.alive() {
			return false
		}
		v, ok := p.verdicts[n]
		if !ok {
			return true
		}
		if v.kind == kindComments {
			for _, t := range p.paragraphsOf(n) {
				p.art.Comments = append(p.art.Comments, Comment{Text: t})
			}
		}
		return false
	})
}
