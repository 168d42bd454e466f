"""The fault proxy in a process of its own, for benchmarks.

In the test process the proxy's event loop competes with the client's threads for the interpreter
lock, so bytes wait in the proxy while the client works: a delay no real network adds. Run in its
own process it forwards as the wire does; commands and figures travel over a pipe.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from typing import Any

from tests.support.faultproxy import FaultProxy, ProxyStats

_START_TIMEOUT_S = 30.0


def _serve(upstream_port: int, commands: Connection) -> None:
    proxy = FaultProxy(upstream_port)
    commands.send(proxy.start())
    while True:
        name, kwargs = commands.recv()
        if name == "stop":
            proxy.stop()
            commands.send(None)
            return
        if name == "stats":
            commands.send(proxy.stats)
        else:
            getattr(proxy, name)(**kwargs)
            commands.send(None)


class ProxyProcess:
    """The parts of ``FaultProxy`` the benchmarks use: ``url``, ``set_link``, ``stats``, ``reset_stats``."""

    def __init__(self, upstream_port: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._commands, child_end = context.Pipe()
        self._process = context.Process(target=_serve, args=(upstream_port, child_end), daemon=True,
                                        name=f"faultproxy-{upstream_port}")
        self.port = 0

    def start(self) -> int:
        self._process.start()
        if not self._commands.poll(_START_TIMEOUT_S):
            self._process.kill()
            raise RuntimeError("the proxy process did not start")
        self.port = int(self._commands.recv())
        return self.port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _call(self, name: str, **kwargs: Any) -> Any:
        self._commands.send((name, kwargs))
        return self._commands.recv()

    def set_link(self, delay_s: float = 0.0, bandwidth_bps: float | None = None, burst: int = 4096) -> None:
        self._call("set_link", delay_s=delay_s, bandwidth_bps=bandwidth_bps, burst=burst)

    def reset_stats(self) -> None:
        self._call("reset_stats")

    @property
    def stats(self) -> ProxyStats:
        stats: ProxyStats = self._call("stats")
        return stats

    def stop(self) -> None:
        if self._process.is_alive():
            self._call("stop")
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
