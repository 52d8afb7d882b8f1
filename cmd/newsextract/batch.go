package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/newsextract/newsextract"
)

// extractFunc is newsextract.ExtractContext; tests substitute their own.
type extractFunc func(ctx context.Context, page []byte, opts *newsextract.Options) (*newsextract.Article, error)

// job is a page with its place in input order.
type job struct {
	seq int
	page
}

// result is a finished job: rendered stdout bytes, or the error.
type result struct {
	seq       int
	src       source
	out       []byte // what goes to stdout; nil with -o
	err       error  // the page failed
	bodyless  error  // ErrNoArticle: metadata written, no body
	fatal     error  // the output failed: the batch stops
	cancelled bool   // interrupted before it started: not reported
}

// batch runs the pipeline: one producer enumerating pages, -j workers
// extracting them, and the caller's goroutine writing results in input
// order. A page takes a slot from the producer until it is written, so at
// most window pages (queued, in extraction, or waiting for an earlier one)
// are held at once whatever the size of the input.
type batch struct {
	cfg     *config
	extract extractFunc
	stdout  io.Writer
	rep     *reporter
	many    bool // stdout gets the many-page stream
	opts    newsextract.Options
}

// window bounds the pages in memory and the reorder buffer.
func (b *batch) window() int { return 4 * b.cfg.jobs }

// run processes every page en yields and returns the first output error.
func (b *batch) run(ctx context.Context, en *enumerator) error {
	work, stop := context.WithCancel(ctx)
	defer stop()
	slots := make(chan struct{}, b.window())
	jobs := make(chan job, b.window())
	results := make(chan result, b.window())

	go b.produce(work, en, slots, jobs)
	var wg sync.WaitGroup
	for range b.cfg.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.work(work, jobs, results)
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	return b.write(results, slots, stop)
}

// produce enumerates pages into jobs, each holding a slot.
func (b *batch) produce(ctx context.Context, en *enumerator, slots chan<- struct{}, jobs chan<- job) {
	defer close(jobs)
	defer b.rep.enumerated.Store(true)
	seq := 0
	err := en.run(ctx, func(p page) error {
		if p.skip {
			b.rep.skipped.Add(1)
			return nil
		}
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return errStop
		}
		jobs <- job{seq: seq, page: p}
		seq++
		b.rep.queued.Add(1)
		return nil
	})
	if err != nil && !errors.Is(err, errStop) && ctx.Err() == nil {
		b.rep.message("enumerating inputs: %v", err)
	}
}

// work extracts jobs until they run out. Once ctx is done the remaining
// jobs are passed through as cancelled; a page already being extracted
// finishes, which is what a clean stop on Ctrl-C means here.
func (b *batch) work(ctx context.Context, jobs <-chan job, results chan<- result) {
	for j := range jobs {
		if ctx.Err() != nil {
			results <- result{seq: j.seq, cancelled: true}
			continue
		}
		results <- b.process(context.WithoutCancel(ctx), j)
	}
}

// process extracts, renders and, with -o, writes one page.
func (b *batch) process(ctx context.Context, j job) result {
	res := result{seq: j.seq, src: j.src}
	a, err := b.extractPage(ctx, j.page)
	switch {
	case a != nil && errors.Is(err, newsextract.ErrNoArticle):
		// A page without an article body (a home page, a gallery) is
		// still a result: its title and dates are written and the page
		// counts as done, with a warning.
		res.bodyless = err
	case err != nil:
		res.err = err
		return res
	}
	var buf bytes.Buffer
	if b.many && b.cfg.outDir == "" {
		err = renderBatchItem(&buf, b.cfg.format, j.src, a)
	} else {
		err = renderArticle(&buf, b.cfg.format, a)
	}
	if err != nil {
		res.err = firstErr(res.err, fmt.Errorf("render %s: %w", b.cfg.format, err))
		return res
	}
	if b.cfg.outDir == "" {
		res.out = buf.Bytes()
		return res
	}
	if err := writeAtomic(outPath(b.cfg.outDir, j.name, b.cfg.format), buf.Bytes()); err != nil {
		res.fatal = fmt.Errorf("write output: %w", err)
	}
	return res
}

func (b *batch) extractPage(ctx context.Context, p page) (*newsextract.Article, error) {
	if p.err != nil {
		return nil, p.err
	}
	data := p.data
	if p.path != "" {
		var err error
		if data, err = readFilePage(p.path, b.maxBytes()); err != nil {
			return nil, err
		}
	}
	if int64(len(data)) > b.maxBytes() {
		return nil, &newsextract.Error{Op: "read", URL: p.url, Err: newsextract.ErrTooLarge}
	}
	opts := b.opts
	opts.URL = p.url
	opts.Charset = p.charset
	return b.extract(ctx, data, &opts)
}

func (b *batch) maxBytes() int64 {
	if b.opts.MaxBytes > 0 {
		return b.opts.MaxBytes
	}
	return newsextract.DefaultMaxBytes
}

// write emits results in input order, holding early arrivals until their
// turn, and frees a slot per page written. After an output error it stops
// the producer and workers and drains what is left. After an interrupt,
// stdout stops at the first page that was never started, so that it holds
// an unbroken prefix of the input; pages finished beyond it were already
// written with -o and are counted there.
func (b *batch) write(results <-chan result, slots <-chan struct{}, stop func()) error {
	pending := map[int]result{}
	next := 0
	var fatal error
	gap := false
	for res := range results {
		pending[res.seq] = res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			gap = gap || r.cancelled
			if fatal != nil || (gap && r.out != nil) {
				continue
			}
			if err := b.emit(r); err != nil {
				fatal = err
				stop()
			}
		}
	}
	return fatal
}

// emit reports one result; its error is an output failure.
func (b *batch) emit(r result) error {
	switch {
	case r.cancelled:
		return nil
	case r.fatal != nil:
		return r.fatal
	case r.err != nil:
		if err := b.rep.fail(r.src, r.err); err != nil {
			return fmt.Errorf("write -errors log: %w", err)
		}
	case r.bodyless != nil:
		if err := b.rep.warnBodyless(r.src, r.bodyless); err != nil {
			return fmt.Errorf("write -errors log: %w", err)
		}
	default:
		b.rep.done.Add(1)
	}
	if r.out == nil {
		return nil
	}
	if _, err := b.stdout.Write(r.out); err != nil {
		return fmt.Errorf("write stdout: %w", err)
	}
	return nil
}
