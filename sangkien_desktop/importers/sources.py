"""Opening a list file: which kind it is (from its bytes, not its name) and the reader for it.

Every reader streams its rows: ``.xlsx`` through openpyxl's read-only mode (cached formula values,
never evaluated), ``.csv`` through the csv module; ``.xls`` (at most 65,536 rows by its format) is
read by xlrd. Files that cannot be lists are refused with a ``SpreadsheetError`` saying why: not a
spreadsheet, protected by a password, or cut short.
"""

from __future__ import annotations

import mmap
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from sangkien_desktop.domain.importing import FileProblem, SourceKind, SpreadsheetError

from .legacy import FontHint

__all__ = ["QuietLog", "Row", "Sheet", "Workbook", "is_zip_damaged", "open_workbook", "refuse"]

# (row number as the spreadsheet shows it, cell values, legacy font of each cell or None when the
# file has no legacy font at all)
Row = tuple[int, tuple[object, ...], tuple[FontHint | None, ...] | None]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_STREAMS = frozenset({"EncryptionInfo", "EncryptedPackage"})


class Sheet(Protocol):
    name: str | None

    def fonts(self) -> dict[str, int]:
        """Font names the sheet's cells may use, with how often (1 when unknown)."""

    def rows(self) -> Iterator[Row]:
        """Every row from the first, empty ones included (values may be shorter than the widest row)."""

    def progress(self) -> tuple[int, int | None]:
        """How far ``rows`` got: (done, total) in rows or bytes; total None when unknown."""


class Workbook(Protocol):
    kind: SourceKind

    def sheets(self) -> list[Sheet]: ...

    def close(self) -> None: ...


def refuse(problem: FileProblem, name: str, detail: str = "") -> SpreadsheetError:
    """The officer's message for a refused file."""
    reasons = {
        FileProblem.NOT_SPREADSHEET: "không phải bảng tính (chỉ nhận tệp .xlsx, .xls hoặc .csv)",
        FileProblem.PASSWORD: "được bảo vệ bằng mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu, lưu lại rồi "
        "nhập lại",
        FileProblem.TRUNCATED: "bị hỏng hoặc không đầy đủ (có thể chép chưa xong). Hãy chép lại tệp từ "
        "nguồn rồi nhập lại",
        FileProblem.NO_HEADER: "không có dòng tiêu đề nhận ra được trong 20 dòng đầu (cần ít nhất hai cột "
        "như «Tên sáng kiến», «Tác giả», «Ngày áp dụng»)",
        FileProblem.CHANGED: "đã thay đổi sau khi kiểm tra. Hãy kiểm tra lại trước khi nhập",
        FileProblem.UNREADABLE: "không đọc được",
    }
    message = f"Tệp «{name}» {reasons[problem]}."
    return SpreadsheetError(problem, f"{message} {detail}".strip())


def open_workbook(path: Path) -> Workbook:
    """The reader for ``path``; ``SpreadsheetError`` when it cannot be a readable list."""
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise refuse(FileProblem.UNREADABLE, path.name, exc.strerror or "") from exc
    if head.startswith(_ZIP_MAGIC):
        from .xlsx import XlsxWorkbook

        return XlsxWorkbook(path)
    if head == _OLE_MAGIC:
        if _ENCRYPTED_STREAMS & _ole_streams(path):
            raise refuse(FileProblem.PASSWORD, path.name)
        from .xls import XlsWorkbook

        return XlsWorkbook(path)
    if head.startswith(b"PK") and path.suffix.lower() in (".xlsx", ".xlsm"):
        raise refuse(FileProblem.TRUNCATED, path.name)
    from .csvfile import CsvWorkbook

    return CsvWorkbook(path)


def _ole_streams(path: Path) -> set[str]:
    """Stream names of an OLE compound file (an .xls, or an .xlsx encrypted with a password)."""
    from xlrd.compdoc import CompDoc, CompDocError

    try:
        with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return {node.name for node in CompDoc(data, logfile=QuietLog()).dirlist}
    except (CompDocError, ValueError, IndexError) as exc:
        raise refuse(FileProblem.TRUNCATED, path.name) from exc


class QuietLog:
    """A log file for xlrd that keeps its warnings off the console."""

    def write(self, _text: str) -> int:
        return 0


def is_zip_damaged(exc: BaseException) -> bool:
    """Errors a cut-short or damaged zip raises while it is read."""
    import zlib

    return isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError)
