package main

// WARC input is read with github.com/nlnwa/gowarc/v3 at its default error
// policies. Those policies matter: with the spec-violation policy at
// ErrIgnore the reader does not cache a record's block, and the payload comes
// back cut to whatever its read buffer held (about 3.7 KB). At the default
// (ErrWarn) the block is cached (in memory up to 1 MiB, then in a temporary
// file) and the payload is whole; warcPage still checks the length against
// the record's Content-Length so a short read can never pass silently.
// Gzipped archives are decompressed before gowarc sees them (see
// memberReader), because gowarc takes a gzip member to be exactly one record.

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"regexp"
	"strings"

	"github.com/newsextract/newsextract"
	"github.com/nlnwa/gowarc/v3"
)

// errTruncated marks a record whose block is shorter than its Content-Length.
var errTruncated = errors.New("truncated record")

// warc enumerates the HTML response records of one WARC stream, in file
// order. A record that cannot be read ends the file with a failed page: the
// reader cannot resynchronise reliably after a damaged record.
func (e *enumerator) warc(ctx context.Context, r io.Reader, warcPath, base string, emit func(page) error) error {
	in := bufio.NewReaderSize(r, 64<<10)
	var stream io.Reader = in
	offset := func(off int64) int64 { return off }
	if head, _ := in.Peek(2); bytes.Equal(head, gzipMagic) {
		members := newMemberReader(in)
		stream, offset = members, members.compressedOffset
	}
	rdr, err := gowarc.NewWarcFileReaderFromStream(stream, 0)
	if err != nil {
		return emit(page{src: source{WARC: warcPath}, err: err})
	}
	defer rdr.Close()
	base = e.archiveDir(base)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := rdr.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			return nil
		}
		rec.Offset = offset(rec.Offset)
		if err != nil {
			rec.Close()
			off := rec.Offset
			return emit(page{src: source{WARC: warcPath, Offset: &off}, err: fmt.Errorf("read WARC record: %w", err)})
		}
		p, ok := e.warcPage(rec, warcPath, base)
		rec.Close()
		if !ok {
			continue
		}
		if err := emit(p); err != nil {
			return err
		}
	}
}

// warcPage turns a response record with an HTML payload into a page; ok is
// false for every other record.
func (e *enumerator) warcPage(rec gowarc.Record, warcPath, base string) (p page, ok bool) {
	if rec.WarcRecord.Type() != gowarc.Response {
		return page{}, false
	}
	block, isHTTP := rec.WarcRecord.Block().(gowarc.HttpResponseBlock)
	if !isHTTP {
		return page{}, false
	}
	header := parseHTTPHeader(block.ProtocolHeaderBytes())
	mediaType, charset := contentType(header.Get("Content-Type"))
	if !isHTMLType(mediaType) {
		return page{}, false
	}
	h := rec.WarcRecord.WarcHeader()
	off := rec.Offset
	p = page{
		src:     source{WARC: warcPath, RecordID: h.Get(gowarc.WarcRecordID), URI: h.GetId(gowarc.WarcTargetURI), Offset: &off},
		url:     h.GetId(gowarc.WarcTargetURI),
		charset: charset,
	}
	if p.charset == "" {
		p.charset = e.cfg.charset
	}
	p.name = base + "/" + recordName(p.src.URI, p.src.RecordID)
	if p.skip = e.done(p.name); p.skip {
		return p, true
	}
	p.data, p.err = e.readPayload(rec, block, header)
	return p, true
}

