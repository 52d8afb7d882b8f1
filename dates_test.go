package newsextract

import (
	"encoding/json"
	"strings"
	"testing"
)

// dateCase is an input and the Date.String() it must give; want "" means
// the input must not parse.
type dateCase struct {
	name, in, want string
}

func runDateCases(t *testing.T, cases []dateCase, parse func(string) (Date, bool)) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := parse(tc.in)
			if tc.want == "" {
				if ok {
					t.Fatalf("%q parsed as %s, want no date", tc.in, d)
				}
				return
			}
			if !ok {
				t.Fatalf("%q did not parse, want %s", tc.in, tc.want)
			}
			if got := d.String(); got != tc.want {
				t.Fatalf("%q = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseDateStructured(t *testing.T) {
	runDateCases(t, []dateCase{
		{"iso day", "2024-03-05", "2024-03-05"},
		{"unix date with a zone name", "Tue Jan 28 15:28:56 CET 2020", "2020-01-28T15:28:56+01:00"},
		{"twitter's created_at", "Sun Nov 23 16:00:00 +0000 2014", "2014-11-23T16:00:00Z"},
		{"asctime without a zone", "Sun Nov 23 16:00:00 2014", "2014-11-23T16:00:00Z"},
		{"iso utc", "2024-03-05T10:15:00Z", "2024-03-05T10:15:00Z"},
		{"iso offset colon", "2024-03-05T10:15:00+02:00", "2024-03-05T10:15:00+02:00"},
		{"iso offset compact", "2024-03-05T10:15:00+0200", "2024-03-05T10:15:00+02:00"},
		{"iso negative offset", "2024-03-05T10:15:00-05:00", "2024-03-05T10:15:00-05:00"},
		{"iso fraction", "2024-03-05T10:15:00.123456Z", "2024-03-05T10:15:00Z"},
		{"iso fraction offset", "2024-03-05T10:15:00.5+01:00", "2024-03-05T10:15:00+01:00"},
		{"iso no seconds", "2024-03-05T10:15", "2024-03-05T10:15:00Z"},
		{"iso no zone is utc", "2024-03-05T10:15:00", "2024-03-05T10:15:00Z"},
		{"iso space", "2024-03-05 10:15:00", "2024-03-05T10:15:00Z"},
		{"iso space offset", "2024-03-05 10:15:00 +0100", "2024-03-05T10:15:00+01:00"},
		{"iso lower t", "2024-03-05t10:15:00z", "2024-03-05T10:15:00Z"},
		{"iso surrounding space", "  2024-03-05\n", "2024-03-05"},
		{"compact", "20240305", "2024-03-05"},
		{"slashes year first", "2024/03/05", "2024-03-05"},
		{"dots year first", "2024.03.05", "2024-03-05"},
		{"rfc1123", "Tue, 05 Mar 2024 10:15:00 GMT", "2024-03-05T10:15:00Z"},
		{"rfc1123z", "Tue, 05 Mar 2024 10:15:00 +0100", "2024-03-05T10:15:00+01:00"},
		{"rfc822", "05 Mar 24 10:15 EST", "2024-03-05T10:15:00-05:00"},
		{"rfc850 zone abbrev", "Tuesday, 05 Mar 2024 10:15:00 PDT", "2024-03-05T10:15:00-07:00"},
		{"epoch seconds", "1709633700", "2024-03-05T10:15:00Z"},
		{"epoch millis", "1709633700123", "2024-03-05T10:15:00Z"},
		{"gmt plus hours", "2/11/2023, 19:20 (GMT+7)", "2023-11-02T19:20:00+07:00"},

		{"not: empty", "", ""},
		{"not: year alone", "2024", ""},
		{"not: epoch too old", "123456789", ""},
		{"not: epoch too far", "9999999999", ""},
		{"not: long number", "12345678901234", ""},
		{"not: bad month", "2024-13-05", ""},
		{"not: bad day", "2024-02-30", ""},
		{"not: leap day in common year", "2023-02-29", ""},
		{"not: year too early", "1989-12-31", ""},
		{"not: year too late", "2101-01-01", ""},
		{"not: iso dotted continuation", "2024-03-05-17", ""},
		{"not: bad hour", "2024-03-05T25:00:00Z", ""},
		{"not: compact bad", "20241305", ""},
	}, parseDate)
}

func TestParseDateLeapDay(t *testing.T) {
	runDateCases(t, []dateCase{
		{"leap day", "2024-02-29", "2024-02-29"},
	}, parseDate)
}

func TestParseDateHuman(t *testing.T) {
	runDateCases(t, []dateCase{
		{"en month first", "March 5, 2024", "2024-03-05"},
		{"en day first", "5 March 2024", "2024-03-05"},
		{"en abbrev dot", "Mar. 5, 2024", "2024-03-05"},
		{"en ordinal", "December 14th 2019", "2019-12-14"},
		{"en hyphenated month", "04-Aug-2021", "2021-08-04"},
		{"es hyphenated month and time", "on 04-ago-2021 5:11:10", "2021-08-04T05:11:10Z"},
		{"en ordinal of", "the 5th of March, 2024", "2024-03-05"},
		{"en weekday time pm", "Thursday, November 9, 2023 10:18 PM", "2023-11-09T22:18:00Z"},
		{"en time zone", "Nov 9, 2023, 12:51 AM EST", "2023-11-09T00:51:00-05:00"},
		{"us zone in daylight time", "Mar 12, 2024, 08:00 ET", "2024-03-12T08:00:00-04:00"},
		{"us zone in standard time", "Jan 2, 2008 7:33 a.m. ET", "2008-01-02T07:33:00-05:00"},
		{"us zone before 2007's rule", "Mar 20, 2006 5:00 PM PT", "2006-03-20T17:00:00-08:00"},
		{"us zone in daylight time before 2007", "Oct 20, 2006 5:00 PM PT", "2006-10-20T17:00:00-07:00"},
		{"french et is no zone", "12 mars 2024 08:00 et", "2024-03-12T08:00:00Z"},
		{"en a.m.", "02 Nov, 2023 11:08 a.m. EST", "2023-11-02T11:08:00-05:00"},
		{"en dotted pm", "November 2, 2023 6.55pm SAST", "2023-11-02T18:55:00+02:00"},
		{"en hour only", "Feb. 19, 2020 4 AM", "2020-02-19T04:00:00Z"},
		{"en ist", "Dec 6, 2020, 15:48 IST", "2020-12-06T15:48:00+05:30"},
		{"en time before", "17:55, 8 Nov 2023", "2023-11-08T17:55:00Z"},
		{"en time zone before", "Published: 22:00 GMT, 26 September 2020", "2020-09-26T22:00:00Z"},
		{"en time before weekday", "9:53 am PDT, Tuesday, September 1, 2020", "2020-09-01T09:53:00-07:00"},
		{"en published word", "Published on Tuesday, March 5, 2024", "2024-03-05"},
		{"en us numeric", "03/25/2024", "2024-03-25"},
		{"de", "5. März 2024", "2024-03-05"},
		{"de unaccented caps", "5. MAERZ 2024", "2024-03-05"},
		{"is", "19. nóvember 2024 kl. 14:32", "2024-11-19T14:32:00Z"},
		{"ur arabic comma", "20 مئی ، 2024", "2024-05-20"},
		{"ta abbreviated month", "பிப் 18, 2025 07:40 AM", "2025-02-18T07:40:00Z"},
		{"de numeric", "05.03.2024", "2024-03-05"},
		{"de numeric time uhr", "Stand: 05.03.2024 10:15 Uhr", "2024-03-05T10:15:00Z"},
		{"de um", "19. Mai 2010 um 23:03 Uhr", "2010-05-19T23:03:00Z"},
		{"de abbrev", "31 Okt. 2023", "2023-10-31"},
		{"de austrian", "5. Jänner 2024", "2024-01-05"},
		{"es", "5 de marzo de 2024", "2024-03-05"},
		{"es del", "5 de marzo del 2024", "2024-03-05"},
		{"es month first", "octubre 7, 2020", "2020-10-07"},
		{"es a las", "5 de marzo de 2024 a las 10:15", "2024-03-05T10:15:00Z"},
		{"ca", "5 d'abril de 2024", "2024-04-05"},
		{"ca month first", "Dilluns, Març 23, 2020", "2020-03-23"},
		{"fr", "5 mars 2024", "2024-03-05"},
		{"fr premier", "1er novembre 2023 à 16h28", "2023-11-01T16:28:00Z"},
		{"fr numeric h", "le 14.09.2020 à 11h46", "2020-09-14T11:46:00Z"},
		{"fr accents", "jeudi 24 Décembre 2020 à 07h47", "2020-12-24T07:47:00Z"},
		{"fr abbrev", "5 févr. 2024", "2024-02-05"},
		{"it", "5 marzo 2024", "2024-03-05"},
		{"it time", "28 luglio 2020 10:43", "2020-07-28T10:43:00Z"},
		{"nl", "5 maart 2024", "2024-03-05"},
		{"pl", "5 marca 2024", "2024-03-05"},
		{"pl october", "31 października 2023", "2023-10-31"},
		{"ru", "5 марта 2024", "2024-03-05"},
		{"ru time", "3 декабря 2020, 18:47", "2020-12-03T18:47:00Z"},
		{"ru year word", "5 марта 2024 года", "2024-03-05"},
		{"uk", "5 березня 2024", "2024-03-05"},
		{"tr", "5 Mart 2024", "2024-03-05"},
		{"tr caps dotless", "30 KASIM 2020", "2020-11-30"},
		{"tr weekday before time", "30 Ekim 2020 Cuma 18:28", "2020-10-30T18:28:00Z"},
		{"tr abbreviated", "12 Oca 2024 14:05", "2024-01-12T14:05:00Z"},
		{"tr abbreviated december", "3 Ara 2023", "2023-12-03"},
		{"th buddhist era", "12 มีนาคม 2567", "2024-03-12"},
		{"fa solar hijri", "۹ آذر ۱۴۰۵", "2026-11-30"},
		{"fa with weekday and time", "دوشنبه ۹ آذر ۱۴۰۵ - ۱۴:۰۵", "2026-11-30T14:05:00Z"},
		{"fa arabic yeh", "1 فروردين 1400", "2021-03-21"},
		{"fa last day of a leap year", "30 اسفند 1403", "2025-03-20"},
		{"fa nowruz before the anchor", "1 فروردین 1399", "2020-03-20"},
		{"fa numeric year first", "1405/09/09", "2026-11-30"},
		{"fa numeric in persian digits", "۱۴۰۲/۰۱/۰۱", "2023-03-21"},
		{"fa leap day of a common year", "30 اسفند 1402", ""},
		{"a gregorian day of the 15th century stays unread", "15 July 1410", ""},
		{"th with time", "วันที่ 5 ตุลาคม 2566 เวลา 10:30 น.", "2023-10-05T10:30:00Z"},
		{"th abbreviated", "5 ต.ค. 2566", "2023-10-05"},
		{"th abbreviated with time", "28 พ.ย. 2569 10:30 น.", "2026-11-28T10:30:00Z"},
		{"ja reiwa era", "令和6年3月12日", "2024-03-12"},
		{"ja first year of an era", "令和元年5月1日", "2019-05-01"},
		{"zh-TW minguo calendar with time", "民國113年3月12日 10:30", "2024-03-12T10:30:00Z"},
		{"ja", "2024年3月5日", "2024-03-05"},
		{"ja fullwidth", "２０２４年３月５日", "2024-03-05"},
		{"zh", "2024年03月05日 10:15", "2024-03-05T10:15:00Z"},
		{"ko", "2024년 3월 5일", "2024-03-05"},
		{"ja time in kanji", "2024年3月5日 10時15分", "2024-03-05T10:15:00Z"},
		{"zh afternoon", "2024年3月5日 下午3点15分", "2024-03-05T15:15:00Z"},
		{"ja afternoon", "2024年3月5日 午後3時05分", "2024-03-05T15:05:00Z"},
		{"ko afternoon", "2024년 3월 5일 오후 3:15", "2024-03-05T15:15:00Z"},
		{"ko time in hangul", "2024년 3월 5일 10시 15분", "2024-03-05T10:15:00Z"},
		{"ko dotted", "2020.08.27 20:27", "2020-08-27T20:27:00Z"},
		{"pt", "5 de março de 2024", "2024-03-05"},
		{"pt numeric h", "21/05/2020 17h29", "2020-05-21T17:29:00Z"},
		{"pt caps month", "01 de Maio de 2020, 10h51", "2020-05-01T10:51:00Z"},
		{"cs", "5. března 2024", "2024-03-05"},
		{"cs numeric spaced", "5. 3. 2024", "2024-03-05"},
		{"sk", "5. marca 2024", "2024-03-05"},
		{"sv", "5 mars 2024", "2024-03-05"},
		{"da", "5. marts 2024", "2024-03-05"},
		{"no", "7. oktober 2020", "2020-10-07"},
		{"fi", "5. maaliskuuta 2024", "2024-03-05"},
		{"fi numeric klo", "2.9.2020 klo 12.45", "2020-09-02T12:45:00Z"},
		{"hu", "2020. augusztus 18.", "2020-08-18"},
		{"hu suffix", "2020. augusztus 18-án", "2020-08-18"},
		{"hu numeric", "2020. 08. 18. 21:35", "2020-08-18T21:35:00Z"},
		{"ro", "5 martie 2024", "2024-03-05"},
		{"el", "5 Μαρτίου 2024", "2024-03-05"},
		{"el caps", "5 ΜΑΡΤΙΟΥ 2024", "2024-03-05"},
		{"id", "Selasa, 5 Maret 2024 10:15 WIB", "2024-03-05T10:15:00+07:00"},
		{"vi words", "ngày 5 tháng 3 năm 2024", "2024-03-05"},
		{"vi numeric", "Thứ năm, 2/11/2023, 19:20", "2023-11-02T19:20:00Z"},
		{"lt", "2024 m. kovo 5 d.", "2024-03-05"},
		{"bs", "26. oktobra 2020", "2020-10-26"},
		{"hr", "5. ožujka 2024", "2024-03-05"},
		{"bg", "5 март 2024", "2024-03-05"},
		{"ar", "03 يونيو 2020", "2020-06-03"},
		{"ar two names", "24 نيسان / أبريل 2020", "2020-04-24"},
		{"he", "5 במרץ 2024", "2024-03-05"},
		{"hi", "5 मार्च 2024", "2024-03-05"},
		{"hi digits", "५ मार्च २०२४", "2024-03-05"},
		{"ar digits", "٥ مارس ٢٠٢٤", "2024-03-05"},
		{"et", "5. märts 2024", "2024-03-05"},
		{"tl", "Marso 5, 2024", "2024-03-05"},
		{"lv", "2024. gada 5. martā", "2024-03-05"},
		{"be", "5 сакавіка 2024", "2024-03-05"},
		{"sq", "5 mars 2024", "2024-03-05"},
		{"az", "5 mart 2024", "2024-03-05"},
		{"kk", "5 наурыз 2024", "2024-03-05"},
		{"ka", "5 მარტი 2024", "2024-03-05"},
		{"hy", "5 մարտի 2024", "2024-03-05"},
		{"sw", "Machi 5, 2024", "2024-03-05"},
		{"ga", "5 Márta 2024", "2024-03-05"},
		{"cy", "5 Tachwedd 2024", "2024-11-05"},
		{"ur", "5 مارچ 2024", "2024-03-05"},
		{"mr", "5 नोव्हेंबर 2024", "2024-11-05"},
		{"ta", "5 நவம்பர் 2024", "2024-11-05"},
		{"te", "5 నవంబర్ 2024", "2024-11-05"},
		{"kn", "5 ನವೆಂಬರ್ 2024", "2024-11-05"},
		{"ml", "5 നവംബർ 2024", "2024-11-05"},
		{"gu", "5 નવેમ્બર 2024", "2024-11-05"},
		{"pa", "5 ਨਵੰਬਰ 2024", "2024-11-05"},

		{"not: month and year", "March 2024", ""},
		{"not: day and month", "5 March", ""},
		{"not: time alone", "10:15", ""},
		{"not: time with zone", "10:15:00 GMT", ""},
		{"not: version", "v1.2.2024", ""},
		{"not: long version", "1.05.03.2024", ""},
		{"not: trailing number", "05.03.2024.1", ""},
		{"not: phone", "+49 30 1234567", ""},
		{"not: phone dashed", "555-123-2024", ""},
		{"not: price", "$12.99", ""},
		{"not: price with year", "2024 price: 12.50 EUR", ""},
		{"not: two dates", "5 March 2024 - 7 March 2024", ""},
		{"not: sentence", "In the first quarter of the year, five hundred people came to the town hall meeting on 5 March 2024", ""},
		{"not: day 32", "32.01.2024", ""},
		{"not: short year without time", "5 Mar 24", ""},
		{"not: two-digit dotted", "19.11.21", ""},
		{"not: word", "yesterday", ""},
		{"not: month-first without year", "March 5", ""},
		{"not: day range", "March 5 - 7, 2024", ""},
	}, parseDate)
}

func TestFindDate(t *testing.T) {
	runDateCases(t, []dateCase{
		{"byline", "By Jane Doe | Published 3 March 2024, 10:15", "2024-03-03T10:15:00Z"},
		{"first date", "Home News 05.03.2024 Sport 06.03.2024", "2024-03-05"},
		{"published wins over earlier date", "Top stories 01.02.2024 Weather. Veröffentlicht am 16.08.2019 von Anna", "2019-08-16"},
		{"publié", "Mis en ligne. Il y a 3 jours 12/12/2020 Publié le 9 juin 2019 par X", "2019-06-09"},
		{"updated counts as any date", "Updated: Nov 8, 2023 10:00 AM. Sidebar 1 Jan 2020", "2023-11-08T10:00:00Z"},
		{"published second date wins", "Updated 5 March 2024 Published 3 March 2024", "2024-03-03"},
		{"published third date wins", "1.1.2024 2.1.2024 Published 3.1.2024", "2024-01-03"},
		{"published fourth date ignored", "1.1.2024 2.1.2024 3.1.2024 Published 4.1.2024", "2024-01-01"},
		{"keyword too far", "Published by the editors of the weekly science page 1.1.2024. Posted 2.1.2024", "2024-01-02"},
		{"us order with am/pm", "Updated 11/8/2023 10:46 PM", "2023-11-08T22:46:00Z"},
		{"day first without am/pm", "Updated 11/8/2023 22:46", "2023-08-11T22:46:00Z"},
		{"han keyword", "首页 2023-10-01 新闻 发布于 2023-11-02 20:13", "2023-11-02T20:13:00Z"},
		{"korean keyword", "기사 입력 2020.08.27 20:27", "2020-08-27T20:27:00Z"},
		{"no bare compact number", "Article 20240305 reads", ""},
		{"no date", "No date here at 10:15, call 555-1234", ""},
		{"empty", "", ""},
	}, findDate)
}

func TestDateFromURL(t *testing.T) {
	runDateCases(t, []dateCase{
		{"slashes", "https://example.com/news/2024/03/05/story.html", "2024-03-05"},
		{"single digits", "https://example.com/2024/3/5/story", "2024-03-05"},
		{"dashes", "https://example.com/article/2024-03-05/title", "2024-03-05"},
		{"underscores", "/archive/2024_03_05_title", "2024-03-05"},
		{"compact", "http://example.com/articles/35030/20160214/need-know", "2016-02-14"},
		{"compact with slug", "https://example.com/world/20231102-ABC1/", "2023-11-02"},
		{"query ignored", "https://example.com/story?date=2024/03/05", ""},
		{"year and month only", "https://example.com/2020/03/adoptan-medidas", ""},
		{"host only", "https://example.com", ""},
		{"id not a date", "https://example.com/story/12345678901", ""},
		{"archive timestamp skipped", "https://archive.example/web/20160218174457/http://example.com/a", ""},
		{"glued to letters", "https://example.com/id20240305/", ""},
		{"bad month", "https://example.com/2024/13/05/x", ""},
		{"three-digit part", "https://example.com/2024/003/05/x", ""},
	}, dateFromURL)
}

func TestMonthTableHasNoConflicts(t *testing.T) {
	owner := map[string]monthEntry{}
	for _, e := range monthNames {
		t.Run(e.lang+"/"+strings.Fields(e.names)[0], func(t *testing.T) {
			if e.month < 1 || e.month > 12 {
				t.Fatalf("month %d out of range", e.month)
			}
			for _, n := range strings.Fields(e.names) {
				k := fold(n)
				if o, seen := owner[k]; seen && o.month != e.month {
					t.Errorf("%q is month %d in %s and %d in %s", n, o.month, o.lang, e.month, e.lang)
				}
				owner[k] = e
				if monthIndex[k] != e.month {
					t.Errorf("index maps %q to %d, want %d", n, monthIndex[k], e.month)
				}
			}
		})
	}
}

func TestMonthTableCoversEveryMonth(t *testing.T) {
	months := map[string]map[int]bool{}
	for _, e := range monthNames {
		if months[e.lang] == nil {
			months[e.lang] = map[int]bool{}
		}
		months[e.lang][e.month] = true
	}
	// Malay: only the names that differ from Indonesian; Irish: its
	// September and October are two words
	partial := map[string]bool{"ms": true, "ga": true}
	for lang, got := range months {
		t.Run(lang, func(t *testing.T) {
			if !partial[lang] && len(got) != 12 {
				t.Errorf("%s lists %d months, want 12", lang, len(got))
			}
		})
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"März", "marz"},
		{"DÉCEMBRE", "decembre"},
		{"ΜΑΐΟΥ", "μαιου"},
		{"Μάρτιος", "μαρτιοσ"},
		{"년", "년"},
		{"KASIM", "kasim"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := fold(tc.in); got != tc.want {
				t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2024-03-05", "2024-03-05T10:15:00.123+02:00", "Tue, 05 Mar 2024 10:15:00 GMT",
		"1709633700", "March 5, 2024", "5. März 2024", "2024年3月5日", "2024년 3월 5일",
		"5 de marzo de 2024 a las 10:15", "2.9.2020 klo 12.45", "05 Mar 24 10:15 EST",
		"2020. 08. 18. 21:35", "17:55, 8 Nov 2023", "Nov 9, 2023, 12:51 AM (GMT+14)",
		"2100-12-31T23:59:59-14:00", "1990-01-01T00:00:00+14:00",
		"Last updated on November 24, 2025", "Stand: 04.02.2022", "Thursday, November 9, 2023 4:41AM",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseDate(s)
		findDate(s)
		dateFromURL(s)
		if line, lineOK := dateOnlyLine(s); lineOK {
			if !ok { // a date line lets fewer words stand beside its date
				t.Fatalf("%q: a date line that parseDate refuses", s)
			}
			if y := line.Time.Year(); y < minYear || y > maxYear {
				t.Fatalf("%q: date line year %d out of range", s, y)
			}
		}
		if !ok {
			return
		}
		if y := d.Time.Year(); y < minYear || y > maxYear {
			t.Fatalf("%q: year %d out of range", s, y)
		}
		if d.Precision != PrecisionDay && d.Precision != PrecisionTime {
			t.Fatalf("%q: precision %d", s, d.Precision)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("%q: marshal: %v", s, err)
		}
		var back Date
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%q: %s does not unmarshal: %v", s, b, err)
		}
		if back.String() != d.String() || back.Precision != d.Precision {
			t.Fatalf("%q: %s round-trips to %s", s, d, back)
		}
	})
}

