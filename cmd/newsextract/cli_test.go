package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/newsextract/newsextract"
)

// The single-page contract the evaluation scripts depend on, with the real
// extractor: either the Article JSON on stdout and status 0, or nothing on
// stdout, an error on stderr and a non-zero status.
func TestSinglePageContractRealExtractor(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, filepath.Join(dir, "story.html"), htmlPage("Headline", strings.Repeat("Some article text. ", 50)))
	var out, errOut bytes.Buffer
	code := run(context.Background(), []string{"-url", "https://example.com/story", "-charset", "utf-8", "-format", "json", path}, strings.NewReader(""), &out, &errOut)
	switch code {
	case exitOK:
		var a newsextract.Article
		if err := json.Unmarshal(out.Bytes(), &a); err != nil {
			t.Fatalf("stdout is not an Article: %v\n%s", err, out.String())
		}
		if strings.Contains(out.String(), `"source"`) {
			t.Errorf("a single page must print the bare Article, got an envelope")
		}
	case exitFailed:
		if out.Len() != 0 || errOut.Len() == 0 {
			t.Errorf("failed page: want empty stdout and an error on stderr, got stdout %q stderr %q", out.String(), errOut.String())
		}
		if strings.Contains(errOut.String(), "done ") {
			t.Errorf("a single page prints no batch summary: %q", errOut.String())
		}
	default:
		t.Fatalf("exit status %d, stderr %s", code, errOut.String())
	}
}

func TestSinglePageFormats(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, filepath.Join(dir, "p.html"), htmlPage("Hello & <World>", "text"))
	want, _ := fakeExtract(context.Background(), []byte(readFile(t, path)), &newsextract.Options{URL: "https://example.com/p", Charset: "latin1"})
	explained, _ := fakeExtract(context.Background(), []byte(readFile(t, path)), &newsextract.Options{URL: "https://example.com/p", Charset: "latin1", Explain: true})
	render := func(f func(*bytes.Buffer) error) string {
		var b bytes.Buffer
		if err := f(&b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	tests := []struct {
		format string
		want   string
	}{
		{"json", render(func(b *bytes.Buffer) error { return encodeJSON(b, want, true) })},
		{"jsonl", render(func(b *bytes.Buffer) error { return encodeJSON(b, want, false) })},
		{"markdown", render(func(b *bytes.Buffer) error { return newsextract.RenderMarkdown(b, want) })},
		{"text", render(func(b *bytes.Buffer) error { return newsextract.RenderText(b, want) })},
		{"html", render(func(b *bytes.Buffer) error { return newsextract.RenderHTML(b, want) })},
		// explain-html turns Options.Explain on by itself.
		{"explain-html", render(func(b *bytes.Buffer) error { return newsextract.RenderExplainHTML(b, explained) })},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			got := runFake(t, "-url", "https://example.com/p", "-charset", "latin1", "-format", tc.format, path)
			if got.code != exitOK {
				t.Fatalf("exit %d: %s", got.code, got.stderr)
			}
			if got.stdout != tc.want {
				t.Errorf("stdout:\n%s\nwant:\n%s", got.stdout, tc.want)
			}
			if got.stderr != "" {
				t.Errorf("unexpected stderr %q", got.stderr)
			}
		})
	}
}

func TestSinglePageJSONCarriesOptions(t *testing.T) {
	dir := t.TempDir()
	path := writeFile(t, filepath.Join(dir, "p.html"), htmlPage("T", "x"))
	got := runFake(t, "-url", "https://example.com/a?b=1", "-charset", "windows-1252", path)
	var a newsextract.Article
	if err := json.Unmarshal([]byte(got.stdout), &a); err != nil {
		t.Fatalf("%v: %q", err, got.stdout)
	}
	if a.URL != "https://example.com/a?b=1" || a.SiteName != "windows-1252" || a.Title != "T" {
		t.Errorf("options not passed through: %+v", a)
	}
	if !strings.Contains(got.stdout, "\n  \"") {
		t.Errorf("-format json should be indented: %q", got.stdout)
	}
}

func TestStdinPage(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
	}{
		{"plain", htmlPage("From stdin", "x")},
		{"gzipped", gzipBytes(htmlPage("From stdin", "x"))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runCtx(t, context.Background(), fakeExtract, tc.stdin, "-format", "jsonl", "-")
			var a newsextract.Article
			if err := json.Unmarshal([]byte(got.stdout), &a); err != nil || a.Title != "From stdin" {
				t.Fatalf("got %q (%v), stderr %q", got.stdout, err, got.stderr)
			}
		})
	}
}

func TestSinglePageFailure(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, filepath.Join(dir, "bad.html"), htmlPage("x", "FAIL:too_deep"))
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"failed page", []string{bad}, exitFailed},
		{"keep-going", []string{"-keep-going", bad}, exitOK},
		{"missing file", []string{filepath.Join(dir, "nope.html")}, exitFailed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runFake(t, tc.args...)
			if got.code != tc.code {
				t.Errorf("exit %d, want %d", got.code, tc.code)
			}
			if got.stdout != "" || got.stderr == "" {
				t.Errorf("want only an error on stderr, got stdout %q stderr %q", got.stdout, got.stderr)
			}
		})
	}
}

