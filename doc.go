// Package newsextract takes the raw HTML of a news or blog page and returns
// the article a reader sees: title, dates, authors, description, and the
// body in its structure — sections with their headings, paragraphs, lists,
// tables as grids, quotes, figures, code and embedded players — with navigation, ads, widgets,
// share bars and comments removed, and related-story links set apart.
//
// The zero Options is the recommended configuration:
//
//	a, err := newsextract.Extract(page, &newsextract.Options{URL: pageURL})
//
// Errors wrap one of ErrEmpty, ErrNotHTML, ErrNoArticle, ErrTooLarge and
// ErrTooDeep in an *Error, so a batch can count them with errors.Is.
// Extract keeps no state between calls and is safe for concurrent use.
// SECURITY.md states the guarantees for hostile input and the limits.
//
// # Pipeline
//
// Extract (extract.go) reads top-down as its stages; each lives in its own
// file and keeps what it finds on a per-call page struct (page.go), never in
// the parsed tree:
//
//   - charset.go: reject empty, binary, JSON and tag-less input; decode to
//     UTF-8 (BOM > transport charset > <meta> > sniffing, where an
//     undeclared legacy page's <html lang>, or its country domain, gives
//     its language's old default: windows-1251 for Russian, Shift_JIS for
//     Japanese).
//   - page.go: the single html.Parse, size and depth limits, cancellation;
//     React's streamed segments moved to their placeholders, and the
//     loading placeholders they replace dropped, as the page's script
//     would.
//   - mojibake.go: text that went through a wrong Windows-1252 round trip
//     ("isnâ€™t", "Â£790") mended in the parsed tree, on a page holding a
//     few such sequences.
//   - guard.go: the element estimate that refuses, before parsing, pages
//     the parser would multiply into more than MaxNodes elements.
//   - metadata.go, jsonld.go: one pass collecting the page's declared
//     metadata (JSON-LD, OpenGraph, meta tags, microdata, <time>, the
//     byline's hints), then description, site name, language, image and
//     tags, and the parts JSON-LD declares paywalled (kept, however
//     hidden); title.go chooses the title, authors.go the authors,
//     published.go the published and modified dates, which dates.go
//     parses in the formats and month names of many languages.
//   - urls.go: the base URL, absolute http(s) links, tracking parameters.
//   - rules.go: every class/id token, phrase and schema.org type the
//     extractor knows, one a line with its reason.
//   - clean.go: furniture, related-reading and comment blocks, by tag, role,
//     tokens, phrases and widget titles (with the link lists under a title
//     in the story's flow); bars.go holds its rules for tool bars and for
//     bars and lines of short links; stories.go the other stories an
//     endless page appends after the one its title names.
//   - measure.go, content.go: text statistics per element and the choice of
//     the body (known containers, every post of a declared forum thread,
//     then Readability-style scoring); then
//     related.go's markTrailingLinkLists: lists of the site's own links
//     and runs of teaser boxes after the body's last paragraph move to
//     related (and, once the blocks are read, trailingLinkLines does the
//     same for headlines set one a line or one a paragraph).
//   - blocks.go, tables.go: the body as sections and typed blocks (on a
//     page made before phones, bold lines head sections too); tables as
//     rectangular grids with spans expanded, layout tables read as text,
//     a header-only table joined to the table of rows after it; math.go
//     reads formulas (KaTeX, MathML, MathJax 2) as their TeX source;
//     sections.go: the rules that act on the built sections (label lines,
//     lines that only repeat the article's date, repeated pictures, runs
//     of blocks a responsive page sets twice, pull quotes that repeat
//     the story's words, pseudo headings, a
//     section's kicker opening the body, headings naming the author, a
//     teaser box's title over its "See all" link, empty closing headings
//     and the labels and widget titles that end the body), which leave
//     late verdicts for Explain, and a closing line that only names the
//     site;
//     then title.go's headlineFromBody: the body's opening heading, or
//     on an old page the bold line heading the story, as the title where
//     the page declares no headline, and dates.go's
//     datelineFromBody: a wire dateline as the date where nothing else
//     dates the page, and authors.go's leadReporters: the reporters a
//     Chinese agency lead credits in brackets, where nothing else names
//     the authors.
//   - related.go, comments.go, explain.go: related links, optional reader
//     comments, and the optional list of what was removed and why.
//   - explanation.go: with Options.Explain, every block of the page in
//     order with its verdict (kept, removed, related, comments) and rule.
//   - fallback.go: go-readability's second opinion when the choice is unsure,
//     read without its copies of what cleaning took out; then jsonld.go's structuredBody: the JSON-LD articleBody where the
//     markup holds no body or only a teaser; then authors.go's sign-off: a
//     name ending the body, if no byline.
//   - render.go: Markdown, plain text and sanitised HTML renderings;
//     explain_render.go: the explanation as one self-contained HTML page.
//
// Beside the stages: model.go holds the Article types (plain data with JSON
// tags), errors.go the sentinels and *Error, text.go the text helpers every
// stage shares.
package newsextract
