package newsextract

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// collectComments returns reader comments for Options.Comments, from
// each comment section cleaning found (commentsIn).
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
		if v.kind == kindComments && !commentFurniture(n, v) {
			p.art.Comments = append(p.art.Comments, p.commentsIn(n)...)
		}
		return false
	})
}

// commentFurniture reports a block that cleaning moved with the comments
// but that no reader wrote: the section's title alone, a link or prompt
// leading to the thread, the reply form and the notes under it.
func commentFurniture(n *html.Node, v verdict) bool {
	if n.DataAtom == atom.Form || headingLevel(n) > 0 && isCommentLabel(rawText(n, nil)) {
		return true
	}
	for _, pre := range []string{ruleCommentLink, ruleCommentPrompt, ruleFormAfter} {
		if strings.HasPrefix(v.rule, pre) {
			return true
		}
	}
	title, ok := strings.CutPrefix(v.rule, ruleWidgetTitle)
	return ok && headingKey(rawText(n, nil)) == title
}

// isCommentLabel reports a heading that names the thread or its form
// ("53 Comments", "Leave a Reply"), not one a reader wrote.
func isCommentLabel(t string) bool {
	key := headingKey(t)
	return widgetHeadings[key] == kindComments || commentLinkLabels[key]
}

// commentsIn reads the comments of one block: one Comment per comment
// the markup marks (an element classed "comment", a schema.org Comment,
// an id "comment-123"), with its author and date where the markup names
// them; else one per paragraph of the block.
func (p *page) commentsIn(n *html.Node) []Comment {
	units := commentUnits(n)
	if len(units) == 0 {
		var out []Comment
		for _, t := range p.commentTexts(n, nil) {
			out = append(out, Comment{Text: t})
		}
		return out
	}
	var out []Comment
	for _, u := range units {
		author, date := commentAuthor(u), commentDate(u)
		skip := func(c *html.Node) bool {
			return c != u && isCommentUnit(c) || c == author || c == date || isReplyLink(c)
		}
		text := strings.Join(p.commentTexts(commentBody(u), skip), "\n\n")
		if text == "" {
			continue
		}
		cm := Comment{Text: text}
		if author != nil {
			cm.Author = authorName(author)
		}
		if date != nil {
			cm.Date = readCommentDate(date)
		}
		out = append(out, cm)
	}
	return out
}

// commentUnits returns the comment elements under n in document order,
// replies after the comment they answer.
func commentUnits(n *html.Node) []*html.Node {
	var units []*html.Node
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode && c.Type != html.DocumentNode {
			return false
		}
		if c != n && isCommentUnit(c) {
			units = append(units, c)
		}
		return true
	})
	return units
}

// isCommentUnit reports an element the markup marks as one comment: a
// class "comment" of its own (WordPress's li.comment), a schema.org
// Comment, or an id "comment-123".
func isCommentUnit(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if strings.HasSuffix(attr(n, "itemtype"), "/Comment") {
		return true
	}
	if hasClassIn(n, commentUnitClasses) {
		return true
	}
	id, ok := strings.CutPrefix(strings.ToLower(attr(n, "id")), "comment-")
	return ok && isDigits(id)
}

// commentBody returns the element of u that holds what the reader wrote,
// outside its replies, or u itself.
func commentBody(u *html.Node) *html.Node {
	if b := findInComment(u, func(c *html.Node) bool { return hasClassIn(c, commentBodyClasses) }, math.MaxInt); b != nil {
		return b
	}
	return u
}

// maxCommentAuthorRunes bounds a comment author's name.
const maxCommentAuthorRunes = 60

// commentAuthor returns the element naming u's author, outside its
// replies: itemprop=author, or a class "fn", "comment-author", "author"
// or "username".
func commentAuthor(u *html.Node) *html.Node {
	return findInComment(u, func(c *html.Node) bool {
		return strings.EqualFold(attr(c, "itemprop"), "author") || hasClassIn(c, commentAuthorClasses)
	}, maxCommentAuthorRunes)
}

// maxCommentDateRunes bounds the text of a comment's date element.
const maxCommentDateRunes = 60

// commentDate returns u's <time>, or the element classed as its date
// or metadata whose text reads as a date, outside its replies.
func commentDate(u *html.Node) *html.Node {
	return findInComment(u, func(c *html.Node) bool {
		if isTimeElement(c) {
			return true
		}
		if !hasClassIn(c, commentDateClasses) {
			return false
		}
		_, ok := findDate(normSpace(rawText(c, nil)))
		return ok
	}, maxCommentDateRunes)
}

