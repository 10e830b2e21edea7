#!/usr/bin/env bash
# The import benchmark on both backends: SQLite, then a throw-away PostgreSQL server.
#   benchmarks/run_import_bench.sh [BUILD_DIR] [DOCUMENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
documents="${2:-10000}"
port=54339
dir="/tmp/reportlens-pgbench-$port"
"$build/benchmarks/bench_import" --documents "$documents"
tests/postgres_fixture.sh start "$dir" "$port"
trap 'tests/postgres_fixture.sh stop "$dir" "$port"' EXIT
"$build/benchmarks/bench_import" --documents "$documents" --db "postgresql://reportlens@127.0.0.1:$port/postgres"
