"""The store file: connection rules, schema creation and upgrade, refusals, constraints, writer lock."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from sangkien_desktop.domain.errors import StoreCorruptError, StoreLockedError, StoreTooNewError
from sangkien_desktop.persistence import store
from sangkien_desktop.persistence.backup_archive import DB_MEMBER, verify_archive
from sangkien_desktop.persistence.lock import WriterLock
from sangkien_desktop.persistence.models import Programme, ProgrammePhase
from sangkien_desktop.persistence.store import StorePaths, head_revision, open_store, read_revision
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.services.health import check_store
from sangkien_desktop.services.office import SEED_PROGRAMME_CODE
from tests.conftest import OFFICE

# -- helpers -----------------------------------------------------------------------------------------


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def _schema(path: Path) -> dict[tuple[str, str], Any]:
    """Structure of every table and index, independent of the order of constraints in CREATE TABLE."""
    conn = _connect(path)
    try:
        result: dict[tuple[str, str], Any] = {}
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_autoindex_%' ORDER BY type, name"
        ).fetchall()
        for kind, name, table, sql in rows:
            # ALTER TABLE ADD COLUMN appends ", new_column …" to the last line: one column per entry.
            pieces = [part for x in (sql or "").splitlines() if x.strip()
                      for part in (x.split(", ") if "(" not in x else [x])]
            lines = sorted(x.strip().rstrip(",").strip() for x in pieces if x.strip())
            entry: dict[str, Any] = {"table": table, "sql": lines}
            if kind == "table":
                entry["columns"] = conn.execute(f"PRAGMA table_info('{name}')").fetchall()
                entry["fks"] = sorted(r[2:] for r in conn.execute(f"PRAGMA foreign_key_list('{name}')"))
                indexes = []
                for idx in conn.execute(f"PRAGMA index_list('{name}')").fetchall():
                    cols = [r[2] for r in conn.execute(f"PRAGMA index_info('{idx[1]}')")]
                    # sqlite_autoindex_<table>_N is numbered in constraint order, which carries no meaning.
                    name = "" if idx[1].startswith("sqlite_autoindex_") else idx[1]
                    indexes.append((name, idx[2], idx[3], idx[4], tuple(cols)))
                entry["indexes"] = sorted(indexes)
            result[(kind, name)] = entry
        return result
    finally:
        conn.close()


def _user_tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'initiative_fts%' AND name != 'alembic_version' ORDER BY name"
        )
    ]


def _columns(path: Path) -> dict[str, list[str]]:
    """The record tables and their columns, in declared order."""
    conn = _connect(path)
    try:
        return {t: [r[1] for r in conn.execute(f"PRAGMA table_info('{t}')")] for t in _user_tables(conn)}
    finally:
        conn.close()


def _dump(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every record table (or of the given tables and columns: what an upgrade must
    keep, since later revisions add tables and columns), in a stable row order."""
    columns = columns or _columns(path)
    conn = _connect(path)
    try:
        dump = {}
        for table, cols in columns.items():
            rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            dump[table] = sorted(rows, key=repr)
        return dump
    finally:
        conn.close()


def _flip_magic(data: bytearray) -> None:
    data[0] ^= 0xFF
    data[5] ^= 0x20


def _flip_page_size(data: bytearray) -> None:
    data[16], data[17] = 0x00, 0x03  # page size 3: not a power of two, SQLite refuses the file


# -- connection rules ---------------------------------------------------------------------------------


def test_fresh_store_connections_have_the_pragmas(tmp_path: Path) -> None:
    engine = open_store(StorePaths(tmp_path / "data"))
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        engine.dispose()


# -- schema --------------------------------------------------------------------------------------------


