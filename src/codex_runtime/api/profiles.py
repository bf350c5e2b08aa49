"""What a run asks for: :class:`RunProfile`, :class:`SessionConfig`, :class:`PromptRunParams` (and, re-exported,
the runtime's :class:`ClientConfig`).

All immutable; ``with_*``/``replace`` return copies. Defaults come from :mod:`codex_runtime._defaults` only.
A profile remembers which fields its caller set (:attr:`RunProfile.given_fields`): a per-call profile overrides
only those (:meth:`RunProfile.merged_over`). The rules checked before sending live in :mod:`codex_runtime.api.guards`.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, Self, get_args

from codex_runtime import _defaults
from codex_runtime.api.attachments import Attachment, AttachmentLike, as_attachment
from codex_runtime.api.guards import (
    check_privileged_escalation,
    sandbox_mode,
    sandbox_policy,
    validate_approval_policy,
)
from codex_runtime.api.mcp_servers import McpServer, validate_mcp_servers
from codex_runtime.api.output_schema import OutputSchema
from codex_runtime.errors import InvalidArgumentError
from codex_runtime.protocol import ApprovalPolicyValue, SandboxModeValue
from codex_runtime.runtime.config import ClientConfig

if TYPE_CHECKING:
    from codex_runtime.api.tools import Tool
    from codex_runtime.runtime.handlers import Handler
    from codex_runtime.runtime.hooks import Hooks

SandboxMode = SandboxModeValue
"""``"read-only"``, ``"workspace-write"``, ``"danger-full-access"`` (the generated ``SandboxMode`` enum's values)."""
ApprovalPolicy = ApprovalPolicyValue
"""``"never"``, ``"on-request"``, ``"untrusted"`` (the generated ``AskForApprovalKind`` values); a profile also takes
a granular policy mapping, validated against the schema."""
Sandbox = SandboxMode | Mapping[str, object]
"""A sandbox mode string, or a turn/start ``sandboxPolicy`` object (e.g. ``{"type": "workspaceWrite", ...}``)."""
ReasoningEffort = Literal["none", "minimal", "low", "medium", "high", "xhigh"]
"""How hard the model thinks: the efforts the OpenAI models take (``model/list`` says which a model supports). The
pinned protocol's ``ReasoningEffort`` is any non-empty string a model advertises, and codex 0.163.0 passes any
value through to the model unchecked (measured), so this closed set is what catches a typo before it is sent."""
_EFFORTS: Final[tuple[ReasoningEffort, ...]] = get_args(ReasoningEffort)
Personality = Literal["none", "friendly", "pragmatic"]
"""Deprecated by the server: 0.163.0 sends the model the same request for every value."""
ApprovalsReviewer = Literal["user", "auto_review", "guardian_subagent"]
ReasoningSummary = Literal["auto", "concise", "detailed", "none"]


def reasoning_effort(value: object) -> ReasoningEffort:
    """``value`` as a :data:`ReasoningEffort`.

    Raises:
        InvalidArgumentError: it is not one of them (nothing is sent).
    """
    for effort in _EFFORTS:
        if effort == value:
            return effort
    raise InvalidArgumentError(f"effort must be one of {list(_EFFORTS)}, not {value!r}")


@dataclass(frozen=True, kw_only=True)
class RunProfile:
    """How a turn runs. Every field has the safe default; see ``codex_runtime._defaults``.

    ``timeout`` is absolute, counted from turn/start; ``inactivity_timeout`` (optional) fires when no event of the
    turn arrives for that long. ``hooks`` is a :class:`~codex_runtime.Hooks`; ``approval_handler`` answers this
    run's server requests first.

    Used per call (``ask_with_profile``, ``run_with_profile``), only the fields given to the constructor (or to
    ``replace``/``with_*``) override the session's: ``RunProfile(timeout=30)`` changes the timeout and nothing else.
    """

    _given: ClassVar[frozenset[str]] = frozenset()  # per instance, set in __new__: the caller's keyword names

    def __new__(cls, *args: Any, **kwargs: Any) -> Self:
        profile = super().__new__(cls)
        object.__setattr__(profile, "_given", frozenset(kwargs))
        return profile

    model: str | None = None
    effort: ReasoningEffort = _defaults.REASONING_EFFORT
    approval_policy: ApprovalPolicy | Mapping[str, object] = _defaults.APPROVAL_POLICY
    sandbox: Sandbox = _defaults.SANDBOX
    allow_privileged_escalation: bool = _defaults.ALLOW_PRIVILEGED_ESCALATION
    writable_roots: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    timeout: float = _defaults.TURN_TIMEOUT
    inactivity_timeout: float | None = None
    output_schema: OutputSchema | None = None
    hooks: Hooks | None = None
    approval_handler: Handler | None = None
    # Thread and turn options, sent only when set (see codex_runtime.api.thread_options for where each goes).
    developer_instructions: str | None = None
    """Extra instructions for the model on this thread (a developer message)."""
    base_instructions: str | None = None
    """Replaces the model's own base instructions on this thread."""
    personality: Personality | None = None
    service_tier: str | None = None
    """E.g. ``"flex"``; reaches the model request as ``service_tier``."""
    ephemeral: bool | None = None
    """True: the thread writes no rollout, so it cannot be resumed (thread/start only)."""
    approvals_reviewer: ApprovalsReviewer | None = None
    """Who reviews approval requests; anything but ``"user"`` needs ``allow_privileged_escalation=True``."""
    model_provider: str | None = None
    """A provider id of the codex config (e.g. ``"openai"``)."""
    thread_config: Mapping[str, object] | None = None
    """Codex config keys for this thread only (e.g. ``{"model_verbosity": "low"}``); keys beyond the model-behaviour
    ones need ``allow_privileged_escalation=True``."""
    mcp_servers: Mapping[str, McpServer] | None = None
    """MCP servers this thread starts, by name (sent in the thread's config; see :class:`McpServer`)."""
    user_input: bool | None = None
    """True: the model may ask the person questions (codex's ``request_user_input`` tool, otherwise offered only in
    Plan mode); the questions reach the ``user_input`` handler, which declines by default."""
    summary: ReasoningSummary | None = None
    """The reasoning summary the model is asked for (turn/start)."""

    def __post_init__(self) -> None:
        _validate_thread_options(self)
        object.__setattr__(self, "attachments", tuple(as_attachment(a) for a in self.attachments))
        object.__setattr__(self, "writable_roots", tuple(os.fspath(r) for r in self.writable_roots))
        sandbox_mode(self.sandbox)  # fail early on a typo or a policy object the schema does not know
        if not isinstance(self.approval_policy, str):
            validate_approval_policy(self.approval_policy)  # strings are checked before sending (lazy enum)
        if self.timeout <= 0:
            raise InvalidArgumentError("timeout must be positive")
        if self.inactivity_timeout is not None and self.inactivity_timeout <= 0:
            raise InvalidArgumentError("inactivity_timeout must be positive")
        reasoning_effort(self.effort)

    @property
    def given_fields(self) -> frozenset[str]:
        """The names of the fields the caller set (through the constructor, ``replace`` or ``with_*``)."""
        return self._given

    def replace(self, **changes: object) -> Self:
        """A copy with ``changes`` applied (they count as set by the caller)."""
        fields: dict[str, Any] = dict(changes)  # checked by the dataclass at run time
        copy = dataclasses.replace(self, **fields)
        object.__setattr__(copy, "_given", self._given | frozenset(changes))
        return copy

    def merged_over(self, base: RunProfile) -> RunProfile:
        """``base``'s RunProfile fields with this profile's given fields on top (no loosening check: see
        :func:`codex_runtime.api.guards.resolve_call_profile`)."""
        mine = self.profile_fields()
        return base.profile_as_run_profile().replace(**{name: mine[name] for name in self._given if name in mine})

    def with_model(self, model: str | None) -> Self:
        return self.replace(model=model)

    def with_effort(self, effort: ReasoningEffort) -> Self:
        return self.replace(effort=effort)

    def with_timeout(self, timeout: float) -> Self:
        return self.replace(timeout=timeout)

    def with_sandbox(self, sandbox: Sandbox, *, allow_privileged_escalation: bool | None = None) -> Self:
        if allow_privileged_escalation is None:
            return self.replace(sandbox=sandbox)
        return self.replace(sandbox=sandbox, allow_privileged_escalation=allow_privileged_escalation)

    def with_approval_policy(self, policy: ApprovalPolicy) -> Self:
        return self.replace(approval_policy=policy)

    def with_attachments(self, *attachments: AttachmentLike) -> Self:
        return self.replace(attachments=self.attachments + tuple(as_attachment(a) for a in attachments))

    def with_output_schema(self, schema: OutputSchema | None) -> Self:
        return self.replace(output_schema=schema)

    def with_hooks(self, hooks: Hooks | None) -> Self:
        return self.replace(hooks=hooks)

    def with_approval_handler(self, handler: Handler | None) -> Self:
        return self.replace(approval_handler=handler)

    def profile_fields(self) -> dict[str, object]:
        """The RunProfile fields of this object (also for subclasses), as keyword arguments."""
        return dict(self._profile_kwargs())

    def _profile_kwargs(self) -> dict[str, Any]:
        # Any: each value has its own field's type; the constructors check them at run time.
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(RunProfile)}

    def profile_as_run_profile(self) -> RunProfile:
        """The RunProfile fields of this object as a plain RunProfile (keeping which were given)."""
        profile = RunProfile(**self._profile_kwargs())
        object.__setattr__(profile, "_given", self._given & frozenset(profile.profile_fields()))
        return profile


