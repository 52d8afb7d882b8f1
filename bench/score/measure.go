// Package score measures extracted articles against the corpus gold with the
// definitions of the reference scorer /work/shared/tools/score_sets.py (and
// the body_text and norm it imports from score_corpus.py). Every name and
// rule here mirrors that script; where they differ, the script is right.
package score

import (
	"strings"

	"github.com/newsextract/newsextract"
)

// Measures holds one page's figures for the metrics its gold supports.
type Measures struct {
	// Mean: figures averaged over pages (bow_f1, with, title, date, ...).
	Mean map[string]float64 `json:"mean,omitempty"`
	// Pooled: [hits, total] counts summed over pages (heading_R, list_R, ...).
	Pooled map[string][2]int `json:"pooled,omitempty"`
	// Snip: trafilatura-style snippet counts tp, fn, fp, tn.
	Snip *[4]int `json:"snip,omitempty"`
}

// structTypes are the gold block types that carry typed structure.
var structTypes = map[string]bool{
	"heading": true, "paragraph": true, "list_item": true, "table": true,
	"quote": true, "code": true, "caption": true,
}

// BodyText is score_corpus.body_text: the article's Text, or when that is
// empty its headings, block texts, list items (depth first) and table rows.
func BodyText(a *newsextract.Article) string {
	if a.Text != "" {
		return Norm(a.Text)
	}
	parts := []string{""}
	for _, s := range a.Sections {
		parts = append(parts, s.Heading)
		for _, b := range s.Blocks {
			parts = append(parts, b.Text)
			parts = appendItems(parts, b.Items)
			for _, row := range append(append([][]string{}, b.Header...), b.Rows...) {
				parts = append(parts, strings.Join(row, " "))
			}
		}
	}
	return Norm(strings.Join(parts, " "))
}

func appendItems(parts []string, items []newsextract.ListItem) []string {
	for _, it := range items {
		parts = append(parts, it.Text)
		parts = appendItems(parts, it.Items)
	}
	return parts
}

// Measure scores article a (nil: an empty article) against rec. qmark is the
// set's Set.QMark.
func Measure(rec *Record, a *newsextract.Article, qmark bool) Measures {
	if a == nil {
		a = &newsextract.Article{}
	}
	fx := fixer(qmark)
	m := Measures{Mean: map[string]float64{}, Pooled: map[string][2]int{}}
	body := fx.fix(BodyText(a))
	goldBody := fx.fix(rec.BodyText)
	if strings.TrimFunc(goldBody, isSpace) != "" {
		m.Mean["bow_p"], m.Mean["bow_r"], m.Mean["bow_f1"] = wordF1(body, goldBody)
	}
	measureSnippets(&m, rec, body, fx)
	measureMeta(&m, rec, a, fx)
	if hasStructure(rec.Blocks) {
		measureStructure(&m, rec, a, fx)
	}
	measureRelated(&m, rec, a, body, goldBody, fx)
	measureComments(&m, rec, body, goldBody, fx)
	return m
}