// readPayload returns the record's HTTP payload with its transfer and
// content encodings undone, after checking that header and payload together
// are exactly as long as the record's Content-Length.
func (e *enumerator) readPayload(rec gowarc.Record, block gowarc.HttpResponseBlock, header http.Header) ([]byte, error) {
	for _, v := range rec.Validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) {
			return nil, fmt.Errorf("%w: block has %d of %d bytes", errTruncated, cl.Actual, cl.Expected)
		}
	}
	want, _ := rec.WarcRecord.WarcHeader().GetInt64(gowarc.ContentLength)
	// The stored payload may be compressed or chunked, so its cap is looser
	// than MaxBytes; the decoded body is held to MaxBytes below.
	if want-int64(len(block.ProtocolHeaderBytes())) > 2*e.maxBytes {
		return nil, fmt.Errorf("payload of %d bytes: %w", want, newsextract.ErrTooLarge)
	}
	r, err := block.PayloadBytes()
	if err != nil {
		return nil, fmt.Errorf("read payload: %w", err)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read payload: %w", err)
	}
	if got := int64(len(block.ProtocolHeaderBytes()) + len(raw)); got != want {
		return nil, fmt.Errorf("%w: block has %d of %d bytes", errTruncated, got, want)
	}
	return decodeBody(raw, header, e.maxBytes)
}

// parseHTTPHeader reads the header fields of a stored HTTP response. It does
// not use the block's parsed header because net/http drops
// Transfer-Encoding from that, and the payload is still chunked. A damaged
// header yields the fields read before the damage.
func parseHTTPHeader(raw []byte) http.Header {
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(raw)))
	if _, err := tp.ReadLine(); err != nil {
		return http.Header{}
	}
	h, _ := tp.ReadMIMEHeader()
	return http.Header(h)
}

// decodeBody undoes chunked transfer encoding and gzip or deflate content
// encoding, which crawlers store as they came off the wire.
func decodeBody(raw []byte, h http.Header, limit int64) ([]byte, error) {
	var r io.Reader = bytes.NewReader(raw)
	if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") {
		r = httputil.NewChunkedReader(r)
	}
	switch enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("content-encoding gzip: %w", err)
		}
		defer zr.Close()
		r = zr
	case "deflate":
		fr := flate.NewReader(r)
		defer fr.Close()
		r = fr
	default:
		return nil, fmt.Errorf("unsupported content-encoding %q", enc)
	}
	body, err := readLimited(r, limit)
	if err != nil {
		return nil, fmt.Errorf("decode payload: %w", err)
	}
	return body, nil
}

// contentType splits a Content-Type header into its lower-case media type
// and charset parameter, tolerating the malformed values servers send.
func contentType(v string) (mediaType, charset string) {
	mt, params, err := mime.ParseMediaType(v)
	if err == nil {
		return mt, params["charset"]
	}
	mt, rest, _ := strings.Cut(v, ";")
	if m := charsetParam.FindStringSubmatch(rest); m != nil {
		charset = m[1]
	}
	return strings.ToLower(strings.TrimSpace(mt)), charset
}

var charsetParam = regexp.MustCompile(`(?i)charset\s*=\s*["']?([\w.:-]+)`)

func isHTMLType(mediaType string) bool {
	return mediaType == "text/html" || mediaType == "application/xhtml+xml"
}

// recordName builds a file name for a record from its URI and id: the URI
// keeps it readable, the id keeps it unique when a URI was fetched twice.
func recordName(uri, id string) string {
	for _, scheme := range []string{"https://", "http://"} {
		uri = strings.TrimPrefix(uri, scheme)
	}
	id = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
	id = strings.TrimPrefix(id, "urn:uuid:")
	name := sanitize(uri, 120)
	if name == "" {
		return sanitize(id, 80)
	}
	return name + "_" + sanitize(id, 80)
}

// sanitize keeps letters, digits, '.', '-' and '_', turns every other run of
// bytes into one '_', and cuts the result to at most max bytes.
func sanitize(s string, max int) string {
	var b strings.Builder
	underscore := false
	for i := 0; i < len(s) && b.Len() < max; i++ {
		c := s[i]
		if isNameByte(c) {
			b.WriteByte(c)
			underscore = false
			continue
		}
		if !underscore {
			b.WriteByte('_')
			underscore = true
		}
	}
	return strings.Trim(b.String(), "._")
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_'
}
