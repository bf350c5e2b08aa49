"""The blocking twins of the level 1-5 objects, each derived from its async class (see :mod:`._twin`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, overload

from codex_runtime.api import app_server as _app_server
from codex_runtime.api import client as _client
from codex_runtime.api import prompt_run as _prompt_run
from codex_runtime.api import session as _session
from codex_runtime.api import workflow as _workflow
from codex_runtime.api._connection import Connected
from codex_runtime.api.profiles import ClientConfig, SessionConfig
from codex_runtime.api.results import PromptRunEvent
from codex_runtime.protocol import MethodSpec
from codex_runtime.runtime import typed
from codex_runtime.sync._runtime import Runtime, Supervisor, pending_requests
from codex_runtime.sync._twin import Attribute, ContextTask, Managed, Owner, Twin, forward, init_like, method
from codex_runtime.sync.account import Account
from codex_runtime.sync.config import CodexConfig
from codex_runtime.sync.mcp import Mcp

if TYPE_CHECKING:
    from pydantic import BaseModel  # annotations only: a one-shot run does not import pydantic

    from codex_runtime.pool.session import PoolSession


class PromptRunStream(Managed[_prompt_run.PromptRunStream]):
    """A plain iterator over one turn's events (terminal event last); ``with`` interrupts an unfinished turn."""

    finish = method(_prompt_run.PromptRunStream.finish)
    interrupt = method(_prompt_run.PromptRunStream.interrupt)
    request_interrupt = method(_prompt_run.PromptRunStream.request_interrupt)
    aclose = method(_prompt_run.PromptRunStream.aclose)

    thread_id = Attribute[str]()
    turn_id = Attribute[str]()

    def __iter__(self) -> Iterator[PromptRunEvent]:
        return self._iterate(aiter(self._wrapped))

    def close(self) -> None:
        """Leave the turn: interrupts it unless it already ended (as ``async with`` does on exit)."""
        self.aclose()


_W = TypeVar("_W", bound="_session.Session | PoolSession")


class SessionBase(Twin[_W]):
    """What the blocking twins of a session and of a pool's session share: asking, interrupting, closing and the
    thread helpers. Each call runs the wrapped object's own method of that name (a pool session re-binds to live
    members), so a twin exposes exactly what its async object has."""

    ask = method(_session.Session.ask)
    ask_with = method(_session.Session.ask_with)
    ask_with_profile = method(_session.Session.ask_with_profile)
    ask_stream = method(_session.Session.ask_stream, PromptRunStream.of)
    ask_wait = method(_session.Session.ask_wait)
    interrupt_turn = method(_session.Session.interrupt_turn)
    close = method(_session.Session.close)
    set_goal = method(_session.Session.set_goal)
    goal = method(_session.Session.goal)
    clear_goal = method(_session.Session.clear_goal)
    update_git_metadata = method(_session.Session.update_git_metadata)
    unsubscribe = method(_session.Session.unsubscribe)
    profile = forward(_session.Session.profile)

    thread_id = Attribute[str]()
    is_closed = Attribute[bool]()
    runtime = Attribute(Runtime.of)
    """Level 6, blocking (the runtime this session's thread lives on)."""


class Session(SessionBase[_session.Session]):
    """Blocking twin of :class:`codex_runtime.Session`."""

    delete = method(_session.Session.delete)
    review = method(_session.Session.review)
    review_stream = method(_session.Session.review_stream, PromptRunStream.of)
    detach = forward(_session.Session.detach)

    config = Attribute[SessionConfig]()
    restores = Attribute[int]()
    supervisor = Attribute(Supervisor.of)
    """The client's supervisor, blocking view."""


_C = TypeVar("_C", bound=Connected)
_T = TypeVar("_T", bound="_Connected[Any]")
P = TypeVar("P")
R = TypeVar("R")


class _Connected(Owner[_C]):
    """The connection lifecycle shared by Client and AppServer twins: ``with``, ``connect()``, ``shutdown()``."""

    _entered: ContextTask[object] | None = None

    def __enter__(self) -> Self:
        self._hold_portal()
        self._entered = ContextTask(self._portal, self._wrapped)
        try:
            self._entered.enter()
        except BaseException:
            self._entered = None
            self._release_portal()
            raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        entered, self._entered = self._entered, None
        if entered is None:  # not entered by ``with`` (e.g. after connect()): the plain exit shuts down
            super().__exit__(exc_type, exc, tb)
            return
        try:
            entered.exit(exc_type, exc, tb)
        finally:
            self._release_portal()

    @classmethod
    def connect(cls: Callable[[ClientConfig | None], _T], config: ClientConfig | None = None) -> _T:
        """Connect now (then ``shutdown()`` it), as the async ``await Client.connect(config)``."""
        twin = cls(config)
        twin._call(twin.wrapped.__aenter__())
        return twin

    client_config = Attribute[ClientConfig]()
    runtime = Attribute(Runtime.of)
    """Level 6, blocking."""
    supervisor = Attribute(Supervisor.of)
    """Which app-server connection is current, and its restarts (blocking view)."""

    server_requests = forward(_app_server.AppServer.server_requests, pending_requests)


class Client(_Connected[_client.Client]):
    """Blocking twin of :class:`codex_runtime.Client`: ``with Client(config) as client: ...``."""

    @init_like(_client.Client)
    def __init__(self, *args: Any, **kwargs: Any) -> None: ...

    start_session = method(_client.Client.start_session, Session.of)
    resume_session = method(_client.Client.resume_session, Session.of)
    run = method(_client.Client.run)
    run_with = method(_client.Client.run_with)
    run_with_profile = method(_client.Client.run_with_profile)
    delete_thread = method(_client.Client.delete_thread)
    fuzzy_file_search = method(_client.Client.fuzzy_file_search)

    account = Attribute(Account.of)
    """Who is logged in; log in and out; rate limits and usage, blocking."""
    config = Attribute(CodexConfig.of)
    """The app-server's codex configuration (read, write, requirements), blocking; the ``ClientConfig`` is
    :attr:`client_config`."""
    mcp = Attribute(Mcp.of)
    """The MCP servers (status, wait_ready, oauth_login, reload, call_tool, read_resource), blocking."""


class AppServer(_Connected[_app_server.AppServer]):
    """Blocking twin of :class:`codex_runtime.AppServer`."""

    @init_like(_app_server.AppServer)
    def __init__(self, *args: Any, **kwargs: Any) -> None: ...

    config = Attribute[ClientConfig]()
    request = method(_app_server.AppServer.request)

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
        return self._call(self._wrapped.request_typed(spec, params, timeout=timeout))

    notify = method(_app_server.AppServer.notify)


class Workflow(Owner[_workflow.Workflow]):
    """Blocking twin of :class:`codex_runtime.Workflow`."""

    @init_like(_workflow.Workflow)
    def __init__(self, *args: Any, **kwargs: Any) -> None: ...

    run = method(_workflow.Workflow.run)
    run_with_profile = method(_workflow.Workflow.run_with_profile)
    setup_session = method(_workflow.Workflow.setup_session, Session.of)

    config = Attribute[_workflow.WorkflowConfig]()

    def client(self) -> Client:
        """The workflow's connected client, blocking (connects on first use; the workflow owns it)."""
        return Client.of(self._call(self._wrapped.client()))


__all__ = ["AppServer", "Client", "PromptRunStream", "Session", "Workflow"]
