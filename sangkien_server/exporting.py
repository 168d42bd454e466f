"""Export of received initiatives: one row per initiative, ``.csv`` or ``.xlsx`` by the file's extension."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop import protocol
from sangkien_server.models import Record, ReviewState, Unit

COLUMNS = ("id", "unit_code", "title", "status", "review_state", "received_at")
FORMATS = (".csv", ".xlsx")


def rows(session: Session, unit_code: str | None) -> Iterator[tuple[str, ...]]:
    query = (
        select(Record.entity_id, Unit.code, Record.payload, ReviewState.state, Record.first_received_at)
        .join(Unit, Unit.id == Record.unit_id)
        .outerjoin(ReviewState, ReviewState.entity_id == Record.entity_id)
        .where(Record.entity_type == "initiative", Record.deleted.is_(False))
        .order_by(Unit.code, Record.first_received_at, Record.entity_id)
    )
    if unit_code is not None:
        query = query.where(Unit.code == unit_code)
    for entity_id, code, payload, review, received in session.execute(query):
        data = json.loads(payload)
        yield (entity_id, code, str(data.get("title") or ""), str(data.get("status") or ""), review or "",
               protocol.format_utc(received))


def write(out: Path, table: Iterator[tuple[str, ...]]) -> int:
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"Chỉ xuất được tệp .csv hoặc .xlsx, không phải “{out.suffix or out.name}”.")
    out.parent.mkdir(parents=True, exist_ok=True)
    return _write_csv(out, table) if suffix == ".csv" else _write_xlsx(out, table)


def _write_csv(out: Path, table: Iterator[tuple[str, ...]]) -> int:
    count = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:  # BOM: Excel reads it as UTF-8
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in table:
            writer.writerow(row)
            count += 1
    return count


def _write_xlsx(out: Path, table: Iterator[tuple[str, ...]]) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sáng kiến")
    sheet.append(list(COLUMNS))
    count = 0
    for row in table:
        sheet.append(list(row))
        count += 1
    book.save(out)
    return count
