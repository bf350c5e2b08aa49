"""A session placed on a pool member: the :class:`~codex_runtime.Session` API, re-bound after a member is lost.

Every turn holds, in this order, the session's own lock (turns of one session run one at a time), then one of its
member's turn slots (the back-pressure), then runs on the inner :class:`~codex_runtime.Session`. When the member's
app-server dies, its client's supervisor restarts it and resumes the inner session's thread there (same thread
id); only when the member gives up (restart off, or its policy exhausted) does the next call move the session to
another live member (``thread/resume`` there), which needs all members to share one CODEX_HOME.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from codex_runtime.api.client import Client
from codex_runtime.api.profiles import PromptRunParams, RunProfile, SessionConfig
from codex_runtime.api.results import PromptRunResult
from codex_runtime.api.session import Session
from codex_runtime.api.threads import ThreadHelpers
from codex_runtime.errors import (
    AppServerRestartedError,
    InvalidRequestError,
    ProtocolError,
    RpcError,
    SessionClosedError,
    TransportError,
)
from codex_runtime.pool.errors import MemberLostError, PoolClosedError, SessionFailoverError
from codex_runtime.pool.member import MemberState, PoolMember
from codex_runtime.pool.placement import Placement
from codex_runtime.pool.stream import PoolPromptRunStream
from codex_runtime.runtime.runtime import Runtime

logger = logging.getLogger("codex_runtime.pool")

T = TypeVar("T")

NO_ROLLOUT = "no rollout found"
"""What thread/resume answers (-32600) for a thread that never ran a turn: there is nothing to resume."""


class PoolSession(ThreadHelpers):
    """Turns on one thread, on whichever pool member currently holds it. Same API as :class:`~codex_runtime.Session`
    (goals, git metadata and unsubscribe act on the current binding; ``review`` and ``delete`` are not offered).

    Attributes:
        config: the session's defaults.
    """

    def __init__(self, placement: Placement, member: PoolMember, session: Session, *, resumed: bool = False) -> None:
        self._placement = placement
        self._member = member
        self._session = session
        self.config: SessionConfig = session.config
        self._earlier_resumes = 0
        """Resumes of the inner sessions this one had before it moved to another member."""
        self._has_rollout = resumed
        """False until a turn was attempted: before that codex has written nothing the thread could resume from
        (then a lost member's session continues on a new thread)."""
        self._lock = asyncio.Lock()
        self._closed = False
        self._released = False
        self._close_task: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        return f"<PoolSession thread_id={self.thread_id!r} member={self._member.index} closed={self._closed}>"

    # --- state -----------------------------------------------------------------------------------------------

    @property
    def is_closed(self) -> bool:
        return self._closed

    @property
    def thread_id(self) -> str:
        """The session's thread; it stays the same across restarts and moves to another member. (A session that
        had not run any turn when its member was lost has nothing on disk to resume: it continues on a new
        thread, and ``thread_id`` changes.)"""
        return self._session.thread_id

    @property
    def resumes(self) -> int:
        """How many times the thread was resumed after its app-server was lost (restarted, or moved)."""
        return self._earlier_resumes + self._session.restores

    @property
    def member_index(self) -> int:
        """The index of the member the session is bound to (after a loss: until its next call re-binds it)."""
        return self._member.index

    @property
    def session(self) -> Session:
        """The inner :class:`~codex_runtime.Session` of the current binding."""
        return self._session

    @property
    def runtime(self) -> Runtime:
        """The :class:`~codex_runtime.Runtime` of the current binding (level 6)."""
        return self._session.runtime

    def profile(self) -> RunProfile:
        """The session's defaults as a RunProfile."""
        return self.config.profile()

    def _check_open(self) -> None:
        if self._closed:
            raise SessionClosedError("session is closed")
        if self._placement.is_closed:
            raise PoolClosedError()

    # --- binding ---------------------------------------------------------------------------------------------

    async def _bound_session(self) -> Session:
        """The inner session; moved to another live member first if its own member gave up (a restarting member's
        session resumes there by itself).

        Raises:
            SessionFailoverError: no live member can resume the thread, or thread/resume failed.
            MemberLostError: the chosen member died during thread/resume.
            PoolClosedError: the pool was shut down.
        """
        if self._member.is_alive:
            return self._session
        target = await self._placement.failover_target(self._member, self.thread_id)
        if target is self._member:
            return self._session  # restarted: the inner session resumed its thread there
        client = target.client
        if client is None:
            raise SessionFailoverError(self.thread_id, f"member {target.index} has no connection")
        previous = self.thread_id
        try:
            moved = await self._reopen(client)
        except TransportError as exc:
            raise MemberLostError(target.index, exc, thread_id=previous) from exc
        except (RpcError, ProtocolError) as exc:
            raise SessionFailoverError(previous, f"thread/resume on member {target.index} failed: {exc}") from exc
        self._member.sessions -= 1
        target.sessions += 1
        logger.info("thread %s moved to pool member %d as %s", previous, target.index, moved.thread_id)
        self._earlier_resumes += self._session.restores + 1
        self._session.detach()  # its member must not resume the thread too, should it come back
        self._member, self._session = target, moved
        return moved

    async def _reopen(self, client: Client) -> Session:
        """thread/resume on ``client``; a thread with nothing on disk (no turn yet) continues as a new thread."""
        if self._has_rollout:
            try:
                return await client.resume_session(self.thread_id, self.config)
            except InvalidRequestError as exc:
                if NO_ROLLOUT not in exc.message:
                    raise
        return await client.start_session(self.config)

    async def _acquire(self) -> tuple[Session, PoolMember, Runtime]:
        """Bind, then take a turn slot on the bound member. Call with the session lock held; pair with
        ``member.release_slot()``. Also returns the runtime the call starts on (to tell a lost member later).

        Raises:
            PoolBusyError: no slot within the pool's ``acquire_timeout``; and as :meth:`_bound_session`.
        """
        session = await self._bound_session()
        member = self._member
        await member.acquire_slot(self._placement.acquire_timeout)
        return session, member, session.runtime

    def _lost(self, member: PoolMember, runtime: Runtime, error: TransportError) -> MemberLostError | None:
        """The typed error for a transport failure of a call that started on ``runtime`` (None: not a lost member,
        re-raise as is)."""
        if isinstance(error, MemberLostError) or self._placement.is_closed:
            return None
        if isinstance(error, AppServerRestartedError):
            return MemberLostError(member.index, error.cause or error, thread_id=error.thread_id or self.thread_id)
        if runtime.is_closed:
            return MemberLostError(member.index, error, thread_id=self.thread_id)
        return None

    async def _turn(self, call: Callable[[Session], Awaitable[T]]) -> T:
        self._check_open()
        async with self._lock:
            self._check_open()
            session, member, runtime = await self._acquire()
            ok = False
            self._has_rollout = True
            try:
                result = await call(session)
                ok = True
                return result
            except TransportError as exc:
                lost = self._lost(member, runtime, exc)
                if lost is None:
                    raise
                raise lost from exc
            finally:
                member.count_turn(ok)
                member.release_slot()

    # --- asking ----------------------------------------------------------------------------------------------

    async def ask(self, prompt: str) -> PromptRunResult:
        """Run one turn with the session's config and return its result.

        Raises:
            SessionClosedError: the session is closed.
            PoolClosedError: the pool was shut down.
            PoolBusyError: the member had no free turn slot within ``acquire_timeout`` (nothing was sent).
            MemberLostError: the member died during the turn; retry (the thread is resumed on a replacement).
            SessionFailoverError: the member was lost earlier and no live member could resume the thread.
            As :meth:`codex_runtime.Session.ask` otherwise.
        """
        return await self._turn(lambda session: session.ask(prompt))

    async def ask_with(self, params: PromptRunParams) -> PromptRunResult:
        """Run one turn with the caller's params verbatim (cwd included) and the session's hooks.

        Raises:
            As :meth:`ask`.
        """
        return await self._turn(lambda session: session.ask_with(params))

    async def ask_with_profile(self, prompt: str, profile: RunProfile) -> PromptRunResult:
        """Run one turn with ``profile``'s fields, the session's cwd, hooks merged (the profile wins).

        Raises:
            As :meth:`ask`.
        """
        return await self._turn(lambda session: session.ask_with_profile(prompt, profile))

    async def ask_stream(self, prompt: str) -> PoolPromptRunStream:
        """Start a turn and return its event stream once turn/start succeeded. The session's lock and the turn
        slot are held until the stream ends (exhausted, finished or closed).

        Raises:
            As :meth:`ask` (turn outcomes surface from the stream).
        """
        self._check_open()
        await self._lock.acquire()
        try:
            self._check_open()
            session, member, runtime = await self._acquire()
        except BaseException:
            self._lock.release()
            raise
        self._has_rollout = True
        try:
            inner = await session.ask_stream(prompt)
        except BaseException as exc:
            member.count_turn(False)
            member.release_slot()
            self._lock.release()
            lost = self._lost(member, runtime, exc) if isinstance(exc, TransportError) else None
            if lost is None:
                raise
            raise lost from exc

        def on_end(ok: bool) -> None:
            member.count_turn(ok)
            member.release_slot()
            self._lock.release()

        return PoolPromptRunStream(inner, on_end=on_end, lost=lambda error: self._lost(member, runtime, error))

    async def ask_wait(self, prompt: str) -> PromptRunResult:
        """``ask_stream`` then ``finish()``.

        Raises:
            As :meth:`ask`.
        """
        stream = await self.ask_stream(prompt)
        return await stream.finish()

    async def interrupt_turn(self, turn_id: str) -> None:
        """Send turn/interrupt for ``turn_id`` on the current member.

        Raises:
            SessionClosedError: the session is closed.
            MemberLostError: the member running the turn is gone (and so is the turn).
            RpcError, TransportError: the request failed.
        """
        self._check_open()
        member, session = self._member, self._session
        runtime = session.runtime
        try:
            await session.interrupt_turn(turn_id)
        except TransportError as exc:
            lost = self._lost(member, runtime, exc)
            if lost is None:
                raise
            raise lost from exc

    # --- closing ---------------------------------------------------------------------------------------------

    async def close(self) -> None:
        """Archive the thread once (resuming it on a live member first if its member was lost); every later call
        returns (or raises) the same outcome.

        Raises:
            PoolClosedError: the pool was shut down before the thread could be archived.
            SessionFailoverError: the thread could not be resumed to archive it.
            RpcError, TransportError: archiving failed.
        """
        self._closed = True
        if self._close_task is None:
            self._close_task = asyncio.get_running_loop().create_task(self._archive())
        await asyncio.shield(self._close_task)

    async def _archive(self) -> None:
        try:
            if self._placement.is_closed:
                raise PoolClosedError("the runtime pool was shut down before the session was closed")
            if not self._member.is_alive and self._member.state is not MemberState.RESTARTING and not self._has_rollout:
                self._session.detach()
                return  # its member gave up before the first turn: nothing on disk to archive
            session = await self._bound_session()
            await session.close()
        finally:
            self._release()

    def _release(self) -> None:
        """Stop counting this session on its member, without archiving (idempotent). Used for one-shot runs."""
        self._closed = True
        if not self._released:
            self._released = True
            self._member.sessions -= 1
