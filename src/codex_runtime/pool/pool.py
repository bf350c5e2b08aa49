"""RuntimePool: N app-servers behind one Client-like API, with placement, back-pressure and failover.

Placement: a new session goes to the live member with the fewest open sessions (then the fewest running or
queued turns, then the fewest turns so far, then the lowest index); the count is reserved before
``thread/start`` is sent, so sessions started concurrently spread evenly. Back-pressure: each member has
``max_turns_per_member`` turn slots; a turn waits at most ``acquire_timeout`` for one, then fails with
:class:`PoolBusyError` (nothing sent). Failover: a member whose connection ends (process exit, dropped socket) is
replaced in the background (same index, new process or new connection); its in-flight turns fail with
:class:`MemberLostError`, and each of its sessions is resumed from CODEX_HOME, same thread id, at its next call.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from codex_runtime.api.profiles import ClientConfig, PromptRunParams, RunProfile, SessionConfig
from codex_runtime.api.results import PromptRunResult
from codex_runtime.api.session import Session
from codex_runtime.errors import InvalidArgumentError, TransportError
from codex_runtime.pool.errors import (
    MemberLostError,
    PoolClosedError,
    PoolUnavailableError,
    SessionFailoverError,
)
from codex_runtime.pool.member import MemberState, PoolMember
from codex_runtime.pool.session import PoolSession

logger = logging.getLogger("codex_runtime.pool")

RESTART_ATTEMPTS = 3
"""Connection attempts to replace one lost member before it is marked failed."""
RESTART_BACKOFF = 0.5
"""Seconds before the second attempt; doubled for each further attempt."""


class RuntimePool:
    """N app-server members behind the :class:`~codex_runtime.Client` session API.

    ``RuntimePool(config, size=4)`` starts four local ``codex app-server`` children (each in its own process
    group) from ``config``; ``RuntimePool(config, endpoints=["ws://10.0.0.5:4500", "unix:///run/codex.sock"])``
    connects to servers started elsewhere with ``--listen``. Use ``async with`` (starts every member concurrently,
    shuts all down on exit) or :meth:`start` / :meth:`shutdown`.

    Failover needs the lost thread's rollout: a replacement of the SAME member always can resume it (a local
    replacement gets the same CODEX_HOME; a remote one is the same endpoint). Moving a session to ANOTHER member
    (its own could not be replaced in time) needs one CODEX_HOME shared by all members: the default for local
    members without ``codex_homes``; pass ``shared_codex_home=True`` for remote members that share one.

    Args:
        config: how each member is started or reached (``endpoint`` is overridden by ``endpoints``).
        size: how many local members (exclusive with ``endpoints``).
        endpoints: one ``ws://`` / ``unix://`` endpoint per remote member.
        codex_homes: one CODEX_HOME per local member (default: all share ``config``'s / the inherited one).
        shared_codex_home: whether all members see one CODEX_HOME (None: inferred as described above).
        max_turns_per_member: concurrent turns per member; further turns wait for a slot.
        acquire_timeout: how long a turn waits for a slot before :class:`PoolBusyError`.
        start_timeout: deadline for starting (or replacing) one member, and for waiting on a replacement.
        restart: replace members that die (False: they stay failed and their sessions move or fail).
        max_restarts: cap on replacements per member over the pool's life (None: no cap).

    Raises:
        ValueError: inconsistent arguments (both or neither of size/endpoints, wrong ``codex_homes`` length...).
    """

    def __init__(
        self,
        config: ClientConfig | None = None,
        *,
        size: int | None = None,
        endpoints: Sequence[str] | None = None,
        codex_homes: Sequence[str | os.PathLike[str]] | None = None,
        shared_codex_home: bool | None = None,
        max_turns_per_member: int = 4,
        acquire_timeout: float = 60.0,
        start_timeout: float = 60.0,
        restart: bool = True,
        max_restarts: int | None = None,
    ) -> None:
        self.config = config or ClientConfig()
        member_configs = _member_configs(self.config, size, endpoints, codex_homes)
        if max_turns_per_member < 1:
            raise InvalidArgumentError("max_turns_per_member must be >= 1")
        if acquire_timeout <= 0 or start_timeout <= 0:
            raise InvalidArgumentError("acquire_timeout and start_timeout must be positive")
        if max_restarts is not None and max_restarts < 0:
            raise InvalidArgumentError("max_restarts must be >= 0 (or None)")
        if shared_codex_home is None:
            homes = {c.process_env.get("CODEX_HOME") for c in member_configs}
            shared_codex_home = endpoints is None and len(homes) == 1
        self.shared_codex_home = shared_codex_home
        self.max_turns_per_member = max_turns_per_member
        self.acquire_timeout = acquire_timeout
        self.start_timeout = start_timeout
        self.restart = restart
        self.max_restarts = max_restarts
        self._local = endpoints is None
        self._members = tuple(
            PoolMember(i, member_config, max_turns=max_turns_per_member, on_lost=self._member_lost)
            for i, member_config in enumerate(member_configs)
        )
        self._started = False
        self._closing = False
        self._start_task: asyncio.Task[None] | None = None
        self._shutdown_task: asyncio.Task[None] | None = None
        self._replacements: set[asyncio.Task[None]] = set()
        self._changed = asyncio.Event()

    def __repr__(self) -> str:
        alive = sum(m.is_alive for m in self._members)
        return f"<RuntimePool size={len(self._members)} alive={alive} closed={self._closing}>"

    @property
    def size(self) -> int:
        return len(self._members)

    @property
    def is_closed(self) -> bool:
        """True once :meth:`shutdown` began."""
        return self._closing

    @property
    def members(self) -> tuple[PoolMember, ...]:
        """The members, by index (level 6: ``member.client.runtime`` for events, state and metrics)."""
        return self._members

    def stats(self) -> list[dict[str, Any]]:
        """One JSON-serializable dict per member: ``index``, ``endpoint``, ``pid``, ``codex_home``, ``state``,
        ``alive``, ``generation``, ``sessions``, ``active_turns``, ``waiting_turns``, ``turns_completed``,
        ``turns_failed``, ``restarts``, ``last_error``."""
        return [member.stats() for member in self._members]

    # --- lifecycle ---------------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start (or reach) every member concurrently; idempotent. With one shared local CODEX_HOME the first
        member starts alone (a fresh home's sqlite state cannot be created by several processes at once).

        Raises:
            PoolClosedError: the pool was shut down.
            TimeoutError: a member did not start within ``start_timeout`` (every member is then shut down).
            CodexBinaryNotFoundError, TransportError, IncompatibleCodexVersionError, RpcError: as Client.connect
                (every member is then shut down).
        """
        if self._closing:
            raise PoolClosedError()
        if self._start_task is None:
            self._start_task = asyncio.get_running_loop().create_task(self._start())
        await asyncio.shield(self._start_task)

    async def _start(self) -> None:
        members = list(self._members)
        try:
            if self._local and self.shared_codex_home and len(members) > 1:
                await members[0].connect(self.start_timeout)
                members = members[1:]
            results = await asyncio.gather(
                *(member.connect(self.start_timeout) for member in members), return_exceptions=True
            )
            errors = [r for r in results if isinstance(r, BaseException)]
            if errors:
                raise errors[0]
        except BaseException:
            await self.shutdown()
            raise
        self._started = True
        self._notify_changed()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.shutdown()

    async def shutdown(self) -> None:
        """Stop replacing members and shut every member down concurrently (bounded, idempotent). Sessions are not
        archived; their later calls raise :class:`PoolClosedError`."""
        self._closing = True
        if self._shutdown_task is None:
            self._shutdown_task = asyncio.get_running_loop().create_task(self._shutdown())
        await asyncio.shield(self._shutdown_task)

    async def _shutdown(self) -> None:
        for task in self._replacements:
            task.cancel()
        if self._replacements:
            await asyncio.gather(*self._replacements, return_exceptions=True)
        await asyncio.gather(*(member.stop() for member in self._members), return_exceptions=True)
        self._notify_changed()

    def _check_open(self) -> None:
        if self._closing:
            raise PoolClosedError()
        if not self._started:
            raise PoolClosedError("the runtime pool is not started; use `async with RuntimePool(...)` or start()")

    # --- failover ----------------------------------------------------------------------------------------------

    def _notify_changed(self) -> None:
        """Wake everyone waiting for a member to come (back) up or fail."""
        self._changed.set()
        self._changed = asyncio.Event()

    def _member_lost(self, member: PoolMember, error: TransportError) -> None:
        """A member's connection ended (called on its reader; must not block)."""
        if self._closing:
            return
        if not self.restart:
            member.mark_failed(f"lost ({member.last_error}); restart is off")
            self._notify_changed()
            return
        task = asyncio.get_running_loop().create_task(self._replace(member), name=f"codex-pool-replace-{member.index}")
        self._replacements.add(task)
        task.add_done_callback(self._replacements.discard)

    async def _replace(self, member: PoolMember) -> None:
        await member.discard_client()
        for attempt in range(RESTART_ATTEMPTS):
            if self._closing:
                return
            if self.max_restarts is not None and member.restarts >= self.max_restarts:
                member.mark_failed(f"lost after {member.restarts} restarts (max_restarts={self.max_restarts})")
                self._notify_changed()
                return
            try:
                await member.connect(self.start_timeout)
            except Exception as exc:
                member.last_error = f"replacement attempt {attempt + 1} failed: {exc}"
                logger.warning("pool member %d: %s", member.index, member.last_error)
                await asyncio.sleep(RESTART_BACKOFF * 2**attempt)
                continue
            member.restarts += 1
            logger.info("pool member %d replaced (restart %d)", member.index, member.restarts)
            self._notify_changed()
            return
        member.mark_failed(f"could not be replaced after {RESTART_ATTEMPTS} attempts: {member.last_error}")
        self._notify_changed()

    async def _live_member(self, timeout: float) -> PoolMember:
        """The least-loaded live member, waiting (bounded) while none is alive but some are (re)starting.

        Raises:
            PoolClosedError: the pool is not started or was shut down.
            PoolUnavailableError: no member became alive within ``timeout`` (or all have failed).
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            self._check_open()
            live = [member for member in self._members if member.is_alive]
            if live:
                return min(live, key=PoolMember.load_key)
            pending = [m for m in self._members if m.state in (MemberState.STARTING, MemberState.RESTARTING)]
            if not pending:
                raise PoolUnavailableError("every pool member has failed: " + _last_errors(self._members))
            changed = self._changed
            try:
                async with asyncio.timeout(max(0.0, deadline - loop.time())):
                    await changed.wait()
            except TimeoutError:
                raise PoolUnavailableError(
                    f"no pool member came back within {timeout:g}s: " + _last_errors(self._members)
                ) from None

    async def failover_target(self, member: PoolMember, thread_id: str) -> PoolMember:
        """Where a session of the lost ``member`` is resumed: the member's replacement (waited for, bounded), else
        another live member when all share one CODEX_HOME.

        Raises:
            PoolClosedError: the pool was shut down.
            SessionFailoverError: no member can resume the thread.
        """
        self._check_open()
        if member.state in (MemberState.STARTING, MemberState.RESTARTING):
            await member.wait_settled(self.start_timeout)
            self._check_open()
        if member.is_alive:
            return member
        if not self.shared_codex_home:
            raise SessionFailoverError(
                thread_id,
                f"member {member.index} is {member.state} ({member.last_error}) and the members do not share "
                "a CODEX_HOME",
            )
        try:
            return await self._live_member(self.start_timeout)
        except PoolUnavailableError as exc:
            raise SessionFailoverError(thread_id, str(exc)) from exc

    # --- sessions ----------------------------------------------------------------------------------------------

    async def _open(self, config: SessionConfig, thread_id: str | None) -> PoolSession:
        member = await self._live_member(self.start_timeout)
        client = member.client
        assert client is not None  # a live member has a connection
        member.sessions += 1  # reserved before any await: concurrent placements see it
        try:
            session: Session
            if thread_id is None:
                session = await client.start_session(config)
            else:
                session = await client.resume_session(thread_id, config)
        except TransportError as exc:
            member.sessions -= 1
            if client.runtime.is_closed and not self._closing:
                raise MemberLostError(member.index, exc, thread_id=thread_id) from exc
            raise
        except BaseException:
            member.sessions -= 1
            raise
        return PoolSession(self, member, session, resumed=thread_id is not None)

    async def start_session(self, config: SessionConfig) -> PoolSession:
        """thread/start on the least-loaded live member.

        Raises:
            PoolClosedError: the pool is not started or was shut down.
            PoolUnavailableError: no live member within ``start_timeout``.
            MemberLostError: the member died during thread/start; retry.
            As :meth:`codex_runtime.Client.start_session` otherwise.
        """
        return await self._open(config, None)

    async def resume_session(self, thread_id: str, config: SessionConfig) -> PoolSession:
        """thread/resume ``thread_id`` on the least-loaded live member (its rollout must be in that member's
        CODEX_HOME).

        Raises:
            As :meth:`start_session`, and as :meth:`codex_runtime.Client.resume_session`.
        """
        return await self._open(config, thread_id)

    async def run(self, cwd: str | os.PathLike[str], prompt: str) -> PromptRunResult:
        """A new thread in ``cwd`` with the safe defaults, one turn, on the least-loaded member.

        Raises:
            As :meth:`start_session` and :meth:`PoolSession.ask`.
        """
        return await self.run_with(PromptRunParams(cwd=os.fspath(cwd), prompt=prompt))

    async def run_with(self, params: PromptRunParams) -> PromptRunResult:
        """A new thread, one turn with ``params``, on the least-loaded member (the thread is not archived, as
        with :meth:`codex_runtime.Client.run_with`).

        Raises:
            As :meth:`run`.
        """
        session = await self.start_session(SessionConfig.from_profile(params.cwd or os.getcwd(), params.profile()))
        try:
            return await session.ask_with(params)
        finally:
            session._release()

    async def run_with_profile(self, cwd: str | os.PathLike[str], prompt: str, profile: RunProfile) -> PromptRunResult:
        """A new thread in ``cwd``, one turn with ``profile``, on the least-loaded member.

        Raises:
            As :meth:`run`.
        """
        return await self.run_with(PromptRunParams.from_profile(cwd, prompt, profile))


def _member_configs(
    config: ClientConfig,
    size: int | None,
    endpoints: Sequence[str] | None,
    codex_homes: Sequence[str | os.PathLike[str]] | None,
) -> list[ClientConfig]:
    """One ClientConfig per member.

    Raises:
        ValueError: inconsistent arguments.
    """
    if (size is None) == (endpoints is None):
        raise InvalidArgumentError("give exactly one of size=N (local members) or endpoints=[...] (remote members)")
    if endpoints is not None:
        if isinstance(endpoints, str) or not endpoints:
            raise InvalidArgumentError("endpoints must be a non-empty list of ws:// or unix:// URLs")
        if codex_homes is not None:
            raise InvalidArgumentError(
                "codex_homes applies to local members only (remote servers own their CODEX_HOME)"
            )
        return [config.replace(endpoint=endpoint) for endpoint in endpoints]
    assert size is not None
    if size < 1:
        raise InvalidArgumentError("size must be >= 1")
    if config.endpoint is not None and not config.endpoint.startswith("stdio"):
        raise InvalidArgumentError("size=N starts local members; use endpoints=[...] for remote servers")
    if codex_homes is None:
        return [config] * size
    if isinstance(codex_homes, str) or len(codex_homes) != size:
        raise InvalidArgumentError(f"codex_homes needs one path per member ({size})")
    return [
        config.replace(process_env={**config.process_env, "CODEX_HOME": str(Path(home).resolve())})
        for home in codex_homes
    ]


def _last_errors(members: Sequence[PoolMember]) -> str:
    return "; ".join(f"member {m.index} {m.state}: {m.last_error}" for m in members) or "no members"


__all__ = ["RuntimePool"]
