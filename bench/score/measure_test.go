package score

import (
	"math"
	"testing"
	"time"

	"github.com/newsextract/newsextract"
)

func day(s string) newsextract.Date {
	t, _ := time.Parse(time.DateOnly, s)
	return newsextract.Date{Time: t, Precision: newsextract.PrecisionDay}
}

func para(text string) newsextract.Block {
	return newsextract.Block{Type: newsextract.Paragraph, Text: text}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestMeasureMeans(t *testing.T) {
	rec := &Record{
		Title: "The  Title", Date: "2024-03-05", Authors: []string{"Ann Lee", "Bo Ma"},
		BodyText: "one two two three", With: []string{"two three", "absent"}, Without: []string{"one"},
	}
	tests := []struct {
		name string
		a    *newsextract.Article
		want map[string]float64
	}{
		{"empty article", nil, map[string]float64{
			"bow_f1": 0, "with": 0, "without": 0, "title": 0, "date": 0, "authors": 0}},
		{"perfect metadata, partial body", &newsextract.Article{
			Title: "The Title", Published: day("2024-03-05"), Authors: []string{"ann lee", " Bo  Ma", ""},
			Text: "one two two three four"}, map[string]float64{
			"bow_p": 0.8, "bow_r": 1, "with": 0.5, "without": 1, "title": 1, "title_lenient": 1, "date": 1, "authors": 1}},
		{"sections used when text is empty", &newsextract.Article{
			Title: "the title!", Published: day("2024-03-06"), Authors: []string{"Ann Lee"},
			Sections: []newsextract.Section{{Heading: "one", Level: 2, Blocks: []newsextract.Block{para("two two three")}}}},
			map[string]float64{"bow_f1": 1, "with": 0.5, "title": 0, "title_lenient": 1, "date": 0, "authors": 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Measure(rec, tt.a, false)
			for k, want := range tt.want {
				if got, ok := m.Mean[k]; !ok || !near(got, want) {
					t.Errorf("%s = %v (present %v), want %v", k, got, ok, want)
				}
			}
		})
	}
}

func TestDateNone(t *testing.T) {
	rec := &Record{DateNone: true}
	if got := Measure(rec, &newsextract.Article{}, false).Mean["date"]; got != 1 {
		t.Errorf("no date given on a date_none page: %v, want 1", got)
	}
	if got := Measure(rec, &newsextract.Article{Published: day("2020-01-01")}, false).Mean["date"]; got != 0 {
		t.Errorf("a date given on a date_none page: %v, want 0", got)
	}
}

func TestSnippetPooling(t *testing.T) {
	recs := []Record{
		{With: []string{"Alpha beta", "gamma"}, Without: []string{"delta"}},
		{With: []string{"epsilon"}, Without: []string{"zeta", "theta"}},
	}
	arts := []*newsextract.Article{{Text: "Alpha  beta delta"}, {Text: "epsilon zeta"}}
	var pages []Measures
	for i := range recs {
		pages = append(pages, Measure(&recs[i], arts[i], false))
	}
	f := Aggregate(pages)["snip_f1"]
	// tp 2 (Alpha beta, epsilon), fn 1 (gamma), fp 2 (delta, zeta), tn 1.
	if f.TP != 2 || f.FN != 1 || f.FP != 2 || f.TN != 1 || !near(*f.Value, 4.0/7) {
		t.Errorf("snip = %+v value %v, want tp2 fn1 fp2 tn1 F1 4/7", f, *f.Value)
	}
	if caseSensitive := Measure(&Record{With: []string{"alpha beta"}}, arts[0], false); caseSensitive.Snip[0] != 0 || caseSensitive.Mean["with"] != 1 {
		t.Errorf("snippet F1 is case-sensitive, the with-rate is not: %+v", caseSensitive)
	}
}

func TestStructure(t *testing.T) {
	rec := &Record{Title: "T", Blocks: []GoldBlock{
		{Type: "heading", Text: "Intro", Level: 2},
		{Type: "heading", Text: "Details", Level: 3},
		{Type: "list_item", Text: "a", Depth: 1},
		{Type: "list_item", Text: "b", Depth: 2},
		{Type: "table", Rows: [][]string{{"h1", "h2"}, {"x", "y"}, {"z", ""}}},
	}}
	a := &newsextract.Article{Sections: []newsextract.Section{
		{Heading: "intro", Level: 2},
		{Heading: "Details", Level: 2, Blocks: []newsextract.Block{
			{Type: newsextract.List, Items: []newsextract.ListItem{{Text: "A", Items: []newsextract.ListItem{{Text: "b"}, {Text: "c"}}}}},
			{Type: newsextract.Table, Header: [][]string{{"h1", "h2"}}, Rows: [][]string{{"x", "y"}, {"", "z"}}},
		}},
		{Heading: "Extra", Level: 2},
	}}
	m := Measure(rec, a, false).Pooled
	want := map[string][2]int{
		"heading_R": {2, 2}, "heading_P": {2, 3}, "heading_level": {1, 2},
		"list_R": {2, 2}, "list_P": {2, 3},
		"table_R": {1, 1}, "table_cells": {4, 5},
	}
	for k, w := range want {
		if m[k] != w {
			t.Errorf("%s = %v, want %v", k, m[k], w)
		}
	}
}

func TestHeadlineCountsWithoutGoldTitle(t *testing.T) {
	rec := &Record{Blocks: []GoldBlock{{Type: "heading", Text: "Page Headline"}}}
	m := Measure(rec, &newsextract.Article{Title: "Page headline"}, false).Pooled
	if m["heading_R"] != [2]int{1, 1} || m["heading_level"] != [2]int{0, 0} {
		t.Errorf("heading_R %v level %v, want [1 1] and no levelled pair", m["heading_R"], m["heading_level"])
	}
}

func TestTableBelowEightyPercent(t *testing.T) {
	rec := &Record{Blocks: []GoldBlock{{Type: "table", Rows: [][]string{{"a", "b", "c", "d", "e"}}}}}
	a := &newsextract.Article{Sections: []newsextract.Section{{Blocks: []newsextract.Block{
		{Type: newsextract.Table, Rows: [][]string{{"a", "b", "c"}}}}}}}
	m := Measure(rec, a, false).Pooled
	if m["table_R"] != [2]int{0, 1} || m["table_cells"] != [2]int{3, 5} {
		t.Errorf("table_R %v cells %v, want [0 1] and [3 5]", m["table_R"], m["table_cells"])
	}
}

func TestRelatedAndComments(t *testing.T) {
	rec := &Record{
		BodyText:     "story words here",
		CommentsText: "great story spam",
		Blocks: []GoldBlock{
			{Type: "main_text", Text: "story words here"},
			{Type: "related", Text: "Other Story", Links: []string{"http://x/1"}},
			{Type: "related", Text: "Third one", Links: []string{"javascript:void(0)"}},
		},
	}
	a := &newsextract.Article{
		Text:    "story words here other great spam",
		Related: []newsextract.Related{{Title: "Read: other story now", URL: "http://y"}},
	}
	m := Measure(rec, a, false).Mean
	// related tokens other story third one (4); body beyond gold: other,
	// great, spam; so 1 of 4 leaked.
	if !near(m["related_found"], 0.5) || !near(m["related_leak"], 0.25) {
		t.Errorf("related found %v leak %v, want 0.5 and 0.25", m["related_found"], m["related_leak"])
	}
	// comment tokens great story spam: great and spam leak, story is the
	// article's own word.
	if !near(m["comment_leak"], 2.0/3) {
		t.Errorf("comment_leak %v, want 2/3", m["comment_leak"])
	}
}

func TestQMarkAppliesToOutput(t *testing.T) {
	rec := &Record{Title: "Caf? “x”", BodyText: "na?ve"}
	a := &newsextract.Article{Title: "Caf\u0113 “x”", Text: "naїve"}
	m := Measure(rec, a, true).Mean
	if m["title"] != 1 || m["bow_f1"] != 1 {
		t.Errorf("with the L3S mapping title %v bow %v, want 1 and 1", m["title"], m["bow_f1"])
	}
}

func TestGoldArticleScoresPerfectly(t *testing.T) {
	rec := &Record{
		Title: "Gold", Date: "2021-02-03", Authors: []string{"X Y"}, BodyText: "Head\nPara one\nitem a\nitem b\nc1 c2",
		With: []string{"Para one"},
		Blocks: []GoldBlock{
			{Type: "heading", Text: "Head", Level: 2},
			{Type: "paragraph", Text: "Para one"},
			{Type: "list_item", Text: "item a", Depth: 1},
			{Type: "list_item", Text: "item b", Depth: 2},
			{Type: "table", Rows: [][]string{{"c1", "c2"}}},
		},
	}
	m := Measure(rec, GoldArticle(rec), false)
	for _, k := range []string{"bow_f1", "with", "title", "date", "authors"} {
		if m.Mean[k] != 1 {
			t.Errorf("%s = %v, want 1", k, m.Mean[k])
		}
	}
	for _, k := range []string{"heading_R", "heading_P", "heading_level", "list_R", "list_P", "table_R", "table_cells"} {
		if p := m.Pooled[k]; p[0] != p[1] || p[1] == 0 {
			t.Errorf("%s = %v, want all hits", k, p)
		}
	}
}

func TestLimitUsesSHA1Order(t *testing.T) {
	s := &Set{Records: []Record{{ID: "a"}, {ID: "b"}, {ID: "c"}}}
	s.Limit(2)
	// sha1: a 86f7e4..., b e9d71f..., c 84a516...
	if len(s.Records) != 2 || s.Records[0].ID != "c" || s.Records[1].ID != "a" {
		t.Errorf("Limit(2) kept %v, want c then a", s.Records)
	}
}
