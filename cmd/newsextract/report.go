package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsextract/newsextract"
)

// errorKind names the sentinel err wraps, for the -errors log.
func errorKind(err error) string {
	switch {
	case errors.Is(err, newsextract.ErrNotHTML):
		return "not_html"
	case errors.Is(err, newsextract.ErrNoArticle):
		return "no_article"
	case errors.Is(err, newsextract.ErrTooLarge):
		return "too_large"
	case errors.Is(err, newsextract.ErrTooDeep):
		return "too_deep"
	case errors.Is(err, newsextract.ErrEmpty):
		return "empty"
	default:
		return "other"
	}
}

// failure is one line of the -errors log.
type failure struct {
	Source source `json:"source"`
	Error  string `json:"error"`
	Kind   string `json:"kind"`
}

// reporter owns stderr and the error log: failure lines, the progress line
// and the closing summary. Counters are atomic because the producer (skips)
// and the writer (done, failed) update them from different goroutines.
type reporter struct {
	mu       sync.Mutex
	stderr   io.Writer
	errLog   io.Writer
	progress bool // stderr is a terminal: keep a live progress line
	color    bool // stderr is a terminal and NO_COLOR is unset
	lineUp   bool // a progress line is on screen and must be cleared first

	start      time.Time
	done       atomic.Int64
	failed     atomic.Int64
	bodyless   atomic.Int64 // done, but without an article body
	skipped    atomic.Int64
	queued     atomic.Int64
	enumerated atomic.Bool  // queued is final
	counted    atomic.Int64 // pages countPages found, or -1
}

func newReporter(stderr, errLog io.Writer, terminal bool) *reporter {
	r := &reporter{
		stderr:   stderr,
		errLog:   errLog,
		progress: terminal,
		color:    terminal && os.Getenv("NO_COLOR") == "",
		start:    time.Now(),
	}
	r.counted.Store(-1)
	return r
}

// fail reports one failed page on stderr and in the error log.
func (r *reporter) fail(src source, err error) error {
	r.failed.Add(1)
	return r.pageLine(src, err, "")
}

// warnBodyless reports a page written without an article body: it counts
// as done, and its line in the error log lets a batch find such pages.
func (r *reporter) warnBodyless(src source, err error) error {
	r.done.Add(1)
	r.bodyless.Add(1)
	return r.pageLine(src, err, " (metadata written)")
}

// pageLine writes one page's error to stderr and the error log.
func (r *reporter) pageLine(src source, err error, note string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clearLine()
	prefix := "newsextract: "
	if r.color {
		prefix = "\x1b[31mnewsextract:\x1b[0m "
	}
	// The library's errors already say "newsextract:"; once per line is enough.
	msg := strings.TrimPrefix(err.Error(), "newsextract: ")
	fmt.Fprintf(r.stderr, "%s%s: %s%s\n", prefix, src, msg, note)
	if r.errLog == nil {
		return nil
	}
	line, merr := json.Marshal(failure{Source: src, Error: msg, Kind: errorKind(err)})
	if merr != nil {
		return merr
	}
	_, werr := r.errLog.Write(append(line, '\n'))
	return werr
}

// message prints a line that is not about one page.
func (r *reporter) message(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clearLine()
	fmt.Fprintf(r.stderr, "newsextract: "+format+"\n", args...)
}

func (r *reporter) clearLine() {
	if r.lineUp {
		fmt.Fprint(r.stderr, "\r\x1b[K")
		r.lineUp = false
	}
}

// showProgress redraws the progress line until stop is closed.
func (r *reporter) showProgress(stop <-chan struct{}) {
	if !r.progress {
		return
	}
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			r.mu.Lock()
			r.clearLine()
			r.mu.Unlock()
			return
		case <-tick.C:
			r.drawProgress()
		}
	}
}

// drawProgress shows pages finished (extracted, failed or skipped) of the
// total once it is known, the extraction rate and the errors so far.
func (r *reporter) drawProgress() {
	extracted, skipped := r.done.Load()+r.failed.Load(), r.skipped.Load()
	total := ""
	if n := r.total(); n >= 0 {
		total = fmt.Sprintf("/%d", n)
	}
	rate := float64(extracted) / time.Since(r.start).Seconds()
	r.mu.Lock()
	defer r.mu.Unlock()
	fmt.Fprintf(r.stderr, "\r\x1b[K%d%s pages, %.1f pages/s, %d errors", extracted+skipped, total, rate, r.failed.Load())
	if skipped > 0 {
		fmt.Fprintf(r.stderr, ", %d skipped", skipped)
	}
	r.lineUp = true
}

// total is the number of pages in the batch, or -1 while unknown: exact
// once every input was listed, counted ahead by countPages before that.
func (r *reporter) total() int64 {
	if r.enumerated.Load() {
		return r.queued.Load() + r.skipped.Load()
	}
	return r.counted.Load()
}

// summary prints the closing line of a batch.
func (r *reporter) summary(interrupted bool) {
	note := ""
	if interrupted {
		note = " (interrupted)"
	}
	bodyless := ""
	if n := r.bodyless.Load(); n > 0 {
		bodyless = fmt.Sprintf(" (%d without article)", n)
	}
	r.message("done %d%s, skipped %d, failed %d, elapsed %s%s",
		r.done.Load(), bodyless, r.skipped.Load(), r.failed.Load(),
		time.Since(r.start).Round(time.Millisecond), note)
}

// isTerminal reports whether w is a terminal. A character device that is
// not /dev/null is taken to be one, which avoids a dependency for ioctls.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}
