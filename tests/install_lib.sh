# Shared by the tests' install.sh scripts (sourced, not run): install only what is missing,
# so CI can run them on every build. Meant for a fresh Debian as root (or with sudo).

if [ "$(id -u)" -eq 0 ]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    SUDO=()
fi

# need_chromium / need_node add Debian packages to the array `missing` when absent.
missing=()
need_chromium() {
    # Debian's binary is /usr/bin/chromium, which the drivers use; `command -v` is not enough
    # since another chromium (snap, Google's) may be on the PATH elsewhere.
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
}
need_node() {
    # Node may come from elsewhere (NodeSource bundles npm in its nodejs): install Debian's
    # packages only when the command is absent, so the two never conflict.
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
}

# install_missing: apt-get install what the need_* functions collected.
install_missing() {
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "install.sh: installing Debian packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        "${SUDO[@]}" apt-get update -qq
        "${SUDO[@]}" apt-get install -y -qq "${missing[@]}"
    else
        echo "install.sh: Debian packages already installed"
    fi
}

# npm_ci DIR: the pinned packages of DIR's package-lock.json, unless node_modules is current.
npm_ci() {
    (
        cd "$1"
        if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
            echo "install.sh: npm ci in $1"
            # No test tool may download a browser: Chromium comes from Debian.
            PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
                npm ci --no-audit --no-fund
            # npm ci recreates node_modules; make its mtime newer than the lock file regardless.
            touch node_modules
        else
            echo "install.sh: node_modules in $1 is up to date with package-lock.json"
        fi
    )
}
