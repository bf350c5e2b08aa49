"""What a run asks for: :class:`RunProfile`, :class:`SessionConfig`, :class:`PromptRunParams` (and, re-exported,
the runtime's :class:`ClientConfig`).

All immutable; ``with_*``/``replace`` return copies. Defaults come from :mod:`codex_runtime._defaults` only.
The privileged-escalation rule lives here too, so it is checked before any request is built.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Self

from codex_runtime import _defaults
from codex_runtime.api.attachments import Attachment, AttachmentLike, as_attachment
from codex_runtime.api.output_schema import OutputSchema
from codex_runtime.errors import PrivilegedEscalationError
from codex_runtime.runtime.config import ClientConfig

SandboxMode = Literal["read-only", "workspace-write", "danger-full-access"]
ApprovalPolicy = str
"""``"never"``, ``"on-request"``, ``"untrusted"`` (or a granular policy dict passed through as-is)."""
Sandbox = SandboxMode | Mapping[str, Any]
"""A sandbox mode string, or a turn/start ``sandboxPolicy`` object (e.g. ``{"type": "workspaceWrite", ...}``)."""

_MODE_TO_POLICY_TYPE = {
    "read-only": "readOnly",
    "workspace-write": "workspaceWrite",
    "danger-full-access": "dangerFullAccess",
}
_POLICY_TYPE_TO_MODE = {v: k for k, v in _MODE_TO_POLICY_TYPE.items()}


def sandbox_mode(sandbox: Sandbox) -> str:
    """The thread/start ``sandbox`` mode for a mode string or a policy object."""
    if isinstance(sandbox, str):
        if sandbox not in _MODE_TO_POLICY_TYPE:
            raise ValueError(f"unknown sandbox mode {sandbox!r}; use one of {sorted(_MODE_TO_POLICY_TYPE)}")
        return sandbox
    kind = str(sandbox.get("type", ""))
    return _POLICY_TYPE_TO_MODE.get(kind, "danger-full-access")  # unknown kinds are treated as the widest


def sandbox_policy(sandbox: Sandbox, writable_roots: Sequence[str] = ()) -> dict[str, Any]:
    """The turn/start ``sandboxPolicy`` object for a mode string or a policy object (passed through)."""
    if not isinstance(sandbox, str):
        return dict(sandbox)
    policy: dict[str, Any] = {"type": _MODE_TO_POLICY_TYPE[sandbox_mode(sandbox)]}
    if sandbox == "workspace-write" and writable_roots:
        policy["writableRoots"] = list(writable_roots)
    return policy


@dataclass(frozen=True, kw_only=True)
class RunProfile:
    """How a turn runs. Every field has the safe default; see ``codex_runtime._defaults``.

    ``timeout`` is absolute, counted from turn/start; ``inactivity_timeout`` (optional) fires when no event of the
    turn arrives for that long. ``hooks`` is a :class:`~codex_runtime.Hooks`; ``approval_handler`` answers this
    run's server requests first.
    """

    model: str | None = None
    effort: str = _defaults.REASONING_EFFORT
    approval_policy: ApprovalPolicy | Mapping[str, Any] = _defaults.APPROVAL_POLICY
    sandbox: Sandbox = _defaults.SANDBOX
    allow_privileged_escalation: bool = _defaults.ALLOW_PRIVILEGED_ESCALATION
    writable_roots: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    timeout: float = _defaults.TURN_TIMEOUT
    inactivity_timeout: float | None = None
    output_schema: OutputSchema | None = None
    hooks: Any = None
    approval_handler: Any = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "attachments", tuple(as_attachment(a) for a in self.attachments))
        object.__setattr__(self, "writable_roots", tuple(os.fspath(r) for r in self.writable_roots))
        sandbox_mode(self.sandbox)  # fail early on a typo
        if self.timeout <= 0:
            raise ValueError("timeout must be positive")
        if self.inactivity_timeout is not None and self.inactivity_timeout <= 0:
            raise ValueError("inactivity_timeout must be positive")
        if not str(self.effort).strip():
            raise ValueError("effort must not be blank")

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)

    def with_model(self, model: str | None) -> Self:
        return self.replace(model=model)

    def with_effort(self, effort: str) -> Self:
        return self.replace(effort=effort)

    def with_timeout(self, timeout: float) -> Self:
        return self.replace(timeout=timeout)

    def with_sandbox(self, sandbox: Sandbox, *, allow_privileged_escalation: bool | None = None) -> Self:
        allow = self.allow_privileged_escalation if allow_privileged_escalation is None else allow_privileged_escalation
        return self.replace(sandbox=sandbox, allow_privileged_escalation=allow)

    def with_approval_policy(self, policy: ApprovalPolicy) -> Self:
        return self.replace(approval_policy=policy)

    def with_attachments(self, *attachments: AttachmentLike) -> Self:
        return self.replace(attachments=self.attachments + tuple(as_attachment(a) for a in attachments))

    def with_output_schema(self, schema: OutputSchema | None) -> Self:
        return self.replace(output_schema=schema)

    def with_hooks(self, hooks: Any) -> Self:
        return self.replace(hooks=hooks)

    def with_approval_handler(self, handler: Any) -> Self:
        return self.replace(approval_handler=handler)

    def profile_fields(self) -> dict[str, Any]:
        """The RunProfile fields of this object (also for subclasses), as keyword arguments."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(RunProfile)}


