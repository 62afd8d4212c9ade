#!/usr/bin/env bash
# `make setup` (and so `make test`): what the tests need beyond .venv, installed only when missing.
#
#   Debian packages  chromium, fonts-noto-cjk   picture and playground tests (tests/render,
#                                               tests/playground) drive Debian's Chromium
#                    nodejs, npm                 their drivers and the manifest validator
#                    iproute2, util-linux        `ip` and `unshare`: the playground test runs in
#                                               a loopback-only network namespace
#                    postgresql                  server binaries for tests/storage, which initdb
#                                               their own throwaway clusters; Debian is told not
#                                               to create (and start) a main cluster
#   npm packages     `npm ci` in tests/render, tests/playground, tests/manifest (package-lock.json)
#
# As root (or with passwordless sudo) it installs what is missing. Otherwise it installs nothing
# from Debian: it prints the exact commands to run as root and exits 1, before any test runs.
# npm ci needs no root, so it runs as the calling user once node and npm are there.
#
#   tools/setup_system.sh           install what is missing (or print how, when not root)
#   tools/setup_system.sh --check   install nothing; print what is missing, exit 1 if anything is
#
# When everything is there it prints one line; the checks cost a few milliseconds, so it runs on
# every `make test`. ADE_SETUP_PRETEND_MISSING="chromium npm:tests/render ..." makes it treat those
# Debian packages or npm folders as missing (the tests and a reviewer use it to see both paths).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

NPM_DIRS=(tests/render tests/playground tests/manifest)
# A copy of the lock file that npm ci last installed; compared by content, so a checkout that only
# touches the lock file's mtime (git switch, clone) does not reinstall.
LOCK_STAMP=node_modules/.ade-doctor-package-lock.json
PG_CONF=/etc/postgresql-common/createcluster.conf
say() { echo "setup: $*"; }

check_only=false
case "${1:-}" in
    --check) check_only=true ;;
    "") ;;
    *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

pretend=" ${ADE_SETUP_PRETEND_MISSING:-} "
pretending() { [[ $pretend == *" $1 "* ]]; }

# have PACKAGE CHECK...: PACKAGE is there when CHECK succeeds (and it is not pretended missing).
have() { ! pretending "$1" && "${@:2}" >/dev/null 2>&1; }
deb_installed() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == *" installed" ]]; }
# The server binaries the storage tests run, and the system user they run them as when root.
pg_server() {
    compgen -G '/usr/lib/postgresql/*/bin/initdb' && compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' \
        && id postgres
}

debs=()
# Debian's /usr/bin/chromium is what the drivers start; another chromium on the PATH (snap,
# Google's) does not count.
have chromium test -x /usr/bin/chromium || debs+=(chromium)
have fonts-noto-cjk deb_installed fonts-noto-cjk || debs+=(fonts-noto-cjk)
# Node may come from elsewhere (NodeSource's nodejs bundles npm): Debian's packages are installed
# only when the command is absent, so the two never conflict.
have nodejs command -v node || debs+=(nodejs)
have npm command -v npm || debs+=(npm)
have iproute2 command -v ip || debs+=(iproute2)
have util-linux command -v unshare || debs+=(util-linux)
have postgresql pg_server || debs+=(postgresql)

stale=()
for dir in "${NPM_DIRS[@]}"; do
    if pretending "npm:$dir" || ! cmp -s "$dir/package-lock.json" "$dir/$LOCK_STAMP"; then
        stale+=("$dir")
    fi
done

if [ ${#debs[@]} -eq 0 ] && [ ${#stale[@]} -eq 0 ]; then
    say "Debian and npm packages for the tests are in place"
    exit 0
fi

# The commands that install the missing Debian packages: run as root here, or printed for the
# user, so both paths say the same thing.
apt_commands=()
if [ ${#debs[@]} -gt 0 ]; then
    apt_commands+=("apt-get update")
    if [[ " ${debs[*]} " == *" postgresql "* ]]; then
        # postgresql-common first, so its createcluster.conf says "no main cluster" before the
        # server package's post-install would create one and start it on port 5432.
        no_cluster="-e '/^#* *create_main_cluster *=/d' -e '\$a create_main_cluster = false'"
        apt_commands+=("apt-get install -y postgresql-common" "sed -i $no_cluster $PG_CONF")
    fi
    apt_commands+=("apt-get install -y ${debs[*]}")
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo "
else
    sudo=none
fi

if [ ${#apt_commands[@]} -gt 0 ]; then
    if $check_only || [ "$sudo" = none ]; then
        prefix=""
        [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && prefix="sudo "
        say "the tests need Debian packages that are missing: ${debs[*]}"
        [ "$prefix" ] && echo "Run this (it needs root), then \`make test\` again:" ||
            echo "Run this as root, then \`make test\` again:"
        line=""
        for command in "${apt_commands[@]}"; do line+="${line:+ && }$prefix$command"; done
        echo "  $line"
        exit 1
    fi
    say "installing Debian packages: ${debs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    for command in "${apt_commands[@]}"; do
        # -qq and no pty keep apt and dpkg terse; the lock timeout waits for another apt
        # (unattended upgrades, a parallel CI step) instead of failing at once.
        command="${command/#apt-get /apt-get -qq -o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0 }"
        eval "$sudo$command"
    done
fi

if [ ${#stale[@]} -gt 0 ]; then
    if $check_only; then
        say "npm packages are missing or differ from package-lock.json in: ${stale[*]}"
        echo "Run \`make setup\` (npm ci needs no root)."
        exit 1
    fi
    for dir in "${stale[@]}"; do
        say "npm ci in $dir"
        (
            cd "$dir"
            # No test tool may download a browser: Chromium comes from Debian.
            PUPPETEER_SKIP_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
                npm ci --no-audit --no-fund --update-notifier=false --loglevel=error
            cp package-lock.json "$LOCK_STAMP"
        )
    done
fi
