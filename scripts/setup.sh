#!/usr/bin/env bash
# Installs what ppid needs on Debian/Ubuntu and builds it (the README's first command).
#
#   bash scripts/setup.sh              install the packages, check Swift, build the release binary
#   bash scripts/setup.sh --deps-only  install the packages only (what CI does)
#   bash scripts/setup.sh --dry-run    print the commands it would run, run nothing
#
# Idempotent: packages already installed are not asked for again, and when none is missing
# apt-get is not run at all. As root it runs apt-get itself; as another user it uses sudo
# when there is one, and otherwise says what to run as root.
#
# For its own test only, the environment can stand in for what it detects:
#   PPID_SETUP_UID        the user id (instead of `id -u`)
#   PPID_SETUP_SUDO       the sudo command, empty for none (instead of `command -v sudo`)
#   PPID_SETUP_INSTALLED  the packages taken as installed, space-separated (instead of dpkg)
#   PPID_SETUP_SWIFT      the swift command, empty for none (instead of `command -v swift`)
set -euo pipefail
cd "$(dirname "$0")/.."

readonly SWIFT_NEEDED="6.3"
# libsqlite3-dev: GRDB links libsqlite3 (the static release binary needs its .a); zlib1g-dev:
# ZIPFoundation (XLSX) links zlib; sqlite3: the shell the tests read an exported database
# with (`export registers`); python3-openpyxl: the tests open exported .xlsx files with a real
# spreadsheet library.
readonly PACKAGES=(libedit-dev libsqlite3-dev zlib1g-dev sqlite3 tmux git python3-openpyxl)

deps_only=false
dry_run=false
for arg in "$@"; do
  case "$arg" in
    --deps-only) deps_only=true ;;
    --dry-run) dry_run=true ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup.sh: unknown option $arg (use --deps-only, --dry-run or --help)" >&2; exit 64 ;;
  esac
done

# Runs a command, or prints it under --dry-run.
run() {
  if $dry_run; then
    echo "+ $*"
  else
    "$@"
  fi
}

installed() {
  if [ -n "${PPID_SETUP_INSTALLED+set}" ]; then
    case " $PPID_SETUP_INSTALLED " in *" $1 "*) return 0 ;; *) return 1 ;; esac
  fi
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

uid="${PPID_SETUP_UID-$(id -u)}"
if [ -n "${PPID_SETUP_SUDO+set}" ]; then
  sudo_cmd="$PPID_SETUP_SUDO"
else
  sudo_cmd="$(command -v sudo || true)"
fi

missing=()
for p in "${PACKAGES[@]}"; do installed "$p" || missing+=("$p"); done

if [ ${#missing[@]} -gt 0 ]; then
  if [ -z "${PPID_SETUP_INSTALLED+set}" ] && ! command -v apt-get >/dev/null 2>&1; then
    echo "setup.sh: apt-get was not found; install ${missing[*]} with this system's package manager, then run it again" >&2
    exit 69
  fi
  as_root=()
  if [ "$uid" != 0 ]; then
    if [ -z "$sudo_cmd" ]; then
      echo "setup.sh: ${missing[*]} must be installed, which needs root, and there is no sudo; as root run:" >&2
      echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
      exit 77
    fi
    as_root=("$sudo_cmd")
  fi
  # A fresh image has empty package lists: refresh them first.
  run "${as_root[@]}" apt-get update
  run "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "setup.sh: ${PACKAGES[*]} already installed"
fi

$deps_only && exit 0

swift_cmd="${PPID_SETUP_SWIFT-$(command -v swift || true)}"
if [ -z "$swift_cmd" ]; then
  echo "setup.sh: swift was not found; ppid needs Swift $SWIFT_NEEDED or later: see https://www.swift.org/install for Debian/Ubuntu, put its usr/bin on PATH, then run this again" >&2
  exit 69
fi
version="$({ "$swift_cmd" --version 2>/dev/null || true; } | sed -n 's/.*Swift version \([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p' | head -n 1)"
if [ -n "$version" ] && [ "$(printf '%s\n%s\n' "$SWIFT_NEEDED" "$version" | sort -V | head -n 1)" != "$SWIFT_NEEDED" ]; then
  echo "setup.sh: this is Swift $version; ppid needs Swift $SWIFT_NEEDED or later: see https://www.swift.org/install" >&2
  exit 69
fi

run "$swift_cmd" build -c release --static-swift-stdlib
$dry_run || echo "setup.sh: built .build/release/ppid; start the prompt on the example with: .build/release/ppid --load scripts/examples/kpu-kabupaten.ppid"
