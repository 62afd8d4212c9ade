"""`ade-doctor alerts --dry-run`: what the next scan would send, to whom, in which language."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from bot.core.alerting.model import Subscription
from bot.storage.base import open_store
from tests.gallery import NOW
from tests.processes import ADE_DOCTOR

pytestmark = pytest.mark.anyio


async def test_the_dry_run_lists_each_alert_with_its_recipient_and_language(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path}/ade.db"
    store = await open_store(url)
    reference = {"serviceUrl": "http://127.0.0.1:9/", "conversation": {"id": "a:kasia"}}
    await store.subscribe(
        Subscription(
            "a:kasia", "t", "http://127.0.0.1:9/", reference, "pl", "Europe/Warsaw", "personal", NOW
        )
    )
    await store.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GRAPH_", "MicrosoftApp"))}
    env["ADE_DATABASE_URL"] = url
    result = subprocess.run(
        [str(ADE_DOCTOR), "alerts", "--dry-run", "--as-of", NOW.isoformat()],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # The demo tenant: an expired token, one expiring, one failing to sync (and more).
    assert any("token-expired" in line for line in lines)
    assert all("a:kasia" in line and " pl " in line for line in lines)
    assert "1 subscriptions" in result.stderr
    # A dry run sends and records nothing.
    store = await open_store(url)
    try:
        assert await store.entries() == []
    finally:
        await store.close()
