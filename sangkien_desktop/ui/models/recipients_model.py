"""The lines of the reward decision being edited: one recipient each (a person or a collective).

Values are kept as the officer typed them (amounts "1.500.000", initiative codes separated by
commas); ``RewardDecisionInput.from_mapping`` judges them on save. The live total adds the amounts
that can be read.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from sangkien_desktop.domain.enums import RewardForm
from sangkien_desktop.domain.reward_views import RecipientView, SplitPart
from sangkien_desktop.domain.rewards import parse_amount
from sangkien_desktop.domain.text import clean, format_money
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.models.alignment import CENTER, LEFT, RIGHT
from sangkien_desktop.ui.models.row_list import AnyIndex, RowListModel

__all__ = ["RecipientColumn", "RecipientRow", "RecipientsModel"]



class RecipientColumn(IntEnum):
    NAME = 0
    FORM = 1
    CITATION = 2
    AMOUNT = 3
    GOLDEN_BOOK = 4
    INITIATIVES = 5
    NOMINATE = 6


@dataclass(frozen=True)
class RecipientRow:
    name: str  # the person's name, or the collective's
    person_id: str | None = None
    form: RewardForm = RewardForm.GIAY_KHEN_CDCS
    citation: str = ""
    amount: str = ""  # as typed
    golden_book_no: str = ""
    initiatives: str = ""  # codes, comma separated
    nominate_upward: bool = False
    id: str | None = None  # the stored line being edited
    extra: tuple[tuple[str, Any], ...] = ()  # stored values this table does not show, kept on save

    @classmethod
    def of_view(cls, view: RecipientView) -> RecipientRow:
        extra = (("level", view.level), ("position_line", view.position_line),
                 ("nominate_level", view.nominate_level))
        return cls(view.name, view.person_id, view.form, view.citation or "",
                   format_money(view.amount) if view.amount is not None else "", view.golden_book_no or "",
                   ", ".join(i.code for i in view.initiatives), view.nominate_upward, view.id, extra)

    @classmethod
    def of_part(cls, part: SplitPart, initiative_code: str) -> RecipientRow:
        return cls(part.full_name, part.person_id, amount=format_money(part.amount),
                   initiatives=initiative_code)

    def amount_value(self) -> int | None:
        """The amount if it can be read (None when blank or not valid)."""
        try:
            return parse_amount(self.amount) if self.amount.strip() else None
        except ValueError:
            return None

    def as_mapping(self) -> dict[str, Any]:
        """One entry of the ``recipients`` list read by ``RewardDecisionInput.from_mapping``."""
        who = {"person_id": self.person_id} if self.person_id else {"collective_name": self.name}
        codes = [c for c in (clean(x) for x in self.initiatives.split(",")) if c]
        return {**dict(self.extra), **who, "form": self.form, "citation": self.citation,
                "amount": self.amount, "golden_book_no": self.golden_book_no, "initiatives": codes,
                "nominate_upward": self.nominate_upward, "id": self.id,
                **({} if self.nominate_upward else {"nominate_level": None})}


class RecipientsModel(RowListModel[RecipientRow]):
    """Editable recipient rows. ``changed`` is emitted after every change of rows or values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_only = False

    # -- reading ----------------------------------------------------------------------------------

    def total(self) -> int:
        return sum(row.amount_value() or 0 for row in self._rows)

    def unreadable_amounts(self) -> int:
        return sum(1 for row in self._rows if row.amount.strip() and row.amount_value() is None)

    # -- QAbstractTableModel ----------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RecipientColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row, column = self._rows[index.row()], RecipientColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if column == RecipientColumn.NOMINATE:
            return _checked(row.nominate_upward) if role == Qt.ItemDataRole.CheckStateRole else None
        if role == Qt.ItemDataRole.EditRole:
            return row.form if column == RecipientColumn.FORM else _text(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return enum_label(row.form) if column == RecipientColumn.FORM else _text(row, column)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._valid(index) or not self.flags(index) & (Qt.ItemFlag.ItemIsEditable
                                                              | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        column = RecipientColumn(index.column())
        if (column == RecipientColumn.NOMINATE) != (role == Qt.ItemDataRole.CheckStateRole):
            return False
        if role not in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.CheckStateRole):
            return False
        updated = _edited(self._rows[index.row()], column, value)
        if updated is None:
            return False
        self._rows[index.row()] = updated
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(RecipientColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(RecipientColumn(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(RecipientColumn(section))
        return None

    def _header(self, column: RecipientColumn) -> str:
        match column:
            case RecipientColumn.NAME:
                return self.tr("Recipient")
            case RecipientColumn.FORM:
                return self.tr("Form")
            case RecipientColumn.CITATION:
                return self.tr("Citation")
            case RecipientColumn.AMOUNT:
                return self.tr("Amount")
            case RecipientColumn.GOLDEN_BOOK:
                return self.tr("Golden book no.")
            case RecipientColumn.INITIATIVES:
                return self.tr("Initiatives")
            case RecipientColumn.NOMINATE:
                return self.tr("Nominate upward")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        column = RecipientColumn(index.column())
        if self.read_only:
            return base
        if column == RecipientColumn.NOMINATE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column == RecipientColumn.NAME and self._rows[index.row()].person_id is not None:
            return base  # a person's name belongs to the people list
        return base | Qt.ItemFlag.ItemIsEditable

    def _valid(self, index: AnyIndex) -> bool:
        return (index.isValid() and not index.parent().isValid() and 0 <= index.row() < len(self._rows)
                and 0 <= index.column() < len(RecipientColumn))


def _alignment(column: RecipientColumn) -> Qt.AlignmentFlag:
    if column == RecipientColumn.AMOUNT:
        return RIGHT
    return CENTER if column == RecipientColumn.NOMINATE else LEFT


def _checked(flag: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if flag else Qt.CheckState.Unchecked


_TEXT_FIELDS = {
    RecipientColumn.NAME: "name",
    RecipientColumn.CITATION: "citation",
    RecipientColumn.AMOUNT: "amount",
    RecipientColumn.GOLDEN_BOOK: "golden_book_no",
    RecipientColumn.INITIATIVES: "initiatives",
}


def _text(row: RecipientRow, column: RecipientColumn) -> str:
    return str(getattr(row, _TEXT_FIELDS[column])) if column in _TEXT_FIELDS else ""


def _edited(row: RecipientRow, column: RecipientColumn, value: Any) -> RecipientRow | None:
    """The row with one cell changed; None when refused (a collective needs a name)."""
    if column == RecipientColumn.NOMINATE:
        return replace(row, nominate_upward=Qt.CheckState(value) == Qt.CheckState.Checked)
    if column == RecipientColumn.FORM:
        if value not in set(RewardForm):
            return None
        # A stored level went with the old form; the new form brings its own default level.
        return replace(row, form=RewardForm(value), extra=tuple(kv for kv in row.extra if kv[0] != "level"))
    text = clean(str(value)) if value is not None else None
    if column == RecipientColumn.NAME and not text:
        return None
    if column == RecipientColumn.AMOUNT and text:
        with suppress(ValueError):  # tidy a readable amount; anything else stays as typed
            text = format_money(parse_amount(text))
    return _with_text(row, column, text or "")


def _with_text(row: RecipientRow, column: RecipientColumn, text: str) -> RecipientRow:
    match column:
        case RecipientColumn.NAME:
            return replace(row, name=text)
        case RecipientColumn.CITATION:
            return replace(row, citation=text)
        case RecipientColumn.AMOUNT:
            return replace(row, amount=text)
        case RecipientColumn.GOLDEN_BOOK:
            return replace(row, golden_book_no=text)
        case _:
            return replace(row, initiatives=text)
