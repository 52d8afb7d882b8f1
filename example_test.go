package newsextract_test

import (
	"errors"
	"fmt"

	"github.com/newsextract/newsextract"
)

func ExampleExtract() {
	page := []byte(`<html><head><title>Council passes budget | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-05-01T09:30:00Z">
<meta name="author" content="By Ann Lee"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Council passes budget</h1>
<p>The council voted on Tuesday to approve the new budget, which expands bus service and repairs two bridges.</p>
<h2>What changes</h2>
<ul><li>More buses on route 14</li><li>Two bridges repaired</li></ul>
<p><strong>See also:</strong> <a href="/2024/04/30/bridges">Why the bridges need repair</a></p>
</article><div class="share-bar"><a href="#">Share</a></div></body></html>`)

	a, err := newsextract.Extract(page, &newsextract.Options{URL: "https://news.example/2024/05/01/budget"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title, "|", a.Authors, "|", a.Published)
	for _, s := range a.Sections {
		fmt.Printf("section %q (level %d): %d blocks\n", s.Heading, s.Level, len(s.Blocks))
	}
	fmt.Println("related:", a.Related[0].Title, a.Related[0].URL)
	// Output:
	// Council passes budget | [Ann Lee] | 2024-05-01T09:30:00Z
	// section "" (level 0): 1 blocks
	// section "What changes" (level 2): 1 blocks
	// related: Why the bridges need repair https://news.example/2024/04/30/bridges
}

func ExampleExtract_errors() {
	_, err := newsextract.Extract([]byte("%PDF-1.7 ..."), nil)
	fmt.Println(errors.Is(err, newsextract.ErrNotHTML))
	// Output: true
}
