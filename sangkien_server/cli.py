"""``sangkien-server``: run and administer the central server. Messages in Vietnamese on stderr;
exit 0 success, 1 refused (bad input, unknown device …), 3 database unreachable, 2 usage."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.exc import OperationalError

from sangkien_server import admin
from sangkien_server.config import ENV_DB, ServerSettings, default_data_dir, default_db_url


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sangkien_server.app import create_app

    data_dir = Path(args.data_dir) if args.data_dir else default_data_dir()
    settings = ServerSettings(db_url=args.db, data_dir=data_dir, max_body_bytes=args.max_body_bytes)
    _say(f"Máy chủ Sáng kiến chạy tại http://{args.host}:{args.port} (dữ liệu: {data_dir}).")
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info")
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"“{text}” không phải số nguyên dương.")
    return value


def _enroll(args: argparse.Namespace) -> int:
    code = admin.create_enrollment_code(args.db, args.unit_code, args.unit_name, ttl_days=args.days)
    print(code)
    _say(f"Mã đăng ký một lần cho đơn vị {args.unit_code}, dùng được trong {args.days} ngày.")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    admin.revoke_device(args.db, args.device)
    _say(f"Đã thu hồi quyền đồng bộ của thiết bị {args.device}; dữ liệu đã nhận vẫn được giữ.")
    return 0


def _export(args: argparse.Namespace) -> int:
    count = admin.export(args.db, Path(args.out), unit=args.unit)
    _say(f"Đã xuất {count} sáng kiến ra {args.out}.")
    return 0


def _import_file(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir) if args.data_dir else None
    ack = Path(args.ack) if args.ack else None
    summary = admin.import_file(args.db, Path(args.file), data_dir=data_dir, ack_out=ack)
    counts = ", ".join(f"{status}: {n}" for status, n in sorted(summary.ops.items())) or "không có thao tác"
    _say(f"Đã nhập {summary.batches} lô ({summary.replayed} lô đã nhận trước đó), "
         f"{summary.blobs} tệp đính kèm; kết quả: {counts}.")
    if args.ack:
        _say(f"Tệp xác nhận cho văn phòng: {args.ack}")
    return 0


def _review(args: argparse.Namespace) -> int:
    admin.set_review_state(args.db, args.unit, args.entity_id, args.state, args.message)
    _say(f"Đã ghi trạng thái {args.state} cho bản ghi {args.entity_id}; đơn vị sẽ nhận ở lần đồng bộ tới.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=None,
                        help=f"URL cơ sở dữ liệu (mặc định: biến {ENV_DB} hoặc tệp SQLite trong "
                             "thư mục dữ liệu)")
    parser = argparse.ArgumentParser(prog="sangkien-server", description="Máy chủ trung tâm Sáng kiến.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="LỆNH")

    serve = commands.add_parser("serve", parents=[common], help="chạy máy chủ")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--data-dir", help="thư mục lưu tệp đính kèm")
    serve.add_argument("--max-body-bytes", type=_positive, default=ServerSettings.max_body_bytes,
                       help="giới hạn cỡ một yêu cầu, trước và sau khi giải nén (byte)")
    serve.set_defaults(handler=_serve)

    enroll = commands.add_parser("enroll", parents=[common], help="tạo mã đăng ký một lần cho một đơn vị")
    enroll.add_argument("--unit-code", required=True)
    enroll.add_argument("--unit-name", required=True)
    enroll.add_argument("--days", type=int, default=7, help="số ngày mã còn hiệu lực")
    enroll.set_defaults(handler=_enroll)

    revoke = commands.add_parser("revoke", parents=[common], help="thu hồi quyền đồng bộ của một thiết bị")
    revoke.add_argument("device", metavar="DEVICE")
    revoke.set_defaults(handler=_revoke)

    export = commands.add_parser("export", parents=[common],
                                 help="xuất danh sách sáng kiến (.csv hoặc .xlsx)")
    export.add_argument("--out", required=True)
    export.add_argument("--unit", help="chỉ đơn vị có mã này")
    export.set_defaults(handler=_export)

    imported = commands.add_parser("import-file", parents=[common], help="nhập tệp lô ngoại tuyến (.skbatch)")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--ack", help="ghi tệp xác nhận (.skack) để văn phòng nạp lại")
    imported.add_argument("--data-dir", help="thư mục lưu tệp đính kèm (mặc định: thư mục của máy chủ)")
    imported.set_defaults(handler=_import_file)

    review = commands.add_parser("review", parents=[common], help="ghi kết quả xét duyệt một bản ghi")
    review.add_argument("entity_id", metavar="ENTITY_ID")
    review.add_argument("state", metavar="STATE", choices=admin.REVIEW_STATES)
    review.add_argument("--unit", help="mã đơn vị của bản ghi")
    review.add_argument("--message", help="lời nhắn cho đơn vị")
    review.set_defaults(handler=_review)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.db = args.db or default_db_url()
    try:
        code: int = args.handler(args)
    except admin.AdminError as exc:
        _say(f"Lỗi: {exc}")
        return 1
    except OperationalError as exc:
        _say(f"Không kết nối được cơ sở dữ liệu {args.db}: {exc.orig}")
        return 3
    return code


if __name__ == "__main__":
    sys.exit(main())
