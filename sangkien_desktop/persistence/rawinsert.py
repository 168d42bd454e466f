"""executemany INSERTs that skip SQLAlchemy's per-statement compilation but keep its type conversion."""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa


class RawInsert:
    """Pre-compiled INSERT for one table: column order, defaults and SQLAlchemy's own bind processors."""

    def __init__(self, table: sa.Table, dialect: sa.Dialect) -> None:
        self.columns = [c.key for c in table.columns]
        self.sql = (
            f"INSERT INTO {table.name} ({', '.join(self.columns)}) "
            f"VALUES ({', '.join('?' * len(self.columns))})"
        )
        # Every column has an entry, so a row may leave out any nullable or defaulted column.
        self.defaults: dict[str, Any] = {
            c.key: getattr(c.default, "arg", None) if c.default is not None and c.default.is_scalar else None
            for c in table.columns
        }
        self.processors: list[Callable[[Any], Any] | None] = [_processor(c, dialect) for c in table.columns]

    def tuples(self, rows: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        getter = operator.itemgetter(*self.columns)
        converters = [_Memo(i, p) for i, p in enumerate(self.processors) if p is not None]
        defaults = self.defaults
        result = []
        for row in rows:
            values = list(getter({**defaults, **row}))
            for memo in converters:
                value = values[memo.position]
                if value is not None:
                    values[memo.position] = memo(value)
            result.append(tuple(values))
        return result


class _Memo:
    """One column's converter remembering its last value: bulk rows share timestamps."""

    __slots__ = ("convert", "last_in", "last_out", "position")

    def __init__(self, position: int, convert: Callable[[Any], Any]) -> None:
        self.position = position
        self.convert = convert
        self.last_in: Any = None
        self.last_out: Any = None

    def __call__(self, value: Any) -> Any:
        if value is not self.last_in:
            self.last_in, self.last_out = value, self.convert(value)
        return self.last_out


def _processor(column: sa.Column[Any], dialect: sa.Dialect) -> Callable[[Any], Any] | None:
    # sqlite3 stores bool as 0/1 and a StrEnum member as its text already; the enum's CHECK
    # constraint still rejects a stray code. Dates and decimals do need SQLAlchemy's conversion.
    if isinstance(column.type, sa.Boolean | sa.Enum):
        return None
    return column.type.dialect_impl(dialect).bind_processor(dialect)
