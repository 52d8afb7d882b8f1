package newsextract

import (
	"slices"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// compiledContentSelectors are contentSelectors, compiled once.
var compiledContentSelectors = func() []cascadia.Selector {
	out := make([]cascadia.Selector, len(contentSelectors))
	for i, s := range contentSelectors {
		out[i] = cascadia.MustCompile(s)
	}
	return out
}()

// Thresholds of the content choice.
const (
	// selectorShare: a known body container must hold this share of the
	// page's prose to be taken without scoring.
	selectorShare = 0.6
	// siblingShare: a sibling of the best candidate joins the body when its
	// score reaches this share of the best score.
	siblingShare = 0.2
	// unsureShare: below this share of the page's prose, the choice is
	// unsure and go-readability is asked for a second opinion.
	unsureShare = 0.35
	// minArticleRunes: less prose than this is not an article.
	minArticleRunes = 140
)

// contentChoice is the result of the content stage: the elements that make
// up the body, in document order, and how sure the choice is.
type contentChoice struct {
	roots  []*html.Node
	unsure bool // a second opinion may do better
}

// chooseContent finds the article body among what cleaning left.
func (p *page) chooseContent() contentChoice {
	p.stats = measure(p.doc, func(n *html.Node) bool { return p.unmeasured(n) || p.cancelled(n) })
	total := 0
	if s := p.stats[p.doc]; s != nil {
		total = s.prose
	}
	c, ok := p.bySelector(total)
	if !ok {
		c = p.byScore(total)
	}
	if len(c.roots) > 0 {
		c.roots = p.withLeadFigure(c.roots)
		if lead := p.leadAbove(c.roots[0]); lead != nil && !inRoots(lead, c.roots) {
			c.roots = append([]*html.Node{lead}, c.roots...)
		}
	}
	p.body = c.roots
	return c
}

// Where leadAbove looks: the earlier siblings of the body and of its
// nearest ancestors, a few of each.
const (
	leadLevels   = 4
	leadSiblings = 3
)

// leadAbove finds the article's lead set apart above its body, in the
// article's header or a box before the text ("header.entry-header >
// div.entry-excerpt", "div.intro > div.chapo"): a box classed as a lead
// that reads as a standfirst, in an earlier sibling of the body or of one
// of its nearest ancestors. Readers see it as the story's opening; the
// body container leaves it out.
func (p *page) leadAbove(body *html.Node) *html.Node {
	for n, level := body, 0; n.Parent != nil && level < leadLevels; n, level = n.Parent, level+1 {
		if isElem(n.Parent, atom.Body, atom.Html) {
			break
		}
		seen := 0
		for s := n.PrevSibling; s != nil && seen < leadSiblings; s = s.PrevSibling {
			if s.Type != html.ElementNode || p.dropped(s) {
				continue
			}
			seen++
			if lead := p.leadIn(s); lead != nil && !repeatedIn(lead, body) {
				return lead
			}
		}
	}
	return nil
}

// withLeadFigure adds the lead picture set just above one of the roots
// (see leadFigureAbove) before that root.
func (p *page) withLeadFigure(roots []*html.Node) []*html.Node {
	for i, r := range roots {
		if fig := p.leadFigureAbove(r); fig != nil && !inRoots(fig, roots) {
			if !isElem(fig, atom.Figure) {
				p.leadBox = fig
			}
			return slices.Insert(roots, i, fig)
		}
	}
	return roots
}

// leadFigureAbove finds the story's lead picture set above its body, as
// the body's previous sibling ("<figure class=c-media-item>" between the
// byline and "<article class=b-article-body>"): a figure the reader sees
// as the story's, which the body container leaves out.
//
// The picture may sit in a plain box instead ("div.article-image-wrapper"
// with its caption in a div, New Times; "div.b_article-media" around the
// figure, Gazeta.ru), and a share bar the cleaning took out may stand
// between it and the body (Lidovky.cz), or the body may be the first
// thing in a box that the picture stands above.
func (p *page) leadFigureAbove(body *html.Node) *html.Node {
	for climbed := 0; body != nil && climbed <= maxLeadFigureClimb; climbed++ {
		for s := body.PrevSibling; s != nil; s = s.PrevSibling {
			if isElem(s, atom.Header) {
				if fig := headlineFigure(s); fig != nil && !p.dropped(fig) {
					return fig
				}
			}
			if s.Type != html.ElementNode || p.dropped(s) {
				continue
			}
			if isElem(s, atom.Figure) && hasDescendant(s, isPicture) {
				return s
			}
			if fig := p.wrappedFigure(s); fig != nil || !p.pictureBox(s) {
				return fig // a figure in a picture's box reads its own caption
			}
			return s
		}
		body = body.Parent // the body opens its box: the picture may stand above the box
		if body == nil || isElem(body, atom.Body, atom.Html, atom.Main) {
			return nil
		}
	}
	return nil
}

// headlineFigure returns the one figure with a picture that an article's
// header holds under its headline ("header.article-header" with the h1,
// "figure.article-top-image" and the byline, Schibsted's papers), or nil:
// the header goes as furniture, its picture is the story's.
func headlineFigure(header *html.Node) *html.Node {
	var h1, fig *html.Node
	figures := 0
	walk(header, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.H1 && h1 == nil:
			h1 = n
		case n.DataAtom == atom.Figure && h1 != nil && hasDescendant(n, isPicture):
			fig = n
			figures++
			return false
		}
		return true
	})
	if figures != 1 {
		return nil
	}
	return fig
}

