"""Single-writer lock per store (ARCHITECTURE.md §5.3).

The app and the CLI's write commands hold ``sangkien.db.lock`` while they may write. A second
writer waits up to ``timeout`` seconds and is then refused with a message naming the holder, read
from a small JSON note beside the lock. Readers (search, list, show, stats, check) need no lock:
WAL lets them read while one writer works.
"""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime
from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from sangkien_desktop.domain.errors import StoreLockedError


class WriterLock:
    def __init__(self, lock_path: Path, program: str, timeout: float = 3.0) -> None:
        # Not thread-local: the desktop app takes the lock on its database thread at start-up and
        # gives it back from the GUI thread at exit.
        self._lock = FileLock(str(lock_path), timeout=timeout, thread_local=False)
        self._note = lock_path.with_suffix(".lock.json")
        self._program = program

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise StoreLockedError(self._holder_message()) from None
        note = {
            "program": self._program,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now().strftime("%d/%m/%Y %H:%M"),
        }
        self._note.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")

    def release(self) -> None:
        if self._lock.is_locked:
            self._note.unlink(missing_ok=True)
            self._lock.release()

    def _holder_message(self) -> str:
        try:
            note = json.loads(self._note.read_text(encoding="utf-8"))
            who = f"{note['program']} (tiến trình {note['pid']} trên máy {note['host']}, từ {note['since']})"
        except (OSError, ValueError, KeyError):
            who = "một chương trình khác"
        return (
            f"Kho dữ liệu đang được {who} sử dụng để ghi. Hãy đóng chương trình đó rồi thử lại; "
            "dữ liệu không bị thay đổi."
        )
