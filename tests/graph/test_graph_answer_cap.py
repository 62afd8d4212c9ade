"""Answers larger than any Graph sends (a broken proxy, a hostile endpoint): read up to the
byte cap, streamed, then the part they were for fails as a bad answer and the others are
still read; memory stays within the cap, however long the body."""

import asyncio
import tracemalloc

from bot.core.diagnosis.diagnose import diagnose
from bot.core.diagnosis.findings import Card
from bot.core.tenant.snapshot import Part, Reason, TenantSnapshot
from bot.graph.client import RetryPolicy
from bot.graph.pool import MAX_ANSWER_BYTES
from tests.graph.conftest import NOW, fake_tenant, tenant_document
from tests.graph.fake_graph import APNS, TOKENS, Flood, Reply
from tests.graph.tls import Tls

MiB = 1024 * 1024
# Room to stream 32 MiB a few times through TLS, bot and fake in one process, on a busy
# machine: a cut-off must not be mistaken for a timeout.
ROOMY = RetryPolicy(budget=30.0, attempt_timeout=15.0, backoff=0.01, backoff_cap=0.05)


def failure_of(snapshot: TenantSnapshot, part: Part) -> str:
    [failure] = [f for f in snapshot.failures if f.part == part]
    assert failure.reason == Reason.BAD_RESPONSE
    return failure.detail


def test_an_endless_answer_to_one_part_fails_that_part_and_memory_stays_within_the_cap(
    tls: Tls,
) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            # In the batch (which it makes endless), then alone.
            floods = [Flood(), Flood()]
            tenant.graph.script[APNS] = [Reply(200, flood) for flood in floods]
            source = tenant.source(ROOMY)
            tracemalloc.start()
            try:
                snapshot = await source.read(NOW)
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
                await source.close()
        assert "larger than 32 MiB" in failure_of(snapshot, Part.PUSH_CERTIFICATE)
        # The other parts were read, one by one once the batch had failed so.
        assert snapshot.enrollment_tokens
        assert snapshot.vpp_tokens
        assert Card.TOKEN_EXPIRED in [f.card for f in diagnose(snapshot, NOW)]
        # Read up to the cap, then hung up on: not a gigabyte of it.
        for flood in floods:
            assert MAX_ANSWER_BYTES <= flood.sent < 2 * MAX_ANSWER_BYTES
        assert peak < 3 * MAX_ANSWER_BYTES

    asyncio.run(scenario())


def test_a_huge_next_page_fails_the_list_it_belongs_to(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls, tenant_document(tokens=3)) as tenant:
            tenant.graph.page_size = 1
            flood = Flood(MAX_ANSWER_BYTES + 8 * MiB)
            tenant.graph.script[f"{TOKENS}?$skiptoken=1"] = [Reply(200, flood)]
            source = tenant.source(ROOMY)
            snapshot = await source.read(NOW)
            await source.close()
        assert "larger than 32 MiB" in failure_of(snapshot, Part.ENROLLMENT_TOKENS)
        assert snapshot.enrollment_tokens is None
        assert snapshot.push_certificate_read
        assert snapshot.vpp_tokens
        assert flood.sent < MAX_ANSWER_BYTES + 8 * MiB  # hung up on before its end

    asyncio.run(scenario())


def test_a_huge_answer_is_not_asked_again(tls: Tls) -> None:
    async def scenario() -> None:
        async with fake_tenant(tls) as tenant:
            tenant.graph.script[TOKENS] = [Reply(200, Flood()) for _ in range(3)]
            source = tenant.source(ROOMY)
            snapshot = await source.read(NOW)
            await source.close()
        assert "larger than" in failure_of(snapshot, Part.ENROLLMENT_TOKENS)
        # Once in the batch, once alone: never retried like a 503.
        assert len(tenant.graph.requests_to(TOKENS)) == 2
        assert len(tenant.graph.script[TOKENS]) == 1

    asyncio.run(scenario())
