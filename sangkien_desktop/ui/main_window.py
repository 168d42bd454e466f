"""The navigation shell: a list of sections on the left, their pages in a stack, a status bar."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import InitiativeView, OfficeTitle, OfficeView, Page, RegistryFilter
from sangkien_desktop.domain.officers import OfficerView
from sangkien_desktop.domain.registry_sort import RegistrySort
from sangkien_desktop.domain.sync import SyncOutcome, SyncTrigger
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.ui.forms.ui_main_window import Ui_MainWindow
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.pages.initiatives_page import InitiativesPage
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.container import Services
    from sangkien_desktop.ui.pages.people_page import PeoplePage
    from sangkien_desktop.ui.pages.settings_page import SettingsPage
    from sangkien_desktop.ui.sync_scheduler import SyncScheduler
    from sangkien_desktop.ui.widgets.todo_panel import TodoPanel

__all__ = ["APP_TITLE", "MainWindow", "default_settings", "pending_text", "remembered_sort"]

APP_TITLE = "Sáng kiến Desktop"
SETTINGS_ORG, SETTINGS_APP = "SangKien", "SangKienDesktop"
GEOMETRY_KEY, PAGE_KEY = "main_window/geometry", "main_window/page"
REGISTRY_COLUMNS_KEY = "registry/columns"  # widths, order and sort of the registry's columns
TODO_HEIGHT_MIN = 160  # px: the to-do list's default height on small screens
REGISTRY_SORT_KEY = "registry/sort"  # the sort alone, readable before any widget exists (start-up)


class Section(IntEnum):
    """The rows of ``navList`` (forms/main_window.ui), in order."""

    REGISTRY = 0
    PEOPLE = 1
    AWARDS = 2
    CERTIFICATES = 3
    REPORTS = 4
    SYNC = 5
    AUDIT = 6
    TRASH = 7
    SETTINGS = 8


def default_settings() -> QSettings:
    return QSettings(SETTINGS_ORG, SETTINGS_APP)


def remembered_sort(settings: QSettings) -> RegistrySort:
    """The registry's order when the window last closed (newest first the first time)."""
    return RegistrySort.from_name(str(settings.value(REGISTRY_SORT_KEY, "")))


def _title(office: OfficeTitle | OfficeView) -> str:
    return f"{APP_TITLE} – {office.short_name or office.full_name}"


def pending_text(pending: int) -> str:
    # No plural forms needed: Vietnamese has one, and the English wording avoids them.
    template = QCoreApplication.translate("MainWindow", "Changes waiting to upload: %1")
    return arg(template, format_number(pending))


