package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/newsextract/newsextract"
)

// fakeEnvelope is a JSON Lines item as a consumer reads it.
type fakeEnvelope struct {
	Source  source              `json:"source"`
	Article newsextract.Article `json:"article"`
}

func paths(envs []fakeEnvelope) []string {
	var out []string
	for _, e := range envs {
		out = append(out, e.Source.Path)
	}
	return out
}

// makeTree lays out a directory with nested, gzipped and non-matching files.
func makeTree(t *testing.T) (root string, want []string) {
	root = t.TempDir()
	writeFile(t, filepath.Join(root, "b.html"), htmlPage("b", "x"))
	writeFile(t, filepath.Join(root, "a.htm"), htmlPage("a", "x"))
	writeGzip(t, filepath.Join(root, "sub", "c.html.gz"), htmlPage("c", "x"))
	writeFile(t, filepath.Join(root, "sub", "notes.txt"), "not a page")
	writeFile(t, filepath.Join(root, "sub", "deeper", "d.html"), htmlPage("d", "x"))
	want = []string{
		filepath.Join(root, "a.htm"),
		filepath.Join(root, "b.html"),
		filepath.Join(root, "sub", "c.html.gz"),
		filepath.Join(root, "sub", "deeper", "d.html"),
	}
	return root, want
}

func TestDirectoryInputs(t *testing.T) {
	root, want := makeTree(t)
	tests := []struct {
		name   string
		args   []string
		want   []string
		titles []string
	}{
		{"default glob", []string{root}, want, []string{"a", "b", "c", "d"}},
		{"custom glob", []string{"-glob", "*.txt", root}, []string{filepath.Join(root, "sub", "notes.txt")}, []string{""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runFake(t, tc.args...)
			if got.code != exitOK {
				t.Fatalf("exit %d: %s", got.code, got.stderr)
			}
			envs := jsonLines[fakeEnvelope](t, got.stdout)
			if !slices.Equal(paths(envs), tc.want) {
				t.Errorf("sources %q, want %q", paths(envs), tc.want)
			}
			for i, e := range envs {
				if i < len(tc.titles) && e.Article.Title != tc.titles[i] {
					t.Errorf("page %d title %q, want %q (gzip not read?)", i, e.Article.Title, tc.titles[i])
				}
			}
			if !strings.Contains(got.stderr, fmt.Sprintf("done %d, skipped 0, failed 0", len(tc.want))) {
				t.Errorf("summary missing: %q", got.stderr)
			}
		})
	}
}

func TestListInput(t *testing.T) {
	root, want := makeTree(t)
	list := writeFile(t, filepath.Join(t.TempDir(), "list.txt"),
		"# pages\n"+want[3]+"\n\n  "+want[0]+"  \n"+filepath.Join(root, "sub")+"\n")
	got := runFake(t, "-list", list, want[1])
	wantOrder := []string{want[1], want[3], want[0], want[2], want[3]}
	if envs := jsonLines[fakeEnvelope](t, got.stdout); !slices.Equal(paths(envs), wantOrder) {
		t.Errorf("sources %q, want %q", paths(envs), wantOrder)
	}
}

// manyPages makes n pages whose extraction takes very different amounts of
// work, so that with several workers they finish out of order.
func manyPages(t *testing.T, n int, fail map[int]string) (dir string) {
	dir = t.TempDir()
	for i := range n {
		body := fmt.Sprintf("spin:%d", (i*7919)%13*20000)
		if marker, ok := fail[i]; ok {
			body += " " + marker
		}
		writeFile(t, filepath.Join(dir, fmt.Sprintf("p%03d.html", i)), htmlPage(fmt.Sprint(i), body))
	}
	return dir
}