_TEXT_OPTIONS: Final = ("developer_instructions", "base_instructions", "service_tier", "model_provider")
_CHOICES: Final[dict[str, tuple[str, ...]]] = {
    "personality": get_args(Personality),
    "approvals_reviewer": get_args(ApprovalsReviewer),
    "summary": get_args(ReasoningSummary),
}


def _validate_thread_options(profile: RunProfile) -> None:
    """The thread options' types and values, checked when the profile is built.

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


@dataclass(frozen=True, kw_only=True)
class SessionConfig(RunProfile):
    """A session's defaults: the RunProfile fields plus its working directory (made absolute)."""

    cwd: str
    tools: tuple[Tool[..., object], ...] = ()
    """Client-provided tools (:func:`codex_runtime.tool`), declared on thread/start (needs experimental_api)."""

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "tools", tuple(self.tools))
        if not str(self.cwd).strip():
            raise InvalidArgumentError("cwd must not be blank")
        object.__setattr__(self, "cwd", os.path.abspath(os.fspath(self.cwd)))

    def profile(self) -> RunProfile:
        return RunProfile(**self._profile_kwargs())

    @classmethod
    def from_profile(cls, cwd: str | os.PathLike[str], profile: RunProfile) -> SessionConfig:
        return cls(cwd=os.fspath(cwd), **profile._profile_kwargs())