// TestVisibleDates checks the date lines read where no structured date is
// given.
func TestVisibleDates(t *testing.T) {
	page := func(body string) string {
		return `<html><head><title>Council passes the budget</title></head><body><article>` + body + `<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []struct{ name, page, want string }{
		{"picture's caption below the headline", page(`<h5>Posted on Fri, Jan. 18, 2008</h5><div id="storyBody"><h1>Council passes the budget</h1><h3>The Associated Press</h3><div id="storyAssets"><div class="image"><img src="/a.jpg"><div class="imageCaption">The mayor at a hearing in Macon, in this June 3, 2007, file photo.</div></div></div></div>`), "2008-01-18"},
		{"meta-classed line", page(`<h1>Council passes the budget</h1><div class="asset-meta">Von Christian am 03.05.2013, 11:51 | 0 Meinungen</div>`), "2013-05-03"},
		{"drupal submitted", page(`<h1>Council passes the budget</h1><div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div>`), "2017-07-24"},
		{"created-classed span", page(`<h1>Council passes the budget</h1><div><span>By Urs Gassner</span> | <span class="created-post">27.06.2018 09:54</span></div>`), "2018-06-27"},
		{"page wrapper classed navigation", `<html><head><title>Council passes the budget</title></head><body><div class="navigation-overlay-wrapper"><article><h1>Council passes the budget</h1><p class="date">Stand - 12.11.2021</p><p>` + prose + `</p><p>` + prose + `</p></article></div><nav><p class="date">01.01.2020</p></nav></body></html>`, "2021-11-12"},
		{"two-digit year in a date element", page(`<h1>Council passes the budget</h1><div class="date">Party, 30.10.23</div>`), "2023-10-30"},
		{"two-digit year in running text is no date", page(`<h1>Council passes the budget</h1><p>Version 30.10.23 fixed the bug.</p>`), "2024-05-01"},
		{"date in the headline's small print", page(`<h1>Council passes the budget<br><small>02.02.2022 • Presse</small></h1>`), "2022-02-02"},
		{"publication word in a text line", page(`<h1>Council passes the budget</h1><p>` + prose + `</p><p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde</p>`), "2019-08-16"},
		{"article footer is no furniture", page(`<h1>Council passes the budget</h1><p>` + prose + `</p><footer><span class="post-created">28.01.2022</span></footer>`), "2022-01-28"},
		{"rdfa date on a span", page(`<h1>Council passes the budget</h1><span property="schema:dateCreated" content="2024-06-03T12:45:46+00:00"></span>`), "2024-06-03"},
		{"first line of a long element after the headline", page(`<h1>Council passes the budget</h1><div><p><br> 1. Februar 2022 , Daniel Dillenburg </p><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p><p>` + prose + `</p></div>`), "2022-02-01"},
		{"date in the visible byline", page(`<h1>Council passes the budget</h1><p>` + prose + `</p><div class="w-embed"><strong>By <a href="/people/jo">Jo Hart</a></strong> - Mar 27, 2024</div>`), "2024-03-27"},
		{"published meta name", strings.Replace(page(`<h1>Council passes the budget</h1>`), "<title>", `<meta name="published" content="July 17, 2024"><title>`, 1), "2024-07-17"},
		{"long comment thread is still comments", page(`<h1>Council passes the budget</h1><p>Short note.</p><div id="comments"><p class="comment-date">16 February 2023</p><p>` + prose + prose + prose + prose + prose + prose + prose + prose + `</p></div>`), "2024-05-01"},
		{"first date below the headline", page(`<h1>Council passes the budget</h1><div><p>Benni<br> 10. September 2017</p></div>`), "2017-09-10"},
		{"no date from comments below the headline", page(`<h1>Council passes the budget</h1><div class="comments"><p>Ravi said on 2 March 2023</p></div>`), "2024-05-01"},
		{"post footer holds the date line", page(`<h1>Council passes the budget</h1><p>` + prose + `</p><div class="asset-footer"><div class="asset-meta">Von Christian am 03.05.2013, 11:51 | 0 Meinungen</div></div>`), "2013-05-03"},
		{"kicker line before the headline", page(`<h3 class="teaser-kicker">02.01.2022</h3><h1>Council passes the budget</h1>`), "2022-01-02"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pubDay(extractString(t, tc.page)); got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestLocalDay checks that a UTC timestamp yields to the day the URL or the
// date line shows, only across a midnight a time zone can explain.
func TestLocalDay(t *testing.T) {
	page := func(ld, line string) string {
		return `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"` + ld + `"}</script></head><body><article><h1>Council passes the budget</h1>` + line + `<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []struct{ name, url, page, want string }{
		{"evening in the americas, url day", "https://news.example/2023/11/08/story", page("2023-11-09T05:30:59Z", ""), "2023-11-08"},
		{"after midnight in europe, visible day", "https://news.example/story", page("2022-11-06T23:00:00Z", `<p class="date">7. November 2022</p>`), "2022-11-07"},
		{"url day wins over the line", "https://news.example/2023/11/02/story", page("2023-11-02T15:27:17Z", `<p class="date">3 November 2023</p>`), "2023-11-02"},
		{"midnight in sydney, visible day", "https://news.example/nation/story", page("2024-03-10T13:00:00Z", `<p class="byline__timestamp">12:00AM March 11, 2024</p>`), "2024-03-11"},
		{"morning utc is the same day", "https://news.example/2020/07/08/story", page("2020-07-09T10:04:04Z", ""), "2020-07-09"},
		{"date years before the url's day", "https://news.example/2019/10/22/story", page("2009-04-11T18:06:36Z", ""), "2019-10-22"},
		{"republished after the url's day is kept", "https://news.example/2019/10/22/story", page("2020-01-05T10:00:00+01:00", ""), "2020-01-05"},
		{"offset given is kept", "https://news.example/2019/12/10/story", page("2019-12-09T19:00:49+01:00", ""), "2019-12-09"},
		{"masthead's date bar is the visit's day", "https://news.example/node/2601487", `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-05-14T18:44:00+00:00"}</script></head><body><div class="header-top"><div class="header-date">Thursday, 15 May 2025</div></div><header><a href="/">News</a></header><article><h1>Council passes the budget</h1><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`, "2025-05-14"},
		{"a header-classed date under the headline is the story's", "https://news.example/post/story", `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-04-13T23:30:00Z"}</script></head><body><article><h1>Council passes the budget</h1><div class="meta date-section-header"><span>Posted on April 14, 2023</span></div><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`, "2023-04-14"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), &Options{URL: tc.url})
			if err != nil {
				t.Fatal(err)
			}
			if got := pubDay(a); got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestModifiedKeptApart checks that a visible update date fills Modified
// and never replaces the published date.
func TestModifiedKeptApart(t *testing.T) {
	page := `<html><head><title>Council passes the budget</title></head><body><article><h1>Council passes the budget</h1><p class="post-meta">Published 3 March 2024 · Updated 5 March 2024</p><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	a := extractString(t, page)
	if got := pubDay(a); got != "2024-03-03" {
		t.Errorf("published = %q, want 2024-03-03", got)
	}
	if got := a.Modified.String(); got != "2024-03-05" {
		t.Errorf("modified = %q, want 2024-03-05", got)
	}
}

// TestRevisionDatesUnderPage: a docs site's revision dates under the
// page, the last update first and the creation after it, each in an
// element classed as a date: the update is the modified date, not the
// publication.
func TestRevisionDatesUnderPage(t *testing.T) {
	page := `<html><head><title>Retries and backoff</title></head><body><article><h1>Retries and backoff</h1><p>` + prose + `</p><p>` + prose + `</p>` +
		`<div class="md-source-file"><small>Last update: <span class="git-revision-date-localized-plugin-date">November 28, 2026</span><br>Created: <span class="git-revision-date-localized-plugin-date">March 3, 2026</span></small></div></article></body></html>`
	a := extractString(t, page)
	if got := pubDay(a); got != "2026-03-03" {
		t.Errorf("published = %q, want 2026-03-03", got)
	}
	if got := a.Modified.String(); !strings.HasPrefix(got, "2026-11-28") {
		t.Errorf("modified = %q, want 2026-11-28", got)
	}
}

// TestSharedZone: a time of day the page shows without a zone takes the
// zone of its other date, where that states one; the wall clock stays,
// and two times without a zone stay as read.
func TestSharedZone(t *testing.T) {
	cases := []struct{ name, head, line, published, modified string }{
		{"update line beside a zoned publication", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-05T14:20:00-06:00"}</script>`,
			`<p class="timestamp">Updated March 5, 2025 4:45 PM</p>`, "2025-03-05T14:20:00-06:00", "2025-03-05T16:45:00-06:00"},
		{"zoneless publication beside a zoned update", `<meta property="article:published_time" content="2025-03-05 14:20"><meta property="article:modified_time" content="2025-03-06T09:00:00+01:00">`,
			``, "2025-03-05T14:20:00+01:00", "2025-03-06T09:00:00+01:00"},
		{"neither zoned", `<meta property="article:published_time" content="2025-03-05 14:20"><meta property="article:modified_time" content="2025-03-06 09:00">`,
			``, "2025-03-05T14:20:00Z", "2025-03-06T09:00:00Z"},
		{"explicit UTC is a zone", `<meta property="article:published_time" content="2025-03-05T14:20:00Z">`,
			`<p class="timestamp">Updated March 5, 2025 4:45 PM</p>`, "2025-03-05T14:20:00Z", "2025-03-05T16:45:00Z"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head>`+tc.head+`</head><body><article><h1>Storm knocks out power</h1>`+tc.line+`<p>`+prose+`</p><p>`+prose+`</p></article></body></html>`)
			if got := a.Published.String(); got != tc.published {
				t.Errorf("published = %q, want %q", got, tc.published)
			}
			if got := a.Modified.String(); got != tc.modified {
				t.Errorf("modified = %q, want %q", got, tc.modified)
			}
		})
	}
}

// TestUpdateInBylineBox: the update date stands beside the byline in
// its box, unclassed ("<div class=firma>"), and is read there as the
// publication date is.
func TestUpdateInBylineBox(t *testing.T) {
	page := `<html><head><title>Reforma de las pensiones</title></head><body><article><h1>Reforma de las pensiones</h1><div class="firma"><span>Por <a href="/autor/ana-garcia/">Ana García</a></span><time datetime="2025-11-28T13:05:00+01:00">28 nov 2025 - 13:05 CET</time><span>Actualizado: 28 nov 2025 - 18:40 CET</span></div><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	a := extractString(t, page)
	if got := a.Modified.String(); got != "2025-11-28T18:40:00+01:00" {
		t.Errorf("modified = %q, want 2025-11-28T18:40:00+01:00", got)
	}
}

// TestUpdateBesideDateLine: the update date stands unclassed beside the
// element classed as the date, or beside the author's classed name, in
// their box.
func TestUpdateBesideDateLine(t *testing.T) {
	cases := []struct{ name, box, want string }{
		{"beside the date", `<div class="info"><span class="autor">Autor: Jan Kowalski</span><span class="data">Opublikowano: 14.03.2025, 09:15</span><span>Aktualizacja: 14.03.2025, 12:40</span></div>`, "2025-03-14T12:40:00Z"},
		{"beside the author's name", `<div class="firma"><span class="autor">María López</span><span class="lugar">Valencia</span><span>Actualizado: 15/03/2025 - 08:10</span></div>`, "2025-03-15T08:10:00Z"},
		{"French 'mis à jour'", `<div class="signature">Par <a class="author" href="/auteurs/claire-martin">Claire Martin</a><br><span class="date">Publié le 14/03/2025 à 09h15, mis à jour le 15/03/2025 à 08h10</span></div>`, "2025-03-15T08:10:00Z"},
		{"a box classed as the dates", `<div class="dates">Publicerad 14 mars 2025 kl. 09.15 · Uppdaterad 15 mars 2025 kl. 08.10</div>`, "2025-03-15T08:10:00Z"},
		{"Italian 'aggiornamento'", `<div class="data">14 marzo 2025 - Ultimo aggiornamento: 15 marzo 2025, 08:10</div>`, "2025-03-15T08:10:00Z"},
		{"update word before a time without the year", `<div><time datetime="2025-03-14T09:15:00Z">Mar 14</time> (updated <time datetime="2025-03-15T08:10:00Z">Mar 15</time>)</div>`, "2025-03-15T08:10:00Z"},
		{"time classed as the update", `<div class="meta"><time class="entry-date published" datetime="2025-03-14T09:15:00Z">March 14</time><time class="updated" datetime="2025-03-15T08:10:00Z">March 15</time></div>`, "2025-03-15T08:10:00Z"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Sejm przyjął ustawę</title><meta property="article:published_time" content="2025-03-14T09:15:00Z"></head><body><article><h1>Sejm przyjął ustawę</h1>` + tc.box + `<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
			a := extractString(t, page)
			if got := a.Modified.String(); got != tc.want {
				t.Errorf("modified = %q, want %s", got, tc.want)
			}
		})
	}
}

