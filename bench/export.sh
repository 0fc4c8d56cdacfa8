#!/usr/bin/env bash
# Benchmark `practice export` of a generated collection (every status) to a zip and to a folder,
# and check that two zips of the same collection are byte-identical.
#
# usage: bench/export.sh [N]      N practices, default 1000
# env:   RUNS=5                   timed runs of each export (the best and the median are shown)
#        KEEP=1                   keep the generated collection and bundles (path is printed)
set -euo pipefail

N=${1:-1000}
[[ $N =~ ^[0-9]+$ && $N -gt 0 ]] || { echo "usage: bench/export.sh [N]" >&2; exit 2; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-5}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/practice-bench-export.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then echo "kept in $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi
C=$WORK/c

echo "== build (release)"
cargo build --release --example gen_corpus --bin practice
PRACTICE=$ROOT/target/release/practice

echo "== generate $N practices"
target/release/examples/gen_corpus "$N" "$C" --schema schema >/dev/null

ALL=(--status draft --status review --status published)
# One run of `practice export`, printing its wall time in seconds.
timed() {
    local start end
    start=$(date +%s.%N)
    "$PRACTICE" --root "$C" --quiet export "${ALL[@]}" --force "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.3f\n", $2 - $1}'
}
summary() { sort -n | awk '{a[NR]=$1} END {printf "best %.3f s, median %.3f s\n", a[1], a[int((NR+1)/2)]}'; }

COUNT=$("$PRACTICE" --root "$C" export "${ALL[@]}" --out "$WORK/warm.zip" | awk '{print $2}')

echo "== export $COUNT practices to a zip ($RUNS runs)"
for _ in $(seq "$RUNS"); do timed --out "$WORK/bundle.zip"; done | summary
echo "   size $(du -k "$WORK/bundle.zip" | cut -f1) KiB"

echo "== export $COUNT practices to a folder ($RUNS runs)"
for _ in $(seq "$RUNS"); do timed --out "$WORK/bundle/"; done | summary

echo "== reproducibility"
"$PRACTICE" --root "$C" --quiet export "${ALL[@]}" --out "$WORK/again.zip" >/dev/null
if cmp -s "$WORK/warm.zip" "$WORK/again.zip"; then
    echo "   two zips of the same collection are byte-identical"
else
    echo "   zips differ" >&2
    exit 1
fi
