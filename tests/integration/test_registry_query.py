"""Registry filters on real SQLite: list and search against an expectation computed in Python."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, SolutionKind
from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.model import InitiativeView, RegistryFilter
from sangkien_desktop.domain.text import fold
from sangkien_desktop.services.container import Services

K, Q = SolutionKind.KY_THUAT, SolutionKind.QUAN_LY
SX, AT = FieldCode.SX_KD, FieldCode.ATVSLD
IDEA, TRIAL = InitiativeStatus.Y_TUONG, InitiativeStatus.AP_DUNG_THU

# title, kind, field, status, department, first applied
ROWS: list[tuple[str, SolutionKind, FieldCode, InitiativeStatus, str | None, str | None]] = [
    ("Cải tiến băng tải", K, SX, TRIAL, "Phân xưởng Dệt", "05/03/2024"),
    ("Cải tiến máy nén khí", K, AT, TRIAL, "Phân xưởng Cơ điện", "31/03/2024"),
    ("Quy trình cải tiến kho", Q, SX, TRIAL, "Phòng Kế hoạch", "01/04/2024"),
    ("Sổ tay an toàn", Q, AT, IDEA, "Phân xưởng Dệt", None),
    ("Cải tiến đường ống", K, SX, TRIAL, None, "31/12/2023"),
    ("Giảm tiêu hao điện", K, SX, TRIAL, "Phân xưởng Đúc", "15/11/2024"),
    ("Cải tiến lò hơi", Q, AT, TRIAL, "Phân xưởng Dệt", "01/01/2025"),
    ("Bảng theo dõi ca", K, SX, IDEA, "Tổ Dệt kim", None),
]

SEARCH_TEXTS = ["cai tien", "cải", "an toan", "det", "phan xuong d"]
FILTERS: dict[str, RegistryFilter] = {
    "none": RegistryFilter(),
    "status": RegistryFilter(status=TRIAL),
    "kind": RegistryFilter(kind=Q),
    "field": RegistryFilter(field_code=AT),
    "department": RegistryFilter(department="phan xuong"),
    "department_diacritics": RegistryFilter(department="Dệt"),
    "department_prefix": RegistryFilter(department="xuong d"),
    "department_blank": RegistryFilter(department="  "),
    "year": RegistryFilter(year=2024),
    "year_2023": RegistryFilter(year=2023),
    "quarter_1": RegistryFilter(year=2024, quarter=1),
    "quarter_2": RegistryFilter(year=2024, quarter=2),
    "quarter_4": RegistryFilter(year=2024, quarter=4),
    "kind_field": RegistryFilter(kind=K, field_code=SX),
    "status_department_year": RegistryFilter(status=TRIAL, department="phân xưởng", year=2024),
    "all": RegistryFilter(status=TRIAL, kind=K, field_code=AT, department="co dien", year=2024, quarter=1),
    "nothing": RegistryFilter(kind=SolutionKind.DE_TAI_NCKH),
}


@pytest.fixture
def store(services: Services, make_initiative: Callable[..., InitiativeView]) -> list[InitiativeView]:
    """Every row of ROWS, newest first (as the registry lists them)."""
    for title, kind, field_code, status, department, applied in ROWS:
        make_initiative(title=title, kind=kind.value, field_code=field_code.value, status=status.value,
                        department=department, first_applied_on=applied)
    everything = services.initiatives.list(limit=1000).items
    assert len(everything) == len(ROWS)
    return list(everything)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def text_matches(view: InitiativeView, typed: str) -> bool:
    """The search box's rule on the indexed text: every typed word, the last one as a prefix."""
    people = " ".join(a.full_name for a in view.authors)
    return words_match(f"{view.title} {view.department or ''} {people} {view.code}", typed)


def words_match(text: str, typed: str) -> bool:
    wanted, have = _words(typed), _words(text)
    *whole, last = wanted
    return all(w in have for w in whole) and any(h.startswith(last) for h in have)


def department_matches(department: str | None, typed: str) -> bool:
    return words_match(department or "", typed)


def in_period(applied: date | None, f: RegistryFilter) -> bool:
    if applied is None:
        return False
    if f.quarter is None:
        return applied.year == f.year
    return applied.year == f.year and (applied.month - 1) // 3 + 1 == f.quarter