func TestOutputOrderIndependentOfWorkers(t *testing.T) {
	dir := manyPages(t, 60, map[int]string{7: "FAIL:not_html", 31: "FAIL:empty"})
	logs := t.TempDir()
	var outs, errLogs []string
	for _, j := range []string{"1", "4", "8"} {
		log := filepath.Join(logs, "errors-"+j+".jsonl")
		got := runFake(t, "-j", j, "-errors", log, dir)
		outs = append(outs, got.stdout)
		errLogs = append(errLogs, readFile(t, log))
	}
	for i := 1; i < len(outs); i++ {
		if outs[i] != outs[0] {
			t.Errorf("stdout differs between -j 1 and run %d", i)
		}
		if errLogs[i] != errLogs[0] {
			t.Errorf("error log differs between -j 1 and run %d", i)
		}
	}
	if n := len(jsonLines[fakeEnvelope](t, outs[0])); n != 58 {
		t.Errorf("%d pages out, want 58", n)
	}
}

func TestRealExtractorOrderIndependentOfWorkers(t *testing.T) {
	dir := manyPages(t, 20, nil)
	var first outcome
	for i, j := range []string{"1", "4"} {
		log := filepath.Join(t.TempDir(), "e.jsonl")
		var out, errOut strings.Builder
		code := run(context.Background(), []string{"-j", j, "-errors", log, dir}, strings.NewReader(""), &out, &errOut)
		got := outcome{code: code, stdout: out.String() + "\n--log--\n" + readFile(t, log)}
		// Every page is accounted for once: an article or an error entry.
		n := len(jsonLines[fakeEnvelope](t, out.String())) + len(jsonLines[failure](t, readFile(t, log)))
		if n != 20 {
			t.Errorf("-j %s: %d pages accounted for, want 20", j, n)
		}
		if i == 0 {
			first = got
		} else if got != first {
			t.Errorf("-j %s output differs from -j 1", j)
		}
	}
}

func TestFailingPagesAmongGood(t *testing.T) {
	dir := t.TempDir()
	for i, marker := range []string{"", "FAIL:not_html", "", "FAIL:no_article", "FAIL:too_large", "FAIL:too_deep", "FAIL:empty", ""} {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("p%d.html", i)), htmlPage(fmt.Sprint(i), marker))
	}
	writeFile(t, filepath.Join(dir, "p8.html"), "")
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
			got := runFake(t, append(tc.args, "-errors", log, dir)...)
			if got.code != tc.code {
				t.Errorf("exit %d, want %d", got.code, tc.code)
			}
			var good []string
			for _, e := range jsonLines[fakeEnvelope](t, got.stdout) {
				good = append(good, filepath.Base(e.Source.Path))
			}
			if want := []string{"p0.html", "p2.html", "p3.html", "p7.html", "p8.html"}; !slices.Equal(good, want) {
				t.Errorf("good pages %q, want %q", good, want)
			}
			var kinds []string
			for _, f := range jsonLines[failure](t, readFile(t, log)) {
				kinds = append(kinds, filepath.Base(f.Source.Path)+"="+f.Kind)
				if f.Error == "" {
					t.Errorf("failure without message: %+v", f)
				}
			}
			want := []string{"p1.html=not_html", "p3.html=no_article", "p4.html=too_large", "p5.html=too_deep", "p6.html=empty"}
			if !slices.Equal(kinds, want) {
				t.Errorf("error log kinds %q, want %q", kinds, want)
			}
			if strings.Count(got.stderr, "\n") != 6 || !strings.Contains(got.stderr, "done 5 (1 without article), skipped 0, failed 4") {
				t.Errorf("want 4 failure lines, 1 warning and a summary, got %q", got.stderr)
			}
		})
	}
}

