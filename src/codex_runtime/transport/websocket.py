"""WebSocket transport to an app-server started separately with ``--listen ws://IP:PORT`` or ``unix://PATH``.

Measured against codex 0.163.0: both listeners speak WebSocket (``unix://`` runs the same protocol over a Unix
stream socket, so plain newline JSON on that socket fails the upgrade). One JSON-RPC message per TEXT message;
binary messages and several newline-joined messages in one text message are dropped by the server without a
reply. The server rejects inbound messages over 16 MiB by closing the connection, so larger frames are refused
here before sending. ``--ws-auth capability-token`` expects ``Authorization: Bearer <token>`` (401 otherwise).
"""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Mapping
from typing import Any

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
    async def connect(
        cls,
        url: str,
        *,
        bearer_token: str | None = None,
        headers: Mapping[str, str] | None = None,
        open_timeout: float = 10.0,
        max_frame_bytes: int | None = None,
        max_send_bytes: int | None = SERVER_MAX_MESSAGE_BYTES,
        close_timeout: float = SHUTDOWN_GRACE,
    ) -> WebSocketTransport:
        """Connect to ``ws://host:port`` (or ``wss://``).

        Raises:
            TransportError: the connection or the handshake failed (including HTTP 401 for a bad token) or
                did not finish within ``open_timeout``.
        """
        opener = connect(url, **_options(bearer_token, headers, open_timeout, close_timeout))
        return cls(
            await _open(opener, url, open_timeout),
            where=url,
            max_frame_bytes=max_frame_bytes,
            max_send_bytes=max_send_bytes,
            close_timeout=close_timeout,
        )

    @classmethod
    async def connect_unix(
        cls,
        path: str | os.PathLike[str],
        *,
        bearer_token: str | None = None,
        headers: Mapping[str, str] | None = None,
        open_timeout: float = 10.0,
        max_frame_bytes: int | None = None,
        max_send_bytes: int | None = SERVER_MAX_MESSAGE_BYTES,
        close_timeout: float = SHUTDOWN_GRACE,
    ) -> WebSocketTransport:
        """Connect to an app-server listening on ``unix://path`` (WebSocket over a Unix socket).

        Raises:
            TransportError: the socket is missing or refuses, or the handshake failed or timed out.
        """
        where = f"unix://{os.fspath(path)}"
        opener = unix_connect(
            os.fspath(path), uri="ws://localhost/", **_options(bearer_token, headers, open_timeout, close_timeout)
        )
        return cls(
            await _open(opener, where, open_timeout),
            where=where,
            max_frame_bytes=max_frame_bytes,
            max_send_bytes=max_send_bytes,
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


def _options(
    bearer_token: str | None, headers: Mapping[str, str] | None, open_timeout: float, close_timeout: float
) -> dict[str, Any]:
    extra = dict(headers or {})
    if bearer_token is not None:
        extra["Authorization"] = f"Bearer {bearer_token}"
    # No size cap in the library (it would close the connection); ours drops only the offending frame.
    # No compression: local links, and deflate costs CPU on every 100 KB+ message.
    return {
        "additional_headers": extra or None,
        "open_timeout": open_timeout,
        "close_timeout": close_timeout,
        "max_size": None,
        "compression": None,
        "proxy": None,
    }


async def _open(opener: Any, where: str, open_timeout: float) -> ClientConnection:
    try:
        async with asyncio.timeout(open_timeout + 0.5):
            ws: ClientConnection = await opener
    except TimeoutError as exc:
        raise TransportError(f"could not connect to {where} within {open_timeout:g}s") from exc
    except (OSError, InvalidHandshake, InvalidURI) as exc:
        raise TransportError(f"could not connect to {where}: {exc}") from exc
    return ws


async def connect_url(
    url: str,
    *,
    bearer_token: str | None = None,
    headers: Mapping[str, str] | None = None,
    open_timeout: float = 10.0,
    max_frame_bytes: int | None = None,
    max_send_bytes: int | None = SERVER_MAX_MESSAGE_BYTES,
    close_timeout: float = SHUTDOWN_GRACE,
) -> WebSocketTransport:
    """Connect to a separately started app-server by its ``--listen`` URL: ``ws://``, ``wss://`` or
    ``unix://PATH``; the options are those of :meth:`WebSocketTransport.connect`.

    Raises:
        InvalidArgumentError: the URL scheme is not one of those (``stdio://`` needs :meth:`StdioTransport.spawn`).
        TransportError: the connection failed.
    """
    if url.startswith("unix://"):
        connect = functools.partial(WebSocketTransport.connect_unix, url.removeprefix("unix://"))
    elif url.startswith(("ws://", "wss://")):
        connect = functools.partial(WebSocketTransport.connect, url)
    else:
        raise InvalidArgumentError(f"unsupported app-server URL {url!r}: expected ws://, wss:// or unix://PATH")
    return await connect(
        bearer_token=bearer_token,
        headers=headers,
        open_timeout=open_timeout,
        max_frame_bytes=max_frame_bytes,
        max_send_bytes=max_send_bytes,
        close_timeout=close_timeout,
    )
