"""Transactional outbox, versions and audit trail written with each change (SYNC.md rules 1–4)."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.model import InitiativeDraft, InitiativeView
from sangkien_desktop.persistence.models import Initiative, Person, Setting
from sangkien_desktop.persistence.outbox import audit_snapshot, outbox_is_gapless, record_values
from sangkien_desktop.protocol import canonical_json
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.demo import generate_demo
from sangkien_desktop.services.health import check_store

MakeInitiative = Callable[..., InitiativeView]


# -- helpers -----------------------------------------------------------------------------------------


def _ops(services: Services, after_seq: int = 0) -> list[dict[str, Any]]:
    with services.engine.connect() as conn:
        rows = (
            conn.exec_driver_sql(
                "SELECT seq, device_epoch, op_id, entity_type, entity_id, op_type, base_version, version, "
                "payload, payload_sha256, state FROM outbox WHERE seq > ? ORDER BY seq",
                (after_seq,),
            )
            .mappings()
            .all()
        )
    return [dict(r) for r in rows]


def _next_seq(services: Services) -> int:
    with services.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT next_seq FROM sync_state").scalar_one())


def _count(services: Services, table: str) -> int:
    with services.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def _load(services: Services, initiative_id: str) -> Initiative:
    with services.uow.read() as session:
        return session.scalars(sa.select(Initiative).where(Initiative.id == initiative_id)).one()


def _edit(services: Services, initiative_id: str, *changes: dict[str, Any]) -> None:
    """One unit of work; each mapping of changes is applied and flushed separately."""
    with services.uow() as uow:
        obj = uow.session.scalars(sa.select(Initiative).where(Initiative.id == initiative_id)).one()
        for change in changes:
            for key, value in change.items():
                setattr(obj, key, value)
            uow.session.flush()
        uow.commit()


def _audit(services: Services, entity_id: str) -> list[dict[str, Any]]:
    with services.engine.connect() as conn:
        rows = (
            conn.exec_driver_sql(
                "SELECT action, field, old_value, new_value FROM audit_entry WHERE entity_id = ? ORDER BY pk",
                (entity_id,),
            )
            .mappings()
            .all()
        )
    return [dict(r) for r in rows]


def _state(obj: Initiative) -> dict[str, Any]:
    """Current record state in the audit trail's terms (canonical JSON values, nulls left out)."""
    snapshot = audit_snapshot(Initiative, record_values(obj))
    return json.loads(canonical_json(snapshot))


# -- creation ------------------------------------------------------------------------------------------


def test_create_writes_one_canonical_op_per_synced_record(
    services: Services, make_initiative: MakeInitiative
) -> None:
    start = _next_seq(services)
    view = make_initiative(
        notes="Chỉ lưu tại máy văn phòng",
        authors=[{"name": "Lê Thị Thu Hằng", "share": 60}, {"name": "Đỗ Quang Vinh", "share": 40}],
    )

    ops = _ops(services, after_seq=start - 1)
    assert [op["seq"] for op in ops] == list(range(start, start + len(ops)))
    assert _next_seq(services) == start + len(ops)
    assert sorted(op["entity_type"] for op in ops) == sorted(
        ["initiative", "person", "person", "authorship", "authorship"]
    )
    by_type: dict[str, list[dict[str, Any]]] = {}
    for op in ops:
        by_type.setdefault(op["entity_type"], []).append(op)
        assert op["op_type"] == "upsert"
        assert op["base_version"] is None and op["version"] == 1
        assert op["state"] == "PENDING"
        assert op["payload_sha256"] == hashlib.sha256(op["payload"].encode("utf-8")).hexdigest()
        assert canonical_json(json.loads(op["payload"])) == op["payload"]
        assert "pk" not in json.loads(op["payload"])
    ids = {op["entity_id"] for op in ops}
    assert len(ids) == len(ops)
    assert len({op["op_id"] for op in ops}) == len(ops)

    (initiative_op,) = by_type["initiative"]
    payload = json.loads(initiative_op["payload"])
    assert initiative_op["entity_id"] == view.id
    assert payload["id"] == view.id and payload["title"] == view.title
    assert "notes" not in payload
    assert "Chỉ lưu" not in initiative_op["payload"]
    authorships = [json.loads(op["payload"]) for op in by_type["authorship"]]
    assert {a["initiative_id"] for a in authorships} == {view.id}
    assert {a["person_id"] for a in authorships} == {a.person_id for a in view.authors}
    persons = [json.loads(op["payload"]) for op in by_type["person"]]
    assert {p["full_name"] for p in persons} == {"Lê Thị Thu Hằng", "Đỗ Quang Vinh"}


