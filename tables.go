package newsextract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Span limits, clamped as the HTML table processing model does, so a page
// renders and reads alike.
const (
	maxColspan = 1000
	maxRowspan = 65534
)

// Grid budget. Expanding spans repeats a cell's text, so without limits a few
// bytes of colspan/rowspan could demand gigabytes. The budget grows with the
// number of source cells and their text, so output stays linear in input.
const (
	// maxColumns caps the column a cell may start in, ten cells of the
	// widest colspan; no table a reader can take in is wider.
	maxColumns = 10 * maxColspan
	// maxGridCells caps rows×width of one table whatever its size.
	maxGridCells = 200_000
	// minGridCells lets a small table expand freely (a title cell spanning a
	// few columns, a group label spanning a few rows).
	minGridCells = 1_000
	// gridCellsPerSourceCell: honest spans repeat a cell a few times; a
	// ratio of 50 is far above any real table and far below an attack.
	gridCellsPerSourceCell = 50
	// minGridTextBytes and gridTextPerSourceByte bound the repeated text in
	// the same way, since one long cell spanning many columns is cheap to
	// write and costly to repeat.
	minGridTextBytes      = 64 << 10
	gridTextPerSourceByte = 50
)

// Layout thresholds. Layout tables position page content; data tables hold
// records. Real data tables (corpus gold tables) average at most ~110 runes
// per cell, "key events" style tables with a sentence or two per cell
// included; layout cells hold paragraphs.
const (
	// proseLineRunes: a single row or column whose cells average this much
	// text is columns or boxes of prose, not a list of records.
	proseLineRunes = 80
	// proseCellRunes: an average cell of three or more sentences is prose
	// set in a grid; data tables stay well below it.
	proseCellRunes = 250
	// maxCellBlocks: a cell with this many paragraphs, lists or headings
	// carries a piece of the page, not a value.
	maxCellBlocks = 3
	// blockCellMinRunes: several blocks with less text than this (two
	// sentences) are a structured value, not page content.
	blockCellMinRunes = 150
	// bigDivRunes: a div with this much text of its own is a paragraph;
	// shorter ones are the labels and prices of comparison-table cells.
	bigDivRunes = 100
	// longBlockCellRunes: one cell with block elements and this much text
	// (four or five sentences) is a content box.
	longBlockCellRunes = 600
	// dominantShare: a table holding more than this share of the page's
	// text is the page's frame rather than a table in it.
	dominantShare = 0.5
	// dominantCellRunes: tables of short values stay data even when they
	// dominate the page (a results or statistics page).
	dominantCellRunes = 80
	// dominantMinRunes: a table with less text cannot be "most of" an
	// article page; it also limits how often the page is measured.
	dominantMinRunes = 500
	// dominantWalkMin and dominantWalkPerTableNode bound the page walk that
	// measures the page's text, so many tables on a page stay linear.
	dominantWalkMin          = 50_000
	dominantWalkPerTableNode = 16
)

// readTable turns one <table> element into a table Block (Caption, Header,
// Rows set, Type: Table), or reports layout=true when the table positions
// page content rather than holding data; the caller then reads the cells'
// content as ordinary blocks instead. cellText flattens a cell's (or the
// caption's) inline content to one whitespace-normalised string.
//
// Spanned cells repeat their text in every grid cell they cover, the grid is
// rectangular, trailing empty columns and empty rows are dropped. Rows of
// nested tables are never read: a table containing a table is layout.
func readTable(t *html.Node, cellText func(*html.Node) string) (b Block, layout bool) {
	if hasPresentationRole(t) {
		return Block{}, true
	}
	s := scanTable(t)
	if s.nested {
		return Block{}, true
	}
	s.readText(cellText)
	if s.looksLikeLayout(t) {
		return Block{}, true
	}
	header, rows := s.grid()
	if len(rows) == 0 || (len(rows) == 1 && len(rows[0]) == 1) {
		// Nothing but images and spacers, or one value (an image's
		// caption, a boxed note): let the caller read the cells.
		return Block{}, true
	}
	return Block{Type: Table, Caption: s.caption, Header: header, Rows: rows, flat: s.flatText()}, false
}

