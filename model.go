package newsextract

import (
	"encoding/json"
	"fmt"
	"time"
)

// Article is what a reader of a news page sees: its metadata and its body in
// document order. It holds no reference to the parsed tree, so it can be kept,
// copied and marshalled freely. The JSON field names are a contract.
type Article struct {
	URL          string   `json:"url,omitempty"`
	CanonicalURL string   `json:"canonical_url,omitempty"`
	Title        string   `json:"title,omitempty"`
	Description  string   `json:"description,omitempty"`
	SiteName     string   `json:"site_name,omitempty"`
	Language     string   `json:"language,omitempty"`
	Authors      []string `json:"authors,omitempty"`
	Published    Date     `json:"published,omitzero"`
	Modified     Date     `json:"modified,omitzero"`
	Image        string   `json:"image,omitempty"`
	// Tags are the article's tags and keywords: from article:tag metas,
	// the JSON-LD keywords, the keywords metas, or else the page's rel=tag
	// links under the headline.
	Tags     []string  `json:"tags,omitempty"`
	Sections []Section `json:"sections,omitempty"`
	Related  []Related `json:"related,omitempty"`
	// Comments holds reader comments, filled only when Options.Comments is set.
	Comments []Comment `json:"comments,omitempty"`
	// Text is the whole body as plain text, blocks separated by blank lines.
	Text string `json:"text,omitempty"`
	// Removed lists what the extractor dropped or moved, filled only when
	// Options.Explain is set.
	Removed []Removal `json:"removed,omitempty"`
	// Explanation lists every block of the page and what became of it,
	// filled only when Options.Explain is set.
	Explanation *Explanation `json:"explanation,omitempty"`
}

// Section is a run of blocks under one heading. The untitled lead before the
// first heading has Level 0 and an empty Heading.
type Section struct {
	Heading string  `json:"heading,omitempty"`
	Level   int     `json:"level"`
	Blocks  []Block `json:"blocks,omitempty"`
}

// BlockType names the kind of a Block.
type BlockType string

// The block types an article body is made of.
const (
	Paragraph BlockType = "paragraph"
	List      BlockType = "list"
	Table     BlockType = "table"
	Quote     BlockType = "quote"
	Figure    BlockType = "figure"
	Code      BlockType = "code"
	// Embed is a video or audio player the page embeds (an <iframe> of a
	// known player, a <video> or <audio>), a chart or map a newsroom's
	// tool draws in an <iframe> (Datawrapper, Flourish, Google Maps), or a
	// social network's post (Instagram, TikTok): Src is the player's, the
	// media file's, the graphic's or the post's URL, Alt the frame's title,
	// Text the caption (a post's own text and credit).
	Embed BlockType = "embed"
)

// Block is one unit of body content. Which fields are set depends on Type:
// Text and Links for paragraphs and quotes (Text holds "\n" where the page
// broke a line with <br>, a blank line between a quote's paragraphs); Text and Lang for code;
// Ordered, Start and Items for lists; Caption, Header, Rows and Links for
// tables (the links of the cells, in reading order: header, then rows,
// each row left to right); Src, Alt and Text (the caption) for figures
// and embeds. Src is absolute; a figure has none when its picture's
// address is relative and the page's own is unknown (no Options.URL,
// canonical link or <base>), and then keeps its caption alone.
type Block struct {
	Type    BlockType `json:"type"`
	Text    string    `json:"text,omitempty"`
	Links   []Link    `json:"links,omitempty"`
	Ordered bool      `json:"ordered,omitempty"`
	// Start is the number of an ordered list's first item where the page
	// sets one above 1 (<ol start="4">, or the second part of a list a
	// heading interrupts); 0 means the list counts from 1.
	Start   int        `json:"start,omitempty"`
	Items   []ListItem `json:"items,omitempty"`
	Caption string     `json:"caption,omitempty"`
	Header  [][]string `json:"header,omitempty"`
	Rows    [][]string `json:"rows,omitempty"`
	// Lang is a code block's programming language where the markup
	// names it ("go", "python"), lower-cased.
	Lang string `json:"lang,omitempty"`
	Src  string `json:"src,omitempty"`
	Alt  string `json:"alt,omitempty"`

	// flat is a table's text with each source cell once, for
	// Article.Text; a Block decoded from JSON has none and its grid is
	// read instead.
	flat string
	// bold marks a paragraph whose every word is set in bold, which
	// old pages use for their section titles.
	bold bool
	// lead is the byte length of Text's first line when that line is
	// set wholly in bold and ended by <br> ("<b>Name</b><br>text"): a
	// run-in title on old pages.
	lead int
	// lines marks a list read from lines of text split by <br>
	// (lineList), which may be a column of headline links.
	lines bool
	// breaks are the byte offsets of the spaces in Text that stand for
	// a single <br>, valid while Text is still brText: the stages read
	// a paragraph as one line, and finish writes the breaks back.
	breaks []int
	brText string
}

// ListItem is one item of a list: its text, the links in that text (as in
// a paragraph's Links), and in Items a nested list's items, numbered when
// Ordered (as Block.Ordered says of a list's own items).
type ListItem struct {
	Text    string     `json:"text"`
	Links   []Link     `json:"links,omitempty"`
	Ordered bool       `json:"ordered,omitempty"`
	Items   []ListItem `json:"items,omitempty"`
}

// Link is an anchor inside a block: its text and absolute URL.
type Link struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// Related is a story the page offers as related reading: its title and
// absolute URL. URL is empty when the page's own link was unusable, as in
// archived copies whose links were replaced by "javascript:void(0)".
type Related struct {
	Title string `json:"title"`
	URL   string `json:"url,omitempty"` // empty when the page's link was unusable (javascript:, none)
}

// Comment is one reader comment, returned only when asked for: a whole
// comment with its author and date where the page's markup marks them,
// else one paragraph of the thread.
type Comment struct {
	Author string `json:"author,omitempty"`
	Date   Date   `json:"date,omitzero"`
	Text   string `json:"text"`
}

// Removal records one block the extractor took out of the body, the rule that
// did it and where it sat, for Options.Explain.
type Removal struct {
	Rule    string `json:"rule"`
	Action  string `json:"action"` // "removed" or "related"
	Path    string `json:"path"`   // a CSS-like path to the element
	Excerpt string `json:"excerpt,omitempty"`
}

// Precision says how much of a Date is known.
type Precision uint8

// Date precisions, from nothing known to a full timestamp.
const (
	PrecisionNone Precision = iota
	PrecisionDay
	PrecisionTime
)

// Date is a point in time and how precisely the page gave it. A Date known
// only to the day marshals as "YYYY-MM-DD", a full one as RFC 3339.
type Date struct {
	Time      time.Time
	Precision Precision
}

// IsZero reports whether no date is known.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone || d.Time.IsZero() }

// String formats d as it is marshalled: RFC 3339, a bare day, or "".
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Precision == PrecisionDay:
		return d.Time.Format(time.DateOnly)
	default:
		return d.Time.Format(time.RFC3339)
	}
}

// MarshalJSON writes d as a JSON string, see String.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads a date written by MarshalJSON.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		*d = Date{Time: t, Precision: PrecisionTime}
		return nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("newsextract: date %q is neither RFC 3339 nor YYYY-MM-DD", s)
	}
	*d = Date{Time: t, Precision: PrecisionDay}
	return nil
}