// maxLeadFigureClimb is how many boxes the body may open, first in each,
// with the lead picture above the outermost ("div.asset-body >
// div#article-body" under "div.asset-photo", The Toronto Star).
const maxLeadFigureClimb = 2

// wrappedFigure returns the figure with a picture that box only wraps,
// one element inside another ("div.lead-content > figure", Reach's
// papers; "div.inews__post-hero > figure"), or nil.
func (p *page) wrappedFigure(box *html.Node) *html.Node {
	for n := box; n != nil; {
		if isElem(n, atom.Figure) {
			if hasDescendant(n, isPicture) {
				return n
			}
			return nil
		}
		var only *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				return nil // words of the box's own
			case c.Type != html.ElementNode || p.dropped(c):
			case only != nil:
				return nil // more than the figure
			default:
				only = c
			}
		}
		n = only
	}
	return nil
}

// pictureBox reports a box classed as a picture's ("article-image-
// wrapper", "b_article-media", "art-full-photo") that holds one picture
// and at most a caption's text, without links or headings. Unclassed, a
// picture beside a line or two is a letterhead: a seal over "County of
// Inyo / Board of Supervisors".
func (p *page) pictureBox(n *html.Node) bool {
	st := p.stats[n]
	return st != nil && st.paras <= 1 && pictureClassed(n) && onePicture(n, st)
}

// pictureClassed reports an element whose class names a picture or a
// media slot.
func pictureClassed(n *html.Node) bool {
	return firstContained(strings.ToLower(attr(n, "class")), pictureClassWords) != ""
}

// leadIn returns the innermost box under n, or n, classed as a lead that
// reads as a standfirst: "div.intro" may hold the breadcrumb beside the
// "div.chapo" that is the lead.
func (p *page) leadIn(n *html.Node) *html.Node {
	var first, inner *html.Node
	walk(n, func(e *html.Node) bool {
		if e.Type != html.ElementNode || first != nil && !isAncestor(first, e) || p.dropped(e) {
			return false
		}
		if st := p.stats[e]; st != nil && classedAsLead(e) && p.isClassedLead(e, st) && readsAsLead(e) && !p.authorBio(e) {
			if first == nil {
				first = e
			}
			inner = e
		}
		return true
	})
	return inner
}

// classedAsLead reports an element whose class names it the story's lead
// (leadTokens) or the headline's subtitle (dekTokens, "h3.subtitle").
func classedAsLead(n *html.Node) bool {
	tokens := splitTokens(strings.ToLower(attr(n, "class") + " " + attr(n, "id")))
	return hasToken(tokens, leadTokens) || hasToken(tokens, dekTokens)
}

// authorBio reports a box whose text opens with the first name of one of
// the article's authors ("Anurag is an experienced journalist ..."): the
// writer's bio in the header's author block, which a theme may class as
// an excerpt, not the story's lead.
func (p *page) authorBio(n *html.Node) bool {
	text := rawText(n, nil)
	for _, a := range p.art.Authors {
		if first, _, _ := strings.Cut(a, " "); first != "" && strings.HasPrefix(text, first+" ") {
			return true
		}
	}
	return false
}

// inRoots reports whether n is one of roots, or inside or around one.
func inRoots(n *html.Node, roots []*html.Node) bool {
	for _, r := range roots {
		if isAncestor(r, n) || isAncestor(n, r) {
			return true
		}
	}
	return false
}

// cancelled is a measure skip function that skips everything once the
// context is done.
func (p *page) cancelled(*html.Node) bool { return !p.alive() }

