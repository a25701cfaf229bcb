#!/bin/sh
# Regenerates the CLI goldens (tests/cli/golden/*.out) from a built rehope.
#
#   tests/cli/update-goldens.sh [BUILD_DIR]     (default: build)
#
# The goldens record the exact bytes the CLI writes, so they change whenever
# the analysis does. Regenerate, then review `git diff tests/cli/golden`
# before committing: a diff should show only the analysis change you made.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
cli=$build/rehope
if [ ! -x "$cli" ]; then
  echo "update-goldens.sh: no $cli; build the rehope_tool target first" >&2
  exit 2
fi
exec python3 "$here/cli_test.py" --cli "$cli" --data "$here/data" \
  --golden "$here/golden" --source-dir "$root" --update
