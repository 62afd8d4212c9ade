"""`ade-doctor` as a real process, for every test that starts one: where the command is, an
environment without the developer's settings, a free port, and a bot that is up (its
/healthz answers) or stopped (by a signal, killed if it hangs)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

from aiohttp import ClientError, ClientSession, ClientTimeout

ADE_DOCTOR = Path(sys.executable).with_name("ade-doctor")
# The developer's shell or .env must not turn a test's bot into an authenticated or
# Graph-reading one.
CLEAN_ENV = {
    k: v
    for k, v in os.environ.items()
    if not k.startswith(("MicrosoftApp", "GRAPH_", "ADE_", "Bot", "ToBot"))
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def wait_until_up(url: str, process: asyncio.subprocess.Process, within_s: float) -> None:
    """Returns once /healthz answers (a degraded 503 is up too); fails when the process ends
    first or the bot is still silent after `within_s`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within_s
    async with ClientSession(timeout=ClientTimeout(total=2)) as session:
        while loop.time() < deadline:
            if process.returncode is not None:
                raise AssertionError(f"the bot ended with status {process.returncode}")
            try:
                async with session.get(f"{url}/healthz") as resp:
                    if resp.status in (200, 503):
                        return
            except (ClientError, TimeoutError):
                pass
            await asyncio.sleep(0.05)
    raise AssertionError(f"the bot did not answer /healthz within {within_s} s")


async def start_serve(
    cwd: Path, *args: str, stderr: int = asyncio.subprocess.PIPE, **env: str
) -> tuple[asyncio.subprocess.Process, str]:
    """`ade-doctor serve` on a free loopback port, up; returns the process and its base URL."""
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        str(ADE_DOCTOR), "serve", "--port", str(port), *args,
        env={**CLEAN_ENV, **env}, cwd=cwd, stderr=stderr,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        await wait_until_up(url, process, within_s=30)
    except AssertionError:
        if process.returncode is None:
            process.kill()
        await process.wait()
        raise
    return process, url


async def stop_serve(
    process: asyncio.subprocess.Process, signum: int = signal.SIGTERM, within_s: float = 10
) -> tuple[int, str]:
    """Sends the signal and returns (exit status, stderr). A bot still running `within_s`
    later is a hang, not a slow stop: it is killed and the test fails."""
    process.send_signal(signum)
    try:
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=within_s)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise AssertionError(
            f"the bot was still running {within_s} s after signal {signum}"
        ) from None
    assert process.returncode is not None
    return process.returncode, (stderr or b"").decode(errors="replace")
