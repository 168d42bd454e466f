"""The authors of the initiative being edited: an ordered, editable list (row 1 is the lead author).

Rows are either people picked from the people list (``person_id`` set: their name, birth date and
department are theirs and read-only here) or new people typed in place (``person_id`` None: every
cell editable; the service creates the person on save). The contribution share is editable on every
row. Values are kept as typed; ``InitiativeDraft.from_mapping`` judges them (birth dates included).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from sangkien_desktop.domain.text import clean, format_date, format_number
from sangkien_desktop.ui.models.alignment import LEFT, RIGHT
from sangkien_desktop.ui.models.row_list import AnyIndex, RowListModel

__all__ = ["FULL_SHARE", "AuthorColumn", "AuthorRow", "AuthorsModel", "share_text"]

FULL_SHARE = Decimal("100")
_CENT = Decimal("0.01")


class AuthorColumn(IntEnum):
    NAME = 0
    BIRTH_DATE = 1
    DEPARTMENT = 2
    SHARE = 3


@dataclass(frozen=True)
class AuthorRow:
    full_name: str
    person_id: str | None = None
    birth_date: str = ""  # dd/mm/yyyy, or what the officer typed for a new person
    department: str = ""
    share_pct: Decimal | None = None

    @property
    def is_new(self) -> bool:
        return self.person_id is None

    @classmethod
    def of_person(cls, person_id: str, full_name: str, birth_date: date | None, department: str | None,
                  share_pct: Decimal | None = None) -> AuthorRow:
        born = format_date(birth_date) if birth_date else ""
        return cls(full_name, person_id, born, department or "", share_pct)

    def as_mapping(self) -> dict[str, Any]:
        """One entry of the ``authors`` list that ``InitiativeDraft.from_mapping`` reads."""
        return {"full_name": self.full_name, "person_id": self.person_id, "birth_date": self.birth_date,
                "department": self.department, "share_pct": self.share_pct}


def share_text(share: Decimal) -> str:
    """"60", "33,33": whole numbers without decimals, others with two (Vietnamese comma)."""
    return format_number(share, 0 if share == share.to_integral_value() else 2)


def _as_share(value: Any) -> Decimal | None:
    """The edited share; 0 or blank clears it. Raises ValueError for anything not in 0..100."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip().rstrip("%").strip().replace(",", ".")
    try:
        share = Decimal(text).quantize(_CENT)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not 0 <= share <= FULL_SHARE:
        raise ValueError(text)
    return share if share else None


class AuthorsModel(RowListModel[AuthorRow]):
    """Editable author rows. ``changed`` is emitted after every change of rows or values."""

    # -- reading ----------------------------------------------------------------------------------

    def row_of_person(self, person_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.person_id == person_id), None)

    def share_total(self) -> Decimal:
        """The sum of the shares given; a single author without a share holds all of it."""
        if len(self._rows) == 1 and self._rows[0].share_pct is None:
            return FULL_SHARE
        return sum((r.share_pct for r in self._rows if r.share_pct is not None), Decimal(0))

    def shares_missing(self) -> bool:
        return len(self._rows) > 1 and any(r.share_pct is None for r in self._rows)

    def shares_add_up(self) -> bool:
        """True when the record may move past the draft stages as far as shares go."""
        return not self._rows or (not self.shares_missing() and self.share_total() == FULL_SHARE)

    # -- changing ---------------------------------------------------------------------------------

    def move(self, row: int, delta: int) -> int:
        """Move ``row`` up (-1) or down (+1); returns its new position (unchanged at either end)."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)) or delta not in (-1, 1):
            return row
        # Qt's destination is the row *before which* the moved row lands, in the old numbering.
        destination = target if delta < 0 else target + 1
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self.changed.emit()
        return target

    # -- QAbstractTableModel ----------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AuthorColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row, column = self._rows[index.row()], AuthorColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == AuthorColumn.SHARE else LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        return None

    def _tooltip(self, row: AuthorRow) -> str:
        if row.is_new:
            return self.tr("New person: added to the people list when the initiative is saved")
        return self.tr("Picked from the people list")

    @staticmethod
    def _edit_value(row: AuthorRow, column: AuthorColumn) -> Any:
        if column == AuthorColumn.SHARE:
            return float(row.share_pct) if row.share_pct is not None else 0.0
        return _display_value(row, column)

    @staticmethod
    def _display(row: AuthorRow, column: AuthorColumn) -> str:
        if column == AuthorColumn.SHARE:
            return share_text(row.share_pct) if row.share_pct is not None else ""
        return _display_value(row, column)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index):
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        try:
            updated = _edited(self._rows[index.row()], AuthorColumn(index.column()), value)
        except ValueError:
            return False
        if updated is None:
            return False
        self._rows[index.row()] = updated
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(AuthorColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(AuthorColumn(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section == AuthorColumn.SHARE else LEFT
        return None

    def _header(self, column: AuthorColumn) -> str:
        match column:
            case AuthorColumn.NAME:
                return self.tr("Full name")
            case AuthorColumn.BIRTH_DATE:
                return self.tr("Date of birth")
            case AuthorColumn.DEPARTMENT:
                return self.tr("Department")
            case AuthorColumn.SHARE:
                return self.tr("Share (%)")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == AuthorColumn.SHARE or self._rows[index.row()].is_new:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _valid(self, index: AnyIndex) -> bool:
        return (index.isValid() and not index.parent().isValid() and 0 <= index.row() < len(self._rows)
                and 0 <= index.column() < len(AuthorColumn))


def _display_value(row: AuthorRow, column: AuthorColumn) -> str:
    match column:
        case AuthorColumn.NAME:
            return row.full_name
        case AuthorColumn.BIRTH_DATE:
            return row.birth_date
        case AuthorColumn.DEPARTMENT:
            return row.department
        case AuthorColumn.SHARE:
            return "" if row.share_pct is None else str(row.share_pct)


def _edited(row: AuthorRow, column: AuthorColumn, value: Any) -> AuthorRow | None:
    """The row with one cell changed; None when the new value is refused (a name cannot be blank)."""
    if column == AuthorColumn.SHARE:
        return replace(row, share_pct=_as_share(value))
    text = clean(str(value)) if value is not None else None
    if column == AuthorColumn.NAME:
        return replace(row, full_name=text) if text else None
    if column == AuthorColumn.BIRTH_DATE:
        return replace(row, birth_date=text or "")
    return replace(row, department=text or "")
