"""End-to-end chat with a bot through Microsoft 365 Agents Playground in headless Chromium.

`run_playground(bot_command, out_dir)` starts the bot, then the playground against it
(`-e http://127.0.0.1:PORT/api/messages -c msteams --disable-telemetry`), then `drive.mjs` beside
this file, which opens the playground's page in Debian's Chromium (playwright-core), sends a
message, waits for the bot's Adaptive Card, presses one of its buttons and waits for the answer.
It returns what happened as a dict (also written to `out_dir/result.json`); screenshots and the
logs of the bot, the playground and the driver land in `out_dir` too.

With `isolate=True` (the default) all of it runs in a new network namespace that has only
loopback (`unshare --net`, then `ip link set lo up`), so nothing can leave the machine: the
playground calls telemetry and cloud-metadata addresses even with --disable-telemetry, and its
page asks Microsoft's CDN for fonts. That needs root (or CAP_SYS_ADMIN);
`network_isolation_problem()` says why it is not available. A missing toolchain raises
`PlaygroundToolchainError` with what to install: run `make setup`.

The bot command is a list of arguments in which `{port}` stands for the port it must listen on
(127.0.0.1). By hand, from the repository root:

    .venv/bin/python -m tests.playground.harness --out test-artifacts/playground -- \\
        .venv/bin/ade-doctor serve --host 127.0.0.1 --port {port}
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from tests.browser import chromium_path, node_toolchain_problems

PLAYGROUND_DIR = Path(__file__).resolve().parent
REPO_ROOT = PLAYGROUND_DIR.parents[1]
DRIVE_SCRIPT = PLAYGROUND_DIR / "drive.mjs"
NODE_MODULES = PLAYGROUND_DIR / "node_modules"
PLAYGROUND_PACKAGE = NODE_MODULES / "@microsoft" / "m365agentsplayground"
PLAYGROUND_CLI = PLAYGROUND_PACKAGE / "cli.js"
NPM_PACKAGES = ("@microsoft/m365agentsplayground", "playwright-core")

PORT_PLACEHOLDER = "{port}"
DEFAULT_BOT_PORT = 3978
DEFAULT_PLAYGROUND_PORT = 56150
DEFAULT_MESSAGE = "why is ADE failing?"
DEFAULT_BUTTON = "Check again"
# One run takes about 15 s; each wait inside has its own, shorter limit.
DEFAULT_TIMEOUT_S = 110.0
START_TIMEOUT_S = 30.0
STEP_TIMEOUT_MS = 30_000
STOP_GRACE_S = 5.0

# The playground reads these; the bot must run anonymously (a developer's shell may have them).
BOT_CREDENTIAL_VARIABLES = (
    "MicrosoftAppId",
    "MicrosoftAppPassword",
    "MicrosoftAppType",
    "MicrosoftAppTenantId",
)
PLAYGROUND_ENV = {
    # --disable-telemetry leaves Application Insights' statsbeat on; this turns it off.
    "APPLICATION_INSIGHTS_NO_STATSBEAT": "true",
    # Otherwise the playground runs xdg-open on its URL.
    "TEAMSAPPTESTER_BROWSER": "none",
}
_LISTENING = re.compile(r"^Listening on (\d+)\s*$", re.MULTILINE)


class PlaygroundToolchainError(RuntimeError):
    """Node, the npm packages, Chromium, unshare or ip are missing."""


def ensure_playground_toolchain(*, isolate: bool = True) -> str:
    """Return the path of `node`, or raise PlaygroundToolchainError telling what to install."""
    node, problems = node_toolchain_problems(PLAYGROUND_DIR, NPM_PACKAGES)
    if isolate:
        if shutil.which("unshare") is None:
            problems.append("`unshare` is not on PATH: apt-get install -y util-linux")
        if shutil.which("ip") is None:
            problems.append("`ip` is not on PATH: apt-get install -y iproute2")
    if problems or node is None:
        raise PlaygroundToolchainError(
            "the playground test needs a toolchain that is not installed:\n  - "
            + "\n  - ".join(problems)
            + "\nInstall all of it with `make setup` (tools/setup_system.sh)"
        )
    return node


def playground_version() -> str:
    """The installed @microsoft/m365agentsplayground version ("" when it is not installed)."""
    try:
        package = json.loads((PLAYGROUND_PACKAGE / "package.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return str(package.get("version", ""))


def network_isolation_problem() -> str | None:
    """None when `unshare --net` works here, else why not (typically: not root)."""
    unshare = shutil.which("unshare")
    ip = shutil.which("ip")
    if unshare is None or ip is None:
        return "`unshare` (util-linux) or `ip` (iproute2) is not installed"
    done = subprocess.run(
        [unshare, "--net", "--", ip, "link", "set", "lo", "up"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if done.returncode != 0:
        reason = done.stderr.strip() or f"exit status {done.returncode}"
        return f"`unshare --net` failed: {reason}"
    return None


def bot_command_for(command: Sequence[str], port: int) -> list[str]:
    """The bot command with every `{port}` replaced by the port.

    >>> bot_command_for(["ade-doctor", "serve", "--port", "{port}"], 3978)
    ['ade-doctor', 'serve', '--port', '3978']
    """
    if not command:
        raise ValueError("the bot command is empty")
    if not any(PORT_PLACEHOLDER in part for part in command):
        raise ValueError(f"the bot command {list(command)!r} has no {PORT_PLACEHOLDER} placeholder")
    return [part.replace(PORT_PLACEHOLDER, str(port)) for part in command]


def run_playground(
    bot_command: Sequence[str],
    out_dir: Path,
    *,
    message: str = DEFAULT_MESSAGE,
    button: str = DEFAULT_BUTTON,
    isolate: bool = True,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> dict[str, Any]:
    """Chat with the bot through the playground; return the run's result (see module doc).

    The result holds `ok` (every step done), `errors` (the harness's and the driver's),
    `isolated`, `interfaces` (the network interfaces the run saw), the ports, the commands, the
    log files and `drive`: drive.mjs's JSON report (or None when it did not get to run).
    Screenshots from an earlier run are removed first.
    """
    bot_command_for(bot_command, DEFAULT_BOT_PORT)  # validate early
    node = ensure_playground_toolchain(isolate=isolate)
    out_dir = Path(out_dir).resolve()
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    config = {
        "node": node,
        "bot_command": list(bot_command),
        "out_dir": str(out_dir),
        "message": message,
        "button": button,
        "isolate": isolate,
    }
    config_file = out_dir / "config.json"
    config_file.write_text(json.dumps(config, indent=1), encoding="utf-8")
    # As a module from the repository root, so it imports tests.browser like the tests do.
    inner = [sys.executable, "-m", "tests.playground.harness", "--inside", str(config_file)]
    if isolate:
        unshare = shutil.which("unshare") or "unshare"
        inner = [unshare, "--net", "--", *inner]
    started = time.monotonic()
    with (out_dir / "harness.log").open("w", encoding="utf-8") as harness_log:
        # A session of its own, so that a timeout can stop the bot, the playground and Chromium
        # with the harness (they stay in its process group).
        process = subprocess.Popen(
            inner,
            cwd=REPO_ROOT,
            stdin=subprocess.DEVNULL,
            stdout=harness_log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            status = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            status = None
    result_file = out_dir / "result.json"
    try:
        result: dict[str, Any] = json.loads(result_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        result = {"ok": False, "errors": [], "drive": None}
    if status is None:
        result["ok"] = False
        result["errors"].append(f"the run took longer than {timeout:.0f} s and was stopped")
    elif status != 0 and not result["errors"]:
        result["ok"] = False
        result["errors"].append(
            f"the harness exited with status {status}: {_tail(out_dir / 'harness.log')}"
        )
    result["elapsed_s"] = round(time.monotonic() - started, 1)
    result_file.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return result


# --- Inside the namespace ------------------------------------------------------------------


def _run_inside(config_file: Path) -> int:
    config = json.loads(config_file.read_text(encoding="utf-8"))
    out_dir = Path(config["out_dir"])
    node = str(config["node"])
    result: dict[str, Any] = {
        "ok": False,
        "errors": [],
        "isolated": bool(config["isolate"]),
        "interfaces": [],
        "playground_version": playground_version(),
        "bot_command": None,
        "playground_command": None,
        "bot_port": None,
        "playground_port": None,
        "logs": {
            name: str(out_dir / file)
            for name, file in (
                ("bot", "bot.log"),
                ("playground", "playground.log"),
                ("playground_output", "playground.out"),
                ("drive", "drive.log"),
            )
        },
        "drive": None,
    }
    processes: list[tuple[str, subprocess.Popen[bytes]]] = []
    files: list[IO[str]] = []
    # The playground reads .m365agentsplayground.yml from its working directory: an empty one.
    playground_cwd = tempfile.mkdtemp(prefix="ade-playground-")
    try:
        if config["isolate"]:
            subprocess.run(["ip", "link", "set", "lo", "up"], check=True, timeout=30)
        result["interfaces"] = _interfaces()

        bot_port = _free_port(DEFAULT_BOT_PORT)
        bot_command = bot_command_for(config["bot_command"], bot_port)
        result["bot_port"] = bot_port
        result["bot_command"] = bot_command
        bot_env = {k: v for k, v in os.environ.items() if k not in BOT_CREDENTIAL_VARIABLES}
        bot_env["PYTHONUNBUFFERED"] = "1"
        bot_log = (out_dir / "bot.log").open("w", encoding="utf-8")
        files.append(bot_log)
        bot = subprocess.Popen(
            bot_command,
            cwd=REPO_ROOT,
            env=bot_env,
            stdin=subprocess.DEVNULL,
            stdout=bot_log,
            stderr=subprocess.STDOUT,
        )
        processes.append(("bot", bot))
        _wait_for_port("the bot", bot, out_dir / "bot.log", bot_port)

        playground_port = _free_port(DEFAULT_PLAYGROUND_PORT)
        playground_command = [
            node,
            str(PLAYGROUND_CLI),
            "--app-endpoint",
            f"http://127.0.0.1:{bot_port}/api/messages",
            "--channel-id",
            "msteams",
            "--port",
            str(playground_port),
            "--disable-telemetry",
        ]
        result["playground_command"] = playground_command
        playground_env = {
            **os.environ,
            **PLAYGROUND_ENV,
            "M365_AGENTS_PLAYGROUND_LOGFILE": str(out_dir / "playground.log"),
        }
        playground_out = (out_dir / "playground.out").open("w", encoding="utf-8")
        files.append(playground_out)
        playground = subprocess.Popen(
            playground_command,
            cwd=playground_cwd,
            env=playground_env,
            stdin=subprocess.DEVNULL,
            stdout=playground_out,
            stderr=subprocess.STDOUT,
        )
        processes.append(("playground", playground))
        # It says "Listening on PORT" on stdout when that is not a terminal (and picks another
        # port when the one asked for is taken).
        playground_port = _wait_for_listening(playground, out_dir / "playground.out")
        result["playground_port"] = playground_port

        result["drive"] = _drive(node, config, playground_port, out_dir)
        result["errors"].extend(result["drive"]["errors"])
        for name, process in processes:
            if process.poll() is not None:
                result["errors"].append(f"{name} exited early with status {process.returncode}")
        result["ok"] = bool(result["drive"]["ok"]) and not result["errors"]
    except (RuntimeError, OSError, ValueError, subprocess.SubprocessError) as e:
        result["errors"].append(str(e))
    finally:
        for _name, process in reversed(processes):
            _stop(process)
        for file in files:
            file.close()
        shutil.rmtree(playground_cwd, ignore_errors=True)
        (out_dir / "result.json").write_text(
            json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8"
        )
    return 0


def _drive(node: str, config: dict[str, Any], port: int, out_dir: Path) -> dict[str, Any]:
    command = [
        node,
        str(DRIVE_SCRIPT),
        "--url",
        f"http://127.0.0.1:{port}",
        "--message",
        str(config["message"]),
        "--button",
        str(config["button"]),
        "--out",
        str(out_dir),
        "--timeout-ms",
        str(STEP_TIMEOUT_MS),
    ]
    with (out_dir / "drive.log").open("w", encoding="utf-8") as drive_log:
        done = subprocess.run(
            command,
            cwd=PLAYGROUND_DIR,
            env={**os.environ, "CHROMIUM_PATH": str(chromium_path())},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=drive_log,
            text=True,
            encoding="utf-8",
            timeout=STEP_TIMEOUT_MS / 1000 * 3,
            check=False,
        )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode not in (0, 1) or not lines:
        raise RuntimeError(
            f"drive.mjs failed (exit status {done.returncode}): {_tail(out_dir / 'drive.log')}"
        )
    report: dict[str, Any] = json.loads(lines[-1])
    return report


def _interfaces() -> list[str]:
    done = subprocess.run(
        ["ip", "-o", "link", "show"], capture_output=True, text=True, timeout=30, check=True
    )
    names = []
    for line in done.stdout.splitlines():
        parts = line.split(":", 2)
        if len(parts) >= 2:
            names.append(parts[1].strip().split("@", 1)[0])
    return names


def _free_port(preferred: int) -> int:
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            bound: int = s.getsockname()[1]
            return bound
    raise RuntimeError("no free TCP port on 127.0.0.1")


def _wait_for_port(name: str, process: subprocess.Popen[bytes], log: Path, port: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"{name} exited with status {process.returncode} before listening on port "
                f"{port}: {_tail(log)}"
            )
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{name} did not listen on port {port} within {START_TIMEOUT_S:.0f} s")


def _wait_for_listening(process: subprocess.Popen[bytes], output: Path) -> int:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        match = _LISTENING.search(output.read_text(encoding="utf-8", errors="replace"))
        if match:
            return int(match.group(1))
        if process.poll() is not None:
            raise RuntimeError(
                f"the playground exited with status {process.returncode}: {_tail(output)}"
            )
        time.sleep(0.1)
    raise RuntimeError(f"the playground did not start within {START_TIMEOUT_S:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            process.kill()
    process.wait()


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _tail(path: Path, lines: int = 15) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return f"(no {path.name})"
    return "\n".join(text.strip().splitlines()[-lines:]) or f"({path.name} is empty)"


# --- Command line --------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Chat with a bot through Microsoft 365 Agents Playground in headless Chromium.",
        epilog="The bot command follows `--`; {port} in it is replaced by the port to listen on.",
    )
    parser.add_argument("--inside", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "test-artifacts" / "playground")
    parser.add_argument("--message", default=DEFAULT_MESSAGE)
    parser.add_argument("--button", default=DEFAULT_BUTTON)
    parser.add_argument(
        "--no-isolate", action="store_true", help="run without a network namespace (not root)"
    )
    parser.add_argument("bot_command", nargs="*")
    args = parser.parse_args(argv)
    if args.inside is not None:
        return _run_inside(args.inside)
    if not args.bot_command:
        parser.error("give the bot command after --, e.g. -- ade-doctor serve --port {port}")
    try:
        result = run_playground(
            args.bot_command,
            args.out,
            message=args.message,
            button=args.button,
            isolate=not args.no_isolate,
        )
    except (PlaygroundToolchainError, ValueError) as e:
        print(e, file=sys.stderr)
        return 2
    drive = result.get("drive") or {}
    reply = drive.get("reply") or {}
    answer = drive.get("answer") or {}
    print(f"ok: {result['ok']} in {result['elapsed_s']} s, interfaces: {result.get('interfaces')}")
    print(f"reply cards: {reply.get('card_ids')}")
    print(f"answer: {answer.get('texts')}")
    for error in result["errors"]:
        print(f"error: {error}")
    print(f"details: {Path(args.out).resolve() / 'result.json'}")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
