package main

// The output shapes are documented in doc.go.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsextract/newsextract"
)

// envelope is one line of the JSON Lines stream.
type envelope struct {
	Source  source               `json:"source"`
	Article *newsextract.Article `json:"article"`
}

// formatExt is the file extension -o gives each format.
func formatExt(format string) string {
	switch format {
	case formatMarkdown:
		return ".md"
	case formatText:
		return ".txt"
	case formatHTML:
		return ".html"
	case formatExplainHTML:
		return ".explain.html"
	default:
		return ".json"
	}
}

// renderArticle writes a in format as a lone page prints it.
func renderArticle(buf *bytes.Buffer, format string, a *newsextract.Article) error {
	switch format {
	case formatMarkdown:
		return newsextract.RenderMarkdown(buf, a)
	case formatText:
		return newsextract.RenderText(buf, a)
	case formatHTML:
		return newsextract.RenderHTML(buf, a)
	case formatExplainHTML:
		return newsextract.RenderExplainHTML(buf, a)
	case formatJSONL:
		return encodeJSON(buf, a, false)
	default:
		return encodeJSON(buf, a, true)
	}
}

// renderBatchItem writes a as one item of a many-page stdout stream.
func renderBatchItem(buf *bytes.Buffer, format string, src source, a *newsextract.Article) error {
	switch format {
	case formatJSON, formatJSONL:
		return encodeJSON(buf, envelope{Source: src, Article: a}, false)
	}
	fmt.Fprintf(buf, "==> %s <==\n", src)
	if err := renderArticle(buf, format, a); err != nil {
		return err
	}
	if b := buf.Bytes(); len(b) > 0 && b[len(b)-1] != '\n' {
		buf.WriteByte('\n')
	}
	return nil
}

// encodeJSON writes v and a newline, leaving <, > and & readable since the
// output is not embedded in HTML.
func encodeJSON(buf *bytes.Buffer, v any, indent bool) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}

// outPath is where -o DIR puts the page named name.
func outPath(dir, name, format string) string {
	return filepath.Join(dir, filepath.FromSlash(name)+formatExt(format))
}

// writeAtomic writes data to path through a temporary file in the same
// directory and a rename, so readers and -resume never see a partial file.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".newsextract-*.tmp")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if err := firstErr(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// outputExists reports whether -o DIR already holds the page named name.
func outputExists(dir, name, format string) bool {
	_, err := os.Stat(outPath(dir, name, format))
	return err == nil
}
