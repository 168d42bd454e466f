"""Server tests run against the real server on loopback, on SQLite and (when configured) PostgreSQL."""

from tests.support.live_server import live_server, server_backend

__all__ = ["live_server", "server_backend"]
