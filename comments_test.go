package newsextract

import (
	"strings"
	"testing"
)

// TestCommentFurnitureRemoved checks comment links, prompts and threads
// that carry no comment class, each beside a plain article.
func TestCommentFurnitureRemoved(t *testing.T) {
	cases := []struct{ name, html, leak string }{
		{"comment count link", `<p><a href="#c">53 Comments</a></p>`, "53 Comments"},
		{"post comment link", `<div><a href="/c?id=1">Post Comment</a></div>`, "Post Comment"},
		{"read comments with count", `<p><a href="#c">Read Comments (1)</a></p>`, "Read Comments"},
		{"forum prompt", `<p>Have your say on the latest news in our <a href="/forums">Forums</a></p>`, "Have your say"},
		{"bulleted board prompt", `<p>&#8226; Discuss this story on the <a href="/boards">league message board</a>...</p>`, "Discuss this story"},
		{"thread after a comments anchor", `<a name="comments"></a><div>Posted by: Dom, London on 5:19pm Tue 1 Jan 08</div><div>And how many times does this have to be said, it is a very tight league this season.</div>`, "tight league"},
		{"reaction box titled by id", `<div><div id="reactionTitle">Reader Reaction:</div><div><a href="/r">Click this link to post your comment</a></div></div>`, "Reader Reaction"},
		{"German WordPress reply form", `<div><h3>Schreibe einen Kommentar</h3><p>Deine E-Mail-Adresse wird nicht veröffentlicht.</p><textarea name="comment"></textarea></div>`, "E-Mail-Adresse"},
		{"Russian comments", `<div><h3>Комментарии</h3><div><b>Иван</b><p>Очень интересная статья, спасибо автору за подробный рассказ.</p></div></div>`, "Очень интересная"},
		{"Finnish comments", `<div><h3>Kommentit</h3><div><b>Matti</b><p>Hyvä artikkeli, kiitos kirjoittajalle perusteellisesta selvityksestä.</p></div></div>`, "Hyvä artikkeli"},
		{"Greek comments", `<div><h3>Σχόλια</h3><div><b>Νίκος</b><p>Πολύ ενδιαφέρον άρθρο, ευχαριστώ για την αναλυτική παρουσίαση.</p></div></div>`, "Πολύ ενδιαφέρον"},
		{"Japanese comments", `<div><h3>コメント</h3><div><p>とても面白い記事でした。次回も楽しみにしています。</p></div></div>`, "とても面白い"},
		{"Croatian comments", `<div><h3>Komentari</h3><div><b>Ivan</b><p>Odličan članak, hvala autoru na detaljnom prikazu svega.</p></div></div>`, "Odličan članak"},
		{"Hebrew comments", `<div><h3>תגובות</h3><div><b>דני</b><p>כתבה מצוינת, תודה על ההסבר המפורט.</p></div></div>`, "כתבה מצוינת"},
		{"comment links in a meta line", `<div><a href="#f"><img src="/i/discuss.gif" alt=""></a><a href="#comments_form">Comment</a> | <a href="#comments">Read Comments (11)</a></div>`, "Comment"},
		{"forum's reply link", `<div><a href="./posting.php?mode=reply&amp;t=2214">Post Reply</a></div>`, "Post Reply"},
		{"obituary guest book", `<section class="guestbook"><h2>Condolences</h2><div class="entry"><p>Mrs. Ellison was my third grade teacher and I still remember her kindness.</p><p class="entry-meta">Jim Hollis · November 28, 2026</p></div></section>`, "third grade teacher"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><body><div><h1>Budget passes</h1><p>"+prose+"</p><p>"+prose+"</p>"+tc.html+"</div></body></html>")
			if strings.Contains(a.Text, tc.leak) {
				t.Errorf("%q left in body: %q", tc.leak, a.Text)
			}
			if !strings.Contains(a.Text, "council voted") {
				t.Errorf("article text lost: %q", a.Text)
			}
		})
	}
}

