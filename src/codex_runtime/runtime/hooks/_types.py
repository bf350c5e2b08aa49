"""Hook vocabulary: phases, the context a hook sees, what it may answer, hook shapes, the report."""

from __future__ import annotations

import dataclasses
import enum
import json
import logging
import os
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from codex_runtime.errors import InvalidArgumentError
from codex_runtime.runtime.decisions import (
    COMMAND_APPROVAL,
    FILE_CHANGE_APPROVAL,
    LEGACY_EXEC_APPROVAL,
    LEGACY_PATCH_APPROVAL,
)
from codex_runtime.runtime.user_code import call_user

if TYPE_CHECKING:
    from codex_runtime.runtime.pending import PendingServerRequest

logger = logging.getLogger("codex_runtime.hooks")

DEFAULT_HOOK_TIMEOUT = 5.0
"""Seconds one hook call may take unless the hook has its own ``timeout`` attribute."""

_T = TypeVar("_T")


# --- vocabulary ------------------------------------------------------------------------------------------------


class HookPhase(enum.StrEnum):
    """Where in a run a hook fires. ``str(phase)`` is the lowercase name, e.g. ``"pre_tool_use"``."""

    PRE_RUN = enum.auto()
    POST_RUN = enum.auto()
    PRE_SESSION_START = enum.auto()
    POST_SESSION_START = enum.auto()
    PRE_TURN = enum.auto()
    POST_TURN = enum.auto()
    PRE_TOOL_USE = enum.auto()
    POST_TOOL_USE = enum.auto()
    SESSION_END = enum.auto()

    @property
    def is_pre(self) -> bool:
        return self.name.startswith("PRE_")

    @property
    def is_post(self) -> bool:
        """``POST_*`` and ``SESSION_END``."""
        return not self.is_pre


class ApprovalPoint(enum.StrEnum):
    """Where an approval observer was called (the ``phase`` of an observer's :class:`HookIssue`)."""

    BEFORE_REQUEST = "approval_before_request"
    AFTER_DECISION = "approval_after_decision"


TOOL_COMMAND = "commandExecution"
TOOL_FILE_CHANGE = "fileChange"
_TOOL_NAMES = {
    COMMAND_APPROVAL: TOOL_COMMAND,
    LEGACY_EXEC_APPROVAL: TOOL_COMMAND,
    TOOL_COMMAND: TOOL_COMMAND,
    FILE_CHANGE_APPROVAL: TOOL_FILE_CHANGE,
    LEGACY_PATCH_APPROVAL: TOOL_FILE_CHANGE,
    TOOL_FILE_CHANGE: TOOL_FILE_CHANGE,
}


def tool_name_for(method_or_item_type: str) -> str | None:
    """The ``ctx.tool_name`` for an approval method or a thread item type (``"commandExecution"`` or
    ``"fileChange"``), so PRE_TOOL_USE and POST_TOOL_USE of one tool carry the same name; None for others."""
    return _TOOL_NAMES.get(method_or_item_type)


def _new_correlation_id() -> str:
    return os.urandom(16).hex()  # 128 random bits, as uuid4 (whose module drags in platform)


