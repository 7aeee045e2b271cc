#!/usr/bin/env bash
# Fetches Debian's QEMU source packages (7.2 from bookworm, 10.0 from trixie, 10.2 from sid)
# into a cache folder, with Debian's patches applied, and prints where each qemu-options.hx
# and the docs we read are. Nothing fetched here is ever committed: the cache is ignored by git.
#
# Usage: scripts/fetch-qemu-sources.sh [RELEASE...]   (default: 7.2 10.0 10.2)
# A release is QEMU's major.minor; the newest Debian source version of it that the archive
# still serves is taken (sid's index can name a newer upload whose files are gone).
# Env:   QEMU_SRC_CACHE  cache folder (default: <repo>/.cache/qemu-src)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${QEMU_SRC_CACHE:-$repo/.cache/qemu-src}
releases=("$@")
[ ${#releases[@]} -gt 0 ] || releases=(7.2 10.0 10.2)

need() { command -v "$1" >/dev/null 2>&1; }
if ! need dpkg-source || ! need apt-get; then
  echo "fetch-qemu-sources: needs apt-get and dpkg-dev (apt-get install dpkg-dev)" >&2
  exit 2
fi

# shellcheck source=lib/private-apt.sh
. "$repo/scripts/lib/private-apt.sh"
private_apt_setup "$cache/apt" deb-src

updated=0
for r in "${releases[@]}"; do
  dest=$cache/$r
  if [ -f "$dest/.done" ]; then continue; fi
  if [ $updated = 0 ]; then apt-get "${aptopts[@]}" -qq update >&2; updated=1; fi
  rm -rf "$dest"; mkdir -p "$dest"
  versions=$(apt-cache "${aptopts[@]}" showsrc qemu 2>/dev/null | sed -n 's/^Version: //p' \
    | grep -E "^([0-9]+:)?${r//./\\.}[.+]" | sort -rV || true)
  got=""
  # apt-get and dpkg-source report every step; their output is shown only if all fail.
  log=$cache/fetch-$r.log; : >"$log"
  for v in $versions; do
    if (cd "$dest" && apt-get "${aptopts[@]}" -qq source "qemu=$v" >>"$log" 2>&1); then
      got=$v; break
    fi
    rm -rf "${dest:?}"/*
  done
  if [ -z "$got" ]; then
    tail -n 20 "$log" >&2
    echo "fetch-qemu-sources: no source package of QEMU $r" >&2; exit 1
  fi
  rm -f "$log"
  dir=$(find "$dest" -maxdepth 1 -mindepth 1 -type d -name 'qemu-*' | head -n 1)
  [ -n "$dir" ] || { echo "fetch-qemu-sources: no source tree for QEMU $r" >&2; exit 1; }
  # Keep only what the tests read, to keep the cache small.
  keep=$dest/keep; mkdir -p "$keep"
  cp "$dir/qemu-options.hx" "$keep/"
  cp "$dir/VERSION" "$keep/"
  for f in docs/about/deprecated.rst docs/about/removed-features.rst; do
    [ -f "$dir/$f" ] && cp "$dir/$f" "$keep/"
  done
  # C files that declare QemuOpts lists, and the QAPI schema, for the parameter extractor.
  (cd "$dir" && grep -rlE --include='*.c' --include='*.h' 'QemuOptsList|QemuOptDesc' \
      --exclude-dir=roms --exclude-dir=tests --exclude-dir=subprojects . || true) \
    | while read -r f; do mkdir -p "$keep/src/$(dirname "$f")"; cp "$dir/$f" "$keep/src/$f"; done
  [ -d "$dir/qapi" ] && cp -r "$dir/qapi" "$keep/src/qapi"
  basename "$dir" >"$keep/SOURCE"
  echo "$got" >"$keep/DEBIAN_VERSION"
  rm -rf "$dir" "$dest"/*.tar.* "$dest"/*.dsc
  touch "$dest/.done"
done
for r in "${releases[@]}"; do
  echo "$r $(cat "$cache/$r/keep/VERSION") $cache/$r/keep/qemu-options.hx"
done