// dropped reports whether cleaning took n out of the body, or n is
// go-readability's copy of what it took (see secondOpinion).
func (p *page) dropped(n *html.Node) bool {
	_, ok := p.verdicts[n]
	return ok || p.copies[n]
}

// unmeasured reports whether cleaning took n out of the content choice's
// measure too.
func (p *page) unmeasured(n *html.Node) bool {
	v, ok := p.verdicts[n]
	return ok && !v.keepsMeasure()
}

// tooShortForArticle reports whether the page's prose, total runes, is
// less than an article's. A Chinese, Japanese or Korean character weighs
// one and a half (see countVisible), so the runes gain half the share of
// the page's text such characters make: three paragraphs of a Korean
// news brief, 122 characters, are an article, not a page to ask
// go-readability about.
func (p *page) tooShortForArticle(total int) bool {
	if s := p.stats[p.doc]; s != nil && s.wide > 0 {
		total += total * s.wide / (2 * s.text)
	}
	return total < minArticleRunes
}

// bySelector takes the first known body container that holds most prose.
func (p *page) bySelector(total int) (contentChoice, bool) {
	if p.tooShortForArticle(total) {
		return contentChoice{}, false
	}
	for i, sel := range compiledContentSelectors {
		matches := sel.MatchAll(p.doc)
		best, bestProse := (*html.Node)(nil), 0
		for _, n := range matches {
			if s := p.stats[n]; s != nil && s.prose > bestProse && !p.insideDropped(n) {
				best, bestProse = n, s.prose
			}
		}
		if best != nil && p.forumThread() && wholeArticleSelectors[contentSelectors[i]] {
			if parts := p.partsBeside(best, matches); len(parts) > 1 && float64(p.sumProse(parts)) >= selectorShare*float64(total) {
				return contentChoice{roots: parts}, true // a thread's posts
			}
		}
		if best != nil && float64(bestProse) >= selectorShare*float64(total) {
			if parts := p.partsBeside(best, matches); len(parts) > 1 && !wholeArticleSelectors[contentSelectors[i]] {
				return contentChoice{roots: append(p.standfirstsBefore(parts[0]), parts...)}, true
			}
			best = p.tighten(best)
			return contentChoice{roots: append(p.standfirstsBefore(best), best)}, true
		}
	}
	return contentChoice{}, false
}

// sumProse sums the prose of nodes.
func (p *page) sumProse(nodes []*html.Node) int {
	sum := 0
	for _, n := range nodes {
		if s := p.stats[n]; s != nil {
			sum += s.prose
		}
	}
	return sum
}

// forumThread reports a page that declares itself a forum thread
// (schema.org DiscussionForumPosting): there the posts set side by side,
// each an <article> on XenForo and Discourse, are together the page's
// text, where elsewhere two articles side by side are two stories.
func (p *page) forumThread() bool {
	return p.meta.article != nil && p.meta.article.hasType("DiscussionForumPosting")
}

// partsBeside returns, in document order, best and the other containers
// the same selector matched that hold a part of the story: prose at a
// text's link density, in a sibling of best or of its parent (The New
// York Times sets each stretch of a story in its own div.story-body,
// between boxes of related links).
func (p *page) partsBeside(best *html.Node, matches []*html.Node) []*html.Node {
	var parts []*html.Node
	for _, n := range matches {
		if n == best {
			parts = append(parts, n)
			continue
		}
		st := p.stats[n]
		if st == nil || st.prose < proseMinRunes || st.linkDensity() >= maxUnitLinkDensity || p.insideDropped(n) ||
			isAncestor(n, best) || isAncestor(best, n) || !sameParentOrGrandparent(n, best) {
			continue
		}
		parts = append(parts, n)
	}
	return parts
}

// sameParentOrGrandparent reports whether a and b are siblings or
// cousins.
func sameParentOrGrandparent(a, b *html.Node) bool {
	return a.Parent == b.Parent || a.Parent != nil && b.Parent != nil && a.Parent.Parent != nil && a.Parent.Parent == b.Parent.Parent
}

// insideDropped reports whether n or one of its ancestors was dropped.
func (p *page) insideDropped(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if p.dropped(n) {
			return true
		}
	}
	return false
}

