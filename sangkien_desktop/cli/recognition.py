"""`sangkien apply` (the application for recognition) and `sangkien recognise` (the employer's decision)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from sangkien_desktop.domain.enums import RecognitionLevel, RecognitionOutcome
from sangkien_desktop.domain.recognition import DecisionInput, RequestInput
from sangkien_desktop.domain.text import format_date
from sangkien_desktop.services.container import Services

from .base import EXIT_OK, Registry, cli_date, print_warnings

LEVELS = {"co-so": RecognitionLevel.CO_SO, "nganh": RecognitionLevel.NGANH, "tinh": RecognitionLevel.TINH}


def register(reg: Registry) -> None:
    p = reg.add("apply", "ghi đơn yêu cầu công nhận sáng kiến đã nộp cho đơn vị", cmd_apply, writes=True)
    p.add_argument("id", help="mã hoặc định danh sáng kiến")
    p.add_argument("--filed", type=cli_date, required=True, help="ngày nộp đơn (dd/mm/yyyy hoặc yyyy-mm-dd)")
    p.add_argument("--receipt", help="số sổ tiếp nhận / giấy biên nhận")
    p.add_argument("--receipt-date", type=cli_date, help="ngày biên nhận")
    p.add_argument("--promised", type=cli_date, help="ngày hẹn trả kết quả")
    p.add_argument("--addressee", help="kính gửi (tên đơn vị; mặc định: đơn vị sử dụng lao động của CĐCS)")

    p = reg.add("recognise", "ghi quyết định công nhận (hoặc không công nhận) sáng kiến", cmd_recognise,
                writes=True)
    p.add_argument("id", help="mã hoặc định danh sáng kiến")
    p.add_argument("--decision", required=True, help="số quyết định, giữ nguyên như khi gõ (ví dụ 15/QĐ-ABC)")
    p.add_argument("--date", type=cli_date, required=True, help="ngày quyết định")
    p.add_argument("--signer", required=True, help="họ và tên người ký")
    p.add_argument("--signer-title", help="thẩm quyền ký, ví dụ GIÁM ĐỐC")
    p.add_argument("--level", choices=sorted(LEVELS), help="cấp công nhận")
    p.add_argument("--refuse", metavar="LÝ_DO", help="quyết định không công nhận, kèm lý do")
    p.add_argument("--scan", type=Path, help="tệp bản chụp quyết định để đính kèm")
    p.add_argument("--issuer", help="cơ quan ban hành (mặc định: đơn vị sử dụng lao động của CĐCS)")
    p.add_argument("--certificate", help="số giấy chứng nhận, nếu đơn vị tự đánh số")


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def cmd_apply(s: Services, a: argparse.Namespace) -> int:
    data = RequestInput.from_mapping(
        {
            "filed_on": a.filed,
            "receipt_no": a.receipt,
            "receipt_on": a.receipt_date,
            "promised_on": a.promised,
            "addressee": a.addressee,
        }
    )
    saved = s.recognition.file_request(a.id, data)
    print_warnings(saved.warnings)
    request = saved.request
    print(f"{a.id}: {saved.status.label} – đơn nộp ngày {format_date(request.filed_on)} "
          f"gửi {request.addressee_name}")
    return EXIT_OK


def cmd_recognise(s: Services, a: argparse.Namespace) -> int:
    outcome = RecognitionOutcome.KHONG_CONG_NHAN if a.refuse is not None else RecognitionOutcome.CONG_NHAN
    data = DecisionInput.from_mapping(
        {
            "number": a.decision,
            "decided_on": a.date,
            "signer_name": a.signer,
            "authority_line": a.signer_title,
            "level": LEVELS[a.level] if a.level else None,
            "outcome": outcome,
            "reason": a.refuse,
            "issuer": a.issuer,
            "certificate_no": a.certificate,
        }
    )
    saved = s.recognition.record_decision(a.id, data, scan=a.scan)
    print_warnings(saved.warnings)
    decision = saved.decision
    print(f"{a.id}: {saved.status.label} – quyết định số {decision.number} "
          f"ngày {format_date(decision.decided_on)} của {decision.issuer_name}")
    return EXIT_OK
