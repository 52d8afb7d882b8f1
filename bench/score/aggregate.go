package score

// MeanMetrics are averaged over the pages that have them, in report order.
var MeanMetrics = []string{"bow_f1", "bow_p", "bow_r", "with", "without", "title", "title_lenient",
	"date", "authors", "related_found", "related_leak", "comment_leak", "comment_snip_leak"}

// PooledMetrics are hits / total summed over pages, in report order.
var PooledMetrics = []string{"heading_R", "heading_P", "heading_level", "list_R", "list_P", "table_R", "table_cells"}

// Figure is one metric over a set. Value is nil when it is undefined (a
// pooled total of zero); N is the number of pages that have the metric.
type Figure struct {
	Value *float64 `json:"value"`
	N     int      `json:"n"`
	Hits  int      `json:"hits,omitempty"`
	Total int      `json:"total,omitempty"`
	// Snippet F1 only: precision, recall, accuracy and the pooled counts.
	P   *float64 `json:"P,omitempty"`
	R   *float64 `json:"R,omitempty"`
	Acc *float64 `json:"acc,omitempty"`
	TP  int      `json:"tp,omitempty"`
	FN  int      `json:"fn,omitempty"`
	FP  int      `json:"fp,omitempty"`
	TN  int      `json:"tn,omitempty"`
}

// Aggregate turns per-page measures into set figures, score_sets.aggregate.
func Aggregate(pages []Measures) map[string]Figure {
	out := map[string]Figure{}
	for _, k := range MeanMetrics {
		sum, n := 0.0, 0
		for _, p := range pages {
			if v, ok := p.Mean[k]; ok {
				sum += v
				n++
			}
		}
		if n > 0 {
			out[k] = Figure{Value: ptr(sum / float64(n)), N: n}
		}
	}
	for _, k := range PooledMetrics {
		hits, total, n := 0, 0, 0
		for _, p := range pages {
			if v, ok := p.Pooled[k]; ok {
				hits, total, n = hits+v[0], total+v[1], n+1
			}
		}
		if n > 0 {
			out[k] = Figure{Value: ratio(hits, total), N: n, Hits: hits, Total: total}
		}
	}
	if f, ok := aggregateSnippets(pages); ok {
		out["snip_f1"] = f
	}
	return out
}

func aggregateSnippets(pages []Measures) (Figure, bool) {
	var c [4]int
	n := 0
	for _, p := range pages {
		if p.Snip == nil {
			continue
		}
		n++
		for i := range c {
			c[i] += p.Snip[i]
		}
	}
	if n == 0 {
		return Figure{}, false
	}
	tp, fn, fp, tn := c[0], c[1], c[2], c[3]
	f := Figure{N: n, TP: tp, FN: fn, FP: fp, TN: tn,
		Value: ratio(2*tp, 2*tp+fp+fn), P: ratio(tp, tp+fp), R: ratio(tp, tp+fn), Acc: ratio(tp+tn, tp+fn+fp+tn)}
	return f, true
}

func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	return ptr(float64(a) / float64(b))
}

func ptr(v float64) *float64 { return &v }
