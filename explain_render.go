package newsextract

import (
	"errors"
	"fmt"
	"html"
	"io"
	"strings"
)

// errNoExplanation is returned by RenderExplainHTML for an article
// extracted without Options.Explain.
var errNoExplanation = errors.New("newsextract: the article has no Explanation; extract with Options.Explain")

// RenderExplainHTML writes a.Explanation as one self-contained HTML page
// showing the page's blocks in document order, each marked kept, removed
// (with the rule, or as outside the article body), related or comments,
// with its element, path and an excerpt, so a wrong extraction can be seen
// at a glance. The page has inline CSS and nothing else: no script, no
// event handler, no image, link or other outside resource (its Content
// Security Policy forbids them too), and every string from the page is
// escaped. It returns an error when a has no Explanation.
func RenderExplainHTML(w io.Writer, a *Article) error {
	if a == nil || a.Explanation == nil {
		return errNoExplanation
	}
	var e explainWriter
	e.document(a)
	_, err := io.WriteString(w, e.b.String())
	return err
}

// explainCSS styles the explain page; it names no outside resource.
const explainCSS = `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1b1b1b;background:#fff}
header{border-bottom:1px solid #ccc;margin-bottom:1rem}
h1{font-size:1.4rem;margin:.2rem 0}
.url,.path{font:12px/1.3 ui-monospace,monospace;color:#555;overflow-wrap:anywhere}
.counts span,.verdict{display:inline-block;border-radius:3px;padding:0 .4rem;margin-right:.3rem;font-size:13px}
.notice{background:#fff4d6;border:1px solid #e0b84c;padding:.4rem .6rem}
ol{list-style:none;padding:0;margin:0}
li{border-left:6px solid;margin:0 0 .35rem;padding:.25rem .6rem}
li p{margin:.15rem 0 0}
.meta{font-size:13px}
.tag{font:12px ui-monospace,monospace;color:#333;margin-right:.4rem}
.rule{font-weight:600;margin-right:.4rem}
.kept{border-color:#2e8540;background:#eef8f0}
.removed{border-color:#c0392b;background:#fbeeee}
.removed p{color:#6b6b6b;text-decoration:line-through;text-decoration-color:#d9a3a3}
.removed.outside{border-color:#9e9e9e;background:#f4f4f4}
.removed.outside p{text-decoration:none}
.related{border-color:#2c6fbb;background:#edf3fb}
.comments{border-color:#7d4fb0;background:#f4effa}
.unknown{border-color:#000}
.verdict{color:#fff;background:#555}
.kept .verdict{background:#2e8540}.removed .verdict{background:#c0392b}.removed.outside .verdict{background:#8a8a8a}
.related .verdict{background:#2c6fbb}.comments .verdict{background:#7d4fb0}
`

// explainWriter builds the explain page from escaped strings.
type explainWriter struct {
	b strings.Builder
}

func (e *explainWriter) raw(s string) { e.b.WriteString(s) }

// text writes s escaped, without control characters.
func (e *explainWriter) text(s string) { e.b.WriteString(html.EscapeString(stripControls(s))) }

func (e *explainWriter) document(a *Article) {
	e.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	e.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	e.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
	e.raw("<meta name=\"referrer\" content=\"no-referrer\">\n<title>Extraction: ")
	e.text(cleanLine(a.Title))
	e.raw("</title>\n<style>\n" + explainCSS + "</style>\n</head>\n<body>\n")
	e.header(a)
	e.raw("<ol class=\"blocks\">\n")
	for _, b := range a.Explanation.Blocks {
		e.block(b)
	}
	e.raw("</ol>\n</body>\n</html>\n")
}

// header shows the title, the URL as text (never a link) and the count of
// blocks per verdict.
func (e *explainWriter) header(a *Article) {
	e.raw("<header>\n<h1>")
	e.text(cleanLine(a.Title))
	e.raw("</h1>\n")
	if u := firstNonEmpty(a.URL, a.CanonicalURL); u != "" {
		e.raw("<p class=\"url\">")
		e.text(u)
		e.raw("</p>\n")
	}
	counts := map[string]int{}
	for _, b := range a.Explanation.Blocks {
		counts[verdictClass(b.Verdict)]++
	}
	e.raw("<p class=\"counts\">")
	for i, v := range []Verdict{VerdictKept, VerdictRemoved, VerdictRelated, VerdictComments} {
		if i > 0 {
			e.raw(" ")
		}
		fmt.Fprintf(&e.b, "<span class=\"%s\">%d %s</span>", v, counts[string(v)], v)
	}
	e.raw("</p>\n")
	if a.Explanation.Fallback {
		e.raw("<p class=\"notice\">go-readability&#39;s body replaced this choice: the blocks marked kept are the extractor&#39;s own choice, which the article does not use.</p>\n")
	}
	e.raw("</header>\n")
}

// block writes one list item: verdict, rule, element and path, excerpt.
func (e *explainWriter) block(b PageBlock) {
	class := verdictClass(b.Verdict)
	if b.Verdict == VerdictRemoved && b.Rule == RuleOutsideBody {
		class += " outside"
	}
	e.raw("<li class=\"" + class + "\"><div class=\"meta\"><span class=\"verdict\">")
	e.text(string(b.Verdict))
	e.raw("</span> ")
	if b.Rule != "" {
		e.raw("<span class=\"rule\">")
		e.text(b.Rule)
		e.raw("</span> ")
	}
	e.raw("<span class=\"tag\">")
	e.text(b.Tag)
	e.raw("</span> <code class=\"path\">")
	e.text(b.Path)
	e.raw("</code></div>")
	if b.Excerpt != "" {
		e.raw("<p>")
		e.text(b.Excerpt)
		e.raw("</p>")
	}
	e.raw("</li>\n")
}

// verdictClass is the CSS class for v: the verdict itself when it is one
// of the four, so no string from the data reaches an attribute.
func verdictClass(v Verdict) string {
	switch v {
	case VerdictKept, VerdictRemoved, VerdictRelated, VerdictComments:
		return string(v)
	}
	return "unknown"
}
