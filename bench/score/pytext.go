package score

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The reference scorer is Python: its regexps \w and \s, str.lower and
// str.strip decide what a token is. These functions reproduce them; the
// agreement test checks every assigned code point against python3.

// isWord is Python's \w on str patterns: str.isalnum() or '_'. For every code
// point Python assigns, that equals Go's letter or number classes.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isSpace is Python's \s and str.isspace(): Go's white space plus the four
// information separators U+001C..U+001F, which Python counts as space.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// Lower is Python's str.lower(): the simple lower-case mapping, except that
// U+0130 expands to "i\u0307" and a capital sigma at the end of a word becomes
// the final form ς.
func Lower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		switch r {
		case 0x130:
			b.WriteString("i\u0307")
		case 0x3a3:
			b.WriteRune(lowerSigma(rs, i))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerSigma applies Unicode's Final_Sigma condition as CPython does: a cased
// letter before (skipping case-ignorables) and none after.
func lowerSigma(rs []rune, i int) rune {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	final := j >= 0 && isCased(rs[j])
	if final && i+1 < len(rs) {
		j = i + 1
		for j < len(rs) && isCaseIgnorable(rs[j]) {
			j++
		}
		final = j == len(rs) || !isCased(rs[j])
	}
	if final {
		return 'ς'
	}
	return 'σ'
}

// isCased is Unicode's Cased property.
func isCased(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// isCaseIgnorable is Unicode's Case_Ignorable property; the Word_Break
// MidLetter, MidNumLet and Single_Quote characters are listed by hand
// because Go's tables lack Word_Break.
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027,
		0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// Tokens is re.findall(r"\w+", s.lower()).
func Tokens(s string) []string {
	return strings.FieldsFunc(Lower(s), func(r rune) bool { return !isWord(r) })
}

// Key is " ".join(tokens(s)): a text's comparable word sequence.
func Key(s string) string { return strings.Join(Tokens(s), " ") }

// Norm is score_corpus.norm: NFC, white-space runs collapsed to one space,
// trimmed.
func Norm(s string) string {
	return strings.Join(strings.FieldsFunc(norm.NFC.String(s), isSpace), " ")
}

// fixer is score_sets.measure's fix: NFC, and for L3S-GN1, whose gold
// replaced every character above U+00FF by '?', the same replacement.
type fixer bool

func (q fixer) fix(s string) string {
	s = norm.NFC.String(s)
	if !bool(q) || isLatin1(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= 256 {
			return '?'
		}
		return r
	}, s)
}

func isLatin1(s string) bool {
	for _, r := range s {
		if r >= 256 {
			return false
		}
	}
	return true
}

// prefixRunes is Python's s[:n] on code points.
func prefixRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// counter is a multiset of tokens, Python's collections.Counter.
type counter map[string]int

func countOf(toks []string) counter {
	c := make(counter, len(toks))
	for _, t := range toks {
		c[t]++
	}
	return c
}

func (c counter) total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// overlap is sum((a & b).values()).
func (c counter) overlap(o counter) int {
	if len(o) < len(c) {
		c, o = o, c
	}
	n := 0
	for k, v := range c {
		n += min(v, o[k])
	}
	return n
}

// minus is a - b with non-positive counts dropped.
func (c counter) minus(o counter) counter {
	out := make(counter, len(c))
	for k, v := range c {
		if d := v - o[k]; d > 0 {
			out[k] = d
		}
	}
	return out
}