// wordF1 is WCXB's word_f1: multiset token overlap.
func wordF1(pred, ref string) (p, r, f float64) {
	pt, rt := Tokens(pred), Tokens(ref)
	switch {
	case len(rt) == 0 && len(pt) == 0:
		return 1, 1, 1
	case len(rt) == 0 || len(pt) == 0:
		return 0, 0, 0
	}
	overlap := float64(countOf(pt).overlap(countOf(rt)))
	p, r = overlap/float64(len(pt)), overlap/float64(len(rt))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func measureSnippets(m *Measures, rec *Record, body string, fx fixer) {
	low := Lower(body)
	share := func(snips []string) float64 {
		n := 0
		for _, s := range snips {
			if strings.Contains(low, Lower(Norm(fx.fix(s)))) {
				n++
			}
		}
		return float64(n) / float64(len(snips))
	}
	found := func(snips []string) int {
		n := 0
		for _, s := range snips {
			if strings.Contains(body, Norm(fx.fix(s))) {
				n++
			}
		}
		return n
	}
	if len(rec.With) > 0 {
		m.Mean["with"] = share(rec.With)
	}
	if len(rec.Without) > 0 {
		m.Mean["without"] = share(rec.Without)
	}
	if len(rec.With) > 0 || len(rec.Without) > 0 {
		tp, fp := found(rec.With), found(rec.Without)
		m.Snip = &[4]int{tp, len(rec.With) - tp, fp, len(rec.Without) - fp}
	}
}

func measureMeta(m *Measures, rec *Record, a *newsextract.Article, fx fixer) {
	if rec.Title != "" {
		m.Mean["title"] = boolFig(Norm(fx.fix(a.Title)) == Norm(fx.fix(rec.Title)))
		m.Mean["title_lenient"] = boolFig(Key(fx.fix(a.Title)) == Key(fx.fix(rec.Title)))
	}
	pub := prefixRunes(a.Published.String(), 10)
	switch {
	case rec.DateNone:
		m.Mean["date"] = boolFig(pub == "")
	case rec.Date != "":
		m.Mean["date"] = boolFig(pub == rec.Date)
	}
	if len(rec.Authors) > 0 {
		m.Mean["authors"] = boolFig(sameAuthors(a.Authors, rec.Authors))
	}
}

// sameAuthors compares name sets case-insensitively; empty output names are
// ignored, empty gold names are not (as in the reference).
func sameAuthors(got, want []string) bool {
	g, w := map[string]bool{}, map[string]bool{}
	for _, x := range got {
		if k := Lower(Norm(x)); k != "" {
			g[k] = true
		}
	}
	for _, x := range want {
		w[Lower(Norm(x))] = true
	}
	if len(g) != len(w) {
		return false
	}
	for k := range w {
		if !g[k] {
			return false
		}
	}
	return true
}

func boolFig(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func hasStructure(blocks []GoldBlock) bool {
	for _, b := range blocks {
		if structTypes[b.Type] {
			return true
		}
	}
	return false
}

func measureRelated(m *Measures, rec *Record, a *newsextract.Article, body, goldBody string, fx fixer) {
	var related []GoldBlock
	for _, b := range rec.Blocks {
		if b.Type == "related" && Key(fx.fix(b.Text)) != "" {
			related = append(related, b)
		}
	}
	if len(related) == 0 {
		return
	}
	var titles []string
	urls := map[string]bool{}
	for _, r := range a.Related {
		titles = append(titles, " "+Key(fx.fix(r.Title))+" ")
		if r.URL != "" {
			urls[r.URL] = true
		}
	}
	found := 0
	texts := make([]string, len(related))
	for i, b := range related {
		texts[i] = fx.fix(b.Text)
		if relatedFound(b, titles, urls, fx) {
			found++
		}
	}
	m.Mean["related_found"] = float64(found) / float64(len(related))
	if v, ok := excessShare(strings.Join(texts, " "), body, goldBody); ok {
		m.Mean["related_leak"] = v
	}
}

func relatedFound(b GoldBlock, titles []string, urls map[string]bool, fx fixer) bool {
	k := " " + Key(fx.fix(b.Text)) + " "
	for _, t := range titles {
		if strings.Contains(t, k) {
			return true
		}
	}
	for _, u := range b.Links {
		if !strings.HasPrefix(u, "javascript:") && urls[u] {
			return true
		}
	}
	return false
}

func measureComments(m *Measures, rec *Record, body, goldBody string, fx fixer) {
	if strings.TrimFunc(rec.CommentsText, isSpace) != "" {
		if v, ok := excessShare(fx.fix(rec.CommentsText), body, goldBody); ok {
			m.Mean["comment_leak"] = v
		}
	}
	if len(rec.Comments) > 0 {
		n := 0
		for _, s := range rec.Comments {
			if strings.Contains(body, Norm(fx.fix(s))) {
				n++
			}
		}
		m.Mean["comment_snip_leak"] = float64(n) / float64(len(rec.Comments))
	}
}

// excessShare is the share of part's tokens found in the output body beyond
// the gold body's own tokens; ok is false when part has no tokens.
func excessShare(part, outBody, goldBody string) (float64, bool) {
	pc := countOf(Tokens(part))
	if len(pc) == 0 {
		return 0, false
	}
	extra := countOf(Tokens(outBody)).minus(countOf(Tokens(goldBody)))
	return float64(pc.overlap(extra)) / float64(pc.total()), true
}
