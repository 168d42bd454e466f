"""What every command module of the `sangkien` CLI shares: exit codes, registration, argument types."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.errors import FieldProblem, KnownError
from sangkien_desktop.domain.model import date_reason, parse_date
from sangkien_desktop.domain.text import nfc
from sangkien_desktop.services.container import Services

EXIT_OK, EXIT_USER, EXIT_BUG = 0, 1, 70
Handler = Callable[[Services, argparse.Namespace], int]


@dataclass
class Registry:
    """The subcommands being declared: each module adds its own with ``add``."""

    sub: Any  # argparse's private _SubParsersAction
    commands: dict[str, tuple[Handler, bool]] = field(default_factory=dict)  # name → (handler, writes)

    def add(self, name: str, help_text: str, handler: Handler, *, writes: bool) -> argparse.ArgumentParser:
        if name in self.commands:
            raise RuntimeError(f"command {name!r} declared twice")
        self.commands[name] = (handler, writes)
        parser: argparse.ArgumentParser = self.sub.add_parser(name, help=help_text)
        return parser


def cli_date(text: str) -> date:
    """argparse type for dates: YYYY-MM-DD or DD/MM/YYYY, refused with the reason in Vietnamese."""
    try:
        return parse_date(text)
    except (TypeError, ValueError) as exc:
        raise argparse.ArgumentTypeError(f"ngày {text!r} {date_reason(text)}") from exc


def read_json(path: str) -> Any:
    """The JSON document in ``path`` (``-`` = stdin), strings NFC; unreadable or malformed → KnownError."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
        return _nfc_strings(json.loads(text))
    except OSError as exc:
        raise KnownError(f"Không đọc được tệp {path}: {exc.strerror}") from exc
    except json.JSONDecodeError as exc:
        raise KnownError(f"Tệp {path} không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}).") from exc


def _nfc_strings(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_strings(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): _nfc_strings(v) for k, v in value.items()}
    return value


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def print_warnings(warnings: tuple[FieldProblem, ...] | list[FieldProblem]) -> None:
    for warning in warnings:
        print(f"Cảnh báo – {warning.message()}", file=sys.stderr)