// readCommentDate reads the date of a comment's date element: its own
// or an inner <time>'s datetime, which carries the zone, else its text.
func readCommentDate(n *html.Node) Date {
	var stamp string
	walk(n, func(c *html.Node) bool {
		if stamp == "" && isTimeElement(c) {
			stamp = attr(c, "datetime")
		}
		return stamp == ""
	})
	if d, ok := parseDate(stamp); ok {
		return d
	}
	d, _ := findDate(normSpace(rawText(n, nil)))
	return d
}

// isTimeElement reports a <time>, or a custom element that carries a
// datetime and shows it as the reader's local or relative time
// (GitHub's <relative-time>, <local-time>, <time-ago>).
func isTimeElement(n *html.Node) bool {
	return n.DataAtom == atom.Time || strings.Contains(n.Data, "-") && hasAttr(n, "datetime")
}

// authorName is a comment author element's text without the verb
// templates put after the name ("Ana says:").
func authorName(n *html.Node) string {
	t := normSpace(rawText(n, nil))
	for _, verb := range commentAuthorVerbs {
		if rest, ok := strings.CutSuffix(t, verb); ok {
			return strings.TrimSpace(rest)
		}
	}
	return t
}

// findInComment returns the first element under u, outside the comments
// nested in it, that match accepts and whose text is at most limit runes.
func findInComment(u *html.Node, match func(*html.Node) bool, limit int) *html.Node {
	var found *html.Node
	walk(u, func(c *html.Node) bool {
		if found != nil || c.Type != html.ElementNode && c.Type != html.DocumentNode {
			return false
		}
		if c != u && isCommentUnit(c) {
			return false
		}
		if c != u && match(c) && utf8.RuneCountInString(strings.TrimSpace(rawText(c, nil))) <= limit {
			found = c
			return false
		}
		return true
	})
	return found
}

// isReplyLink reports a comment's "Reply" link or button.
func isReplyLink(n *html.Node) bool {
	return hasClassIn(n, replyLinkClasses)
}

