"""A wizard page whose Next (or Finish) button follows a check the page's owner runs.

Promoted in Designer (``forms/setup_wizard.ui``): QWizard's own mandatory fields only test for
non-empty text, while the office's details have rules of their own (``services.office``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizardPage

__all__ = ["CheckedPage"]


class CheckedPage(QWizardPage):
    """``isComplete()`` is whatever ``set_complete`` last said (True until then)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._complete = True

    def set_complete(self, complete: bool) -> None:
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._complete and super().isComplete()
