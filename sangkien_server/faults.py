"""Fault hooks for tests (``create_app(test_hooks=True)`` only; SYNC.md §10).

``POST /_test/faults`` arms one fault: ``status`` answers at once with that status (HTML when ``html``,
else protocol JSON; ``Retry-After`` when given) before the request is handled; ``delay`` lets the
request run and commit, then sleeps ``seconds`` before replying. ``times`` counts down per matching
request (``path_prefix``). ``DELETE /_test/faults`` clears them."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel

from sangkien_server.wire import ApiError, bad_request, error_response, json_response

FAULT_KINDS = ("status", "delay")
_DEFAULT_CODES = {429: "rate_limited", 500: "internal_error", 502: "bad_gateway", 503: "unavailable"}


class FaultSpec(BaseModel):
    kind: str
    path_prefix: str = "/api/v1/"
    times: int = 1
    status: int = 503
    retry_after: int | None = None
    html: bool = False
    seconds: float = 1.0
    error: str | None = None  # protocol error code of a JSON answer (default from the status)


@dataclass
class _Armed:
    spec: FaultSpec
    left: int


class FaultBoard:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: list[_Armed] = []

    def add(self, spec: FaultSpec) -> None:
        with self._lock:
            self._armed.append(_Armed(spec, spec.times))

    def clear(self) -> None:
        with self._lock:
            self._armed.clear()

    def take(self, path: str) -> FaultSpec | None:
        with self._lock:
            for armed in self._armed:
                if armed.left > 0 and path.startswith(armed.spec.path_prefix):
                    armed.left -= 1
                    return armed.spec
        return None


def install(app: FastAPI) -> None:
    board = FaultBoard()
    router = APIRouter(prefix="/_test", include_in_schema=False)

    @router.post("/faults")
    async def arm(spec: FaultSpec) -> Response:
        if spec.kind not in FAULT_KINDS:
            raise bad_request(f"Unknown fault kind {spec.kind!r}")
        board.add(spec)
        return json_response({"armed": spec.model_dump()})

    @router.delete("/faults")
    async def clear() -> Response:
        board.clear()
        return json_response({"cleared": True})

    app.include_router(router)

    @app.middleware("http")
    async def inject(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        spec = None if request.url.path.startswith("/_test") else board.take(request.url.path)
        if spec is not None and spec.kind == "status":
            return _fault_answer(spec)
        response = await call_next(request)
        if spec is not None:  # delay: the handler has committed, the client waits
            await asyncio.sleep(spec.seconds)
        return response


def _fault_answer(spec: FaultSpec) -> Response:
    headers = {"Retry-After": str(spec.retry_after)} if spec.retry_after is not None else {}
    if spec.html:
        page = "<html><body><h1>Service unavailable</h1><p>Injected by a test.</p></body></html>"
        return HTMLResponse(page, status_code=spec.status, headers=headers)
    code = spec.error or _DEFAULT_CODES.get(spec.status, "test_fault")
    error = ApiError(spec.status, code, "Lỗi giả lập do bài kiểm thử tạo ra.", headers)
    return error_response(error)
