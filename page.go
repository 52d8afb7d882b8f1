package newsextract

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is the state of one extraction: the parsed tree, what each stage
// found, and the Article being filled. It lives for one call.
type page struct {
	ctx       context.Context
	opts      *Options
	now       time.Time
	doc       *html.Node
	base      *url.URL
	meta      metaInfo
	body      []*html.Node // the elements chooseContent took as the body
	leadBox   *html.Node   // a lead picture's plain box withLeadFigure set before the body, read as a figure
	signedOff bool         // signOffAuthor read the authors from the body's closing line
	verdicts  map[*html.Node]verdict
	stats     map[*html.Node]*nodeStats
	art       *Article
	// bare and shown cache bareDays: the days the page shows
	bare, shown map[string]bool
	// texts caches visibleTexts, which three title rules read; textsRead
	// says it was filled (a page may have none).
	texts     []visibleText
	textsRead bool
	// kinds memoizes tokenKind for elements with a class or id, by the
	// attributes it reads: the cleaner and every date and byline walk ask
	// it of the same nodes, and a page repeats its classes on many.
	kinds map[tokenAttrs]tokenVerdict
	// sources and late serve Options.Explain for the rules that drop a
	// block after it was read (explain.go): the element each block came
	// from, by blockKey, in reading order, and the verdicts those rules
	// gave. Both are nil without Explain.
	sources map[string][]*html.Node
	late    map[*html.Node]verdict
	// joined holds the tables whose rows were read under the header of
	// the table before them (see readSplitTable): the builder skips them
	// where they stand.
	joined map[*html.Node]bool
	// paywalled holds the elements the page's JSON-LD declares as the
	// article's subscriber-only parts (paywalledParts): kept, hidden or not.
	paywalled map[*html.Node]bool
	// copies holds go-readability's copies of elements cleaning judged
	// out of the body, while its body is read (see secondOpinion).
	copies  map[*html.Node]bool
	ticks   int  // calls of alive since the last look at the context
	stopped bool // the context was found done: loops wind down
}

func newPage(ctx context.Context, opts *Options) *page {
	p := &page{ctx: ctx, opts: opts, now: time.Now(), art: &Article{}}
	if opts.Explain {
		p.sources = make(map[string][]*html.Node)
		p.late = make(map[*html.Node]verdict)
	}
	return p
}

// fail wraps a sentinel in an *Error for the given stage.
func (p *page) fail(op string, err error) error {
	return &Error{Op: op, URL: p.opts.URL, Err: err}
}

// checkpoint returns the context's error, if it is done.
func (p *page) checkpoint() error {
	if err := p.ctx.Err(); err != nil {
		return p.fail("extract", err)
	}
	return nil
}

// aliveEvery is how many calls of alive pass between two looks at the
// context: a look costs a lock, a call a counter.
const aliveEvery = 256

// alive reports whether the extraction should go on. Per-node loops call it
// and stop early once the context is done; the checkpoint after their stage
// then returns the context's error, so a cancelled call never waits for a
// whole stage over a million elements.
func (p *page) alive() bool {
	if p.stopped {
		return false
	}
	if p.ticks++; p.ticks >= aliveEvery {
		p.ticks = 0
		p.stopped = p.ctx.Err() != nil
	}
	return !p.stopped
}

// ctxReader feeds the HTML parser and fails once the context is done: the
// parser reads a few KiB at a time and stops at the first read error.
type ctxReader struct {
	ctx context.Context
	r   *bytes.Reader
}

func (c ctxReader) Read(b []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(b)
}

// load checks, decodes and parses the input: the only parse of the page.
func (p *page) load(raw []byte) error {
	if int64(len(raw)) > p.opts.maxBytes() {
		return p.fail("read", ErrTooLarge)
	}
	if err := checkPageKind(raw); err != nil {
		return p.fail("read", err)
	}
	text, err := decodePage(raw, p.opts.Charset, p.opts.URL)
	if err != nil {
		return p.fail("decode", err)
	}
	text = closeRunawayTitle(text)
	if elementBound(text) > int64(p.opts.maxNodes()) && estimateElements(text, p.opts.maxNodes()) > p.opts.maxNodes() {
		return p.fail("parse", ErrTooLarge)
	}
	doc, err := html.Parse(ctxReader{p.ctx, bytes.NewReader(text)})
	if err != nil {
		return p.fail("parse", parseError(err))
	}
	if countElements(doc, p.opts.maxNodes()) > p.opts.maxNodes() {
		return p.fail("parse", ErrTooLarge)
	}
	if bytes.Contains(text, []byte(`id="S:`)) {
		placeStreamedSegments(doc)
	}
	if mayHoldMojibake(text) {
		mendMojibake(doc)
	}
	p.doc = doc
	return nil
}

