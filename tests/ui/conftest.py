"""Fixtures for widget tests: offscreen Qt, a real temporary store, the inline task runner."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.ui.fonts import use_interface_font
from sangkien_desktop.ui.i18n import DEFAULT_LANGUAGE, install_translator
from sangkien_desktop.ui.tasks import InlineTaskRunner

# At import time, before pytest-qt creates the QApplication (importing PySide6 does not create one).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")



@pytest.fixture(autouse=True, scope="session")
def _user_settings_in_temp(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings("SangKien", …) must never write to the developer's real configuration."""
    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, folder)


@pytest.fixture(autouse=True, scope="session")
def _vietnamese_ui(qapp: QApplication) -> None:
    """The app's default language and interface font, so tests see the texts and sizes officers see."""
    install_translator(qapp, DEFAULT_LANGUAGE)
    use_interface_font(qapp)


@pytest.fixture(autouse=True)
def _keyclicks_ascii_only(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn the process abort of ``keyClicks`` on non-ASCII text into an ordinary test failure."""
    original = qtbot.keyClicks

    def guarded(widget: Any, text: str, *args: Any, **kwargs: Any) -> None:
        if not text.isascii():
            raise AssertionError("qtbot.keyClicks aborts the process on non-ASCII text; "
                                 "use tests.support.vi_input.type_text or commit_text")
        original(widget, text, *args, **kwargs)

    monkeypatch.setattr(qtbot, "keyClicks", guarded)


@pytest.fixture
def runner() -> InlineTaskRunner:
    return InlineTaskRunner()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def add_initiative(make_initiative: Callable[..., InitiativeView]) -> Callable[..., InitiativeView]:
    """``add_initiative(title, author=…, **fields)``: one applied initiative with a single author."""

    def add(title: str, author: str = "Nguyễn Văn Đức", **extra: Any) -> InitiativeView:
        fields: dict[str, Any] = {"authors": [author], "first_applied_on": "2024-03-05"}
        fields["benefit_value"] = None
        return make_initiative(title=title, **{**fields, **extra})

    return add
