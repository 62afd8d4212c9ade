#!/usr/bin/env bash
# Installs the picture-test toolchain (tests/render): Debian's Chromium, CJK fonts, Node.js/npm and
# the pinned npm packages from package-lock.json. Idempotent: it installs only what is missing, so
# CI can run it on every build. Meant for a fresh Debian as root (or with sudo available).
#
# Nothing here downloads a browser build: Chromium comes from Debian and the npm side uses
# puppeteer-core (which never downloads one); PUPPETEER_SKIP_DOWNLOAD is set all the same.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    SUDO=()
fi

missing=()
# Debian's binary is /usr/bin/chromium, which render.mjs uses; `command -v` is not enough since
# another chromium (snap, Google's) may be on the PATH elsewhere.
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
# Node may come from elsewhere (NodeSource bundles npm in its nodejs): install Debian's packages
# only when the command is absent, so the two never conflict.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ "${#missing[@]}" -gt 0 ]; then
    echo "install.sh: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" apt-get install -y -qq "${missing[@]}"
else
    echo "install.sh: chromium, fonts-noto-cjk, node and npm already installed"
fi

cd "$here"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    echo "install.sh: npm ci in $here"
    PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
    # npm ci recreates node_modules, but make its mtime newer than the lock file regardless.
    touch node_modules
else
    echo "install.sh: node_modules is up to date with package-lock.json"
fi
