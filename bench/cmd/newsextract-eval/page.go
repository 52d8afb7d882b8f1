package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/newsextract/newsextract"
	"github.com/newsextract/newsextract/bench/peers"
)

// pageMain is the score_sets.py BIN contract: extract one page file and
// print the article as JSON; a failure exits 1 (scored as empty).
func pageMain(args []string) int {
	fs := flag.NewFlagSet("newsextract-eval -page", flag.ContinueOnError)
	name := fs.String("x", "newsextract", "extractor: newsextract, trafilatura or readability")
	pageURL := fs.String("url", "", "page URL")
	charset := fs.String("charset", "", "transport charset (newsextract only)")
	format := fs.String("format", "json", "output format (json only)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 || *format != "json" {
		fmt.Fprintln(os.Stderr, "usage: newsextract-eval -page [-x NAME] [-url URL] [-charset ENC] [-format json] FILE")
		return 2
	}
	page, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	var a *newsextract.Article
	switch *name {
	case "newsextract":
		a, err = newsextract.Extract(page, &newsextract.Options{URL: *pageURL, Charset: *charset})
	case "trafilatura":
		a, err = peers.Trafilatura(page, *pageURL)
	case "trafilatura+fb":
		a, err = peers.TrafilaturaFallback(page, *pageURL)
	case "readability":
		a, err = peers.Readability(page, *pageURL)
	default:
		err = fmt.Errorf("unknown extractor %q", *name)
	}
	if err != nil && !metadataOnly(a, err) {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := json.NewEncoder(os.Stdout).Encode(a); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}
