#!/bin/sh
# Accuracy floor: measures newsextract (no peers, to stay fast) on a fixed
# sample of every evaluation set and fails when a figure drops below
# bench/floor.json. The figures there hold only for this LIMIT.
set -eu
REPO=$(cd "$(dirname "$0")/.." && pwd)
CORPUS="$REPO/../shared/corpus"
LIMIT=${EVAL_LIMIT:-0}   # pages per set, first in sha1(id) order; 0 = all (about a minute)
if [ ! -d "$CORPUS" ]; then
	echo "corpus not found: skipping accuracy floor"
	exit 0
fi
BIN=$(mktemp -d)
trap 'rm -rf "$BIN"' EXIT
(cd "$REPO/bench" && go build -o "$BIN/newsextract-eval" ./cmd/newsextract-eval)
exec "$BIN/newsextract-eval" -charset -limit "$LIMIT" -j 2 -floor "$REPO/bench/floor.json" \
	"$CORPUS/dev" "$CORPUS/wcxb-dev" "$CORPUS/l3s-dev" \
	"$CORPUS/htmldate-dev" "$CORPUS/cleaneval-dev" "$CORPUS/readability"
