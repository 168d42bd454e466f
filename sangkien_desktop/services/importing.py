"""Import of initiative lists from Excel and CSV (issue 7, DOMAIN.md §10.7–10.8).

``analyse(path)`` reads the file once and returns an ``ImportPlan``: the encoding found (with
before/after samples), the proposed column mapping (or the one confirmed before for the same headers),
every row's problems, the duplicates of records already stored and a preview. Nothing is written.
The officer may correct the mapping and analyse again. ``commit(plan, accepted)`` writes the accepted
rows (default: every valid row that is not a duplicate) in one transaction, or nothing at all, and
remembers the mapping for the next file with the same headers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Final

from sqlalchemy.engine import Connection

from sangkien_desktop.domain.columns import ListColumn
from sangkien_desktop.domain.enums import FieldCode, SolutionKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.importing import (
    PREVIEW_ROWS,
    FileProblem,
    ImportedRow,
    ImportMapping,
    ImportPlan,
    ImportResult,
    MappedColumn,
    ProblemKind,
    RowProblem,
    SourceInfo,
    TextEncoding,
)
from sangkien_desktop.importers.analysis import Analysis, Progress, analyse_rows, ready_rows
from sangkien_desktop.importers.collector import young_collections_only
from sangkien_desktop.importers.rows import RowContext
from sangkien_desktop.importers.sources import refuse
from sangkien_desktop.importers.table import Table, open_table
from sangkien_desktop.persistence.db import CACHE_KIB
from sangkien_desktop.persistence.models import Setting
from sangkien_desktop.persistence.models.base import utcnow
from sangkien_desktop.persistence.repositories import InitiativeRepository
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory
from sangkien_desktop.protocol import canonical_json

from . import initiative_writes as writes
from . import settings
from .import_checks import StoreLookups
from .import_preview import planned_views
from .import_writes import CodeSequence, ImportWriter, WriteOptions, code_prefix
from .office import OfficeService

__all__ = ["MAPPING_KEY_PREFIX", "ImportService", "Progress"]

MAPPING_KEY_PREFIX: Final = "import.mapping."
WRITE_BATCH: Final = 1000
IMPORT_CACHE_KIB: Final = 512 * 1024


class ImportService:
    def __init__(self, uow: UnitOfWorkFactory, office: OfficeService, today: Callable[[], date] = date.today):
        self._uow = uow
        self._office = office
        self._today = today

    # -- analysis -----------------------------------------------------------------------------------

    def analyse(
        self,
        path: str | Path,
        mapping: ImportMapping | None = None,
        control: Progress | None = None,
        *,
        encoding: TextEncoding | None = None,
    ) -> ImportPlan:
        """Read ``path`` and say what an import would do; ``mapping`` is the officer's correction of
        a previous plan's mapping for the same file (its encoding and date order included);
        ``encoding``, without a mapping, overrides the detected text encoding."""
        with young_collections_only():
            return self._analyse(Path(path), mapping, control, encoding)

    def _analyse(
        self,
        path: Path,
        mapping: ImportMapping | None,
        control: Progress | None,
        encoding: TextEncoding | None,
    ) -> ImportPlan:
        fingerprint = _fingerprint(path)
        table = open_table(path)
        try:
            with self._uow.read() as session:
                values = settings.read_all(session)
                if mapping is None and encoding is not None:
                    mapping = replace(self._mapping_for(table, None, values)[0], encoding=encoding)
                chosen, remembered = self._mapping_for(table, mapping, values)
                context = RowContext(chosen, settings.legal(values), self._today())
                analysis = analyse_rows(table, context, StoreLookups(session.connection()), control)
        finally:
            table.close()
        source = SourceInfo(
            str(path),
            path.name,
            table.kind,
            table.sheet.name,
            path.stat().st_size,
            fingerprint,
            table.header.row,
        )
        return self._plan(source, table, chosen, remembered, analysis)

    def _mapping_for(
        self, table: Table, given: ImportMapping | None, values: dict[str, Any]
    ) -> tuple[ImportMapping, bool]:
        encoding = given.encoding if given is not None else table.encoding.detected
        labels, samples = table.labels(encoding), table.samples(encoding)
        if given is not None:
            targets = {c.index: c.target for c in given.columns}
            columns = tuple(
                MappedColumn(i, label, targets.get(i), samples[i]) for i, label in enumerate(labels)
            )
            return replace(given, columns=columns), False
        columns = tuple(
            MappedColumn(i, label, table.header.targets.get(i), samples[i]) for i, label in enumerate(labels)
        )
        proposal = ImportMapping(columns, encoding=encoding)
        stored = values.get(MAPPING_KEY_PREFIX + proposal.signature)
        if isinstance(stored, dict):
            return _remembered(proposal, stored), True
        return proposal, False

    def _plan(
        self, source: SourceInfo, table: Table, mapping: ImportMapping, remembered: bool, analysis: Analysis
    ) -> ImportPlan:
        us_dates = analysis.month_first_only and not mapping.month_first
        problems = analysis.problems
        if us_dates:
            problems = sorted(problems + _ambiguous_warnings(analysis), key=lambda p: p.row)
        preview = planned_views(
            analysis.first_valid, self._code_sequence(analysis.code_tails), self._uow.clock()
        )
        return ImportPlan(
            source=source,
            encoding=table.encoding,
            mapping=mapping,
            remembered=remembered,
            rows=analysis.rows,
            valid=analysis.valid,
            problems=tuple(problems),
            problem_total=analysis.problem_total + (len(problems) - len(analysis.problems)),
            invalid_rows=frozenset(analysis.invalid_rows),
            duplicate_rows=frozenset(analysis.duplicate_rows),
            preview=preview,
            us_dates=us_dates,
            notes=_notes(table, mapping, us_dates),
            ready=None if analysis.ready is None else tuple(analysis.ready),
            code_tails=analysis.code_tails,
        )

    def _code_sequence(self, tails: dict[str, int]) -> CodeSequence:
        """Codes for rows without one, after the store's last code of this year (read now)."""
        unit_code, year = self._office.get_office().unit_code, self._today().year
        with self._uow.read() as session:
            pattern = str(settings.read_all(session)["numbering.initiative_code"])
            last = InitiativeRepository(session).last_code(code_prefix(pattern, unit_code, year))
        return CodeSequence(pattern, unit_code, year, last, tails)

    # -- commit -------------------------------------------------------------------------------------

    def commit(
        self,
        plan: ImportPlan,
        accepted: Collection[int] | None = None,
        control: Progress | None = None,
        officer_id: str | None = None,
        *,
        include_duplicates: bool = False,
    ) -> ImportResult:
        """Write the accepted rows in one transaction: all of them or, on any error or cancel, none.
        ``accepted`` lists row numbers; None means every valid row, and the duplicates too with
        ``include_duplicates``. Rows with errors cannot be accepted; duplicates can, when the officer
        chooses them."""
        with young_collections_only():
            return self._commit(plan, accepted, control, officer_id, include_duplicates)

    def _commit(
        self,
        plan: ImportPlan,
        accepted: Collection[int] | None,
        control: Progress | None,
        officer_id: str | None,
        include_duplicates: bool,
    ) -> ImportResult:
        _check_commit(plan, accepted)
        if _fingerprint(Path(plan.source.path)) != plan.source.fingerprint:
            raise refuse(FileProblem.CHANGED, plan.source.name)
        wanted = None if accepted is None else frozenset(accepted)
        codes = self._code_sequence(plan.code_tails)
        with self._uow(officer_id) as uow:
            values = settings.read_all(uow.session)
            options = WriteOptions(
                uow.now(),
                uow.officer_id,
                writes.tone_order(values),
                bool(values.get("sync.send_personal_contacts")),
            )
            conn = uow.session.connection()
            writer = ImportWriter(conn, options, codes)
            lookups = StoreLookups(conn)
            left_out = plan.invalid_rows if include_duplicates else plan.invalid_rows | plan.duplicate_rows
            total = len(wanted) if wanted is not None else plan.rows - len(left_out)
            with _large_cache(conn):
                for batch in _batches(self._rows(plan, values, control), wanted, left_out):
                    _refuse_taken_codes(lookups, batch)
                    writer.write(batch)
                    if control is not None:
                        control.check()
                        control.report(len(writer.codes), total, "Đang ghi vào dữ liệu…")
            _remember(uow.session, plan.mapping)
            views = InitiativeRepository(uow.session).views(writer.initiative_pks[:PREVIEW_ROWS])
            uow.commit()
        return ImportResult(
            len(writer.codes),
            writer.people_created,
            writer.codes[0] if writer.codes else None,
            writer.codes[-1] if writer.codes else None,
            tuple(views),
        )

    def _rows(
        self, plan: ImportPlan, values: dict[str, Any], control: Progress | None
    ) -> Iterator[ImportedRow]:
        if plan.ready is not None:
            yield from plan.ready
            return
        table = open_table(Path(plan.source.path))
        try:
            context = RowContext(plan.mapping, settings.legal(values), self._today())
            yield from ready_rows(table, context, control)
        finally:
            table.close()


