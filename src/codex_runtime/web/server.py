"""Serving the app with uvicorn: a server that lets event streams finish before it waits for its connections."""

from __future__ import annotations

import socket

import uvicorn
from fastapi import FastAPI

from codex_runtime.web.app import web_state

GRACEFUL_SHUTDOWN = 5
"""Seconds uvicorn waits for open requests at shutdown before cancelling them."""


class WebServer(uvicorn.Server):
    """``uvicorn.Server`` for an app made by :func:`~codex_runtime.web.create_app`.

    Server-Sent Event streams never end by themselves, so on shutdown they are ended first; otherwise every open
    browser tab would hold the shutdown for the whole graceful period.
    """

    def __init__(
        self,
        app: FastAPI,
        *,
        log_level: str = "info",
        graceful_shutdown: int = GRACEFUL_SHUTDOWN,
        configure_logging: bool = True,
    ) -> None:
        """``configure_logging=False`` leaves the process's logging setup alone (uvicorn's is global)."""
        self.web_app = app
        config = uvicorn.Config(
            app,
            log_level=log_level,
            lifespan="on",
            timeout_graceful_shutdown=graceful_shutdown,
            proxy_headers=False,
            log_config=uvicorn.config.LOGGING_CONFIG if configure_logging else None,
        )
        super().__init__(config)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        web_state(self.web_app).end_streams()
        await super().shutdown(sockets=sockets)


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket (port 0: a free one; read it back with ``getsockname()``).

    Raises:
        OSError: the address cannot be bound.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except BaseException:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


__all__ = ["GRACEFUL_SHUTDOWN", "WebServer", "bind"]
