package newsextract

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The rules that act on the sections once the builder has read them
// (buildSections calls them in order): label lines and lines repeating
// the article's date, repeated pictures and runs, pseudo headings, a
// kicker opening the body, headings naming the author, empty closing
// headings. Each leaves a late verdict for Explain where it drops a block
// an element was read from.

// ruleAuthorHeading is dropAuthorHeadings' reason.
const ruleAuthorHeading = "heading that names the author"

// maxBioRunes bounds an author's bio: a short paragraph or two.
const maxBioRunes = 1200

// dropAuthorHeadings takes out the headings that name the article's
// author: a byline set in a heading tag above the story, or the title of
// the author's box below it. The blocks under a byline heading join the
// section before; under one of the last two headings, a short text after
// a longer one is the author's bio and goes with its title (a short story
// under its byline heading stays).
func (p *page) dropAuthorHeadings(s []Section) []Section {
	if len(p.art.Authors) == 0 {
		return s
	}
	out := s[:0:0]
	story := 0 // the runes before the heading: a bio follows a longer story
	for i, sec := range s {
		if sec.Heading == "" || !p.namesAuthor(sec.Heading) {
			out = append(out, sec)
			story += sectionRunes(sec)
			continue
		}
		p.dropLate(sectionKey(sec), ruleAuthorHeading)
		if n := sectionRunes(sec); i >= len(s)-2 && n <= maxBioRunes && n < story {
			for _, bl := range sec.Blocks {
				p.dropLate(blockKey(bl), "author's bio")
			}
			continue
		}
		if len(out) == 0 {
			out = append(out, Section{Blocks: sec.Blocks})
			continue
		}
		out[len(out)-1].Blocks = append(out[len(out)-1].Blocks, sec.Blocks...)
	}
	return out
}

// Limits of dropTrailingBios: how many of the body's last blocks it reads,
// and how long a bio line is.
const (
	maxTrailingBios = 3
	maxBioLineRunes = 300
)

// dropTrailingBios takes out the short paragraphs closing the article
// that introduce one of its authors by full name ("Andrew Kessler is a
// Times correspondent covering …"), or only name one (a sign-off): the
// bio and credit lines a paper sets under the story.
func (p *page) dropTrailingBios(s []Section) []Section {
	if len(p.art.Authors) == 0 || len(s) == 0 {
		return s
	}
	last := &s[len(s)-1]
	end := len(last.Blocks)
	for end > 1 && len(last.Blocks)-end < maxTrailingBios {
		switch bl := last.Blocks[end-1]; {
		case p.isBioLine(bl) || p.isSignOff(bl):
			end--
		case end > 2 && isProfileLinks(bl) && p.isBioLine(last.Blocks[end-2]):
			end -= 2 // the bio and its links: "Posts", "Email", "@DrewDeSilver"
		default:
			goto done
		}
	}
done:
	for _, bl := range last.Blocks[end:] {
		p.dropLate(blockKey(bl), "author's bio")
	}
	last.Blocks = last.Blocks[:end]
	return s
}

// maxProfileLinkWords bounds an item of a bio's list of links: "Posts",
// "Email", "@handle", "More from this author".
const maxProfileLinkWords = 4

// isProfileLinks reports a list of a few short links and nothing else,
// as a bio sets under the author's line.
func isProfileLinks(bl Block) bool {
	if bl.Type != List || len(bl.Items) == 0 || len(bl.Items) > maxTrailingBios {
		return false
	}
	for _, it := range bl.Items {
		if len(it.Links) != 1 || len(it.Items) > 0 || strings.TrimSpace(it.Links[0].Text) != strings.TrimSpace(it.Text) || countWords(it.Text) > maxProfileLinkWords {
			return false
		}
	}
	return true
}

// isSignOff reports a paragraph that is only an author's name, as papers
// sign a story off under its last paragraph ("Gia Minh", set bold and
// right-aligned; "– Sam O'Neill"), or only an e-mail address.
func (p *page) isSignOff(bl Block) bool {
	if bl.Type != Paragraph || len(bl.Links) > 0 && !allMailto(bl.Links) {
		return false
	}
	name := strings.TrimLeft(bl.Text, "-–—― ")
	if isBareEmail(name) {
		return true
	}
	name = signedName(name)
	isAuthor := func(n string) bool {
		return slices.ContainsFunc(p.art.Authors, func(a string) bool { return strings.EqualFold(a, n) })
	}
	if parts := dashedNames(name, nil); len(parts) > 1 {
		return !slices.ContainsFunc(parts, func(n string) bool { return !isAuthor(n) }) // "Minh Khôi - Lan Hương": the two writers
	}
	return isAuthor(name)
}

// signedName is the name in a Korean paper's sign-off: without the
// reporter's e-mail and title after it, and the dateline's place before
// "=" ("세종=이상훈 기자 sanghoon@donga.com", "김지원 기자 jwkim@…").
func signedName(t string) string {
	if fields := strings.Fields(t); len(fields) >= 2 && isBareEmail(strings.Trim(fields[len(fields)-1], "[]<>()")) {
		t = strings.Join(fields[:len(fields)-1], " ")
	}
	t = strings.TrimSuffix(t, " 기자")
	if len(t) > 3 && strings.EqualFold(t[:3], "by ") {
		t = t[3:] // "BY SHIN MIN-KYUNG [shin.minkyung@joongang.co.kr]"
	}
	if _, after, ok := strings.Cut(t, "="); ok {
		t = after
	}
	return strings.TrimSpace(t)
}

// isBareEmail reports a text that is one e-mail address: the reporter's,
// under the story ("gildong@yna.co.kr", Yonhap).
func isBareEmail(t string) bool {
	at := strings.IndexByte(t, '@')
	return at > 0 && !strings.ContainsAny(t, " \t") && strings.Contains(t[at:], ".") && utf8.RuneCountInString(t) <= maxHandleRunes*2
}

// bioOrnaments may open a bio line before the author's name: a bullet,
// a dash, a star.
const bioOrnaments = "•·*–—- \u00a0"

// isBioLine reports a short paragraph that opens with an author's full
// name and one of bioVerbs, or a list of such bios.
func (p *page) isBioLine(bl Block) bool {
	switch bl.Type {
	case Paragraph:
		return p.isBioText(bl.Text)
	case List:
		return p.isBioList(bl)
	}
	return false
}

// isBioList reports a list of the authors' bios, one an item, each with
// perhaps its profile's links under it (Pew's "<ol class=bios>").
func (p *page) isBioList(bl Block) bool {
	if len(bl.Items) == 0 || len(bl.Items) > maxTrailingBios {
		return false
	}
	for _, it := range bl.Items {
		if !p.isBioText(it.Text) || len(it.Items) > 0 && !isProfileLinks(Block{Type: List, Items: it.Items}) {
			return false
		}
	}
	return true
}

// isBioText reports a short text that opens with an author's full name
// and one of bioVerbs.
func (p *page) isBioText(text string) bool {
	if utf8.RuneCountInString(text) > maxBioLineRunes {
		return false
	}
	text = strings.TrimLeft(text, bioOrnaments) // "• Lama Al-Sharif is a Riyadh-based researcher …" (Arab News)
	for _, a := range p.art.Authors {
		rest, ok := strings.CutPrefix(text, a)
		if ok && strings.Contains(a, " ") && !p.isPublisherName(a) && slices.ContainsFunc(bioVerbs, func(v string) bool { return strings.HasPrefix(rest, v) }) {
			return true
		}
	}
	return false
}

// maxListingLinkWords bounds a link to a whole listing; a longer one is a
// sentence of the story's.
const maxListingLinkWords = 6

