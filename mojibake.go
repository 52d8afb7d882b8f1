package newsextract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Mojibake is UTF-8 text that some tool read as Windows-1252 and wrote out
// as UTF-8 again: "isn’t" becomes "isnâ€™t", "£790" "Â£790", "é" "Ã©".
// The page then carries it in its bytes or in entities ("&acirc;&euro;
// &trade;"), and every reader sees it. A page with a few such sequences
// has been through that tool; its text and text attributes are mended.
// A page with one or two (an article on encodings quoting "Ã¤") is left
// as it is.

// minMojibake is how many mojibake sequences make a page's text mended.
const minMojibake = 3

// mojibakeHints are the UTF-8 bytes and entities of the characters that
// open a mojibake sequence (Â, Ã, â): a page without any is not read.
var mojibakeHints = [][]byte{
	[]byte("\u00c2"), []byte("\u00c3"), []byte("\u00e2"),
	[]byte("&Acirc;"), []byte("&Atilde;"), []byte("&acirc;"),
	[]byte("&#194;"), []byte("&#195;"), []byte("&#226;"),
}

// mayHoldMojibake reports whether the decoded page holds a character or
// entity that opens a mojibake sequence.
func mayHoldMojibake(page []byte) bool {
	for _, h := range mojibakeHints {
		if bytes.Contains(page, h) {
			return true
		}
	}
	return false
}

// mendMojibake mends the text nodes and the text attributes (alt, title,
// a <meta>'s content) of doc when, together, they hold minMojibake
// mojibake sequences or more. Scripts and styles are left alone.
func mendMojibake(doc *html.Node) {
	var texts []*html.Node
	var attrs []*html.Attribute
	count := 0
	walk(doc, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if k, _ := unMojibake(n.Data, false); k > 0 {
				texts, count = append(texts, n), count+k
			}
		case html.ElementNode:
			for i := range n.Attr {
				if a := &n.Attr[i]; mojibakeAttrs[a.Key] {
					if k, _ := unMojibake(a.Val, false); k > 0 {
						attrs, count = append(attrs, a), count+k
					}
				}
			}
			return n.DataAtom != atom.Script && n.DataAtom != atom.Style
		}
		return true
	})
	if count < minMojibake {
		return
	}
	for _, n := range texts {
		_, n.Data = unMojibake(n.Data, true)
	}
	for _, a := range attrs {
		_, a.Val = unMojibake(a.Val, true)
	}
}

// mojibakeAttrs are the attributes that hold text a reader or the
// metadata stage reads.
var mojibakeAttrs = map[string]bool{"alt": true, "title": true, "content": true, "aria-label": true}

// unMojibake counts the mojibake sequences in s and, with mend, returns s
// with each replaced by the character it was. Only the sequences opened
// by Â, Ã and â are read: Western text's accented letters, symbols and
// punctuation (€, ’, –, …). Other lead bytes (ß, é) followed by a
// continuation byte's character are common in correct text ("ß" and a
// soft hyphen), these three before one are not.
func unMojibake(s string, mend bool) (int, string) {
	if !strings.ContainsAny(s, "ÂÃâ") {
		return 0, s
	}
	var b strings.Builder
	count := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if fixed, n := mojibakeAt(s[i+size:], r); n > 0 {
			count++
			if mend {
				b.WriteRune(fixed)
			}
			i += size + n
			continue
		}
		if mend {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	if !mend {
		return count, s
	}
	return count, b.String()
}

// mojibakeAt reads the continuation characters after the lead r at the
// start of rest and returns the character the bytes spell and how many
// bytes of rest they take, or 0.
func mojibakeAt(rest string, r rune) (rune, int) {
	var lead byte
	need := 1
	switch r {
	case 'Â':
		lead = 0xC2
	case 'Ã':
		lead = 0xC3
	case 'â':
		lead, need = 0xE2, 2
	default:
		return 0, 0
	}
	value, used := rune(lead&0x1F), 0
	if need == 2 {
		value = rune(lead & 0x0F)
	}
	for k := 0; k < need; k++ {
		c, size := utf8.DecodeRuneInString(rest[used:])
		cb, ok := continuationByte(c)
		if !ok {
			return 0, 0
		}
		value = value<<6 | rune(cb&0x3F)
		used += size
	}
	if value < 0xA0 {
		return 0, 0 // a C1 control: "Â" before a byte 0x80-0x9F spells none a page shows
	}
	return value, used
}

// continuationByte returns the byte Windows-1252 (Latin-1 where it leaves
// one undefined) writes as r, when that byte continues a UTF-8 sequence
// (0x80-0xBF).
func continuationByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xBF {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// cp1252High maps the characters Windows-1252 gives the bytes 0x80-0x9F
// to those bytes.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87,
	'ˆ': 0x88, '‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E,
	'‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
	'˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B, 'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}
