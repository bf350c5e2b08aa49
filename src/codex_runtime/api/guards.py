"""The checks that run before anything is sent: policy values, privileged escalation, per-call loosening, and the
working directory. Pure logic over plain values (no I/O but ``os.stat`` of a cwd).

Rules (the README and the API contract state them the same way):

- A sandbox policy object must be one of the schema's ``SandboxPolicy`` variants with only that variant's keys;
  an approval policy one of the ``AskForApproval`` strings or a ``{"granular": {...}}`` object. Anything else is
  an :class:`~codex_runtime.errors.InvalidPolicyError`.
- Only the exact default sandbox (read-only, no network access, no other keys) skips the privileged-escalation
  check; every other mode or policy object needs all three opt-ins (see :func:`check_privileged_escalation`).
- A per-call profile may not make approvals less asking, nor the sandbox wider, than the session's, unless that
  profile itself sets ``allow_privileged_escalation=True`` (:func:`check_not_looser`).

"Asking" is ordered by the generated ``AskForApprovalKind``: ``never`` < ``on-request`` < ``untrusted`` (untrusted
asks before every command, on-request only when the model asks to leave the sandbox, never never asks). A granular
policy asks where on-request asks, except the kinds it turns off (those are auto-rejected, not run), so it ranks with
on-request; compared with another granular policy, every kind the session's asks about must still be asked about.
A sandbox counts as wider unless it is the session's own (same policy, same writable roots) or the exact default.
"""

from __future__ import annotations

import functools
import json
import os
import stat
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

from codex_runtime.errors import InvalidPolicyError, InvalidWorkspaceError, PrivilegedEscalationError

if TYPE_CHECKING:
    from codex_runtime.protocol import WireModel

MODE_TO_POLICY_TYPE = {
    "read-only": "readOnly",
    "workspace-write": "workspaceWrite",
    "danger-full-access": "dangerFullAccess",
}
DEFAULT_SANDBOX_POLICY: dict[str, Any] = {"type": "readOnly"}
"""The wire form of the default sandbox; ``networkAccess: false`` is the schema's default and means the same."""
_GRANULAR_KEYS = ("sandbox_approval", "rules", "mcp_elicitations", "request_permissions", "skill_approval")
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


# --- policy values -------------------------------------------------------------------------------------------------


def validate_sandbox_policy(policy: Mapping[str, Any]) -> dict[str, Any]:
    """A sandbox policy object checked against the generated ``SandboxPolicy`` variants, in its wire form.

    Raises:
        InvalidPolicyError: unknown ``type``, an unknown key, or a value of the wrong type.
    """
    from codex_runtime.protocol import types  # ~0.3 s of model building: only when a policy object is used

    variants: dict[str, type[WireModel]] = {
        "readOnly": types.ReadOnlySandboxPolicy,
        "workspaceWrite": types.WorkspaceWriteSandboxPolicy,
        "dangerFullAccess": types.DangerFullAccessSandboxPolicy,
        "externalSandbox": types.ExternalSandboxSandboxPolicy,
    }
    kind = policy.get("type")
    model = variants.get(kind) if isinstance(kind, str) else None
    if model is None:
        raise InvalidPolicyError(f"unknown sandbox policy type {kind!r}; use one of {sorted(variants)}")
    try:
        parsed = model.model_validate_json(json.dumps(dict(policy)), strict=True)  # JSON mode: enums by value
    except (TypeError, ValueError) as exc:  # pydantic's ValidationError is a ValueError; TypeError: not JSON
        raise InvalidPolicyError(f"invalid {kind} sandbox policy: {_first_error(exc)}") from None
    if parsed.model_extra:
        raise InvalidPolicyError(f"unknown keys {sorted(parsed.model_extra)} in a {kind} sandbox policy")
    wire: dict[str, Any] = parsed.model_dump(by_alias=True, exclude_unset=True, mode="json")
    return wire


def validate_approval_policy(policy: object) -> None:
    """Raises InvalidPolicyError unless ``policy`` is an ``AskForApproval`` string or granular object."""
    if isinstance(policy, str):
        _approval_rank(policy)
        return
    if not isinstance(policy, Mapping) or set(policy) != {"granular"} or not isinstance(policy["granular"], Mapping):
        raise InvalidPolicyError(f"an approval policy is a string or {{'granular': {{...}}}}, not {policy!r}")
    from codex_runtime.protocol import types

    try:
        parsed = types.GranularAskForApprovalPayload.model_validate_json(
            json.dumps(dict(policy["granular"])), strict=True
        )
    except (TypeError, ValueError) as exc:
        raise InvalidPolicyError(f"invalid granular approval policy: {_first_error(exc)}") from None
    if parsed.model_extra:
        raise InvalidPolicyError(f"unknown keys {sorted(parsed.model_extra)} in a granular approval policy")


