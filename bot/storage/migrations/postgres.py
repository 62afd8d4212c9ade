"""The PostgreSQL schema, version by version (bot.storage.migrations): the same tables as
SQLite's, with timestamptz times and jsonb documents."""

from __future__ import annotations

from bot.storage.migrations.model import Migration

POSTGRES_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)"""

POSTGRES: tuple[Migration, ...] = (
    Migration(
        1,
        "subscriptions and language preferences",
        (
            """CREATE TABLE subscriptions (
                conversation_id TEXT PRIMARY KEY,
                tenant_id TEXT NOT NULL,
                service_url TEXT NOT NULL,
                reference JSONB NOT NULL,
                language TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                kind TEXT NOT NULL,
                created_at TIMESTAMPTZ NOT NULL,
                active BOOLEAN NOT NULL DEFAULT TRUE,
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
                created_at TIMESTAMPTZ NOT NULL,
                activity_id TEXT,
                sent_at TIMESTAMPTZ,
                attempts INTEGER NOT NULL DEFAULT 0,
                resolved_at TIMESTAMPTZ,
                PRIMARY KEY (conversation_id, problem, stage)
            )""",
            "CREATE INDEX ledger_status ON ledger (status)",
            """CREATE TABLE mutes (
                conversation_id TEXT NOT NULL,
                problem TEXT NOT NULL,
                snoozed_until TIMESTAMPTZ,
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
                expires_at TIMESTAMPTZ NOT NULL
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
            "ALTER TABLE ledger DROP CONSTRAINT ledger_status_check",
            "ALTER TABLE ledger ADD CONSTRAINT ledger_status_check"
            " CHECK (status IN ('pending', 'sent', 'resolved', 'failed'))",
        ),
    ),
    Migration(
        6,
        "conversation tenants: the registry tenant each conversation last asked about",
        (
            """CREATE TABLE conversation_tenants (
                conversation_id TEXT PRIMARY KEY,
                tenant TEXT NOT NULL,
                updated_at TIMESTAMPTZ NOT NULL
            )""",
        ),
    ),
    Migration(
        7,
        "alerts per tenant: a subscription's tenant, and per-tenant scan claims",
        (
            """CREATE TABLE subscription_scopes (
                conversation_id TEXT PRIMARY KEY,
                tenant_scope TEXT NOT NULL
            )""",
            """CREATE TABLE tenant_scans (
                tenant TEXT PRIMARY KEY,
                due_at TIMESTAMPTZ NOT NULL,
                holder TEXT,
                lease_until TIMESTAMPTZ
            )""",
        ),
    ),
    Migration(
        8,
        "registry changes: tenants operators added, renamed or removed in chat; who and when",
        (
            """CREATE TABLE registry_changes (
                seq BIGSERIAL PRIMARY KEY,
                action TEXT NOT NULL CHECK (action IN ('add', 'remove', 'rename')),
                name TEXT NOT NULL,
                tenant_id TEXT,
                cloud TEXT NOT NULL,
                new_name TEXT,
                actor TEXT,
                changed_at TIMESTAMPTZ NOT NULL
            )""",
        ),
    ),
    Migration(
        9,
        "one digest per scan across instances: scan rounds and the alerts they hold",
        (
            """CREATE TABLE scan_rounds (
                round_id BIGSERIAL PRIMARY KEY,
                state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
                opened_at TIMESTAMPTZ NOT NULL,
                closed_at TIMESTAMPTZ,
                digest_holder TEXT,
                digest_until TIMESTAMPTZ
            )""",
            "CREATE UNIQUE INDEX scan_rounds_one_open ON scan_rounds (state) WHERE state = 'open'",
            "ALTER TABLE tenant_scans ADD COLUMN round_id BIGINT",
            """CREATE TABLE round_alerts (
                round_id BIGINT NOT NULL,
                conversation_id TEXT NOT NULL,
                problem TEXT NOT NULL,
                stage TEXT NOT NULL,
                tenant TEXT NOT NULL,
                severity TEXT NOT NULL,
                retry BOOLEAN NOT NULL,
                digest_line JSONB NOT NULL,
                alert_card JSONB NOT NULL,
                PRIMARY KEY (round_id, conversation_id, problem, stage)
            )""",
        ),
    ),
)
