#!/usr/bin/env bash
# Installs the playground test's toolchain (tests/playground): Debian's Chromium, CJK fonts,
# Node.js/npm, iproute2 (`ip`) and util-linux (`unshare`) for the loopback-only network namespace,
# and the pinned npm packages from package-lock.json (Microsoft 365 Agents Playground and
# playwright-core). Idempotent: it installs only what is missing, so CI can run it on every build.
# Meant for a fresh Debian 12 as root (or with sudo available).
#
# Nothing here downloads a browser build: Chromium comes from Debian and playwright-core never
# fetches one (only the `playwright` package does); PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set all
# the same.
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
# Debian's binary is /usr/bin/chromium, which drive.mjs uses; `command -v` is not enough since
# another chromium (snap, Google's) may be on the PATH elsewhere.
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
# Node may come from elsewhere (NodeSource bundles npm in its nodejs): install Debian's packages
# only when the command is absent, so the two never conflict.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v ip >/dev/null 2>&1 || missing+=(iproute2)
command -v unshare >/dev/null 2>&1 || missing+=(util-linux)

if [ "${#missing[@]}" -gt 0 ]; then
    echo "install.sh: installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" apt-get install -y -qq "${missing[@]}"
else
    echo "install.sh: chromium, fonts-noto-cjk, node, npm, ip and unshare already installed"
fi

cd "$here"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    echo "install.sh: npm ci in $here"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
    # npm ci recreates node_modules, but make its mtime newer than the lock file regardless.
    touch node_modules
else
    echo "install.sh: node_modules is up to date with package-lock.json"
fi
