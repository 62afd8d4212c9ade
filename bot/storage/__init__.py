"""EDGE: language preferences, subscriptions, the alert ledger and the scheduler lease, in an
SQLite file (default) or PostgreSQL (several instances). See bot.storage.base.Store."""
