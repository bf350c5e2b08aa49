"""The thread and turn options a user sets every day (``developer_instructions``, ``personality``, ``service_tier``
...): their types, which request carries each, and the checks that run before anything is sent.

Typed from the 0.163.0 schema (``tests/api/test_thread_options.py`` keeps the Literals equal to the generated
enums). Each option is sent only when set (None means "not sent": the server's, or the config's, value holds).

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
below can change the sandbox, the approvals or what codex runs; both need ``allow_privileged_escalation=True``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal, Protocol, get_args

from codex_runtime.api.mcp_servers import McpServer, mcp_servers_config, validate_mcp_servers
from codex_runtime.errors import InvalidArgumentError, PrivilegedEscalationError

Personality = Literal["none", "friendly", "pragmatic"]
"""Deprecated by the server: 0.163.0 sends the model the same request for every value."""
ApprovalsReviewer = Literal["user", "auto_review", "guardian_subagent"]
ReasoningSummary = Literal["auto", "concise", "detailed", "none"]


class ThreadOptionFields(Protocol):
    """What this module reads of a :class:`~codex_runtime.RunProfile` (a Protocol: ``profiles`` imports this module,
    so importing ``profiles`` here would be a cycle)."""

    @property
    def allow_privileged_escalation(self) -> bool: ...
    @property
    def given_fields(self) -> frozenset[str]: ...
    @property
    def developer_instructions(self) -> str | None: ...
    @property
    def base_instructions(self) -> str | None: ...
    @property
    def personality(self) -> Personality | None: ...
    @property
    def service_tier(self) -> str | None: ...
    @property
    def ephemeral(self) -> bool | None: ...
    @property
    def approvals_reviewer(self) -> ApprovalsReviewer | None: ...
    @property
    def model_provider(self) -> str | None: ...
    @property
    def thread_config(self) -> Mapping[str, Any] | None: ...
    @property
    def mcp_servers(self) -> Mapping[str, McpServer] | None: ...
    @property
    def user_input(self) -> bool | None: ...
    @property
    def summary(self) -> ReasoningSummary | None: ...


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

SAFE_THREAD_CONFIG_KEYS: Final = frozenset(
    {
        "model_verbosity",
        "model_reasoning_summary",
        "model_reasoning_effort",
        "model_context_window",
        "model_auto_compact_token_limit",
        "hide_agent_reasoning",
        "show_raw_agent_reasoning",
        "tool_output_token_limit",
        "project_doc_max_bytes",
        "compact_prompt",
    }
)
"""``thread_config`` keys that only change how the model answers; any other key needs the escalation opt-in."""

_TEXT_OPTIONS: Final = ("developer_instructions", "base_instructions", "service_tier", "model_provider")
_CHOICES: Final[dict[str, tuple[str, ...]]] = {
    "personality": get_args(Personality),
    "approvals_reviewer": get_args(ApprovalsReviewer),
    "summary": get_args(ReasoningSummary),
}


def validate_thread_options(profile: ThreadOptionFields) -> None:
    """Types and values, checked when the profile is built.

    Raises:
        InvalidArgumentError: a value of the wrong type, an unknown choice, or a ``thread_config`` that is not a
            mapping with string keys.
    """
    for name in _TEXT_OPTIONS:
        value = getattr(profile, name)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise InvalidArgumentError(f"{name} must be a non-blank string or None, not {value!r}")
    for name, choices in _CHOICES.items():
        value = getattr(profile, name)
        if value is not None and value not in choices:
            raise InvalidArgumentError(f"{name} must be one of {list(choices)} or None, not {value!r}")
    for name in ("ephemeral", "user_input"):
        value = getattr(profile, name)
        if value is not None and not isinstance(value, bool):
            raise InvalidArgumentError(f"{name} must be True, False or None, not {value!r}")
    config = profile.thread_config
    if config is not None and (not isinstance(config, Mapping) or not all(isinstance(k, str) for k in config)):
        raise InvalidArgumentError(f"thread_config must be a mapping of codex config keys, not {config!r}")
    validate_mcp_servers(profile.mcp_servers)
    if profile.mcp_servers and config is not None and "mcp_servers" in config:
        raise InvalidArgumentError("set MCP servers either in mcp_servers or in thread_config['mcp_servers'], not both")


def check_thread_options(profile: ThreadOptionFields) -> None:
    """The widening rules of the module docstring.

    Raises:
        PrivilegedEscalationError: an option that widens what codex may do, without the opt-in; nothing is sent.
    """
    if profile.allow_privileged_escalation:
        return
    problems = []
    if profile.approvals_reviewer not in (None, "user"):
        problems.append(f"approvals_reviewer={profile.approvals_reviewer!r} lets a model answer approval requests")
    risky = sorted(set(profile.thread_config or {}) - SAFE_THREAD_CONFIG_KEYS)
    if risky:
        problems.append(f"thread_config keys {risky} can change the sandbox, the approvals or what codex runs")
    if problems:
        raise PrivilegedEscalationError(
            "; ".join(problems) + "; set allow_privileged_escalation=True to send them (nothing was sent)"
        )


def check_turn_options(session: ThreadOptionFields, call: ThreadOptionFields) -> None:
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


def thread_option_params(profile: ThreadOptionFields, *, resume: bool = False) -> dict[str, Any]:
    """The thread/start (or thread/resume) params of the options that are set."""
    config = dict(profile.thread_config) if profile.thread_config is not None else None
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


def turn_option_params(profile: ThreadOptionFields) -> dict[str, Any]:
    """The turn/start params of the options that are set."""
    values = {
        "personality": profile.personality,
        "serviceTier": profile.service_tier,
        "approvalsReviewer": profile.approvals_reviewer,
        "summary": profile.summary,
    }
    return {key: value for key, value in values.items() if value is not None}


__all__ = [
    "SAFE_THREAD_CONFIG_KEYS",
    "THREAD_ONLY_OPTIONS",
    "ApprovalsReviewer",
    "Personality",
    "ReasoningSummary",
    "check_thread_options",
    "check_turn_options",
    "thread_option_params",
    "turn_option_params",
    "validate_thread_options",
]
