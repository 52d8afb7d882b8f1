package newsextract

import "testing"

// TestBlockquoteKeepsStructure: a blockquote that only indents a table, a
// list or a heading is read as flow; a plain quotation stays one quote.
func TestBlockquoteKeepsStructure(t *testing.T) {
	cases := []struct {
		name, inner string
		want        []BlockType
	}{
		{"table", `<table><tr><th>Release</th><th>Date</th></tr><tr><td>4.0</td><td>2013-01</td></tr><tr><td>4.1</td><td>2013-07</td></tr></table>`, []BlockType{Table}},
		{"list", `<p>Steps:</p><ul><li>one</li><li>two</li></ul>`, []BlockType{Paragraph, List}},
		{"quotation", `<p>We will keep the feed running.</p><p>That is a promise.</p>`, []BlockType{Quote}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<article><p>`+prose+`</p><blockquote>`+tc.inner+`</blockquote><p>`+prose+`</p></article>`)
			var got []BlockType
			for _, s := range a.Sections {
				for _, b := range s.Blocks {
					if b.Type != Paragraph || b.Text != prose {
						got = append(got, b.Type)
					}
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("blocks = %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("blocks = %v, want %v", got, tc.want)
				}
			}
		})
	}
}
