package newsextract

import (
	"cmp"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// resolveBase sets the page's base URL: the caller's URL, else the page's
// canonical or og:url, then a <base href> resolved against it.
func (p *page) resolveBase(baseHref string) {
	for _, cand := range []string{p.opts.URL, p.meta.canonical, p.meta.ogURL} {
		if u, err := url.Parse(strings.TrimSpace(cand)); err == nil && u.IsAbs() && isWebScheme(u.Scheme) {
			p.base = u
			break
		}
	}
	if baseHref == "" {
		return
	}
	b, err := url.Parse(strings.TrimSpace(baseHref))
	if err != nil {
		return
	}
	if p.base != nil {
		b = p.base.ResolveReference(b)
	}
	if b.IsAbs() && isWebScheme(b.Scheme) {
		p.base = b
	}
}

// callerURL returns Options.URL for Article.URL when it is an absolute
// http(s) URL, normalised by url.String (so escaped, valid UTF-8); anything
// else is left out rather than passed through, so the output holds no
// javascript: or malformed address even when the caller's input did.
func callerURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || !isWebScheme(u.Scheme) || u.Host == "" {
		return ""
	}
	u.RawQuery = escapeQuery(u.RawQuery)
	return validURL(u.String())
}

// validURL returns s when it is valid UTF-8 and parses again: url.String
// leaves bytes of an opaque part or a host as they were, and a base of
// "//::" resolves to a host no parser takes back ("http://::/0").
func validURL(s string) string {
	if !utf8.ValidString(s) {
		return ""
	}
	if _, err := url.Parse(s); err != nil {
		return ""
	}
	return s
}

func isWebScheme(s string) bool { return s == "http" || s == "https" }

// absURL resolves ref against the page base and returns it only when the
// result is an http(s) URL (or mailto: where allowed): never javascript:,
// data: or vbscript:. Tracking parameters are stripped unless kept.
func (p *page) absURL(ref string, allowMailto bool) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if p.base != nil {
		u = p.base.ResolveReference(u)
	}
	switch {
	case isWebScheme(u.Scheme) && u.Host != "":
	case allowMailto && u.Scheme == "mailto" && u.Opaque != "":
		u.Opaque = escapeQuery(u.Opaque)
		u.RawQuery = escapeQuery(u.RawQuery) // "?subject=Hello there"
		return validURL(u.String())
	default:
		return ""
	}
	if !p.opts.KeepTracking {
		stripTracking(u)
	}
	u.RawQuery = escapeQuery(u.RawQuery)
	return validURL(u.String())
}

