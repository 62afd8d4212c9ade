#!/usr/bin/env bash
# `make playground`: start the bot and Microsoft 365 Agents Playground for a human to chat with.
#
#   tests/playground/run_interactive.sh
#
# Starts the bot anonymously on 127.0.0.1:$ADE_PLAYGROUND_BOT_PORT (3978) with the demo tenant,
# unless something already listens there (a bot you started yourself, in a debugger say), then
# the playground on $ADE_PLAYGROUND_PORT (56150) against it, and prints the URL to open. Ctrl-C
# stops both. The bot's output stays in this terminal; the playground's log goes to
# test-artifacts/playground-interactive/playground.log.
#
# Environment:
#   ADE_PLAYGROUND_BOT_CMD   the bot command, `{port}` standing for its port
#                            (default: $BIN/ade-doctor serve --host 127.0.0.1 --port {port})
#   BIN                      where ade-doctor is (default: .venv/bin, as in the Makefile)
#   ADE_PLAYGROUND_BOT_PORT  the bot's port (default 3978)
#   ADE_PLAYGROUND_PORT      the playground's web UI port (default 56150)
#
# Telemetry: --disable-telemetry and APPLICATION_INSIGHTS_NO_STATSBEAT=true; the playground still
# tries cloud-metadata addresses and its page loads fonts from Microsoft's CDN (the automated
# test, test_playground.py, shuts all of that in a loopback-only network namespace). The
# playground listens on every interface (it has no option for the address): on a shared network
# use a firewall, or SSH port forwarding to a machine that has one.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
bin="${BIN:-.venv/bin}"
case "$bin" in /*) ;; *) bin="$repo/$bin" ;; esac
bot_port="${ADE_PLAYGROUND_BOT_PORT:-3978}"
ui_port="${ADE_PLAYGROUND_PORT:-56150}"
cli="$here/node_modules/@microsoft/m365agentsplayground/cli.js"
work="$repo/test-artifacts/playground-interactive"

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if ! command -v node >/dev/null 2>&1 || [ ! -f "$cli" ]; then
    echo "run_interactive.sh: the playground is not installed; run `make setup`" >&2
    exit 2
fi
if listening "$ui_port"; then
    echo "run_interactive.sh: port $ui_port is taken; set ADE_PLAYGROUND_PORT to a free one" >&2
    exit 2
fi

pids=()
cleanup() {
    trap - EXIT INT TERM
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if listening "$bot_port"; then
    echo "run_interactive.sh: something already listens on 127.0.0.1:$bot_port; using it as the bot"
else
    if [ -n "${ADE_PLAYGROUND_BOT_CMD:-}" ]; then
        read -r -a bot_cmd <<<"${ADE_PLAYGROUND_BOT_CMD//\{port\}/$bot_port}"
    else
        if [ ! -x "$bin/ade-doctor" ]; then
            echo "run_interactive.sh: no $bin/ade-doctor; run \`make venv\` first" >&2
            exit 2
        fi
        bot_cmd=("$bin/ade-doctor" serve --host 127.0.0.1 --port "$bot_port")
    fi
    echo "run_interactive.sh: starting the bot: ${bot_cmd[*]}"
    (cd "$repo" && exec "${bot_cmd[@]}") &
    pids+=("$!")
    for _ in $(seq 300); do
        listening "$bot_port" && break
        kill -0 "${pids[0]}" 2>/dev/null || { echo "run_interactive.sh: the bot exited" >&2; exit 1; }
        sleep 0.1
    done
    listening "$bot_port" || { echo "run_interactive.sh: the bot did not start" >&2; exit 1; }
fi

mkdir -p "$work"
echo "run_interactive.sh: starting Microsoft 365 Agents Playground (log: $work/playground.log)"
(
    cd "$work"
    export APPLICATION_INSIGHTS_NO_STATSBEAT=true TEAMSAPPTESTER_BROWSER=none
    export M365_AGENTS_PLAYGROUND_LOGFILE="$work/playground.log"
    exec node "$cli" --app-endpoint "http://127.0.0.1:$bot_port/api/messages" \
        --channel-id msteams --port "$ui_port" --disable-telemetry >"$work/playground.out" 2>&1
) &
pids+=("$!")
for _ in $(seq 300); do
    listening "$ui_port" && break
    kill -0 "${pids[-1]}" 2>/dev/null || {
        echo "run_interactive.sh: the playground exited:" >&2
        cat "$work/playground.out" >&2
        exit 1
    }
    sleep 0.1
done
listening "$ui_port" || { echo "run_interactive.sh: the playground did not start" >&2; exit 1; }

cat <<EOF

  Microsoft 365 Agents Playground is ready: open http://localhost:$ui_port
  (from another machine: ssh -L $ui_port:127.0.0.1:$ui_port $(hostname), then the same URL)
  Ask: why is ADE failing?    Ctrl-C stops the playground and the bot.

EOF
wait -n "${pids[@]}" || true
echo "run_interactive.sh: a process exited; stopping" >&2
