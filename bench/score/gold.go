package score

import (
	"strings"
	"time"

	"github.com/newsextract/newsextract"
)

// GoldArticle builds the article a perfect extractor would return for rec,
// from its gold fields: it calibrates the scorer (it should score about 1
// everywhere). Pages without a gold body get their `with` snippets as text.
func GoldArticle(rec *Record) *newsextract.Article {
	a := &newsextract.Article{URL: rec.URL, Title: rec.Title, Authors: rec.Authors, Text: rec.BodyText}
	if t, err := time.Parse(time.DateOnly, rec.Date); err == nil && !rec.DateNone {
		a.Published = newsextract.Date{Time: t, Precision: newsextract.PrecisionDay}
	}
	if strings.TrimSpace(a.Text) == "" {
		a.Text = strings.Join(rec.With, "\n")
	}
	b := goldBuilder{sections: []newsextract.Section{{}}}
	for _, g := range rec.Blocks {
		b.add(g, a)
	}
	a.Sections = b.sections
	return a
}

type goldBuilder struct {
	sections []newsextract.Section
	// path holds the open list's last item at each depth, as indexes.
	path []int
}

func (b *goldBuilder) last() *newsextract.Section { return &b.sections[len(b.sections)-1] }

func (b *goldBuilder) add(g GoldBlock, a *newsextract.Article) {
	if g.Type != "list_item" {
		b.path = nil
	}
	switch g.Type {
	case "heading":
		b.sections = append(b.sections, newsextract.Section{Heading: g.Text, Level: g.Level})
	case "list_item":
		b.addItem(g)
	case "table":
		b.block(newsextract.Block{Type: newsextract.Table, Rows: g.Rows})
	case "quote":
		b.block(newsextract.Block{Type: newsextract.Quote, Text: g.Text})
	case "code":
		b.block(newsextract.Block{Type: newsextract.Code, Text: g.Text})
	case "caption":
		b.block(newsextract.Block{Type: newsextract.Figure, Text: g.Text})
	case "related":
		url := ""
		if len(g.Links) > 0 {
			url = g.Links[0]
		}
		a.Related = append(a.Related, newsextract.Related{Title: g.Text, URL: url})
	case "paragraph", "main_text", "headline", "text":
		b.block(newsextract.Block{Type: newsextract.Paragraph, Text: g.Text})
	}
}

func (b *goldBuilder) block(blk newsextract.Block) {
	s := b.last()
	s.Blocks = append(s.Blocks, blk)
}

// addItem appends a list item at its depth (1 = top), nesting it under the
// previous item one level up.
func (b *goldBuilder) addItem(g GoldBlock) {
	if len(b.path) == 0 {
		b.block(newsextract.Block{Type: newsextract.List})
	}
	list := &b.last().Blocks[len(b.last().Blocks)-1]
	depth := max(1, min(g.Depth, len(b.path)+1))
	items := &list.Items
	for _, i := range b.path[:depth-1] {
		items = &(*items)[i].Items
	}
	*items = append(*items, newsextract.ListItem{Text: g.Text})
	b.path = append(b.path[:depth-1], len(*items)-1)
}