// placeStreamedSegments moves each segment React streams at the end of
// the page (<div hidden id="S:1f">) to its placeholder (<template
// id="B:1f"> or "P:1f"), as the page's inline script does in a browser: Next.js
// pages otherwise hold their article's later sections in hidden boxes
// after the footer. A segment without a placeholder stays where it is.
func placeStreamedSegments(doc *html.Node) {
	holders := make(map[string]*html.Node)
	var segments []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		id := attr(n, "id")
		switch {
		case isPlaceholder(n):
			holders[id[2:]] = n
		case isStreamedSegment(n):
			segments = append(segments, n)
		}
		return true
	})
	for _, seg := range segments {
		holder := holders[attr(seg, "id")[2:]]
		if holder == nil || holder.Parent == nil || isAncestor(seg, holder) {
			continue
		}
		for c := seg.FirstChild; c != nil; c = seg.FirstChild {
			seg.RemoveChild(c)
			holder.Parent.InsertBefore(c, holder)
		}
		if strings.HasPrefix(attr(holder, "id"), "B:") {
			dropFallback(holder)
		}
		holder.Parent.RemoveChild(holder)
		seg.Parent.RemoveChild(seg)
	}
}

// dropFallback removes what a Suspense boundary showed while its segment
// loaded ("Loading paragraph..."): the nodes after its placeholder up to
// the boundary's closing comment <!--/$-->. A page saved without its
// comments has no such mark; there only a short element right after the
// placeholder goes, as the placeholder's line.
func dropFallback(holder *html.Node) {
	end := holder.NextSibling
	for end != nil && !(end.Type == html.CommentNode && end.Data == "/$") {
		if isPlaceholder(end) {
			end = nil // the next boundary begins: this one's end mark is missing
			break
		}
		end = end.NextSibling
	}
	if end == nil {
		if c := nextElement(holder); c != nil && isFallbackLine(c) {
			holder.Parent.RemoveChild(c)
		}
		return
	}
	for c := holder.NextSibling; c != end; c = holder.NextSibling {
		holder.Parent.RemoveChild(c)
	}
}

// isPlaceholder reports a streamed part's placeholder, <template
// id="B:1f"> or "P:1f".
func isPlaceholder(n *html.Node) bool {
	id := attr(n, "id")
	return n.DataAtom == atom.Template && (strings.HasPrefix(id, "B:") || strings.HasPrefix(id, "P:"))
}

// maxFallbackBytes bounds the placeholder line dropFallback takes without
// its closing mark: "Loading paragraph...", or nothing.
const maxFallbackBytes = 40

// isFallbackLine reports a plain box (div, span, p) with no more text than
// a placeholder: a short heading or caption after a boundary whose
// fallback was empty is the story's own.
func isFallbackLine(n *html.Node) bool {
	if !isElem(n, atom.Div, atom.Span, atom.P) || hasDescendant(n, func(c *html.Node) bool { return headingLevel(c) > 0 || isElem(c, atom.Img, atom.Figure) }) {
		return false
	}
	t, short := shortText(n, 2*maxFallbackBytes) // room for the markup's white space
	return short && len(t) <= maxFallbackBytes
}

// parseError maps the HTML parser's depth refusal, which it reports only as
// a plain string, to ErrTooDeep (a test pins the message). A context error
// from ctxReader passes through.
func parseError(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if strings.Contains(err.Error(), "open stack of elements exceeds") {
		return ErrTooDeep
	}
	return err
}

// countElements counts elements, stopping once past limit.
func countElements(doc *html.Node, limit int) int {
	n := 0
	walk(doc, func(c *html.Node) bool {
		if c.Type == html.ElementNode {
			n++
		}
		return n <= limit
	})
	return n
}

// explainIfAsked fills Article.Removed and Explanation for Options.Explain.
func (p *page) explainIfAsked() {
	if p.opts.Explain {
		p.art.Removed = p.explain()
		p.art.Explanation = p.explanation()
	}
}

// finish fills the plain text and rejects a page without article text.
func (p *page) finish() (*Article, error) {
	restoreLineBreaks(p.art.Sections)
	p.art.Text = bodyText(p.art.Sections)
	if !hasWordChar(p.art.Text) {
		// The page's metadata still holds: a script-built or gallery page
		// has a title and a date a batch may want even without a body.
		p.art.Sections, p.art.Text = nil, ""
		return p.art, p.fail("extract", ErrNoArticle)
	}
	return p.art, nil
}

// closeRunawayTitle repairs a <title> that is never closed. The parser, as
// the standard says, would read the rest of the page as the title's text
// and leave an empty body; archived pages with a lost </title> are common
// (a sixth of one old-web corpus), so the title is closed at the next tag.
func closeRunawayTitle(page []byte) []byte {
	start := indexFold(page, []byte("<title"))
	if start < 0 || indexFold(page[start:], []byte("</title")) >= 0 {
		return page
	}
	open := bytes.IndexByte(page[start:], '>')
	if open < 0 {
		return page
	}
	end := start + open + 1
	next := bytes.IndexByte(page[end:], '<')
	if next < 0 {
		return page
	}
	at := end + next
	fixed := make([]byte, 0, len(page)+8)
	fixed = append(fixed, page[:at]...)
	fixed = append(fixed, "</title>"...)
	return append(fixed, page[at:]...)
}

// indexFold is bytes.Index ignoring ASCII case, without lower-casing a copy
// of the page.
func indexFold(s, sep []byte) int {
	for i := 0; i+len(sep) <= len(s); i++ {
		j := bytes.IndexByte(s[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		if i+len(sep) <= len(s) && bytes.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}
