package newsextract

import "time"

// TEMPORARY until dates.go lands.
func parseDate(s string) (Date, bool) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return Date{Time: t, Precision: PrecisionTime}, true
	}
	if len(s) >= 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return Date{Time: t, Precision: PrecisionDay}, true
		}
	}
	return Date{}, false
}
func findDate(text string) (Date, bool) { return Date{}, false }
func dateFromURL(u string) (Date, bool) { return Date{}, false }
