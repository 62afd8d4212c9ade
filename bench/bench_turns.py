"""Bot turn benchmark (issue 4): start a connector stub and each server, load it, print a table.

    .venv/bin/python bench/bench_turns.py --servers botbuilder-echo,agents-echo --turns 2000

For each server: start it on a free loopback port (anonymous mode: no app id), poll with a real
message turn until one is answered 2xx (start-up = process start to that first answered turn),
run ``bench/loadgen.py`` (its own process) at each concurrency, stop the server. Servers:

- ``botbuilder-echo``: bench/peers/botbuilder_echo.py in the project's .venv (bare botbuilder
  4.17.1, the official sample's shape);
- ``agents-echo``: bench/peers/agents_echo.py in bench/.venv-agents (Microsoft 365 Agents SDK;
  ``bash bench/setup_agents_venv.sh`` creates it);
- ``ade-doctor``: ``.venv/bin/ade-doctor serve --host 127.0.0.1 --port P`` (demo tenant), skipped
  with a message when it does not start.

Exit status: 0 when every server that ran answered every turn with its replies, 1 otherwise
(also when a server was skipped and --require-all is given), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from loadgen import message_activity  # noqa: E402

PROJECT_PYTHON = ROOT / ".venv" / "bin" / "python"
AGENTS_PYTHON = BENCH / ".venv-agents" / "bin" / "python"
ADE_DOCTOR = ROOT / ".venv" / "bin" / "ade-doctor"

# Cleared for every server so that each runs anonymously, whatever the shell or a .env holds
# (an empty variable in the environment wins over a .env file).
AUTH_VARIABLES = (
    "MicrosoftAppId",
    "MicrosoftAppPassword",
    "MicrosoftAppType",
    "MicrosoftAppTenantId",
)


@dataclass(frozen=True)
class Server:
    name: str
    description: str
    replies_per_turn: int | None  # None: at least one message, the count is reported

    def command(self, port: int) -> list[str]:
        if self.name == "botbuilder-echo":
            python = PROJECT_PYTHON if PROJECT_PYTHON.exists() else Path(sys.executable)
            return [str(python), str(BENCH / "peers" / "botbuilder_echo.py"), "--port", str(port)]
        if self.name == "agents-echo":
            peer = str(BENCH / "peers" / "agents_echo.py")
            return [str(AGENTS_PYTHON), peer, "--port", str(port)]
        return [str(ADE_DOCTOR), "serve", "--host", "127.0.0.1", "--port", str(port)]

    def missing(self) -> str | None:
        """Why this server cannot be started at all, if so."""
        if self.name == "agents-echo" and not AGENTS_PYTHON.exists():
            return "bench/.venv-agents is missing: run `bash bench/setup_agents_venv.sh` first"
        if self.name == "ade-doctor" and not ADE_DOCTOR.exists():
            return ".venv/bin/ade-doctor is missing: run `make venv` first"
        return None


SERVERS = {
    s.name: s
    for s in (
        Server("botbuilder-echo", "bare botbuilder 4.17.1 CloudAdapter echo", 1),
        Server("agents-echo", "Microsoft 365 Agents SDK 1.9.0 echo", 1),
        Server("ade-doctor", "ade-doctor serve, full diagnosis turn (demo tenant)", None),
    )
}


class StartError(Exception):
    """The server did not answer a turn."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop(process: subprocess.Popen[bytes]) -> None:
    """End a process this script started: SIGTERM, then SIGKILL after 5 s."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def start_stub(log: IO[bytes]) -> tuple[subprocess.Popen[bytes], str]:
    command = [sys.executable, str(BENCH / "connector_stub.py"), "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log)
    assert process.stdout is not None
    line = process.stdout.readline().decode().strip()  # "connector stub listening on URL"
    if not line.startswith("connector stub listening on "):
        stop(process)
        raise StartError(f"the connector stub did not start: {line!r}")
    process.stdout.close()  # it prints nothing else
    return process, line.rsplit(" ", 1)[1]


def post_turn(port: int, body: bytes) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(
            "POST", "/api/messages", body=body, headers={"Content-Type": "application/json"}
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def wait_ready(
    process: subprocess.Popen[bytes],
    port: int,
    *,
    started: float,
    text: str,
    stub_url: str,
    limit: float,
) -> float:
    """Post a real turn every 10 ms until one is answered 2xx; return seconds since ``started``."""
    attempt = 0
    last = "no answer"
    while True:
        if process.poll() is not None:
            raise StartError(f"exited with status {process.returncode} before answering a turn")
        elapsed = time.monotonic() - started
        if elapsed > limit:
            raise StartError(f"no turn answered within {limit:.0f} s (last: {last})")
        activity = message_activity(
            activity_id=f"ready-{os.getpid()}-{attempt}",
            text=text,
            service_url=stub_url,
            conversation=0,
            locale="en-US",
        )
        attempt += 1
        try:
            status = post_turn(port, json.dumps(activity).encode())
        except (ConnectionError, OSError) as error:
            last = type(error).__name__
        else:
            if 200 <= status < 300:
                return time.monotonic() - started
            last = f"HTTP {status}"
            if status in (401, 403):
                raise StartError(f"answered HTTP {status}: not running anonymously")
        time.sleep(0.01)


def tail(path: Path, lines: int = 12) -> str:
    try:
        text = path.read_text(errors="replace").splitlines()
    except OSError:
        return ""
    return "\n".join("      | " + line for line in text[-lines:])


def run_loadgen(args: argparse.Namespace, server: Server, port: int, pid: int, stub: str) -> Any:
    command = [
        sys.executable,
        str(BENCH / "loadgen.py"),
        "--url",
        f"http://127.0.0.1:{port}/api/messages",
        "--pid",
        str(pid),
        "--turns",
        str(args.turns),
        "--concurrency",
        args.concurrency,
        "--text",
        args.text,
        "--service-url",
        stub,
        "--warmup",
        str(args.warmup),
        "--json",
    ]
    if server.replies_per_turn is not None:
        command += ["--replies-per-turn", str(server.replies_per_turn)]
    completed = subprocess.run(command, stdout=subprocess.PIPE, check=False)
    try:
        return json.loads(completed.stdout)
    except ValueError:
        return None


def measure_server(
    args: argparse.Namespace, server: Server, stub: str, logs: Path, *, run: int
) -> tuple[list[dict[str, Any]], str | None]:
    """Rows for one server, or the reason it was skipped."""
    reason = server.missing()
    if reason:
        return [], reason
    port = free_port()
    log_path = logs / f"{server.name}-{run}.log"
    env = dict(os.environ, **dict.fromkeys(AUTH_VARIABLES, ""))
    env = {k: v for k, v in env.items() if not k.startswith("CONNECTIONS__")}
    with log_path.open("wb") as log:
        started = time.monotonic()
        process = subprocess.Popen(
            server.command(port), stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=env
        )
        try:
            try:
                startup = wait_ready(
                    process,
                    port,
                    started=started,
                    text=args.text,
                    stub_url=stub,
                    limit=args.start_timeout,
                )
            except StartError as error:
                return [], f"{' '.join(server.command(port))}: {error}\n{tail(log_path)}"
            print(f"{server.name}: pid {process.pid}, first turn answered after {startup:.2f} s")
            report = run_loadgen(args, server, port, process.pid, stub)
        finally:
            stop(process)
    if not report:
        return [], f"the load generator failed\n{tail(log_path)}"
    rows = []
    for result in report["results"]:
        rows.append({"server": server.name, "startup_s": startup, **result})
    return rows, None


def format_table(rows: list[dict[str, Any]], markdown: bool) -> str:
    header = [
        "server",
        "C",
        "turns",
        "turns/s",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "server CPU ms/turn",
        "server CPU",
        "RSS MiB",
        "start-up s",
        "replies",
        "activities/turn",
        "cards/turn",
        "reply conns",
        "loadgen CPU",
        "stub ms/turn",
        "machine busy",
        "steal",
        "calib ms",
    ]
    lines = []
    for r in rows:
        lines.append(
            [
                r["server"],
                str(r["concurrency"]),
                f"{r['ok']:.0f}/{r['turns']:.0f}",
                f"{r['turns_per_s']:.1f}",
                f"{r['p50_ms']:.1f}",
                f"{r['p90_ms']:.1f}",
                f"{r['p99_ms']:.1f}",
                f"{r['server_cpu_ms_per_turn']:.2f}" + r.get("cpu_range", ""),
                f"{r['server_cpu_util']:.0%}",
                f"{r['server_rss_mib']:.1f}",
                f"{r['startup_s']:.2f}",
                "OK" if r["replies_ok"] else "FAILED",
                f"{r['activities_per_turn']:.2f}",
                f"{r['attachments_per_turn']:.2f}",
                "-" if r["stub_connections"] is None else f"{r['stub_connections']:.0f}",
                f"{r['loadgen_cpu_util']:.0%}",
                "-" if r["stub_cpu_ms_per_turn"] is None else f"{r['stub_cpu_ms_per_turn']:.2f}",
                f"{r['machine_busy']:.0%}",
                f"{r['machine_steal']:.0%}",
                f"{r['calibration_ms']:.0f}",
            ]
        )
    if markdown:
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(line) + " |" for line in lines]
        return "\n".join(out)
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    out = [
        "  ".join(
            h.rjust(w) if i else h.ljust(w)
            for i, (h, w) in enumerate(zip(header, widths, strict=True))
        )
    ]
    for line in lines:
        out.append(
            "  ".join(
                c.rjust(w) if i else c.ljust(w)
                for i, (c, w) in enumerate(zip(line, widths, strict=True))
            )
        )
    return "\n".join(out)


def summarize(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (server, C): the median of each figure over the repeats, CPU with its range."""
    groups: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault((row["server"], row["concurrency"]), []).append(row)
    summary = []
    for (server, concurrency), group in groups.items():
        merged: dict[str, Any] = {"server": f"{server} (median of {len(group)})"}
        for key, value in group[0].items():
            values = [r[key] for r in group]
            if key in ("server", "run"):
                continue
            if key == "replies_ok":
                merged[key] = all(values)
            elif key == "ok":
                merged[key] = min(values)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                merged[key] = statistics.median(v for v in values if v is not None)
            else:
                merged[key] = value
        merged["concurrency"] = concurrency
        cpu = [r["server_cpu_ms_per_turn"] for r in group]
        merged["cpu_range"] = f" ({min(cpu):.2f}-{max(cpu):.2f})"
        summary.append(merged)
    return summary