class MainWindow(QMainWindow):
    """Shell only: every section is a page of ``pageStack``, in the order of ``navList``.

    Remembers its geometry and the last page in ``settings`` (``QSettings("SangKien",
    "SangKienDesktop")`` unless the caller passes another, as tests do).
    """

    def __init__(self, services: Services, runner: Runner, office: OfficeTitle | OfficeView,
                 settings: QSettings | None = None, parent: QWidget | None = None, *,
                 first_page: Page[InitiativeView] | None = None, pending: int | None = None,
                 officer: OfficerView | None = None) -> None:
        """``first_page`` (the registry's first block in the remembered order) and ``pending`` (the
        count of changes not uploaded) are given when read at start-up, before the services exist."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._services = services
        self._runner = runner
        self._settings = settings if settings is not None else default_settings()
        self._base_title = _title(office)
        self.setWindowTitle(self._base_title)
        self.initiatives_page = InitiativesPage(services.initiatives, runner, self,
                                                sort=remembered_sort(self._settings), first_page=first_page)
        self.initiatives_page.wire_editor(services, runner)
        self.initiatives_page.submitted.connect(self._initiatives_submitted)
        self.todo_panel: TodoPanel | None = None  # docked once the window is up: add_todo_panel
        self._scheduler: SyncScheduler | None = None  # made on first need: start_sync or the sync page
        self._add_pages()
        self._add_status_labels(office, officer)
        # Changes made on any page show in the pending count and the office's name at once.
        self.initiatives_page.editors.saved.connect(self.refresh_status)
        self.ui.navList.currentRowChanged.connect(self._show_section)
        self._restore()
        if pending is None:
            self.refresh_status()
        else:
            self._show_pending(pending)

    # -- building -------------------------------------------------------------------------------

    def _add_pages(self) -> None:
        """The registry now; every other section's page (and its module) when first shown, so
        start-up pays only for what is on screen. Until then an empty widget holds its place."""
        self.ui.pageStack.addWidget(self.initiatives_page)
        self._pages: dict[int, QWidget] = {Section.REGISTRY: self.initiatives_page}
        for _row in range(1, self.ui.navList.count()):
            self.ui.pageStack.addWidget(QWidget(self))
        self._factories: dict[int, Callable[[], QWidget]] = {
            Section.PEOPLE: self._make_people_page,
            Section.AWARDS: self._make_rewards_page,
            Section.CERTIFICATES: self._make_certificates_page,
            Section.REPORTS: self._make_reports_page,
            Section.SYNC: self._make_sync_page,
            Section.AUDIT: self._make_audit_page,
            Section.TRASH: self._make_trash_page,
            Section.SETTINGS: self._make_settings_page,
        }

    def _page(self, row: int) -> QWidget:
        """The section's page, built on first use."""
        if row not in self._pages:
            stack = self.ui.pageStack
            stand_in = stack.widget(row)
            assert stand_in is not None
            page = self._factories.get(row, partial(self._make_placeholder, row))()
            stack.insertWidget(row, page)
            stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._pages[row] = page
        return self._pages[row]

    def _make_people_page(self) -> QWidget:
        from sangkien_desktop.ui.pages.people_page import PeoplePage

        page = PeoplePage(self._services.people, self._runner, self)
        page.people_changed.connect(self.initiatives_page.refresh)  # authors' names
        page.people_changed.connect(self.note_change)
        return page

    def _make_rewards_page(self) -> QWidget:
        from sangkien_desktop.ui.pages.rewards_page import RewardsPage

        services = self._services
        page = RewardsPage(services.rewards, services.people, services.initiatives, self._runner, self)
        page.decisions_changed.connect(self.note_change)
        return page

    def _make_certificates_page(self) -> QWidget:
        from sangkien_desktop.ui.pages.certificates_page import CertificatesPage

        services = self._services
        return CertificatesPage(services.certificates, services.printing, services.rewards, self._runner,
                                self)

    def _make_audit_page(self) -> QWidget:
        from sangkien_desktop.ui.pages.audit_page import AuditPage

        return AuditPage(self._services.audit, self._runner, self)

    def _make_trash_page(self) -> QWidget:
        from sangkien_desktop.ui.pages.trash_page import TrashPage

        page = TrashPage(self._services.trash, self._runner, self)
        page.records_changed.connect(self.initiatives_page.refresh)  # restored or purged rows
        page.records_changed.connect(self.note_change)
        return page

    def _make_settings_page(self) -> QWidget:
        from sangkien_desktop.ui.pages.settings_page import SettingsPage

        page = SettingsPage(self._services.office, self._runner, self._settings, self,
                            officers=self._services.officers, sync=self._services.sync,
                            backups=self._services.backups)
        page.office_saved.connect(self._show_office)
        page.office_saved.connect(lambda _office: self.note_change())
        page.sync_enrolled.connect(self._sync_enrolled)
        return page

    def _make_sync_page(self) -> QWidget:
        from sangkien_desktop.ui.pages.sync_page import SyncPage

        page = SyncPage(self._services.sync, self.sync_scheduler(), self._runner, self)
        page.open_record.connect(self._open_record)
        page.usb.finished.connect(lambda _message, _ok: self.refresh_status())  # a file settles changes too
        return page

    def _make_reports_page(self) -> QWidget:
        from sangkien_desktop.ui.pages.reports_page import ReportsSection

        services = self._services
        section = ReportsSection(services.dashboard, services.reports, self._runner, self)
        section.dashboard.open_registry.connect(self.show_in_registry)
        section.dashboard.open_rewards.connect(partial(self.show_page, Section.AWARDS))
        return section

    def show_in_registry(self, registry_filter: RegistryFilter) -> None:
        """The registry narrowed to ``registry_filter`` (a figure clicked on the dashboard)."""
        from sangkien_desktop.ui.pages.dashboard_page import show_in_registry

        show_in_registry(self.initiatives_page, registry_filter)
        self.show_page(Section.REGISTRY)

    def _make_placeholder(self, row: int) -> QWidget:
        from sangkien_desktop.ui.pages.placeholder import PlaceholderPage

        return PlaceholderPage(self.ui.navList.item(row).text(), self)

    @property
    def people_page(self) -> PeoplePage:
        return cast("PeoplePage", self._page(Section.PEOPLE))

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self._page(Section.SETTINGS))

    def _add_status_labels(self, office: OfficeTitle | OfficeView, officer: OfficerView | None) -> None:
        self.office_label = QLabel(office.full_name, self)
        self.office_label.setToolTip(f"{office.full_name}\n{office.employer_name}")
        # Who is signed in: every change is recorded under this name.
        officer_text = f"{officer.full_name} ({enum_label(officer.role)})" if officer else ""
        self.officer_label = QLabel(officer_text, self)

        self.pending_label = QLabel(self)
        self.network_label = QLabel(self.tr("Offline"), self)
        self.ui.statusBar.addWidget(self.office_label, 1)
        self.ui.statusBar.addPermanentWidget(self.officer_label)
        self.ui.statusBar.addPermanentWidget(self.pending_label)
        self.ui.statusBar.addPermanentWidget(self.network_label)

    def _show_office(self, office: OfficeView) -> None:
        """After the Settings page saved: the new names in the title (keeping any note after it,
        such as the demo store's) and in the status bar."""
        title = _title(office)
        self.setWindowTitle(self.windowTitle().replace(self._base_title, title, 1))
        self._base_title = title
        self.office_label.setText(office.full_name)
        self.office_label.setToolTip(f"{office.full_name}\n{office.employer_name}")

    def add_todo_panel(self) -> None:
        """The to-do list, docked below the registry: what is overdue or due soon. Added after the first
        rows are on screen (start-up does not wait for it); kept current as records change."""
        if self.todo_panel is not None:
            return
        from sangkien_desktop.ui.widgets.todo_panel import TodoPanel

        panel = TodoPanel(self._services.todo, self._runner, self)
        panel.open_initiative.connect(self.initiatives_page.editors.open)
        self.initiatives_page.editors.saved.connect(lambda _id: panel.refresh())
        dock = QDockWidget(self.tr("To do"), self)
        dock.setObjectName("todoDock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        dock.setWidget(panel)
        # Below the registry, low: the registry's columns keep the window's whole width (office
        # screens are often 1366 px wide); the officer can drag it taller, elsewhere or close it.
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [max(TODO_HEIGHT_MIN, self.height() // 4)], Qt.Orientation.Vertical)
        self.todo_panel = panel
        panel.refresh()
        self.start_sync()  # the same moment suits automatic sync: first paint done, services on their way

    # -- sync with the central server -----------------------------------------------------------

    def sync_scheduler(self) -> SyncScheduler:
        """The one scheduler of sync runs, made on first need (its module loads after start-up)."""
        if self._scheduler is None:
            from sangkien_desktop.ui.sync_scheduler import SyncScheduler

            self._scheduler = SyncScheduler(self._services.sync, self._runner, parent=self)
            self._scheduler.run_finished.connect(self._sync_finished)
            self._scheduler.run_failed.connect(self._sync_failed)
            self.initiatives_page.editors.saved.connect(self._scheduler.note_saved)
        return self._scheduler

    def start_sync(self) -> None:
        """Automatic sync from now on (start-up, timer, after saves, network back, close)."""
        self.sync_scheduler().start()

    def note_change(self) -> None:
        """Records changed on a page: the pending count now, a sync a little later."""
        self.refresh_status()
        if self._scheduler is not None:
            self._scheduler.note_saved()

    def _initiatives_submitted(self, _count: int) -> None:
        """"Tải lên" wrote an upload batch: count it now and, when syncing is on, send it at once."""
        self.note_change()
        if self._scheduler is not None and self._scheduler.started:
            self.sync_scheduler().trigger(SyncTrigger.MANUAL)

    def _sync_finished(self, outcome: SyncOutcome) -> None:
        self.refresh_status()
        if outcome.acked_ops or outcome.sent_ops:  # badges, and statuses the server's answers moved
            self.initiatives_page.reread()
            if self.todo_panel is not None:
                self.todo_panel.refresh()  # "not yet uploaded" reminders go once the server has them
        if not outcome.skipped:
            from sangkien_desktop.ui.pages.sync_page import connection_text

            self.network_label.setText(connection_text(outcome.state))
            self.network_label.setToolTip(outcome.message)

    def _sync_failed(self, message: str) -> None:
        self.refresh_status()
        self.network_label.setToolTip(message)

    def _sync_enrolled(self, _status: object = None) -> None:
        self.sync_scheduler().trigger(SyncTrigger.MANUAL)  # send at once, whatever the backoff

    def _open_record(self, entity_type: str, entity_id: str) -> None:
        """"Mở hồ sơ" on the sync page: the record's editor."""
        if entity_type == "initiative":
            self.initiatives_page.editors.open(entity_id)

    # -- navigation -----------------------------------------------------------------------------

    def page_titles(self) -> list[str]:
        return [self.ui.navList.item(row).text() for row in range(self.ui.navList.count())]

    def show_page(self, row: int) -> None:
        self.ui.navList.setCurrentRow(row)

    def _show_section(self, row: int) -> None:
        if 0 <= row < self.ui.pageStack.count():
            self._page(row)
            self.ui.pageStack.setCurrentIndex(row)

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
        columns = self._settings.value(REGISTRY_COLUMNS_KEY)
        if isinstance(columns, QByteArray) and not columns.isEmpty():
            self.initiatives_page.restore_columns(columns)

    def save_state(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(PAGE_KEY, self.ui.navList.currentRow())
        self._settings.setValue(REGISTRY_COLUMNS_KEY, self.initiatives_page.saved_columns())
        self._settings.setValue(REGISTRY_SORT_KEY, self.initiatives_page.sort.name)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Open editors with unsaved changes ask first (save, discard or cancel); cancel keeps all open.
        if not self.initiatives_page.editors.close_all():
            event.ignore()
            return
        if self._scheduler is not None and not self._scheduler.close_when_idle(self.close):
            self._wait_for_last_sync()  # closes by itself when it ends, within sync.close_budget_s
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

    def _wait_for_last_sync(self) -> None:
        """Closing waits for the last sync: say so, and take no new work meanwhile."""
        self.ui.statusBar.showMessage(self.tr(
            "Sending the last changes to the central server; the window closes by itself "
            "(close again to stop waiting)."))
        self.ui.centralWidget.setEnabled(False)
        if self.todo_panel is not None:
            self.todo_panel.setEnabled(False)
