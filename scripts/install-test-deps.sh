#!/usr/bin/env bash
# Installs what the test suite needs on a Debian machine (run as root; CI runs it):
#  - qemu-system-x86 (QEMU 7.2 from bookworm): differential tests and byte-exact -help;
#  - dpkg-dev: lets `apt-get source` apply Debian's patches to QEMU's source packages;
#  - python3-docutils: checks that the RST we generate parses clean;
#  - gcc and libc6-dev: the C preprocessor and compiler run QEMU's own -help rules as a
#    reference for our -help generator;
# then fetches QEMU 7.2, 10.0 and 10.2 source packages, and the qemu(1) man pages of 7.2 and
# 10.0, into .cache/ (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
if ! command -v qemu-system-x86_64 >/dev/null || ! command -v dpkg-source >/dev/null \
  || ! python3 -c 'import docutils' 2>/dev/null || ! command -v gcc >/dev/null \
  || [ ! -e /usr/include/stdio.h ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends qemu-system-x86 dpkg-dev python3-docutils \
    gcc libc6-dev >/dev/null
fi
scripts/fetch-qemu-sources.sh >/dev/null
scripts/fetch-qemu-man-pages.sh >/dev/null
