package main

// End-to-end tests of the batch behaviours issue 4 lists, each running the
// built command (TestMain) on the hand-written pages of testdata/pages.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsextract/newsextract"
)

// fixtureDir holds the four fixture pages (and a README the default glob
// leaves out).
var fixtureDir = filepath.Join("..", "..", "testdata", "pages")

// fixturePaths are the fixture pages in the order a directory walk finds them.
func fixturePaths() []string {
	sorted := slices.Clone(fixtureNames)
	slices.Sort(sorted)
	var out []string
	for _, n := range sorted {
		out = append(out, filepath.Join(fixtureDir, n+".html"))
	}
	return out
}

// fixtureWARC writes a gzip-per-record WARC of the fixture pages as a crawl
// stores them: a warcinfo record, a request, the four pages, an image
// response, and a fifth page cut off halfway, as at the end of an
// interrupted crawl. It returns the path and the four good records.
func fixtureWARC(t *testing.T, dir string) (string, []warcRecord) {
	t.Helper()
	pages := fixtureRecords(t, 1)
	cut := pages[1]
	cut.id, cut.uri = 99, "https://fixtures.example/cut-off"
	recs := []warcRecord{
		{typ: "warcinfo", id: 90},
		{typ: "request", id: 91, uri: pages[0].uri},
		pages[0], pages[1],
		{typ: "response", id: 92, uri: "https://fixtures.example/logo.png", contentType: "image/png", body: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
		pages[2], pages[3],
		cut,
	}
	return buildWARC(t, filepath.Join(dir, "fixtures.warc.gz"), true, true, recs), pages
}

// goldenArticle reads the golden output of a fixture page.
func goldenArticle(t *testing.T, name string) newsextract.Article {
	t.Helper()
	var a newsextract.Article
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join("..", "..", "testdata", "golden", name+".json"))), &a); err != nil {
		t.Fatal(err)
	}
	return a
}

func jsonString(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestBinaryDirectoryBatch(t *testing.T) {
	got := runBinary(t, "", "-j", "2", fixtureDir)
	if got.code != exitOK {
		t.Fatalf("exit %d: %s", got.code, got.stderr)
	}
	envs := jsonLines[fakeEnvelope](t, got.stdout)
	if !slices.Equal(paths(envs), fixturePaths()) {
		t.Fatalf("sources %q, want %q", paths(envs), fixturePaths())
	}
	for _, e := range envs {
		name := strings.TrimSuffix(filepath.Base(e.Source.Path), ".html")
		want := goldenArticle(t, name)
		// The golden runs of these two pages pass no options, as the
		// command does here, so the whole article must match.
		if name == "wordpress-newspaper" || name == "html5-article" {
			if jsonString(t, e.Article) != jsonString(t, want) {
				t.Errorf("%s: article differs from its golden file", name)
			}
		} else if !strings.Contains(e.Article.Title, want.Title) {
			// Without the golden run's -url the site name may stay in.
			t.Errorf("%s: title %q, want %q", name, e.Article.Title, want.Title)
		}
	}
	if !strings.Contains(got.stderr, "done 4, skipped 0, failed 0, elapsed ") {
		t.Errorf("no summary: %q", got.stderr)
	}
	if strings.ContainsAny(got.stderr, "\r\x1b") {
		t.Errorf("progress or colour on a stderr that is not a terminal: %q", got.stderr)
	}
}

func TestBinaryWARCOfFixtures(t *testing.T) {
	dir := t.TempDir()
	warc, pages := fixtureWARC(t, dir)
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"default", nil, exitFailed},
		{"keep-going", []string{"-keep-going"}, exitOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			log := filepath.Join(t.TempDir(), "errors.jsonl")
			got := runBinary(t, "", append(tc.args, "-errors", log, warc)...)
			if got.code != tc.code {
				t.Errorf("exit %d, want %d: %s", got.code, tc.code, got.stderr)
			}
			envs := jsonLines[fakeEnvelope](t, got.stdout)
			if len(envs) != len(pages) {
				t.Fatalf("%d articles, want %d", len(envs), len(pages))
			}
			for i, e := range envs {
				r := pages[i]
				if e.Source.WARC != warc || e.Source.RecordID != r.recordID() || e.Source.URI != r.uri || e.Source.Offset == nil || e.Article.URL == "" {
					t.Errorf("record %d: source %+v, article URL %q", i, e.Source, e.Article.URL)
				}
				if !strings.Contains(e.Article.Title, goldenArticle(t, fixtureNames[i]).Title) {
					t.Errorf("record %d: title %q", i, e.Article.Title)
				}
			}
			// The windows-1252 page decodes through its HTTP charset.
			if legacy := envs[2].Article.Text; !strings.Contains(legacy, "€60.48") {
				t.Errorf("legacy page text lacks the euro amount: %.200q", legacy)
			}
			fails := jsonLines[failure](t, readFile(t, log))
			if len(fails) != 1 || fails[0].Source.WARC != warc || fails[0].Source.Offset == nil || fails[0].Kind != "other" || !strings.Contains(fails[0].Error, "read WARC record") {
				t.Errorf("error log %+v, want the cut-off record only", fails)
			}
			if !strings.Contains(got.stderr, "done 4, skipped 0, failed 1") {
				t.Errorf("summary: %q", got.stderr)
			}
		})
	}
}