// byScore scores every element by the prose blocks under it, as Readability
// does, but in maps instead of attributes written into the tree.
func (p *page) byScore(total int) contentChoice {
	scores, order := p.scoreCandidates()
	var top *html.Node
	topScore := 0.0
	for _, n := range order {
		final := scores[n] * (1 - p.stats[n].linkDensity())
		if final > topScore {
			top, topScore = n, final
		}
	}
	if top == nil {
		return p.wholeBody(total)
	}
	top = p.widenToParent(top, scores)
	top = p.toFullerAncestor(top, topScore, scores)
	top = wholeList(top)
	top = p.intoStoryCell(top)
	roots := p.withSiblings(top, scores)
	prose := 0
	for _, r := range roots {
		prose += p.stats[r].prose
	}
	unsure := p.tooShortForArticle(total) || float64(prose) < unsureShare*float64(total)
	return contentChoice{roots: roots, unsure: unsure}
}

// scoreCandidates gives each prose block's score to its ancestors: all of it
// to the parent, half to the grandparent, a third of a level's share above.
// It walks in document order so that equal scores resolve the same way
// every time; order lists the scored elements.
func (p *page) scoreCandidates() (scores map[*html.Node]float64, order []*html.Node) {
	scores = make(map[*html.Node]float64)
	walk(p.doc, func(n *html.Node) bool {
		if n.Type == html.DocumentNode {
			return true
		}
		s := p.stats[n]
		if s == nil || n.Type != html.ElementNode || !p.alive() || n.DataAtom == atom.A && hasAttr(n, "href") {
			return false
		}
		if !s.holder {
			return true
		}
		// Text set with <br><br> between paragraphs scores as that many
		// paragraphs, as Readability's <br> rewriting makes it.
		parts := float64(1 + min(s.breaks, s.prose/proseMinRunes))
		sc := parts + float64(s.commas) + min(float64(s.prose)/100, 3*parts)
		level := 0
		for a := n.Parent; a != nil && a.Type == html.ElementNode && level < 5; a = a.Parent {
			div := 1.0
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float64(level * 3)
			}
			if _, seen := scores[a]; !seen {
				order = append(order, a)
				scores[a] = classWeight(a)
			}
			scores[a] += sc / div
			level++
		}
		return false
	})
	return scores, order
}

// classWeight is Readability's class/id evidence, from our token lists.
// The <body>'s classes name the page's template ("single-post",
// "article-page"), not a container, so they weigh nothing: a short story
// would lose to the whole page.
func classWeight(n *html.Node) float64 {
	if isElem(n, atom.Body, atom.Html) {
		return 0
	}
	w := 0.0
	if k, _ := tokenKind(n); k != kindNone {
		w -= 25
	}
	for _, t := range splitTokens(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		if contentTokens[t] {
			w += 25
			break
		}
	}
	if isElem(n, atom.Article, atom.Main) {
		w += 10
	}
	return w
}

// widenToParent climbs while the parent adds article prose (a standfirst, a
// body split in two) and little else: a parent that adds only titles,
// navigation or teasers is not climbed into.
func (p *page) widenToParent(top *html.Node, scores map[*html.Node]float64) *html.Node {
	for {
		par := top.Parent
		if par == nil || par.Type != html.ElementNode || isElem(par, atom.Body, atom.Html) {
			return top
		}
		ps, ts := p.stats[par], p.stats[top]
		if ps == nil || ts == nil || ps.prose == ts.prose || ps.text > ts.text+ts.text/4 || ps.linkDensity() > ts.linkDensity()+0.1 {
			return top
		}
		top = par
	}
}

// intoStoryCell descends from a layout table's row to the cell that
// holds its story as bare text (paragraphs set apart by <br><br>): such a
// cell scores its own row, the cell's parent, so the row's other cells (a
// column of weather, links and ads) would come along. A row with prose
// in another cell too stays whole.
func (p *page) intoStoryCell(top *html.Node) *html.Node {
	if top.DataAtom != atom.Tr {
		return top
	}
	cell := p.proseChild(top)
	if cell == nil {
		return top
	}
	rs, cs := p.stats[top], p.stats[cell]
	if !cs.holder || rs.prose > cs.prose || rs.text == cs.text {
		return top // a standfirst or a note in a cell beside the story's, or no other cell
	}
	return cell
}

// wholeList takes the list when the best candidate is one of its items:
// a page whose prose is a list of entries (a columnist's index, a list of
// abstracts) is that list, not the longest entry and a few siblings.
func wholeList(top *html.Node) *html.Node {
	if top.DataAtom == atom.Li && top.Parent != nil && isElem(top.Parent, atom.Ul, atom.Ol) {
		return top.Parent
	}
	return top
}

// Fuller-ancestor limits: how far up toFullerAncestor looks, how much more
// prose the ancestor must hold, and how close its score must come.
const (
	fullerAncestorLevels = 8
	fullerProseFactor    = 2
	fullerScoreShare     = 0.5
)

