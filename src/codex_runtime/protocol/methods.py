"""The method tables of the pinned protocol: every method, its direction, params type and result type.

Four tables, keyed by wire method name (read-only mappings), generated from the vendored schema:

- :data:`CLIENT_REQUESTS` (client -> server requests, with their response types),
- :data:`SERVER_REQUESTS` (server -> client requests, with the response the client must send),
- :data:`SERVER_NOTIFICATIONS`, :data:`CLIENT_NOTIFICATIONS`.

Each method also has a typed constant (``ClientRequests.THREAD_START: MethodSpec[ThreadStartParams,
ThreadStartResponse]``) and a name constant (``ClientRequestMethod.THREAD_START == "thread/start"``, a ``StrEnum``).
"""

from __future__ import annotations

from typing import Any

from codex_runtime.protocol._generated.method_table import (
    CLIENT_NOTIFICATIONS,
    CLIENT_REQUESTS,
    SERVER_NOTIFICATIONS,
    SERVER_REQUESTS,
    ClientNotificationMethod,
    ClientNotifications,
    ClientRequestMethod,
    ClientRequests,
    ServerNotificationMethod,
    ServerNotifications,
    ServerRequestMethod,
    ServerRequests,
)
from codex_runtime.protocol.spec import MethodKind, MethodSpec


def client_request_spec(method: str) -> MethodSpec[Any, Any] | None:
    """The spec of a request the client sends, or None when the pinned protocol does not list ``method``."""
    return CLIENT_REQUESTS.get(method)


def server_request_spec(method: str) -> MethodSpec[Any, Any] | None:
    """The spec of a request the server sends, or None when the pinned protocol does not list ``method``."""
    return SERVER_REQUESTS.get(method)


def notification_spec(method: str) -> MethodSpec[Any, Any] | None:
    """The spec of a notification the server sends, or None when the pinned protocol does not list ``method``."""
    return SERVER_NOTIFICATIONS.get(method)


def client_notification_spec(method: str) -> MethodSpec[Any, Any] | None:
    """The spec of a notification the client sends (``initialized``), or None when it is not listed."""
    return CLIENT_NOTIFICATIONS.get(method)


__all__ = [
    "CLIENT_NOTIFICATIONS",
    "CLIENT_REQUESTS",
    "SERVER_NOTIFICATIONS",
    "SERVER_REQUESTS",
    "ClientNotificationMethod",
    "ClientNotifications",
    "ClientRequestMethod",
    "ClientRequests",
    "MethodKind",
    "MethodSpec",
    "ServerNotificationMethod",
    "ServerNotifications",
    "ServerRequestMethod",
    "ServerRequests",
    "client_notification_spec",
    "client_request_spec",
    "notification_spec",
    "server_request_spec",
]
