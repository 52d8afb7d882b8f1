package newsextract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// decodePage returns page as valid UTF-8. The encoding comes from, in order:
// a byte-order mark, the transport charset the caller passed, the page's
// <meta>, and sniffing (charset.DetermineEncoding ranks them so), where a
// page that is not UTF-8 and declares nothing is read in its language's
// legacy default (legacyDefaultEncoding) instead of windows-1252.
func decodePage(page []byte, transport, pageURL string) ([]byte, error) {
	contentType := ""
	if transport != "" {
		contentType = "text/html; charset=" + transport
	}
	enc, name, certain := charset.DetermineEncoding(page, contentType)
	if !certain {
		if e, n, ok := lateMetaCharset(page); ok {
			enc, name = e, n
		}
	}
	if !certain && name == "windows-1252" && !looksLikeUTF8(page) {
		if e, n, ok := legacyDefaultEncoding(page, pageURL); ok {
			enc, name = e, n
		}
	}
	if !certain && name != "utf-8" && looksLikeUTF8(page) {
		// A page that declares a legacy charset but is valid multi-byte
		// UTF-8 was re-served or saved without its meta being updated
		// (a scraper's page text written out as UTF-8): real windows-1252
		// text almost never forms valid UTF-8 sequences, and EUC-KR, GBK,
		// Big5 or Shift_JIS text, whose trail bytes stray outside UTF-8's
		// continuation range, never does for more than a few characters.
		enc, name = unicode.UTF8, "utf-8"
	}
	if !certain && (name == "utf-8" && !utf8.Valid(page) || isLatinFamily(name) && isMixed(page)) {
		// A <meta> that says UTF-8 over bytes that are not, or a Latin
		// page with UTF-8 parts: read each part as what it is.
		return decodeMixed(page), nil
	}
	out, err := transcode(page, enc, name)
	if err != nil {
		return nil, fmt.Errorf("%w: decoding as %s: %v", ErrNotHTML, name, err)
	}
	return out, nil
}

// legacyDefaultEncoding returns the legacy encoding that pages in the
// language of the <html lang> attribute used when they declared none, as
// a browser set to that language would read them (the HTML standard's
// locale-based default, by the page's language instead of the reader's);
// without a lang, the one of the language its country's domain names, as
// Firefox guesses ("news.example.ru"). A page that declares a charset
// anywhere in its head, or names no language with such a default, gets
// none.
func legacyDefaultEncoding(page []byte, pageURL string) (encoding.Encoding, string, bool) {
	head := page[:min(len(page), prescanBytes+lateMetaBytes)]
	if metaCharsetRE.Match(head) {
		return nil, "", false
	}
	label, ok := "", false
	if m := htmlLangRE.FindSubmatch(head); m != nil {
		lang := strings.ToLower(string(m[1]))
		if label, ok = langDefaultCharsets[lang]; !ok {
			base, _, _ := strings.Cut(lang, "-")
			label, ok = langDefaultCharsets[base]
		}
	} else if lang := domainLanguages[topLevelDomain(pageURL)]; lang != "" {
		label, ok = langDefaultCharsets[lang]
	} else {
		label, ok = kanaEncoding(page) // nothing tells the language: Japanese text shows itself
	}
	if !ok {
		return nil, "", false
	}
	if label == "shift_jis" {
		label = betterJapanese(page)
	}
	enc, name := charset.Lookup(label)
	return enc, name, enc != nil
}

// betterJapanese returns the Japanese legacy encoding that reads page
// with fewer oddities: Japanese pages came in Shift_JIS and EUC-JP, and
// Firefox tells them apart as well.
func betterJapanese(page []byte) string {
	if readJapanese(page, japanese.EUCJP).odd < readJapanese(page, japanese.ShiftJIS).odd {
		return "euc-jp"
	}
	return "shift_jis"
}

// kanaEncoding names the Japanese legacy encoding of a page that names no
// language, when one of them reads it as Japanese: hiragana, which only
// Japanese writes, make a tenth of its characters beyond ASCII, and
// hardly anything reads oddly. A European page's accented letters read
// as half-width katakana and undecodable pairs in both.
func kanaEncoding(page []byte) (string, bool) {
	for _, c := range []struct {
		label string
		enc   encoding.Encoding
	}{{"shift_jis", japanese.ShiftJIS}, {"euc-jp", japanese.EUCJP}} {
		r := readJapanese(page, c.enc)
		if r.other >= minKanaSample && r.kana*10 >= r.other && r.odd*100 <= r.other {
			return c.label, true
		}
	}
	return "", false
}

// minKanaSample is how many characters beyond ASCII kanaEncoding needs to
// judge a page's script.
const minKanaSample = 50

