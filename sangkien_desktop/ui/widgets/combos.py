"""Combo boxes of a domain enum: each member's label in the UI language, the member as item data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from sangkien_desktop.domain.enums import LabelledEnum
from sangkien_desktop.ui.labels import enum_label

__all__ = ["fill_enum_combo"]


def fill_enum_combo(combo: QComboBox, members: type[LabelledEnum], blank: str | None = None) -> None:
    """``blank`` first (data None: "any", "none" or "choose…") when given, then every member; the
    label is also the tooltip, for labels longer than the box."""
    if blank is not None:
        combo.addItem(blank, None)
    for member in members:
        label = enum_label(member)
        combo.addItem(label, member)
        combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