// readSplitTable reads a table set as two: head holds only header rows and
// body the rows under them. It fails, and each is read alone, unless body
// has no header of its own, is as wide as head, and the two read as data.
func readSplitTable(head, body *html.Node, cellText func(*html.Node) string) (Block, bool) {
	if hasPresentationRole(head) || hasPresentationRole(body) {
		return Block{}, false
	}
	h, s := scanTable(head), scanTable(body)
	if h.nested || s.nested || s.hasHeader() || h.width() < 2 || h.width() != s.width() {
		return Block{}, false
	}
	s.groups = append(h.groups, s.groups...)
	s.nodes += h.nodes
	s.cells += h.cells
	s.singleCol = s.singleCol && h.singleCol
	if s.captionNode == nil {
		s.captionNode = h.captionNode
	}
	s.readText(cellText)
	if s.looksLikeLayout(body) {
		return Block{}, false
	}
	header, rows := s.grid()
	if len(header) == 0 || len(rows) == 0 {
		return Block{}, false
	}
	return Block{Type: Table, Caption: s.caption, Header: header, Rows: rows, flat: s.flatText()}, true
}

// headerOnly reports a table whose rows are all header rows: a <thead>
// and nothing else, or rows of <th> cells only. It looks at the rows'
// cells and no deeper, as the builder asks it of every table.
func headerOnly(t *html.Node) bool {
	rows := 0
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case isHTMLElement(c, atom.Thead):
			rows += countChildren(c, atom.Tr)
		case isHTMLElement(c, atom.Tbody), isHTMLElement(c, atom.Tfoot):
			if !headerCellsOnly(c) {
				return false
			}
			rows += countChildren(c, atom.Tr)
		case isHTMLElement(c, atom.Tr):
			if !headerCellsOnly(c) {
				return false
			}
			rows++
		}
	}
	return rows > 0
}

// countChildren counts n's child elements of tag a.
func countChildren(n *html.Node, a atom.Atom) int {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isHTMLElement(c, a) {
			count++
		}
	}
	return count
}

// headerCellsOnly reports a row, or a row group, without a <td>.
func headerCellsOnly(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case isHTMLElement(c, atom.Td):
			return false
		case isHTMLElement(c, atom.Tr) && !headerCellsOnly(c):
			return false
		}
	}
	return true
}

// hasHeader reports a <thead>, or a first row of <th> cells only.
func (s *tableScan) hasHeader() bool {
	for _, g := range s.groups {
		if g.head && len(g.rows) > 0 {
			return true
		}
	}
	rows := s.rowsInOrder()
	return len(rows) > 0 && allHeaderCells(rows[:1])
}

// allHeaderCells reports rows that all hold cells, every one a <th>.
func allHeaderCells(rows []tableRow) bool {
	for _, r := range rows {
		if len(r.cells) == 0 || slices.ContainsFunc(r.cells, func(c tableCell) bool { return !c.th }) {
			return false
		}
	}
	return len(rows) > 0
}

// width is the most columns a row of the table spans, rowspans from the
// rows above aside.
func (s *tableScan) width() int {
	w := 0
	for _, r := range s.rowsInOrder() {
		n := 0
		for _, c := range r.cells {
			n += c.colspan
		}
		w = max(w, n)
	}
	return w
}

// flatText is the table's text as the page has it: each row's cells
// tab-separated, each cell once. The grid repeats a spanning cell in every
// column and row it covers, which is right for a grid and wrong for the
// running text: a heading row with colspan="3" would read three times.
func (s *tableScan) flatText() string {
	var sb strings.Builder
	for _, r := range s.rowsInOrder() {
		line := 0
		for _, c := range r.cells {
			if c.text == "" {
				continue
			}
			if line > 0 {
				sb.WriteByte('\t')
			}
			sb.WriteString(c.text)
			line++
		}
		if line > 0 {
			sb.WriteByte('\n')
		}
	}
	return strings.TrimSuffix(sb.String(), "\n")
}

