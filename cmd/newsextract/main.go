// Command newsextract extracts the article from news pages: single HTML
// files, directories of them, lists of paths, and WARC archives.
//
// Run "newsextract -h" for the flags. With one HTML file it prints that
// page's article in the chosen format; with many inputs it prints JSON Lines,
// one object per page naming its source (see output.go), or writes one file
// per page into -o DIR.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// After the first signal, restore the default so a second one kills a
	// run that is slow to wind down.
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
