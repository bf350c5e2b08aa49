"""The restart policy of a supervised app-server, and the pure bookkeeping that applies it.

Plain sync code (no I/O): :class:`RestartPolicy` is the user's setting, :class:`RestartBudget` counts attempts in
the sliding window and says how long to wait before the next one, or that the supervisor must give up.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from dataclasses import dataclass
from typing import Any

from codex_runtime.errors import InvalidArgumentError


@dataclass(frozen=True, kw_only=True)
class RestartPolicy:
    """How a supervised client restarts a lost app-server (``ClientConfig(restart=RestartPolicy())``).

    When the app-server dies (or hangs: see ``heartbeat_*``) the client starts a new one, initializes it and
    resumes every open session's thread on it; only the turns in flight fail, with
    :class:`~codex_runtime.AppServerRestartedError`. The first restart after a quiet ``window`` starts at once;
    each further one within the window waits ``backoff`` seconds, doubled per attempt, at most ``max_backoff``.
    Past ``max_restarts`` attempts within ``window`` the client gives up: every later call raises
    :class:`~codex_runtime.RestartPolicyExhaustedError`.

    Attributes:
        max_restarts: restart attempts allowed within ``window`` (a failed attempt counts too).
        backoff: seconds before the second attempt within the window; doubled for each further one.
        max_backoff: cap on that wait.
        window: seconds over which attempts are counted (None: the client's whole life).
        start_timeout: deadline for one attempt (start the process, ``initialize``, resume the sessions).
        heartbeat_interval: seconds between liveness probes (a cheap request) while the server is up; None: no
            probes (a hung server is then only noticed by a turn's own deadline).
        heartbeat_timeout: a probe unanswered this long means the server hangs: it is killed and restarted.
    """

    max_restarts: int = 5
    backoff: float = 0.5
    max_backoff: float = 30.0
    window: float | None = 300.0
    start_timeout: float = 60.0
    heartbeat_interval: float | None = 10.0
    heartbeat_timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.max_restarts < 0:
            raise InvalidArgumentError("RestartPolicy.max_restarts must be >= 0")
        if self.backoff < 0 or self.max_backoff < 0:
            raise InvalidArgumentError("RestartPolicy.backoff and max_backoff must be >= 0")
        positive = {"start_timeout": self.start_timeout, "heartbeat_timeout": self.heartbeat_timeout}
        if self.window is not None:
            positive["window"] = self.window
        if self.heartbeat_interval is not None:
            positive["heartbeat_interval"] = self.heartbeat_interval
        bad = sorted(name for name, value in positive.items() if not value > 0)
        if bad:
            raise InvalidArgumentError(f"RestartPolicy.{', '.join(bad)} must be positive")

    def replace(self, **changes: object) -> RestartPolicy:
        fields: dict[str, Any] = dict(changes)  # checked by the dataclass at run time
        return dataclasses.replace(self, **fields)


class RestartBudget:
    """The attempts made under one policy (monotonic timestamps, only those inside the window are kept)."""

    def __init__(self, policy: RestartPolicy) -> None:
        self.policy = policy
        self._attempts: deque[float] = deque()

    def _forget_old(self, now: float) -> None:
        window = self.policy.window
        while window is not None and self._attempts and self._attempts[0] <= now - window:
            self._attempts.popleft()

    def recent(self, now: float) -> int:
        """Attempts within the window ending at ``now``."""
        self._forget_old(now)
        return len(self._attempts)

    def exhausted(self, now: float) -> bool:
        """True when the policy allows no further attempt at ``now``."""
        return self.recent(now) >= self.policy.max_restarts

    def delay(self, now: float) -> float:
        """Seconds to wait before the next attempt: none for the first in the window, then exponential backoff."""
        recent = self.recent(now)
        if recent == 0:
            return 0.0
        return float(min(self.policy.backoff * 2 ** (recent - 1), self.policy.max_backoff))

    def record(self, now: float) -> None:
        """An attempt starts at ``now``."""
        self._forget_old(now)
        self._attempts.append(now)


__all__ = ["RestartBudget", "RestartPolicy"]
