"""AppServer (level 5): typed and raw JSON-RPC over the generated protocol, and the server-request loop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any, Self

from codex_runtime.errors import ProtocolError
from codex_runtime.protocol import MethodSpec, client_request_spec
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.runtime.runtime import Runtime
from codex_runtime.runtime.server_requests import PendingServerRequest


class AppServer:
    """Direct protocol access. ``await AppServer.connect(config)`` or ``async with AppServer(config)``."""

    def __init__(self, config: ClientConfig | None = None) -> None:
        self.config = config or ClientConfig()
        self._runtime: Runtime | None = None

    @classmethod
    async def connect(cls, config: ClientConfig | None = None) -> AppServer:
        """Start and initialize app-server.

        Raises:
            CodexBinaryNotFoundError, TransportError, IncompatibleCodexVersionError, RpcError.
        """
        server = cls(config)
        server._runtime = await Runtime.connect(server.config)
        return server

    @property
    def runtime(self) -> Runtime:
        if self._runtime is None:
            raise ProtocolError("AppServer is not connected")
        return self._runtime

    async def request(self, method: str, params: Any = None, *, timeout: float | None = None) -> Any:
        """Send a request; its params are validated against the generated table when the method is known (raw
        otherwise). The raw JSON result comes back.

        Raises:
            ProtocolError: known method, params that do not fit (nothing sent).
            RpcError, TransportError: the request failed.
        """
        spec = client_request_spec(method)
        if spec is not None and params is not None:
            params = spec.dump_params(spec.validate_params(params))
        return await self.runtime.request(method, params, timeout=timeout)

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

    async def shutdown(self) -> None:
        if self._runtime is not None:
            await self._runtime.shutdown()

    async def __aenter__(self) -> Self:
        if self._runtime is None:
            self._runtime = await Runtime.connect(self.config)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.shutdown()