def test_migrating_an_empty_file_gives_the_create_all_schema_stamped_head(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.db"
    migrated.touch()
    store.migrate(migrated)

    fresh = StorePaths(tmp_path / "fresh")
    open_store(fresh).dispose()

    expected = _schema(fresh.db)
    actual = _schema(migrated)
    assert set(actual) == set(expected)
    for key in expected:
        assert actual[key] == expected[key], key
    assert ("table", "initiative_fts") in actual

    assert read_revision(migrated) == head_revision()
    assert read_revision(fresh.db) == head_revision()
    for path in (migrated, fresh.db):
        conn = _connect(path)
        try:
            assert conn.execute("SELECT singleton, device_epoch, next_seq FROM sync_state").fetchall() == [
                (1, 1, 1)
            ]
        finally:
            conn.close()


# -- upgrade from a released revision -----------------------------------------------------------------

EMPLOYER_ID = "01900000-0000-7000-8000-000000000001"
UNIT_ID = "01900000-0000-7000-8000-000000000002"
HOA_ID = "01900000-0000-7000-8000-000000000003"
DUC_ID = "01900000-0000-7000-8000-000000000004"
PIPE_ID = "01900000-0000-7000-8000-000000000005"
BELT_ID = "01900000-0000-7000-8000-000000000006"
DECISION_ID = "01900000-0000-7000-8000-000000000009"
T0 = "2024-03-05 08:30:00.000000"


def _insert(conn: sqlite3.Connection, table: str, **row: Any) -> None:
    conn.execute(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
    )


def _seed_0001(path: Path) -> None:
    """Realistic rows written the way release 0001 stored them (shares in hundredths, enums as codes)."""
    stamps = {"version": 1, "created_at": T0, "updated_at": T0}
    conn = _connect(path)
    try:
        with conn:
            _insert(
                conn,
                "employer",
                pk=1,
                id=EMPLOYER_ID,
                **stamps,
                name="Công ty TNHH ABC",
                has_council=1,
                tax_code="0201234567",
            )
            _insert(
                conn,
                "union_unit",
                pk=1,
                id=UNIT_ID,
                **stamps,
                full_name="Công đoàn cơ sở Công ty TNHH ABC",
                short_name="CĐCS Công ty ABC",
                doc_symbol="CĐCS",
                place_name="Hải Phòng",
                employer_id=EMPLOYER_ID,
                unit_code="ABC",
            )
            for pk, pid, family, middle, given, sex, phone in (
                (1, HOA_ID, "Nguyễn", "Thị", "Hoa", "NU", "0912345678"),
                (2, DUC_ID, "Phạm", "Văn", "Đức", "NAM", None),
            ):
                _insert(
                    conn,
                    "person",
                    pk=pk,
                    id=pid,
                    **stamps,
                    full_name=f"{family} {middle} {given}",
                    family_name=family,
                    middle_name=middle,
                    given_name=given,
                    name_parts_overridden=0,
                    name_sort_key="",
                    sex=sex,
                    birth_date="1985-07-12",
                    is_member=1,
                    phone=phone,
                    department="Tổ Lò hơi",
                )
            flags = {
                "is_confidential": 0,
                "ip_protected": 0,
                "first_application_is_trial": 0,
                "benefit_is_estimate": 0,
            }
            _insert(
                conn,
                "initiative",
                pk=1,
                id=PIPE_ID,
                **{**stamps, "version": 2},
                **flags,
                code="2024-ABC-0001",
                title="Cải tiến đường ống dẫn hơi",
                summary="Thay đoạn ống cong bằng ống thẳng, giảm tổn thất nhiệt.",
                kind="KY_THUAT",
                field_code="SX_KD",
                department="Tổ Lò hơi",
                first_applied_on="2024-03-05",
                benefit_value=125_000_000,
                benefit_not_quantifiable=0,
                status="DA_CONG_NHAN",
                status_changed_at=T0,
                notes="ghi chú nội bộ",
            )
            _insert(
                conn,
                "initiative",
                pk=2,
                id=BELT_ID,
                **stamps,
                **flags,
                code="2024-ABC-0002",
                title="Nâng cấp băng tải phân xưởng Sợi",
                kind="QUAN_LY",
                field_code="ATVSLD",
                benefit_not_quantifiable=1,
                status="Y_TUONG",
                status_changed_at=T0,
            )
            for pk, ini, person, position, role, share in (
                (1, PIPE_ID, HOA_ID, 1, "TAC_GIA", 6000),
                (2, PIPE_ID, DUC_ID, 2, "DONG_TAC_GIA", 4000),
                (3, BELT_ID, DUC_ID, 1, "TAC_GIA", 10000),
            ):
                _insert(
                    conn,
                    "authorship",
                    pk=pk,
                    id=f"01900000-0000-7000-8000-0000000001{pk:02d}",
                    **stamps,
                    initiative_id=ini,
                    person_id=person,
                    position=position,
                    role=role,
                    share_pct=share,
                )
            _insert(
                conn,
                "recognition_decision",
                pk=1,
                id=DECISION_ID,
                **stamps,
                initiative_id=PIPE_ID,
                number="15/QĐ-ABC",
                decided_on="2024-06-20",
                issuer_id=EMPLOYER_ID,
                level="CO_SO",
                outcome="CONG_NHAN",
                signer_name="Nguyễn Văn Thành",
            )
            for seq, entity, eid in (
                (1, "employer", EMPLOYER_ID),
                (2, "union_unit", UNIT_ID),
                (3, "initiative", PIPE_ID),
            ):
                payload = f'{{"ghi_chu":"đã gửi","id":"{eid}"}}'
                _insert(
                    conn,
                    "outbox",
                    op_id=f"01900000-0000-7000-9000-00000000000{seq}",
                    device_epoch=1,
                    seq=seq,
                    entity_type=entity,
                    entity_id=eid,
                    op_type="upsert",
                    version=1,
                    payload=payload,
                    payload_sha256=hashlib.sha256(payload.encode()).hexdigest(),
                    created_at_local=T0,
                    state="ACKED" if seq == 1 else "PENDING",
                    attempts=1 if seq == 1 else 0,
                )
            conn.execute("UPDATE sync_state SET next_seq = 4, device_id = 'may-van-phong-1'")
            _insert(
                conn,
                "setting",
                key="text.tone_order",
                value='"dictionary"',
                verified=1,
                source="Cán bộ nhập",
                updated_at=T0,
            )
            _insert(
                conn,
                "audit_entry",
                pk=1,
                at=T0,
                entity="initiative",
                entity_id=PIPE_ID,
                action="update",
                field="title",
                old_value='"Cai tien ong"',
                new_value='"Cải tiến đường ống dẫn hơi"',
            )
    finally:
        conn.close()


def test_upgrade_from_0001_keeps_every_row_backs_up_and_indexes_old_data(tmp_path: Path) -> None:
    paths = StorePaths(tmp_path / "data")
    paths.data_dir.mkdir()
    store.migrate(paths.db, "0001")
    assert read_revision(paths.db) == "0001"
    _seed_0001(paths.db)
    old_columns = _columns(paths.db)
    before = _dump(paths.db)
    assert before["authorship"] and before["outbox"]

    open_store(paths).dispose()

    assert read_revision(paths.db) == head_revision()
    assert _dump(paths.db, old_columns) == before
    conn = _connect(paths.db)
    try:
        shares = conn.execute("SELECT share_pct FROM authorship ORDER BY pk").fetchall()
        assert shares == [(6000,), (4000,), (10000,)]
        title = conn.execute("SELECT title FROM initiative WHERE id = ?", (PIPE_ID,)).fetchone()[0]
        assert title == "Cải tiến đường ống dẫn hơi"
        # 0005's counter starts from the ops that were still unsettled (the ACKED one is not).
        (kept,) = conn.execute("SELECT unsettled_ops FROM sync_state").fetchone()
        (pending,) = conn.execute("SELECT count(*) FROM outbox WHERE state = 'PENDING'").fetchone()
        assert kept == pending > 0
    finally:
        conn.close()

    archives = sorted(paths.backups.glob("*.skbackup"))
    assert len(archives) == 1 and "truoc-nang-cap" in archives[0].name
    extracted = tmp_path / "truoc-nang-cap"
    manifest = verify_archive(archives[0], extracted)  # hashes and integrity_check
    snapshot = extracted / DB_MEMBER
    assert manifest.schema_revision == read_revision(snapshot) == "0001"
    assert _dump(snapshot) == before

    services = build_services(paths.data_dir)
    try:
        found = services.initiatives.search("duong ong")
        assert found.total == 1
        assert [v.id for v in found.items] == [PIPE_ID]
        assert services.initiatives.search("nguyen thi hoa").total == 1
        assert [v.id for v in services.initiatives.search("15/QĐ-ABC").items] == [PIPE_ID]
        assert {v.id for v in services.initiatives.search("pham van duc").items} == {PIPE_ID, BELT_ID}

        view = services.initiatives.get("2024-ABC-0001")
        assert [(a.full_name, str(a.share_pct)) for a in view.authors] == [
            ("Nguyễn Thị Hoa", "60.00"),
            ("Phạm Văn Đức", "40.00"),
        ]
        assert view.decision_number == "15/QĐ-ABC"
        assert view.benefit_vnd == 125_000_000
        report = check_store(services.uow)
        assert report.ok, report.lines()
        assert report.next_seq == 4
    finally:
        services.close()


def test_upgrade_from_0002_indexes_the_persons_already_there(tmp_path: Path) -> None:
    paths = StorePaths(tmp_path / "data")
    paths.data_dir.mkdir()
    store.migrate(paths.db, "0002")
    _seed_0001(paths.db)  # the 0002 schema stores persons as 0001 did
    conn = _connect(paths.db)
    try:
        with conn:
            _insert(conn, "person", pk=3, id="01900000-0000-7000-8000-000000000010", version=2,
                    created_at=T0, updated_at=T0, deleted_at=T0, full_name="Phạm Văn Đức", family_name="Phạm",
                    middle_name="Văn", given_name="Đức", name_parts_overridden=0, name_sort_key="", sex="NAM",
                    is_member=1, department="Tổ Lò hơi")
    finally:
        conn.close()
    before = _dump(paths.db)

    open_store(paths).dispose()

    assert read_revision(paths.db) == head_revision()
    after = _dump(paths.db)
    assert (after["person"], after["authorship"]) == (before["person"], before["authorship"])
    services = build_services(paths.data_dir)
    try:
        assert [v.id for v in services.people.search("nguyen thi hoa").items] == [HOA_ID]
        # the tombstoned namesake stays out of the index
        assert [v.id for v in services.people.search("duc lo hoi").items] == [DUC_ID]
        assert [v.id for v in services.people.search("đức").items] == [DUC_ID]
        assert services.people.search("").total == 2
        assert services.people.get(DUC_ID).initiative_count == 2
    finally:
        services.close()


# -- refusals ------------------------------------------------------------------------------------------


def test_store_with_unknown_revision_is_refused_untouched(tmp_path: Path) -> None:
    paths = StorePaths(tmp_path / "data")
    open_store(paths).dispose()
    conn = _connect(paths.db)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
    finally:
        conn.close()
    wal = paths.db.with_name(paths.db.name + "-wal")
    assert not wal.exists()
    digest = _sha(paths.db)

    with pytest.raises(StoreTooNewError) as info:
        open_store(paths)

    assert "9999" in str(info.value)
    assert _sha(paths.db) == digest
    assert not paths.backups.exists() or not any(paths.backups.iterdir())
    assert not wal.exists(), "opening a refused store must not create a -wal file beside it"


@pytest.mark.parametrize("damage", ["random_bytes", "magic_flipped", "page_size_flipped"])
def test_corrupt_store_is_refused_untouched(tmp_path: Path, damage: str) -> None:
    paths = StorePaths(tmp_path / "data")
    if damage == "random_bytes":
        paths.data_dir.mkdir()
        paths.db.write_bytes(os.urandom(8192))
    else:
        open_store(paths).dispose()
        data = bytearray(paths.db.read_bytes())
        (_flip_magic if damage == "magic_flipped" else _flip_page_size)(data)
        paths.db.write_bytes(bytes(data))
    digest = _sha(paths.db)

    with pytest.raises(StoreCorruptError) as info:
        open_store(paths)

    message = str(info.value)
    assert str(paths.db) in message
    assert "backups" in message
    assert _sha(paths.db) == digest


# -- constraints ---------------------------------------------------------------------------------------


def test_foreign_keys_are_enforced(services: Any, make_initiative: Any) -> None:
    person_id = make_initiative().authors[0].person_id
    sql = sa.text(
        "INSERT INTO authorship (id, version, created_at, updated_at, initiative_id, person_id, position, "
        "role) VALUES ('a-1', 1, :t, :t, :initiative, :person, 3, 'DONG_TAC_GIA')"
    )
    missing = "01900000-0000-7000-8000-0000000000ff"
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), services.engine.begin() as conn:
        conn.execute(sql, {"t": T0, "initiative": missing, "person": person_id})
    with services.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM authorship WHERE id = 'a-1'").scalar() == 0


