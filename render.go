package newsextract

import (
	"cmp"
	"html"
	"io"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/microcosm-cc/bluemonday"
)

// RenderMarkdown writes a as Markdown (CommonMark with GFM tables): the title
// as the only "# " heading, a metadata line with authors and published date,
// each section under a heading of its level (never above "##"), its blocks,
// then a "Related" list of links. Text is escaped so that it reads back as the
// same text; only http, https and mailto links are kept as links. A nil a
// renders as an empty article.
func RenderMarkdown(w io.Writer, a *Article) error {
	if a == nil {
		a = &Article{}
	}
	var m mdWriter
	m.article(a)
	return writeChunks(w, m.chunks)
}

// RenderText writes a.Title, a blank line, then a.Text, the plain-text body.
// An empty title is left out with its blank line; a nil a writes nothing.
func RenderText(w io.Writer, a *Article) error {
	if a == nil {
		return nil
	}
	var chunks []string
	if t := strings.TrimSpace(a.Title); t != "" {
		chunks = append(chunks, t)
	}
	if t := strings.TrimSpace(a.Text); t != "" {
		chunks = append(chunks, t)
	}
	return writeChunks(w, chunks)
}

// RenderHTML writes a as a complete, self-contained HTML5 document: an
// <article> with the title, a metadata header, the sections and their blocks,
// and related links in an <aside>. The body is built from escaped model text
// and then passed through a strict allow-list sanitizer, so no script, event
// handler, style or non-http(s)/mailto URL survives, whatever the page held;
// links carry rel="nofollow noopener". A nil a renders as an empty article.
func RenderHTML(w io.Writer, a *Article) error {
	if a == nil {
		a = &Article{}
	}
	var h htmlWriter
	h.article(a)
	body := articlePolicy.Sanitize(h.b.String())
	_, err := io.WriteString(w, htmlDocument(a, body))
	return err
}

// writeChunks joins blocks with a blank line, the separator both Markdown and
// plain text use, and ends the output with one newline.
func writeChunks(w io.Writer, chunks []string) error {
	if len(chunks) == 0 {
		return nil
	}
	_, err := io.WriteString(w, strings.Join(chunks, "\n\n")+"\n")
	return err
}

// ---- shared helpers ----

// cleanText makes model text safe to lay out: valid UTF-8, no control
// characters but tab and newline, Unix line ends, each line trimmed and runs
// of blank lines collapsed to one, so a blank line always means a paragraph
// break.
func cleanText(s string) string {
	s = stripControls(s)
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, line := range lines {
		line = strings.Trim(line, " \t")
		if line == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, line)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

// cleanLine is cleanText folded onto one line, for headings, alt text and
// link titles where a line break would end the construct.
func cleanLine(s string) string {
	return strings.Join(strings.Fields(stripControls(s)), " ")
}

// cleanCode keeps code as written (indentation matters) but valid and without
// surrounding blank lines.
func cleanCode(s string) string {
	s = stripControls(s)
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRight(line, " \t")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

func stripControls(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\n' || r == '\t':
			return r
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return -1
		}
		return r
	}, s)
}

// safeURL accepts only absolute http(s) URLs with a host and, when mailto is
// set, mailto: addresses. Everything else (javascript:, data:, vbscript:,
// relative or unparseable URLs) is refused rather than repaired.
func safeURL(raw string, mailto bool) (string, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" || strings.ContainsFunc(raw, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError
	}) {
		return "", false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return raw, u.Host != ""
	case "mailto":
		return raw, mailto && u.Opaque != ""
	}
	return "", false
}

// renderLevel maps a section level onto h2..h6: the article title is the
// only h1, and HTML has nothing below h6. shift is headingShift's.
func renderLevel(level, shift int) int {
	return min(max(level+shift, 2), 6)
}

// headingShift is 1 when the body has headings of level 1 (Medium marks
// its sections so, its subsections h2): every level moves down one, below
// the title, and an h1 stays above the h2 after it.
func headingShift(sections []Section) int {
	for _, s := range sections {
		if s.Level == 1 && cleanLine(s.Heading) != "" {
			return 1
		}
	}
	return 0
}

// metadataParts gives the byline under the title and the published date.
func metadataParts(a *Article) (byline, date string) {
	var names []string
	for _, au := range a.Authors {
		if n := cleanLine(au); n != "" {
			names = append(names, n)
		}
	}
	if len(names) > 0 {
		byline = "By " + strings.Join(names, ", ")
	}
	return byline, a.Published.String()
}

