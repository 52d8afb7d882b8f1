package newsextract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestUnMojibake(t *testing.T) {
	cases := []struct {
		name, in, want string
		count          int
	}{
		{"apostrophe", "isnâ€™t", "isn’t", 1},
		{"pound sign", "Â£790million", "£790million", 1},
		{"accented letters", "crÃ¨me brÃ»lÃ©e", "crème brûlée", 3},
		{"no-break space", "cats.Â\u00a0The", "cats.\u00a0The", 1},
		{"closing quote with an undefined byte", "â€\u009dend", "”end", 1},
		{"em dash", "Prostatectomyâ€”An Update", "Prostatectomy—An Update", 1},
		{"correct text", "Straß\u00adenbahn, café, naïve, “quoted”", "Straß\u00adenbahn, café, naïve, “quoted”", 0},
		{"capital A tilde before a letter", "NÃO", "NÃO", 0},
		{"lead at the end", "gâ", "gâ", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n, got := unMojibake(tc.in, true)
			if got != tc.want || n != tc.count {
				t.Errorf("unMojibake(%q) = %d, %q; want %d, %q", tc.in, n, got, tc.count, tc.want)
			}
		})
	}
}

// TestMojibakeMended: a page whose text went through a wrong Windows-1252
// round trip, in bytes or in entities, reads as it was written; a page
// that quotes one or two such sequences keeps them.
func TestMojibakeMended(t *testing.T) {
	t.Run("in bytes", func(t *testing.T) {
		a := extractString(t, `<html><head><title>Glazerâ€™s takeover</title></head><body><article><h1>Glazerâ€™s takeover</h1><p>The Â£790million takeover was â€œcontroversialâ€� from the start. `+prose+`</p><p>`+prose+`</p></article></body></html>`)
		if a.Title != "Glazer’s takeover" || !strings.Contains(a.Text, "The £790million takeover was “controversial") {
			t.Errorf("title %q, text %q", a.Title, a.Text)
		}
	})
	t.Run("in entities", func(t *testing.T) {
		a := extractString(t, `<html><body><article><p>Artificial intelligence isn&acirc;&euro;&trade;t just changing websites&acirc;&euro;&rdquo;it&acirc;&euro;&trade;s reshaping search. `+prose+`</p><p>`+prose+`</p></article></body></html>`)
		if !strings.Contains(a.Text, "isn’t just changing websites—it’s reshaping") {
			t.Errorf("text %q", a.Text)
		}
	})
	t.Run("quoted on a page about encodings", func(t *testing.T) {
		a := extractString(t, `<html><body><article><p>I lost count of how many times I saw "Ã¤" instead of "ä" on German sites. `+prose+`</p><p>`+prose+`</p></article></body></html>`)
		if !strings.Contains(a.Text, `saw "Ã¤" instead`) {
			t.Errorf("the quoted sequence was changed: %q", a.Text)
		}
	})
}

// FuzzUnMojibake: mending keeps valid UTF-8 valid, changes nothing where
// it counts no sequence, never lengthens the text, and leaves no sequence
// behind that it counted.
func FuzzUnMojibake(f *testing.F) {
	for _, s := range []string{"isnâ€™t", "Â£790 Â\u00a0", "crÃ¨me brÃ»lÃ©e", "â€\u009d", "Straß\u00adenbahn", "Ã", "â€", "ÃÃ©©", "\xff\xfeÃ©"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, out := unMojibake(s, true)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("unMojibake(%q) = %q, not valid UTF-8", s, out)
		}
		if n == 0 && out != s {
			t.Fatalf("unMojibake(%q) changed the text without a sequence: %q", s, out)
		}
		if len(out) > len(s) {
			t.Fatalf("unMojibake(%q) = %q, longer", s, out)
		}
		if counted, _ := unMojibake(s, false); counted != n {
			t.Fatalf("counting gives %d, mending %d", counted, n)
		}
	})
}
