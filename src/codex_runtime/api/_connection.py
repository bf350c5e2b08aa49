"""The connect / ``async with`` / shutdown lifecycle shared by Client and AppServer."""

from __future__ import annotations

from types import TracebackType
from typing import Self, TypeVar

from codex_runtime.errors import NotConnectedError
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.runtime.endpoint import open_transport
from codex_runtime.runtime.handshake import EarlyStart, SentRequest
from codex_runtime.runtime.runtime import Runtime
from codex_runtime.runtime.supervisor import Supervisor
from codex_runtime.transport.base import Transport


class Connected:
    """Owns one :class:`Supervisor` (which owns the current Runtime): ``await cls.connect(config)``, or
    ``async with cls(config)``; ``shutdown()`` stops it. With ``config.restart`` a lost app-server is restarted."""

    def __init__(self, config: ClientConfig | None = None) -> None:
        self.client_config = config or ClientConfig()
        self._supervisor: Supervisor | None = None
        self._transport: Transport | None = None  # set by connect_over() only
        self._initialize_sent: SentRequest | None = None  # with it, when its child got initialize already

    @classmethod
    async def connect(cls, config: ClientConfig | None = None) -> Self:
        """Start (or reach) app-server and initialize it.

        Raises:
            CodexBinaryNotFoundError, TransportError, IncompatibleCodexVersionError, RpcError.
        """
        connected = cls(config)
        await connected.__aenter__()
        return connected

    async def _connect_runtime(self, config: ClientConfig) -> Runtime:
        transport, self._transport = self._transport, None  # a given transport serves the first connection only
        sent, self._initialize_sent = self._initialize_sent, None
        return await Runtime.connect(config, transport=transport, initialize_sent=sent)

    async def __aenter__(self) -> Self:
        if self._supervisor is None:
            supervisor = Supervisor(self.client_config, connect=self._connect_runtime)
            await supervisor.start()
            self._supervisor = supervisor
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.shutdown()

    @property
    def supervisor(self) -> Supervisor:
        """Which app-server connection is current, and its restarts (``state``, ``restarts``, ``generation``).

        Raises:
            NotConnectedError: not connected yet.
        """
        if self._supervisor is None:
            raise NotConnectedError(f"{type(self).__name__} is not connected; use `async with` or connect()")
        return self._supervisor

    @property
    def runtime(self) -> Runtime:
        """Level 6: live events, state, metrics, typed helpers (of the current app-server: a new object after a
        supervised restart).

        Raises:
            NotConnectedError: not connected yet.
        """
        return self.supervisor.runtime

    async def shutdown(self) -> None:
        """Close the connection and stop the app-server (idempotent, bounded)."""
        if self._supervisor is not None:
            await self._supervisor.shutdown()


_C = TypeVar("_C", bound=Connected)


async def connect_over(
    cls: type[_C], config: ClientConfig, transport: Transport, initialize_sent: SentRequest | None = None
) -> _C:
    """``cls.connect(config)`` over an app-server connection already opened for ``config`` (and, with
    ``initialize_sent``, already sent its ``initialize``): quick_run starts codex before it imports the client
    machinery, so codex boots meanwhile. The first connection uses ``transport``; a supervised restart opens a new
    one.

    Raises:
        As :meth:`Connected.connect`.
    """
    connected = cls(config)
    connected._transport = transport
    connected._initialize_sent = initialize_sent
    await connected.__aenter__()
    return connected


async def connect_started(cls: type[_C], config: ClientConfig, early: EarlyStart | None) -> _C:
    """``cls.connect(config)``, adopting ``early`` (the stdio child a one-shot started, with ``initialize`` written
    to it, before it imported the client machinery) when given. Owns ``early`` from the call on: aborts it if it
    fails before a transport owns it.

    Raises:
        As :meth:`Connected.connect`.
    """
    if early is None:
        return await cls.connect(config)
    try:
        transport = await open_transport(config, early.process)
    except BaseException:
        early.abort()
        raise
    try:
        return await connect_over(cls, config, transport, early.initialize)
    except BaseException:
        await transport.close()
        raise
