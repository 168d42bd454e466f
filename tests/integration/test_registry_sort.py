"""Registry order on real SQLite: Vietnamese alphabetical keys, groups, paging at every depth."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest

from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, SolutionKind
from sangkien_desktop.domain.model import InitiativeView, RegistryFilter
from sangkien_desktop.domain.registry_sort import GROUPED, RegistrySort, SortColumn, group_rank
from sangkien_desktop.domain.text import full_name_sort_key, text_sort_key
from sangkien_desktop.services.container import Services

# title, lead author, department, status, kind, first applied, benefit
ROWS: list[tuple[str, str, str | None, str, str, str | None, int | None]] = [
    ("Đổi mới khuôn ép", "Lê Văn Đức", "Phân xưởng Đúc", "AP_DUNG_THU", "KY_THUAT", "05/03/2024", 5_000_000),
    ("Dùng lại nước làm mát", "Phạm Thị Dung", "Phân xưởng Dệt", "Y_TUONG", "QUAN_LY", None, None),
    ("Ăn ca đúng giờ", "Trần Văn An", None, "AP_DUNG_THU", "TAC_NGHIEP", "01/01/2023", 800_000),
    ("An toàn điện", "Nguyễn Thị Ánh", "Phân xưởng Cơ điện", "AP_DUNG_THU", "KY_THUAT", "31/12/2023",
     120_000_000),
    ("Bảo dưỡng băng tải", "Hoàng Văn Bình", "Kho vật tư", "AP_DUNG_THU", "QUAN_LY", "15/06/2024", 5_000_000),
    ("Âm thanh cảnh báo", "Vũ Thị Ân", "Phân xưởng Dệt", "Y_TUONG", "KY_THUAT", None, None),
    ("Cải tiến lò hơi", "Đỗ Văn Cường", "Phân xưởng Dệt", "AP_DUNG_THU", "UNG_DUNG_TBKT", "02/02/2022",
     1_000),
]
# Vietnamese alphabetical order (a < ă < â < b … d < đ), written out by hand.
TITLES_IN_ORDER = ["An toàn điện", "Ăn ca đúng giờ", "Âm thanh cảnh báo", "Bảo dưỡng băng tải",
                   "Cải tiến lò hơi", "Dùng lại nước làm mát", "Đổi mới khuôn ép"]
# By given name first: An < Ánh < Ân < Bình < Cường < Dung < Đức.
AUTHORS_IN_ORDER = ["Trần Văn An", "Nguyễn Thị Ánh", "Vũ Thị Ân", "Hoàng Văn Bình", "Đỗ Văn Cường",
                    "Phạm Thị Dung", "Lê Văn Đức"]


@pytest.fixture
def store(services: Services, make_initiative: Callable[..., InitiativeView]) -> list[InitiativeView]:
    made = []
    for title, author, department, status, kind, applied, benefit in ROWS:
        made.append(make_initiative(title=title, authors=[author], department=department, status=status,
                                    kind=kind, first_applied_on=applied, benefit_value=benefit))
    return made


def _all(services: Services, sort: RegistrySort, text: str = "", page: int = 1000,
         registry_filter: RegistryFilter | None = None) -> list[InitiativeView]:
    """Every row, read page by page."""
    rows: list[InitiativeView] = []
    while True:
        if text:
            found = services.initiatives.search(text, limit=page, offset=len(rows), filter=registry_filter,
                                                sort=sort)
        else:
            found = services.initiatives.list(limit=page, offset=len(rows), filter=registry_filter, sort=sort)
        rows += found.items
        if not found.items or len(rows) >= found.total:
            return rows


def _value(view: InitiativeView, column: SortColumn) -> Any:
    match column:
        case SortColumn.CODE:
            return view.code
        case SortColumn.TITLE:
            return text_sort_key(view.title)
        case SortColumn.LEAD_AUTHOR:
            return full_name_sort_key(view.lead_author or "")
        case SortColumn.FIRST_APPLIED:
            return (view.first_applied_on is not None, view.first_applied_on)  # no date first, like SQLite
        case SortColumn.BENEFIT:
            return (view.benefit_vnd is not None, view.benefit_vnd)
        case SortColumn.STATUS:
            return group_rank(column)(view.status)
        case SortColumn.KIND:
            return group_rank(column)(view.kind)
        case SortColumn.FIELD:
            return group_rank(column)(view.field_code)
        case SortColumn.DEPARTMENT:
            return group_rank(column)(view.department)


def test_titles_and_authors_sort_in_vietnamese_alphabetical_order(services: Services,
                                                                   store: list[InitiativeView]) -> None:
    titles = [v.title for v in _all(services, RegistrySort(SortColumn.TITLE))]
    assert titles == TITLES_IN_ORDER
    authors = [v.lead_author for v in _all(services, RegistrySort(SortColumn.LEAD_AUTHOR))]
    assert authors == AUTHORS_IN_ORDER
    backwards = [v.title for v in _all(services, RegistrySort(SortColumn.TITLE, descending=True))]
    assert backwards == TITLES_IN_ORDER[::-1]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", list(SortColumn))
def test_every_column_orders_every_row_and_pages_agree(services: Services, store: list[InitiativeView],
                                                       column: SortColumn, descending: bool) -> None:
    sort = RegistrySort(column, descending)
    whole = _all(services, sort)
    assert sorted(v.id for v in whole) == sorted(v.id for v in store)
    values = [_value(v, column) for v in whole]
    assert values == sorted(values, reverse=descending)
    for page in (1, 2, 3, 5):  # pages cross group borders and read the far half from the end
        assert [v.id for v in _all(services, sort, page=page)] == [v.id for v in whole]
    if column in GROUPED:  # inside a group: newest first, whatever the direction
        for a, b in itertools.pairwise(whole):
            if _value(a, column) == _value(b, column):
                assert a.created_at >= b.created_at


@pytest.mark.parametrize("column", [SortColumn.TITLE, SortColumn.STATUS, SortColumn.BENEFIT])
def test_search_and_filters_keep_the_chosen_order(services: Services, store: list[InitiativeView],
                                                  column: SortColumn) -> None:
    sort = RegistrySort(column)
    narrowed = RegistryFilter(status=InitiativeStatus.AP_DUNG_THU)
    found = _all(services, sort, text="phan xuong", page=2)
    expected = [v for v in _all(services, sort) if v.department and v.department.startswith("Phân xưởng")]
    assert [v.id for v in found] == [v.id for v in expected]
    filtered = _all(services, sort, page=2, registry_filter=narrowed)
    assert [v.id for v in filtered] == [v.id for v in _all(services, sort) if v.status == narrowed.status]


def test_editing_a_title_or_an_authors_name_moves_the_row(services: Services,
                                                          store: list[InitiativeView]) -> None:
    from sangkien_desktop.persistence.models import Initiative, Person

    first = _all(services, RegistrySort(SortColumn.TITLE))[0]
    with services.uow() as uow:
        row = uow.session.query(Initiative).filter_by(id=first.id).one()
        row.title = "Xử lý khí thải"
        uow.commit()
    assert _all(services, RegistrySort(SortColumn.TITLE))[-1].id == first.id

    lead = _all(services, RegistrySort(SortColumn.LEAD_AUTHOR))[0]
    person_id = lead.authors[0].person_id
    with services.uow() as uow:
        person = uow.session.query(Person).filter_by(id=person_id).one()
        person.full_name, person.name_sort_key = "Trần Văn Yên", full_name_sort_key("Trần Văn Yên")
        uow.commit()
    assert _all(services, RegistrySort(SortColumn.LEAD_AUTHOR))[-1].id == lead.id


def test_programme_filter_lists_only_linked_initiatives(services: Services,
                                                        store: list[InitiativeView]) -> None:
    from sangkien_desktop.persistence.models import Initiative

    programmes = services.initiatives.programmes()
    assert [p.code for p in programmes] == ["1TRIEU-SK-2021"]
    linked = store[:2]
    with services.uow() as uow:
        for view in linked:
            uow.session.query(Initiative).filter_by(id=view.id).one().programme_id = programmes[0].id
        uow.commit()
    chosen = RegistryFilter(programme_id=programmes[0].id)
    assert {v.id for v in _all(services, RegistrySort(), registry_filter=chosen)} == {v.id for v in linked}
    assert services.initiatives.search("cai tien", filter=chosen).total == 0


def test_unknown_kind_and_field_values_still_rank(services: Services) -> None:
    rank = group_rank(SortColumn.KIND)
    assert rank(SolutionKind.KY_THUAT) < rank("NOT_A_KIND")
    assert group_rank(SortColumn.FIELD)(FieldCode.SX_KD) != ""


def test_a_large_demo_load_builds_the_registry_indexes_again(services: Services) -> None:
    from sangkien_desktop.services.demo import generate_demo

    def indexes() -> set[str]:
        with services.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index' "
                                        "AND tbl_name = 'initiative'")
            return {row[0] for row in rows}

    before = indexes()
    assert {"ix_initiative_title_sort_key", "ix_initiative_lead_sort_key"} <= before
    generate_demo(services, 40, seed=5)  # doubles an empty table: loaded without them, then rebuilt
    assert indexes() == before


def test_opening_the_store_rebuilds_a_missing_registry_index(services: Services) -> None:
    from sangkien_desktop.services.container import build_services

    with services.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_initiative_benefit_value")  # as a killed bulk load leaves it
    services.close()
    reopened = build_services(services.paths.data_dir)
    try:
        with reopened.engine.connect() as conn:
            found = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master "
                                         "WHERE name = 'ix_initiative_benefit_value'").scalar_one()
        assert found == 1
    finally:
        reopened.close()
