package newsextract

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Choosing the published and modified dates from the page's evidence:
// structured data, meta tags, <time>, the byline and the lines around the
// headline, the URL, with "today" bars, comments' dates and future dates
// left out. dates.go reads the dates themselves.

// choosePublished takes the publication date from the best evidence, and
// never a date in the future (a "today" bar, an event date).
func (p *page) choosePublished() Date {
	m := &p.meta
	for _, s := range []string{
		m.ldStr("datePublished"),
		m.meta("article:published_time", "og:article:published_time", "article:published", "itemprop:datepublished"),
		m.meta("pubdate", "publishdate", "publish-date", "publish_date", "published_time", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "article.published", "original-publish-date", "og:published_time", "datepublished", "published", "published-date", "publication-date", "publication_date", "date_published", "citation_publication_date", "citation_date", "prism.publicationdate"),
		m.meta("dc.date", "dcterms.date", "date"), // generic: see nearDateLine
		p.itempropDate("datepublished"),
		p.timeElementDate(),
		p.hAtomDate("published"),
		m.ldStr("dateCreated"),
		m.meta("dcterms.created", "dc.date.created", "created"),
		m.meta("schema:datepublished", "dc:date", "dcterms:issued", "dc:created", "dcterms:created", "schema:datecreated"), // RDFa
		m.ldStr("uploadDate"), // a VideoObject or podcast page
		m.meta("itemprop:uploaddate"),
	} {
		if d, ok := p.plausibleDate(s); ok {
			d = p.notBeforeURL(p.localDay(d))
			if s == m.meta("dc.date", "dcterms.date", "date") {
				d = p.nearDateLine(d)
			}
			d = p.lineOrder(s, d)
			return p.shownRevision(p.savedStampLine(d))
		}
	}
	if d, ok := p.wikiRevisionDate(); ok {
		return d
	}
	if d, ok := p.bylineDate(); ok {
		return d
	}
	if d, ok := dateFromURL(p.art.URL); ok && p.notFuture(d) {
		return d
	}
	if d, ok := p.labelledDate(); ok {
		return d
	}
	if d, ok := p.plausibleDate(m.scriptDate); ok {
		return d // the page's script state, where nothing visible dates it
	}
	if d, ok := p.loneDate(); ok {
		return d
	}
	if d, ok := p.editNoteDate(); ok {
		return d
	}
	return Date{}
}

// editNoteDate is the very last resort: the date of a revision note
// ("(last edited 2019-11-10 13:28:18 by MatsWichmann)") on a page that no
// other source dates. A wiki page is revised, never published once, and
// the note dates the text the reader sees.
func (p *page) editNoteDate() (Date, bool) {
	text := p.editNoteText()
	if text == "" {
		return Date{}, false
	}
	if d, ok := findDate(text); ok && p.notFuture(d) {
		return d, true
	}
	return Date{}, false
}

// wikiRevisionDate reads the footer line of a MediaWiki page ("This page
// was last edited on 7 April 2020"): a wiki page is never published once,
// its last revision is the date it shows, and its text may name the date
// of some event first.
func (p *page) wikiRevisionDate() (Date, bool) {
	if !strings.Contains(strings.ToLower(p.meta.meta("generator")), "mediawiki") {
		return Date{}, false
	}
	var found Date
	walk(p.doc, func(n *html.Node) bool {
		if !found.IsZero() {
			return false
		}
		if n.Type == html.ElementNode && attr(n, "id") == "footer-info-lastmod" {
			// the footer is furniture to every other reader
			if text, short := shortText(n, maxBylineBytes); short {
				if d, ok := findDate(text); ok && p.notFuture(d) {
					found = d
				}
			}
			return false
		}
		return true
	})
	return found, !found.IsZero()
}

// loneDate is the last resort: the day that every <time> and every
// element classed as a date agree on, also in an aside or a sidebar, where
// some templates put the article's data column ("<aside><p class=date>").
// A sidebar of teasers gives several days, and then nothing is read.
func (p *page) loneDate() (Date, bool) {
	var found Date
	agree := true
	note := func(d Date, ok bool) {
		if !ok || !p.notFuture(d) {
			return
		}
		if found.IsZero() {
			found = d
		} else if !sameDay(found, d) {
			agree = false
		}
	}
	for _, n := range p.meta.dated {
		if !p.inCommentsOrRelated(n) && !isTodayBar(n) && !inPageHeader(n) && !inQuote(n) {
			if text, short := shortText(n, maxBylineBytes); short {
				note(findDateShortYears(text))
			}
		}
	}
	for _, t := range p.meta.times {
		if !p.inCommentsOrRelated(t) && !inQuote(t) {
			note(parseDate(firstNonEmpty(attr(t, "datetime"), rawText(t, nil))))
		}
	}
	return found, agree && !found.IsZero()
}

// inCommentsOrRelated reports whether n sits in a reader comment section
// or a block of related stories.
func (p *page) inCommentsOrRelated(n *html.Node) bool {
	for a := n; a != nil && !isElem(a, atom.Body, atom.Html); a = a.Parent {
		if k, _ := p.tokenKind(a); k == kindComments || k == kindRelated {
			return true
		}
	}
	return false
}