@dataclass(frozen=True, slots=True, kw_only=True)
class HookContext:
    """What a hook sees. Immutable; the runner hands each hook a copy fitted to it.

    Attributes:
        phase: which phase fires.
        correlation_id: the same for every phase of one run.
        timestamp: ``time.time()`` when the context was made.
        thread_id, turn_id, cwd, model: where the run is (None when not known yet, e.g. before thread/start).
        status: the main status: a run/turn outcome at POST_RUN/POST_TURN (``"completed"``, ``"failed"``,
            ``"interrupted"``, ``"blocked"``, ...), the item status at POST_TOOL_USE.
        error: the error message at a failed post phase.
        metadata: accumulated across the phases of one run (pre hooks add to it with ``metadata_delta``).
        tool_name, tool_input, tool_result: tool phases only (see :func:`tool_name_for`); plain JSON-like data.
        prompt: the prompt text, only for hooks with ``wants_prompt = True``; None for every other hook.

    Raises:
        ValueError: ``phase`` is not a HookPhase (or its value).
    """

    phase: HookPhase
    correlation_id: str = field(default_factory=_new_correlation_id)
    timestamp: float = field(default_factory=time.time)
    thread_id: str | None = None
    turn_id: str | None = None
    cwd: str | None = None
    model: str | None = None
    status: str | None = None
    error: str | None = None
    metadata: Mapping[str, object] = field(default_factory=dict)
    tool_name: str | None = None
    tool_input: object = None
    tool_result: object = None
    prompt: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "phase", HookPhase(self.phase))
        # A private copy behind a read-only view: no hook can reach another run's metadata through it.
        object.__setattr__(self, "metadata", MappingProxyType(dict(self.metadata)))

    def replace(self, **changes: object) -> HookContext:
        """A copy with ``changes`` applied."""
        fields: dict[str, Any] = dict(changes)  # checked by the dataclass at run time
        return dataclasses.replace(self, **fields)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict; ``prompt`` appears only when it is set."""
        data: dict[str, object] = {
            "phase": self.phase.value,
            "correlation_id": self.correlation_id,
            "timestamp": self.timestamp,
            "thread_id": self.thread_id,
            "turn_id": self.turn_id,
            "cwd": self.cwd,
            "model": self.model,
            "status": self.status,
            "error": self.error,
            "metadata": dict(self.metadata),
            "tool_name": self.tool_name,
            "tool_input": self.tool_input,
            "tool_result": self.tool_result,
        }
        if self.prompt is not None:
            data["prompt"] = self.prompt
        return data

    def to_json(self) -> str:
        """The context as one line of JSON (what a shell hook reads on stdin). Values JSON does not know are
        converted: pydantic models dumped, paths and anything else as ``str``.

        Raises:
            ValueError: the metadata holds a circular reference.
        """
        return json.dumps(self.to_dict(), default=_json_default, separators=(",", ":"))


def _json_default(value: object) -> object:
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True)
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, os.PathLike):
        return os.fsdecode(value)
    return str(value)


@dataclass(frozen=True, slots=True, kw_only=True)
class HookPatch:
    """What a mutating pre hook changes. Unset fields change nothing.

    ``add_attachments`` takes what ``RunProfile.attachments`` takes (a path, ``FileMention``, ``LocalImage``,
    ``ImageUrl``, ``Skill``); local paths are checked (relative to ``ctx.cwd``) and a missing one is dropped with a
    ``missing_attachment`` issue.

    Raises:
        TypeError: ``add_attachments`` is a single string instead of a list.
    """

    prompt_override: str | None = None
    model_override: str | None = None
    add_attachments: Sequence[object] = ()
    """What ``RunProfile.attachments`` takes (checked by the api layer, which owns the attachment types)."""
    metadata_delta: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if isinstance(self.add_attachments, str | bytes):
            raise TypeError("add_attachments takes a list of attachments, not one path string")
        object.__setattr__(self, "add_attachments", tuple(self.add_attachments))
        object.__setattr__(self, "metadata_delta", MappingProxyType(dict(self.metadata_delta)))

    def changed_fields(self) -> tuple[str, ...]:
        """Names of the fields this patch sets, in declaration order."""
        changed = {
            "prompt_override": self.prompt_override is not None,
            "model_override": self.model_override is not None,
            "add_attachments": bool(self.add_attachments),
            "metadata_delta": bool(self.metadata_delta),
        }
        return tuple(name for name, is_set in changed.items() if is_set)


ActionKind = Literal["noop", "mutate", "block"]


@dataclass(frozen=True, slots=True)
class HookAction:
    """A pre hook's answer. Build it with :meth:`noop`, :meth:`mutate` or :meth:`block`; returning None is noop.

    Raises:
        InvalidArgumentError: an unknown ``kind``.
        TypeError: ``mutate`` without a HookPatch.
    """

    kind: ActionKind
    patch: HookPatch | None = None
    message: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("noop", "mutate", "block"):
            raise InvalidArgumentError(f"unknown hook action {self.kind!r}")
        if self.kind == "mutate" and not isinstance(self.patch, HookPatch):
            raise TypeError("a mutate action needs a HookPatch")

    @classmethod
    def noop(cls) -> HookAction:
        return cls("noop")

    @classmethod
    def mutate(cls, patch: HookPatch) -> HookAction:
        return cls("mutate", patch=patch)

    @classmethod
    def block(cls, message: str) -> HookAction:
        """Stop the phase: nothing is sent and the caller gets :class:`BlockedByHookError` with ``message``."""
        return cls("block", message=str(message))


# --- hook shapes -----------------------------------------------------------------------------------------------


class PreHook(Protocol):
    """``call(ctx)`` returns a :class:`HookAction` (or None for noop), directly or as an awaitable."""

    @property
    def name(self) -> str: ...

    def call(self, ctx: HookContext) -> HookAction | Awaitable[HookAction | None] | None: ...


class PostHook(Protocol):
    """``call(ctx)``; what it returns is ignored."""

    @property
    def name(self) -> str: ...

    def call(self, ctx: HookContext) -> object: ...


class ApprovalObserver(Protocol):
    """Sees every server request before any handler decides (``before_request``) and every answer given
    (``after_decision``), sync or async. It cannot change the decision; its errors are contained and reported.
    An optional ``name: str`` attribute names it in reports and de-duplicates it across scopes."""

    def before_request(self, request: PendingServerRequest) -> object: ...

    def after_decision(self, request: PendingServerRequest, decision: object) -> object: ...


# --- report ----------------------------------------------------------------------------------------------------


class HookIssueKind(enum.StrEnum):
    RAISED = "raised"
    TIMEOUT = "timeout"
    BAD_OUTPUT = "bad_output"
    """An answer that is not a valid action for this phase (including patch fields the phase does not allow)."""
    MISSING_ATTACHMENT = "missing_attachment"


@dataclass(frozen=True, slots=True)
class HookIssue:
    hook_name: str
    phase: HookPhase | ApprovalPoint
    kind: HookIssueKind
    message: str


@dataclass(slots=True)
class HookReport:
    """What the hooks of one run did wrong (each issue was contained; the run went on) and the metadata they
    accumulated. One per run; never share it between runs."""

    issues: list[HookIssue] = field(default_factory=list)
    metadata: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.issues

    def record(self, hook_name: str, phase: HookPhase | ApprovalPoint, kind: HookIssueKind, message: str) -> HookIssue:
        issue = HookIssue(hook_name, phase, kind, message)
        self.issues.append(issue)
        logger.warning("hook %r at %s: %s: %s (contained; the run goes on)", hook_name, phase, kind, message)
        return issue


# --- calling user code (shared by filtered hooks and the runner) ---------------------------------------------


def _own_timeout(hook: Any) -> float | None:
    value = getattr(hook, "timeout", None)
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None


def _name_of(obj: Any) -> str:
    name = getattr(obj, "name", None)
    return name if isinstance(name, str) and name else type(obj).__name__


async def _invoke(fn: Callable[..., Any], *args: Any) -> Any:
    """Call a hook's code (see :func:`codex_runtime.runtime.user_code.call_user`)."""
    return await call_user(fn, *args)