// linkSpan is where one inline link's text sits in its block's cleaned text.
type linkSpan struct {
	start, end int
	url        string
}

// findLinks places each usable link on the first occurrence of its text that
// no earlier link has claimed, so a repeated link text links successive
// occurrences. Links whose text is absent are left out: the text stays plain.
// Claimed bytes are marked in a mask and each link text resumes its search
// after its previous claim, so a block of thousands of links with one text
// costs a pass over the text, not one per link (which was cubic: 2,000
// links took 11 s to render).
func findLinks(text string, links []Link) []linkSpan {
	var spans []linkSpan
	var claimed []bool
	resume := make(map[string]int)
	for _, l := range links {
		lt := cleanText(l.Text)
		u, ok := safeURL(l.URL, true)
		if !ok || lt == "" || strings.Contains(lt, "\n") {
			continue
		}
		if claimed == nil {
			claimed = make([]bool, len(text))
		}
		if start, found := freeOccurrence(text, lt, resume[lt], claimed); found {
			spans = append(spans, linkSpan{start: start, end: start + len(lt), url: u})
			for i := start; i < start+len(lt); i++ {
				claimed[i] = true
			}
			resume[lt] = start + len(lt)
		} else {
			resume[lt] = len(text)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	return spans
}

// freeOccurrence finds sub in text at or after from, on bytes no link has
// claimed.
func freeOccurrence(text, sub string, from int, claimed []bool) (int, bool) {
	for from <= len(text)-len(sub) {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			return 0, false
		}
		start := from + i
		if !slices.Contains(claimed[start:start+len(sub)], true) {
			return start, true
		}
		from = start + 1
	}
	return 0, false
}

// ---- Markdown ----

// mdWriter collects one article's Markdown blocks. altList flips between
// consecutive lists: CommonMark would merge two adjacent lists that use the
// same marker into one.
type mdWriter struct {
	chunks   []string
	lastList bool
	altList  bool
	shift    int // see headingShift
}

func (m *mdWriter) add(chunk string, isList bool) {
	if chunk == "" {
		return
	}
	m.chunks = append(m.chunks, chunk)
	m.lastList = isList
}

func (m *mdWriter) article(a *Article) {
	m.shift = headingShift(a.Sections)
	if t := cleanLine(a.Title); t != "" {
		m.add("# "+mdHeadingText(t), false)
	}
	byline, date := metadataParts(a)
	m.add(mdEscape(strings.Join(nonEmpty(byline, date), " · "), true), false)
	for _, s := range a.Sections {
		m.section(s)
	}
	m.related(a.Related)
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (m *mdWriter) section(s Section) {
	if h := cleanLine(s.Heading); h != "" {
		m.add(strings.Repeat("#", renderLevel(s.Level, m.shift))+" "+mdHeadingText(h), false)
	}
	for _, b := range s.Blocks {
		m.block(b)
	}
}

func (m *mdWriter) block(b Block) {
	switch b.Type {
	case Paragraph:
		m.add(mdHardBreaks(mdInline(cleanText(b.Text), b.Links)), false)
	case List:
		m.add(m.list(b), true)
	case Quote:
		m.add(mdQuote(mdHardBreaks(mdInline(cleanText(b.Text), b.Links))), false)
	case Code:
		m.add(mdCode(cleanCode(b.Text), langName(b.Lang)), false)
	case Figure:
		m.add(mdFigure(b), false)
	case Embed:
		m.add(mdEmbed(b), false)
	case Table:
		m.add(mdEscape(cleanText(b.Caption), true), false)
		m.add(mdTable(b), false)
	}
}

func (m *mdWriter) list(b Block) string {
	m.altList = m.lastList && !m.altList
	marker := func(n int) string { return "- " }
	switch {
	case b.Ordered && m.altList:
		marker = func(n int) string { return strconv.Itoa(n) + ") " }
	case b.Ordered:
		marker = func(n int) string { return strconv.Itoa(n) + ". " }
	case m.altList:
		marker = func(n int) string { return "* " }
	}
	var lines []string
	mdItems(&lines, b.Items, b.Ordered, marker, listStartOf(b), "")
	return strings.Join(lines, "\n")
}

// nestedMarker returns the marker of a list nested in one of kind
// ordered marked by outer: the outer marker where the kinds agree, else
// the plain one of the nested list's kind.
func nestedMarker(ordered, nestedOrdered bool, outer func(int) string) func(int) string {
	switch {
	case ordered == nestedOrdered:
		return outer
	case nestedOrdered:
		return func(n int) string { return strconv.Itoa(n) + ". " }
	}
	return func(int) string { return "- " }
}

// listStartOf returns the number of a list's first item: its Start where
// that is set, else 1.
func listStartOf(b Block) int {
	if b.Start > 1 && b.Start <= maxListStart {
		return b.Start
	}
	return 1
}

// mdItems lays out items (numbered from first where ordered) under indent;
// an item's continuation lines, extra paragraphs and nested list are
// indented by its marker's width, which is what makes them belong to the
// item. Nested lists are of their item's kind and count from 1.
func mdItems(lines *[]string, items []ListItem, ordered bool, marker func(int) string, first int, indent string) {
	for i, it := range items {
		mk := marker(first + i)
		pad := indent + strings.Repeat(" ", len(mk))
		for j, line := range strings.Split(mdInline(cleanText(it.Text), it.Links), "\n") {
			switch {
			case j == 0:
				*lines = append(*lines, strings.TrimRight(indent+mk+line, " "))
			case line == "":
				*lines = append(*lines, "")
			default:
				*lines = append(*lines, pad+line)
			}
		}
		mdItems(lines, it.Items, it.Ordered, nestedMarker(ordered, it.Ordered, marker), 1, pad)
	}
}

// mdHardBreaks marks each single newline of a paragraph, a <br> of the
// page, as a hard line break (a backslash ending the line); a blank line
// still separates paragraphs.
func mdHardBreaks(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' && (i == 0 || s[i-1] != '\n') && (i+1 == len(s) || s[i+1] != '\n') {
			b.WriteString("\\\n")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func mdQuote(body string) string {
	if body == "" {
		return ""
	}
	lines := strings.Split(body, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRight("> "+line, " ")
	}
	return strings.Join(lines, "\n")
}

// mdCode fences code with one backtick more than its longest backtick run,
// so nothing inside can close the fence early.
// mdCode fences code, with its language as the info string.
func mdCode(code, lang string) string {
	if code == "" {
		return ""
	}
	fence := strings.Repeat("`", max(3, longestRun(code, '`')+1))
	return fence + lang + "\n" + code + "\n" + fence
}

func longestRun(s string, c byte) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] != c {
			run = 0
			continue
		}
		run++
		best = max(best, run)
	}
	return best
}

