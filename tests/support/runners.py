"""Task runners for widget tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sangkien_desktop.ui.tasks import InlineTaskRunner


class DeferredRunner(InlineTaskRunner):
    """Runs ops at once but holds their callbacks until the test releases them, in any order:
    how a test makes results arrive late or out of order."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: list[Callable[[], None]] = []

    def run(self, op: Any, lane: Any = "db", on_success: Any = None, on_failure: Any = None) -> Any:
        held: list[Callable[[], None]] = []
        super().run(op, lane, lambda result: held.append(lambda: on_success(result)), on_failure)
        self.pending.extend(held)

    def release_all(self) -> None:
        while self.pending:
            self.pending.pop(0)()
