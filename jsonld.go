package newsextract

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// ldObject is one JSON-LD node, as decoded by encoding/json.
type ldObject map[string]any

// parseJSONLD decodes one <script type="application/ld+json"> body and
// returns every object in it, @graph members and nested arrays included.
// Broken JSON (trailing commas, raw newlines in strings) is common; what
// cannot be decoded is skipped.
func parseJSONLD(body string) []ldObject {
	var v any
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		if err := json.Unmarshal([]byte(repairJSON(body)), &v); err != nil {
			return nil
		}
	}
	var out []ldObject
	collectLD(v, &out, 0)
	return out
}

// repairJSON fixes the two faults CMSs most often write into JSON-LD: raw
// control characters inside strings and comment or CDATA wrappers
// (MediaWiki wrote "<![CDATA[ {…} ]]>" until 2020).
func repairJSON(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range [][2]string{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, w[0]), w[1]))
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
}

// maxLDDepth bounds the walk through hostile, deeply nested JSON-LD.
const maxLDDepth = 8

func collectLD(v any, out *[]ldObject, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			collectLD(e, out, depth+1)
		}
	case map[string]any:
		*out = append(*out, ldObject(t))
		if g, ok := t["@graph"]; ok {
			collectLD(g, out, depth+1)
		}
		if m, ok := t["mainEntity"]; ok {
			collectLD(m, out, depth+1)
		}
	}
}

// types returns the object's @type values.
func (o ldObject) types() []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// hasType reports whether the object is of schema.org type name.
func (o ldObject) hasType(name string) bool {
	for _, t := range o.types() {
		t = strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/")
		if strings.EqualFold(t, name) {
			return true
		}
	}
	return false
}

// str returns a string property, reading {"@value": ...} and the first
// element of arrays too.
func (o ldObject) str(key string) string {
	return ldString(o[key])
}

func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(unescapeEntities(t))
	case float64:
		return strings.TrimSpace(json.Number(formatNumber(t)).String())
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		if s, ok := t["@value"]; ok {
			return ldString(s)
		}
	}
	return ""
}

func formatNumber(f float64) string {
	b, _ := json.Marshal(f)
	return string(b)
}

// names reads a person-or-organisation property (author, creator) as a
// list of person names: strings, objects with a name, arrays of either.
// Organisations are left out: a publisher named as author is not a byline.
func ldNames(v any, depth int) []string {
	if depth > 3 {
		return nil
	}
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldNames(e, depth+1)...)
		}
		return out
	case map[string]any:
		o := ldObject(t)
		if o.hasType("Organization") || o.hasType("NewsMediaOrganization") {
			return nil
		}
		if list, ok := t["name"].([]any); ok {
			return ldStrings(list) // one Person of several names (NPR: "name": ["Steve Inskeep", "Nell Carrow"])
		}
		if n := o.str("name"); n != "" {
			return []string{n}
		}
		given, family := o.str("givenName"), o.str("familyName")
		if given != "" || family != "" {
			return []string{strings.TrimSpace(given + " " + family)}
		}
	}
	return nil
}

// ldStrings returns the non-empty strings of a JSON-LD list.
func ldStrings(list []any) []string {
	var out []string
	for _, e := range list {
		if n := ldString(e); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// ldURL reads an image-like property: a string, an ImageObject, or a list.
func ldURL(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []any:
		if len(t) > 0 {
			return ldURL(t[0])
		}
	case map[string]any:
		if u := ldString(t["url"]); u != "" {
			return u
		}
		return ldString(t["contentUrl"])
	}
	return ""
}

// ldList reads keywords-like properties: a comma-separated string or a list.
func ldList(v any) []string {
	switch t := v.(type) {
	case string:
		return splitList(t)
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, strings.TrimSpace(s))
			}
		}
		return out
	}
	return nil
}

// splitList splits "a, b; c" into its trimmed, non-empty parts.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		if part = normSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// minLDBodyRunes is how long a JSON-LD articleBody must be to stand in
// for a body the page's markup does not hold.
const minLDBodyRunes = 500

