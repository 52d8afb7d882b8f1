package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/newsextract/newsextract"
)

// run is the whole command: it parses args, processes every input and
// returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runWith(ctx, newsextract.ExtractContext, args, stdin, stdout, stderr)
}

// runWith is run with the extractor given, so tests can check the plumbing
// independently of extraction quality.
func runWith(ctx context.Context, extract extractFunc, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, fs, err := parseFlags(args)
	switch {
	case errors.Is(err, errHelp):
		printUsage(stdout, fs)
		return exitOK
	case err != nil:
		fmt.Fprintf(stderr, "newsextract: %v\nRun 'newsextract -h' for usage.\n", err)
		return exitUsage
	case cfg.version:
		fmt.Fprintln(stdout, versionString())
		return exitOK
	}
	if stdin == nil {
		stdin = eofReader{}
	}
	in := bufio.NewReaderSize(stdin, 64<<10)
	errLog, closeLog, err := openErrorLog(cfg.errorsLog)
	if err != nil {
		fmt.Fprintf(stderr, "newsextract: %v\n", err)
		return exitFailed
	}
	defer closeLog()
	if cfg.outDir != "" {
		if err := os.MkdirAll(cfg.outDir, 0o755); err != nil {
			fmt.Fprintf(stderr, "newsextract: -o: %v\n", err)
			return exitFailed
		}
	}
	return execute(ctx, cfg, extract, in, stdout, newReporter(stderr, errLog, isTerminal(stderr)))
}

// execute runs the batch and turns its outcome into an exit status.
func execute(ctx context.Context, cfg *config, extract extractFunc, in *bufio.Reader, stdout io.Writer, rep *reporter) int {
	b := &batch{
		cfg:     cfg,
		extract: extract,
		stdout:  stdout,
		rep:     rep,
		many:    !singlePage(cfg, in),
		opts:    newsextract.Options{Comments: cfg.comments, Explain: cfg.explain || cfg.format == formatExplainHTML},
	}
	en := &enumerator{cfg: cfg, stdin: in, maxBytes: b.maxBytes()}
	if cfg.resume {
		en.exists = func(name string) bool { return outputExists(cfg.outDir, name, cfg.format) }
	}
	stopProgress := startProgress(ctx, cfg, rep, b.many)
	fatal := b.run(ctx, en)
	stopProgress()
	interrupted := ctx.Err() != nil
	if fatal != nil {
		rep.message("%v", fatal)
	}
	if b.many {
		rep.summary(interrupted)
	}
	return exitStatus(fatal, interrupted, rep.failed.Load() > 0, cfg.keepGoing)
}

// startProgress keeps the progress line of a many-page batch on a terminal
// up to date, with the total from countPages when the inputs can be
// counted, until the returned function is called.
func startProgress(ctx context.Context, cfg *config, rep *reporter, many bool) (stop func()) {
	if !many || !rep.progress {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		if n, ok := countPages(ctx, cfg); ok {
			rep.counted.Store(n)
		}
	}()
	stopDraw := make(chan struct{})
	drawDone := make(chan struct{})
	go func() {
		defer close(drawDone)
		rep.showProgress(stopDraw)
	}()
	return func() {
		cancel()
		close(stopDraw)
		<-drawDone
	}
}

func exitStatus(fatal error, interrupted, failed, keepGoing bool) int {
	switch {
	case interrupted:
		return exitInterrupted
	case fatal != nil:
		return exitFailed
	case failed && !keepGoing:
		return exitFailed
	default:
		return exitOK
	}
}

// singlePage reports whether the inputs are exactly one page, which prints
// in the plain format rather than as the many-page stream.
func singlePage(cfg *config, in *bufio.Reader) bool {
	if len(cfg.inputs) != 1 || cfg.list != "" {
		return false
	}
	arg := cfg.inputs[0]
	if arg == "-" {
		return !looksLikeWARC(in)
	}
	info, err := os.Stat(arg)
	return err != nil || (!info.IsDir() && !isWARCName(arg))
}

func openErrorLog(path string) (io.Writer, func(), error) {
	if path == "" {
		return nil, func() {}, nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, nil, fmt.Errorf("-errors: %w", err)
	}
	return f, func() { f.Close() }, nil
}

// versionString names the module version and Go release the binary was
// built from, and its VCS revision when the build recorded one.
func versionString() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "newsextract (unknown version)"
	}
	s := "newsextract " + info.Main.Version
	for _, kv := range info.Settings {
		if kv.Key == "vcs.revision" {
			s += " " + kv.Value
		}
		if kv.Key == "vcs.modified" && kv.Value == "true" {
			s += " (modified)"
		}
	}
	return s + " " + info.GoVersion
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
