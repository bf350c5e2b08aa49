"""Client (level 3): one app-server connection, sessions on it, one-shot runs; quick_run (level 1)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from codex_runtime.api._connection import Connected
from codex_runtime.api.account import Account
from codex_runtime.api.config import CodexConfig
from codex_runtime.api.guards import resolve_call_profile, validate_workspace
from codex_runtime.api.mcp import Mcp
from codex_runtime.api.profiles import (
    PromptRunParams,
    RunProfile,
    SessionConfig,
    check_privileged_escalation,
)
from codex_runtime.api.results import PromptRunResult
from codex_runtime.api.session import Session
from codex_runtime.api.thread_params import resume_params, start_params
from codex_runtime.api.threads import delete_thread, fuzzy_file_search
from codex_runtime.errors import ExperimentalApiRequiredError, ProtocolError
from codex_runtime.runtime.hooks import HookPhase, HookRun, as_hooks, merge_scopes
from codex_runtime.runtime.server_requests import PendingServerRequest

if TYPE_CHECKING:
    from codex_runtime.protocol import types as t
    from codex_runtime.runtime.runtime import Runtime


class _OnRuntime(Protocol):
    @property
    def runtime(self) -> Runtime: ...


_View = TypeVar("_View", bound=_OnRuntime)


def _on_current(view: _View | None, runtime: Runtime, make: Callable[[Runtime], _View]) -> _View:
    """``view`` while it serves ``runtime``; a new one once a supervised restart replaced the runtime."""
    return view if view is not None and view.runtime is runtime else make(runtime)


class Client(Connected):
    """A connection to one app-server. ``async with Client(config) as client`` or ``await Client.connect()``."""

    _account: Account | None = None
    _codex_config: CodexConfig | None = None
    _mcp: Mcp | None = None

    @property
    def account(self) -> Account:
        """Who is logged in; log in and out; rate limits and usage (see :class:`~codex_runtime.api.account.Account`).

        Raises:
            NotConnectedError: not connected yet.
        """
        self._account = _on_current(self._account, self.runtime, Account)
        return self._account

    @property
    def config(self) -> CodexConfig:
        """The app-server's codex configuration: read, write, requirements (the ClientConfig this client was made
        with is :attr:`client_config`).

        Raises:
            NotConnectedError: not connected yet.
        """
        self._codex_config = _on_current(self._codex_config, self.runtime, CodexConfig)
        return self._codex_config

    @property
    def mcp(self) -> Mcp:
        """The MCP servers: status, wait_ready, oauth_login, reload, call_tool, read_resource, events.

        Raises:
            NotConnectedError: not connected yet.
        """
        self._mcp = _on_current(self._mcp, self.runtime, Mcp)
        return self._mcp

    def server_requests(self) -> AsyncIterator[PendingServerRequest]:
        """Server requests no handler took: ``async for request in client.server_requests()``."""
        return self.runtime.server_requests()

    # --- sessions ------------------------------------------------------------------------------------------------

    async def start_session(self, config: SessionConfig) -> Session:
        """thread/start with the session's defaults sent explicitly.

        Raises:
            InvalidWorkspaceError: ``config.cwd`` is missing, not a directory, or contains NUL (nothing sent).
            PrivilegedEscalationError, InvalidPolicyError: before anything is sent.
            AuthenticationRequiredError: not logged in where the model provider needs it (nothing is started).
            RpcError, TransportError: thread/start failed.
        """
        validate_workspace(config.cwd)
        check_privileged_escalation(config, config.cwd)
        if config.tools and not self.runtime.config.experimental_api:
            raise ExperimentalApiRequiredError("client-provided tools (dynamicTools)")
        await self.account.require_login()
        hook_run = await self._session_start_hooks(config)
        if hook_run is not None and hook_run.model != config.model:
            config = config.replace(model=hook_run.model)
        runtime = await self.supervisor.ready()
        result = await runtime.request("thread/start", start_params(config))
        session = Session(self.supervisor, str(result["thread"]["id"]), config, resumable=False)
        if hook_run is not None:
            hook_run.thread_id = session.thread_id
            await hook_run.post(HookPhase.POST_SESSION_START, status="started")
        return session

    async def _session_start_hooks(self, config: SessionConfig) -> HookRun | None:
        """PRE_SESSION_START (may change only the model and metadata).

        Raises:
            BlockedByHookError: a hook blocked; nothing is sent.
        """
        hooks = merge_scopes(as_hooks(self.runtime.config.hooks), as_hooks(config.hooks))
        if hooks.is_empty:
            return None
        hook_run = HookRun(hooks, cwd=config.cwd, model=config.model)
        await hook_run.pre(HookPhase.PRE_SESSION_START)
        return hook_run

    async def resume_session(self, thread_id: str, config: SessionConfig) -> Session:
        """thread/resume an existing thread (e.g. after a restart with the same CODEX_HOME).

        Raises:
            InvalidWorkspaceError: ``config.cwd`` is missing, not a directory, or contains NUL (nothing sent).
            PrivilegedEscalationError, InvalidPolicyError: before anything is sent.
            AuthenticationRequiredError: not logged in where the model provider needs it (nothing is resumed).
            ProtocolError: the server resumed a different thread id.
            RpcError, TransportError: thread/resume failed (e.g. unknown thread).
        """
        validate_workspace(config.cwd)
        check_privileged_escalation(config, config.cwd)
        await self.account.require_login()
        runtime = await self.supervisor.ready()
        result = await runtime.request("thread/resume", resume_params(thread_id, config))
        resumed = str(result["thread"]["id"])
        if resumed != thread_id:
            raise ProtocolError(f"asked to resume thread {thread_id!r} but the server resumed {resumed!r}")
        return Session(self.supervisor, resumed, config)

    async def delete_thread(self, thread_id: str) -> None:
        """Delete a thread and its stored rollout (see :func:`codex_runtime.api.threads.delete_thread`)."""
        await delete_thread(self.runtime, thread_id)

    async def fuzzy_file_search(self, query: str, roots: Sequence[str]) -> list[t.FuzzyFileSearchResult]:
        """Files under ``roots`` matching ``query`` (see :func:`codex_runtime.api.threads.fuzzy_file_search`)."""
        return await fuzzy_file_search(self.runtime, query, roots)

    # --- one-shot runs -----------------------------------------------------------------------------------------

    async def run(self, cwd: str | os.PathLike[str], prompt: str) -> PromptRunResult:
        """A new thread in ``cwd`` with the safe defaults, one turn.

        Raises:
            As :meth:`Session.ask`.
        """
        return await self.run_with(PromptRunParams(cwd=os.fspath(cwd), prompt=prompt))

    async def run_with(self, params: PromptRunParams) -> PromptRunResult:
        """A new thread, one turn with ``params``.

        Raises:
            As :meth:`Session.ask`.
        """
        # The call's handler is registered for the turn only (by ask_with), not for the session's lifetime.
        profile = params.profile().replace(approval_handler=None)
        session = await self.start_session(SessionConfig.from_profile(params.cwd or os.getcwd(), profile))
        return await session.ask_with(params)

    async def run_with_profile(self, cwd: str | os.PathLike[str], prompt: str, profile: RunProfile) -> PromptRunResult:
        """A new thread in ``cwd``, one turn with the fields ``profile`` sets over the safe defaults.

        Raises:
            As :meth:`Session.ask`.
        """
        effective = resolve_call_profile(RunProfile(), profile)
        return await self.run_with(PromptRunParams.from_profile(cwd, prompt, effective))
