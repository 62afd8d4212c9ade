"""The counters and histograms the edges update as things happen: Graph answers, chat turns,
alerts. One `Instruments` per registry; it is the object each edge's observer port gets."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

# Teams waits about 15 s for a reply before it shows the user an error: the buckets around
# that line are the ones an operator alerts on.
TURN_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 15.0)
# A scan reads the tenant (up to 10 s) and posts paced alerts: minutes for thousands of chats.
SCAN_BUCKETS = (0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0)
# Activity types Teams sends; anything else is one label value, so a hostile client cannot
# grow the series without bound by inventing types.
ACTIVITY_TYPES = frozenset(
    {"message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event"}
)


class Instruments:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.graph_requests = Counter(
            "ade_graph_requests",
            "Microsoft Graph answers, every attempt (retries included), by HTTP status; "
            "status is the reason (timeout, unavailable) when Graph did not answer.",
            ["method", "resource", "status"],
            registry=registry,
        )
        self.graph_errors = Counter(
            "ade_graph_errors",
            "Microsoft Graph requests that failed for good, after retries, by the last status; "
            "resource sign-in: Entra ID gave no token (status unauthorized: a wrong secret or "
            "certificate, an unknown tenant, no consent; unavailable or timeout: Entra ID "
            "down or unreachable).",
            ["method", "resource", "status"],
            registry=registry,
        )
        self.turn_seconds = Histogram(
            "ade_turn_duration_seconds",
            "Time from a Teams activity's arrival to the bot's answer, replies posted included.",
            ["activity"],
            buckets=TURN_BUCKETS,
            registry=registry,
        )
        self.connector_calls = Counter(
            "ade_connector_requests",
            "Bot Connector calls (chat replies, alert posts and updates), once each after its "
            "retries, by operation and outcome: ok, the last HTTP status, or why Teams never "
            "answered (timeout, unavailable, no-bot-token, deadline, not-allowed).",
            ["operation", "outcome"],
            registry=registry,
        )
        self.alerts_sent = Counter(
            "ade_alerts_sent", "Alert cards posted to Teams.", registry=registry
        )
        self.alerts_failed = Counter(
            "ade_alerts_failed",
            "Alert cards (new or updated) that Teams did not take; the next scan retries.",
            registry=registry,
        )
        self.scan_seconds = Histogram(
            "ade_alert_scan_duration_seconds",
            "Duration of one alert scan, tenant read and sends included.",
            buckets=SCAN_BUCKETS,
            registry=registry,
        )
        self.scan_failures = Counter(
            "ade_alert_scan_failures", "Alert scans that ended with an error.", registry=registry
        )

    # bot.graph.observer.GraphObserver
    def answered(self, method: str, resource: str, status: str) -> None:
        self.graph_requests.labels(method, resource, status).inc()

    def failed(self, method: str, resource: str, status: str) -> None:
        self.graph_errors.labels(method, resource, status).inc()

    # the Teams edge's turn timer
    def turn(self, activity: str, seconds: float) -> None:
        kind = activity if activity in ACTIVITY_TYPES else "other"
        self.turn_seconds.labels(kind).observe(seconds)

    # bot.teams.connector.ConnectorCalls
    def connector_call(self, operation: str, outcome: str) -> None:
        self.connector_calls.labels(operation, outcome).inc()

    # bot.alerts.ports.AlertObserver
    def alert_sent(self) -> None:
        self.alerts_sent.inc()

    def alert_failed(self) -> None:
        self.alerts_failed.inc()

    def scan_finished(self, seconds: float, *, failed: bool) -> None:
        self.scan_seconds.observe(seconds)
        if failed:
            self.scan_failures.inc()
