"""A Session: one loaded thread and its defaults. Turns run one at a time; close is single-flight."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from codex_runtime.api.guards import check_not_looser, resolve_call_profile
from codex_runtime.api.profiles import PromptRunParams, RunProfile, SessionConfig
from codex_runtime.api.prompt_run import PromptRunStream
from codex_runtime.api.results import PromptRunResult
from codex_runtime.api.review import ReviewResult, ReviewTarget
from codex_runtime.api.thread_options import check_turn_options
from codex_runtime.api.threads import ThreadHelpers, delete_thread
from codex_runtime.api.tools import ToolDispatcher
from codex_runtime.api.turn_run import TurnRun
from codex_runtime.errors import InvalidArgumentError, SessionClosedError
from codex_runtime.runtime.hooks import HookPhase, HookRun, as_hooks, merge_scopes

if TYPE_CHECKING:
    from codex_runtime.runtime.runtime import Runtime

logger = logging.getLogger("codex_runtime.session")


class Session(ThreadHelpers):
    """Turns on one already-loaded thread (``ask`` never re-resumes it). Goals, git metadata and unsubscribe come
    from :class:`~codex_runtime.api.threads.ThreadHelpers`.

    Attributes:
        thread_id: the thread this session drives.
        config: the session's defaults (cwd + RunProfile fields).
    """

    def __init__(self, runtime: Runtime, thread_id: str, config: SessionConfig) -> None:
        self._runtime = runtime
        self.thread_id = thread_id
        self.config = config
        self._closed = False
        self._close_task: asyncio.Task[None] | None = None
        self._turn_lock = asyncio.Lock()
        self._unregister: list[Callable[[], None]] = []
        if config.approval_handler is not None:
            self._unregister.append(runtime.push_handler(thread_id, config.approval_handler))
        if config.tools:
            dispatcher = ToolDispatcher(config.tools)
            self._unregister.append(runtime.push_handler(thread_id, dispatcher, methods=ToolDispatcher.methods))

    def __repr__(self) -> str:
        return f"<Session thread_id={self.thread_id!r} closed={self._closed}>"

    @property
    def is_closed(self) -> bool:
        return self._closed

    @property
    def runtime(self) -> Runtime:
        return self._runtime

    def profile(self) -> RunProfile:
        """The session's defaults as a RunProfile."""
        return self.config.profile()

    def _check_open(self) -> None:
        if self._closed:
            raise SessionClosedError("session is closed")

    # --- asking ---------------------------------------------------------------------------------------------

    def _params_for(self, prompt: str) -> PromptRunParams:
        return PromptRunParams.from_profile(self.config.cwd, prompt, self.profile())

    async def ask(self, prompt: str) -> PromptRunResult:
        """Run one turn with the session's config and return its result.

        Raises:
            SessionClosedError: the session is closed.
            PrivilegedEscalationError, AttachmentNotFoundError: refused before sending.
            TurnFailedError, TurnInterruptedError, PromptTimeoutError, OutputParseError: the turn's outcome.
            TransportError, RpcError: the connection failed.
        """
        return await self.ask_with(self._params_for(prompt))

    async def _start_turn(self, params: PromptRunParams, *, stream: bool) -> TurnRun:
        """PRE_RUN and PRE_TURN hooks (which may rewrite prompt, model, attachments), then turn/start.
        Call with the turn lock held.

        Raises:
            BlockedByHookError: a pre hook blocked (nothing sent); and as :meth:`ask`.
        """
        hooks = merge_scopes(as_hooks(self._runtime.config.hooks), as_hooks(self.config.hooks), as_hooks(params.hooks))
        hook_run = None
        if not hooks.is_empty:
            hook_run = HookRun(
                hooks, cwd=params.cwd, model=params.model, prompt=params.prompt, thread_id=self.thread_id
            )
            await hook_run.pre(HookPhase.PRE_RUN)
            outcome = await hook_run.pre(HookPhase.PRE_TURN)
            params = params.replace(
                prompt=outcome.prompt if outcome.prompt is not None else params.prompt,
                model=outcome.model,
                attachments=params.attachments + tuple(outcome.attachments),
            )
        return await TurnRun.start(
            self._runtime,
            self.thread_id,
            params,
            stream=stream,
            approval_handler=params.approval_handler,
            hook_run=hook_run,
        )

    async def ask_with(self, params: PromptRunParams) -> PromptRunResult:
        """Run one turn with the caller's params verbatim (cwd included) and the session's hooks.

        Raises:
            PrivilegedEscalationError: the params ask less or widen the sandbox compared with the session's
                without their own ``allow_privileged_escalation=True`` (nothing sent).
            InvalidArgumentError: they change a thread-only option (``developer_instructions``...; nothing sent).
            As :meth:`ask`.
        """
        self._check_open()
        check_turn_options(self.profile(), params)
        check_not_looser(self.profile(), params, opted_in=params.allow_privileged_escalation)
        async with self._turn_lock:
            self._check_open()
            run = await self._start_turn(params, stream=False)
            return await run.result()

    async def ask_with_profile(self, prompt: str, profile: RunProfile) -> PromptRunResult:
        """Run one turn with the fields ``profile`` sets over the session's (``RunProfile(timeout=30)`` changes
        only the timeout), the session's cwd, hooks merged (the profile wins on a name clash).

        Raises:
            PrivilegedEscalationError: the profile asks less or widens the sandbox compared with the session's
                without setting ``allow_privileged_escalation=True`` itself (nothing sent).
            InvalidArgumentError: it changes a thread-only option (``developer_instructions``...; nothing sent).
            As :meth:`ask`.
        """
        check_turn_options(self.profile(), profile)
        effective = resolve_call_profile(self.profile(), profile)
        return await self.ask_with(PromptRunParams.from_profile(self.config.cwd, prompt, effective))

    async def ask_stream(self, prompt: str) -> PromptRunStream:
        """Start a turn and return its event stream once turn/start succeeded. Other turns of this session wait
        until the stream is finished or closed.

        Raises:
            As :meth:`ask` (turn outcomes surface from the stream).
        """
        self._check_open()
        await self._turn_lock.acquire()
        try:
            self._check_open()
            run = await self._start_turn(self._params_for(prompt), stream=True)
        except BaseException:
            self._turn_lock.release()
            raise
        run.on_close(self._turn_lock.release)
        return PromptRunStream(run)

    async def ask_wait(self, prompt: str) -> PromptRunResult:
        """``ask_stream`` then ``finish()``."""
        stream = await self.ask_stream(prompt)
        return await stream.finish()

    async def interrupt_turn(self, turn_id: str) -> None:
        """Send turn/interrupt for ``turn_id``.

        Raises:
            SessionClosedError: the session is closed.
            RpcError, TransportError: the request failed.
        """
        self._check_open()
        await self._runtime.request("turn/interrupt", {"threadId": self.thread_id, "turnId": turn_id})

    def _review_params(self, target: ReviewTarget, timeout: float | None) -> PromptRunParams:
        if not isinstance(target, ReviewTarget):
            raise InvalidArgumentError("review needs a ReviewTarget (ReviewTarget.uncommitted_changes(), ...)")
        profile = self.profile() if timeout is None else self.profile().replace(timeout=timeout)
        return PromptRunParams.from_profile(self.config.cwd, target.label, profile)

    async def _start_review(self, target: ReviewTarget, params: PromptRunParams, *, stream: bool) -> TurnRun:
        start = ("review/start", target.start_params(self.thread_id))
        return await TurnRun.start(
            self._runtime, self.thread_id, params, stream=stream, approval_handler=params.approval_handler, start=start
        )

    async def review(self, target: ReviewTarget, *, timeout: float | None = None) -> ReviewResult:
        """A code review turn on this thread (review/start, inline), waited for like a turn (``timeout``
        defaults to the session's).

        Raises:
            InvalidArgumentError: ``target`` is not a :class:`ReviewTarget` (nothing sent).
            SessionClosedError: the session is closed.
            PromptTimeoutError: not finished in time (the turn is interrupted; ``partial`` has the items so far).
            TurnFailedError, TurnInterruptedError: the review turn's outcome.
            RpcError, TransportError: review/start failed (e.g. a commit that does not exist).
        """
        self._check_open()
        params = self._review_params(target, timeout)
        async with self._turn_lock:
            self._check_open()
            run = await self._start_review(target, params, stream=False)
            return ReviewResult.of(await run.result())

    async def review_stream(self, target: ReviewTarget, *, timeout: float | None = None) -> PromptRunStream:
        """Start a review turn and return its event stream (as :meth:`ask_stream`); ``ReviewResult.of(await
        stream.finish())`` is the review.

        Raises:
            As :meth:`review` (turn outcomes surface from the stream).
        """
        self._check_open()
        params = self._review_params(target, timeout)
        await self._turn_lock.acquire()
        try:
            self._check_open()
            run = await self._start_review(target, params, stream=True)
        except BaseException:
            self._turn_lock.release()
            raise
        run.on_close(self._turn_lock.release)
        return PromptRunStream(run)

    # --- closing ------------------------------------------------------------------------------------------------

    async def close(self) -> None:
        """Archive the thread once; every later call returns (or raises) the same outcome.

        Raises:
            RpcError, TransportError: archiving failed (raised again on every later call).
        """
        self._closed = True
        if self._close_task is None:
            self._close_task = asyncio.get_running_loop().create_task(self._archive())
        await asyncio.shield(self._close_task)

    async def delete(self) -> None:
        """Close the session by deleting its thread (thread/delete: nothing left to resume) instead of archiving
        it; a session already closing keeps its first outcome. Needs codex >= 0.144.4.

        Raises:
            UnsupportedByServerError, RpcError, TransportError: thread/delete failed (raised on every later call).
        """
        self._closed = True
        if self._close_task is None:
            self._close_task = asyncio.get_running_loop().create_task(self._archive("thread/delete"))
        await asyncio.shield(self._close_task)

    async def _archive(self, method: str = "thread/archive") -> None:
        for unregister in self._unregister:
            unregister()
        hooks = merge_scopes(as_hooks(self._runtime.config.hooks), as_hooks(self.config.hooks))
        if not hooks.is_empty:
            await HookRun(hooks, cwd=self.config.cwd, model=self.config.model, thread_id=self.thread_id).post(
                HookPhase.SESSION_END, status="closed"
            )
        if method == "thread/archive":
            await self._runtime.request(method, {"threadId": self.thread_id})
        else:
            await delete_thread(self._runtime, self.thread_id)
