package newsextract

import (
	"encoding/json"
	"strings"
	"testing"
)

// ldBodyPage is a page whose JSON-LD carries the whole article and whose
// markup holds body.
func ldBodyPage(t *testing.T, body string) string {
	t.Helper()
	text := strings.Repeat(prose+" ", 3) + "\n" + strings.Repeat("The bridges reopen in spring, the mayor said. ", 6)
	ld, err := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council passes the budget", "articleBody": text})
	if err != nil {
		t.Fatal(err)
	}
	return `<html><head><title>Council passes the budget</title><script type="application/ld+json">` + string(ld) + `</script></head><body><h1>Council passes the budget</h1>` + body + `</body></html>`
}

// TestStructuredBody checks that JSON-LD's articleBody stands in for a
// body the markup lacks or shows only as a teaser, and is never added
// to a body that holds it.
func TestStructuredBody(t *testing.T) {
	t.Run("script-rendered page", func(t *testing.T) {
		a := extractString(t, ldBodyPage(t, `<div id="app"></div>`))
		if !strings.Contains(a.Text, "The bridges reopen in spring") {
			t.Errorf("articleBody not used: %q", a.Text)
		}
	})
	t.Run("teaser kept ahead of the body", func(t *testing.T) {
		a := extractString(t, ldBodyPage(t, `<div class="teaser"><p>The council found its budget after a long night, and the bridges will reopen.</p><p><a href="/subscribe">Read full article</a></p></div>`))
		lead, body := strings.Index(a.Text, "found its budget"), strings.Index(a.Text, "The bridges reopen in spring")
		if lead < 0 || body < lead {
			t.Errorf("want teaser then articleBody: %q", a.Text)
		}
	})
	t.Run("body already in the markup", func(t *testing.T) {
		a := extractString(t, ldBodyPage(t, `<article><p>`+strings.Repeat(prose+" ", 3)+`</p><p>`+strings.Repeat("The bridges reopen in spring, the mayor said. ", 6)+`</p></article>`))
		if n := strings.Count(a.Text, "The bridges reopen in spring"); n != 6 {
			t.Errorf("body sentence appears %d times, want 6: %q", n, a.Text)
		}
	})
}

func TestIsPlainSelector(t *testing.T) {
	cases := []struct {
		sel  string
		want bool
	}{
		{".paywall", true},
		{"div.article-body > .paywall-full-content", true},
		{"#premium", true},
		{"*:has(*:has(*:has(*)))", false},
		{"a[href]", false},
		{" ", false},
	}
	for _, tc := range cases {
		if got := isPlainSelector(tc.sel); got != tc.want {
			t.Errorf("isPlainSelector(%q) = %v, want %v", tc.sel, got, tc.want)
		}
	}
}

// TestWrappedJSONLD: JSON-LD wrapped in an HTML comment or a CDATA section
// (MediaWiki until 2020) is read.
func TestWrappedJSONLD(t *testing.T) {
	const ld = `{"@context":"https://schema.org","@type":"Article","headline":"New Zealand","datePublished":"2001-10-29T01:59:14Z"}`
	for _, tc := range []struct{ name, body string }{
		{"bare", ld},
		{"comment", "<!--\n" + ld + "\n-->"},
		{"CDATA", "\n<![CDATA[\n" + ld + "\n]]>\n"},
		{"script CDATA", "//<![CDATA[\n" + ld + "\n//]]>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			objs := parseJSONLD(tc.body)
			if len(objs) != 1 || objs[0]["datePublished"] != "2001-10-29T01:59:14Z" {
				t.Errorf("parseJSONLD = %v", objs)
			}
		})
	}
}
