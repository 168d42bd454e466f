"""The FastAPI application of the central server (ARCHITECTURE.md §7)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from sangkien_server import batches, db, faults, meta
from sangkien_server.config import ServerSettings
from sangkien_server.routes import blobs, public, sync, verify
from sangkien_server.wire import ApiError, error_response

_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}


def create_app(settings: ServerSettings, *, test_hooks: bool = False) -> FastAPI:
    """Migrate the database, then build the app; ``test_hooks`` adds ``/_test/faults`` (tests only)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db.upgrade(settings.db_url)
    meta.remember_data_dir(settings.db_url, settings.data_dir)
    batches.prune_responses(settings.db_url, settings.replay_retention_days)
    app = FastAPI(title="Sáng kiến – máy chủ trung tâm", version="1",
                  description="Giao thức đồng bộ lô của Sáng kiến Desktop (docs/sync-protocol.md).")
    app.state.settings = settings
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _server_error)
    app.include_router(public.router)
    app.include_router(sync.router)
    app.include_router(blobs.router)
    app.include_router(verify.router)
    if test_hooks:
        faults.install(app)
    return app


async def _api_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc)


async def _validation_error(_request: Request, exc: Exception) -> Response:
    return error_response(ApiError(400, "bad_request", f"Yêu cầu không hợp lệ: {exc}"))


async def _server_error(_request: Request, _exc: Exception) -> Response:
    # Still a protocol answer, so a client tells a server fault from a proxy's page; it retries either way.
    return error_response(ApiError(500, "internal_error", "Máy chủ gặp lỗi nội bộ; hãy thử lại sau."))


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = "Không tìm thấy địa chỉ này." if exc.status_code == 404 else str(exc.detail)
    return error_response(ApiError(exc.status_code, code, message, exc.headers))
