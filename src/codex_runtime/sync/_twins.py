"""The blocking twins: thin wrappers that run the async objects' coroutines on the portal loop."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import Any, Protocol, Self, TypeVar, overload

from pydantic import BaseModel

from codex_runtime.api import app_server as _app_server
from codex_runtime.api import client as _client
from codex_runtime.api import workflow as _workflow
from codex_runtime.api.profiles import ClientConfig, PromptRunParams, RunProfile, SessionConfig
from codex_runtime.api.results import PromptRunEvent, PromptRunResult
from codex_runtime.protocol import MethodSpec
from codex_runtime.runtime import typed
from codex_runtime.runtime.runtime import Runtime as AsyncRuntime
from codex_runtime.sync._portal import Portal, blocking, get_portal
from codex_runtime.sync._runtime import PendingServerRequest, Runtime, pending_requests
from codex_runtime.sync.account import Account

P = TypeVar("P")
R = TypeVar("R")


class AsyncPromptRunStream(Protocol):
    """What the blocking stream wraps: :class:`codex_runtime.PromptRunStream` or a pool's stream."""

    thread_id: str
    turn_id: str

    def __aiter__(self) -> AsyncIterator[PromptRunEvent]: ...
    async def finish(self) -> PromptRunResult: ...
    async def interrupt(self) -> None: ...
    async def aclose(self) -> None: ...


class AsyncSession(Protocol):
    """What the blocking session wraps: :class:`codex_runtime.Session` or a pool's session."""

    thread_id: str
    config: SessionConfig

    @property
    def is_closed(self) -> bool: ...
    @property
    def runtime(self) -> AsyncRuntime: ...
    def profile(self) -> RunProfile: ...
    async def ask(self, prompt: str) -> PromptRunResult: ...
    async def ask_with(self, params: PromptRunParams) -> PromptRunResult: ...
    async def ask_with_profile(self, prompt: str, profile: RunProfile) -> PromptRunResult: ...
    async def ask_stream(self, prompt: str) -> Any: ...
    async def ask_wait(self, prompt: str) -> PromptRunResult: ...
    async def interrupt_turn(self, turn_id: str) -> None: ...
    async def close(self) -> None: ...


class PromptRunStream:
    """A plain iterator over one turn's events (terminal event last); ``with`` interrupts an unfinished turn."""

    def __init__(self, portal: Portal, stream: AsyncPromptRunStream) -> None:
        self._portal = portal
        self._stream = stream
        self.thread_id = stream.thread_id
        self.turn_id = stream.turn_id

    def __iter__(self) -> Iterator[PromptRunEvent]:
        return self._portal.iterate(aiter(self._stream))

    def finish(self) -> PromptRunResult:
        return self._portal.call(self._stream.finish())

    def interrupt(self) -> None:
        self._portal.call(self._stream.interrupt())

    def close(self) -> None:
        self._portal.call(self._stream.aclose())

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class Session:
    """Blocking twin of :class:`codex_runtime.Session`."""

    def __init__(self, portal: Portal, session: AsyncSession) -> None:
        self._portal = portal
        self._session = session

    @property
    def thread_id(self) -> str:
        return self._session.thread_id

    @property
    def config(self) -> SessionConfig:
        return self._session.config

    @property
    def is_closed(self) -> bool:
        return self._session.is_closed

    @property
    def runtime(self) -> Runtime:
        """Level 6, blocking (the runtime this session's thread lives on)."""
        return Runtime(self._portal, self._session.runtime)

    def profile(self) -> RunProfile:
        return self._session.profile()

    def ask(self, prompt: str) -> PromptRunResult:
        return self._portal.call(self._session.ask(prompt))

    def ask_with(self, params: PromptRunParams) -> PromptRunResult:
        return self._portal.call(self._session.ask_with(params))

    def ask_with_profile(self, prompt: str, profile: RunProfile) -> PromptRunResult:
        return self._portal.call(self._session.ask_with_profile(prompt, profile))

    def ask_stream(self, prompt: str) -> PromptRunStream:
        return PromptRunStream(self._portal, self._portal.call(self._session.ask_stream(prompt)))

    def ask_wait(self, prompt: str) -> PromptRunResult:
        return self._portal.call(self._session.ask_wait(prompt))

    def interrupt_turn(self, turn_id: str) -> None:
        self._portal.call(self._session.interrupt_turn(turn_id))

    def close(self) -> None:
        self._portal.call(self._session.close())


