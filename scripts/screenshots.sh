#!/usr/bin/env bash
# Pictures of every view at 1600×1000, on the bundled seeds, in a real X server (Xvfb):
#   scripts/screenshots.sh [BUILD_DIR] [LANGUAGE]   → docs/screenshots/*.png
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
language="${2:-zh_CN}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p docs/screenshots
# A database of its own, and the settings of a first start.
HOME="$work" XDG_CONFIG_HOME="$work/config" LANG="$language.UTF-8" LANGUAGE="$language" \
    xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/app/reportlens" --db "$work/screenshots.sqlite" --screenshots docs/screenshots
