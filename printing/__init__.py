"""Printed documents (consent slip, receipt, reports) and printer connections. Depends on pos only."""
