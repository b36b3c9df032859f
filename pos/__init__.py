"""The till's core: domain rules, use cases and encrypted storage (no entry points here)."""

__version__ = "0.1.0"
