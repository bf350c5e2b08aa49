"""Byte pipes to a codex app-server: one JSON message per frame, in both directions.

Knows: processes, process groups, pipes, sockets, websockets, newline framing, the ``codex app-server --listen``
command line. Must not know: JSON-RPC (ids, methods, errors) or any codex concept; it never parses a frame.
Every transport implements :class:`Transport` (``send`` / ``receive`` / ``close``) and ends in exactly one
terminal :class:`~codex_runtime.errors.TransportError` that says why the peer is gone.

- :class:`StdioTransport`: spawns ``codex app-server --listen stdio://`` in its own process group (the default).
- :class:`WebSocketTransport`: ``ws://host:port`` or ``unix://path`` (both speak WebSocket; ``unix://`` runs it
  over a Unix stream socket) to an app-server started separately with ``--listen``.
- :func:`memory_pair`: two connected in-process endpoints, for tests and ``FakeAppServer``.
"""

from typing import TYPE_CHECKING

from codex_runtime._lazy import lazy_exports

# Imported on first use: the websocket transport alone pulls in websockets, ssl and http (~0.1 s) that a stdio
# client never needs.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "codex_runtime.transport.base": ("DroppedFrame", "Transport"),
        "codex_runtime.transport.command": ("app_server_argv",),
        "codex_runtime.transport.memory": ("MemoryTransport", "memory_pair"),
        "codex_runtime.transport.stdio": ("StdioTransport",),
        "codex_runtime.transport.toml_value": ("encode_toml_value",),
        "codex_runtime.transport.websocket": ("WebSocketTransport", "connect_url"),
    },
)

if TYPE_CHECKING:
    from codex_runtime.transport.base import DroppedFrame, Transport
    from codex_runtime.transport.command import app_server_argv
    from codex_runtime.transport.memory import MemoryTransport, memory_pair
    from codex_runtime.transport.stdio import StdioTransport
    from codex_runtime.transport.toml_value import encode_toml_value
    from codex_runtime.transport.websocket import WebSocketTransport, connect_url

__all__ = [
    "DroppedFrame",
    "MemoryTransport",
    "StdioTransport",
    "Transport",
    "WebSocketTransport",
    "app_server_argv",
    "connect_url",
    "encode_toml_value",
    "memory_pair",
]
