# Sourced by the fetch scripts: sets up an apt configuration of our own under a cache folder,
# so that Debian's bookworm, trixie and sid can be read without touching the system's lists.
#
# private_apt_setup ROOT TYPE [EXTRA_OPTION...]
#   ROOT   folder for lists, cache and sources.list
#   TYPE   the sources.list line type with its options, e.g. `deb-src` or `deb [arch=amd64]`
#   EXTRA  further `-o` settings, e.g. APT::Architecture=amd64
# Sets the array `aptopts`, to pass to apt-get and apt-cache.
private_apt_setup() {
  local root=$1 type=$2 s opt
  shift 2
  mkdir -p "$root/lists/partial" "$root/archives/partial" "$root/etc"
  local list=$root/etc/sources.list
  : >"$list"
  local kind=${type%% *} opts=""
  [ "$kind" = "$type" ] || opts=${type#* }
  opts=${opts#[}
  opts=${opts%]}
  for s in bookworm trixie sid; do
    echo "$kind [${opts:+$opts }signed-by=/usr/share/keyrings/debian-archive-keyring.gpg]" \
      "http://deb.debian.org/debian $s main" >>"$list"
  done
  aptopts=(-o "Dir::Etc::SourceList=$list" -o "Dir::Etc::SourceParts=/dev/null"
    -o "Dir::State::Lists=$root/lists" -o "Dir::Cache=$root" -o "APT::Get::List-Cleanup=0"
    -o "Debug::NoLocking=1")
  # The private folders belong to the caller, whom apt's download sandbox user (_apt)
  # cannot write as; as root, apt would say so and download as root anyway.
  if [ "$(id -u)" = 0 ]; then aptopts+=(-o "APT::Sandbox::User=root"); fi
  for opt in "$@"; do aptopts+=(-o "$opt"); done
}
