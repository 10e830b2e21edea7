#!/usr/bin/env bash
# Sets up a Debian 12 machine for ReportLens (installs the Debian packages that are
# missing), builds, and then opens the dashboard (`run`) or runs the test suite (`test`).
#   scripts/dev.sh run    # build and open the dashboard on the bundled seeds
#   scripts/dev.sh test   # build and run every test
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
case "$mode" in
    run | test) ;;
    *)
        echo "usage: scripts/dev.sh run|test" >&2
        exit 2
        ;;
esac

# Every package, from the one list (scripts/debian-packages.txt) that the dependency check
# (ctest -R debian_packages) and the .deb's Depends read too.
mapfile -t packages < <(sed -e 's/#.*//' scripts/debian-packages.txt | awk 'NF { print $1 }')
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

build_dir="${REPORTLENS_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir" --parallel

if [ "$mode" = run ]; then
    exec "$build_dir/app/reportlens"
fi
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure

# The same suite under AddressSanitizer (leaks included) and UndefinedBehaviorSanitizer: any
# report fails it.
cmake -S . -B "$build_dir-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREPORTLENS_SANITIZE=ON
cmake --build "$build_dir-asan" --parallel
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir-asan" --output-on-failure

# The fuzz target (libFuzzer, clang) for a bounded time, the seeds as its corpus. What it
# finds is saved in $build_dir-fuzz/ and belongs in tests/data/fuzz-regressions once fixed.
# Leaks are left to the sanitizer suite above, which runs every kept input with LSan on.
cmake -S . -B "$build_dir-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DREPORTLENS_FUZZ=ON
cmake --build "$build_dir-fuzz" --target fuzz_extract --parallel
scripts/check-debian-packages.py "$build_dir-fuzz"  # clang and its runtimes are on the list too
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
cp seeds/*.txt tests/data/fuzz-regressions/* "$corpus/" 2>/dev/null || true
ASAN_OPTIONS=detect_leaks=0 "$build_dir-fuzz/tests/fuzz/fuzz_extract" \
    -max_total_time="${REPORTLENS_FUZZ_SECONDS:-120}" -timeout=20 -rss_limit_mb=4096 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$build_dir-fuzz/" "$corpus"
echo "fuzz_extract: no crash, hang or sanitizer report in ${REPORTLENS_FUZZ_SECONDS:-120} s"
