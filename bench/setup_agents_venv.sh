#!/usr/bin/env bash
# Create bench/.venv-agents: the Microsoft 365 Agents SDK (aiohttp hosting, 1.9.0) for the
# agents-echo peer, apart from the project's .venv (the SDK has its own dependency tree).
# Every package is pinned in bench/requirements-agents.txt (what bench/README.md measured).
# Usage: bash bench/setup_agents_venv.sh [PYTHON]   (default: python3, >= 3.10)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv-agents"
requirements="$here/requirements-agents.txt"
python="${1:-${PYTHON:-python3}}"
stamp="$venv/.installed"
if [ -f "$stamp" ] && cmp -s "$requirements" "$stamp"; then
    echo "bench/.venv-agents is up to date"
    exit 0
fi
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet --no-deps -r "$requirements"
"$venv/bin/python" -m pip check
"$venv/bin/python" -c "import microsoft_agents.hosting.aiohttp, microsoft_agents.authentication.msal"
cp "$requirements" "$stamp"
echo "bench/.venv-agents ready"
