package score

import (
	"bufio"
	"bytes"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"punctuation splits", "Hello, World!", []string{"hello", "world"}},
		{"underscore and digits are word", "snake_case 2025", []string{"snake_case", "2025"}},
		{"combining mark splits as in Python", "नमस्ते", []string{"नमस", "त"}},
		{"dotted capital I lowers to i + dot", "İstanbul", []string{"i", "stanbul"}},
		{"final sigma", "ΟΔΟΣ ΣΑ", []string{"οδος", "σα"}},
		{"superscript digit is numeric", "x²", []string{"x²"}},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNorm(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"collapses and trims", "  a \t\n b  ", "a b"},
		{"no-break space", "a\u00a0\u00a0b", "a b"},
		{"information separator is space in Python", "a\x1fb", "a b"},
		{"zero-width space is not", "a\u200bb", "a\u200bb"},
		{"composes", "e\u0301", "é"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Norm(tt.in); got != tt.want {
				t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFixQMark(t *testing.T) {
	if got := fixer(true).fix("naïve “quote” €"); got != "naïve ?quote? ?" {
		t.Errorf("fix = %q", got)
	}
	if got := fixer(false).fix("“x”"); got != "“x”" {
		t.Errorf("fix without qmark = %q", got)
	}
}

// TestPythonTextAgreement checks, for every code point Python's Unicode
// database assigns, that isWord, isSpace, Lower (alone and in both sigma
// contexts) and NFC agree with python3. Code points Python leaves unassigned
// may differ: Go's tables can be a newer Unicode version.
func TestPythonTextAgreement(t *testing.T) {
	if testing.Short() {
		t.Skip("walks all of Unicode in python3: skipped in -short mode")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: skipping the Unicode agreement check")
	}
	const script = `
import re, sys, unicodedata
w, s = re.compile(r"\w"), re.compile(r"\s")
out = []
for cp in range(0x110000):
    if 0xD800 <= cp < 0xE000 or unicodedata.category(chr(cp)) == "Cn":
        continue
    c = chr(cp)
    low = [ord(x) for x in c.lower() + "|" + ("\u0391\u03a3" + c).lower() + "|" + (c + "\u03a3").lower() + "|" + unicodedata.normalize("NFC", c)]
    out.append("%d %d %d %s" % (cp, bool(w.match(c)), bool(s.match(c)), ",".join(map(str, low))))
sys.stdout.write("\n".join(out))
`
	raw, err := exec.Command(python, "-c", script).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	checked, bad := 0, 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		cp, _ := strconv.Atoi(f[0])
		r := rune(cp)
		c := string(r)
		want := decodeRunes(f[3])
		got := Lower(c) + "|" + Lower("ΑΣ"+c) + "|" + Lower(c+"Σ") + "|" + norm.NFC.String(c)
		if (f[1] == "1") != isWord(r) || (f[2] == "1") != isSpace(r) || got != want {
			if bad++; bad <= 20 {
				t.Errorf("%U: python w=%s s=%s %q; go w=%v s=%v %q", r, f[1], f[2], want, isWord(r), isSpace(r), got)
			}
		}
		checked++
	}
	if checked < 100000 {
		t.Fatalf("only %d code points checked", checked)
	}
}

func decodeRunes(s string) string {
	var b strings.Builder
	for _, n := range strings.Split(s, ",") {
		v, _ := strconv.Atoi(n)
		b.WriteRune(rune(v))
	}
	return b.String()
}
