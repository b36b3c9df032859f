"""The `pos` command line."""
