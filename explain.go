package newsextract

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// explain lists every element cleaning took out, in document order, with
// its rule, a text excerpt and a CSS-like path.
func (p *page) explain() []Removal {
	var out []Removal
	index := make(map[*html.Node]int)
	walk(p.doc, func(n *html.Node) bool {
		if !p.alive() {
			return false
		}
		v, ok := p.ruling(n)
		if !ok {
			return true
		}
		text := rawText(n, nil)
		if text == "" && v.rule == "hidden element" {
			return false
		}
		action := "removed"
		if v.kind == kindRelated {
			action = "related"
		} else if v.kind == kindComments {
			action = "comments"
		}
		out = append(out, Removal{Rule: v.rule, Action: action, Path: nodePath(n, index), Excerpt: truncate(text, 120)})
		return false
	})
	return out
}

// nodePath writes "body > div.content:nth-child(2) > aside" style paths.
// index memoises element positions across calls (see elementIndex).
func nodePath(n *html.Node, index map[*html.Node]int) string {
	var parts []string
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		part := n.Data
		if id := attr(n, "id"); id != "" {
			part += "#" + id
		} else if cls := strings.Fields(attr(n, "class")); len(cls) > 0 {
			part += "." + cls[0]
		}
		if i := elementIndex(n, index); i > 1 {
			part += ":nth-child(" + strconv.Itoa(i) + ")"
		}
		parts = append(parts, normSpace(part)) // ids and tag names may hold control bytes
		if n.Data == "body" {
			break
		}
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, " > ")
}

// elementIndex is n's 1-based position among its parent's elements. It
// numbers all the siblings on first use: counting back from each removed
// element was quadratic in a parent with many removed children.
func elementIndex(n *html.Node, index map[*html.Node]int) int {
	if i, ok := index[n]; ok {
		return i
	}
	first := n
	for first.PrevSibling != nil {
		first = first.PrevSibling
	}
	i := 0
	for s := first; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			i++
			index[s] = i
		}
	}
	return index[n]
}

// ruling returns the verdict a rule gave n: in cleaning, or after the
// body was read (page.late).
func (p *page) ruling(n *html.Node) (verdict, bool) {
	if v, ok := p.verdicts[n]; ok {
		return v, true
	}
	v, ok := p.late[n]
	return v, ok
}

// blockKey names a block for page.sources: its type and text, a list by
// its first item, a figure by its picture, a table by its first row.
func blockKey(bl Block) string {
	key := string(bl.Type) + "\x00" + bl.Text
	switch {
	case len(bl.Items) > 0:
		key += bl.Items[0].Text
	case bl.Src != "":
		key += bl.Src
	case len(bl.Header) > 0:
		key += strings.Join(bl.Header[0], "\x00")
	case len(bl.Rows) > 0:
		key += strings.Join(bl.Rows[0], "\x00")
	}
	return key
}

// sectionKey names a section's heading for page.sources.
func sectionKey(s Section) string { return "h\x00" + s.Heading }

// noteSource remembers, for Explain, the element a block or a heading was
// read from. Equal blocks share a key, so each key keeps its elements in
// reading order; a wrapper around the element just noted names the same
// block, and the innermost element stands for it.
func (p *page) noteSource(key string, n *html.Node) {
	if p.sources == nil {
		return
	}
	els := p.sources[key]
	if len(els) > 0 && isAncestor(n, els[len(els)-1]) {
		return
	}
	p.sources[key] = append(els, n)
}

// dropLate records, for Explain, that a rule dropped the block or heading
// read under key after the body was built. A block that no single element
// held (lines between <br>s) has no source and is not listed.
func (p *page) dropLate(key, rule string) {
	p.ruleLate(key, verdict{kind: kindDrop, rule: rule})
}

// relateLate records, for Explain, that a rule moved the block read
// under key to Related after the body was built.
func (p *page) relateLate(key, rule string) {
	p.ruleLate(key, verdict{kind: kindRelated, rule: rule})
}

// ruleLate gives v to the first element read under key.
func (p *page) ruleLate(key string, v verdict) {
	p.ruleLateNth(key, 0, v)
}

// ruleLateNth gives v to the element read under key after nth others,
// for a rule that drops one of several equal blocks.
// blockCounter numbers the blocks a late rule reads under each blockKey,
// so that the one it drops can be traced to its element (ruleLateNth).
// It is nil, and counts nothing, without Explain.
type blockCounter map[string]int

func (p *page) newBlockCounter() blockCounter {
	if p.sources == nil {
		return nil
	}
	return make(blockCounter)
}

// next returns bl's key and how many blocks read before it share it.
func (c blockCounter) next(bl Block) (key string, nth int) {
	if c == nil {
		return "", 0
	}
	key = blockKey(bl)
	nth = c[key]
	c[key]++
	return key, nth
}

func (p *page) ruleLateNth(key string, nth int, v verdict) {
	if els := p.sources[key]; nth < len(els) {
		p.late[els[nth]] = v
	}
}