// grid expands the spans within budget, tidies the result and splits off
// the header rows.
func (s *tableScan) grid() (header, rows [][]string) {
	g := newGridBuilder(s)
	headRows := 0
	for _, grp := range s.groups {
		g.addGroup(grp.rows)
		if grp.head {
			headRows = len(g.rows)
		}
	}
	if headRows == 0 {
		headRows = headerRowCount(s.rowsInOrder())
	}
	header, rows = tidyGrid(g.layout(), headRows)
	if len(rows) == 0 {
		// A header over no rows (a body filled in by script) is the
		// table's only content.
		return nil, header
	}
	return header, rows
}

// hasPresentationRole reports role="presentation" or role="none", by which
// authors say the table is only for positioning.
func hasPresentationRole(t *html.Node) bool {
	for _, a := range t.Attr {
		if a.Namespace != "" || a.Key != "role" {
			continue
		}
		for _, r := range strings.Fields(a.Val) {
			if strings.EqualFold(r, "presentation") || strings.EqualFold(r, "none") {
				return true
			}
		}
	}
	return false
}

// tableCell is one <td> or <th> as written, before spans are expanded.
type tableCell struct {
	node    *html.Node
	text    string
	ink     int // non-space runes
	runes   int
	th      bool
	bold    bool // all its text sits inside <b> or <strong>
	blocks  int  // block elements inside, see cellShape
	heading bool
	colspan int
	rowspan int // 0: to the end of the row group
}

type tableRow struct{ cells []tableCell }

// rowGroup is a thead, tbody or tfoot (or a run of bare <tr>): rowspans end
// at its last row.
type rowGroup struct {
	rows []tableRow
	head bool
}

// tableScan is what readTable learns about a table's own structure.
type tableScan struct {
	captionNode *html.Node
	caption     string
	groups      []rowGroup // thead groups first, tfoot groups last, as rendered
	nested      bool       // a cell or the caption holds another table
	blocky      bool       // a cell holds page content, see holdsPageContent
	nodes       int        // nodes inside cells and caption
	cells       int
	nonEmpty    int
	runes       int // over all cells
	ink         int // non-space runes over cells and caption
	textBytes   int
	singleCol   bool // no row has more than one cell
	pictures    int  // images in cells and caption
	longest     int  // runes of the longest cell text
}

// scanTable collects the table's own rows and cells, ignoring those of any
// nested table, and inspects each cell's shape once. It stops at the first
// nested table, so nested tables are never walked twice over.
func scanTable(t *html.Node) *tableScan {
	s := &tableScan{singleCol: true}
	var heads, bodies, foots []rowGroup
	var bare []tableRow
	flushBare := func() {
		if len(bare) > 0 {
			bodies = append(bodies, rowGroup{rows: bare})
			bare = nil
		}
	}
	for c := t.FirstChild; c != nil && !s.nested; c = c.NextSibling {
		switch {
		case isHTMLElement(c, atom.Caption):
			if s.captionNode == nil {
				s.captionNode = c
				s.inspect(c)
			}
		case isHTMLElement(c, atom.Tr) && !isHiddenPart(c):
			bare = append(bare, s.readRow(c))
		case isHTMLElement(c, atom.Thead):
			flushBare()
			heads = append(heads, rowGroup{rows: s.readRows(c), head: true})
		case isHTMLElement(c, atom.Tbody):
			flushBare()
			bodies = append(bodies, rowGroup{rows: s.readRows(c)})
		case isHTMLElement(c, atom.Tfoot):
			flushBare()
			foots = append(foots, rowGroup{rows: s.readRows(c)})
		}
	}
	flushBare()
	s.groups = append(append(heads, bodies...), foots...)
	return s
}

