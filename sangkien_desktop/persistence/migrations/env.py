"""Alembic environment: always runs on a connection handed over by ``persistence.store``."""

from __future__ import annotations

from typing import Any

from alembic import context

from sangkien_desktop.persistence import person_search
from sangkien_desktop.persistence.models import Base
from sangkien_desktop.persistence.models.core import AUDIT_TIME_INDEX

# Tables that live outside the ORM metadata (the FTS5 index and its shadow tables).
UNMANAGED_PREFIXES = ("initiative_fts", person_search.FTS_TABLE)


# Indexes kept by hand next to them (a partial index for the people page's order, the audit's time).
UNMANAGED_INDEXES = (person_search.ORDER_INDEX, AUDIT_TIME_INDEX)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    if type_ == "index" and name in UNMANAGED_INDEXES:
        return False
    return not (type_ == "table" and name and name.startswith(UNMANAGED_PREFIXES))


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run only through sangkien_desktop.persistence.store")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