# -- helpers ------------------------------------------------------------------------------------------


@contextmanager
def _large_cache(conn: Connection) -> Iterator[None]:
    """A page cache that holds the whole import: one transaction writes tens of megabytes for 10,000
    rows, and pages spilled to disk before the commit are written twice."""
    conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")


def _fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    except OSError as exc:
        raise refuse(FileProblem.UNREADABLE, path.name, exc.strerror or "") from exc
    return digest.hexdigest()


def _check_commit(plan: ImportPlan, accepted: Collection[int] | None) -> None:
    problems = plan.mapping.problems()
    if problems:
        raise KnownError(" ".join(problems))
    if accepted is None:
        return
    bad = sorted(set(accepted) & plan.invalid_rows)
    if bad:
        shown = ", ".join(str(r) for r in bad[:20]) + ("…" if len(bad) > 20 else "")
        raise KnownError(f"Không thể nhập các dòng có lỗi: {shown}. Hãy sửa tệp rồi kiểm tra lại.")


def _batches(
    rows: Iterable[ImportedRow], wanted: frozenset[int] | None, left_out: frozenset[int]
) -> Iterator[list[ImportedRow]]:
    """The rows to write, by batches: the ones ``wanted``, or (None) every row not left out."""
    batch: list[ImportedRow] = []
    for row in rows:
        if row.row not in wanted if wanted is not None else row.row in left_out:
            continue
        batch.append(row)
        if len(batch) >= WRITE_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _refuse_taken_codes(lookups: StoreLookups, batch: Sequence[ImportedRow]) -> None:
    """A code the file gives may have been used since the analysis: refuse the whole import."""
    taken = lookups.codes_taken([r.draft.code for r in batch if r.draft.code])
    if taken:
        rows = [r.row for r in batch if r.draft.code in taken]
        raise KnownError(
            f"Mã sáng kiến ở các dòng {', '.join(map(str, rows[:20]))} vừa được dùng cho sáng kiến "
            "khác. Chưa nhập gì; hãy kiểm tra lại tệp."
        )


