"""Shared test helpers: tills on real encrypted files, valid synthetic buyers."""