def test_share_in_payload_is_a_two_decimal_string(
    services: Services, make_initiative: MakeInitiative
) -> None:
    """SYNC.md §3.1: decimals travel as strings with their scale ("40.00"), however they were typed."""
    start = _next_seq(services)
    make_initiative(
        authors=[{"name": "Lê Thị Thu Hằng", "share": 60}, {"name": "Đỗ Quang Vinh", "share": "40"}]
    )
    shares = sorted(
        json.loads(op["payload"])["share_pct"]
        for op in _ops(services, start - 1)
        if op["entity_type"] == "authorship"
    )
    assert shares == ["40.00", "60.00"]


def _add_person(services: Services, name: str, phone: str) -> str:
    with services.uow() as uow:
        person = Person(
            full_name=name,
            family_name=name.split()[0],
            given_name=name.split()[-1],
            phone=phone,
            email="hoa@example.vn",
        )
        uow.session.add(person)
        uow.session.flush()
        person_id = person.id
        uow.commit()
    return person_id


def _person_payload(services: Services, person_id: str) -> dict[str, Any]:
    (op,) = [op for op in _ops(services) if op["entity_id"] == person_id]
    return dict(json.loads(op["payload"]))


def test_personal_contacts_leave_only_with_the_setting(services: Services) -> None:
    quiet = _add_person(services, "Nguyễn Thị Hoa", "0912 345 678")
    payload = _person_payload(services, quiet)
    assert "phone" not in payload and "email" not in payload
    assert payload["full_name"] == "Nguyễn Thị Hoa"

    with services.uow() as uow:
        setting = uow.session.get(Setting, "sync.send_personal_contacts")
        assert setting is not None
        setting.value = canonical_json(True)
        uow.commit()
    shared = _add_person(services, "Trần Văn Nam", "0987 654 321")
    payload = _person_payload(services, shared)
    assert payload["phone"] == "0987 654 321"
    assert payload["email"] == "hoa@example.vn"


# -- failed transactions -------------------------------------------------------------------------------


def _snapshot_counts(services: Services) -> dict[str, int]:
    tables = ("initiative", "person", "authorship", "recognition_decision", "outbox", "audit_entry")
    return {t: _count(services, t) for t in tables} | {"next_seq": _next_seq(services)}


def test_validation_error_mid_way_leaves_nothing(services: Services, make_initiative: MakeInitiative) -> None:
    make_initiative()
    before = _snapshot_counts(services)
    draft = InitiativeDraft.from_mapping(
        {
            "title": "Giải pháp hợp lý hóa quy trình bàn giao ca",
            "kind": "QUAN_LY",
            "field_code": "QUAN_LY_DIEU_HANH",
            "authors": [
                {"name": "Hoàng Minh Tuấn", "share": 50},
                {"name": "Người không có", "share": 50, "person_id": "01900000-dead-7000-8000-000000000000"},
            ],
        }
    )
    with pytest.raises(ValidationError, match="Tác giả"):
        services.initiatives.create(draft)
    assert _snapshot_counts(services) == before
    assert services.initiatives.search("hop ly hoa ban giao").total == 0
    assert services.initiatives.search("hoang minh tuan").total == 0


def test_exception_inside_unit_of_work_leaves_nothing(services: Services) -> None:
    before = _snapshot_counts(services)
    with pytest.raises(RuntimeError, match="mất điện"), services.uow() as uow:
        uow.session.add(
            Initiative(
                code="2024-ABC-9999",
                title="Sáng kiến dang dở",
                kind="KY_THUAT",
                field_code="SX_KD",
                status_changed_at=datetime(2024, 3, 5),
            )
        )
        uow.session.add(Person(full_name="Vũ Thị Lan"))
        uow.session.flush()
        raise RuntimeError("mất điện")
    assert _snapshot_counts(services) == before

    with pytest.raises(RuntimeError, match="mất điện"), services.uow() as uow:
        uow.session.add(Person(full_name="Vũ Thị Lan"))
        uow.commit()
        raise RuntimeError("mất điện sau khi lưu")
    assert _count(services, "person") == before["person"] + 1
    assert _next_seq(services) == before["next_seq"] + 1


# -- updates -------------------------------------------------------------------------------------------


