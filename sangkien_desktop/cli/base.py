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
from sangkien_desktop.persistence.store_files import StorePaths
from sangkien_desktop.services.container import Services

EXIT_OK, EXIT_USER, EXIT_BUG = 0, 1, 70
Handler = Callable[[Services, argparse.Namespace], int]
# Commands that must work when the store cannot be opened (restore over a damaged file): they get
# the store's paths, under the writer lock, and open what they need themselves.
PathsHandler = Callable[[StorePaths, argparse.Namespace], int]


@dataclass
class Registry:
    """The subcommands being declared: each module adds its own with ``add``."""

    sub: Any  # argparse's private _SubParsersAction
    commands: dict[str, tuple[Handler, bool]] = field(default_factory=dict)  # name → (handler, writes)
    on_paths: dict[str, tuple[PathsHandler, bool]] = field(default_factory=dict)  # without the store open

    def add(self, name: str, help_text: str, handler: Handler, *, writes: bool) -> argparse.ArgumentParser:
        self._check_new(name)
        self.commands[name] = (handler, writes)
        parser: argparse.ArgumentParser = self.sub.add_parser(name, help=help_text)
        return parser

    def add_on_paths(
        self, name: str, help_text: str, handler: PathsHandler, *, writes: bool
    ) -> argparse.ArgumentParser:
        """A command that runs without the store being opened for it (under the writer lock if it writes)."""
        self._check_new(name)
        self.on_paths[name] = (handler, writes)
        parser: argparse.ArgumentParser = self.sub.add_parser(name, help=help_text)
        return parser

    def _check_new(self, name: str) -> None:
        if name in self.commands or name in self.on_paths:
            raise RuntimeError(f"command {name!r} declared twice")


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
