"""`sangkien`: the command line over the same services as the desktop app (no Qt).

Exit codes: 0 ok · 1 user error (Vietnamese message on stderr) · 2 usage · 70 bug. Each module of this
package declares its own subcommands in ``register``; ``COMMAND_MODULES`` lists them.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from types import ModuleType

from sangkien_desktop.config import resolve_data_dir
from sangkien_desktop.domain.environment import MESSAGES_VI, environment_failure
from sangkien_desktop.domain.errors import KnownError, NotInitialisedError, ValidationError
from sangkien_desktop.domain.text import nfc
from sangkien_desktop.persistence.lock import WriterLock
from sangkien_desktop.persistence.store import StorePaths, needs_migration
from sangkien_desktop.services.container import build_services

from . import (
    audit,
    backup,
    certificates,
    confirmations,
    core,
    documents,
    importing,
    keys,
    officers,
    printers,
    recognition,
    remuneration,
    reports,
    rewards,
    submission,
    sync,
)
from .base import EXIT_BUG, EXIT_OK, EXIT_USER, Handler, PathsHandler, Registry

COMMAND_MODULES: tuple[ModuleType, ...] = (
    core, officers, rewards, recognition, remuneration, audit, certificates, documents, printers,
    confirmations, keys, backup, sync, submission, importing, reports,
)


def _parser() -> tuple[argparse.ArgumentParser, Registry]:
    parser = argparse.ArgumentParser(prog="sangkien", description="Sáng kiến Desktop – dòng lệnh")
    parser.add_argument(
        "--data-dir",
        help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng; biến môi trường SANGKIEN_DATA_DIR)",
    )
    parser.add_argument(
        "--officer",
        metavar="TÊN_HOẶC_MÃ",
        help="làm việc với tư cách cán bộ này (ghi vào nhật ký thay đổi); "
        f"mã PIN lấy từ biến môi trường {officers.PIN_ENV}",
    )
    registry = Registry(parser.add_subparsers(dest="command", required=True, metavar="LỆNH"))
    for module in COMMAND_MODULES:
        module.register(registry)
    return parser, registry


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    parser, registry = _parser()
    args = parser.parse_args([nfc(a) for a in (sys.argv[1:] if argv is None else argv)])
    try:
        if args.command in registry.on_paths:
            return _run_on_paths(args, *registry.on_paths[args.command])
        handler, writes = registry.commands[args.command]
        writes = writes or getattr(args, "writes", False)  # a write action under a listing command
        return _run(args, handler, writes)
    except ValidationError as exc:
        print("Dữ liệu không hợp lệ:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem.message()}", file=sys.stderr)
        return exc.exit_code
    except KnownError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early; nothing is wrong with the data.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        failure = environment_failure(exc)
        if failure is not None:  # the computer refused, not a bug: say what to do, no traceback
            where = f" (tệp: {failure.file_name})" if failure.file_name else ""
            print(f"Lỗi: {MESSAGES_VI[failure.problem]}{where}", file=sys.stderr)
            return EXIT_USER
        traceback.print_exc()
        print(
            "Lỗi không mong đợi trong chương trình (mã 70). Hãy gửi nội dung trên cho bộ phận hỗ trợ.",
            file=sys.stderr,
        )
        return EXIT_BUG


def _run_on_paths(args: argparse.Namespace, handler: PathsHandler, writes: bool) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    paths = StorePaths(data_dir)
    if not writes:
        return handler(paths, args)
    lock = WriterLock(paths.lock, "sangkien " + args.command)
    lock.acquire()
    try:
        return handler(paths, args)
    finally:
        lock.release()


def _run(args: argparse.Namespace, handler: Handler, writes: bool) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    paths = StorePaths(data_dir)
    if not writes and not paths.db.exists():
        raise NotInitialisedError(f"Chưa có kho dữ liệu trong {data_dir}. Hãy chạy: sangkien init ...")
    # Readers skip the writer lock, unless opening the store must first upgrade it.
    needs_lock = writes or needs_migration(paths)
    lock = WriterLock(paths.lock, "sangkien " + args.command) if needs_lock else None
    if lock:
        lock.acquire()
    try:
        services = build_services(data_dir)
        try:
            if args.officer:
                officers.sign_in(services, args.officer)
            return handler(services, args)
        finally:
            services.close()
    finally:
        if lock:
            lock.release()
