package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
)

// Exit statuses.
const (
	exitOK          = 0
	exitFailed      = 1   // a page or the output failed
	exitUsage       = 2   // bad flags or arguments
	exitInterrupted = 130 // stopped by SIGINT/SIGTERM, as shells report it
)

// The output formats -format accepts.
const (
	formatJSON     = "json"
	formatJSONL    = "jsonl"
	formatMarkdown = "markdown"
	formatText     = "text"
	formatHTML     = "html"
	// formatExplainHTML is RenderExplainHTML's page; it implies -explain.
	formatExplainHTML = "explain-html"
)

const defaultGlob = "*.html,*.htm,*.html.gz,*.htm.gz"

// config is the parsed command line.
type config struct {
	url       string
	charset   string
	format    string
	outDir    string
	list      string
	globs     []string
	jobs      int
	resume    bool
	errorsLog string
	keepGoing bool
	version   bool
	comments  bool
	explain   bool
	inputs    []string
}

// errHelp reports that -h was given: usage goes to stdout and the exit is 0.
var errHelp = errors.New("help requested")

const usageHead = `Usage: newsextract [flags] FILE|DIR|WARC|- ...

Extracts the article from news pages. FILE is an HTML page (optionally
gzipped), DIR is searched recursively for files matching -glob, WARC is a
.warc or .warc.gz archive whose HTML response records are each extracted,
and - reads standard input (a page or a WARC).

With one page and no -o, the article is printed in -format. With more
inputs, json and jsonl print JSON Lines: one object per page,
  {"source":{"path":"a.html"},"article":{...}}
  {"source":{"warc":"x.warc.gz","record_id":"<urn:uuid:...>","uri":"https://...","offset":1234},"article":{...}}
and the other formats print each page after a "==> SOURCE <==" line.
With -o DIR, each page is a file named after its input.

A batch reports each failed page on stderr and ends with a summary (done,
skipped, failed, elapsed); on a terminal it also keeps a progress line
(pages done/total, pages/s, errors). A page without an article body is
done, not failed: its metadata is written and stderr warns. Ctrl-C lets
the pages being extracted finish and stops; a second Ctrl-C kills.

Exit status: 0 all pages extracted, 1 a page failed (0 with -keep-going) or
output could not be written, 2 usage error, 130 interrupted.

Environment: NO_COLOR, when set and not empty, turns off the red error
prefix on a terminal.

Examples:
  newsextract -url https://example.com/story -charset windows-1252 -format json page.html
  newsextract -format markdown - < page.html
  newsextract -j 4 -o out/ -errors errors.jsonl -resume crawl.warc.gz pages/
  newsextract -list paths.txt -glob '*.html,*.xhtml' > articles.jsonl
  newsextract -format explain-html page.html > why.html

Flags:
`

// parseFlags reads args into a config. It returns errHelp for -h and a
// descriptive error for anything else it cannot accept.
func parseFlags(args []string) (*config, *flag.FlagSet, error) {
	cfg := &config{}
	fs := flag.NewFlagSet("newsextract", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var glob string
	fs.StringVar(&cfg.url, "url", "", "page `URL`, used to resolve links (meant for a single page; WARC records use their target URI)\n(example: -url https://example.com/news/1)")
	fs.StringVar(&cfg.charset, "charset", "", "transport charset `NAME`, as an HTTP Content-Type would declare it; WARC records use their own\n(example: -charset iso-8859-1)")
	fs.StringVar(&cfg.format, "format", formatJSON, "output `FORMAT`: json, jsonl, markdown, text, html, or explain-html (a page showing every block\nof the input marked kept, removed with its rule, related or comments; implies -explain)\n(example: -format markdown)")
	fs.StringVar(&cfg.outDir, "o", "", "write one file per page into `DIR` instead of stdout, atomically\n(example: -o out/)")
	fs.StringVar(&cfg.list, "list", "", "read input paths from `FILE`, one a line, after the arguments; - is stdin; blank and # lines are skipped\n(example: -list paths.txt)")
	fs.StringVar(&glob, "glob", defaultGlob, "comma-separated `PATTERNS` a file found in a directory must match\n(example: -glob '*.html,*.warc.gz')")
	fs.IntVar(&cfg.jobs, "j", runtime.NumCPU(), "extract with `N` workers\n(example: -j 8)")
	fs.BoolVar(&cfg.resume, "resume", false, "with -o, skip pages whose output file already exists\n(example: -o out/ -resume)")
	fs.StringVar(&cfg.errorsLog, "errors", "", "append one JSON line per failed page, or page without article, to `FILE`: {source, error, kind}\n(example: -errors failed.jsonl)")
	fs.BoolVar(&cfg.keepGoing, "keep-going", false, "exit 0 even when pages failed; output write errors, usage errors and interrupts still set the status\n(example: -keep-going)")
	fs.BoolVar(&cfg.comments, "comments", false, "include reader comments in the article\n(example: -comments)")
	fs.BoolVar(&cfg.explain, "explain", false, "list what the extractor removed, with the rule, in article.removed, and every block of the page\nwith its verdict in article.explanation (-format explain-html draws it)\n(example: -explain)")
	fs.BoolVar(&cfg.version, "version", false, "print the version and exit\n(example: -version)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, fs, errHelp
		}
		return nil, fs, err
	}
	cfg.inputs = fs.Args()
	cfg.globs = splitGlobs(glob)
	return cfg, fs, cfg.validate()
}

func splitGlobs(s string) []string {
	var out []string
	for _, g := range strings.Split(s, ",") {
		if g = strings.TrimSpace(g); g != "" {
			out = append(out, g)
		}
	}
	return out
}

func (c *config) validate() error {
	switch c.format {
	case formatJSON, formatJSONL, formatMarkdown, formatText, formatHTML, formatExplainHTML:
	default:
		return fmt.Errorf("unknown -format %q (want json, jsonl, markdown, text, html or explain-html)", c.format)
	}
	if c.jobs < 1 {
		return fmt.Errorf("-j must be at least 1, not %d", c.jobs)
	}
	if c.resume && c.outDir == "" {
		return errors.New("-resume needs -o DIR")
	}
	if len(c.globs) == 0 {
		return errors.New("-glob needs at least one pattern")
	}
	for _, g := range c.globs {
		if _, err := filepath.Match(g, ""); err != nil {
			return fmt.Errorf("bad -glob pattern %q: %v", g, err)
		}
	}
	if !c.version && len(c.inputs) == 0 && c.list == "" {
		return errors.New("no input: give FILE, DIR, WARC, - or -list FILE")
	}
	return nil
}

// printUsage lists every flag with its example.
func printUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, usageHead)
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		line := "  -" + f.Name
		if name != "" {
			line += " " + name
		}
		fmt.Fprintln(w, line)
		for _, l := range strings.Split(usage, "\n") {
			fmt.Fprintln(w, "    \t"+l)
		}
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprintf(w, "    \t(default %q)\n", f.DefValue)
		}
	})
}