@dataclass(frozen=True, kw_only=True)
class PromptRunParams(RunProfile):
    """One prompt run: the RunProfile fields plus ``cwd`` and ``prompt``."""

    cwd: str
    prompt: str

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "cwd", os.path.abspath(os.fspath(self.cwd)) if str(self.cwd).strip() else "")

    def profile(self) -> RunProfile:
        return RunProfile(**self._profile_kwargs())

    @classmethod
    def from_profile(cls, cwd: str | os.PathLike[str], prompt: str, profile: RunProfile) -> PromptRunParams:
        return cls(cwd=os.fspath(cwd), prompt=prompt, **profile._profile_kwargs())

    def with_prompt(self, prompt: str) -> Self:
        """A copy for another prompt. Nothing is validated again: only the prompt differs, and a prompt is
        checked where it is sent (a session's ``ask`` reuses its validated params this way)."""
        if type(prompt) is not str:
            raise InvalidArgumentError(f"prompt must be a str, not {type(prompt).__name__}")
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)  # every field and the caller's given names, as they are
        object.__setattr__(copy, "prompt", prompt)
        return copy


__all__ = [
    "ApprovalPolicy",
    "ApprovalsReviewer",
    "ClientConfig",
    "Personality",
    "PromptRunParams",
    "ReasoningEffort",
    "ReasoningSummary",
    "RunProfile",
    "Sandbox",
    "SandboxMode",
    "SessionConfig",
    "check_privileged_escalation",
    "reasoning_effort",
    "sandbox_mode",
    "sandbox_policy",
]
