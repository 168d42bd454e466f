"""UI language: Qt Linguist translators for Vietnamese (the default) or the English source strings.

Source strings in code and ``forms/*.ui`` are English; Vietnamese comes from
``resources/translations/sangkien_vi.ts``, compiled by ``scripts/build_forms.py`` into
``translations/sangkien_vi.qm`` next to this module. The language chosen is kept here so that code
which formats data rather than calling ``tr()`` (see ``labels.enum_label``) follows the same choice.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "LANGUAGE_KEY",
    "SOURCE_LANGUAGE",
    "arg",
    "current_language",
    "install_translator",
    "language_from",
    "qm_path",
]

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "vi"
SOURCE_LANGUAGE = "en"
# Each language names itself, so an officer who cannot read the current one still finds theirs.
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
_LOCALE_NAMES = {"vi": "vi_VN", "en": "en_US"}
_PLACE_MARKER = re.compile(r"%([1-9])")

# Qt's own widgets name their buttons and menus through these contexts. Qt ships no qtbase_vi.qm,
# so the sources are listed here for lupdate and translated in our .ts (Qt's file wins when present).
_QT_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    # The GNOME theme (GTK desktops) words some buttons its own way.
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Next"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
    QT_TRANSLATE_NOOP("QWizard", "Go Back"),
    QT_TRANSLATE_NOOP("QWizard", "Continue"),
    QT_TRANSLATE_NOOP("QWizard", "Commit"),
    QT_TRANSLATE_NOOP("QWizard", "Done"),
    QT_TRANSLATE_NOOP("QWizard", "Help"),
    # Right-click menus of text fields: officers paste names and titles from other documents.
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
)

# Translators must outlive installation: Qt does not own them, and a collected one stops translating.
_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def arg(template: str, *values: object) -> str:
    """Fill Qt place markers ``%1`` … ``%9`` in one pass, as ``QString.arg`` does in C++.

    Translations may reorder the markers; a value that itself contains "%2" is left alone.
    """
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACE_MARKER.sub(value, template)


def language_from(settings: QSettings) -> str:
    """The saved UI language, or Vietnamese when none (or an unknown one) is saved."""
    value = settings.value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    """The language last installed; the English sources until ``install_translator`` is called."""
    return _language


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"sangkien_{language}.qm"


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Switch ``app`` to ``language`` ("vi" or "en"), replacing what an earlier call installed.

    Returns the translators now installed (also kept alive by this module). Widgets built before
    the switch keep their texts: call this before creating windows.
    """
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown UI language {language!r}; expected one of {sorted(LANGUAGES)}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != SOURCE_LANGUAGE:
        # Qt asks the most recently installed translator first: ours goes last so its wording wins.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _installed.extend(_loaded(f"qtbase_{language}", qt_dir))
        ours = qm_path(language)
        _installed.extend(_loaded(ours.stem, str(ours.parent), required=True))
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(_LOCALE_NAMES[language]))
    _language = language
    return list(_installed)


def _loaded(name: str, folder: str, *, required: bool = False) -> list[QTranslator]:
    translator = QTranslator()
    if translator.load(name, folder):
        return [translator]
    if required:
        raise FileNotFoundError(f"{Path(folder) / name}.qm is missing; run scripts/build_forms.py")
    return []
