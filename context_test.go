package newsextract

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// countingContext is live for its first `after` calls of Err and cancelled
// from then on. It counts every call, so a test can see how often
// ExtractContext looks, and cancel it at any of those points.
type countingContext struct {
	context.Context
	calls atomic.Int64
	after int64
}

func (c *countingContext) Err() error {
	if c.calls.Add(1) > c.after {
		return context.Canceled
	}
	return nil
}

func TestExtractContextDone(t *testing.T) {
	page := sizedPage(t, 200_000)
	past, cancelPast := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancelPast()
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	cases := []struct {
		name string
		ctx  context.Context
		want error
	}{
		{"already cancelled", cancelled, context.Canceled},
		{"deadline passed", past, context.DeadlineExceeded},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ExtractContext(tc.ctx, page, nil)
			checkCancelled(t, a, err, tc.want)
		})
	}
}

// TestExtractContextChecksInsideStages: on a page of 5,000 paragraphs the
// context is consulted far more often than the parser reads (once per 4 KiB
// at most) plus once per stage, so the per-element loops look at it too;
// and cancelling at any of those looks ends the call with its error.
func TestExtractContextChecksInsideStages(t *testing.T) {
	page := []byte("<article>" + strings.Repeat("<p>A short line of text, with a comma in it.</p>", 5000) + "</article>")
	probe := &countingContext{Context: context.Background(), after: 1 << 62}
	if _, err := ExtractContext(probe, page, nil); err != nil {
		t.Fatal(err)
	}
	looks := probe.calls.Load()
	t.Logf("%d looks for %d bytes", looks, len(page))
	reads, stages := int64(len(page)/4096+1), int64(10)
	if looks < reads+4*stages {
		t.Fatalf("context consulted %d times for at most %d reads and %d stages: not inside the loops", looks, reads, stages)
	}
	for _, after := range []int64{0, 1, 2, reads + 1, looks / 2, looks - 2} {
		ctx := &countingContext{Context: context.Background(), after: after}
		a, err := ExtractContext(ctx, page, nil)
		checkCancelled(t, a, err, context.Canceled)
	}
}

func checkCancelled(t *testing.T, a *Article, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("err = %v, want %v", err, want)
	}
	var e *Error
	if !errors.As(err, &e) || e.Op == "" {
		t.Errorf("error %v is not an *Error with an Op", err)
	}
	if a != nil {
		t.Error("article returned with a context error")
	}
}
