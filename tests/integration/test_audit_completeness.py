"""Audit completeness (issue 4, item 9): whatever officers do to initiatives through the services,
replaying each record's audit rows rebuilds its stored state, field by field."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import AuthorInput, InitiativeDraft
from sangkien_desktop.persistence.audit_queries import replayable_fields
from sangkien_desktop.persistence.models import Authorship, Initiative, Person, RecordMixin
from sangkien_desktop.protocol import canonical_json
from sangkien_desktop.services.container import Services

PEOPLE = ("Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Đức Anh", "Phạm Thu Hằng")
TITLES = ("Cải tiến băng tải", "Đồ gá hàn khung xe đẩy", "Sổ theo dõi ca trực điện tử")

CREATE = st.tuples(st.just("create"), st.sampled_from(TITLES))
EDIT = st.tuples(
    st.just("edit"),
    st.fixed_dictionaries(
        {},
        optional={
            "title": st.sampled_from(TITLES),
            "summary": st.one_of(st.none(), st.text(alphabet="aăâđêôơư ÀÁẢÃẠ", min_size=1, max_size=10)),
            "benefit_value": st.one_of(st.none(), st.integers(min_value=0, max_value=10**12)),
            "department": st.one_of(st.none(), st.sampled_from(["Tổ Điện", "Kho vật tư"])),
            "is_confidential": st.booleans(),
        },
    ),
)
AUTHORS = st.tuples(
    st.just("authors"), st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3, unique=True)
)
STATUS = st.tuples(
    st.just("status"), st.sampled_from([InitiativeStatus.DA_NOP_DON, InitiativeStatus.AP_DUNG_THU])
)
DELETE = st.tuples(st.just("delete"), st.none())
RESTORE = st.tuples(st.just("restore"), st.none())
STEP = st.tuples(
    st.integers(min_value=0, max_value=2), st.one_of(CREATE, EDIT, AUTHORS, STATUS, DELETE, RESTORE)
)


def _apply(services: Services, created: list[str], target: int, step: tuple[str, Any]) -> None:
    """One officer action; refusals the services make (workflow, trash rules) are part of the game."""
    kind, value = step
    if kind == "create" or not created:
        draft = InitiativeDraft.from_mapping(
            {
                "title": value if kind == "create" else TITLES[0],
                "kind": "KY_THUAT",
                "field_code": "SX_KD",
                "status": "AP_DUNG_THU",
                "first_applied_on": "05/03/2024",
                "authors": [{"name": PEOPLE[0], "share": 100}],
            }
        )
        created.append(services.initiatives.create(draft).initiative.id)
        return
    initiative_id = created[target % len(created)]
    try:
        if kind == "delete":
            services.trash.delete("initiative", initiative_id, _version(services, initiative_id))
        elif kind == "restore":
            services.trash.restore("initiative", initiative_id)
        elif kind == "status":
            services.status.change(initiative_id, value, reason="Sửa lại cho đúng hồ sơ")
        else:
            _edit(services, initiative_id, kind, value)
    except KnownError:
        pass


def _edit(services: Services, initiative_id: str, kind: str, value: Any) -> None:
    detail = services.initiatives.detail(initiative_id)
    if kind == "authors":
        shares = [Decimal(100 // len(value))] * len(value)
        shares[0] += 100 - sum(shares)
        authors = tuple(AuthorInput(name, share) for name, share in zip(value, shares, strict=True))
        draft = replace(detail.draft, authors=authors)
    else:
        draft = replace(detail.draft, **value)
    services.initiatives.update(initiative_id, draft, detail.version, status_reason="Sửa lại cho đúng hồ sơ")


def _version(services: Services, initiative_id: str) -> int:
    with services.uow.read() as session:
        return int(session.scalar(sa.select(Initiative.version).where(Initiative.id == initiative_id)) or 0)


def _stored(record: RecordMixin, fields: list[str]) -> dict[str, Any]:
    """The record's fields as canonical JSON reads them (the form audit values are stored in)."""
    return {key: json.loads(canonical_json(getattr(record, key))) for key in fields}


@settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=12))
def test_replaying_the_audit_rebuilds_every_initiative_author_and_person(
    services: Services, steps: list[tuple[int, tuple[str, Any]]]
) -> None:
    created: list[str] = []
    for target, step in steps:
        _apply(services, created, target, step)

    compared = 0
    with services.uow.read() as session:
        for model in (Initiative, Authorship, Person):
            fields = replayable_fields(model.__tablename__)
            for record in session.scalars(sa.select(model)):
                assert services.audit.replay(model.__tablename__, record.id) == _stored(record, fields), (
                    model.__tablename__,
                    record.id,
                )
                compared += 1
    assert compared >= 3  # at least one initiative, its author and that person


def test_replay_of_an_unknown_record_is_empty(services: Services) -> None:
    assert services.audit.replay("initiative", "khong-co") == {}
