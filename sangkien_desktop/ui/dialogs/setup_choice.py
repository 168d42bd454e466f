"""What the first-run wizard ended with; apart from the wizard so start-up can test for it without
importing the wizard (only a first run needs it)."""

from __future__ import annotations

from enum import Enum


class SetupChoice(Enum):
    OFFICE = "office"
    DEMO = "demo"
