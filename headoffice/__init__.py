"""The head-office service: receives every store's records and sends directives back.

Its own deployable (`pip install '.[headoffice]'`): it imports the wire protocol and the
till's pure domain rules, never the till's services, storage or window."""

__version__ = "0.1.0"
