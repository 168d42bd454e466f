"""Diacritic-insensitive full-text search over a real FTS5 index (DOMAIN.md §10.2)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.models import Initiative
from sangkien_desktop.services.container import Services

MakeInitiative = Callable[..., InitiativeView]


def _fold(text: str) -> str:
    """Independent folding for the assertions: no marks, đ → d, lower case."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "d").lower()


def _titles(services: Services, query: str) -> set[str]:
    return {v.title for v in services.initiatives.search(query, limit=1000).items}


def _set_title(services: Services, initiative_id: str, title: str) -> None:
    with services.uow() as uow:
        obj = uow.session.scalars(sa.select(Initiative).where(Initiative.id == initiative_id)).one()
        obj.title = title
        uow.commit()


def test_query_without_marks_finds_vietnamese_title(
    make_initiative: MakeInitiative, services: Services
) -> None:
    make_initiative(title="Sáng kiến thay thế bơm cấp nước lò hơi")
    make_initiative(title="Nâng cấp máy nén khí trung tâm")
    assert _titles(services, "sang kien") == {"Sáng kiến thay thế bơm cấp nước lò hơi"}
    assert _titles(services, "SÁNG KIẾN") == {"Sáng kiến thay thế bơm cấp nước lò hơi"}


def test_d_finds_d_stroke_in_both_cases(make_initiative: MakeInitiative, services: Services) -> None:
    make_initiative(title="Cải tiến đường ống dẫn hơi")
    make_initiative(title="Đường dây cấp điện tổ 3 an toàn hơn")
    make_initiative(title="Nâng cấp băng tải phân xưởng Sợi")
    assert _titles(services, "duong") == {"Cải tiến đường ống dẫn hơi", "Đường dây cấp điện tổ 3 an toàn hơn"}
    assert _titles(services, "đường") == _titles(services, "duong")
    assert _titles(services, "DUONG ONG") == {"Cải tiến đường ống dẫn hơi"}


def test_author_name_without_marks(make_initiative: MakeInitiative, services: Services) -> None:
    make_initiative(
        title="Cải tạo hệ thống chiếu sáng nhà xưởng",
        authors=[{"name": "Nguyễn Thị Hoa", "share": 70}, {"name": "Bùi Đức Mạnh", "share": 30}],
    )
    make_initiative(title="Chuẩn hóa biểu mẫu báo cáo sản lượng", authors=["Nguyễn Văn Hòa"])
    assert _titles(services, "nguyen thi hoa") == {"Cải tạo hệ thống chiếu sáng nhà xưởng"}
    assert _titles(services, "bui duc manh") == {"Cải tạo hệ thống chiếu sáng nhà xưởng"}
    assert _titles(services, "hoa") == {
        "Cải tạo hệ thống chiếu sáng nhà xưởng",
        "Chuẩn hóa biểu mẫu báo cáo sản lượng",
    }


def test_prefix_of_the_last_word(make_initiative: MakeInitiative, services: Services) -> None:
    make_initiative(title="Cải tiến máy cắt vải tự động")
    make_initiative(title="Cài đặt phần mềm quản lý kho vật tư")
    make_initiative(title="Thiết kế khuôn ép nhựa nắp chai")
    assert _titles(services, "cai ti") == {"Cải tiến máy cắt vải tự động"}
    assert _titles(services, "cai") == {"Cải tiến máy cắt vải tự động", "Cài đặt phần mềm quản lý kho vật tư"}


def test_only_the_word_being_typed_is_a_prefix(make_initiative: MakeInitiative, services: Services) -> None:
    make_initiative(title="Cải tiến máy dệt kiếm")
    assert _titles(services, "may det ki") == {"Cải tiến máy dệt kiếm"}
    assert _titles(services, "ma det kiem") == set()  # "ma" is a finished word, not "máy"
    assert _titles(services, "may det ki ") == set()  # a space ends the last word too
    assert _titles(services, "kiem may ") == {"Cải tiến máy dệt kiếm"}  # any order


def test_decision_number(make_initiative: MakeInitiative, services: Services) -> None:
    recognised = make_initiative(
        title="Giải pháp quản lý sổ theo dõi an toàn điện",
        status="DA_CONG_NHAN",
        decision_number="127/QĐ-GĐ",
        decided_on="20/06/2024",
    )
    make_initiative(title="Cải tiến đồ gá hàn")
    assert recognised.decision_number == "127/QĐ-GĐ"
    assert [v.id for v in services.initiatives.search("127/QĐ-GĐ").items] == [recognised.id]
    assert [v.id for v in services.initiatives.search("127/qd-gd").items] == [recognised.id]
    assert [v.id for v in services.initiatives.search(recognised.code).items] == [recognised.id]


