// Package peers runs other extractors (go-trafilatura, go-readability) and
// turns their output into newsextract.Article values, so that one scorer
// measures everything the same way.
package peers

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/newsextract/newsextract"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FromNode renders an extractor's output tree to HTML and reads it back
// with FromHTML: go-trafilatura builds elements without atoms, so only the
// HTML it would print is a reliable account of its output.
func FromNode(n *html.Node) ([]newsextract.Section, string, error) {
	if n == nil {
		return nil, "", nil
	}
	var buf bytes.Buffer
	if err := html.Render(&buf, n); err != nil {
		return nil, "", err
	}
	doc, err := html.Parse(&buf)
	if err != nil {
		return nil, "", err
	}
	secs, text := FromHTML(doc)
	return secs, text, nil
}

// FromHTML reads the structure of an extractor's HTML output: h1-h6 open
// sections at their level; ul/ol become lists with nested items; tables
// become grids (thead rows as the header); p, blockquote, pre and figure
// captions become paragraphs, quotes, code and figures; loose text between
// blocks becomes a paragraph. It returns the sections and the plain text,
// blocks separated by blank lines.
func FromHTML(root *html.Node) ([]newsextract.Section, string) {
	c := &converter{sections: []newsextract.Section{{}}}
	if root != nil {
		c.element(root)
	}
	c.flush()
	return c.result()
}

type converter struct {
	sections []newsextract.Section
	texts    []string        // every block's text, for Article.Text
	loose    strings.Builder // inline text not yet inside a block
}

func (c *converter) add(b newsextract.Block, text string) {
	s := &c.sections[len(c.sections)-1]
	s.Blocks = append(s.Blocks, b)
	if text != "" {
		c.texts = append(c.texts, text)
	}
}

// flush turns pending inline text into a paragraph.
func (c *converter) flush() {
	text := collapse(c.loose.String())
	c.loose.Reset()
	if text != "" {
		c.add(newsextract.Block{Type: newsextract.Paragraph, Text: text}, text)
	}
}

func (c *converter) children(n *html.Node) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			c.loose.WriteString(ch.Data)
		case html.ElementNode, html.DocumentNode:
			c.element(ch)
		}
	}
}

func (c *converter) element(n *html.Node) {
	if n.Type == html.DocumentNode {
		c.children(n)
		return
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Head,
		atom.Button, atom.Select, atom.Input, atom.Iframe, atom.Object:
		return
	case atom.Br:
		c.loose.WriteString("\n")
		return
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.heading(n)
		return
	case atom.Ul, atom.Ol:
		c.list(n)
		return
	case atom.Table:
		c.table(n)
		return
	case atom.Pre:
		c.flush()
		if text := strings.Trim(rawText(n), "\n"); strings.TrimSpace(text) != "" {
			c.add(newsextract.Block{Type: newsextract.Code, Text: text}, text)
		}
		return
	case atom.Blockquote:
		c.textBlock(n, newsextract.Quote)
		return
	case atom.Figcaption:
		c.textBlock(n, newsextract.Figure)
		return
	case atom.P, atom.Li, atom.Dt, atom.Dd, atom.Caption:
		c.textBlock(n, newsextract.Paragraph)
		return
	}
	if isBlock(n.DataAtom) {
		c.flush()
		c.children(n)
		c.flush()
		return
	}
	c.children(n)
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer, atom.Aside,
		atom.Nav, atom.Body, atom.Html, atom.Form, atom.Details, atom.Summary, atom.Center,
		atom.Dl, atom.Figure, atom.Hr, atom.Address, atom.Fieldset:
		return true
	}
	return false
}

// textBlock makes one block of n's whole text; the blocks nested in a
// paragraph-like element are flattened into it.
func (c *converter) textBlock(n *html.Node, typ newsextract.BlockType) {
	c.flush()
	if text := textOf(n); text != "" {
		c.add(newsextract.Block{Type: typ, Text: text}, text)
	}
}

func (c *converter) heading(n *html.Node) {
	c.flush()
	text := textOf(n)
	if text == "" {
		return
	}
	level, _ := strconv.Atoi(n.Data[1:])
	c.sections = append(c.sections, newsextract.Section{Heading: text, Level: level})
	c.texts = append(c.texts, text)
}

func (c *converter) list(n *html.Node) {
	c.flush()
	items := listItems(n)
	if len(items) == 0 {
		return
	}
	var lines []string
	lines = itemLines(lines, items)
	c.add(newsextract.Block{Type: newsextract.List, Ordered: n.DataAtom == atom.Ol, Items: items},
		strings.Join(lines, "\n"))
}

