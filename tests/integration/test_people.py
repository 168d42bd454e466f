"""People: indexed search, editing, merging duplicates (issue 3, Build item 6) on a real store."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.enums import (
    AuthorRole,
    RecipientKind,
    RewardForm,
    RewardLevel,
    Sex,
    WorkerKind,
)
from sangkien_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.text import full_name_sort_key
from sangkien_desktop.persistence import person_search
from sangkien_desktop.persistence.models import (
    Authorship,
    OutboxOp,
    Person,
    Reward,
    RewardDecision,
    UnionUnit,
)
from sangkien_desktop.services import demo
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.people import PersonInput, PersonView

MakeInitiative = Callable[..., InitiativeView]
Staff = dict[str, PersonView]
DET = "Phân xưởng Dệt"


def _add(services: Services, name: str, **fields: object) -> PersonView:
    return services.people.create(PersonInput(name, **fields))  # type: ignore[arg-type]


def _names(services: Services, text: str) -> list[str]:
    return [v.full_name for v in services.people.search(text, limit=100).items]


def _authorships(services: Services, initiative_id: str) -> list[tuple[str, int, str, Decimal | None, bool]]:
    with services.uow.read() as session:
        rows = session.scalars(
            sa.select(Authorship).where(Authorship.initiative_id == initiative_id).order_by(Authorship.pk)
        )
        return [(a.person_id, a.position, a.role.value, a.share_pct, a.deleted_at is None) for a in rows]


def _person_row(services: Services, person_id: str) -> Person:
    with services.uow.read() as session:
        return session.scalars(sa.select(Person).where(Person.id == person_id)).one()


# -- search ----------------------------------------------------------------------------------------


@pytest.fixture
def staff(services: Services) -> Staff:
    return {
        "hung_det": _add(services, "Nguyễn Văn Hùng", birth_date=date(1980, 5, 1), department=DET),
        "hung_soi": _add(services, "Nguyễn Văn Hùng", birth_date=date(1992, 8, 9), department="Xưởng Sợi"),
        "dao": _add(services, "Đỗ Thị Đào", department="Tổ Lò hơi"),
        "an": _add(services, "Trần An", department="Phòng Kỹ thuật"),
        "hung2": _add(services, "Lê Hưng", department=DET),
    }


def test_search_ignores_diacritics_case_and_d_stroke(services: Services, staff: Staff) -> None:
    assert _names(services, "hung") == ["Nguyễn Văn Hùng", "Nguyễn Văn Hùng", "Lê Hưng"]
    assert _names(services, "HÙNG") == _names(services, "hung")
    assert _names(services, "do thi dao") == ["Đỗ Thị Đào"]
    assert _names(services, "đỗ") == ["Đỗ Thị Đào"]


def test_every_word_must_occur_and_the_last_is_a_prefix(
    services: Services, staff: Staff
) -> None:
    assert _names(services, "nguyen van h") == ["Nguyễn Văn Hùng", "Nguyễn Văn Hùng"]
    assert _names(services, "nguyen van h ") == []  # "h" is a whole word once a space follows
    assert _names(services, "hun") == ["Nguyễn Văn Hùng", "Nguyễn Văn Hùng", "Lê Hưng"]
    assert _names(services, "nguyen dao") == []


def test_department_words_narrow_the_name(services: Services, staff: Staff) -> None:
    found = services.people.search("hung det")
    assert found.total == 2
    assert {v.id for v in found.items} == {staff["hung_det"].id, staff["hung2"].id}
    assert [v.id for v in services.people.search("nguyen hung soi").items] == [staff["hung_soi"].id]


def test_empty_text_lists_everyone_given_name_first_with_paging(
    services: Services, staff: Staff
) -> None:
    everyone = services.people.search("", limit=100)
    assert everyone.total == 5
    # Given name first: An < Đào < Hùng < Hưng (ư after u), then the family name, then id.
    assert [v.full_name for v in everyone.items] == [
        "Trần An",
        "Đỗ Thị Đào",
        "Nguyễn Văn Hùng",
        "Nguyễn Văn Hùng",
        "Lê Hưng",
    ]
    hungs = [v.id for v in everyone.items[2:4]]
    assert hungs == sorted(hungs)
    second = services.people.search("  ", limit=2, offset=2)
    assert second.total == 5 and (second.limit, second.offset) == (2, 2)
    assert [v.id for v in second.items] == hungs
    with pytest.raises(ValidationError):
        services.people.search("", limit=0)


def test_search_view_carries_the_person_and_live_authorship_count(
    services: Services, make_initiative: MakeInitiative
) -> None:
    make_initiative(authors=[{"name": "Nguyễn Thị Hoa", "share": 60}, {"name": "Trần Văn Nam", "share": 40}])
    make_initiative(title="Sổ tay an toàn", authors=["Nguyễn Thị Hoa"])
    (hoa,) = services.people.search("hoa").items
    assert hoa.full_name == "Nguyễn Thị Hoa"
    assert hoa.initiative_count == 2
    assert hoa.sex == Sex.KHONG_RO and hoa.is_member and hoa.version == 1
    assert services.people.get(hoa.id) == hoa
    with pytest.raises(NotFoundError):
        services.people.get("không-có")


# -- create and update ------------------------------------------------------------------------------


def test_create_cleans_text_and_validates_in_vietnamese(services: Services) -> None:
    nfd = unicodedata.normalize("NFD", "  Phạm   Thị Lan ")
    created = services.people.create(
        PersonInput(nfd, date(1990, 2, 3), Sex.NU, "Tổ  Hoàn thiện", "Công nhân", False,
                    WorkerKind.TRUC_TIEP_SX, "0912 345 678", "lan@congty.vn")
    )
    assert created.full_name == "Phạm Thị Lan"
    assert created.department == "Tổ Hoàn thiện"
    assert (created.sex, created.is_member, created.worker_kind) == (Sex.NU, False, WorkerKind.TRUC_TIEP_SX)
    row = _person_row(services, created.id)
    assert (row.family_name, row.middle_name, row.given_name) == ("Phạm", "Thị", "Lan")
    assert row.name_sort_key == full_name_sort_key("Phạm Thị Lan")

    with pytest.raises(ValidationError) as caught:
        services.people.create(
            PersonInput(
                " ", birth_date=date(2999, 1, 1), phone="gọi tổ trưởng", email="lan@", department="x" * 201
            )
        )
    problems = {p.field: p.message() for p in caught.value.problems}
    assert problems == {
        "full_name": "Họ và tên: bắt buộc phải có",
        "birth_date": "Ngày sinh: không được ở tương lai",
        "phone": "Điện thoại: chỉ gồm chữ số (có thể có dấu cách, dấu chấm, +)",
        "email": "Thư điện tử: không đúng dạng, ví dụ ten@congty.vn",
        "department": "Đơn vị / bộ phận: dài 201 ký tự, tối đa 200",
    }


def test_input_from_mapping_parses_typed_text_and_reports_every_field() -> None:
    parsed = PersonInput.from_mapping(
        {"full_name": "Lê Văn Tám", "birth_date": "31/12/1979", "sex": "nam", "worker_kind": "QUAN_LY"}
    )
    assert parsed == PersonInput("Lê Văn Tám", date(1979, 12, 31), Sex.NAM, worker_kind=WorkerKind.QUAN_LY)
    with pytest.raises(ValidationError) as caught:
        PersonInput.from_mapping({"full_name": "Lê Văn Tám", "birth_date": "31/02/1979", "sex": "X"})
    assert [p.field for p in caught.value.problems] == ["birth_date", "sex"]
    with pytest.raises(ValidationError) as both:  # unreadable and invalid values, reported together
        PersonInput.from_mapping({"full_name": "  ", "birth_date": "1/13/1990", "email": "lan@"})
    assert [p.field for p in both.value.problems] == ["full_name", "birth_date", "email"]


def test_update_keeps_name_parts_key_and_initiative_search_in_step(
    services: Services, make_initiative: MakeInitiative
) -> None:
    made = make_initiative(title="Cải tiến khuôn ép", authors=["Nguyễn Văn Hùng"])
    person_id = made.authors[0].person_id
    before = services.people.get(person_id)

    after = services.people.update(
        person_id, PersonInput("Trương Thị Ngọc Ánh", department="Phân xưởng Dệt"), before.version
    )

    assert after.full_name == "Trương Thị Ngọc Ánh" and after.version == before.version + 1
    row = _person_row(services, person_id)
    assert (row.family_name, row.middle_name, row.given_name) == ("Trương", "Thị Ngọc", "Ánh")
    assert row.name_sort_key == full_name_sort_key("Trương Thị Ngọc Ánh")
    assert [v.id for v in services.initiatives.search("truong thi ngoc anh").items] == [made.id]
    assert services.initiatives.search("nguyen van hung").total == 0
    assert services.initiatives.get(made.id).lead_author == "Trương Thị Ngọc Ánh"
    assert [v.id for v in services.people.search("anh det").items] == [person_id]
    assert services.people.search("hung").total == 0
    with services.uow.read() as session:
        ops = session.scalars(sa.select(OutboxOp).where(OutboxOp.entity_id == person_id)).all()
    assert [op.version for op in ops] == [1, 2]


def test_update_with_a_stale_version_is_refused_unchanged(services: Services) -> None:
    person = _add(services, "Vũ Văn Long")
    services.people.update(person.id, PersonInput("Vũ Văn Long", department="Kho"), person.version)
    with pytest.raises(ConflictError) as caught:
        services.people.update(person.id, PersonInput("Vũ Long"), person.version)
    assert "vừa được sửa ở nơi khác" in caught.value.message
    assert services.people.get(person.id).full_name == "Vũ Văn Long"


# -- merge ------------------------------------------------------------------------------------------


def test_merge_moves_every_authorship_and_reference_then_tombstones(
    services: Services, make_initiative: MakeInitiative
) -> None:
    keep = _add(services, "Nguyễn Văn Hùng", birth_date=date(1980, 5, 1))
    duplicate = _add(services, "Nguyễn Văn Hùng", birth_date=date(1992, 8, 9))
    only_dup = make_initiative(title="Máy cắt chỉ", authors=[{"person_id": duplicate.id, "name": "x"}])
    both = make_initiative(
        title="Giá đỡ cuộn vải",
        authors=[
            {"name": "Trần Văn Nam", "share": 50},
            {"person_id": duplicate.id, "name": "x", "share": 30},
            {"person_id": keep.id, "name": "x", "share": 20},
        ],
    )
    with services.uow() as uow:
        unit = uow.session.scalars(sa.select(UnionUnit)).one()
        unit.chair_id = duplicate.id
        decision = RewardDecision(subject="Khen thưởng quý 1")
        uow.session.add(decision)
        uow.session.flush()
        uow.session.add(
            Reward(decision_id=decision.id, form=RewardForm.GIAY_KHEN_CDCS, level=RewardLevel.CDCS,
                   recipient_kind=RecipientKind.CA_NHAN, person_id=duplicate.id)
        )
        uow.commit()

    merged = services.people.merge(keep.id, duplicate.id)

    assert merged.id == keep.id and merged.initiative_count == 2
    assert _authorships(services, only_dup.id) == [(keep.id, 1, "TAC_GIA", Decimal("100.00"), True)]
    nam = both.authors[0].person_id
    assert _authorships(services, both.id) == [
        (nam, 1, "TAC_GIA", Decimal("50.00"), True),
        (duplicate.id, 2, "DONG_TAC_GIA", Decimal("30.00"), False),  # tombstoned, absorbed by keep's row
        (keep.id, 2, "DONG_TAC_GIA", Decimal("50.00"), True),  # shares added, position closed up
    ]
    with services.uow.read() as session:
        assert session.scalars(sa.select(UnionUnit.chair_id)).one() == keep.id
        assert session.scalars(sa.select(Reward.person_id)).one() == keep.id
        live_dup = session.scalar(
            sa.select(sa.func.count())
            .where(Authorship.person_id == duplicate.id)
            .where(Authorship.deleted_at.is_(None))
        )
    assert live_dup == 0
    assert _person_row(services, duplicate.id).deleted_at is not None
    assert [v.id for v in services.people.search("nguyen van hung").items] == [keep.id]
    with pytest.raises(NotFoundError):
        services.people.get(duplicate.id)
    assert [a.person_id for a in services.initiatives.get(only_dup.id).authors] == [keep.id]


def test_merge_revives_keeps_tombstoned_row_and_makes_the_lead_the_author(
    services: Services, make_initiative: MakeInitiative
) -> None:
    keep = _add(services, "Phan Thị Mai")
    duplicate = _add(services, "Phan Thi Mai")
    made = make_initiative(
        authors=[{"person_id": duplicate.id, "name": "x", "share": 70}, {"name": "Hồ Văn Sơn", "share": 30}]
    )
    with services.uow() as uow:
        # keep was once an author of this initiative and was taken off it
        uow.session.add(
            Authorship(initiative_id=made.id, person_id=keep.id, position=3, role=AuthorRole.DONG_TAC_GIA,
                       share_pct=Decimal("10"), deleted_at=uow.now())
        )
        uow.commit()

    services.people.merge(keep.id, duplicate.id)

    rows = {(p, alive): (pos, role, share) for p, pos, role, share, alive in _authorships(services, made.id)}
    assert rows[(keep.id, True)] == (1, "TAC_GIA", Decimal("70.00"))
    assert rows[(duplicate.id, False)] == (1, "TAC_GIA", Decimal("70.00"))
    assert [a.full_name for a in services.initiatives.get(made.id).authors] == ["Phan Thị Mai", "Hồ Văn Sơn"]


def test_merge_refuses_self_and_tombstoned_persons(services: Services) -> None:
    a = _add(services, "Lý Văn Bình")
    b = _add(services, "Lý Văn Bình")
    c = _add(services, "Lý Văn Bình")
    with pytest.raises(ValidationError) as caught:
        services.people.merge(a.id, a.id)
    assert caught.value.message == "Gộp người: không thể gộp một người với chính họ"
    services.people.merge(a.id, b.id)
    with pytest.raises(NotFoundError) as gone:
        services.people.merge(a.id, b.id)
    assert gone.value.message == "“Lý Văn Bình” đã bị xoá hoặc đã được gộp vào người khác."
    with pytest.raises(NotFoundError):
        services.people.merge(b.id, c.id)
    assert {v.id for v in services.people.search("binh").items} == {a.id, c.id}


# -- the index ---------------------------------------------------------------------------------------


def _index_pks(services: Services) -> set[int]:
    with services.engine.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(f"SELECT rowid FROM {person_search.FTS_TABLE}")}


def _live_pks(services: Services) -> set[int]:
    with services.uow.read() as session:
        return set(session.scalars(sa.select(Person.pk).where(Person.deleted_at.is_(None))))


def test_demo_persons_are_indexed_in_every_chunk(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    _add(services, "Người Có Trước")
    monkeypatch.setattr(demo, "CHUNK", 7)  # several person chunks: their pks must follow on
    demo.generate_demo(services, 60, seed=5)

    live = _live_pks(services)
    assert len(live) == 21 and _index_pks(services) == live
    with services.uow.read() as session:
        people = session.execute(
            sa.select(Person.id, Person.full_name, Person.department).order_by(Person.pk)
        ).all()
    assert services.people.search("").total == 21
    for person_id, name, department in people[1:]:
        found = services.people.search(f"{name} {department}", limit=100)
        assert person_id in {v.id for v in found.items}, name
    authors = [v for v in services.people.search("", limit=100).items if v.initiative_count]
    assert sum(v.initiative_count for v in authors) >= 60