// toFullerAncestor climbs to an ancestor holding at least twice top's prose
// at no higher link density, when its own score comes close: an article set
// as many small content elements (each CMS block in its own <div>) scores
// each block apart, so one long block beside it (an interview in an
// accordion, a long quote box) can outscore the story around it.
func (p *page) toFullerAncestor(top *html.Node, topScore float64, scores map[*html.Node]float64) *html.Node {
	ts := p.stats[top]
	if ts == nil {
		return top
	}
	a, below := top.Parent, ts
	for level := 0; a != nil && a.Type == html.ElementNode && level < fullerAncestorLevels; a = a.Parent {
		if isElem(a, atom.Body, atom.Html) {
			break
		}
		as := p.stats[a]
		if as != nil && as.prose >= fullerProseFactor*ts.prose && as.linkDensity() <= ts.linkDensity()+0.05 &&
			scores[a]*(1-as.linkDensity()) >= fullerScoreShare*topScore {
			return a
		}
		if as != nil && allProse(as, ts) {
			return a
		}
		if as == nil || below == nil || as.text != below.text {
			level++ // a wrapper adding no text (a layout table's cell, row, body, table) is no level
		}
		below = as
	}
	return top
}

// allProse reports an ancestor that holds half as much prose again as
// top and almost nothing else: an article cut into CMS blocks between
// figures, whose wrapper gets no score of its own (scores reach only a
// paragraph's parent and grandparent).
func allProse(as, ts *nodeStats) bool {
	return 2*as.prose >= 3*ts.prose && 20*(as.text-as.prose) <= as.text && as.linkDensity() <= ts.linkDensity()+0.05
}

// withSiblings adds siblings of top that carry article prose too: bodies
// split into several containers, or paragraphs beside the main one.
// Where top is the only content of its wrapper (the one row of a layout
// table), the wrapper's siblings are tried too, as Readability does: a
// page of one table per story section keeps its sections side by side.
// The wrapper and its siblings are compared by their own scores, so a
// wrapper too far above the prose to have one tries none.
func (p *page) withSiblings(top *html.Node, scores map[*html.Node]float64) []*html.Node {
	if top.Parent == nil {
		return []*html.Node{top}
	}
	if roots := p.siblingsOf(top, scores); len(roots) > 1 {
		return roots
	}
	if up := soleWrapper(top); up != top && scores[up] > 0 {
		if roots := p.siblingsOf(up, scores); len(roots) > 1 {
			return roots
		}
	}
	if cousins := p.withCousins(top); len(cousins) > 1 {
		return cousins
	}
	if rows := p.rowUnits(top); rows != nil {
		return rows
	}
	if units := p.repeatedUnits(top); units != nil {
		return units
	}
	return []*html.Node{top}
}

// siblingsOf returns top with those of its siblings that score as
// article prose beside it, in document order.
func (p *page) siblingsOf(top *html.Node, scores map[*html.Node]float64) []*html.Node {
	topScore := scores[top]
	var roots []*html.Node
	before := true
	for s := top.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			roots = append(roots, s)
			before = false
			continue
		}
		if s.Type != html.ElementNode || p.dropped(s) {
			continue
		}
		st := p.stats[s]
		if st == nil || st.prose == 0 {
			continue
		}
		if scores[s] >= siblingShare*topScore && st.linkDensity() < maxUnitLinkDensity && scores[s] > 0 ||
			isElem(s, atom.P) && st.prose >= 80 && st.linkDensity() < 0.25 ||
			before && isStandfirst(st) {
			roots = append(roots, s)
		}
	}
	return p.withGaps(roots)
}

// withGaps adds to sibling roots the siblings standing between two of
// them that carry the article's structure rather than prose: a subhead,
// a list without links, a table between chosen paragraphs. Scored by
// their prose they fall short of siblingShare, though the story runs
// through them (Draft.js sets each block in a box of its own).
func (p *page) withGaps(roots []*html.Node) []*html.Node {
	if len(roots) < 2 {
		return roots
	}
	chosen := make(map[*html.Node]bool, len(roots))
	for _, r := range roots {
		chosen[r] = true
	}
	last := roots[len(roots)-1]
	var out []*html.Node
	for s := roots[0]; s != nil; s = s.NextSibling {
		if chosen[s] || s.Type == html.ElementNode && !p.dropped(s) && p.carriesStructure(s) {
			out = append(out, s)
		}
		if s == last {
			break
		}
	}
	return out
}

