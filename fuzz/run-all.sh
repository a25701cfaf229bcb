#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset `fuzz`, Clang) and runs each for
# SECONDS seconds (default 60), starting from fuzz/corpus/<target>/. Fails if
# any target finds a crash, a sanitizer report, a violated invariant, a
# timeout or an out-of-memory. New corpus entries go to a scratch directory,
# never into the repository; crash inputs are kept in $BUILD_DIR/fuzz-artifacts/.
#
#   bash fuzz/run-all.sh [SECONDS]
#   REHOPE_FUZZ_BUILD_DIR=build-fuzz REHOPE_FUZZ_TARGETS="fuzz_html" bash fuzz/run-all.sh 10
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
build_dir="${REHOPE_FUZZ_BUILD_DIR:-build/fuzz}"
jobs="${JOBS:-$(nproc)}"
targets="${REHOPE_FUZZ_TARGETS:-fuzz_normalize fuzz_quantities fuzz_segment fuzz_html fuzz_analyze fuzz_patterns fuzz_jsonl}"

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run-all.sh: clang++ not found; the fuzz targets need Clang (libFuzzer)" >&2
  exit 2
fi

cmake --preset fuzz -B "$build_dir" >/dev/null
# shellcheck disable=SC2086
cmake --build "$build_dir" -j "$jobs" --target $targets

artifacts="$build_dir/fuzz-artifacts"
logs="$build_dir/fuzz-logs"
mkdir -p "$artifacts" "$logs"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=()
for t in $targets; do
  bin="$build_dir/fuzz/$t"
  work="$scratch/$t"
  mkdir -p "$work"
  if [ -d "fuzz/corpus/$t" ]; then cp -r "fuzz/corpus/$t/." "$work/"; fi
  echo "== $t: ${seconds}s"
  # -timeout: one input taking more than 20 s is a finding (linear time);
  # -rss_limit_mb: so is a run over 2 GiB (bounded memory).
  if "$bin" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=8192 \
       -print_final_stats=1 -artifact_prefix="$artifacts/$t-" "$work" \
       >"$logs/$t.log" 2>&1; then
    runs="$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$logs/$t.log" | grep -o '[0-9]*$' || true)"
    echo "   ok: ${runs:-?} runs, corpus $(find "$work" -type f | wc -l) files"
  else
    echo "   FAILED: see $logs/$t.log; crash input in $artifacts/"
    grep -m5 -E 'ERROR|invariant violated|runtime error|deadly signal|timeout|out-of-memory' \
      "$logs/$t.log" | sed 's/^/   | /' || true
    failed+=("$t")
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
echo "all fuzz targets ran ${seconds}s without findings"
