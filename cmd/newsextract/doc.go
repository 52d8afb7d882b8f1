// Command newsextract extracts the article from news pages: single HTML
// files, directories of them, lists of paths, and WARC archives.
//
// Usage:
//
//	newsextract [flags] FILE|DIR|WARC|- ...
//
// The single-page form, which evaluation scripts rely on, is
//
//	newsextract -url PAGE_URL -charset NAME -format json FILE
//
// and prints that page's Article as JSON (indented); a page that fails
// prints an error on stderr, nothing on stdout, and exits 1.
//
// # Inputs
//
// Arguments are read in order, then the paths in -list FILE (one a line;
// blank lines and lines starting with # are skipped; "-list -" reads the
// list from stdin). An argument is
//   - "-": standard input, a WARC if it starts like one (plain or gzipped),
//     otherwise one page;
//   - a directory: searched recursively in lexical order for files whose
//     base name matches one of the comma-separated -glob patterns (default
//     *.html,*.htm,*.html.gz,*.htm.gz);
//   - a file named *.warc or *.warc.gz: every response record whose HTTP
//     Content-Type is text/html or application/xhtml+xml is one page, with
//     WARC-Target-URI as its URL and the Content-Type charset as its
//     transport charset (else -charset). Chunked transfer encoding and
//     gzip/deflate content encoding are undone. Both gzip layouts work: a
//     member per record, and one member for the whole file. A record that
//     cannot be read (a truncated end, a bad gzip member) is a failed page
//     and ends that archive;
//   - any other file: one page, gunzipped if it is gzip data.
//
// -url and -charset apply to every page that is not a WARC record.
//
// # Output
//
// Exactly one page argument and no -o: the page in -format (json indented,
// jsonl on one line, markdown, text or html from the library's renderers,
// or explain-html: RenderExplainHTML's self-contained page listing every
// block of the input in order, marked kept, removed with the rule that
// removed it, related or comments; it implies -explain).
//
// Anything else without -o: with json or jsonl, JSON Lines, one object per
// extracted page, in input order whatever -j is:
//
//	{"source":{"path":"pages/a.html"},"article":{...}}
//	{"source":{"warc":"crawl.warc.gz","record_id":"<urn:uuid:...>","uri":"https://example.com/a","offset":1234},"article":{...}}
//
// source.path is the file as named on the command line, in the list or found
// under a directory ("-" for standard input). A WARC record has warc (the
// archive's path), record_id (WARC-Record-ID), uri (WARC-Target-URI) and
// offset (the byte offset in the file of the record or, gzipped, of the
// gzip member holding it: the record's own offset with one member per
// record, as random-access tools expect). The
// article object is the library's Article. Failed pages are not in this
// stream. With the other formats, each page follows a line
// "==> SOURCE <==".
//
// With -o DIR: one file per page holding what a single page would print.
// A file found under a directory argument keeps its path relative to it; a
// file named directly uses its base name; standard input is "stdin"; a WARC
// record is ARCHIVE/URI_ID where ARCHIVE is the archive's base name without
// .warc[.gz] and URI and ID are the target URI (without scheme) and record
// UUID with every byte other than letters, digits, '.', '-' and '_' turned
// into '_'. The .gz and extension are replaced by .json (json, jsonl), .md,
// .txt, .html or .explain.html. Names two inputs would share get "~2",
// "~3"... in input order, and so does ARCHIVE when two archives share a
// base name (records within one archive are told apart by their IDs). Each
// file is written to a temporary file in its directory and renamed into
// place, so a file that exists is complete; a failed page writes nothing.
// -resume skips every page whose file exists.
//
// # Failures
//
// A page that fails never stops the batch. Each failure is a line on stderr
// and, with -errors FILE, a line appended to FILE:
//
//	{"source":{...},"error":"extract https://example.com/a: no article found","kind":"no_article"}
//
// A page without an article body (a front page, a gallery) is not a
// failure: its title, dates and other metadata are written as its output,
// it counts as done, and it gets a warning on stderr and a line of kind
// no_article in the -errors log, so a batch can still find such pages.
//
// kind is not_html, no_article, too_large, too_deep or empty after the
// library's sentinel error, or other (unreadable file, damaged WARC record,
// unsupported content encoding). A batch ends with a summary on stderr:
// "done N (N without article), skipped N, failed N, elapsed D". On a terminal, stderr also shows
// a progress line: pages done (extracted, failed or skipped) of the total,
// pages/s, errors. The total is counted ahead, without reading a page, when
// the inputs are files, directories and -list files; with a WARC or
// standard input it shows once every input was listed. Error lines are red
// unless NO_COLOR is set to a non-empty value.
//
// Exit status: 0 when every page was extracted (with or without an article
// body); 1 when a page failed, or an
// output (stdout, -o DIR, -errors FILE) could not be written, which stops
// the batch; 2 for a usage error; 130 when interrupted by SIGINT or
// SIGTERM. -keep-going changes one thing: failed pages no longer make the
// status 1. It does not change what is processed.
//
// # Scale
//
// -j N workers extract in parallel (default: the number of CPUs). Inputs
// are streamed: at most 4×N pages are held at once, queued, being extracted
// or waiting for an earlier page to be written, and a WARC is read one
// record at a time (a record's block is buffered in memory up to 1 MiB, then
// in a temporary file). On SIGINT or SIGTERM no new page is started, the
// pages being extracted finish, stdout stays an unbroken prefix of the
// input, and a second signal kills the process.
package main
