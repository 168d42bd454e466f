"""The navigation shell: a list of sections on the left, their pages in a stack, a status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import OfficeView
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.forms.ui_main_window import Ui_MainWindow
from sangkien_desktop.ui.pages.initiatives_page import InitiativesPage
from sangkien_desktop.ui.pages.placeholder import PlaceholderPage
from sangkien_desktop.ui.tasks import Runner

__all__ = ["APP_TITLE", "MainWindow", "default_settings", "pending_text"]

APP_TITLE = "Sáng kiến Desktop"
SETTINGS_ORG, SETTINGS_APP = "SangKien", "SangKienDesktop"
GEOMETRY_KEY, PAGE_KEY = "main_window/geometry", "main_window/page"
OFFLINE_TEXT = "Ngoại tuyến"


def default_settings() -> QSettings:
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


def pending_text(pending: int) -> str:
    return f"{format_number(pending)} thay đổi chưa tải lên"


class MainWindow(QMainWindow):
    """Shell only: every section is a page of ``pageStack``, in the order of ``navList``.

    Remembers its geometry and the last page in ``settings`` (``QSettings("SangKien",
    "SangKienDesktop")`` unless the caller passes another, as tests do).
    """

    def __init__(self, services: Services, runner: Runner, office: OfficeView,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._services = services
        self._runner = runner
        self._settings = settings if settings is not None else default_settings()
        self.setWindowTitle(f"{APP_TITLE} – {office.short_name or office.full_name}")
        self.initiatives_page = InitiativesPage(services.initiatives, runner, self)
        self._add_pages()
        self._add_status_labels(office)
        self.ui.navList.currentRowChanged.connect(self.ui.pageStack.setCurrentIndex)
        self._restore()
        self.refresh_status()

    # -- building -------------------------------------------------------------------------------

    def _add_pages(self) -> None:
        self.ui.pageStack.addWidget(self.initiatives_page)
        for row in range(1, self.ui.navList.count()):
            self.ui.pageStack.addWidget(PlaceholderPage(self.ui.navList.item(row).text(), self))

    def _add_status_labels(self, office: OfficeView) -> None:
        self.office_label = QLabel(office.full_name, self)
        self.office_label.setToolTip(f"{office.full_name}\n{office.employer_name}")
        self.pending_label = QLabel(self)
        self.network_label = QLabel(OFFLINE_TEXT, self)
        self.ui.statusBar.addWidget(self.office_label, 1)
        self.ui.statusBar.addPermanentWidget(self.pending_label)
        self.ui.statusBar.addPermanentWidget(self.network_label)

    # -- navigation -----------------------------------------------------------------------------

    def page_titles(self) -> list[str]:
        return [self.ui.navList.item(row).text() for row in range(self.ui.navList.count())]

    def show_page(self, row: int) -> None:
        self.ui.navList.setCurrentRow(row)

    def current_page(self) -> QWidget | None:
        return self.ui.pageStack.currentWidget()

    # -- status bar -----------------------------------------------------------------------------

    def refresh_status(self) -> None:
        """Reload the pending-changes count on the db lane."""
        pending = self._services.initiatives.pending_changes
        self._runner.run(pending, lane="db", on_success=self._show_pending, on_failure=self._stats_failed)

    def _show_pending(self, pending: int) -> None:
        self.pending_label.setText(pending_text(pending))

    def _stats_failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.pending_label.setText("")
        self.pending_label.setToolTip(exc.message)

    # -- remembered state -----------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        page = self._settings.value(PAGE_KEY, 0)
        try:
            row = int(str(page))
        except ValueError:
            row = 0
        self.show_page(row if 0 <= row < self.ui.navList.count() else 0)

    def save_state(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(PAGE_KEY, self.ui.navList.currentRow())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