def test_update_bumps_version_once_and_audits_each_field(
    services: Services, make_initiative: MakeInitiative
) -> None:
    view = make_initiative(summary="Bản đầu")
    start = _next_seq(services)

    _edit(
        services,
        view.id,
        {"title": "Cải tiến băng tải phân xưởng 2"},
        {"summary": "Bản sửa"},
        {"benefit_value": 30_000_000, "department": "Tổ Bảo trì cơ điện"},
    )

    obj = _load(services, view.id)
    assert obj.version == 2
    (op,) = _ops(services, start - 1)
    assert (op["entity_id"], op["op_type"], op["base_version"], op["version"]) == (view.id, "upsert", 1, 2)
    payload = json.loads(op["payload"])
    assert payload["title"] == "Cải tiến băng tải phân xưởng 2"
    assert payload["summary"] == "Bản sửa" and payload["benefit_value"] == 30_000_000
    assert _next_seq(services) == start + 1

    updates = [a for a in _audit(services, view.id) if a["action"] != "create"]
    assert sorted((a["field"], a["old_value"], a["new_value"]) for a in updates) == sorted(
        [
            (
                "title",
                canonical_json("Cải tiến băng tải phân xưởng 1"),
                canonical_json("Cải tiến băng tải phân xưởng 2"),
            ),
            ("summary", canonical_json("Bản đầu"), canonical_json("Bản sửa")),
            ("benefit_value", canonical_json(12_500_000), canonical_json(30_000_000)),
            ("department", None, canonical_json("Tổ Bảo trì cơ điện")),
        ]
    )
    assert {a["action"] for a in updates} == {"update"}

    _edit(services, view.id, {"status": "DA_NOP_DON"})
    obj = _load(services, view.id)
    assert obj.version == 3
    (op,) = _ops(services, start)
    assert (op["base_version"], op["version"]) == (2, 3)
    last = _audit(services, view.id)[-1]
    assert (last["action"], last["field"], last["new_value"]) == ("status", "status", '"DA_NOP_DON"')


EDITS = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            "title": st.sampled_from(["Cải tiến đường ống", "Nâng cấp máy nén khí", "Chuẩn hóa sổ theo dõi"]),
            "summary": st.one_of(st.none(), st.text(alphabet="aăâđêôơư ÀÁẢÃẠ", min_size=1, max_size=12)),
            "benefit_value": st.one_of(st.none(), st.integers(min_value=0, max_value=10**12)),
            "department": st.one_of(st.none(), st.sampled_from(["Tổ Điện", "Kho vật tư"])),
            "first_application_is_trial": st.booleans(),
        },
    ),
    min_size=1,
    max_size=4,
)


@settings(
    max_examples=12, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=st.lists(EDITS, min_size=1, max_size=4))
def test_replaying_the_audit_trail_rebuilds_the_record(
    services: Services, make_initiative: MakeInitiative, edits: list[list[dict[str, Any]]]
) -> None:
    view = make_initiative(authors=["Mai Thu Trang"])
    committed = 0
    for transaction in edits:
        before, audited = _load(services, view.id).version, len(_audit(services, view.id))
        _edit(services, view.id, *transaction)
        after, changed = _load(services, view.id).version, len(_audit(services, view.id)) > audited
        # exactly one new version per committed transaction that changed something, however many flushes
        assert after == before + (1 if changed else 0)
        committed += after - before

    trail = _audit(services, view.id)
    assert trail[0]["action"] == "create"
    state: dict[str, Any] = json.loads(trail[0]["new_value"])
    for entry in trail[1:]:
        current = state.get(entry["field"])
        old = None if entry["old_value"] is None else json.loads(entry["old_value"])
        assert current == old, entry
        state[entry["field"]] = None if entry["new_value"] is None else json.loads(entry["new_value"])
    state = {k: v for k, v in state.items() if v is not None}

    obj = _load(services, view.id)
    expected = _state(obj)
    # updated_at moves with every change but is not an audited field
    expected.pop("updated_at")
    state.pop("updated_at")
    assert state == expected
    assert obj.version == 1 + committed
    versions = [(op["base_version"], op["version"]) for op in _ops(services) if op["entity_id"] == view.id]
    assert versions == [(None, 1)] + [(v, v + 1) for v in range(1, obj.version)]


# -- deletion ------------------------------------------------------------------------------------------


def test_physical_delete_is_refused(services: Services, make_initiative: MakeInitiative) -> None:
    view = make_initiative(title="Thiết kế đồ gá hàn khung xe đẩy")
    before = _snapshot_counts(services)
    with pytest.raises(RuntimeError, match="tombstone"), services.uow() as uow:
        obj = uow.session.scalars(sa.select(Initiative).where(Initiative.id == view.id)).one()
        uow.session.delete(obj)
        uow.session.flush()
    assert _snapshot_counts(services) == before
    assert services.initiatives.get(view.id).title == "Thiết kế đồ gá hàn khung xe đẩy"