// TestHAtomDates: an old blog template's microformat dates, kept in the
// title of an <abbr>, give the publication and update times.
func TestHAtomDates(t *testing.T) {
	page := `<html><head><title>The last steam train</title></head><body><h2 class="date-header">Sunday, 14 May 2023</h2><div class="post hentry"><h3 class="entry-title">The last steam train</h3><div class="entry-content">` + prose + `<br><br>` + prose + `</div>` +
		`<div class="post-footer">Posted at <abbr class="published" title="2023-05-14T19:42:00+01:00">19:42</abbr>, edited <abbr class="updated" title="2023-05-15T08:00:00+01:00">the next day</abbr></div></div></body></html>`
	a, err := Extract([]byte(page), &Options{URL: "https://blog.example/steam.html"})
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.String(); got != "2023-05-14T19:42:00+01:00" {
		t.Errorf("published = %s, want 2023-05-14T19:42:00+01:00", got)
	}
	if got := a.Modified.String(); got != "2023-05-15T08:00:00+01:00" {
		t.Errorf("modified = %s, want 2023-05-15T08:00:00+01:00", got)
	}
}

// TestNoModifiedFromProse: a whole post classed by its date (Blogger's
// "div.date-outer") holds prose and its comments; a word there that names
// an update in some language ("stand up", German "Stand") and a comment's
// date after it are no modification date.
func TestNoModifiedFromProse(t *testing.T) {
	page := `<html><head><title>The last steam train</title></head><body><h2 class="date-header">Sunday, 14 May 2023</h2><div class="date-outer"><h3 class="post-title">The last steam train</h3>` +
		`<div class="post-body">` + prose + `<br><br>` + prose + `</div><div class="comments"><p>I could barely stand up on the viaduct!</p><span class="comment-timestamp">14 May 2023 at 21:05</span></div></div></body></html>`
	a := extractString(t, page)
	if !a.Modified.IsZero() {
		t.Errorf("modified = %s, want none", a.Modified)
	}
}

