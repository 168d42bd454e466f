"""Small typed readers for JSON documents from the server: every field checked, nothing trusted.

A document that does not have the expected shape raises ``SchemaError``; the caller treats that as
"outcome unknown" (SYNC.md §4.4 clause 4), never as an answer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

T = TypeVar("T")


class SchemaError(ValueError):
    """The body is not the protocol document it should be."""


def parse_object(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise SchemaError(f"not JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise SchemaError("not a JSON object")
    return value


def field(doc: Mapping[str, Any], key: str, kind: type[T]) -> T:
    """A required field of an exact JSON type (bool is not accepted where int is asked)."""
    if key not in doc:
        raise SchemaError(f"missing field {key!r}")
    return _typed(doc[key], key, kind)


def optional(doc: Mapping[str, Any], key: str, kind: type[T]) -> T | None:
    value = doc.get(key)
    return None if value is None else _typed(value, key, kind)


def _typed(value: Any, key: str, kind: type[T]) -> T:
    if kind is int and isinstance(value, bool):
        raise SchemaError(f"field {key!r} must be an integer")
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind):
        raise SchemaError(f"field {key!r} must be {kind.__name__}")
    return value


def objects(doc: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    items = field(doc, key, list)
    if not all(isinstance(item, dict) for item in items):
        raise SchemaError(f"field {key!r} must list objects")
    return items


def strings(doc: Mapping[str, Any], key: str) -> list[str]:
    items = field(doc, key, list)
    if not all(isinstance(item, str) for item in items):
        raise SchemaError(f"field {key!r} must list strings")
    return items


def integers(doc: Mapping[str, Any], key: str) -> list[int]:
    items = field(doc, key, list)
    if not all(isinstance(item, int) and not isinstance(item, bool) for item in items):
        raise SchemaError(f"field {key!r} must list integers")
    return items


def timestamp(doc: Mapping[str, Any], key: str) -> datetime:
    return parse_utc(field(doc, key, str), key)


def optional_timestamp(doc: Mapping[str, Any], key: str) -> datetime | None:
    text = optional(doc, key, str)
    return None if text is None else parse_utc(text, key)


def parse_utc(text: str, key: str = "time") -> datetime:
    """RFC 3339 → naive UTC (the store's convention)."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise SchemaError(f"field {key!r} is not an RFC 3339 time") from exc
    if moment.tzinfo is None:
        raise SchemaError(f"field {key!r} has no time zone")
    return moment.astimezone(UTC).replace(tzinfo=None)
