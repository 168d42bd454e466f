"""The start-up reader: the same first page, title and pending count as the services, without SQLAlchemy."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.registry_sort import RegistrySort, SortColumn
from sangkien_desktop.persistence.models import Initiative
from sangkien_desktop.persistence.models.base import utcnow
from sangkien_desktop.persistence.quick_sql import quick_sorts
from sangkien_desktop.persistence.quick_start import read_quick_start
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.demo import generate_demo

BLOCK = 100


@pytest.fixture
def demo_store(services: Services) -> Services:
    """250 demo initiatives, three of them deleted (the registry must not count or list them)."""
    generate_demo(services, 250, 7)
    with services.uow() as uow:
        newest = uow.session.scalars(sa.select(Initiative).order_by(Initiative.pk.desc()).limit(3))
        for initiative in newest:
            initiative.deleted_at = utcnow()
        uow.commit()
    return services


@pytest.mark.parametrize("sort", quick_sorts(), ids=lambda s: s.name or "newest")
def test_first_page_is_the_services_first_page(demo_store: Services, sort: RegistrySort) -> None:
    quick = read_quick_start(demo_store.paths, sort, BLOCK)
    assert quick is not None and quick.first_page is not None
    expected = demo_store.initiatives.list(limit=BLOCK, sort=sort)
    assert quick.first_page == expected
    assert quick.first_page.total == 247


def test_title_and_pending_count_are_the_services(demo_store: Services) -> None:
    quick = read_quick_start(demo_store.paths, RegistrySort(), BLOCK)
    assert quick is not None
    assert quick.title == demo_store.office.get_office().title
    assert quick.pending == demo_store.initiatives.pending_changes() > 0


def test_grouped_sorts_are_left_to_the_services(demo_store: Services) -> None:
    quick = read_quick_start(demo_store.paths, RegistrySort(SortColumn.STATUS), BLOCK)
    assert quick is not None
    assert quick.first_page is None
    assert quick.title.employer_name == demo_store.office.get_office().employer_name


def test_no_quick_start_before_the_office_is_set_up(empty_services: Services) -> None:
    assert read_quick_start(empty_services.paths, RegistrySort(), BLOCK) is None


def test_no_quick_start_without_a_store(tmp_path: Path) -> None:
    from sangkien_desktop.persistence.store_files import StorePaths

    assert read_quick_start(StorePaths(tmp_path), RegistrySort(), BLOCK) is None
    (tmp_path / "sangkien.db").write_bytes(b"not a database at all" * 50)
    assert read_quick_start(StorePaths(tmp_path), RegistrySort(), BLOCK) is None


def test_a_store_needing_an_upgrade_goes_through_the_services(services: Services) -> None:
    services.close()
    with closing(sqlite3.connect(services.paths.db)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
    assert read_quick_start(services.paths, RegistrySort(), BLOCK) is None


def test_the_reader_and_the_window_modules_do_not_load_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "import sangkien_desktop.app, sangkien_desktop.persistence.quick_start\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.stdout.strip() == "[]"