def test_paging_is_consistent_with_a_full_scan(make_initiative: MakeInitiative, services: Services) -> None:
    for n in range(23):
        title = f"Sáng kiến cải tiến băng tải số {n}" if n % 3 else f"Nâng cấp máy vắt sổ {n} kim"
        make_initiative(title=title, first_applied_on=date(2024, 1, 1 + n).isoformat())
    everything = services.initiatives.list(limit=1000).items
    expected = {
        v.id for v in everything if re.search(r"\bsang\b.*\bkien\b", _fold(f"{v.title} {v.summary or ''}"))
    }
    assert len(expected) == 15

    seen: list[str] = []
    totals = set()
    for offset in range(0, 30, 7):
        page = services.initiatives.search("sang kien", limit=7, offset=offset)
        totals.add(page.total)
        assert len(page.items) == max(0, min(7, page.total - offset))
        seen += [v.id for v in page.items]
    assert totals == {15}
    assert len(seen) == len(set(seen)) == 15
    assert set(seen) == expected
    assert seen == [v.id for v in services.initiatives.search("sang kien", limit=1000).items]


def test_editing_a_title_updates_search_in_the_same_commit(
    make_initiative: MakeInitiative, services: Services
) -> None:
    view = make_initiative(title="Cải tiến máy nén khí trung tâm")
    assert _titles(services, "may nen khi") == {"Cải tiến máy nén khí trung tâm"}

    with pytest.raises(RuntimeError), services.uow() as uow:
        obj = uow.session.scalars(sa.select(Initiative).where(Initiative.id == view.id)).one()
        obj.title = "Hệ thống xử lý nước thải"
        uow.session.flush()
        raise RuntimeError("huỷ")
    assert _titles(services, "may nen khi") == {"Cải tiến máy nén khí trung tâm"}
    assert services.initiatives.search("nuoc thai").total == 0

    _set_title(services, view.id, "Hệ thống xử lý nước thải")
    assert services.initiatives.search("may nen khi").total == 0
    assert _titles(services, "nuoc thai") == {"Hệ thống xử lý nước thải"}


@pytest.mark.parametrize("query", ["", "   ", "!!!", "...", "—", '""', "()", "* - ^ :"])
def test_empty_or_punctuation_query_finds_nothing(
    make_initiative: MakeInitiative, services: Services, query: str
) -> None:
    make_initiative()
    page = services.initiatives.search(query)
    assert page.total == 0
    assert page.items == ()


@pytest.mark.parametrize(
    "query",
    [
        '"duong',
        "duong*",
        "AND",
        "duong AND ong",
        "(duong",
        "duong OR",
        "NOT ong",
        "title:duong",
        "NEAR(duong ong)",
        "duong^",
        "{title}: ong",
        'ống"*(AND',
    ],
)
def test_fts_syntax_in_the_query_does_not_raise(
    make_initiative: MakeInitiative, services: Services, query: str
) -> None:
    make_initiative(title="Cải tiến đường ống dẫn hơi")
    page = services.initiatives.search(query)
    assert page.total == len(page.items)
    if page.items:
        assert all("duong" in _fold(v.title) or "ong" in _fold(v.title) for v in page.items)


def test_a_word_being_typed_counts_from_its_second_letter(make_initiative: MakeInitiative,
                                                          services: Services) -> None:
    """On a large store a one-letter prefix ("t*") reads most of the index: until a second letter
    comes, a lone letter leaves the registry as it is and a trailing one is not used yet."""
    make_initiative(title="Cải tiến đường ống dẫn hơi", authors=["Nguyễn Văn Tú"])
    make_initiative(title="Thay băng tải", authors=["Nguyễn Văn An"])
    everything = services.initiatives.list().total
    assert services.initiatives.search("t").total == everything
    assert services.initiatives.search("nguyen t").total == 2  # as "nguyen"
    assert _titles(services, "nguyen tu") == {"Cải tiến đường ống dẫn hơi"}
    assert _titles(services, "thay b") == {"Thay băng tải"}  # as "thay"
    assert services.initiatives.search("x ").total == 0  # a finished one-letter word is a word