def parse_args() -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(description="Bot turn benchmark: stub + server + loadgen.")
    parser.add_argument(
        "--servers",
        default=",".join(SERVERS),
        help=f"comma-separated, from: {', '.join(SERVERS)} (default: all)",
    )
    parser.add_argument("--turns", type=int, default=2000, help="measured turns per concurrency")
    parser.add_argument("--concurrency", default="1,16")
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--text", default="why is ADE failing?")
    parser.add_argument("--start-timeout", type=float, default=30.0, help="seconds")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--json", metavar="FILE", help="also write every row to FILE")
    parser.add_argument("--require-all", action="store_true", help="a skipped server fails the run")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run the servers N times, interleaved, and add a table of medians (default 1)",
    )
    args = parser.parse_args()
    names = [n.strip() for n in args.servers.split(",") if n.strip()]
    unknown = [n for n in names if n not in SERVERS]
    if args.repeat < 1:
        parser.error("--repeat must be >= 1")
    if unknown or not names:
        parser.error(f"--servers: unknown {unknown}; known: {', '.join(SERVERS)}")
    return args, names


def main() -> None:
    args, names = parse_args()
    logs = Path(tempfile.mkdtemp(prefix="bench-turns-"))
    rows: list[dict[str, Any]] = []
    skipped: dict[str, str] = {}
    with (logs / "connector_stub.log").open("wb") as stub_log:
        stub_process, stub_url = start_stub(stub_log)
        try:
            print(f"connector stub {stub_url} (pid {stub_process.pid}); logs in {logs}")
            for run in range(1, args.repeat + 1):
                for name in names:
                    if name in skipped:
                        continue
                    server_rows, reason = measure_server(
                        args, SERVERS[name], stub_url, logs, run=run
                    )
                    if reason:
                        skipped[name] = reason
                        print(f"{name}: SKIPPED: {reason}", file=sys.stderr)
                    for row in server_rows:
                        row["run"] = run
                        if args.repeat > 1:
                            row["server"] = f"{name} #{run}"
                        if row.get("first_error"):
                            print(
                                f"{name} C={row['concurrency']}: first error {row['first_error']}"
                            )
                    rows += server_rows
        finally:
            stop(stub_process)

    print()
    if rows:
        print(format_table(rows, args.markdown))
    if args.repeat > 1 and rows:
        for row in rows:
            row["server"] = row["server"].rsplit(" #", 1)[0]
        print()
        print(format_table(summarize(rows), args.markdown))
    for name in skipped:
        print(f"{name}: skipped (see above)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"rows": rows, "skipped": skipped}, f, indent=2)
    failed = any(not r["replies_ok"] for r in rows) or (args.require_all and skipped)
    sys.exit(1 if failed or not rows else 0)


if __name__ == "__main__":
    main()
