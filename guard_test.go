package newsextract

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// formattingBomb is n distinct unclosed <b>s closed off by their <p>, then
// filler: every run of text after a closed block makes the parser re-create
// all n.
func formattingBomb(n int, filler string, size int) []byte {
	var b strings.Builder
	b.WriteString("<p>")
	for i := range n {
		fmt.Fprintf(&b, "<b id=%d>", i)
	}
	b.WriteString("</p>")
	for b.Len() < size {
		b.WriteString(filler)
	}
	return []byte(b.String())
}

// TestFormattingBombRefused: pages that would make the parser build far
// more elements than they have tags fail with ErrTooLarge before parsing.
// Without the estimate the first case took 20 s and 900 MB.
func TestFormattingBombRefused(t *testing.T) {
	cases := []struct {
		name string
		page []byte
	}{
		{"paragraphs", formattingBomb(500, "<p>x</p>", 100_000)},
		{"line breaks", formattingBomb(500, "</div>x<div>", 100_000)},
		{"in an svg title", append([]byte("<svg><title>"), formattingBomb(500, "<p>x</p>", 100_000)...)},
		{"after svg style", append([]byte("<svg><style></style></svg>"), formattingBomb(500, "<p>x</p>", 100_000)...)},
		{"in a table cell", append([]byte("<table><tr><td>"), formattingBomb(500, "<p>x</p>", 100_000)...)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(tc.page, nil)
			if !errors.Is(err, ErrTooLarge) {
				t.Fatalf("err = %v, want ErrTooLarge", err)
			}
		})
	}
}

// TestEstimateFollowsParser compares the estimate with the element count of
// the real parse: close on ordinary pages (it gates every page), and never
// far below on the shapes that multiply elements.
func TestEstimateFollowsParser(t *testing.T) {
	pages := map[string][]byte{
		"small bomb":       formattingBomb(100, "<p>x</p>", 4_000),
		"legacy font soup": []byte(strings.Repeat(`<p><font face="Arial" size="2"><b>News item</b> with text`, 300)),
		"fonts in cells":   []byte("<table>" + strings.Repeat(`<tr><td><font color=red>a<td><font color=blue>b`, 300) + "</table>"),
		"svg and math":     []byte(`<svg><title><b>t</b></title><style>b{}</style><foreignObject><p>x<b>y</p>z</foreignObject></svg><math><mi><i>x</i></mi></math><p>after`),
		"adoption agency":  []byte(strings.Repeat(`<b><i><p>one</b>two</i>three</p>`, 200)),
	}
	for _, tc := range goldenPages {
		page, err := os.ReadFile(filepath.Join("testdata", "pages", tc.name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		pages[tc.name] = page
	}
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			text, err := decodePage(page, "", "")
			if err != nil {
				t.Fatal(err)
			}
			doc, err := html.Parse(bytes.NewReader(text))
			if err != nil {
				t.Fatal(err)
			}
			real, est := countElements(doc, 1<<30), estimateElements(text, 1<<30)
			if est < real*3/4 || est > real*3 {
				t.Errorf("estimate %d for %d elements: outside 0.75-3 times", est, real)
			}
			if bound := elementBound(text); bound < int64(real) {
				t.Errorf("bound %d below the %d elements built", bound, real)
			}
		})
	}
}

// TestLegacyFontSoupAccepted: thousands of unclosed <font>s, as old pages
// have them, stay far below the element limit.
func TestLegacyFontSoupAccepted(t *testing.T) {
	page := []byte(strings.Repeat(`<p><font face="Verdana"><font size=2 color=navy>`+prose, 2000))
	a, err := Extract(page, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "council voted") {
		t.Errorf("text lost: %q", truncate(a.Text, 80))
	}
}