// A page without an article body is a result, not a failure: its metadata
// is printed, a warning names it, and the status stays 0.
func TestSinglePageWithoutArticle(t *testing.T) {
	page := writeFile(t, filepath.Join(t.TempDir(), "home.html"), htmlPage("Front page", "FAIL:no_article"))
	got := runFake(t, page)
	if got.code != exitOK {
		t.Errorf("exit %d, want %d", got.code, exitOK)
	}
	var a newsextract.Article
	if err := json.Unmarshal([]byte(got.stdout), &a); err != nil || a.Title != "Front page" {
		t.Errorf("stdout %q (%v), want the page's metadata", got.stdout, err)
	}
	if !strings.Contains(got.stderr, "home.html: extract: no article found (metadata written)") {
		t.Errorf("stderr %q, want a warning naming the page", got.stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no input", nil},
		{"unknown flag", []string{"-nope", "x.html"}},
		{"unknown format", []string{"-format", "pdf", "x.html"}},
		{"zero workers", []string{"-j", "0", "x.html"}},
		{"resume without -o", []string{"-resume", "x.html"}},
		{"bad glob", []string{"-glob", "[", "x"}},
		{"empty glob", []string{"-glob", " , ", "x"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runFake(t, tc.args...)
			if got.code != exitUsage {
				t.Errorf("exit %d, want %d; stderr %q", got.code, exitUsage, got.stderr)
			}
			if !strings.Contains(got.stderr, "newsextract -h") || got.stdout != "" {
				t.Errorf("stderr %q stdout %q", got.stderr, got.stdout)
			}
		})
	}
}

func TestHelpListsEveryFlagWithExample(t *testing.T) {
	got := runFake(t, "-h")
	if got.code != exitOK {
		t.Fatalf("exit %d", got.code)
	}
	_, fs, _ := parseFlags([]string{"x"})
	fs.VisitAll(func(f *flag.Flag) {
		t.Run(f.Name, func(t *testing.T) {
			_, rest, ok := strings.Cut(got.stdout, "\n  -"+f.Name)
			if !ok {
				t.Fatalf("-%s not in usage", f.Name)
			}
			entry, _, _ := strings.Cut(rest, "\n  -")
			_, example, _ := strings.Cut(entry, "(example: ")
			if example, _, _ = strings.Cut(example, "\n"); !strings.Contains(example, "-"+f.Name) {
				t.Errorf("-%s has no example: %q", f.Name, entry)
			}
		})
	})
}

func TestHelpMentionsEnvironmentAndExamples(t *testing.T) {
	got := runFake(t, "-h")
	for _, want := range []string{"NO_COLOR", "Examples:\n  newsextract ", "Exit status:", "progress line"} {
		if !strings.Contains(got.stdout, want) {
			t.Errorf("usage lacks %q", want)
		}
	}
}

func TestVersion(t *testing.T) {
	got := runFake(t, "-version")
	if got.code != exitOK || !strings.HasPrefix(got.stdout, "newsextract ") || !strings.Contains(got.stdout, "go1") {
		t.Errorf("got %+v", got)
	}
}

func TestInterruptedBeforeStart(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, filepath.Join(dir, "a.html"), htmlPage("a", "x"))
	b := writeFile(t, filepath.Join(dir, "b.html"), htmlPage("b", "x"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got := runCtx(t, ctx, fakeExtract, "", a, b)
	if got.code != exitInterrupted {
		t.Errorf("exit %d, want %d", got.code, exitInterrupted)
	}
	if got.stdout != "" || !strings.Contains(got.stderr, "interrupted") {
		t.Errorf("stdout %q stderr %q", got.stdout, got.stderr)
	}
}

func TestErrorKind(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"not html", &newsextract.Error{Op: "parse", Err: newsextract.ErrNotHTML}, "not_html"},
		{"no article", &newsextract.Error{Op: "extract", Err: newsextract.ErrNoArticle}, "no_article"},
		{"too large", &newsextract.Error{Op: "read", Err: newsextract.ErrTooLarge}, "too_large"},
		{"too deep", &newsextract.Error{Op: "parse", Err: newsextract.ErrTooDeep}, "too_deep"},
		{"empty", &newsextract.Error{Op: "read", Err: newsextract.ErrEmpty}, "empty"},
		{"io", errTruncated, "other"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := errorKind(tc.err); got != tc.want {
				t.Errorf("errorKind = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDefaultWorkersAllCores(t *testing.T) {
	cfg, _, err := parseFlags([]string{"x.html"})
	if err != nil || cfg.jobs != runtime.NumCPU() {
		t.Errorf("default -j %d (err %v), want %d", cfg.jobs, err, runtime.NumCPU())
	}
}

// go install github.com/newsextract/newsextract/cmd/newsextract@latest
// needs this directory to be that package, a main package, and the
// module's go.mod to have no replace or exclude directive (go install
// refuses a module@version whose go.mod has one).
func TestInstallableWithGoInstall(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{.Name}}", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(string(out)); got != "github.com/newsextract/newsextract/cmd/newsextract main" {
		t.Errorf("go list: %q", got)
	}
	gomod, err := os.ReadFile(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if d := regexp.MustCompile(`(?m)^\s*(replace|exclude)\b`).Find(gomod); d != nil {
		t.Errorf("go.mod has a %q directive: go install ...@latest would fail", d)
	}
}
