#!/usr/bin/env bash
# Lighthouse accessibility and best-practices scores for the log-in page and a client's Today, of a portal
# that is already running. Start it without Vaadin's development tools, whose own unlabelled controls
# otherwise cost points (or run the production jar):
#   ./mvnw spring-boot:run        (the development tools are off by default)
# A figure to watch, not a test: the journeys'
# axe-core checks are what fail the build. Node is not part of the build; this script uses it only when
# it is present, installing Lighthouse once into a cache directory outside the repository.
#
#   src/test/lighthouse/scores.sh [base-url]          (default http://localhost:8080)
#   HOLDFAST_USER, HOLDFAST_PASSWORD: the client to sign in as (default the demo client greta)
#   CHROME_PATH: the browser (default /usr/bin/chromium)
set -euo pipefail

BASE="${1:-http://localhost:8080}"
USER_NAME="${HOLDFAST_USER:-greta@demo.holdfast}"
PASSWORD="${HOLDFAST_PASSWORD:-holdfast-demo}"
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
CACHE="${HOLDFAST_LIGHTHOUSE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/holdfast-lighthouse}"
# Lighthouse 13 needs Node 22.19 or newer; 12.8 runs on Node 18.16 and newer (Debian 13 ships 20).
LIGHTHOUSE_VERSION="${LIGHTHOUSE_VERSION:-12.8.2}"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "Node and npm are not installed: no Lighthouse scores here (the axe-core journeys still check WCAG)." >&2
    exit 0
fi
if [ ! -d "$CACHE/node_modules/lighthouse" ]; then
    echo "Installing Lighthouse $LIGHTHOUSE_VERSION into $CACHE (once)..." >&2
    mkdir -p "$CACHE"
    # Our Chromium is used; puppeteer must not download its own.
    PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --prefix "$CACHE" "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi
if ! curl -fsS -o /dev/null "$BASE/login"; then
    echo "No portal answers at $BASE: start it first (./mvnw spring-boot:run)." >&2
    exit 1
fi

exec node "$(dirname "$0")/scores.mjs" "$CACHE" "$BASE" "$USER_NAME" "$PASSWORD" "$CHROME"