@dataclass(frozen=True, kw_only=True)
class SessionConfig(RunProfile):
    """A session's defaults: the RunProfile fields plus its working directory (made absolute)."""

    cwd: str
    tools: tuple[Any, ...] = ()
    """Client-provided tools (:func:`codex_runtime.tool`), declared on thread/start (needs experimental_api)."""

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "tools", tuple(self.tools))
        if not str(self.cwd).strip():
            raise ValueError("cwd must not be blank")
        object.__setattr__(self, "cwd", os.path.abspath(os.fspath(self.cwd)))

    def profile(self) -> RunProfile:
        return RunProfile(**self.profile_fields())

    @classmethod
    def from_profile(cls, cwd: str | os.PathLike[str], profile: RunProfile) -> SessionConfig:
        return cls(cwd=os.fspath(cwd), **profile.profile_fields())


@dataclass(frozen=True, kw_only=True)
class PromptRunParams(RunProfile):
    """One prompt run: the RunProfile fields plus ``cwd`` and ``prompt``."""

    cwd: str
    prompt: str

    def __post_init__(self) -> None:
        super().__post_init__()
        object.__setattr__(self, "cwd", os.path.abspath(os.fspath(self.cwd)) if str(self.cwd).strip() else "")

    def profile(self) -> RunProfile:
        return RunProfile(**self.profile_fields())

    @classmethod
    def from_profile(cls, cwd: str | os.PathLike[str], prompt: str, profile: RunProfile) -> PromptRunParams:
        return cls(cwd=os.fspath(cwd), prompt=prompt, **profile.profile_fields())


def check_privileged_escalation(profile: RunProfile, cwd: str | None) -> None:
    """Any sandbox wider than read-only needs the opt-in flag, an approval policy other than never, and an
    explicit scope (a non-blank cwd or writable roots).

    Raises:
        PrivilegedEscalationError: one of the three is missing; names which.
    """
    if sandbox_mode(profile.sandbox) == "read-only":
        return
    missing = []
    if not profile.allow_privileged_escalation:
        missing.append("allow_privileged_escalation=True")
    if profile.approval_policy == "never":
        missing.append('an approval policy other than "never"')
    if not (cwd and cwd.strip()) and not profile.writable_roots:
        missing.append("an explicit scope (cwd or writable_roots)")
    if missing:
        raise PrivilegedEscalationError(
            f"sandbox {sandbox_mode(profile.sandbox)!r} needs " + ", ".join(missing) + "; nothing was sent"
        )


__all__ = [
    "ApprovalPolicy",
    "ClientConfig",
    "PromptRunParams",
    "RunProfile",
    "Sandbox",
    "SandboxMode",
    "SessionConfig",
    "check_privileged_escalation",
    "sandbox_mode",
    "sandbox_policy",
]
