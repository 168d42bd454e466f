"""Alembic environment of the server: runs on a connection handed over by ``sangkien_server.db``."""

from __future__ import annotations

from alembic import context

from sangkien_server.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run only through sangkien_server.db.upgrade")
context.configure(
    connection=connection, target_metadata=Base.metadata, render_as_batch=True, compare_type=True
)
with context.begin_transaction():
    context.run_migrations()
