"""AppServer (level 5): typed and raw JSON-RPC over the generated protocol, and the server-request loop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from codex_runtime.api._connection import Connected
from codex_runtime.protocol import MethodSpec, client_request_spec
from codex_runtime.runtime.server_requests import PendingServerRequest
from codex_runtime.runtime.typed import wire_params


class AppServer(Connected):
    """Direct protocol access. ``await AppServer.connect(config)`` or ``async with AppServer(config)``."""

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

    async def request_typed(
        self, method: MethodSpec[Any, Any] | str, params: Any = None, *, timeout: float | None = None
    ) -> Any:
        """Send a request of a generated method spec (or name) and return the typed result.

        Raises:
            ProtocolError: unknown method or params/result that do not fit.
            RpcError, TransportError: the request failed.
        """
        name = method if isinstance(method, str) else method.method
        return await self.runtime.request_typed(name, params, timeout=timeout)

    async def notify(self, method: str, params: Any = None) -> None:
        await self.runtime.rpc.notify(method, params)

    def server_requests(self) -> AsyncIterator[PendingServerRequest]:
        """Server requests no handler took; answer each before its deadline (it is declined otherwise)."""
        return self.runtime.server_requests()