// carriesStructure reports a heading, or a box of text with few links.
func (p *page) carriesStructure(n *html.Node) bool {
	if headingLevel(n) > 0 {
		return true
	}
	st := p.stats[n]
	return st != nil && st.text > 0 && st.linkDensity() < maxUnitLinkDensity
}

// soleWrapper climbs from top through ancestors that hold nothing but
// it, stopping below <body>.
func soleWrapper(top *html.Node) *html.Node {
	for {
		par := top.Parent
		if par == nil || par.Type != html.ElementNode || isElem(par, atom.Body, atom.Html) || soleElementChild(par) != top {
			return top
		}
		top = par
	}
}

// unitLevels is how far above the chosen element repeatedUnits looks for
// the unit it repeats.
const unitLevels = 3

// repeatedUnits returns the run of sibling units that top's article is
// cut into, where top lies in one of them: the steps of a how-to
// ("div.mod.step" each holding a title, a photo and a line or two), which
// score too little one by one to join as siblings. Units share the tag
// and class of top's ancestor; those that are teaser cards, mostly links
// or dropped are not the article's.
func (p *page) repeatedUnits(top *html.Node) []*html.Node {
	u := top
	for level := 0; level < unitLevels && u.Parent != nil && u.Parent.Type == html.ElementNode; level++ {
		if units := p.unitsLike(u); units != nil {
			return units
		}
		u = u.Parent
	}
	return nil
}

// rowUnits returns the rows of top's table from the first to the last
// whose cell in top's column holds paragraphs, where top is such a cell
// and at least minPartRows rows have one: an article set as a table of
// parts, each part's text in one cell beside a pull quote, its subheads
// in the rows between (a PBS NewsHour transcript).
func (p *page) rowUnits(top *html.Node) []*html.Node {
	if top.DataAtom == atom.Tr {
		top = p.proseCell(top)
	}
	if top == nil || top.DataAtom != atom.Td || top.Parent == nil || top.Parent.DataAtom != atom.Tr || top.Parent.Parent == nil {
		return nil
	}
	if attr(top, "class") == "" && attr(top, "width") == "" {
		return nil // nothing marks the cells as one template's
	}
	col := cellIndex(top)
	var rows []*html.Node
	first, last, units := -1, -1, 0
	for r := top.Parent.Parent.FirstChild; r != nil; r = r.NextSibling {
		if r.Type != html.ElementNode || r.DataAtom != atom.Tr || p.dropped(r) {
			continue
		}
		rows = append(rows, r)
		if r == top.Parent || p.isPartCell(cellAt(r, col), top) {
			if first < 0 {
				first = len(rows) - 1
			}
			last = len(rows) - 1
			units++
		}
	}
	if units < minPartRows {
		return nil
	}
	return rows[first : last+1]
}

// proseCell returns row r's cell with the most prose, or nil.
func (p *page) proseCell(r *html.Node) *html.Node {
	var best *html.Node
	for c := r.FirstChild; c != nil; c = c.NextSibling {
		if st := p.stats[c]; isElem(c, atom.Td) && st != nil && st.prose > 0 && (best == nil || st.prose > p.stats[best].prose) {
			best = c
		}
	}
	return best
}

// minPartRows is the fewest rows of parts that make an article in a
// table: each part holds two paragraphs or more.
const minPartRows = 2

// isPartCell reports a table cell that holds another part of top's
// article: made by the same template (class, width and span alike), with
// two paragraphs or more, few links and no teaser cards. A comment
// policy in a cell of its own does not look like the story's cells.
func (p *page) isPartCell(c, top *html.Node) bool {
	if c == nil || p.dropped(c) {
		return false
	}
	for _, k := range []string{"class", "width", "colspan"} {
		if attr(c, k) != attr(top, k) {
			return false
		}
	}
	st := p.stats[c]
	return st != nil && st.paras >= 2 && st.cards == 0 && st.linkDensity() < maxUnitLinkDensity
}

// cellIndex is the position of cell c among its row's cells.
func cellIndex(c *html.Node) int {
	i := 0
	for s := c.Parent.FirstChild; s != nil && s != c; s = s.NextSibling {
		if isElem(s, atom.Td, atom.Th) {
			i++
		}
	}
	return i
}

// cellAt returns row r's cell at index i, or nil.
func cellAt(r *html.Node, i int) *html.Node {
	for c := r.FirstChild; c != nil; c = c.NextSibling {
		if isElem(c, atom.Td, atom.Th) {
			if i == 0 {
				return c
			}
			i--
		}
	}
	return nil
}

// minUnits is the fewest units that make a repeated structure.
const minUnits = 3