func (s *tableScan) readRows(group *html.Node) []tableRow {
	var rows []tableRow
	for c := group.FirstChild; c != nil && !s.nested; c = c.NextSibling {
		if isHTMLElement(c, atom.Tr) && !isHiddenPart(c) {
			rows = append(rows, s.readRow(c))
		}
	}
	return rows
}

// isHiddenPart reports a table row or cell the page hides: a sort key, a
// filter row. In a table a hiding class is trusted, as no "read more"
// reveals a cell.
func isHiddenPart(n *html.Node) bool {
	return hasAttr(n, "hidden") || hiddenByStyle(n) || hiddenByClass(n)
}

func (s *tableScan) readRow(tr *html.Node) tableRow {
	var r tableRow
	for c := tr.FirstChild; c != nil && !s.nested; c = c.NextSibling {
		th := isHTMLElement(c, atom.Th)
		if !th && !isHTMLElement(c, atom.Td) || isHiddenPart(c) {
			continue // a hidden cell takes no place: the next one moves in
		}
		sh := s.inspect(c)
		r.cells = append(r.cells, tableCell{
			node:    c,
			th:      th,
			bold:    sh.bold,
			blocks:  sh.blocks,
			heading: sh.heading,
			colspan: colspanOf(c),
			rowspan: rowspanOf(c),
		})
	}
	s.cells += len(r.cells)
	if len(r.cells) > 1 {
		s.singleCol = false
	}
	return r
}

// inspect walks one cell (or the caption) and folds its shape into s.
func (s *tableScan) inspect(n *html.Node) cellShape {
	sh := shapeOf(n)
	s.nodes += sh.nodes
	s.pictures += sh.pictures
	s.nested = s.nested || sh.nested
	return sh
}

// readText asks the caller for every cell's text, once per source cell.
func (s *tableScan) readText(cellText func(*html.Node) string) {
	if s.captionNode != nil {
		s.caption = cleanCellText(cellText(s.captionNode))
		s.ink += inkRunes(s.caption)
	}
	for gi := range s.groups {
		for ri := range s.groups[gi].rows {
			cells := s.groups[gi].rows[ri].cells
			for ci := range cells {
				s.setText(&cells[ci], cellText(cells[ci].node))
			}
		}
	}
}

func (s *tableScan) setText(c *tableCell, text string) {
	c.text = cleanCellText(text)
	c.ink = inkRunes(c.text)
	c.runes = utf8.RuneCountInString(c.text)
	s.runes += c.runes
	s.longest = max(s.longest, c.runes)
	s.ink += c.ink
	s.textBytes += len(c.text)
	if c.text != "" {
		s.nonEmpty++
	}
	if holdsPageContent(c) {
		s.blocky = true
	}
}

// holdsPageContent reports a cell carrying a piece of the page: several
// blocks or a heading over text, with the text to match, or one long block.
// Short blocks are how comparison tables lay out a label and a price.
func holdsPageContent(c *tableCell) bool {
	if c.runes >= longBlockCellRunes && c.blocks > 0 {
		return true
	}
	structured := c.blocks >= maxCellBlocks || (c.heading && c.blocks >= 2)
	return structured && c.runes >= blockCellMinRunes
}

// cleanCellText makes the caller's text safe to emit: valid UTF-8, and ""
// for a cell that only holds white space, so emptiness is a plain compare.
func cleanCellText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return s
}

// looksLikeLayout applies the text-based layout rules, once cell texts are
// known. The structural rules (role, nesting) ran before.
func (s *tableScan) looksLikeLayout(t *html.Node) bool {
	if s.nonEmpty == 0 {
		return true
	}
	if s.blocky || s.cells == 1 || s.framesPicture() {
		return true
	}
	avg := s.runes / s.nonEmpty
	if (s.singleCol || s.rowCount() == 1) && avg >= proseLineRunes {
		return true
	}
	if s.rowCount() == 1 && s.hasLinesCell() {
		return true // columns of one list set side by side
	}
	if avg >= proseCellRunes {
		return true
	}
	return avg >= dominantCellRunes && holdsMostOfPage(t, s.ink, s.nodes)
}

