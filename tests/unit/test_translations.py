"""Qt Linguist translations: the Vietnamese .ts is complete, the .qm works, English shows the sources."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain import enums
from sangkien_desktop.ui.i18n import (
    LANGUAGE_KEY,
    LANGUAGES,
    arg,
    current_language,
    install_translator,
    language_from,
    qm_path,
)
from sangkien_desktop.ui.labels import ENGLISH_LABELS, enum_label
from sangkien_desktop.ui.main_window import pending_text
from sangkien_desktop.ui.pages.placeholder import PlaceholderPage

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "i18n.py"
TS_FILE = ROOT / "resources" / "translations" / "sangkien_vi.ts"
LABELLED_ENUMS = sorted(enums.LabelledEnum.__subclasses__(), key=lambda cls: cls.__name__)


def i18n(ts_file: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), "--ts", str(ts_file), *args],
                          capture_output=True, text=True, check=False)


@pytest.fixture
def ts_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "sangkien_vi.ts"
    shutil.copyfile(TS_FILE, copy)
    return copy


@pytest.fixture
def language(qapp: QApplication) -> Iterator[str]:
    """Lets a test switch the UI language; puts back the one installed before."""
    before = current_language()
    yield before
    install_translator(qapp, before)


# -- the .ts is complete ----------------------------------------------------------------------------

def test_every_ui_string_has_a_vietnamese_translation(ts_copy: Path) -> None:
    updated = i18n(ts_copy, "update")
    assert updated.returncode == 0, updated.stderr
    result = i18n(ts_copy, "unfinished")
    assert result.returncode == 0, (
        "strings without a finished Vietnamese translation (context, English source):\n" + result.stdout
        + "Run scripts/i18n.py update, then fill, then scripts/build_forms.py (see README, Translations)")


def test_fill_refuses_an_unknown_source_and_changes_nothing(ts_copy: Path, tmp_path: Path) -> None:
    before = ts_copy.read_bytes()
    wanted = tmp_path / "fill.json"
    wanted.write_text(json.dumps({"MainWindow": {"Offline": "Ngoại tuyến", "No such text": "Không có"}}),
                      encoding="utf-8")
    result = i18n(ts_copy, "fill", str(wanted))
    assert result.returncode == 1
    assert "MainWindow / 'No such text'" in result.stderr
    assert ts_copy.read_bytes() == before


def test_fill_sets_the_translation_and_marks_it_finished(ts_copy: Path, tmp_path: Path) -> None:
    wanted = tmp_path / "fill.json"
    wanted.write_text(json.dumps({"MainWindow": {"Offline": "Mất kết nối"}}), encoding="utf-8")
    assert i18n(ts_copy, "fill", str(wanted)).returncode == 0
    qm = tmp_path / "check.qm"
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    subprocess.run([lrelease, "-silent", "-nounfinished", str(ts_copy), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Offline") == "Mất kết nối"


# -- the compiled .qm -------------------------------------------------------------------------------

def test_compiled_qm_translates_known_strings() -> None:
    translator = QTranslator()
    assert translator.load(str(qm_path("vi")))
    assert translator.translate("MainWindow", "Offline") == "Ngoại tuyến"
    assert translator.translate("QPlatformTheme", "Cancel") == "Hủy"


def test_vietnamese_ui_translates_code_forms_and_qt_buttons(qapp: QApplication, qtbot: QtBot,
                                                            language: str) -> None:
    install_translator(qapp, "vi")
    assert current_language() == "vi"
    assert QLocale().name() == "vi_VN"
    page = PlaceholderPage("Báo cáo")
    qtbot.addWidget(page)
    assert page.label.text() == "Báo cáo: chưa có trong phiên bản này"
    assert pending_text(1234) == "1.234 thay đổi chưa tải lên"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Lưu"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


def test_english_ui_shows_the_source_strings(qapp: QApplication, qtbot: QtBot, language: str) -> None:
    install_translator(qapp, "vi")
    installed = install_translator(qapp, "en")
    assert installed == []
    assert current_language() == "en"
    assert QLocale().name() == "en_US"
    page = PlaceholderPage("Reports")
    qtbot.addWidget(page)
    assert page.label.text() == "Reports: not available in this version yet"
    assert QCoreApplication.translate("MainWindow", "Offline") == "Offline"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_unknown_language_is_refused(qapp: QApplication, language: str) -> None:
    with pytest.raises(ValueError, match="fr"):
        install_translator(qapp, "fr")
    assert current_language() == language


@pytest.mark.parametrize(("saved", "expected"), [(None, "vi"), ("en", "en"), ("vi", "vi"), ("fr", "vi")])
def test_language_setting_defaults_to_vietnamese(tmp_path: Path, saved: str | None, expected: str) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if saved is not None:
        settings.setValue(LANGUAGE_KEY, saved)
    assert language_from(settings) == expected
    assert set(LANGUAGES) == {"vi", "en"}


def test_arg_fills_place_markers_once_in_any_order() -> None:
    assert arg("%2 của %1", "A", "B") == "B của A"
    assert arg("Không tạo được %1: %2", "/tmp/%2", "đầy") == "Không tạo được /tmp/%2: đầy"
    assert arg("%1 và %3", "x") == "x và %3"


# -- enum labels ------------------------------------------------------------------------------------

@pytest.mark.parametrize("enum_class", LABELLED_ENUMS, ids=lambda cls: cls.__name__)
def test_every_enum_member_has_an_english_label(enum_class: type[enums.LabelledEnum]) -> None:
    english = ENGLISH_LABELS.get(enum_class, {})
    missing = [m.value for m in enum_class if not english.get(m.value, "").strip()]
    assert missing == [], f"add English labels to ui/labels.py for {enum_class.__name__}: {missing}"
    assert set(english) == {m.value for m in enum_class}, "labels for codes that no longer exist"


def test_enum_labels_follow_the_ui_language(qapp: QApplication, language: str) -> None:
    assert len(LABELLED_ENUMS) >= 20
    install_translator(qapp, "vi")
    assert enum_label(enums.SolutionKind.QUAN_LY) == "Giải pháp quản lý"
    assert enum_label(enums.WorkerKind.QUAN_LY) == enums.WorkerKind.QUAN_LY.label == "Quản lý"
    install_translator(qapp, "en")
    assert enum_label(enums.SolutionKind.QUAN_LY) == "Management solution"
    assert enum_label(enums.WorkerKind.QUAN_LY) == "Management"
    assert enum_label(enums.InitiativeStatus.DA_CONG_NHAN) == "Recognised"
