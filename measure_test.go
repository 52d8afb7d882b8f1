package newsextract

import (
	"strings"
	"testing"
	"unicode"

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

// TestMeasureLinks: paragraphs inside a link (teaser cards) are link text,
// not prose; an <a name> anchor left open around the story is no link.
func TestMeasureLinks(t *testing.T) {
	cases := []struct {
		name, body  string
		prose, link int
	}{
		{"teaser card", `<div id="x"><a href="/story"><p>` + prose + `</p></a></div>`, 0, 150},
		{"open name anchor", `<div id="x"><a name="top"/><p>` + prose + `</p></div>`, 150, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tc.body))
			if err != nil {
				t.Fatal(err)
			}
			stats := measure(doc, nil)
			var div *html.Node
			walk(doc, func(n *html.Node) bool {
				if attr(n, "id") == "x" {
					div = n
				}
				return div == nil
			})
			s := stats[div]
			if abs(s.prose-tc.prose) > 10 || abs(s.link-tc.link) > 10 {
				t.Errorf("prose %d link %d, want about %d and %d", s.prose, s.link, tc.prose, tc.link)
			}
		})
	}
}

func abs(n int) int { return max(n, -n) }

// TestNormSpaceFastPath: the fast path for already-folded ASCII agrees with
// the full fold on texts around its edges.
func TestNormSpaceFastPath(t *testing.T) {
	cases := map[string]string{
		"":                      "",
		"a b":                   "a b",
		" a b":                  "a b",
		"a b ":                  "a b",
		"a  b":                  "a b",
		"a\tb":                  "a b",
		"a\u00a0b":              "a b",
		"caf\u00e9 au lait":     "caf\u00e9 au lait",
		"x\x01y":                "xy",
		"More like this\ue066":  "More like this",
		"\uf007 Sign in":        "Sign in",
		"Plain text, no change": "Plain text, no change",
	}
	for in, want := range cases {
		if got := normSpace(in); got != want {
			t.Errorf("normSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNormSpaceASCIIPath: the byte-wise handling of ASCII agrees with the
// Unicode classes it stands for, on every ASCII character between words
// and at the ends.
func TestNormSpaceASCIIPath(t *testing.T) {
	// the rule in Unicode terms, said another way: drop what is neither
	// printable nor space, then join the words
	fold := func(s string) string {
		s = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) && !unicode.IsSpace(r) || unicode.Is(unicode.Co, r) {
				return -1
			}
			return r
		}, s)
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
			return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
		}), " ")
	}
	for c := rune(0); c < 0x80; c++ {
		for _, in := range []string{"a" + string(c) + "b", string(c) + "x  y", "x\u00a0" + string(c), "é" + string(c) + string(c) + "z " + string(c)} {
			if got, want := normSpace(in), fold(in); got != want {
				t.Errorf("normSpace(%q) = %q, want %q", in, got, want)
			}
		}
	}
}

// TestCountWords: countWords agrees with len(strings.Fields).
func TestCountWords(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a b", "a\u00a0b\tc\n", "Red-hot  frontrunners ", "\u3000日本語 テキスト"} {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestWalkUntil: walkUntil visits in document order, skips a subtree
// when asked, and stops at once, however many siblings are left.
func TestWalkUntil(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id="a"><p id="b"><i id="c"></i></p><ul id="d"><li id="e"></li><li id="f"></li></ul><span id="g"></span></div>`))
	if err != nil {
		t.Fatal(err)
	}
	var root *html.Node
	walk(doc, func(n *html.Node) bool {
		if attr(n, "id") == "a" {
			root = n
		}
		return root == nil
	})
	var order []string
	walkUntil(root, func(n *html.Node) (bool, bool) {
		order = append(order, attr(n, "id"))
		return attr(n, "id") != "d", false // skip the list's items
	})
	if got := strings.Join(order, ""); got != "abcdg" {
		t.Errorf("order %q, want %q", got, "abcdg")
	}
	visits := 0
	walkUntil(root, func(n *html.Node) (bool, bool) {
		visits++
		return true, attr(n, "id") == "c"
	})
	if visits != 3 {
		t.Errorf("%d visits before the stop, want 3", visits)
	}
}
