"""Vietnamese text input for widget tests (ARCHITECTURE.md §8.2).

``qtbot.keyClicks`` / ``QTest.keyClicks`` abort the whole test process on any non-ASCII character,
so tests type Vietnamese with these helpers instead:

* ``type_text`` sends one key press/release per character, each carrying that character as its
  text (key code ``Key_unknown``), like a keyboard layout that produces precomposed letters;
* ``commit_text`` sends one ``QInputMethodEvent`` whose commit string is the whole text, the way
  Unikey or IBus deliver a finished Vietnamese word.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["commit_text", "type_text"]


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def commit_text(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
