"""AppServer (level 5): typed and raw JSON-RPC over the generated protocol, and the server-request loop."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from codex_runtime.api._connection import Connected
from codex_runtime.protocol import MethodSpec, client_request_spec
from codex_runtime.runtime import typed
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.runtime.server_requests import PendingServerRequest
from codex_runtime.runtime.typed import wire_params

if TYPE_CHECKING:
    from pydantic import BaseModel  # annotations only: a one-shot run does not import pydantic

P = TypeVar("P")
R = TypeVar("R")


class AppServer(Connected):
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

    @overload
    async def request_typed(
        self, method: MethodSpec[P, R], params: P | Mapping[str, object] | None = None, *, timeout: float | None = None
    ) -> R: ...

    @overload
    async def request_typed(
        self, method: str, params: BaseModel | Mapping[str, object] | None = None, *, timeout: float | None = None
    ) -> object: ...

    async def request_typed(
        self, method: MethodSpec[Any, Any] | str, params: object = None, *, timeout: float | None = None
    ) -> object:
        """Send a request of the generated method table and return its typed result:
        ``await server.request_typed(ClientRequests.THREAD_START, {"cwd": "."})`` is a ``ThreadStartResponse``.

        ``params`` is the spec's params model or a wire mapping (validated before anything is sent).

        Raises:
            ProtocolError: unknown method or params/result that do not fit.
            RpcError, TransportError: the request failed.
        """
        spec = typed.client_request_spec(method) if isinstance(method, str) else method
        return await self.runtime.request_typed(spec, params, timeout=timeout)

    async def notify(self, method: str, params: Any = None) -> None:
        await self.runtime.notify(method, params)

    def server_requests(self) -> AsyncIterator[PendingServerRequest]:
        """Server requests no handler took; answer each before its deadline (it is declined otherwise)."""
        return self.runtime.server_requests()