def _first_error(exc: Exception) -> str:
    from pydantic import ValidationError  # imported by the validation that raised ``exc``

    if not isinstance(exc, ValidationError):
        return str(exc)
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "value"
    return f"{where}: {error['msg']}"


_POLICY_TYPE_TO_MODE = {v: k for k, v in MODE_TO_POLICY_TYPE.items()}


def sandbox_mode(sandbox: str | Mapping[str, Any]) -> str:
    """The thread/start ``sandbox`` mode for a mode string or a policy object.

    Raises:
        InvalidPolicyError: an unknown mode, or a policy object that does not fit the schema.
    """
    if isinstance(sandbox, str):
        if sandbox not in MODE_TO_POLICY_TYPE:
            raise InvalidPolicyError(f"unknown sandbox mode {sandbox!r}; use one of {sorted(MODE_TO_POLICY_TYPE)}")
        return sandbox
    kind = str(validate_sandbox_policy(sandbox)["type"])
    return _POLICY_TYPE_TO_MODE.get(kind, "danger-full-access")  # externalSandbox: codex itself confines nothing


def sandbox_policy(sandbox: str | Mapping[str, Any], writable_roots: Sequence[str] = ()) -> dict[str, Any]:
    """The turn/start ``sandboxPolicy`` object for a mode string or a policy object (validated, in wire form).

    Raises:
        InvalidPolicyError: as :func:`sandbox_mode`.
    """
    if not isinstance(sandbox, str):
        return validate_sandbox_policy(sandbox)
    policy: dict[str, Any] = {"type": MODE_TO_POLICY_TYPE[sandbox_mode(sandbox)]}
    if sandbox == "workspace-write" and writable_roots:
        policy["writableRoots"] = list(writable_roots)
    return policy


def is_default_sandbox(sandbox: str | Mapping[str, Any]) -> bool:
    """Exactly the default: ``"read-only"``, or ``{"type": "readOnly"}`` with at most ``networkAccess: false``."""
    if isinstance(sandbox, str):
        return sandbox == "read-only"
    return dict(sandbox) in (DEFAULT_SANDBOX_POLICY, {**DEFAULT_SANDBOX_POLICY, "networkAccess": False})


def describe_sandbox(sandbox: str | Mapping[str, Any]) -> str:
    return repr(sandbox) if isinstance(sandbox, str) else repr(dict(sandbox))


# --- escalation ------------------------------------------------------------------------------------------------------


class GuardedProfile(Protocol):
    """What the guards read of a :class:`~codex_runtime.RunProfile` (a Protocol: this module sits below
    ``profiles``, which uses its validators, so it must not import it)."""

    @property
    def given_fields(self) -> frozenset[str]: ...
    @property
    def allow_privileged_escalation(self) -> bool: ...
    @property
    def approval_policy(self) -> str | Mapping[str, Any]: ...
    @property
    def sandbox(self) -> str | Mapping[str, Any]: ...
    @property
    def writable_roots(self) -> Sequence[str]: ...
    @property
    def approvals_reviewer(self) -> str | None: ...
    @property
    def thread_config(self) -> Mapping[str, object] | None: ...


_P = TypeVar("_P", bound=GuardedProfile)


class _MergesOver(GuardedProfile, Protocol[_P]):
    def merged_over(self, base: _P) -> _P: ...


def check_privileged_escalation(profile: GuardedProfile, cwd: str | None) -> None:
    """Any sandbox but the exact default needs the opt-in flag, an approval policy other than never, and an
    explicit scope (a non-blank cwd or writable roots). The approval policy is validated too, and the thread
    options that widen (:func:`check_thread_options`) need the opt-in flag.

    Raises:
        InvalidPolicyError: the approval policy does not fit the schema.
        PrivilegedEscalationError: one of the three is missing; names which.
    """
    validate_approval_policy(profile.approval_policy)
    check_thread_options(profile)
    if is_default_sandbox(profile.sandbox):
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
            f"sandbox {describe_sandbox(profile.sandbox)} needs " + ", ".join(missing) + "; nothing was sent"
        )


