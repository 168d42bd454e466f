"""`sangkien enroll`, `sangkien sync`, `sangkien sync-status` (SYNC.md §8, §9; ARCHITECTURE.md §6).

`sync` takes the store's writer lock only around each short write transaction, never while waiting
on the network, so other `sangkien` commands keep working during a long upload. While the desktop
app is open it holds the lock and syncs by itself; `sync` then says so and stops.

Exit codes: 0 everything pending acknowledged and the digest matches · 3 offline or not complete ·
4 enrolment needed · 1 other errors.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from dataclasses import asdict
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.sync import (
    CONNECTION_LABELS,
    ConnectionState,
    SyncOutcome,
    SyncStatus,
    SyncTrigger,
)
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.persistence.lock import WriterLock
from sangkien_desktop.services.container import Services

from .base import EXIT_OK, EXIT_USER, Registry, print_json

EXIT_INCOMPLETE, EXIT_ENROL = 3, 4
LOCK_WAIT_S = 30.0  # another `sangkien` command may hold the writer lock for a moment
STOPPING = {
    ConnectionState.NOT_ENROLLED: EXIT_ENROL,
    ConnectionState.NEEDS_ENROLMENT: EXIT_ENROL,
    ConnectionState.SERVER_CHANGED: EXIT_USER,
    ConnectionState.CLIENT_TOO_OLD: EXIT_USER,
    ConnectionState.FAILED: EXIT_USER,
}


def register(reg: Registry) -> None:
    p = reg.add(
        "enroll", "đăng ký máy này với máy chủ trung tâm bằng mã đăng ký một lần", cmd_enroll, writes=True
    )
    p.add_argument(
        "--server", required=True, metavar="URL", help="địa chỉ máy chủ, ví dụ https://sangkien.ldld.vn"
    )
    p.add_argument("--code", required=True, metavar="MÃ", help="mã đăng ký do công đoàn cấp trên cấp")
    p.add_argument(
        "--ca-bundle", type=Path, metavar="TỆP", help="tệp chứng chỉ gốc (CA) riêng của máy chủ, nếu có"
    )

    p = reg.add(
        "sync", "đồng bộ với máy chủ trung tâm (gửi thay đổi, tải kết quả xét duyệt)", cmd_sync, writes=False
    )  # takes the writer lock per transaction (see the module docstring)
    p.add_argument("--once", action="store_true", help="chỉ chạy một lần, không tự thử lại khi mất mạng")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument(
        "--export-file",
        type=Path,
        metavar="TỆP",
        help="không dùng mạng: ghi các lô chờ gửi ra tệp .skbatch để mang đi bằng USB",
    )
    p.add_argument(
        "--ack-file",
        type=Path,
        metavar="TỆP",
        help="không dùng mạng: nạp tệp xác nhận .skack công đoàn cấp trên trả về sau khi nhập tệp .skbatch",
    )

    p = reg.add("sync-status", "xem tình trạng đồng bộ", cmd_status, writes=False)
    p.add_argument("--json", action="store_true", help="in JSON")


def cmd_enroll(s: Services, a: argparse.Namespace) -> int:
    status = s.sync.enroll(a.server, a.code, a.ca_bundle.expanduser().absolute() if a.ca_bundle else None)
    print(f"Đã đăng ký với máy chủ {status.server_url} cho đơn vị {status.unit_code} – {status.unit_name}.")
    print("Chạy “sangkien sync” để gửi dữ liệu.")
    return EXIT_OK


def cmd_sync(s: Services, a: argparse.Namespace) -> int:
    with WriterLock(
        s.paths.lock, "sangkien sync"
    ):  # refused at once, naming the holder, while the app is open
        pass
    lock = WriterLock(s.paths.lock, "sangkien sync", timeout=LOCK_WAIT_S)
    s.sync.use_write_lock(lambda: lock)
    if a.export_file is not None and a.ack_file is not None:
        raise KnownError("Chỉ dùng một trong hai: --export-file hoặc --ack-file.")
    if a.export_file is not None:
        return _export(s, a.export_file.expanduser().absolute(), a.json)
    if a.ack_file is not None:
        return _load_ack(s, a.ack_file.expanduser().absolute(), a.json)
    outcome = _run_once(s, a.json) if a.once else _run_until_done(s, a.json)
    if a.json:
        print_json(_plain(asdict(outcome)))
    return exit_code(outcome)


def _export(s: Services, path: Path, as_json: bool) -> int:
    ops = s.sync.export_file(path)
    if as_json:
        print_json({"file": str(path), "ops": ops})
    else:
        print(
            f"Đã ghi {format_number(ops)} thay đổi vào {path}. Mang tệp này tới công đoàn cấp trên; "
            "các thay đổi vẫn được gửi lại qua mạng mà không bị trùng."
        )
    return EXIT_OK


def _load_ack(s: Services, path: Path, as_json: bool) -> int:
    summary = s.sync.load_ack_file(path)
    if as_json:
        print_json({"file": str(path), **asdict(summary)})
        return EXIT_OK
    print(
        f"Đã nạp {path.name}: {format_number(summary.applied)} lô được máy chủ xác nhận "
        f"({format_number(summary.acked_ops)} thay đổi); {format_number(summary.already_settled)} lô đã "
        "xác nhận từ trước."
    )
    if summary.attention_ops:
        waiting = format_number(summary.attention_ops)
        print(f"{waiting} thay đổi máy chủ không nhận: xem `sangkien sync-status`.", file=sys.stderr)
    return EXIT_OK


def _run_once(s: Services, quiet: bool) -> SyncOutcome:
    outcome = s.sync.run(SyncTrigger.MANUAL)
    if not quiet:
        _say(outcome)
    return outcome


def _run_until_done(s: Services, quiet: bool) -> SyncOutcome:
    """Retry transient failures with the backoff until complete, Ctrl-C, or no more progress."""
    stop = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: stop.set()) if _main_thread() else None
    try:
        while True:
            outcome = s.sync.run(SyncTrigger.MANUAL, cancel=stop)
            if not quiet:
                _say(outcome)
            if outcome.complete or stop.is_set() or outcome.state in STOPPING:
                return outcome
            if outcome.state is ConnectionState.OK and not outcome.acked_ops:
                return outcome  # nothing moved (deferred items wait for their cause): no busy loop
            wait = _seconds_until(s.sync.next_attempt_at(), s)
            if wait > 0 and not quiet:
                print(f"Thử lại sau {round(wait)} giây (Ctrl-C để dừng)…", file=sys.stderr)
            if stop.wait(wait):
                return outcome
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _seconds_until(moment: datetime | None, s: Services) -> float:
    if moment is None:
        return 0.0
    return max(0.0, (moment - s.uow.clock()).total_seconds())


def _say(outcome: SyncOutcome) -> None:
    stream = sys.stdout if outcome.state is ConnectionState.OK else sys.stderr
    print(outcome.message, file=stream)


def exit_code(outcome: SyncOutcome) -> int:
    if outcome.complete:
        return EXIT_OK
    return STOPPING.get(outcome.state, EXIT_INCOMPLETE)


def cmd_status(s: Services, a: argparse.Namespace) -> int:
    status = s.sync.status()
    if a.json:
        print_json({**_plain(asdict(status)), "confirmation": status.confirmation_text()})
        return EXIT_OK
    for line in status_lines(status):
        print(line)
    return EXIT_OK


def status_lines(status: SyncStatus) -> list[str]:
    if not status.enrolled:
        return [
            "Máy này chưa đăng ký với máy chủ trung tâm. Chạy: sangkien enroll --server URL --code MÃ",
            f"Thay đổi chờ gửi: {format_number(status.pending)}",
        ]
    lines = [
        f"Máy chủ: {status.server_url} – đơn vị {status.unit_code} ({status.unit_name})",
        f"Kết nối: {CONNECTION_LABELS[status.state]}" + (f". {status.message}" if status.message else ""),
    ]
    oldest = f" (cũ nhất từ {_local(status.oldest_pending_at)})" if status.oldest_pending_at else ""
    lines.append(f"Thay đổi chờ gửi: {format_number(status.pending)}{oldest}")
    if status.pending_overdue:
        lines.append("Cảnh báo: có thay đổi đã chờ gửi quá lâu; hãy kết nối mạng để đồng bộ.")
    lines.append(
        f"Đang gửi: {format_number(status.in_flight)} · Cần xử lý: {format_number(status.attention)}"
    )
    lines.append(
        status.confirmation_text()
        or f"Máy chủ đã nhận {format_number(status.local_acked)} thay đổi (chưa đối chiếu)"
    )
    lines.append(f"Lần đồng bộ thành công gần nhất: {_local(status.last_success_at) or 'chưa có'}")
    if status.next_attempt_at:
        lines.append(f"Tự thử lại lúc: {_local(status.next_attempt_at)}")
    if status.clock_skew_warning and status.clock_skew_s is not None:
        lines.append(
            f"Cảnh báo: đồng hồ máy lệch {round(abs(status.clock_skew_s) / 60)} phút so với máy chủ."
        )
    return lines


def _local(moment: datetime | None) -> str | None:
    """A stored naive-UTC time in the PC's local time, dd/mm/yyyy HH:MM."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.value if isinstance(v, Enum) else v for k, v in values.items()}