class Client:
    """Blocking twin of :class:`codex_runtime.Client`: ``with Client(config) as client: ...``."""

    def __init__(self, config: ClientConfig | None = None) -> None:
        self._portal = get_portal()
        self._client = _client.Client(config)

    @classmethod
    def connect(cls, config: ClientConfig | None = None) -> Client:
        client = cls(config)
        client._portal.call(client._client.__aenter__())
        return client

    def __enter__(self) -> Self:
        self._portal.call(self._client.__aenter__())
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.shutdown()

    @property
    def config(self) -> ClientConfig:
        return self._client.config

    @property
    def runtime(self) -> Runtime:
        """Level 6, blocking."""
        return Runtime(self._portal, self._client.runtime)

    @property
    def account(self) -> Account:
        """Who is logged in; log in and out; rate limits and usage, blocking."""
        return Account(self._portal, self._client.account)

    def server_requests(self) -> Iterator[PendingServerRequest]:
        return pending_requests(self._portal, self._client.server_requests())

    def start_session(self, config: SessionConfig) -> Session:
        return Session(self._portal, self._portal.call(self._client.start_session(config)))

    def resume_session(self, thread_id: str, config: SessionConfig) -> Session:
        return Session(self._portal, self._portal.call(self._client.resume_session(thread_id, config)))

    def run(self, cwd: str | os.PathLike[str], prompt: str) -> PromptRunResult:
        return self._portal.call(self._client.run(cwd, prompt))

    def run_with(self, params: PromptRunParams) -> PromptRunResult:
        return self._portal.call(self._client.run_with(params))

    def run_with_profile(self, cwd: str | os.PathLike[str], prompt: str, profile: RunProfile) -> PromptRunResult:
        return self._portal.call(self._client.run_with_profile(cwd, prompt, profile))

    def shutdown(self) -> None:
        self._portal.call(self._client.shutdown())


class Workflow:
    """Blocking twin of :class:`codex_runtime.Workflow`."""

    def __init__(self, config: _workflow.WorkflowConfig) -> None:
        self._portal = get_portal()
        self._workflow = _workflow.Workflow(config)

    @property
    def config(self) -> _workflow.WorkflowConfig:
        return self._workflow.config

    def run(self, prompt: str) -> PromptRunResult:
        return self._portal.call(self._workflow.run(prompt))

    def run_with_profile(self, prompt: str, profile: RunProfile) -> PromptRunResult:
        return self._portal.call(self._workflow.run_with_profile(prompt, profile))

    def client(self) -> Client:
        """The workflow's connected client, blocking (connects on first use)."""
        client = Client.__new__(Client)
        client._portal = self._portal
        client._client = self._portal.call(self._workflow.client())
        return client

    def setup_session(self, profile: RunProfile | None = None) -> Session:
        return Session(self._portal, self._portal.call(self._workflow.setup_session(profile)))

    def shutdown(self) -> None:
        self._portal.call(self._workflow.shutdown())

    def __enter__(self) -> Self:
        self._portal.call(self._workflow.client())
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.shutdown()


class AppServer:
    """Blocking twin of :class:`codex_runtime.AppServer`."""

    def __init__(self, config: ClientConfig | None = None) -> None:
        self._portal = get_portal()
        self._server = _app_server.AppServer(config)

    @classmethod
    def connect(cls, config: ClientConfig | None = None) -> AppServer:
        server = cls(config)
        server._portal.call(server._server.__aenter__())
        return server

    def request(self, method: str, params: Any = None, *, timeout: float | None = None) -> Any:
        return self._portal.call(self._server.request(method, params, timeout=timeout))

    @overload
    def request_typed(
        self, method: MethodSpec[P, R], params: P | Mapping[str, object] | None = None, *, timeout: float | None = None
    ) -> R: ...

    @overload
    def request_typed(
        self, method: str, params: BaseModel | Mapping[str, object] | None = None, *, timeout: float | None = None
    ) -> object: ...

    def request_typed(
        self, method: MethodSpec[Any, Any] | str, params: object = None, *, timeout: float | None = None
    ) -> object:
        """As :meth:`codex_runtime.AppServer.request_typed`, blocking: a spec's typed result."""
        spec = typed.client_request_spec(method) if isinstance(method, str) else method
        return self._portal.call(self._server.request_typed(spec, params, timeout=timeout))

    def notify(self, method: str, params: Any = None) -> None:
        self._portal.call(self._server.notify(method, params))

    @property
    def runtime(self) -> Runtime:
        """Level 6, blocking."""
        return Runtime(self._portal, self._server.runtime)

    def server_requests(self) -> Iterator[PendingServerRequest]:
        return pending_requests(self._portal, self._server.server_requests())

    def shutdown(self) -> None:
        self._portal.call(self._server.shutdown())

    def __enter__(self) -> Self:
        self._portal.call(self._server.__aenter__())
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.shutdown()


quick_run = blocking(_client.quick_run)
quick_run_with_profile = blocking(_client.quick_run_with_profile)
