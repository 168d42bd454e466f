"""The pass over a list's rows: each row converted and checked, duplicates found in the file and (through
``StoreChecks``) in the store, counts and problems gathered, and the good rows kept when the file is
small enough for the commit to use them without reading the file again.

Nothing here holds the whole file: rows stream, store checks go by batches, and kept problems and
rows are capped (the counts stay exact).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Final, Protocol

from sangkien_desktop.domain.columns import ListColumn
from sangkien_desktop.domain.importing import (
    MAX_PROBLEMS,
    PREVIEW_ROWS,
    ImportedRow,
    ProblemKind,
    RowProblem,
)
from sangkien_desktop.domain.text import fold

from .rows import RowContext, RowOutcome, convert_row
from .table import Decoder, Table

__all__ = ["Analysis", "Progress", "StoreChecks", "analyse_rows", "duplicate_key", "ready_rows"]

BATCH: Final = 500
CACHE_ROWS: Final = 20_000  # a list this long or shorter is kept for the commit
REPORT_EVERY: Final = 250
_WORD: Final = re.compile(r"\w+")
_TAIL: Final = re.compile(r"(.*?)(\d+)")
MAX_PREFIXES: Final = 1000


class Progress(Protocol):
    """What long work reports to (the GUI's ``TaskControl`` fits): how far, and whether to stop."""

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None: ...

    def check(self) -> None: ...


class StoreChecks(Protocol):
    def duplicates(self, rows: Sequence[ImportedRow]) -> dict[int, str]:
        """Row number → code of a live initiative with the same title and lead author."""

    def codes_taken(self, codes: Sequence[str]) -> set[str]:
        """The codes among ``codes`` that records of the store already use."""


@functools.lru_cache(maxsize=2 * BATCH)  # asked again for the same batch by the store checks
def duplicate_key(title: str, lead_author: str | None) -> str:
    """Same initiative: the same title and lead author, ignoring marks, case and punctuation."""
    return " ".join(_WORD.findall(fold(title))) + "\x1f" + " ".join(_WORD.findall(fold(lead_author or "")))


def lead_of(row: ImportedRow) -> str | None:
    return row.draft.authors[0].full_name if row.draft.authors else None


@dataclass
class Analysis:
    rows: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    problem_total: int = 0
    invalid_rows: set[int] = field(default_factory=set)
    duplicate_rows: set[int] = field(default_factory=set)
    ready: list[ImportedRow] | None = field(default_factory=list)
    first_valid: list[ImportedRow] = field(default_factory=list)
    month_first_only: bool = False
    ambiguous: list[tuple[int, str, str]] = field(default_factory=list)
    code_tails: dict[str, int] = field(default_factory=dict)  # code prefix → highest number after it

    @property
    def valid(self) -> int:
        return self.rows - len(self.invalid_rows | self.duplicate_rows)

    def add(self, problem: RowProblem) -> None:
        self.problem_total += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        if problem.kind is ProblemKind.ERROR:
            self.invalid_rows.add(problem.row)
        elif problem.kind is ProblemKind.DUPLICATE:
            self.duplicate_rows.add(problem.row)


class _Pass:
    """State of one analysis pass."""

    def __init__(self, context: RowContext, checks: StoreChecks) -> None:
        self.context = context
        self.checks = checks
        self.result = Analysis()
        self.batch: list[ImportedRow] = []
        # Hashes, not the texts, so a list of a million rows keeps a few dozen bytes a row.
        self.seen: dict[int, int] = {}  # duplicate key → first row
        self.codes: dict[int, int] = {}  # code given in the file → first row

    def take(self, outcome: RowOutcome) -> None:
        result = self.result
        result.rows += 1
        for problem in outcome.problems:
            result.add(problem)
        result.month_first_only |= outcome.month_first_only
        if len(result.ambiguous) < MAX_PROBLEMS:
            result.ambiguous.extend((outcome.row, column, text) for column, text in outcome.ambiguous_dates)
        if outcome.imported is not None:
            self._in_file(outcome.imported)
            self.batch.append(outcome.imported)
            if len(self.batch) >= BATCH:
                self.flush()

    def _in_file(self, row: ImportedRow) -> None:
        mapping = self.context.mapping
        first = self.seen.setdefault(hash(duplicate_key(row.draft.title, lead_of(row))), row.row)
        if first != row.row:
            message = f"trùng với dòng {first} trong tệp (cùng tên sáng kiến và tác giả chính)"
            self.result.add(
                RowProblem(row.row, mapping.header_of(ListColumn.TITLE), message, ProblemKind.DUPLICATE)
            )
        code = row.draft.code
        if code:
            self._note_tail(code)
            first_code = self.codes.setdefault(hash(code), row.row)
            if first_code != row.row:
                message = f"mã «{code}» trùng với mã ở dòng {first_code}"
                self.result.add(RowProblem(row.row, mapping.header_of(ListColumn.CODE), message))

    def _note_tail(self, code: str) -> None:
        """Codes the file gives: the ones the store generates for other rows must come after them."""
        match = _TAIL.fullmatch(code)
        tails = self.result.code_tails
        if match is not None and (match[1] in tails or len(tails) < MAX_PREFIXES):
            tails[match[1]] = max(tails.get(match[1], 0), int(match[2]))

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        mapping, result = self.context.mapping, self.result
        for row_number, code in self.checks.duplicates(batch).items():
            message = f"đã có trong dữ liệu: sáng kiến {code} (cùng tên sáng kiến và tác giả chính)"
            result.add(
                RowProblem(row_number, mapping.header_of(ListColumn.TITLE), message, ProblemKind.DUPLICATE)
            )
        taken = self.checks.codes_taken([r.draft.code for r in batch if r.draft.code])
        for row in batch:
            if row.draft.code in taken:
                message = f"mã «{row.draft.code}» đã được dùng cho một sáng kiến khác trong dữ liệu"
                result.add(RowProblem(row.row, mapping.header_of(ListColumn.CODE), message))
        self._keep(batch)

    def _keep(self, batch: list[ImportedRow]) -> None:
        result = self.result
        bad = result.invalid_rows | result.duplicate_rows
        if len(result.first_valid) < PREVIEW_ROWS:
            result.first_valid.extend(r for r in batch if r.row not in bad)
            del result.first_valid[PREVIEW_ROWS:]
        if result.ready is not None:
            result.ready.extend(batch)
            if len(result.ready) > CACHE_ROWS:
                result.ready = None


def analyse_rows(
    table: Table, context: RowContext, checks: StoreChecks, control: Progress | None
) -> Analysis:
    state = _Pass(context, checks)
    for outcome in _outcomes(table, context, control, "Đang kiểm tra các dòng…"):
        state.take(outcome)
    state.flush()
    result = state.result
    result.problems.sort(key=lambda p: p.row)
    return result


def ready_rows(table: Table, context: RowContext, control: Progress | None) -> Iterator[ImportedRow]:
    """Rows without error, read again from the file (for the commit of a long list)."""
    for outcome in _outcomes(table, context, control, "Đang đọc lại tệp…"):
        if outcome.imported is not None:
            yield outcome.imported


def _outcomes(table: Table, context: RowContext, control: Progress | None, text: str) -> Iterator[RowOutcome]:
    decode = Decoder(context.mapping.encoding)
    for count, (number, values, hints) in enumerate(table.data_rows(), start=1):
        if control is not None and count % REPORT_EVERY == 0:
            control.check()
            control.report(*table.progress(), text)
        outcome = convert_row(number, decode.row(values, hints), context)
        if not outcome.skipped:
            yield outcome
