#!/usr/bin/env bash
# Copies the browser libraries the dashboards serve into the build output (Maven runs this at
# generate-resources). Installs them from the npm registry, pinned by package-lock.json, only when
# node_modules lacks them or the lock changed: nothing is fetched at run time, the pages work offline.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:?usage: bundle.sh OUTPUT_DIR}"
stamp="$here/node_modules/.kefu-lock"
if [[ ! -f "$here/node_modules/echarts/dist/echarts.min.js" ]] || ! cmp -s "$here/package-lock.json" "$stamp"; then
  command -v npm >/dev/null 2>&1 || { echo "bundle.sh: npm is missing (./kefu build installs it)" >&2; exit 1; }
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$here/package-lock.json" "$stamp"
fi
mkdir -p "$out"
cp "$here/node_modules/echarts/dist/echarts.min.js" "$out/echarts.min.js"
cp "$here/node_modules/echarts/LICENSE" "$out/echarts.LICENSE.txt"