// sameDay reports whether a and b fall on the same calendar day as written.
func sameDay(a, b Date) bool { return dayOf(a) == dayOf(b) }

// nearDateLine returns the page's visible date line instead of d, a
// generic date meta (dc.date, dcterms.date, date), when the two days
// differ by at most maxDateLineGap: such a meta is often the day the page
// was created in the CMS or last changed, while the line shows the day of
// publication. A line further off is a teaser's or an archive's date.
func (p *page) nearDateLine(d Date) Date {
	line, ok := p.bylineDate()
	if ok && !sameDay(line, d) && absDuration(d.Time.Sub(line.Time)) <= maxDateLineGap {
		return line
	}
	return d
}

// savedStampLine returns the visible date line instead of d when d is
// no earlier than the modification date less resaveSlack and the line
// shows an earlier day: then the CMS wrote its last save as both dates,
// and only the line keeps the day of publication.
func (p *page) savedStampLine(d Date) Date {
	mod := p.chooseModified()
	if mod.IsZero() || absDuration(mod.Time.Sub(d.Time)) > resaveSlack {
		return d
	}
	line, ok := p.bylineDate()
	if ok && line.Time.Before(d.Time) && !sameDay(line, d) && !monthDaySwapped(line, d) && !p.shownDay(d) {
		return line
	}
	return d
}

// shownRevision returns the modification date instead of d, a declared
// publication date, when the page shows the later day as its date, with
// no "Updated" label, and d's day nowhere: the publisher put the story out
// again and dates it so to readers ("Von Fiona Bornhöft 1. Januar 2023"
// over a datePublished of 2021). A day shown as "Updated …" leaves d, the
// first publication, in place.
func (p *page) shownRevision(d Date) Date {
	mod := p.chooseModified()
	if mod.IsZero() || sameDay(mod, d) || mod.Time.Before(d.Time) {
		return d
	}
	bare, shown := p.bareDays()
	if bare[dayOf(mod)] && !shown[dayOf(d)] {
		return mod
	}
	return d
}

// shownDay reports whether some short visible text shows d's day.
func (p *page) shownDay(d Date) bool {
	_, shown := p.bareDays()
	return shown[dayOf(d)]
}

// bareDays returns the days of the page's short visible texts outside
// comments and related blocks (shown), and those among them that some
// text shows without an update label (bare). The label may sit in an
// element around the date ("<span>Updated</span> <time>…</time>"), so the
// text is read with up to three short ancestors.
func (p *page) bareDays() (bare, shown map[string]bool) {
	if p.shown != nil {
		return p.bare, p.shown
	}
	bare, shown = make(map[string]bool), make(map[string]bool)
	defer func() { p.bare, p.shown = bare, shown }()
	walk(p.doc, func(n *html.Node) bool {
		switch n.Type {
		case html.ElementNode:
			if k, _ := p.tokenKind(n); k == kindComments || k == kindRelated {
				return false
			}
			return !invisibleTags[n.DataAtom]
		case html.TextNode:
			if len(n.Data) > maxBylineBytes || !hasDigit(n.Data) {
				return false
			}
			dates := allDates(n.Data)
			if len(dates) == 0 {
				return false // most texts with a digit: the context is not worth reading
			}
			ctx := n.Data
			for a, i := n.Parent, 0; a != nil && i < 3; a, i = a.Parent, i+1 {
				t, short := shortText(a, maxBylineBytes)
				if isElem(a, atom.P) && (!short || countWords(t) > maxShownDateWords) {
					return false // a date in a sentence ("appears in print on Nov. 28, 2026, Section A"), not the page's date line
				}
				if !short {
					break
				}
				ctx = t
			}
			for _, d := range dates {
				shown[dayOf(d)] = true
				if u, ok := findKeywordDateOf(ctx, kwUpdated); !ok || !sameDay(u, d) {
					bare[dayOf(d)] = true
				}
			}
		}
		return true
	})
	return bare, shown
}

// maxShownDateWords is the most words a paragraph showing the page's date
// holds: "Published Nov. 28, 2026, 1:43 a.m. ET | Updated …" is a line,
// more is a sentence that mentions a day.
const maxShownDateWords = 16

// labelledAsUpdate reports a date element that an update label just
// before it introduces ("Last update: <span class=…-date>November 28,
// 2026</span>", MkDocs' revision dates): the page's publication date, if
// it shows one, is another.
func labelledAsUpdate(n *html.Node) bool {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		t := s.Data
		if s.Type == html.ElementNode {
			t = rawText(s, nil)
		}
		if t = strings.TrimSpace(t); t == "" {
			continue
		}
		words := strings.Fields(strings.ToLower(strings.TrimRight(t, ": ")))
		return len(words) > 0 && len(words) <= 3 && keywordIndex[fold(words[len(words)-1])] == kwUpdated
	}
	return false
}

