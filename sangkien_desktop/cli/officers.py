"""Officers on the command line: `sangkien officers` lists them, `sangkien officers add` adds one,
and the global `--officer` signs a command in as one of them (``sign_in``)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.officers import OfficerView
from sangkien_desktop.domain.text import nfc
from sangkien_desktop.services.container import Services

from .base import EXIT_OK, Registry, print_json

PIN_ENV = "SANGKIEN_PIN"
ROLES = {"chu-tich": OfficerRole.CHU_TICH, "can-bo": OfficerRole.CAN_BO, "xem": OfficerRole.XEM}


def register(reg: Registry) -> None:
    p = reg.add("officers", "xem danh sách cán bộ sử dụng chương trình; thêm cán bộ", cmd_officers,
                writes=False)
    p.add_argument("--json", action="store_true", help="in JSON")
    actions = p.add_subparsers(dest="officers_action", metavar="VIỆC")
    add = actions.add_parser("add", help="thêm một cán bộ (chỉ Chủ tịch, khi đã có Chủ tịch)")
    add.add_argument("name", help="họ và tên cán bộ")
    add.add_argument("--role", required=True, choices=list(ROLES),
                     help="vai trò: chủ tịch, cán bộ hoặc chỉ xem")
    add.add_argument("--pin", action="store_true",
                     help="đặt mã PIN (4–12 chữ số), nhập sau lời nhắc hoặc qua đầu vào chuẩn")
    add.set_defaults(writes=True)  # cli.main takes the writer lock for this action


def sign_in(services: Services, name_or_id: str) -> OfficerView:
    """Act as this officer for the whole command; their PIN, if any, comes from $SANGKIEN_PIN."""
    officer = services.officers.find(name_or_id)
    if officer.has_pin and not os.environ.get(PIN_ENV):
        raise KnownError(f"{officer.full_name} có mã PIN: hãy đặt biến môi trường {PIN_ENV} rồi chạy lại.")
    services.officers.verify(officer.id, os.environ.get(PIN_ENV))
    services.uow.acting_officer_id = officer.id
    return officer


def cmd_officers(s: Services, a: argparse.Namespace) -> int:
    if a.officers_action == "add":
        return _add(s, a)
    officers = s.officers.list()
    if a.json:
        print_json([_json(o) for o in officers])
        return EXIT_OK
    if not officers:
        print("Chưa có cán bộ nào. Thêm bằng: sangkien officers add \"HỌ TÊN\" --role chu-tich")
    for o in officers:
        print(_line(o))
    return EXIT_OK


def _add(s: Services, a: argparse.Namespace) -> int:
    pin = _read_pin() if a.pin else None
    officer = s.officers.create(a.name, ROLES[a.role], pin)
    print(f"Đã thêm cán bộ {_line(officer)}")
    return EXIT_OK


def _read_pin() -> str:
    """Asked twice on a terminal (never echoed); one line of standard input otherwise."""
    if not sys.stdin.isatty():
        return nfc(sys.stdin.readline().strip())
    first = getpass.getpass("Mã PIN: ")
    if getpass.getpass("Nhập lại mã PIN: ") != first:
        raise KnownError("Hai lần nhập mã PIN không giống nhau.")
    return first


def _line(o: OfficerView) -> str:
    notes = [o.role.label] + (["có mã PIN"] if o.has_pin else []) + ([] if o.active else ["ngừng hoạt động"])
    return f"{o.full_name} ({', '.join(notes)}) – mã {o.id}"


def _json(o: OfficerView) -> dict[str, object]:
    return {"id": o.id, "full_name": o.full_name, "role": o.role.value, "has_pin": o.has_pin,
            "active": o.active, "version": o.version}
