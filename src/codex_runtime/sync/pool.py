"""Blocking twin of :mod:`codex_runtime.pool`: the pool lives on the portal loop, these twins block.

from codex_runtime.sync.pool import RuntimePool
with RuntimePool(ClientConfig(), size=4) as pool:
    session = pool.start_session(SessionConfig(cwd="/repo"))
    print(session.ask("What does this project do?").assistant_text)
"""

from __future__ import annotations

from typing import Any

from codex_runtime import pool as _pool
from codex_runtime.pool import errors as _errors
from codex_runtime.pool.errors import MemberLostError as MemberLostError
from codex_runtime.pool.errors import PoolBusyError as PoolBusyError
from codex_runtime.pool.errors import PoolClosedError as PoolClosedError
from codex_runtime.pool.errors import PoolError as PoolError
from codex_runtime.pool.errors import PoolUnavailableError as PoolUnavailableError
from codex_runtime.pool.errors import SessionFailoverError as SessionFailoverError
from codex_runtime.runtime.restart import RestartPolicy
from codex_runtime.sync._twin import Attribute, Owner, forward, init_like, method
from codex_runtime.sync._twins import PromptRunStream, SessionBase

__all__ = ["PoolPromptRunStream", "PoolSession", "RuntimePool"]
__all__ += _errors.__all__  # the twins raise the pool's own errors: whatever codex_runtime.pool.errors exports


PoolPromptRunStream = PromptRunStream
"""Blocking twin of :class:`codex_runtime.pool.PoolPromptRunStream` (the same blocking stream API)."""


class PoolSession(SessionBase[_pool.PoolSession]):
    """Blocking twin of :class:`codex_runtime.pool.PoolSession`: what a pool's session can do (asking, the thread
    helpers; not ``review``, ``delete`` or ``detach``, which it does not have), plus where it runs."""

    def __repr__(self) -> str:
        return repr(self._wrapped)

    member_index = Attribute[int]()
    resumes = Attribute[int]()


class RuntimePool(Owner[_pool.RuntimePool]):
    """Blocking twin of :class:`codex_runtime.pool.RuntimePool`: ``with RuntimePool(config, size=4) as pool: ...``
    (the same arguments)."""

    @init_like(_pool.RuntimePool)
    def __init__(self, *args: Any, **kwargs: Any) -> None: ...

    start = method(_pool.RuntimePool.start)
    start_session = method(_pool.RuntimePool.start_session, PoolSession.of)
    resume_session = method(_pool.RuntimePool.resume_session, PoolSession.of)
    run = method(_pool.RuntimePool.run)
    run_with = method(_pool.RuntimePool.run_with)
    run_with_profile = method(_pool.RuntimePool.run_with_profile)
    stats = forward(_pool.RuntimePool.stats)

    def __repr__(self) -> str:
        return repr(self._wrapped)

    size = Attribute[int]()
    is_closed = Attribute[bool]()
    restart_policy = Attribute[RestartPolicy | None]()

    @property
    def pool(self) -> _pool.RuntimePool:
        """The async pool (its coroutines run on the portal loop)."""
        return self._wrapped

    members = Attribute[tuple[Any, ...]]()
