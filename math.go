package newsextract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The formulas of a page, kept as their TeX source. A renderer's output
// reads as a jumble ("E=mc2" for E = mc^2, a fraction's parts side by
// side), and MathJax 2 keeps the source in a script, which no reader of
// text sees; the TeX is what the author wrote.

// mathTeX returns the TeX source of a formula element, and whether the
// page sets it on a line of its own: KaTeX's span.katex (its MathML's
// x-tex annotation), a MathML <math> (the same annotation, or its
// alttext), MathJax 2's <script type="math/tex">. "" for any other
// element.
func mathTeX(n *html.Node) (tex string, display bool) {
	if n.Type != html.ElementNode || len(n.Attr) == 0 && n.DataAtom != atom.Math {
		return "", false // most elements: no attribute to read
	}
	switch {
	case n.DataAtom == atom.Script:
		typ := strings.ToLower(attr(n, "type"))
		if !strings.HasPrefix(typ, "math/tex") || n.FirstChild == nil {
			return "", false
		}
		return strings.TrimSpace(n.FirstChild.Data), strings.Contains(typ, "mode=display")
	case n.DataAtom == atom.Math:
		display = attr(n, "display") == "block"
		if tex = texAnnotation(n); tex == "" {
			tex = strings.TrimSpace(attr(n, "alttext"))
		}
		return tex, display
	case hasClass(n, "katex"):
		display = n.Parent != nil && hasClass(n.Parent, "katex-display")
		return texAnnotation(n), display
	}
	return "", false
}

// texAnnotation returns the text of the first <annotation
// encoding="application/x-tex"> under n.
func texAnnotation(n *html.Node) string {
	var tex string
	walkUntil(n, func(c *html.Node) (descend, stop bool) {
		if c.Type == html.ElementNode && c.DataAtom == atom.Annotation && strings.EqualFold(attr(c, "encoding"), "application/x-tex") {
			tex = strings.TrimSpace(innerText(c, nil))
			return false, true
		}
		return true, false
	})
	return tex
}

// isMathJaxCopy reports MathJax 2's rendering of a formula, set just
// before the script that holds its source: the script is read instead.
func isMathJaxCopy(n *html.Node) bool {
	if n.Type != html.ElementNode || len(n.Attr) == 0 || !hasClassPrefix(n, "MathJax") {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			if tex, _ := mathTeX(s); tex != "" && s.DataAtom == atom.Script {
				return true
			}
			if !hasClassPrefix(s, "MathJax") {
				return false
			}
		}
	}
	return false
}

// hasClassPrefix reports a class of n that starts with prefix, as
// written ("MathJax_Display" for "MathJax").
func hasClassPrefix(n *html.Node, prefix string) bool {
	class := attr(n, "class")
	if !strings.Contains(class, prefix) {
		return false // most elements: nothing to split
	}
	for _, c := range strings.Fields(class) {
		if strings.HasPrefix(c, prefix) {
			return true
		}
	}
	return false
}

// inlineTeX writes a formula inside a line of text, between dollar
// signs as Markdown and pandoc read it.
func inlineTeX(tex string) string { return "$" + tex + "$" }

// displayTeX reads a paragraph that is one formula in TeX's display
// delimiters, "\[ … \]" or "$$ … $$", as a page shows it before (or
// without) a script typesetting it: Python-Markdown's arithmatex, a
// blog's raw MathJax source. Dollars must hold TeX (a backslash, brace,
// caret or underscore), not prices.
func displayTeX(text string) (string, bool) {
	for _, d := range [][2]string{{`\[`, `\]`}, {"$$", "$$"}} {
		inner, ok := strings.CutPrefix(text, d[0])
		if !ok {
			continue
		}
		if inner, ok = strings.CutSuffix(inner, d[1]); !ok {
			continue
		}
		inner = strings.TrimSpace(inner)
		if inner == "" || d[0] == "$$" && !strings.ContainsAny(inner, `\{}^_`) || strings.Contains(inner, d[1]) {
			return "", false
		}
		return inner, true
	}
	return "", false
}
