#!/usr/bin/env bash
# Time to first window: launch to the first frame of the compare view, in a real X server
# (Xvfb), on the bundled seeds and on a database of 10,000 documents.
#   benchmarks/run_startup_bench.sh [BUILD_DIR] [DOCUMENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
documents="${2:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$build/app/reportlens" import --db "$work/seeds.sqlite" seeds >/dev/null
"$build/benchmarks/bench_import" --documents "$documents" --db "$work/large.sqlite" >/dev/null
for database in seeds large; do
    for round in 1 2 3; do
        result=$(HOME="$work" XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 1600x1000x24" \
            "$build/app/reportlens" --db "$work/$database.sqlite" --first-frame-exit 2>/dev/null)
        echo "$database ($( [ "$database" = seeds ] && echo 5 || echo "$documents") documents), round $round: $result"
    done
done
