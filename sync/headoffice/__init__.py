"""The head-office service: receives every store's records and sends directives back."""