// mdFigure puts the caption after a hard line break so it stays with its
// image. A figure whose image URL is unsafe keeps only its words.
func mdFigure(b Block) string {
	caption := cleanText(b.Text)
	if caption == "" {
		caption = cleanText(b.Caption)
	}
	var parts []string
	if src, ok := safeURL(b.Src, false); ok {
		parts = append(parts, "!["+mdEscape(cleanLine(b.Alt), false)+"]("+mdDestination(src)+")")
	} else if caption == "" {
		caption = cleanText(b.Alt)
	}
	if caption != "" {
		parts = append(parts, mdEscape(caption, true))
	}
	return strings.Join(parts, "\\\n")
}

// mdEmbed writes a player as a link to it, titled by the player's title
// or its address, over its caption.
func mdEmbed(b Block) string {
	src, ok := safeURL(b.Src, false)
	caption := cleanText(b.Text)
	var parts []string
	if ok {
		parts = append(parts, "["+mdEscape(cmp.Or(cleanLine(b.Alt), src), false)+"]("+mdDestination(src)+")")
	}
	if caption != "" {
		parts = append(parts, mdEscape(caption, !ok))
	}
	return strings.Join(parts, "\\\n")
}

// mdTable writes a GFM pipe table. GFM needs a header row, so a table
// without one gets an empty header, and one with several gets them folded
// into one (mergedHeader).
func mdTable(b Block) string {
	rows := append([][]string{mergedHeader(b.Header)}, b.Rows...)
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return ""
	}
	lines := make([]string, 0, len(rows)+1)
	q := &cellLinks{rest: b.Links}
	for i, r := range rows {
		lines = append(lines, mdTableRow(r, cols, q))
		if i == 0 {
			lines = append(lines, "|"+strings.Repeat(" --- |", cols))
		}
	}
	return strings.Join(lines, "\n")
}

