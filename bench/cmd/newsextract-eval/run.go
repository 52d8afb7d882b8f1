package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/newsextract/newsextract"
	"github.com/newsextract/newsextract/bench/peers"
	"github.com/newsextract/newsextract/bench/score"
)

// pageTimeout is score_sets.py's limit: a slower page scores as empty.
const pageTimeout = 60 * time.Second

// extractor is one system under test. charset is the page's transport
// charset when -charset is on, else "".
type extractor struct {
	name string
	run  func(page []byte, rec *score.Record, charset string) (*newsextract.Article, error)
}

func ours(page []byte, rec *score.Record, charset string) (*newsextract.Article, error) {
	return newsextract.Extract(page, &newsextract.Options{URL: rec.URL, Charset: charset})
}

// Peers detect the charset themselves and have no way to be told it.
func trafilaturaPeer(page []byte, rec *score.Record, _ string) (*newsextract.Article, error) {
	return peers.Trafilatura(page, rec.URL)
}

func trafilaturaFallbackPeer(page []byte, rec *score.Record, _ string) (*newsextract.Article, error) {
	return peers.TrafilaturaFallback(page, rec.URL)
}

func readabilityPeer(page []byte, rec *score.Record, _ string) (*newsextract.Article, error) {
	return peers.Readability(page, rec.URL)
}

func goldPeer(_ []byte, rec *score.Record, _ string) (*newsextract.Article, error) {
	return score.GoldArticle(rec), nil
}

func extractors(cfg *config) []extractor {
	xs := []extractor{{"newsextract", ours}}
	if cfg.peers {
		xs = append(xs, extractor{"trafilatura", trafilaturaPeer}, extractor{"readability", readabilityPeer})
	}
	if cfg.fallback {
		xs = append(xs, extractor{"trafilatura+fb", trafilaturaFallbackPeer})
	}
	if cfg.gold {
		xs = append(xs, extractor{"gold", goldPeer})
	}
	return xs
}

// pageResult is one page run by one extractor.
type pageResult struct {
	ID     string         `json:"id"`
	Status string         `json:"status"` // ok, error, timeout, panic, unreadable
	Err    string         `json:"error,omitempty"`
	Secs   float64        `json:"secs"`
	M      score.Measures `json:"m"`
	Issues []string       `json:"issues,omitempty"`

	article *newsextract.Article
}

// runPage extracts one page, turning panics and overlong runs into
// failures that score as an empty article.
func runPage(x extractor, set *score.Set, rec *score.Record, cfg *config) pageResult {
	res := pageResult{ID: rec.ID, Status: "ok"}
	page, err := set.Page(*rec)
	if err != nil {
		res.Status, res.Err = "unreadable", err.Error()
		return res
	}
	charset := ""
	if cfg.charset {
		charset = rec.Encoding
	}
	type outcome struct {
		a   *newsextract.Article
		err error
	}
	done := make(chan outcome, 1)
	start := time.Now()
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- outcome{err: fmt.Errorf("panic: %v", p)}
			}
		}()
		a, err := x.run(page, rec, charset)
		done <- outcome{a, err}
	}()
	timer := time.NewTimer(pageTimeout)
	defer timer.Stop()
	select {
	case o := <-done:
		res.article, err = o.a, o.err
	case <-timer.C:
		// The goroutine is abandoned: a Go function cannot be stopped.
		err = fmt.Errorf("timeout after %v", pageTimeout)
		res.Status = "timeout"
	}
	res.Secs = time.Since(start).Seconds()
	if err != nil && !metadataOnly(res.article, err) {
		if res.Status == "ok" {
			res.Status = "error"
		}
		res.Err, res.article = err.Error(), nil
	}
	return res
}

// metadataOnly reports a page without an article body whose metadata the
// extractor still returned: as in the CLI, it is scored on that metadata.
func metadataOnly(a *newsextract.Article, err error) bool {
	return a != nil && errors.Is(err, newsextract.ErrNoArticle)
}

// runSet runs one extractor over a set with cfg.jobs workers, results in
// record order.
func runSet(x extractor, set *score.Set, cfg *config, progress io.Writer) []pageResult {
	results := make([]pageResult, len(set.Records))
	idx := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	start := time.Now()
	for range cfg.jobs {
		wg.Go(func() {
			for i := range idx {
				rec := &set.Records[i]
				r := runPage(x, set, rec, cfg)
				r.M = score.Measure(rec, r.article, set.QMark)
				if cfg.verbose || cfg.jsonOut != "" {
					r.Issues = score.Explain(rec, r.article, set.QMark)
				}
				r.article = nil
				results[i] = r
				mu.Lock()
				if done++; done%100 == 0 {
					fmt.Fprintf(progress, "  %s %s: %d/%d pages, %.0f s\n", set.Name, x.name, done, len(results), time.Since(start).Seconds())
				}
				mu.Unlock()
			}
		})
	}
	for i := range set.Records {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return results
}

// setReport is one extractor's outcome on one set.
type setReport struct {
	Pages      int                     `json:"pages"`
	Failed     int                     `json:"failed"`
	Failures   map[string]int          `json:"failures"`
	SecPerPage float64                 `json:"sec_per_page"`
	WallSecs   float64                 `json:"wall_s"`
	Metrics    map[string]score.Figure `json:"metrics"`
	PerPage    []pageResult            `json:"per_page"`
}

// report is everything one run measured, as written by -json.
type report struct {
	Limit   int                              `json:"limit"`
	Charset bool                             `json:"charset_flag"`
	Order   []string                         `json:"extractors"`
	Sets    map[string]map[string]*setReport `json:"sets"`
	SetList []string                         `json:"set_order"`
}

func evaluate(cfg *config, out io.Writer) (*report, error) {
	xs := extractors(cfg)
	rep := &report{Limit: cfg.limit, Charset: cfg.charset, Sets: map[string]map[string]*setReport{}}
	for _, x := range xs {
		rep.Order = append(rep.Order, x.name)
	}
	for _, dir := range cfg.dirs {
		set, err := score.LoadSet(dir)
		if err != nil {
			return nil, err
		}
		set.Limit(cfg.limit)
		bySet := map[string]*setReport{}
		for _, x := range xs {
			start := time.Now()
			pages := runSet(x, set, cfg, os.Stderr)
			bySet[x.name] = summarise(pages, time.Since(start))
		}
		rep.Sets[set.Name] = bySet
		rep.SetList = append(rep.SetList, set.Name)
		printSet(out, set.Name, rep.Order, bySet, cfg.verbose)
	}
	return rep, nil
}

func summarise(pages []pageResult, wall time.Duration) *setReport {
	r := &setReport{Pages: len(pages), Failures: map[string]int{}, WallSecs: wall.Seconds(), PerPage: pages}
	ms := make([]score.Measures, len(pages))
	for i, p := range pages {
		ms[i] = p.M
		r.SecPerPage += p.Secs
		if p.Status != "ok" {
			r.Failed++
			r.Failures[p.Status]++
		}
	}
	if len(pages) > 0 {
		r.SecPerPage /= float64(len(pages))
	}
	r.Metrics = score.Aggregate(ms)
	return r
}
