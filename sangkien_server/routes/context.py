"""What every route needs: the settings, the database and running blocking work off the event loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from sangkien_server.config import ServerSettings

T = TypeVar("T")


def settings_of(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


async def blocking(func: Callable[[], T]) -> T:
    """Database and file work runs in the thread pool so one slow request never stalls the others."""
    return await run_in_threadpool(func)