// structuredBody adds the article's JSON-LD articleBody when the markup
// yields no body, or only a teaser less than half as long that does not
// hold the body's opening words: script-rendered pages (SCMP's Vue app)
// ship the text only there and show a header and a "Read full article"
// button. A body holding markup is not read: its tags would
// need a second parse, and such pages keep their text in the DOM.
func (p *page) structuredBody() {
	body := p.meta.article.str("articleBody")
	n := utf8.RuneCountInString(body)
	if n < minLDBodyRunes || strings.ContainsAny(body, "<>") {
		return
	}
	text := normSpace(bodyText(p.art.Sections))
	if 2*utf8.RuneCountInString(text) > n || strings.Contains(text, openingWords(body)) {
		return
	}
	var blocks []Block
	for _, para := range strings.Split(body, "\n") {
		if t := normSpace(para); hasWordChar(t) {
			blocks = append(blocks, Block{Type: Paragraph, Text: t})
		}
	}
	// the teaser stays ahead of it: a paywalled page shows its standfirst
	// there, which the articleBody may leave out
	p.art.Sections = append(p.art.Sections, Section{Blocks: blocks})
}

// openingWordsRunes is how much of a text's start identifies it.
const openingWordsRunes = 60

// openingWords returns the first openingWordsRunes runes of s, white
// space folded.
func openingWords(s string) string {
	s = normSpace(s)
	if r := []rune(s); len(r) > openingWordsRunes {
		return string(r[:openingWordsRunes])
	}
	return s
}

// Bounds of paywalledParts: a page names its paywalled parts with a
// selector or two; more, or longer ones, are not a publisher's markup.
const (
	maxPaywallSelectors     = 4
	maxPaywallSelectorBytes = 200
	maxPaywalledElements    = 50
)

// paywalledParts returns the elements that the page's JSON-LD declares
// as parts of the article for subscribers only: a hasPart WebPageElement
// with isAccessibleForFree false and its cssSelector, the markup Google
// asks of paywalled news. Sites ship that text hidden (display:none,
// a "paywall" class) until a subscriber signs in; it is the article's.
func paywalledParts(doc *html.Node, objs []ldObject) map[*html.Node]bool {
	var parts map[*html.Node]bool
	selectors := 0
	for _, o := range objs {
		for _, part := range ldObjects(o["hasPart"]) {
			if !notFree(part["isAccessibleForFree"]) {
				continue
			}
			for _, s := range ldList(part["cssSelector"]) {
				if selectors++; selectors > maxPaywallSelectors || len(s) > maxPaywallSelectorBytes {
					return parts
				}
				if !isPlainSelector(s) {
					continue
				}
				sel, err := cascadia.Compile(s)
				if err != nil {
					continue
				}
				for i, n := range sel.MatchAll(doc) {
					if i == maxPaywalledElements {
						break
					}
					if parts == nil {
						parts = make(map[*html.Node]bool)
					}
					parts[n] = true
				}
			}
		}
	}
	return parts
}

// ldObjects returns the objects of a JSON-LD value, one or an array.
func ldObjects(v any) []ldObject {
	switch t := v.(type) {
	case map[string]any:
		return []ldObject{t}
	case []any:
		var out []ldObject
		for _, e := range t {
			if m, ok := e.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}

// notFree reads isAccessibleForFree: false, or "False" as many sites
// write it.
func notFree(v any) bool {
	switch t := v.(type) {
	case bool:
		return !t
	case string:
		return strings.EqualFold(strings.TrimSpace(t), "false")
	}
	return false
}

// isPlainSelector reports a selector of tags, classes, ids and the
// descendant and child combinators alone, as publishers write their
// paywall's: pseudo-classes such as nested :has() would cost a page's
// size to a power the page chooses.
func isPlainSelector(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.# >", r)) {
			return false
		}
	}
	return strings.TrimSpace(s) != ""
}
