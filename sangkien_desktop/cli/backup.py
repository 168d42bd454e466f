"""`sangkien backup`, `sangkien restore`, `sangkien backups` (issue 8)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sangkien_desktop.domain.backups import BackupInfo, BackupKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.persistence.backups import create_backup, list_backups
from sangkien_desktop.persistence.models.base import utcnow
from sangkien_desktop.persistence.store_files import StorePaths
from sangkien_desktop.services.backups import restore_store

from .base import EXIT_OK, EXIT_USER, Registry, print_json


def register(reg: Registry) -> None:
    p = reg.add_on_paths("backup", "sao lưu kho dữ liệu và tệp đính kèm vào một tệp .skbackup", _backup,
                         writes=False)  # a snapshot only reads: it works while the app is open
    p.add_argument("--to", type=Path, metavar="THƯ_MỤC",
                   help="thư mục đích, ví dụ ổ USB (mặc định: thư mục backups trong thư mục dữ liệu)")
    p = reg.add_on_paths("restore", "khôi phục kho dữ liệu từ một bản sao lưu .skbackup", _restore,
                         writes=True)
    p.add_argument("archive", type=Path, metavar="TỆP_SAO_LƯU")
    p.add_argument("--yes", action="store_true", help="không hỏi lại trước khi thay kho dữ liệu")
    p = reg.add_on_paths("backups", "liệt kê các bản sao lưu (ngày, dung lượng, số sáng kiến)", _list,
                         writes=False)
    p.add_argument("--in", dest="folder", type=Path, metavar="THƯ_MỤC", help="thư mục chứa bản sao lưu")
    p.add_argument("--json", action="store_true", help="in dạng JSON")


def _backup(paths: StorePaths, args: argparse.Namespace) -> int:
    if not paths.db.exists():
        raise KnownError(f"Chưa có kho dữ liệu trong {paths.data_dir}; không có gì để sao lưu.")
    info = create_backup(paths, BackupKind.MANUAL, utcnow(), args.to)
    size, initiatives = _size(info.size_bytes), format_number(info.initiatives)
    print(f"Đã sao lưu vào {info.path} ({size}, {initiatives} sáng kiến).")
    return EXIT_OK


def _restore(paths: StorePaths, args: argparse.Namespace) -> int:
    if not args.archive.is_file():
        raise KnownError(f"Không tìm thấy tệp sao lưu {args.archive}.")
    if not args.yes and not _confirmed(paths, args.archive):
        print("Đã hủy; kho dữ liệu giữ nguyên.", file=sys.stderr)
        return EXIT_USER
    result = restore_store(paths, args.archive, utcnow())
    print(f"Đã khôi phục từ {args.archive.name} (tạo lúc {_when(result.restored)}, "
          f"{format_number(result.restored.initiatives)} sáng kiến).")
    if result.safety_copy:
        print(f"Kho dữ liệu trước khi khôi phục được giữ ở {result.safety_copy}.")
    if result.migrated:
        print("Bản sao lưu từ phiên bản cũ đã được nâng cấp lên phiên bản hiện tại.")
    print("Lần đồng bộ tới sẽ mở một kỷ nguyên mới với máy chủ; không mất và không trùng dữ liệu.")
    return EXIT_OK


def _confirmed(paths: StorePaths, archive: Path) -> bool:
    if not sys.stdin.isatty():
        raise KnownError("Khôi phục sẽ thay toàn bộ kho dữ liệu hiện tại; thêm --yes để xác nhận.")
    answer = input(f"Thay kho dữ liệu trong {paths.data_dir} bằng {archive.name}? Gõ 'co' để đồng ý: ")
    return answer.strip().lower() in {"co", "có"}


def _list(paths: StorePaths, args: argparse.Namespace) -> int:
    backups = list_backups(args.folder or paths.backups)
    if args.json:
        print_json([_as_json(b) for b in backups])
        return EXIT_OK
    if not backups:
        print("Chưa có bản sao lưu nào.")
    for b in backups:
        print(f"{_when(b)}  {b.kind.label:<20} {_size(b.size_bytes):>10}  "
              f"{format_number(b.initiatives):>9} sáng kiến  {b.path.name}")
    return EXIT_OK


def _as_json(b: BackupInfo) -> dict[str, object]:
    return {"path": str(b.path), "kind": b.kind.value, "created_at": b.created_at.isoformat(),
            "size_bytes": b.size_bytes, "schema_revision": b.schema_revision, "app_version": b.app_version,
            "counts": b.counts}


def _when(b: BackupInfo) -> str:
    return b.created_at.astimezone().strftime("%d/%m/%Y %H:%M")


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
