"""Union reward decisions on the command line: record a whole decision from JSON, list them with totals."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from typing import Any

from sangkien_desktop.domain.enums import FundSource
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.reward_views import RewardTotals, TotalLine
from sangkien_desktop.domain.rewards import RewardDecisionInput
from sangkien_desktop.domain.text import format_date, format_money, format_number
from sangkien_desktop.services.container import Services

from .base import EXIT_OK, Registry, print_json, read_json

REWARD_EPILOG = """\
Tệp JSON là một quyết định với các dòng khen thưởng, ví dụ:

  {"number": "01/QĐ-CĐCS", "decided_on": "15/07/2024", "authority": "TM_BCH",
   "fund_source": "QUY_CONG_DOAN", "subject": "Về việc khen thưởng sáng kiến năm 2024",
   "legal_bases": ["Căn cứ Điều lệ Công đoàn Việt Nam;"], "distribution": ["Như Điều 3;", "Lưu VP."],
   "recipients": [
     {"person_id": "UUID của người lao động", "form": "GIAY_KHEN_CDCS", "amount": 1500000,
      "citation": "Có sáng kiến được công nhận", "golden_book_no": "12", "initiatives": ["2024-ABC-0001"],
      "nominate_upward": true, "nominate_level": "CAP_TREN"},
     {"collective_name": "Tổ Bảo trì", "form": "GIAY_KHEN_CDCS", "amount": "2.000.000"},
     {"split": {"initiative": "2024-ABC-0002", "total": 3000000}, "citation": "Đồng tác giả sáng kiến"}]}

Mỗi dòng là một người (person_id, xem bằng `sangkien show MÃ --json`) hoặc một tập thể
(collective_name). Dòng "split" chia tổng tiền cho các đồng tác giả của sáng kiến theo tỷ lệ đóng góp
(tổng các phần đúng bằng tổng tiền). Số tiền là số đồng nguyên từ 0 đến 1.000.000.000.000.
authority: TM_BCH | KT_CHU_TICH; fund_source: QUY_CONG_DOAN | NSDLD | KHAC; issuer_kind: CONG_DOAN | NSDLD;
form: GIAY_KHEN_CDCS | GIAY_KHEN_CD_CAP_TREN | BANG_KHEN_LDLD | BANG_KHEN_TLD | BANG_LDST | THUONG_NSDLD |
KHAC. Có "id" và "version" của một quyết định dự thảo (như lệnh này in ra) thì sửa quyết định đó: dòng
có "id" được sửa, dòng không có "id" được thêm, dòng cũ không còn trong tệp bị bỏ.
"""


def register(reg: Registry) -> None:
    p = reg.add("reward", "ghi một quyết định khen thưởng (cả các dòng khen thưởng) từ tệp JSON",
                cmd_reward, writes=True)
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = REWARD_EPILOG
    p.add_argument("--json", required=True, dest="json_file", help="tệp JSON (dùng - để đọc từ stdin)")

    p = reg.add("rewards", "liệt kê các quyết định khen thưởng với tổng tiền theo quyết định, nguồn kinh "
                "phí, năm", cmd_rewards, writes=False)
    p.add_argument("--year", type=int, help="chỉ các quyết định của năm này (theo ngày quyết định)")
    p.add_argument("--json", action="store_true", help='in JSON {"total", "items", "totals"}')


def cmd_reward(s: Services, a: argparse.Namespace) -> int:
    data = read_json(a.json_file)
    if not isinstance(data, dict):
        raise KnownError("Tệp JSON phải chứa một quyết định khen thưởng { ... }.")
    data = {**data, "recipients": _expanded(s, data.get("recipients"))}
    decision = RewardDecisionInput.from_mapping(data)
    if data.get("id"):
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise KnownError("Muốn sửa quyết định, tệp JSON phải có cả \"version\" (số nguyên) "
                             "bên cạnh \"id\".")
        view = s.rewards.update(str(data["id"]), decision, version)
    else:
        view = s.rewards.create(decision)
    print(json.dumps(view.to_json(), ensure_ascii=False))
    return EXIT_OK


def _expanded(s: Services, recipients: Any) -> Any:
    """Lines with a "split" become one line per co-author, their amounts adding up to the total."""
    if not isinstance(recipients, list):
        return recipients
    lines: list[Any] = []
    for line in recipients:
        split = line.get("split") if isinstance(line, Mapping) else None
        if not isinstance(split, Mapping):
            lines.append(line)
            continue
        initiative, total = split.get("initiative"), split.get("total")
        if not isinstance(initiative, str):
            raise KnownError("Dòng \"split\" cần \"initiative\": mã sáng kiến cần chia tiền.")
        others = {k: v for k, v in line.items() if k != "split"}
        for part in s.rewards.split_collective(initiative, total if isinstance(total, int | str) else -1):
            lines.append({**others, "person_id": part.person_id, "amount": part.amount,
                          "initiatives": [*others.get("initiatives", []), part.initiative_id]})
    return lines


def cmd_rewards(s: Services, a: argparse.Namespace) -> int:
    decisions = s.rewards.list(a.year)
    totals = s.rewards.totals(a.year)
    if a.json:
        print_json({"total": len(decisions), "items": [d.to_json() for d in decisions],
                    "totals": totals.to_json()})
        return EXIT_OK
    print(f"Có {format_number(len(decisions))} quyết định khen thưởng")
    for d in decisions:
        when = format_date(d.decided_on) if d.decided_on else "chưa có ngày"
        fund = d.fund_source.label if d.fund_source else "—"
        print(f"{d.number or '(chưa có số)':<18} {when:<12} {d.state.label:<12} {fund:<24} "
              f"{format_number(d.recipient_count):>5} người/tập thể {format_money(d.total_vnd):>20}")
    _print_totals(totals)
    return EXIT_OK


def _print_totals(totals: RewardTotals) -> None:
    print(f"Tổng tiền thưởng: {format_money(totals.total_vnd)}")
    print("Theo nguồn kinh phí:")
    for line in totals.by_fund:
        name = line.key.label if isinstance(line.key, FundSource) else "Chưa ghi nguồn"
        _print_line(name, line)
    print("Theo năm:")
    for line in totals.by_year:
        _print_line(f"Năm {line.key}" if line.key is not None else "Chưa có ngày", line)


def _print_line(name: str, line: TotalLine) -> None:
    print(f"  {name:<26}{format_number(line.decision_count):>5} quyết định {format_money(line.total_vnd):>20}"
          f"   (đã ban hành: {format_money(line.issued_vnd)})")
