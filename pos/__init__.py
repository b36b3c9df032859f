"""The till: domain rules, use cases, encrypted storage and the command line."""

__version__ = "0.1.0"