// lineOrder returns the visible date line instead of d when d was read
// from an ambiguous numeric value s and the line shows the same day and
// month the other way round: the page's own line says which is the month.
func (p *page) lineOrder(s string, d Date) Date {
	if !ambiguousNumeric.MatchString(s) {
		return d
	}
	if line, ok := p.bylineDate(); ok && monthDaySwapped(line, d) {
		return line
	}
	m := &p.meta
	for _, other := range []string{m.meta("article:published_time", "og:article:published_time"), p.timeElementDate()} {
		if ambiguousNumeric.MatchString(other) {
			continue
		}
		if o, ok := p.plausibleDate(other); ok && monthDaySwapped(p.localDay(o), d) {
			return p.localDay(o) // Drupal's JSON-LD "Wed, 12/03/2025 - 16:20" beside the meta's "2025-12-03T16:20:00+0000"
		}
	}
	return d
}

// monthDaySwapped reports whether a is b's day with month and day read the
// other way round: the date line "11.03.17" of a US page is b, 3 November.
func monthDaySwapped(a, b Date) bool {
	ay, am, ad := a.Time.Date()
	by, bm, bd := b.Time.Date()
	return ay == by && int(am) == bd && ad == int(bm)
}

// dayOf returns the calendar day of d in its own zone, "2025-03-05".
func dayOf(d Date) string { return d.Time.Format(time.DateOnly) }

// resaveSlack is how much later than the publication date a modification
// date may be and still be the same save.
const resaveSlack = time.Hour

// absDuration returns the length of d, without its sign.
func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// maxDateLineGap bounds how far from a generic date meta the date line
// may be and still win: weeks of editing, not years.
const maxDateLineGap = 31 * 24 * time.Hour

// notBeforeURL replaces a date more than a day before the day the page's
// URL names: a story is not published before its address is made, so such
// a date belongs to something else (a template, an old upload). Unless
// the page shows that day: a magazine's address names the issue, out a
// week after the story (The New Yorker's "/magazine/2025/03/10/…" over
// "March 3, 2025").
func (p *page) notBeforeURL(d Date) Date {
	u, ok := dateFromURL(p.art.URL)
	if ok && p.notFuture(u) && u.Time.Sub(d.Time) > 48*time.Hour && !p.shownDay(d) {
		return u
	}
	return d
}

