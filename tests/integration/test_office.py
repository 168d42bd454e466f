"""The office's details on a real store: first set-up, later edits, audit rows, the per-field rules."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from sangkien_desktop import cli
from sangkien_desktop.config import demo_data_dir
from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.errors import NotInitialisedError, ValidationError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.models import AuditEntry, Officer, OutboxOp, Person, UnionUnit
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.services.office import (
    DEMO_OFFICE,
    FIELDS,
    OfficeInput,
    OfficerInput,
    field_problem,
    normalise_unit_code,
)
from tests.conftest import OFFICE

FULL = OfficeInput(
    unit_code="cdcs-ck01",
    unit_name="Công đoàn cơ sở Công ty Cổ phần Cơ khí Hải Phòng",
    employer_name="Công ty Cổ phần Cơ khí Hải Phòng",
    short_name="CĐCS Cơ khí HP",
    parent_union_name="Công đoàn Khu kinh tế Hải Phòng",
    place_name="Hải Phòng",
    employer_head_name="Đỗ Văn Hải",
    employer_head_title="Tổng Giám đốc",
    chair_name="Nguyễn Thị Thu Hằng",
    vice_chair_name="Vũ Đức Thắng",
    officer=OfficerInput("Lê Thị Ngọc Ánh", OfficerRole.CHU_TICH),
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def audit_rows(services: Services, entity: str) -> list[tuple[str | None, ...]]:
    with services.uow.read() as session:
        rows = session.execute(
            sa.select(AuditEntry.action, AuditEntry.field, AuditEntry.new_value, AuditEntry.officer_id)
            .where(AuditEntry.entity == entity).order_by(AuditEntry.pk)
        )
        return [tuple(r) for r in rows]


def count(services: Services, model: type[object]) -> int:
    with services.uow.read() as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(model)) or 0)


# -- first set-up -----------------------------------------------------------------------------------


def test_minimal_init_stays_as_before(empty_services: Services) -> None:
    view = empty_services.office.init_office(OFFICE)
    assert (view.unit_code, view.full_name) == ("ABC", OFFICE.unit_name)
    assert view.employer_name == "Công ty TNHH ABC"
    assert view.short_name == OFFICE.unit_name  # no short name typed: the full name, at most 60 characters
    assert view.place_name == "Hải Phòng"
    assert (view.chair_name, view.vice_chair_name, view.officer_id, view.employer_head_name) == (None,) * 4
    assert empty_services.office.get_office() == view


def test_full_init_keeps_every_detail_in_nfc(empty_services: Services) -> None:
    typed = replace(FULL, unit_name=nfd(FULL.unit_name), chair_name=nfd("  Nguyễn Thị   Thu Hằng "),
                    officer=OfficerInput(nfd("Lê Thị Ngọc Ánh"), OfficerRole.CHU_TICH))
    view = empty_services.office.init_office(typed)
    assert view.unit_code == "CDCS-CK01"
    assert view.full_name == FULL.unit_name
    assert unicodedata.is_normalized("NFC", view.full_name)
    assert (view.employer_head_name, view.employer_head_title) == ("Đỗ Văn Hải", "Tổng Giám đốc")
    assert (view.chair_name, view.vice_chair_name) == ("Nguyễn Thị Thu Hằng", "Vũ Đức Thắng")
    assert (view.officer_name, view.officer_role) == ("Lê Thị Ngọc Ánh", OfficerRole.CHU_TICH)
    assert view.officer_id is not None
    assert empty_services.office.get_office() == view
    with empty_services.uow.read() as session:
        names = set(session.scalars(sa.select(Person.full_name)))
        chair_id = session.scalar(sa.select(UnionUnit.chair_id))
        chair = session.scalar(sa.select(Person).where(Person.id == chair_id))
    assert names == {"Nguyễn Thị Thu Hằng", "Vũ Đức Thắng"}
    assert chair is not None and (chair.family_name, chair.given_name) == ("Nguyễn", "Hằng")


def test_init_again_with_fewer_details_keeps_the_others(empty_services: Services) -> None:
    empty_services.office.init_office(FULL)
    view = empty_services.office.init_office(OfficeInput("CDCS-CK01", FULL.unit_name, FULL.employer_name))
    assert (view.chair_name, view.vice_chair_name, view.officer_name) == (
        "Nguyễn Thị Thu Hằng", "Vũ Đức Thắng", "Lê Thị Ngọc Ánh")
    assert (view.short_name, view.employer_head_title) == ("CĐCS Cơ khí HP", "Tổng Giám đốc")
    assert count(empty_services, Person) == 2
    assert count(empty_services, Officer) == 1


def test_every_problem_is_listed_with_its_vietnamese_label(empty_services: Services) -> None:
    bad = OfficeInput("đ", " ", "", chair_name="x" * 121, officer=OfficerInput("", OfficerRole.XEM))
    with pytest.raises(ValidationError) as info:
        empty_services.office.init_office(bad)
    assert [p.message() for p in info.value.problems] == [
        "Mã đơn vị: 2–20 ký tự gồm chữ cái không dấu, chữ số, '-' hoặc '_'",
        "Tên công đoàn cơ sở: bắt buộc phải có",
        "Tên đơn vị sử dụng lao động: bắt buộc phải có",
        "Chủ tịch công đoàn: dài 121 ký tự, tối đa 120",
        "Họ và tên cán bộ: bắt buộc phải có",
        "Vai trò: chọn Chủ tịch hoặc Cán bộ",
    ]
    with pytest.raises(NotInitialisedError):
        empty_services.office.get_office()


def test_a_long_name_is_refused_not_cut(empty_services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        empty_services.office.init_office(replace(OFFICE, unit_name="Công đoàn " * 30))
    assert [p.field for p in info.value.problems] == ["unit_name"]
    assert "tối đa 200" in info.value.message


# -- later edits ------------------------------------------------------------------------------------


def test_update_replaces_clears_and_audits(empty_services: Services) -> None:
    office = empty_services.office
    officer_id = office.init_office(FULL).officer_id
    changed = replace(FULL, unit_name="Công đoàn cơ sở Tổng công ty Cơ khí Hải Phòng", parent_union_name=None,
                      employer_head_title="Giám đốc", vice_chair_name="",
                      officer=OfficerInput("Lê Thị Ngọc Anh", OfficerRole.CHU_TICH))
    view = office.update_office(changed, officer_id=officer_id)
    assert view.full_name == "Công đoàn cơ sở Tổng công ty Cơ khí Hải Phòng"
    assert (view.parent_union_name, view.vice_chair_name) == (None, None)
    assert (view.employer_head_title, view.officer_name) == ("Giám đốc", "Lê Thị Ngọc Anh")
    assert view.officer_id == officer_id
    assert office.get_office() == view
    unit_updates = [r for r in audit_rows(empty_services, "union_unit") if r[0] == "update"]
    assert {(r[1], r[2]) for r in unit_updates} == {
        ("full_name", '"Công đoàn cơ sở Tổng công ty Cơ khí Hải Phòng"'), ("parent_union_name", None)}
    assert all(r[3] == officer_id for r in unit_updates)
    assert ("update", "head_title", '"Giám đốc"', officer_id) in audit_rows(empty_services, "employer")
    assert ("update", "full_name", '"Lê Thị Ngọc Anh"', officer_id) in audit_rows(empty_services, "officer")


def test_saving_unchanged_details_writes_nothing(empty_services: Services) -> None:
    office = empty_services.office
    office.init_office(FULL)
    before = (count(empty_services, AuditEntry), count(empty_services, OutboxOp))
    office.update_office(FULL)
    assert (count(empty_services, AuditEntry), count(empty_services, OutboxOp)) == before


def test_a_new_chair_links_the_person_of_that_name_and_keeps_the_old_one(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    make_initiative(authors=["Trần Văn Nam"])  # already in the people list as an author
    office = services.office
    first = office.update_office(replace(OFFICE, chair_name="Nguyễn Văn Hùng"))
    second = office.update_office(replace(OFFICE, chair_name="Trần Văn Nam"))
    assert (first.chair_name, second.chair_name) == ("Nguyễn Văn Hùng", "Trần Văn Nam")
    with services.uow.read() as session:
        names = sorted(session.scalars(sa.select(Person.full_name)))
        chair_id = session.scalar(sa.select(UnionUnit.chair_id))
        author_id = session.scalar(sa.select(Person.id).where(Person.full_name == "Trần Văn Nam"))
    assert names == ["Nguyễn Văn Hùng", "Trần Văn Nam"]
    assert chair_id == author_id


def test_update_before_set_up_says_so(empty_services: Services) -> None:
    with pytest.raises(NotInitialisedError):
        empty_services.office.update_office(FULL)


def test_demo_office_is_valid(empty_services: Services) -> None:
    view = empty_services.office.init_office(DEMO_OFFICE)
    assert view.officer_name == "Phạm Thị Hoa"


# -- per-field rules the forms reuse ----------------------------------------------------------------


@pytest.mark.parametrize(("name", "value", "reason"), [
    ("unit_code", "cdcs-01", None),
    ("unit_code", " abc ", None),
    ("unit_code", "A", "2–20 ký tự gồm chữ cái không dấu, chữ số, '-' hoặc '_'"),
    ("unit_code", "CĐCS", "2–20 ký tự gồm chữ cái không dấu, chữ số, '-' hoặc '_'"),
    ("unit_code", "", "bắt buộc phải có"),
    ("unit_name", "   ", "bắt buộc phải có"),
    ("short_name", "", None),
    ("place_name", "Thành phố " * 7, "dài 69 ký tự, tối đa 60"),
    ("officer_name", None, "bắt buộc phải có"),
])
def test_field_problem(name: str, value: str | None, reason: str | None) -> None:
    problem = field_problem(name, value)
    assert (problem.reason if problem else None) == reason
    if problem:
        assert (problem.field, problem.label) == (name, FIELDS[name].label)


def test_unit_code_is_normalised_to_capitals() -> None:
    assert normalise_unit_code(" cdcs-ck01 ") == "CDCS-CK01"
    assert normalise_unit_code(None) == ""


def test_demo_folder_is_a_sibling(tmp_path: Path) -> None:
    assert demo_data_dir(tmp_path / "SangKienDesktop") == tmp_path / "SangKienDesktop-demo"


def test_cli_init_takes_the_leaders_and_the_employer_head(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = tmp_path / "data"
    code = cli.main(["--data-dir", str(data_dir), "init", "--unit-code", "abc", "--unit-name", FULL.unit_name,
                     "--employer", FULL.employer_name, "--employer-head", "Đỗ Văn Hải",
                     "--employer-head-title", "Tổng Giám đốc", "--chair", "Nguyễn Thị Thu Hằng",
                     "--vice-chair", "Vũ Đức Thắng", "--short-name", "CĐCS Cơ khí HP"])
    assert code == 0, capsys.readouterr().err
    services = build_services(data_dir)
    try:
        view = services.office.get_office()
    finally:
        services.close()
    assert (view.unit_code, view.short_name) == ("ABC", "CĐCS Cơ khí HP")
    assert (view.employer_head_name, view.employer_head_title) == ("Đỗ Văn Hải", "Tổng Giám đốc")
    assert (view.chair_name, view.vice_chair_name) == ("Nguyễn Thị Thu Hằng", "Vũ Đức Thắng")
    assert view.officer_id is None