def expected(views: list[InitiativeView], f: RegistryFilter) -> list[str]:
    def keep(v: InitiativeView) -> bool:
        return ((f.status is None or v.status == f.status)
                and (f.kind is None or v.kind == f.kind)
                and (f.field_code is None or v.field_code == f.field_code)
                and (not (f.department or "").strip() or department_matches(v.department, f.department or ""))
                and (f.year is None or in_period(v.first_applied_on, f)))

    return [v.id for v in views if keep(v)]


def ids(page_items: tuple[InitiativeView, ...]) -> list[str]:
    return [v.id for v in page_items]


@pytest.mark.parametrize("name", FILTERS)
def test_list_honours_the_filter(services: Services, store: list[InitiativeView], name: str) -> None:
    f = FILTERS[name]
    want = expected(store, f)
    page = services.initiatives.list(filter=f, limit=1000)
    assert ids(page.items) == want
    assert page.total == len(want)


@pytest.mark.parametrize("name", FILTERS)
@pytest.mark.parametrize("text", SEARCH_TEXTS)
def test_search_honours_the_filter(services: Services, store: list[InitiativeView], name: str,
                                   text: str) -> None:
    f = FILTERS[name]
    want = [v.id for v in store if v.id in expected(store, f) and text_matches(v, text)]
    page = services.initiatives.search(text, limit=1000, filter=f)
    assert ids(page.items) == want
    assert page.total == len(want)


def test_the_search_texts_are_not_vacuous(store: list[InitiativeView]) -> None:
    for text in SEARCH_TEXTS:
        assert 0 < sum(text_matches(v, text) for v in store) < len(store), text


def test_the_combined_filters_are_not_vacuous(store: list[InitiativeView]) -> None:
    """Each filter keeps some rows and drops others, so the comparisons above mean something."""
    for name, f in FILTERS.items():
        kept = len(expected(store, f))
        if name in ("none", "department_blank"):
            assert kept == len(store)
        elif name == "nothing":
            assert kept == 0
        else:
            assert 0 < kept < len(store), name


@pytest.mark.parametrize(("limit", "offset"), [(1, 0), (2, 1), (3, 3), (2, 10)])
def test_filtered_pages_are_slices_of_the_whole(services: Services, store: list[InitiativeView],
                                                limit: int, offset: int) -> None:
    f = RegistryFilter(status=TRIAL)
    want = expected(store, f)
    listed = services.initiatives.list(filter=f, limit=limit, offset=offset)
    assert ids(listed.items) == want[offset:offset + limit]
    assert listed.total == len(want)
    searched = services.initiatives.search("cai tien", limit=limit, offset=offset, filter=f)
    everything = services.initiatives.search("cai tien", limit=1000, filter=f)
    assert ids(searched.items) == ids(everything.items)[offset:offset + limit]
    assert searched.total == everything.total


def test_positional_status_still_filters(services: Services, store: list[InitiativeView]) -> None:
    """``list(status, limit, offset)`` as the CLI calls it."""
    page = services.initiatives.list(IDEA, 10, 0)
    assert ids(page.items) == expected(store, RegistryFilter(status=IDEA))
    both = services.initiatives.list(status=TRIAL, filter=RegistryFilter(kind=Q))
    assert ids(both.items) == expected(store, RegistryFilter(status=TRIAL, kind=Q))


@pytest.mark.parametrize(("bad", "call", "words"), [
    (RegistryFilter(year=2024, quarter=5), "list", ("Quý", "từ 1 đến 4")),
    (RegistryFilter(year=2024, quarter=0), "search", ("Quý", "từ 1 đến 4")),
    (RegistryFilter(year=1800), "list", ("Năm áp dụng", "từ 1900 đến 2100")),
    (RegistryFilter(year=2101), "search", ("Năm áp dụng", "từ 1900 đến 2100")),
    (RegistryFilter(quarter=2), "list", ("Quý", "cần chọn năm")),
])
def test_bad_filter_values_are_refused_in_vietnamese(services: Services, bad: RegistryFilter, call: str,
                                                     words: tuple[str, ...]) -> None:
    args: dict[str, Any] = {"filter": bad}
    with pytest.raises(ValidationError) as caught:
        if call == "list":
            services.initiatives.list(**args)
        else:
            services.initiatives.search("cai tien", **args)
    for word in words:
        assert word in caught.value.message


def test_every_bad_value_is_reported_at_once(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.initiatives.list(filter=RegistryFilter(year=1800, quarter=9))
    assert [p.field for p in caught.value.problems] == ["year", "quarter"]


def test_conflicting_status_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError, match="Trạng thái"):
        services.initiatives.list(IDEA, filter=RegistryFilter(status=TRIAL))
