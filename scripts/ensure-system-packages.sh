#!/usr/bin/env bash
# What the tests need from the operating system: Debian's Chromium for the e2e suite (Playwright's
# own browser download cannot work offline) and the DejaVu fonts that label PNGs are drawn with.
# On a fresh machine of this kind we are root with apt: install what is missing; elsewhere say so.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages for the tests: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Missing for the tests: ${missing[*]} (Debian packages; or set CHROMIUM_PATH)." >&2
exit 1
