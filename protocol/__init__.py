"""The wire between a till and head office: schemas and enums both ends share (`wire`).

It depends on nothing of ours, so the till and head office can each import it alone."""