// -j 1 and -j 8 write byte-identical JSON Lines and error logs, for a WARC
// and a directory in one run.
func TestBinaryOutputSameForAnyWorkers(t *testing.T) {
	warc, _ := fixtureWARC(t, t.TempDir())
	var first, firstLog string
	for _, jobs := range []string{"1", "4", "8"} {
		log := filepath.Join(t.TempDir(), "errors.jsonl")
		got := runBinary(t, "", "-j", jobs, "-errors", log, warc, fixtureDir)
		if len(jsonLines[fakeEnvelope](t, got.stdout)) != 8 {
			t.Fatalf("-j %s: want 8 articles: %s", jobs, got.stderr)
		}
		if first == "" {
			first, firstLog = got.stdout, readFile(t, log)
			continue
		}
		if got.stdout != first || readFile(t, log) != firstLog {
			t.Errorf("-j %s output differs from -j 1", jobs)
		}
	}
}

func TestBinaryResume(t *testing.T) {
	out := t.TempDir()
	first := runBinary(t, "", "-o", out, fixtureDir)
	files := listFiles(t, out)
	if first.code != exitOK || len(files) != 4 {
		t.Fatalf("exit %d, files %q: %s", first.code, files, first.stderr)
	}
	deleted := filepath.Join(out, "legacy-cp1252.json")
	want := readFile(t, deleted)
	os.Remove(deleted)
	kept := filepath.Join(out, "html5-article.json")
	writeFile(t, kept, "from the first run\n")

	second := runBinary(t, "", "-resume", "-o", out, fixtureDir)
	if second.code != exitOK || !strings.Contains(second.stderr, "done 1, skipped 3, failed 0") {
		t.Errorf("exit %d, stderr %q", second.code, second.stderr)
	}
	if readFile(t, deleted) != want {
		t.Errorf("the missing output was not written again identically")
	}
	if readFile(t, kept) != "from the first run\n" {
		t.Errorf("-resume rewrote an existing output")
	}
}

// One bad page among good ones: the batch goes on, each failure is logged
// with its source and kind, the exit status is 1, and the good pages'
// outputs are exactly those of a run without the bad pages. The page
// without an article gets its metadata written and a line in the log, and
// counts as done.
func TestBinaryFailingPagesAmongGood(t *testing.T) {
	dir := t.TempDir()
	for _, p := range fixturePaths() {
		writeFile(t, filepath.Join(dir, filepath.Base(p)), readFile(t, p))
	}
	clean := t.TempDir()
	if got := runBinary(t, "", "-o", clean, dir); got.code != exitOK {
		t.Fatalf("good pages alone: exit %d: %s", got.code, got.stderr)
	}
	bad := map[string]string{
		"a-image.html":   "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
		"b-empty.html":   "",
		"c-no-text.html": "<html><body><nav><a href='/'>Home</a></nav></body></html>",
	}
	for name, content := range bad {
		writeFile(t, filepath.Join(dir, name), content)
	}
	out, log := t.TempDir(), filepath.Join(t.TempDir(), "errors.jsonl")
	got := runBinary(t, "", "-j", "3", "-o", out, "-errors", log, dir)
	if got.code != exitFailed {
		t.Errorf("exit %d, want %d", got.code, exitFailed)
	}
	var kinds []string
	for _, f := range jsonLines[failure](t, readFile(t, log)) {
		kinds = append(kinds, filepath.Base(f.Source.Path)+"="+f.Kind)
	}
	if want := []string{"a-image.html=not_html", "b-empty.html=empty", "c-no-text.html=no_article"}; !slices.Equal(kinds, want) {
		t.Errorf("error log %q, want %q", kinds, want)
	}
	if strings.Count(got.stderr, "newsextract: "+dir) != 3 || !strings.Contains(got.stderr, "done 5 (1 without article), skipped 0, failed 2") {
		t.Errorf("want two failure lines, a warning and a summary: %q", got.stderr)
	}
	if want := append([]string{"c-no-text.json"}, listFiles(t, clean)...); !slices.Equal(listFiles(t, out), want) {
		t.Fatalf("outputs %q, want %q", listFiles(t, out), want)
	}
	if meta := readFile(t, filepath.Join(out, "c-no-text.json")); strings.Contains(meta, `"text"`) || strings.Contains(meta, "Home") {
		t.Errorf("metadata-only output holds a body: %s", meta)
	}
	for _, f := range listFiles(t, clean) {
		if readFile(t, filepath.Join(out, f)) != readFile(t, filepath.Join(clean, f)) {
			t.Errorf("%s differs from the run without bad pages", f)
		}
	}
}

