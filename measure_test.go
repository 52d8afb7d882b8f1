package newsextract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestMeasureLooseTextBesideParagraphs: a cell whose story is loose text
// with <br>s counts that text as prose even when it also holds a real
// paragraph; before, only the paragraph counted and any small <p>
// elsewhere outscored the story.
func TestMeasureLooseTextBesideParagraphs(t *testing.T) {
	cases := []struct {
		name, cell string
		minProse   int
	}{
		{"loose text only", strings.Repeat(prose+"<br><br>", 3), 3 * 150},
		{"loose text and a paragraph", "<p>" + prose + "</p>" + strings.Repeat(prose+"<br><br>", 3), 4 * 150},
		{"link list beside a paragraph", "<p>" + prose + "</p>" + strings.Repeat(`<a href="/x">Another headline of the day here</a><br>`, 8), 150},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<table><tr><td>" + tc.cell + "</td></tr></table>"))
			if err != nil {
				t.Fatal(err)
			}
			stats := measure(doc, nil)
			var td *html.Node
			walk(doc, func(n *html.Node) bool {
				if n.DataAtom == atom.Td {
					td = n
				}
				return td == nil
			})
			got := stats[td].prose
			if got < tc.minProse || got > tc.minProse+3*len(prose) {
				t.Errorf("prose = %d, want about %d", got, tc.minProse)
			}
		})
	}
}
