package newsextract

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// testCellText flattens a cell's text, whitespace-normalised, skipping
// scripts and styles, like the caller's cellText is expected to.
func testCellText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
				b.WriteByte(' ')
			case isHTMLElement(c, atom.Script), isHTMLElement(c, atom.Style):
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

func parseDoc(t testing.TB, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return doc
}

// tablesIn lists every <table> of the tree in document order.
func tablesIn(doc *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if isHTMLElement(n, atom.Table) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// tableAt parses page and returns its i-th table.
func tableAt(t *testing.T, page string, i int) *html.Node {
	t.Helper()
	ts := tablesIn(parseDoc(t, page))
	if len(ts) <= i {
		t.Fatalf("page has %d tables, want index %d", len(ts), i)
	}
	return ts[i]
}

// articleText is surrounding prose, so that a table is not most of the page.
var articleText = strings.Repeat("<p>"+strings.Repeat("The council met on Tuesday to discuss the budget. ", 8)+"</p>", 12)

func TestReadTableGrid(t *testing.T) {
	cases := []struct {
		name    string
		html    string
		caption string
		header  [][]string
		rows    [][]string
	}{
		{
			name:   "colspan repeats the value",
			html:   `<table><tr><th>A<th>B<th>C<tr><td colspan=2>x<td>y<tr><td>1<td>2<td>3</table>`,
			header: [][]string{{"A", "B", "C"}},
			rows:   [][]string{{"x", "x", "y"}, {"1", "2", "3"}},
		},
		{
			name: "rowspan repeats the value down",
			html: `<table><tr><td rowspan=2>a<td>b<tr><td>c<tr><td>d<td>e</table>`,
			rows: [][]string{{"a", "b"}, {"a", "c"}, {"d", "e"}},
		},
		{
			name:   "oversized colspan spans only the columns the table has",
			html:   `<table><tr><th colspan=100>Prices<tr><td>tea<td>2<td>3<tr><td>milk<td>1<td>4</table>`,
			header: [][]string{{"Prices", "Prices", "Prices"}},
			rows:   [][]string{{"tea", "2", "3"}, {"milk", "1", "4"}},
		},
		{
			name: "colspan over a rowspan from above is cut short",
			html: `<table><tr><td>a<td>b<td rowspan=2>c<tr><td colspan=3>d<tr><td>e<td>f<td>g</table>`,
			rows: [][]string{{"a", "b", "c"}, {"d", "d", "c"}, {"e", "f", "g"}},
		},
		{
			name: "rowspan and colspan together",
			html: `<table><tr><td rowspan=2 colspan=2>a<td>b<tr><td>c<tr><td>d<td>e<td>f</table>`,
			rows: [][]string{{"a", "a", "b"}, {"a", "a", "c"}, {"d", "e", "f"}},
		},
		{
			name: "rowspan=0 spans to the end of its row group only",
			html: `<table><tbody><tr><td rowspan=0>g<td>1<tr><td>2<tr><td>3</tbody>` +
				`<tbody><tr><td>h<td>4</tbody></table>`,
			rows: [][]string{{"g", "1"}, {"g", "2"}, {"g", "3"}, {"h", "4"}},
		},
		{
			name: "rowspan past the group end is cut at the group end",
			html: `<table><tbody><tr><td rowspan=9>g<td>1<tr><td>2</tbody>` +
				`<tbody><tr><td>h<td>4</tbody></table>`,
			rows: [][]string{{"g", "1"}, {"g", "2"}, {"h", "4"}},
		},
		{
			name: "invalid spans clamp to one",
			html: `<table><tr><td colspan=0>a<td colspan=x>b<td rowspan=-3>c<td rowspan="">d` +
				`<tr><td>1<td>2<td>3<td>4</table>`,
			rows: [][]string{{"a", "b", "c", "d"}, {"1", "2", "3", "4"}},
		},
		{
			name: "spans parse like browsers: leading space, plus sign, trailing junk",
			html: `<table><tr><td colspan=" +2px">a<td>b<tr><td>1<td>2<td>3</table>`,
			rows: [][]string{{"a", "a", "b"}, {"1", "2", "3"}},
		},
		{
			name:   "thead rows are the header even with td cells",
			html:   `<table><thead><tr><td>Name<td>Age</thead><tbody><tr><td>Ann<td>31<tr><td>Bo<td>42</tbody></table>`,
			header: [][]string{{"Name", "Age"}},
			rows:   [][]string{{"Ann", "31"}, {"Bo", "42"}},
		},
		{
			name:   "thead written after tbody still comes first, tfoot last",
			html:   `<table><tfoot><tr><td>Total<td>73</tfoot><tbody><tr><td>Ann<td>31</tbody><thead><tr><th>Name<th>Age</thead></table>`,
			header: [][]string{{"Name", "Age"}},
			rows:   [][]string{{"Ann", "31"}, {"Total", "73"}},
		},
		{
			name:   "th first row is the header",
			html:   `<table><tr><th>Name<th>Age<tr><td>Ann<td>31<tr><td>Bo<td>42</table>`,
			header: [][]string{{"Name", "Age"}},
			rows:   [][]string{{"Ann", "31"}, {"Bo", "42"}},
		},
		{
			name:   "several leading th rows are all header",
			html:   `<table><tr><th colspan=2>People<tr><th>Name<th>Age<tr><td>Ann<td>31</table>`,
			header: [][]string{{"People", "People"}, {"Name", "Age"}},
			rows:   [][]string{{"Ann", "31"}},
		},
		{
			name:   "bold first row is the header",
			html:   `<table><tr><td><b>Name</b></td><td><strong> Age </strong></td><tr><td>Ann<td>31<tr><td>Bo<td>42</table>`,
			header: [][]string{{"Name", "Age"}},
			rows:   [][]string{{"Ann", "31"}, {"Bo", "42"}},
		},
		{
			name: "bold throughout is no header",
			html: `<table><tr><td><b>Name</b><td><b>Age</b><tr><td><b>Ann</b><td><b>31</b></table>`,
			rows: [][]string{{"Name", "Age"}, {"Ann", "31"}},
		},
		{
			name: "partly bold first cell is no header",
			html: `<table><tr><td><b>Name</b> (full)<td><b>Age</b><tr><td>Ann<td>31</table>`,
			rows: [][]string{{"Name (full)", "Age"}, {"Ann", "31"}},
		},
		{
			name: "a column of row headers is not a header row",
			html: `<table><tr><th>Ann<td>31<tr><th>Bo<td>42<tr><th>Cy<td>53</table>`,
			rows: [][]string{{"Ann", "31"}, {"Bo", "42"}, {"Cy", "53"}},
		},
		{
			name:   "row headers under a real header row",
			html:   `<table><tr><th>Name<th>Age<tr><th>Ann<td>31<tr><th>Bo<td>42</table>`,
			header: [][]string{{"Name", "Age"}},
			rows:   [][]string{{"Ann", "31"}, {"Bo", "42"}},
		},
		{
			name:   "bold td beside a th row header is a header",
			html:   `<table><tr><th>Year<td><b>Total</b><tr><th>2020<td>5<tr><th>2021<td>7</table>`,
			header: [][]string{{"Year", "Total"}},
			rows:   [][]string{{"2020", "5"}, {"2021", "7"}},
		},
		{
			name:    "caption",
			html:    `<table><caption> Results  by <i>region</i> </caption><tr><td>North<td>4<tr><td>South<td>5</table>`,
			caption: "Results by region",
			rows:    [][]string{{"North", "4"}, {"South", "5"}},
		},
		{
			name: "trailing empty columns trimmed, inner empty column kept, rows padded",
			html: `<table><tr><td>a<td><td>b<td><td> <tr><td>c<tr><td>d<td><td>e<td></table>`,
			rows: [][]string{{"a", "", "b"}, {"c", "", ""}, {"d", "", "e"}},
		},
		{
			name: "a header over no rows is the table's rows",
			html: `<table><thead><tr><th>Model<th>Range</thead><tbody></tbody></table>`,
			rows: [][]string{{"Model", "Range"}},
		},
		{
			name:   "empty rows dropped, header included",
			html:   `<table><thead><tr><td> <td></thead><tr><td>a<td>b<tr><td><td><tr><td>c<td>d</table>`,
			header: nil,
			rows:   [][]string{{"a", "b"}, {"c", "d"}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, layout := readTable(tableAt(t, articleText+tc.html, 0), testCellText)
			if layout {
				t.Fatal("read as layout, want data")
			}
			if b.Type != Table {
				t.Errorf("Type = %q, want %q", b.Type, Table)
			}
			if b.Caption != tc.caption {
				t.Errorf("Caption = %q, want %q", b.Caption, tc.caption)
			}
			if !reflect.DeepEqual(b.Header, tc.header) {
				t.Errorf("Header = %q, want %q", b.Header, tc.header)
			}
			if !reflect.DeepEqual(b.Rows, tc.rows) {
				t.Errorf("Rows = %q, want %q", b.Rows, tc.rows)
			}
		})
	}
}

func TestReadTableClampsSpans(t *testing.T) {
	t.Run("colspan above 1000 is 1000", func(t *testing.T) {
		// x covers columns 0..999 and y starts at 1000, where c starts
		// too; unclamped, y would start at 5000, in a column of its own.
		page := `<table><tr><td colspan=5000>x<td>y<tr><td colspan=999>a<td>b<td>c</table>`
		b, _ := readTable(tableAt(t, page, 0), testCellText)
		want := [][]string{{"x", "x", "y"}, {"a", "b", "c"}}
		if !reflect.DeepEqual(b.Rows, want) {
			t.Errorf("Rows = %q, want %q", b.Rows, want)
		}
	})
	t.Run("rowspan above 65534 is cut at the group end", func(t *testing.T) {
		b, _ := readTable(tableAt(t, `<table><tr><td rowspan=99999999999999999999>x<td>1<tr><td>2</table>`, 0), testCellText)
		want := [][]string{{"x", "1"}, {"x", "2"}}
		if !reflect.DeepEqual(b.Rows, want) {
			t.Errorf("Rows = %q, want %q", b.Rows, want)
		}
	})
	for _, tc := range []struct {
		in   string
		want int
		ok   bool
	}{
		{"3", 3, true}, {" \t\n+7", 7, true}, {"12abc", 12, true}, {"0", 0, true}, {"-0", 0, true},
		{"", 0, false}, {"abc", 0, false}, {"-2", 0, false}, {"+", 0, false}, {"٣", 0, false},
	} {
		t.Run(fmt.Sprintf("parseSpan %q", tc.in), func(t *testing.T) {
			got, ok := parseSpan(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("parseSpan(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
	t.Run("huge values saturate, not overflow", func(t *testing.T) {
		v, ok := parseSpan(strings.Repeat("9", 40))
		if !ok || v < maxRowspan {
			t.Errorf("parseSpan(9×40) = %d, %v; want ≥ %d, true", v, ok, maxRowspan)
		}
	})
}

func TestReadTableHugeSpansStayBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("<table>")
	for i := range 500 {
		fmt.Fprintf(&b, `<tr><td colspan=1000 rowspan=65534>%d<td colspan=1000>z`, i)
	}
	b.WriteString("</table>")
	page := b.String()
	tb, layout := readTable(tableAt(t, page, 0), testCellText)
	if layout {
		t.Fatal("read as layout")
	}
	rows := append(append([][]string{}, tb.Header...), tb.Rows...)
	if len(rows) == 0 {
		t.Fatal("no rows kept")
	}
	budget := minGridCells + gridCellsPerSourceCell*1000
	if cells := len(rows) * len(rows[0]); cells > budget || len(rows[0]) > maxColumns {
		t.Errorf("grid %d×%d exceeds the budget of %d cells", len(rows), len(rows[0]), budget)
	}
	if rows[0][0] != "0" || rows[len(rows)-1][0] != "0" {
		t.Errorf("first column = %q…%q, want the rowspan value 0 throughout", rows[0][0], rows[len(rows)-1][0])
	}
}

func TestReadTableNested(t *testing.T) {
	page := articleText + `<table><tr><td>outer a<td>outer b<tr><td>outer c<td>` +
		`<table><tr><th>In<th>Out<tr><td>1<td>2<tr><td>3<td>4</table></td><tr><td>outer d<td>outer e</table>`
	t.Run("the outer table is layout", func(t *testing.T) {
		if _, layout := readTable(tableAt(t, page, 0), testCellText); !layout {
			t.Error("outer table read as data")
		}
	})
	t.Run("the inner table keeps only its own rows", func(t *testing.T) {
		b, layout := readTable(tableAt(t, page, 1), testCellText)
		if layout {
			t.Fatal("inner table read as layout")
		}
		want := [][]string{{"1", "2"}, {"3", "4"}}
		if !reflect.DeepEqual(b.Rows, want) || !reflect.DeepEqual(b.Header, [][]string{{"In", "Out"}}) {
			t.Errorf("Header %q Rows %q, want [[In Out]] %q", b.Header, b.Rows, want)
		}
	})
	t.Run("the outer scan never reads the inner rows", func(t *testing.T) {
		outer := tableAt(t, page, 0)
		s := scanTable(outer)
		if !s.nested {
			t.Error("nested table not noticed")
		}
		for _, r := range s.rowsInOrder() {
			for _, c := range r.cells {
				if owner := c.node.Parent.Parent.Parent; owner != outer {
					t.Errorf("scan holds a cell of another table: %q", testCellText(c.node))
				}
			}
		}
	})
}

// sentence returns prose of about n runes.
func sentence(n int) string {
	const s = "Officials said the plan would be reviewed again next spring. "
	return strings.TrimSpace(strings.Repeat(s, n/len(s)+1)[:n])
}

func TestReadTableLayout(t *testing.T) {
	para := "<p>" + sentence(200) + "</p>"
	cases := []struct {
		name   string
		html   string
		layout bool
	}{
		{"role presentation", `<table role="presentation"><tr><td>a<td>b<tr><td>c<td>d</table>`, true},
		{"role none among others", `<table role="none grid"><tr><td>a<td>b<tr><td>c<td>d</table>`, true},
		{"role grid is data", `<table role="grid"><tr><td>a<td>b<tr><td>c<td>d</table>`, false},
		{"contains a table", `<table><tr><td>a<td><table><tr><td>x<td>y</table></table>`, true},
		{"single cell", `<table><tr><td>Note: times are local.</table>`, true},
		{"single row of prose", `<table><tr><td>` + sentence(300) + `<td>` + sentence(300) + `</table>`, true},
		{"single row of short values is data", `<table><tr><td>Mon<td>Tue<td>Wed</table>`, false},
		{"single column of prose", `<table><tr><td>` + sentence(150) + `<tr><td>` + sentence(150) + `</table>`, true},
		{"single column of short values is data", `<table><tr><td>Apples<tr><td>Pears<tr><td>Plums</table>`, false},
		{"cell with several paragraphs", `<table><tr><td><p>` + sentence(60) + `</p><p>` + sentence(60) + `</p><p>` + sentence(60) + `</p><td>x<tr><td>y<td>z</table>`, true},
		{"cell with several short paragraphs is data", `<table><tr><td><p>Price</p><p>$17</p><p>with code</p><td>x<tr><td>y<td>z</table>`, false},
		{"cell with heading and paragraph", `<table><tr><td><h2>News</h2><p>` + sentence(160) + `</p><td>x<tr><td>y<td>z</table>`, true},
		{"cell with paragraph-sized divs and a list", `<table><tr><td><div>` + sentence(150) + `</div><div>` + sentence(140) +
			`</div><ul><li>3</ul><td>x<tr><td>y<td>z</table>`, true},
		{"comparison cells of short divs are data", `<table>` + strings.Repeat(`<tr><td><div>Rating</div><div>4.8</div><div>Free plan</div><div>$17</div>`+
			`<td><div>Rating</div><div>4.5</div><div>Trial</div><div>$16</div>`, 3) + `</table>`, false},
		{"one value and an image is a figure, not a table", `<table><tr><td><img src=a.jpg><tr><td>Block diagram of the chip</table>`, true},
		{"long cell in a paragraph", `<table><tr><td>` + para + para + para + `<td>x<tr><td>y<td>z</table>`, true},
		{"one paragraph per cell is data", `<table><tr><td><p>Ann</p><td><p>31</p><tr><td><p>Bo</p><td><p>42</p></table>`, false},
		{"long average cell text", `<table><tr><td>` + sentence(320) + `<td>` + sentence(300) +
			`<tr><td>` + sentence(280) + `<td>` + sentence(310) + `</table>`, true},
		{"only images", `<table><tr><td><img src=a.jpg><td><img src=b.jpg><tr><td> <td><img src=c.jpg></table>`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, layout := readTable(tableAt(t, articleText+tc.html, 0), testCellText)
			if layout != tc.layout {
				t.Fatalf("layout = %v, want %v (block %+v)", layout, tc.layout, b)
			}
			if layout && !reflect.DeepEqual(b, Block{}) {
				t.Errorf("layout table returned a block: %+v", b)
			}
		})
	}
}

// keyEvents is a data table whose cells are a sentence or two.
func keyEvents() string {
	var b strings.Builder
	b.WriteString(`<table><tr><th>Date<th>Event`)
	for i := range 8 {
		fmt.Fprintf(&b, `<tr><td>%d March 2024<td>%s`, i+1, sentence(120+10*i))
	}
	b.WriteString(`</table>`)
	return b.String()
}

// proseGrid is a 2×3 grid of short paragraphs without block markup, as an
// old page lays out its text.
func proseGrid() string {
	var b strings.Builder
	b.WriteString("<table>")
	for range 3 {
		fmt.Fprintf(&b, "<tr><td>%s<td>%s", sentence(150), sentence(170))
	}
	b.WriteString("</table>")
	return b.String()
}

func TestReadTableMostOfPage(t *testing.T) {
	cases := []struct {
		name   string
		page   string
		layout bool
	}{
		{"data table with sentences in an article", articleText + keyEvents(), false},
		{"data table with sentences and a short intro stays data", "<h1>Key events</h1><p>What happened.</p>" + keyEvents(), false},
		{"prose grid holding most of the page", "<p>Intro.</p>" + proseGrid(), true},
		{"prose grid inside an article", articleText + proseGrid(), false},
		{"short-valued table holding the whole page is data",
			"<p>Results.</p><table><tr><th>Town<th>Votes" + strings.Repeat("<tr><td>Springfield<td>12,345", 80) + "</table>", false},
		{"scripts do not count as page text",
			"<script>" + strings.Repeat("var x = 1;", 2000) + "</script>" + proseGrid(), true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, layout := readTable(tableAt(t, tc.page, 0), testCellText)
			if layout != tc.layout {
				t.Fatalf("layout = %v, want %v", layout, tc.layout)
			}
			if !layout && len(b.Rows) < 3 {
				t.Errorf("body has %d rows, want at least 3", len(b.Rows))
			}
			if wantHead := [][]string{{"Date", "Event"}}; !layout && strings.Contains(tc.page, "<th>Date") && !reflect.DeepEqual(b.Header, wantHead) {
				t.Errorf("Header = %q, want %q", b.Header, wantHead)
			}
		})
	}
}

func FuzzReadTable(f *testing.F) {
	for _, s := range []string{
		`<table><tr><td colspan=2>a<td>b<tr><td rowspan=0>c<td>d</table>`,
		`<table><caption>c</caption><thead><tr><th>h</thead><tbody><tr><td rowspan=3>x<td>y</tbody><tfoot><tr><td>f</tfoot></table>`,
		`<table><tr><td colspan=1000 rowspan=65534>x<tr><td colspan=1000>y<td colspan=9999>z</table>`,
		`<table><tr><td><b>B</b><td><strong>S</strong><tr><th>r<td>v</table>`,
		`<table><tr><td><table><tr><td>in</table><td>out</table>`,
		`<table role=presentation><tr><td><p>a<p>b<p>c</table>`,
		"<table><tr><td>\xff\xfe<td>\xc3</table>",
		`<table><tr><td colspan=" +3x" rowspan="-0">a<td rowspan=" 2">b<tr><td>c</table>`,
		`<table><tr><td rowspan=2 colspan=2>a<td>b<tr><td colspan=3>c<td>d</table>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		for _, tn := range tablesIn(doc) {
			srcBytes := 0
			counting := func(n *html.Node) string {
				s := testCellText(n)
				srcBytes += len(s)
				return s
			}
			b, layout := readTable(tn, counting)
			if layout {
				if !reflect.DeepEqual(b, Block{}) {
					t.Fatalf("layout with a block: %+v", b)
				}
				continue
			}
			checkTableBlock(t, b, srcBytes)
		}
	})
}

func checkTableBlock(t *testing.T, b Block, srcBytes int) {
	t.Helper()
	if b.Type != Table {
		t.Fatalf("Type = %q", b.Type)
	}
	if !utf8.ValidString(b.Caption) {
		t.Fatalf("caption %q is not UTF-8", b.Caption)
	}
	rows := append(append([][]string{}, b.Header...), b.Rows...)
	if len(rows) == 0 {
		t.Fatal("data table without rows")
	}
	width, text := len(rows[0]), 0
	if width == 0 || width > maxColumns || len(rows)*width > maxGridCells {
		t.Fatalf("grid %d×%d out of bounds", len(rows), width)
	}
	lastColUsed := false
	for _, r := range rows {
		if len(r) != width {
			t.Fatalf("ragged grid: row of %d in width %d", len(r), width)
		}
		if isBlankRow(r) {
			t.Fatal("empty row kept")
		}
		lastColUsed = lastColUsed || r[width-1] != ""
		for _, c := range r {
			text += len(c)
			if !utf8.ValidString(c) {
				t.Fatalf("cell %q is not UTF-8", c)
			}
		}
	}
	if !lastColUsed {
		t.Fatal("empty trailing column kept")
	}
	if text > minGridTextBytes+gridTextPerSourceByte*srcBytes {
		t.Fatalf("grid text %d bytes from %d source bytes", text, srcBytes)
	}
}

// TestReadTableHiddenParts: cells and rows the page hides take no place in
// the grid, as in a browser; a hiding class with a responsive class that
// shows the cell at some width does not hide it.
func TestReadTableHiddenParts(t *testing.T) {
	cases := []struct {
		name string
		html string
		want [][]string
	}{
		{"hidden sort column", `<table><tr><th class="hidden border">oSort<th>Product<th>Price<tr><td class="hidden">0<td>Blackbird<td>$175<tr><td class="hidden">1<td>Hennessy<td>$150</table>`,
			[][]string{{"Product", "Price"}, {"Blackbird", "$175"}, {"Hennessy", "$150"}}},
		{"hidden attribute and inline style", `<table><tr><td>a<td hidden>x<td>b<tr style="display: none"><td>f<td>g<tr><td>c<td style="display:none">y<td>d</table>`,
			[][]string{{"a", "b"}, {"c", "d"}}},
		{"Bootstrap d-none", `<table><tr><td class="d-none">k<td>a<td>b<tr><td class="d-none">k<td>c<td>d</table>`,
			[][]string{{"a", "b"}, {"c", "d"}}},
		{"shown again at a breakpoint", `<table><tr><td class="hidden md:table-cell">wide<td>a<tr><td class="d-none d-lg-table-cell">wide<td>c</table>`,
			[][]string{{"wide", "a"}, {"wide", "c"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, layout := readTable(tableAt(t, articleText+tc.html, 0), testCellText)
			if layout {
				t.Fatalf("read as layout")
			}
			if got := append(b.Header, b.Rows...); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("grid = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSpannedCellOnceInText: the grid repeats a spanning cell in every
// column and row it covers, but the article's running text has each cell
// once, as the page shows it.
func TestSpannedCellOnceInText(t *testing.T) {
	a := extractString(t, `<article><p>`+prose+`</p><table><tr><th>Item</th><th colspan="2">Price in Dundalk and Newry</th></tr>`+
		`<tr><td rowspan="2">Petrol</td><td>€0.89</td><td>£0.74</td></tr><tr><td>€0.91</td><td>£0.75</td></tr></table><p>`+prose+`</p></article>`)
	var grid [][]string
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == Table {
				grid = append(b.Header, b.Rows...)
			}
		}
	}
	if len(grid) != 3 || grid[0][2] != "Price in Dundalk and Newry" || grid[2][0] != "Petrol" {
		t.Fatalf("grid %q, want the spans expanded", grid)
	}
	if n := strings.Count(a.Text, "Price in Dundalk"); n != 1 {
		t.Errorf("spanning heading %d times in the text: %q", n, a.Text)
	}
	if n := strings.Count(a.Text, "Petrol"); n != 1 {
		t.Errorf("spanning row label %d times in the text: %q", n, a.Text)
	}
}

// TestOneRowOfListColumns: a one-row table whose cells are columns of one
// list, typed as bullet lines, is layout: its lines come out as list
// items, not as a grid of one row.
func TestOneRowOfListColumns(t *testing.T) {
	column := func(names ...string) string {
		var b strings.Builder
		for _, n := range names {
			b.WriteString("&nbsp;<b>&middot;</b>&nbsp;" + n + "<br>\n")
		}
		return b.String()
	}
	a := extractString(t, `<article><p>`+prose+`</p><table><tr><td>`+column("American Express", "Mastercard", "Visa")+
		`</td><td></td><td>`+column("Discover", "HSBC", "US Bank")+`</td></tr></table><p>`+prose+`</p></article>`)
	var items []string
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type == Table {
				t.Fatalf("read as a table: %+v", b)
			}
			for _, it := range b.Items {
				items = append(items, it.Text)
			}
		}
	}
	if want := "American Express|Mastercard|Visa|Discover|HSBC|US Bank"; strings.Join(items, "|") != want {
		t.Errorf("items %q, want %s", items, want)
	}
}

// TestSplitTable: a table that holds only its header row and the table
// right after it that holds the rows are one table; tables that only sit
// side by side stay apart.
func TestSplitTable(t *testing.T) {
	head := `<table><thead><tr><th>Model</th><th>Price</th></tr></thead></table>`
	rows := `<table><tbody><tr><td>Halo</td><td>$849</td></tr><tr><td>MoGo</td><td>$599</td></tr></tbody></table>`
	cases := []struct {
		name, html string
		want       []string // each table's grid, rows joined by "/" and cells by "|"
	}{
		{"header table then rows", head + rows, []string{"Model|Price/Halo|$849/MoGo|$599"}},
		{"scrolling header in wrappers", `<div class="dataTables_scrollHead"><div class="inner">` + head + `</div></div><div class="dataTables_scrollBody">` + rows + `</div>`,
			[]string{"Model|Price/Halo|$849/MoGo|$599"}},
		{"title row spanning the header", `<table><thead><tr><th colspan="2"><h3>Halo Specs</h3></th></tr></thead></table>` + rows,
			[]string{"Halo Specs|Halo Specs/Halo|$849/MoGo|$599"}},
		{"rows with a header of their own", head + `<table><tr><th>Name</th><th>Cost</th></tr><tr><td>Halo</td><td>$849</td></tr></table>`,
			[]string{"Model|Price", "Name|Cost/Halo|$849"}},
		{"rows of another width", head + `<table><tr><td>Halo</td><td>$849</td><td>DLP</td></tr><tr><td>MoGo</td><td>$599</td><td>LED</td></tr></table>`,
			[]string{"Model|Price", "Halo|$849|DLP/MoGo|$599|LED"}},
		{"rows outside the article", `<p>` + prose + `</p>` + head + `</article><table><tbody><tr><td>Halo</td><td>$849</td></tr></tbody></table><article>`, []string{"Model|Price"}},
		{"text between the two", head + `<p>Prices as of May.</p>` + rows, []string{"Model|Price", "Halo|$849/MoGo|$599"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<article><p>`+prose+`</p>`+tc.html+`<p>`+prose+`</p></article>`)
			var got []string
			for _, s := range a.Sections {
				for _, b := range s.Blocks {
					if b.Type != Table {
						continue
					}
					var lines []string
					for _, r := range append(b.Header, b.Rows...) {
						lines = append(lines, strings.Join(r, "|"))
					}
					got = append(got, strings.Join(lines, "/"))
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("tables %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPictureFramedInTable: an old layout floats a photo and its caption
// in a table, a spacer column beside them. It is a figure and a caption,
// not a one-row grid; a table of several pictured items stays a table.
func TestPictureFramedInTable(t *testing.T) {
	framed := `<table width="288" align="right"><tr><td rowspan="2" width="8">&nbsp;</td><td><img src="https://news.example/ozaka.jpg" alt=""></td></tr>` +
		`<tr><td class="caption">Not going quietly: Akio Ozaka</td></tr></table>`
	items := `<table><tr><th>Item</th><th>Icon</th></tr><tr><td>Belt</td><td><img src="https://news.example/belt.png"></td></tr>` +
		`<tr><td>Inserter</td><td><img src="https://news.example/inserter.png"></td></tr></table>`
	a := extractString(t, `<article><p>`+prose+`</p>`+framed+`<p>`+prose+`</p>`+items+`<p>`+prose+`</p></article>`)
	var figures, tables []Block
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			switch b.Type {
			case Figure:
				figures = append(figures, b)
			case Table:
				tables = append(tables, b)
			}
		}
	}
	if len(figures) != 1 || figures[0].Src != "https://news.example/ozaka.jpg" {
		t.Errorf("figures = %+v, want the framed photo", figures)
	}
	if len(tables) != 1 || len(tables[0].Rows) != 2 || tables[0].Rows[0][0] != "Belt" {
		t.Errorf("tables = %+v, want the items table alone", tables)
	}
	if !strings.Contains(a.Text, "Not going quietly") {
		t.Errorf("caption lost: %.300q", a.Text)
	}
}

// TestTableLinks: a data table keeps its cells' links in reading order
// (the header's, then each row's), each as its cell shows it; the
// caption's are not among them.
func TestTableLinks(t *testing.T) {
	a := extractBetweenProse(t, `<table><caption>Parks, <a href="/list">all of them</a></caption>`+
		`<tr><th><a href="/about-parks">Park</a></th><th>Source</th></tr>`+
		`<tr><td><a href="/parks/elm">Elm Park</a></td><td rowspan="2">See <a href="https://city.example/report">the report</a> and <a href="https://city.example/map">map</a></td></tr>`+
		`<tr><td>Oak Park</td></tr><tr><td><a href="/parks/ash">Ash Park</a></td><td>None</td></tr></table>`)
	table, ok := firstOfType(a, Table)
	if !ok {
		t.Fatalf("no table: %+v", a.Sections)
	}
	want := []Link{
		{Text: "Park", URL: "https://news.example/about-parks"},
		{Text: "Elm Park", URL: "https://news.example/parks/elm"},
		{Text: "the report", URL: "https://city.example/report"},
		{Text: "map", URL: "https://city.example/map"},
		{Text: "Ash Park", URL: "https://news.example/parks/ash"},
	}
	if !slices.Equal(table.Links, want) {
		t.Errorf("links %+v\nwant %+v", table.Links, want)
	}
}

// TestCellsOfMarks: a cell holding only "✓", "—" or "?" has that value,
// as a reader sees it; a cell's bullet or quotation-mark ornament, and a
// rating's stars drawn beside its figure, are no value.
func TestCellsOfMarks(t *testing.T) {
	cases := []struct {
		name, rows string
		want       [][]string
	}{
		{"ticks and dashes", `<tr><td>Laundry</td><td>✓</td><td>✗</td></tr><tr><td>Parking</td><td>—</td><td>?</td></tr>`,
			[][]string{{"Laundry", "✓", "✗"}, {"Parking", "—", "?"}}},
		{"bullet column", `<tr><td>•</td><td>Brainstorm leaders</td></tr><tr><td>•</td><td>Prepare interviews</td></tr>`,
			[][]string{{"", "Brainstorm leaders"}, {"", "Prepare interviews"}}},
		{"stars beside a score", `<tr><td>Our score</td><td>9.8 <div class="stars">☆ ★ ☆ ★</div></td></tr><tr><td>Price</td><td>$20</td></tr>`,
			[][]string{{"Our score", "9.8"}, {"Price", "$20"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractBetweenProse(t, `<table>`+tc.rows+`</table>`)
			table, ok := firstOfType(a, Table)
			if !ok {
				t.Fatalf("no table: %+v", a.Sections)
			}
			if !reflect.DeepEqual(table.Rows, tc.want) {
				t.Errorf("rows %q, want %q", table.Rows, tc.want)
			}
		})
	}
}
