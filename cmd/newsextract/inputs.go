package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// source names where a page came from. Exactly one of Path or WARC is set;
// it is the "source" object of the JSON Lines output and the error log.
type source struct {
	Path     string `json:"path,omitempty"`
	WARC     string `json:"warc,omitempty"`
	RecordID string `json:"record_id,omitempty"`
	URI      string `json:"uri,omitempty"`
	Offset   *int64 `json:"offset,omitempty"`
}

func (s source) String() string {
	if s.WARC == "" {
		return s.Path
	}
	desc := s.WARC
	if s.Offset != nil {
		desc += fmt.Sprintf("@%d", *s.Offset)
	}
	if s.URI != "" {
		desc += " " + s.URI
	}
	return desc
}

// page is one unit of work as the enumerator finds it. Either path names a
// file the worker reads, or data holds the bytes already read (standard input
// and WARC records). err marks an input that failed before extraction; it
// is reported in order with the rest.
type page struct {
	src     source
	name    string // output path relative to -o DIR, without extension
	path    string
	data    []byte
	url     string
	charset string
	err     error
	skip    bool // -resume: the output exists, so nothing was read
}

// enumerator walks the inputs in command-line order and hands each page to
// emit. It keeps only the state needed to name outputs uniquely; page content
// is never held beyond the page being emitted.
type enumerator struct {
	cfg      *config
	stdin    io.Reader
	maxBytes int64
	names    map[string]bool // output names already given, when -o is set
	// exists reports whether a page's output is already there (-resume);
	// nil means never.
	exists func(name string) bool
	// countOnly makes the enumerator a counter for the progress line: it
	// stops with errUncountable at any input it would have to read (a WARC
	// or standard input) instead of opening it.
	countOnly bool
}

// errUncountable stops a count that cannot finish without reading pages.
var errUncountable = errors.New("pages cannot be counted without reading them")

// countPages counts the pages the inputs hold without reading any page,
// so the progress line can show a total long before the batch has listed
// every input (the pipeline lists only a few pages ahead of extraction).
// ok is false when an input is a WARC or standard input.
func countPages(ctx context.Context, cfg *config) (n int64, ok bool) {
	c := *cfg
	c.outDir = "" // no name table
	en := &enumerator{cfg: &c, countOnly: true}
	err := en.run(ctx, func(page) error {
		n++
		return nil
	})
	return n, err == nil
}

func (e *enumerator) done(name string) bool {
	return e.exists != nil && e.exists(name)
}

// errStop is returned by emit when the consumer wants no more pages.
var errStop = errors.New("stop enumerating")

// run enumerates the arguments, then the -list file.
func (e *enumerator) run(ctx context.Context, emit func(page) error) error {
	for _, arg := range e.cfg.inputs {
		if err := e.input(ctx, arg, emit); err != nil {
			return err
		}
	}
	if e.cfg.list == "" {
		return nil
	}
	return e.listFile(ctx, emit)
}

func (e *enumerator) listFile(ctx context.Context, emit func(page) error) error {
	if e.countOnly && e.cfg.list == "-" {
		return errUncountable
	}
	r, closeList, err := e.openList()
	if err != nil {
		return emit(page{src: source{Path: e.cfg.list}, err: fmt.Errorf("read -list: %w", err)})
	}
	defer closeList()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := e.input(ctx, line, emit); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return emit(page{src: source{Path: e.cfg.list}, err: fmt.Errorf("read -list: %w", err)})
	}
	return nil
}

func (e *enumerator) openList() (io.Reader, func(), error) {
	if e.cfg.list == "-" {
		return e.stdin, func() {}, nil
	}
	f, err := os.Open(e.cfg.list)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// input enumerates one argument: standard input, a directory, a WARC or a
// page file.
func (e *enumerator) input(ctx context.Context, arg string, emit func(page) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if arg == "-" {
		if e.countOnly {
			return errUncountable
		}
		return e.stdinInput(ctx, emit)
	}
	info, err := os.Stat(arg)
	switch {
	case err != nil:
		return emit(page{src: source{Path: arg}, err: err})
	case info.IsDir():
		return e.walk(ctx, arg, emit)
	case isWARCName(arg):
		return e.warcFile(ctx, arg, emit)
	default:
		return emit(e.filePage(arg, filepath.Base(arg)))
	}
}

func (e *enumerator) filePage(path, rel string) page {
	name := e.uniqueName(trimPageExt(rel))
	return page{
		src:     source{Path: path},
		name:    name,
		path:    path,
		url:     e.cfg.url,
		charset: e.cfg.charset,
		skip:    e.done(name),
	}
}

// walk enumerates the files under root that match -glob, in lexical order.
// WARC files among them are read record by record.
func (e *enumerator) walk(ctx context.Context, root string, emit func(page) error) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			return emit(page{src: source{Path: path}, err: err})
		}
		if d.IsDir() || !matchesAny(e.cfg.globs, d.Name()) {
			return nil
		}
		if isWARCName(path) {
			return e.warcFile(ctx, path, emit)
		}
		rel, rerr := filepath.Rel(root, path)
		if rerr != nil {
			rel = d.Name()
		}
		return emit(e.filePage(path, rel))
	})
}

