package peers

import (
	"bytes"
	"errors"
	"net/url"
	"regexp"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/newsextract/newsextract"
)

// Trafilatura runs go-trafilatura with its zero (default) Options and the
// page URL, as its documentation shows.
func Trafilatura(page []byte, pageURL string) (*newsextract.Article, error) {
	return trafilaturaWith(page, pageURL, false)
}

// TrafilaturaFallback is Trafilatura with EnableFallback, the default of its
// command line tool: it also runs go-readability and go-domdistiller and
// keeps the better extraction.
func TrafilaturaFallback(page []byte, pageURL string) (*newsextract.Article, error) {
	return trafilaturaWith(page, pageURL, true)
}

func trafilaturaWith(page []byte, pageURL string, fallback bool) (*newsextract.Article, error) {
	opts := trafilatura.Options{OriginalURL: parseURL(pageURL), EnableFallback: fallback}
	res, err := trafilatura.Extract(bytes.NewReader(page), opts)
	if err != nil {
		return nil, err
	}
	a := &newsextract.Article{
		URL:         pageURL,
		Title:       res.Metadata.Title,
		Description: res.Metadata.Description,
		SiteName:    res.Metadata.Sitename,
		Language:    res.Metadata.Language,
		Authors:     SplitAuthors(res.Metadata.Author),
		Published:   dateOf(res.Metadata.Date),
		Image:       res.Metadata.Image,
		Tags:        res.Metadata.Tags,
	}
	a.Sections, a.Text, err = FromNode(res.ContentNode)
	return a, err
}

// Readability runs go-readability's FromReader with the page URL.
func Readability(page []byte, pageURL string) (*newsextract.Article, error) {
	u := parseURL(pageURL)
	if u == nil {
		u = &url.URL{} // its relative-link fixing needs a base
	}
	res, err := readability.FromReader(bytes.NewReader(page), u)
	if err != nil {
		return nil, err
	}
	if res.Node == nil {
		return nil, errors.New("readability: no content")
	}
	a := &newsextract.Article{
		URL:         pageURL,
		Title:       res.Title(),
		Description: res.Excerpt(),
		SiteName:    res.SiteName(),
		Language:    res.Language(),
		Authors:     SplitAuthors(res.Byline()),
		Image:       res.ImageURL(),
	}
	if t, err := res.PublishedTime(); err == nil {
		a.Published = dateOf(t)
	}
	a.Sections, a.Text, err = FromNode(res.Node)
	return a, err
}

func parseURL(s string) *url.URL {
	u, err := url.ParseRequestURI(s)
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}

// dateOf keeps a time to the day when it carries no clock time, the way
// both peers return bare dates.
func dateOf(t time.Time) newsextract.Date {
	if t.IsZero() {
		return newsextract.Date{}
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return newsextract.Date{Time: t, Precision: newsextract.PrecisionDay}
	}
	return newsextract.Date{Time: t, Precision: newsextract.PrecisionTime}
}

var (
	bylinePrefix = regexp.MustCompile(`(?i)^\s*(by|von|par|por|di|door)\s+`)
	authorSep    = regexp.MustCompile(`\s*(?:;|,|\||\band\b|\bund\b|&)\s*`)
)

// SplitAuthors turns a peer's single author string (trafilatura joins names
// with "; ", readability returns the raw byline) into names: a leading "By"
// dropped, split at ; , | & and "and".
func SplitAuthors(s string) []string {
	s = bylinePrefix.ReplaceAllString(strings.TrimSpace(s), "")
	var out []string
	for _, name := range authorSep.Split(s, -1) {
		if name = strings.TrimSpace(name); name != "" {
			out = append(out, name)
		}
	}
	return out
}
