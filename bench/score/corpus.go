package score

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Record is one page of a corpus manifest with its gold annotations; see
// /work/shared/corpus/README.md for the fields.
type Record struct {
	ID           string      `json:"id"`
	HTML         string      `json:"html"`
	HTMLPath     string      `json:"html_path"`
	URL          string      `json:"url"`
	Encoding     string      `json:"encoding"`
	Title        string      `json:"title"`
	Date         string      `json:"date"`
	DateNone     bool        `json:"date_none"`
	Authors      []string    `json:"authors"`
	BodyText     string      `json:"body_text"`
	With         []string    `json:"with"`
	Without      []string    `json:"without"`
	Comments     []string    `json:"comments"`
	CommentsText string      `json:"comments_text"`
	Blocks       []GoldBlock `json:"blocks"`
}

// GoldBlock is one typed gold block: heading (Level), paragraph, list_item
// (Depth), table (Rows), quote, code, caption; in L3S-GN1 also headline,
// main_text, supplemental, related (Links), comment and boilerplate.
type GoldBlock struct {
	Type  string     `json:"type"`
	Text  string     `json:"text"`
	Level int        `json:"level"`
	Depth int        `json:"depth"`
	Rows  [][]string `json:"rows"`
	Links []string   `json:"links"`
}

// Set is one corpus folder.
type Set struct {
	Name    string
	Dir     string
	Records []Record
	// QMark: the gold replaced characters above U+00FF by '?' (L3S-GN1), so
	// the output gets the same mapping before it is compared.
	QMark bool
}

// LoadSet reads DIR/NAME.jsonl, or DIR/manifest.jsonl when that is absent,
// as score_sets.py does.
func LoadSet(dir string) (*Set, error) {
	name := filepath.Base(filepath.Clean(dir))
	path := filepath.Join(dir, name+".jsonl")
	if _, err := os.Stat(path); err != nil {
		path = filepath.Join(dir, "manifest.jsonl")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	set := &Set{Name: name, Dir: dir, QMark: strings.HasPrefix(name, "l3s")}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 256<<20)
	for line := 1; sc.Scan(); line++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var r Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		set.Records = append(set.Records, r)
	}
	return set, sc.Err()
}

// Limit keeps the first n records in sha1(id) order, score_sets.py's
// --limit: a fixed spread of the set rather than the head of the file.
// n <= 0 keeps all records in file order.
func (s *Set) Limit(n int) {
	if n <= 0 {
		return
	}
	hash := func(r Record) string {
		h := sha1.Sum([]byte(r.ID))
		return hex.EncodeToString(h[:])
	}
	slices.SortStableFunc(s.Records, func(a, b Record) int { return strings.Compare(hash(a), hash(b)) })
	s.Records = s.Records[:min(n, len(s.Records))]
}

// Page returns the raw bytes of r's page, gunzipped when stored compressed.
func (s *Set) Page(r Record) ([]byte, error) {
	rel := r.HTMLPath
	if rel == "" {
		rel = r.HTML
	}
	path := filepath.Join(s.Dir, rel)
	raw, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return raw, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}
