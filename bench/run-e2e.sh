#!/usr/bin/env bash
# Whole-process benchmark of the CLI (docs/performance.md).
#
#   bench/run-e2e.sh                 10 MiB and 100 MiB corpora, --jobs 1 and 2,
#                                    plus the linearity check (flat documents)
#   bench/run-e2e.sh --with-1g       also the 1 GiB corpus
#   bench/run-e2e.sh --no-flat       skip the linearity check
#
# Options: --build DIR (default build/release), --work DIR (default
# DIR/e2e: corpora are written there, 1.1 GiB with --with-1g), --seed N
# (default 42), --timeout SEC per run (default 1200), --jobs-max N (default 2),
# --sizes "10M 100M" (mix corpora), --flat-sizes "10M 100M" (linearity pair).
#
# For each corpus it runs
#   /usr/bin/time -v rehope analyze --format jsonl --jobs N corpus.jsonl > /dev/null
# and prints throughput (MiB of JSON Lines input per wall-clock second), CPU
# seconds, peak RSS, and the scaling ratio of --jobs 2 over --jobs 1. The
# linearity check analyzes one 10 MiB and one 100 MiB document with no
# sentence punctuation at all (single-record JSON Lines) and prints MiB/s for
# both: a per-byte cost that stays linear gives the same MiB/s.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$here/build/release"
work=""
seed=42
with_1g=0
flat=1
timeout_s=1200
jobs_max=2
sizes_arg="10M 100M"
flat_sizes="10M 100M"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --jobs-max) jobs_max=$2; shift 2 ;;
    --sizes) sizes_arg=$2; shift 2 ;;
    --flat-sizes) flat_sizes=$2; shift 2 ;;
    --with-1g) with_1g=1; shift ;;
    --no-flat) flat=0; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "run-e2e.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[[ -n "$work" ]] || work="$build/e2e"
rehope="$build/rehope"
gen="$build/bench/rehope_gen_corpus"
if [[ ! -x "$rehope" || ! -x "$gen" ]]; then
  echo "run-e2e.sh: building rehope and rehope_gen_corpus in $build" >&2
  cmake --build "$build" --target rehope_tool rehope_gen_corpus >&2
fi
[[ -x /usr/bin/time ]] || { echo "run-e2e.sh: /usr/bin/time is needed (Debian package 'time')" >&2; exit 1; }
mkdir -p "$work"

echo "# rehope end-to-end: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) CPUs," \
     "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), seed $seed"
echo "# rehope $("$rehope" --version 2>/dev/null | head -1), git $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')"

# run LABEL FILE JOBS [extra args...]: one timed CLI run; prints one row and
# sets LAST_MIBS, LAST_WALL (seconds) and LAST_BYTES.
LAST_MIBS=0
LAST_WALL=0
LAST_BYTES=0
run() {
  local label=$1 file=$2 jobs=$3; shift 3
  local tf="$work/time.$$" log="$work/stderr.$$"
  local bytes status=0
  bytes=$(stat -c %s "$file")
  timeout "$timeout_s" /usr/bin/time -v -o "$tf" \
    "$rehope" analyze --format jsonl --jobs "$jobs" "$@" "$file" > /dev/null 2> "$log" || status=$?
  if [[ ! -s "$tf" ]] || grep -q "Command terminated by signal" "$tf"; then
    printf '%-22s jobs %-2s  FAILED (exit %s, timeout %ss?)\n' "$label" "$jobs" "$status" "$timeout_s"
    tail -3 "$log" | sed 's/^/    /'
    LAST_MIBS=0
    LAST_WALL=0
    LAST_BYTES=0
    return
  fi
  awk -v label="$label" -v jobs="$jobs" -v bytes="$bytes" -v status="$status" '
    /Elapsed \(wall clock\)/ {
      n = split($NF, p, ":"); wall = 0
      for (i = 1; i <= n; ++i) wall = wall * 60 + p[i]
    }
    /User time \(seconds\)/ { user = $NF }
    /System time \(seconds\)/ { sys = $NF }
    /Maximum resident set size/ { rss = $NF }
    END {
      mibs = (wall > 0) ? bytes / 1048576 / wall : 0
      printf "%-22s jobs %-2s %9.1f MiB  %8.2f s wall  %8.2f s cpu  %8.1f MiB/s  peak RSS %7.1f MiB%s\n",
        label, jobs, bytes / 1048576, wall, user + sys, mibs, rss / 1024,
        (status != 0 ? "  (exit " status ")" : "")
      print mibs, wall > "/dev/stderr"
    }' "$tf" 2> "$work/mibs.$$"
  read -r LAST_MIBS LAST_WALL < "$work/mibs.$$"
  LAST_BYTES=$bytes
  if [[ "$status" != 0 ]]; then tail -3 "$log" | sed 's/^/    /'; fi
  rm -f "$tf" "$log" "$work/mibs.$$"
}