// unitsLike returns u and its siblings of the same tag and class that
// hold text of their own, in order, with the headings between them (a
// blog's post titles stand between its post bodies); nil when u has no
// class or fewer than minUnits such siblings.
func (p *page) unitsLike(u *html.Node) []*html.Node {
	cls := attr(u, "class")
	if cls == "" || isElem(u.Parent, atom.Body, atom.Html) {
		return nil
	}
	var run []*html.Node
	units, pending := 0, []*html.Node(nil)
	for s := u.Parent.FirstChild; s != nil; s = s.NextSibling {
		switch {
		case s.Type != html.ElementNode || p.dropped(s):
		case s == u || s.DataAtom == u.DataAtom && attr(s, "class") == cls && p.isUnit(s):
			if units > 0 {
				run = append(run, pending...)
			}
			run = append(run, s)
			units++
			pending = pending[:0]
		case headingLevel(s) > 0:
			pending = append(pending, s)
		}
	}
	if units < minUnits {
		return nil
	}
	return run
}

// isUnit reports a sibling unit that holds the article's text: not a
// teaser card, nor mostly links.
func (p *page) isUnit(s *html.Node) bool {
	st := p.stats[s]
	return st != nil && st.text > 0 && st.cards == 0 && st.linkDensity() < maxUnitLinkDensity
}

// maxUnitLinkDensity is the most link text a unit or part of an article
// holds, as for a sibling that joins the body.
const maxUnitLinkDensity = 0.3

// withCousins adds the bodies of other entries set the same way one
// row apart: a table-laid page of several writeups or posts, each one's
// text in a cell of the same class in its own row (Everything2's
// td.writeup_text), is one article. Only table cells are joined: in
// div layouts the same class ("elementor-widget-container") marks every
// box of the page.
func (p *page) withCousins(top *html.Node) []*html.Node {
	cls := attr(top, "class")
	if cls == "" || top.DataAtom != atom.Td || top.Parent.DataAtom != atom.Tr || top.Parent.Parent == nil {
		return []*html.Node{top}
	}
	var roots []*html.Node
	for uncle := top.Parent.Parent.FirstChild; uncle != nil; uncle = uncle.NextSibling {
		if uncle == top.Parent {
			roots = append(roots, top)
			continue
		}
		if c := p.entryBody(uncle, top.DataAtom, cls); c != nil {
			roots = append(roots, c)
		}
	}
	return roots
}

// entryBody is the child of box with the given tag and class that holds
// a paragraph's worth of prose at a text's link density, or nil.
func (p *page) entryBody(box *html.Node, tag atom.Atom, cls string) *html.Node {
	if box.Type != html.ElementNode || p.dropped(box) {
		return nil
	}
	for c := box.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != tag || attr(c, "class") != cls || p.dropped(c) {
			continue
		}
		if st := p.stats[c]; st != nil && st.prose >= proseMinRunes && st.linkDensity() < maxUnitLinkDensity {
			return c
		}
	}
	return nil
}

// standfirstsBefore returns the standfirst set just before body: templates
// put the lead in its own box ("teaser-text", itemprop=description) right
// above the articleBody container. Only the nearest earlier sibling with
// prose is looked at; anything further up (an author box, a summary
// widget) is not the lead.
func (p *page) standfirstsBefore(body *html.Node) []*html.Node {
	for s := body.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type != html.ElementNode || p.dropped(s) {
			continue
		}
		st := p.stats[s]
		if st == nil || st.prose == 0 {
			continue // a date line, a heading, an image
		}
		if isStandfirst(st) && readsAsLead(s) {
			if lead := p.leadIn(s); lead != nil {
				return []*html.Node{lead} // the lead's own box, not a breadcrumb beside it
			}
			return []*html.Node{s}
		}
		return nil
	}
	return nil
}

// readsAsLead reports a box of plain paragraphs: no heading below the h1
// (a "Synopsis" or "Key takeaways" widget titles its box) and nothing
// classed as a byline or an author box (the author's bio set above the
// text).
func readsAsLead(n *html.Node) bool {
	return !hasDescendant(n, func(d *html.Node) bool {
		if headingLevel(d) > 1 {
			return true // the page's h1 may head the lead's box; a lower heading titles a widget
		}
		for _, t := range splitTokens(strings.ToLower(attr(d, "class") + " " + attr(d, "id"))) {
			if bylineTokens[t] {
				return true
			}
		}
		return false
	}) && !hasToken(splitTokens(strings.ToLower(attr(n, "class")+" "+attr(n, "id"))), bylineTokens)
}

