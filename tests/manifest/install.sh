#!/usr/bin/env bash
# Installs the manifest test's toolchain (tests/manifest): Node.js/npm and the pinned npm packages
# from package-lock.json (@microsoft/app-manifest, whose JSON schemas and validator the tests use
# offline). Idempotent: it installs only what is missing, so CI can run it on every build. Meant
# for a fresh Debian as root (or with sudo available).
#
# fs-extra is pinned beside @microsoft/app-manifest because 1.1.2 requires it at run time but
# lists it only among its devDependencies.
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
    echo "install.sh: node and npm already installed"
fi

cd "$here"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    echo "install.sh: npm ci in $here"
    npm ci --no-audit --no-fund
    # npm ci recreates node_modules, but make its mtime newer than the lock file regardless.
    touch node_modules
else
    echo "install.sh: node_modules is up to date with package-lock.json"
fi
