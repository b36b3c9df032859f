"""Sync with head office: the outbox sender, the wire protocol and the head-office service."""
