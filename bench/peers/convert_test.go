package peers

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsextract/newsextract"
	"golang.org/x/net/html"
)

func parse(t *testing.T, s string) *html.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestFromHTML(t *testing.T) {
	type S = newsextract.Section
	type B = newsextract.Block
	type I = newsextract.ListItem
	tests := []struct {
		name     string
		in       string
		want     []S
		wantText string
	}{
		{
			name:     "headings open sections at their level",
			in:       `<p>Lead <b>bold</b></p><h2>One</h2><p>a</p><h3>Two</h3><blockquote><p>q1</p><p>q2</p></blockquote>`,
			want:     []S{{Blocks: []B{{Type: "paragraph", Text: "Lead bold"}}}, {Heading: "One", Level: 2, Blocks: []B{{Type: "paragraph", Text: "a"}}}, {Heading: "Two", Level: 3, Blocks: []B{{Type: "quote", Text: "q1 q2"}}}},
			wantText: "Lead bold\n\nOne\n\na\n\nTwo\n\nq1 q2",
		},
		{
			name:     "nested lists keep their items apart",
			in:       `<ol><li>a<ul><li>a1</li><li><p>a2</p></li></ul></li><li>b</li></ol>`,
			want:     []S{{Blocks: []B{{Type: "list", Ordered: true, Items: []I{{Text: "a", Items: []I{{Text: "a1"}, {Text: "a2"}}}, {Text: "b"}}}}}},
			wantText: "a\na1\na2\nb",
		},
		{
			name:     "tables become grids with thead as header",
			in:       `<table><thead><tr><th>h1</th><th>h2</th></tr></thead><tr><td>x</td><td><p>y</p></td></tr></table>`,
			want:     []S{{Blocks: []B{{Type: "table", Header: [][]string{{"h1", "h2"}}, Rows: [][]string{{"x", "y"}}}}}},
			wantText: "h1 h2 x y",
		},
		{
			name: "loose text between blocks is a paragraph, br breaks nothing",
			in: `<div>loose<br>text<pre>code  line
two</pre>tail<script>x()</script></div>`,
			want:     []S{{Blocks: []B{{Type: "paragraph", Text: "loose text"}, {Type: "code", Text: "code  line\ntwo"}, {Type: "paragraph", Text: "tail"}}}},
			wantText: "loose text\n\ncode  line\ntwo\n\ntail",
		},
		{
			name: "empty output",
			in:   ``,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, text := FromHTML(parse(t, tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sections\n got %+v\nwant %+v", got, tt.want)
			}
			if text != tt.wantText {
				t.Errorf("text %q, want %q", text, tt.wantText)
			}
		})
	}
}

func TestSplitAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"A. Smith; B. Jones", []string{"A. Smith", "B. Jones"}},
		{"", nil},
		{"Anderson", []string{"Anderson"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := SplitAuthors(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitAuthors(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