// commentTexts reads a comments block's paragraphs and the titles
// readers gave their comments, without the thread's labels ("3
// Comments", "Leave a Reply") and without its reply form, whose labels
// and hints ("Please enter your name here") are not comments.
func (p *page) commentTexts(n *html.Node, skip func(*html.Node) bool) []string {
	sub := &builder{p: p, sections: []Section{{}}, noForms: true, skip: skip, symbols: true}
	sub.flow(n)
	sub.flush()
	var out []string
	for _, s := range sub.sections {
		if s.Heading != "" && !isCommentLabel(s.Heading) {
			out = append(out, s.Heading)
		}
		for _, bl := range s.Blocks {
			if t := blockText(bl); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

// Prefixes of the comment rules' reasons, named for commentFurniture.
const (
	ruleCommentLink   = "comment link: "
	ruleCommentPrompt = "comment prompt: "
)

// byCommentLink moves links that only lead to the comments ("53 Comments",
// "Post Comment", "Read comments (2)") out of the body: they label the
// thread, not the story, and a counter-only link has no place in the text.
func (c *cleaner) byCommentLink(n *html.Node) verdict {
	if n.DataAtom != atom.A {
		return verdict{}
	}
	if s := c.stats[n]; s == nil || s.text == 0 || s.text > 40 {
		return verdict{}
	}
	t := rawText(n, nil)
	if countTo(n, t) {
		return verdict{kindComments, ruleCommentLink + "a count"}
	}
	key := headingKey(t)
	if !commentLinkLabels[key] && widgetHeadings[key] != kindComments || inSentence(n) {
		return verdict{}
	}
	return verdict{kindComments, ruleCommentLink + key}
}

// countTo reports a link whose text t is a bare count and which jumps to
// the page's comments ("<a href="#comments"><svg/>14</a>", Quanta): the
// number of comments, an icon standing for its label.
func countTo(a *html.Node, t string) bool {
	href := strings.ToLower(attr(a, "href"))
	_, frag, _ := strings.Cut(href, "#")
	return strings.Contains(frag, "comment") && isSpacedCount(t)
}

// inSentence reports a link between words of the text beside it ("join
// the <a>discussion</a> on our forum"): a sentence's, where a link set
// apart by a byline's separators ("· 53 Comments") or other elements
// stands alone.
func inSentence(n *html.Node) bool {
	prev, next := n.PrevSibling, n.NextSibling
	if prev == nil || next == nil || prev.Type != html.TextNode || next.Type != html.TextNode {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(prev.Data))
	first, _ := utf8.DecodeRuneInString(strings.TrimSpace(next.Data))
	return unicode.IsLetter(last) && unicode.IsLetter(first)
}

// byCommentPrompt drops a short line inviting readers to the comments or
// the forum ("Have your say on the latest news in our Forums", "Discuss
// this story on the message board"): an invitation, not the story.
func (c *cleaner) byCommentPrompt(n *html.Node) verdict {
	if !isElem(n, atom.P, atom.Div, atom.Li, atom.Span, atom.Td) {
		return verdict{}
	}
	s := c.stats[n]
	if s == nil || s.text == 0 || s.text > 250 || s.link == 0 && s.text > 60 {
		return verdict{} // a longer line without a link to the forum is the story's own sentence
	}
	t := strings.TrimLeftFunc(c.lowerText(n), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, pre := range commentPrompts {
		if strings.HasPrefix(t, pre) {
			return verdict{kindComments, ruleCommentPrompt + pre}
		}
	}
	return verdict{}
}

// markCommentAnchors treats what follows an empty jump target named for the
// comments (<a name="comments"></a>) among its siblings as the thread:
// templates without class names on their comment entries still put that
// anchor where the thread starts, for the "Read comments" link. A sibling
// holding the page's headline stops it.
func (c *cleaner) markCommentAnchors() {
	walk(c.p.doc, func(n *html.Node) bool {
		if _, done := c.verdicts[n]; done {
			return false
		}
		if n.Type == html.ElementNode && invisibleTags[n.DataAtom] {
			return false
		}
		if isCommentAnchor(n) {
			c.markFollowing(n)
		}
		return true
	})
}

// markFollowing gives n's following sibling elements the comments verdict.
func (c *cleaner) markFollowing(n *html.Node) {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode || invisibleTags[s.DataAtom] {
			continue
		}
		if hasHeadline(s) || c.holdsArticle(s) && !isCommentThread(s) {
			return
		}
		if _, done := c.verdicts[s]; !done {
			c.verdicts[s] = verdict{kindComments, "after the comments anchor"}
		}
	}
}

// followsCommentAnchor reports a node that markCommentAnchors will give
// to the thread, read before the cleaner runs: one of its ancestors
// follows a comments anchor among its siblings, with no sibling holding
// the headline between them. The metadata read first must not take a
// commenter's "Posted by: Brad, Glasgow" for the story's byline.
func followsCommentAnchor(n *html.Node) bool {
	if n.Type != html.ElementNode {
		n = n.Parent
	}
	for a := n; a != nil && a.Type == html.ElementNode && !isElem(a, atom.Body, atom.Html); a = a.Parent {
		for s := a.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type == html.ElementNode && isCommentAnchor(s) {
				if !headlineBetween(s, a) {
					return true
				}
				break // the headline stands after this anchor: the article, not its thread
			}
		}
	}
	return false
}

// headlineBetween reports a sibling after from and before to that holds
// the headline. It is asked only once a comments anchor is found, so the
// subtrees of most siblings are never walked.
func headlineBetween(from, to *html.Node) bool {
	for s := from.NextSibling; s != nil && s != to; s = s.NextSibling {
		if s.Type == html.ElementNode && hasHeadline(s) {
			return true
		}
	}
	return false
}

// isCommentThread reports an element carrying a comment class or id token.
func isCommentThread(n *html.Node) bool {
	k, _ := tokenKind(n)
	return k == kindComments
}

// isCommentAnchor reports an empty <a name|id> without href whose name is a
// comment word ("comments", "respond").
func isCommentAnchor(n *html.Node) bool {
	if n.DataAtom != atom.A || hasAttr(n, "href") || strings.TrimSpace(rawText(n, nil)) != "" {
		return false
	}
	for _, w := range splitTokens(attr(n, "name") + " " + attr(n, "id")) {
		if _, ok := commentTokens[w]; ok {
			return true
		}
	}
	return false
}

// commentSection is the box a comments title heads when widgetBox could not
// climb from it because the thread outweighs the article: the title's
// parent, when the title opens it and it has no h1.
func commentSection(title *html.Node) *html.Node {
	p := title.Parent
	if p == nil || p.Type != html.ElementNode || isElem(p, atom.Body, atom.Html, atom.Main, atom.Article) {
		return title
	}
	if firstElementChild(p) != title || hasHeadline(p) {
		return title
	}
	return p
}

// firstElementChild returns n's first child element.
func firstElementChild(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// lastElementChild returns n's last child element, or nil.
func lastElementChild(n *html.Node) *html.Node {
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}
