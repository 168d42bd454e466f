"""Editing an initiative on a real store: detail, update, authors, status moves, history, bad input."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.detail import InitiativeDetail
from sangkien_desktop.domain.enums import AuthorRole, FieldCode, InitiativeStatus, SolutionKind
from sangkien_desktop.domain.errors import ConflictError, NotFoundError, ValidationError, WorkflowError
from sangkien_desktop.domain.model import AuthorInput, InitiativeDraft, InitiativeView
from sangkien_desktop.persistence.models import (
    AuditEntry,
    Authorship,
    Officer,
    OutboxOp,
    Person,
    RecognitionDecision,
)
from sangkien_desktop.services import initiative_writes
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.initiatives import SaveResult

S = InitiativeStatus
MakeInitiative = Callable[..., InitiativeView]


# -- helpers -----------------------------------------------------------------------------------------


def _ops(services: Services) -> list[tuple[str, str]]:
    """(entity_type, entity_id) of every outbox op, in order."""
    with services.uow.read() as session:
        rows = session.execute(sa.select(OutboxOp.entity_type, OutboxOp.entity_id).order_by(OutboxOp.seq))
        return [(kind, entity_id) for kind, entity_id in rows]


def _audit_count(services: Services) -> int:
    with services.uow.read() as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(AuditEntry)) or 0)


def _author_rows(services: Services, initiative_id: str) -> list[Authorship]:
    """Every author row, tombstoned ones too, in insertion order."""
    with services.uow.read() as session:
        query = sa.select(Authorship).where(Authorship.initiative_id == initiative_id).order_by(Authorship.pk)
        return list(session.scalars(query))


def _save(
    services: Services, detail: InitiativeDetail, reason: str | None = None, **changes: Any
) -> SaveResult:
    return services.initiatives.update(
        detail.id, replace(detail.draft, **changes), detail.version, status_reason=reason
    )


def _parsed(detail: InitiativeDetail, **changes: Any) -> InitiativeDraft:
    """The draft as the editor builds it from typed text: every value through ``from_mapping``."""
    data = {f.name: getattr(detail.draft, f.name) for f in fields(InitiativeDraft)}
    data["kind"], data["field_code"], data["status"] = (
        e.value for e in (detail.draft.kind, detail.draft.field_code, detail.draft.status)
    )
    data["authors"] = [
        {"full_name": a.full_name, "share_pct": a.share_pct, "person_id": a.person_id}
        for a in detail.draft.authors
    ]
    return InitiativeDraft.from_mapping({**data, **changes})


def _state(services: Services, initiative_id: str) -> tuple[Any, ...]:
    """Everything a failed save must leave as it was."""
    detail = services.initiatives.detail(initiative_id)
    rows = [
        (r.person_id, r.position, r.share_pct, r.deleted_at) for r in _author_rows(services, initiative_id)
    ]
    return detail.version, detail.draft, rows, len(_ops(services)), _audit_count(services)


# -- detail -------------------------------------------------------------------------------------------


def test_detail_gives_every_editable_value_as_a_draft(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative(
        summary="Giảm thời gian dừng máy",
        department="Phân xưởng Dệt",
        content="Lắp cảm biến\nvà bộ đếm",
        benefit_is_estimate=True,
        is_confidential=True,
        notes="Ghi chú nội bộ",
        authors=[
            {"name": "Nguyễn Thị Hoa", "share": 60, "birth_date": "02/09/1985", "department": "Dệt"},
            {"name": "Trần Văn Nam", "share": 40},
        ],
    )
    detail = services.initiatives.detail(created.code)
    draft = detail.draft
    assert (detail.id, detail.code, detail.version, detail.status) == (
        created.id,
        created.code,
        1,
        S.AP_DUNG_THU,
    )
    assert (draft.title, draft.kind, draft.field_code, draft.code) == (
        "Cải tiến băng tải phân xưởng 1",
        SolutionKind.KY_THUAT,
        FieldCode.SX_KD,
        created.code,
    )
    assert (draft.summary, draft.department, draft.content, draft.notes) == (
        "Giảm thời gian dừng máy",
        "Phân xưởng Dệt",
        "Lắp cảm biến\nvà bộ đếm",
        "Ghi chú nội bộ",
    )
    assert (draft.first_applied_on, draft.benefit_value, draft.benefit_is_estimate) == (
        date(2024, 3, 5),
        12_500_000,
        True,
    )
    assert draft.is_confidential and not draft.ip_protected and draft.decision_number is None
    hoa, nam = detail.authors
    assert (hoa.full_name, hoa.share_pct, hoa.birth_date, hoa.department, hoa.position) == (
        "Nguyễn Thị Hoa",
        Decimal("60.00"),
        date(1985, 9, 2),
        "Dệt",
        1,
    )
    assert (nam.full_name, nam.position) == ("Trần Văn Nam", 2)
    assert [a.person_id for a in draft.authors] == [hoa.person_id, nam.person_id]
    assert detail.allowed_statuses == (S.Y_TUONG, S.DA_NOP_DON)
    assert detail.attachments == ()


def test_detail_of_an_unknown_record(services: Services) -> None:
    with pytest.raises(NotFoundError, match="Không tìm thấy"):
        services.initiatives.detail("2024-ABC-9999")


# -- saving --------------------------------------------------------------------------------------------


def test_saving_unchanged_values_changes_nothing(services: Services, make_initiative: MakeInitiative) -> None:
    created = make_initiative(status="DA_CONG_NHAN", decision_number="15/QĐ-ABC", decided_on="10/05/2024")
    detail = services.initiatives.detail(created.id)
    before = _state(services, created.id)
    result = services.initiatives.update(created.id, _parsed(detail), detail.version)
    assert result.initiative.version == detail.version and result.warnings == ()
    assert _state(services, created.id) == before


FIELD_GROUPS: dict[str, dict[str, Any]] = {
    "general": {
        "title": "Cải tiến băng tải phân xưởng 2",
        "kind": SolutionKind.QUAN_LY,
        "field_code": FieldCode.ATVSLD,
        "department": "Phân xưởng Sợi",
        "summary": "Tóm tắt mới",
    },
    "content": {"content": "Nội dung giải pháp:\n– bước 1\n– bước 2", "notes": "Đã họp tổ"},
    "application and benefit": {
        "first_applied_on": date(2024, 1, 15),
        "first_application_is_trial": True,
        "benefit_value": 30_000_000,
        "benefit_is_estimate": True,
    },
    "benefit not quantifiable": {"benefit_value": None, "benefit_not_quantifiable": True},
    "flags": {"is_confidential": True, "ip_protected": True},
    "code": {"code": "2024-ABC-0100"},
}


@pytest.mark.parametrize("group", list(FIELD_GROUPS))
def test_each_field_group_is_saved_in_one_versioned_change(
    services: Services, make_initiative: MakeInitiative, group: str
) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    ops_before, audit_before = _ops(services), _audit_count(services)
    changes = FIELD_GROUPS[group]

    result = _save(services, detail, **changes)

    after = services.initiatives.detail(created.id)
    assert result.initiative.version == after.version == detail.version + 1
    assert {k: getattr(after.draft, k) for k in changes} == changes
    assert after.authors == detail.authors
    # One op, for the initiative only; one audit row per changed field.
    assert _ops(services)[len(ops_before) :] == [("initiative", created.id)]
    assert _audit_count(services) - audit_before == sum(
        1 for k, v in changes.items() if getattr(detail.draft, k) != v
    )


def test_the_code_must_stay_unique(services: Services, make_initiative: MakeInitiative) -> None:
    first, second = make_initiative(), make_initiative(title="Sáng kiến thứ hai")
    detail = services.initiatives.detail(second.id)
    with pytest.raises(ValidationError, match="Mã sáng kiến") as raised:
        _save(services, detail, code=first.code)
    assert "đã được dùng" in str(raised.value)


# -- authors -------------------------------------------------------------------------------------------


def test_adding_an_author_finds_or_creates_the_person(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    ops_before = len(_ops(services))
    authors = (
        replace(detail.draft.authors[0], share_pct=Decimal(50)),
        replace(detail.draft.authors[1], share_pct=Decimal(30)),
        AuthorInput("Lê Văn Cường", Decimal("20"), birth_date=date(1990, 1, 2), department="Cơ điện"),
    )
    result = _save(services, detail, authors=authors)

    after = services.initiatives.detail(created.id)
    assert [(a.full_name, a.share_pct, a.position) for a in after.authors] == [
        ("Nguyễn Thị Hoa", Decimal("50.00"), 1),
        ("Trần Văn Nam", Decimal("30.00"), 2),
        ("Lê Văn Cường", Decimal("20.00"), 3),
    ]
    assert (after.authors[2].birth_date, after.authors[2].department) == (date(1990, 1, 2), "Cơ điện")
    assert [a.full_name for a in result.initiative.authors] == [
        "Nguyễn Thị Hoa",
        "Trần Văn Nam",
        "Lê Văn Cường",
    ]
    new_ops = [kind for kind, _ in _ops(services)[ops_before:]]
    assert sorted(new_ops) == ["authorship", "authorship", "authorship", "initiative", "person"]
    # The same name again (with its birth date) is the same person, not a duplicate.
    other = make_initiative(
        title="Sáng kiến khác", authors=[{"name": "Lê Văn Cường", "birth_date": "02/01/1990"}]
    )
    assert other.authors[0].person_id == after.authors[2].person_id


def test_removing_then_adding_back_revives_the_same_row(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    hoa, nam = detail.draft.authors
    _save(services, detail, authors=(replace(hoa, share_pct=None),))

    removed = services.initiatives.detail(created.id)
    assert [(a.full_name, a.share_pct, a.position) for a in removed.authors] == [
        ("Nguyễn Thị Hoa", Decimal("100.00"), 1)
    ]
    rows = _author_rows(services, created.id)
    assert len(rows) == 2 and rows[1].person_id == nam.person_id and rows[1].deleted_at is not None

    _save(
        services, removed, authors=(replace(nam, share_pct=Decimal(45)), replace(hoa, share_pct=Decimal(55)))
    )

    revived = _author_rows(services, created.id)
    assert [r.id for r in revived] == [r.id for r in rows]  # no new row: the pair is unique
    hoa_row, nam_row = revived
    assert nam_row.deleted_at is None and nam_row.share_pct == Decimal("45.00")
    assert (nam_row.position, nam_row.role) == (1, AuthorRole.TAC_GIA)
    assert (hoa_row.position, hoa_row.role) == (2, AuthorRole.DONG_TAC_GIA)


def test_reordering_renumbers_positions_and_roles(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative(
        authors=[{"name": "An", "share": 50}, {"name": "Bình", "share": 30}, {"name": "Chi", "share": 20}]
    )
    detail = services.initiatives.detail(created.id)
    a, b, c = detail.draft.authors
    _save(services, detail, authors=(c, a, b))
    after = services.initiatives.detail(created.id)
    assert [(x.full_name, x.position) for x in after.authors] == [("Chi", 1), ("An", 2), ("Bình", 3)]
    roles = [r.role for r in _author_rows(services, created.id)]  # rows of An, Bình, Chi
    assert roles == [AuthorRole.DONG_TAC_GIA, AuthorRole.DONG_TAC_GIA, AuthorRole.TAC_GIA]


def test_the_same_person_twice_is_refused(services: Services, make_initiative: MakeInitiative) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    hoa = detail.draft.authors[0]
    before = _state(services, created.id)
    with pytest.raises(ValidationError, match="hai lần"):
        _save(services, detail, authors=(hoa, replace(hoa, share_pct=Decimal(40))))
    # By name the second entry resolves to the same person as the first (chosen by id).
    with pytest.raises(ValidationError, match="hai lần"):
        _save(services, detail, authors=(hoa, AuthorInput("Nguyễn Thị Hoa", Decimal(40))))
    assert _state(services, created.id) == before


def test_an_author_change_moves_the_version_so_a_stale_editor_is_refused(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative()
    first_editor = services.initiatives.detail(created.id)
    second_editor = services.initiatives.detail(created.id)
    hoa, nam = first_editor.draft.authors
    ops_before = len(_ops(services))
    _save(
        services,
        first_editor,
        authors=(replace(hoa, share_pct=Decimal(70)), replace(nam, share_pct=Decimal(30))),
    )
    assert sorted(kind for kind, _ in _ops(services)[ops_before:]) == [
        "authorship",
        "authorship",
        "initiative",
    ]
    with pytest.raises(ConflictError, match="vừa được sửa ở nơi khác"):
        _save(services, second_editor, title="Tên khác")
    assert services.initiatives.detail(created.id).draft.title == created.title


# -- share sum -----------------------------------------------------------------------------------------


def test_share_sum_only_warns_in_draft_states(services: Services, make_initiative: MakeInitiative) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    hoa, nam = detail.draft.authors
    result = _save(services, detail, authors=(hoa, replace(nam, share_pct=Decimal(30))))
    assert [w.label for w in result.warnings] == ["Tỷ lệ đóng góp"]
    assert "90,00%" in result.warnings[0].reason


def test_share_sum_must_reach_100_to_move_past_draft(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    hoa, nam = detail.draft.authors
    before = _state(services, created.id)
    with pytest.raises(ValidationError, match="Tỷ lệ đóng góp") as raised:
        _save(services, detail, status=S.DA_NOP_DON, authors=(hoa, replace(nam, share_pct=Decimal(30))))
    assert "tổng là 90,00%" in str(raised.value) and "Đã nộp đơn" in str(raised.value)
    with pytest.raises(ValidationError, match="Tỷ lệ đóng góp: chưa nhập tỷ lệ của từng tác giả"):
        _save(
            services,
            detail,
            status=S.DA_NOP_DON,
            authors=(replace(hoa, share_pct=None), replace(nam, share_pct=None)),
        )
    assert _state(services, created.id) == before
    moved = _save(services, detail, status=S.DA_NOP_DON)
    assert moved.initiative.status == S.DA_NOP_DON


def test_a_single_author_without_a_share_holds_100(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative(authors=[{"name": "Phạm Minh Đức"}])
    detail = services.initiatives.detail(created.id)
    assert detail.authors[0].share_pct == Decimal("100.00")
    moved = _save(
        services, detail, status=S.DA_NOP_DON, authors=(replace(detail.draft.authors[0], share_pct=None),)
    )
    assert moved.initiative.status == S.DA_NOP_DON and moved.initiative.authors[0].share_pct == Decimal(
        "100.00"
    )


# -- concurrency ---------------------------------------------------------------------------------------


def test_a_stale_version_is_refused_and_changes_nothing(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    _save(services, detail, title="Sửa lần một")
    before = _state(services, created.id)
    with pytest.raises(ConflictError, match="Sáng kiến này vừa được sửa ở nơi khác"):
        _save(services, detail, title="Sửa lần hai từ bản cũ")
    assert _state(services, created.id) == before


# -- status --------------------------------------------------------------------------------------------


def test_a_status_move_and_the_fields_it_needs_in_one_save(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative(status="Y_TUONG", first_applied_on=None)
    detail = services.initiatives.detail(created.id)
    assert detail.allowed_statuses == (S.AP_DUNG_THU,)
    result = _save(services, detail, status=S.AP_DUNG_THU, first_applied_on=date(2024, 2, 1))
    after = services.initiatives.detail(created.id)
    assert (after.status, after.draft.first_applied_on, after.version) == (S.AP_DUNG_THU, date(2024, 2, 1), 2)
    assert result.initiative.status == S.AP_DUNG_THU
    with services.uow.read() as session:
        actions = set(session.scalars(sa.select(AuditEntry.action).where(AuditEntry.entity_id == created.id)))
    assert actions == {"create", "update", "status"}


def test_a_move_the_workflow_does_not_allow_is_refused(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative(status="Y_TUONG", first_applied_on=None)
    detail = services.initiatives.detail(created.id)
    before = _state(services, created.id)
    with pytest.raises(WorkflowError, match="Ngày áp dụng lần đầu"):  # the guard: no first application
        _save(services, detail, status=S.AP_DUNG_THU, title="Đổi tên cùng lúc")
    with pytest.raises(WorkflowError, match="không được chuyển"):
        _save(services, detail, status=S.DANG_XET)
    with pytest.raises(WorkflowError, match="chỉ do đồng bộ"):
        _save(services, detail, status=S.DA_TAI_LEN)
    assert _state(services, created.id) == before


def test_moving_back_needs_a_reason(services: Services, make_initiative: MakeInitiative) -> None:
    created = make_initiative(status="DA_CONG_NHAN", decision_number="15/QĐ-ABC", decided_on="10/05/2024")
    detail = services.initiatives.detail(created.id)
    assert S.DANG_XET in detail.allowed_statuses and S.CDCS_XAC_NHAN in detail.allowed_statuses
    assert S.DA_CONG_NHAN not in detail.allowed_statuses and S.DA_TAI_LEN not in detail.allowed_statuses
    with pytest.raises(WorkflowError, match="phải ghi lý do"):
        _save(services, detail, status=S.DANG_XET)
    back = _save(
        services,
        detail,
        "Quyết định bị thu hồi để sửa",
        status=S.DANG_XET,
        decision_number=None,
        decided_on=None,
    )
    assert back.initiative.status == S.DANG_XET and back.initiative.decision_number is None
    with services.uow.read() as session:
        decisions = list(session.scalars(sa.select(RecognitionDecision)))
    assert len(decisions) == 1 and decisions[0].deleted_at is not None  # tombstoned, not deleted
    shown = [
        (h.action, h.field_label, h.old_value, h.new_value) for h in services.initiatives.history(created.id)
    ]
    assert ("status", "Trạng thái", S.DA_CONG_NHAN.label, S.DANG_XET.label) in shown
    assert (
        "status",
        "Lý do sửa trạng thái",
        None,
        "Quyết định bị thu hồi để sửa",
    ) in shown  # kept in history
    assert ("delete", "Quyết định công nhận", "15/QĐ-ABC", None) in shown

    # Recognising again from the editor records the new decision and passes the workflow's guard.
    again = services.initiatives.detail(created.id)
    recognised = _save(
        services, again, status=S.DA_CONG_NHAN, decision_number="20/QĐ-ABC", decided_on=date(2024, 6, 1)
    )
    assert (recognised.initiative.status, recognised.initiative.decision_number) == (
        S.DA_CONG_NHAN,
        "20/QĐ-ABC",
    )


def test_a_decision_needs_number_and_date_and_a_recognised_record(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    with pytest.raises(ValidationError, match="Ngày quyết định công nhận: cần nhập cả số và ngày"):
        _save(services, detail, decision_number="15/QĐ-ABC")
    with pytest.raises(ValidationError, match="Số quyết định công nhận: chỉ ghi được khi"):
        _save(services, detail, decision_number="15/QĐ-ABC", decided_on=date(2024, 5, 10))


# -- history -------------------------------------------------------------------------------------------


def _officer(services: Services, name: str) -> str:
    with services.uow() as uow:
        officer = Officer(full_name=name, role="CAN_BO", active=True)
        uow.session.add(officer)
        uow.session.flush()
        officer_id = officer.id
        uow.commit()
    return officer_id


def test_history_reads_as_the_officer_would_write_it(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative(status="Y_TUONG", first_applied_on=None)
    officer_id = _officer(services, "Phạm Thị Hoa")
    detail = services.initiatives.detail(created.id)
    hoa = detail.draft.authors[0]
    services.initiatives.update(
        created.id,
        replace(
            detail.draft,
            title="Băng tải mới",
            status=S.AP_DUNG_THU,
            first_applied_on=date(2024, 3, 5),
            benefit_value=15_000_000,
            is_confidential=True,
            authors=(replace(hoa, share_pct=Decimal(80)), AuthorInput("Lê Văn Cường", Decimal(20))),
        ),
        detail.version,
        officer_id=officer_id,
    )
    history = services.initiatives.history(created.code)
    shown = {(h.field_label, h.old_value, h.new_value) for h in history}
    assert {
        ("Tên sáng kiến", "Cải tiến băng tải phân xưởng 1", "Băng tải mới"),
        ("Trạng thái", "Ý tưởng", S.AP_DUNG_THU.label),
        ("Ngày áp dụng lần đầu", None, "05/03/2024"),
        ("Giá trị làm lợi", "12.500.000 đ", "15.000.000 đ"),
        ("Sáng kiến mật", "Không", "Có"),
        ("Tỷ lệ đóng góp – Nguyễn Thị Hoa", "60%", "80%"),
        ("Tác giả", "Trần Văn Nam", None),
        ("Tác giả", None, "Lê Văn Cường (20%)"),
    } <= shown
    assert not any(h.field_label and "status_changed_at" in h.field_label for h in history)
    newest, oldest = history[0], history[-1]
    assert newest.at >= oldest.at and newest.officer_name == "Phạm Thị Hoa"
    # The record's creation comes last, written in the same transaction as its first authors.
    assert (oldest.action, oldest.field_label, oldest.old_value, oldest.new_value) == (
        "create",
        None,
        None,
        None,
    )
    assert oldest.officer_name is None and history[-2].at == oldest.at
    created_entries = [h for h in history if h.action == "create" and h.field_label is None]
    assert len(created_entries) == 1 and created_entries[0].officer_name is None
    actions = {h.action for h in history}
    assert {"create", "update", "status", "delete"} <= actions


def test_history_of_an_unknown_record(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.initiatives.history("00000000-0000-7000-8000-000000000000")


# -- bad input -----------------------------------------------------------------------------------------


def test_nfd_and_control_characters_are_normalised_on_save(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    pasted = unicodedata.normalize("NFD", "Cải tiến\x00 máy\u200b dệt\x07  số\t3")
    content = unicodedata.normalize("NFD", "Dòng một\r\nDòng hai\x1b")
    _ = services.initiatives.update(
        created.id, _parsed(detail, title=pasted, content=content), detail.version
    )
    after = services.initiatives.detail(created.id)
    assert after.draft.title == "Cải tiến máy dệt số 3"
    assert after.draft.content == "Dòng một\nDòng hai"
    assert unicodedata.is_normalized("NFC", after.draft.title)
    assert [v.id for v in services.initiatives.search("cai tien may det").items] == [created.id]


def test_a_10000_character_title_is_refused_not_truncated(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    before = _state(services, created.id)
    with pytest.raises(ValidationError, match="Tên sáng kiến: dài 10000 ký tự, tối đa 500") as raised:
        services.initiatives.update(created.id, _parsed(detail, title="Á" * 10_000), detail.version)
    assert [p.field for p in raised.value.problems] == ["title"]
    assert _state(services, created.id) == before


def test_an_overlong_decision_number_is_refused(services: Services, make_initiative: MakeInitiative) -> None:
    created = make_initiative(status="DA_CONG_NHAN", decision_number="15/QĐ-ABC", decided_on="10/05/2024")
    detail = services.initiatives.detail(created.id)
    with pytest.raises(ValidationError, match="Số quyết định công nhận: dài 41 ký tự, tối đa 40"):
        _save(services, detail, decision_number="Q" * 41)


def test_an_impossible_date_is_refused_at_the_field() -> None:
    data = {"title": "x", "kind": "KY_THUAT", "field_code": "SX_KD", "first_applied_on": "31/02/2024"}
    with pytest.raises(ValidationError) as raised:
        InitiativeDraft.from_mapping(data)
    (problem,) = raised.value.problems
    assert (problem.field, problem.label) == ("first_applied_on", "Ngày áp dụng lần đầu")
    assert problem.reason.startswith("không có ngày 31/02/2024: tháng 2/2024 chỉ có 29 ngày")


def test_a_failure_after_the_first_flush_leaves_no_half_record(
    services: Services, make_initiative: MakeInitiative
) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    hoa, _nam = detail.draft.authors
    before = _state(services, created.id)
    with services.uow.read() as session:
        people_before = session.scalar(sa.select(sa.func.count()).select_from(Person))
    # The title is flushed when the author rows are read; then the unknown person stops the save.
    ghost = AuthorInput("Không tồn tại", Decimal(40), person_id="00000000-0000-7000-8000-00000000dead")
    with pytest.raises(ValidationError, match="không tìm thấy người"):
        _save(services, detail, title="Tên mới", authors=(AuthorInput("Người mới", Decimal(10)), hoa, ghost))
    assert _state(services, created.id) == before
    with services.uow.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Person)) == people_before


def test_a_crash_while_saving_rolls_everything_back(
    services: Services, make_initiative: MakeInitiative, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = make_initiative()
    detail = services.initiatives.detail(created.id)
    hoa, nam = detail.draft.authors
    before = _state(services, created.id)

    def crash(*_args: Any) -> bool:
        raise RuntimeError("disk unplugged")  # after fields and authors were written to the session

    monkeypatch.setattr(initiative_writes, "sync_decision", crash)
    with pytest.raises(RuntimeError):
        _save(
            services,
            detail,
            title="Tên mới",
            authors=(replace(nam, share_pct=Decimal(60)), replace(hoa, share_pct=Decimal(40))),
        )
    assert _state(services, created.id) == before
