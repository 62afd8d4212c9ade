#!/usr/bin/env bash
# Installs what the storage contract tests (tests/storage) need: Debian's PostgreSQL server
# binaries. The tests start their own throwaway server from them (initdb into a temporary
# folder, 127.0.0.1, a free port; as root through the `postgres` system user), so no cluster
# of the system is needed: on a fresh install Debian is told not to create and start one.
# Idempotent: it installs only what is missing, so CI can run it on every build. Meant for a
# fresh Debian as root (or with sudo available).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../install_lib.sh
source "$here/../install_lib.sh"

have_server() {
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null &&
        compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null
}

if have_server && id postgres >/dev/null 2>&1; then
    echo "install.sh: PostgreSQL server binaries already installed:" /usr/lib/postgresql/*/bin/initdb
    exit 0
fi

echo "install.sh: installing Debian packages: postgresql"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
# postgresql-common first, so its createcluster.conf can say "no main cluster" before the
# server package's post-install would create (and start) one on port 5432.
"${SUDO[@]}" apt-get install -y -qq postgresql-common
conf=/etc/postgresql-common/createcluster.conf
if [ -f "$conf" ] && ! grep -q '^create_main_cluster *= *false' "$conf"; then
    "${SUDO[@]}" sed -i 's/^#* *create_main_cluster *=.*/create_main_cluster = false/' "$conf"
    grep -q '^create_main_cluster' "$conf" ||
        echo 'create_main_cluster = false' | "${SUDO[@]}" tee -a "$conf" >/dev/null
fi
"${SUDO[@]}" apt-get install -y -qq postgresql
have_server || { echo "install.sh: postgresql installed but no initdb under /usr/lib/postgresql" >&2; exit 1; }
echo "install.sh: installed:" /usr/lib/postgresql/*/bin/initdb
