#!/usr/bin/env bash
# One command to set VictimCare up on Debian 12 / Ubuntu 24.04 and either run it on a demo
# installation or run the whole test suite:
#   bash packaging/dev.sh run     # set up, create ./demo-data if missing, print logins, start
#   bash packaging/dev.sh test    # set up, then run the test suite
set -euo pipefail

mode=${1:-}
case "$mode" in run|test) ;; *) echo "usage: bash packaging/dev.sh run|test" >&2; exit 2;; esac
cd "$(dirname "$0")/.."

say() { printf 'victimcare setup: %s\n' "$*"; }

# 1. Python 3.11 or newer.
python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  say "VictimCare needs Python 3.11 or newer; '$python' is $("$python" --version 2>&1 || echo missing)."
  say "Install it (Debian 12: apt-get install python3 python3-venv) or set PYTHON=/path/to/python3.11."
  exit 1
fi

# 2. System libraries Qt needs, and the fonts; with a display also the X11 pieces (Xvfb for
#    screenshots). Installed when we may (root or password-less sudo), otherwise named.
packages=(libgl1 libegl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3 fonts-noto-core
          libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
          libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth poppler-utils)
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo"; else sudo=none; fi
    if [ "$sudo" = none ]; then
      say "these system packages are missing and I may not install them:"
      say "  ${missing[*]}"
      say "ask an administrator to run: sudo apt-get install -y --no-install-recommends ${missing[*]}"
      exit 1
    fi
    say "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/tmp/victimcare-apt.log 2>&1; then
      say "apt-get could not install the packages (see /tmp/victimcare-apt.log):"
      tail -n 5 /tmp/victimcare-apt.log >&2
      exit 1
    fi
  fi
else
  say "not a Debian-like system: make sure Qt's libraries (libGL, libEGL, fontconfig, xkbcommon) are present."
fi

# 3. A virtual environment with VictimCare and its test tools.
if [ ! -x .venv/bin/python ]; then
  say "creating .venv"
  if ! "$python" -m venv .venv; then
    say "could not create a virtual environment: install python3-venv (apt-get install python3-venv)."
    exit 1
  fi
fi
say "installing VictimCare and its dependencies into .venv"
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e '.[test,dev]'

if [ "$mode" = test ]; then
  exec .venv/bin/python -m pytest
fi

# 4. The interface translations (.qm files are built, not kept in git), a demo installation
#    created once, then the app.
.venv/bin/python packaging/i18n.py release >/dev/null
if [ ! -e demo-data/keyslots.json ]; then
  .venv/bin/victimcare demo --data demo-data
else
  say "using the demo installation in ./demo-data (delete the folder for a fresh one); logins are in docs/demo.md"
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  say "no display found: the demo installation is ready, but a window needs a screen."
  say "on a desktop session run: .venv/bin/victimcare --data demo-data"
  exit 1
fi
exec .venv/bin/victimcare --data demo-data
