#!/usr/bin/env bash
# Installs the manifest test's toolchain (tests/manifest): Node.js/npm and the pinned npm packages
# (@microsoft/app-manifest, whose JSON schemas and validator the tests use offline).
#
# fs-extra is pinned beside @microsoft/app-manifest because 1.1.2 requires it at run time but
# lists it only among its devDependencies.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../install_lib.sh
source "$here/../install_lib.sh"
need_node
install_missing
npm_ci "$here"
