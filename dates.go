package newsextract

// Dates as news pages write them: in meta tags, JSON-LD, <time datetime>,
// bylines and URLs. Everything here works on a token stream (numbers, words,
// single punctuation marks) so that one small set of patterns covers ISO 8601,
// RFC 1123 and the human forms of many languages without regular expressions,
// in time linear in the input.
//
// Numeric day/month order. A date of three numbers with the year last is read
// day-first (5.3.2024 and 05/03/2024 are both 5 March), because that is how
// almost every language in the corpora writes it, slashes included (pt, fr,
// es, vi and de pages write 21/05/2020). It is read month-first only when the
// second number cannot be a month and the first can (03/25/2024), or when the
// separator is a slash and a 12-hour time follows ("11/8/2023 10:46 PM" is US
// usage: 8 November). The year-first forms (2024-03-05, 2024/03/05,
// 2024.03.05) are always year-month-day. Two-digit years are read only in
// RFC 822 dates ("05 Mar 24 10:15 GMT"), never in 19.11.21.

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Plausible years: older or later dates on a news page are not its date.
const (
	minYear = 1990
	maxYear = 2100
)

// maxParseLen bounds what parseDate accepts: a meta value or a byline date,
// not a paragraph.
const maxParseLen = 200

// keywordWindow is how many tokens after "Published" (or the like) a date may
// start and still count as the one the word introduces.
const keywordWindow = 6

// findDateMaxRank is how many dates findDate reads before it gives up looking
// for one introduced by a publication word.
// Beyond the first three, a "Published" date is mostly a teaser's in a
// sidebar: on the htmldate-dev pages 3 did best, unlimited slightly worse.
const findDateMaxRank = 3

// monthEntry is one month of one language. names holds every spelling pages
// use (nominative, genitive, abbreviation), separated by spaces. Spellings are
// compared after fold, so case and accents do not matter, and an abbreviation
// may be followed by a dot in the page.
type monthEntry struct {
	lang  string
	month int
	names string
}

