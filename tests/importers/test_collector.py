"""The collector pause of imports: full collections held back, young ones untouched, the threshold
restored by the last user out (nested, concurrent, or after an error)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from sangkien_desktop.importers.collector import young_collections_only


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_only_full_collections_are_held_back() -> None:
    before = gc.get_threshold()
    with young_collections_only():
        young, middle, old = gc.get_threshold()
        assert (young, middle) == before[:2] and old > 1_000_000
        assert gc.isenabled()
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle, garbage at once
        gone = weakref.ref(a)
        del a, b
        gc.collect(0)  # what the automatic young collections do
        assert gone() is None
    assert gc.get_threshold() == before


def test_nested_uses_restore_once_and_errors_restore_too() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), young_collections_only():
        with young_collections_only():
            pass
        assert gc.get_threshold()[2] > 1_000_000  # the outer one still holds
        raise RuntimeError("import failed")
    assert gc.get_threshold() == before


def test_concurrent_imports_share_the_pause() -> None:
    before = gc.get_threshold()
    entered, release = threading.Event(), threading.Event()

    def other_import() -> None:
        with young_collections_only():
            entered.set()
            release.wait(5)

    worker = threading.Thread(target=other_import)
    with young_collections_only():
        worker.start()
        assert entered.wait(5)
    assert gc.get_threshold()[2] > 1_000_000  # the other import is still running
    release.set()
    worker.join(5)
    assert gc.get_threshold() == before
