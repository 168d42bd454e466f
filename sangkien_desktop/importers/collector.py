"""Python's cyclic garbage collector during an import: young generations only.

An import keeps tens of thousands of objects alive (the rows ready for the commit, the records being
written). Each time enough of them have outlived two young collections, Python runs a full collection,
which walks every object of the application (SQLAlchemy's, Qt's, the caches): for a 10,000-row list
that was five or six full collections, a quarter of the whole import. While ``young_collections_only``
is open, the young generations are still collected as usual (short-lived cycles are freed, memory
stays bounded on a million-row file); the full collection is left to Python once the import is over.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

__all__ = ["young_collections_only"]

# Young collections before a full one is even considered: never, in practice, while an import runs.
_NO_FULL_COLLECTION: Final = 1 << 30

_lock = threading.Lock()
_state: dict[str, int] = {"depth": 0, "old_threshold": 0}


@contextmanager
def young_collections_only() -> Iterator[None]:
    """Nested or concurrent uses share one pause; the last one out restores the threshold."""
    with _lock:
        if _state["depth"] == 0:
            young, middle, old = gc.get_threshold()
            _state["old_threshold"] = old
            gc.set_threshold(young, middle, _NO_FULL_COLLECTION)
        _state["depth"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["depth"] -= 1
            if _state["depth"] == 0:
                young, middle, _old = gc.get_threshold()
                gc.set_threshold(young, middle, _state["old_threshold"])
