"""Stand-in for a page that a later version fills in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sangkien_desktop.ui.i18n import arg

__all__ = ["PlaceholderPage"]


class PlaceholderPage(QWidget):
    """A centred note "<page title>: not available in this version yet"."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setObjectName("placeholderPage")
        self.label = QLabel(arg(self.tr("%1: not available in this version yet"), title), self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