// listItems reads the li children of a ul/ol: each item's own text, and the
// items of lists nested in it as its children.
func listItems(list *html.Node) []newsextract.ListItem {
	var items []newsextract.ListItem
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		if li.DataAtom != atom.Li {
			// Malformed output sometimes wraps items in another element.
			items = append(items, listItems(li)...)
			continue
		}
		var own strings.Builder
		var nested []newsextract.ListItem
		splitItem(li, &own, &nested)
		text := collapse(own.String())
		if text != "" || len(nested) > 0 {
			items = append(items, newsextract.ListItem{Text: text, Items: nested})
		}
	}
	return items
}

func splitItem(n *html.Node, own *strings.Builder, nested *[]newsextract.ListItem) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch {
		case ch.Type == html.TextNode:
			own.WriteString(ch.Data)
		case ch.Type != html.ElementNode || skipped(ch.DataAtom):
		case ch.DataAtom == atom.Ul || ch.DataAtom == atom.Ol:
			*nested = append(*nested, listItems(ch)...)
		default:
			if isBlock(ch.DataAtom) || ch.DataAtom == atom.P || ch.DataAtom == atom.Br {
				own.WriteString(" ")
			}
			splitItem(ch, own, nested)
		}
	}
}

func itemLines(lines []string, items []newsextract.ListItem) []string {
	for _, it := range items {
		if it.Text != "" {
			lines = append(lines, it.Text)
		}
		lines = itemLines(lines, it.Items)
	}
	return lines
}

// table reads a table as a grid of cell texts; rows of nested tables are
// not mixed in.
func (c *converter) table(n *html.Node) {
	c.flush()
	var header, rows [][]string
	var visit func(*html.Node, bool)
	visit = func(p *html.Node, inHead bool) {
		for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
			switch ch.DataAtom {
			case atom.Thead:
				visit(ch, true)
			case atom.Tbody, atom.Tfoot:
				visit(ch, false)
			case atom.Tr:
				row := rowCells(ch)
				if inHead {
					header = append(header, row)
				} else {
					rows = append(rows, row)
				}
			}
		}
	}
	visit(n, false)
	if len(header)+len(rows) == 0 {
		return
	}
	var lines []string
	for _, row := range append(append([][]string{}, header...), rows...) {
		lines = append(lines, strings.Join(row, " "))
	}
	caption := ""
	if cap := firstChild(n, atom.Caption); cap != nil {
		caption = textOf(cap)
	}
	c.add(newsextract.Block{Type: newsextract.Table, Caption: caption, Header: header, Rows: rows},
		collapse(strings.Join(lines, "\n")))
}

func rowCells(tr *html.Node) []string {
	var row []string
	for td := tr.FirstChild; td != nil; td = td.NextSibling {
		if td.DataAtom == atom.Td || td.DataAtom == atom.Th {
			row = append(row, textOf(td))
		}
	}
	return row
}

func firstChild(n *html.Node, a atom.Atom) *html.Node {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.DataAtom == a {
			return ch
		}
	}
	return nil
}

func (c *converter) result() ([]newsextract.Section, string) {
	var out []newsextract.Section
	for i, s := range c.sections {
		if i == 0 && len(s.Blocks) == 0 {
			continue // no untitled lead
		}
		out = append(out, s)
	}
	return out, strings.Join(c.texts, "\n\n")
}

func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Button, atom.Select, atom.Input, atom.Iframe, atom.Object:
		return true
	}
	return false
}

// textOf is n's text with block boundaries turned into spaces, collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(p *html.Node) {
		for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
			switch {
			case ch.Type == html.TextNode:
				b.WriteString(ch.Data)
			case ch.Type != html.ElementNode || skipped(ch.DataAtom):
			default:
				boundary := ch.DataAtom == atom.Br || isBlock(ch.DataAtom) || ch.DataAtom == atom.P ||
					ch.DataAtom == atom.Li || ch.DataAtom == atom.Td || ch.DataAtom == atom.Th
				if boundary {
					b.WriteString(" ")
				}
				walk(ch)
				if boundary {
					b.WriteString(" ")
				}
			}
		}
	}
	walk(n)
	return collapse(b.String())
}

// rawText is n's text with white space kept, for code.
func rawText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(p *html.Node) {
		for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
			switch {
			case ch.Type == html.TextNode:
				b.WriteString(ch.Data)
			case ch.DataAtom == atom.Br:
				b.WriteString("\n")
			case ch.Type == html.ElementNode:
				walk(ch)
			}
		}
	}
	walk(n)
	return b.String()
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