// monthNames is the month table. Add a language by adding its twelve lines.
// A spelling listed for two different months (Croatian "listopad" is October,
// Polish and Czech "listopad" November) is dropped by buildMonthIndex and
// flagged by the tests, so keep such words out.
var monthNames = []monthEntry{
	{"en", 1, "january jan"},
	{"en", 2, "february feb"},
	{"en", 3, "march mar"},
	{"en", 4, "april apr"},
	{"en", 5, "may"},
	{"en", 6, "june jun"},
	{"en", 7, "july jul"},
	{"en", 8, "august aug"},
	{"en", 9, "september sep sept"},
	{"en", 10, "october oct"},
	{"en", 11, "november nov"},
	{"en", 12, "december dec"},

	{"de", 1, "januar jänner jan"},
	{"de", 2, "februar feber feb"},
	{"de", 3, "märz mär mrz maerz"},
	{"de", 4, "april apr"},
	{"de", 5, "mai"},
	{"de", 6, "juni jun"},
	{"de", 7, "juli jul"},
	{"de", 8, "august aug"},
	{"de", 9, "september sep sept"},
	{"de", 10, "oktober okt"},
	{"de", 11, "november nov"},
	{"de", 12, "dezember dez"},

	{"fr", 1, "janvier janv"},
	{"fr", 2, "février févr fév"},
	{"fr", 3, "mars"},
	{"fr", 4, "avril avr"},
	{"fr", 5, "mai"},
	{"fr", 6, "juin"},
	{"fr", 7, "juillet juil"},
	{"fr", 8, "août"},
	{"fr", 9, "septembre sept"},
	{"fr", 10, "octobre oct"},
	{"fr", 11, "novembre nov"},
	{"fr", 12, "décembre déc"},

	{"es", 1, "enero ene"},
	{"es", 2, "febrero feb"},
	{"es", 3, "marzo mar"},
	{"es", 4, "abril abr"},
	{"es", 5, "mayo may"},
	{"es", 6, "junio jun"},
	{"es", 7, "julio jul"},
	{"es", 8, "agosto ago"},
	{"es", 9, "septiembre setiembre sep sept set"},
	{"es", 10, "octubre oct"},
	{"es", 11, "noviembre nov"},
	{"es", 12, "diciembre dic"},

	{"ca", 1, "gener"},
	{"ca", 2, "febrer"},
	{"ca", 3, "març"},
	{"ca", 4, "abril"},
	{"ca", 5, "maig"},
	{"ca", 6, "juny"},
	{"ca", 7, "juliol"},
	{"ca", 8, "agost"},
	{"ca", 9, "setembre"},
	{"ca", 10, "octubre"},
	{"ca", 11, "novembre"},
	{"ca", 12, "desembre"},

	{"pt", 1, "janeiro jan"},
	{"pt", 2, "fevereiro fev"},
	{"pt", 3, "março mar"},
	{"pt", 4, "abril abr"},
	{"pt", 5, "maio mai"},
	{"pt", 6, "junho jun"},
	{"pt", 7, "julho jul"},
	{"pt", 8, "agosto ago"},
	{"pt", 9, "setembro set"},
	{"pt", 10, "outubro out"},
	{"pt", 11, "novembro nov"},
	{"pt", 12, "dezembro dez"},

	{"it", 1, "gennaio gen"},
	{"it", 2, "febbraio feb"},
	{"it", 3, "marzo mar"},
	{"it", 4, "aprile apr"},
	{"it", 5, "maggio mag"},
	{"it", 6, "giugno giu"},
	{"it", 7, "luglio lug"},
	{"it", 8, "agosto ago"},
	{"it", 9, "settembre set"},
	{"it", 10, "ottobre ott"},
	{"it", 11, "novembre nov"},
	{"it", 12, "dicembre dic"},

	{"nl", 1, "januari jan"},
	{"nl", 2, "februari feb"},
	{"nl", 3, "maart mrt"},
	{"nl", 4, "april apr"},
	{"nl", 5, "mei"},
	{"nl", 6, "juni jun"},
	{"nl", 7, "juli jul"},
	{"nl", 8, "augustus aug"},
	{"nl", 9, "september sep"},
	{"nl", 10, "oktober okt"},
	{"nl", 11, "november nov"},
	{"nl", 12, "december dec"},

	{"sv", 1, "januari jan"},
	{"sv", 2, "februari feb"},
	{"sv", 3, "mars"},
	{"sv", 4, "april apr"},
	{"sv", 5, "maj"},
	{"sv", 6, "juni jun"},
	{"sv", 7, "juli jul"},
	{"sv", 8, "augusti aug"},
	{"sv", 9, "september sep"},
	{"sv", 10, "oktober okt"},
	{"sv", 11, "november nov"},
	{"sv", 12, "december dec"},

	{"da", 1, "januar"},
	{"da", 2, "februar"},
	{"da", 3, "marts"},
	{"da", 4, "april"},
	{"da", 5, "maj"},
	{"da", 6, "juni"},
	{"da", 7, "juli"},
	{"da", 8, "august"},
	{"da", 9, "september"},
	{"da", 10, "oktober"},
	{"da", 11, "november"},
	{"da", 12, "december"},

	{"no", 1, "januar"},
	{"no", 2, "februar"},
	{"no", 3, "mars"},
	{"no", 4, "april"},
	{"no", 5, "mai"},
	{"no", 6, "juni"},
	{"no", 7, "juli"},
	{"no", 8, "august"},
	{"no", 9, "september"},
	{"no", 10, "oktober"},
	{"no", 11, "november"},
	{"no", 12, "desember des"},

	{"fi", 1, "tammikuuta tammikuu"},
	{"fi", 2, "helmikuuta helmikuu"},
	{"fi", 3, "maaliskuuta maaliskuu"},
	{"fi", 4, "huhtikuuta huhtikuu"},
	{"fi", 5, "toukokuuta toukokuu"},
	{"fi", 6, "kesäkuuta kesäkuu"},
	{"fi", 7, "heinäkuuta heinäkuu"},
	{"fi", 8, "elokuuta elokuu"},
	{"fi", 9, "syyskuuta syyskuu"},
	{"fi", 10, "lokakuuta lokakuu"},
	{"fi", 11, "marraskuuta marraskuu"},
	{"fi", 12, "joulukuuta joulukuu"},

	{"is", 1, "janúar"},
	{"is", 2, "febrúar"},
	{"is", 3, "mars"},
	{"is", 4, "apríl"},
	{"is", 5, "maí"},
	{"is", 6, "júní"},
	{"is", 7, "júlí"},
	{"is", 8, "ágúst"},
	{"is", 9, "september"},
	{"is", 10, "október"},
	{"is", 11, "nóvember"},
	{"is", 12, "desember"},

	{"et", 1, "jaanuar"},
	{"et", 2, "veebruar"},
	{"et", 3, "märts"},
	{"et", 4, "aprill"},
	{"et", 5, "mai"},
	{"et", 6, "juuni"},
	{"et", 7, "juuli"},
	{"et", 8, "august"},
	{"et", 9, "september"},
	{"et", 10, "oktoober"},
	{"et", 11, "november"},
	{"et", 12, "detsember"},

	{"pl", 1, "stycznia styczeń sty"},
	{"pl", 2, "lutego luty lut"},
	{"pl", 3, "marca marzec"},
	{"pl", 4, "kwietnia kwiecień kwi"},
	{"pl", 5, "maja maj"},
	{"pl", 6, "czerwca czerwiec cze"},
	{"pl", 7, "lipca lipiec"},
	{"pl", 8, "sierpnia sierpień sie"},
	{"pl", 9, "września wrzesień wrz"},
	{"pl", 10, "października październik paź"},
	{"pl", 11, "listopada listopad lis"},
	{"pl", 12, "grudnia grudzień gru"},

	{"cs", 1, "ledna leden"},
	{"cs", 2, "února únor"},
	{"cs", 3, "března březen"},
	{"cs", 4, "dubna duben"},
	{"cs", 5, "května květen"},
	{"cs", 6, "června červen"},
	{"cs", 7, "července červenec"},
	{"cs", 8, "srpna srpen"},
	{"cs", 9, "září"},
	{"cs", 10, "října říjen"},
	{"cs", 11, "listopadu listopad"},
	{"cs", 12, "prosince prosinec"},

	{"sk", 1, "januára január"},
	{"sk", 2, "februára február"},
	{"sk", 3, "marca marec"},
	{"sk", 4, "apríla apríl"},
	{"sk", 5, "mája máj"},
	{"sk", 6, "júna jún"},
	{"sk", 7, "júla júl"},
	{"sk", 8, "augusta august"},
	{"sk", 9, "septembra september"},
	{"sk", 10, "októbra október"},
	{"sk", 11, "novembra november"},
	{"sk", 12, "decembra december"},

	{"sl", 1, "januar januarja"},
	{"sl", 2, "februar februarja"},
	{"sl", 3, "marec marca"},
	{"sl", 4, "april aprila"},
	{"sl", 5, "maj maja"},
	{"sl", 6, "junij junija"},
	{"sl", 7, "julij julija"},
	{"sl", 8, "avgust avgusta"},
	{"sl", 9, "september septembra"},
	{"sl", 10, "oktober oktobra"},
	{"sl", 11, "november novembra"},
	{"sl", 12, "december decembra"},

	// Bosnian, Serbian (Latin) and the Croatian names that no other
	// language uses for another month; Croatian "listopad(a)" (October)
	// is left out because Polish and Czech use it for November.
	{"bs", 1, "januar januara siječanj siječnja"},
	{"bs", 2, "februar februara veljača veljače"},
	{"bs", 3, "mart marta ožujak ožujka"},
	{"bs", 4, "april aprila travanj travnja"},
	{"bs", 5, "maj maja svibanj svibnja"},
	{"bs", 6, "juni juna jun lipanj lipnja"},
	{"bs", 7, "juli jula jul srpanj srpnja"},
	{"bs", 8, "august augusta avgust avgusta kolovoz kolovoza"},
	{"bs", 9, "septembar septembra rujan rujna"},
	{"bs", 10, "oktobar oktobra"},
	{"bs", 11, "novembar novembra studeni studenoga studenog"},
	{"bs", 12, "decembar decembra prosinac prosinca"},

	{"hu", 1, "január jan"},
	{"hu", 2, "február febr"},
	{"hu", 3, "március márc"},
	{"hu", 4, "április ápr"},
	{"hu", 5, "május máj"},
	{"hu", 6, "június jún"},
	{"hu", 7, "július júl"},
	{"hu", 8, "augusztus aug"},
	{"hu", 9, "szeptember szept"},
	{"hu", 10, "október okt"},
	{"hu", 11, "november nov"},
	{"hu", 12, "december dec"},

	{"ro", 1, "ianuarie ian"},
	{"ro", 2, "februarie feb"},
	{"ro", 3, "martie mar"},
	{"ro", 4, "aprilie apr"},
	{"ro", 5, "mai"},
	{"ro", 6, "iunie iun"},
	{"ro", 7, "iulie iul"},
	{"ro", 8, "august aug"},
	{"ro", 9, "septembrie sept"},
	{"ro", 10, "octombrie oct"},
	{"ro", 11, "noiembrie noi"},
	{"ro", 12, "decembrie dec"},

	{"lt", 1, "sausio sausis"},
	{"lt", 2, "vasario vasaris"},
	{"lt", 3, "kovo kovas"},
	{"lt", 4, "balandžio balandis"},
	{"lt", 5, "gegužės gegužė"},
	{"lt", 6, "birželio birželis"},
	{"lt", 7, "liepos liepa"},
	{"lt", 8, "rugpjūčio rugpjūtis"},
	{"lt", 9, "rugsėjo rugsėjis"},
	{"lt", 10, "spalio spalis"},
	{"lt", 11, "lapkričio lapkritis"},
	{"lt", 12, "gruodžio gruodis"},

	{"tr", 1, "ocak oca"},
	{"tr", 2, "şubat şub"},
	{"tr", 3, "mart"},
	{"tr", 4, "nisan nis"},
	{"tr", 5, "mayıs mayis"},
	{"tr", 6, "haziran haz"},
	{"tr", 7, "temmuz tem"},
	{"tr", 8, "ağustos ağu"},
	{"tr", 9, "eylül eyl"},
	{"tr", 10, "ekim eki"},
	{"tr", 11, "kasım kasim kas"},
	{"tr", 12, "aralık aralik ara"},

	// Thai: the full names; the year after them is the Buddhist era's
	// (see buddhistEraYear)
	{"th", 1, "มกราคม ม.ค."},
	{"th", 2, "กุมภาพันธ์ ก.พ."},
	{"th", 3, "มีนาคม มี.ค."},
	{"th", 4, "เมษายน เม.ย."},
	{"th", 5, "พฤษภาคม พ.ค."},
	{"th", 6, "มิถุนายน มิ.ย."},
	{"th", 7, "กรกฎาคม ก.ค."},
	{"th", 8, "สิงหาคม ส.ค."},
	{"th", 9, "กันยายน ก.ย."},
	{"th", 10, "ตุลาคม ต.ค."},
	{"th", 11, "พฤศจิกายน พ.ย."},
	{"th", 12, "ธันวาคม ธ.ค."},

	// Persian: the months of the Solar Hijri calendar, with Arabic yeh
	// spellings; the date they make is turned Gregorian (see jalaliDate)
	{"fa", 1, "فروردین فروردين"},
	{"fa", 2, "اردیبهشت ارديبهشت"},
	{"fa", 3, "خرداد"},
	{"fa", 4, "تیر تير"},
	{"fa", 5, "مرداد امرداد"},
	{"fa", 6, "شهریور شهريور"},
	{"fa", 7, "مهر"},
	{"fa", 8, "آبان"},
	{"fa", 9, "آذر"},
	{"fa", 10, "دی دي"},
	{"fa", 11, "بهمن"},
	{"fa", 12, "اسفند"},

	{"id", 1, "januari jan"},
	{"id", 2, "februari feb"},
	{"id", 3, "maret mar"},
	{"id", 4, "april apr"},
	{"id", 5, "mei"},
	{"id", 6, "juni jun"},
	{"id", 7, "juli jul"},
	{"id", 8, "agustus agu agt"},
	{"id", 9, "september sep"},
	{"id", 10, "oktober okt"},
	{"id", 11, "november nov"},
	{"id", 12, "desember des"},

	{"ms", 3, "mac"},
	{"ms", 7, "julai"},
	{"ms", 8, "ogos"},
	{"ms", 12, "disember"},

	{"tl", 1, "enero"},
	{"tl", 2, "pebrero"},
	{"tl", 3, "marso"},
	{"tl", 4, "abril"},
	{"tl", 5, "mayo"},
	{"tl", 6, "hunyo"},
	{"tl", 7, "hulyo"},
	{"tl", 8, "agosto"},
	{"tl", 9, "setyembre"},
	{"tl", 10, "oktubre"},
	{"tl", 11, "nobyembre"},
	{"tl", 12, "disyembre"},

	{"el", 1, "ιανουαρίου ιανουάριος ιαν"},
	{"el", 2, "φεβρουαρίου φεβρουάριος φεβ"},
	{"el", 3, "μαρτίου μάρτιος μαρ"},
	{"el", 4, "απριλίου απρίλιος απρ"},
	{"el", 5, "μαΐου μάιος μαΐ"},
	{"el", 6, "ιουνίου ιούνιος ιουν"},
	{"el", 7, "ιουλίου ιούλιος ιουλ"},
	{"el", 8, "αυγούστου αύγουστος αυγ"},
	{"el", 9, "σεπτεμβρίου σεπτέμβριος σεπ"},
	{"el", 10, "οκτωβρίου οκτώβριος οκτ"},
	{"el", 11, "νοεμβρίου νοέμβριος νοε"},
	{"el", 12, "δεκεμβρίου δεκέμβριος δεκ"},

	{"ru", 1, "января январь янв"},
	{"ru", 2, "февраля февраль фев"},
	{"ru", 3, "марта март мар"},
	{"ru", 4, "апреля апрель апр"},
	{"ru", 5, "мая май"},
	{"ru", 6, "июня июнь июн"},
	{"ru", 7, "июля июль июл"},
	{"ru", 8, "августа август авг"},
	{"ru", 9, "сентября сентябрь сен сент"},
	{"ru", 10, "октября октябрь окт"},
	{"ru", 11, "ноября ноябрь ноя нояб"},
	{"ru", 12, "декабря декабрь дек"},

	{"uk", 1, "січня січень"},
	{"uk", 2, "лютого лютий"},
	{"uk", 3, "березня березень"},
	{"uk", 4, "квітня квітень"},
	{"uk", 5, "травня травень"},
	{"uk", 6, "червня червень"},
	{"uk", 7, "липня липень"},
	{"uk", 8, "серпня серпень"},
	{"uk", 9, "вересня вересень"},
	{"uk", 10, "жовтня жовтень"},
	{"uk", 11, "листопада листопад"},
	{"uk", 12, "грудня грудень"},

	{"bg", 1, "януари"},
	{"bg", 2, "февруари"},
	{"bg", 3, "март"},
	{"bg", 4, "април"},
	{"bg", 5, "май"},
	{"bg", 6, "юни"},
	{"bg", 7, "юли"},
	{"bg", 8, "август"},
	{"bg", 9, "септември"},
	{"bg", 10, "октомври"},
	{"bg", 11, "ноември"},
	{"bg", 12, "декември"},

	{"sr", 1, "јануар јануара"},
	{"sr", 2, "фебруар фебруара"},
	{"sr", 3, "март марта"},
	{"sr", 4, "април априла"},
	{"sr", 5, "мај маја"},
	{"sr", 6, "јун јуна"},
	{"sr", 7, "јул јула"},
	{"sr", 8, "август августа"},
	{"sr", 9, "септембар септембра"},
	{"sr", 10, "октобар октобра"},
	{"sr", 11, "новембар новембра"},
	{"sr", 12, "децембар децембра"},

	// Arabic: the Egyptian/Gulf names and the single-word Levantine ones
	// ("كانون الثاني" and "تشرين الأول" are two words and not listed).
	{"ar", 1, "يناير"},
	{"ar", 2, "فبراير شباط"},
	{"ar", 3, "مارس آذار"},
	{"ar", 4, "أبريل ابريل إبريل نيسان"},
	{"ar", 5, "مايو أيار"},
	{"ar", 6, "يونيو حزيران"},
	{"ar", 7, "يوليو تموز"},
	{"ar", 8, "أغسطس اغسطس آب"},
	{"ar", 9, "سبتمبر أيلول"},
	{"ar", 10, "أكتوبر اكتوبر"},
	{"ar", 11, "نوفمبر"},
	{"ar", 12, "ديسمبر"},

	// Hebrew, bare and with the prefix ב ("in"), as in "5 במרץ 2024".
	{"he", 1, "ינואר בינואר"},
	{"he", 2, "פברואר בפברואר"},
	{"he", 3, "מרץ במרץ מרס במרס"},
	{"he", 4, "אפריל באפריל"},
	{"he", 5, "מאי במאי"},
	{"he", 6, "יוני ביוני"},
	{"he", 7, "יולי ביולי"},
	{"he", 8, "אוגוסט באוגוסט"},
	{"he", 9, "ספטמבר בספטמבר"},
	{"he", 10, "אוקטובר באוקטובר"},
	{"he", 11, "נובמבר בנובמבר"},
	{"he", 12, "דצמבר בדצמבר"},

	{"hi", 1, "जनवरी"},
	{"hi", 2, "फ़रवरी फरवरी"},
	{"hi", 3, "मार्च"},
	{"hi", 4, "अप्रैल"},
	{"hi", 5, "मई"},
	{"hi", 6, "जून"},
	{"hi", 7, "जुलाई"},
	{"hi", 8, "अगस्त"},
	{"hi", 9, "सितंबर सितम्बर"},
	{"hi", 10, "अक्टूबर"},
	{"hi", 11, "नवंबर नवम्बर"},
	{"hi", 12, "दिसंबर दिसम्बर"},

	{"bn", 1, "জানুয়ারি জানুয়ারী"},
	{"bn", 2, "ফেব্রুয়ারি ফেব্রুয়ারী"},
	{"bn", 3, "মার্চ"},
	{"bn", 4, "এপ্রিল"},
	{"bn", 5, "মে"},
	{"bn", 6, "জুন"},
	{"bn", 7, "জুলাই"},
	{"bn", 8, "আগস্ট"},
	{"bn", 9, "সেপ্টেম্বর"},
	{"bn", 10, "অক্টোবর"},
	{"bn", 11, "নভেম্বর"},
	{"bn", 12, "ডিসেম্বর"},

	// Latvian: nominative and the locative of "2026. gada 28. novembrī"
	{"lv", 1, "janvāris janvārī janvāra"},
	{"lv", 2, "februāris februārī februāra"},
	{"lv", 3, "marts martā marta"},
	{"lv", 4, "aprīlis aprīlī aprīļa"},
	{"lv", 5, "maijs maijā maija"},
	{"lv", 6, "jūnijs jūnijā jūnija"},
	{"lv", 7, "jūlijs jūlijā jūlija"},
	{"lv", 8, "augusts augustā augusta"},
	{"lv", 9, "septembris septembrī septembra"},
	{"lv", 10, "oktobris oktobrī oktobra"},
	{"lv", 11, "novembris novembrī novembra"},
	{"lv", 12, "decembris decembrī decembra"},

	// Belarusian: nominative and genitive ("28 лістапада 2026")
	{"be", 1, "студзень студзеня"},
	{"be", 2, "люты лютага"},
	{"be", 3, "сакавік сакавіка"},
	{"be", 4, "красавік красавіка"},
	{"be", 5, "травень траўня"},
	{"be", 6, "чэрвень чэрвеня"},
	{"be", 7, "ліпень ліпеня"},
	{"be", 8, "жнівень жніўня"},
	{"be", 9, "верасень верасня"},
	{"be", 10, "кастрычнік кастрычніка"},
	{"be", 11, "лістапад лістапада"},
	{"be", 12, "снежань снежня"},

	// Albanian, nominative and definite genitive ("28 nëntorit")
	{"sq", 1, "janar janarit"},
	{"sq", 2, "shkurt shkurtit"},
	{"sq", 3, "mars marsit"},
	{"sq", 4, "prill prillit"},
	{"sq", 5, "maj majit"},
	{"sq", 6, "qershor qershorit"},
	{"sq", 7, "korrik korrikut"},
	{"sq", 8, "gusht gushtit"},
	{"sq", 9, "shtator shtatorit"},
	{"sq", 10, "tetor tetorit"},
	{"sq", 11, "nëntor nëntorit"},
	{"sq", 12, "dhjetor dhjetorit"},

	// Azerbaijani and Uzbek (Latin, then Uzbek Cyrillic), Kazakh
	{"az", 1, "yanvar январ"},
	{"az", 2, "fevral феврал"},
	{"az", 3, "mart март"},
	{"az", 4, "aprel апрел"},
	{"az", 5, "may май"},
	{"az", 6, "iyun июн"},
	{"az", 7, "iyul июл"},
	{"az", 8, "avqust avgust август"},
	{"az", 9, "sentyabr sentabr сентябр"},
	{"az", 10, "oktyabr oktabr октябр"},
	{"az", 11, "noyabr ноябр"},
	{"az", 12, "dekabr декабр"},
	{"kk", 1, "қаңтар"},
	{"kk", 2, "ақпан"},
	{"kk", 3, "наурыз"},
	{"kk", 4, "сәуір"},
	{"kk", 5, "мамыр"},
	{"kk", 6, "маусым"},
	{"kk", 7, "шілде"},
	{"kk", 8, "тамыз"},
	{"kk", 9, "қыркүйек"},
	{"kk", 10, "қазан"},
	{"kk", 11, "қараша"},
	{"kk", 12, "желтоқсан"},

	// Georgian: nominative, dative and genitive
	{"ka", 1, "იანვარი იანვარს იანვრის"},
	{"ka", 2, "თებერვალი თებერვალს თებერვლის"},
	{"ka", 3, "მარტი მარტს მარტის"},
	{"ka", 4, "აპრილი აპრილს აპრილის"},
	{"ka", 5, "მაისი მაისს მაისის"},
	{"ka", 6, "ივნისი ივნისს ივნისის"},
	{"ka", 7, "ივლისი ივლისს ივლისის"},
	{"ka", 8, "აგვისტო აგვისტოს"},
	{"ka", 9, "სექტემბერი სექტემბერს სექტემბრის"},
	{"ka", 10, "ოქტომბერი ოქტომბერს ოქტომბრის"},
	{"ka", 11, "ნოემბერი ნოემბერს ნოემბრის"},
	{"ka", 12, "დეკემბერი დეკემბერს დეკემბრის"},

	// Armenian: nominative and the genitive dates are written in
	{"hy", 1, "հունվար հունվարի"},
	{"hy", 2, "փետրվար փետրվարի"},
	{"hy", 3, "մարտ մարտի"},
	{"hy", 4, "ապրիլ ապրիլի"},
	{"hy", 5, "մայիս մայիսի"},
	{"hy", 6, "հունիս հունիսի"},
	{"hy", 7, "հուլիս հուլիսի"},
	{"hy", 8, "օգոստոս օգոստոսի"},
	{"hy", 9, "սեպտեմբեր սեպտեմբերի"},
	{"hy", 10, "հոկտեմբեր հոկտեմբերի"},
	{"hy", 11, "նոյեմբեր նոյեմբերի"},
	{"hy", 12, "դեկտեմբեր դեկտեմբերի"},

	// Swahili; Irish (September and October are two words, not listed);
	// Welsh
	{"sw", 1, "januari"},
	{"sw", 2, "februari"},
	{"sw", 3, "machi"},
	{"sw", 4, "aprili"},
	{"sw", 5, "mei"},
	{"sw", 6, "juni"},
	{"sw", 7, "julai"},
	{"sw", 8, "agosti"},
	{"sw", 9, "septemba"},
	{"sw", 10, "oktoba"},
	{"sw", 11, "novemba"},
	{"sw", 12, "desemba"},
	{"ga", 1, "eanáir"},
	{"ga", 2, "feabhra"},
	{"ga", 3, "márta"},
	{"ga", 4, "aibreán"},
	{"ga", 5, "bealtaine"},
	{"ga", 6, "meitheamh"},
	{"ga", 7, "iúil"},
	{"ga", 8, "lúnasa"},
	{"ga", 11, "samhain"},
	{"ga", 12, "nollaig"},
	{"cy", 1, "ionawr"},
	{"cy", 2, "chwefror"},
	{"cy", 3, "mawrth"},
	{"cy", 4, "ebrill"},
	{"cy", 5, "mai"},
	{"cy", 6, "mehefin"},
	{"cy", 7, "gorffennaf"},
	{"cy", 8, "awst"},
	{"cy", 9, "medi"},
	{"cy", 10, "hydref"},
	{"cy", 11, "tachwedd"},
	{"cy", 12, "rhagfyr"},

	// Urdu
	{"ur", 1, "جنوری"},
	{"ur", 2, "فروری"},
	{"ur", 3, "مارچ"},
	{"ur", 4, "اپریل"},
	{"ur", 5, "مئی"},
	{"ur", 6, "جون"},
	{"ur", 7, "جولائی"},
	{"ur", 8, "اگست"},
	{"ur", 9, "ستمبر"},
	{"ur", 10, "اکتوبر"},
	{"ur", 11, "نومبر"},
	{"ur", 12, "دسمبر"},

	// Marathi and Nepali (Devanagari, beside Hindi's above)
	{"mr", 1, "जानेवारी जनवरी"},
	{"mr", 2, "फेब्रुवारी फेब्रुअरी"},
	{"mr", 3, "मार्च"},
	{"mr", 4, "एप्रिल अप्रिल"},
	{"mr", 5, "मे"},
	{"mr", 6, "जुन"},
	{"mr", 7, "जुलै"},
	{"mr", 8, "ऑगस्ट अगस्ट"},
	{"mr", 9, "सप्टेंबर सेप्टेम्बर"},
	{"mr", 10, "ऑक्टोबर अक्टोबर"},
	{"mr", 11, "नोव्हेंबर नोभेम्बर"},
	{"mr", 12, "डिसेंबर डिसेम्बर"},

	// Dravidian scripts and Gujarati, Gurmukhi; Tamil papers abbreviate
	// ("பிப் 18, 2025", Dinamalar)
	{"ta", 1, "ஜனவரி ஜன"},
	{"ta", 2, "பிப்ரவரி பிப்"},
	{"ta", 3, "மார்ச் மார்"},
	{"ta", 4, "ஏப்ரல் ஏப்"},
	{"ta", 5, "மே"},
	{"ta", 6, "ஜூன்"},
	{"ta", 7, "ஜூலை"},
	{"ta", 8, "ஆகஸ்ட் ஆக"},
	{"ta", 9, "செப்டம்பர் செப்"},
	{"ta", 10, "அக்டோபர் அக்"},
	{"ta", 11, "நவம்பர் நவ"},
	{"ta", 12, "டிசம்பர் டிச"},
	{"te", 1, "జనవరి"},
	{"te", 2, "ఫిబ్రవరి"},
	{"te", 3, "మార్చి"},
	{"te", 4, "ఏప్రిల్"},
	{"te", 5, "మే"},
	{"te", 6, "జూన్"},
	{"te", 7, "జూలై"},
	{"te", 8, "ఆగస్టు"},
	{"te", 9, "సెప్టెంబర్"},
	{"te", 10, "అక్టోబర్"},
	{"te", 11, "నవంబర్"},
	{"te", 12, "డిసెంబర్"},
	{"kn", 1, "ಜನವರಿ"},
	{"kn", 2, "ಫೆಬ್ರವರಿ"},
	{"kn", 3, "ಮಾರ್ಚ್"},
	{"kn", 4, "ಏಪ್ರಿಲ್"},
	{"kn", 5, "ಮೇ"},
	{"kn", 6, "ಜೂನ್"},
	{"kn", 7, "ಜುಲೈ"},
	{"kn", 8, "ಆಗಸ್ಟ್"},
	{"kn", 9, "ಸೆಪ್ಟೆಂಬರ್"},
	{"kn", 10, "ಅಕ್ಟೋಬರ್"},
	{"kn", 11, "ನವೆಂಬರ್"},
	{"kn", 12, "ಡಿಸೆಂಬರ್"},
	{"ml", 1, "ജനുവരി"},
	{"ml", 2, "ഫെബ്രുവരി"},
	{"ml", 3, "മാർച്ച്"},
	{"ml", 4, "ഏപ്രിൽ"},
	{"ml", 5, "മേയ് മെയ്"},
	{"ml", 6, "ജൂൺ"},
	{"ml", 7, "ജൂലൈ"},
	{"ml", 8, "ഓഗസ്റ്റ് ആഗസ്റ്റ്"},
	{"ml", 9, "സെപ്റ്റംബർ"},
	{"ml", 10, "ഒക്ടോബർ"},
	{"ml", 11, "നവംബർ"},
	{"ml", 12, "ഡിസംബർ"},
	{"gu", 1, "જાન્યુઆરી"},
	{"gu", 2, "ફેબ્રુઆરી"},
	{"gu", 3, "માર્ચ"},
	{"gu", 4, "એપ્રિલ"},
	{"gu", 5, "મે"},
	{"gu", 6, "જૂન"},
	{"gu", 7, "જુલાઈ"},
	{"gu", 8, "ઑગસ્ટ ઓગસ્ટ"},
	{"gu", 9, "સપ્ટેમ્બર"},
	{"gu", 10, "ઑક્ટોબર ઓક્ટોબર"},
	{"gu", 11, "નવેમ્બર"},
	{"gu", 12, "ડિસેમ્બર"},
	{"pa", 1, "ਜਨਵਰੀ"},
	{"pa", 2, "ਫ਼ਰਵਰੀ ਫਰਵਰੀ"},
	{"pa", 3, "ਮਾਰਚ"},
	{"pa", 4, "ਅਪ੍ਰੈਲ ਅਪਰੈਲ"},
	{"pa", 5, "ਮਈ"},
	{"pa", 6, "ਜੂਨ"},
	{"pa", 7, "ਜੁਲਾਈ"},
	{"pa", 8, "ਅਗਸਤ"},
	{"pa", 9, "ਸਤੰਬਰ"},
	{"pa", 10, "ਅਕਤੂਬਰ"},
	{"pa", 11, "ਨਵੰਬਰ"},
	{"pa", 12, "ਦਸੰਬਰ"},
}

