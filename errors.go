package newsextract

import "errors"

// Sentinel errors a batch can count with errors.Is. Every error Extract
// returns wraps exactly one of them inside an *Error.
var (
	// ErrEmpty: the input holds no bytes, or only white space.
	ErrEmpty = errors.New("empty input")
	// ErrNotHTML: the input is binary, JSON, PDF, an XML feed or sitemap, or
	// otherwise not a web page.
	ErrNotHTML = errors.New("input is not HTML")
	// ErrNoArticle: the page parsed, but holds no article text.
	ErrNoArticle = errors.New("no article found")
	// ErrTooLarge: the input is larger than Options.MaxBytes, or has (or
	// would make the parser build) more elements than Options.MaxNodes.
	ErrTooLarge = errors.New("input too large")
	// ErrTooDeep: the page nests elements deeper than the HTML parser allows.
	ErrTooDeep = errors.New("document nested too deeply")
)

// Error describes why one page could not be extracted: the stage that failed,
// the page URL when known, and the underlying cause.
type Error struct {
	Op  string // the stage: "read", "decode", "parse", "extract"
	URL string // the page URL, if one was given
	Err error  // one of the sentinels above, possibly wrapping more detail
}

func (e *Error) Error() string {
	s := "newsextract: " + e.Op
	if e.URL != "" {
		s += " " + e.URL
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the cause, so errors.Is(err, ErrNotHTML) works.
func (e *Error) Unwrap() error { return e.Err }
