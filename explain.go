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
	walk(p.doc, func(n *html.Node) bool {
		v, ok := p.verdicts[n]
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
		out = append(out, Removal{Rule: v.rule, Action: action, Path: nodePath(n), Excerpt: truncate(text, 120)})
		return false
	})
	return out
}

// nodePath writes "body > div.content:nth-child(2) > aside" style paths.
func nodePath(n *html.Node) string {
	var parts []string
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		part := n.Data
		if id := attr(n, "id"); id != "" {
			part += "#" + id
		} else if cls := strings.Fields(attr(n, "class")); len(cls) > 0 {
			part += "." + cls[0]
		}
		if i := elementIndex(n); i > 1 {
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

func elementIndex(n *html.Node) int {
	i := 0
	for s := n; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			i++
		}
	}
	return i
}
