"""Sending what a shared scan held for the subscribers of every tenant (issue 15): one
digest per scan and subscriber, however many bot instances read the scan's tenants.

The instances hold those alerts in the scan's round (bot.alerts.ports.ScanRounds) instead of
posting them; when every tenant of the round is read, the instance that sees it closes the
round, and one instance holds its digest under a lease and posts, per subscriber, one digest
card when more than DIGEST_OVER new problems came up, else each alert card as rendered by
the instance that read its tenant. The ledger keeps its guarantees: each alert was claimed
(PENDING) when it was held, and is SENT straight after Teams takes the post, so an instance
that dies sending a digest leaves the rest to whichever takes the round after the lease.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta

from bot import log_context
from bot.alerts.ports import AlertObserver, AlertSender, AlertStore, ConversationGoneError
from bot.alerts.scheduler import ScanReport, _finish_when_stopped, subscriber_translator
from bot.core.alerting.digest import HeldAlert, digest_of
from bot.core.alerting.fleet import digest_due
from bot.core.alerting.model import LedgerStatus, Subscription
from bot.core.cards.elements import CardDict

log = logging.getLogger(__name__)

# A digest's ledger entries carry this instead of a message id: the digest lists other
# problems too, so a resolved one is not written over it (it is resolved silently).
DIGEST_ID = "digest:"


class RoundDigests:
    def __init__(
        self,
        store: AlertStore,
        sender: AlertSender | None,
        *,
        holder: str,
        lease: timedelta,
        named: frozenset[str],
        max_attempts: int,
        stop_grace: float,
        observer: AlertObserver | None = None,
    ) -> None:
        self.store, self.sender, self.holder, self.lease = store, sender, holder, lease
        self.named, self.max_attempts, self.stop_grace = named, max_attempts, stop_grace
        self.observer = observer

    async def send_due(self, tenants: Sequence[str], now: datetime, report: ScanReport) -> None:
        """Closes the open round if all its tenants are read, then sends the digest of every
        closed round nobody else holds (an instance's that died sending included)."""
        await self.store.close_round(tenants, now)
        for round_id in await self.store.claim_digests(self.holder, now, now + self.lease):
            try:
                await self._send_round(round_id, now, report)
            except BaseException:
                # Stopped or failed midway: what was posted is SENT in the ledger; the rest
                # goes out with the next scan of any instance, not after the lease. A database
                # failing here too must not replace the CancelledError of a stop (the task
                # would outlive SIGTERM): the lease frees the round later instead.
                try:
                    await self.store.release_digest(round_id, self.holder)
                except Exception as error:
                    log.warning("digest of round %s not released (%s)", round_id, error)
                raise
            await self.store.finish_round(round_id, self.holder)

    async def _send_round(self, round_id: int, now: datetime, report: ScanReport) -> None:
        held: defaultdict[str, list[HeldAlert]] = defaultdict(list)
        for alert in await self.store.held_alerts(round_id):
            held[alert.conversation_id].append(alert)
        for subscription in await self.store.subscriptions():
            cid = subscription.conversation_id
            if held.get(cid):
                with log_context.conversation(cid, None):
                    await self._send(subscription, held[cid], now, report)

    async def _send(
        self, subscription: Subscription, alerts: list[HeldAlert], now: datetime, report: ScanReport
    ) -> None:
        cid = subscription.conversation_id
        # Resolved meanwhile, sent by an earlier digest, or given up: no longer owed.
        pending = {
            (e.problem, e.stage) for e in await self.store.entries(cid, [LedgerStatus.PENDING])
        }
        owed = [a for a in alerts if (a.problem, a.stage) in pending]
        if digest_due(len(owed), subscription, self.named):
            card = digest_of([a.line for a in owed], subscriber_translator(subscription))
            await self._post(subscription, card, owed, now, report, digest=True)
            return
        for alert in owed:
            if not await self._post(subscription, alert.card, [alert], now, report):
                return  # the bot is gone from that conversation

    async def _post(
        self,
        subscription: Subscription,
        card: CardDict,
        alerts: list[HeldAlert],
        now: datetime,
        report: ScanReport,
        *,
        digest: bool = False,
    ) -> bool:
        """Posts `card` for `alerts` and records them; False when the conversation is gone."""
        cid = subscription.conversation_id
        try:
            await _finish_when_stopped(
                self._record_post(subscription, card, alerts, now, digest), self.stop_grace
            )
        except ConversationGoneError as gone:
            await report.conversation_gone(self.store, cid, gone)
            return False
        except Exception as error:
            report.post_failed(self.observer)
            for alert in alerts:
                attempts = await self.store.mark_failed_attempt(cid, alert.problem, alert.stage)
                if attempts >= self.max_attempts:
                    report.given_up += await self.store.give_up(cid, alert.problem, alert.stage)
            log.warning("alert to %s not delivered (%s); the next scan retries", cid, error)
            return True
        report.sent += 1
        report.retried += sum(alert.retry for alert in alerts)
        if self.observer is not None:
            self.observer.alert_sent()
        return True

    async def _record_post(
        self,
        subscription: Subscription,
        card: CardDict,
        alerts: list[HeldAlert],
        now: datetime,
        digest: bool,
    ) -> None:
        assert self.sender is not None, "a scan needs a sender; a dry run does not"
        activity_id = await self.sender.send(subscription.reference, [card])
        # As for one alert, nothing comes between the post and its records; a crash amid
        # them has the next scan send the problems not yet recorded again.
        marker = f"{DIGEST_ID}{activity_id}" if digest else activity_id
        for alert in alerts:
            await self.store.mark_sent(
                subscription.conversation_id, alert.problem, alert.stage, marker, now
            )
