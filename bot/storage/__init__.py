"""EDGE: subscriptions, language preferences, the alert ledger and the scheduler lease, in an
SQLite file (default) or PostgreSQL (several instances). See bot.storage.base.Store."""

from bot.storage.base import StorageError, Store, open_store
from bot.storage.urls import DatabaseUrlError, default_url, redacted

__all__ = ["DatabaseUrlError", "StorageError", "Store", "default_url", "open_store", "redacted"]
