package newsextract

import (
	"bytes"
	"context"
	"io"
)

// Default limits, used where an Options field is zero.
const (
	DefaultMaxBytes = 50 << 20  // 50 MiB of input
	DefaultMaxNodes = 1_000_000 // elements in the parsed tree
)

// Options tune an extraction. The zero value is the recommended
// configuration; a zero limit means its documented default. Extract never
// modifies an Options, so one value may be shared by many goroutines.
type Options struct {
	// URL is the page's address. It makes every link and image absolute;
	// without it the page's canonical link, og:url or <base href> serve.
	// Article.URL is this URL when it is absolute http(s), else the
	// canonical URL.
	URL string
	// Charset is the charset the server declared (the charset parameter of
	// the HTTP Content-Type). It outranks the page's own <meta>; a BOM
	// outranks both.
	Charset string
	// MaxBytes caps the input size; larger input fails with ErrTooLarge.
	// Zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxNodes caps the number of elements; more fail with ErrTooLarge.
	// It is checked on an estimate before parsing (unclosed formatting
	// tags can make the parser build hundreds of elements per tag) and
	// on the parsed tree. Zero means DefaultMaxNodes.
	MaxNodes int
	// Comments returns reader comments in Article.Comments instead of
	// only dropping them.
	Comments bool
	// Explain fills Article.Removed with every block that was dropped or
	// moved to Related, and the rule that did it, and Article.Explanation
	// with every block of the page in order, kept or not (for
	// RenderExplainHTML).
	Explain bool
	// KeepTracking keeps utm_*, fbclid, gclid and similar parameters in
	// output URLs; by default they are stripped.
	KeepTracking bool
	// NoFallback turns off the go-readability second opinion.
	NoFallback bool
}

func (o *Options) maxBytes() int64 {
	if o == nil || o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o *Options) maxNodes() int {
	if o == nil || o.MaxNodes <= 0 {
		return DefaultMaxNodes
	}
	return o.MaxNodes
}

// Extract returns the article in page, the raw bytes of one HTML page in any
// common charset. opts may be nil. Errors wrap one of ErrEmpty, ErrNotHTML,
// ErrNoArticle, ErrTooLarge or ErrTooDeep in an *Error. With ErrNoArticle
// the returned Article is not nil: it holds the page's metadata (title,
// dates, authors, description...) and no body; with any other error it is
// nil.
func Extract(page []byte, opts *Options) (*Article, error) {
	return ExtractContext(context.Background(), page, opts)
}

// ExtractReader reads one page from r (at most the MaxBytes limit) and
// extracts it like Extract.
func ExtractReader(ctx context.Context, r io.Reader, opts *Options) (*Article, error) {
	limit := opts.maxBytes()
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, &Error{Op: "read", URL: optURL(opts), Err: err}
	}
	if n > limit {
		return nil, &Error{Op: "read", URL: optURL(opts), Err: ErrTooLarge}
	}
	return ExtractContext(ctx, buf.Bytes(), opts)
}

func optURL(o *Options) string {
	if o == nil {
		return ""
	}
	return o.URL
}

// ExtractContext is Extract with a context. Cancellation and deadlines are
// honoured before and during parsing, inside the per-element loops and
// between stages; the error then wraps ctx.Err() in an *Error. Only the
// optional go-readability second opinion runs to its end once started.
func ExtractContext(ctx context.Context, page []byte, opts *Options) (*Article, error) {
	if opts == nil {
		opts = &Options{}
	}
	p := newPage(ctx, opts)
	if err := p.checkpoint(); err != nil {
		return nil, err
	}
	if err := p.load(page); err != nil {
		return nil, err
	}
	var choice contentChoice
	for _, stage := range []func(){
		p.readMetadata,
		p.clean,
		func() { choice = p.chooseContent() },
		func() { p.dropAfterComments(choice.roots) },
		func() { p.markTrailingLinkLists(choice.roots) },
		func() { p.art.Sections = p.buildSections(choice.roots) },
		p.headlineFromBody, // reads the body's opening heading
		p.datelineFromBody, // reads the body's opening paragraphs
		p.leadReporters,    // reads the body's first paragraph
		p.collectRelated,
		p.collectComments,
		p.explainIfAsked,
		func() { p.secondOpinion(choice) }, // go-readability rearranges the tree
		p.structuredBody,                   // JSON-LD articleBody, if still no body
		p.signOffAuthor,                    // reads the final body
		p.dropSiteSignOff,                  // after the sign-off's author is read
	} {
		stage()
		if err := p.checkpoint(); err != nil {
			return nil, err
		}
	}
	return p.finish()
}
