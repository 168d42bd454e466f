"""What an import of an initiative list shows and decides (issue 7): plain data for the service, the CLI
and the import wizard.

``ImportService.analyse`` reads a file into an ``ImportPlan``: the encoding it detected (with
before/after samples), the column mapping it proposes, each row's problems, the duplicates it found
and a preview. The officer may correct the mapping (``ImportMapping.with_target``) and analyse
again; ``ImportService.commit`` then writes the accepted rows in one transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from .columns import ListColumn, header_key, label_of
from .enums import FieldCode, SolutionKind
from .errors import KnownError
from .model import InitiativeDraft, InitiativeView

__all__ = [
    "FileProblem",
    "ImportMapping",
    "ImportPlan",
    "ImportResult",
    "ImportedRow",
    "MappedColumn",
    "PreviewRow",
    "ProblemKind",
    "RowProblem",
    "SourceInfo",
    "SourceKind",
    "SpreadsheetError",
    "TextEncoding",
]

# How many problems and preview rows a plan keeps (the counts stay exact beyond them).
MAX_PROBLEMS = 100_000
PREVIEW_ROWS = 100


class TextEncoding(StrEnum):
    """How the text of a file is encoded (DOMAIN.md §10.7)."""

    UNICODE = "UNICODE"
    TCVN3 = "TCVN3"
    VNI = "VNI"

    @property
    def label(self) -> str:
        return {"UNICODE": "Unicode", "TCVN3": "TCVN3 (ABC)", "VNI": "VNI Windows"}[self.value]


class SourceKind(StrEnum):
    XLSX = "xlsx"
    XLS = "xls"
    CSV = "csv"


class FileProblem(StrEnum):
    """Why a file is refused as a whole."""

    NOT_SPREADSHEET = "NOT_SPREADSHEET"
    PASSWORD = "PASSWORD"
    TRUNCATED = "TRUNCATED"
    NO_HEADER = "NO_HEADER"
    CHANGED = "CHANGED"
    UNREADABLE = "UNREADABLE"


class SpreadsheetError(KnownError):
    """A file the importer refuses; ``problem`` says which kind of refusal, the message says why."""

    def __init__(self, problem: FileProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


class ProblemKind(StrEnum):
    ERROR = "ERROR"  # the row cannot be imported as it is
    DUPLICATE = "DUPLICATE"  # the same initiative is already in the store or earlier in the file
    WARNING = "WARNING"  # imported, but worth a look


@dataclass(frozen=True)
class RowProblem:
    """One finding: the row number as the spreadsheet shows it, the column's header, a message."""

    row: int
    column: str
    message: str
    kind: ProblemKind = ProblemKind.ERROR

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class MappedColumn:
    """A column of the file: its position (from 0), its header and what it is read as (None: ignored)."""

    index: int
    header: str
    target: ListColumn | None
    sample: str = ""


@dataclass(frozen=True)
class ImportMapping:
    """How the file is read: columns, text encoding, date order, and the kind and field used when a
    row gives none."""

    columns: tuple[MappedColumn, ...]
    encoding: TextEncoding = TextEncoding.UNICODE
    month_first: bool = False
    default_kind: SolutionKind = SolutionKind.KY_THUAT
    default_field: FieldCode = FieldCode.KHAC

    def index_of(self, target: ListColumn) -> int | None:
        return next((c.index for c in self.columns if c.target is target), None)

    def header_of(self, target: ListColumn) -> str:
        """The file's header for a target, else its canonical label."""
        return next((c.header for c in self.columns if c.target is target), label_of(target))

    def with_target(self, index: int, target: ListColumn | None) -> ImportMapping:
        """The officer's correction: column ``index`` is read as ``target`` (another column that
        had the same target is ignored from now on)."""
        columns = tuple(
            replace(c, target=target)
            if c.index == index
            else replace(c, target=None)
            if target is not None and c.target is target
            else c
            for c in self.columns
        )
        return replace(self, columns=columns)

    def problems(self) -> list[str]:
        """Why the mapping cannot be used (empty when it can)."""
        if self.index_of(ListColumn.TITLE) is None:
            return [f"Chưa có cột «{label_of(ListColumn.TITLE)}»: hãy chọn cột chứa tên sáng kiến."]
        return []

    @property
    def signature(self) -> str:
        """Identifies files with the same headers, so a confirmed mapping can be offered again."""
        keys = "\x1f".join(header_key(c.header) for c in self.columns)
        return hashlib.sha256(keys.encode()).hexdigest()[:20]


@dataclass(frozen=True)
class SourceInfo:
    path: str
    name: str
    kind: SourceKind
    sheet: str | None
    size: int
    fingerprint: str  # sha256 of the bytes: commit refuses a file changed since the analysis
    header_row: int  # as the spreadsheet numbers it (from 1)


@dataclass(frozen=True)
class EncodingReport:
    """The text encoding found, the legacy fonts seen, and samples as read and as converted."""

    detected: TextEncoding
    fonts: tuple[str, ...] = ()
    samples: tuple[str, ...] = ()  # text as stored in the file
    converted: dict[TextEncoding, tuple[str, ...]] = field(default_factory=dict)  # samples, per encoding
    capitals_may_be_lost: bool = False  # TCVN3 without font information (capitals had "H" fonts)
    data_lost: bool = False  # "?" in place of letters: a Unicode file saved in an 8-bit code page


@dataclass(frozen=True)
class ImportedRow:
    """A row ready to be written: the initiative and what the file says about its (lead) author."""

    row: int
    draft: InitiativeDraft
    job_title: str | None = None
    birth_year_only: bool = False


@dataclass(frozen=True)
class PreviewRow:
    row: int
    initiative: InitiativeView  # as it would be saved (code and id as planned)


@dataclass(frozen=True)
class ImportPlan:
    source: SourceInfo
    encoding: EncodingReport
    mapping: ImportMapping
    remembered: bool  # the mapping was confirmed before for files with these headers
    rows: int  # data rows (empty rows and footers not counted)
    valid: int  # rows without error and not duplicates
    problems: tuple[RowProblem, ...]  # at most MAX_PROBLEMS, in row order
    problem_total: int
    invalid_rows: frozenset[int]
    duplicate_rows: frozenset[int]
    preview: tuple[PreviewRow, ...]
    us_dates: bool  # some dates can only be month/day/year
    notes: tuple[str, ...] = ()  # file-level remarks for the officer
    ready: tuple[ImportedRow, ...] | None = None  # rows kept for commit (small files only)
    code_tails: dict[str, int] = field(
        default_factory=dict
    )  # highest number after each code prefix in the file

    @property
    def can_commit(self) -> bool:
        return not self.mapping.problems() and self.rows > 0

    def to_json(self) -> dict[str, Any]:
        """``{"rows", "valid", "invalid": [{"row", "column", "message"}], "preview": [...]}``."""
        return {
            "rows": self.rows,
            "valid": self.valid,
            "invalid": [p.to_json() for p in self.problems if p.kind is not ProblemKind.WARNING],
            "preview": [p.initiative.to_json() for p in self.preview],
        }


@dataclass(frozen=True)
class ImportResult:
    imported: int
    people_created: int
    first_code: str | None
    last_code: str | None
    initiatives: tuple[InitiativeView, ...]  # the first PREVIEW_ROWS imported
