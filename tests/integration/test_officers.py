"""Officers on a real store: roles guard every write, PINs, audit rows carry the acting officer."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    WrongPinError,
)
from sangkien_desktop.domain.model import InitiativeDraft, InitiativeView
from sangkien_desktop.domain.officers import OfficerDraft, OfficerView, Permission
from sangkien_desktop.persistence.models import AuditEntry, Officer, OutboxOp
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.officers import MAX_WRONG_PINS, PIN_LOCK_SECONDS, OfficerService
from sangkien_desktop.services.people import PersonInput
from sangkien_desktop.services.permissions import ensure_allowed
from tests.conftest import INITIATIVE_DEFAULTS

Rows = tuple[int, int]


@pytest.fixture
def chairman(services: Services) -> OfficerView:
    return services.officers.create("Nguyễn Thị Thu Hằng", OfficerRole.CHU_TICH)


@pytest.fixture
def officer(services: Services, chairman: OfficerView) -> OfficerView:
    return services.officers.create("Trần Văn Đức", OfficerRole.CAN_BO)


@pytest.fixture
def viewer(services: Services, chairman: OfficerView) -> OfficerView:
    return services.officers.create("Lê Thị Ánh", OfficerRole.XEM)


def _rows(services: Services) -> Rows:
    """(outbox ops, audit rows): what any write leaves behind."""
    with services.uow.read() as session:
        ops = session.scalar(sa.select(sa.func.count()).select_from(OutboxOp))
        audit = session.scalar(sa.select(sa.func.count()).select_from(AuditEntry))
    return int(ops or 0), int(audit or 0)


def _draft() -> InitiativeDraft:
    return InitiativeDraft.from_mapping(INITIATIVE_DEFAULTS)


def _audit_officers(services: Services, entity_id: str) -> set[str | None]:
    with services.uow.read() as session:
        return set(session.scalars(sa.select(AuditEntry.officer_id).where(AuditEntry.entity_id == entity_id)))


# -- the write guard ----------------------------------------------------------------------------------


@pytest.mark.parametrize("write", [
    lambda s, who: s.initiatives.create(_draft(), officer_id=who),
    lambda s, who: s.people.create(PersonInput("Phạm Văn Hùng"), officer_id=who),
], ids=["initiative", "person"])
def test_a_viewer_cannot_write_and_nothing_is_written(
    services: Services, viewer: OfficerView, write: Callable[[Services, str | None], object]
) -> None:
    before = _rows(services)
    with pytest.raises(PermissionDeniedError) as caught:
        write(services, viewer.id)
    assert caught.value.message.startswith("Lê Thị Ánh có vai trò “Chỉ xem” nên không được")
    assert _rows(services) == before
    assert services.initiatives.list(None, 10, 0).total == 0
    assert services.people.search("Hùng").total == 0


def test_the_acting_officer_is_used_when_a_service_names_none(
    services: Services, viewer: OfficerView, officer: OfficerView
) -> None:
    services.uow.acting_officer_id = viewer.id
    before = _rows(services)
    with pytest.raises(PermissionDeniedError):
        services.people.create(PersonInput("Phạm Văn Hùng"))
    assert _rows(services) == before
    services.uow.acting_officer_id = officer.id
    person = services.people.create(PersonInput("Phạm Văn Hùng"))
    assert _audit_officers(services, person.id) == {officer.id}


def test_an_explicit_officer_wins_over_the_acting_one(
    services: Services, viewer: OfficerView, chairman: OfficerView
) -> None:
    services.uow.acting_officer_id = viewer.id
    person = services.people.create(PersonInput("Phạm Văn Hùng"), officer_id=chairman.id)
    assert _audit_officers(services, person.id) == {chairman.id}


def test_a_viewer_can_still_read(
    services: Services, viewer: OfficerView, make_initiative: Callable[..., InitiativeView]
) -> None:
    made = make_initiative()
    services.uow.acting_officer_id = viewer.id
    assert services.initiatives.get(made.id).title == made.title
    assert services.people.search("Hoa").total == 1
    assert [o.full_name for o in services.officers.list()][-1] == "Lê Thị Ánh"


@pytest.mark.parametrize("role", [OfficerRole.CAN_BO, OfficerRole.CHU_TICH])
def test_officers_and_the_chairman_write_and_the_audit_names_them(
    services: Services, chairman: OfficerView, role: OfficerRole
) -> None:
    writer = chairman if role is OfficerRole.CHU_TICH else services.officers.create("Võ Văn Kiệt", role)
    before = _rows(services)
    made = services.initiatives.create(_draft(), officer_id=writer.id).initiative
    person = services.people.create(PersonInput("Phạm Văn Hùng"), officer_id=writer.id)
    ops, audit = _rows(services)
    assert ops > before[0] and audit > before[1]
    assert _audit_officers(services, made.id) == {writer.id}
    assert _audit_officers(services, person.id) == {writer.id}
    services.people.update(person.id, PersonInput("Phạm Văn Hưng"), person.version, officer_id=writer.id)
    with services.uow.read() as session:
        update = session.execute(sa.select(AuditEntry.officer_id, AuditEntry.new_value).where(
            AuditEntry.entity_id == person.id, AuditEntry.field == "full_name")).one()
    assert tuple(update) == (writer.id, '"Phạm Văn Hưng"')


def test_an_officer_who_no_longer_works_here_cannot_write(
    services: Services, chairman: OfficerView, officer: OfficerView
) -> None:
    services.officers.update(officer.id, OfficerDraft(officer.full_name, officer.role, active=False),
                             officer.version, acting_officer_id=chairman.id)
    before = _rows(services)
    with pytest.raises(PermissionDeniedError, match="Không tìm thấy cán bộ đang làm việc"):
        services.people.create(PersonInput("Phạm Văn Hùng"), officer_id=officer.id)
    with pytest.raises(PermissionDeniedError):
        services.people.create(PersonInput("Phạm Văn Hùng"), officer_id="no-such-officer")
    assert _rows(services) == before


def test_sign_off_needs_the_chairman(
    services: Services, chairman: OfficerView, officer: OfficerView
) -> None:
    with services.uow(officer.id) as uow:
        assert uow.officer_id == officer.id
        with pytest.raises(PermissionDeniedError, match="“Cán bộ” nên không được ký ban hành"):
            ensure_allowed(uow.session, uow.officer_id, Permission.SIGN_OFF)
    with services.uow(chairman.id) as uow:
        ensure_allowed(uow.session, uow.officer_id, Permission.SIGN_OFF)
    with services.uow() as uow:
        assert uow.officer_id is None
        ensure_allowed(uow.session, uow.officer_id, Permission.SIGN_OFF)  # the console


# -- managing officers --------------------------------------------------------------------------------


def test_only_the_chairman_manages_officers(
    services: Services, chairman: OfficerView, officer: OfficerView
) -> None:
    before = _rows(services)
    with pytest.raises(PermissionDeniedError, match="không được thêm cán bộ"):
        services.officers.create("Đỗ Thị Mai", OfficerRole.CAN_BO, acting_officer_id=officer.id)
    with pytest.raises(PermissionDeniedError):
        services.officers.update(chairman.id, OfficerDraft("Nguyễn Thị Thu Hằng", OfficerRole.XEM),
                                 chairman.version, acting_officer_id=officer.id)
    with pytest.raises(PermissionDeniedError):
        services.officers.set_pin(chairman.id, "1234", acting_officer_id=officer.id)
    assert _rows(services) == before
    added = services.officers.create("Đỗ Thị Mai", OfficerRole.XEM, acting_officer_id=chairman.id)
    assert _audit_officers(services, added.id) == {chairman.id}
    services.uow.acting_officer_id = officer.id
    assert not services.officers.may_manage()
    services.uow.acting_officer_id = chairman.id
    assert services.officers.may_manage()


def test_without_a_chairman_an_officer_may_name_one(services: Services) -> None:
    first = services.officers.create("Trần Văn Đức", OfficerRole.CAN_BO)
    services.uow.acting_officer_id = first.id
    assert services.officers.may_manage()
    chair = services.officers.create("Nguyễn Thị Thu Hằng", OfficerRole.CHU_TICH)
    assert not services.officers.may_manage()
    with pytest.raises(PermissionDeniedError):
        services.officers.create("Đỗ Thị Mai", OfficerRole.CAN_BO)
    services.uow.acting_officer_id = chair.id
    assert services.officers.may_manage()


def test_the_last_chairman_cannot_be_demoted_or_deactivated(
    services: Services, chairman: OfficerView
) -> None:
    for draft, field in ((OfficerDraft(chairman.full_name, OfficerRole.CAN_BO), "role"),
                         (OfficerDraft(chairman.full_name, OfficerRole.CHU_TICH, active=False), "active")):
        with pytest.raises(ValidationError) as caught:
            services.officers.update(chairman.id, draft, chairman.version, acting_officer_id=chairman.id)
        assert caught.value.problems[0].field == field
        assert "phải còn ít nhất một Chủ tịch" in caught.value.message
    second = services.officers.create("Hoàng Văn Nam", OfficerRole.CHU_TICH)
    demoted = services.officers.update(chairman.id, OfficerDraft(chairman.full_name, OfficerRole.CAN_BO),
                                       chairman.version, acting_officer_id=second.id)
    assert (demoted.role, demoted.version) == (OfficerRole.CAN_BO, 2)


def test_create_and_update_check_the_details(services: Services, chairman: OfficerView) -> None:
    with pytest.raises(ValidationError, match="Họ và tên: đã có cán bộ mang tên này"):
        services.officers.create("nguyễn thị thu hằng", OfficerRole.CAN_BO)
    with pytest.raises(ValidationError, match="Mã PIN: chỉ gồm các chữ số 0–9"):
        services.officers.create("Đỗ Thị Mai", OfficerRole.CAN_BO, "12ab")
    spaced = OfficerDraft("  Nguyễn Thị  Thu Hằng  ", OfficerRole.CHU_TICH)
    renamed = services.officers.update(chairman.id, spaced, chairman.version)
    assert renamed.version == chairman.version  # only spaces differ: nothing changed
    with pytest.raises(ConflictError, match="vừa được sửa ở nơi khác"):
        services.officers.update(chairman.id, OfficerDraft("Nguyễn Thị Hằng", OfficerRole.CHU_TICH), 7)
    with pytest.raises(NotFoundError):
        services.officers.update("nobody", OfficerDraft("Ai Đó", OfficerRole.XEM), 1)


def test_list_and_sign_in_choices(services: Services, chairman: OfficerView, officer: OfficerView,
                                  viewer: OfficerView) -> None:
    services.officers.update(officer.id, OfficerDraft(officer.full_name, officer.role, active=False),
                             officer.version)
    listed = [o.full_name for o in services.officers.list()]
    assert listed == ["Nguyễn Thị Thu Hằng", "Lê Thị Ánh", "Trần Văn Đức"]  # who left comes last
    assert [o.id for o in services.officers.sign_in_choices()] == [chairman.id, viewer.id]
    assert services.officers.find("le thi anh") == services.officers.get(viewer.id)
    assert services.officers.find(chairman.id).id == chairman.id
    with pytest.raises(NotFoundError):
        services.officers.find("Trần Văn Đức")  # no longer works here


# -- PINs ---------------------------------------------------------------------------------------------


def test_pin_set_verify_and_clear(services: Services, chairman: OfficerView, officer: OfficerView) -> None:
    assert services.officers.verify(officer.id, None) == officer  # no PIN: anyone may pick them
    with_pin = services.officers.set_pin(officer.id, " 2468 ", acting_officer_id=officer.id)  # their own
    assert with_pin.has_pin and with_pin.version == officer.version + 1
    assert services.officers.verify(officer.id, "2468") == with_pin
    with pytest.raises(WrongPinError, match="Mã PIN không đúng"):
        services.officers.verify(officer.id, "2469")
    with pytest.raises(WrongPinError, match="Hãy nhập mã PIN của Trần Văn Đức"):
        services.officers.verify(officer.id, "")
    cleared = services.officers.set_pin(officer.id, None, acting_officer_id=chairman.id)
    assert not cleared.has_pin
    assert services.officers.verify(officer.id, None) == cleared


def test_pins_are_stored_hashed_and_kept_out_of_the_audit(services: Services, chairman: OfficerView) -> None:
    added = services.officers.create("Đỗ Thị Mai", OfficerRole.CAN_BO, "13579")
    services.officers.set_pin(added.id, "97531")
    with services.uow.read() as session:
        stored = session.scalar(sa.select(Officer.pin_hash).where(Officer.id == added.id))
        audit = session.execute(sa.select(AuditEntry.action, AuditEntry.field, AuditEntry.old_value,
                                          AuditEntry.new_value).where(AuditEntry.entity_id == added.id)
                                .order_by(AuditEntry.pk)).all()
    assert stored is not None and stored.startswith("scrypt$") and "97531" not in stored
    created, changed = audit
    assert created[0] == "create" and json.loads(created[3])["pin_hash"] == "***"
    assert tuple(changed) == ("update", "pin_hash", '"***"', '"***"')
    assert not any("scrypt" in str(value) for row in audit for value in row)


def test_an_inactive_officer_cannot_sign_in(services: Services, chairman: OfficerView,
                                            officer: OfficerView) -> None:
    services.officers.update(officer.id, OfficerDraft(officer.full_name, officer.role, active=False),
                             officer.version)
    with pytest.raises(NotFoundError, match="không còn làm việc"):
        services.officers.verify(officer.id, None)


def test_the_setup_officer_is_an_officer_who_can_sign_in(empty_services: Services) -> None:
    from sangkien_desktop.services.office import OfficeInput, OfficerInput
    from tests.conftest import OFFICE

    view = empty_services.office.init_office(
        OfficeInput(OFFICE.unit_code, OFFICE.unit_name, OFFICE.employer_name,
                    officer=OfficerInput("Phạm Thị Hoa", OfficerRole.CHU_TICH)))
    (only,) = empty_services.officers.sign_in_choices()
    assert (only.id, only.full_name, only.role, only.has_pin) == (
        view.officer_id, "Phạm Thị Hoa", OfficerRole.CHU_TICH, False)
    empty_services.uow.acting_officer_id = only.id
    assert empty_services.officers.may_manage()


def test_five_wrong_pins_in_a_row_make_the_officer_wait(services: Services) -> None:
    now = [1000.0]
    officers = OfficerService(services.uow, clock=lambda: now[0])
    lan = officers.create("Trần Thị Lan", OfficerRole.CHU_TICH, "2468")
    for _ in range(MAX_WRONG_PINS):
        with pytest.raises(WrongPinError, match="Mã PIN không đúng"):
            officers.verify(lan.id, "1111")
    with pytest.raises(WrongPinError) as locked:
        officers.verify(lan.id, "2468")  # even the right PIN waits
    assert locked.value.message == f"Đã nhập sai mã PIN 5 lần liền. Hãy thử lại sau {PIN_LOCK_SECONDS} giây."
    now[0] += PIN_LOCK_SECONDS - 0.5
    with pytest.raises(WrongPinError, match="sau 1 giây"):
        officers.verify(lan.id, "2468")
    now[0] += 1
    assert officers.verify(lan.id, "2468").id == lan.id
    for _ in range(MAX_WRONG_PINS - 1):  # a right PIN starts the count again
        with pytest.raises(WrongPinError, match="Mã PIN không đúng"):
            officers.verify(lan.id, "1111")
    assert officers.verify(lan.id, "2468").id == lan.id
