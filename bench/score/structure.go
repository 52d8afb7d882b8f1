package score

import "github.com/newsextract/newsextract"

type heading struct {
	key   string
	level int
}

func measureStructure(m *Measures, rec *Record, a *newsextract.Article, fx fixer) {
	var outBlocks []newsextract.Block
	for _, s := range a.Sections {
		outBlocks = append(outBlocks, s.Blocks...)
	}
	measureHeadings(m, rec, a, fx)
	measureLists(m, rec.Blocks, outBlocks, fx)
	measureTables(m, rec.Blocks, outBlocks, fx)
}

// measureHeadings matches gold headings in order to the first unused output
// heading with the same word sequence. Where the gold has no title field
// (CleanEval), the output title is a level-1 heading too.
func measureHeadings(m *Measures, rec *Record, a *newsextract.Article, fx fixer) {
	var gold, out []heading
	for _, b := range rec.Blocks {
		if k := Key(fx.fix(b.Text)); b.Type == "heading" && k != "" {
			gold = append(gold, heading{k, b.Level})
		}
	}
	if rec.Title == "" && a.Title != "" {
		out = append(out, heading{Key(fx.fix(a.Title)), 1})
	}
	for _, s := range a.Sections {
		out = append(out, heading{Key(fx.fix(s.Heading)), s.Level})
	}
	out = dropEmptyHeadings(out)
	used := make([]bool, len(out))
	matched, levelled, levelOK := 0, 0, 0
	for _, g := range gold {
		for j, o := range out {
			if used[j] || o.key != g.key {
				continue
			}
			used[j] = true
			matched++
			if g.level != 0 {
				levelled++
				if g.level == o.level {
					levelOK++
				}
			}
			break
		}
	}
	m.Pooled["heading_R"] = [2]int{matched, len(gold)}
	m.Pooled["heading_P"] = [2]int{matched, len(out)}
	m.Pooled["heading_level"] = [2]int{levelOK, levelled}
}

func dropEmptyHeadings(hs []heading) []heading {
	out := hs[:0]
	for _, h := range hs {
		if h.key != "" {
			out = append(out, h)
		}
	}
	return out
}

// measureLists compares gold list items with every output list item, nested
// ones included, as multisets of word sequences.
func measureLists(m *Measures, gold []GoldBlock, out []newsextract.Block, fx fixer) {
	goldItems, outItems := counter{}, counter{}
	for _, b := range gold {
		if k := Key(fx.fix(b.Text)); b.Type == "list_item" && k != "" {
			goldItems[k]++
		}
	}
	for _, b := range out {
		if b.Type == newsextract.List {
			countItems(outItems, b.Items, fx)
		}
	}
	hit := goldItems.overlap(outItems)
	m.Pooled["list_R"] = [2]int{hit, goldItems.total()}
	m.Pooled["list_P"] = [2]int{hit, outItems.total()}
}

func countItems(c counter, items []newsextract.ListItem, fx fixer) {
	for _, it := range items {
		if k := Key(fx.fix(it.Text)); k != "" {
			c[k]++
		}
		countItems(c, it.Items, fx)
	}
}

type grid [][]string

func keyGrid(rows [][]string, fx fixer) grid {
	g := make(grid, len(rows))
	for i, row := range rows {
		g[i] = make([]string, len(row))
		for j, c := range row {
			g[i][j] = Key(fx.fix(c))
		}
	}
	return g
}

func (g grid) cells() counter {
	c := counter{}
	for _, row := range g {
		for _, cell := range row {
			if cell != "" {
				c[cell]++
			}
		}
	}
	return c
}

// measureTables finds, for each gold table with a worded cell, the output
// table (header and rows) holding the largest share of its cells; found when
// that share is at least 80 %, and its cells checked position by position.
func measureTables(m *Measures, gold []GoldBlock, out []newsextract.Block, fx fixer) {
	var outGrids []grid
	var outCells []counter
	for _, b := range out {
		if b.Type == newsextract.Table {
			g := keyGrid(append(append([][]string{}, b.Header...), b.Rows...), fx)
			outGrids = append(outGrids, g)
			outCells = append(outCells, g.cells())
		}
	}
	found, cellsOK, cellsAll, tables := 0, 0, 0, 0
	for _, t := range gold {
		if t.Type != "table" {
			continue
		}
		g := keyGrid(t.Rows, fx)
		cells := g.cells()
		n := cells.total()
		if n == 0 {
			continue
		}
		tables++
		var best grid
		bestShare := 0.0
		for i, oc := range outCells {
			if share := float64(cells.overlap(oc)) / float64(n); share > bestShare {
				best, bestShare = outGrids[i], share
			}
		}
		if bestShare >= 0.8 {
			found++
		}
		cellsAll += n
		cellsOK += sameCells(g, best)
	}
	if tables > 0 {
		m.Pooled["table_R"] = [2]int{found, tables}
		m.Pooled["table_cells"] = [2]int{cellsOK, cellsAll}
	}
}

// sameCells counts gold's worded cells equal to best's cell at the same row
// and column.
func sameCells(gold, best grid) int {
	n := 0
	for i, row := range gold {
		for j, c := range row {
			if c != "" && i < len(best) && j < len(best[i]) && best[i][j] == c {
				n++
			}
		}
	}
	return n
}