// TestCommentRulesKeepArticle checks that look-alikes of comment furniture
// inside the story stay.
func TestCommentRulesKeepArticle(t *testing.T) {
	cases := []struct{ name, html, keep string }{
		{"link text mentioning comments", `<p>Read <a href="/x">the mayor's comments on the vote</a> in full.</p>`, "the mayor's comments"},
		{"long sentence starting like a prompt", `<p>Have your say, the mayor told residents, before the council settles the budget for the coming three years and the bus routes that go with it.</p>`, "the mayor told residents"},
		{"comments link inside a sentence", `<p>The economist Joseph Stiglitz <a href="/interview">comments</a> that rapid liberalisation was at the root of the crisis.</p>`, "Stiglitz comments that"},
		{"discussion link inside a sentence", `<p>Readers can join the <a href="/forum">discussion</a> on our forum before the vote next week.</p>`, "join the discussion on"},
		{"comments anchor before the headline", `<a name="comments"></a><div><h1>Budget passes</h1><p>` + prose + `</p></div>`, "council voted"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, "<html><body><div><p>"+prose+"</p>"+tc.html+"<p>"+prose+"</p></div></body></html>")
			if !strings.Contains(a.Text, tc.keep) {
				t.Errorf("%q lost: %q", tc.keep, a.Text)
			}
		})
	}
}

// TestLongCommentWidget checks a "Your say" box whose thread outweighs a
// one-paragraph article: the box goes whole and the article stays.
func TestLongCommentWidget(t *testing.T) {
	c := "<p>Desmond: I know my politicians, and they are nearly all in it for themselves only, whatever the colour of the government of the day.</p>"
	page := `<html><body><div class="left"><h1>Budget passes</h1><p>` + prose + `</p></div><div class="right"><div class="box"><h2>YOUR SAY</h2><div>` +
		strings.Repeat(c, 6) + `</div></div></div></body></html>`
	a := extractString(t, page)
	if strings.Contains(a.Text, "Desmond") {
		t.Errorf("comments left in body: %q", a.Text)
	}
	if !strings.Contains(a.Text, "council voted") {
		t.Errorf("article text lost: %q", a.Text)
	}
}

// TestCommentFormUnderTitle: a comments title standing in the story's
// flow takes the comment form after it and the form's notes, up to the
// next heading; a "Comments" section without a form is the story's.
func TestCommentFormUnderTitle(t *testing.T) {
	form := `<blockquote><form action="/cgi-bin/comments.cgi" method="post"><table><tr><td>Your Name</td><td><input name="name"></td></tr>` +
		`<tr><td colspan="2">Your Comment<br><textarea name="body"></textarea></td></tr></table></form>` +
		`<p>Note that I will only approve comments that relate to the blog post itself.</p></blockquote>`
	cases := []struct {
		name, after, text string
		kept              bool
	}{
		{"form and its notes", `<h3>Add A Comment</h3>` + form, "only approve comments", false},
		{"a section on code comments", `<h3>Comments</h3><p>Comments in Rust start with two slashes and run to the end of the line, as in C.</p>`, "two slashes", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractNoFallback(t, `<html><body><table><tr><td><fieldset><div class="body"><p>`+prose+`</p><p>`+prose+`</p></div>`+tc.after+`</fieldset></td></tr></table></body></html>`)
			if got := strings.Contains(a.Text, tc.text); got != tc.kept {
				t.Errorf("%q in body = %v, want %v: %q", tc.text, got, tc.kept, a.Text)
			}
		})
	}
}

