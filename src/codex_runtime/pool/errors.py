"""The errors a :class:`~codex_runtime.pool.RuntimePool` adds to the tree (each under an existing branch)::

CodexRuntimeError
├── TransportError
│   └── ProcessExitedError
│       └── MemberLostError          the member running this call died; retry (the next call is re-placed)
└── PoolError                        the pool cannot serve the call as asked
    ├── PoolClosedError              the pool is not started, or shut down (also a UsageError)
    ├── PoolBusyError                no turn slot on the member within ``acquire_timeout`` (back-pressure)
    ├── PoolUnavailableError         no live member to place a new session on within the deadline
    └── SessionFailoverError         a lost member's session could not be resumed elsewhere
"""

from __future__ import annotations

from codex_runtime.errors import CodexRuntimeError, ProcessExitedError, TransportError, UsageError


class MemberLostError(ProcessExitedError):
    """The pool member (app-server) running this call died or its connection was lost mid-call.

    The call's outcome is unknown (a turn may have been cut short); it is safe to retry: the session is resumed
    from CODEX_HOME on a replacement member at its next call, with the same thread id. ``exit_code`` is None for
    a remote member whose connection dropped.

    Attributes:
        member_index: which member was lost.
        thread_id: the session's thread, when the call belonged to one.
        retryable: always True.
    """

    retryable = True
    member_index: int
    thread_id: str | None
    cause: TransportError

    def __init__(self, member_index: int, cause: TransportError, *, thread_id: str | None = None) -> None:
        exit_code = cause.exit_code if isinstance(cause, ProcessExitedError) else None
        stderr_tail = cause.stderr_tail if isinstance(cause, ProcessExitedError) else ""
        where = f" (thread {thread_id})" if thread_id else ""
        super().__init__(
            f"pool member {member_index} was lost during the call{where}: {type(cause).__name__}; "
            "retry it (the session moves to a replacement member)",
            exit_code=exit_code,
            stderr_tail=stderr_tail,
        )
        # ProcessExitedError's signature is fixed (no details of its own to pass up): set these here.
        self.member_index, self.thread_id, self.cause = member_index, thread_id, cause


class PoolError(CodexRuntimeError):
    """The pool cannot serve the call as asked."""


class PoolClosedError(PoolError, UsageError):
    """The pool is not started (use ``async with RuntimePool(...)``) or has been shut down."""

    def __init__(self, message: str = "the runtime pool is closed") -> None:
        super().__init__(message)


class PoolBusyError(PoolError):
    """Back-pressure: no turn slot on the session's member became free within ``acquire_timeout`` seconds.

    Attributes:
        member_index: the saturated member.
        timeout: how long the call waited.
    """

    retryable = True
    member_index: int
    timeout: float

    def __init__(self, member_index: int, timeout: float) -> None:
        message = f"pool member {member_index} had no free turn slot within {timeout:g}s"
        super().__init__(message, member_index=member_index, timeout=timeout)


class PoolUnavailableError(PoolError):
    """No member was alive to place a new session on within the deadline (all dead or restarting)."""


class SessionFailoverError(PoolError):
    """A session whose member was lost could not be resumed on another member.

    Happens when the member's replacement did not start within the deadline and the members do not share one
    CODEX_HOME (a thread can only be resumed where its rollout lives), or when ``thread/resume`` itself failed.

    Attributes:
        thread_id: the session's thread (still on disk in the lost member's CODEX_HOME).
    """

    thread_id: str
    reason: str

    def __init__(self, thread_id: str, reason: str) -> None:
        message = f"cannot resume thread {thread_id} on a live pool member: {reason}"
        super().__init__(message, thread_id=thread_id, reason=reason)


__all__ = [
    "MemberLostError",
    "PoolBusyError",
    "PoolClosedError",
    "PoolError",
    "PoolUnavailableError",
    "SessionFailoverError",
]