// framesPicture reports a table that sets one picture with its caption
// and nothing else. Old layouts float a photo and its caption in a table
// (a spacer column beside them); read as data it would be a one-cell
// grid without the picture. Tables of several pictures with a short text
// each are left as tables: they are often data (items with their icons).
func (s *tableScan) framesPicture() bool {
	return s.pictures == 1 && s.nonEmpty <= 1 && s.longest <= maxCaptionRunes
}

// hasLinesCell reports a cell read as several lines (a list, line
// breaks): one row of such cells holds columns, not records.
func (s *tableScan) hasLinesCell() bool {
	for _, r := range s.rowsInOrder() {
		if slices.ContainsFunc(r.cells, func(c tableCell) bool { return strings.Contains(c.text, "\n") }) {
			return true
		}
	}
	return false
}

func (s *tableScan) rowCount() int {
	n := 0
	for _, g := range s.groups {
		n += len(g.rows)
	}
	return n
}

func (s *tableScan) rowsInOrder() []tableRow {
	var rows []tableRow
	for _, g := range s.groups {
		rows = append(rows, g.rows...)
	}
	return rows
}

// cellShape is what a cell's markup says about its role.
type cellShape struct {
	nested   bool // holds a table
	pictures int  // images
	blocks   int  // paragraphs, lists, headings, quotes, text-bearing divs
	heading  bool
	bold     bool // has text, all of it inside <b> or <strong>
	nodes    int
}

// shapeOf walks a cell once. It stops at a nested table, whose content is
// the nested table's business.
func shapeOf(cell *html.Node) cellShape {
	var sh cellShape
	boldText, plainText := false, false
	var walk func(n *html.Node, inBold bool)
	walk = func(n *html.Node, inBold bool) {
		for c := n.FirstChild; c != nil && !sh.nested; c = c.NextSibling {
			sh.nodes++
			switch c.Type {
			case html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					boldText = boldText || inBold
					plainText = plainText || !inBold
				}
				continue
			case html.ElementNode:
			default:
				continue
			}
			if c.Namespace == "" {
				switch c.DataAtom {
				case atom.Table:
					sh.nested = true
					return
				case atom.Script, atom.Style, atom.Template, atom.Noscript:
					continue
				}
			}
			if isPicture(c) {
				sh.pictures++
			}
			sh.countBlock(c)
			walk(c, inBold || isHTMLElement(c, atom.B) || isHTMLElement(c, atom.Strong))
		}
	}
	walk(cell, false)
	sh.bold = boldText && !plainText
	return sh
}

func (sh *cellShape) countBlock(n *html.Node) {
	if n.Namespace != "" {
		return
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		sh.heading = true
		sh.blocks++
	case atom.P, atom.Ul, atom.Ol, atom.Dl, atom.Blockquote, atom.Pre:
		sh.blocks++
	case atom.Div, atom.Section, atom.Article:
		if ownInk(n) >= bigDivRunes {
			sh.blocks++
		}
	}
}

// ownInk counts the text directly inside n, not in its child elements.
func ownInk(n *html.Node) int {
	ink := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			ink += inkRunes(c.Data)
		}
	}
	return ink
}

// holdsMostOfPage reports whether the table's text is most of the page's.
// The table's own subtree is not walked again; the walk is bounded, and a
// page too big to measure within the bound is assumed to hold more.
func holdsMostOfPage(t *html.Node, tableInk, tableNodes int) bool {
	if tableInk < dominantMinRunes {
		return false
	}
	root := t
	for root.Parent != nil {
		root = root.Parent
	}
	limit := int(float64(tableInk) / dominantShare)
	budget := dominantWalkMin + dominantWalkPerTableNode*tableNodes
	ink := tableInk
	for n := root; n != nil; {
		budget--
		if budget < 0 || ink > limit {
			return false
		}
		if n.Type == html.TextNode {
			ink += inkRunes(n.Data)
		}
		if n.FirstChild != nil && n != t && !isInvisible(n) {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			break
		}
		n = n.NextSibling
	}
	return ink <= limit
}

