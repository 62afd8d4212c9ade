"""The SQLite schema, version by version (bot.storage.migrations). Times are fixed-width
ISO 8601 UTC text ('2026-11-22T12:00:00.000000+00:00'), so text order is time order."""

from __future__ import annotations

from bot.storage.migrations.model import Migration

SQLITE_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)"""

SQLITE: tuple[Migration, ...] = (
    Migration(
        1,
        "subscriptions and language preferences",
        (
            """CREATE TABLE subscriptions (
                conversation_id TEXT PRIMARY KEY,
                tenant_id TEXT NOT NULL,
                service_url TEXT NOT NULL,
                reference TEXT NOT NULL,
                language TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                kind TEXT NOT NULL,
                created_at TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1,
                deactivated_reason TEXT
            )""",
            "CREATE INDEX subscriptions_tenant ON subscriptions (tenant_id)",
            """CREATE TABLE preferences (
                user_key TEXT PRIMARY KEY,
                language TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        2,
        "alert ledger and mutes",
        (
            """CREATE TABLE ledger (
                conversation_id TEXT NOT NULL,
                problem TEXT NOT NULL,
                stage TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'resolved')),
                created_at TEXT NOT NULL,
                activity_id TEXT,
                sent_at TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                resolved_at TEXT,
                PRIMARY KEY (conversation_id, problem, stage)
            )""",
            "CREATE INDEX ledger_status ON ledger (status)",
            """CREATE TABLE mutes (
                conversation_id TEXT NOT NULL,
                problem TEXT NOT NULL,
                snoozed_until TEXT,
                acknowledged_stage TEXT,
                PRIMARY KEY (conversation_id, problem)
            )""",
        ),
    ),
    Migration(
        3,
        "scheduler lease",
        (
            """CREATE TABLE leases (
                name TEXT PRIMARY KEY,
                holder TEXT NOT NULL,
                expires_at TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        4,
        "no scheduler lease: the scan lock dies with its process",
        ("DROP TABLE IF EXISTS leases",),
    ),
    Migration(
        5,
        "ledger status 'failed': a stage given up after repeated failed deliveries",
        (
            # SQLite cannot alter a CHECK constraint: the table is rebuilt, rows kept.
            """CREATE TABLE ledger_new (
                conversation_id TEXT NOT NULL,
                problem TEXT NOT NULL,
                stage TEXT NOT NULL,
                status TEXT NOT NULL
                    CHECK (status IN ('pending', 'sent', 'resolved', 'failed')),
                created_at TEXT NOT NULL,
                activity_id TEXT,
                sent_at TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                resolved_at TEXT,
                PRIMARY KEY (conversation_id, problem, stage)
            )""",
            "INSERT INTO ledger_new SELECT conversation_id, problem, stage, status, created_at,"
            " activity_id, sent_at, attempts, resolved_at FROM ledger",
            "DROP TABLE ledger",
            "ALTER TABLE ledger_new RENAME TO ledger",
            "CREATE INDEX ledger_status ON ledger (status)",
        ),
    ),
    Migration(
        6,
        "conversation tenants: the registry tenant each conversation last asked about",
        (
            """CREATE TABLE conversation_tenants (
                conversation_id TEXT PRIMARY KEY,
                tenant TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        7,
        "alerts per tenant: a subscription's tenant, and per-tenant scan claims",
        (
            # "alert me about Contoso" / "about all tenants"; no row: no tenant named. A table
            # of its own, so that a subscription written by an older bot is still whole.
            """CREATE TABLE subscription_scopes (
                conversation_id TEXT PRIMARY KEY,
                tenant_scope TEXT NOT NULL
            )""",
            # One row per registry tenant: the instance that claims it reads it for the scan
            # until its lease ends; due_at is when the next scan should read it again.
            """CREATE TABLE tenant_scans (
                tenant TEXT PRIMARY KEY,
                due_at TEXT NOT NULL,
                holder TEXT,
                lease_until TEXT
            )""",
        ),
    ),
    Migration(
        8,
        "registry changes: tenants operators added, renamed or removed in chat; who and when",
        (
            """CREATE TABLE registry_changes (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                action TEXT NOT NULL CHECK (action IN ('add', 'remove', 'rename')),
                name TEXT NOT NULL,
                tenant_id TEXT,
                cloud TEXT NOT NULL,
                new_name TEXT,
                actor TEXT,
                changed_at TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        9,
        "one digest per scan across instances: scan rounds and the alerts they hold",
        (
            # One row per alert scan shared by the instances: at most one is open (its
            # tenants are being read); once closed, one instance holds its digest (with a
            # lease, so a digest an instance died sending is sent by another) until sent.
            """CREATE TABLE scan_rounds (
                round_id INTEGER PRIMARY KEY AUTOINCREMENT,
                state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
                opened_at TEXT NOT NULL,
                closed_at TEXT,
                digest_holder TEXT,
                digest_until TEXT
            )""",
            "CREATE UNIQUE INDEX scan_rounds_one_open ON scan_rounds (state) WHERE state = 'open'",
            "ALTER TABLE tenant_scans ADD COLUMN round_id INTEGER",
            # A new alert for a subscriber of every tenant, held for its scan's end:
            # rendered by the instance that read the tenant, as a digest line and as the
            # alert card, so the instance that sends the digest needs no read of its own.
            """CREATE TABLE round_alerts (
                round_id INTEGER NOT NULL,
                conversation_id TEXT NOT NULL,
                problem TEXT NOT NULL,
                stage TEXT NOT NULL,
                tenant TEXT NOT NULL,
                severity TEXT NOT NULL,
                retry INTEGER NOT NULL,
                digest_line TEXT NOT NULL,
                alert_card TEXT NOT NULL,
                PRIMARY KEY (round_id, conversation_id, problem, stage)
            )""",
        ),
    ),
)
