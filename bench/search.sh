#!/usr/bin/env bash
# Benchmark the search index on a generated collection: full index build, one-file refresh, and
# a whole cold `practice search` process (index up to date, so this is what a user waits for),
# both right after the folders changed and once they have settled.
#
# usage: bench/search.sh [N...]        collection sizes, default: 10000 100000
# env:   RUNS=10                       timed runs per measurement (hyperfine, else a bash loop)
#        KEEP=1                        keep the generated collections (paths are printed)
# Goals on 2 cores: cold search at 10,000 practices under 20 ms and at most 0.3x `rg -i -l` on the
# same folder, index build of 10,000 within 2 s and at most 2.5x a `validate` of the same folder
# (both read and parse every file; the build also analyses and indexes them).
set -euo pipefail

SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(10000 100000)
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
cd "$ROOT"
RUNS=${RUNS:-10}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/practice-search-bench.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then echo "collections kept in $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

cargo build --release --bin practice --example gen_corpus
P=$ROOT/target/release/practice
HYPERFINE=$(command -v hyperfine || true)
[[ -n $HYPERFINE ]] || echo "note: hyperfine not found (apt-get install hyperfine): timing with a bash loop"

# mean seconds of RUNS runs of a command (after `prepare`, not timed, before each run)
time_it() { # name prepare command...
    local name=$1 prepare=$2; shift 2
    if [[ -n $HYPERFINE ]]; then
        "$HYPERFINE" --style none -i --warmup 1 --runs "$RUNS" --prepare "$prepare" \
            --export-json "$WORK/$name.json" -- "$*" >/dev/null
        python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; \
print(f\"{r['mean']:.4f} {r['median']:.4f} {r['stddev'] or 0:.4f} {r['min']:.4f}\")" "$WORK/$name.json"
    else
        local total=0 t0 t1
        for _ in $(seq "$RUNS"); do
            bash -c "$prepare"; t0=$(date +%s.%N); bash -c "$*" >/dev/null; t1=$(date +%s.%N)
            total=$(echo "$total $t0 $t1" | awk '{print $1 + $3 - $2}')
        done
        echo "$total $RUNS" | awk '{printf "%.4f - 0 0\n", $1 / $2}'
    fi
}

printf '%-9s %-30s %10s %10s %10s %10s\n' practices measurement mean_s median_s stddev_s min_s
for N in "${SIZES[@]}"; do
    C=$WORK/c$N
    target/release/examples/gen_corpus "$N" "$C" --schema schema >/dev/null 2>&1
    FILE=$(find "$C/practices" -name '*.md' | sort | sed -n 1p)
    BUILD_RUNS=$RUNS; [[ $N -gt 20000 ]] && BUILD_RUNS=3
    row() { printf '%-9s %-30s %10s %10s %10s %10s\n' "$N" "$1" $2; }
    row "index build (--rebuild)" "$(RUNS=$BUILD_RUNS time_it build$N true "$P" --root "$C" -q index --rebuild)"
    row "validate (reference)" "$(RUNS=$BUILD_RUNS time_it validate$N true "$P" --root "$C" -q validate)"
    python3 -c "import json,sys; m=lambda n: json.load(open(sys.argv[1]+'/'+n+'.json'))['results'][0]['median']; \
print(f'{sys.argv[2]:<9} {\"index build / validate\":<30} {m(\"build\"+sys.argv[2])/m(\"validate\"+sys.argv[2]):10.2f}')" "$WORK" "$N" 2>/dev/null || true
    row "one-file refresh" "$(time_it refresh$N "echo ' ' >> $FILE" "$P" --root "$C" -q index)"
    "$P" --root "$C" -q index >/dev/null
    # Right after a change, the folders are listed again at every search until they are 3 s old.
    row "cold search, folders just made" "$(time_it fresh$N true "$P" --root "$C" -q search \"nederlands oefenen\" --color never)"
    # The usual case: folders untouched for a while (a clone settles 3 s after checkout).
    find "$C/practices" -type d -exec touch -d '-1 hour' {} +
    "$P" --root "$C" -q search settle >/dev/null || true
    row "cold search (whole process)" "$(time_it search$N true "$P" --root "$C" -q search \"nederlands oefenen\" --color never)"
    row "cold search, 3 filters" "$(time_it filtered$N true "$P" --root "$C" -q search buddy --theme netwerk-buddy --province Antwerpen --since 2015 --color never)"
    row "similar" "$(time_it similar$N true "$P" --root "$C" -q similar "$(basename "$FILE" .md)" --color never)"
    # The floor of any check that no file changed: stat-ing every file, nothing else.
    row "find -printf size,time (floor)" "$(time_it find$N true find "$C/practices" -name "'*.md'" -printf "'%s %T@\\n'")"
    # The paths a staff query may take besides "every word matches": a typo corrected, no
    # practice with every word (partial matches), and two words joined into a compound.
    row "cold search, typo corrected" "$(time_it typo$N true "$P" --root "$C" -q search vrijwiligers --color never)"
    row "cold search, partial match" "$(time_it partial$N true "$P" --root "$C" -q search \"werk voor hoogopgeleide xylofoons\" --color never)"
    row "cold search, words joined" "$(time_it joined$N true "$P" --root "$C" -q search \"buddy werking\" --color never)"
    if command -v rg >/dev/null; then
        row "rg scan (reference)" "$(time_it rg$N true rg -l -i \"nederlands oefenen\" "$C/practices")"
        # The goal: a cold search at most 0.3x the time of `rg -i -l` on the same folder.
        python3 -c "import json,sys; m=lambda n: json.load(open(sys.argv[1]+'/'+n+'.json'))['results'][0]['median']; \
print(f'{sys.argv[2]:<9} {\"cold search / rg (median)\":<30} {m(\"search\"+sys.argv[2])/m(\"rg\"+sys.argv[2]):10.2f}')" "$WORK" "$N" 2>/dev/null || true
    fi
    du -sh "$C/.practice/index" | awk -v n="$N" '{printf "%-9s %-30s %10s\n", n, "index size", $1}'
done
