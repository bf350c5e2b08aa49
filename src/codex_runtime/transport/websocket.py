"""WebSocket transport to an app-server started separately with ``--listen ws://IP:PORT`` or ``unix://PATH``.

Measured against codex 0.163.0: both listeners speak WebSocket (``unix://`` runs the same protocol over a Unix
stream socket, so plain newline JSON on that socket fails the upgrade). One JSON-RPC message per TEXT message;
binary messages and several newline-joined messages in one text message are dropped by the server without a
reply. The server rejects inbound messages over 16 MiB by closing the connection, so larger frames are refused
here before sending. ``--ws-auth capability-token`` expects ``Authorization: Bearer <token>`` (401 otherwise).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Mapping
from typing import Any, TypedDict, Unpack

from websockets.asyncio.client import ClientConnection, connect, unix_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from codex_runtime._defaults import SHUTDOWN_GRACE
from codex_runtime.errors import (
    ConnectionClosedError,
    InvalidArgumentError,
    InvalidOutgoingMessageError,
    TransportError,
)
from codex_runtime.transport.base import Transport

SERVER_MAX_MESSAGE_BYTES = 16 * 1024 * 1024
"""codex app-server's inbound websocket message limit (it drops the connection above it)."""


class WebSocketOptions(TypedDict, total=False):
    """The keyword options of :meth:`WebSocketTransport.connect`, :meth:`~WebSocketTransport.connect_unix` and
    :func:`connect_url`, all optional."""

    bearer_token: str | None
    """Sent as ``Authorization: Bearer <token>`` (for ``--ws-auth capability-token``). Default: none."""
    headers: Mapping[str, str] | None
    """More handshake headers. Default: none."""
    open_timeout: float
    """Seconds for the connection and the handshake. Default: 10."""
    max_frame_bytes: int | None
    """Inbound messages over this size are dropped (and counted), the connection kept. Default: no limit."""
    max_send_bytes: int | None
    """Outbound messages over this size are refused before sending. Default: the server's 16 MiB limit."""
    close_timeout: float
    """Seconds for the closing handshake. Default: ``SHUTDOWN_GRACE``."""


