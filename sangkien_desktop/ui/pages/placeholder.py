"""Stand-in for a page that a later version fills in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

__all__ = ["PlaceholderPage"]


class PlaceholderPage(QWidget):
    """A centred note "<Tên trang>: chưa có trong phiên bản này"."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setObjectName("placeholderPage")
        self.label = QLabel(f"{title}: chưa có trong phiên bản này", self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