// monthIndex maps a folded spelling to its month, 1..12. Built once, read only.
var monthIndex = buildMonthIndex(monthNames)

// buddhistEraMonths are the folded Thai month names, after which a year
// counts in the Buddhist era. Built once, read only.
var buddhistEraMonths = monthNamesOf("th")

// jalaliMonths are the folded Persian month names, after which a date
// counts in the Solar Hijri calendar. Built once, read only.
var jalaliMonths = monthNamesOf("fa")

// monthNamesOf returns the folded month names of one language's entries.
func monthNamesOf(lang string) map[string]bool {
	set := make(map[string]bool)
	for _, e := range monthNames {
		if e.lang == lang {
			for _, name := range strings.Fields(e.names) {
				set[fold(name)] = true
			}
		}
	}
	return set
}

// buildMonthIndex indexes the table. A spelling claimed by two months maps to
// 0 so it is never read as either.
func buildMonthIndex(entries []monthEntry) map[string]int {
	idx := make(map[string]int)
	for _, e := range entries {
		for _, name := range strings.Fields(e.names) {
			k := fold(name)
			if m, seen := idx[k]; seen && m != e.month {
				idx[k] = 0
				continue
			}
			idx[k] = e.month
		}
	}
	return idx
}

// keywordKind says what a date-introducing word announces.
type keywordKind uint8

const (
	kwPublished keywordKind = iota + 1
	kwUpdated
)

// keywordEntry lists, for one language, the words that introduce a
// publication or an update date. Han keywords are two characters long, since
// Han text is split into single characters.
type keywordEntry struct {
	lang  string
	kind  keywordKind
	words string
}