def test_tombstone_writes_a_delete_op_and_leaves_search(
    services: Services, make_initiative: MakeInitiative
) -> None:
    view = make_initiative(title="Thiết kế đồ gá hàn khung xe đẩy")
    assert services.initiatives.search("do ga han").total == 1
    start = _next_seq(services)

    _edit(services, view.id, {"deleted_at": datetime(2025, 1, 2, 3, 4, 5)})

    (op,) = _ops(services, start - 1)
    assert (op["entity_id"], op["op_type"], op["base_version"], op["version"]) == (view.id, "delete", 1, 2)
    assert json.loads(op["payload"])["deleted_at"] == "2025-01-02T03:04:05.000000Z"
    assert services.initiatives.search("do ga han").total == 0
    assert services.initiatives.search("do ga han").items == ()
    assert _audit(services, view.id)[-1]["action"] == "delete"
    assert services.initiatives.list().total == 0
    with services.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM initiative WHERE id = ?", (view.id,)).scalar() == 1


# -- text normalisation --------------------------------------------------------------------------------


def test_nfd_input_is_stored_as_nfc(services: Services) -> None:
    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    title = "Cải tiến đường ống dẫn hơi lò số 3"
    names = ["Nguyễn Thị Hoa", "Đặng Hữu Phúc"]
    draft = InitiativeDraft.from_mapping(
        {
            "title": nfd(title),
            "kind": "KY_THUAT",
            "field_code": "SX_KD",
            "summary": nfd("Giảm tổn thất nhiệt"),
            "department": nfd("Tổ Lò hơi"),
            "authors": [{"name": nfd(n), "share": 50} for n in names],
        }
    )
    assert nfd(title) != title
    view = services.initiatives.create(draft).initiative

    assert view.title == title
    assert [a.full_name for a in view.authors] == names
    with services.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT title, summary, department FROM initiative WHERE id = ?", (view.id,)
        ).one()
        stored_names = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT p.full_name FROM authorship a JOIN person p ON p.id = a.person_id "
                "WHERE a.initiative_id = ? ORDER BY a.position",
                (view.id,),
            )
        ]
        texts = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT full_name || family_name || middle_name || given_name FROM person"
            )
        ]
    assert tuple(row) == (title, "Giảm tổn thất nhiệt", "Tổ Lò hơi")
    assert stored_names == names
    for text in texts:
        assert unicodedata.is_normalized("NFC", text)
    assert services.initiatives.search(nfd("đường ống")).total == 1


# -- demo data -----------------------------------------------------------------------------------------


def test_demo_data_has_a_gapless_outbox_and_one_op_per_record(services: Services) -> None:
    start = _next_seq(services)
    assert generate_demo(services, 300, seed=7) == 300

    with services.engine.connect() as conn:
        assert outbox_is_gapless(conn)
        initiative_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM initiative")]
        counts = dict(
            conn.exec_driver_sql(
                "SELECT entity_id, count(*) FROM outbox WHERE entity_type = 'initiative' GROUP BY entity_id"
            ).all()
        )
        total_records = sum(
            conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
            for t in (
                "person",
                "initiative",
                "authorship",
                "recognition_decision",
                "reward_decision",
                "reward",
            )
        )
        ops = conn.exec_driver_sql("SELECT count(*) FROM outbox WHERE seq >= ?", (start,)).scalar_one()
        bad_hashes = [
            r
            for r in conn.exec_driver_sql("SELECT payload, payload_sha256 FROM outbox")
            if hashlib.sha256(r[0].encode("utf-8")).hexdigest() != r[1]
        ]
    assert len(initiative_ids) == 300
    assert all(counts.get(i) == 1 for i in initiative_ids)
    assert ops == total_records
    assert bad_hashes == []
    report = check_store(services.uow)
    assert report.ok, report.lines()


def test_the_pending_counter_follows_every_insert(services: Services,
                                                  make_initiative: MakeInitiative) -> None:
    from sangkien_desktop.persistence.outbox import count_unsettled, pending_count
    from sangkien_desktop.services.demo import generate_demo

    def both() -> tuple[int, int]:
        with services.engine.connect() as conn:
            return pending_count(conn), count_unsettled(conn)

    start, counted_at_start = both()
    assert start == counted_at_start  # the office's own records are waiting already
    make_initiative(authors=["Mai Thu Trang"])
    kept, counted = both()
    assert kept == counted > start
    generate_demo(services, 30, seed=2)  # the bulk path
    kept_after, counted_after = both()
    assert kept_after == counted_after > counted
    assert services.initiatives.pending_changes() == kept_after