// TestCommentsOptionReturnsWhatReadersWrote: with Options.Comments each
// comment the markup marks comes back whole, with its author and date,
// replies after the comment they answer; the thread's labels, the reply
// form's labels and hints, reply links and the links and prompts that
// lead to the thread are not comments. A thread without such marks
// comes back a paragraph at a time.
func TestCommentsOptionReturnsWhatReadersWrote(t *testing.T) {
	story := `<html><body><article><h1>Budget passes</h1><p>` + prose + `</p><p>` + prose + `</p>` +
		`<p><a href="#comments">53 Comments</a></p></article>`
	form := `<div id="respond"><h3 id="reply-title">Leave a Reply</h3><form action="/wp-comments-post.php"><p>Please enter your name here</p><input name="author"><textarea name="comment"></textarea></form></div>`
	comment := func(id, author, datetime, shown, body, replies string) string {
		return `<li id="comment-` + id + `" class="comment even"><article class="comment-body"><footer class="comment-meta">` +
			`<div class="comment-author vcard"><b class="fn">` + author + `</b> <span class="says">says:</span></div>` +
			`<div class="comment-metadata"><a href="#comment-` + id + `"><time datetime="` + datetime + `">` + shown + `</time></a></div></footer>` +
			`<div class="comment-content">` + body + `</div><div class="reply"><a class="comment-reply-link" href="#r">Reply</a></div></article>` + replies + `</li>`
	}
	hosted := func(id, author, datetime, body string) string {
		return `<div class="TimelineItem"><div id="gistcomment-` + id + `" class="timeline-comment comment">` +
			`<div class="timeline-comment-header"><details><summary>Options</summary><clipboard-copy>Copy link</clipboard-copy></details>` +
			`<h3><strong><a class="author" href="/` + author + `">` + author + `</a></strong> commented <a href="#gistcomment-` + id + `"><relative-time datetime="` + datetime + `">Dec 18, 2025</relative-time></a></h3></div>` +
			`<div class="comment-body markdown-body"><p>` + body + `</p></div></div></div>`
	}
	cases := []struct {
		name, thread string
		want         []Comment
	}{
		{"marked comments", `<div id="comments"><h3>2 Comments</h3><ol class="commentlist">` +
			comment("11", "Ana", "2024-05-02T10:00:00+00:00", "May 2, 2024 at 10:00 am", `<p>The court may still hear an appeal.</p><p>It did so last year.</p>`,
				`<ul class="children">`+comment("12", "Ben", "2024-05-02T11:30:00+00:00", "May 2, 2024 at 11:30 am", `<p>Not this time, the deadline has passed.</p>`, "")+`</ul>`) +
			`</ol>` + form + `</div>`, []Comment{
			{Author: "Ana", Text: "The court may still hear an appeal.\n\nIt did so last year."},
			{Author: "Ben", Text: "Not this time, the deadline has passed."},
		}},
		{"unmarked thread", `<div id="comments"><h3>2 Comments</h3><div class="entries">` +
			`<div class="entry"><h4>Don't celebrate too quickly</h4><p>The court may still hear an appeal next year.</p></div>` +
			`<div class="entry"><p>Good news for the buses at last, and about time too.</p></div></div>` + form + `</div>`, []Comment{
			{Text: "Don't celebrate too quickly"}, {Text: "The court may still hear an appeal next year."}, {Text: "Good news for the buses at last, and about time too."},
		}},
		{"code host thread", `<div class="js-discussion"><h2>Comments</h2>` + hosted("5911050", "ijsbol", "2025-12-18T23:01:55Z", "I have been waiting for this write-up for two weeks.") +
			hosted("5911061", "trupus", "2025-12-19T08:15:00Z", "Great work on the find, and a clear write-up.") +
			hosted("5911981", "tcelestino", "2025-12-19T16:46:50Z", "🚀🚀") + `</div>`, []Comment{
			{Author: "ijsbol", Text: "I have been waiting for this write-up for two weeks."},
			{Author: "trupus", Text: "Great work on the find, and a clear write-up."},
			{Author: "tcelestino", Text: "🚀🚀"},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(story+tc.thread+`</body></html>`), &Options{URL: "https://news.example/2024/05/01/story", Comments: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Comments) != len(tc.want) {
				t.Fatalf("comments %+v, want %+v", a.Comments, tc.want)
			}
			for i, w := range tc.want {
				if g := a.Comments[i]; g.Author != w.Author || g.Text != w.Text {
					t.Errorf("comment %d = %q by %q, want %q by %q", i, g.Text, g.Author, w.Text, w.Author)
				}
			}
			for _, c := range a.Comments {
				if c.Author != "" && c.Date.IsZero() {
					t.Errorf("no date for %+v", c)
				}
			}
		})
	}
}