func isInvisible(n *html.Node) bool {
	if n.Type != html.ElementNode || n.Namespace != "" {
		return false
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head:
		return true
	}
	return false
}

// inkRunes counts the runes of s that are not white space.
func inkRunes(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

func isHTMLElement(n *html.Node, a atom.Atom) bool {
	return n.Type == html.ElementNode && n.DataAtom == a && n.Namespace == ""
}

// headerRowCount decides how many leading rows of a table without <thead>
// are its header: leading rows of <th> only, or else one first row set in
// bold when the next row is not.
func headerRowCount(rows []tableRow) int {
	k := 0
	for k < len(rows) && allTH(rows[k]) {
		k++
	}
	if k == len(rows) && k > 0 {
		// A table of <th> throughout tells nothing about a header; its
		// first row is the best guess, unless it is the only row.
		return min(k-1, 1)
	}
	if k > 0 {
		return k
	}
	if boldHeaderRow(rows) {
		return 1
	}
	return 0
}

func allTH(r tableRow) bool {
	for _, c := range r.cells {
		if !c.th {
			return false
		}
	}
	return len(r.cells) > 0
}

// boldHeaderRow reports a first row whose non-empty cells all look like
// headings while the next row with text does not. A <th> alone counts only
// beside a bold <td>, so a column of row headers does not make a header row.
func boldHeaderRow(rows []tableRow) bool {
	if len(rows) < 2 || !allBold(rows[0]) || !hasBoldTD(rows[0]) {
		return false
	}
	for _, r := range rows[1:] {
		if hasText(r) {
			return !allBold(r)
		}
	}
	return false
}

func allBold(r tableRow) bool {
	seen := false
	for _, c := range r.cells {
		if c.text == "" {
			continue
		}
		if !c.th && !c.bold {
			return false
		}
		seen = true
	}
	return seen
}

func hasBoldTD(r tableRow) bool {
	for _, c := range r.cells {
		if !c.th && c.bold && c.text != "" {
			return true
		}
	}
	return false
}

func hasText(r tableRow) bool {
	for _, c := range r.cells {
		if c.text != "" {
			return true
		}
	}
	return false
}

// colspanOf parses colspan as browsers do: 1..1000, anything invalid or
// zero is 1.
func colspanOf(n *html.Node) int {
	v, ok := parseSpan(attrValue(n, "colspan"))
	if !ok || v < 1 {
		return 1
	}
	return min(v, maxColspan)
}

// rowspanOf parses rowspan as browsers do: 0..65534, where 0 spans to the
// end of the row group; anything invalid is 1.
func rowspanOf(n *html.Node) int {
	v, ok := parseSpan(attrValue(n, "rowspan"))
	if !ok {
		return 1
	}
	return min(v, maxRowspan)
}

func attrValue(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// parseSpan follows the HTML rules for parsing non-negative integers:
// leading white space, an optional sign, then digits up to the first
// non-digit. Values far past any clamp saturate instead of overflowing.
func parseSpan(s string) (int, bool) {
	s = strings.TrimLeft(s, " \t\n\f\r")
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	v, digits := 0, 0
	for ; digits < len(s) && s[digits] >= '0' && s[digits] <= '9'; digits++ {
		if v <= maxRowspan {
			v = v*10 + int(s[digits]-'0')
		}
	}
	if digits == 0 || (neg && v != 0) {
		return 0, false
	}
	return v, true
}

// gridBuilder expands spans row by row. Rows are kept as segments (a run of
// columns holding one cell's text) so a wide colspan costs nothing until the
// grid is laid out, and only columns where some cell starts become output
// columns: a colspan="100" in a table of seven columns spans seven, as a
// browser draws it, not a hundred.
type gridBuilder struct {
	rows       [][]segment
	pending    []spanning // rowspans reaching down, sorted by start column
	anchored   []bool     // by column: some cell starts there
	nAnchors   int
	cellBudget int
	textBudget int
	full       bool
}

// segment is one cell's text over columns [start, end).
type segment struct {
	start, end int
	text       string
}

// spanning is a segment that also covers the grid rows before endRow.
type spanning struct {
	segment
	endRow int
}

func newGridBuilder(s *tableScan) *gridBuilder {
	return &gridBuilder{
		cellBudget: min(maxGridCells, minGridCells+gridCellsPerSourceCell*s.cells),
		textBudget: minGridTextBytes + gridTextPerSourceByte*s.textBytes,
	}
}

// addGroup expands one row group; rowspans stop at its end.
func (g *gridBuilder) addGroup(rows []tableRow) {
	groupEnd := len(g.rows) + len(rows)
	for _, r := range rows {
		if g.full {
			return
		}
		g.addRow(r, groupEnd)
	}
	g.pending = g.pending[:0]
}

// addRow places a row's cells in the columns that rowspans from above leave
// free. A cell whose colspan would overlap such a rowspan is cut short
// there, so segments never overlap. Work per row is bounded by its cells
// plus the anchored columns, which the budget bounds in turn.
func (g *gridBuilder) addRow(r tableRow, groupEnd int) {
	ri := len(g.rows)
	active := g.pending[:0]
	for _, p := range g.pending {
		if p.endRow > ri {
			active = append(active, p)
		}
	}
	var placed []segment
	var down []spanning
	col, pi := 0, 0
	for _, c := range r.cells {
		for pi < len(active) && active[pi].start <= col {
			col = max(col, active[pi].end)
			pi++
		}
		if col >= maxColumns {
			break
		}
		end := min(col+c.colspan, maxColumns)
		if pi < len(active) {
			end = min(end, active[pi].start)
		}
		seg := segment{start: col, end: end, text: c.text}
		placed = append(placed, seg)
		if rowEnd := spanEnd(c.rowspan, ri, groupEnd); rowEnd > ri+1 {
			down = append(down, spanning{segment: seg, endRow: rowEnd})
		}
		col = end
	}
	if !g.withinBudget(ri+1, placed) {
		g.full = true
		return
	}
	row := mergeSegments(active, placed)
	g.rows = append(g.rows, row)
	g.pending = mergeSpanning(active, down)
}

func spanEnd(rowspan, row, groupEnd int) int {
	if rowspan == 0 {
		return groupEnd
	}
	return min(row+rowspan, groupEnd)
}

// withinBudget anchors the new segments' columns if rows×columns stays
// within the cell budget.
func (g *gridBuilder) withinBudget(rows int, placed []segment) bool {
	fresh := 0
	for _, s := range placed {
		if s.start >= len(g.anchored) || !g.anchored[s.start] {
			fresh++
		}
	}
	if rows*(g.nAnchors+fresh) > g.cellBudget {
		return false
	}
	for _, s := range placed {
		for len(g.anchored) <= s.start {
			g.anchored = append(g.anchored, false)
		}
		if !g.anchored[s.start] {
			g.anchored[s.start] = true
			g.nAnchors++
		}
	}
	return true
}

// mergeSegments interleaves rowspans from above and the row's own cells by
// column; both are sorted and disjoint.
func mergeSegments(above []spanning, own []segment) []segment {
	out := make([]segment, 0, len(above)+len(own))
	i := 0
	for _, s := range own {
		for ; i < len(above) && above[i].start < s.start; i++ {
			out = append(out, above[i].segment)
		}
		out = append(out, s)
	}
	for ; i < len(above); i++ {
		out = append(out, above[i].segment)
	}
	return out
}

func mergeSpanning(a, b []spanning) []spanning {
	out := make([]spanning, 0, len(a)+len(b))
	i := 0
	for _, s := range b {
		for ; i < len(a) && a[i].start < s.start; i++ {
			out = append(out, a[i])
		}
		out = append(out, s)
	}
	return append(out, a[i:]...)
}

// layout turns the segment rows into a dense grid over the anchored
// columns, stopping at the text budget.
func (g *gridBuilder) layout() [][]string {
	// rank[c] is the output column of the first anchored column ≥ c.
	rank := make([]int, len(g.anchored)+1)
	for c, a := range g.anchored {
		rank[c+1] = rank[c]
		if a {
			rank[c+1]++
		}
	}
	rankOf := func(c int) int { return rank[min(c, len(g.anchored))] }
	width := g.nAnchors
	cells := make([]string, len(g.rows)*width)
	out := make([][]string, 0, len(g.rows))
	text := 0
	for i, segs := range g.rows {
		row := cells[i*width : (i+1)*width : (i+1)*width]
		for _, s := range segs {
			for c := rankOf(s.start); c < rankOf(s.end); c++ {
				row[c] = s.text
				text += len(s.text)
			}
		}
		if text > g.textBudget {
			break
		}
		out = append(out, row)
	}
	return out
}

// tidyGrid trims the columns empty in every row (header included) off the
// end, drops empty rows, and splits off the first headRows rows as header.
// Rows share one width on entry.
func tidyGrid(rows [][]string, headRows int) (header, body [][]string) {
	width := 0
	for _, r := range rows {
		for c := len(r) - 1; c >= width; c-- {
			if r[c] != "" {
				width = c + 1
				break
			}
		}
	}
	if width == 0 {
		return nil, nil
	}
	for i, r := range rows {
		if isBlankRow(r) {
			continue
		}
		if i < headRows {
			header = append(header, r[:width:width])
		} else {
			body = append(body, r[:width:width])
		}
	}
	return header, body
}

// isOrnament reports a text of bullet glyphs, arrows standing for them
// ("»" before each link of a list) or a lone quotation mark: what a list or
// a quote laid out as a table puts in a cell of its own.
func isOrnament(s string) bool {
	return s != "" && strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || bulletGlyphs[r] || r == '»' || r == '›' || r == '"' || unicode.In(r, unicode.Pi, unicode.Pf)
	}) == ""
}

