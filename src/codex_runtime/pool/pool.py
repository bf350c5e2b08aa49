"""RuntimePool: N app-servers behind one Client-like API: the lifecycle and the session entry points.

The parts live in their own modules: the members (:mod:`.member`), where sessions go (:mod:`.placement`), the
per-member settings (:mod:`.settings`) and the sessions themselves (:mod:`.session`). A lost member is restarted by
its Client's supervisor (:mod:`codex_runtime.runtime.supervisor`, the same one a single supervised Client uses),
under the pool's :class:`~codex_runtime.RestartPolicy`. Back-pressure: each member has ``max_turns_per_member``
turn slots; a turn waits at most ``acquire_timeout`` for one, then fails with :class:`PoolBusyError` (nothing
sent). Failover: a lost member's in-flight turns fail with :class:`MemberLostError`, and each of its sessions is
resumed from CODEX_HOME, same thread id, on the restarted app-server (or, when the member gave up, on another
member at its next call).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

from codex_runtime.api.profiles import ClientConfig, PromptRunParams, RunProfile, SessionConfig
from codex_runtime.api.results import PromptRunResult
from codex_runtime.api.session import Session
from codex_runtime.errors import InvalidArgumentError, TransportError
from codex_runtime.pool.errors import MemberLostError, PoolClosedError
from codex_runtime.pool.member import PoolMember
from codex_runtime.pool.placement import Placement
from codex_runtime.pool.session import PoolSession
from codex_runtime.pool.settings import member_configs_for, pool_restart_policy
from codex_runtime.runtime.restart import RestartPolicy


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
        start_timeout: deadline for starting (or restarting) one member, and for waiting on a restart.
        restart: restart members that die or hang (False: they stay failed and their sessions move or fail). The
            policy is ``config.restart`` when set, else ``RestartPolicy(start_timeout=start_timeout)``.
        max_restarts: cap on restarts per member over the pool's life (None: the policy's own limit).

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
        if max_turns_per_member < 1:
            raise InvalidArgumentError("max_turns_per_member must be >= 1")
        if acquire_timeout <= 0 or start_timeout <= 0:
            raise InvalidArgumentError("acquire_timeout and start_timeout must be positive")
        self._policy = pool_restart_policy(self.config, restart, max_restarts, start_timeout)
        member_configs = member_configs_for(self.config.replace(restart=self._policy), size, endpoints, codex_homes)
        if shared_codex_home is None:
            homes = {c.process_env.get("CODEX_HOME") for c in member_configs}
            shared_codex_home = endpoints is None and len(homes) == 1
        self.max_turns_per_member = max_turns_per_member
        self._local = endpoints is None
        members = [
            PoolMember(i, member_config, max_turns=max_turns_per_member, on_change=self._member_changed)
            for i, member_config in enumerate(member_configs)
        ]
        self._placement = Placement(
            members, shared_codex_home=shared_codex_home, start_timeout=start_timeout, acquire_timeout=acquire_timeout
        )
        self._start_task: asyncio.Task[None] | None = None
        self._shutdown_task: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        alive = sum(m.is_alive for m in self.members)
        return f"<RuntimePool size={self.size} alive={alive} closed={self.is_closed}>"

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def is_closed(self) -> bool:
        """True once :meth:`shutdown` began."""
        return self._placement.closing

    @property
    def members(self) -> tuple[PoolMember, ...]:
        """The members, by index (level 6: ``member.client.runtime`` for events, state and metrics)."""
        return self._placement.members

    @property
    def shared_codex_home(self) -> bool:
        """Whether all members see one CODEX_HOME (a lost member's session may then move to another member)."""
        return self._placement.shared_codex_home

    @property
    def acquire_timeout(self) -> float:
        """How long a turn waits for a turn slot (settable; applies to the next turn)."""
        return self._placement.acquire_timeout

    @acquire_timeout.setter
    def acquire_timeout(self, value: float) -> None:
        self._placement.acquire_timeout = value

    @property
    def start_timeout(self) -> float:
        return self._placement.start_timeout

    @property
    def restart(self) -> bool:
        """Whether lost members are restarted."""
        return self._policy is not None

    @property
    def max_restarts(self) -> int | None:
        """Restarts allowed per member within the policy's window (None: restart is off)."""
        return self._policy.max_restarts if self._policy is not None else None

    @property
    def restart_policy(self) -> RestartPolicy | None:
        """The policy each member's client restarts its app-server under (None: off)."""
        return self._policy

    def stats(self) -> list[dict[str, Any]]:
        """One JSON-serializable dict per member: ``index``, ``endpoint``, ``pid``, ``codex_home``, ``state``,
        ``alive``, ``generation``, ``sessions``, ``active_turns``, ``waiting_turns``, ``turns_completed``,
        ``turns_failed``, ``restarts``, ``last_error``."""
        return [member.stats() for member in self.members]

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
        if self.is_closed:
            raise PoolClosedError()
        if self._start_task is None:
            self._start_task = asyncio.get_running_loop().create_task(self._start())
        await asyncio.shield(self._start_task)

    async def _start(self) -> None:
        members = list(self.members)
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
        self._placement.started = True
        self._placement.notify_changed()

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
        self._placement.closing = True
        if self._shutdown_task is None:
            self._shutdown_task = asyncio.get_running_loop().create_task(self._shutdown())
        await asyncio.shield(self._shutdown_task)

    async def _shutdown(self) -> None:
        await asyncio.gather(*(member.stop() for member in self.members), return_exceptions=True)
        self._placement.notify_changed()

    def _member_changed(self, member: PoolMember) -> None:
        if not self._placement.closing:
            self._placement.notify_changed()

    # --- sessions ----------------------------------------------------------------------------------------------

    async def _open(self, config: SessionConfig, thread_id: str | None) -> PoolSession:
        member = await self._placement.live_member(self.start_timeout)
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
            if client.runtime.is_closed and not self.is_closed:
                raise MemberLostError(member.index, exc, thread_id=thread_id) from exc
            raise
        except BaseException:
            member.sessions -= 1
            raise
        return PoolSession(self._placement, member, session, resumed=thread_id is not None)

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


__all__ = ["RuntimePool"]