// japaneseReading counts, in a page read in one encoding, the characters
// beyond ASCII (other), the hiragana among them, and what Japanese text
// seldom holds (odd): bytes that decode to nothing (U+FFFD) and half-width
// katakana, which EUC-JP's two-byte characters become when read as
// Shift_JIS.
type japaneseReading struct{ other, kana, odd int }

// readJapanese reads the start of page (japaneseSampleBytes) in enc and
// counts what japaneseReading holds.
func readJapanese(page []byte, enc encoding.Encoding) japaneseReading {
	sample := page[:min(len(page), japaneseSampleBytes)]
	var r japaneseReading
	text, err := enc.NewDecoder().Bytes(sample)
	if err != nil {
		r.odd = len(sample)
		return r
	}
	for _, c := range string(text) {
		switch {
		case c < utf8.RuneSelf:
			continue
		case c == utf8.RuneError || c >= 0xFF61 && c <= 0xFF9F:
			r.odd++
		case c >= 0x3041 && c <= 0x309F:
			r.kana++
		}
		r.other++
	}
	return r
}

// japaneseSampleBytes is how much of a page readJapanese reads.
const japaneseSampleBytes = 16 << 10

// topLevelDomain returns the lower-cased last label of rawURL's host, or "".
func topLevelDomain(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	return host[strings.LastIndexByte(host, '.')+1:]
}

// htmlLangRE finds the lang attribute of the <html> element.
var htmlLangRE = regexp.MustCompile(`(?i)<html[^>]*?\slang\s*=\s*["']?\s*([a-z]{2,3}(?:-[a-z0-9]{2,8})?)`)

// metaCharsetRE finds a <meta> charset declaration, in either form.
var metaCharsetRE = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// Bounds of the late-meta search: the HTML standard's prescan stops at
// prescanBytes; archive toolbars and long <head>s push the declaration past
// it, so lateMetaBytes more are searched.
const (
	prescanBytes  = 1024
	lateMetaBytes = 64 << 10
)

// lateMetaCharset returns the encoding a <meta> declares after the first
// 1,024 bytes, where the standard's prescan (and so DetermineEncoding) no
// longer looks: the Wayback Machine inserts its toolbar scripts before a
// page's own <head>. It says nothing when the prescan could see a meta.
func lateMetaCharset(page []byte) (encoding.Encoding, string, bool) {
	head := page[:min(len(page), prescanBytes+lateMetaBytes)]
	m := metaCharsetRE.FindSubmatchIndex(head)
	if m == nil || m[0] < prescanBytes {
		return nil, "", false
	}
	enc, name := charset.Lookup(string(head[m[2]:m[3]]))
	if enc == nil {
		return nil, "", false
	}
	return enc, name, true
}

func transcode(page []byte, enc encoding.Encoding, name string) ([]byte, error) {
	page = stripUTF8BOM(page)
	if name == "utf-8" {
		if utf8.Valid(page) {
			return page, nil
		}
		return []byte(strings.ToValidUTF8(string(page), "\uFFFD")), nil
	}
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return nil, err
	}
	out = stripUTF8BOM(out)
	if !utf8.Valid(out) {
		out = []byte(strings.ToValidUTF8(string(out), "\uFFFD"))
	}
	return out, nil
}

// stripUTF8BOM removes every leading byte-order mark: a UTF-16 page that
// repeats its BOM decodes to a UTF-8 one after the first is consumed.
func stripUTF8BOM(b []byte) []byte { return bytes.TrimLeft(b, "\ufeff") }

func isLatinFamily(name string) bool {
	switch name {
	case "windows-1252", "iso-8859-1", "iso-8859-15", "windows-1250", "iso-8859-2":
		return true
	}
	return false
}