def _remembered(proposal: ImportMapping, stored: dict[str, Any]) -> ImportMapping:
    targets = stored.get("columns", {})
    columns = tuple(replace(c, target=_target(targets.get(str(c.index)))) for c in proposal.columns)
    return replace(
        proposal,
        columns=columns,
        month_first=bool(stored.get("month_first", False)),
        default_kind=_member(SolutionKind, stored.get("default_kind"), proposal.default_kind),
        default_field=_member(FieldCode, stored.get("default_field"), proposal.default_field),
    )


def _target(value: object) -> ListColumn | None:
    try:
        return ListColumn(str(value)) if value else None
    except ValueError:
        return None


def _member(enum_cls: Any, value: object, default: Any) -> Any:
    try:
        return enum_cls(value)
    except ValueError:
        return default


def _remember(session: Any, mapping: ImportMapping) -> None:
    value = {
        "columns": {str(c.index): c.target.value if c.target else None for c in mapping.columns},
        "month_first": mapping.month_first,
        "default_kind": mapping.default_kind.value,
        "default_field": mapping.default_field.value,
    }
    session.merge(
        Setting(
            key=MAPPING_KEY_PREFIX + mapping.signature,
            value=canonical_json(value),
            verified=True,
            source="Cách ghép cột cán bộ đã xác nhận khi nhập danh sách",
            updated_at=utcnow(),
        )
    )


def _ambiguous_warnings(analysis: Analysis) -> list[RowProblem]:
    return [
        RowProblem(
            row,
            column,
            f"ngày «{text}» được đọc theo thứ tự ngày/tháng/năm, nhưng tệp có ngày viết kiểu "
            "Mỹ (tháng/ngày/năm): hãy kiểm tra, hoặc chọn đọc ngày theo kiểu tháng/ngày/năm",
            ProblemKind.WARNING,
        )
        for row, column, text in analysis.ambiguous
    ]


def _notes(table: Table, mapping: ImportMapping, us_dates: bool) -> tuple[str, ...]:
    report, notes = table.encoding, []
    if mapping.encoding is not TextEncoding.UNICODE:
        fonts = f" (phông {', '.join(report.fonts)})" if report.fonts else ""
        notes.append(f"Chữ trong tệp được chuyển từ bảng mã {mapping.encoding.label}{fonts} sang Unicode.")
    if mapping.encoding is TextEncoding.TCVN3 and report.capitals_may_be_lost:
        notes.append(
            "Tệp không cho biết phông chữ: chữ hoa có dấu gõ bằng phông .VnTimeH có thể bị thành chữ "
            "thường. Hãy xem lại phần xem trước."
        )
    if report.data_lost:
        notes.append(
            "Trong tệp có dấu «?» thay cho chữ có dấu: tệp đã mất chữ từ khi được lưu, không khôi phục "
            "được. Hãy lấy bản gốc của tệp."
        )
    if us_dates:
        notes.append("Một số ngày chỉ đọc được theo kiểu Mỹ (tháng/ngày/năm). Hãy kiểm tra cách đọc ngày.")
    return tuple(notes)