// Outputs are replaced by rename, never rewritten in place: a hard link
// made to the first run's file keeps the first run's bytes after a second
// run writes a different rendering to the same name, and no temporary file
// is left behind.
func TestBinaryAtomicWrites(t *testing.T) {
	out, links := t.TempDir(), t.TempDir()
	if got := runBinary(t, "", "-format", "jsonl", "-o", out, fixtureDir); got.code != exitOK {
		t.Fatalf("exit %d: %s", got.code, got.stderr)
	}
	first := map[string]string{}
	for _, f := range listFiles(t, out) {
		first[f] = readFile(t, filepath.Join(out, f))
		if err := os.Link(filepath.Join(out, f), filepath.Join(links, f)); err != nil {
			t.Skipf("hard links unsupported here: %v", err)
		}
	}
	if got := runBinary(t, "", "-format", "json", "-o", out, fixtureDir); got.code != exitOK {
		t.Fatalf("exit %d: %s", got.code, got.stderr)
	}
	if files := listFiles(t, out); len(files) != len(first) {
		t.Fatalf("files %q after the second run, want %d", files, len(first))
	}
	for f, old := range first {
		now := readFile(t, filepath.Join(out, f))
		if readFile(t, filepath.Join(links, f)) != old {
			t.Errorf("%s was rewritten in place", f)
		}
		if now == old || !json.Valid([]byte(now)) || !strings.HasPrefix(now, "{\n  ") {
			t.Errorf("%s does not hold the second run's indented JSON", f)
		}
	}
}

// -format explain-html with the real extractor: one self-contained page
// per input under -o, named .explain.html, marking kept, removed (with the
// rule) and related blocks, with nothing that runs or loads.
func TestBinaryExplainHTML(t *testing.T) {
	out := t.TempDir()
	got := runBinary(t, "", "-format", "explain-html", "-o", out, fixtureDir)
	if got.code != exitOK {
		t.Fatalf("exit %d: %s", got.code, got.stderr)
	}
	want := []string{"html5-article.explain.html", "legacy-cp1252.explain.html", "visible-metadata.explain.html", "wordpress-newspaper.explain.html"}
	if files := listFiles(t, out); !slices.Equal(files, want) {
		t.Fatalf("files %q, want %q", files, want)
	}
	page := readFile(t, filepath.Join(out, "wordpress-newspaper.explain.html"))
	for _, mark := range []string{`<li class="kept">`, `<li class="removed"><div class="meta"><span class="verdict">removed</span> <span class="rule">class/id: tagDiv ad slot</span>`, `<li class="related">`} {
		if !strings.Contains(page, mark) {
			t.Errorf("no %q in the explain page", mark)
		}
	}
	for _, bad := range []string{"<script", "<link", "<img", "<a ", " src=", " href=", " onload", " onerror"} {
		if strings.Contains(strings.ToLower(page), bad) {
			t.Errorf("%q in the explain page", bad)
		}
	}
	// The page is the library's rendering, as the golden file holds it.
	if golden := readFile(t, filepath.Join("..", "..", "testdata", "golden", "wordpress-newspaper.explain.html")); page != golden {
		t.Errorf("the command's explain page differs from the library's golden file")
	}
}
