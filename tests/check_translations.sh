#!/usr/bin/env bash
# Every user-visible string is translated: lupdate reads the sources into copies of the .ts
# files, and not one entry may come out unfinished.
#   tests/check_translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate="$1"
source_dir="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$source_dir"/translations/*.ts "$work/"
"$lupdate" -no-obsolete -locations none "$source_dir/app" "$source_dir/widgets" "$source_dir/models" \
    -ts "$work"/*.ts >"$work/lupdate.log" 2>&1
unfinished=$( (grep -c 'type="unfinished"' "$work"/*.ts || true) | awk -F: '{ sum += $2 } END { print sum + 0 }')
if [ "$unfinished" -ne 0 ]; then
    echo "check_translations: $unfinished unfinished entries:"
    grep -B3 'type="unfinished"' "$work"/*.ts | grep '<source>' | sort -u
    exit 1
fi
echo "check_translations: every string translated in $(ls "$source_dir"/translations/*.ts | wc -l) languages"
