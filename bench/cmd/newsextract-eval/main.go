// Command newsextract-eval measures newsextract (and, with -peers,
// go-trafilatura and go-readability) on the evaluation corpora, with the
// definitions of /work/shared/tools/score_sets.py.
//
//	newsextract-eval [-v] [-json OUT] [-limit N] [-j N] [-peers] [-trafilatura-fallback] [-gold] [-charset] [-floor FILE] CORPUS_DIR...
//
// It prints, per set, a table of metric × extractor with the number of pages
// each metric is measured on, then pages per second and failures per
// extractor. -limit N takes the first N pages of each set in sha1(id) order,
// like score_sets.py --limit. -charset passes each page's transport charset
// (the manifest's `encoding`) as Options.Charset. -gold adds the gold-derived
// article as an extractor, a check of the scorer itself (≈1 everywhere).
//
// -floor FILE reads {"set": {"metric": figure}} and exits 1 when newsextract
// falls below a figure; for the leak metrics (without, related_leak,
// comment_leak, comment_snip_leak), where lower is better, the figure is a
// ceiling instead. Floors are only meaningful for the -limit they were
// recorded with.
//
// A second form follows the CLI contract of score_sets.py's BIN, printing
// one page's article as JSON:
//
//	newsextract-eval -page [-x newsextract|trafilatura|readability] [-url URL] [-charset ENC] [-format json] FILE
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-page" {
		os.Exit(pageMain(os.Args[2:]))
	}
	os.Exit(evalMain(os.Args[1:]))
}

type config struct {
	verbose   bool
	jsonOut   string
	limit     int
	jobs      int
	peers     bool
	gold      bool
	fallback  bool
	charset   bool
	floorFile string
	dirs      []string
}

func parseFlags(args []string) (*config, error) {
	fs := flag.NewFlagSet("newsextract-eval", flag.ContinueOnError)
	c := &config{}
	fs.BoolVar(&c.verbose, "v", false, "list every failing page with what it missed or leaked")
	fs.StringVar(&c.jsonOut, "json", "", "write per-page results to `OUT`")
	fs.IntVar(&c.limit, "limit", 0, "first `N` pages per set in sha1(id) order (0 = all)")
	fs.IntVar(&c.jobs, "j", 2, "pages extracted in parallel")
	fs.BoolVar(&c.peers, "peers", false, "also run go-trafilatura and go-readability")
	fs.BoolVar(&c.fallback, "trafilatura-fallback", false, "also run go-trafilatura with EnableFallback (its CLI default)")
	fs.BoolVar(&c.gold, "gold", false, "also score the gold-derived article (scorer self-check)")
	fs.BoolVar(&c.charset, "charset", false, "pass the manifest's transport charset as Options.Charset")
	fs.StringVar(&c.floorFile, "floor", "", "exit 1 when newsextract is below a figure of `FILE`")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: newsextract-eval [flags] CORPUS_DIR...\n       newsextract-eval -page [-x NAME] [-url URL] [-charset ENC] [-format json] FILE")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	c.dirs = fs.Args()
	if len(c.dirs) == 0 {
		fs.Usage()
		return nil, fmt.Errorf("no corpus folder given")
	}
	c.jobs = max(1, c.jobs)
	return c, nil
}

func evalMain(args []string) int {
	cfg, err := parseFlags(args)
	if err != nil {
		if err != flag.ErrHelp {
			fmt.Fprintln(os.Stderr, "newsextract-eval:", err)
		}
		return 2
	}
	var floors floorSpec
	if cfg.floorFile != "" {
		if floors, err = readFloors(cfg.floorFile); err != nil {
			fmt.Fprintln(os.Stderr, "newsextract-eval:", err)
			return 2
		}
	}
	rep, err := evaluate(cfg, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "newsextract-eval:", err)
		return 2
	}
	if cfg.jsonOut != "" {
		if err := writeJSON(cfg.jsonOut, rep); err != nil {
			fmt.Fprintln(os.Stderr, "newsextract-eval:", err)
			return 2
		}
	}
	if floors != nil {
		if below := floors.check(rep); len(below) > 0 {
			fmt.Println("\naccuracy floor not met:")
			for _, b := range below {
				fmt.Println("  " + b)
			}
			return 1
		}
		fmt.Println("\naccuracy floor met")
	}
	return 0
}