var dateKeywords = []keywordEntry{
	{"en", kwPublished, "published posted date dated original"}, // "Updated Dec. 11 … / Original Dec. 10 …" (Dow Jones); not "originally", as in "originally from" a speech
	{"en", kwUpdated, "updated modified edited update"},         // "This page was last edited on …" (MediaWiki), "Last update: …"
	{"de", kwPublished, "veröffentlicht publiziert erstellt erschienen datum gepostet"},
	{"de", kwUpdated, "aktualisiert geändert stand"},
	{"fr", kwPublished, "publié publiée publie créé"},
	{"fr", kwUpdated, "actualisé modifié"},
	{"es", kwPublished, "publicado publicada fecha"},
	{"es", kwUpdated, "actualizado actualizada"},
	{"pt", kwPublished, "publicado publicada"},
	{"pt", kwUpdated, "atualizado atualizada"},
	{"it", kwPublished, "pubblicato pubblicata"},
	{"it", kwUpdated, "aggiornato aggiornata aggiornamento modifica"},
	{"nl", kwPublished, "gepubliceerd geplaatst"},
	{"nl", kwUpdated, "bijgewerkt gewijzigd"},
	{"pl", kwPublished, "opublikowano opublikowany"},
	{"pl", kwUpdated, "aktualizacja zaktualizowano"},
	{"cs", kwPublished, "publikováno zveřejněno"},
	{"cs", kwUpdated, "aktualizováno"},
	{"sk", kwPublished, "publikované uverejnené"},
	{"sk", kwUpdated, "aktualizované"},
	{"hr", kwPublished, "objavljeno"}, // Croatian, Serbian, Bosnian, Slovenian
	{"hr", kwUpdated, "ažurirano azurirano"},
	{"sl", kwUpdated, "posodobljeno"},
	{"bg", kwPublished, "публикувано"},
	{"bg", kwUpdated, "обновено"},
	{"lt", kwPublished, "paskelbta"},
	{"lt", kwUpdated, "atnaujinta"},
	{"lv", kwPublished, "publicēts"},
	{"lv", kwUpdated, "atjaunināts"},
	{"et", kwPublished, "avaldatud"},
	{"et", kwUpdated, "uuendatud"},
	{"sv", kwPublished, "publicerad publicerat"},
	{"sv", kwUpdated, "uppdaterad uppdaterat"},
	{"da", kwPublished, "publiceret offentliggjort"},
	{"da", kwUpdated, "opdateret"},
	{"no", kwPublished, "publisert"},
	{"no", kwUpdated, "oppdatert"},
	{"fi", kwPublished, "julkaistu"},
	{"fi", kwUpdated, "päivitetty"},
	{"is", kwPublished, "birt birtist"}, // Icelandic "published"
	{"is", kwUpdated, "uppfært"},
	{"hu", kwPublished, "közzétéve publikálva"},
	{"hu", kwUpdated, "frissítve"},
	{"ro", kwPublished, "publicat publicării publicarii"}, // "Data publicării:"
	{"ro", kwUpdated, "actualizat actualizării actualizarii"},
	{"tr", kwPublished, "yayınlanma yayınlandı yayinlanma oluşturulma"},
	{"tr", kwUpdated, "güncelleme güncellendi"},
	{"ru", kwPublished, "опубликовано опубликован дата"},
	{"ru", kwUpdated, "обновлено обновлен"},
	{"uk", kwPublished, "опубліковано"},
	{"uk", kwUpdated, "оновлено"},
	{"el", kwPublished, "δημοσίευση δημοσιεύθηκε"},
	{"el", kwUpdated, "ενημέρωση ενημερώθηκε"},
	{"id", kwPublished, "diterbitkan dipublikasikan"},
	{"id", kwUpdated, "diperbarui"},
	{"vi", kwPublished, "đăng"},
	{"vi", kwUpdated, "cập"},
	{"ko", kwPublished, "입력 등록"},
	{"ko", kwUpdated, "수정"},
	{"zh", kwPublished, "发布 發布 发表 發表"},
	{"ja", kwPublished, "公開 掲載 投稿"},
	{"zh", kwUpdated, "更新"},
	{"ar", kwPublished, "نشر النشر"},         // Arabic "published", "the publication"
	{"ar", kwUpdated, "تحديث التحديث"},       // Arabic "update"
	{"fa", kwPublished, "انتشار منتشر"},      // Persian "publication", "published"
	{"fa", kwUpdated, "بروزرسانی بروزرسانى"}, // Persian "update"
	{"he", kwPublished, "פורסם"},             // Hebrew "published"
	{"he", kwUpdated, "עודכן"},               // Hebrew "updated"
	{"th", kwPublished, "เผยแพร่"},           // Thai "published"
	{"th", kwUpdated, "อัปเดต อัปเดตล่าสุด"}, // Thai "updated", "last updated"
}

// keywordIndex maps a folded keyword to what it announces. Read only.
var keywordIndex = buildKeywordIndex(dateKeywords)

func buildKeywordIndex(entries []keywordEntry) map[string]keywordKind {
	idx := make(map[string]keywordKind)
	for _, e := range entries {
		for _, w := range strings.Fields(e.words) {
			idx[fold(w)] = e.kind
		}
	}
	return idx
}

// dayConnectors may stand between a day and its month: "5 de marzo",
// "5th of March".
var dayConnectors = map[string]bool{"de": true, "of": true}

// yearConnectors may stand between a month and its year: "marzo de 2024".
var yearConnectors = map[string]bool{"de": true, "del": true, "of": true}

// ordinalSuffixes follow a day number without a space: 5th, 1er, 1º.
var ordinalSuffixes = map[string]bool{
	"st": true, "nd": true, "rd": true, "th": true,
	"er": true, "re": true, "e": true, "eme": true, "o": true, "a": true,
	"º": true, "ª": true,
}

// capitalWeekdays are weekday names written with a capital, in full and
// abbreviated, that may open a date line without a comma: "Tue Jan 1,
// 2008 11:46am EST" (Reuters), "Mittwoch 3. November 2021". Languages
// that write weekdays in lower case need no entry: dateOnlyLine lets
// lower-case words stand.
var capitalWeekdays = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true, // English
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, // English
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonnabend": true, "sonntag": true, // German
}

// timeConnectors are words that may stand between a date and its time of day:
// "at", "à", "um", "klo", "a las", "alle", ISO's "T". After one of them a dot
// may separate hours and minutes ("klo 12.45").
var timeConnectors = map[string]bool{
	"t": true, "at": true, "a": true, "um": true, "klo": true, "kl": true,
	"las": true, "alle": true, "ore": true, "o": true, "godz": true,
	"om": true, "в": true, "о": true, "saat": true, "luc": true, "v": true,
	"ob": true, "as": true, "kello": true, "ora": true,
}

// timeConnectorPunct may stand between a date and its time.
const timeConnectorPunct = ",|-–—/·•@.("

// hourWords may follow a time of day before its zone: "10:15 Uhr".
var hourWords = map[string]bool{"uhr": true, "hrs": true, "hs": true, "horas": true, "hod": true}

// usGenericZones are US zones as broadcasters and wire services write
// them, without saying standard or daylight time ("5 p.m. ET"), with their
// standard offsets in minutes (see usZoneOn).
var usGenericZones = map[string]int{"et": -300, "ct": -360, "mt": -420, "pt": -480}

// zoneAbbrevs holds the zone abbreviations news pages print, with their
// offsets in minutes. Ambiguous ones take the reading the corpora need:
// IST is India, CST is US Central.
var zoneAbbrevs = map[string]int{
	"utc": 0, "gmt": 0, "ut": 0, "wet": 0, "west": 60,
	"bst": 60, "cet": 60, "cest": 120, "mez": 60, "mesz": 120,
	"eet": 120, "eest": 180, "msk": 180, "sast": 120,
	"est": -300, "edt": -240, "cst": -360, "cdt": -300,
	"mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
	"akst": -540, "akdt": -480, "hst": -600,
	"ist": 330, "pkt": 300, "wib": 420, "wita": 480, "wit": 540,
	"ict": 420, "hkt": 480, "sgt": 480, "pht": 480,
	"jst": 540, "kst": 540, "awst": 480, "acst": 570,
	"aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
}

// fold lower-cases s and strips its accents, so "März", "MÄRZ" and "marz"
// compare equal. Thai vowel marks stay: they tell "ม.ค." (January) from
// "มี.ค." (March).
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) && !isThai(r) {
			continue
		}
		r = unicode.ToLower(r)
		if r == 'ς' {
			r = 'σ'
		}
		b.WriteRune(r)
	}
	// Recompose what NFD split without marks, such as Hangul syllables.
	return norm.NFC.String(b.String())
}

// digitZeros are the zero digits of the scripts whose numerals pages use
// for dates: ASCII, Arabic-Indic, Persian, Devanagari, Bengali, Thai and
// full width.
var digitZeros = [...]rune{'0', 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10}

// hasDateDigit reports whether s holds a digit of a script in digitZeros.
func hasDateDigit(s string) bool {
	for _, r := range s {
		if digitValue(r) >= 0 {
			return true
		}
	}
	return false
}

// digitValue returns r's value as a decimal digit, or -1.
func digitValue(r rune) int {
	for _, z := range digitZeros {
		if r >= z && r <= z+9 {
			return int(r - z)
		}
	}
	return -1
}

type tokKind uint8

const (
	tokNone tokKind = iota
	tokNum
	tokWord
	tokPunct
)

// token is one number, word or punctuation mark of the input. Han, kana and
// other scripts written without spaces become one token per character.
type token struct {
	// Fields are ordered widest first: pages are tokenized text node by
	// text node, and a padded layout took half again the memory.
	word   string
	start  int  // byte offset of the token in the input
	ndig   int  // digits in a number
	val    int  // a number's value (its first 9 digits)
	r      rune // a punctuation mark
	kind   tokKind
	spaced bool // white space comes right before the token
	cjk    bool // a single Han or kana character
	caps   bool // a word written in capitals only
}

func isIdeograph(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

func isDateWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsMark(r)) && !isIdeograph(r)
}

// tokenize splits s into tokens in one pass.
func tokenize(s string) []token {
	var toks []token
	spaced := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			spaced = true
			i += size
			continue
		}
		t := token{start: i, spaced: spaced}
		switch {
		case digitValue(r) >= 0:
			t.kind = tokNum
			for i < len(s) {
				r, size = utf8.DecodeRuneInString(s[i:])
				v := digitValue(r)
				if v < 0 {
					break
				}
				if t.ndig < 9 {
					t.val = t.val*10 + v
				}
				t.ndig++
				i += size
			}
		case isIdeograph(r):
			t.kind, t.cjk, t.word = tokWord, true, string(r)
			i += size
		case isDateWordRune(r):
			j := i + size
			for j < len(s) {
				r2, size2 := utf8.DecodeRuneInString(s[j:])
				if !isDateWordRune(r2) {
					break
				}
				j += size2
			}
			if j < len(s) && s[j] == '.' && isThai(r) {
				j = thaiAbbreviationEnd(s, i, j)
			}
			t.kind, t.word, t.caps = tokWord, fold(s[i:j]), allCaps(s[i:j])
			i = j
		default:
			t.kind, t.r = tokPunct, arabicToLatinPunct(r)
			i += size
		}
		toks = append(toks, t)
		spaced = false
	}
	return toks
}

// arabicToLatinPunct reads the Arabic comma as a comma: Urdu and Persian
// dates separate the year with it ("20 مئی ، 2024", Geo News).
func arabicToLatinPunct(r rune) rune {
	if r == '،' {
		return ','
	}
	return r
}

// isThai reports a letter of the Thai script.
func isThai(r rune) bool {
	return r >= 0x0E00 && r <= 0x0E7F
}

// thaiAbbreviationEnd returns where a Thai month's abbreviation that
// opens at i ends ("พ.ย." for พฤศจิกายน: letters and dots), or j, the end
// of its first letters, when the dotted run names no month.
func thaiAbbreviationEnd(s string, i, j int) int {
	k := j
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if r != '.' && !isThai(r) {
			break
		}
		k += size
	}
	if monthIndex[fold(s[i:k])] != 0 {
		return k
	}
	return j
}

// allCaps reports a word of two or more letters, all of them capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// dateParts is a date as read, before validation.
type dateParts struct {
	y, m, d int
	// shortYear marks the two-digit year of RFC 822, trusted only when a
	// time of day follows.
	shortYear bool
	// usOrder marks a slashed date read day-first that would also be valid
	// month-first (05/03/2024); a 12-hour clock after it makes it US.
	usOrder bool
	clock   *clockParts
}

// clockParts is a time of day and its zone (nil: none given, read as UTC).
type clockParts struct {
	hh, mm, ss, ns int
	twelveHour     bool // written with am/pm
	loc            *time.Location
	// usZone is the standard offset in minutes of a US zone written
	// without saying standard or daylight ("8:00 ET"); the day decides.
	usZone int
}

// matcher reads dates from a token stream.
type matcher struct {
	toks []token
	// whole is set when the input is a single date value, where a bare
	// YYYYMMDD number is taken as a date.
	whole bool
	// shortYears allows day-first dotted dates with a two-digit year
	// ("30.10.23"), read only in elements that say they hold a date.
	shortYears bool
}

func (m *matcher) tok(i int) token {
	if i < 0 || i >= len(m.toks) {
		return token{}
	}
	return m.toks[i]
}

func (m *matcher) punct(i int, set string) bool {
	t := m.tok(i)
	return t.kind == tokPunct && strings.ContainsRune(set, t.r)
}

func (m *matcher) num(i, minDigits, maxDigits int) bool {
	t := m.tok(i)
	return t.kind == tokNum && t.ndig >= minDigits && t.ndig <= maxDigits
}

