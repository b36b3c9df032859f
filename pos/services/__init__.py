"""Use cases. Each runs in one unit of work: the change, its audit entry and its outbox
event commit together or not at all. Role checks live here, not only in the UI."""
