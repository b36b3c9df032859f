"""Encrypted storage: SQLCipher engine, ORM tables, migrations, audit chain and outbox."""