// localDay corrects a UTC timestamp to the day the page itself shows. A
// CMS that stores UTC writes an evening story of UTC-5 as the next day
// (and a story just after midnight in UTC+1 as the day before). When the
// URL has a day, it decides; else the visible date line does. Only hours
// that a real time zone can move across midnight are corrected.
func (p *page) localDay(d Date) Date {
	if d.Precision != PrecisionTime {
		return d
	}
	if _, off := d.Time.Zone(); off != 0 {
		return d
	}
	local, ok := dateFromURL(p.art.URL)
	if !ok {
		local, ok = p.bylineDate()
	}
	if !ok || !shiftedByZone(d, local) {
		return d
	}
	y, mo, day := local.Time.Date()
	return Date{Time: time.Date(y, mo, day, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay}
}

// Zone shifts: a UTC time before westHours can still be the previous day in
// the Americas; one from eastHours on can be the next day from Europe to
// the Pacific (midnight in Sydney is 13:00 UTC in summer, in Kiribati
// 10:00).
const (
	westHours = 10
	eastHours = 10
)

// shiftedByZone reports whether local's day is the day before the UTC time
// u early in its day, or the day after it late in its day.
func shiftedByZone(u, local Date) bool {
	y, m, d := u.Time.Date()
	uday := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	ly, lm, ld := local.Time.Date()
	lday := time.Date(ly, lm, ld, 0, 0, 0, 0, time.UTC)
	switch lday.Sub(uday) {
	case -24 * time.Hour:
		return u.Time.Hour() < westHours
	case 24 * time.Hour:
		return u.Time.Hour() >= eastHours
	}
	return false
}

// chooseModified reads the modification date where the page states one.
func (p *page) chooseModified() Date {
	m := &p.meta
	for _, s := range []string{
		m.ldStr("dateModified"),
		m.meta("article:modified_time", "og:updated_time", "article:modified", "itemprop:datemodified", "last-modified", "dcterms.modified", "dc.date.modified", "lastmod", "schema:datemodified", "dcterms:modified"),
		p.itempropDate("datemodified"),
		p.hAtomDate("updated"),
		p.updateTime(),
	} {
		if d, ok := p.plausibleDate(s); ok {
			return d
		}
	}
	return p.visibleUpdate()
}

// maxUpdateLabelBytes bounds the text before a <time> read for its
// update label: "(updated ", "· Aktualisiert am ".
const maxUpdateLabelBytes = 40

// updateTime returns the datetime of a <time> that marks an update: one
// classed so ("updated", "date-modified") or one an update word stands
// right before ("Dec 3 (updated <time datetime=…>Dec 4</time>)", whose
// text lacks the year the attribute gives).
func (p *page) updateTime() string {
	for i, t := range p.meta.times {
		if i == maxUpdateTimes {
			break
		}
		dt := attr(t, "datetime")
		if dt == "" || p.inFurniture(t) || p.inComments(t) {
			continue
		}
		cls := strings.ToLower(attr(t, "class") + " " + attr(t, "itemprop"))
		if strings.Contains(cls, "modif") || strings.Contains(cls, "updat") {
			return dt
		}
		if prev := t.PrevSibling; prev != nil && prev.Type == html.TextNode {
			before := prev.Data
			if len(before) > maxUpdateLabelBytes {
				before = before[len(before)-maxUpdateLabelBytes:]
			}
			if _, ok := findKeywordDateOf(strings.ToValidUTF8(before, "")+" "+dt, kwUpdated); ok {
				return dt
			}
		}
	}
	return ""
}

// maxUpdateLineBytes bounds the line visibleUpdate reads: a box of
// date, byline and a few labels. A whole post classed by its date
// ("div.date-outer") holds prose, where an update word may be any word
// ("could barely stand up" reads German "Stand") and its date a comment's.
const maxUpdateLineBytes = 400

// maxUpdateTimes bounds the <time> elements whose boxes visibleUpdate
// reads: the article's come first, a listing's follow.
const maxUpdateTimes = 3

// visibleUpdate reads an update date from the date and byline lines
// ("Updated 18 November 2025"), where no structured one is given: the
// byline, the box around it (as bylineDate reads it, "<div
// class=firma><span>Por Ana García</span>...<span>Actualizado: 28 nov
// 2025 - 18:40 CET</span>"), and the elements classed as dates and the
// boxes around them, where an update may stand unclassed beside the date.
func (p *page) visibleUpdate() Date {
	lines := []*html.Node{p.meta.bylineEl}
	if el := p.meta.bylineEl; el != nil {
		lines = append(lines, el.Parent)
	}
	for _, n := range p.meta.bylines {
		lines = append(lines, n.Parent) // "<div class=firma><span class=autor>…</span><span>Actualizado: …</span>"
	}
	for i, t := range p.meta.times {
		if i == maxUpdateTimes {
			break
		}
		lines = append(lines, t.Parent) // "<div class=info><time>…</time><span>更新：…</span>"
	}
	lines = append(lines, p.meta.dated...)
	for _, n := range p.meta.dated {
		if par := n.Parent; par != lines[len(lines)-1] {
			lines = append(lines, par) // "<div class=info><span class=data>Opublikowano …</span><span>Aktualizacja …</span>": once for siblings
		}
	}
	for _, n := range lines {
		if n == nil || p.inFurniture(n) || p.inComments(n) {
			continue
		}
		text, short := shortText(n, maxUpdateLineBytes)
		if !short {
			continue
		}
		if d, ok := findKeywordDateOf(text, kwUpdated); ok && p.notFuture(d) {
			return d
		}
	}
	return Date{}
}

// plausibleDate parses s and rejects dates in the future.
func (p *page) plausibleDate(s string) (Date, bool) {
	if s == "" {
		return Date{}, false
	}
	d, ok := parseDate(s)
	if !ok || !p.notFuture(d) {
		return Date{}, false
	}
	return d, true
}

// notFuture allows a day of clock skew and time-zone slack.
func (p *page) notFuture(d Date) bool {
	return d.Time.Before(p.now.Add(36 * time.Hour))
}

// itempropDate reads a microdata date element (content or datetime).
func (p *page) itempropDate(prop string) string {
	for _, n := range p.meta.itemprops {
		if strings.EqualFold(attr(n, "itemprop"), prop) {
			return firstNonEmpty(attr(n, "content"), attr(n, "datetime"), rawText(n, nil))
		}
	}
	return ""
}

// hAtomDate reads the microformat date of class name (hAtom's
// "published" or "updated") from the element's title, where old blog
// templates keep the machine-readable value ("<abbr class="published"
// title="2023-05-14T19:42:00+01:00">19:42</abbr>"), outside comments.
func (p *page) hAtomDate(name string) string {
	for _, n := range p.meta.hAtom {
		if attr(n, "title") == "" || !hasClass(n, name) || p.inComments(n) {
			continue
		}
		return attr(n, "title")
	}
	return ""
}

// timeElementDate reads the <time> that marks publication: one with
// pubdate, or a published-looking class ("publish", "publication"), else
// the first one outside page furniture with a datetime.
func (p *page) timeElementDate() string {
	first := ""
	for _, t := range p.meta.times {
		dt := attr(t, "datetime")
		if dt == "" {
			continue
		}
		cls := strings.ToLower(attr(t, "class") + " " + attr(t, "itemprop") + " " + attr(t.Parent, "class"))
		if hasAttr(t, "pubdate") || strings.Contains(cls, "publish") || strings.Contains(cls, "publica") || strings.Contains(cls, "posted") || strings.Contains(cls, "entry-date") {
			return dt
		}
		if first == "" && !p.inFurniture(t) && !inQuote(t) && !strings.Contains(cls, "modif") && !strings.Contains(cls, "updat") {
			first = dt
		}
	}
	return first
}

// maxBylineBytes: a byline or date line is short; a longer element is a
// body or a teaser list, whose dates are not the article's.
const maxBylineBytes = 1200

// maxDatedNodes bounds the date-classed elements kept from one page.
const maxDatedNodes = 50

// bylineDate looks for a visible date where pages show the article's own:
// elements classed as dates, bylines, and the elements after the first h1.
func (p *page) bylineDate() (Date, bool) {
	for _, n := range p.meta.dated {
		if isTodayBar(n) || labelledAsUpdate(n) || p.headerDateBar(n) {
			continue
		}
		if d, ok := p.visibleDateIn(n, findDateShortYears); ok {
			return d, true
		}
	}
	for _, n := range p.meta.bylines {
		if d, ok := p.visibleDate(n.Parent); ok {
			return d, true
		}
	}
	if el := p.meta.bylineEl; el != nil {
		if d, ok := p.visibleDate(el); ok {
			return d, true
		}
		if d, ok := p.visibleDate(el.Parent); ok {
			return d, true
		}
	}
	for _, h := range p.meta.h1s {
		if p.inFurniture(h) {
			continue
		}
		if d, ok := p.siblingDate(h); ok {
			return d, true
		}
		if d, ok := p.kickerDate(h); ok {
			return d, true
		}
		if h.Parent != nil {
			if d, ok := p.visibleDate(h.Parent); ok {
				return d, true
			}
		}
	}
	if h := p.titleHeading(); h != nil {
		if d, ok := p.siblingDate(h); ok {
			return d, true
		}
	}
	if d, ok := p.wrappedHeadlineDate(); ok {
		return d, true
	}
	if d, ok := p.keywordLineDate(); ok {
		return d, true
	}
	return p.dateAfterHeadline()
}

// maxCardBytes bounds the text of a teaser card around a date: a
// headline, a line of excerpt and the date line.
const maxCardBytes = 600

// inTeaserCard reports a date element in a teaser card: a short box
// around it, within maxCardClimb levels, holds a linked heading that does
// not name the story ("<div class=card><a><h3>Another headline</h3></a>
// <span class=date>Nov 1, 2026</span></div>" in a carousel set inside
// the story, whose class names no widget).
func (p *page) inTeaserCard(n *html.Node) bool {
	box := n
	for range maxCardClimb {
		if box = box.Parent; box == nil || box.Type != html.ElementNode {
			return false
		}
		if _, short := shortText(box, maxCardBytes); !short {
			return false
		}
		if p.holdsOtherHeadline(box) {
			return true
		}
	}
	return false
}

// minTeaserHeadlineWords: a shorter linked heading is a name or a label
// (a byline set in an <h6>), not another story's headline.
const minTeaserHeadlineWords = 3

// holdsOtherHeadline reports a box holding a linked heading that reads as
// another story's headline: of a headline's length, holding no date (a
// byline heading holds the author's link and the date), and not naming
// the story.
func (p *page) holdsOtherHeadline(box *html.Node) bool {
	found := false
	walk(box, func(c *html.Node) bool {
		if found || headingLevel(c) == 0 {
			return !found
		}
		text := rawText(c, nil)
		if countWords(text) < minTeaserHeadlineWords || !insideLink(c) && !hasDescendant(c, isLink) {
			return false
		}
		_, dated := findDate(text)
		found = !dated && !p.namesStory(text)
		return false
	})
	return found
}

// isLink reports an <a> element.
func isLink(n *html.Node) bool {
	return n.DataAtom == atom.A
}

// isTodayBar reports whether n's class says it shows the day of viewing
// or of the edition ("date-edition"), not the article's.
func isTodayBar(n *html.Node) bool {
	return hasToken(splitTokens(strings.ToLower(attr(n, "class")+" "+attr(n, "id"))), todayTokens)
}

// headerDateBar reports a date classed as the page header's that stands
// before the headline ("div.header-date" over Arab News' masthead): the
// day of the visit. A date classed as a header's after the headline, or
// as the story's header ("article-header__date", "date-section-header"
// under the title), is the story's.
func (p *page) headerDateBar(n *html.Node) bool {
	tokens := splitTokens(strings.ToLower(attr(n, "class") + " " + attr(n, "id")))
	if !slices.Contains(tokens, "header") || hasToken(tokens, storyHeaderTokens) || len(p.meta.h1s) == 0 {
		return false
	}
	return precedes(n, p.meta.h1s[0])
}

// titleHeading returns, on a page without an h1 outside furniture, the
// first h2, h3 or h4 outside furniture whose text is the title: there the
// template writes the headline one level down, with its date line beside.
func (p *page) titleHeading() *html.Node {
	for _, h := range p.meta.h1s {
		if !p.inFurniture(h) {
			return nil
		}
	}
	title := normSpace(p.art.Title)
	if title == "" {
		return nil
	}
	var found *html.Node
	walk(p.doc, func(n *html.Node) bool {
		if found != nil || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return false
		}
		if invisibleTags[n.DataAtom] {
			return false
		}
		if isElem(n, atom.H2, atom.H3, atom.H4) {
			if normSpace(headlineText(n)) == title && !p.inFurniture(n) {
				found = n
			}
			return false
		}
		return true
	})
	return found
}

