"""Decree 13 remuneration of one initiative: the yearly dues per author, what was paid with its proof,
and recording a new payment (DOMAIN.md §4.10).

Reads and writes go through ``RemunerationService`` on the db lane; opening the dialog creates or
refreshes the yearly rows. Each recorded payment shows the whole schedule again as the service
computed it, so the split and the overdue flags have a single source.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTreeWidgetItem, QWidget

from sangkien_desktop.domain.errors import FieldProblem, KnownError, ValidationError
from sangkien_desktop.domain.model import date_reason, parse_date
from sangkien_desktop.domain.remuneration import AuthorDue, PaymentInput, RemunerationSchedule, YearDue
from sangkien_desktop.domain.rewards import parse_amount
from sangkien_desktop.domain.text import clean, format_date, format_money, format_number
from sangkien_desktop.ui.dialogs.editor_fields import InlineMessages, Tone, tidy_date, tidy_money
from sangkien_desktop.ui.forms.ui_remuneration_dialog import Ui_RemunerationDialog
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.attachments import AttachmentService
    from sangkien_desktop.services.remuneration import RemunerationService

__all__ = ["ChooseFile", "RemunerationDialog"]

ChooseFile = Callable[[QWidget], Path | None]
OpenUrl = Callable[[QUrl], object]
# Item data: ("author", year, person id) on author rows, ("proof", attachment id) on payment rows.
ROLE = Qt.ItemDataRole.UserRole + 1
_NAME, _DUE, _PAID, _LEFT, _DEADLINE, _BASIS = range(6)
_OVERDUE = QBrush(QColor("#b00020"))


def choose_proof(parent: QWidget) -> Path | None:
    caption = QCoreApplication.translate("RemunerationDialog", "Proof of payment")
    kinds = QCoreApplication.translate("RemunerationDialog",
                                       "Scans and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)")
    name, _ = QFileDialog.getOpenFileName(parent, caption, "", kinds)
    return Path(name) if name else None


class RemunerationDialog(QDialog):
    """The remuneration schedule of ``initiative_id`` and a form to record a payment.

    Signals: ``paid()`` after each payment is saved. Selecting an author's row fills the form with
    that year, that author and what they are still owed. Double-clicking a payment opens its proof.
    ``choose_file`` and ``open_url`` are replaceable for tests.
    """

    paid = Signal()

    def __init__(self, remuneration: RemunerationService, attachments: AttachmentService, runner: Runner,
                 initiative_id: str, parent: QWidget | None = None, *,
                 choose_file: ChooseFile = choose_proof,
                 open_url: OpenUrl = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self.ui = Ui_RemunerationDialog()
        self.ui.setupUi(self)
        self._remuneration = remuneration
        self._attachments = attachments
        self._runner = runner
        self._initiative_id = initiative_id
        self._choose_file = choose_file
        self._open_url = open_url
        self.schedule: RemunerationSchedule | None = None
        self.proof: Path | None = None
        self.messages = InlineMessages(self.ui.messageLabel)
        self._set_up()
        self.reload()

    def _set_up(self) -> None:
        ui = self.ui
        for key, widget in (("year_index", ui.yearCombo), ("person", ui.authorCombo),
                            ("amount", ui.amountEdit), ("paid_on", ui.paidOnEdit)):
            self.messages.add_under(key, widget)
        self.messages.clear()
        header = ui.duesTree.header()
        for column in range(_BASIS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.recordButton.clicked.connect(self.record)
        ui.chooseProofButton.clicked.connect(self._choose_proof)
        ui.duesTree.currentItemChanged.connect(self._prefill)
        ui.duesTree.itemDoubleClicked.connect(self._open_proof)
        ui.amountEdit.editingFinished.connect(lambda: ui.amountEdit.setText(tidy_money(ui.amountEdit.text())))
        ui.paidOnEdit.editingFinished.connect(lambda: ui.paidOnEdit.setText(tidy_date(ui.paidOnEdit.text())))
        ui.buttonBox.rejected.connect(self.reject)
        ui.paymentGroup.setEnabled(False)

    # -- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read (and refresh) the schedule on the db lane."""
        key = self._initiative_id
        self._runner.run(lambda: self._remuneration.schedule(key), lane="db",
                         on_success=self._show, on_failure=self._load_failed)

    def _load_failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.ui.paymentGroup.setEnabled(False)
        self.messages.show_general(exc.message)

    def _show(self, schedule: RemunerationSchedule) -> None:
        self.schedule = schedule
        ui = self.ui
        self.setWindowTitle(arg(self.tr("Remuneration – %1"), schedule.code))
        ui.headerLabel.setText(f"<b>{schedule.code}</b> · {schedule.title}")
        self._fill_tree(schedule)
        self._fill_choices(schedule)
        ui.totalsLabel.setText(arg(self.tr("Total due %1 · paid %2 · outstanding %3"),
                                   format_money(schedule.total_due), format_money(schedule.total_paid),
                                   format_money(schedule.outstanding)))
        ui.paymentGroup.setEnabled(True)
        warnings = "\n".join(w.message() for w in schedule.warnings)
        self.messages.show_general(warnings, Tone.WARNING)

    def _fill_tree(self, schedule: RemunerationSchedule) -> None:
        tree = self.ui.duesTree
        tree.clear()
        for year in schedule.years:
            item = QTreeWidgetItem(tree, self._year_columns(year, schedule.multiplier))
            self._mark_overdue(item, year.overdue)
            for author in year.authors:
                self._author_item(item, year, author)
            item.setExpanded(True)

    def _year_columns(self, year: YearDue, multiplier: int) -> list[str]:
        name = arg(self.tr("Year %1: %2 – %3"), year.year_index, format_date(year.period_from),
                   format_date(year.period_to))
        deadline = format_date(year.due_on)
        if year.overdue:
            deadline = arg(self.tr("%1 (overdue)"), deadline)
        return [name, format_money(year.amount_due), format_money(year.paid), format_money(year.outstanding),
                deadline, year.basis_text(multiplier)]

    def _author_item(self, parent: QTreeWidgetItem, year: YearDue, author: AuthorDue) -> None:
        share = "" if author.share_pct is None else f" ({format_number(author.share_pct, 2)} %)"
        columns = [author.full_name + share, format_money(author.amount_due), format_money(author.paid),
                   format_money(author.outstanding), "", ""]
        item = QTreeWidgetItem(parent, columns)
        item.setData(_NAME, ROLE, ("author", year.year_index, author.person_id))
        self._mark_overdue(item, author.overdue)
        for payment in year.payments:
            if payment.person_id != author.person_id:
                continue
            proof = payment.proof_name or self.tr("no proof")
            text = arg(self.tr("Paid on %1 · %2"), format_date(payment.paid_on), proof)
            columns = [text, "", format_money(payment.amount), "", "", payment.note or ""]
            child = QTreeWidgetItem(item, columns)
            if payment.proof_id:
                child.setData(_NAME, ROLE, ("proof", payment.proof_id))
                child.setToolTip(_NAME, self.tr("Double-click to open the proof"))
        item.setExpanded(True)

    def _mark_overdue(self, item: QTreeWidgetItem, overdue: bool) -> None:
        if overdue:
            for column in (_LEFT, _DEADLINE):
                item.setForeground(column, _OVERDUE)

    def _fill_choices(self, schedule: RemunerationSchedule) -> None:
        ui = self.ui
        year_index, person = ui.yearCombo.currentData(), ui.authorCombo.currentData()
        ui.yearCombo.clear()
        for year in schedule.years:
            ui.yearCombo.addItem(arg(self.tr("Year %1 (deadline %2)"), year.year_index,
                                     format_date(year.due_on)), year.year_index)
        ui.authorCombo.clear()
        for author in schedule.years[0].authors if schedule.years else ():
            ui.authorCombo.addItem(author.full_name, author.person_id)
        self._select(year_index, person)

    def _select(self, year_index: object, person_id: object) -> None:
        ui = self.ui
        if year_index is not None and ui.yearCombo.findData(year_index) >= 0:
            ui.yearCombo.setCurrentIndex(ui.yearCombo.findData(year_index))
        if person_id is not None and ui.authorCombo.findData(person_id) >= 0:
            ui.authorCombo.setCurrentIndex(ui.authorCombo.findData(person_id))

    def _prefill(self, item: QTreeWidgetItem | None) -> None:
        data = item.data(_NAME, ROLE) if item is not None else None
        if not (isinstance(data, tuple) and data[0] == "author") or self.schedule is None:
            return
        _, year_index, person_id = data
        self._select(year_index, person_id)
        due = next(a for a in self.schedule.year(year_index).authors if a.person_id == person_id)
        self.ui.amountEdit.setText(format_money(due.outstanding) if due.outstanding else "")

    # -- recording --------------------------------------------------------------------------------

    def set_proof(self, path: Path | None) -> None:
        self.proof = path
        self.ui.proofFileLabel.setText(path.name if path is not None else self.tr("No file chosen"))

    def _choose_proof(self) -> None:
        chosen = self._choose_file(self)
        if chosen is not None:
            self.set_proof(chosen)

    def payment_input(self) -> PaymentInput:
        """The form as a payment; ``ValidationError`` with every problem the form can see by itself."""
        ui = self.ui
        problems: list[FieldProblem] = []
        amount = paid_on = None
        try:
            amount = parse_amount(ui.amountEdit.text())
            if amount == 0:
                problems.append(FieldProblem("amount", self.tr("Amount"), self.tr("must be more than 0")))
        except ValueError as exc:
            problems.append(FieldProblem("amount", self.tr("Amount"), str(exc)))
        text = ui.paidOnEdit.text()
        try:
            paid_on = parse_date(text)
        except (TypeError, ValueError):
            problems.append(FieldProblem("paid_on", self.tr("Paid on"), date_reason(text)))
        if ui.authorCombo.currentData() is None:
            problems.append(FieldProblem("person", self.tr("Author"), self.tr("choose the author paid")))
        if problems or amount is None or paid_on is None:
            raise ValidationError(problems)
        return PaymentInput(str(ui.authorCombo.currentData()), amount, paid_on,
                            initiative=self._initiative_id, year_index=int(ui.yearCombo.currentData()),
                            proof=self.proof, note=clean(ui.noteEdit.text()))

    def record(self) -> None:
        self.messages.clear()
        try:
            payment = self.payment_input()
        except ValidationError as exc:
            self._failed(exc)
            return
        self.ui.recordButton.setEnabled(False)
        self._runner.run(lambda: self._remuneration.record_payment(payment), lane="db",
                         on_success=self._recorded, on_failure=self._failed)

    def _recorded(self, schedule: RemunerationSchedule) -> None:
        ui = self.ui
        ui.recordButton.setEnabled(True)
        ui.amountEdit.clear()
        ui.noteEdit.clear()
        self.set_proof(None)
        self._show(schedule)
        self.messages.show_general(self.tr("Payment recorded."), Tone.INFO)
        self.paid.emit()

    def _failed(self, exc: Exception) -> None:
        self.ui.recordButton.setEnabled(True)
        self.messages.show_failure(exc)

    def _open_proof(self, item: QTreeWidgetItem) -> None:
        data = item.data(_NAME, ROLE)
        if not (isinstance(data, tuple) and data[0] == "proof"):
            return
        attachment_id = data[1]
        self._runner.run(lambda: self._attachments.file_path(attachment_id), lane="db",
                         on_success=self._open_file, on_failure=self._failed)

    def _open_file(self, path: Path) -> None:
        self._open_url(QUrl.fromLocalFile(str(path)))
