"""The web adapter's limits and policies in one immutable object: :class:`WebSettings`."""

from __future__ import annotations

import os
from dataclasses import dataclass

from codex_runtime import _defaults
from codex_runtime.errors import InvalidArgumentError
from codex_runtime.protocol import ApprovalPolicyValue

APPROVAL_POLICIES: tuple[ApprovalPolicyValue, ...] = ("never", "untrusted", "on-request")
SANDBOXES = ("read-only", "workspace-write")


@dataclass(frozen=True, kw_only=True)
class WebSettings:
    """Bounds and policies of a web app. Every buffer and table the adapter keeps has its cap here.

    ``workspace_root`` is where session working directories live (a session's ``cwd`` is resolved inside it and may
    not escape it); None means the process's working directory when the app is created. ``allowed_sandboxes``
    lists what a tenant may ask for; anything wider than ``read-only`` is sent with privileged escalation allowed
    and therefore also needs an approval policy other than ``never``.
    """

    workspace_root: str | None = None
    max_sessions_per_tenant: int = 8
    """Open sessions per tenant; one more is refused with 429."""
    max_closed_sessions_per_tenant: int = 8
    """Closed sessions kept for inspection per tenant (oldest forgotten first)."""
    max_turns_kept: int = 32
    """Turn records kept per session (oldest finished ones forgotten first)."""
    replay_buffer_size: int = 2048
    """Events kept per session for Last-Event-ID resume (oldest dropped first; pending approvals are kept)."""
    max_pending_approvals: int = 16
    """Approvals waiting per session; a request beyond this is declined at once (fail closed)."""
    max_subscribers_per_session: int = 4
    """Concurrent event streams per session; one more is refused with 429."""
    max_prompt_chars: int = 100_000
    max_body_bytes: int = 1024 * 1024
    max_event_string_chars: int = 64 * 1024
    """Longer strings inside an event (command output, item text) are clipped, with a marker."""
    keepalive_interval: float = 15.0
    """Seconds between SSE comment lines on an idle stream (keeps proxies from closing it)."""
    close_turn_grace: float = 5.0
    """Seconds close waits for an interrupted turn to end before archiving anyway."""
    max_turn_timeout: float = 3600.0
    allowed_approval_policies: tuple[str, ...] = APPROVAL_POLICIES
    allowed_sandboxes: tuple[str, ...] = ("read-only",)
    default_turn_timeout: float = _defaults.TURN_TIMEOUT

    def __post_init__(self) -> None:
        counts = {
            "max_sessions_per_tenant": self.max_sessions_per_tenant,
            "max_turns_kept": self.max_turns_kept,
            "replay_buffer_size": self.replay_buffer_size,
            "max_pending_approvals": self.max_pending_approvals,
            "max_subscribers_per_session": self.max_subscribers_per_session,
            "max_prompt_chars": self.max_prompt_chars,
            "max_body_bytes": self.max_body_bytes,
            "max_event_string_chars": self.max_event_string_chars,
        }
        for name, value in counts.items():
            if value < 1:
                raise InvalidArgumentError(f"{name} must be at least 1")
        if self.max_closed_sessions_per_tenant < 0:
            raise InvalidArgumentError("max_closed_sessions_per_tenant must not be negative")
        if self.replay_buffer_size < 2 * self.max_pending_approvals + 16:
            # pending approval events are kept in the buffer: leave room for the rest of the traffic
            raise InvalidArgumentError("replay_buffer_size must be at least 2 * max_pending_approvals + 16")
        timings = {
            "keepalive_interval": self.keepalive_interval,
            "close_turn_grace": self.close_turn_grace,
            "max_turn_timeout": self.max_turn_timeout,
            "default_turn_timeout": self.default_turn_timeout,
        }
        for label, seconds in timings.items():
            if seconds <= 0:
                raise InvalidArgumentError(f"{label} must be positive")
        unknown = set(self.allowed_approval_policies) - set(APPROVAL_POLICIES)
        if unknown or not self.allowed_approval_policies:
            raise InvalidArgumentError(f"allowed_approval_policies must be a non-empty subset of {APPROVAL_POLICIES}")
        if not set(self.allowed_sandboxes) <= set(SANDBOXES) or "read-only" not in self.allowed_sandboxes:
            raise InvalidArgumentError(f"allowed_sandboxes must include 'read-only' and be a subset of {SANDBOXES}")

    def resolved_root(self) -> str:
        """The absolute, symlink-free workspace root."""
        return os.path.realpath(self.workspace_root or os.getcwd())


__all__ = ["APPROVAL_POLICIES", "SANDBOXES", "WebSettings"]