// isStandfirst reports a lead set apart before the body: one or two
// paragraphs of prose with few links ("teaser-text", "entry-excerpt",
// "article__intro" boxes). A long body outscores it many times over, so
// the score share that admits other siblings never would.
func isStandfirst(st *nodeStats) bool {
	return st.paras >= 1 && st.paras <= 2 && st.prose >= 80 && st.linkDensity() < 0.25
}

// minLeadRunes is the least text a box classed as a lead needs to be the
// story's standfirst: one short sentence ("Thousands evacuated as sea
// walls fail."), shorter than prose needs to be elsewhere.
const minLeadRunes = 30

// isClassedLead reports whether n, a box its class names as the lead,
// reads as one: a standfirst, or one short sentence with few links that
// is neither a teaser's link, a picture's caption nor the headline
// again.
func (p *page) isClassedLead(n *html.Node, st *nodeStats) bool {
	if isStandfirst(st) {
		return true
	}
	if st.paras > 2 || st.text-st.link < minLeadRunes || st.linkDensity() >= 0.25 || inElement(n, atom.A) || inFigure(n) || showsPicture(n) {
		return false
	}
	text, title := strings.ToLower(rawText(n, nil)), strings.ToLower(p.art.Title)
	return title == "" || !strings.Contains(text, title) && !strings.Contains(title, text)
}

// showsPicture reports a box holding a figure or a caption: its short
// text is the caption.
func showsPicture(n *html.Node) bool {
	return hasDescendant(n, func(d *html.Node) bool { return isElem(d, atom.Figure, atom.Figcaption) })
}

// repeatedIn reports whether the text of lead stands in body's text
// already: a teaser's shortened copy of the opening paragraph.
func repeatedIn(lead, body *html.Node) bool {
	return strings.Contains(rawText(body, nil), rawText(lead, nil))
}

// wholeBody is the choice for a page without a single paragraph of prose: a
// short note or a stub is still an article when its text is not mostly
// links; cleaning has already taken out the furniture.
func (p *page) wholeBody(total int) contentChoice {
	if marked := p.markedBody(); marked != nil {
		return contentChoice{roots: []*html.Node{marked}}
	}
	c := contentChoice{unsure: true}
	var body *html.Node
	walk(p.doc, func(n *html.Node) bool {
		if isElem(n, atom.Body) {
			body = n
		}
		return body == nil
	})
	if s := p.stats[body]; body != nil && s != nil && s.text > 0 && s.linkDensity() < 0.5 {
		c.roots = []*html.Node{body}
	}
	return c
}

// markedBody finds, on a page without a paragraph of prose, the one
// element a body selector names (".entry-content",
// itemprop=articleBody; not <article> or <main>, which hold a whole page)
// when it holds text: a blog's link roll ("- [Headline](…) via Source")
// is its post however much of it is links, where the rest of the page may
// hold no more than a cookie notice.
func (p *page) markedBody() *html.Node {
	for i, sel := range compiledContentSelectors {
		if wholeArticleSelectors[contentSelectors[i]] {
			continue
		}
		var found *html.Node
		for _, n := range sel.MatchAll(p.doc) {
			if s := p.stats[n]; s == nil || s.text == 0 || p.insideDropped(n) {
				continue
			}
			if found != nil && !isAncestor(found, n) {
				return nil // two bodies: a page of teasers
			}
			if found == nil {
				found = n
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// Tightening thresholds: a child that holds tightShare of a container's
// prose replaces it when the container's other text is link text (teasers,
// link lists, widgets) amounting to tightJunk of its text.
const (
	tightShare = 0.85
	tightJunk  = 0.15
)

// tighten descends from a generic container (main, [role=main], article)
// to the child that holds its article prose, leaving the widgets beside it.
// Prose beside the child (a standfirst) keeps the container as it is.
func (p *page) tighten(root *html.Node) *html.Node {
	for {
		rs := p.stats[root]
		child := p.proseChild(root)
		if child == nil {
			return root
		}
		cs := p.stats[child]
		junk := rs.link - cs.link
		if cs.holder || float64(cs.prose) < tightShare*float64(rs.prose) || float64(junk) < tightJunk*float64(rs.text) {
			return root
		}
		root = child
	}
}

// proseChild returns the child element of n with the most prose.
func (p *page) proseChild(n *html.Node) *html.Node {
	var best *html.Node
	bestProse := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if s := p.stats[c]; s != nil && c.Type == html.ElementNode && s.prose > bestProse {
			best, bestProse = c, s.prose
		}
	}
	return best
}
