"""Committing an import: one transaction, records as any save leaves them (ops, audit, search, sort
keys), duplicates, accepted rows, cancel, a changed file, remembered mappings."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.columns import ListColumn
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.importing import FileProblem, ProblemKind, SpreadsheetError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.models import Authorship, Initiative, Person, RecognitionDecision
from sangkien_desktop.persistence.outbox import audit_snapshot, record_values, sync_payload
from sangkien_desktop.persistence.sort_keys import title_key
from sangkien_desktop.protocol import canonical_json
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.health import check_store

DATA = Path(__file__).resolve().parents[1] / "data"
MakeInitiative = Callable[..., InitiativeView]


def counts(services: Services) -> dict[str, int]:
    with services.engine.connect() as conn:
        return {
            table: int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())
            for table in (
                "initiative",
                "person",
                "authorship",
                "recognition_decision",
                "outbox",
                "audit_entry",
            )
        }


class Stop(Exception):
    pass


class StopAfter:
    """A progress control that asks the work to stop after a number of reports."""

    def __init__(self, reports: int) -> None:
        self.left = reports

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        self.left -= 1

    def check(self) -> None:
        if self.left <= 0:
            raise Stop()


def test_analysis_writes_nothing(services: Services) -> None:
    before = counts(services)
    services.importing.analyse(DATA / "import_normal.xlsx")
    assert counts(services) == before


def test_commit_writes_records_as_any_save_does(services: Services) -> None:
    before = counts(services)
    plan = services.importing.analyse(DATA / "import_normal.xlsx")
    result = services.importing.commit(plan)
    assert result.imported == 5 and result.people_created == 8
    after = counts(services)
    added = {table: after[table] - before[table] for table in after}
    assert added == {
        "initiative": 5,
        "person": 8,
        "authorship": 8,
        "recognition_decision": 2,
        "outbox": 23,
        "audit_entry": 23,
    }
    assert check_store(services.uow).ok  # outbox gapless, counters and live count right
    with services.uow.read() as session:
        for model in (Initiative, Person, Authorship, RecognitionDecision):
            for record in session.scalars(sa.select(model)):
                _same_op_and_audit_as_a_save(session, model, record)
        for initiative in session.scalars(sa.select(Initiative)):
            assert initiative.title_sort_key == title_key(initiative.title)
            assert initiative.version == 1
    found = services.initiatives.search("bang tai phan xuong")
    assert [v.code for v in found.items] == ["2023-ABC-0001"]
    assert [a.full_name for a in found.items[0].authors] == ["Nguyễn Thị Hoa", "Trần Văn Nam"]
    assert services.initiatives.search("15/QĐ-ABC").total == 1  # decision numbers are searchable too
    assert services.people.search("hoang van duc").total == 1


def _same_op_and_audit_as_a_save(session: Any, model: type, record: Any) -> None:
    values = record_values(record)
    op = session.execute(
        sa.text("SELECT payload, version FROM outbox WHERE entity_id = :id"), {"id": record.id}
    ).one()
    assert op.payload == canonical_json(sync_payload(model, values, send_personal=False)) and op.version == 1
    audit = session.execute(
        sa.text("SELECT action, new_value FROM audit_entry WHERE entity_id = :id"), {"id": record.id}
    ).one()
    assert audit.action == "create" and audit.new_value == canonical_json(audit_snapshot(model, values))


def test_a_long_list_goes_in_by_groups_of_rows_as_any_save_leaves_them(
    services: Services, tmp_path: Path
) -> None:
    """130 rows: initiatives go in by groups of 50 rows per statement, and the last 30 one by one
    (persistence.bulk.insert_rows); every record still has its op and audit entry, in list order."""
    from tests.data.make_import_files import write_big_xlsx

    path = write_big_xlsx(tmp_path / "dai.xlsx", rows=130)
    before = counts(services)
    result = services.importing.commit(services.importing.analyse(path))
    assert result.imported == 130
    assert counts(services)["initiative"] - before["initiative"] == 130
    assert check_store(services.uow).ok  # outbox gapless, counters and live count right
    with services.uow.read() as session:
        for model in (Initiative, Person, Authorship, RecognitionDecision):
            for record in session.scalars(sa.select(model)):
                _same_op_and_audit_as_a_save(session, model, record)
        titles = session.scalars(sa.select(Initiative.title).order_by(Initiative.pk)).all()
    assert [t.rsplit(" ", 1)[1] for t in titles] == [str(n) for n in range(1, 131)]
    assert services.initiatives.search("so 130").total == 1


def test_people_already_stored_are_reused(services: Services, make_initiative: MakeInitiative) -> None:
    make_initiative(title="Một sáng kiến khác", authors=[{"name": "Nguyễn Thị Hoa"}])
    people = counts(services)["person"]
    plan = services.importing.analyse(DATA / "import_normal.xlsx")
    services.importing.commit(plan)
    assert counts(services)["person"] == people + 7
    hoa = services.people.search("nguyen thi hoa")
    assert hoa.total == 1 and hoa.items[0].initiative_count == 2


def test_duplicates_are_flagged_and_left_out_unless_chosen(
    services: Services, make_initiative: MakeInitiative
) -> None:
    # Typed without accents: still the same title and lead author.
    existing = make_initiative(
        title="Cai tien bang tai phan xuong 1", authors=[{"name": "Nguyen Thi Hoa"}], status="Y_TUONG"
    )
    plan = services.importing.analyse(DATA / "import_normal.xlsx")
    duplicate = [p for p in plan.problems if p.kind is ProblemKind.DUPLICATE]
    assert [(p.row, p.column) for p in duplicate] == [(2, "Tên sáng kiến")]
    assert existing.code in duplicate[0].message
    assert plan.duplicate_rows == {2} and plan.valid == 4
    assert services.importing.commit(plan).imported == 4
    assert services.initiatives.search("bang tai").total == 1
    again = services.importing.analyse(DATA / "import_normal.xlsx")
    assert again.valid == 0  # every row is now in the store (codes taken as well)


def test_a_chosen_duplicate_is_imported(services: Services, make_initiative: MakeInitiative) -> None:
    make_initiative(
        title="Cải tiến băng tải phân xưởng 1", authors=[{"name": "Nguyễn Thị Hoa"}], status="Y_TUONG"
    )
    plan = services.importing.analyse(DATA / "import_normal.xlsx")
    result = services.importing.commit(plan, accepted={2, 3})
    assert result.imported == 2
    assert services.initiatives.search("bang tai").total == 2


def test_rows_with_errors_cannot_be_accepted(services: Services) -> None:
    plan = services.importing.analyse(DATA / "import_renamed.xlsx")
    before = counts(services)
    with pytest.raises(KnownError, match="dòng có lỗi: 8"):
        services.importing.commit(plan, accepted={5, 8})
    assert counts(services) == before


def test_duplicates_within_the_file(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "trung.csv"
    path.write_text(
        "Tên sáng kiến;Tác giả;Mã\nMáy dệt;Lê An;X-1\nMÁY DỆT;le an;X-2\nMáy dệt;Lê Bình;X-1\n",
        encoding="utf-8",
    )
    plan = services.importing.analyse(path)
    assert [(p.row, p.kind) for p in plan.problems] == [(3, ProblemKind.DUPLICATE), (4, ProblemKind.ERROR)]
    assert "dòng 2" in plan.problems[0].message and "trùng với mã ở dòng 2" in plan.problems[1].message


def test_cancel_leaves_nothing(services: Services, tmp_path: Path) -> None:
    from tests.data.make_import_files import write_big_xlsx

    path = write_big_xlsx(tmp_path / "lon.xlsx", rows=2500)
    plan = services.importing.analyse(path)
    before = counts(services)
    with pytest.raises(Stop):
        services.importing.commit(plan, control=StopAfter(2))  # after two of three batches
    assert counts(services) == before
    assert check_store(services.uow).ok


def test_a_file_changed_since_the_analysis_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "ds.xlsx"
    shutil.copy(DATA / "import_normal.xlsx", path)
    plan = services.importing.analyse(path)
    shutil.copy(DATA / "import_renamed.xlsx", path)
    with pytest.raises(SpreadsheetError) as caught:
        services.importing.commit(plan)
    assert caught.value.problem is FileProblem.CHANGED


def test_a_long_file_is_read_again_for_the_commit(services: Services) -> None:
    plan = services.importing.analyse(DATA / "import_renamed.xlsx")
    result = services.importing.commit(replace(plan, ready=None))  # as for a list too long to keep
    assert result.imported == 3
    assert {v.title for v in result.initiatives} == {
        "Lắp cảm biến dừng máy khi đứt sợi",
        "Mẫu bảng kê thanh toán một cửa",
        "Đổi chiều gió quạt thông gió",
    }


def test_generated_codes_follow_the_store_and_the_file(
    services: Services, make_initiative: MakeInitiative, tmp_path: Path
) -> None:
    year = make_initiative().code.split("-")[0]
    path = tmp_path / "ma.csv"
    path.write_text(
        f"Tên sáng kiến,Tác giả,Mã\nA một,Lê An,\nB hai,Lê Bình,{year}-ABC-0007\nC ba,Lê Cúc,\n",
        encoding="utf-8",
    )
    result = services.importing.commit(services.importing.analyse(path))
    assert sorted(v.code for v in result.initiatives) == [
        f"{year}-ABC-0007",
        f"{year}-ABC-0008",
        f"{year}-ABC-0009",
    ]


def test_a_confirmed_mapping_is_remembered(services: Services) -> None:
    plan = services.importing.analyse(DATA / "import_renamed.xlsx")
    assert not plan.remembered
    phone = next(c.index for c in plan.mapping.columns if c.header == "Số điện thoại")
    corrected = plan.mapping.with_target(phone, ListColumn.NOTES)
    plan = services.importing.analyse(DATA / "import_renamed.xlsx", corrected)
    assert plan.mapping.columns[phone].target is ListColumn.NOTES
    services.importing.commit(plan)
    again = services.importing.analyse(DATA / "import_renamed.xlsx")
    assert again.remembered and again.mapping.columns[phone].target is ListColumn.NOTES
    other = services.importing.analyse(DATA / "import_normal.xlsx")
    assert not other.remembered


def test_mapping_without_title_cannot_be_committed(services: Services) -> None:
    plan = services.importing.analyse(DATA / "import_normal.xlsx")
    title = plan.mapping.index_of(ListColumn.TITLE)
    assert title is not None
    plan = services.importing.analyse(DATA / "import_normal.xlsx", plan.mapping.with_target(title, None))
    assert not plan.can_commit
    with pytest.raises(KnownError, match="Tên sáng kiến"):
        services.importing.commit(plan)
