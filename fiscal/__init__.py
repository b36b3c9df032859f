"""Adapters from the fiscal port (pos.domain.fiscal) to cloud cash register services.

Sits beside printing and sync: it may use pos.services, and nothing of the core imports
it. Every wire shape of a service lives in that service's one module (webkassa.py).
"""