func TestTooLargePageNotExtracted(t *testing.T) {
	dir := t.TempDir()
	huge := "<html>" + strings.Repeat(" ", 1000)
	tests := []struct {
		name string
		p    page
	}{
		// A gzip bomb in miniature: small on disk, over the limit unpacked.
		{"gzipped file", page{path: writeGzip(t, filepath.Join(dir, "big.html.gz"), huge)}},
		{"plain file", page{path: writeFile(t, filepath.Join(dir, "big.html"), huge)}},
		{"bytes", page{data: []byte(huge)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			called := false
			b := &batch{
				extract: func(context.Context, []byte, *newsextract.Options) (*newsextract.Article, error) {
					called = true
					return &newsextract.Article{}, nil
				},
				opts: newsextract.Options{MaxBytes: 100},
			}
			_, err := b.extractPage(context.Background(), tc.p)
			if errorKind(err) != "too_large" || called {
				t.Errorf("err %v (kind %s), extractor called: %v", err, errorKind(err), called)
			}
		})
	}
}

func TestOutputDirectory(t *testing.T) {
	root, _ := makeTree(t)
	other := writeFile(t, filepath.Join(t.TempDir(), "b.html"), htmlPage("other b", "x"))
	tests := []struct {
		format string
		files  []string
	}{
		{"json", []string{"a.json", "b.json", "b~2.json", "sub/c.json", "sub/deeper/d.json"}},
		{"markdown", []string{"a.md", "b.md", "b~2.md", "sub/c.md", "sub/deeper/d.md"}},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			out := t.TempDir()
			got := runFake(t, "-o", out, "-format", tc.format, root, other)
			if got.code != exitOK || got.stdout != "" {
				t.Fatalf("exit %d stdout %q stderr %q", got.code, got.stdout, got.stderr)
			}
			if files := listFiles(t, out); !slices.Equal(files, tc.files) {
				t.Errorf("files %q, want %q", files, tc.files)
			}
			if tc.format == "json" {
				var a newsextract.Article
				if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "b~2.json"))), &a); err != nil || a.Title != "other b" {
					t.Errorf("b~2.json: %+v %v", a, err)
				}
			}
		})
	}
}

// listFiles returns every file under dir, slash-separated and sorted.
func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	slices.Sort(files)
	return files
}

func TestResume(t *testing.T) {
	root, _ := makeTree(t)
	out := t.TempDir()
	writeFile(t, filepath.Join(out, "b.json"), "done earlier\n")
	var calls atomic.Int64
	counting := func(ctx context.Context, page []byte, opts *newsextract.Options) (*newsextract.Article, error) {
		calls.Add(1)
		return fakeExtract(ctx, page, opts)
	}
	first := runCtx(t, context.Background(), counting, "", "-resume", "-o", out, root)
	if calls.Load() != 3 || !strings.Contains(first.stderr, "done 3, skipped 1, failed 0") {
		t.Errorf("first run: %d extractions, stderr %q", calls.Load(), first.stderr)
	}
	if readFile(t, filepath.Join(out, "b.json")) != "done earlier\n" {
		t.Errorf("resume overwrote an existing output")
	}
	second := runCtx(t, context.Background(), counting, "", "-resume", "-o", out, root)
	if calls.Load() != 3 || !strings.Contains(second.stderr, "done 0, skipped 4, failed 0") {
		t.Errorf("second run: %d extractions, stderr %q", calls.Load(), second.stderr)
	}
}

func TestFailedPageWritesNoFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "good.html"), htmlPage("g", "x"))
	writeFile(t, filepath.Join(dir, "bad.html"), htmlPage("b", "FAIL:not_html"))
	out := t.TempDir()
	got := runFake(t, "-o", out, dir)
	if got.code != exitFailed {
		t.Errorf("exit %d", got.code)
	}
	if files := listFiles(t, out); !slices.Equal(files, []string{"good.json"}) {
		t.Errorf("files %q, want only good.json and no temporary files", files)
	}
}

