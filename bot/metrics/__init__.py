"""GET /metrics for Prometheus (issue 16): the only package that imports prometheus_client.

The composition root owns the `CollectorRegistry` (never the library's global one, so tests
and several bots in one process do not count into each other) and hands the edges the small
ports they report to: bot.graph's GraphObserver, the Teams edge's turn timer, the alert
scheduler's AlertObserver. The per-token gauges are computed when Prometheus scrapes, from
the latest snapshot the bot holds, so "days until expiry" is as of the scrape.
"""
