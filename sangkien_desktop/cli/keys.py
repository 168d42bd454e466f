"""`sangkien key`: the office's public key for the upper union (export), and other offices' public
keys trusted by `sangkien verify` (add). The private key never leaves the data folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.persistence.atomic_files import write_atomically
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.signing import PUBLIC_KEY_PREFIX

from .base import EXIT_OK, Registry

KEY_EPILOG = """\
Ví dụ:
  sangkien key --export                      in khoá công khai của đơn vị (SKK1:MÃ_ĐƠN_VỊ:…)
  sangkien key --export --out khoa-abc.pub   ghi khoá đó ra tệp để gửi công đoàn cấp trên
  sangkien key --add khoa-xyz.pub            tin khoá của đơn vị khác (tệp, mỗi dòng một khoá)
  sangkien key --add SKK1:XYZ:…              hoặc dán thẳng khoá
"""


def register(reg: Registry) -> None:
    p = reg.add("key", "xuất khoá công khai của đơn vị hoặc thêm khoá công khai của đơn vị khác",
                cmd_key, writes=False)
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = KEY_EPILOG
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--export", action="store_true",
                        help="in (hoặc ghi ra tệp) khoá công khai của đơn vị")
    action.add_argument("--add", metavar="TỆP_HOẶC_KHOÁ",
                        help="thêm khoá công khai của đơn vị khác: đường dẫn tệp hoặc chính khoá SKK1:…")
    p.add_argument("--out", type=Path, metavar="TỆP", help="với --export: ghi khoá ra tệp này thay vì in ra")


def cmd_key(s: Services, a: argparse.Namespace) -> int:
    if a.add is not None:
        if a.out is not None:
            raise KnownError("--out chỉ dùng với --export.")
        for unit_code in [s.certificates.add_known_key(text) for text in _key_lines(a.add)]:
            print(f"Đã thêm khoá công khai của đơn vị {unit_code}.")
        return EXIT_OK
    text = s.certificates.public_key_text()
    if a.out is None:
        print(text)
    else:
        target = a.out.expanduser().absolute()
        write_atomically(target, lambda: (text + "\n").encode("ascii"))
        print(f"Đã ghi khoá công khai vào {target}")
    return EXIT_OK


def _key_lines(source: str) -> list[str]:
    """The keys in ``source``: the key itself, or a file holding one key per line."""
    if source.strip().upper().startswith(PUBLIC_KEY_PREFIX + ":"):
        return [source]
    path = Path(source).expanduser()
    try:
        lines = [line for line in path.read_text(encoding="utf-8-sig").split() if line]
    except FileNotFoundError:
        raise KnownError(f"Không tìm thấy tệp “{source}”; khoá công khai phải có dạng "
                         "“SKK1:MÃ_ĐƠN_VỊ:…”.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KnownError(f"Không đọc được tệp khoá “{source}”: {exc}") from exc
    if not lines:
        raise KnownError(f"Tệp “{source}” không có khoá công khai nào.")
    return lines
