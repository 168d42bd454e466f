"""First-run dialog: the office's union unit and employer (``OfficeService.init_office``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from sangkien_desktop.domain.errors import KnownError, ValidationError
from sangkien_desktop.domain.model import OfficeView
from sangkien_desktop.services.office import OfficeInput, OfficeService
from sangkien_desktop.ui.forms.ui_setup_dialog import Ui_SetupDialog
from sangkien_desktop.ui.tasks import Runner

__all__ = ["SetupDialog"]


class SetupDialog(QDialog):
    """Asks for the office's details and saves them on OK through the db lane.

    The dialog closes (accepted) only once the service has saved; validation problems are listed
    in Vietnamese inside the dialog and the first offending field gets the focus. ``office``
    holds the saved ``OfficeView`` after acceptance.
    """

    def __init__(self, office_service: OfficeService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self._service = office_service
        self._runner = runner
        self.office: OfficeView | None = None
        self.ui.errorLabel.hide()
        # Qt's standard buttons speak English until the translations of the desktop issue land.
        buttons = self.ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Lưu")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        buttons.accepted.connect(self.submit)
        self._fields: dict[str, QLineEdit] = {
            "unit_code": self.ui.unitCodeEdit, "unit_name": self.ui.unitNameEdit,
            "employer": self.ui.employerEdit, "parent_union_name": self.ui.parentUnionEdit,
            "place_name": self.ui.placeEdit,
        }

    def office_input(self) -> OfficeInput:
        ui = self.ui
        return OfficeInput(unit_code=ui.unitCodeEdit.text(), unit_name=ui.unitNameEdit.text(),
                           employer_name=ui.employerEdit.text(),
                           parent_union_name=ui.parentUnionEdit.text() or None,
                           place_name=ui.placeEdit.text() or None)

    def submit(self) -> None:
        """OK: save through the service; the dialog stays open until the save succeeds."""
        data = self.office_input()
        self._ok_button().setEnabled(False)
        self._runner.run(lambda: self._service.init_office(data), lane="db",
                         on_success=self._saved, on_failure=self._failed)

    def show_problems(self, lines: list[str]) -> None:
        self.ui.errorLabel.setText("\n".join(lines))
        self.ui.errorLabel.setVisible(bool(lines))

    def _saved(self, office: OfficeView) -> None:
        self.office = office
        self._ok_button().setEnabled(True)
        self.show_problems([])
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._ok_button().setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_problems([p.message() for p in exc.problems])
            first = self._fields.get(exc.problems[0].field) if exc.problems else None
            if first is not None:
                first.setFocus()
                first.selectAll()
        elif isinstance(exc, KnownError):
            self.show_problems([exc.message])
        else:
            raise exc

    def _ok_button(self) -> QWidget:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