func matchesAny(globs []string, name string) bool {
	for _, g := range globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
	}
	return false
}

// stdinInput reads standard input as a WARC when it starts like one
// (plain or gzipped), otherwise as a single page.
func (e *enumerator) stdinInput(ctx context.Context, emit func(page) error) error {
	br := bufio.NewReaderSize(e.stdin, 64<<10)
	if looksLikeWARC(br) {
		return e.warc(ctx, br, "-", "stdin", emit)
	}
	p := page{src: source{Path: "-"}, name: e.uniqueName("stdin"), url: e.cfg.url, charset: e.cfg.charset}
	p.data, p.err = readPage(br, e.maxBytes)
	return emit(p)
}

func (e *enumerator) warcFile(ctx context.Context, path string, emit func(page) error) error {
	if e.countOnly {
		return errUncountable
	}
	f, err := os.Open(path)
	if err != nil {
		return emit(page{src: source{WARC: path}, err: err})
	}
	defer f.Close()
	return e.warc(ctx, f, path, trimWARCExt(filepath.Base(path)), emit)
}

// uniqueName returns name, or name~N when an earlier page already took it,
// so that two inputs never overwrite each other's output. Without -o the
// name is unused and nothing is remembered. Only page files and archives
// are remembered, never WARC records (see archiveDir), so the table grows
// with the number of inputs named, not with the pages of an archive.
func (e *enumerator) uniqueName(name string) string {
	return e.claim(name, "")
}

// archiveDir returns the directory under -o for a WARC's records: base, or
// base~N when an earlier archive of the same base name took it. Record names
// inside it are unique by their WARC-Record-ID, which the standard requires
// to be unique, so records need no entry in the table.
func (e *enumerator) archiveDir(base string) string {
	return e.claim(base, "/")
}

// claim takes the first of name+suffix, name~2+suffix... not taken yet.
func (e *enumerator) claim(name, suffix string) string {
	if e.cfg.outDir == "" {
		return name
	}
	if e.names == nil {
		e.names = map[string]bool{}
	}
	unique := name
	for n := 2; e.names[unique+suffix]; n++ {
		unique = fmt.Sprintf("%s~%d", name, n)
	}
	e.names[unique+suffix] = true
	return unique
}

var gzipMagic = []byte{0x1f, 0x8b}

// looksLikeWARC peeks at br without consuming it: a WARC starts with
// "WARC/", or with a gzip member whose content does.
func looksLikeWARC(br *bufio.Reader) bool {
	head, _ := br.Peek(4096)
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return true
	}
	if !bytes.HasPrefix(head, gzipMagic) {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	var magic [5]byte
	n, _ := io.ReadFull(zr, magic[:])
	return string(magic[:n]) == "WARC/"
}

// readFilePage reads one page file, gunzipping it when it is compressed.
func readFilePage(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readPage(f, limit)
}

// readPage reads a page, gunzipping it when it starts with the gzip magic.
// It reads at most limit+1 bytes so that the extractor can report
// ErrTooLarge without the whole oversized input in memory.
func readPage(r io.Reader, limit int64) ([]byte, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(2); bytes.Equal(head, gzipMagic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
		defer zr.Close()
		return readLimited(zr, limit)
	}
	return readLimited(br, limit)
}

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	_, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	return buf.Bytes(), err
}

func isWARCName(path string) bool {
	lower := strings.ToLower(path)
	return strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz")
}

func trimWARCExt(name string) string {
	lower := strings.ToLower(name)
	for _, ext := range []string{".warc.gz", ".warc"} {
		if strings.HasSuffix(lower, ext) {
			return name[:len(name)-len(ext)]
		}
	}
	return name
}

// trimPageExt drops .gz and then one extension, so a/b.html.gz names a/b.
func trimPageExt(name string) string {
	name = strings.TrimSuffix(name, ".gz")
	if ext := filepath.Ext(name); ext != "" && ext != name {
		name = strings.TrimSuffix(name, ext)
	}
	return name
}