read -r -a sizes <<< "$sizes_arg"
(( with_1g )) && sizes+=(1G)
echo
echo "## news mix (generated, ~15% sting coverage)"
# Linearity of the mix: the rate of the bytes a larger corpus adds over the
# next smaller one (jobs 1), which leaves out what every run pays once
# (compiling the patterns, the automata's first states).
prev_wall=0
prev_bytes=0
prev_size=""
for size in "${sizes[@]}"; do
  corpus="$work/mix-$size-s$seed.jsonl"
  [[ -s "$corpus" ]] || "$gen" --bytes "$size" --seed "$seed" --out "$corpus"
  one=0
  for (( j = 1; j <= jobs_max; ++j )); do
    run "mix $size" "$corpus" "$j"
    if (( j == 1 )); then
      one=$LAST_MIBS
      if [[ -n "$prev_size" && "$prev_wall" != 0 && "$LAST_WALL" != 0 ]]; then
        awk -v b1="$prev_bytes" -v w1="$prev_wall" -v b2="$LAST_BYTES" -v w2="$LAST_WALL" \
            -v s1="$prev_size" -v s2="$size" \
          'BEGIN { if (w2 > w1) printf "%-22s marginal rate from %s to %s, jobs 1 = %.1f MiB/s\n", "", s1, s2, (b2 - b1) / 1048576 / (w2 - w1) }'
      fi
      prev_wall=$LAST_WALL
      prev_bytes=$LAST_BYTES
      prev_size=$size
    fi
    if (( j > 1 )); then
      awk -v a="$LAST_MIBS" -v b="$one" -v j="$j" \
        'BEGIN { if (b > 0) printf "%-22s scaling jobs %d / jobs 1 = %.2fx (target >= 1.8x for jobs 2)\n", "", j, a / b }'
    fi
  done
done

if (( flat )); then
  echo
  echo "## linearity: one document with no sentence punctuation (single JSON Lines record)"
  small=0
  read -r -a flats <<< "$flat_sizes"
  for size in "${flats[@]}"; do
    corpus="$work/flat-$size-s$seed.jsonl"
    [[ -s "$corpus" ]] || "$gen" --bytes "$size" --seed "$seed" --unpunctuated --out "$corpus"
    run "flat $size" "$corpus" 1 --max-bytes 256M
    [[ "$size" == "${flats[0]}" ]] && small=$LAST_MIBS
  done
  awk -v a="$LAST_MIBS" -v b="$small" -v big="${flats[-1]}" -v sm="${flats[0]}" \
    'BEGIN { if (b > 0 && a > 0) printf "%-22s MiB/s at %s / MiB/s at %s = %.2f (1.00 = linear)\n", "", big, sm, a / b }'
  # The same articles (same seed) with their punctuation, as one document:
  # what "as fast per byte as normal text" compares against. One document is
  # on-topic as a whole, so none of it is gated out as off-topic articles are.
  flat_mibs=$LAST_MIBS
  size=${flats[-1]}
  corpus="$work/onedoc-$size-s$seed.jsonl"
  [[ -s "$corpus" ]] || "$gen" --bytes "$size" --seed "$seed" --one-document --out "$corpus"
  run "one doc $size" "$corpus" 1 --max-bytes 256M
  awk -v a="$flat_mibs" -v b="$LAST_MIBS" -v big="$size" \
    'BEGIN { if (b > 0 && a > 0) printf "%-22s unpunctuated / punctuated, one %s document each = %.2f (1.00 = as fast per byte)\n", "", big, a / b }'
fi
