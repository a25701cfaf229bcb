#!/usr/bin/env bash
# Installs every build and test dependency of rehope from Debian 12 packages.
# Idempotent: does nothing when all are present; runs apt-get update first
# only when something is missing. Nothing is downloaded from anywhere else.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git python3
  clang-14 libclang-rt-14-dev      # the Clang build and the fuzz/tsan presets
  libre2-dev                       # regex engine (pattern sets)
  libicu-dev                       # sentence and word segmentation, spellout
  libutf8proc-dev                  # Unicode normalization
  libfmt-dev                       # formatting
  nlohmann-json3-dev               # the CLI's records and the eval reader
  rapidjson-dev                    # the summary's JSON (streaming writer)
  libtomlplusplus-dev              # pattern files (TOML)
  libgumbo-dev                     # HTML text extraction
  libsimdjson-dev                  # fast JSON Lines input in the CLI
  libcli11-dev                     # CLI argument parsing
  zlib1g-dev                       # .jsonl.gz input
  libgtest-dev libgmock-dev        # tests
  libbenchmark-dev                 # benchmarks
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
