package score

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsextract/newsextract"
)

// Explain lists what an article got wrong on rec, one line per problem:
// missed `with` snippets, leaked `without` and comment snippets, a wrong
// title, date or authors, missed headings, and for a weak body the words
// most missed and most added. Empty means nothing to report.
func Explain(rec *Record, a *newsextract.Article, qmark bool) []string {
	if a == nil {
		a = &newsextract.Article{}
	}
	fx := fixer(qmark)
	body := fx.fix(BodyText(a))
	var out []string
	for _, s := range rec.With {
		if !strings.Contains(body, Norm(fx.fix(s))) {
			out = append(out, "missed: "+clip(s))
		}
	}
	for _, s := range append(append([]string{}, rec.Without...), rec.Comments...) {
		if strings.Contains(body, Norm(fx.fix(s))) {
			out = append(out, "leaked: "+clip(s))
		}
	}
	m := Measure(rec, a, qmark)
	if v, ok := m.Mean["title"]; ok && v == 0 {
		out = append(out, fmt.Sprintf("title: got %q want %q", a.Title, rec.Title))
	}
	if v, ok := m.Mean["date"]; ok && v == 0 {
		out = append(out, fmt.Sprintf("date: got %q want %q (none: %v)", a.Published.String(), rec.Date, rec.DateNone))
	}
	if v, ok := m.Mean["authors"]; ok && v == 0 {
		out = append(out, fmt.Sprintf("authors: got %q want %q", a.Authors, rec.Authors))
	}
	if h := m.Pooled["heading_R"]; h[0] < h[1] {
		out = append(out, fmt.Sprintf("headings: %d of %d found", h[0], h[1]))
	}
	if f, ok := m.Mean["bow_f1"]; ok && f < 0.8 {
		out = append(out, bodyDiff(m, body, fx.fix(rec.BodyText)))
	}
	return out
}

func bodyDiff(m Measures, body, gold string) string {
	out, want := countOf(Tokens(body)), countOf(Tokens(gold))
	return fmt.Sprintf("body: F1 %.3f P %.3f R %.3f; missed %s; extra %s",
		m.Mean["bow_f1"], m.Mean["bow_p"], m.Mean["bow_r"], top(want.minus(out), 8), top(out.minus(want), 8))
}

// top lists c's n most frequent tokens with their counts.
func top(c counter, n int) string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if c[keys[i]] != c[keys[j]] {
			return c[keys[i]] > c[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, 0, n)
	for _, k := range keys[:min(n, len(keys))] {
		parts = append(parts, fmt.Sprintf("%s×%d", k, c[k]))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func clip(s string) string {
	s = Norm(s)
	if r := []rune(s); len(r) > 90 {
		return string(r[:90]) + "…"
	}
	return s
}
