package main

import (
	"encoding/json"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/newsextract/newsextract/bench/score"
)

// asBin makes the test binary play the score_sets.py BIN (the -page mode),
// so the agreement test needs no separate build.
const asBin = "NEWSEXTRACT_EVAL_AS_BIN"

func TestMain(m *testing.M) {
	if os.Getenv(asBin) == "1" && len(os.Args) > 1 && os.Args[1] == "-page" {
		os.Exit(pageMain(os.Args[2:]))
	}
	os.Exit(m.Run())
}

// sharedDir is /work/shared as seen from the repository: $REPO/../shared.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

var agreementSets = []string{"dev", "wcxb-dev", "l3s-dev", "htmldate-dev", "cleaneval-dev", "readability"}

// TestAgreesWithReference runs score_sets.py and the Go scorer on the same
// five pages of every set, for every extractor, and requires each metric to
// agree within 0.005.
func TestAgreesWithReference(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the peers on 30 pages three times: skipped in -short mode")
	}
	shared := sharedDir(t)
	scorer := filepath.Join(shared, "tools", "score_sets.py")
	if _, err := os.Stat(filepath.Join(shared, "corpus")); err != nil {
		t.Skip("corpus not found at " + shared + ": skipping the agreement test")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: skipping the agreement test")
	}
	var dirs []string
	for _, s := range agreementSets {
		dirs = append(dirs, filepath.Join(shared, "corpus", s))
	}
	cfg := &config{limit: 5, jobs: 2, peers: true, dirs: dirs}
	rep, err := evaluate(cfg, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range rep.Order {
		t.Run(x, func(t *testing.T) {
			ref := runReference(t, python, scorer, self+" -page -x "+x, dirs)
			for _, set := range rep.SetList {
				compareSet(t, set, ref[set], rep.Sets[set][x].Metrics)
			}
		})
	}
}

type refSet struct {
	Pages   int                  `json:"pages"`
	Metrics map[string]refFigure `json:"metrics"`
}

type refFigure struct {
	Value *float64 `json:"value"`
	N     int      `json:"n"`
}

func runReference(t *testing.T, python, scorer, bin string, dirs []string) map[string]refSet {
	t.Helper()
	out := filepath.Join(t.TempDir(), "ref.json")
	args := append([]string{scorer, "--limit", "5", "--json", out, bin}, dirs...)
	cmd := exec.Command(python, args...)
	cmd.Env = append(os.Environ(), asBin+"=1")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("score_sets.py: %v\n%s", err, b)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Sets map[string]refSet `json:"sets"`
	}
	if err := json.Unmarshal(raw, &ref); err != nil {
		t.Fatal(err)
	}
	return ref.Sets
}

func compareSet(t *testing.T, set string, ref refSet, got map[string]score.Figure) {
	t.Helper()
	for k, want := range ref.Metrics {
		g, ok := got[k]
		switch {
		case !ok:
			t.Errorf("%s %s: reference has it (%v), Go scorer does not", set, k, show(want.Value))
		case g.N != want.N:
			t.Errorf("%s %s: n %d, reference %d", set, k, g.N, want.N)
		case (g.Value == nil) != (want.Value == nil):
			t.Errorf("%s %s: %s, reference %s", set, k, show(g.Value), show(want.Value))
		case g.Value != nil && math.Abs(*g.Value-*want.Value) > 0.005:
			t.Errorf("%s %s: %s, reference %s", set, k, show(g.Value), show(want.Value))
		}
	}
	for k := range got {
		if _, ok := ref.Metrics[k]; !ok {
			t.Errorf("%s %s: Go scorer has it, reference does not", set, k)
		}
	}
}

func show(v *float64) string {
	if v == nil {
		return "none"
	}
	return strconv.FormatFloat(*v, 'f', 4, 64)
}
