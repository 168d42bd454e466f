"""The services, built once in the background while the window is already on screen.

``DeferredServices.build`` runs as the first task of the database lane. Until it has finished,
``services()`` hands out stand-ins: reading ``services().initiatives.list`` gives a callable that, when
called (on the database lane, after the build), calls the real method. The window can therefore be
wired to its services before they exist, and no SQLAlchemy import happens on the GUI thread.
This module itself imports nothing heavy; the container is imported by ``build``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sangkien_desktop.persistence.lock import WriterLock

    from .container import Services

__all__ = ["START_TIMEOUT_S", "Abandoned", "DeferredServices"]

# The build waits for ``start()`` (the window's first rows painted: importing SQLAlchemy on another
# thread would take half the GUI thread's time until then), but never longer than this.
START_TIMEOUT_S = 3.0


class Abandoned(Exception):
    """The window closed before the services were built; nothing was opened."""


class DeferredServices:
    def __init__(self, data_dir: Path, lock_program: str) -> None:
        """``lock_program`` names this program in the store's writer lock, taken by the build
        (nothing can write before it: every write waits for the services)."""
        self._data_dir = data_dir
        self._lock_program = lock_program
        self._lock: WriterLock | None = None
        self._go = threading.Event()
        self._ready = threading.Event()
        self._abandoned = False
        self._built: Services | None = None
        self._error: BaseException | None = None

    def start(self) -> None:
        """Let the build begin (GUI thread, once the first screen is painted)."""
        self._go.set()

    def abandon(self) -> None:
        """The window is closing: a build not yet begun is skipped (and raises ``Abandoned``)."""
        self._abandoned = True
        self._go.set()

    def build(self) -> Services:
        """Database lane, first task: once started, open the store and build the services."""
        self._go.wait(START_TIMEOUT_S)
        try:
            if self._abandoned and self._built is None:
                raise Abandoned
            from sangkien_desktop.persistence.lock import WriterLock
            from sangkien_desktop.persistence.store_files import StorePaths

            from .container import build_services

            self._lock = WriterLock(StorePaths(self._data_dir).lock, self._lock_program)
            self._lock.acquire()
            self._built = build_services(self._data_dir)
            return self._built
        except BaseException as exc:
            self._error = exc
            raise
        finally:
            self._ready.set()

    def get(self) -> Services:
        """The real services; waits for the build, and raises its error if it failed."""
        self._go.set()  # whoever needs them now must not wait for the first paint
        self._ready.wait()
        if self._error is not None:
            raise self._error
        assert self._built is not None
        return self._built

    def services(self) -> Services:
        """The services as the window takes them: the real ones once built, stand-ins before."""
        return cast("Services", _ServicesStandIn(self))

    def close(self) -> None:
        """After the database lane has stopped: close the store, then give the lock back."""
        if self._built is not None:
            self._built.close()
        if self._lock is not None:
            self._lock.release()


class _ServicesStandIn:
    def __init__(self, deferred: DeferredServices) -> None:
        self._deferred = deferred

    def __getattr__(self, name: str) -> Any:
        if self._deferred._ready.is_set():
            return getattr(self._deferred.get(), name)
        return _ServiceStandIn(self._deferred, name)


class _ServiceStandIn:
    """One service before the build: every attribute is a method called later, after the build."""

    def __init__(self, deferred: DeferredServices, name: str) -> None:
        self._deferred = deferred
        self._name = name

    def __getattr__(self, method: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(getattr(self._deferred.get(), self._name), method)(*args, **kwargs)

        call.__name__ = method
        return call