class WebSocketTransport(Transport):
    """One websocket connection; create with :meth:`connect` / :meth:`connect_unix` or :func:`connect_url`."""

    def __init__(
        self,
        ws: ClientConnection,
        *,
        where: str,
        max_frame_bytes: int | None,
        max_send_bytes: int | None,
        close_timeout: float,
    ) -> None:
        super().__init__()
        self._ws = ws
        self._where = where
        self._max_frame = max_frame_bytes
        self._max_send = max_send_bytes
        self._close_timeout = close_timeout
        self._terminal: TransportError | None = None
        self._closed_by_us = False

    @classmethod
    async def connect(cls, url: str, **options: Unpack[WebSocketOptions]) -> WebSocketTransport:
        """Connect to ``ws://host:port`` (or ``wss://``); ``options`` as :class:`WebSocketOptions` describes them.

        Raises:
            TransportError: the connection or the handshake failed (including HTTP 401 for a bad token) or
                did not finish within ``open_timeout``.
        """
        return await cls._dial(lambda library_options: connect(url, **library_options), url, options)

    @classmethod
    async def connect_unix(
        cls, path: str | os.PathLike[str], **options: Unpack[WebSocketOptions]
    ) -> WebSocketTransport:
        """Connect to an app-server listening on ``unix://path`` (WebSocket over a Unix socket); ``options`` as
        :class:`WebSocketOptions` describes them.

        Raises:
            TransportError: the socket is missing or refuses, or the handshake failed or timed out.
        """
        return await cls._dial(
            lambda library_options: unix_connect(os.fspath(path), uri="ws://localhost/", **library_options),
            f"unix://{os.fspath(path)}",
            options,
        )

    @classmethod
    async def _dial(
        cls,
        opener: Callable[[dict[str, Any]], Any],
        where: str,
        options: WebSocketOptions,
    ) -> WebSocketTransport:
        # The one place that knows the defaults of the options.
        open_timeout = options.get("open_timeout", 10.0)
        close_timeout = options.get("close_timeout", SHUTDOWN_GRACE)
        extra = dict(options.get("headers") or {})
        bearer_token = options.get("bearer_token")
        if bearer_token is not None:
            extra["Authorization"] = f"Bearer {bearer_token}"
        # No size cap in the library (it would close the connection); ours drops only the offending frame.
        # No compression: local links, and deflate costs CPU on every 100 KB+ message.
        library_options = {
            "additional_headers": extra or None,
            "open_timeout": open_timeout,
            "close_timeout": close_timeout,
            "max_size": None,
            "compression": None,
            "proxy": None,
        }
        try:
            async with asyncio.timeout(open_timeout + 0.5):
                ws: ClientConnection = await opener(library_options)
        except TimeoutError as exc:
            raise TransportError(f"could not connect to {where} within {open_timeout:g}s") from exc
        except (OSError, InvalidHandshake, InvalidURI) as exc:
            raise TransportError(f"could not connect to {where}: {exc}") from exc
        return cls(
            ws,
            where=where,
            max_frame_bytes=options.get("max_frame_bytes"),
            max_send_bytes=options.get("max_send_bytes", SERVER_MAX_MESSAGE_BYTES),
            close_timeout=close_timeout,
        )

    @property
    def terminal_error(self) -> TransportError | None:
        return self._terminal

    async def send(self, frame: bytes) -> None:
        if self._terminal is not None:
            raise self._terminal.with_traceback(None)
        if self._max_send is not None and len(frame) > self._max_send:
            raise InvalidOutgoingMessageError(
                f"message of {len(frame)} bytes exceeds the {self._max_send}-byte websocket limit of the server"
            )
        try:
            await self._ws.send(frame, text=True)
        except ConnectionClosed as exc:
            raise self._lost(exc) from exc

    async def receive(self) -> list[bytes]:
        while True:
            if self._terminal is not None:
                raise self._terminal.with_traceback(None)
            try:
                message = await self._ws.recv(decode=False)
            except ConnectionClosed as exc:
                raise self._lost(exc) from exc
            if isinstance(message, str):  # only with decode=True; kept for type narrowing
                message = message.encode()
            if self._max_frame is not None and len(message) > self._max_frame:
                self._record_dropped(len(message), self._max_frame, message)
                return []
            return [message]

    async def close(self) -> None:
        if not self._closed_by_us:
            self._closed_by_us = True
            try:
                async with asyncio.timeout(self._close_timeout + 0.5):
                    await self._ws.close()
            except (TimeoutError, OSError):
                self._ws.transport.abort()
        if self._terminal is None:
            self._terminal = ConnectionClosedError(f"the connection to {self._where} was closed by the client")

    def _lost(self, exc: ConnectionClosed) -> TransportError:
        if self._terminal is None:
            if self._closed_by_us:
                self._terminal = ConnectionClosedError(f"the connection to {self._where} was closed by the client")
            else:
                frame = exc.rcvd
                why = f" (code {frame.code}: {frame.reason or 'no reason'})" if frame is not None else ""
                self._terminal = ConnectionClosedError(f"app-server at {self._where} closed the connection{why}")
        return self._terminal

    def __repr__(self) -> str:
        return f"<WebSocketTransport {self._where}>"


async def connect_url(url: str, **options: Unpack[WebSocketOptions]) -> WebSocketTransport:
    """Connect to a separately started app-server by its ``--listen`` URL: ``ws://``, ``wss://`` or
    ``unix://PATH``; ``options`` as :class:`WebSocketOptions` describes them.

    Raises:
        InvalidArgumentError: the URL scheme is not one of those (``stdio://`` needs :meth:`StdioTransport.spawn`).
        TransportError: the connection failed.
    """
    if url.startswith("unix://"):
        return await WebSocketTransport.connect_unix(url.removeprefix("unix://"), **options)
    if url.startswith(("ws://", "wss://")):
        return await WebSocketTransport.connect(url, **options)
    raise InvalidArgumentError(f"unsupported app-server URL {url!r}: expected ws://, wss:// or unix://PATH")
