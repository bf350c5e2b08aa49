"""``WebApp``: what one web app holds: its Client (given, or owned and connected at startup), the tenants, the
session registry, the session store and the settings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from codex_runtime.api.client import Client
from codex_runtime.errors import NotConnectedError
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.web.auth import TenantDirectory
from codex_runtime.web.errors import WebError
from codex_runtime.web.journal import SessionJournal
from codex_runtime.web.registry import SessionRegistry
from codex_runtime.web.settings import WebSettings
from codex_runtime.web.store import InMemorySessionStore, SessionStore


class WebApp:
    """The state behind one ASGI app. A given :class:`Client` stays the caller's (never shut down here); a
    :class:`ClientConfig` (or None) makes the app connect its own Client at startup and shut it down at the end.
    The ``store`` (default: in memory) is opened at startup, its sessions restored, and closed at the end."""

    def __init__(
        self,
        client_or_config: Client | ClientConfig | None,
        *,
        tokens: Mapping[str, str] | Iterable[str],
        settings: WebSettings | None = None,
        store: SessionStore | None = None,
    ) -> None:
        self.settings = settings or WebSettings()
        self.tenants = TenantDirectory(tokens)
        self.store = store or InMemorySessionStore()
        self.registry = SessionRegistry(self.settings, SessionJournal(self.store))
        self._client: Client | None = None
        self._config: ClientConfig | None = None
        if isinstance(client_or_config, Client):
            self._client = client_or_config
            self.owns_client = False
        else:
            self._config = client_or_config or ClientConfig()
            self.owns_client = True

    @property
    def connected(self) -> bool:
        return self._client is not None

    def health(self) -> Literal["ok", "starting", "unavailable"]:
        """``starting`` before the Client is connected, ``unavailable`` once its connection is gone or the server
        is unhealthy (it did not acknowledge an interrupt in time)."""
        if self._client is None:
            return "starting"
        try:
            healthy = self._client.runtime.healthy
        except NotConnectedError:  # a given Client that was never connected
            return "unavailable"
        return "ok" if healthy else "unavailable"

    @property
    def client(self) -> Client:
        """The connected Client.

        Raises:
            WebError: 503 before startup connected it.
        """
        if self._client is None:
            raise WebError(503, "the codex app-server is not connected yet")
        return self._client

    async def start(self) -> None:
        """Open the store, connect the owned Client (a given one is used as it is), restore the stored sessions.

        Raises:
            SessionStoreVersionError, SessionStoreError: the store cannot be used (checked before app-server starts).
            CodexBinaryNotFoundError, TransportError, IncompatibleCodexVersionError, RpcError: as Client.connect.
        """
        await self.store.open()
        try:
            if self._client is None and self._config is not None:
                self._client = await Client.connect(self._config)
            await self.registry.restore(await self.store.load(), lambda: self.client)
        except BaseException:
            await self.store.close()
            raise

    def end_streams(self) -> None:
        """Let every open event stream finish (call before the server waits for its connections)."""
        self.registry.end_streams()

    async def aclose(self) -> None:
        """Stop turn tasks (interrupting their turns), withdraw approvals, end streams, write the sessions' last
        state and close the store; shut down an owned Client."""
        try:
            await self.registry.shutdown()
        finally:
            await self.store.close()
            if self.owns_client and self._client is not None:
                client, self._client = self._client, None
                await client.shutdown()


__all__ = ["WebApp"]