func (m *matcher) wordIn(i int, set map[string]bool) bool {
	t := m.tok(i)
	return t.kind == tokWord && set[t.word]
}

// dateAt reads a date starting at token i, with its time of day if one
// follows; end is the index of the first token after it.
func (m *matcher) dateAt(i int) (d Date, end int, ok bool) {
	p, end, ok := m.dayAt(i)
	if !ok {
		return Date{}, i, false
	}
	if c, cend, found := m.clockAfter(end); found {
		p.clock, end = &c, cend
	} else if p.shortYear {
		return Date{}, i, false
	}
	if p.shortYear {
		p.y = expandYear(p.y)
	}
	if p.usOrder && p.clock != nil && p.clock.twelveHour {
		p.m, p.d = p.d, p.m
	}
	d, ok = p.date()
	return d, end, ok
}

// expandYear reads the two-digit years of RFC 822 within minYear..maxYear.
func expandYear(y int) int {
	if y >= minYear%100 {
		return 1900 + y
	}
	return 2000 + y
}

// numberPatterns are the date patterns that start with a number.
var numberPatterns = [...]func(*matcher, int) (dateParts, int, bool){
	(*matcher).cjkDate, (*matcher).yearFirstNumeric, (*matcher).yearMonthName,
	(*matcher).dayFirstNumeric, (*matcher).dayMonthName, (*matcher).vietnamese,
	(*matcher).compact, (*matcher).dottedShortYear,
}

// dayAt tries every date pattern at token i.
func (m *matcher) dayAt(i int) (dateParts, int, bool) {
	t := m.tok(i)
	switch t.kind {
	case tokWord:
		if p, end, ok := m.eraDate(i); ok {
			return p, end, true
		}
		return m.monthFirst(i)
	case tokNum:
		if !m.numberStartsDate(i) {
			return dateParts{}, i, false
		}
		for _, try := range numberPatterns {
			if p, end, ok := try(m, i); ok {
				return p, end, true
			}
		}
	}
	return dateParts{}, i, false
}

// numberStartsDate rejects a number glued to a word or to a longer dotted
// number: "v1.2.2024", "1.05.03.2024".
func (m *matcher) numberStartsDate(i int) bool {
	t := m.tok(i)
	if t.spaced || i == 0 {
		return true
	}
	prev := m.tok(i - 1)
	switch prev.kind {
	case tokWord:
		return prev.cjk
	case tokPunct:
		return !(strings.ContainsRune(".-/:", prev.r) && !prev.spaced && m.tok(i-2).kind == tokNum)
	}
	return true
}

// continuesNumber reports whether token i glues another number on with sep,
// as in "05.03.2024.1": then what came before was no date.
func (m *matcher) continuesNumber(i int, sep rune) bool {
	t, next := m.tok(i), m.tok(i+1)
	return t.kind == tokPunct && t.r == sep && !t.spaced && next.kind == tokNum && !next.spaced
}

// threeNumbers reads n1 sep n2 sep n3 with one separator from seps, glued
// together except after a dot ("2020. 08. 18.", "5. 3. 2024").
func (m *matcher) threeNumbers(i int, seps string, d1, d2, d3 [2]int) (a, b, c int, sep rune, ok bool) {
	if !m.num(i, d1[0], d1[1]) || !m.punct(i+1, seps) {
		return 0, 0, 0, 0, false
	}
	sep = m.tok(i + 1).r
	if !m.num(i+2, d2[0], d2[1]) || !m.punct(i+3, string(sep)) || !m.num(i+4, d3[0], d3[1]) {
		return 0, 0, 0, 0, false
	}
	for k := i + 1; k <= i+4; k++ {
		t := m.tok(k)
		if t.spaced && (sep != '.' || t.kind == tokPunct) {
			return 0, 0, 0, 0, false
		}
	}
	if m.continuesNumber(i+5, sep) {
		return 0, 0, 0, 0, false
	}
	return m.tok(i).val, m.tok(i + 2).val, m.tok(i + 4).val, sep, true
}

// yearFirstNumeric reads 2024-03-05, 2024/03/05, 2024.03.05.
// A year from 1300 to 1499 is the Solar Hijri calendar's (1405/09/09),
// as Iranian pages write dates: no page is dated in the 14th century.
func (m *matcher) yearFirstNumeric(i int) (dateParts, int, bool) {
	y, mo, d, _, ok := m.threeNumbers(i, "-/.", [2]int{4, 4}, [2]int{1, 2}, [2]int{1, 2})
	p := dateParts{y: y, m: mo, d: d}
	if ok && y >= minJalaliYear && y <= maxJalaliYear {
		p, ok = jalaliDate(p)
	}
	return p, i + 5, ok
}

// The Solar Hijri years read as such: 1921 to 2121.
const (
	minJalaliYear = 1300
	maxJalaliYear = 1499
)

// jalaliAnchorYear is the Solar Hijri year 1403, whose first day
// (1 Farvardin, Nowruz) is jalaliAnchor.
const jalaliAnchorYear = 1403

// jalaliAnchor is 20 March 2024, Nowruz of 1403. Read only.
var jalaliAnchor = time.Date(2024, time.March, 20, 0, 0, 0, 0, time.UTC)

// jalaliDate turns a Solar Hijri date into the Gregorian one, counting
// days from jalaliAnchor with the 33-year cycle of leap years, which
// agrees with the astronomical calendar Iran keeps over these years.
func jalaliDate(p dateParts) (dateParts, bool) {
	if p.y < minJalaliYear || p.y > maxJalaliYear || p.m < 1 || p.m > 12 || p.d < 1 || p.d > jalaliMonthDays(p.y, p.m) {
		return dateParts{}, false
	}
	days := p.d - 1
	for mo := 1; mo < p.m; mo++ {
		days += jalaliMonthDays(p.y, mo)
	}
	for y := jalaliAnchorYear; y < p.y; y++ {
		days += jalaliYearDays(y)
	}
	for y := p.y; y < jalaliAnchorYear; y++ {
		days -= jalaliYearDays(y)
	}
	t := jalaliAnchor.AddDate(0, 0, days)
	p.y, p.m, p.d = t.Year(), int(t.Month()), t.Day()
	return p, true
}

// jalaliLeap reports a Solar Hijri leap year: eight in every 33.
func jalaliLeap(y int) bool {
	switch y % 33 {
	case 1, 5, 9, 13, 17, 22, 26, 30:
		return true
	}
	return false
}

func jalaliYearDays(y int) int {
	if jalaliLeap(y) {
		return 366
	}
	return 365
}

// jalaliMonthDays: six months of 31 days, five of 30, and Esfand of 29,
// 30 in a leap year.
func jalaliMonthDays(y, m int) int {
	switch {
	case m <= 6:
		return 31
	case m <= 11:
		return 30
	case jalaliLeap(y):
		return 30
	}
	return 29
}

// dayFirstNumeric reads 05.03.2024, 5/3/2024, 05-03-2024, and 03/25/2024
// month-first (see the rule at the top of the file).
func (m *matcher) dayFirstNumeric(i int) (dateParts, int, bool) {
	a, b, y, sep, ok := m.threeNumbers(i, "-/.", [2]int{1, 2}, [2]int{1, 2}, [2]int{4, 4})
	if !ok {
		return dateParts{}, i, false
	}
	if a <= 12 && b > 12 {
		a, b = b, a
	}
	us := sep == '/' && a <= 12 && b <= 12 && a != b
	return dateParts{y: y, m: b, d: a, usOrder: us}, i + 5, true
}

// dottedShortYear reads 30.10.23 as 30 October 2023, only where the
// matcher allows short years: elsewhere "19.11.21" is as likely a version
// or a score.
func (m *matcher) dottedShortYear(i int) (dateParts, int, bool) {
	if !m.shortYears && !m.afterDateKeyword(i) {
		return dateParts{}, i, false
	}
	d, mo, y, _, ok := m.threeNumbers(i, ".", [2]int{1, 2}, [2]int{1, 2}, [2]int{2, 2})
	if !ok || mo > 12 {
		return dateParts{}, i, false
	}
	return dateParts{y: expandYear(y), m: mo, d: d}, i + 5, true
}

// afterDateKeyword reports a date keyword right before token i, with or
// without its colon ("פורסם: 27.11.26", "Aktualisiert 27.11.26"): the
// label says the figures are a date.
func (m *matcher) afterDateKeyword(i int) bool {
	if m.punct(i-1, ":") {
		i--
	}
	for n := 1; n <= 3 && i-n >= 0; n++ {
		if _, k := m.keywordAt(i - n); k == n {
			return true
		}
	}
	return false
}

// compact reads 20240305, only when it is the whole value.
func (m *matcher) compact(i int) (dateParts, int, bool) {
	if !m.whole || len(m.toks) != 1 || !m.num(i, 8, 8) {
		return dateParts{}, i, false
	}
	v := m.tok(i).val
	return dateParts{y: v / 10000, m: v / 100 % 100, d: v % 100}, i + 1, true
}

// cjkDate reads 2024年3月5日 and 2024년 3월 5일.
func (m *matcher) cjkDate(i int) (dateParts, int, bool) {
	if !m.num(i, 4, 4) || !m.num(i+2, 1, 2) || !m.num(i+4, 1, 2) {
		return dateParts{}, i, false
	}
	y, mo, d := m.tok(i+1).word, m.tok(i+3).word, m.tok(i+5).word
	han := y == "年" && mo == "月" && (d == "日" || d == "号")
	hangul := y == "년" && mo == "월" && d == "일"
	if !han && !hangul {
		return dateParts{}, i, false
	}
	return dateParts{y: m.tok(i).val, m: m.tok(i + 2).val, d: m.tok(i + 4).val}, i + 6, true
}

// eraYearBases are the year before the first of an era's years, by its
// two characters: Japan's Reiwa (令和元年 is 2019) and Heisei, and the
// Republic of China's calendar, Taiwan's official one (民國113年 is 2024).
var eraYearBases = map[string]int{"令和": 2018, "平成": 1988, "民國": 1911, "民国": 1911}

// eraDate reads a date whose year counts in an era: 令和6年3月5日,
// 令和元年5月1日 (the era's first year), 民國113年3月5日.
func (m *matcher) eraDate(i int) (dateParts, int, bool) {
	if !m.tok(i).cjk || !m.tok(i+1).cjk {
		return dateParts{}, i, false // most words: no era's characters
	}
	base, ok := eraYearBases[m.tok(i).word+m.tok(i+1).word]
	if !ok {
		return dateParts{}, i, false
	}
	year := 0
	switch n := m.tok(i + 2); {
	case n.kind == tokWord && n.word == "元":
		year = 1
	case m.num(i+2, 1, 3):
		year = n.val
	default:
		return dateParts{}, i, false
	}
	if m.tok(i+3).word != "年" || !m.num(i+4, 1, 2) || m.tok(i+5).word != "月" || !m.num(i+6, 1, 2) || m.tok(i+7).word != "日" {
		return dateParts{}, i, false
	}
	return dateParts{y: base + year, m: m.tok(i + 4).val, d: m.tok(i + 6).val}, i + 8, true
}

// monthAt reads a month name at i, with its abbreviation dot and an
// alternative name after a slash ("نيسان / أبريل").
func (m *matcher) monthAt(i int) (month, end int) {
	t := m.tok(i)
	if t.kind != tokWord || monthIndex[t.word] == 0 {
		return 0, i
	}
	month, end = monthIndex[t.word], i+1
	if m.punct(end, ".") && !m.tok(end).spaced {
		end++
	}
	if m.punct(end, "/") && monthIndex[m.tok(end+1).word] == month {
		end += 2
	}
	return month, end
}

// dayAfterNumber reads a day number at i and what may be glued to it:
// "5.", "5th", "1er", "18-án".
func (m *matcher) dayAfterNumber(i int) (day, end int, ok bool) {
	if !m.num(i, 1, 2) {
		return 0, i, false
	}
	day, end = m.tok(i).val, i+1
	next := m.tok(end)
	switch {
	case next.spaced:
	case next.kind == tokPunct && next.r == '.':
		end++
	case next.kind == tokWord && ordinalSuffixes[next.word]:
		end++
	case next.kind == tokPunct && next.r == '-' && m.tok(end+1).kind == tokWord &&
		!m.tok(end+1).spaced && utf8.RuneCountInString(m.tok(end+1).word) <= 3 &&
		monthIndex[m.tok(end+1).word] == 0: // "04-ago-2021" is a month
		end += 2
	}
	return day, end, true
}

