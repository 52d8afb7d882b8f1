package newsextract

import (
	"strings"
	"testing"
)

// TestStorySplitIntoContentElements: a CMS that sets each part of the story
// in its own block, beside one long interview box, keeps the whole story;
// the long box alone must not win.
func TestStorySplitIntoContentElements(t *testing.T) {
	part := func(word string) string {
		return `<div class="media"><p>` + word + ` ` + prose + `</p><p>` + prose + `</p></div>`
	}
	interview := `<div class="accordion"><div class="panel"><div class="body"><div class="media">` +
		strings.Repeat(`<p>`+prose+` `+prose+`</p>`, 6) + `</div></div></div></div>`
	page := `<body><div class="detail"><h1>Big tasks for the new government</h1>` +
		part("Alpha.") + part("Bravo.") + part("Charlie.") + part("Delta.") + part("Echo.") + part("Foxtrot.") + part("Golf.") +
		interview + `</div><div class="sidebar"><a href="/a">Another story</a></div></body>`
	a := extractNoFallback(t, page)
	for _, w := range []string{"Alpha.", "Delta.", "Golf."} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("story part %q lost: %.200q", w, a.Text)
		}
	}
}
