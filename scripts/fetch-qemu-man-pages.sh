#!/usr/bin/env bash
# Fetches the qemu(1) man page that Debian's qemu-system-common package ships for QEMU 7.2
# (bookworm) and 10.0 (trixie) into a cache folder (never committed). Tests compare the
# option list of our generated RST docs with it. (10.2's binary package is no longer served:
# sid moved on to 11.x, and the archive keeps only the newest binaries of a suite.)
#
# Usage: scripts/fetch-qemu-man-pages.sh [RELEASE...]   (default: 7.2 10.0)
# Env:   QEMU_MAN_CACHE  cache folder (default: <repo>/.cache/qemu-man)
# Prints "RELEASE PACKAGE-VERSION PATH" per release; PATH is the uncompressed man page.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${QEMU_MAN_CACHE:-$repo/.cache/qemu-man}
releases=("$@")
[ ${#releases[@]} -gt 0 ] || releases=(7.2 10.0)
command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null \
  || { echo "fetch-qemu-man-pages: needs apt-get and dpkg-deb" >&2; exit 2; }

# shellcheck source=lib/private-apt.sh
. "$repo/scripts/lib/private-apt.sh"
private_apt_setup "$cache/apt" 'deb [arch=amd64]' APT::Architecture=amd64

updated=0
for r in "${releases[@]}"; do
  dest=$cache/$r
  if [ -f "$dest/.done" ]; then continue; fi
  if [ $updated = 0 ]; then apt-get "${aptopts[@]}" -qq update >&2; updated=1; fi
  rm -rf "$dest"; mkdir -p "$dest"
  versions=$(apt-cache "${aptopts[@]}" madison qemu-system-common 2>/dev/null \
    | awk -F'|' '{gsub(/ /, "", $2); print $2}' \
    | grep -E "^([0-9]+:)?${r//./\\.}[.+]" | sort -rV -u || true)
  got=""
  for v in $versions; do
    if (cd "$dest" && apt-get "${aptopts[@]}" -qq download "qemu-system-common=$v" >/dev/null 2>&1); then
      got=$v; break
    fi
  done
  [ -n "$got" ] || { echo "fetch-qemu-man-pages: no qemu-system-common of QEMU $r" >&2; exit 1; }
  dpkg-deb -x "$dest"/qemu-system-common_*.deb "$dest/x"
  # Debian installs QEMU's qemu.1 as qemu-system.1.
  page=$(find "$dest/x/usr/share/man/man1" -name 'qemu.1.gz' -o -name 'qemu-system.1.gz' | head -n 1)
  [ -n "$page" ] || { echo "fetch-qemu-man-pages: no qemu man page in QEMU $r" >&2; exit 1; }
  gzip -dc "$page" >"$dest/qemu.1"
  echo "$got" >"$dest/PACKAGE_VERSION"
  rm -rf "$dest/x" "$dest"/*.deb
  touch "$dest/.done"
done
for r in "${releases[@]}"; do
  echo "$r $(cat "$cache/$r/PACKAGE_VERSION") $cache/$r/qemu.1"
done