// yearAfter reads the year that ends a human date at i: "2024", ", 2024",
// "de 2024", and with allowShort the "24" of RFC 822.
func (m *matcher) yearAfter(i int, allowShort bool) (year, end int, short, ok bool) {
	if m.punct(i, ",") {
		i++
	}
	if m.wordIn(i, yearConnectors) {
		i++
	}
	switch {
	case m.num(i, 4, 4):
	case allowShort && m.num(i, 2, 2):
		short = true
	default:
		return 0, i, false, false
	}
	if m.continuesNumber(i+1, '.') {
		return 0, i, false, false
	}
	return m.tok(i).val, i + 1, short, true
}

// dayMonthName reads "5 March 2024", "5. März 2024", "5 de marzo de 2024",
// "1er novembre 2023", "5th of March, 2024", "5 d'abril de 2024".
func (m *matcher) dayMonthName(i int) (dateParts, int, bool) {
	day, j, ok := m.dayAfterNumber(i)
	if !ok {
		return dateParts{}, i, false
	}
	hyphen := false
	if m.wordIn(j, dayConnectors) {
		j++
	} else if m.tok(j).word == "d" && m.punct(j+1, "'’") {
		j += 2
	} else if m.punct(j, "-") && !m.tok(j+1).spaced {
		j, hyphen = j+1, true // "04-Aug-2021", "04-ago-2021"
	}
	monthWord := m.tok(j).word
	month, j := m.monthAt(j)
	if month == 0 {
		return dateParts{}, i, false
	}
	if hyphen {
		if !m.punct(j, "-") {
			return dateParts{}, i, false
		}
		j++
	}
	year, end, short, ok := m.yearAfter(j, true)
	p := dateParts{y: buddhistEraYear(year, monthWord), m: month, d: day, shortYear: short}
	if jalaliMonths[monthWord] {
		p, ok = jalaliDate(p)
	}
	return p, end, ok
}

// buddhistEraOffset is how many years the Thai solar calendar counts
// ahead of the Gregorian: 2567 BE is 2024.
const buddhistEraOffset = 543

// buddhistEraYear turns the year after a Thai month name into the
// Gregorian year when it is past maxYear, as Thai pages count in the
// Buddhist era ("12 มีนาคม 2567" is 12 March 2024).
func buddhistEraYear(year int, monthWord string) int {
	if year > maxYear && buddhistEraMonths[monthWord] {
		return year - buddhistEraOffset
	}
	return year
}

// monthFirst reads "March 5, 2024", "Mar. 5 2024", "December 14th 2019",
// "octubre 7, 2020".
func (m *matcher) monthFirst(i int) (dateParts, int, bool) {
	month, j := m.monthAt(i)
	if month == 0 {
		return dateParts{}, i, false
	}
	day, j, ok := m.dayAfterNumber(j)
	if !ok || m.punct(j, ":") {
		return dateParts{}, i, false
	}
	if year, end, _, ok := m.yearAfter(j, false); ok {
		return dateParts{y: year, m: month, d: day}, end, true
	}
	return m.clockThenYear(month, day, i, j)
}

// clockThenYear reads the time and zone set between the day and the year
// in the C library's and Unix date's form ("Sun Nov 23 16:00:00 EDT 2014",
// Twitter's "Sun Nov 23 16:00:00 +0000 2014"), from token j after the day;
// i is where the date started.
func (m *matcher) clockThenYear(month, day, i, j int) (dateParts, int, bool) {
	if !m.num(j, 1, 2) || !m.punct(j+1, ":") {
		return dateParts{}, i, false
	}
	c, cend, ok := m.clockAt(j, false)
	if !ok {
		return dateParts{}, i, false
	}
	year, end, _, ok := m.yearAfter(cend, false)
	if !ok {
		return dateParts{}, i, false
	}
	return dateParts{y: year, m: month, d: day, clock: &c}, end, true
}

// yearMonthName reads the Hungarian "2024. március 5.", the Lithuanian
// "2024 m. kovo 5 d." and the Latvian "2024. gada 5. martā", whose day
// comes before the month.
func (m *matcher) yearMonthName(i int) (dateParts, int, bool) {
	if !m.num(i, 4, 4) {
		return dateParts{}, i, false
	}
	j := i + 1
	switch {
	case m.punct(j, ".") && m.tok(j+1).word == "gada":
		return m.latvianDayMonth(i, j+2)
	case m.punct(j, "."):
		j++
	case m.tok(j).word == "m" && m.punct(j+1, "."):
		j += 2
	default:
		return dateParts{}, i, false
	}
	month, j := m.monthAt(j)
	if month == 0 {
		return dateParts{}, i, false
	}
	day, end, ok := m.dayAfterNumber(j)
	return dateParts{y: m.tok(i).val, m: month, d: day}, end, ok
}

// latvianDayMonth reads the "5. martā" after the year i and its "gada"
// ("of the year"), at j.
func (m *matcher) latvianDayMonth(i, j int) (dateParts, int, bool) {
	if !m.num(j, 1, 2) || !m.punct(j+1, ".") {
		return dateParts{}, i, false
	}
	month, end := m.monthAt(j + 2)
	if month == 0 {
		return dateParts{}, i, false
	}
	return dateParts{y: m.tok(i).val, m: month, d: m.tok(j).val}, end, true
}

// vietnamese reads "5 tháng 3 năm 2024" and "5 tháng 3, 2024".
func (m *matcher) vietnamese(i int) (dateParts, int, bool) {
	if !m.num(i, 1, 2) || m.tok(i+1).word != "thang" || !m.num(i+2, 1, 2) {
		return dateParts{}, i, false
	}
	j := i + 3
	if m.punct(j, ",") {
		j++
	}
	if m.tok(j).word == "nam" {
		j++
	}
	if !m.num(j, 4, 4) {
		return dateParts{}, i, false
	}
	return dateParts{y: m.tok(j).val, m: m.tok(i + 2).val, d: m.tok(i).val}, j + 1, true
}

// clockAfter reads a time of day that follows a date at i, after at most
// three connecting marks or words: ", 10:15", " à 14h49", "T10:15:00Z",
// " klo 12.45", " - 18:55 Uhr". One other word, such as the weekday in
// "30 Ekim 2020 Cuma 18:28", may come first when the time has a colon.
func (m *matcher) clockAfter(i int) (clockParts, int, bool) {
	if c, end, ok := m.clockAfterConnectors(i); ok {
		return c, end, true
	}
	t := m.tok(i)
	if t.kind != tokWord || t.cjk || !m.punct(i+2, ":") {
		return clockParts{}, i, false
	}
	return m.clockAt(i+1, false)
}

func (m *matcher) clockAfterConnectors(i int) (clockParts, int, bool) {
	afterWord := false
	for k := 0; k < 3; k++ {
		switch {
		case m.punct(i, timeConnectorPunct):
		case m.wordIn(i, timeConnectors):
			afterWord = true
		default:
			k = 3
			continue
		}
		i++
	}
	pm, n := m.cjkMeridiem(i)
	c, end, ok := m.clockAt(i+n, afterWord)
	if ok && n > 0 && !c.twelveHour && c.hh >= 1 && c.hh <= 12 {
		c.hh %= 12 // "오후 3:30", "午後3時": the half of the day comes first
		if pm {
			c.hh += 12
		}
		c.twelveHour = true
	}
	return c, end, ok
}

// cjkMeridiem reads the half of the day that Chinese, Japanese and Korean
// write before the time: "上午"/"下午", "午前"/"午後", "오전"/"오후". n
// is the number of tokens read, 0 when there is none.
func (m *matcher) cjkMeridiem(i int) (pm bool, n int) {
	if t := m.tok(i); t.kind == tokWord && !t.cjk {
		if v, ok := cjkMeridiems[t.word]; ok {
			return v, 1
		}
		return false, 0
	}
	a, b := m.tok(i), m.tok(i+1)
	if a.kind != tokWord || !a.cjk || b.kind != tokWord || !b.cjk {
		return false, 0
	}
	if v, ok := cjkMeridiems[a.word+b.word]; ok {
		return v, 2
	}
	return false, 0
}

// clockAt reads "10:15", "10:15:00.123", "07h36", "12.45" (when dotOK or
// before am/pm), "4 AM", then am/pm and a zone.
func (m *matcher) clockAt(i int, dotOK bool) (clockParts, int, bool) {
	var c clockParts
	hasSeconds := false
	if !m.num(i, 1, 2) {
		return c, i, false
	}
	c.hh = m.tok(i).val
	sep, mins := m.tok(i+1), m.tok(i+2)
	glued := !sep.spaced && !mins.spaced && mins.kind == tokNum && mins.ndig == 2
	_, merAfterDot := m.meridiem(i + 3)
	// "06.00 GMT", "12.45 Uhr": a zone or an hour word after it makes a
	// dotted pair a time, as a connector before it does
	_, zoneEnd := m.zoneAt(i+3, false)
	dotOK = dotOK || merAfterDot > 0 || zoneEnd > i+3 || m.wordIn(i+3, hourWords)
	end := i + 1
	switch {
	case glued && sep.kind == tokPunct && sep.r == ':':
		c.mm, end = mins.val, i+3
		end = m.secondsAt(end, &c)
		hasSeconds = end > i+3
	case glued && sep.kind == tokWord && sep.word == "h":
		c.mm, end = mins.val, i+3
	case glued && sep.kind == tokPunct && sep.r == '.' && dotOK:
		c.mm, end = mins.val, i+3
	case sep.kind == tokWord && cjkHourMarks[sep.word] && mins.kind == tokNum && mins.ndig <= 2:
		c.mm, end = mins.val, i+3 // "10時30分", "10시 30분"
		if m.wordIn(end, cjkMinuteMarks) {
			end++
		}
	default:
		if _, n := m.meridiem(i + 1); n == 0 {
			return c, i, false
		}
	}
	if pm, n := m.meridiem(end); n > 0 {
		if c.hh < 1 || c.hh > 12 {
			return c, i, false
		}
		c.hh %= 12
		c.twelveHour = true
		if pm {
			c.hh += 12
		}
		end += n
	}
	if c.hh > 23 || c.mm > 59 || c.ss > 59 {
		return c, i, false
	}
	if m.wordIn(end, hourWords) {
		end++
	}
	if std, ok := m.usGenericZone(end); ok {
		c.usZone, end = std, end+1
		return c, end, true
	}
	c.loc, end = m.zoneAt(end, hasSeconds)
	return c, end, true
}

// secondsAt reads ":SS" and a fraction after the minutes.
func (m *matcher) secondsAt(i int, c *clockParts) int {
	if !m.punct(i, ":") || !m.num(i+1, 2, 2) || m.tok(i+1).spaced {
		return i
	}
	c.ss, i = m.tok(i+1).val, i+2
	frac := m.tok(i + 1)
	if m.punct(i, ".,") && !m.tok(i).spaced && frac.kind == tokNum && !frac.spaced {
		ns := frac.val
		for k := min(frac.ndig, 9); k < 9; k++ {
			ns *= 10
		}
		c.ns, i = ns, i+2
	}
	return i
}

// meridiem reads "am", "PM", "a.m.", "p. m." at i.
func (m *matcher) meridiem(i int) (pm bool, n int) {
	switch m.tok(i).word {
	case "am":
		return false, 1
	case "pm":
		return true, 1
	case "a", "p":
		if m.punct(i+1, ".") && m.tok(i+2).word == "m" {
			n = 3
			if m.punct(i+3, ".") {
				n = 4
			}
			return m.tok(i).word == "p", n
		}
	}
	return false, 0
}

// usGenericZone reads a US zone written in capitals without saying
// standard or daylight time ("ET", "PT") at i, and returns its standard
// offset in minutes. Capitals only: "et" is French for "and".
func (m *matcher) usGenericZone(i int) (int, bool) {
	t := m.tok(i)
	if t.kind != tokWord || !t.caps {
		return 0, false
	}
	std, ok := usGenericZones[t.word]
	return std, ok
}

// usZoneOn returns the fixed zone a US zone with standard offset std (in
// minutes) keeps on a day: daylight time, an hour ahead, from the second
// Sunday of March to the first Sunday of November since 2007, and from
// the first Sunday of April to the last Sunday of October before. The
// change at 2 a.m. on those Sundays is not told apart.
func usZoneOn(y, m, d, std int) *time.Location {
	day := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	start, end := nthSunday(y, 3, 2), nthSunday(y, 11, 1)
	if y < 2007 {
		start, end = nthSunday(y, 4, 1), nthSunday(y, 11, 1).AddDate(0, 0, -7)
	}
	if !day.Before(start) && day.Before(end) {
		std += 60
	}
	return time.FixedZone("", std*60)
}