// afterHeadlineBytes bounds the text dateAfterHeadline reads: the lines a
// reader sees right below the headline.
const afterHeadlineBytes = 1500

// dateAfterHeadline is the very last resort: the first date in the text
// that follows the main headline, outside furniture, within
// afterHeadlineBytes. A story's date line is where a reader looks first.
func (p *page) dateAfterHeadline() (Date, bool) {
	var h *html.Node
	pos := p.mainHeadlinePos()
	for _, c := range p.meta.h1s {
		if p.meta.order[c] == pos {
			h = c
		}
	}
	if h == nil && len(p.meta.h1s) == 0 {
		h = p.shownTitle()
	}
	if h == nil {
		return Date{}, false
	}
	read := 0
	for n := nextInDoc(h, true); n != nil && read < afterHeadlineBytes; {
		// a quote's or an embedded post's date is the post's
		if n.Type == html.ElementNode && (invisibleTags[n.DataAtom] || n.DataAtom == atom.Blockquote || p.inFurnitureShallow(n)) {
			n = nextInDoc(n, true)
			continue
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			read += len(n.Data)
			if d, ok := findDate(n.Data); ok && p.notFuture(d) && !p.inTeaserCard(n) && !inLongSentence(n.Data) {
				return d, true
			}
		}
		n = nextInDoc(n, false)
	}
	return Date{}, false
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// datelineLeadRunes is how far into a long text a date may stand and
// still be the text's dateline.
const datelineLeadRunes = 40

// inLongSentence reports a text of several sentences' length whose date,
// somewhere inside, is an event's the story tells of ("I deployed to
// Iraq March 1st of 2004"), not the story's own.
func inLongSentence(t string) bool {
	t = normSpace(t)
	if utf8.RuneCountInString(t) <= maxBylineRunes {
		return false
	}
	_, lead := findDate(firstRunes(t, datelineLeadRunes))
	return !lead // "(21. November 2022) Energieverbraucher …" opens with its dateline
}

// shownTitle returns the first text of the body that reads as the title
// whole, outside furniture: the headline of a page without headings
// (<td><b><font>headline</font></b></td>), or nil.
func (p *page) shownTitle() *html.Node {
	title := normSpace(p.art.Title)
	if len([]rune(title)) < 10 {
		return nil
	}
	var found *html.Node
	walk(p.doc, func(n *html.Node) bool {
		switch {
		case found != nil:
			return false
		case n.Type == html.ElementNode && (invisibleTags[n.DataAtom] || n.DataAtom == atom.Head || p.inFurnitureShallow(n)):
			return false
		case n.Type == html.TextNode && normSpace(n.Data) == title:
			found = n
		}
		return true
	})
	return found
}

// inFurnitureShallow is inFurniture for one element only, for walks that
// skip a furniture subtree as they enter it.
func (p *page) inFurnitureShallow(a *html.Node) bool {
	if k, _ := p.tokenKind(a); k == kindComments || k == kindRelated {
		return true
	}
	return p.isFurniture(a) && !p.holdsPage(a)
}

// nextInDoc returns the node after n in document order; skipChildren
// passes over n's subtree.
func nextInDoc(n *html.Node, skipChildren bool) *html.Node {
	if !skipChildren && n.FirstChild != nil {
		return n.FirstChild
	}
	for ; n != nil; n = n.Parent {
		if n.NextSibling != nil {
			return n.NextSibling
		}
	}
	return nil
}

// kickerDate reads a date line inside the headline element itself
// ("<h1>Title<br><small>02.02.2022</small></h1>"), from the parts that
// headlineText leaves out.
func (p *page) kickerDate(h *html.Node) (Date, bool) {
	var found Date
	walk(h, func(c *html.Node) bool {
		if !found.IsZero() {
			return false
		}
		if c != h && isKicker(c) {
			if d, ok := p.visibleDate(c); ok {
				found = d
			}
			return false
		}
		return true
	})
	return found, !found.IsZero()
}

// maxKeywordLines bounds the text lines keywordLineDate reads.
const maxKeywordLines = 400

// keywordLineDate is the last resort of the visible date: the first short
// text outside furniture where a publication word introduces a date
// ("Veröffentlicht am 16.08.2019", "Erschienen am: 01.11.2023").
func (p *page) keywordLineDate() (Date, bool) {
	return p.firstLineDate(
		func(n *html.Node) bool {
			return n.DataAtom != atom.Blockquote && !(p.isFurniture(n) && !p.holdsPage(n))
		},
		func(t string) bool { return len(t) <= maxBylineRunes && hasDigit(t) },
		func(t *html.Node) (Date, bool) { return findKeywordDate(t.Data) })
}

// firstLineDate walks the page's text in order, outside comment and
// related blocks, invisible elements and those enter refuses, and returns
// the first date read finds in a text that isLine accepts and that is not
// in the future. At most maxKeywordLines accepted lines are read.
func (p *page) firstLineDate(enter func(*html.Node) bool, isLine func(string) bool, read func(*html.Node) (Date, bool)) (Date, bool) {
	var found Date
	lines := 0
	walk(p.doc, func(n *html.Node) bool {
		if !found.IsZero() || lines >= maxKeywordLines {
			return false
		}
		switch n.Type {
		case html.ElementNode:
			if k, _ := p.tokenKind(n); k == kindComments || k == kindRelated {
				return false
			}
			return !invisibleTags[n.DataAtom] && enter(n)
		case html.TextNode:
			if !isLine(n.Data) {
				return false
			}
			lines++
			if d, ok := read(n); ok && p.notFuture(d) {
				found = d
			}
		}
		return true
	})
	return found, !found.IsZero()
}

// headlineNeighbours is how many elements after the headline, and before
// it, may hold the article's date line.
const (
	headlineNext = 3
	headlinePrev = 2
)

// siblingDate reads the date line next to a headline: in the elements
// just after it, else just before it (a kicker line "02.01.2022").
func (p *page) siblingDate(h *html.Node) (Date, bool) {
	budget := 0
	for s := h.NextSibling; s != nil && budget < headlineNext; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		budget++
		if d, ok := p.visibleDate(s); ok {
			return d, true
		}
		if budget == 1 && !p.inFurniture(s) {
			// a long element right after the headline: its first line
			// is the date line when the template nests the body there
			if line := firstLine(s); !inLongSentence(line) {
				if d, ok := findDate(line); ok && p.notFuture(d) {
					return d, true
				}
			}
		}
	}
	budget = 0
	for s := h.PrevSibling; s != nil && budget < headlinePrev; s = s.PrevSibling {
		if s.Type != html.ElementNode {
			continue
		}
		budget++
		if d, ok := p.visibleDate(s); ok {
			return d, true
		}
	}
	return Date{}, false
}

