"""The thread and turn options a user sets every day (``developer_instructions``, ``personality``, ``service_tier``
...): which request carries each, and the options a turn on an existing thread cannot change. They are
:class:`~codex_runtime.RunProfile` fields, typed from the 0.163.0 schema there (``tests/api/test_thread_options.py``
keeps the Literals equal to the generated enums) and checked when the profile is built. Each option is sent only
when set (None means "not sent": the server's, or the config's, value holds).

| option                                                                  | thread/start | thread/resume | turn/start |
|-------------------------------------------------------------------------|--------------|---------------|------------|
| ``developer_instructions``, ``base_instructions``, ``model_provider``   | yes          | yes           | no         |
| ``thread_config`` (sent as ``config``)                                  | yes          | yes           | no         |
| ``mcp_servers`` (sent as ``config.mcp_servers``)                        | yes          | yes           | no         |
| ``user_input`` (a ``config.features`` flag, see :class:`RunProfile`)    | yes          | yes           | no         |
| ``ephemeral`` (no rollout is written: the thread cannot be resumed)     | yes          | no            | no         |
| ``personality``, ``service_tier``, ``approvals_reviewer``               | yes          | yes           | yes        |
| ``summary`` (the reasoning summary)                                     | no           | no            | yes        |

Verbosity has no request field in 0.163.0: use ``thread_config={"model_verbosity": "low"}``.

Widening rules (the safe defaults never widen quietly): an ``approvals_reviewer`` other than ``"user"`` routes
approval requests to a model instead of your handler, and ``thread_config`` keys other than the model-behaviour ones
below can change the sandbox, the approvals or what codex runs; both need ``allow_privileged_escalation=True``
(checked with the other escalation rules: :func:`codex_runtime.api.guards.check_thread_options`).
"""

from __future__ import annotations

from typing import Any, Final

from codex_runtime.api.mcp_servers import mcp_servers_config
from codex_runtime.api.profiles import RunProfile
from codex_runtime.errors import InvalidArgumentError

THREAD_ONLY_OPTIONS: Final = (
    "developer_instructions",
    "base_instructions",
    "model_provider",
    "thread_config",
    "mcp_servers",
    "user_input",
    "ephemeral",
)
"""Options that shape a thread when it starts; a turn on an existing thread cannot change them."""


def check_turn_options(session: RunProfile, call: RunProfile) -> None:
    """A per-call profile on an existing thread cannot change what the thread started with.

    Raises:
        InvalidArgumentError: ``call`` sets a thread-only option to something other than the session's.
    """
    for name in THREAD_ONLY_OPTIONS:
        if name in call.given_fields and getattr(call, name) != getattr(session, name):
            raise InvalidArgumentError(
                f"{name} is fixed when a thread starts: set it on the SessionConfig, or run the prompt on a new "
                "thread (client.run_with_profile); nothing was sent"
            )


def thread_option_params(profile: RunProfile, *, resume: bool = False) -> dict[str, Any]:
    """The thread/start (or thread/resume) params of the options that are set."""
    # Any: a codex config value is whatever its TOML key takes.
    config: dict[str, Any] | None = dict(profile.thread_config) if profile.thread_config is not None else None
    if profile.mcp_servers:
        config = {**(config or {}), "mcp_servers": mcp_servers_config(profile.mcp_servers)}
    if profile.user_input is not None:
        # codex 0.163.0 offers request_user_input only in Plan mode unless this feature is on (measured).
        features = dict((config or {}).get("features") or {})
        features["default_mode_request_user_input"] = profile.user_input
        config = {**(config or {}), "features": features}
    values: dict[str, Any] = {
        "developerInstructions": profile.developer_instructions,
        "baseInstructions": profile.base_instructions,
        "modelProvider": profile.model_provider,
        "config": config,
        "personality": profile.personality,
        "serviceTier": profile.service_tier,
        "approvalsReviewer": profile.approvals_reviewer,
    }
    if not resume:
        values["ephemeral"] = profile.ephemeral
    return {key: value for key, value in values.items() if value is not None}


def turn_option_params(profile: RunProfile) -> dict[str, Any]:
    """The turn/start params of the options that are set."""
    values = {
        "personality": profile.personality,
        "serviceTier": profile.service_tier,
        "approvalsReviewer": profile.approvals_reviewer,
        "summary": profile.summary,
    }
    return {key: value for key, value in values.items() if value is not None}


__all__ = ["THREAD_ONLY_OPTIONS", "check_turn_options", "thread_option_params", "turn_option_params"]