// nthSunday returns the n-th Sunday of month m of year y.
func nthSunday(y, m, n int) time.Time {
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	offset := (7 - int(first.Weekday())) % 7
	return first.AddDate(0, 0, offset+7*(n-1))
}

// zoneAt reads a zone at i: "Z", "+02:00", "+0200", "GMT+7", "(GMT+7)",
// "EST". It returns nil and i when there is none. A bare negative offset is
// read only after seconds, because "10:00-12:00" is more often a range.
func (m *matcher) zoneAt(i int, minusOK bool) (*time.Location, int) {
	start := i
	paren := m.punct(i, "(")
	if paren {
		i++
	}
	t := m.tok(i)
	var offset int
	ok := false
	switch {
	case t.kind == tokWord && t.word == "z" && !t.spaced:
		ok, i = true, i+1
	case t.kind == tokWord && (t.word == "gmt" || t.word == "utc" || t.word == "ut"):
		ok, i = true, i+1
		if off, end, found := m.offsetAt(i, true); found {
			offset, i = off, end
		}
	case t.kind == tokWord:
		if off, known := zoneAbbrevs[t.word]; known {
			offset, ok, i = off*60, true, i+1
		}
	case t.kind == tokPunct && (t.r == '+' || minusOK):
		offset, i, ok = m.offsetAt(i, false)
	}
	if !ok {
		return nil, start
	}
	if paren && m.punct(i, ")") {
		i++
	}
	if offset == 0 {
		return time.UTC, i
	}
	return time.FixedZone("", offset), i
}

// offsetAt reads a signed offset: "+02:00", "+0200", "-05", and after GMT
// also "+7". A bare "-05" far from the time it follows is not read, as it
// is more likely a range.
func (m *matcher) offsetAt(i int, afterGMT bool) (seconds, end int, ok bool) {
	sign := m.tok(i)
	if sign.kind != tokPunct || !strings.ContainsRune("+-−", sign.r) {
		return 0, i, false
	}
	n := m.tok(i + 1)
	if n.kind != tokNum || n.spaced {
		return 0, i, false
	}
	var hh, mm int
	end = i + 2
	switch {
	case n.ndig == 4:
		hh, mm = n.val/100, n.val%100
	case n.ndig <= 2 && m.punct(end, ":") && m.num(end+1, 2, 2):
		hh, mm = n.val, m.tok(end+1).val
		end += 2
	case n.ndig == 2 && (afterGMT || !sign.spaced || sign.r == '+'):
		hh = n.val
	case n.ndig == 1 && afterGMT:
		hh = n.val
	default:
		return 0, i, false
	}
	if hh > 14 || mm > 59 {
		return 0, i, false
	}
	seconds = (hh*60 + mm) * 60
	if sign.r != '+' {
		seconds = -seconds
	}
	return seconds, end, true
}

// clockBefore finds a time of day written just before the date starting at
// token start, as in "17:55, 8 Nov 2023" or "16:23, Thu, Nov 2, 2023":
// at most three marks or words may stand between them.
func (m *matcher) clockBefore(start int) (clockParts, int, bool) {
	for k := max(0, start-12); k < start; k++ {
		if m.tok(k).kind != tokNum {
			continue
		}
		c, end, ok := m.clockAt(k, false)
		if !ok || end > start || start-end > 3 {
			continue
		}
		for j := end; j < start; j++ {
			if m.tok(j).kind == tokNum {
				ok = false
			}
		}
		if ok {
			return c, k, true
		}
	}
	return clockParts{}, start, false
}

// floatingZone is the location of a time of day written without a zone
// ("Updated March 5, 2025 2:20 PM"): it reads and marshals as UTC, the
// only guess the time alone allows, until sharedZone finds the page's
// zone on its other date. Read only.
var floatingZone = time.FixedZone("", 0)

// isFloating reports a time of day given without a zone.
func isFloating(d Date) bool {
	return d.Precision == PrecisionTime && d.Time.Location() == floatingZone
}

// sharedZone puts a time of day the page gives without a zone into the
// zone of its other date, where that one states it: a page that declares
// "datePublished": "2025-03-05T14:20:00-06:00" and shows "Updated March
// 5, 2025 2:20 PM" keeps one clock, and read as UTC the update would
// come six hours before the publication. The wall clock stays.
func sharedZone(published, modified Date) (Date, Date) {
	switch {
	case isFloating(published) && modified.Precision == PrecisionTime && !isFloating(modified):
		published = inZoneOf(published, modified)
	case isFloating(modified) && published.Precision == PrecisionTime && !isFloating(published):
		modified = inZoneOf(modified, published)
	}
	return published, modified
}

// inZoneOf returns d's wall clock in other's zone.
func inZoneOf(d, other Date) Date {
	t := d.Time
	d.Time = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), other.Time.Location())
	return d
}

