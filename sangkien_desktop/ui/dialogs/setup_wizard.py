"""First-run setup: the office's details (``OfficeService.init_office``), or a separate demo store.

``SetupWizard`` asks for the union unit, its employer, its leaders and the officer, checking each
field as it is typed with the service's own rules. Choosing "try with demo data" on the first
page ends the wizard at once with ``SetupChoice.DEMO``: the composition root then opens the demo
store (``config.demo_data_dir``) and ``open_demo_office`` fills it on first use.
"""

from __future__ import annotations

from functools import partial
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget, QWizard

from sangkien_desktop.domain.errors import KnownError, NotInitialisedError, ValidationError
from sangkien_desktop.domain.model import OfficeView
from sangkien_desktop.domain.office import DEMO_OFFICE
from sangkien_desktop.ui.dialogs.setup_choice import SetupChoice
from sangkien_desktop.ui.forms.ui_setup_wizard import Ui_SetupWizard
from sangkien_desktop.ui.tasks import Runner, TaskControl
from sangkien_desktop.ui.widgets.checked_page import CheckedPage
from sangkien_desktop.ui.widgets.office_fields import ERROR_STYLE, OfficeFields, fill_roles

if TYPE_CHECKING:
    from sangkien_desktop.services.container import Services
    from sangkien_desktop.services.office import OfficeService

__all__ = ["DEMO_INITIATIVES", "SetupChoice", "SetupWizard", "build_demo_store", "open_demo_office"]

DEMO_INITIATIVES = 3_000
DEMO_SEED = 1
UNIT_FIELDS = ("unit_name", "short_name", "unit_code", "parent_union_name", "place_name")
EMPLOYER_FIELDS = ("employer_name", "employer_head_name", "employer_head_title")
LEADER_FIELDS = ("chair_name", "vice_chair_name")
OFFICER_FIELDS = ("officer_name",)


class SetupWizard(QWizard):
    """Pages: welcome (office or demo), union unit, employer, leaders, the officer, summary.

    Next stays disabled while a field of the page breaks a rule; the message shows under the
    field once it has been edited. Finish saves on the db lane and closes (accepted) only once
    the service has saved; ``office`` then holds the saved view. With the demo choice the wizard
    saves nothing: ``choice`` is ``SetupChoice.DEMO`` and ``office`` stays None.
    """

    def __init__(self, office_service: OfficeService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self._service = office_service
        self._runner = runner
        self._saving = False
        self.choice = SetupChoice.OFFICE
        self.office: OfficeView | None = None
        self._page_fields: dict[CheckedPage, tuple[str, ...]] = {
            self.ui.unitPage: UNIT_FIELDS, self.ui.employerPage: EMPLOYER_FIELDS,
            self.ui.leadersPage: LEADER_FIELDS, self.ui.officerPage: OFFICER_FIELDS,
        }
        self.fields = OfficeFields(self.ui, [n for names in self._page_fields.values() for n in names], self)
        fill_roles(self.ui.roleCombo)
        self.ui.saveErrorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.saveErrorLabel.hide()
        self._name_buttons()
        self.fields.changed.connect(self._check_pages)
        self.ui.demoRadio.toggled.connect(self._choose_demo)
        self.currentIdChanged.connect(self._page_shown)
        self._check_pages()

    def _name_buttons(self) -> None:
        button = QWizard.WizardButton
        self.setButtonText(button.BackButton, self.tr("&Back"))
        self.setButtonText(button.NextButton, self.tr("&Next"))
        self.setButtonText(button.FinishButton, self.tr("&Finish"))
        self.setButtonText(button.CancelButton, self.tr("Cancel"))

    # -- navigation -------------------------------------------------------------------------------

    def nextId(self) -> int:
        if self.currentPage() is self.ui.welcomePage and self.choice is SetupChoice.DEMO:
            return -1  # the demo choice ends here: Next becomes Finish
        return super().nextId()

    def _choose_demo(self, demo: bool) -> None:
        self.choice = SetupChoice.DEMO if demo else SetupChoice.OFFICE
        finish = self.tr("&Open demo data") if demo else self.tr("&Finish")
        self.setButtonText(QWizard.WizardButton.FinishButton, finish)
        self.ui.welcomePage.setFinalPage(demo)  # QWizard re-reads nextId(): Next turns into Finish

    def _check_pages(self) -> None:
        for page, names in self._page_fields.items():
            page.set_complete(self.fields.valid(names))

    def _page_shown(self, _page_id: int) -> None:
        if self.currentPage() is self.ui.summaryPage:
            self.ui.summaryLabel.setText(self.summary_html())

    def summary_html(self) -> str:
        rows = [(b.caption(), self.fields.shown_value(b.name)) for b in self.fields.bindings]
        rows.append((self.ui.roleLabel.text(), self.ui.roleCombo.currentText()))
        cells = "".join(f"<tr><td>{escape(caption)}:&nbsp;&nbsp;</td><td><b>{escape(value or '—')}</b></td>"
                        "</tr>" for caption, value in rows)
        return f"<table cellspacing='3'>{cells}</table>"

    # -- saving -----------------------------------------------------------------------------------

    def accept(self) -> None:
        """Finish: the demo choice closes at once; otherwise save first, close once saved."""
        if self.choice is SetupChoice.DEMO or self.office is not None:
            super().accept()
            return
        if self._saving:
            return
        self._set_saving(True)
        data = self.fields.office_input(self.ui.roleCombo.currentData())
        self._runner.run(partial(self._service.init_office, data), lane="db",
                         on_success=self._saved, on_failure=self._failed)

    def reject(self) -> None:
        if not self._saving:  # a save under way finishes first: it cannot be half undone
            super().reject()

    def _saved(self, office: OfficeView) -> None:
        self._set_saving(False)
        self.office = office
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationError):
            self.fields.show_problems(exc.problems)
            lines = [p.message() for p in exc.problems]
        elif isinstance(exc, KnownError):
            lines = [exc.message]
        else:
            raise exc
        self.ui.saveErrorLabel.setText("\n".join(lines))
        self.ui.saveErrorLabel.show()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not saving)


# -- the demo store ---------------------------------------------------------------------------------


def build_demo_store(services: Services, control: TaskControl) -> OfficeView:
    """Runs on the db lane: the sample office, then the demo initiatives, reporting progress."""
    office = services.office.init_office(DEMO_OFFICE)
    from sangkien_desktop.services.demo import generate_demo  # loaded only when the demo is built

    generate_demo(services, DEMO_INITIATIVES, DEMO_SEED, progress=control.report)
    return office


def open_demo_office(services: Services, runner: Runner, parent: QWidget | None = None) -> OfficeView:
    """The demo store's office; a new demo store is filled first, with a progress dialog.

    Blocks in a local event loop until the store is ready; a failure is raised again here.
    """
    try:
        return services.office.get_office()
    except NotInitialisedError:
        pass
    outcome: list[OfficeView | Exception] = []
    loop = QEventLoop()

    def settle(result: OfficeView | Exception) -> None:
        outcome.append(result)
        loop.quit()

    label = QCoreApplication.translate("SetupWizard", "Preparing the demo data…")
    runner.run_with_progress(partial(build_demo_store, services), label, parent,
                             on_success=settle, on_failure=settle)
    if not outcome:  # the inline runner of the tests has already finished
        loop.exec()
    result = outcome[0]
    if isinstance(result, Exception):
        raise result
    return result
