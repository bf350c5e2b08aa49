"""AppServer (level 5): typed and raw JSON-RPC over the generated protocol, and the server-request loop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from codex_runtime.api._connection import Connected
from codex_runtime.protocol import client_request_spec
from codex_runtime.runtime import typed
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.runtime.server_requests import PendingServerRequest
from codex_runtime.runtime.typed import TypedRequests, wire_params


class AppServer(Connected, TypedRequests):
    """Direct protocol access. ``await AppServer.connect(config)`` or ``async with AppServer(config)``."""

    @property
    def config(self) -> ClientConfig:
        """The ClientConfig it was made with."""
        return self.client_config

    async def request(self, method: str, params: Any = None, *, timeout: float | None = None) -> Any:
        """Send a request; its params are validated against the generated table when the method is known (raw
        otherwise). The raw JSON result comes back.

        Raises:
            ProtocolError: known method, params that do not fit (nothing sent).
            RpcError, TransportError: the request failed.
        """
        spec = client_request_spec(method)
        wire = params if spec is None else wire_params(spec, params)
        return await self.runtime.request(method, wire, timeout=timeout)

    async def _send_typed(self, method: str, params: object, timeout: float | None) -> object:
        return await self.runtime.request_typed(typed.client_request_spec(method), params, timeout=timeout)

    async def notify(self, method: str, params: Any = None) -> None:
        await self.runtime.notify(method, params)

    def server_requests(self) -> AsyncIterator[PendingServerRequest]:
        """Server requests no handler took; answer each before its deadline (it is declined otherwise)."""
        return self.runtime.server_requests()
