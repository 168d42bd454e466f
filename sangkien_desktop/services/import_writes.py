"""Writing imported rows inside the caller's transaction, through the bulk path (persistence/bulk.py):
persons (found by name, and birth date when the list gives one, as the editor finds them; else new),
initiatives, authorships and recognition decisions, each with its outbox op, a creation entry in the
audit trail, and its search and sort keys, as any save leaves them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection

from sangkien_desktop.domain.enums import AuthorRole, DatePrecision, InitiativeStatus, RecognitionOutcome, Sex
from sangkien_desktop.domain.importing import ImportedRow
from sangkien_desktop.domain.model import AuthorInput
from sangkien_desktop.domain.text import ToneOrder, name_sort_key, split_name
from sangkien_desktop.persistence import person_search, search
from sangkien_desktop.persistence.bulk import insert_rows, prepare_records
from sangkien_desktop.persistence.models import (
    AuditEntry,
    Authorship,
    Initiative,
    Person,
    RecognitionDecision,
    RecordMixin,
)
from sangkien_desktop.persistence.outbox import (
    audit_snapshot,
    audited_keys,
    insert_ops,
    outbox_insert,
    sync_payload,
)
from sangkien_desktop.persistence.person_search import PersonDoc
from sangkien_desktop.persistence.rawinsert import RawInsert
from sangkien_desktop.persistence.search import SearchDoc
from sangkien_desktop.persistence.sort_keys import title_key
from sangkien_desktop.protocol import canonical_json, new_id

from .initiative_writes import shares

__all__ = ["CodeSequence", "ImportWriter", "WriteOptions", "code_prefix"]

_PERSON_SQL: Final = (
    "SELECT id, full_name, birth_date, name_sort_key FROM person"
    " WHERE deleted_at IS NULL AND full_name IN ({marks})"
)
PersonKey = tuple[str, date | None]
# Creation entries of the audit trail, one per record (as the unit of work writes them).
_AUDIT: Final = RawInsert(AuditEntry.__table__, sqlite.dialect())  # type: ignore[arg-type]
assert _AUDIT.columns == [
    "pk",
    "at",
    "officer_id",
    "entity",
    "entity_id",
    "action",
    "field",
    "old_value",
    "new_value",
]


def code_prefix(pattern: str, unit_code: str, year: int) -> str:
    """What every code of the year starts with ("2025-ABC-" for "{year}-{unit_code}-{counter:04d}")."""
    return pattern.split("{counter", 1)[0].format(year=year, unit_code=unit_code)


class CodeSequence:
    """Codes for rows that give none: the pattern's next numbers this year, after the store's last
    code and after any code of the file with the same prefix."""

    def __init__(
        self, pattern: str, unit_code: str, year: int, last_code: str | None, file_tails: dict[str, int]
    ):
        self._pattern, self._unit_code, self._year = pattern, unit_code, year
        self.prefix = code_prefix(pattern, unit_code, year)
        tail = last_code[len(self.prefix) :] if last_code else ""
        self._counter = max(int(tail) if tail.isdigit() else 0, file_tails.get(self.prefix, 0))

    def next(self) -> str:
        self._counter += 1
        return self._pattern.format(year=self._year, unit_code=self._unit_code, counter=self._counter)


@dataclass(frozen=True)
class WriteOptions:
    now: datetime
    officer_id: str | None
    tone_order: ToneOrder
    send_personal: bool


@dataclass
class _Batch:
    persons: list[dict[str, Any]] = field(default_factory=list)
    initiatives: list[dict[str, Any]] = field(default_factory=list)
    authorships: list[dict[str, Any]] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    docs: list[SearchDoc] = field(default_factory=list)


class ImportWriter:
    """Writes batches of rows in the caller's transaction; remembers who it created."""

    def __init__(self, conn: Connection, options: WriteOptions, codes: CodeSequence) -> None:
        self._conn = conn
        self._options = options
        self._codes = codes
        self._next_pk: dict[type[RecordMixin], int] = {m: self._max_pk(m) + 1 for m in (Person, Initiative)}
        self._people: dict[PersonKey, tuple[str, str]] = {}  # → (person id, name sort key)
        self.people_created = 0
        self.codes: list[str] = []
        self.initiative_pks: list[int] = []

    def _max_pk(self, model: type[RecordMixin]) -> int:
        table = model.__tablename__  # type: ignore[attr-defined]
        return int(self._conn.exec_driver_sql(f"SELECT max(pk) FROM {table}").scalar() or 0)

    def _pk(self, model: type[RecordMixin]) -> int:
        pk = self._next_pk[model]
        self._next_pk[model] = pk + 1
        return pk

    def write(self, rows: Sequence[ImportedRow]) -> None:
        batch = _Batch()
        self._find_people(rows)
        for row in rows:
            self._add_row(row, batch)
        self._insert(Person, batch.persons)
        self._insert(Initiative, batch.initiatives)
        self._insert(Authorship, batch.authorships)
        self._insert(RecognitionDecision, batch.decisions)
        search.INITIATIVES.insert_folded(self._conn, [doc.folded() for doc in batch.docs])
        person_docs = [
            PersonDoc(p["pk"], p["full_name"], p["department"] or "").folded() for p in batch.persons
        ]
        person_search.INDEX.insert_folded(self._conn, person_docs)

    # -- persons ------------------------------------------------------------------------------------

    def _find_people(self, rows: Sequence[ImportedRow]) -> None:
        """Living persons of the store with the authors' names (read once per batch)."""
        names = sorted({a.full_name for r in rows for a in r.draft.authors} - {k[0] for k in self._people})
        self._store: dict[str, list[tuple[str, date | None, str]]] = {}
        for start in range(0, len(names), 500):
            chunk = names[start : start + 500]
            sql = _PERSON_SQL.format(marks=",".join("?" * len(chunk)))
            for person_id, full_name, birth, sort_key in self._conn.exec_driver_sql(sql, tuple(chunk)):
                birth_date = date.fromisoformat(birth) if isinstance(birth, str) else birth
                self._store.setdefault(full_name, []).append((person_id, birth_date, sort_key))

    def _person(self, author: AuthorInput, row: ImportedRow, batch: _Batch) -> tuple[str, str]:
        """(id, name sort key): the one living person with this name (and birth date), else a new one,
        as ``initiative_writes.person_for`` decides for the editor."""
        key = (author.full_name, author.birth_date)
        if key in self._people:
            return self._people[key]
        candidates = [
            c
            for c in self._store.get(author.full_name, [])
            if author.birth_date is None or c[1] == author.birth_date
        ]
        if len(candidates) == 1:
            found = (candidates[0][0], candidates[0][2])
        else:
            found = self._new_person(author, row, batch)
        self._people[key] = found
        return found

    def _new_person(self, author: AuthorInput, row: ImportedRow, batch: _Batch) -> tuple[str, str]:
        parts = split_name(author.full_name)
        sort_key = name_sort_key(parts.family, parts.middle, parts.given, self._options.tone_order)
        lead = author is row.draft.authors[0]
        precision = (
            None
            if author.birth_date is None
            else DatePrecision.NAM
            if row.birth_year_only
            else (DatePrecision.NGAY)
        )
        person: dict[str, Any] = {
            "pk": self._pk(Person),
            "id": new_id(),
            "full_name": author.full_name,
            "family_name": parts.family,
            "middle_name": parts.middle,
            "given_name": parts.given,
            "name_parts_overridden": False,
            "name_sort_key": sort_key,
            "sex": author.sex or Sex.KHONG_RO,
            "birth_date": author.birth_date,
            "birth_date_precision": precision,
            "department": author.department,
            "job_title": row.job_title if lead else None,
            "is_member": True,
        }
        batch.persons.append(person)
        self.people_created += 1
        return person["id"], sort_key

    # -- initiatives --------------------------------------------------------------------------------

    def _add_row(self, row: ImportedRow, batch: _Batch) -> None:
        draft, now = row.draft, self._options.now
        people = [self._person(author, row, batch) for author in draft.authors]
        code = draft.code or self._codes.next()
        initiative_id, pk = new_id(), self._pk(Initiative)
        batch.initiatives.append(
            {
                "pk": pk,
                "id": initiative_id,
                "code": code,
                "title": draft.title,
                "summary": draft.summary,
                "kind": draft.kind,
                "field_code": draft.field_code,
                "department": draft.department,
                "first_applied_on": draft.first_applied_on,
                "first_application_is_trial": False,
                "benefit_value": draft.benefit_value,
                "benefit_is_estimate": False,
                "benefit_not_quantifiable": draft.benefit_not_quantifiable,
                "is_confidential": False,
                "ip_protected": False,
                "notes": draft.notes,
                "status": draft.status,
                "status_changed_at": now,
                "title_sort_key": title_key(draft.title, self._options.tone_order),
                "lead_sort_key": people[0][1] if people else "",
            }
        )
        for position, ((person_id, _key), share) in enumerate(
            zip(people, shares(draft.authors), strict=True), start=1
        ):
            batch.authorships.append(
                {
                    "id": new_id(),
                    "initiative_id": initiative_id,
                    "person_id": person_id,
                    "position": position,
                    "role": AuthorRole.TAC_GIA if position == 1 else AuthorRole.DONG_TAC_GIA,
                    "share_pct": share,
                }
            )
        if draft.decision_number and draft.decided_on:
            refused = draft.status is InitiativeStatus.KHONG_CONG_NHAN
            batch.decisions.append(
                {
                    "id": new_id(),
                    "initiative_id": initiative_id,
                    "number": draft.decision_number,
                    "decided_on": draft.decided_on,
                    "outcome": RecognitionOutcome.KHONG_CONG_NHAN
                    if refused
                    else RecognitionOutcome.CONG_NHAN,
                }
            )
        names = " ".join(a.full_name for a in draft.authors)
        refs = f"{code} {draft.decision_number or ''}"
        batch.docs.append(
            SearchDoc(pk, draft.title, draft.summary or "", names, draft.department or "", refs)
        )
        self.codes.append(code)
        self.initiative_pks.append(pk)

    def _insert(self, model: type[RecordMixin], rows: list[dict[str, Any]]) -> None:
        """Rows with their outbox ops and one creation entry each in the audit trail."""
        if not rows:
            return
        options = self._options
        prepared = prepare_records(model, rows, options.now, send_personal=options.send_personal)
        insert_rows(self._conn, prepared.sql, prepared.rows)
        insert_ops(self._conn, prepared.ops)
        at = _AUDIT.tuples([{"at": options.now}])[0][_AUDIT.columns.index("at")]
        audit = [
            (
                None,
                at,
                options.officer_id,
                prepared.table,
                row["id"],
                "create",
                None,
                None,
                self._snapshot(model, row, op),
            )
            for row, op in zip(rows, prepared.ops, strict=True)
        ]
        insert_rows(self._conn, _AUDIT.sql, audit)

    def _snapshot(self, model: type[RecordMixin], row: dict[str, Any], op: tuple[Any, ...]) -> str:
        """The creation entry's text: what was entered. When the record holds nothing beyond what it
        sends (no local or personal value), that is exactly its op's canonical payload."""
        if all(row.get(key) is None for key in _audit_only_keys(model, self._options.send_personal)):
            return str(op[_PAYLOAD_AT])
        stamp = {"created_at": self._options.now, "updated_at": self._options.now}
        return canonical_json(audit_snapshot(model, {**row, **stamp}))


_PAYLOAD_AT: Final = outbox_insert(sqlite.dialect()).columns.index("payload")


_AUDIT_ONLY: dict[tuple[str, bool], frozenset[str]] = {}


def _audit_only_keys(model: type[RecordMixin], send_personal: bool) -> frozenset[str]:
    """Columns the audit trail keeps but an op does not send (local and personal ones); cached."""
    key = (model.__name__, send_personal)
    if key not in _AUDIT_ONLY:
        _AUDIT_ONLY[key] = _audit_only(model, send_personal)
    return _AUDIT_ONLY[key]


def _audit_only(model: type[RecordMixin], send_personal: bool) -> frozenset[str]:
    every: dict[str, Any] = dict.fromkeys(audited_keys(model), "x")
    if "is_confidential" in every:
        every["is_confidential"] = False  # imports never mark a record confidential
    return frozenset(every) - frozenset(sync_payload(model, every, send_personal=send_personal))
