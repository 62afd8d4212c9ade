"""Alerts posted to Teams channels through Power Automate Workflows ("Post to a channel when a
webhook request is received"), for channels where the bot is not installed: the replacement
for the retired Office 365 connectors. The URL is a secret (its `sig=` signs every post)."""
