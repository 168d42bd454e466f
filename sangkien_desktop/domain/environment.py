"""Failures that come from the computer, not from the program: a full disk, a read-only folder, a
file the program may not use. The GUI and the CLI both tell the officer what to do about them
instead of reporting a bug; this module only recognises them."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum


class EnvironmentProblem(Enum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    NO_PERMISSION = "no_permission"


@dataclass(frozen=True)
class EnvironmentFailure:
    problem: EnvironmentProblem
    file_name: str | None  # the file or folder the system named, when it did


_BY_ERRNO = {errno.ENOSPC: EnvironmentProblem.DISK_FULL, errno.EROFS: EnvironmentProblem.READ_ONLY,
             errno.EACCES: EnvironmentProblem.NO_PERMISSION, errno.EPERM: EnvironmentProblem.NO_PERMISSION,
             errno.EFBIG: EnvironmentProblem.DISK_FULL}
if hasattr(errno, "EDQUOT"):  # over the disk quota: the same advice as a full disk
    _BY_ERRNO[errno.EDQUOT] = EnvironmentProblem.DISK_FULL
_BY_SQLITE_TEXT = {"disk is full": EnvironmentProblem.DISK_FULL,
                   "readonly database": EnvironmentProblem.READ_ONLY,
                   "read-only file system": EnvironmentProblem.READ_ONLY}

# What the command line prints (the GUI has its own translatable texts).
MESSAGES_VI = {
    EnvironmentProblem.DISK_FULL: "Ổ đĩa đã đầy nên dữ liệu chưa được ghi. Hãy giải phóng bớt dung lượng "
                                  "rồi làm lại; dữ liệu đã lưu trước đó vẫn nguyên vẹn.",
    EnvironmentProblem.READ_ONLY: "Ổ đĩa hoặc thư mục chỉ cho phép đọc nên dữ liệu chưa được ghi. Hãy kiểm "
                                  "tra thư mục dữ liệu (ổ rời có thể đang khóa ghi) rồi làm lại.",
    EnvironmentProblem.NO_PERMISSION: "Chương trình không có quyền dùng tệp hoặc thư mục này. Hãy nhờ người "
                                      "quản lý máy kiểm tra quyền truy cập rồi làm lại.",
}


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, then its causes (``raise … from``, implicit context, SQLAlchemy's ``orig``)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)
        todo.extend(e for e in (current.__cause__, current.__context__, orig) if isinstance(e, BaseException))


def environment_failure(exc: BaseException) -> EnvironmentFailure | None:
    """What the computer refused, when ``exc`` (or anything in its chain) says so; None otherwise."""
    for error in _chain(exc):
        if isinstance(error, OSError) and error.errno in _BY_ERRNO:
            name = error.filename
            return EnvironmentFailure(_BY_ERRNO[error.errno], None if name is None else str(name))
        if isinstance(error, sqlite3.OperationalError):
            text = str(error).lower()
            for needle, problem in _BY_SQLITE_TEXT.items():
                if needle in text:
                    return EnvironmentFailure(problem, None)
    return None
