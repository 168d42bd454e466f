"""The global audit trail: filters, paging, values as the officer reads them, and that nothing can
change it (no service method, and SQLite triggers refuse UPDATE and DELETE)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from sangkien_desktop.domain.audit import AuditFilter
from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.people import PersonInput
from sangkien_desktop.persistence.models import AuditEntry, Programme
from sangkien_desktop.protocol import canonical_json
from sangkien_desktop.services.audit import AuditService
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.trash import TrashService

MakeInitiative = Callable[..., InitiativeView]


def _edit_benefit(services: Services, key: str, value: int, officer_id: str | None = None) -> None:
    detail = services.initiatives.detail(key)
    draft = replace(detail.draft, benefit_value=value)
    services.initiatives.update(detail.id, draft, detail.version, officer_id=officer_id)


def test_newest_first_with_labels_and_values_as_read(
    services: Services, make_initiative: MakeInitiative
) -> None:
    view = make_initiative(title="Cải tiến băng tải")
    _edit_benefit(services, view.id, 20_000_000)

    page = services.audit.query(AuditFilter(record=view.code), limit=10)
    newest = page.items[0]
    assert (newest.action, newest.entity_label, newest.field_label) == (
        "update",
        "Sáng kiến",
        "Giá trị làm lợi",
    )
    assert (newest.old_value, newest.new_value) == ("12.500.000 đ", "20.000.000 đ")
    assert newest.record_label == f"{view.code} – Cải tiến băng tải"
    assert newest.at.tzinfo is None and abs(newest.at - datetime.now(UTC).replace(tzinfo=None)) < timedelta(
        minutes=5
    )
    # the record's authors belong to it: their creation is in its trail too
    authors = {r.record_label for r in page.items if r.entity == "authorship"}
    assert authors == {f"{view.code} – Nguyễn Thị Hoa", f"{view.code} – Trần Văn Nam"}
    assert page.items[-1].action == "create"
    assert page.total == len(page.items)


def test_filters_by_entity_action_officer_period_and_text(
    services: Services, make_initiative: MakeInitiative
) -> None:
    officer = services.officers.create("Đỗ Minh Châu", OfficerRole.CAN_BO, None)
    view = make_initiative()
    _edit_benefit(services, view.id, 30_000_000, officer_id=officer.id)
    services.people.create(PersonInput("Vũ Thị Lan"))

    people = services.audit.query(AuditFilter(entity="person"), limit=100)
    assert {r.record_label for r in people.items} == {"Nguyễn Thị Hoa", "Trần Văn Nam", "Vũ Thị Lan"}
    assert {r.entity_label for r in people.items} == {"Người lao động"}

    by_officer = services.audit.query(AuditFilter(officer_id=officer.id), limit=100)
    assert [(r.officer_name, r.field) for r in by_officer.items] == [("Đỗ Minh Châu", "benefit_value")]

    updates = services.audit.query(AuditFilter(action="update", entity="initiative"))
    assert [r.new_value for r in updates.items] == ["30.000.000 đ"]

    today = date.today()
    assert services.audit.query(AuditFilter(since=today, until=today)).total > 0
    assert services.audit.query(AuditFilter(until=today - timedelta(days=1))).total == 0
    assert services.audit.query(AuditFilter(since=today + timedelta(days=1))).total == 0

    found = services.audit.query(AuditFilter(text="Lan"))
    assert [r.record_label for r in found.items] == ["Vũ Thị Lan"]
    assert services.audit.query(AuditFilter(text="100%_")).total == 0  # LIKE wildcards are literal


def test_a_programme_change_reads_as_the_programme_name_as_in_the_editor_history(
    services: Services, make_initiative: MakeInitiative
) -> None:
    [programme] = services.initiatives.programmes()
    view = make_initiative(title="Cải tiến băng tải")
    detail = services.initiatives.detail(view.id)
    services.initiatives.update(view.id, replace(detail.draft, programme_id=programme.id), detail.version)
    with services.uow() as uow:  # withdrawn since: the officer still knows it by its name
        withdrawn = uow.session.scalars(sa.select(Programme).where(Programme.id == programme.id)).one()
        withdrawn.deleted_at = uow.now()
        uow.commit()
    with services.engine.begin() as conn:  # a programme this store never had keeps its stored id
        conn.execute(sa.insert(AuditEntry).values(
            entity="initiative", entity_id=view.id, action="update", field="programme_id",
            old_value=canonical_json(programme.id), new_value=canonical_json("ct-khong-co"),
        ))

    page = services.audit.query(AuditFilter(record=view.code, entity="initiative"))
    shown = [(r.field_label, r.old_value, r.new_value) for r in page.items if r.field == "programme_id"]
    assert shown == [  # newest first
        ("Chương trình", programme.name, "ct-khong-co"),
        ("Chương trình", None, programme.name),
    ]
    history = [(e.field_label, e.old_value, e.new_value) for e in services.initiatives.history(view.id)
               if e.field_label == "Chương trình"]
    assert history == shown


def test_paging_and_bad_filters(services: Services, make_initiative: MakeInitiative) -> None:
    for value in (1, 2, 3):
        make_initiative(title=f"Sáng kiến số {value}")
    everything = services.audit.query(limit=1000)
    first, second = services.audit.query(limit=2), services.audit.query(limit=2, offset=2)
    assert first.total == second.total == everything.total
    assert first.items + second.items == everything.items[:4]
    assert [r.pk for r in everything.items] == sorted((r.pk for r in everything.items), reverse=True)
    with pytest.raises(ValidationError, match="Thao tác"):
        services.audit.query(AuditFilter(action="sua"))
    with pytest.raises(ValidationError, match="Từ ngày"):
        services.audit.query(AuditFilter(since=date(2025, 2, 1), until=date(2025, 1, 1)))
    with pytest.raises(ValidationError):
        services.audit.query(limit=0)


def test_officer_choices_keep_every_officer(services: Services) -> None:
    services.officers.create("Đỗ Minh Châu", OfficerRole.CAN_BO, None)
    assert "Đỗ Minh Châu" in [c.full_name for c in services.audit.officer_choices()]


def test_services_offer_no_way_to_change_the_trail() -> None:
    for service in (AuditService, TrashService):
        public = {name for name in dir(service) if not name.startswith("_")}
        assert not {n for n in public if "audit" in n or n.startswith(("update", "edit", "set"))}
    assert {n for n in dir(AuditService) if not n.startswith("_")} == {"query", "replay", "officer_choices"}


def test_database_refuses_update_and_delete_of_audit_rows(
    services: Services, make_initiative: MakeInitiative
) -> None:
    make_initiative()
    with services.engine.connect() as conn:
        before = conn.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar()
        for statement in (sa.update(AuditEntry).values(new_value='"sửa lén"'), sa.delete(AuditEntry)):
            with pytest.raises(IntegrityError, match="append-only"):
                conn.execute(statement)
            conn.rollback()
        assert conn.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar() == before
    # even outside the app, with the plain sqlite3 module
    raw = sqlite3.connect(services.paths.db)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            raw.execute("DELETE FROM audit_entry")
    finally:
        raw.close()
