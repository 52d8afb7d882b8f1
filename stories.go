package newsextract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minStoryRunes is the prose an <article> holds under its own headline to
// be a whole story rather than a teaser: about three paragraphs.
const minStoryRunes = 400

// ruleOtherStory is markOtherStories' reason.
const ruleOtherStory = "another story of an endless page"

// story is an <article> that opens with a headline and holds a whole
// story: the element, the headline's text and its level.
type story struct {
	node     *html.Node
	headline string
	level    int
}

// markOtherStories drops the stories an endless page sets after, or
// before, the one it is about: themes that load the next story as the
// reader scrolls append it in an <article> of its own, and a saved copy
// keeps them all. The page's title names its story; when exactly one
// of the page's stories carries that headline, the others whose headline
// has the same level go. A blog's front page,
// whose title names the blog, a forum thread, whose posts are together
// its text, and a story whose sections are articles under h2s below its
// h1 keep every part.
func (c *cleaner) markOtherStories() {
	title := c.p.art.Title
	if title == "" || c.p.forumThread() {
		return
	}
	stories := c.storiesOnPage()
	own := -1
	for i, s := range stories {
		if sameTitle(s.headline, title) {
			if own >= 0 {
				return // two stories claim the title: nothing tells them apart
			}
			own = i
		}
	}
	if own < 0 {
		return
	}
	for i, s := range stories {
		if i != own && s.level == stories[own].level {
			c.verdicts[s.node] = verdict{kindDrop, ruleOtherStory}
		}
	}
}

// storiesOnPage returns the outermost <article> elements that open with a
// headline and hold a whole story, in document order: a teaser box that
// repeats the page's headline is not the page's story.
func (c *cleaner) storiesOnPage() []story {
	var out []story
	walk(c.p.doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		if c.dropped(n) || invisibleTags[n.DataAtom] {
			return false
		}
		if n.DataAtom != atom.Article {
			return true
		}
		if st := c.stats[n]; st != nil && st.prose >= minStoryRunes {
			if h, level := storyHeadline(n); h != "" {
				out = append(out, story{n, h, level})
			}
		}
		return false
	})
	return out
}

// storyHeadline returns the text and level of an article's first heading
// when that is an h1 or h2, the levels a story's own headline takes; ""
// otherwise (an article that opens with an h3 is a section or a teaser).
func storyHeadline(article *html.Node) (string, int) {
	var h *html.Node
	walk(article, func(n *html.Node) bool {
		if h != nil {
			return false
		}
		if headingLevel(n) > 0 {
			h = n
			return false
		}
		return true
	})
	if l := headingLevel(h); l == 1 || l == 2 {
		return rawText(h, nil), l
	}
	return "", 0
}