func isBlankRow(r []string) bool {
	for _, s := range r {
		if s != "" {
			return false
		}
	}
	return true
}

// codeTablePre returns the <pre> of a table that a highlighter laid out as
// a gutter of line numbers beside the code (Pygments' "highlighttable",
// Chroma's "lntable", Rouge's "rouge-table"): one row of two cells, the
// first holding nothing but numbers, the second a <pre>. The table is a
// code block; read as a layout table it gave the gutter as code of its own.
func codeTablePre(t *html.Node) *html.Node {
	var cells []*html.Node
	rows := 0
	walk(t, func(n *html.Node) bool {
		switch {
		case n == t:
			return true
		case n.Type != html.ElementNode || n.DataAtom == atom.Table:
			return false
		case n.DataAtom == atom.Tr:
			rows++
			return rows == 1
		case isElem(n, atom.Td, atom.Th):
			cells = append(cells, n)
			return false
		}
		return isElem(n, atom.Tbody, atom.Thead, atom.Tfoot)
	})
	if rows != 1 || len(cells) != 2 || !lineNumbersOnly(innerText(cells[0], nil)) {
		return nil
	}
	var pre *html.Node
	walkUntil(cells[1], func(n *html.Node) (descend, stop bool) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Pre {
			pre = n
			return false, true
		}
		return true, false
	})
	return pre
}

// lineNumbersOnly reports a text of numbers and white space alone.
func lineNumbersOnly(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !(r == ' ' || '0' <= r && r <= '9') }) < 0
}
