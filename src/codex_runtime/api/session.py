"""A Session: one loaded thread and its defaults. Turns run one at a time; close is single-flight.

The session asks its client's :class:`~codex_runtime.runtime.supervisor.Supervisor` for the current runtime at
every call. After a supervised restart the thread is resumed on the new runtime (same thread id; by the
supervisor's restore, or at the next call if that failed) and the session's handlers are registered there again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from codex_runtime.api.guards import check_not_looser, resolve_call_profile
from codex_runtime.api.profiles import PromptRunParams, RunProfile, SessionConfig
from codex_runtime.api.prompt_run import PromptRunStream
from codex_runtime.api.results import PromptRunResult
from codex_runtime.api.review import ReviewResult, ReviewTarget
from codex_runtime.api.thread_options import check_turn_options
from codex_runtime.api.thread_params import resume_params, start_params
from codex_runtime.api.threads import ThreadHelpers, delete_thread
from codex_runtime.api.tools import ToolDispatcher
from codex_runtime.api.turn_run import TurnRun
from codex_runtime.errors import InvalidArgumentError, InvalidRequestError, SessionClosedError, TransportError
from codex_runtime.runtime.hooks import HookPhase, HookRun, as_hooks, merge_scopes
from codex_runtime.runtime.runtime import Runtime
from codex_runtime.runtime.supervisor import Supervisor

logger = logging.getLogger("codex_runtime.session")


class Session(ThreadHelpers):
    """Turns on one already-loaded thread (``ask`` never re-resumes it). Goals, git metadata and unsubscribe come
    from :class:`~codex_runtime.api.threads.ThreadHelpers`.

    Attributes:
        thread_id: the thread this session drives. It stays the same across a supervised restart, except for a
            thread that had not run any turn yet (codex wrote nothing to resume it from): it continues on a new
            thread with the same settings.
        config: the session's defaults (cwd + RunProfile fields).
        restores: how many times the thread was resumed on a restarted app-server.
    """

    thread_id: str

    def __init__(
        self, connection: Supervisor | Runtime, thread_id: str, config: SessionConfig, *, resumable: bool = True
    ) -> None:
        self._supervisor = connection if isinstance(connection, Supervisor) else Supervisor.around(connection)
        self.thread_id = thread_id
        self.config = config
        self.restores = 0
        self._resumable = resumable
        """False until a turn was attempted on a new thread: codex has nothing on disk to resume it from."""
        self._generation = self._supervisor.generation
        self._rebind_lock = asyncio.Lock()
        self._closed = False
        self._close_task: asyncio.Task[None] | None = None
        self._turn_lock = asyncio.Lock()
        self._defaults: tuple[SessionConfig, RunProfile, PromptRunParams] | None = None
        """The config it was built from, its RunProfile, its params for ``ask`` (both validated once per config)."""
        self._unregister: list[Callable[[], None]] = []
        self._register_handlers(self._supervisor.runtime)
        self._stop_restoring = self._supervisor.add_restorer(self._restore) if self._supervisor.supervised else None

    def _register_handlers(self, runtime: Runtime) -> None:
        if self.config.approval_handler is not None:
            self._unregister.append(runtime.push_handler(self.thread_id, self.config.approval_handler))
        if self.config.tools:
            dispatcher = ToolDispatcher(self.config.tools)
            self._unregister.append(runtime.push_handler(self.thread_id, dispatcher, methods=ToolDispatcher.methods))

    def _unregister_handlers(self) -> None:
        unregister, self._unregister = self._unregister, []
        for remove in unregister:
            remove()

    def __repr__(self) -> str:
        return f"<Session thread_id={self.thread_id!r} closed={self._closed}>"

    @property
    def is_closed(self) -> bool:
        return self._closed

    @property
    def runtime(self) -> Runtime:
        """The runtime of the client's current app-server."""
        return self._supervisor.runtime

    @property
    def supervisor(self) -> Supervisor:
        """The client's supervisor: which app-server connection is current."""
        return self._supervisor

    def profile(self) -> RunProfile:
        """The session's defaults as a RunProfile."""
        return self._session_defaults()[1]

    def _session_defaults(self) -> tuple[SessionConfig, RunProfile, PromptRunParams]:
        defaults = self._defaults
        if defaults is None or defaults[0] is not self.config:  # configs are immutable: a new one is read again
            config = self.config
            profile = config.profile()
            defaults = self._defaults = (config, profile, PromptRunParams.from_profile(config.cwd, "", profile))
        return defaults

    def _check_open(self) -> None:
        if self._closed:
            raise SessionClosedError("session is closed")

    # --- the thread's binding to the current app-server ------------------------------------------------------

    async def _bound_runtime(self) -> Runtime:
        """The current runtime with this session's thread loaded on it (resumed first after a restart).

        Raises:
            RestartPolicyExhaustedError: the supervisor gave up.
            AppServerRestartedError: the thread could not be resumed on the restarted server (retry).
        """
        runtime = await self._supervisor.ready()
        if self._generation != self._supervisor.generation:
            await self._restore(runtime)
        return runtime

    async def _restore(self, runtime: Runtime) -> None:
        """Load this session's thread on ``runtime`` (a restarted app-server) and register its handlers there.

        Raises:
            RpcError, TransportError: thread/resume (or thread/start) failed.
        """
        async with self._rebind_lock:
            generation = self._supervisor.generation
            if self._generation == generation or runtime is not self._supervisor.runtime:
                return
            self._unregister_handlers()
            self.thread_id = await self._reload_thread(runtime)
            self._register_handlers(runtime)
            self._generation = generation
            self.restores += 1

    async def _reload_thread(self, runtime: Runtime) -> str:
        """thread/resume; a thread with nothing on disk (no turn yet, or ephemeral) continues as a new thread."""
        if self._resumable:
            try:
                result = await runtime.request("thread/resume", resume_params(self.thread_id, self.config))
                return str(result["thread"]["id"])
            except InvalidRequestError as exc:
                if "no rollout found" not in exc.message:
                    raise
        result = await runtime.request("thread/start", start_params(self.config))
        logger.info("thread %s had nothing to resume; continuing on a new thread", self.thread_id)
        return str(result["thread"]["id"])

    # --- asking ---------------------------------------------------------------------------------------------

    def _params_for(self, prompt: str) -> PromptRunParams:
        return self._session_defaults()[2].with_prompt(prompt)

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
        """PRE_RUN and PRE_TURN hooks (which may rewrite prompt, model, attachments), then turn/start on the
        current app-server. Call with the turn lock held.

        Raises:
            BlockedByHookError: a pre hook blocked (nothing sent); and as :meth:`ask`.
        """
        runtime = await self._bound_runtime()
        hooks = merge_scopes(
            as_hooks(self._supervisor.config.hooks), as_hooks(self.config.hooks), as_hooks(params.hooks)
        )
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
        return await self._turn_on(runtime, params, stream=stream, hook_run=hook_run)

    async def _turn_on(
        self,
        runtime: Runtime,
        params: PromptRunParams,
        *,
        stream: bool,
        hook_run: HookRun | None = None,
        start: tuple[str, dict[str, Any]] | None = None,
    ) -> TurnRun:
        """Start the turn (turn/start, or ``start``: review/start) on ``runtime``, the bound runtime."""
        self._resumable = True  # from turn/start on, codex has the thread on disk

        def lost(error: TransportError, turn_id: str | None) -> TransportError:
            """What the turn raises when the connection is lost (see ``Supervisor.lost_call``)."""
            return self._supervisor.lost_call(runtime, error, thread_id=self.thread_id, turn_id=turn_id)

        return await TurnRun.start(
            runtime,
            self.thread_id,
            params,
            stream=stream,
            approval_handler=params.approval_handler,
            hook_run=hook_run,
            start=start,
            lost=lost,
        )

    async def _stream(self, start: Callable[[], Awaitable[TurnRun]]) -> PromptRunStream:
        """The turn ``start`` begins, as a stream that holds the turn lock until it is finished or closed."""
        self._check_open()
        await self._turn_lock.acquire()
        try:
            self._check_open()
            run = await start()
        except BaseException:
            self._turn_lock.release()
            raise
        run.on_close(self._turn_lock.release)
        return PromptRunStream(run)

    async def ask_with(self, params: PromptRunParams) -> PromptRunResult:
        """Run one turn with the caller's params verbatim (cwd included) and the session's hooks.

        Raises:
            PrivilegedEscalationError: the params ask less or widen the sandbox compared with the session's
                without their own ``allow_privileged_escalation=True`` (nothing sent).
            InvalidArgumentError: they change a thread-only option (``developer_instructions``...; nothing sent).
            As :meth:`ask`.
        """
        self._check_open()
        profile = self.profile()
        check_turn_options(profile, params)
        check_not_looser(profile, params, opted_in=params.allow_privileged_escalation)
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
        session_profile = self.profile()
        check_turn_options(session_profile, profile)
        effective = resolve_call_profile(session_profile, profile)
        return await self.ask_with(PromptRunParams.from_profile(self.config.cwd, prompt, effective))

    async def ask_stream(self, prompt: str) -> PromptRunStream:
        """Start a turn and return its event stream once turn/start succeeded. Other turns of this session wait
        until the stream is finished or closed.

        Raises:
            As :meth:`ask` (turn outcomes surface from the stream).
        """
        return await self._stream(lambda: self._start_turn(self._params_for(prompt), stream=True))

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
        await self._supervisor.runtime.request("turn/interrupt", {"threadId": self.thread_id, "turnId": turn_id})

    def _review_params(self, target: ReviewTarget, timeout: float | None) -> PromptRunParams:
        if not isinstance(target, ReviewTarget):
            raise InvalidArgumentError("review needs a ReviewTarget (ReviewTarget.uncommitted_changes(), ...)")
        profile = self.profile() if timeout is None else self.profile().replace(timeout=timeout)
        return PromptRunParams.from_profile(self.config.cwd, target.label, profile)

    async def _start_review(self, target: ReviewTarget, params: PromptRunParams, *, stream: bool) -> TurnRun:
        runtime = await self._bound_runtime()
        start = ("review/start", target.start_params(self.thread_id))
        return await self._turn_on(runtime, params, stream=stream, start=start)

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
        return await self._stream(lambda: self._start_review(target, params, stream=True))

    # --- closing ------------------------------------------------------------------------------------------------

    def detach(self) -> None:
        """Close this handle locally without archiving the thread (it lives on elsewhere, e.g. on another pool
        member): its handlers are removed and it no longer follows the client's restarts."""
        self._closed = True
        if self._stop_restoring is not None:
            self._stop_restoring()
        self._unregister_handlers()

    async def close(self) -> None:
        """Archive the thread once; every later call returns (or raises) the same outcome.

        Raises:
            RpcError, TransportError: archiving failed (raised again on every later call).
        """
        self._closed = True
        if self._stop_restoring is not None:
            self._stop_restoring()
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
        self._unregister_handlers()
        hooks = merge_scopes(as_hooks(self._supervisor.config.hooks), as_hooks(self.config.hooks))
        if not hooks.is_empty:
            await HookRun(hooks, cwd=self.config.cwd, model=self.config.model, thread_id=self.thread_id).post(
                HookPhase.SESSION_END, status="closed"
            )
        runtime = await self._bound_runtime()
        self._unregister_handlers()  # a resume registers them again; a closed session answers nothing
        if method == "thread/archive":
            await runtime.request(method, {"threadId": self.thread_id})
        else:
            await delete_thread(runtime, self.thread_id)