// looksLikeUTF8 reports whether b is valid UTF-8 and holds multi-byte
// sequences, the only case where the two readings differ.
func looksLikeUTF8(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// isMixed reports a page that is neither valid UTF-8 nor free of valid
// multi-byte UTF-8 sequences: pasted together from UTF-8 and legacy text.
func isMixed(b []byte) bool {
	if utf8.Valid(b) {
		return false
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if size > 1 && r != utf8.RuneError {
			return true
		}
		i += size
	}
	return false
}

// decodeMixed reads valid UTF-8 sequences as UTF-8 and every other byte as
// windows-1252, so both parts of a mixed page read right; decoding it all
// one way would garble one of them.
func decodeMixed(page []byte) []byte {
	page = stripUTF8BOM(page)
	out := make([]byte, 0, len(page)+len(page)/8)
	for i := 0; i < len(page); {
		r, size := utf8.DecodeRune(page[i:])
		if r == utf8.RuneError && size == 1 {
			r = charmap.Windows1252.DecodeByte(page[i])
		}
		out = utf8.AppendRune(out, r)
		i += size
	}
	return out
}

// binarySignatures are the leading bytes of formats that are never HTML.
var binarySignatures = [][]byte{
	[]byte("%PDF-"),                // PDF
	[]byte("PK\x03\x04"),           // ZIP, DOCX, EPUB
	[]byte("\x89PNG"),              // PNG
	[]byte("GIF8"),                 // GIF
	[]byte("\xff\xd8\xff"),         // JPEG
	[]byte("\x1f\x8b"),             // gzip: the caller must decompress
	[]byte("RIFF"),                 // WebP, WAV, AVI
	[]byte("\x00\x00\x01\x00"),     // ICO
	[]byte("OggS"),                 // Ogg
	[]byte("ID3"),                  // MP3
	[]byte("\x7fELF"),              // executables
	[]byte("{\\rtf"),               // RTF
	[]byte("\xd0\xcf\x11\xe0"),     // legacy Office
	[]byte("WARC/"),                // an archive, not a page
	[]byte("%!PS"),                 // PostScript
	[]byte("\x00\x00\x00\x18ftyp"), // MP4
}

// checkPageKind rejects input that cannot be a web page, before any
// decoding work: empty, a known binary format, JSON, text without tags,
// or an XML document of a kind that is not a page (a feed, a sitemap).
func checkPageKind(page []byte) error {
	trimmed := bytes.TrimSpace(stripUTF8BOM(page))
	if len(trimmed) == 0 {
		return ErrEmpty
	}
	for _, sig := range binarySignatures {
		if bytes.HasPrefix(trimmed, sig) {
			return fmt.Errorf("%w: binary data (%q signature)", ErrNotHTML, sig)
		}
	}
	if hasUTF16BOM(page) {
		return nil // decoded later; the checks below read bytes as ASCII
	}
	if (trimmed[0] == '{' || trimmed[0] == '[') && json.Valid(trimmed) {
		return fmt.Errorf("%w: JSON document", ErrNotHTML)
	}
	if looksBinary(trimmed) {
		return fmt.Errorf("%w: binary data", ErrNotHTML)
	}
	if !hasTag(trimmed) {
		return fmt.Errorf("%w: no markup", ErrNotHTML)
	}
	if kind, ok := xmlRoots[rootElement(trimmed)]; ok {
		return fmt.Errorf("%w: %s", ErrNotHTML, kind)
	}
	return nil
}

// xmlRoots are the root elements of XML documents a crawl saves beside
// its pages, which hold no article to read: the kind of document each
// starts.
var xmlRoots = map[string]string{
	"rss":          "RSS feed",
	"rdf:rdf":      "RSS 1.0 feed",
	"feed":         "Atom feed",
	"urlset":       "sitemap",
	"sitemapindex": "sitemap index",
	"opml":         "OPML outline",
}

// rootElement returns the lower-cased name of the first element of b,
// past an XML declaration, comments and a doctype; "" when text comes
// first or no element opens in the first KiB.
func rootElement(b []byte) string {
	if len(b) > 1024 {
		b = b[:1024]
	}
	for {
		b = bytes.TrimLeft(b, " \t\r\n\f")
		var end []byte
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(b, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(b, []byte("<!")):
			end = []byte(">")
		case len(b) > 1 && b[0] == '<':
			name := b[1:]
			if i := bytes.IndexAny(name, " \t\r\n\f/>"); i >= 0 {
				name = name[:i]
			}
			return strings.ToLower(string(name))
		default:
			return ""
		}
		i := bytes.Index(b, end)
		if i < 0 {
			return ""
		}
		b = b[i+len(end):]
	}
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xfe, 0xff}) || bytes.HasPrefix(b, []byte{0xff, 0xfe})
}

// looksBinary reports whether the first KiB holds many control bytes, as
// compressed or executable data does and text never does.
func looksBinary(b []byte) bool {
	if len(b) > 1024 {
		b = b[:1024]
	}
	bad := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			bad++
		}
	}
	return bad*10 > len(b) // more than 10 %
}

// hasTag reports whether the first 64 KiB contain something shaped like an
// HTML tag; plain text and CSV do not.
func hasTag(b []byte) bool {
	if len(b) > 64<<10 {
		b = b[:64<<10]
	}
	for i := 0; i+1 < len(b); i++ {
		if b[i] != '<' {
			continue
		}
		c := b[i+1]
		if c == '!' || c == '/' || c == '?' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			return true
		}
	}
	return false
}
