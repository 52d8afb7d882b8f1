package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	r := newReporter(&buf, nil, true)
	r.done.Store(3)
	r.failed.Store(1)
	r.drawProgress()
	if !strings.Contains(buf.String(), "4 pages,") || strings.Contains(buf.String(), "4/") {
		t.Errorf("progress before the total is known: %q", buf.String())
	}
	r.queued.Store(10)
	r.enumerated.Store(true)
	r.drawProgress()
	if !strings.Contains(buf.String(), "4/10 pages") || !strings.Contains(buf.String(), "1 errors") {
		t.Errorf("progress with total: %q", buf.String())
	}
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
