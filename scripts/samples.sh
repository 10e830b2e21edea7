#!/usr/bin/env bash
# The sample outputs in docs/samples: chart PNGs and the comparison report as PDF, its
# pages rendered to PNG (pdftoppm, from Debian's poppler-utils), on the bundled seeds.
#   scripts/samples.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out=docs/samples
mkdir -p "$out"
rm -f "$out"/*.png "$out"/*.pdf
run() { HOME="$work" "$build/app/reportlens" "$@" --db "$work/samples.sqlite" >/dev/null; }
run chart --metric members --size 1600x1000 --dpi 192 --out "$out/chart-members.png"
run chart --metric golden_autumn_funds --per-member --horizontal --lang en --size 1600x1000 \
    --dpi 192 --out "$out/chart-golden-autumn-per-member-en.png"
# Charts that fit: 5 places of the seeds, and 50 (real place names, made-up values over six
# orders of magnitude: the chart tests' table), in Chinese and English.
run chart --metric golden_autumn_funds --lang zh_CN --size 1200x800 --out "$out/chart-5-zh.png"
run chart --metric golden_autumn_funds --lang en --size 1200x800 --out "$out/chart-5-en.png"
REPORTLENS_CHART_SAMPLES="$work" QT_QPA_PLATFORM=offscreen "$build/tests/tst_chartlabels" \
    pngHasTheSizeAsked >/dev/null
cp "$work/chart-50-zh-1200x1800.png" "$out/chart-50-zh.png"
cp "$work/chart-50-en-1200x1800.png" "$out/chart-50-en.png"
run report --lang zh_CN --out "$out/report-zh_CN.pdf"
run report --lang en --cities 漳州市,肇庆市,商洛市 --metrics union_orgs,members,covered_units,golden_autumn_funds \
    --out "$out/report-en.pdf"
pdftoppm -png -r 60 "$out/report-zh_CN.pdf" "$out/report-zh_CN-page"
pdftoppm -png -r 60 -f 1 -l 1 "$out/report-en.pdf" "$out/report-en-page"
ls -1 "$out"