def test_check_constraint_refuses_unknown_status_code(services: Any, make_initiative: Any) -> None:
    view = make_initiative()
    with pytest.raises(IntegrityError, match="CHECK"), services.engine.begin() as conn:
        conn.execute(sa.text("UPDATE initiative SET status = 'DA_XONG' WHERE id = :id"), {"id": view.id})
    row = {
        "id": "x-1", "version": 1, "created_at": T0, "updated_at": T0, "code": "X-1", "title": "Thử",
        "kind": "KY_THUAT", "field_code": "SX_KD", "is_confidential": 0, "ip_protected": 0,
        "first_application_is_trial": 0, "benefit_is_estimate": 0, "benefit_not_quantifiable": 0,
        "status": "y_tuong", "status_changed_at": T0,
    }  # fmt: skip
    insert = sa.text(f"INSERT INTO initiative ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})")
    with pytest.raises(IntegrityError, match="CHECK"), services.engine.begin() as conn:
        conn.execute(insert, row)
    assert services.initiatives.get(view.id).status.value == "AP_DUNG_THU"


# -- single writer ------------------------------------------------------------------------------------


def test_second_writer_is_refused_naming_the_first(tmp_path: Path) -> None:
    paths = StorePaths(tmp_path / "data")
    paths.data_dir.mkdir()
    first = WriterLock(paths.lock, "Sáng kiến Desktop (giao diện)")
    with first:
        second = WriterLock(paths.lock, "sangkien demo", timeout=0.2)
        with pytest.raises(StoreLockedError) as info:
            second.acquire()
        assert "Sáng kiến Desktop (giao diện)" in str(info.value)
        assert str(os.getpid()) in str(info.value)
    with WriterLock(paths.lock, "sangkien demo", timeout=0.2):
        pass


def test_init_seeds_the_programme_once_marked_unverified(services: Services) -> None:
    """DOMAIN.md §7.1: the "1 triệu sáng kiến" programme with its window and phases; the document
    number stays unverified until an officer checks the paper original."""
    services.office.init_office(OFFICE)  # a second init must not add it again
    with services.uow.read() as session:
        programmes = session.scalars(sa.select(Programme)).all()
        phases = session.scalars(sa.select(ProgrammePhase).order_by(ProgrammePhase.starts_on)).all()
    assert [p.code for p in programmes] == [SEED_PROGRAMME_CODE]
    assert programmes[0].doc_verified is False
    assert (programmes[0].window_from, programmes[0].window_to) == (date(2021, 9, 1), date(2023, 9, 1))
    assert [p.national_target for p in phases] == [300_000, None]


def test_revision_ids_read_from_file_names_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    from sangkien_desktop.persistence.store import alembic_config, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {rev.revision for rev in scripts.walk_revisions()}
    assert head_revision() == scripts.get_current_head()