// dropListingHeadings takes out a heading whose section opens with a lone
// link to a whole listing ("See our popular Norway Photography Tours" over
// "See all tours"): the title and footer of a box of teaser cards, which
// went to Related. What follows was the article's; it joins the section
// before.
func (p *page) dropListingHeadings(s []Section) []Section {
	out := s[:0:0]
	for _, sec := range s {
		if sec.Heading == "" || len(sec.Blocks) == 0 || !isListingLink(sec.Blocks[0]) {
			out = append(out, sec)
			continue
		}
		p.dropLate(sectionKey(sec), "title of a box of teasers")
		p.dropLate(blockKey(sec.Blocks[0]), "link to the whole listing")
		rest := sec.Blocks[1:]
		if len(out) == 0 {
			out = append(out, Section{Blocks: rest})
			continue
		}
		out[len(out)-1].Blocks = append(out[len(out)-1].Blocks, rest...)
	}
	return out
}

// isListingLink reports a paragraph that is one short link to a whole
// listing: "See all tours", "View All Best Projector Categories", "Alle
// anzeigen".
func isListingLink(bl Block) bool {
	if !isLoneLink(bl) || countWords(bl.Text) > maxListingLinkWords {
		return false
	}
	t := strings.ToLower(bl.Text)
	return slices.ContainsFunc(listingLinkPrefixes, func(p string) bool { return t == p || strings.HasPrefix(t, p+" ") })
}

// isLoneLink reports a paragraph that is one link and nothing else.
func isLoneLink(bl Block) bool {
	return bl.Type == Paragraph && len(bl.Links) == 1 && strings.TrimSpace(bl.Links[0].Text) == bl.Text
}

// namesAuthor reports a heading that is one of the authors' names, with
// at most byline words, titles, credentials and a date beside it.
func (p *page) namesAuthor(heading string) bool {
	hw := nameWords(heading)
	for _, a := range p.art.Authors {
		if p.isPublisherName(a) {
			continue // a press release's "About Acme Corp" is the release's own closing text
		}
		aw := nameWords(a)
		i := indexWords(hw, aw)
		if len(aw) == 0 || i < 0 {
			continue
		}
		if !slices.ContainsFunc(hw[:i], notBylineWord) && !slices.ContainsFunc(hw[i+len(aw):], notBylineWord) {
			return true
		}
	}
	return false
}

// nameWords splits s into lower-case words at every rune that is not a
// letter or digit, so "Holliday-Bell, MD*" and its author name split alike.
func nameWords(s string) []string { return strings.FieldsFunc(strings.ToLower(s), notWord) }