// date validates p and builds its Date.
func (p dateParts) date() (Date, bool) {
	if p.y < minYear || p.y > maxYear || p.m < 1 || p.m > 12 || p.d < 1 || p.d > daysIn(p.y, p.m) {
		return Date{}, false
	}
	if p.clock == nil {
		return Date{Time: time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay}, true
	}
	c := p.clock
	loc := c.loc
	if loc == nil {
		loc = floatingZone
	}
	if c.usZone != 0 {
		loc = usZoneOn(p.y, p.m, p.d, c.usZone)
	}
	t := time.Date(p.y, time.Month(p.m), p.d, c.hh, c.mm, c.ss, c.ns, loc)
	return Date{Time: t, Precision: PrecisionTime}, true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseDate reads one date as pages write it, in structured (ISO 8601,
// RFC 1123/822, Unix epoch seconds or milliseconds) or human form, in the
// languages of monthNames. It returns ok=false for anything not clearly a
// date: besides the date and its time, the value may hold only a few words
// ("Published on Tuesday,") and no other number. A date with a time of day
// gets PrecisionTime, keeping the page's offset (UTC if none).
func parseDate(s string) (d Date, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > maxParseLen {
		return Date{}, false
	}
	if d, ok := parseEpoch(s); ok {
		return d, true
	}
	m := matcher{toks: tokenize(s), whole: true}
	d, start, end, ok := m.firstDate()
	if !ok || !m.onlyWordsOutside(start, m.zoneNoteEnd(end)) { // a zone note's offset is the date's, as dateOnlyLine reads it
		return Date{}, false
	}
	return d, true
}

// firstDate returns the first date of m's tokens with the time of day
// written before it, if any, and the tokens [start, end) they span.
func (m *matcher) firstDate() (d Date, start, end int, ok bool) {
	for i := range m.toks {
		d, end, ok := m.dateAt(i)
		if !ok {
			continue
		}
		start := i
		if d.Precision == PrecisionDay {
			if c, cstart, found := m.clockBefore(i); found {
				d, start = withClock(d, c), cstart
			}
		}
		return d, start, end, true
	}
	return Date{}, 0, 0, false
}

// dateOnlyLine returns the date of a line that says nothing but a date:
// beside the date and its time stand only labels ending in a colon
// ("Stand:"), date keywords ("Updated"), lower-case words ("on", "am") and
// a word set off by a comma ("Thursday,"), at most maxDateLineExtras of
// them. A name beside the date ("Benni 10. September 2017", "Staff and
// agencies 22 January, 2008") makes the line a byline, a title beside it
// an entry of a listing ("03.11.2022 - Grandbrothers - Flex").
func dateOnlyLine(s string) (Date, bool) {
	if len(s) > maxParseLen {
		return Date{}, false
	}
	m := matcher{toks: tokenize(s), whole: true}
	d, start, end, ok := m.firstDate()
	return d, ok && m.onlyLabelsOutside(s, start, end)
}

// maxDateLineExtras bounds the words dateOnlyLine lets stand beside a
// date: "Last updated on".
const maxDateLineExtras = 3

// onlyLabelsOutside reports whether the tokens of s outside [start, end)
// are punctuation and words dateOnlyLine lets stand beside a date.
func (m *matcher) onlyLabelsOutside(s string, start, end int) bool {
	words := 0
	note := m.zoneNoteEnd(end)
	for k, t := range m.toks {
		if k >= start && k < note || t.kind == tokPunct {
			continue
		}
		if t.kind != tokWord {
			return false
		}
		if capitalWeekdays[t.word] {
			continue // part of the date: "Last modified on Tue 3 Feb 2026"
		}
		if words++; words > maxDateLineExtras {
			return false
		}
		kind, _ := m.keywordAt(k)
		next, _ := m.keywordAt(k + 1)
		first, _ := utf8.DecodeRuneInString(s[t.start:])
		if kind == 0 && next == 0 && unicode.IsUpper(first) && !m.punct(k+1, ":,") && !(k == 0 && m.punct(k+1, "-–—|·•")) && !capitalWeekdays[t.word] {
			return false // a capitalised word is a name, unless a label's colon or, opening the line, a dateline's dash follows it ("Zaragoza - Actualizado: …")
		}
	}
	return true
}

// zoneNoteEnd returns the index after a short note in brackets that
// follows a date's end ("(Mecca time)", "(توقيت مكة)"): the zone a
// newsroom writes its times in. Without one it returns end.
func (m *matcher) zoneNoteEnd(end int) int {
	if !m.punct(end, "(") {
		return end
	}
	for k := end + 1; k < len(m.toks) && k <= end+1+maxZoneNoteWords; k++ {
		if m.punct(k, ")") {
			return k + 1
		}
		if m.tok(k).kind == tokNum && !m.punct(k-1, "+-−") {
			return end // "(3 of 5)": figures other than an offset
		}
	}
	return end
}

// maxZoneNoteWords bounds the words of a zone note: "(GMT+7)", "(Mecca
// time)", "(hora de Madrid)".
const maxZoneNoteWords = 4

// maxExtraWords bounds the words parseDate lets stand around a date.
const maxExtraWords = 8

// onlyWordsOutside reports whether the tokens outside [start, end) are
// punctuation and at most maxExtraWords words, and no number.
func (m *matcher) onlyWordsOutside(start, end int) bool {
	words := 0
	for k, t := range m.toks {
		if k >= start && k < end {
			continue
		}
		switch t.kind {
		case tokNum:
			return false
		case tokWord:
			words++
		}
	}
	return words <= maxExtraWords
}

func withClock(d Date, c clockParts) Date {
	p := dateParts{y: d.Time.Year(), m: int(d.Time.Month()), d: d.Time.Day(), clock: &c}
	nd, ok := p.date()
	if !ok {
		return d
	}
	return nd
}

// Epoch values are accepted only in these digit counts: seconds from 1990
// on have 9 or 10 digits, milliseconds 12 or 13.
func parseEpoch(s string) (Date, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return Date{}, false
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return Date{}, false
	}
	var t time.Time
	switch len(s) {
	case 9, 10:
		t = time.Unix(n, 0).UTC()
	case 12, 13:
		t = time.UnixMilli(n).UTC()
	default:
		return Date{}, false
	}
	if t.Year() < minYear || t.Year() > maxYear {
		return Date{}, false
	}
	return Date{Time: t, Precision: PrecisionTime}, true
}

// findDate looks for the date of a longer visible text such as
// "By Jane Doe | Published 3 March 2024, 10:15". It reads every date in
// text (no bare YYYYMMDD numbers) and returns the first one that starts
// within keywordWindow tokens after a publication word (Published,
// Veröffentlicht, publié, 发布... see dateKeywords); failing that the first
// date that does not follow an update word (Updated, Aktualisiert...);
// failing that the first update date. ok=false when there is no date at all.
func findDate(text string) (d Date, ok bool) {
	return findDateIn(matcher{toks: tokenize(text)})
}

// countDates counts the dates in text, up to most: a line that says when
// a story was published and when updated holds two.
func countDates(text string, most int) int {
	m := matcher{toks: tokenize(text)}
	n := 0
	for i := 0; i < len(m.toks) && n < most; i++ {
		if _, end, ok := m.dateAt(i); ok {
			n++
			i = end - 1
		}
	}
	return n
}

// findDateShortYears is findDate that also reads "30.10.23", for the text
// of an element that says it holds a date.
func findDateShortYears(text string) (d Date, ok bool) {
	return findDateIn(matcher{toks: tokenize(text), shortYears: true})
}

func findDateIn(m matcher) (d Date, ok bool) {
	var first Date
	seen := 0
	lastPub := -keywordWindow - 1
	for i := 0; i < len(m.toks) && seen < findDateMaxRank; {
		if kind, n := m.keywordAt(i); n > 0 {
			if kind == kwPublished {
				lastPub = i + n
			}
			i += n
			continue
		}
		d, end, found := m.dateAt(i)
		if !found {
			i++
			continue
		}
		if i-lastPub <= keywordWindow {
			return d, true
		}
		if first.IsZero() {
			first = d
		}
		seen++
		i = end
	}
	return first, !first.IsZero()
}

// ambiguousNumeric matches a structured date written day and month as
// two small numbers ("11/01/2023 12:43:42"), which either order can read,
// perhaps after the weekday's name (Drupal's "Wed, 12/03/2025 - 16:20").
var ambiguousNumeric = regexp.MustCompile(`^\s*(?:\pL{2,9}\.?,?\s+)?(0?[1-9]|1[0-2])[/.](0?[1-9]|1[0-2])[/.]\d{4}`)

// allDates returns every date of text, in order.
func allDates(text string) []Date {
	m := matcher{toks: tokenize(text)}
	var out []Date
	for i := 0; i < len(m.toks); {
		d, end, found := m.dateAt(i)
		if !found {
			i++
			continue
		}
		out = append(out, d)
		i = end
	}
	return out
}

// findKeywordDate returns a date of text only when a publication word
// introduces it ("Veröffentlicht am 16.08.2019"): the test for a line of
// running text, where an unannounced date is any date.
func findKeywordDate(text string) (d Date, ok bool) {
	return findKeywordDateOf(text, kwPublished)
}

// findKeywordDateOf returns the first date of text that a keyword of the
// given kind introduces.
func findKeywordDateOf(text string, want keywordKind) (d Date, ok bool) {
	m := matcher{toks: tokenize(text)}
	last := -keywordWindow - 1
	for i := 0; i < len(m.toks); {
		if kind, n := m.keywordAt(i); n > 0 {
			if kind == want {
				last = i + n
			} else {
				last = -keywordWindow - 1
			}
			i += n
			continue
		}
		d, end, found := m.dateAt(i)
		if !found {
			i++
			continue
		}
		if i-last <= keywordWindow {
			return d, true
		}
		i = end
	}
	return Date{}, false
}

// keywordAt reports whether a date keyword starts at token i, and how many
// tokens it takes (two for a Han keyword).
func (m *matcher) keywordAt(i int) (keywordKind, int) {
	t := m.tok(i)
	if t.kind != tokWord {
		return 0, 0
	}
	if !t.cjk {
		if kind, n := m.phraseKeywordAt(i); n > 0 {
			return kind, n
		}
		return keywordIndex[t.word], boolInt(keywordIndex[t.word] != 0)
	}
	next := m.tok(i + 1)
	if !next.cjk {
		return 0, 0
	}
	kind := keywordIndex[t.word+next.word]
	return kind, 2 * boolInt(kind != 0)
}

// phraseKeywords are the date keywords of several words, folded: French
// writes "updated" as "mis à jour".
var phraseKeywords = []struct {
	words []string
	kind  keywordKind
}{
	{[]string{"mis", "a", "jour"}, kwUpdated},
	{[]string{"mise", "a", "jour"}, kwUpdated},
}

// phraseKeywordAt reads a phraseKeywords entry at i, returning its kind
// and length in tokens (0 when none stands there).
func (m *matcher) phraseKeywordAt(i int) (keywordKind, int) {
	for _, pk := range phraseKeywords {
		if m.wordsAt(i, pk.words) {
			return pk.kind, len(pk.words)
		}
	}
	return 0, 0
}

// wordsAt reports whether the tokens from i are the words ws.
func (m *matcher) wordsAt(i int, ws []string) bool {
	for k, w := range ws {
		if t := m.tok(i + k); t.kind != tokWord || t.word != w {
			return false
		}
	}
	return true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// dateFromURL finds a date in a URL's path: /2024/03/05/, /2024-03-05/,
// /2024_03_05/ or /20240305/, each part standing between separators, and
// returns it with day precision. Year-and-month paths (/2024/03/slug) and
// two-digit years are not dates.
func dateFromURL(u string) (d Date, ok bool) {
	path := urlPath(u)
	for i := 0; i < len(path); {
		if !isDigit(path[i]) {
			i++
			continue
		}
		j := i
		for j < len(path) && isDigit(path[j]) {
			j++
		}
		if i == 0 || !isAlnum(path[i-1]) {
			if d, ok := urlDateAt(path, i, j); ok {
				return d, true
			}
		}
		i = j
	}
	return Date{}, false
}

// urlDateAt reads a date from the digit run path[i:j].
func urlDateAt(path string, i, j int) (Date, bool) {
	var p dateParts
	switch j - i {
	case 8:
		if j < len(path) && isAlnum(path[j]) {
			return Date{}, false
		}
		v, _ := strconv.Atoi(path[i:j])
		p = dateParts{y: v / 10000, m: v / 100 % 100, d: v % 100}
	case 4:
		var ok bool
		if p, ok = urlYearMonthDay(path, i, j); !ok {
			return Date{}, false
		}
	default:
		return Date{}, false
	}
	return p.date()
}

// urlYearMonthDay reads YYYY sep M(M) sep D(D) with one separator of "/-_".
func urlYearMonthDay(path string, i, j int) (dateParts, bool) {
	if j >= len(path) || !strings.ContainsRune("/-_", rune(path[j])) {
		return dateParts{}, false
	}
	sep := path[j]
	y, _ := strconv.Atoi(path[i:j])
	mo, k, ok := urlPart(path, j+1)
	if !ok || k >= len(path) || path[k] != sep {
		return dateParts{}, false
	}
	d, k, ok := urlPart(path, k+1)
	if !ok || (k < len(path) && isAlnum(path[k])) {
		return dateParts{}, false
	}
	return dateParts{y: y, m: mo, d: d}, true
}

// urlPart reads one or two digits at path[i:].
func urlPart(path string, i int) (v, end int, ok bool) {
	end = i
	for end < len(path) && end-i < 3 && isDigit(path[end]) {
		end++
	}
	if end == i || end-i > 2 {
		return 0, i, false
	}
	v, _ = strconv.Atoi(path[i:end])
	return v, end, true
}

// urlPath returns the path of u: without scheme, host, query and fragment.
func urlPath(u string) string {
	if k := strings.Index(u, "://"); k >= 0 {
		rest := u[k+3:]
		slash := strings.IndexByte(rest, '/')
		if slash < 0 {
			return ""
		}
		u = rest[slash:]
	}
	if k := strings.IndexAny(u, "?#"); k >= 0 {
		u = u[:k]
	}
	return u
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAlnum(c byte) bool {
	return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// scriptDateKey finds a publication key with a quoted date value in script
// code: a data layer or app state ("publishDate":"2025-05-27", also
// backslash- or entity-escaped, or written as key: 'value' or key = "value").
var scriptDateKey = regexp.MustCompile(`(?i)(?:^|[^a-z_])(?:date_?published|published_?date|publish_?date|publication_?date|published_?at|published_?time|first_?published(?:_?at|_?date)?)(?:\\?["']|&quot;)?\s*[:=]\s*(?:\\?["']|&quot;)([0-9][0-9T:.+\-/ Z]{7,34})`)

// maxScriptBytes bounds the script text read for a publication key.
const maxScriptBytes = 1 << 20

// noteScriptDate keeps the first publication date stated in a script. A
// script is the page's own state; a CMS that writes no meta tag often
// still puts the story's date there.
func (m *metaInfo) noteScriptDate(code string) {
	if m.scriptDate != "" || m.scriptBytes >= maxScriptBytes {
		return
	}
	if len(code) > maxScriptBytes-m.scriptBytes {
		code = code[:maxScriptBytes-m.scriptBytes]
	}
	m.scriptBytes += len(code)
	for _, w := range publiWindows(code) {
		if sub := scriptDateKey.FindStringSubmatch(w); sub != nil {
			if _, ok := parseDate(strings.TrimSpace(sub[1])); ok {
				m.scriptDate = strings.TrimSpace(sub[1])
				return
			}
		}
	}
}

// Script key windows: every key scriptDateKey knows holds "publi", at most
// publiKeyLead bytes into the key; the window reaches far enough past it
// for the longest key and its value.
const (
	publiKeyLead   = 30
	publiKeyTail   = 90
	maxPubliWindow = 64
)

// publiWindows cuts code into the short windows around each "publi" (or
// "PUBLI") where scriptDateKey can match: running the case-folding regexp
// over whole scripts took a fifth of the extraction time.
func publiWindows(code string) []string {
	var out []string
	for _, needle := range []string{"ubli", "UBLI"} {
		for from := 0; len(out) < maxPubliWindow; {
			i := strings.Index(code[from:], needle)
			if i < 0 {
				break
			}
			i += from
			out = append(out, code[max(0, i-publiKeyLead):min(len(code), i+publiKeyTail)])
			from = i + len(needle)
		}
	}
	return out
}

// passiveAuxiliaries open a German passive date line ("Dieser Artikel
// wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben"), whose
// publication word comes after the date.
var passiveAuxiliaries = map[string]bool{"wurde": true, "wurden": true}

// passiveStem is in every passive auxiliary, so a text without it holds
// no passive date line (a test keeps the two in step).
const passiveStem = "wurde"

// containsASCIIFold reports whether s holds needle, an ASCII word, in any
// letter case, without allocating.
func containsASCIIFold(s, needle string) bool {
	for i := 0; i+len(needle) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}

// passiveParticiples close such a line: only publication verbs make the
// date the page's ("wurde am 3. Mai 1950 geboren" is a birthday).
var passiveParticiples = map[string]bool{
	"veroffentlicht": true, "gepostet": true, "geschrieben": true, "publiziert": true,
	"erstellt": true, "verfasst": true, "eingestellt": true,
}

// passiveTail is how many tokens after the date may come before the
// participle (time, "Uhr", "von" and a name).
const passiveTail = 10

// findPassiveDate returns the date of a German passive publication line:
// "wurde am" or "wurde" right before the date, a publication participle
// within passiveTail tokens after it.
func findPassiveDate(text string) (d Date, ok bool) {
	if !containsASCIIFold(text, passiveStem) {
		return Date{}, false // most lines: not worth tokenizing
	}
	m := matcher{toks: tokenize(text)}
	for i := 0; i < len(m.toks); i++ {
		if !passiveAuxiliaries[m.tok(i).word] {
			continue
		}
		j := i + 1
		if m.tok(j).word == "am" {
			j++
		}
		d, end, found := m.dateAt(j)
		if !found {
			continue
		}
		for k := end; k < end+passiveTail && k < len(m.toks); k++ {
			if passiveParticiples[fold(m.tok(k).word)] {
				return d, true
			}
		}
	}
	return Date{}, false
}

// Dateline limits: the head of a paragraph read as a news dateline, and
// how many of the body's first paragraphs may hold one.
const (
	maxDatelineHead  = 80
	datelineMaxParas = 3
)

// datelineSeparators end a news dateline before the story begins.
var datelineSeparators = []string{" - ", " – ", " — ", " -- "}

// datelineFromBody dates an article that no other source dates from the
// dateline opening its text ("RAJSHAHI, Dec 20, 2025 (BSS) - Homestead
// gardening ..."): wire copy carries its date there and nowhere else.
func (p *page) datelineFromBody() {
	if !p.art.Published.IsZero() {
		return
	}
	paras := 0
	for _, s := range p.art.Sections {
		for _, b := range s.Blocks {
			if b.Type != Paragraph {
				continue
			}
			if d, ok := datelineDate(b.Text); ok && p.notFuture(d) {
				p.art.Published = d
				return
			}
			if paras++; paras >= datelineMaxParas {
				return
			}
		}
	}
}

// datelineDate returns the date of a paragraph that opens with a
// dateline: a capitalised place, a comma, and a date, ended by a dash
// within its first words.
func datelineDate(text string) (Date, bool) {
	head := text
	if len(head) > maxDatelineHead {
		head = head[:maxDatelineHead]
	}
	end := -1
	for _, sep := range datelineSeparators {
		if i := strings.Index(head, sep); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	comma := strings.IndexByte(head, ',')
	if end < 0 || comma <= 0 || comma > end {
		return Date{}, false
	}
	if r, _ := utf8.DecodeRuneInString(head); !unicode.IsUpper(r) {
		return Date{}, false
	}
	return findDate(head[comma+1 : end])
}