// maxFirstLine bounds the first line firstLine reads.
const maxFirstLine = 200

// firstLine returns the text of n up to the end of its first block of
// text, at most maxFirstLine bytes.
func firstLine(n *html.Node) string {
	var b strings.Builder
	done := false
	walk(n, func(c *html.Node) bool {
		if done {
			return false
		}
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
			done = b.Len() > maxFirstLine
		case html.ElementNode:
			if invisibleTags[c.DataAtom] || c.DataAtom == atom.Blockquote {
				return false // a quote's or an embedded post's date is the post's
			}
			if c != n && (isBlockTag(c.DataAtom) || c.DataAtom == atom.Br) && strings.TrimSpace(b.String()) != "" {
				done = true
				return false
			}
		}
		return true
	})
	return normSpace(b.String())
}

// visibleDate finds a date in n's text when n is short (a byline, not the
// body) and not furniture.
func (p *page) visibleDate(n *html.Node) (Date, bool) {
	return p.visibleDateIn(n, findDate)
}

// visibleDateIn is visibleDate with the given date finder.
func (p *page) visibleDateIn(n *html.Node, find func(string) (Date, bool)) (Date, bool) {
	if n == nil || n.Type != html.ElementNode || p.inFurniture(n) && !inDateAside(n) || inPageHeader(n) || inQuote(n) {
		return Date{}, false
	}
	text, short := p.ownText(n, maxBylineBytes)
	if !short {
		return Date{}, false
	}
	d, ok := find(text)
	if !ok || !p.notFuture(d) || p.holdsOtherHeadline(n) || p.inTeaserCard(n) {
		return Date{}, false // a teaser's date, or a row of teasers'
	}
	if onlyInSentences(n, d, find) {
		return Date{}, false // a paragraph of the story: its dates are its events'
	}
	return d, true
}

