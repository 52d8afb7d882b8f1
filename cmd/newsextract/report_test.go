package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestProgressLine(t *testing.T) {
	tests := []struct {
		name    string
		set     func(r *reporter)
		want    string
		notWant string
	}{
		{"total unknown", func(r *reporter) {}, "\r\x1b[K4 pages, ", "4/"},
		{"counted ahead", func(r *reporter) { r.counted.Store(12) }, "4/12 pages, ", ""},
		{"listed", func(r *reporter) {
			r.counted.Store(12)
			r.queued.Store(8)
			r.enumerated.Store(true)
		}, "4/8 pages, ", ""},
		{"skipped", func(r *reporter) {
			r.skipped.Store(2)
			r.queued.Store(8)
			r.enumerated.Store(true)
		}, "6/10 pages, ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			r := newReporter(&buf, nil, true)
			r.done.Store(3)
			r.failed.Store(1)
			tc.set(r)
			r.drawProgress()
			got := buf.String()
			if !strings.Contains(got, tc.want) || tc.notWant != "" && strings.Contains(got, tc.notWant) {
				t.Errorf("progress %q, want %q", got, tc.want)
			}
			if !strings.Contains(got, " pages/s, 1 errors") {
				t.Errorf("progress %q lacks the rate and error count", got)
			}
			if skipped := strings.Contains(got, ", 2 skipped"); skipped != (r.skipped.Load() > 0) {
				t.Errorf("progress %q: skipped shown %v", got, skipped)
			}
		})
	}
}

func TestErrorLineClearsProgress(t *testing.T) {
	var buf bytes.Buffer
	r := newReporter(&buf, nil, true)
	r.drawProgress()
	buf.Reset()
	r.fail(source{Path: "x.html"}, errors.New("boom"))
	if !strings.HasPrefix(buf.String(), "\r\x1b[K") {
		t.Errorf("an error line must clear the progress line first: %q", buf.String())
	}
}

func TestNoColor(t *testing.T) {
	tests := []struct {
		name     string
		noColor  string
		terminal bool
		color    bool
	}{
		{"terminal", "", true, true},
		{"NO_COLOR", "1", true, false},
		{"not a terminal", "", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("NO_COLOR", tc.noColor)
			var buf bytes.Buffer
			r := newReporter(&buf, nil, tc.terminal)
			r.fail(source{Path: "p.html"}, errors.New("bad"))
			if got := strings.Contains(buf.String(), "\x1b[31m"); got != tc.color {
				t.Errorf("colored = %v, want %v: %q", got, tc.color, buf.String())
			}
		})
	}
}

func TestIsTerminalFalseForFilesAndBuffers(t *testing.T) {
	f, err := openTemp(t)
	if err != nil {
		t.Fatal(err)
	}
	if isTerminal(f) || isTerminal(&bytes.Buffer{}) {
		t.Errorf("a file or buffer is not a terminal")
	}
}
