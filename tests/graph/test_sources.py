import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Card
from bot.core.tenant.demo import DemoSource, demo_document
from bot.core.tenant.document import SnapshotError
from bot.snapshot_file import FileSource


@pytest.mark.parametrize(
    "now",
    [datetime(2026, 11, 22, tzinfo=UTC), datetime(2031, 2, 28, 23, 59, tzinfo=UTC)],
)
def test_the_demo_tenant_shows_the_same_picture_whenever_it_is_read(now: datetime) -> None:
    snapshot = asyncio.run(DemoSource().read(now))
    findings = diagnose(snapshot, now)
    assert [f.card for f in findings] == [
        Card.TOKEN_EXPIRED,
        Card.SYNC_ERROR,
        Card.DEVICE_ENROLLMENT_FAILED,
        Card.COMPANY_PORTAL_VPP_INVALID,
        Card.TOKEN_EXPIRING,
        Card.DEVICE_NO_PROFILE,
        Card.DEFAULT_PROFILE_MISSING,
        Card.DEVICE_NEVER_CONTACTED,
    ]
    assert len(snapshot.enrollment_tokens or ()) == 4
    assert snapshot.push_certificate is not None
    assert len(snapshot.vpp_tokens or ()) == 1


def test_the_demo_tenant_has_one_healthy_token_and_school_and_business_types() -> None:
    now = datetime(2026, 11, 22, tzinfo=UTC)
    snapshot = asyncio.run(DemoSource().read(now))
    # Token-level findings only: the healthy token's devices have their own findings.
    tokens = {Card.TOKEN_EXPIRED, Card.SYNC_ERROR, Card.TOKEN_EXPIRING, Card.SYNC_STALE}
    flagged = {s.id for f in diagnose(snapshot, now) if f.card in tokens for s in f.subjects}
    healthy = [t for t in snapshot.enrollment_tokens or () if t.id not in flagged]
    assert [t.name for t in healthy] == ["Contoso HQ iPhones"]
    assert {t.token_type.value for t in snapshot.enrollment_tokens or ()} == {
        "dep",
        "appleSchoolManager",
    }


def test_a_snapshot_file_is_read_again_on_every_call(tmp_path: Path) -> None:
    path = tmp_path / "snapshot.json"
    now = datetime(2026, 11, 22, tzinfo=UTC)
    path.write_text(json.dumps({"depOnboardingSettings": {"value": []}}))
    source = FileSource(path)
    assert asyncio.run(source.read(now)).enrollment_tokens == ()
    path.write_text(json.dumps(demo_document(now - timedelta(days=1))))
    assert len(asyncio.run(source.read(now)).enrollment_tokens or ()) == 4


def test_a_missing_snapshot_file_is_a_snapshot_error(tmp_path: Path) -> None:
    with pytest.raises(SnapshotError, match="cannot read"):
        asyncio.run(FileSource(tmp_path / "nope.json").read(datetime.now(UTC)))