// onlyInSentences reports whether the day d is read under n only inside
// long texts past their opening (inLongSentence), the dates of events a
// story tells. A date split over elements ("<span>March</span> 1, 2004")
// is read in no single text and does not count as in a sentence.
func onlyInSentences(n *html.Node, d Date, find func(string) (Date, bool)) bool {
	inSentence, elsewhere := false, false
	walk(n, func(t *html.Node) bool {
		if t.Type != html.TextNode {
			return !elsewhere
		}
		if td, ok := find(t.Data); ok && sameDay(td, d) {
			if inLongSentence(t.Data) {
				inSentence = true
			} else {
				elsewhere = true
			}
		}
		return !elsewhere
	})
	return inSentence && !elsewhere
}

// inQuote reports whether n is or sits in a <blockquote>: a quote's or
// an embedded post's date is the post's, not the page's.
func inQuote(n *html.Node) bool {
	return n.DataAtom == atom.Blockquote || inElement(n, atom.Blockquote)
}

// inDateAside reports whether the nearest <aside> around n is classed as
// a date line ("<aside class=meta>" holding the date and source): that
// aside is the article's data box set beside the text, not a sidebar.
func inDateAside(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if isElem(a, atom.Aside) {
			return hasToken(splitTokens(strings.ToLower(attr(a, "class"))), dateTokens)
		}
	}
	return false
}

// inPageHeader reports whether n sits in a <header> outside any <article>
// that holds no h1: the site's header with logo and today's date, even
// where a wrapper div keeps it from being a child of body. An article's
// header holds its headline.
func inPageHeader(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if isElem(a, atom.Article) {
			return false
		}
		if isElem(a, atom.Header) && !inArticleElement(a) {
			return !hasDescendant(a, func(c *html.Node) bool { return isElem(c, atom.H1) })
		}
	}
	return false
}

