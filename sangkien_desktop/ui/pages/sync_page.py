"""The Đồng bộ page (SYNC.md §8): where this office stands with the central server.

It shows the connection state with what to do about it, the changes waiting to upload and the age
of the oldest, the last successful sync, the server's confirmation of what it holds ("Máy chủ xác
nhận 1.234/1.234 ✓"), the records that need attention with the server's reason, and the log.
Runs start from the ``SyncScheduler`` ("Đồng bộ ngay" with a progress dialog that can cancel);
the page refreshes after each. Everything it reads comes from ``SyncService`` on the db lane.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QStyle, QTreeWidgetItem, QWidget

from sangkien_desktop.domain.audit import entity_label, local_time_text
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.sync import (
    AttentionItem,
    ConnectionState,
    SyncLogEntry,
    SyncOutcome,
    SyncProgress,
    SyncStatus,
    SyncTrigger,
)
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.sync.config import SyncConfig
from sangkien_desktop.ui.dialogs.editor_fields import Tone
from sangkien_desktop.ui.forms.ui_sync_page import Ui_SyncPage
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.pages.sync_usb import UsbDelivery
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.sync import SyncService
    from sangkien_desktop.ui.sync_scheduler import SyncScheduler

__all__ = ["SyncPage", "connection_text"]

OK_STYLE = "color: #1b5e20;"
_ITEM_ROLE = Qt.ItemDataRole.UserRole
# States in which the page offers to enrol (again).
_ENROL_STATES = (ConnectionState.NOT_ENROLLED, ConnectionState.NEEDS_ENROLMENT,
                 ConnectionState.SERVER_CHANGED)


@dataclass(frozen=True)
class Snapshot:
    """Everything the page shows, read in one db-lane task."""

    status: SyncStatus
    attention: list[AttentionItem]
    log: list[SyncLogEntry]


def read_snapshot(sync: SyncService) -> Snapshot:
    """Runs on the db lane."""
    return Snapshot(sync.status(), sync.attention_items(), sync.log())


_STATUS_BAR_TEXTS = {
    ConnectionState.NOT_ENROLLED: QT_TRANSLATE_NOOP("SyncStatusBar", "Not enrolled with a server"),
    ConnectionState.OK: QT_TRANSLATE_NOOP("SyncStatusBar", "Synchronised"),
    ConnectionState.OFFLINE: QT_TRANSLATE_NOOP("SyncStatusBar", "Offline"),
    ConnectionState.NETWORK_LOGIN: QT_TRANSLATE_NOOP("SyncStatusBar", "The network needs sign-in"),
    ConnectionState.NEEDS_ENROLMENT: QT_TRANSLATE_NOOP("SyncStatusBar", "Enrol again"),
    ConnectionState.SERVER_CHANGED: QT_TRANSLATE_NOOP("SyncStatusBar", "Server changed"),
    ConnectionState.CLIENT_TOO_OLD: QT_TRANSLATE_NOOP("SyncStatusBar", "Update the program"),
    ConnectionState.FAILED: QT_TRANSLATE_NOOP("SyncStatusBar", "Sync error"),
}


def connection_text(state: ConnectionState) -> str:
    """A few words for the status bar."""
    return QCoreApplication.translate("SyncStatusBar", str(_STATUS_BAR_TEXTS[state]))


class SyncPage(QWidget):
    """The sync panel. ``open_record(entity_type, entity_id)`` asks the window to open a record
    ("Mở hồ sơ", offered for the types in ``openable``); ``enrolled(SyncStatus)`` after an enrolment."""

    open_record = Signal(str, str)
    enrolled = Signal(object)
    shown = Signal()  # after each refresh has put what it read on the page

    def __init__(self, sync: SyncService, scheduler: SyncScheduler, runner: Runner,
                 parent: QWidget | None = None, *, openable: Collection[str] = ("initiative",),
                 config: SyncConfig | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self._sync = sync
        self._scheduler = scheduler
        self._runner = runner
        self._openable = frozenset(openable)
        self._config = config if config is not None else SyncConfig()
        self.status: SyncStatus | None = None
        self.attention: list[AttentionItem] = []
        self.enroll_dialog: QDialog | None = None
        self._busy = False
        self._listed = False  # the first read waits until the page is shown
        self.usb = UsbDelivery(sync, runner, self)
        self._connect()
        self._size_columns()
        headline = self.ui.stateLabel.font()
        headline.setPointSizeF(headline.pointSizeF() * 1.3)
        headline.setBold(True)
        self.ui.stateLabel.setFont(headline)
        self._show_running(scheduler.running)
        self._update_buttons()

    def _connect(self) -> None:
        ui, scheduler = self.ui, self._scheduler
        ui.syncNowButton.clicked.connect(self.sync_now)
        ui.cancelButton.clicked.connect(self._cancel)
        ui.enrollButton.clicked.connect(self.open_enroll_dialog)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.openButton.clicked.connect(self.open_selected)
        ui.resendButton.clicked.connect(self.resend_selected)
        ui.exportFileButton.clicked.connect(self.usb.choose_export)
        ui.ackFileButton.clicked.connect(self.usb.choose_ack)
        self.usb.finished.connect(self._usb_finished)
        ui.attentionTree.itemSelectionChanged.connect(self._update_buttons)
        ui.attentionTree.itemDoubleClicked.connect(lambda _item, _column: self.open_selected())
        scheduler.running_changed.connect(self._show_running)
        scheduler.progressed.connect(self._show_progress)
        scheduler.run_finished.connect(self._run_finished)
        scheduler.run_failed.connect(self._run_failed)

    def _size_columns(self) -> None:
        for tree, stretch in ((self.ui.attentionTree, 3), (self.ui.logTree, 1)):
            header = tree.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        attention = self.ui.attentionTree.header()
        for column, sample in enumerate(("Quyết định khen thưởng", "Cải tiến băng tải phân xưởng số 1",
                                         "Đang chờ dữ liệu còn thiếu")):
            attention.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        attention.resizeSection(4, metrics.horizontalAdvance("00/00/0000 00:00") + 24)
        self.ui.logTree.header().resizeSection(0, metrics.horizontalAdvance("00/00/0000 00:00") + 24)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._listed:
            self.refresh()
        super().showEvent(event)

    # -- reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the status, the items needing attention and the log again (db lane)."""
        self._listed = True
        self._runner.run(partial(read_snapshot, self._sync), lane="db", on_success=self._show,
                         on_failure=self._failed)

    def _show(self, snapshot: Snapshot) -> None:
        self.status = snapshot.status
        self.attention = snapshot.attention
        self._show_state(snapshot.status)
        self._show_figures(snapshot.status)
        self._show_warnings(snapshot.status)
        self._fill_attention(snapshot.attention)
        self._fill_log(snapshot.log)
        self._update_buttons()
        self.shown.emit()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._update_buttons()
        if not isinstance(exc, KnownError):
            raise exc
        self._say(exc.message, Tone.ERROR)

    def _say(self, text: str, tone: Tone = Tone.INFO) -> None:
        self.ui.messageLabel.setStyleSheet(tone.value)
        self.ui.messageLabel.setText(text)

    # -- the connection state -----------------------------------------------------------------------

    def _show_state(self, status: SyncStatus) -> None:
        headline, explanation, style = self._state_texts(status)
        if status.message and status.state is not ConnectionState.OK:
            explanation = "\n".join([explanation, arg(self.tr("Details: %1"), status.message)])
        self.ui.stateLabel.setText(headline)
        self.ui.stateLabel.setStyleSheet(style)
        self.ui.explanationLabel.setText(explanation)
        self.ui.enrollButton.setVisible(status.state in _ENROL_STATES)
        first = status.state is ConnectionState.NOT_ENROLLED
        text = self.tr("&Enrol with the server…") if first else self.tr("&Enrol again…")
        self.ui.enrollButton.setText(text)

    def _state_texts(self, status: SyncStatus) -> tuple[str, str, str]:
        """Headline, what it means and what to do, and the headline's colour."""
        state = status.state
        if state is ConnectionState.NOT_ENROLLED:
            return (self.tr("Not enrolled with the central server"),
                    self.tr("This computer is not enrolled with the higher-level union's server yet. Ask the "
                            "higher-level union for a one-time enrolment code, then press “Enrol with the "
                            "server…”. Everything is kept on this computer in the meantime."),
                    Tone.WARNING.value)
        if state is ConnectionState.OK and status.last_attempt_at is None:
            return (self.tr("Enrolled with the central server"),
                    self.tr("Enrolment succeeded; nothing has been synchronised yet."), OK_STYLE)
        if state is ConnectionState.OK:
            return (self.tr("Connected to the central server"),
                    self.tr("The last attempt reached the server and passed every check."), OK_STYLE)
        if state is ConnectionState.OFFLINE:
            return self.tr("Cannot reach the server"), self._offline_text(status), Tone.WARNING.value
        if state is ConnectionState.NETWORK_LOGIN:
            return (self.tr("The network needs sign-in"),
                    self.tr("A sign-in page of the Wi-Fi or company network answered instead of the server. "
                            "Open a web browser, sign in to the network, then press “Sync now”. Nothing was "
                            "marked as sent."),
                    Tone.WARNING.value)
        if state is ConnectionState.NEEDS_ENROLMENT:
            return (self.tr("Enrol again"),
                    self.tr("The server no longer accepts this computer (its access was revoked or is not "
                            "valid). Ask the higher-level union for a new enrolment code and enrol again. "
                            "No data has been lost."),
                    Tone.ERROR.value)
        if state is ConnectionState.SERVER_CHANGED:
            return (self.tr("The server has changed"),
                    self.tr("Another server answers at this address than the one this computer enrolled "
                            "with (a reinstalled server or a wrong address). Sync has stopped; contact the "
                            "higher-level union before enrolling again."),
                    Tone.ERROR.value)
        if state is ConnectionState.CLIENT_TOO_OLD:
            return (self.tr("This version of the program is too old"),
                    self.tr("The server asks for a newer version of Sáng kiến Desktop. Install the update, "
                            "then sync again. Everything is kept on this computer."),
                    Tone.ERROR.value)
        return (self.tr("Sync stopped because of an error"),
                self.tr("Sync has stopped on an error that needs checking; the data on this computer is "
                        "unchanged. Send the log below to whoever supports the program."),
                Tone.ERROR.value)

    def _offline_text(self, status: SyncStatus) -> str:
        kept = self.tr("Every change is kept on this computer and sent once the server can be reached.")
        if status.next_attempt_at is None:
            return kept
        when = arg(self.tr("Next automatic attempt: %1."), local_time_text(status.next_attempt_at))
        return f"{kept} {when}"

    # -- the figures ------------------------------------------------------------------------------

    def _show_figures(self, status: SyncStatus) -> None:
        ui = self.ui
        ui.serverValue.setText(self._server_text(status))
        ui.pendingValue.setText(self._pending_text(status))
        last = status.last_success_at
        ui.lastSuccessValue.setText(local_time_text(last) if last is not None else self.tr("Never"))
        confirmed, style = self._confirmed_text(status)
        ui.confirmedValue.setText(confirmed)
        ui.confirmedValue.setStyleSheet(style)
        next_at = status.next_attempt_at
        ui.nextAttemptValue.setText(local_time_text(next_at) if next_at is not None else "")
        ui.figuresForm.setRowVisible(ui.nextAttemptLabel, next_at is not None)

    def _server_text(self, status: SyncStatus) -> str:
        if not status.enrolled or status.server_url is None:
            return self.tr("None yet")
        unit = " ".join(part for part in (status.unit_code, status.unit_name) if part)
        return f"{status.server_url} – {unit}" if unit else status.server_url

    def _pending_text(self, status: SyncStatus) -> str:
        if status.pending == 0:
            return self.tr("Nothing: every change has been sent")
        text = arg(self.tr("%1 changes"), format_number(status.pending))
        if status.oldest_pending_at is not None:
            text += arg(self.tr("; the oldest since %1"), local_time_text(status.oldest_pending_at))
        if status.in_flight:
            text += arg(self.tr(" (%1 being sent)"), format_number(status.in_flight))
        return text

    def _confirmed_text(self, status: SyncStatus) -> tuple[str, str]:
        """"Máy chủ xác nhận 1.234/1.234 ✓" in initiatives, the changes behind them below; or ✗ with
        what happens next."""
        if status.server_confirmed is None or status.digest_ok is None:
            return self.tr("Not checked with the server yet"), ""
        changes = arg(self.tr("%1/%2 changes"), format_number(status.server_confirmed),
                      format_number(status.local_acked))
        tally = status.initiatives
        if tally is None:
            figures, detail = arg(self.tr("Confirmed by the server: %1"), changes), ""
        else:
            figures = arg(self.tr("Confirmed by the server: %1/%2"), format_number(tally.confirmed),
                          format_number(tally.total))
            detail = arg(self.tr("initiatives; %1"), changes)
        if not (status.digest_ok and status.server_confirmed == status.local_acked):
            why = self.tr("The server's figures do not match this computer's. The next sync compares the "
                          "changes one by one, sends again what is missing and lists any that differ under "
                          "“Needs attention”.")
            lines = [f"{figures} ✗", detail, why] if detail else [f"{figures} ✗", why]
            return "\n".join(lines), Tone.ERROR.value
        if tally is not None and tally.waiting:
            waiting = arg(self.tr("%1 initiatives not sent yet"), format_number(tally.waiting))
            return f"{figures}\n{waiting}; {changes}", ""
        return (f"{figures} ✓\n{detail}" if detail else f"{figures} ✓"), OK_STYLE

    def _show_warnings(self, status: SyncStatus) -> None:
        lines = []
        oldest = status.oldest_pending_at
        if oldest is not None and _now() - _aware(oldest) > self._config.pending_warn_after:
            days = self._config.pending_warn_after.days
            lines.append(arg(self.tr("Some changes have waited more than %1 days to be sent."), days))
        skew = status.clock_skew_s
        if skew is not None and abs(skew) > self._config.clock_skew_warn_s:
            minutes = format_number(round(abs(skew) / 60))
            lines.append(arg(self.tr("This computer's clock is about %1 minutes off the server's: please "
                                     "set the date and time right."), minutes))
        self.ui.warningLabel.setText("\n".join(lines))
        self.ui.warningLabel.setStyleSheet(Tone.WARNING.value)
        self.ui.warningLabel.setVisible(bool(lines))

    # -- items needing attention ------------------------------------------------------------------

    def _fill_attention(self, items: list[AttentionItem]) -> None:
        tree = self.ui.attentionTree
        tree.clear()
        for item in items:
            since = local_time_text(item.since) if item.since is not None else ""
            reason = item.message or item.code or ""
            row = QTreeWidgetItem([entity_label(item.entity_type), item.label, self._result_text(item.status),
                                   reason, since])
            row.setData(0, _ITEM_ROLE, item)
            row.setToolTip(1, item.label)
            row.setToolTip(3, reason)
            tree.addTopLevelItem(row)
        title = self.tr("Needs attention")
        count = f"{title} ({format_number(len(items))})" if items else title
        self.ui.tabWidget.setTabText(self.ui.tabWidget.indexOf(self.ui.attentionTab), count)

    def _result_text(self, status: str) -> str:
        texts = {
            "rejected": self.tr("Rejected"),
            "mismatch": self.tr("Differs from what was sent"),
            "gone": self.tr("Deleted on the server"),
            "deferred": self.tr("Waiting for missing data"),
        }
        return texts.get(status, status)

    def selected_item(self) -> AttentionItem | None:
        rows = self.ui.attentionTree.selectedItems()
        found = rows[0].data(0, _ITEM_ROLE) if rows else None
        return found if isinstance(found, AttentionItem) else None

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is not None and item.entity_type in self._openable:
            self.open_record.emit(item.entity_type, item.entity_id)

    def resend_selected(self) -> None:
        """Queue the selected record again (a fresh op of its current state when needed)."""
        item = self.selected_item()
        if item is None or self._busy:
            return
        self._busy = True
        self._update_buttons()
        self._runner.run(partial(self._sync.resend, item.op_id), lane="db",
                         on_success=partial(self._resent, item), on_failure=self._failed)

    def _resent(self, item: AttentionItem, _result: object) -> None:
        self._busy = False
        self._say(arg(self.tr("“%1” will be sent again at the next sync."), item.label))
        self._scheduler.note_saved()
        self.refresh()

    # -- the log ----------------------------------------------------------------------------------

    def _fill_log(self, entries: list[SyncLogEntry]) -> None:
        tree = self.ui.logTree
        tree.clear()
        icons = {"warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
                 "error": QStyle.StandardPixmap.SP_MessageBoxCritical}
        for entry in entries:
            row = QTreeWidgetItem([local_time_text(entry.at), entry.message])
            row.setToolTip(1, entry.message)
            if entry.level in icons:
                row.setIcon(1, self.style().standardIcon(icons[entry.level]))
            tree.addTopLevelItem(row)

    # -- running ----------------------------------------------------------------------------------

    def sync_now(self) -> None:
        self._say("")
        self._scheduler.sync_now(self)

    def _cancel(self) -> None:
        self._scheduler.cancel()
        self.ui.progressLabel.setText(self.tr("Stopping after the current step…"))

    def _show_running(self, running: bool) -> None:
        ui = self.ui
        for widget in (ui.progressBar, ui.progressLabel, ui.cancelButton):
            widget.setVisible(running)
        if running:
            ui.progressBar.setRange(0, 0)
            ui.progressLabel.setText(self.tr("Synchronising…"))
        self._update_buttons()

    def _show_progress(self, progress: SyncProgress) -> None:
        bar = self.ui.progressBar
        if progress.total > 0:
            bar.setRange(0, progress.total)
            bar.setValue(min(progress.done, progress.total))
        else:
            bar.setRange(0, 0)
        self.ui.progressLabel.setText(progress.message)

    def _run_finished(self, outcome: SyncOutcome) -> None:
        if not outcome.skipped:
            self._say(outcome.message, Tone.INFO if outcome.complete else Tone.WARNING)
        self.refresh()

    def _run_failed(self, message: str) -> None:
        self._say(message, Tone.ERROR)
        self.refresh()

    def _usb_finished(self, message: str, ok: bool) -> None:
        self._say(message, Tone.INFO if ok else Tone.ERROR)
        self.refresh()

    def _update_buttons(self) -> None:
        ui = self.ui
        enrolled = self.status is not None and self.status.enrolled
        ui.syncNowButton.setEnabled(enrolled and not self._scheduler.running)
        ui.exportFileButton.setEnabled(enrolled and not self._scheduler.running)
        ui.ackFileButton.setEnabled(enrolled and not self._scheduler.running)
        item = self.selected_item()
        ui.openButton.setEnabled(item is not None and item.entity_type in self._openable)
        ui.resendButton.setEnabled(item is not None and not self._busy)

    # -- enrolment --------------------------------------------------------------------------------

    def open_enroll_dialog(self) -> QDialog:
        """The enrolment dialog (window-modal); after an enrolment the page reloads and a sync starts."""
        from sangkien_desktop.ui.dialogs.enroll_dialog import EnrollDialog

        server = self.status.server_url if self.status is not None else None
        dialog = EnrollDialog(self._sync, self._runner, self, server_url=server)
        dialog.enrolled.connect(self._enrolled)
        self.enroll_dialog = dialog
        dialog.open()
        return dialog

    def _enrolled(self, status: SyncStatus) -> None:
        self._say(arg(self.tr("Enrolled with %1."), status.server_url or ""))
        self.enrolled.emit(status)
        self.refresh()
        self._scheduler.trigger(SyncTrigger.MANUAL)  # send at once, whatever the backoff


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _now() -> datetime:
    return datetime.now(UTC)