// mergedHeader folds a table's header rows into the one row GFM allows:
// each column's labels from top to bottom, a label that a span repeats
// from the row above written once ("Home" over "W" gives "Home W").
func mergedHeader(header [][]string) []string {
	if len(header) < 2 {
		return slices.Concat(header...)
	}
	cols := 0
	for _, r := range header {
		cols = max(cols, len(r))
	}
	out := make([]string, cols)
	for c := range cols {
		var parts []string
		for _, r := range header {
			if c < len(r) && r[c] != "" && (len(parts) == 0 || parts[len(parts)-1] != r[c]) {
				parts = append(parts, r[c])
			}
		}
		out[c] = strings.Join(parts, " ")
	}
	return out
}

func mdTableRow(row []string, cols int, q *cellLinks) string {
	var b strings.Builder
	b.WriteString("|")
	for i := range cols {
		cell := ""
		if i < len(row) {
			cell = mdCell(row[i], q.take(row[i]))
		}
		b.WriteString(" " + cell + " |")
	}
	return b.String()
}

// mdCell escapes a cell and writes its links; a pipe table row is one
// line, so line breaks in a cell become <br>, which GFM renderers accept
// inside cells.
func mdCell(s string, links []Link) string {
	var parts []string
	q := &cellLinks{rest: links}
	for _, line := range strings.Split(cleanText(s), "\n") {
		if line == "" {
			continue
		}
		if ls := q.take(line); len(ls) > 0 {
			parts = append(parts, mdInline(line, ls))
		} else {
			parts = append(parts, mdEscape(line, false))
		}
	}
	return strings.Join(parts, "<br>")
}

// cellLinks hands a table's links (Block.Links, in the order the cells
// were read) to its cells in reading order, and a cell's to its lines:
// each takes, from the next link on, those whose texts it holds one after
// another. A cell a span repeats finds its links taken by the first copy.
type cellLinks struct{ rest []Link }

func (q *cellLinks) take(cell string) []Link {
	n, from := 0, 0
	for n < len(q.rest) && q.rest[n].Text != "" {
		i := strings.Index(cell[from:], q.rest[n].Text)
		if i < 0 {
			break
		}
		from += i + len(q.rest[n].Text)
		n++
	}
	taken := q.rest[:n]
	q.rest = q.rest[n:]
	return taken
}

func (m *mdWriter) related(rel []Related) {
	var lines []string
	for _, r := range rel {
		title := cleanLine(r.Title)
		u, ok := safeURL(r.URL, true)
		switch {
		case ok && title == "":
			lines = append(lines, "- ["+mdEscape(u, false)+"]("+mdDestination(u)+")")
		case ok:
			lines = append(lines, "- ["+mdEscape(title, false)+"]("+mdDestination(u)+")")
		case title != "":
			lines = append(lines, "- "+mdEscape(title, true))
		}
	}
	if len(lines) > 0 {
		m.add("## Related", false)
		m.add(strings.Join(lines, "\n"), true)
	}
}

// mdInline escapes text and turns the link spans into [text](url).
func mdInline(text string, links []Link) string {
	var b strings.Builder
	pos := 0
	for _, s := range findLinks(text, links) {
		b.WriteString(mdEscape(text[pos:s.start], atLineStart(text, pos)))
		b.WriteString("[" + mdEscape(text[s.start:s.end], false) + "](" + mdDestination(s.url) + ")")
		pos = s.end
	}
	b.WriteString(mdEscape(text[pos:], atLineStart(text, pos)))
	return b.String()
}

func atLineStart(text string, pos int) bool {
	return pos == 0 || text[pos-1] == '\n'
}

// mdHeadingText escapes heading text; every '#' is escaped because a
// trailing run of them would be read as the heading's closing sequence.
func mdHeadingText(s string) string {
	return strings.ReplaceAll(mdEscape(s, false), "#", `\#`)
}

