package main

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/newsextract/newsextract/bench/score"
)

// metricOrder is the table's row order; snip_f1 follows the snippet rates.
var metricOrder = []string{"bow_f1", "bow_p", "bow_r", "with", "without", "snip_f1",
	"title", "title_lenient", "date", "authors",
	"heading_R", "heading_P", "heading_level", "list_R", "list_P", "table_R", "table_cells",
	"related_found", "related_leak", "comment_leak", "comment_snip_leak"}

func printSet(w io.Writer, name string, order []string, bySet map[string]*setReport, verbose bool) {
	first := bySet[order[0]]
	fmt.Fprintf(w, "\n== %s: %d pages ==\n", name, first.Pages)
	fmt.Fprintf(w, "%-18s %5s", "metric", "n")
	for _, x := range order {
		fmt.Fprintf(w, " %12s", x)
	}
	fmt.Fprintln(w)
	for _, k := range metricOrder {
		f, ok := first.Metrics[k]
		if !ok {
			continue
		}
		fmt.Fprintf(w, "%-18s %5d", k, f.N)
		for _, x := range order {
			fmt.Fprintf(w, " %12s", fmtValue(bySet[x].Metrics[k].Value))
		}
		fmt.Fprintln(w)
		if k == "snip_f1" {
			printSnipPR(w, order, bySet)
		}
	}
	fmt.Fprintf(w, "%-24s", "pages/s (one core)")
	for _, x := range order {
		r := bySet[x]
		rate := "-"
		if r.SecPerPage > 0 {
			rate = fmt.Sprintf("%.1f", 1/r.SecPerPage)
		}
		fmt.Fprintf(w, " %12s", rate)
	}
	fmt.Fprintf(w, "\n%-24s", "failed")
	for _, x := range order {
		fmt.Fprintf(w, " %12d", bySet[x].Failed)
	}
	fmt.Fprintln(w)
	for _, x := range order {
		if r := bySet[x]; r.Failed > 0 {
			fmt.Fprintf(w, "  %s failures: %s%s\n", x, failureCounts(r.Failures), firstError(r.PerPage))
		}
	}
	if verbose {
		printFailingPages(w, order[0], first.PerPage)
	}
}

func printSnipPR(w io.Writer, order []string, bySet map[string]*setReport) {
	for _, part := range []string{"snip_P", "snip_R"} {
		fmt.Fprintf(w, "%-18s %5s", "  "+part, "")
		for _, x := range order {
			f := bySet[x].Metrics["snip_f1"]
			v := f.P
			if part == "snip_R" {
				v = f.R
			}
			fmt.Fprintf(w, " %12s", fmtValue(v))
		}
		fmt.Fprintln(w)
	}
}

func fmtValue(v *float64) string {
	if v == nil {
		return "-"
	}
	return fmt.Sprintf("%.3f", *v)
}

func failureCounts(m map[string]int) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

func firstError(pages []pageResult) string {
	for _, p := range pages {
		if p.Err != "" {
			return fmt.Sprintf(" (first: %s: %s)", p.ID, p.Err)
		}
	}
	return ""
}

func printFailingPages(w io.Writer, name string, pages []pageResult) {
	for _, p := range pages {
		if p.Status == "ok" && len(p.Issues) == 0 {
			continue
		}
		fmt.Fprintf(w, "  %s %s: %s", name, p.ID, p.Status)
		if p.Err != "" {
			fmt.Fprintf(w, " (%s)", p.Err)
		}
		fmt.Fprintln(w)
		for _, is := range p.Issues {
			fmt.Fprintln(w, "      "+is)
		}
	}
}

func writeJSON(path string, rep *report) error {
	b, err := json.MarshalIndent(rep, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// floorSpec is set → metric → figure, read from a -floor file.
type floorSpec map[string]map[string]float64

// ceilings are the metrics where lower is better: their figure in a floor
// file is a maximum.
var ceilings = map[string]bool{"without": true, "related_leak": true, "comment_leak": true, "comment_snip_leak": true}

func readFloors(path string) (floorSpec, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f floorSpec
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// check lists every recorded figure newsextract misses, for the sets this
// run measured.
func (f floorSpec) check(rep *report) []string {
	var below []string
	for _, set := range rep.SetList {
		want := f[set]
		got := rep.Sets[set]["newsextract"].Metrics
		for _, k := range slices.Sorted(maps.Keys(want)) {
			if msg := checkOne(k, want[k], got); msg != "" {
				below = append(below, set+" "+msg)
			}
		}
	}
	return below
}

func checkOne(metric string, want float64, got map[string]score.Figure) string {
	fig, ok := got[metric]
	switch {
	case !ok || fig.Value == nil:
		return fmt.Sprintf("%s: not measured (floor %.3f)", metric, want)
	case ceilings[metric] && *fig.Value > want:
		return fmt.Sprintf("%s: %.3f above ceiling %.3f", metric, *fig.Value, want)
	case !ceilings[metric] && *fig.Value < want:
		return fmt.Sprintf("%s: %.3f below floor %.3f", metric, *fig.Value, want)
	}
	return ""
}
