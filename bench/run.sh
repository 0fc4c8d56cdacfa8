#!/usr/bin/env bash
# Benchmark `practice validate` on a generated collection against the floor (reading every file
# with cat) and peer validators. See bench/README.md.
#
# usage: bench/run.sh [N]            N practices, default 10000 (100000 works too)
# env:   RUNS=5                      timed runs of practice and the floor
#        PEER_RUNS=3 (1 if N>20000)  timed runs of each peer
#        PEER_PYTHON=path            a python with jsonschema, frontmatter, yaml
#                                    (default: bench/.venv/bin/python, then python3)
#        KEEP=1                      keep the generated collection (path is printed)
set -euo pipefail

N=${1:-10000}
[[ $N =~ ^[0-9]+$ && $N -gt 0 ]] || { echo "usage: bench/run.sh [N]" >&2; exit 2; }
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH")
cd "$ROOT"
RUNS=${RUNS:-5}
PEER_RUNS=${PEER_RUNS:-$((N > 20000 ? 1 : 3))}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/practice-bench.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then echo "collection kept in $WORK/c"; else trap 'rm -rf "$WORK"' EXIT; fi
C=$WORK/c
note() { echo "note: $*"; }

echo "== build (release)"
cargo build --release --example gen_corpus
PRACTICE=$ROOT/target/release/practice
if ! cargo build --release --bin practice; then
    note "binary practice does not build yet: validate rows skipped"
    PRACTICE=
fi

echo "== generate $N practices"
GEN_START=$(date +%s.%N)
target/release/examples/gen_corpus "$N" "$C" --schema schema
GEN_S=$(echo "$GEN_START $(date +%s.%N)" | awk '{printf "%.2f", $2 - $1}')
SIZE_MB=$(du -sm --apparent-size "$C/practices" | cut -f1)

HYPERFINE=$(command -v hyperfine || true)
TIMER=hyperfine
if [[ -z $HYPERFINE ]]; then
    TIMER="bash loop"
    note "hyperfine not found (apt-get install hyperfine): timing with a bash loop"
fi
if [[ ! -x /usr/bin/time ]]; then
    note "/usr/bin/time not found (apt-get install time): no memory figures"
fi

LABELS=() MEAN=() SPREAD=() RSS=()

# measure LABEL RUNS WARMUP COMMAND: time a shell command, record mean and peak memory.
measure() {
    local label=$1 runs=$2 warmup=$3 cmd=$4 mean spread rss=-
    echo "-- $label: $cmd"
    if [[ -n $HYPERFINE ]]; then
        "$HYPERFINE" --style basic -i --warmup "$warmup" --runs "$runs" \
            --export-csv "$WORK/h.csv" "$cmd" >&2
        # command,mean,stddev,median,user,system,min,max (command may contain commas)
        read -r mean spread < <(tail -1 "$WORK/h.csv" | awk -F, '{printf "%.3f %.3f\n", $(NF-6), $(NF-5)}')
        if ((runs > 1)); then spread="± $spread"; else spread="(1 run)"; fi
    elif [[ -x /usr/bin/time ]]; then
        local i
        for ((i = 0; i < warmup; i++)); do bash -c "$cmd" || true; done
        : > "$WORK/t"
        for ((i = 0; i < runs; i++)); do
            /usr/bin/time -a -o "$WORK/t" -f '%e s %M KB' bash -c "$cmd" || true
        done
        read -r mean spread < <(awk '$2 == "s" {s += $1; n++; if (!n0 || $1 < lo) lo = $1;
            if ($1 > hi) hi = $1; n0 = 1} END {printf "%.3f %.3f-%.3f\n", s / n, lo, hi}' "$WORK/t")
        spread="($spread)"
    else
        local s e
        s=$(date +%s.%N); for ((i = 0; i < runs; i++)); do bash -c "$cmd" || true; done; e=$(date +%s.%N)
        mean=$(echo "$s $e $runs" | awk '{printf "%.3f", ($2 - $1) / $3}')
        spread=""
    fi
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -v -o "$WORK/v" bash -c "$cmd" || true
        rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f MB", $2 / 1024}' "$WORK/v")
    fi
    echo "   $mean s $spread, peak RSS $rss"
    LABELS+=("$label") MEAN+=("$mean") SPREAD+=("$spread") RSS+=("$rss")
}

P=$C/practices
measure "floor: find | xargs cat" "$RUNS" 1 "find '$P' -name '*.md' -print0 | xargs -0 cat > /dev/null"

if [[ -n $PRACTICE ]]; then
    echo "-- sanity: practice validate --root (errors expected: 0)"
    set +e
    "$PRACTICE" validate --root "$C" -q > "$WORK/out" 2>&1
    rc=$?
    set -e
    echo "   exit code $rc (0 = no errors, 1 = errors, 2 = usage or I/O)"
    [[ $rc == 0 ]] || head -n 20 "$WORK/out"
    measure "practice validate -q" "$RUNS" 1 "'$PRACTICE' validate --root '$C' -q > /dev/null 2>&1"
    measure "practice validate --format json" "$RUNS" 1 \
        "'$PRACTICE' validate --root '$C' --format json > /dev/null 2>&1"
fi

SCHEMA=$ROOT/schema/practice.schema.json
SECTIONS=$BENCH/peers/sections.txt
if [[ ! -f $SCHEMA ]]; then
    note "no $SCHEMA: peers skipped"
else
    PY=
    for cand in "${PEER_PYTHON:-}" "$BENCH/.venv/bin/python" python3; do
        if [[ -n $cand ]] && "$cand" -c 'import jsonschema, frontmatter, yaml' 2> /dev/null; then
            PY=$cand
            break
        fi
    done
    if [[ -n $PY ]]; then
        echo "-- sanity: python peer ($PY)"
        "$PY" "$BENCH/peers/validate_fm.py" "$SCHEMA" "$SECTIONS" "$P" > /dev/null || true
        measure "peer: python validate_fm.py" "$PEER_RUNS" 0 \
            "'$PY' '$BENCH/peers/validate_fm.py' '$SCHEMA' '$SECTIONS' '$P' > /dev/null 2>&1"
    else
        note "python peer skipped: no python with jsonschema, frontmatter, yaml (see bench/README.md)"
    fi
    if command -v node > /dev/null &&
        (cd "$BENCH" && node -e 'for (const m of ["gray-matter", "ajv", "ajv-formats", "js-yaml"]) require.resolve(m)') 2> /dev/null; then
        echo "-- sanity: node peer"
        node "$BENCH/peers/validate_fm.mjs" "$SCHEMA" "$SECTIONS" "$P" > /dev/null || true
        measure "peer: node validate_fm.mjs" "$PEER_RUNS" 0 \
            "node '$BENCH/peers/validate_fm.mjs' '$SCHEMA' '$SECTIONS' '$P' > /dev/null 2>&1"
    else
        note "node peer skipped: needs node and 'npm install --prefix bench' (see bench/README.md)"
    fi
fi

echo
echo "== summary: N=$N practices ($SIZE_MB MB) generated in $GEN_S s; $(nproc) cores; timed with $TIMER"
for i in "${!LABELS[@]}"; do
    ratio=$(echo "${MEAN[$i]} ${MEAN[0]}" | awk '{if ($2 > 0) printf "%.1fx", $1 / $2; else printf "-"}')
    printf '%-34s %7.2f s = %6s cat   peak RSS %s\n' "${LABELS[$i]}:" "${MEAN[$i]}" "$ratio" "${RSS[$i]}"
done
