#!/usr/bin/env bash
# The sample outputs in docs/samples: chart PNGs, and the comparison report's pages 1, 2 and its
# first page of sources (pdftoppm, from Debian's poppler-utils) for the seeds (5 places) and the
# generated database of 50 places × 45 metrics, in Chinese and English: the PDFs
# tst_comparisonreport writes and checks.
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

run report --lang zh_CN --out "$out/report-5-zh_CN.pdf"
run report --lang en --out "$out/report-5-en.pdf"
REPORTLENS_REPORT_SAMPLES="$work" QT_QPA_PLATFORM=offscreen \
    "$build/tests/tst_comparisonreport" pdfAnEditorAccepts >/dev/null
for places in 5 50; do
    for language in zh_CN en; do
        pdf="$work/$places-$language.pdf"
        heading=Sources
        [ "$language" = zh_CN ] && heading=出处
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
        sources=""
        for ((page = 1; page <= pages; page++)); do
            if pdftotext -layout -f "$page" -l "$page" "$pdf" - | grep -x "$heading" >/dev/null; then
                sources=$page
                break
            fi
        done
        name="$out/report-$places-$language"
        pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$pdf" "$name-page-1"
        pdftoppm -png -r 80 -f 2 -l 2 -singlefile "$pdf" "$name-page-2"
        pdftoppm -png -r 80 -f "$sources" -l "$sources" -singlefile "$pdf" "$name-sources"
    done
done
ls -1 "$out"