// TestNoFurnitureDates: the day of a today bar, a comment, a copyright
// line, a teaser card or an embedded post (a quote of someone else's,
// dated by them) does not date the article.
func TestNoFurnitureDates(t *testing.T) {
	cases := []struct{ name, body string }{
		{"today bar", `<div class="topbar">Sunday, 3 March 2024</div><article><h1>Council passes the budget</h1><p>` + prose + `</p><p>` + prose + `</p></article>`},
		{"comment date", `<article><h1>Council passes the budget</h1><p>` + prose + `</p><p>` + prose + `</p></article><div class="comments"><p class="comment-date">3 March 2024 at 9:12 am</p><p>Nice.</p></div>`},
		{"date-edition bar beside the logo", `<div class="brand"><span class="date-edition">lun. 5 août 2019</span></div><article><h1>Council passes the budget</h1><p>` + prose + `</p><p>` + prose + `</p></article>`},
		{"today in a page header inside a wrapper", `<div class="wrapper"><header><div class="logo"><a href="/">Star</a></div><span class="date">Tue, 14 Jan 2020</span></header><article><h1>Council passes the budget</h1><p>` + prose + `</p><p>` + prose + `</p></article></div>`},
		{"date beside the weather", `<div class="date_weather"><span class="today_date">2024年3月3日 星期日</span><span class="today_weather">台北市 多雲 22°C</span></div><article><h1>Council passes the budget</h1><p>` + prose + `</p><p>` + prose + `</p></article>`},
		{"copyright year", `<article><h1>Council passes the budget</h1><p>` + prose + `</p><p>` + prose + `</p></article><p>© 2024 Example News</p>`},
		{"embedded post after the headline", `<article><h1>Council passes the budget</h1><div class="fb-post"><blockquote class="fb-xfbml-parse-ignore"><p>Tonight the council passed the budget.</p>Posted by <a href="https://www.facebook.com/council">City Council</a> on <a href="https://www.facebook.com/council/posts/1">Wednesday, November 25, 2026</a></blockquote></div><p>` + prose + `</p><p>` + prose + `</p></article>`},
		{"teaser carousel in the story", `<article><h1>Council passes the budget</h1><p>` + prose + `</p><div class="inline-carousel"><h2>Trending now</h2><div class="card"><a href="/other-1.html"><img src="/t1.jpg"><h3>Bridge repairs start in spring after a long winter</h3></a><span class="date">Nov 1, 2024</span></div><div class="card"><a href="/other-2.html"><h3>Library branch gets a new home near the station</h3></a><span class="date">Nov 2, 2024</span></div></div><p>` + prose + `</p></article>`},
		{"embedded post in the story", `<article><h1>Council passes the budget</h1><p>` + prose + `</p><blockquote class="bluesky-embed"><p>Six new bus routes.</p>&mdash; Transit Watch <a href="https://bsky.app/profile/x/post/3k">November 28, 2026 at 3:05 PM</a></blockquote><p>` + prose + `</p></article>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(`<html><head><title>Council passes the budget</title></head><body>`+tc.body+`</body></html>`), &Options{URL: "https://news.example/story"})
			if err != nil {
				t.Fatal(err)
			}
			if !a.Published.IsZero() {
				t.Errorf("published = %s, want none", a.Published)
			}
		})
	}
}

// TestLastResortDates checks the sources read when neither structured data,
// the date line nor the URL dates a page: a labelled date anywhere outside
// navigation and comments, then a publication key in a script, then the
// one day that all time and date-classed elements agree on; on a MediaWiki
// page, its last revision before any visible date.
func TestLastResortDates(t *testing.T) {
	page := func(head, body string) string {
		return `<html><head><title>Council passes the budget</title>` + head + `</head><body><article><h1>Council passes the budget</h1><p>` + prose + `</p><p>` + prose + `</p></article>` + body + `</body></html>`
	}
	cases := []pageCase{
		{"publish key in a data layer", page(`<script>window.dataLayer = {"pageType":"article","publishDate":"2025-05-27"};</script>`, ``), "2025-05-27"},
		{"escaped publish key in app state", page(`<script>self.state = "{\"title\":\"x\",\"publishedDate\":\"2016-11-04T20:37:27Z\"}";</script>`, ``), "2016-11-04"},
		{"key not about publication", page(`<script>var cfg = {"lastCheck":"2022-05-11 05:24"};</script>`, ``), ""},
		{"key deep in a long script", page(`<script>var a = "`+strings.Repeat("x", 50000)+`"; var meta = {"first_published_at":"2019-08-06T14:32:51Z"};</script>`, ``), "2019-08-06"},
		{"upper-case key", page(`<script>var PAGE = {PUBLISHED_DATE: "2018-02-03"};</script>`, ``), "2018-02-03"},
		{"a publication key after other publi words", page(`<script>var t = "public republic publisher"; var m = {"datePublished":"2021-07-09"};</script>`, ``), "2021-07-09"},
		{"label and date in a data box", page(``, `<aside class="blogData"><dl><dt>Datum</dt><dd>12.01.2017</dd><dt>Kategorie</dt><dd>CAD</dd></dl></aside>`), "2017-01-12"},
		{"publication line in the footer", page(``, `<footer><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p></footer>`), "2023-11-01"},
		{"label in the next element", page(``, `<ul><li><p class="title">Publié</p><p class="content">23 mai 2019</p></li></ul>`), "2019-05-23"},
		{"french put-online label in the next element", page(``, `<div>`+strings.Repeat(prose+" ", 10)+`</div><ul><li><p class="title">Mise en ligne</p><p class="content">23 mai 2019</p></li></ul>`), "2019-05-23"},
		{"visible label before the script", page(`<script>var s = {"datePublished":"2020-01-01"};</script>`, `<footer><p>Published: 3 March 2021</p></footer>`), "2021-03-03"},
		{"german passive line in a post footer", page(``, `<div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von <a href="/author/admin/">Heiner</a> geschrieben und unter Arduino abgelegt.</div>`), "2015-12-14"},
		{"german passive line across elements", page(``, `<p class="news"><a href="/x">Literatur und Typografie</a> wurde am <nobr>19. Mai 2010</nobr> um <nobr>23:03</nobr> Uhr gepostet.</p>`), "2010-05-19"},
		{"a birthday is no publication", page(``, `<div class="bio">Sie wurde am 3. Mai 1950 in Wien geboren.</div>`), ""},
		{"no label in the navigation", page(``, `<nav><p>Published 3 March 2021</p></nav>`), ""},
		{"no label in comments", page(``, `<div class="comments"><p>Posted 3 March 2021</p></div>`), ""},
		{"mediawiki revision footer", page(`<meta name="generator" content="MediaWiki 1.23.17">`, `<div id="footer"><ul><li id="footer-info-lastmod">Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul></div>`), "2020-01-29"},
		{"revision footer of no wiki", page(``, `<div id="footer"><ul><li id="footer-info-lastmod">Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul></div>`), ""},
		{"lone date element in an aside", page(``, `<aside role="complementary"><p class="article_date__x1">May 25, 2023</p></aside>`), "2023-05-25"},
		{"lone time in a sidebar header", page(``, `<div class="sidebar"><p class="time"><time datetime="2022-01-28">28. Januar 2022</time></p></div>`), "2022-01-28"},
		{"teaser dates that disagree", page(``, `<aside><ul><li><span class="date">3 March 2021</span></li><li><span class="date">5 March 2021</span></li></ul></aside>`), ""},
	}
	checkPublished(t, cases)
}

// TestTitleHeadingDate checks the date line beside a headline written as
// an h2-h4 on pages without an h1.
func TestTitleHeadingDate(t *testing.T) {
	page := func(h1, body string) string {
		return `<html><head><title>Effiziente Hybridbatterie</title></head><body><div>` + h1 + body + `<p>` + prose + `</p><p>` + prose + `</p></div><div class="sidebar"><p>02.02.2020</p></div></body></html>`
	}
	cases := []pageCase{
		{"date before an h4 headline", page(``, `<p><em>01.11.2023 11:35</em></p><h4>Effiziente Hybridbatterie</h4>`), "2023-11-01"},
		{"date after an h2 headline", page(``, `<h2>Effiziente Hybridbatterie</h2><p class="meta">28. Januar 2022</p>`), "2022-01-28"},
		{"an h2 of other text lends no date", page(``, `<p>01.11.2023</p><h2>Weitere Meldungen</h2>`), ""},
		{"date before a wrapped headline", page(``, `<div class="iceriktarih">27.12.2016&nbsp;18:57</div><div class="icerikbaslik"><h1>Effiziente Hybridbatterie</h1></div>`), "2016-12-27"},
	}
	checkPublished(t, cases)
}

// TestDateAfterShownTitle checks that on a page without headings, where
// the headline is bold text in a table cell, the date line below it
// dates the page, and that a text other than the title lends no date.
func TestDateAfterShownTitle(t *testing.T) {
	page := func(headline string) string {
		return `<html><head><title>Theatre tour of the province ends in Zhangjiakou</title></head><body><table>` +
			`<tr><td><b><font size="5">` + headline + `</font></b></td></tr>` +
			`<tr><td><font color="#333">Provincial channel ( 2012-06-04 09:20:26 )</font> <font>Source: Daily</font></td></tr>` +
			`<tr><td><p>` + prose + `</p><p>` + prose + `</p></td></tr></table></body></html>`
	}
	cases := []pageCase{
		{"date line under a table-cell headline", page("Theatre tour of the province ends in Zhangjiakou"), "2012-06-04"},
		{"other text", page("Provincial news"), ""},
	}
	checkPublished(t, cases)
}

// TestDateInStoryText checks that a page with no date line takes no date
// from a sentence after the headline ("I deployed to Iraq March 1st of
// 2004"), the time of an event the story tells, while a dateline opening
// the first paragraph still dates it; and that Parse.ly's "parsely-page"
// tag, when present, gives the date and the writer.
func TestDateInStoryText(t *testing.T) {
	page := func(head, first string) string {
		return `<html><head><title>What a service dog thinks of his owner</title>` + head + `</head><body><article><h1>What a service dog thinks of his owner</h1><p>` + first + `</p><p>` + prose + `</p></article></body></html>`
	}
	story := "My name is Joseph Worley. I was in the Navy as a hospital corpsman, third class, with 21 Marines out of Camp Pendleton and this is my dog Benji. I deployed to Iraq March 1st of 2004 and came home a year later."
	parsely := `<meta name='parsely-page' content='{"title":"What a service dog thinks of his owner","pub_date":"2014-11-13T21:53:14Z","author":"Phoebe Gavin","tags":["video"]}'>`
	cases := []pageCase{
		{"event date in a sentence", page(``, story), ""},
		{"dateline opening the first paragraph", page(``, "(21. November 2022) "+story), "2022-11-21"},
		{"parsely-page meta", page(parsely, story), "2014-11-13"},
	}
	checkPublished(t, cases)
	if got := authors(extractString(t, page(parsely, story))); got != "Phoebe Gavin" {
		t.Errorf("authors = %q, want the parsely-page author", got)
	}
}

// TestGenericDateMeta checks that a generic date meta, often the day of
// the last change, yields to a date line up to a month away, and only then,
// and that the line tells month from day in an ambiguous numeric meta.
func TestGenericDateMeta(t *testing.T) {
	page := func(meta, line string) string {
		return `<html><head><title>Council passes the budget</title>` + meta + `</head><body><article><h1>Council passes the budget</h1><div class="news-single-timedata">` + line + `</div><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []struct{ name, page, want string }{
		{"date line a week earlier", page(`<meta name="date" content="2020-02-12">`, "05.02.2020 - Redaktion: Eva Roth"), "2020-02-05"},
		{"date line years earlier is a teaser's", page(`<meta name="date" content="2022-01-26">`, "06.03.2016"), "2022-01-26"},
		{"dcterms date days before the line", page(`<meta name="dcterms.date" content="2022-01-21T09:43+01:00">`, "25.01.2022"), "2022-01-25"},
		{"us order meta read by the line", page(`<meta name="date" content="11/01/2023 12:43:42">`, "Erstellt am: 01.11.2023"), "2023-11-01"},
		{"iso meta is never swapped", page(`<meta property="article:published_time" content="2017-03-11T09:00:00Z">`, "11.03.2017"), "2017-03-11"},
		{"date line in an aside classed meta", `<html><head><title>Council passes the budget</title><meta name="date" content="2022-01-26T14:32:06+02:00"></head><body><div><h1>Council passes the budget</h1><p>` + prose + `</p><aside class="meta" role="complementary"><p class="meta__content"><time datetime="2022-01-21" class="meta__label">21.01.2022 - 13:30</time></p></aside><p>` + strings.Repeat(prose+" ", 8) + `</p></div></body></html>`, "2022-01-21"},
		{"scholarly citation date over a received date", page(`<meta name="citation_publication_date" content="2026/03/17">`, "Received: 12 October 2025"), "2026-03-17"},
		{"us order JSON-LD read by the ISO meta", page(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council passes the budget","datePublished":"Wed, 12/03/2025 - 16:20"}</script><meta property="article:published_time" content="2025-12-03T16:20:00+0000">`, ""), "2025-12-03"},
		{"a publication meta keeps its day", page(`<meta property="article:published_time" content="2022-01-21T09:43+01:00">`, "25.01.2022"), "2022-01-21"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pubDay(extractURL(t, tc.page, "https://news.example/story")); got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTimeElementDate checks which <time> dates the page: the one whose
// own or parent class says publication, before pubdate times further down.
func TestTimeElementDate(t *testing.T) {
	page := func(body string) string {
		return `<html><head><title>Council passes the budget</title></head><body><article>` + body + `</article></body></html>`
	}
	cases := []struct{ name, page, want string }{
		{"time in a publication line before pubdate teasers", page(`<h1>Council passes the budget</h1><p class="publication">Le <time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p><p>` + prose + `</p><div class="forum-list"><p>Le <time datetime="2019-09-22T07:30:29Z" pubdate>22 septembre</time>, par Kevin</p></div>`), "2019-06-28"},
		{"pubdate time when none says publication", page(`<h1>Council passes the budget</h1><p><time datetime="2019-07-01">1 juillet</time></p><p>` + prose + `</p><p>Le <time datetime="2019-06-28T13:49:45Z" pubdate>28 juin 2019</time></p>`), "2019-06-28"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pubDay(extractURL(t, tc.page, "https://news.example/story")); got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestResavedStamp checks that publication and modification metas a
// moment apart, a CMS's last save, yield to an earlier date line unless the
// page shows the declared day itself.
func TestResavedStamp(t *testing.T) {
	page := func(pub, mod, body string) string {
		return `<html><head><title>Council passes the budget</title><meta property="article:published_time" content="` + pub + `"><meta property="article:modified_time" content="` + mod + `"></head><body><article><h1>Council passes the budget</h1>` + body + `<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []struct{ name, page, want string }{
		{"saved stamp after the date line", page("2022-11-17T10:33:13Z", "2022-11-17T10:32:18Z", `<p class="meta"><time datetime="2022-03-09">09.03.2022</time></p>`), "2022-03-09"},
		{"modified days later keeps the meta", page("2022-11-17T10:33:13Z", "2022-11-20T10:32:18Z", `<p class="meta"><time datetime="2022-03-09">09.03.2022</time></p>`), "2022-11-17"},
		{"declared day shown elsewhere", page("2023-11-08T20:18:44Z", "2023-11-08T20:18:52Z", `<p class="meta">Photo taken on Oct. 21, 2023.</p><p>November 8 2023, 3:18 p.m.</p>`), "2023-11-08"},
		{"us order line is the declared day", page("2017-11-03T03:01:00-04:00", "2017-11-03T02:22:36-04:00", `<p class="date">11.03.17 in Gaming</p>`), "2017-11-03"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pubDay(extractURL(t, tc.page, "https://news.example/story")); got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// extractURL extracts page as served from url.
func extractURL(t *testing.T, page, url string) *Article {
	t.Helper()
	a, err := Extract([]byte(page), &Options{URL: url})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return a
}

// checkPublished runs each case's page at a story URL that carries no date
// and compares the publication day.
func checkPublished(t *testing.T, cases []pageCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract([]byte(tc.page), &Options{URL: "https://news.example/story"})
			if err != nil {
				t.Fatal(err)
			}
			if got := pubDay(a); got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDatelineFromBody checks that the dateline opening a wire story
// dates a page nothing else dates (no h1, no byline: a script sets them).
func TestDatelineFromBody(t *testing.T) {
	page := func(lead string) string {
		return `<html><head><title>Homestead gardening makes communities self-reliant</title></head><body><div class="dtl_section"><div class="dtl_img_caption">Homestead gardening boosts food security and incomes across the region. Photo : BSS</div><p>` + lead + `</p><p>` + prose + `</p></div></body></html>`
	}
	cases := []pageCase{
		{"wire dateline", page("RAJSHAHI, Dec 20, 2025 (BSS) - Homestead gardening has been contributing significantly to making rural communities more self-reliant."), "2025-12-20"},
		{"german dateline", page("Berlin, 12. März 2024 – Die Bundesregierung hat am Dienstag den Haushalt für das kommende Jahr beschlossen."), "2024-03-12"},
		{"date after the dash", page("RAJSHAHI - The harvest of Dec 20, 2025 was the largest the district has seen in ten years, officials said."), ""},
	}
	checkPublished(t, cases)
}

// TestEditNoteDate checks that a revision note dates a page no other
// source dates, and yields to any other source.
func TestEditNoteDate(t *testing.T) {
	body := strings.Repeat(`<h2>Part</h2><p>`+prose+`</p><p>`+prose+`</p>`, 4)
	page := func(head, foot string) string {
		return `<html><head>` + head + `<title>BeginnersGuide/Download</title></head><body><div id="page"><div id="content"><h1>Downloading Python</h1><p>` + prose + `</p>` + body + `</div><p id="pageinfo" class="info">` + foot + `</p></div></body></html>`
	}
	cases := []pageCase{
		{"wiki revision note", page("", `BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by <a href="/moin/MatsWichmann">MatsWichmann</a>)`), "2019-11-10"},
		{"old site's footer", page("", `File last modified: September 9, 1999`), "1999-09-09"},
		{"a published date outranks it", page(`<meta property="article:published_time" content="2018-03-01T10:00:00Z">`, `last edited 2019-11-10 13:28:18 by someone`), "2018-03-01"},
	}
	checkPublished(t, cases)
}

// TestShownRevision checks that a declared revision day the page shows as
// its date, with no update label, wins over a publication day the page
// never shows; labelled "Updated", with the first day also shown, or
// named in a sentence (a print edition's line), the declared publication
// date stays.
func TestShownRevision(t *testing.T) {
	head := `<meta property="article:published_time" content="2021-11-22T17:42:22Z"><meta property="article:modified_time" content="2023-01-01T09:00:00Z">`
	page := func(line string) string {
		return `<html><head>` + head + `<title>Neujahr</title></head><body><article><h1>Was sich 2023 ändert</h1><p class="meta">` + line + `</p><p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	cases := []pageCase{
		{"bare revision day", page(`Von Fiona Bornhöft <span>1. Januar 2023</span>`), "2023-01-01"},
		{"labelled update", page(`<span>Aktualisiert:</span> <time>1. Januar 2023</time>`), "2021-11-22"},
		{"both days shown", page(`22. November 2021, zuletzt 1. Januar 2023`), "2021-11-22"},
		{"no day shown", page(`Von Fiona Bornhöft`), "2021-11-22"},
		{"a wiki's last edit", page(`This page was last edited on 1 January 2023, at 09:00`), "2021-11-22"},
		{"a day in a sentence", page(`A version of this article appears in print on <time datetime="2023-01-01">Jan. 1, 2023</time>, Section A, Page 8 of the New York edition with the headline: What Changes in 2023.`), "2021-11-22"},
	}
	checkPublished(t, cases)
}

// TestJSONLDInMeta checks that JSON-LD a React head manager wrote into a
// <meta name="script:ld+json"> dates the page.
func TestJSONLDInMeta(t *testing.T) {
	page := `<html><head><meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}"><title>Guide</title></head><body><article><h1>Full EV cars</h1><p>` + prose + `</p></article></body></html>`
	checkPublished(t, []pageCase{{"meta script:ld+json", page, "2025-11-17"}})
}

// TestPassiveStemInEveryAuxiliary keeps findPassiveDate's quick test in
// step with its word list: a text is skipped when it lacks passiveStem.
func TestPassiveStemInEveryAuxiliary(t *testing.T) {
	for w := range passiveAuxiliaries {
		if !containsASCIIFold(w, passiveStem) {
			t.Errorf("passive auxiliary %q lacks %q", w, passiveStem)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{{"Dieser Artikel WURDE am", true}, {"Wurden", true}, {"würde", false}, {"wurd", false}} {
		if got := containsASCIIFold(tc.text, passiveStem); got != tc.want {
			t.Errorf("containsASCIIFold(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestDateLabelsInOtherLanguages: labels tell the update from the
// publication in Arabic, Persian, Hebrew, Croatian, Bulgarian,
// Lithuanian and Estonian too.
func TestDateLabelsInOtherLanguages(t *testing.T) {
	cases := []struct{ name, line, published, modified string }{
		{"Arabic", `<span>نشر: 10 مارس 2024</span> - <span>آخر تحديث: 11 مارس 2024</span>`, "2024-03-10", "2024-03-11"},
		{"Persian", `<span>انتشار: ۹ آذر ۱۴۰۵</span> | <span>بروزرسانی: ۱۰ آذر ۱۴۰۵</span>`, "2026-11-30", "2026-12-01"},
		{"Hebrew", `<span>פורסם: 10 במרץ 2024</span> <span>עודכן: 11 במרץ 2024</span>`, "2024-03-10", "2024-03-11"},
		{"Croatian", `<span>Objavljeno: 10.03.2024. u 09:15</span> <span>Ažurirano: 11.03.2024. u 10:00</span>`, "2024-03-10", "2024-03-11"},
		{"Bulgarian", `<span>Публикувано: 10.03.2024</span> <span>Обновено: 11.03.2024</span>`, "2024-03-10", "2024-03-11"},
		{"Lithuanian", `<span>Paskelbta: 2024-03-10</span> <span>Atnaujinta: 2024-03-11</span>`, "2024-03-10", "2024-03-11"},
		{"Estonian", `<span>Avaldatud: 10.03.2024</span> <span>Uuendatud: 11.03.2024</span>`, "2024-03-10", "2024-03-11"},
		{"Icelandic", `<span>Birt 19. nóvember 2024 kl. 14:32</span> <span>Uppfært 19. nóvember 2024 kl. 16:05</span>`, "2024-11-19T14:32:00Z", "2024-11-19T16:05:00Z"},
		{"Romanian", `<span>Data publicării: 10.03.2024 14:32</span> <span>Data actualizării: 11.03.2024 16:05</span>`, "2024-03-10T14:32:00Z", "2024-03-11T16:05:00Z"},
		{"English updated and original", `<time>Updated Mar. 11, 2024 9:12 am ET / Original Mar. 10, 2024 5:30 pm ET</time>`, "2024-03-10T17:30:00-04:00", "2024-03-11T09:12:00-04:00"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extractString(t, `<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1><div class="meta">`+tc.line+`</div><p>`+prose+`</p><p>`+prose+`</p></article></body></html>`)
			if got := a.Published.String(); got != tc.published {
				t.Errorf("published = %q, want %q", got, tc.published)
			}
			if got := a.Modified.String(); got != tc.modified {
				t.Errorf("modified = %q, want %q", got, tc.modified)
			}
		})
	}
}

// TestLabelledShortYear: a dotted date with a two-digit year reads as a
// date after a publication or update label ("פורסם: 10.03.24", Ynet),
// where no date class vouches for it; bare, it may be a version.
func TestLabelledShortYear(t *testing.T) {
	a := extractString(t, `<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1><div class="authorAndDate"><span class="authors"><a href="/topics/noa">נועה ברקוביץ</a></span> | <span class="DateDisplay">פורסם: 10.03.24 | 09:15</span> <span class="DateDisplay updated">עודכן: 11.03.24 | 07:40</span></div><p>`+prose+`</p><p>`+prose+`</p></article></body></html>`)
	if got := a.Published.String(); !strings.HasPrefix(got, "2024-03-10") {
		t.Errorf("published = %q, want 2024-03-10", got)
	}
	if got := a.Modified.String(); !strings.HasPrefix(got, "2024-03-11") {
		t.Errorf("modified = %q, want 2024-03-11", got)
	}
	for _, s := range []string{"Version 19.11.21", "Score 3.10.24"} {
		if d, ok := findDate(s); ok {
			t.Errorf("findDate(%q) = %v, want none", s, d)
		}
	}
}

// TestDateBeforeURL: a declared date days before the day the URL names
// yields to the URL's, unless the page shows it: a magazine's address
// names the issue, which comes out after the story.
func TestDateBeforeURL(t *testing.T) {
	page := func(body string) string {
		return `<html><head><title>River man</title><meta property="article:published_time" content="2025-03-03T06:00:00-05:00"></head><body><article><h1>River man</h1>` + body + `<p>` + prose + `</p><p>` + prose + `</p></article></body></html>`
	}
	const url = "https://magazine.example/magazine/2025/03/10/river-man"
	cases := []struct{ name, page, want string }{
		{"declared day shown", page(`<time class="PublishDate">March 3, 2025</time>`), "2025-03-03"},
		{"declared day nowhere", page(`<p class="kicker">A reporter at large</p>`), "2025-03-10"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := pubDay(extractURL(t, tc.page, url)); got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}
