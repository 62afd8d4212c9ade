#!/usr/bin/env bash
# Installs the picture-test toolchain (tests/render): Debian's Chromium, CJK fonts, Node.js/npm and
# the pinned npm packages (adaptivecards, puppeteer-core, which never downloads a browser).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../install_lib.sh
source "$here/../install_lib.sh"
need_chromium
need_node
install_missing
npm_ci "$here"
