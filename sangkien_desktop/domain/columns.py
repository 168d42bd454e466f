"""The columns of an initiative list in Excel: canonical Vietnamese headers, their synonyms, cell texts.

One table serves both directions (DOMAIN.md §10.8, issue 7): the list export writes ``label`` as the
header and the values in the forms below; the importer recognises a header by its label or any
synonym, compared after ``fold()`` and without punctuation, so "Họ và tên", "HỌ TÊN" and "Ho, ten"
are one header. A header may add words after a known one ("Giá trị làm lợi (đồng/năm)").

Cell conventions shared by export and import:

- several authors in one cell, separated by ``AUTHOR_SEPARATOR`` ("Nguyễn Thị Hoa; Trần Văn Nam");
  the importer also accepts commas and line breaks;
- their shares in the same order ("60; 40", decimals with a comma: "33,34; 33,33; 33,33");
- kind, field and status as their Vietnamese labels (the importer also accepts the codes);
- dates as date cells shown dd/mm/yyyy, money as whole đồng.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Final

from .text import fold

__all__ = [
    "AUTHOR_SEPARATOR",
    "COLUMNS",
    "EXPORT_COLUMNS",
    "KNOWN_KEYS",
    "ColumnSpec",
    "ListColumn",
    "format_shares",
    "header_key",
    "join_authors",
    "label_of",
    "match_header",
    "split_authors",
    "split_shares",
]


class ListColumn(StrEnum):
    """What a column of a list holds (the field it maps to on import)."""

    ROW_NUMBER = "row_number"  # STT: recognised (it helps find the header row), never imported
    CODE = "code"
    TITLE = "title"
    AUTHORS = "authors"
    SHARES = "shares"
    KIND = "kind"
    FIELD = "field_code"
    DEPARTMENT = "department"
    FIRST_APPLIED = "first_applied_on"
    BENEFIT = "benefit_value"
    STATUS = "status"
    DECISION_NUMBER = "decision_number"
    DECIDED_ON = "decided_on"
    SUMMARY = "summary"
    BIRTH_DATE = "birth_date"  # of the author (one author per row)
    SEX = "sex"
    JOB_TITLE = "job_title"
    NOTES = "notes"


@dataclass(frozen=True)
class ColumnSpec:
    column: ListColumn
    label: str  # the canonical header, written by the export
    synonyms: tuple[str, ...] = ()


COLUMNS: Final[tuple[ColumnSpec, ...]] = (
    ColumnSpec(ListColumn.ROW_NUMBER, "STT", ("Số thứ tự", "TT", "Số TT")),
    ColumnSpec(ListColumn.CODE, "Mã", ("Mã sáng kiến", "Mã số", "Mã SK", "Số hiệu")),
    ColumnSpec(
        ListColumn.TITLE,
        "Tên sáng kiến",
        (
            "Tên giải pháp",
            "Tên sáng kiến, giải pháp",
            "Tên sáng kiến/giải pháp",
            "Tên đề tài",
            "Sáng kiến",
            "Tên sáng kiến cải tiến",
        ),
    ),
    ColumnSpec(
        ListColumn.AUTHORS,
        "Tác giả",
        (
            "Họ và tên",
            "Họ tên",
            "Họ, tên",
            "Họ và tên tác giả",
            "Tên tác giả",
            "Tác giả, đồng tác giả",
            "Tác giả / đồng tác giả",
            "Người thực hiện",
            "Họ và tên tác giả, đồng tác giả",
        ),
    ),
    ColumnSpec(
        ListColumn.SHARES, "Tỷ lệ đóng góp", ("Tỷ lệ đóng góp (%)", "Tỷ lệ (%)", "Tỷ lệ", "Tỉ lệ đóng góp")
    ),
    ColumnSpec(ListColumn.KIND, "Loại", ("Loại giải pháp", "Loại sáng kiến", "Loại hình")),
    ColumnSpec(ListColumn.FIELD, "Lĩnh vực", ("Lĩnh vực thống kê", "Lĩnh vực sáng kiến")),
    ColumnSpec(
        ListColumn.DEPARTMENT,
        "Bộ phận",
        (
            "Đơn vị",
            "Phân xưởng",
            "Đơn vị / bộ phận",
            "Phòng ban",
            "Phòng, ban",
            "Đơn vị công tác",
            "Tổ",
            "Nơi công tác",
        ),
    ),
    ColumnSpec(
        ListColumn.FIRST_APPLIED,
        "Ngày áp dụng lần đầu",
        (
            "Ngày áp dụng",
            "Ngày áp dụng thử",
            "Ngày bắt đầu áp dụng",
            "Thời gian áp dụng",
            "Ngày áp dụng lần đầu / áp dụng thử",
        ),
    ),
    ColumnSpec(
        ListColumn.BENEFIT,
        "Giá trị làm lợi (đồng)",
        (
            "Giá trị làm lợi",
            "Giá trị làm lợi (đồng/năm)",
            "Hiệu quả (đồng)",
            "Hiệu quả kinh tế",
            "Số tiền làm lợi",
            "Giá trị làm lợi ước tính",
            "Tiền làm lợi",
        ),
    ),
    ColumnSpec(ListColumn.STATUS, "Trạng thái", ("Tình trạng", "Kết quả")),
    ColumnSpec(
        ListColumn.DECISION_NUMBER,
        "Số quyết định công nhận",
        ("Số quyết định", "Số QĐ công nhận", "Số QĐ", "Quyết định công nhận", "Quyết định số"),
    ),
    ColumnSpec(
        ListColumn.DECIDED_ON,
        "Ngày quyết định công nhận",
        ("Ngày quyết định", "Ngày QĐ", "Ngày công nhận", "Ngày QĐ công nhận", "Ngày ký quyết định"),
    ),
    ColumnSpec(
        ListColumn.SUMMARY,
        "Tóm tắt",
        ("Tóm tắt nội dung", "Nội dung tóm tắt", "Nội dung", "Mô tả", "Nội dung giải pháp"),
    ),
    ColumnSpec(
        ListColumn.BIRTH_DATE, "Ngày sinh", ("Năm sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh")
    ),
    ColumnSpec(ListColumn.SEX, "Giới tính", ("Nam/Nữ", "Nam, nữ", "Phái")),
    ColumnSpec(ListColumn.JOB_TITLE, "Chức danh", ("Chức vụ", "Chức danh, chức vụ", "Nghề nghiệp")),
    ColumnSpec(ListColumn.NOTES, "Ghi chú", ()),
)

# The initiatives list as the export writes it and the round trip reads it back, in this order.
EXPORT_COLUMNS: Final[tuple[ListColumn, ...]] = (
    ListColumn.ROW_NUMBER,
    ListColumn.CODE,
    ListColumn.TITLE,
    ListColumn.AUTHORS,
    ListColumn.SHARES,
    ListColumn.KIND,
    ListColumn.FIELD,
    ListColumn.DEPARTMENT,
    ListColumn.FIRST_APPLIED,
    ListColumn.BENEFIT,
    ListColumn.STATUS,
    ListColumn.DECISION_NUMBER,
    ListColumn.DECIDED_ON,
    ListColumn.SUMMARY,
)

_SPECS: Final = {spec.column: spec for spec in COLUMNS}
_NOT_WORD: Final = re.compile(r"[^\w]+")


def label_of(column: ListColumn) -> str:
    """The canonical header of a column ("Tên sáng kiến")."""
    return _SPECS[column].label


def header_key(text: str) -> str:
    """A header as compared: folded (no marks, đ→d, lower case), punctuation as spaces, single spaces."""
    return " ".join(_NOT_WORD.sub(" ", fold(text).replace("_", " ")).split())


_BY_KEY: Final[dict[str, ListColumn]] = {
    header_key(name): spec.column for spec in COLUMNS for name in (spec.label, *spec.synonyms)
}
KNOWN_KEYS: Final = frozenset(_BY_KEY)  # every known header name, as ``header_key`` gives it
# Longest first, so "ngay quyet dinh cong nhan" wins over "ngay quyet dinh".
_PREFIXES: Final = sorted(_BY_KEY, key=len, reverse=True)


def match_header(text: str) -> ListColumn | None:
    """The column a header names: a known name, or a known name followed by more words
    ("Giá trị làm lợi (đồng/năm)", "Họ và tên tác giả chính"); None for anything else."""
    key = header_key(text)
    if not key:
        return None
    found = _BY_KEY.get(key)
    if found is not None:
        return found
    for known in _PREFIXES:
        if key.startswith(known + " "):
            return _BY_KEY[known]
    return None


# -- several authors in one cell ------------------------------------------------------------------

AUTHOR_SEPARATOR: Final = "; "
_AUTHOR_SPLIT: Final = re.compile(r"\s*(?:;|,|\n|\r|\s-\s|\s\+\s)\s*")
_SHARE_SPLIT: Final = re.compile(r"\s*(?:;|\n|\r|\s-\s|/)\s*")


def join_authors(names: Iterable[str]) -> str:
    return AUTHOR_SEPARATOR.join(names)


def split_authors(text: str) -> list[str]:
    """ "Nguyễn Thị Hoa; Trần Văn Nam" (or commas, or one name a line) → the names, in order."""
    return [name for name in _AUTHOR_SPLIT.split(text.strip()) if name]


def format_shares(shares: Sequence[Decimal | None]) -> str:
    """ "60; 40", "33,34; 33,33; 33,33" (whole numbers without decimals); "" when none is known."""
    if all(share is None for share in shares):
        return ""
    return AUTHOR_SEPARATOR.join("" if s is None else _share_text(s) for s in shares)


def _share_text(share: Decimal) -> str:
    if share == share.to_integral_value():
        return str(int(share))
    return format(share.normalize(), "f").replace(".", ",")


def split_shares(text: str) -> list[str]:
    """The share texts of "60; 40" or "33,34; 33,33; 33,33" (a comma is a decimal mark here)."""
    return [part.strip().rstrip("%").strip() for part in _SHARE_SPLIT.split(text.strip()) if part.strip()]
