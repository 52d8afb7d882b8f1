package newsextract

import "testing"

// TestRulePhrasesFolded: the phrase tables read by lowerKey hold their
// phrases folded, or a label written with its accents or vowel marks
// would never match them.
func TestRulePhrasesFolded(t *testing.T) {
	for k := range widgetHeadings {
		if lowerKey(k) != k {
			t.Errorf("widgetHeadings %q: want %q", k, lowerKey(k))
		}
	}
	for _, k := range promoPrefixes {
		if lowerKey(k) != k {
			t.Errorf("promoPrefixes %q: want %q", k, lowerKey(k))
		}
	}
}
