"""`sangkien verify PAYLOAD`: check a certificate's QR content offline (DOCUMENTS.md §10)."""

from __future__ import annotations

import argparse

from sangkien_desktop.services.container import Services

from .base import EXIT_OK, EXIT_USER, Registry


def register(reg: Registry) -> None:
    parser = reg.add(
        "verify",
        "kiểm tra giấy chứng nhận qua nội dung mã QR (không cần mạng)",
        _verify,
        writes=False,
    )
    parser.add_argument(
        "payload", metavar="MÃ", help="nội dung mã QR (bắt đầu bằng SK1:) hoặc đường dẫn kiểm tra có ?p=…"
    )


def _verify(services: Services, args: argparse.Namespace) -> int:
    verdict = services.certificates.verify_payload(args.payload)
    print(verdict.text())
    return EXIT_OK if verdict.valid else EXIT_USER