// TestForumPostsNotReplyForm: XenForo sets a thread's posts in
// "div.block-body.js-replyNewMessageContainer", where new replies land.
// Holding the posts and no form control, it is no reply form, and the
// posts, not the footer's blurb, are the body; a reply box with its
// text area still goes.
func TestForumPostsNotReplyForm(t *testing.T) {
	post := func(author, text string) string {
		return `<article class="message message--post js-post" data-author="` + author + `"><div class="message-inner"><div class="message-user">` + author + `</div><article class="message-body"><div class="bbWrapper">` + text + `</div></article></div></article>`
	}
	first := "Every night Pepe brings a cup of dirt home in his coat, sand and dry grass mostly, and leaves it on my pillow. Is that normal for a cat that roams all day?"
	page := `<html><body><div class="p-body"><h1 class="p-title-value">Pepe brings dirt home every night</h1>` +
		`<div class="block-container"><div class="block-body js-replyNewMessageContainer">` +
		post("Pepemaus", first) +
		post("yellowkitty", "Mine does the same in autumn. Brushing him twice a week outside keeps most of it out of the house, and he has come to like it.") +
		`</div></div>` +
		`<form class="block js-quickReply"><div class="js-replyBox">Write your reply… <textarea name="message"></textarea></div></form>` +
		`<footer><h3>About us</h3><p>Since 2006 experienced cat owners in our large forum have helped you with emergencies, questions and problems with your pet.</p></footer>` +
		`</div></body></html>`
	a, err := Extract([]byte(page), &Options{URL: "https://forum.example/threads/pepe.1/", Comments: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "cup of dirt") {
		t.Errorf("first post lost: %q", a.Text)
	}
	for _, c := range a.Comments {
		if strings.Contains(c.Text, "cup of dirt") {
			t.Errorf("first post returned as a comment: %+v", c)
		}
	}
	for _, gone := range []string{"Since 2006", "Write your reply"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q in body: %q", gone, a.Text)
		}
	}
}

// TestAfterCommentsDropped: what a template sets inside the article
// after its reader comments (a home page's story boxes) is not the story;
// an inline call to comment between paragraphs, or a code highlighter's
// "comment" token, ends nothing.
func TestAfterCommentsDropped(t *testing.T) {
	story := `<p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p>`
	tiles := `<div class="abridgedhomepage"><div class="tile"><a href="https://news.example/politics/selma.html" class="primary"></a><span class="rubrik">Politics</span><span class="hed">What matters in the film about the march</span><span class="dek">Critics say the film is unfair to the president, but it is about a movement, not its leaders.</span></div><div class="section-list"><a href="https://news.example/world/xi.html">Chinese presidents never show off their human sides</a></div></div>`
	cases := []struct{ name, page, kept, gone string }{
		{"home page boxes after the thread", `<article class="main"><h1>Council passes the budget</h1><section class="content">` + story + `</section><div id="comments" class="comments-container"><button>Load Comments</button></div>` + tiles + `</article>`, "council voted", "unfair to the president"},
		{"inline call to comment", `<article class="main"><h1>Council passes the budget</h1><div class="content">` + story + `<div class="comments-inline-cta"><a href="#comments">Join the conversation</a></div><p>The mayor said the library will open next spring in the old post office.</p></div></article>`, "old post office", ""},
		{"comment token in code", `<article class="main"><h1>Council passes the budget</h1><div class="content"><p>` + prose + `</p><pre><code><span class="token comment">// add.c</span>
int add(int a, int b) { return a + b; }</code></pre>` + story + `</div></article>`, "council voted", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><title>Council passes the budget</title></head><body>`+tc.page+`</body></html>`)
			if !strings.Contains(a.Text, tc.kept) {
				t.Errorf("%q lost: %q", tc.kept, a.Text)
			}
			if tc.gone != "" && strings.Contains(a.Text, tc.gone) {
				t.Errorf("%q left in: %q", tc.gone, a.Text)
			}
		})
	}
}
