"""Managing the office's officers: name, role, whether they still work here, and their PIN."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.officers import OfficerDraft, OfficerView, pin_problem
from sangkien_desktop.ui.dialogs.editor_fields import InlineMessages, Tone
from sangkien_desktop.ui.forms.ui_officers_dialog import Ui_OfficersDialog
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.models.officer_table import ITEM_ROLE, OfficerColumn, OfficerTableModel
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.officers import OfficerService

__all__ = ["OfficersDialog"]

Loaded = tuple[tuple[OfficerView, ...], bool]


class OfficersDialog(QDialog):
    """The table of officers and a form for the selected one (or a new one).

    Loads the list and whether the acting officer may change it on the db lane. Only the chairman
    (or, while the office has no chairman yet, an officer) may change officers; for anyone else the
    form stays read-only and a note says why. Save writes through ``OfficerService`` on the db lane
    and reloads the list; problems appear in red under their field.
    """

    def __init__(self, officers: OfficerService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OfficersDialog()
        self.ui.setupUi(self)
        self._officers = officers
        self._runner = runner
        self._editing: OfficerView | None = None
        self.may_manage = False
        self.model = OfficerTableModel(self)
        self._setup_table()
        for role in OfficerRole:
            self.ui.roleCombo.addItem(enum_label(role), role)
        self.messages = InlineMessages(self.ui.statusLabel)
        for key, widget in (("full_name", self.ui.fullNameEdit), ("role", self.ui.roleCombo),
                            ("active", self.ui.activeCheck), ("pin", self.ui.pinEdit)):
            self.messages.add_under(key, widget)
        self.messages.clear()
        self.ui.readOnlyNote.hide()
        self.ui.newButton.clicked.connect(self.new_officer)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.clearPinCheck.toggled.connect(self._update_pin_field)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._set_enabled(False)
        self.reload()

    def _setup_table(self) -> None:
        table = self.ui.officerTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OfficerColumn.NAME, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- loading ----------------------------------------------------------------------------------

    def reload(self, select_id: str | None = None, note: str = "") -> None:
        """Read the officers again, then select ``select_id`` (else the first) and show ``note``."""
        service = self._officers
        self._runner.run(lambda: (service.list(), service.may_manage()), lane="db",
                         on_success=lambda loaded: self._loaded(loaded, select_id, note),
                         on_failure=self._failed)

    def _loaded(self, loaded: Loaded, select_id: str | None, note: str) -> None:
        officers, self.may_manage = loaded
        self.model.set_officers(officers)
        self.ui.readOnlyNote.setVisible(not self.may_manage)
        self.ui.newButton.setEnabled(self.may_manage)
        row = self.model.row_of(select_id) if select_id else None
        if row is None and officers:
            row = 0
        if row is None:
            self.new_officer()
        else:
            self.ui.officerTable.selectRow(row)
        self.messages.show_general(note, Tone.INFO)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.officerTable.selectionModel().selectedRows()
        if rows:
            self._show(self.model.officer(rows[0].row()))

    # -- the form ---------------------------------------------------------------------------------

    def new_officer(self) -> None:
        """An empty form for a new officer (role "Cán bộ", working here, no PIN)."""
        self.ui.officerTable.clearSelection()
        self._show(None)
        self.ui.fullNameEdit.setFocus()

    def _show(self, officer: OfficerView | None) -> None:
        self._editing = officer
        self.messages.clear()
        ui = self.ui
        ui.editGroup.setTitle(officer.full_name if officer else self.tr("New officer"))
        ui.fullNameEdit.setText(officer.full_name if officer else "")
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(officer.role if officer else OfficerRole.CAN_BO))
        ui.activeCheck.setChecked(officer.active if officer else True)
        ui.pinEdit.clear()
        ui.clearPinCheck.setChecked(False)
        ui.clearPinCheck.setVisible(officer is not None and officer.has_pin)
        self._set_enabled(self.may_manage)
        self._update_pin_field()

    def _update_pin_field(self) -> None:
        officer, clearing = self._editing, self.ui.clearPinCheck.isChecked()
        self.ui.pinEdit.setEnabled(self.may_manage and not clearing)
        if clearing:
            self.ui.pinEdit.clear()
        if officer is not None and officer.has_pin:
            hint = self.tr("Leave empty to keep the current PIN")
        else:
            hint = self.tr("Optional: 4 to 12 digits")
        self.ui.pinEdit.setPlaceholderText(hint)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.fullNameEdit, self.ui.roleCombo, self.ui.activeCheck, self.ui.pinEdit,
                       self.ui.clearPinCheck, self.ui.saveButton):
            widget.setEnabled(enabled)

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> None:
        if not self.may_manage:
            return
        self.messages.clear()
        draft = OfficerDraft(self.ui.fullNameEdit.text(), self.ui.roleCombo.currentData(),
                             self.ui.activeCheck.isChecked())
        pin = self.ui.pinEdit.text().strip()
        problem = pin_problem(pin) if pin else None
        if problem is not None:  # checked first, so a bad PIN never leaves the details half-saved
            self._failed(ValidationError([problem]))
            return
        clear_pin = self.ui.clearPinCheck.isChecked()
        self.ui.saveButton.setEnabled(False)
        self._runner.run(lambda: self._write(self._editing, draft, pin, clear_pin), lane="db",
                         on_success=self._saved, on_failure=self._failed)

    def _write(self, editing: OfficerView | None, draft: OfficerDraft, pin: str,
               clear_pin: bool) -> OfficerView:
        """Runs on the db lane: never touches widgets."""
        service = self._officers
        if editing is None:
            return service.create(draft.full_name, draft.role, pin or None, active=draft.active)
        saved = service.update(editing.id, draft, editing.version)
        if pin or clear_pin:
            saved = service.set_pin(editing.id, pin or None)
        return saved

    def _saved(self, officer: OfficerView) -> None:
        self.reload(select_id=officer.id, note=arg(self.tr("Saved: %1."), officer.full_name))

    def _failed(self, exc: Exception) -> None:
        self.ui.saveButton.setEnabled(self.may_manage)
        self.messages.show_failure(exc)

    def selected_officer(self) -> OfficerView | None:
        rows = self.ui.officerTable.selectionModel().selectedRows()
        return self.model.data(rows[0], ITEM_ROLE) if rows else None
