package newsextract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sentinels are the errors every failure of Extract must wrap.
var sentinels = []error{ErrEmpty, ErrNotHTML, ErrNoArticle, ErrTooLarge, ErrTooDeep}

// checkExtractError is the error half of the hostile-input contract: nil, or
// an *Error wrapping exactly one sentinel, with no article beside it.
func checkExtractError(a *Article, err error) error {
	if err == nil {
		if a == nil {
			return errors.New("nil article without an error")
		}
		return nil
	}
	switch noArticle := errors.Is(err, ErrNoArticle); {
	case noArticle && a == nil:
		return fmt.Errorf("no metadata-only article beside %v", err)
	case noArticle && (a.Text != "" || len(a.Sections) > 0):
		return fmt.Errorf("body returned beside %v", err)
	case !noArticle && a != nil:
		return fmt.Errorf("article returned beside error %v", err)
	}
	var e *Error
	if !errors.As(err, &e) || e.Op == "" {
		return fmt.Errorf("error %v (%T) is not an *Error with an Op", err, err)
	}
	matched := 0
	for _, s := range sentinels {
		if errors.Is(err, s) {
			matched++
		}
	}
	if matched != 1 {
		return fmt.Errorf("error %v wraps %d sentinels, want 1", err, matched)
	}
	return nil
}

// extractClean runs Extract and holds its result to both halves of the
// contract, failing t on a breach. It returns the article, which is nil
// when Extract failed without one.
func extractClean(t *testing.T, page []byte, opts *Options) *Article {
	t.Helper()
	a, err := Extract(page, opts)
	if err := checkExtractError(a, err); err != nil {
		t.Fatal(err)
	}
	if a == nil {
		return nil
	}
	if err := checkArticle(a); err != nil {
		t.Fatal(err)
	}
	return a
}

// urlFields are the Article's fields (at any depth) that hold a URL.
var urlFields = map[string]bool{"URL": true, "CanonicalURL": true, "Image": true, "Src": true}

// checkArticle is the output half of the contract: every string valid UTF-8
// without control characters other than \n and \t, every URL absolute
// http(s) (mailto only for inline links), and a JSON round trip that gives
// the same article back.
func checkArticle(a *Article) error {
	if err := checkValue(reflect.ValueOf(*a), "Article", ""); err != nil {
		return err
	}
	return checkJSONRoundTrip(a)
}

// checkValue walks the Article by reflection, so a field added later is
// checked without changing this test.
func checkValue(v reflect.Value, path, field string) error {
	switch v.Kind() {
	case reflect.String:
		return checkString(v.String(), path, field)
	case reflect.Slice:
		for i := range v.Len() {
			if err := checkValue(v.Index(i), fmt.Sprintf("%s[%d]", path, i), field); err != nil {
				return err
			}
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[Date]() {
			return nil
		}
		for i := range v.NumField() {
			name := v.Type().Field(i).Name
			if err := checkValue(v.Field(i), path+"."+name, name); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkString(s, path, field string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%s is not valid UTF-8: %q", path, s)
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return fmt.Errorf("%s holds control character %U: %q", path, r, s)
		}
	}
	if urlFields[field] && s != "" {
		return checkOutputURL(s, path)
	}
	return nil
}

// checkOutputURL accepts absolute http(s) URLs with a host, and mailto:
// only in Block.Links.
func checkOutputURL(s, path string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%s: unparseable URL %q", path, s)
	}
	if strings.ContainsFunc(s, unicode.IsSpace) {
		return fmt.Errorf("%s: URL %q holds white space", path, s)
	}
	switch {
	case (u.Scheme == "http" || u.Scheme == "https") && u.Host != "":
		return nil
	case u.Scheme == "mailto" && bytes.Contains([]byte(path), []byte(".Links[")):
		return nil
	}
	return fmt.Errorf("%s: URL %q is not absolute http(s)", path, s)
}

// checkJSONRoundTrip marshals, unmarshals and marshals again: the two JSON
// texts must be equal. (Comparing the structs would flag a time.Location
// that is equal in value but another pointer.)
func checkJSONRoundTrip(a *Article) error {
	first, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("marshal: %v", err)
	}
	var back Article
	if err := json.Unmarshal(first, &back); err != nil {
		return fmt.Errorf("unmarshal %s: %v", first, err)
	}
	second, err := json.Marshal(&back)
	if err != nil {
		return fmt.Errorf("marshal again: %v", err)
	}
	if !bytes.Equal(first, second) {
		return fmt.Errorf("JSON round trip differs:\n%s\n%s", first, second)
	}
	return nil
}
