#!/usr/bin/env bash
# The e2e suite drives Debian's Chromium (Playwright's own browser download cannot work offline).
# On a fresh machine of this kind we are root with apt: install it; elsewhere say what is missing.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the e2e tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium not found at $chromium: install Debian's 'chromium' package or set CHROMIUM_PATH." >&2
exit 1