// ownText is shortText without the comment and related blocks and the
// quotes inside n: a headline's parent may hold a comment thread, teasers
// or an embedded post, whose dates are not the article's.
func (p *page) ownText(n *html.Node, limit int) (string, bool) {
	return boundedText(n, limit, func(c *html.Node) bool {
		if c.DataAtom == atom.Blockquote {
			return true // a quote's or an embedded post's date is the post's
		}
		if isPictureCaption(c) {
			return true // "in this June 3, 2007, file photo": the picture's day
		}
		k, _ := p.tokenKind(c)
		return k == kindComments || k == kindRelated
	})
}

// isPictureCaption reports a picture's caption: isCaptionElem's, or an
// element a "caption" class word names ("imageCaption", "wp-caption-text").
func isPictureCaption(n *html.Node) bool {
	if isCaptionElem(n) {
		return true
	}
	class := attr(n, "class")
	return strings.Contains(strings.ToLower(class), "caption") && slices.Contains(splitTokens(class), "caption")
}

// unescapeEntities decodes character references that a CMS escaped twice
// ("&amp;#8217;" in the source arrives as "&#8217;" after parsing).
func unescapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return html.UnescapeString(s)
}

// inComments reports whether n sits in a reader comment section, whose
// author names are not the article's.
func (p *page) inComments(n *html.Node) bool {
	for a := n; a != nil && !isElem(a, atom.Body, atom.Html); a = a.Parent {
		if k, _ := p.tokenKind(a); k == kindComments {
			return true
		}
	}
	return followsCommentAnchor(n)
}

// labelFollowBytes bounds the text read after a date label.
const labelFollowBytes = 80

// labelledDate is the visible date's last resort: a publication word (or a
// whole label of dateLabels, "Mise en ligne") and the date it introduces
// anywhere outside navigation, comments and
// related blocks, also when the date is in the next element ("<dt>Datum
// </dt><dd>12.01.2017</dd>") and also in an aside or a footer, where
// templates put a post's data box or "Erschienen am" line.
func (p *page) labelledDate() (Date, bool) {
	return p.firstLineDate(
		// a quote's or an embedded post's date is the post's ("Posted by
		// City Council on Wednesday, November 25"), not the page's
		func(n *html.Node) bool { return n.DataAtom != atom.Nav && n.DataAtom != atom.Blockquote },
		func(t string) bool { return len(t) <= maxBylineRunes && strings.IndexFunc(t, unicode.IsLetter) >= 0 },
		func(t *html.Node) (Date, bool) {
			line := t.Data + " " + followingText(t, labelFollowBytes)
			if !hasDateDigit(line) {
				return Date{}, false // every date the readers below know has a digit
			}
			if d, ok := findKeywordDate(line); ok && p.notFuture(d) {
				return d, true
			}
			if dateLabels[strings.ToLower(normSpace(strings.Trim(t.Data, " \t\n:")))] {
				return findDate(followingText(t, labelFollowBytes))
			}
			return findPassiveDate(line)
		})
}

// followingText returns up to limit bytes of the visible text after n in
// document order.
func followingText(n *html.Node, limit int) string {
	var b strings.Builder
	for c := nextInDoc(n, true); c != nil && b.Len() < limit; {
		if c.Type == html.ElementNode && invisibleTags[c.DataAtom] {
			c = nextInDoc(c, true)
			continue
		}
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		c = nextInDoc(c, false)
	}
	s := b.String()
	if len(s) > limit {
		s = s[:limit]
	}
	return s
}

// wrappedHeadlineDate reads the date line beside the wrapper of the h1
// that gave the title, alone in it ("<div class=date>…</div><div
// class=title><h1>"), once no h1's own neighbours dated the page. Only
// that h1: a section's title bar, also an h1, may sit beside the day's
// date, and a portfolio's every entry is an h1 beside its year.
func (p *page) wrappedHeadlineDate() (Date, bool) {
	if p.art.Title == "" {
		return Date{}, false
	}
	for _, h := range p.meta.h1s {
		if headlineText(h) != p.art.Title {
			continue
		}
		if w := soleChildWrapper(h); w != h && !p.inFurniture(h) {
			if d, ok := p.siblingDate(w); ok {
				return d, true
			}
		}
	}
	return Date{}, false
}

// maxWrapperClimb bounds how many wrappers soleChildWrapper climbs.
const maxWrapperClimb = 2

// soleChildWrapper returns the outermost of up to maxWrapperClimb
// elements around n that hold nothing but it, or n.
func soleChildWrapper(n *html.Node) *html.Node {
	for range maxWrapperClimb {
		w := n.Parent
		if w == nil || w.Type != html.ElementNode || w.DataAtom == atom.Body || w.DataAtom == atom.Article || w.DataAtom == atom.Main || soleElementChild(w) != n {
			break
		}
		n = w
	}
	return n
}