// mdDestination makes a URL safe inside (...): characters that would end or
// confuse the destination are backslash-escaped.
func mdDestination(u string) string {
	var b strings.Builder
	for _, r := range u {
		if strings.ContainsRune(`\()<>`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// entityRef matches what CommonMark would decode as a character reference.
var entityRef = regexp.MustCompile(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});`)

// orderedMarker matches a line that would open an ordered list item.
var orderedMarker = regexp.MustCompile(`^[0-9]+[.)](?:[ \t]|$)`)

// mdEscape escapes s so Markdown shows it literally. lineStart says whether s
// begins a line; every line after a newline in s does.
func mdEscape(s string, lineStart bool) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		if i > 0 || lineStart {
			lines[i] = mdEscapeLineStart(line)
		} else {
			lines[i] = mdEscapeInline(line)
		}
	}
	return strings.Join(lines, "\n")
}

// mdEscapeLineStart also escapes what only means something at the start of a
// line: headings, quotes, list markers, setext underlines.
func mdEscapeLineStart(line string) string {
	if line == "" {
		return ""
	}
	if loc := orderedMarker.FindStringIndex(line); loc != nil {
		digits := strings.TrimRight(line[:loc[1]], " \t")
		n := len(digits) - 1
		return digits[:n] + `\` + mdEscapeInline(line[n:])
	}
	switch line[0] {
	case '#', '>', '-', '+', '=':
		return `\` + line[:1] + mdEscapeInline(line[1:])
	}
	return mdEscapeInline(line)
}

// mdEscapeInline escapes characters that open inline syntax: emphasis,
// code spans, links, raw HTML, strikethrough, table cells, entities and
// backslash escapes. An underscore inside a word cannot open emphasis, so
// snake_case is left alone.
func mdEscapeInline(s string) string {
	var b strings.Builder
	prev := rune(0)
	for i, r := range s {
		if mdNeedsEscape(s, i, r, prev) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func mdNeedsEscape(s string, i int, r, prev rune) bool {
	switch r {
	case '\\', '`', '*', '[', ']', '<', '|', '~':
		return true
	case '_':
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		return !(isWordRune(prev) && isWordRune(next))
	case '&':
		return entityRef.MatchString(s[i:])
	}
	return false
}

// ---- HTML ----

// articlePolicy is the allow-list every rendered body passes through. It is
// built once and only read afterwards; bluemonday policies are safe for
// concurrent use once built.
var articlePolicy = newArticlePolicy()