func TestOutputWriteFailureStops(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.html"), htmlPage("a", "x"))
	writeFile(t, filepath.Join(dir, "b.html"), htmlPage("b", "x"))
	out := t.TempDir()
	// A directory where the file must go makes the rename fail.
	if err := os.MkdirAll(filepath.Join(out, "a.json", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	got := runFake(t, "-keep-going", "-j", "1", "-o", out, dir)
	if got.code != exitFailed || !strings.Contains(got.stderr, "write output") {
		t.Errorf("exit %d stderr %q", got.code, got.stderr)
	}
	for _, f := range listFiles(t, out) {
		if strings.HasSuffix(f, ".tmp") {
			t.Errorf("temporary file left behind: %s", f)
		}
	}
}

func TestManyPagesOtherFormats(t *testing.T) {
	root, want := makeTree(t)
	got := runFake(t, "-format", "text", root)
	for _, p := range want {
		if !strings.Contains(got.stdout, "==> "+p+" <==\n") {
			t.Errorf("no header for %s in %q", p, got.stdout)
		}
	}
}

// A Ctrl-C during a run lets the pages in flight finish, starts no other,
// and leaves stdout an unbroken prefix of the input.
func TestInterruptMidRun(t *testing.T) {
	dir := manyPages(t, 20, nil)
	tests := []struct {
		jobs string
		want int // pages on stdout, or -1 when scheduling decides
	}{
		{"1", 4},
		{"3", -1},
	}
	for _, tc := range tests {
		t.Run("j="+tc.jobs, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var started atomic.Int64
			interrupting := func(c context.Context, page []byte, opts *newsextract.Options) (*newsextract.Article, error) {
				started.Add(1)
				a, err := fakeExtract(c, page, opts)
				if a != nil && a.Title == "3" {
					cancel()
				}
				return a, err
			}
			got := runCtx(t, ctx, interrupting, "", "-j", tc.jobs, dir)
			if got.code != exitInterrupted || !strings.Contains(got.stderr, "(interrupted)") {
				t.Errorf("exit %d stderr %q", got.code, got.stderr)
			}
			envs := jsonLines[fakeEnvelope](t, got.stdout)
			for i, e := range envs {
				if e.Article.Title != fmt.Sprint(i) {
					t.Fatalf("output is not an in-order prefix: %q at %d", e.Article.Title, i)
				}
			}
			if tc.want >= 0 && len(envs) != tc.want {
				t.Errorf("%d pages written, want %d", len(envs), tc.want)
			}
			if n := started.Load(); n >= 20 || int64(len(envs)) > n {
				t.Errorf("%d pages written, %d started of 20", len(envs), n)
			}
		})
	}
}

func TestCountPages(t *testing.T) {
	root, want := makeTree(t)
	list := writeFile(t, filepath.Join(t.TempDir(), "list.txt"), want[0]+"\n# comment\n"+filepath.Join(root, "sub")+"\n")
	warc := buildWARC(t, filepath.Join(t.TempDir(), "x.warc"), false, false, []warcRecord{{typ: "warcinfo", id: 1}})
	tests := []struct {
		name   string
		inputs []string
		list   string
		n      int64
		ok     bool
	}{
		{"directory", []string{root}, "", 4, true},
		{"files and list", []string{want[1], filepath.Join(root, "missing.html")}, list, 5, true},
		{"custom glob finds more", []string{root}, "", 5, true},
		{"WARC", []string{root, warc}, "", 0, false},
		{"stdin", []string{"-"}, "", 0, false},
		{"list on stdin", nil, "-", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			globs := splitGlobs(defaultGlob)
			if tc.name == "custom glob finds more" {
				globs = append(globs, "*.txt")
			}
			cfg := &config{inputs: tc.inputs, list: tc.list, globs: globs, outDir: t.TempDir()}
			n, ok := countPages(context.Background(), cfg)
			if ok != tc.ok || ok && n != tc.n {
				t.Errorf("countPages = %d, %v; want %d, %v", n, ok, tc.n, tc.ok)
			}
			// The count must agree with what the batch itself lists.
			if ok {
				var listed int64
				(&enumerator{cfg: cfg}).run(context.Background(), func(page) error { listed++; return nil })
				if listed != n {
					t.Errorf("counted %d, the batch lists %d", n, listed)
				}
			}
		})
	}
}
