package newsextract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// collectRelated gathers the links of every block cleaning marked as related
// reading, in document order, without repeats and without links back to
// this page.
func (p *page) collectRelated() {
	seen := make(map[string]bool)
	if p.art.URL != "" {
		seen[p.art.URL] = true
	}
	walk(p.doc, func(n *html.Node) bool {
		if !p.alive() {
			return false
		}
		if v, ok := p.verdicts[n]; ok && v.kind == kindRelated {
			p.relatedLinks(n, seen)
			return false
		}
		return true
	})
}

// minRelatedTitleRunes: shorter anchor texts are labels ("More", "Next"),
// not story titles.
const minRelatedTitleRunes = 12

// relatedLinks adds the story links under n.
func (p *page) relatedLinks(n *html.Node, seen map[string]bool) {
	walk(n, func(a *html.Node) bool {
		if a.Type != html.ElementNode && a.Type != html.DocumentNode {
			return false
		}
		if !isElem(a, atom.A) {
			return true
		}
		title := stripPromoPrefix(firstNonEmpty(rawText(a, nil), attr(a, "title")))
		u := p.absURL(attr(a, "href"), false)
		key := u
		if u == "" {
			key = "title:" + title // an archived page's neutered link still names a story
		}
		if seen[key] || len([]rune(title)) < minRelatedTitleRunes || isCategoryLink(u) {
			return false
		}
		seen[key] = true
		p.art.Related = append(p.art.Related, Related{Title: title, URL: u})
		return false
	})
}

// isCategoryLink reports tag, category and author archive links, which sit
// in related boxes but are not stories.
func isCategoryLink(u string) bool {
	l := strings.ToLower(u)
	for _, part := range []string{"/tag/", "/tags/", "/category/", "/author/", "/topic/", "/topics/", "#comments", "#respond"} {
		if strings.Contains(l, part) {
			return true
		}
	}
	return false
}

// stripPromoPrefix removes a "See also" label that a promo put inside its
// link, so the title is the story's.
func stripPromoPrefix(t string) string {
	lt := strings.ToLower(t)
	for _, pre := range promoPrefixes {
		if strings.HasPrefix(lt, pre) && len(t) > len(pre) {
			return strings.TrimLeft(t[len(pre):], " :–—-|»›")
		}
	}
	return t
}
