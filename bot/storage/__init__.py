"""EDGE: language preferences, subscriptions, the alert ledger and the scan lock, in an
SQLite file (default) or PostgreSQL (several instances). See bot.storage.base.Store."""
