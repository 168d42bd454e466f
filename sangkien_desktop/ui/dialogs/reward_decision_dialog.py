"""Recording or editing one union reward decision with its recipients (``RewardService``).

The decision's fields sit in a form; its lines in an editable table. A recipient is added by typing
a name: the people search runs on the db lane and offers matching persons (picking one adds them);
Enter without a highlighted person adds the typed text as a collective. "Split among co-authors"
asks the service to share a total among an initiative's authors by contribution share and adds one
line per author. The total under the table follows every change. Saving checks everything on the
spot, then writes the whole decision in one transaction; problems are shown in Vietnamese.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sangkien_desktop.domain.enums import FundSource, IssuerKind, RewardForm, SigningAuthority
from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.reward_views import RewardDecisionView, SplitPart
from sangkien_desktop.domain.rewards import RewardDecisionInput
from sangkien_desktop.domain.text import format_money, format_number
from sangkien_desktop.ui.dialogs.editor_fields import BoundField, FieldKind, InlineMessages, Tone
from sangkien_desktop.ui.forms.ui_reward_decision_dialog import Ui_RewardDecisionDialog
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.models.recipients_model import RecipientColumn, RecipientRow, RecipientsModel
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.combos import fill_enum_combo
from sangkien_desktop.ui.widgets.person_picker import PersonLike, PersonPicker, people_search

if TYPE_CHECKING:
    from sangkien_desktop.services.initiatives import InitiativeService
    from sangkien_desktop.services.people import PeopleService
    from sangkien_desktop.services.rewards import RewardService

__all__ = ["RewardDecisionDialog"]


class FormDelegate(QStyledItemDelegate):
    """Edits a line's reward form with a combo box of the forms' labels."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QComboBox(parent)
        fill_enum_combo(editor, RewardForm)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RewardDecisionDialog(QDialog):
    """A new decision (``decision`` None) or a stored one; an issued decision is shown read-only.

    Closes (accepted) only once the service has saved; ``saved`` then holds the ``RewardDecisionView``.
    """

    def __init__(self, rewards: RewardService, people: PeopleService, initiatives: InitiativeService,
                 runner: Runner, decision: RewardDecisionView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RewardDecisionDialog()
        self.ui.setupUi(self)
        self._rewards, self._initiatives, self._runner = rewards, initiatives, runner
        self._decision = decision
        self.saved: RewardDecisionView | None = None
        self.model = RecipientsModel(self)
        self.picker = PersonPicker(self.ui.personSearchEdit, people_search(people), runner, self)
        self._fields = self._bind_fields()
        self.messages = InlineMessages(self.ui.generalLabel)
        for name in ("number", "decided_on", "subject"):
            self.messages.add_under(name, self._fields[name].widget)
        self.messages.clear()
        self._set_up_table()
        self._connect()
        self._no_default_button()
        self._show(decision)

    def _no_default_button(self) -> None:
        """Enter adds the typed recipient or finishes a cell; it must not save the whole decision."""
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._no_default_button()  # the button box makes Save the default when it is shown

    def _bind_fields(self) -> dict[str, BoundField]:
        ui = self.ui
        fill_enum_combo(ui.issuerKindCombo, IssuerKind)
        fill_enum_combo(ui.authorityCombo, SigningAuthority, blank="—")
        fill_enum_combo(ui.fundSourceCombo, FundSource, blank="—")
        fields = (
            BoundField("number", ui.numberEdit, FieldKind.LINE),
            BoundField("decided_on", ui.decidedOnEdit, FieldKind.DATE),
            BoundField("issuer_kind", ui.issuerKindCombo, FieldKind.CHOICE),
            BoundField("authority", ui.authorityCombo, FieldKind.CHOICE),
            BoundField("fund_source", ui.fundSourceCombo, FieldKind.CHOICE),
            BoundField("subject", ui.subjectEdit, FieldKind.LINE),
            BoundField("legal_bases", ui.legalBasesEdit, FieldKind.LONG_TEXT),
            BoundField("distribution", ui.distributionEdit, FieldKind.LONG_TEXT),
        )
        return {f.name: f for f in fields}

    def _set_up_table(self) -> None:
        table = self.ui.recipientsTable
        table.setModel(self.model)
        table.setItemDelegateForColumn(RecipientColumn.FORM, FormDelegate(table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RecipientColumn.CITATION, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        for column, sample in ((RecipientColumn.NAME, "Nguyễn Thị Thu Hằng___"),
                               (RecipientColumn.FORM, "Giấy khen BCH CĐCS____"),
                               (RecipientColumn.AMOUNT, "10.000.000 đ___"),
                               (RecipientColumn.GOLDEN_BOOK, "Số vào sổ vàng__"),
                               (RecipientColumn.INITIATIVES, "2024-ABC-0001__"),
                               (RecipientColumn.NOMINATE, "Đề nghị cấp trên")):
            header.resizeSection(column, metrics.horizontalAdvance(sample))

    def _connect(self) -> None:
        ui = self.ui
        self.picker.picked.connect(self.add_person)
        self.picker.typed_name.connect(self.add_collective)
        self.picker.search_failed.connect(lambda exc: self.messages.show_general(exc.message))
        ui.removeButton.clicked.connect(self._remove_selected)
        ui.splitButton.clicked.connect(self.split)
        ui.decidedOnEdit.editingFinished.connect(self._fields["decided_on"].tidy)
        ui.buttonBox.accepted.connect(self.submit)
        self.model.changed.connect(self._update_total)
        self.model.modelReset.connect(self._update_buttons)
        ui.recipientsTable.selectionModel().selectionChanged.connect(self._update_buttons)

    def _show(self, decision: RewardDecisionView | None) -> None:
        self.setWindowTitle(self.tr("Edit reward decision") if decision else self.tr("New reward decision"))
        if decision is None:
            self._fields["issuer_kind"].show(IssuerKind.CONG_DOAN)
            self._fields["authority"].show(SigningAuthority.TM_BCH)
            self._fields["fund_source"].show(FundSource.QUY_CONG_DOAN)
            self.model.set_rows([])
            return
        for name, bound in self._fields.items():
            value = getattr(decision, name)
            bound.show("\n".join(value) if isinstance(value, tuple) else value)
        self.model.set_rows([RecipientRow.of_view(r) for r in decision.recipients])
        if decision.is_issued:
            self._make_read_only()

    def _make_read_only(self) -> None:
        self.setWindowTitle(self.tr("Issued reward decision"))
        ui = self.ui
        for widget in (ui.formWidget, ui.personSearchEdit, ui.splitGroup, ui.removeButton):
            widget.setEnabled(False)
        self.ui.legalBasesEdit.setReadOnly(True)
        self.ui.distributionEdit.setReadOnly(True)
        self.model.read_only = True
        self._save_button().setEnabled(False)
        self.messages.show_general(self.tr("This decision has been issued and can no longer be changed; "
                                           "corrections need a new decision."), Tone.INFO)

    # -- lines ------------------------------------------------------------------------------------

    def add_person(self, person: PersonLike) -> None:
        self._select(self.model.append(RecipientRow(person.full_name, person.id)))

    def add_collective(self, name: str) -> None:
        self._select(self.model.append(RecipientRow(name)))

    def _select(self, row: int) -> None:
        self.ui.recipientsTable.selectRow(row)

    def _selected_row(self) -> int | None:
        rows = self.ui.recipientsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _remove_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.model.remove(row)

    def _update_buttons(self, *_args: object) -> None:
        self.ui.removeButton.setEnabled(self._selected_row() is not None and not self.model.read_only)

    def _update_total(self) -> None:
        text = arg(self.tr("Total: %1 for %2 lines"), format_money(self.model.total()),
                   format_number(self.model.rowCount()))
        unreadable = self.model.unreadable_amounts()
        if unreadable:
            note = self.tr("(%1 amounts cannot be read and are not counted)")
            text += " " + arg(note, format_number(unreadable))
        self.ui.totalLabel.setText(text)
        self.ui.totalLabel.setStyleSheet(Tone.ERROR.value if unreadable else "")
        self._update_buttons()

    def total_text(self) -> str:
        return self.ui.totalLabel.text()

    # -- splitting --------------------------------------------------------------------------------

    def split(self) -> None:
        """Ask the service for the co-authors' parts of the total typed, then add one line each."""
        code, total = self.ui.splitInitiativeEdit.text().strip(), self.ui.splitTotalEdit.text()
        if not code:
            self.messages.show_general(self.tr("Type the code of the initiative whose co-authors share the "
                                               "amount."))
            self.ui.splitInitiativeEdit.setFocus()
            return
        rewards, initiatives = self._rewards, self._initiatives

        def op() -> tuple[InitiativeView, tuple[SplitPart, ...]]:
            return initiatives.get(code), rewards.split_collective(code, total)

        self.ui.splitButton.setEnabled(False)
        self._runner.run(op, lane="db", on_success=self._split_arrived, on_failure=self._failed)

    def _split_arrived(self, result: tuple[InitiativeView, tuple[SplitPart, ...]]) -> None:
        initiative, parts = result
        self.ui.splitButton.setEnabled(True)
        for part in parts:
            self.model.append(RecipientRow.of_part(part, initiative.code))
        total = sum(p.amount for p in parts)
        done = self.tr("%1 shared among the %2 co-authors of %3 by contribution share.")
        text = arg(done, format_money(total), format_number(len(parts)), initiative.code)
        self.messages.show_general(text, Tone.INFO)
        self.ui.splitInitiativeEdit.clear()
        self.ui.splitTotalEdit.clear()

    # -- saving -----------------------------------------------------------------------------------

    def decision_mapping(self) -> dict[str, Any]:
        values = {name: bound.value() for name, bound in self._fields.items()}
        return {**values, "recipients": self.model.as_mappings()}

    def submit(self) -> None:
        """Save: check on the spot, then write the whole decision through the service."""
        self.messages.clear()
        try:
            data = RewardDecisionInput.from_mapping(self.decision_mapping())
        except ValidationError as exc:
            self._failed(exc)
            return
        self._save_button().setEnabled(False)
        rewards, decision = self._rewards, self._decision
        if decision is None:
            self._runner.run(lambda: rewards.create(data), lane="db",
                             on_success=self._saved, on_failure=self._failed)
        else:
            self._runner.run(lambda: rewards.update(decision.id, data, decision.version), lane="db",
                             on_success=self._saved, on_failure=self._failed)

    def _saved(self, decision: RewardDecisionView) -> None:
        self.saved = decision
        self._save_button().setEnabled(True)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._save_button().setEnabled(True)
        self.ui.splitButton.setEnabled(True)
        self.messages.show_failure(exc)

    def message_text(self) -> str:
        return self.messages.general_text()

    def _save_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
