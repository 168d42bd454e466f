"""The programme an initiative belongs to (issue 6): chosen when recording or editing it, checked against
the store's programmes, kept in the history, found by the registry's filter, and what lets the union
confirm a recognised initiative («CĐCS xác nhận»)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.enums import InitiativeStatus as S
from sangkien_desktop.domain.errors import FieldProblem, ValidationError, WorkflowError
from sangkien_desktop.domain.model import InitiativeDraft, InitiativeView, ProgrammeChoice, RegistryFilter
from sangkien_desktop.persistence.models import Initiative, Programme
from sangkien_desktop.services.container import Services
from tests.conftest import INITIATIVE_DEFAULTS
from tests.support.submissions import ready_to_upload

MakeInitiative = Callable[..., InitiativeView]
UNLISTED = FieldProblem("programme_id", "Chương trình", "không có trong danh sách")
# Inside the seeded "1 triệu sáng kiến" window (01/09/2021 – 01/09/2023).
IN_WINDOW = "05/03/2022"
RECOGNISED = {"status": "DA_CONG_NHAN", "decision_number": "15/QĐ-ABC", "decided_on": "10/06/2024",
              "first_applied_on": IN_WINDOW}


@pytest.fixture
def seeded(services: Services) -> ProgrammeChoice:
    [programme] = services.initiatives.programmes()
    assert programme.name.startswith("1 triệu sáng kiến")
    return programme


@pytest.fixture
def second(services: Services) -> str:
    """Another programme pulled from the upper union, running now."""
    with services.uow() as uow:
        programme = Programme(code="NS-2025", name="Sáng kiến vì năng suất 2025–2026",
                              window_from=date(2025, 1, 1), window_to=date(2026, 12, 31))
        uow.session.add(programme)
        uow.session.flush()
        programme_id = programme.id
        uow.commit()
    return programme_id


def _stored_programme(services: Services, initiative_id: str) -> str | None:
    with services.uow.read() as session:
        query = sa.select(Initiative.programme_id).where(Initiative.id == initiative_id)
        return session.scalars(query).one()


def _edit(services: Services, initiative_id: str, **changes: object) -> None:
    detail = services.initiatives.detail(initiative_id)
    services.initiatives.update(initiative_id, replace(detail.draft, **changes), detail.version)


def test_from_mapping_reads_the_programme_and_leaves_it_out_by_default() -> None:
    padded = {**INITIATIVE_DEFAULTS, "programme_id": " p-1 "}
    assert InitiativeDraft.from_mapping(padded).programme_id == "p-1"
    assert InitiativeDraft.from_mapping(INITIATIVE_DEFAULTS).programme_id is None


def test_created_with_a_programme_it_is_stored_shown_to_the_editor_and_filtered_on(
    services: Services, make_initiative: MakeInitiative, seeded: ProgrammeChoice, second: str
) -> None:
    linked = make_initiative(title="Đồ gá hàn khung xe đẩy", programme_id=seeded.id)
    make_initiative(title="Sổ theo dõi ca trực điện tử")
    make_initiative(title="Cải tiến máy cắt vải", programme_id=second)

    assert services.initiatives.detail(linked.id).draft.programme_id == seeded.id
    page = services.initiatives.list(filter=RegistryFilter(programme_id=seeded.id))
    assert [view.id for view in page.items] == [linked.id]
    found = services.initiatives.search("khung xe", filter=RegistryFilter(programme_id=seeded.id))
    assert [view.id for view in found.items] == [linked.id]
    assert services.initiatives.search("khung xe", filter=RegistryFilter(programme_id=second)).total == 0


def test_the_registry_views_and_their_json_carry_the_programme(
    services: Services, make_initiative: MakeInitiative, seeded: ProgrammeChoice
) -> None:
    linked = make_initiative(title="Đồ gá hàn khung xe đẩy", programme_id=seeded.id)
    plain = make_initiative(title="Sổ theo dõi ca trực điện tử")
    assert (linked.programme_id, plain.programme_id) == (seeded.id, None)  # the views the saves return

    listed = {view.id: view.programme_id for view in services.initiatives.list().items}
    assert (listed[linked.id], listed[plain.id]) == (seeded.id, None)
    [found] = services.initiatives.search("khung xe").items
    assert found.to_json()["programme_id"] == seeded.id
    assert services.initiatives.get(plain.code).to_json()["programme_id"] is None


def test_an_edit_links_moves_and_unlinks_the_programme_and_the_history_names_it(
    services: Services, make_initiative: MakeInitiative, seeded: ProgrammeChoice, second: str
) -> None:
    saved = make_initiative()
    _edit(services, saved.id, programme_id=seeded.id)
    assert _stored_programme(services, saved.id) == seeded.id
    _edit(services, saved.id, programme_id=second)
    _edit(services, saved.id, programme_id=None)
    assert services.initiatives.detail(saved.id).draft.programme_id is None

    changes = [(e.old_value, e.new_value) for e in services.initiatives.history(saved.id)
               if e.field_label == "Chương trình"]
    assert changes == [  # newest first
        ("Sáng kiến vì năng suất 2025–2026", None),
        (seeded.name, "Sáng kiến vì năng suất 2025–2026"),
        (None, seeded.name),
    ]
    assert services.initiatives.list(filter=RegistryFilter(programme_id=second)).total == 0


def test_an_unknown_programme_is_refused_in_vietnamese_and_nothing_is_written(
    services: Services, make_initiative: MakeInitiative
) -> None:
    saved = make_initiative()
    before = (services.initiatives.list().total, services.initiatives.pending_changes())

    with pytest.raises(ValidationError) as created:
        make_initiative(title="Cải tiến khuôn dập", programme_id="khong-co-chuong-trinh-nay")
    assert created.value.problems == (UNLISTED,)
    assert "Chương trình: không có trong danh sách" in created.value.message

    detail = services.initiatives.detail(saved.id)
    with pytest.raises(ValidationError) as edited:
        services.initiatives.update(saved.id, replace(detail.draft, programme_id="khong-co"), detail.version)
    assert edited.value.problems == (UNLISTED,)
    assert (services.initiatives.list().total, services.initiatives.pending_changes()) == before
    assert services.initiatives.detail(saved.id).version == detail.version
    assert _stored_programme(services, saved.id) is None


def test_a_withdrawn_programme_cannot_be_chosen_but_stays_on_the_records_linked_to_it(
    services: Services, make_initiative: MakeInitiative, second: str
) -> None:
    linked = make_initiative(programme_id=second)
    other = make_initiative(title="Sổ theo dõi ca trực điện tử")
    with services.uow() as uow:
        withdrawn = uow.session.scalars(sa.select(Programme).where(Programme.id == second)).one()
        withdrawn.deleted_at = uow.now()
        uow.commit()

    _edit(services, linked.id, title="Cải tiến băng tải phân xưởng 2")  # an unrelated edit still saves
    assert _stored_programme(services, linked.id) == second
    with pytest.raises(ValidationError) as refused:
        _edit(services, other.id, programme_id=second)
    assert refused.value.problems == (UNLISTED,)


def test_the_union_confirms_a_recognised_initiative_once_it_is_in_the_programme(
    services: Services, make_initiative: MakeInitiative, seeded: ProgrammeChoice
) -> None:
    without = make_initiative(title="Chưa gắn chương trình", **RECOGNISED)
    with pytest.raises(WorkflowError, match="chưa chọn chương trình"):
        services.status.change(without.id, S.CDCS_XAC_NHAN)

    _edit(services, without.id, programme_id=seeded.id)
    services.status.change(without.id, S.CDCS_XAC_NHAN)
    assert services.initiatives.get(without.id).status is S.CDCS_XAC_NHAN

    created_linked = make_initiative(title="Gắn chương trình khi ghi", programme_id=seeded.id, **RECOGNISED)
    services.status.change(created_linked.id, S.CDCS_XAC_NHAN)
    services.status.change(created_linked.id, S.SAN_SANG_TAI_LEN)
    result = services.submissions.submit([created_linked.code])
    assert result.submitted == (created_linked.code,) and result.refused == ()


def test_the_programme_is_kept_once_the_upper_union_holds_the_initiative(services: Services) -> None:
    [initiative_id] = ready_to_upload(services, 1)
    services.submissions.submit([initiative_id])
    with services.engine.begin() as conn:  # the server's acknowledgement, as a sync would record it
        acknowledged = sa.text("UPDATE outbox SET state = 'ACKED', server_received_at = :now, "
                               "settled_at = :now WHERE entity_type = 'upload_item'")
        conn.execute(acknowledged, {"now": date(2026, 11, 27)})
    services.submissions.settle()
    assert services.initiatives.get(initiative_id).status is S.DA_TAI_LEN
    with pytest.raises(ValidationError) as refused:
        _edit(services, initiative_id, programme_id=None)
    assert "đã tải lên cấp trên («Đã tải lên»): không đổi chương trình được" in refused.value.message
    _edit(services, initiative_id, title="Cải tiến khuôn dập (sửa tên)")  # other fields still edit
    assert _stored_programme(services, initiative_id) is not None
