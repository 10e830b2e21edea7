#!/usr/bin/env bash
# Builds the .deb with CPack, checks it (lintian, desktop-file-validate, appstreamcli, the man
# page), installs it with apt-get on this machine, uses the installed program from outside the
# build tree as a new user would, and removes it again.
#   tests/packaging/test_debian_package.sh BUILD_DIR
# Needs root (or password-less sudo): exit 77, a skip, without it.
set -euo pipefail
build_dir="$(cd "$1" && pwd)"
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! sudo -n true 2>/dev/null; then
        echo "SKIP: installing the package needs root or password-less sudo"
        exit 77
    fi
    sudo="sudo -n"
fi
if dpkg-query -W -f='${Status}' reportlens 2>/dev/null | grep -q "ok installed"; then
    echo "FAIL: a reportlens package is already installed here; this test installs and removes" \
         "its own: remove it first (apt-get remove reportlens)" >&2
    exit 1
fi

work="$(mktemp -d)"
installed=""
cleanup() {
    [ -z "$installed" ] || $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q reportlens >/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
check() {  # check DESCRIPTION COMMAND...: runs it, reports it
    local what="$1"
    shift
    if "$@" >"$work/out" 2>&1; then
        echo "ok: $what"
    else
        fail "$what"
        sed 's/^/    /' "$work/out" >&2
    fi
}

# The package.
cpack --config "$build_dir/CPackConfig.cmake" -B "$work/package" -G DEB >"$work/cpack.log" ||
    { cat "$work/cpack.log" >&2; exit 1; }
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")/\1/p' "$build_dir/CPackConfig.cmake")"
deb="$work/package/reportlens_${version}_amd64.deb"
[ -f "$deb" ] || { echo "FAIL: cpack made no $deb" >&2; ls "$work/package" >&2; exit 1; }
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"

# What is in it, checked by Debian's tools.
dpkg-deb -x "$deb" "$work/root"
desktop_file="$(ls "$work"/root/usr/share/applications/*.desktop)"
metainfo="$(ls "$work"/root/usr/share/metainfo/*.metainfo.xml)"
check "desktop-file-validate $(basename "$desktop_file")" desktop-file-validate "$desktop_file"
check "appstreamcli validate --no-net $(basename "$metainfo")" \
    appstreamcli validate --no-net "$metainfo"
check "lintian: no errors or warnings" lintian --fail-on error,warning "$deb"
for size in 16 22 24 32 48 64 128 256; do
    png="$(ls "$work"/root/usr/share/icons/hicolor/${size}x${size}/apps/*.png 2>/dev/null || true)"
    check "icon at ${size}x${size}" test -n "$png"
    [ -z "$png" ] || check "icon at ${size}x${size} is ${size} px wide" \
        sh -c "file '$png' | grep -q 'PNG image data, $size x $size'"
done
check "no build path compiled into the program" \
    sh -c "! grep -q -a -F -e '$build_dir' -e '$source_dir' '$work/root/usr/bin/reportlens'"
# The man page covers every subcommand and option that --help lists.
man_text="$(zcat "$work"/root/usr/share/man/man1/reportlens.1.gz | sed 's/\\-/-/g')"
help_text="$("$build_dir/app/reportlens" --help)"
for word in $(grep -o -E -- '--[a-z-]+' <<<"$help_text" | sort -u) \
            $(sed -n 's/^  reportlens \([a-z]\+\).*/\1/p' <<<"$help_text" | sort -u); do
    check "the man page covers $word" grep -q -F -e "$word" <<<"$man_text"
done
check "the man page renders without warnings" sh -c \
    "zcat '$work/root/usr/share/man/man1/reportlens.1.gz' | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1 | (! grep .)"

# Installed with apt, as a user installs it.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log" >&2; exit 1; }
installed=yes
echo "ok: apt-get install $(basename "$deb")"

# Used from outside the build tree, by a user with a new home folder.
mkdir -p "$work/home" "$work/cwd"
cd "$work/cwd"
user_env=(env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
          XDG_RUNTIME_DIR="$work/home")
version_line="$("${user_env[@]}" reportlens --version 2>&1 || true)"
check "reportlens --version prints \"reportlens $version\"" test "$version_line" = "reportlens $version"
"${user_env[@]}" reportlens table /usr/share/reportlens/seeds >"$work/table.json" 2>"$work/table.err" ||
    fail "reportlens table /usr/share/reportlens/seeds: $(cat "$work/table.err")"
check "reportlens table /usr/share/reportlens/seeds: five cities" python3 -c "
import json, sys
cities = json.load(open('$work/table.json'))['cities']
print(cities)
sys.exit(len(cities) != 5)"
check "reportlens chart --metric members --out x.png" \
    "${user_env[@]}" reportlens chart --metric members --out x.png
check "x.png is a PNG picture" sh -c "file x.png | grep -q 'PNG image data'"
# libxlsxwriter is loaded at run time (dlmopen), not linked: the package's Depends bring it.
# Debian's python3 reads the workbook (python3-openpyxl), not one first on PATH.
check "the Depends name libxlsxwriter4" sh -c "dpkg-deb -f '$deb' Depends | grep -q libxlsxwriter4"
check "reportlens table --format xlsx --out x.xlsx" \
    "${user_env[@]}" reportlens table --format xlsx --out x.xlsx /usr/share/reportlens/seeds
check "x.xlsx is a workbook with the sheets 对比表 and 数据" /usr/bin/python3 -c "
import openpyxl, sys
sys.exit(openpyxl.load_workbook('x.xlsx').sheetnames != ['对比表', '数据'])"
"${user_env[@]}" LANG=zh_CN.UTF-8 reportlens doctor >"$work/doctor.txt" 2>"$work/doctor.err" ||
    fail "reportlens doctor in Chinese: $(cat "$work/doctor.txt" "$work/doctor.err")"
sed 's/^/    /' "$work/doctor.txt"
check "the window's Import dialog has Qt's buttons in Chinese (打开, 取消)" \
    grep -q -E '^窗口: .*打开.*取消' "$work/doctor.txt"
check "man reportlens finds the installed page" sh -c "man -w reportlens | grep -q /usr/share/man/man1/reportlens.1.gz"

# And removed again, leaving nothing behind.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q reportlens >/dev/null
installed=""
check "apt-get remove reportlens removes the program" sh -c "! command -v reportlens"
check "apt-get remove reportlens removes its data" test ! -e /usr/share/reportlens

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "the package builds, installs, works from outside the build tree, and removes cleanly"