// indexWords returns where the word run sub starts in words, or -1.
func indexWords(words, sub []string) int {
	for i := 0; i+len(sub) <= len(words); i++ {
		if slices.Equal(words[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// notBylineWord reports a word that has no place beside a name in a
// byline: not a byline prefix's, a title, a credential or a date's.
func notBylineWord(w string) bool {
	if authorBoxWords[w] || credentialWords[w] || strings.ContainsFunc(w, unicode.IsDigit) {
		return false
	}
	return !slices.ContainsFunc(bylinePrefixes, func(prefix string) bool {
		return slices.Contains(nameWords(prefix), w)
	})
}

// sectionRunes counts the text of a section's blocks.
func sectionRunes(s Section) int {
	n := 0
	for _, bl := range s.Blocks {
		n += utf8.RuneCountInString(blockText(bl))
	}
	return n
}

// dropRepeatedFigures keeps one of two figures of the same image in a row:
// responsive templates set the picture twice (one copy per screen size,
// the other hidden by a style sheet we do not read). The copy with a
// caption wins.
func (p *page) dropRepeatedFigures(sections []Section) []Section {
	v := verdict{kind: kindDrop, rule: "figure repeated for another screen size"}
	read := p.newBlockCounter()
	for i := range sections {
		kept := sections[i].Blocks[:0]
		lastNth := 0 // the last kept block's count in read
		for _, bl := range sections[i].Blocks {
			key, nth := read.next(bl)
			if n := len(kept); n > 0 && bl.Type == Figure && kept[n-1].Type == Figure && samePicture(kept[n-1], bl) {
				if kept[n-1].Text == "" {
					p.ruleLateNth(blockKey(kept[n-1]), lastNth, v)
					kept[n-1], lastNth = bl, nth
				} else {
					p.ruleLateNth(key, nth, v)
				}
				continue
			}
			kept, lastNth = append(kept, bl), nth
		}
		sections[i].Blocks = kept
	}
	return sections
}

// samePicture reports two figures of one picture: the same address, or
// another size or crop of the same file with the same alt text and
// caption ("…/2400x2400/…/DSC00889.jpg" after "…/2400x1600/…/DSC00889.jpg").
// Pictures that share a file name but not their alt text ("4800.jpg" on
// every picture of a news site) are different ones.
func samePicture(a, b Block) bool {
	if a.Src == b.Src {
		return true
	}
	return a.Alt != "" && a.Alt == b.Alt && a.Text == b.Text && imageName(a.Src) == imageName(b.Src)
}

// Bounds of dropRepeatedRuns: the shortest run of headings and blocks
// taken for a copy (one or two equal blocks in a row may be a pull quote
// set twice), the least text it carries, and the longest run looked for,
// which also bounds the work per block.
const (
	minRepeatUnits = 3
	minRepeatRunes = 80
	maxRepeatUnits = 64
)

// ruleRepeatedRun is dropRepeatedRuns' reason.
const ruleRepeatedRun = "copy of the blocks just before"

// unit is one heading or block of the body in reading order, as
// dropRepeatedRuns compares them.
type unit struct {
	heading *Section // a section's heading, or nil for a block
	block   *Block   // a block, or nil for a heading
	id      int      // equal units share an id
	runes   int
	pos     int // index in reading order
	streak  int // how many units up to this one, in the run being read, share its id
}

// dropRepeatedRuns keeps one of two copies of a run of headings and blocks
// that follow each other: responsive templates that set a story twice (a
// desktop and a phone copy, a slider's cloned slides, an FAQ printed once
// per tab) show the reader one copy, and the style sheet that hides the
// other is not ours to read. A page laid out before phones shows its
// reader every copy, a paste made twice included, so there all stay.
func (p *page) dropRepeatedRuns(sections []Section) []Section {
	if len(sections) == 0 || p.predatesMobile() {
		return sections
	}
	units := bodyUnits(sections)
	kept := make([]unit, 0, len(units))
	var dropped []int
	for _, u := range units {
		u.streak = 1
		if n := len(kept); n > 0 && kept[n-1].id == u.id {
			u.streak = kept[n-1].streak + 1
		}
		kept = append(kept, u)
		if k := repeatedTail(kept); k > 0 {
			for _, c := range kept[len(kept)-k:] {
				dropped = append(dropped, c.pos)
			}
			kept = kept[:len(kept)-k]
		}
	}
	if len(dropped) == 0 {
		return sections
	}
	p.noteDroppedUnits(units, dropped)
	return sectionsOf(sections[0], kept)
}

// unitKey tells units apart: a copy has its original's kind, level, text,
// picture and links.
type unitKey struct {
	typ              BlockType // "" for a heading
	level            int
	text, src, links string
}

// bodyUnits lists the sections' headings and blocks in reading order; the
// first section's heading is the page's lead and stays apart.
func bodyUnits(sections []Section) []unit {
	n := len(sections) - 1
	for _, s := range sections {
		n += len(s.Blocks)
	}
	ids := make(map[unitKey]int, n)
	units := make([]unit, 0, n)
	add := func(u unit, key unitKey) {
		id, ok := ids[key]
		if !ok {
			id = len(ids)
			ids[key] = id
		}
		u.id, u.pos = id, len(units)
		units = append(units, u)
	}
	for i := range sections {
		s := &sections[i]
		if i > 0 {
			add(unit{heading: s, runes: utf8.RuneCountInString(s.Heading)}, unitKey{level: s.Level, text: s.Heading})
		}
		for j := range s.Blocks {
			bl := &s.Blocks[j]
			text := blockText(*bl)
			add(unit{block: bl, runes: utf8.RuneCountInString(text)}, unitKey{typ: bl.Type, text: text, src: bl.Src, links: linkURLs(blockLinks(*bl))})
		}
	}
	return units
}

// linkURLs joins the links' targets: a copy links where its original
// does, while teasers of one wording may link to different stories.
func linkURLs(links []Link) string {
	var sb strings.Builder
	for _, l := range links {
		sb.WriteString("\x00")
		sb.WriteString(l.URL)
	}
	return sb.String()
}

// repeatedTail returns the length of the shortest run that ends units and
// repeats the run just before it, or 0. A run no longer than the streak of
// equal units at the end is one heading or block said again and again (a
// refrain, or filler) rather than a copy of a passage, and is not tried.
func repeatedTail(units []unit) int {
	n := len(units)
	for k := max(minRepeatUnits, units[n-1].streak+1); k <= maxRepeatUnits && 2*k <= n; k++ {
		run := units[n-k:]
		if sameUnits(units[n-2*k:n-k], run) && unitRunes(run) >= minRepeatRunes {
			return k
		}
	}
	return 0
}

func sameUnits(a, b []unit) bool {
	for i := range a {
		if a[i].id != b[i].id {
			return false
		}
	}
	return true
}

func unitRunes(units []unit) int {
	n := 0
	for _, u := range units {
		n += u.runes
	}
	return n
}

// explainKey is the key page.sources holds u's element under.
func (u unit) explainKey() string {
	if u.heading != nil {
		return sectionKey(*u.heading)
	}
	return blockKey(*u.block)
}

// noteDroppedUnits records, for Explain, the elements of the units at the
// positions dropped. Equal blocks share a key, so a unit names the element
// read after as many units of its key as came before it, where the key
// counts as many elements as units: otherwise the count could name
// another copy.
func (p *page) noteDroppedUnits(units []unit, dropped []int) {
	if p.sources == nil {
		return
	}
	keys := make([]string, len(units))
	occ := make([]int, len(units))
	count := map[string]int{}
	for i, u := range units {
		keys[i] = u.explainKey()
		occ[i] = count[keys[i]]
		count[keys[i]]++
	}
	for _, i := range dropped {
		if count[keys[i]] == len(p.sources[keys[i]]) {
			p.ruleLateNth(keys[i], occ[i], verdict{kind: kindDrop, rule: ruleRepeatedRun})
		}
	}
}

// sectionsOf rebuilds sections from units: each heading opens a section,
// each block joins the last one, and lead is the first.
func sectionsOf(lead Section, units []unit) []Section {
	lead.Blocks = nil
	out := []Section{lead}
	for _, u := range units {
		if u.heading != nil {
			out = append(out, Section{Heading: u.heading.Heading, Level: u.heading.Level})
			continue
		}
		last := &out[len(out)-1]
		last.Blocks = append(last.Blocks, *u.block)
	}
	return out
}

// dropLabelParagraphs removes paragraphs that are furniture by their text
// alone: a furniture label, a credit line or a comment prompt standing as a
// line of its own between <br>s, where no element carries it for the
// cleaning rules to judge (and in go-readability's body, which our
// verdicts do not reach).
func (p *page) dropLabelParagraphs(sections []Section) []Section {
	dateLines := p.articleDateLines(sections)
	for i := range sections {
		kept := sections[i].Blocks[:0]
		for j, bl := range sections[i].Blocks {
			switch {
			case bl.Type == List:
				key := blockKey(bl)
				if bl.Items = withoutLabelItems(bl.Items); len(bl.Items) > 0 {
					kept = append(kept, bl)
				} else {
					p.dropLate(key, "furniture label lines")
				}
			case bl.Type != Paragraph:
				kept = append(kept, bl)
			case isLabelLine(bl.Text, bl.Links):
				p.dropLate(blockKey(bl), "furniture label line")
			case dateLines[blockAt{i, j}]:
				p.dropLate(blockKey(bl), "line repeating the article's date")
			default:
				kept = append(kept, bl)
			}
		}
		sections[i].Blocks = kept
	}
	return sections
}

// withoutLabelItems drops the items of a list that are the site's small
// print (labelLinePatterns) without items of their own: a description
// list's "Video verfügbar bis 28.02.2021" under a clip (ZDF), which reads
// as an item.
func withoutLabelItems(items []ListItem) []ListItem {
	kept := items[:0]
	for _, it := range items {
		if len(it.Items) == 0 && len([]rune(it.Text)) <= maxPaywallRunes && matchesAny(strings.ToLower(strings.TrimSpace(it.Text)), labelLinePatterns) {
			continue // a list's words ("See also", "Watch") are its entries: only small print's patterns go
		}
		kept = append(kept, it)
	}
	return kept
}

// isLabelLine reports a short line that is a furniture label, a credit
// line or a prompt to the comments; a prompt longer than a label needs
// its link to the forum, or it is the story's own sentence, and a line
// whose links only write to the newsroom ("Have your say: write to
// letters@…") invites letters, which belong to the story.
func isLabelLine(text string, links []Link) bool {
	if len([]rune(text)) > maxPaywallRunes {
		return false
	}
	if playerClock.MatchString(text) {
		return true
	}
	t := strings.TrimLeftFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	if _, ok := furniturePhrases[headingKey(t)]; ok {
		return true
	}
	if len([]rune(t)) <= maxCreditRunes && isCreditLine(t) {
		return true
	}
	if slices.Contains(bylinePrefixes, strings.TrimRight(t, ": ")) || slices.Contains(bylinePrefixes, t) {
		return true // a byline whose name, a button or a picture, is gone
	}
	if isPromoLabel(t) {
		return true // "Read more:" whose story, in a box of its own, went to Related or out
	}
	if isDateLabel(t) {
		return true // "Updated" whose date, a box of its own, went out as the date line
	}
	if hanSmallPrint(t) || koreanVideoCredits(t) || hasPrefixIn(t, labelLinePrefixes) || shortNoteLine(text) {
		return true
	}
	if isRatingSummary(t) || isTagParagraph(t, links) || matchesAny(t, labelLinePatterns) || isCreditRoleLabel(t) {
		return true
	}
	if len(links) > 0 && allMailto(links) || len(links) == 0 && len([]rune(t)) > maxPromptRunes {
		return false
	}
	return hasPrefixIn(t, commentPrompts)
}

// maxDateLabelBytes bounds a date label: "zuletzt aktualisiert:", Thai
// "อัปเดตล่าสุด" (36 bytes).
const maxDateLabelBytes = 48

// isDateLabel reports a date keyword left without its date: "Updated",
// "Last updated:", "Veröffentlicht".
func isDateLabel(t string) bool {
	if len(t) > maxDateLabelBytes {
		return false // most lines: not split into words
	}
	words := strings.Fields(strings.TrimRight(t, ": "))
	if len(words) == 2 && (words[0] == "last" || words[0] == "zuletzt") {
		words = words[1:]
	}
	if len(words) == 2 && datePrepositions[words[1]] {
		words = words[:1] // "Posted on", "Updated at"
	}
	return len(words) == 1 && keywordIndex[fold(words[0])] != 0
}

// isCreditRoleLabel reports a credit's role left without its name: "Edited
// by:", "Medically reviewed by" (the name was a tooltip button or a
// picture, gone), "Edited By," (the comma led to a second name).
func isCreditRoleLabel(t string) bool {
	role, ok := strings.CutSuffix(strings.TrimRight(t, ":, "), " by")
	if !ok || countWords(role) > maxCreditRoleWords {
		return false
	}
	words := strings.Fields(role)
	return len(words) > 0 && creditRoleVerbs[words[len(words)-1]]
}

// maxCreditRoleWords bounds the words of a credit's role before "by":
// "fact checked", "medically reviewed".
const maxCreditRoleWords = 2

// isTagParagraph reports a tag label and its links making a line ("Themen:
// Astronomie Astrophysik …"), read from loose text where no element of
// its own held the line for the tag-line rule (byTagLine).
func isTagParagraph(t string, links []Link) bool {
	label, rest, ok := strings.Cut(strings.Replace(t, "：", ":", 1), ":")
	if !ok || len(links) == 0 || !tagLabels[strings.TrimSpace(label)] {
		return false
	}
	linked := 0
	for _, l := range links {
		linked += runesWhere(l.Text, isWordRune)
	}
	return 10*linked >= 9*runesWhere(rest, isWordRune)
}

// maxNoteLineBytes bounds the lines shortNoteLine reads: a credit, a
// bracketed promo, a copyright or an asset's address.
const maxNoteLineBytes = 240

// shortNoteLine reports a short line, read whole with its opening marks
// (isLabelLine trims them), that is a bracketed photo credit, a TV
// station's bracketed promo, a copyright line or a press wire's asset
// line.
func shortNoteLine(text string) bool {
	if len(text) > maxNoteLineBytes {
		return false
	}
	whole := strings.ToLower(strings.TrimSpace(text))
	return photoCreditLine.MatchString(whole) || bracketedPromo.MatchString(whole) || copyrightLine.MatchString(whole) || wireAssetLine.MatchString(whole)
}

// hanSmallPrint reports a Chinese paper's line about the story rather
// than of it: the title it first ran under ("原标题：…", which portals
// carrying it set above the text), the print page it ran on ("人民日报 》（
// 2024年11月28日 02 版）", the opening 《 trimmed by isLabelLine), or the
// credits of its editors and proofreaders ("编辑 刘梦婕 校对 张彦君").
func hanSmallPrint(t string) bool {
	return strings.HasPrefix(t, "原标题：") || strings.HasPrefix(t, "原标题:") || hanPrintPage.MatchString(t) || hanEditorsLine(t)
}

// maxVideoCreditRunes bounds a Korean broadcaster's credit line.
const maxVideoCreditRunes = 120

// koreanVideoCredits reports the camera and editing credits a Korean
// broadcaster sets as the last line of a story's script ("촬영기자:김태형/
// 영상편집:이진이/그래픽:박미주", KBS; "(영상취재 : …, 영상편집 : …)", SBS).
func koreanVideoCredits(t string) bool {
	return strings.Contains(t, "영상편집") && utf8.RuneCountInString(t) <= maxVideoCreditRunes
}

// hanEditorsLine reports a line of Chinese editing credits only: each
// role (hanEditorLabels, colon or not) followed by names of two to four
// Han characters.
func hanEditorsLine(t string) bool {
	t = strings.Trim(t, hanCreditBrackets) // "【责任编辑:刘笑冬】" (Xinhua), "(责编：杨虞波罗、胡永秋)" (People's Daily)
	if r, _ := utf8.DecodeRuneInString(t); !unicode.Is(unicode.Han, r) {
		return false
	}
	fields := strings.Fields(colonsAsSpaces.Replace(t))
	if len(fields) < 2 || !isHanEditorRole(fields[0]) {
		return false
	}
	for _, f := range fields[1:] {
		if !isHanEditorRole(f) && !hanName(f) {
			return false
		}
	}
	return true
}

// hanCreditBrackets enclose a credit line, white space beside them.
const hanCreditBrackets = "()（）【】[] "

// colonsAsSpaces sets a label's colons apart from the name after it, and
// names listed with the enumeration comma apart from each other.
var colonsAsSpaces = strings.NewReplacer("：", " ", ":", " ", "、", " ")

// isHanEditorRole reports a word that is one of hanEditorLabels' roles.
func isHanEditorRole(w string) bool {
	for _, l := range hanEditorLabels {
		if w == strings.TrimRight(l, "：:") {
			return true
		}
	}
	return false
}

// repeatsArticleDate returns the date of a short line without links that
// is only a date (dateOnlyLine), the day the article was published or
// updated: the dateline under the headline, which Article.Published
// carries. A dated entry of a list or a timeline has a day of its own and
// stays.
func (p *page) repeatsArticleDate(bl Block) (Date, bool) {
	if bl.Type != Paragraph || len(bl.Links) > 0 && !isLoneLink(bl) || endsWithStop(bl.Text) || strings.IndexFunc(bl.Text, unicode.IsDigit) < 0 {
		return Date{}, false // a date linked alone is the date line all the same, pointing to its day's archive ("<a href=/2022/10/>6. Oktober 2022</a>")
	}
	if words := countWords(bl.Text); words <= maxArticleDateWords {
		d, ok := p.repeatsArticleDateIn(bl.Text)
		if ok || words <= maxOnePartDateWords && !hasDatePartSeparator(bl.Text) {
			return d, ok // a line this short is one date or none: not tokenized again
		}
	}
	parts := splitDateParts(bl.Text)
	if len(parts) == 1 {
		return p.repeatsArticleDatePart(parts[0])
	}
	if len(parts) == 0 || len(parts) > maxArticleDateLines {
		return Date{}, false
	}
	var first Date
	for i, part := range parts {
		d, ok := p.repeatsArticleDatePart(part)
		if !ok {
			return Date{}, false
		}
		if i == 0 {
			first = d
		}
	}
	return first, true
}

// repeatsArticleDatePart is repeatsArticleDate for one part of a line;
// a part that is not one date may be two joined by a spaced hyphen
// ("26 novembre 2026 - Ultimo aggiornamento: 27 novembre 2026, 08:10"),
// which is no separator at first: it joins a date to its time.
func (p *page) repeatsArticleDatePart(part string) (Date, bool) {
	if d, ok := p.repeatsArticleShortText(part); ok {
		return d, true
	}
	halves := strings.Split(part, " - ")
	if len(halves) != 2 {
		halves = secondKeywordHalves(part)
	}
	if len(halves) != 2 {
		return Date{}, false
	}
	d, ok := p.repeatsArticleShortText(halves[0])
	if _, ok2 := p.repeatsArticleShortText(halves[1]); !ok || !ok2 {
		return Date{}, false
	}
	return d, true
}

// endsWithStop reports a text ending with a full stop, which no date line
// does, but for Thai's "น." (นาฬิกา, o'clock) after a time: "28 พ.ย.
// 2569 09:45 น.".
func endsWithStop(text string) bool {
	return strings.HasSuffix(text, ".") && !strings.HasSuffix(text, " น.")
}

// secondKeywordHalves cuts a line that opens with a date keyword before
// the next keyword that follows a figure: the published and updated
// dates set side by side without a separator ("Oluşturulma Tarihi: Kasım
// 26, 2026 09:30 Güncelleme Tarihi: Kasım 26, 2026 13:05"). Nil when
// the line is not so.
func secondKeywordHalves(s string) []string {
	m := matcher{toks: tokenize(s)}
	_, n := m.keywordAt(0)
	if n == 0 {
		return nil
	}
	figure := false
	for k := n; k < len(m.toks); k++ {
		if m.toks[k].kind == tokNum {
			figure = true
		} else if kind, _ := m.keywordAt(k); kind != 0 && figure {
			return []string{s[:m.toks[k].start], s[m.toks[k].start:]}
		}
	}
	return nil
}

// repeatsArticleShortText is repeatsArticleDateIn for a text of at most
// maxArticleDateWords words.
func (p *page) repeatsArticleShortText(text string) (Date, bool) {
	if countWords(text) > maxArticleDateWords {
		return Date{}, false
	}
	return p.repeatsArticleDateIn(text)
}

// repeatsArticleDateIn is repeatsArticleDate for one short text.
func (p *page) repeatsArticleDateIn(text string) (Date, bool) {
	if d, ok := p.repeatsArticleClock(text); ok {
		return d, true
	}
	d, ok := dateOnlyLine(text)
	if !ok || d.Precision < PrecisionDay {
		return Date{}, false
	}
	return d, withinADay(d, p.art.Published) || withinADay(d, p.art.Modified)
}

// dateLinePartSeparators set a line's dates apart ("Published 29 November
// 2025 · Updated 30 November 2025"); a hyphen is not one, it joins the
// parts of a numeric date.
var dateLinePartSeparators = []string{" · ", " | ", " • ", " / ", " – ", " — ", "\n"}

// hasDatePartSeparator reports a text holding one of the
// dateLinePartSeparators.
func hasDatePartSeparator(text string) bool {
	for _, sep := range dateLinePartSeparators {
		if strings.Contains(text, sep) {
			return true
		}
	}
	return false
}

// splitDateParts cuts text at dateLinePartSeparators.
func splitDateParts(text string) []string {
	parts := []string{text}
	for _, sep := range dateLinePartSeparators {
		var next []string
		for _, pt := range parts {
			next = append(next, strings.Split(pt, sep)...)
		}
		parts = next
	}
	out := parts[:0] // filtered in place: a part is read before its slot is written
	for k := 0; k < len(parts); k++ {
		pt := parts[k]
		if i := updateAt(pt); i > 0 {
			parts = append(parts[:k+1:k+1], parts[k+1:]...) // the rest copied: this part becomes two
			out = appendPart(out, pt[:i])
			pt = pt[i+2:] // the comma and its space left out
		}
		out = appendPart(out, pt)
	}
	return out
}

// appendPart appends a part, trimmed, unless nothing is left.
func appendPart(parts []string, pt string) []string {
	if pt = strings.TrimSpace(pt); pt != "" {
		parts = append(parts, pt)
	}
	return parts
}

// updateJoiners join an update to the publication date in one sentence-
// like line ("Posted Tue 6 Oct 2026 at 6:22am, updated …"), lower-cased.
var updateJoiners = []string{", updated ", ", last updated ", ", aktualisiert ", ", mis à jour ", ", actualizado ", ", atualizado ", ", aggiornato "}

// updateAt returns where in a part an updateJoiner brings in the update,
// or -1.
func updateAt(pt string) int {
	if !strings.Contains(pt, ", ") {
		return -1
	}
	lp := asciiLower(pt)
	for _, j := range updateJoiners {
		if i := strings.Index(lp, j); i > 0 {
			return i
		}
	}
	return -1
}

// repeatsArticleClock returns the article's date when text is only a time
// of day (clockLine), the minute the article was published or updated:
// the dateline's time left on its own line ("6:01 PM ET") once its day
// was set apart. A live blog's entry times are other minutes and stay.
func (p *page) repeatsArticleClock(text string) (Date, bool) {
	m := clockLine.FindStringSubmatch(strings.ToLower(withoutClockLabel(text)))
	if m == nil {
		return Date{}, false
	}
	hour, _ := strconv.Atoi(m[1])
	minute, _ := strconv.Atoi(m[2])
	switch {
	case hour > 23 || minute > 59 || m[3] != "" && (hour == 0 || hour > 12):
		return Date{}, false
	case m[3] != "" && m[3][0] == 'p' && hour < 12:
		hour += 12
	case m[3] != "" && m[3][0] == 'a' && hour == 12:
		hour = 0
	}
	for _, d := range []Date{p.art.Published, p.art.Modified} {
		if d.Precision == PrecisionTime && d.Time.Hour() == hour && d.Time.Minute() == minute {
			return d, true
		}
	}
	return Date{}, false
}

// withoutClockLabel drops a date keyword and its connector before a time
// of day: "modifié à 15h10", the second half of "Publié le 28 novembre
// 2026 à 14h35, modifié à 15h10", is the update's time.
func withoutClockLabel(text string) string {
	m := matcher{toks: tokenize(text)}
	_, n := m.keywordAt(0)
	if n == 0 || n >= len(m.toks) {
		return text
	}
	if t := m.toks[n]; t.kind == tokWord && clockConnectors[t.word] {
		n++
	}
	if n >= len(m.toks) {
		return text
	}
	return text[m.toks[n].start:]
}

// blockAt is a block's place: its section's index and its own.
type blockAt struct{ section, block int }

// articleDateLines returns the places of the lines repeatsArticleDate
// finds when they are the article's own: at most maxArticleDateLines of
// them, all of one day; nil otherwise. Lines of two days are two entries
// of a blog page, each dated, and beside two other lines stamped the same
// way (two other times of day) a line with the article's time is a live
// blog's newest entry.
func (p *page) articleDateLines(sections []Section) map[blockAt]bool {
	if p.art.Published.IsZero() && p.art.Modified.IsZero() {
		return nil
	}
	var lines map[blockAt]bool
	first := Date{}
	var entries, repeats [stampKinds]int
	for i, s := range sections {
		for j, bl := range s.Blocks {
			d, ok := p.repeatsArticleDate(bl)
			if !ok {
				entries[stampKindOf(bl)]++
				continue
			}
			repeats[stampKindOf(bl)]++
			if lines == nil {
				lines, first = make(map[blockAt]bool), d
			} else if len(lines) == maxArticleDateLines || !sameDay(d, first) {
				return nil
			}
			lines[blockAt{i, j}] = true
		}
	}
	for k := clockStamp; k < stampKinds; k++ {
		if repeats[k] > 0 && entries[k] >= minEntryStamps {
			return nil // a live blog's entries: the newest one's time is the page's update
		}
	}
	return lines
}

// minEntryStamps is how many lines of only a time, or only a date, other
// than the article's, make the page a run of entries stamped so.
const minEntryStamps = 2

// The kinds of a line that stamps an entry.
const (
	noStamp    = iota
	clockStamp // only a time of day: "02:10"
	dateStamp  // a date, with or without its time: "24th November 2006"
	stampKinds
)

// stampKindOf tells whether a paragraph is only a time of day or only a
// date.
func stampKindOf(bl Block) int {
	if bl.Type != Paragraph || len(bl.Links) > 0 || countWords(bl.Text) > maxArticleDateWords {
		return noStamp
	}
	if clockLine.MatchString(strings.ToLower(bl.Text)) {
		return clockStamp
	}
	if _, ok := dateOnlyLine(bl.Text); ok {
		return dateStamp
	}
	return noStamp
}

// maxArticleDateLines: an article prints its date once or twice (as
// published and as updated); more lines of that day list that day's posts.
const maxArticleDateLines = 2

// maxArticleDateWords bounds a date line: "Last modified on Tue 3 Feb
// 2026 09.41 GMT", "Pubblicato il 29 novembre 2025 alle 18:40".
const maxArticleDateWords = 10

// maxOnePartDateWords bounds a line read only as one date: a longer one
// may be two, side by side ("Oluşturulma Tarihi: … Güncelleme Tarihi: …").
const maxOnePartDateWords = 8

// withinADay reports whether the calendar days of d and known are at most
// one apart: a metadata time in UTC may fall on the day after the one the
// page prints.
func withinADay(d, known Date) bool {
	if known.IsZero() {
		return false
	}
	return absDuration(dayStart(d).Sub(dayStart(known))) <= 24*time.Hour
}

// dayStart returns the midnight that opens d's calendar day as written.
func dayStart(d Date) time.Time {
	y, m, day := d.Time.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
}

// allMailto reports whether every link writes an e-mail.
func allMailto(links []Link) bool {
	for _, l := range links {
		if !strings.HasPrefix(l.URL, "mailto:") {
			return false
		}
	}
	return true
}

// maxPromptRunes: a comment prompt without a link is at most this long.
const maxPromptRunes = 60

// promotePseudoHeadings turns a short, unpunctuated line standing alone
// between paragraphs into a section heading: pages from before CSS, and
// editors that only know bold, mark their subheads that way ("Peace
// Process" between two paragraphs of prose). Elsewhere (a modern page,
// or one saved without its head) a plain line is a subhead only when
// numbered ("2. Student debt …"): there short lines between paragraphs
// are credits, labels and datelines.
// A line set wholly in bold is a subhead before any block, not only
// before prose (isBoldHeading). Only a page without real headings gets
// them, unless the page predates mobile layouts: where a modern author
// used <h2>, a bold line is emphasis, but a page from the years of
// <font> and <b> mixes an <h1> or two with bold subheads (CleanEval's
// annotators marked 161 such lines as headings against 136 not). There
// a plain line is a subhead too while the only real heading stands
// above all the text, as the page's headline.
func promotePseudoHeadings(sections []Section, title string, legacy bool) []Section {
	glyphsOnly := !legacy && hasHeadings(sections) // the page's own headings: no bold or plain line is one, a glyph's still is
	headed := hasSubheads(sections)
	repeated := repeatedLines(sections)
	var out []Section
	for _, s := range sections {
		cur := Section{Heading: s.Heading, Level: s.Level}
		for i, bl := range s.Blocks {
			// the headline set in bold stays where it was: a
			// paragraph, as the corpora's gold bodies keep it; a line
			// repeated down the page ("Posted" on each forum post) is
			// a label
			if i+1 < len(s.Blocks) && !sameTitle(bl.Text, title) && !repeated[bl.Text] &&
				(!glyphsOnly && (!headed && i > 0 && (legacy || numberedLine(bl.Text)) && isPseudoHeading(bl, s.Blocks[i+1]) || isBoldHeading(bl, s.Blocks[i+1], legacy)) || isGlyphHeading(bl)) {
				out = append(out, cur)
				cur = Section{Heading: withoutColon(withoutGlyph(bl.Text)), Level: subLevel(s.Level)}
				continue
			}
			if head, rest, ok := runInHeading(bl, legacy); ok && !glyphsOnly && !repeated[head] {
				if sameTitle(head, title) {
					// the headline stays a paragraph, as above, on a line
					// of its own
					cur.Blocks = append(cur.Blocks, Block{Type: Paragraph, Text: head}, rest)
					continue
				}
				out = append(out, cur)
				cur = Section{Heading: withoutColon(head), Level: subLevel(s.Level), Blocks: []Block{rest}}
				continue
			}
			cur.Blocks = append(cur.Blocks, bl)
		}
		out = append(out, cur)
	}
	return out
}

// maxGlyphHeadingRunes bounds a subhead opened by a glyph.
const maxGlyphHeadingRunes = 80

// isGlyphHeading reports a short line opened by a subhead glyph and a
// space: Korean and Japanese agencies mark their subheads so in plain
// paragraphs ("◇ 보조금 상한 낮추고 성능별 차등 확대", Yonhap).
func isGlyphHeading(bl Block) bool {
	if bl.Type != Paragraph || len(bl.Links) > 0 || utf8.RuneCountInString(bl.Text) > maxGlyphHeadingRunes || endsWithStop(bl.Text) {
		return false
	}
	_, ok := glyphLead(bl.Text)
	return ok
}

// glyphLead returns the length of the subhead glyph opening t when a
// space follows it.
func glyphLead(t string) (int, bool) {
	r, n := utf8.DecodeRuneInString(t)
	return n, subheadGlyphs[r] && strings.HasPrefix(t[n:], " ")
}

// withoutGlyph drops the subhead glyph and its space opening a line
// (isGlyphHeading): the mark sets the line apart, the words title it.
func withoutGlyph(t string) string {
	if n, ok := glyphLead(t); ok {
		return strings.TrimSpace(t[n:])
	}
	return t
}

// numberedLine reports a line opening with a number and a dot or
// parenthesis ("2. Student debt …", "10) A question …"): a listicle's
// subhead, wherever it stands.
func numberedLine(t string) bool {
	i := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' })
	return i > 0 && i <= 3 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// withoutColon drops the colon of a label read as a heading ("Procedure:",
// "Note :"): the heading's place already says that text follows.
func withoutColon(t string) string {
	return strings.TrimSpace(strings.TrimSuffix(t, ":"))
}

// minRunInRunes is the shortest text a run-in title heads: a name over
// a one-line rank or affiliation ("99jolegg<br>Chief Captain") is a
// roster entry, not a section.
const minRunInRunes = 40

// runInHeading splits an old page's paragraph that opens with a bold
// line ended by <br> ("<b>American Menopause Foundation</b><br>
// 212-714-2398<br>Provides support…") into that line, a subhead, and the
// rest. Modern pages use the pattern for lead-ins, so only old pages
// are split.
func runInHeading(bl Block, legacy bool) (string, Block, bool) {
	if !legacy || bl.lead == 0 {
		return "", bl, false
	}
	head := Block{Type: Paragraph, Text: bl.Text[:bl.lead], bold: true}
	rest := bl
	rest.Text, rest.lead = strings.TrimSpace(bl.Text[bl.lead:]), 0
	if utf8.RuneCountInString(rest.Text) < minRunInRunes || !isBoldHeading(head, rest, legacy) {
		return "", bl, false
	}
	return head.Text, rest, true
}

// hasHeadings reports sections headed by the page's own heading elements.
func hasHeadings(sections []Section) bool {
	for _, s := range sections {
		if s.Heading != "" {
			return true
		}
	}
	return false
}

// hasSubheads reports a heading of the page's own below some text: a
// heading above all of it is the page's headline, not a subhead.
func hasSubheads(sections []Section) bool {
	text := false
	for _, s := range sections {
		if s.Heading != "" && text {
			return true
		}
		text = text || len(s.Blocks) > 0
	}
	return false
}

// minLabelRepeats is how often a line must recur to be a label.
const minLabelRepeats = 3

// repeatedLines returns the paragraph texts that recur minLabelRepeats
// times or more.
func repeatedLines(sections []Section) map[string]bool {
	counts := make(map[string]int)
	for _, s := range sections {
		for _, bl := range s.Blocks {
			if bl.Type == Paragraph {
				counts[bl.Text]++
			}
		}
	}
	repeated := make(map[string]bool)
	for t, n := range counts {
		if n >= minLabelRepeats {
			repeated[t] = true
		}
	}
	return repeated
}

// subLevel is the level of a subhead found inside a section of level l.
func subLevel(l int) int {
	return min(max(l+1, 2), 6)
}

// Limits of a bold line read as a heading.
const (
	maxBoldHeadingRunes = 100
	maxBoldHeadingWords = 12
)

// isBoldHeading reports a paragraph set wholly in bold (or a large font)
// that reads as a title: one line, no link, starting with a capital or a
// digit, not ending a sentence, and not followed by another bold line (a
// letterhead is not a run of empty sections). A bold question or label
// ("Procedure:") heads a section of an old page (CleanEval's gold marks
// 75 of 80 such questions and 63 of 109 such labels as headings); in a
// modern page it is a lead-in the gold bodies keep as a paragraph.
func isBoldHeading(bl, next Block, legacy bool) bool {
	if bl.Type != Paragraph || !bl.bold || next.bold || next.lead > 0 || len(bl.Links) > 0 || strings.ContainsRune(bl.Text, '\n') {
		return false
	}
	t := bl.Text
	if n := utf8.RuneCountInString(t); n < 3 || n > maxBoldHeadingRunes || len(strings.Fields(t)) > maxBoldHeadingWords {
		return false
	}
	if uncasedTitle(t) {
		return next.Type == Paragraph && utf8.RuneCountInString(next.Text) >= minUncasedProseRunes
	}
	if body := strings.TrimLeft(t, openingQuotes); len(body) < len(t) {
		t = strings.TrimRight(body, closingQuotes) // "‘4S’ campaign": a quoted name opens the subhead
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	titled := unicode.IsUpper(first) || unicode.IsDigit(first)
	if last == '?' && shouted(t) {
		return true // "BİLET FİYATLARI NE KADAR OLACAK?": a subhead in capitals asks its section's question
	}
	if last == '?' || last == ':' {
		return titled && legacy
	}
	return titled && !strings.ContainsRune(".,;:!…\"'»“”", last)
}

// shouted reports a line of two words or more whose letters are all
// capitals.
func shouted(t string) bool {
	return len(strings.Fields(t)) >= 2 && strings.ContainsFunc(t, unicode.IsUpper) && !strings.ContainsFunc(t, unicode.IsLower)
}

// uncasedTitle reports a line in a script without capitals (Chinese,
// Japanese, Korean, Arabic, Hindi…) that does not end a sentence: there
// no capital marks a title, and Chinese papers set their subheads as bold
// paragraphs, often a quotation ("“啃下最难的一块骨头”", The Paper). A
// colon or bar inside makes it a label ("作者︱春春", "حوار: …"), and
// only prose follows a subhead (isBoldHeading): a bold line over a
// player or a link is a widget's title ("精彩视频推荐").
func uncasedTitle(t string) bool {
	body := strings.TrimLeft(t, openingQuotes)
	first, _ := utf8.DecodeRuneInString(body)
	if !unicode.IsLetter(first) || unicode.IsUpper(first) || unicode.IsLower(first) || labelled(t) {
		return false
	}
	if len(body) < len(t) {
		t = strings.TrimRight(t, closingQuotes)
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(sentenceStops, last)
}

// labelled reports a line that labels what follows ("作者︱春春", "حوار:
// …", "来源：新华社"): a bar anywhere, or a colon, except in Chinese a
// colon with more than a name's length after it: there it opens a
// subhead's clause ("专家：应在显著位置明码标价", experts: prices must be
// shown).
func labelled(t string) bool {
	if strings.ContainsAny(t, labelBars) {
		return true
	}
	i := strings.IndexAny(t, labelColons)
	if i < 0 {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(t); !unicode.Is(unicode.Han, first) {
		return true
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	rest := t[i+size:]
	return utf8.RuneCountInString(strings.TrimSpace(rest)) <= maxLabelledRunes || strings.ContainsAny(rest, labelColons)
}

// maxLabelledRunes is the longest text after a label's colon: a name, a
// source, a place.
const maxLabelledRunes = 8

// Quotation marks around a line, and the marks that end a sentence or
// a clause, in the scripts uncasedTitle reads.
const (
	openingQuotes = "“「『‘\"«"
	closingQuotes = "”」』’\"»"
	sentenceStops = ".,;:!?…。，、；：！？"
	labelBars     = "|︱丨｜"
	labelColons   = ":："
)

// minUncasedProseRunes is the shortest paragraph that a bold line in a
// script without capitals heads as a subhead.
const minUncasedProseRunes = 40

// isPseudoHeading reports a one-line paragraph that reads as a title, not
// a sentence, and is followed by a paragraph of prose.
func isPseudoHeading(bl, next Block) bool {
	if bl.Type != Paragraph || len(bl.Links) > 0 || next.Type != Paragraph || len([]rune(next.Text)) < 120 {
		return false
	}
	t := bl.Text
	n := len([]rune(t))
	if n < 3 || n > 60 || len(strings.Fields(t)) > 8 || strings.ContainsRune(t, '\n') {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !(unicode.IsUpper(first) || unicode.IsDigit(first)) || strings.ContainsRune(".,;:!?…\"'»“”", last) {
		return false
	}
	_, dated := dateOnlyLine(t) // "Jan 18, 2008 04:30 AM" over the story dates it, heads nothing
	return !dated
}

// dropEmptyTail removes the headings that end the article with nothing
// under them: an article does not close on a subhead, so such a heading
// titled a widget whose content the cleaning took out ("What to read
// next", "Subscribe to our newsletter", "Follow"). A heading that reads
// as prose (a sentence, or longer than a title) stops the walk: pages
// set pull quotes and even whole paragraphs in heading tags. A body that
// is only headings keeps them, as they are all the page has.
func (p *page) dropEmptyTail(s []Section) []Section {
	p.dropDanglingLabels(s)
	end := len(s)
	for end > 0 && len(s[end-1].Blocks) == 0 && isTitleLike(s[end-1].Heading) {
		end--
	}
	for _, kept := range s[:end] {
		if len(kept.Blocks) > 0 {
			for _, gone := range s[end:] {
				p.dropLate(sectionKey(gone), "empty heading ending the article")
			}
			return s[:end]
		}
	}
	return s
}

// dropDanglingLabels removes the label lines that end the body and
// introduce nothing ("See more in:", "Related:", a widget's title such as
// "Kommentierte Artikel"): the links or widget they opened were cleaned
// away, and a story does not end on a colon.
func (p *page) dropDanglingLabels(s []Section) {
	for i := len(s) - 1; i >= 0; i-- {
		blocks := s[i].Blocks
		for len(blocks) > 0 && isDanglingLabel(blocks[len(blocks)-1]) {
			p.dropLate(blockKey(blocks[len(blocks)-1]), "label ending the article")
			blocks = blocks[:len(blocks)-1]
		}
		s[i].Blocks = blocks
		if len(blocks) > 0 || !isTitleLike(s[i].Heading) {
			return
		}
	}
}

// maxDanglingLabelWords bounds a label line that ends with a colon.
const maxDanglingLabelWords = 4

func isDanglingLabel(bl Block) bool {
	t := strings.TrimSpace(bl.Text)
	if bl.Type != Paragraph || len(bl.Links) > 0 || countWords(t) > maxDanglingLabelWords {
		return false
	}
	_, widget := widgetHeadings[headingKey(strings.ToLower(t))]
	return strings.HasSuffix(t, ":") || widget // a widget's title whose widget is gone
}

// isTitleLike reports a heading that reads as a title: not empty, not
// longer than a bold subhead may be, not closed by a full stop.
func isTitleLike(h string) bool {
	n := utf8.RuneCountInString(h)
	return n > 0 && n <= maxBoldHeadingRunes && !strings.HasSuffix(h, ".")
}

// dropLeadKicker removes a link alone on the body's first line that leads
// to a section, category, tag or author page, or to a folder above the
// page's own address: the kicker over the headline ("News", "Editors
// Pick") or an author's name left from the byline.
func (p *page) dropLeadKicker(s []Section) {
	if len(s) == 0 || s[0].Heading != "" || len(s[0].Blocks) == 0 {
		return
	}
	bl := s[0].Blocks[0]
	link, linked := loneItemLink(bl)
	switch {
	case linked && countWords(link.Text) <= maxLeadKickerWords && p.isSectionURL(link.URL):
		p.dropLate(blockKey(bl), "kicker: a section's link opening the body")
	case bl.Type == Paragraph && len(bl.Links) == 0 && countWords(bl.Text) <= maxLeadKickerWords && p.namesSectionLink(bl.Text):
		p.dropLate(blockKey(bl), "kicker: a section's name opening the body")
	default:
		return
	}
	s[0].Blocks = s[0].Blocks[1:]
}

// loneItemLink returns the link of a paragraph that is only that link,
// perhaps with separators after it ("Buying Guides··", the separators of
// a meta line whose date and byline went), or of a list of one item that
// is only the link: a kicker, alone or as the first item of a meta row.
func loneItemLink(bl Block) (Link, bool) {
	switch {
	case bl.Type == List && len(bl.Items) == 1 && len(bl.Items[0].Items) == 0 && len(bl.Items[0].Links) == 1 && strings.TrimSpace(bl.Items[0].Links[0].Text) == bl.Items[0].Text:
		return bl.Items[0].Links[0], true
	case bl.Type == Paragraph && len(bl.Links) == 1 && strings.TrimRight(bl.Text, kickerSeparators) == strings.TrimSpace(bl.Links[0].Text):
		return bl.Links[0], true
	}
	return Link{}, false
}

// kickerSeparators are the marks a meta row sets between its fields.
const kickerSeparators = " ·|•/–-"

// maxLeadKickerWords bounds a kicker's text over the body.
const maxLeadKickerWords = 4

// isSectionURL reports a link on the page's own site to a taxonomy page
// (taxonomySegments) or to a folder above the page.
func (p *page) isSectionURL(link string) bool {
	lu, err := url.Parse(link)
	if err != nil || lu.Host == "" {
		return false
	}
	pu, err := url.Parse(p.art.URL)
	if err != nil || !strings.EqualFold(strings.TrimPrefix(lu.Host, "www."), strings.TrimPrefix(pu.Host, "www.")) {
		return false
	}
	segs := pathSegments(strings.ToLower(lu.Path))
	if len(segs) == 0 {
		return false // the front page: a logo
	}
	for _, seg := range segs {
		if taxonomySegments[seg] {
			return true
		}
	}
	dir := strings.TrimSuffix(lu.Path, "/") + "/"
	if strings.HasPrefix(pu.Path, dir) && len(pu.Path) > len(dir) {
		return true
	}
	return isSectionIndex(segs, lu.RawQuery) && len(pathSegments(pu.Path)) > len(segs)+1
}

// maxSectionSegments bounds the folders of a section index's address.
const maxSectionSegments = 2

// isSectionIndex reports the path segments of a section's index: one or
// two plain words ("/tone/reviews", "/sport/local-sport"), no query, no
// number and no story's slug, which runs to more words.
func isSectionIndex(segs []string, query string) bool {
	if len(segs) == 0 || len(segs) > maxSectionSegments || query != "" {
		return false
	}
	for _, seg := range segs {
		if strings.Count(seg, "-") > 1 || strings.ContainsAny(seg, "0123456789.") {
			return false
		}
	}
	return true
}

func dropEmptyLead(s []Section) []Section {
	if len(s) > 0 && s[0].Heading == "" && len(s[0].Blocks) == 0 {
		return s[1:]
	}
	return s
}

// Bounds of dropPullQuotes: a pull quote repeats at least a clause of the
// story (shorter repeats are common phrases) and at most a few sentences.
const (
	minPullQuoteRunes = 30
	maxPullQuoteRunes = 400
)

// rulePullQuote is dropPullQuotes' reason.
const rulePullQuote = "pull quote: repeats the story's own words"

// dropPullQuotes drops a quote block whose words the story's paragraphs
// or list items already say: a magazine's pull quote, set large beside
// the text it repeats. A reader of the text reads it twice; a quote of
// someone else's words, found nowhere else in the story, stays.
func (p *page) dropPullQuotes(sections []Section) []Section {
	if !slices.ContainsFunc(sections, func(s Section) bool {
		return slices.ContainsFunc(s.Blocks, func(bl Block) bool { return bl.Type == Quote })
	}) {
		return sections // most pages: no story text is gathered
	}
	var text strings.Builder
	text.WriteByte(' ')
	for _, s := range sections {
		for _, bl := range s.Blocks {
			switch bl.Type {
			case Paragraph:
				appendWordsKey(&text, bl.Text)
			case List:
				appendWordsKey(&text, blockText(bl))
			}
		}
	}
	story := text.String()
	read := p.newBlockCounter()
	for i := range sections {
		kept := sections[i].Blocks[:0]
		for _, bl := range sections[i].Blocks {
			key, nth := read.next(bl)
			if bl.Type == Quote && repeatsStory(bl.Text, story) {
				p.ruleLateNth(key, nth, verdict{kind: kindDrop, rule: rulePullQuote})
				continue
			}
			kept = append(kept, bl)
		}
		sections[i].Blocks = kept
	}
	return sections
}

// maxAttributionRunes bounds the line naming a pull quote's speaker.
const maxAttributionRunes = 80

// repeatsStory reports a quote whose words, all but a short attribution
// paragraph after them, stand whole in story, a wordsKey text opened by a
// space. A quote of several paragraphs is an excerpt, not a pull quote.
func repeatsStory(quote, story string) bool {
	first, rest, _ := strings.Cut(quote, "\n\n")
	if rest != "" && (strings.Contains(rest, "\n\n") || utf8.RuneCountInString(rest) > maxAttributionRunes) {
		return false
	}
	n := utf8.RuneCountInString(first)
	if n < minPullQuoteRunes || n > maxPullQuoteRunes {
		return false
	}
	return strings.Contains(story, " "+wordsKey(first)+" ")
}

// wordsKey lower-cases s and keeps its words, one space apart: quotation
// marks, dashes and punctuation, which a pull quote sets its own way, go.
func wordsKey(s string) string {
	var b strings.Builder
	appendWordsKey(&b, s)
	return strings.TrimSuffix(b.String(), " ")
}

// appendWordsKey writes wordsKey(s) and a space to b.
func appendWordsKey(b *strings.Builder, s string) {
	b.Grow(len(s) + 1)
	inWord := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			inWord = true
			continue
		}
		if inWord {
			b.WriteByte(' ')
			inWord = false
		}
	}
	if inWord {
		b.WriteByte(' ')
	}
}

// dropSiteSignOff removes a closing paragraph that only names the site
// ("Vanguard News" under Vanguard's stories, og:site_name "Vanguard
// News"), only gives the desk's initials (deskInitials: "NAY/MA",
// "(ang/imk)") or only names the authors another source gave ("Дарья
// Ковалева, Игорь Латышев" under Kommersant's stories): the paper signing
// its page, not a line of the story. A closing name that gave the authors
// (signOffAuthor) stays, the page's only credit.
func (p *page) dropSiteSignOff() {
	if len(p.art.Sections) == 0 {
		return
	}
	last := &p.art.Sections[len(p.art.Sections)-1]
	i := len(last.Blocks) - 1
	for i > 0 && (last.Blocks[i].Type == Embed || last.Blocks[i].Type == Figure) {
		i-- // a player or a picture may close the page after the line
	}
	if i < 1 {
		return
	}
	b := last.Blocks[i]
	if b.Type != Paragraph || len(b.Links) > 0 {
		return
	}
	t := normSpace(b.Text)
	site := strings.ToLower(normSpace(p.art.SiteName))
	if site != "" && strings.ToLower(strings.Trim(t, " .-–—")) == site || deskInitials.MatchString(t) || !p.signedOff && namesOnly(t, p.art.Authors) {
		last.Blocks = slices.Delete(last.Blocks, i, i+1)
	}
}

// namesOnly reports a line that lists exactly the given names, in any
// order, and nothing else.
func namesOnly(line string, names []string) bool {
	if len(names) == 0 {
		return false
	}
	parts := nameListSeparators.Split(strings.Trim(line, " .–—-"), -1)
	if len(parts) != len(names) {
		return false
	}
	for _, part := range parts {
		if !slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, part) }) {
			return false
		}
	}
	return true
}