// escapeQuery percent-encodes what a browser encodes in a query (the
// WHATWG special-query set: space, ", <, >, '), every other white space
// (a no-break space, which a browser encodes as any non-ASCII) and every
// control character, C1 included, which url.Parse lets through above ASCII:
// url.String writes the raw query as the page had it, and a space there
// would end the URL in Markdown or a log line.
func escapeQuery(q string) string {
	if !strings.ContainsFunc(q, needsQueryEscape) {
		return q
	}
	var b strings.Builder
	for _, r := range q {
		if !needsQueryEscape(r) {
			b.WriteRune(r)
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func needsQueryEscape(r rune) bool {
	return r == '"' || r == '<' || r == '>' || r == '\'' || unicode.IsSpace(r) || unicode.IsControl(r)
}

// linkURL is absURL for anchors.
func (p *page) linkURL(href string) string { return p.absURL(href, true) }

// stripTracking removes campaign and click-id parameters. It filters the
// raw query pair by pair, so the other parameters keep their order and
// spelling; url.Values would sort them and drop any pair with a ";".
func stripTracking(u *url.URL) {
	if u.RawQuery == "" {
		return
	}
	pairs := strings.Split(u.RawQuery, "&")
	kept := make([]string, 0, len(pairs))
	for _, pair := range pairs {
		key, _, _ := strings.Cut(pair, "=")
		if k, err := url.QueryUnescape(key); err == nil && isTrackingParam(k) {
			continue
		}
		kept = append(kept, pair)
	}
	if len(kept) < len(pairs) {
		u.RawQuery = strings.Join(kept, "&")
	}
}

func isTrackingParam(k string) bool {
	k = strings.ToLower(k)
	if trackingParams[k] {
		return true
	}
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// lazySrcAttrs hold the real image address on lazy-loading pages, where
// src is a placeholder.
var lazySrcAttrs = []string{"data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "src"}

// imageURL returns an img's absolute address, preferring lazy-load
// attributes and skipping inline data: placeholders. A placeholder file
// ("lazy_placeholder.gif", pcgamer's "missing-image.svg" in src beside
// the real picture's data-srcset) is the answer only when nothing else is.
func (p *page) imageURL(img *html.Node) string {
	placeholder := ""
	for _, key := range lazySrcAttrs {
		if u := p.absURL(attr(img, key), false); u != "" {
			if !isPlaceholderImage(u) {
				return u
			}
			placeholder = cmp.Or(placeholder, u)
		}
	}
	for _, n := range picturedBy(img) {
		for _, key := range []string{"data-srcset", "srcset"} {
			if best := largestSrcsetURL(attr(n, key)); best != "" {
				if u := p.absURL(best, false); u != "" && !isPlaceholderImage(u) {
					return u
				}
			}
		}
	}
	return placeholder
}

// unresolvedImage reports a picture whose address is relative on a page
// of unknown address (no URL given, no canonical link or <base>): the
// figure keeps its caption without the address, where a picture with no
// address at all (a script fills it in) shows nothing.
func (p *page) unresolvedImage(img *html.Node) bool {
	if p.base != nil {
		return false
	}
	for _, key := range lazySrcAttrs {
		if strings.TrimSpace(attr(img, key)) != "" {
			return true
		}
	}
	return false
}

// picturedBy returns img and, when it stands in a <picture>, the
// picture's <source>s: an img without an address of its own (Medium's)
// shows what its sources offer.
func picturedBy(img *html.Node) []*html.Node {
	out := []*html.Node{img}
	if img.Parent == nil || img.Parent.DataAtom != atom.Picture {
		return out
	}
	for c := img.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Source {
			out = append(out, c)
		}
	}
	return out
}

// isPlaceholderImage reports an image file a lazy-loading page shows
// until the picture loads, by the words of its name.
func isPlaceholderImage(src string) bool {
	for _, w := range splitTokens(imageName(src)) {
		if placeholderImageWords[w] {
			return true
		}
	}
	return false
}

// largestSrcsetURL returns the candidate of a srcset with the largest
// width ("640w") or density ("2x") descriptor, else the first. URLs may
// hold commas (an image service's "w_640,c_fill"): a candidate's URL runs
// to white space, as the HTML standard parses it.
func largestSrcsetURL(s string) string {
	best, bestSize := "", -1.0
	for s != "" {
		s = strings.TrimLeft(s, " \t\n\r\f,")
		end := strings.IndexAny(s, " \t\n\r\f")
		if end < 0 {
			end = len(s)
		}
		url, desc := s[:end], ""
		s = s[end:]
		if strings.HasSuffix(url, ",") {
			url = strings.TrimRight(url, ",") // no descriptors
		} else if comma := strings.IndexByte(s, ','); comma >= 0 {
			desc, s = s[:comma], s[comma+1:]
		} else {
			desc, s = s, ""
		}
		if url == "" {
			continue
		}
		if size := srcsetSize(strings.TrimSpace(desc)); best == "" || size > bestSize {
			best, bestSize = url, size
		}
	}
	return best
}

// srcsetSize reads a srcset descriptor's number ("1400w", "2x"; none is 1x).
func srcsetSize(desc string) float64 {
	if desc == "" {
		return 1
	}
	f, err := strconv.ParseFloat(desc[:len(desc)-1], 64)
	if err != nil || f < 0 {
		return 0
	}
	return f
}

// linkSite reads a's href: ok is false when it does not parse; own is
// true when it stays on the page's site (relative, or the same host).
func (p *page) linkSite(a *html.Node) (own, ok bool) {
	u, err := url.Parse(strings.TrimSpace(attr(a, "href")))
	if err != nil {
		return false, false
	}
	return u.Host == "" || p.sameSite(u.Host), true
}

// sameSite reports whether host is the page's host, "www." aside.
func (p *page) sameSite(host string) bool {
	if p.base == nil {
		return false
	}
	trim := func(h string) string { return strings.TrimPrefix(strings.ToLower(h), "www.") }
	return trim(host) == trim(p.base.Host)
}

// namesSectionLink reports whether some link on the page to a section
// (isSectionURL) reads text: the kicker over a headline set as plain
// text, "Wärme" under a breadcrumb's link to /energie/waerme.
func (p *page) namesSectionLink(text string) bool {
	found := false
	walkUntil(p.doc, func(n *html.Node) (bool, bool) {
		if n.DataAtom == atom.A && n.Type == html.ElementNode && strings.EqualFold(normSpace(rawText(n, nil)), text) && p.isSectionURL(p.absURL(attr(n, "href"), false)) {
			found = true
			return false, true
		}
		return true, false
	})
	return found
}

// pathSegments splits a URL path into its non-empty folders and file.
func pathSegments(path string) []string {
	return strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
}