def check_thread_options(profile: GuardedProfile) -> None:
    """The thread options that widen what codex may do (see :mod:`codex_runtime.api.thread_options`) need the
    opt-in flag: an ``approvals_reviewer`` other than ``"user"``, a ``thread_config`` key not in
    :data:`SAFE_THREAD_CONFIG_KEYS`.

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


@functools.cache
def _approval_ranks() -> dict[str, int]:
    """The generated enum's values, least asking first (built once: it is read on every turn)."""
    from codex_runtime.protocol.types import AskForApprovalKind

    order = (AskForApprovalKind.NEVER, AskForApprovalKind.ON_REQUEST, AskForApprovalKind.UNTRUSTED)
    return {str(kind): rank for rank, kind in enumerate(order)}


def _approval_rank(policy: object) -> int:
    """0 never, 1 on-request (and granular), 2 untrusted."""
    if isinstance(policy, Mapping):
        return 1
    ranks = _approval_ranks()
    rank = ranks.get(policy) if isinstance(policy, str) else None
    if rank is None:
        raise InvalidPolicyError(f"unknown approval policy {policy!r}; use one of {list(ranks)}")
    return rank


def asks_less(policy: str | Mapping[str, Any], than: str | Mapping[str, Any]) -> bool:
    """Whether approval ``policy`` asks in fewer cases than ``than`` (see the module docstring)."""
    if isinstance(policy, Mapping) and isinstance(than, Mapping):
        mine, theirs = policy.get("granular", {}), than.get("granular", {})
        return any(bool(theirs.get(key)) and not bool(mine.get(key)) for key in _GRANULAR_KEYS)
    return _approval_rank(policy) < _approval_rank(than)


def sandbox_wider(profile: GuardedProfile, than: GuardedProfile) -> bool:
    """Whether ``profile``'s sandbox may allow more than ``than``'s (see the module docstring)."""
    mine = sandbox_policy(profile.sandbox, profile.writable_roots)
    if is_default_sandbox(mine):
        return False
    return mine != sandbox_policy(than.sandbox, than.writable_roots)


def check_not_looser(session: GuardedProfile, call: GuardedProfile, *, opted_in: bool) -> None:
    """A per-call profile may not ask less or widen the sandbox compared with the session's, unless the call itself
    opted in (``opted_in``: it set ``allow_privileged_escalation=True``).

    Raises:
        InvalidPolicyError: an approval policy does not fit the schema.
        PrivilegedEscalationError: it would loosen the session; nothing was sent.
    """
    if opted_in:
        return
    problems = []
    if asks_less(call.approval_policy, session.approval_policy):
        problems.append(
            f"approval policy {call.approval_policy!r} asks less than the session's {session.approval_policy!r}"
        )
    if sandbox_wider(call, session):
        problems.append(
            f"sandbox {describe_sandbox(call.sandbox)} is wider than the session's {describe_sandbox(session.sandbox)}"
        )
    if problems:
        raise PrivilegedEscalationError(
            "; ".join(problems)
            + "; set allow_privileged_escalation=True on this profile to allow it (nothing was sent)"
        )


def resolve_call_profile(base: _P, call: _MergesOver[_P]) -> _P:
    """``call``'s explicitly set fields over ``base``, refused if that loosens ``base``.

    Raises:
        PrivilegedEscalationError, InvalidPolicyError: as :func:`check_not_looser`.
    """
    merged = call.merged_over(base)
    opted_in = "allow_privileged_escalation" in call.given_fields and call.allow_privileged_escalation
    check_not_looser(base, merged, opted_in=opted_in)
    return merged


# --- workspace -------------------------------------------------------------------------------------------------------


def validate_workspace(cwd: str | os.PathLike[str]) -> str:
    """``cwd`` as given, once it is an existing directory whose path has no NUL.

    Raises:
        InvalidWorkspaceError: it does not exist, is not a directory, or contains NUL.
    """
    path = os.fspath(cwd)
    if "\x00" in path:
        raise InvalidWorkspaceError(path, "the path contains a NUL character")
    if not path.strip():
        raise InvalidWorkspaceError(path, "the path is blank")
    try:
        mode = os.stat(path).st_mode  # one stat per turn: exists and is a directory
    except (OSError, ValueError):
        raise InvalidWorkspaceError(path, "it does not exist") from None
    if not stat.S_ISDIR(mode):
        raise InvalidWorkspaceError(path, "it is not a directory")
    return path


__all__ = [
    "SAFE_THREAD_CONFIG_KEYS",
    "asks_less",
    "check_not_looser",
    "check_privileged_escalation",
    "check_thread_options",
    "is_default_sandbox",
    "resolve_call_profile",
    "sandbox_wider",
    "validate_approval_policy",
    "validate_sandbox_policy",
    "validate_workspace",
]