var (
	relValue     = regexp.MustCompile(`^nofollow noopener$`)
	listNumber   = regexp.MustCompile(`^[0-9]{1,9}$`)
	codeClass    = regexp.MustCompile(`^language-[a-z0-9+#._-]{1,20}$`)
	datetimeAttr = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9:.]+(?:Z|[+-][0-9]{2}:[0-9]{2}))?$`)
	languageTag  = regexp.MustCompile(`^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$`)
)

func newArticlePolicy() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements("article", "header", "section", "aside",
		"h1", "h2", "h3", "h4", "h5", "h6", "p", "br",
		"ul", "ol", "li", "blockquote", "pre", "code", "figure", "figcaption",
		"table", "caption", "thead", "tbody", "tr", "th", "td")
	p.AllowAttrs("href").OnElements("a")
	p.AllowAttrs("start").Matching(listNumber).OnElements("ol")
	p.AllowAttrs("class").Matching(codeClass).OnElements("code")
	p.AllowAttrs("rel").Matching(relValue).OnElements("a")
	p.AllowAttrs("src", "alt").OnElements("img")
	p.AllowAttrs("datetime").Matching(datetimeAttr).OnElements("time")
	p.AllowURLSchemes("http", "https", "mailto")
	p.RequireParseableURLs(true)
	p.AllowRelativeURLs(false)
	p.RequireNoFollowOnLinks(true)
	return p
}

// htmlDocument wraps the sanitized body. The shell holds only constants and
// escaped, validated metadata; its CSP forbids scripts outright as a second
// line of defence.
func htmlDocument(a *Article, body string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html")
	if lang := strings.TrimSpace(a.Language); languageTag.MatchString(lang) {
		b.WriteString(` lang="` + lang + `"`)
	}
	b.WriteString(">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src http: https:\">\n")
	b.WriteString("<meta name=\"referrer\" content=\"no-referrer\">\n")
	b.WriteString("<title>" + html.EscapeString(cleanLine(a.Title)) + "</title>\n")
	b.WriteString("</head>\n<body>\n" + body + "</body>\n</html>\n")
	return b.String()
}

// htmlWriter builds one article's body markup from escaped model text.
type htmlWriter struct {
	b     strings.Builder
	shift int // see headingShift
}

func (h *htmlWriter) raw(s string) { h.b.WriteString(s) }

func (h *htmlWriter) text(s string) { h.b.WriteString(html.EscapeString(s)) }

func (h *htmlWriter) article(a *Article) {
	h.raw("<article>\n")
	h.header(a)
	h.shift = headingShift(a.Sections)
	for _, s := range a.Sections {
		h.section(s)
	}
	h.related(a.Related)
	h.raw("</article>\n")
}

func (h *htmlWriter) header(a *Article) {
	title := cleanLine(a.Title)
	byline, date := metadataParts(a)
	if title == "" && byline == "" && date == "" {
		return
	}
	h.raw("<header>\n")
	if title != "" {
		h.raw("<h1>")
		h.text(title)
		h.raw("</h1>\n")
	}
	if byline != "" || date != "" {
		h.raw("<p>")
		h.text(byline)
		if byline != "" && date != "" {
			h.text(" · ")
		}
		if date != "" {
			h.raw(`<time datetime="` + html.EscapeString(date) + `">`)
			h.text(date)
			h.raw("</time>")
		}
		h.raw("</p>\n")
	}
	h.raw("</header>\n")
}

func (h *htmlWriter) section(s Section) {
	h.raw("<section>\n")
	if heading := cleanLine(s.Heading); heading != "" {
		tag := "h" + strconv.Itoa(renderLevel(s.Level, h.shift))
		h.raw("<" + tag + ">")
		h.text(heading)
		h.raw("</" + tag + ">\n")
	}
	for _, b := range s.Blocks {
		h.block(b)
	}
	h.raw("</section>\n")
}

func (h *htmlWriter) block(b Block) {
	switch b.Type {
	case Paragraph:
		h.paragraphs(cleanText(b.Text), b.Links)
	case List:
		h.list(b.Items, b.Ordered, listStartOf(b))
	case Quote:
		if text := cleanText(b.Text); text != "" {
			h.raw("<blockquote>\n")
			h.paragraphs(text, b.Links)
			h.raw("</blockquote>\n")
		}
	case Code:
		if code := cleanCode(b.Text); code != "" {
			if lang := langName(b.Lang); lang != "" {
				h.raw(`<pre><code class="language-` + lang + `">`)
			} else {
				h.raw("<pre><code>")
			}
			h.text(code)
			h.raw("</code></pre>\n")
		}
	case Figure:
		h.figure(b)
	case Embed:
		h.embed(b)
	case Table:
		h.table(b)
	}
}

// paragraphs writes text as one <p> per blank-line-separated paragraph.
func (h *htmlWriter) paragraphs(text string, links []Link) {
	if text == "" {
		return
	}
	h.raw("<p>")
	h.inline(text, links, "</p>\n<p>")
	h.raw("</p>\n")
}

// inline writes text with its link spans as anchors; paraBreak replaces each
// blank line (links never span one).
func (h *htmlWriter) inline(text string, links []Link, paraBreak string) {
	plain := func(s string) {
		for i, para := range strings.Split(s, "\n\n") {
			if i > 0 {
				h.raw(paraBreak)
			}
			for j, line := range strings.Split(para, "\n") {
				if j > 0 {
					h.raw("<br>\n") // a line break of the page
				}
				h.text(line)
			}
		}
	}
	pos := 0
	for _, s := range findLinks(text, links) {
		plain(text[pos:s.start])
		h.anchor(s.url, text[s.start:s.end])
		pos = s.end
	}
	plain(text[pos:])
}

func (h *htmlWriter) anchor(u, text string) {
	h.raw(`<a href="` + html.EscapeString(u) + `" rel="nofollow noopener">`)
	h.text(text)
	h.raw("</a>")
}

// list writes items as <ul>, or as <ol> numbered from start.
func (h *htmlWriter) list(items []ListItem, ordered bool, start int) {
	if len(items) == 0 {
		return
	}
	open, tag := "<ul>", "ul"
	if ordered {
		open, tag = "<ol>", "ol"
		if start > 1 {
			open = `<ol start="` + strconv.Itoa(start) + `">`
		}
	}
	h.raw(open + "\n")
	for _, it := range items {
		h.item(it)
	}
	h.raw("</" + tag + ">\n")
}

// item writes one <li> with its links; an item of several paragraphs gets
// a <p> for each.
func (h *htmlWriter) item(it ListItem) {
	h.raw("<li>")
	text := cleanText(it.Text)
	multi := strings.Contains(text, "\n\n")
	if multi {
		h.raw("\n")
		h.paragraphs(text, it.Links)
	} else {
		h.inline(text, it.Links, "")
	}
	if len(it.Items) > 0 {
		if !multi {
			h.raw("\n")
		}
		h.list(it.Items, it.Ordered, 1)
	}
	h.raw("</li>\n")
}

// figure drops an image whose URL is unsafe but keeps its caption, or its
// alt text when there is no caption.
func (h *htmlWriter) figure(b Block) {
	caption := cleanText(b.Text)
	if caption == "" {
		caption = cleanText(b.Caption)
	}
	src, ok := safeURL(b.Src, false)
	if !ok && caption == "" {
		caption = cleanText(b.Alt)
	}
	if !ok && caption == "" {
		return
	}
	h.raw("<figure>\n")
	if ok {
		h.raw(`<img src="` + html.EscapeString(src) + `" alt="` + html.EscapeString(cleanLine(b.Alt)) + `">` + "\n")
	}
	if caption != "" {
		h.raw("<figcaption>")
		h.inline(caption, nil, "<br>\n")
		h.raw("</figcaption>\n")
	}
	h.raw("</figure>\n")
}

// embed writes a player as a figure holding a link to it: no frame or
// media element, as the document runs no outside content.
func (h *htmlWriter) embed(b Block) {
	src, ok := safeURL(b.Src, false)
	caption := cleanText(b.Text)
	if !ok && caption == "" {
		return
	}
	h.raw("<figure>\n")
	if ok {
		h.anchor(src, cmp.Or(cleanLine(b.Alt), src))
		h.raw("\n")
	}
	if caption != "" {
		h.raw("<figcaption>")
		h.inline(caption, nil, "<br>\n")
		h.raw("</figcaption>\n")
	}
	h.raw("</figure>\n")
}

func (h *htmlWriter) table(b Block) {
	caption := cleanText(b.Caption)
	if caption == "" && len(b.Header) == 0 && len(b.Rows) == 0 {
		return
	}
	h.raw("<table>\n")
	if caption != "" {
		h.raw("<caption>")
		h.text(caption)
		h.raw("</caption>\n")
	}
	q := &cellLinks{rest: b.Links}
	h.tableRows("thead", "th", b.Header, q)
	h.tableRows("tbody", "td", b.Rows, q)
	h.raw("</table>\n")
}

func (h *htmlWriter) tableRows(group, cell string, rows [][]string, q *cellLinks) {
	if len(rows) == 0 {
		return
	}
	h.raw("<" + group + ">\n")
	for _, row := range rows {
		h.raw("<tr>")
		for _, c := range row {
			h.raw("<" + cell + ">")
			h.cellText(c, q.take(c))
			h.raw("</" + cell + ">")
		}
		h.raw("</tr>\n")
	}
	h.raw("</" + group + ">\n")
}

// cellText writes a cell with its links, its line breaks visible as <br>.
func (h *htmlWriter) cellText(s string, links []Link) {
	q := &cellLinks{rest: links}
	for i, line := range strings.Split(cleanText(s), "\n") {
		if i > 0 {
			h.raw("<br>")
		}
		h.inline(line, q.take(line), "")
	}
}

func (h *htmlWriter) related(rel []Related) {
	var items []string
	for _, r := range rel {
		if item := relatedHTML(r); item != "" {
			items = append(items, item)
		}
	}
	if len(items) == 0 {
		return
	}
	h.raw("<aside>\n<h2>Related</h2>\n<ul>\n")
	for _, item := range items {
		h.raw("<li>" + item + "</li>\n")
	}
	h.raw("</ul>\n</aside>\n")
}

// relatedHTML is one related story as escaped markup: a link when its URL is
// safe, its bare title otherwise, nothing when neither is usable.
func relatedHTML(r Related) string {
	title := cleanLine(r.Title)
	u, ok := safeURL(r.URL, true)
	if title == "" {
		title = u
	}
	var item htmlWriter
	switch {
	case title == "":
	case ok:
		item.anchor(u, title)
	default:
		item.text(title)
	}
	return item.b.String()
}
