"""The registry's total is kept by triggers through every kind of write, and checked by `sangkien check`."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing

import sqlalchemy as sa

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence import live_count
from sangkien_desktop.persistence.models import Initiative
from sangkien_desktop.persistence.store import migrate, open_store
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.demo import generate_demo
from sangkien_desktop.services.health import check_store


def _kept_and_counted(services: Services) -> tuple[int, int]:
    with services.uow.read() as session:
        counted, kept = live_count.counted(session.connection())
    return kept, counted


def test_the_count_follows_creates_deletes_restores_and_purges(services: Services,
        make_initiative: Callable[..., InitiativeView]) -> None:
    made = [make_initiative(title=f"Cải tiến số {i}") for i in range(4)]
    assert _kept_and_counted(services) == (4, 4)
    first, second = made[0], made[1]
    services.trash.delete("initiative", first.id, first.version)
    services.trash.delete("initiative", second.id, second.version)
    assert _kept_and_counted(services) == (2, 2)
    services.trash.restore("initiative", first.id)
    assert _kept_and_counted(services) == (3, 3)
    services.trash.purge("initiative", second.id)  # already deleted: the count stays
    assert _kept_and_counted(services) == (3, 3)
    assert services.initiatives.list(limit=10).total == 3
    assert check_store(services.uow).ok


def test_a_bulk_load_counts_once_and_restores_the_triggers(services: Services) -> None:
    generate_demo(services, 300, 5)  # drops the registry indexes and the triggers while it loads
    assert _kept_and_counted(services) == (300, 300)
    with services.uow.read() as session:
        names = {r[0] for r in session.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(live_count.TRIGGERS) <= names
    generate_demo(services, 10, 6)  # a small load into a large table keeps the triggers and counts per row
    assert _kept_and_counted(services) == (310, 310)


def test_a_store_opened_without_its_triggers_is_recounted(services: Services,
        make_initiative: Callable[..., InitiativeView]) -> None:
    make_initiative(title="Cải tiến trước khi mất trigger")
    with services.engine.begin() as conn:
        live_count.drop(conn)  # as if a bulk load died half-way
        conn.execute(sa.update(Initiative).values(title="Đổi tên khi không có trigger"))
        conn.exec_driver_sql("UPDATE live_count SET initiatives = 999")
    services.close()
    engine = open_store(services.paths)
    try:
        with engine.connect() as conn:
            assert live_count.counted(conn) == (1, 1)
    finally:
        engine.dispose()


def test_the_migration_counts_what_is_there(services: Services) -> None:
    generate_demo(services, 40, 2)
    services.close()
    with closing(sqlite3.connect(services.paths.db)) as conn, conn:
        for name in live_count.TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE live_count")
        conn.execute("UPDATE alembic_version SET version_num = '0007'")
    migrate(services.paths.db, "0008")
    with closing(sqlite3.connect(services.paths.db)) as conn:
        assert conn.execute("SELECT initiatives FROM live_count").fetchone() == (40,)
