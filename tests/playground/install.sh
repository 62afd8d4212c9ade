#!/usr/bin/env bash
# Installs the playground test's toolchain (tests/playground): Debian's Chromium, CJK fonts,
# Node.js/npm, iproute2 (`ip`) and util-linux (`unshare`) for the loopback-only network
# namespace, and the pinned npm packages (Microsoft 365 Agents Playground and playwright-core,
# which never fetches a browser).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../install_lib.sh
source "$here/../install_lib.sh"
need_chromium
need_node
command -v ip >/dev/null 2>&1 || missing+=(iproute2)
command -v unshare >/dev/null 2>&1 || missing+=(util-linux)
install_missing
npm_ci "$here"
